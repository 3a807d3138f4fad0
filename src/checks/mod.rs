//! Checks: the one registry, the `Check` trait, and what every check may use.
//!
//! A check reads the corpus index (and the compiled rule set, when one is
//! loaded) and pushes `Violation`s: what it compared and where. The runner
//! (`findings_of`) turns them into `Finding`s, stamping the check's id and
//! default severity, so a check states neither. A check does no I/O and knows
//! nothing of how findings are rendered. Each check lives in its own file whose `//!` doc, in
//! fixed sections (What it checks / Why it matters / Example / Options /
//! Limits), is what `factlint explain ID` prints.

pub mod change_direction;
pub mod fact_mismatch;
pub mod figure_drift;
pub mod implied_base;
pub mod invariant;
pub mod misquote;
pub mod name_near_miss;
pub mod not_in_source;
pub mod parts_total;
pub mod percent_of;
pub mod pinned;
pub mod quantity_conflict;
pub mod quote_drift;
pub mod quote_speaker;
pub mod role_conflict;
pub mod source_figure;
pub mod sources;
pub mod title_drift;
pub mod unused_suppression;
pub mod work_cap;

use crate::claim::ClaimId;
use crate::claim::{Interval, Measure, QualifierKind, Quantity};
pub use crate::finding::Violation;
use crate::finding::{Finding, Label, Severity};
use crate::index::Corpus;

/// Options shared by the checks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CheckOptions {
    /// Relative tolerance of `approximately`-style qualifiers in arithmetic checks.
    pub approx_tolerance: f64,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            approx_tolerance: 0.05,
        }
    }
}

/// What a check runs over.
pub struct Context<'c, 'd> {
    /// The corpus and its index.
    pub corpus: &'c Corpus<'d>,
    /// Shared options.
    pub options: CheckOptions,
    /// The ids of the checks that run (not turned off).
    pub enabled: &'c [&'static str],
    /// For a check that `runs_last`: the findings of every other check,
    /// before suppressions; empty for the others.
    pub earlier: &'c [Finding],
}

/// One check: an id, a default severity, its documentation and its logic.
pub trait Check: Sync {
    /// The stable id (`role-conflict`).
    fn id(&self) -> &'static str;
    /// The severity its findings get unless overridden.
    fn default_severity(&self) -> Severity;
    /// The source of its file; the `//!` lines are its documentation.
    fn source(&self) -> &'static str;
    /// Pushes what it finds; `findings_of` makes them findings of this check.
    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Violation>);
    /// True for a check about the other checks' findings
    /// (`unused-suppression`): it runs after them and sees them in
    /// `Context::earlier`.
    fn runs_last(&self) -> bool {
        false
    }
}

/// The findings of one check: its violations, stamped with its id and (unless
/// a violation says otherwise) its default severity.
pub fn findings_of(check: &dyn Check, cx: &Context<'_, '_>) -> Vec<Finding> {
    let mut out = Vec::new();
    check.run(cx, &mut out);
    let (id, severity) = (check.id(), check.default_severity());
    out.into_iter()
        .map(|v| v.into_finding(id, severity))
        .collect()
}

/// Every built-in check, in a fixed order.
pub fn registry() -> Vec<&'static dyn Check> {
    vec![
        &role_conflict::RoleConflict,
        &percent_of::PercentOf,
        &change_direction::ChangeDirection,
        &parts_total::PartsTotal,
        &quote_drift::QuoteDrift,
        &quote_speaker::QuoteSpeaker,
        &misquote::Misquote,
        &not_in_source::NotInSource,
        &name_near_miss::NameNearMiss,
        &title_drift::TitleDrift,
        &implied_base::ImpliedBase,
        &figure_drift::FigureDrift,
        &source_figure::SourceFigure,
        &quantity_conflict::QuantityConflict,
        &fact_mismatch::FactMismatch,
        &invariant::Invariant,
        &work_cap::WorkCap,
        &unused_suppression::UnusedSuppression,
    ]
}

/// The ids of every check.
pub fn all_ids() -> Vec<&'static str> {
    registry().into_iter().map(|c| c.id()).collect()
}

/// The check with this id.
pub fn by_id(id: &str) -> Option<&'static dyn Check> {
    registry().into_iter().find(|c| c.id() == id)
}

/// The `//!` documentation of a check's source file, as Markdown.
pub fn documentation(check: &dyn Check) -> String {
    check
        .source()
        .lines()
        .take_while(|l| l.starts_with("//!") || l.trim().is_empty())
        .filter(|l| l.starts_with("//!"))
        .map(|l| {
            l.trim_start_matches("//!")
                .strip_prefix(' ')
                .unwrap_or(l.trim_start_matches("//!"))
        })
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

pub use crate::labels::{show, show_as};

/// The first sentence of a check's documentation (for `factlint explain`).
pub fn summary(check: &dyn Check) -> String {
    let doc = documentation(check);
    let what = doc.split("## What it checks").nth(1).unwrap_or(&doc);
    let para: String = what
        .trim()
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    match para.find(". ") {
        Some(i) => para[..i + 1].to_string(),
        None => para,
    }
}

/// Runs every check; findings keep their checks' default severities.
pub fn run_all(cx: &Context<'_, '_>, checks: &[&dyn Check]) -> Vec<Finding> {
    let mut out = Vec::new();
    for c in checks {
        out.extend(findings_of(*c, cx));
    }
    merge_misspelt_holders(&mut out);
    pinned::one_finding_per_pinned_figure(&mut out);
    one_finding_per_message(&mut out);
    out
}

/// A check that reads the same words two ways (`Interim CEO and Vice
/// President`: the joined title and the title alone) may say the same thing
/// twice at the same place; the reader sees it once.
pub fn one_finding_per_message(out: &mut Vec<Finding>) {
    let mut seen = rustc_hash::FxHashSet::default();
    out.retain(|f| seen.insert((f.check, f.primary.place, f.primary.span, f.message.clone())));
    // Nor is one piece of evidence shown twice under one finding.
    for f in out.iter_mut() {
        let mut shown = rustc_hash::FxHashSet::default();
        f.related
            .retain(|l| shown.insert((l.place, l.span, l.message.clone())));
    }
}

/// One finding per slip: when `name-near-miss` and `role-conflict` report the
/// same words (`Boeing CEO Kelly Ortburg` against `Kelly Ortberg`), the role
/// conflict stands and its help carries the spelling hint: the name the near
/// miss suggests (`Finding::suggestion`), else its message.
pub fn merge_misspelt_holders(out: &mut Vec<Finding>) {
    use std::collections::HashMap;
    // The role conflicts by the words they report, so each near miss looks one up.
    let mut roles: HashMap<(crate::finding::Place, crate::source::Span), usize> = HashMap::new();
    for (i, r) in out.iter().enumerate() {
        if r.check == "role-conflict" {
            roles.entry((r.primary.place, r.primary.span)).or_insert(i);
        }
    }
    let mut drop = vec![false; out.len()];
    let mut hints = Vec::new();
    for (i, n) in out.iter().enumerate() {
        if n.check != "name-near-miss" {
            continue;
        }
        if let Some(&r) = roles.get(&(n.primary.place, n.primary.span)) {
            let hint = if let Some(name) = &n.suggestion {
                format!(
                    "check the spelling (did you mean `{name}`?) and use the name the other sources agree on"
                )
            } else {
                format!("check the spelling against the source: {}", n.message)
            };
            hints.push((r, hint));
            drop[i] = true;
        }
    }
    for (r, hint) in hints {
        out[r].help = hint;
    }
    let mut keep = drop.iter().map(|d| !d);
    out.retain(|_| keep.next().unwrap_or(true));
}

/// The interval of a figure as arithmetic between figures of one sentence reads
/// it: a round figure (`10,000`, `$4B`) is taken to two significant figures,
/// since a writer computing `15% of 10,000` means ten thousand, not 5,000–15,000;
/// qualifiers widen it. A bound (`up to 55,000 jobs, around 42% of its
/// workforce`) is read as the figure it names, with the tolerance: the
/// restatement beside it restates that same bound.
pub fn relation_interval(q: &Quantity, tolerance: f64) -> Interval {
    let Some(v) = q.value else { return q.interval };
    // A small count of whole things written to the unit (`seven of the nine
    // members`) is that many exactly: the rounding is the share's.
    if q.measure == Measure::Count
        && q.qualifier.is_none()
        && q.step == 1.0
        && v.fract() == 0.0
        && v.abs() < 1000.0
    {
        return Interval::new(v, v);
    }
    let mut step = q.step;
    if matches!(q.measure, Measure::Count | Measure::Money)
        && step >= 10.0
        && (v / step).abs() < 10.0
    {
        step /= 10.0;
    }
    let base = Interval::around(v, step / 2.0);
    let t = (v * tolerance).abs();
    match q.qualifier.as_ref().map(|x| x.kind) {
        None => base,
        Some(QualifierKind::Approximate) => {
            Interval::new(base.low.min(v - t), base.high.max(v + t))
        }
        Some(QualifierKind::JustBelow) => Interval::new(base.low.min(v - t), v),
        Some(QualifierKind::JustAbove) => Interval::new(v, base.high.max(v + t)),
        Some(QualifierKind::AtLeast | QualifierKind::AtMost) => {
            Interval::new(base.low.min(v - t), base.high.max(v + t))
        }
    }
}

/// A label on a claim's words in its draft.
pub fn claim_label(cx: &Context<'_, '_>, id: ClaimId, message: impl Into<String>) -> Label {
    let c = cx.corpus.claim(id);
    Label::doc(c.doc, c.span, message)
}

/// The quantity of a claim (checks only call this on numeric claims).
pub fn quantity<'c>(cx: &'c Context<'_, '_>, id: ClaimId) -> Option<&'c Quantity> {
    cx.corpus.claim(id).quantity()
}

/// A short file name for messages (`001_38fefaf1efd2f0c3.txt`).
pub fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// What the checks' unit tests run on: a tiny corpus built from draft texts.
#[cfg(test)]
pub(crate) mod testing {
    use super::{Check, CheckOptions, Context, Finding, findings_of};
    use crate::index::Corpus;
    use crate::source::{DocId, Document};

    /// The findings `check` gives over `drafts` (file name, text), after
    /// extraction and the index, with the rule set `rules` (YAML) when given.
    pub fn findings(
        check: &dyn Check,
        drafts: &[(&str, &str)],
        rules: Option<&str>,
    ) -> Vec<Finding> {
        let docs: Vec<Document> = drafts
            .iter()
            .enumerate()
            .map(|(i, (path, text))| Document::new(DocId(i as u32), *path, *text))
            .collect();
        let sets: Vec<crate::rules::RuleSet> = rules
            .map(|yaml| {
                crate::rules::compile::compile("rules.yaml", yaml, 0)
                    .unwrap_or_else(|e| panic!("the test's rule set is invalid: {e:?}"))
            })
            .into_iter()
            .collect();
        let extractions = crate::extract_all(&docs, &Default::default());
        let corpus = Corpus::new(&docs, extractions, &sets);
        let enabled = crate::check_id::all();
        let cx = Context {
            corpus: &corpus,
            options: CheckOptions::default(),
            enabled: &enabled,
            earlier: &[],
        };
        findings_of(check, &cx)
    }

    /// The messages of `findings(check, drafts, None)`.
    pub fn messages(check: &dyn Check, drafts: &[(&str, &str)]) -> Vec<String> {
        findings(check, drafts, None)
            .into_iter()
            .map(|f| f.message)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_holds_one_check_per_id_in_order() {
        assert_eq!(all_ids(), crate::check_id::ALL);
    }

    #[test]
    fn every_check_documents_the_fixed_sections() {
        for c in registry() {
            let doc = documentation(c);
            for section in [
                "## What it checks",
                "## Why it matters",
                "## Example",
                "## Options",
                "## Limits",
            ] {
                assert!(doc.contains(section), "{} lacks {section}", c.id());
            }
            assert!(!summary(c).is_empty());
        }
    }

    #[test]
    fn a_round_base_is_read_to_two_significant_figures() {
        let q = Quantity {
            measure: Measure::Count,
            value: Some(10_000.0),
            interval: Interval::new(5_000.0, 15_000.0),
            step: 10_000.0,
            currency: None,
            unit: crate::claim::UnitClass::People,
            noun: None,
            qualifier: None,
            period: None,
            vague: false,
            comparison: false,
            range: None,
        };
        assert_eq!(
            relation_interval(&q, 0.05),
            Interval::new(9_500.0, 10_500.0)
        );
    }

    /// A check that reports one violation, at its default severity or another.
    struct Fixed(Option<Severity>);

    impl Check for Fixed {
        fn id(&self) -> &'static str {
            "fixed"
        }
        fn default_severity(&self) -> Severity {
            Severity::Warning
        }
        fn source(&self) -> &'static str {
            ""
        }
        fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
            let at = Label::doc(cx.corpus.docs[0].id, crate::source::Span::new(0, 4), "here");
            let v = Violation::new("a violation", at, Vec::new(), "fix it");
            out.push(match self.0 {
                Some(s) => v.with_severity(s),
                None => v,
            });
        }
    }

    #[test]
    fn the_runner_stamps_the_check_id_and_default_severity() {
        let f = testing::findings(&Fixed(None), &[("d.txt", "Some text.")], None);
        assert_eq!((f[0].check, f[0].severity), ("fixed", Severity::Warning));
        let f = testing::findings(
            &Fixed(Some(Severity::Note)),
            &[("d.txt", "Some text.")],
            None,
        );
        assert_eq!((f[0].check, f[0].severity), ("fixed", Severity::Note));
    }

    fn finding(check: &'static str, label: &str, suggestion: Option<&str>) -> Finding {
        let at = Label::doc(
            crate::source::DocId(0),
            crate::source::Span::new(3, 9),
            label,
        );
        Violation {
            suggestion: suggestion.map(str::to_string),
            ..Violation::new(format!("{check} message"), at, Vec::new(), "help")
        }
        .into_finding(check, Severity::Error)
    }

    #[test]
    fn a_misspelt_holder_is_one_finding_whose_help_names_the_suggestion() {
        let mut out = vec![
            finding("role-conflict", "named CEO here", None),
            finding("name-near-miss", "any label", Some("Kelly Ortberg")),
        ];
        merge_misspelt_holders(&mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].check, "role-conflict");
        assert_eq!(
            out[0].help,
            "check the spelling (did you mean `Kelly Ortberg`?) and use the name the other sources agree on"
        );
    }

    #[test]
    fn a_near_miss_without_a_suggestion_lends_its_message() {
        let mut out = vec![
            finding("role-conflict", "named CEO here", None),
            finding("name-near-miss", "did you mean `X`?", None),
        ];
        merge_misspelt_holders(&mut out);
        assert_eq!(
            out[0].help,
            "check the spelling against the source: name-near-miss message"
        );
    }
}
