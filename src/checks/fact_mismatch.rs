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
//! Severity error. A fact written as a number is exact; a range
//! (`"13,000-15,000"` or `{min, max}`) allows every value in it.
//!
//! ## Limits
//! Only claims bound to the quantity are checked (see `factlint claims
//! --rules`); a figure the binding misses is not compared.

use super::{Check, Context, Violation, claim_label, show};
use crate::finding::{Label, Place, Severity};

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
            let pinned = if fact.low == fact.high {
                show(fact.low)
            } else {
                format!("{}–{}", show(fact.low), show(fact.high))
            };
            let source = q
                .source
                .as_ref()
                .map(|s| format!(" ({s})"))
                .unwrap_or_default();
            let violation = Violation::new(
                format!(
                    "`{}` contradicts the fact pinned for `{}`: {pinned}{source}",
                    cx.corpus.text(b.claim),
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
}
