//! # percent-of
//!
//! ## What it checks
//! A share stated three ways in one sentence — `P% of B, or R` — where R is
//! not P × B / 100 within the precision the figures were written to. Also
//! `R, or P% of B`, `R (P%) of its B`, `P percent of its B employees — about
//! R`, `R jobs represent / amount to / account for P% of B`, `spending, at R,
//! is P% of total spending of B` (money too), and a share of a figure the
//! sentence before gave: `8,200 homes were damaged. About 40% of them — some
//! 3,300 houses — were destroyed`, `Of those, 83% — some 1,080 of them —`
//! (the base a count, not money). A share verb may be in the past (`made
//! up`, `was`, `accounted for`, `which works out to`), and a share a pronoun
//! opens its sentence with restates the figure of the sentence before:
//! `Harrow will cut 4,000 jobs. That is about 5% of its 150,000 employees`.
//! A share of `the total` restates a figure against a total given shortly
//! before: `Orders came to €2.6 billion … Lithography machines made up €1.4
//! billion of them, about 70% of the total`. A share of a total named by
//! kind (`15.1 million people, about 30% of the population`, `CHF 8.1
//! billion in sales, about 9% of group sales`) restates a figure against
//! the total of that kind the draft states anywhere (`a population of 62
//! million`); so do deposits, assets, residents, stores and a budget named
//! by their noun (`$42 billion (about Rs 3.4 lakh crore), or nearly 40 per
//! cent of its deposits` beside `deposits of $175.4 billion`; `4,500
//! people, or about 60% of Lahaina's residents` beside `a seaside town of
//! about 12,700 people`).
//!
//! ## Why it matters
//! Arithmetic slips in a sentence that does its own sums (a wrong base, a
//! transposed digit) are easy to make and embarrassing to correct later.
//!
//! ## Example
//! Fires on `Fifteen percent of a staff of 10,000, or approximately 2,500
//! employees`. Stays silent on `Fifteen percent of a worldwide staff of 10,000,
//! or approximately 1,500` and on `about 4% of the company’s 350,000 employees`.
//!
//! ## Options
//! The tolerance an `approximately`-style qualifier adds (5% of the figure).
//!
//! ## Limits
//! Only figures in one sentence are related, but for `P% of them` and its
//! restatement, whose base is the last larger figure of the restatement's
//! kind in that sentence or the one before, and for `R, P% of the total`,
//! whose total is the figure of R's measure and currency (for counts, of
//! R's noun), larger than R, in its sentence or the three before, that the
//! share fits best: a share that fits any of them is silent. A round base (`10,000`) is read
//! to two significant figures, a small count of whole things written to the
//! unit (`seven of the nine directors`) exactly, a whole percentage to the point; a stated
//! `approximately` widens the result by the tolerance. Shares of money stated
//! as counts (or the reverse) are not compared.

use super::{Check, Context, Violation, quantity, relation_interval, show};
use crate::claim::{Interval, QualifierKind, Relation};
use crate::finding::{Label, Severity};

/// The `percent-of` check.
pub struct PercentOf;

impl Check for PercentOf {
    fn id(&self) -> &'static str {
        "percent-of"
    }

    fn default_severity(&self) -> Severity {
        Severity::Error
    }

    fn source(&self) -> &'static str {
        include_str!("percent_of.rs")
    }

    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
        let tol = cx.options.approx_tolerance;
        for rel in cx.corpus.relations() {
            let Relation::PercentOf {
                percent,
                base: Some(base),
                result: Some(result),
                ..
            } = rel.relation
            else {
                continue;
            };
            let id = |claim: usize| rel.claim(claim);
            let (Some(p), Some(b), Some(r)) = (
                quantity(cx, id(*percent)),
                quantity(cx, id(*base)),
                quantity(cx, id(*result)),
            ) else {
                continue;
            };
            if b.measure != r.measure {
                continue;
            }
            // `less than half of CHF 1.86`, `more than a third of`: a share
            // given as a bound allows every value on its side.
            let share = match p.qualifier.as_ref().map(|x| x.kind) {
                Some(QualifierKind::AtLeast | QualifierKind::AtMost) => {
                    let i = relation_interval(p, tol);
                    Interval::new(p.interval.low.min(i.low), p.interval.high.max(i.high))
                }
                _ => relation_interval(p, tol),
            };
            let expected = (share * relation_interval(b, tol)).scale(0.01);
            if expected.intersects(&relation_interval(r, tol)) {
                continue;
            }
            let (pv, bv) = (p.value.unwrap_or(0.0), b.value.unwrap_or(0.0));
            let text = |c: usize| cx.corpus.text(id(c)).to_string();
            let doc = rel.doc;
            let how = match p.qualifier.as_ref().map(|x| x.kind) {
                Some(QualifierKind::AtMost) => "at most",
                Some(QualifierKind::AtLeast) => "at least",
                _ => "about",
            };
            out.push(Violation::new(
                format!(
                    "`{}` of `{}` comes to {how} {}, not `{}`",
                    text(*percent),
                    text(*base),
                    show(pv * bv / 100.0),
                    text(*result)
                ),
                Label::doc(
                    doc,
                    cx.corpus.claim(id(*result)).span,
                    format!("{} would be {}", "this", show(pv * bv / 100.0)),
                ),
                vec![
                    Label::doc(doc, cx.corpus.claim(id(*percent)).span, "the share"),
                    Label::doc(doc, cx.corpus.claim(id(*base)).span, "of this base"),
                ],
                "correct the share, the base or the count so that they agree",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{findings, messages};

    #[test]
    fn a_share_that_does_not_come_to_its_count_is_reported() {
        let f = findings(
            &PercentOf,
            &[(
                "d.txt",
                "Corvid Networks said 15 percent of its staff of 20,000, or roughly 4,000 employees, would be affected by the restructuring.",
            )],
            None,
        );
        assert_eq!(f.len(), 1);
        assert_eq!(
            f[0].message,
            "`15 percent` of `20,000` comes to about 3,000, not `roughly 4,000`"
        );
        assert_eq!(
            (f[0].check, f[0].severity),
            (PercentOf.id(), Severity::Error)
        );
    }

    #[test]
    fn a_share_that_comes_to_its_count_is_silent() {
        let m = messages(
            &PercentOf,
            &[(
                "d.txt",
                "Corvid Networks said 15 percent of its staff of 20,000, or roughly 3,000 employees, would be affected by the restructuring.",
            )],
        );
        assert!(m.is_empty(), "{m:?}");
    }
}
