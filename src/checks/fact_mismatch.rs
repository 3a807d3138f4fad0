//! # fact-mismatch
//!
//! ## What it checks
//! A claim bound to a rule-set quantity whose interval excludes the value the
//! rule set pins for it (`fact:`).
//!
//! ## Why it matters
//! The story sheet holds what the newsroom has confirmed; a draft that says
//! otherwise is wrong, or the sheet needs updating.
//!
//! ## Example
//! Fires on `plans to lay off 15,000` when the sheet pins `layoffs_2025` at
//! 14,000. Stays silent on `approximately 14,000` and on `14,000 corporate
//! jobs`.
//!
//! ## Options
//! Severity error. A fact written as a number (`14000`) is exact; a range
//! (`"13,000-15,000"` or `{min, max}`) allows every value in it; a figure
//! written as text means what the same words mean in a draft: `"more than
//! 11,000"` is 11,000 and up (a draft's `10,500` fires, `12,000` does not),
//! `"about $4 billion"` allows a little either way, `"14,000"` rounds like
//! a draft's `14,000` (13,500–14,500).
//!
//! A `unit: date` quantity compares days (`March 7th` against a pinned
//! `March 5, 2025`), a `unit: duration` quantity spans in days (`16 weeks`
//! is 112 days against a pinned `90 days`), a `unit: per_share` quantity
//! money per share.
//!
//! The same figure for the same quantity written again in one draft (a
//! headline and its body) is one finding, the repetitions its related
//! labels.
//!
//! ## Limits
//! Only claims bound to the quantity are checked (see `factlint claims
//! --rules`); a figure the binding misses is not compared. A count below
//! the fact in a live blog's timed entry (`**14:15** — now has 118 seats`:
//! a line opening with a clock time, and the running words of
//! `quantity-conflict`, `now`, `rose to`, `so far`) is the tally at that
//! minute, not a mismatch; the same words with no time (`has climbed to
//! 126`) are a stale figure and are reported. A weekday read through the
//! draft's byline that is the pinned day's own weekday is not reported: the
//! page was updated after the event it names (a dateline, the day a wire
//! was filed, stands).

use super::{Check, Context, Violation, claim_label, show};
use crate::finding::{Label, Place, Severity};
use crate::rules::QUnit;

/// What makes a mismatch the same one written again: its draft, rule set,
/// quantity, and the figure's interval (as bits).
type Repeat = (crate::source::DocId, usize, usize, u64, u64);

/// The `fact-mismatch` check.
pub struct FactMismatch;

impl Check for FactMismatch {
    fn id(&self) -> &'static str {
        "fact-mismatch"
    }

    fn default_severity(&self) -> Severity {
        Severity::Error
    }

    fn source(&self) -> &'static str {
        include_str!("fact_mismatch.rs")
    }

    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
        // The same figure for the same quantity written again in one draft
        // (a headline and its body) is one finding: (draft, set, quantity,
        // interval) -> index of its violation in `out`.
        let mut seen: Vec<(Repeat, usize)> = Vec::new();
        for b in &cx.corpus.bindings {
            let set = &cx.corpus.rules[b.set];
            let q = &set.quantities[b.quantity];
            let (Some(fact), Some(span)) = (q.fact, q.fact_span) else {
                continue;
            };
            let Some(claim) = cx.corpus.claim(b.claim).quantity() else {
                continue;
            };
            if claim.interval.intersects(&fact) {
                continue;
            }
            // `on Wednesday`, read through a byline weeks after the event,
            // where the pinned day is a Wednesday: the weekday names the
            // pinned day; the page was updated later. (A dateline says the
            // day the wire was filed, and stands.)
            if let (QUnit::Date, Some(crate::claim::TimeLabel::Weekday { day, .. })) =
                (&q.unit, &claim.period)
                && b.filed.is_some()
                && b.filed_by == "byline"
                && fact.low == fact.high
                && fact.low.is_finite()
                && crate::rules::date::weekday(fact.low as i64) == *day
            {
                continue;
            }
            // `**14:15** — It now has 118 district seats`: a
            // count below the fact whose own words make it the count at one
            // moment of a rising tally is an earlier report of it.
            if super::quantity_conflict::earlier_tally(cx, q, b.claim, fact.low) {
                continue;
            }
            let key = (
                cx.corpus.claim(b.claim).doc,
                b.set,
                b.quantity,
                claim.interval.low.to_bits(),
                claim.interval.high.to_bits(),
            );
            if let Some(&(_, at)) = seen.iter().find(|(k, _)| *k == key) {
                out[at]
                    .related
                    .push(claim_label(cx, b.claim, "the same figure again"));
                continue;
            }
            // A fact written as a figure is shown as written (`more than
            // 11,000`); a number or `{min, max}` as its value or range.
            let pinned = match &q.fact_text {
                Some(t) => t.clone(),
                None if fact.low == fact.high => show(fact.low),
                None if fact.high.is_infinite() => format!("at least {}", show(fact.low)),
                None if fact.low.is_infinite() => format!("at most {}", show(fact.high)),
                None => format!("{}–{}", show(fact.low), show(fact.high)),
            };
            let source = q
                .source
                .as_ref()
                .map(|s| format!(" ({s})"))
                .unwrap_or_default();
            // A span of time says its unit, and how many days it is compared as.
            let words = match (&q.unit, claim.noun.as_deref()) {
                (QUnit::Duration, Some(noun)) if !noun.starts_with("day") => {
                    let text = cx.corpus.text(b.claim);
                    // `11 years and three months` says its units already.
                    let text = if text.ends_with(noun) {
                        text.to_string()
                    } else {
                        format!("{text} {noun}")
                    };
                    format!(
                        "`{text}` ({} days)",
                        show(claim.value.unwrap_or(claim.interval.low).round())
                    )
                }
                // A weekday says the day it was read as.
                (QUnit::Date, _)
                    if matches!(claim.period, Some(crate::claim::TimeLabel::Weekday { .. })) =>
                {
                    let (y, m, d) = crate::rules::date::civil(claim.interval.low as i64);
                    let by = if b.filed.is_some() {
                        format!("by the draft's {}", b.filed_by)
                    } else {
                        "by the sheet's `date:`".to_string()
                    };
                    format!(
                        "`{}` (read as {} {d}, {y}, {by})",
                        cx.corpus.text(b.claim),
                        crate::extract::time::MONTH_NAMES
                            .get(usize::from(m).saturating_sub(1))
                            .unwrap_or(&"?")
                    )
                }
                _ => format!("`{}`", cx.corpus.text(b.claim)),
            };
            let violation = Violation::new(
                format!(
                    "{words} contradicts the fact pinned for `{}`: {pinned}{source}",
                    q.id
                ),
                claim_label(cx, b.claim, format!("the rule set says {pinned}")),
                vec![Label {
                    place: Place::Rules(set.file),
                    span,
                    message: "pinned here".into(),
                }],
                "correct the figure, or update the rule set if the story has moved on",
            );
            seen.push((key, out.len()));
            out.push(violation.with_rule(Some(q.id.clone())));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::findings;

    const RULES: &str = "story: corvid-layoffs\nquantities:\n  - id: corvid_layoffs\n    unit: people\n    subject: Corvid\n    cues: [lay off, layoffs, cut]\n    fact: 3000\n";

    #[test]
    fn a_figure_the_pinned_fact_excludes_is_reported() {
        let f = findings(
            &FactMismatch,
            &[(
                "d.txt",
                "Corvid Networks plans to lay off 3,800 employees, the company said in a filing on Monday.",
            )],
            Some(RULES),
        );
        assert_eq!(f.len(), 1);
        assert_eq!(
            f[0].message,
            "`3,800` contradicts the fact pinned for `corvid_layoffs`: 3,000"
        );
        assert_eq!(f[0].rule.as_deref(), Some("corvid_layoffs"));
    }

    #[test]
    fn the_pinned_figure_is_silent() {
        let f = findings(
            &FactMismatch,
            &[(
                "d.txt",
                "Corvid Networks plans to lay off 3,000 employees, the company said in a filing on Monday.",
            )],
            Some(RULES),
        );
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn a_qualified_fact_means_what_it_says() {
        let rules = RULES.replace("fact: 3000", "fact: \"more than 11,000\"");
        let draft = |n: &str| {
            format!("Corvid Networks plans to lay off {n} employees, the company said on Monday.")
        };
        let below = draft("10,500");
        let f = findings(&FactMismatch, &[("d.txt", below.as_str())], Some(&rules));
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(
            f[0].message,
            "`10,500` contradicts the fact pinned for `corvid_layoffs`: more than 11,000"
        );
        let above = draft("12,000");
        let f = findings(&FactMismatch, &[("d.txt", above.as_str())], Some(&rules));
        assert!(f.is_empty(), "{f:?}");
    }
}
