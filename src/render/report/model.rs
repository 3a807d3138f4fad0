//! The report's model: every checkable claim of the run, grouped into fact
//! tables (sheet quantities, automatic keys, roles, quoted speakers), each
//! claim with its place, sentence, value and status, plus the findings.
//! Built once from the corpus and the findings; the HTML and Markdown
//! writers only lay it out.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::claim::{ClaimId, ClaimKind, Interval, Measure};
use crate::finding::{Finding, Place, Severity};
use crate::index::{Corpus, org_key};
use crate::labels::human_number;
use crate::source::{LineIndex, OtherFile, Span};

/// The longest sentence shown in a fact table, in characters (longer ones are cut with `…`).
pub const MAX_SENTENCE_CHARS: usize = 320;

/// What a claim's status is, by the rule the page's footer states (`STATUS_RULE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// A finding's primary or related label covers the claim.
    Conflicts,
    /// Bound to a sheet quantity with a pinned fact, and its interval meets
    /// the fact; or a role the sheet gives that person.
    MatchesFact,
    /// A declared primary source states it the same way (`--source`).
    MatchesSource,
    /// Its group has claims from two drafts or more and no finding covers it.
    Agrees,
    /// None of the above: nothing else in the drafts or the sheet states it.
    Unverified,
}

impl Status {
    /// The words the tables show.
    pub fn label(self) -> &'static str {
        match self {
            Status::Conflicts => "conflicts",
            Status::MatchesFact => "matches the pinned fact",
            Status::MatchesSource => "matches the source",
            Status::Agrees => "agrees",
            Status::Unverified => "unverified",
        }
    }

    /// A short class name for styling (`conflicts`, `fact`, `agrees`, `unverified`).
    pub fn class(self) -> &'static str {
        match self {
            Status::Conflicts => "conflicts",
            Status::MatchesFact => "fact",
            Status::MatchesSource => "fact",
            Status::Agrees => "agrees",
            Status::Unverified => "unverified",
        }
    }
}

/// How a claim's status is decided, as the footer and README state it.
pub const STATUS_RULE: &str = "A claim conflicts when a finding points at it (as the words reported \
or as evidence on the other side). Otherwise it matches the pinned fact when it is bound to a story-sheet \
quantity whose fact its interval meets, or is a role the story sheet gives that person; otherwise it \
matches the source when a declared primary source (`--source`) states it the same way; otherwise it \
agrees when its table holds claims from two drafts or more; otherwise it is unverified.";

/// What a fact table groups by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupKind {
    /// A story-sheet quantity.
    Sheet,
    /// An automatic key (figures factlint read as one quantity).
    AutoKey,
    /// Figures with no group: each stands alone.
    Loose,
    /// A role: organisation and title.
    Role,
    /// A quoted speaker.
    Speaker,
}

impl GroupKind {
    /// The heading of the section holding tables of this kind.
    pub fn section(self) -> &'static str {
        match self {
            GroupKind::Sheet => "Story-sheet quantities",
            GroupKind::AutoKey => "Figures by automatic key",
            GroupKind::Loose => "Other figures",
            GroupKind::Role => "Roles",
            GroupKind::Speaker => "Quoted speakers",
        }
    }
}

/// One row of a fact table: a claim.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The claim.
    pub claim: ClaimId,
    /// Its draft's path.
    pub draft: String,
    /// 1-based line and column.
    pub line: usize,
    /// 1-based column (characters).
    pub column: usize,
    /// The claim's words, on one line.
    pub text: String,
    /// The sentence it stands in, on one line (cut at `MAX_SENTENCE_CHARS`).
    pub sentence: String,
    /// Its normalised value (`14,000 [13,500, 14,500] people`, `Amazon · CEO · Andy Jassy`).
    pub value: String,
    /// Its interval, for a figure.
    pub interval: Option<Interval>,
    /// Its status.
    pub status: Status,
    /// The findings (indexes into `ReportModel::findings`) pointing at it.
    pub findings: Vec<usize>,
}

/// A fact table.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// What it groups by.
    pub kind: GroupKind,
    /// Its title (`anthropic_investment`, `Amazon · CEO`, `Andy Jassy`).
    pub title: String,
    /// What it is (the sheet's `about`), when known.
    pub about: Option<String>,
    /// The pinned fact (sheet quantities only).
    pub fact: Option<Interval>,
    /// The fact as the sheet writes it, when known.
    pub fact_text: Option<String>,
    /// Its claims, in draft order.
    pub rows: Vec<Row>,
}

impl Group {
    /// True when the table's figures can be drawn on one axis: two figures or more.
    pub fn chartable(&self) -> bool {
        matches!(self.kind, GroupKind::Sheet | GroupKind::AutoKey)
            && self.rows.iter().filter(|r| r.interval.is_some()).count() >= 2
    }

    /// True when any claim of the table conflicts.
    pub fn has_conflict(&self) -> bool {
        self.rows.iter().any(|r| r.status == Status::Conflicts)
    }

    /// The table's verdict: `conflict` when a claim conflicts, `consistent`
    /// when none does and some agree or match the pinned fact, else none.
    pub fn verdict(&self) -> Option<&'static str> {
        if self.has_conflict() {
            Some("conflict")
        } else if self
            .rows
            .iter()
            .any(|r| matches!(r.status, Status::Agrees | Status::MatchesFact))
        {
            Some("consistent")
        } else {
            None
        }
    }
}

/// One place a finding points at.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    /// The file's path (a draft or a rule file).
    pub file: String,
    /// The draft's index, when the file is a draft.
    pub doc: Option<usize>,
    /// 1-based line.
    pub line: usize,
    /// The words pointed at, on one line.
    pub text: String,
    /// The label's phrase (`named CEO here`).
    pub message: String,
}

/// A finding as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct FindingView {
    /// The check's id.
    pub check: &'static str,
    /// Its severity.
    pub severity: Severity,
    /// Its message.
    pub message: String,
    /// What would resolve it.
    pub help: String,
    /// The words reported.
    pub primary: Evidence,
    /// The evidence elsewhere.
    pub related: Vec<Evidence>,
}

/// A highlighted stretch of a draft.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// The bytes.
    pub span: Span,
    /// The claim's kind name (`count`, `money`, `role`, `org`…).
    pub kind: &'static str,
    /// Its status.
    pub status: Status,
    /// Its value as the tables show it.
    pub value: String,
}

/// A draft as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// True for a primary source (evidence, not a draft).
    pub source: bool,
    /// Its path.
    pub path: String,
    /// Its text.
    pub text: String,
    /// Its claims, by span.
    pub marks: Vec<Mark>,
    /// The findings whose primary words are in it (indexes into `findings`),
    /// with those words.
    pub findings: Vec<(usize, Span)>,
}

/// Everything the report shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportModel {
    /// The story names of the rule sets.
    pub stories: Vec<String>,
    /// The drafts.
    pub drafts: Vec<Draft>,
    /// Claims by kind name.
    pub claims_by_kind: BTreeMap<&'static str, usize>,
    /// The fact tables: sheet quantities, automatic keys, other figures, roles, speakers.
    pub groups: Vec<Group>,
    /// The findings, in the run's order.
    pub findings: Vec<FindingView>,
}

impl ReportModel {
    /// How many findings have `severity`.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// How many claims, over all drafts.
    pub fn claims(&self) -> usize {
        self.claims_by_kind.values().sum()
    }
}

/// Builds the report's model from a run's corpus and findings; `others`
/// are the rule files (then the config file) labels of `Place::Rules` point into.
pub fn build(corpus: &Corpus<'_>, findings: &[Finding], others: &[OtherFile]) -> ReportModel {
    let lines: Vec<LineIndex> = corpus
        .docs
        .iter()
        .map(|d| LineIndex::new(d.original_text()))
        .collect();
    // Findings point into the drafts' own text; claims into its NFC form
    // (the same for nearly every draft): claims are mapped with
    // `original_span` wherever they meet findings or the text shown.
    let views: Vec<FindingView> = findings
        .iter()
        .map(|f| FindingView {
            check: f.check,
            severity: f.severity,
            message: f.message.clone(),
            help: f.help.clone(),
            primary: evidence(corpus, &lines, others, &f.primary),
            related: f
                .related
                .iter()
                .map(|l| evidence(corpus, &lines, others, l))
                .collect(),
        })
        .collect();
    // The findings each draft's spans are covered by.
    let mut covering: HashMap<usize, Vec<(Span, usize)>> = HashMap::new();
    for (n, f) in findings.iter().enumerate() {
        for l in std::iter::once(&f.primary).chain(&f.related) {
            if let Place::Doc(d) = l.place {
                covering.entry(d.0 as usize).or_default().push((l.span, n));
            }
        }
    }
    let findings_of = |id: ClaimId| -> Vec<usize> {
        let span = corpus.doc(id).original_span(corpus.claim(id).span);
        let mut v: Vec<usize> = covering
            .get(&id.doc)
            .into_iter()
            .flatten()
            .filter(|(s, _)| s.overlaps(&span) || (s.is_empty() && span.contains(s)))
            .map(|&(_, n)| n)
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let bound: HashMap<ClaimId, (usize, usize)> = corpus
        .bindings
        .iter()
        .map(|b| (b.claim, (b.set, b.quantity)))
        .collect();
    let fact_of = |id: ClaimId| -> Option<Interval> {
        let &(set, q) = bound.get(&id)?;
        corpus.rules.get(set)?.quantities.get(q)?.fact
    };
    let pins = pinned_roles(corpus);
    let pinned = |id: ClaimId| -> bool {
        corpus.claim(id).role().is_some_and(|r| {
            let org = org_key(r.org.as_deref().unwrap_or(""));
            pins.contains(&(org, r.base_key.clone(), r.person.clone()))
        })
    };
    // Claims a primary source states the same way (`checks::sources`).
    let verified: std::collections::HashSet<ClaimId> =
        crate::render::claims::source_matches(corpus)
            .into_iter()
            .filter(|(_, m)| m.status == "agrees with")
            .map(|(id, _)| id)
            .collect();
    let row = |id: ClaimId, grouped: bool, drafts: usize| -> Row {
        let doc = corpus.doc(id);
        let claim = corpus.claim(id);
        let lc = lines[id.doc].line_col(doc.original_text(), doc.original_span(claim.span).start);
        let interval = claim
            .quantity()
            .filter(|q| q.measure != Measure::Time)
            .map(|q| q.interval);
        let hits = findings_of(id);
        let status = if !hits.is_empty() {
            Status::Conflicts
        } else if let (Some(fact), Some(i)) = (fact_of(id), interval)
            && i.intersects(&fact)
        {
            Status::MatchesFact
        } else if pinned(id) {
            Status::MatchesFact
        } else if verified.contains(&id) {
            Status::MatchesSource
        } else if grouped && drafts >= 2 {
            Status::Agrees
        } else {
            Status::Unverified
        };
        let sentence = corpus.extractions[id.doc]
            .sentences
            .get(claim.sentence as usize)
            .map_or("", |s| doc.slice(s.span));
        Row {
            claim: id,
            draft: doc.path.clone(),
            line: lc.line,
            column: lc.column,
            text: one_line(doc.slice(claim.span), usize::MAX),
            sentence: one_line(sentence, MAX_SENTENCE_CHARS),
            value: value_of(corpus, id),
            interval,
            status,
            findings: hits,
        }
    };
    let rows_of = |ids: &[ClaimId]| -> Vec<Row> {
        let mut ids = ids.to_vec();
        ids.sort_unstable();
        ids.dedup();
        let drafts = ids.iter().map(|c| c.doc).collect::<HashSet<_>>().len();
        ids.iter()
            .map(|&c| row(c, ids.len() >= 2, drafts))
            .collect()
    };
    let mut groups = Vec::new();
    let mut grouped: HashSet<ClaimId> = HashSet::new();
    for (s, set) in corpus.rules.iter().enumerate() {
        for (q, quantity) in set.quantities.iter().enumerate() {
            let ids = corpus.bound_to(s, q);
            if ids.is_empty() {
                continue;
            }
            grouped.extend(ids.iter().copied());
            groups.push(Group {
                kind: GroupKind::Sheet,
                title: quantity.id.clone(),
                about: quantity.about.clone(),
                fact: quantity.fact,
                fact_text: quantity
                    .fact_text
                    .clone()
                    .or_else(|| quantity.fact.map(show_interval)),
                rows: rows_of(&ids),
            });
        }
    }
    for (key, ids) in corpus.auto_groups() {
        let ids: Vec<ClaimId> = ids.into_iter().filter(|c| !grouped.contains(c)).collect();
        if ids.len() < 2 {
            continue;
        }
        grouped.extend(ids.iter().copied());
        groups.push(plain(GroupKind::AutoKey, key.to_string(), rows_of(&ids)));
    }
    let loose: Vec<Row> = corpus
        .keyed
        .iter()
        .map(|k| k.claim)
        .filter(|c| !grouped.contains(c))
        .filter(|&c| {
            corpus
                .claim(c)
                .quantity()
                .is_some_and(|q| q.measure != Measure::Time)
        })
        .map(|c| row(c, false, 1))
        .collect();
    if !loose.is_empty() {
        let mut loose = loose;
        loose.sort_by_key(|r| r.claim);
        groups.push(plain(GroupKind::Loose, "figures stated once".into(), loose));
    }
    let mut roles: Vec<(&(String, String), &Vec<ClaimId>)> = corpus.index.roles.iter().collect();
    roles.sort();
    for ((org_k, base), ids) in roles {
        // The organisation and title as the first claim writes them.
        let Some(role) = ids.iter().find_map(|&c| corpus.claim(c).role()) else {
            continue;
        };
        let org = role.org.as_deref().unwrap_or("?");
        let mut group = plain(
            GroupKind::Role,
            format!("{org} · {}", role.title),
            rows_of(ids),
        );
        let mut holders: Vec<&str> = pins
            .iter()
            .filter(|(o, b, _)| o == org_k && b == base)
            .map(|(_, _, person)| person.as_str())
            .collect();
        holders.sort_unstable();
        if !holders.is_empty() {
            group.fact_text = Some(holders.join(", "));
        }
        groups.push(group);
    }
    let mut speakers: Vec<(&String, &Vec<ClaimId>)> = corpus.index.quotes.iter().collect();
    speakers.sort();
    for (speaker, ids) in speakers {
        // Quotes nobody is named for are not one speaker's: they agree with nothing.
        let (title, rows) = if speaker.is_empty() {
            let mut ids = ids.clone();
            ids.sort_unstable();
            let rows = ids.iter().map(|&c| row(c, false, 1)).collect();
            ("unnamed speaker".to_string(), rows)
        } else {
            (speaker.clone(), rows_of(ids))
        };
        groups.push(plain(GroupKind::Speaker, title, rows));
    }
    let status: HashMap<ClaimId, Status> = groups
        .iter()
        .flat_map(|g| g.rows.iter().map(|r| (r.claim, r.status)))
        .collect();
    let mut claims_by_kind = BTreeMap::new();
    let drafts = corpus
        .docs
        .iter()
        .zip(&corpus.extractions)
        .enumerate()
        .map(|(d, (doc, ex))| {
            let marks = ex
                .claims
                .iter()
                .enumerate()
                .map(|(k, c)| {
                    *claims_by_kind.entry(c.kind_name()).or_insert(0) += 1;
                    let id = ClaimId { doc: d, claim: k };
                    let status = status.get(&id).copied().unwrap_or_else(|| {
                        if findings_of(id).is_empty() {
                            Status::Unverified
                        } else {
                            Status::Conflicts
                        }
                    });
                    Mark {
                        span: doc.original_span(c.span),
                        kind: c.kind_name(),
                        status,
                        value: value_of(corpus, id),
                    }
                })
                .collect();
            let findings = findings
                .iter()
                .enumerate()
                .filter(|(_, f)| f.primary.place == Place::Doc(doc.id))
                .map(|(n, f)| (n, f.primary.span))
                .collect();
            Draft {
                source: doc.is_source(),
                path: doc.path.clone(),
                text: doc.original_text().to_string(),
                marks,
                findings,
            }
        })
        .collect();
    ReportModel {
        stories: corpus
            .rules
            .iter()
            .map(|r| r.story.clone().unwrap_or_else(|| r.path.clone()))
            .collect(),
        drafts,
        claims_by_kind,
        groups,
        findings: views,
    }
}

/// The roles the story sheets pin: (organisation key, base title key, person).
fn pinned_roles(corpus: &Corpus<'_>) -> HashSet<(String, String, String)> {
    let aliases = crate::index::Aliases::from_rules(corpus.rules);
    let mut pins = HashSet::new();
    for set in corpus.rules {
        for e in &set.entities {
            for r in &e.roles {
                if let Some(o) = &r.org {
                    let org = org_key(aliases.canonical(o).unwrap_or(o));
                    pins.insert((org, r.base.clone(), e.name.clone()));
                }
            }
        }
    }
    pins
}

fn plain(kind: GroupKind, title: String, rows: Vec<Row>) -> Group {
    Group {
        kind,
        title,
        about: None,
        fact: None,
        fact_text: None,
        rows,
    }
}

/// Where a label points, as the page shows it.
fn evidence(
    corpus: &Corpus<'_>,
    lines: &[LineIndex],
    others: &[OtherFile],
    l: &crate::finding::Label,
) -> Evidence {
    let (file, doc, text, index) = match l.place {
        Place::Doc(d) => {
            let i = d.0 as usize;
            match corpus.docs.get(i) {
                Some(doc) => (doc.path.clone(), Some(i), doc.original_text(), lines.get(i)),
                None => (String::new(), None, "", None),
            }
        }
        Place::Rules(i) => match others.get(i) {
            Some(o) => (o.path.clone(), None, o.text.as_str(), None),
            None => (String::new(), None, "", None),
        },
    };
    let line = match index {
        Some(ix) => ix.line_col(text, l.span.start).line,
        None => LineIndex::new(text).line_col(text, l.span.start).line,
    };
    Evidence {
        file,
        doc,
        line,
        text: one_line(text.get(l.span.start..l.span.end).unwrap_or(""), 200),
        message: l.message.clone(),
    }
}

/// A claim's normalised value as the tables show it.
pub fn value_of(corpus: &Corpus<'_>, id: ClaimId) -> String {
    match &corpus.claim(id).kind {
        ClaimKind::Quantity(q) => {
            if let Some(p) = &q.period {
                return format!("period {p}");
            }
            let mut s = match q.value {
                Some(v) => format!("{} {}", human_number(v), show_interval(q.interval)),
                None => show_interval(q.interval),
            };
            match (q.currency, &q.noun) {
                (Some(c), _) => s.push_str(&format!(" {c}")),
                (None, Some(n)) => s.push_str(&format!(" {n}")),
                (None, None) => s.push_str(&format!(" {}", q.unit.as_str())),
            }
            s
        }
        other => crate::render::claims::not_a_quantity(other).unwrap_or_default(),
    }
}

/// `[low, high]`, an unbounded end as `−∞` / `∞`, a point as its value.
pub fn show_interval(i: Interval) -> String {
    if i.low == i.high {
        return human_number(i.low);
    }
    let low = if i.low.is_finite() {
        human_number(i.low)
    } else {
        "−∞".into()
    };
    format!("[{low}, {}]", human_number(i.high))
}

/// `s` on one line (runs of whitespace as one space), cut to `max` characters with `…`.
pub fn one_line(s: &str, max: usize) -> String {
    let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if joined.chars().count() <= max {
        return joined;
    }
    let mut cut: String = joined.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals_show_open_ends_and_points() {
        assert_eq!(show_interval(Interval::point(14_000.0)), "14,000");
        assert_eq!(
            show_interval(Interval::new(13_500.0, 14_500.0)),
            "[13,500, 14,500]"
        );
        assert_eq!(
            show_interval(Interval::new(100.0, f64::INFINITY)),
            "[100, ∞]"
        );
        assert_eq!(
            show_interval(Interval::new(f64::NEG_INFINITY, 5.0)),
            "[−∞, 5]"
        );
    }

    #[test]
    fn one_line_joins_and_cuts() {
        assert_eq!(one_line("a\n  b\tc", 10), "a b c");
        assert_eq!(one_line("abcdef", 4), "abc…");
    }
}
