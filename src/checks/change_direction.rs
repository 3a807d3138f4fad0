//! # change-direction
//!
//! ## What it checks
//! A verb of change that contradicts its own figures: `rose/grew/jumped … from
//! A to B` with B below A, `fell/slumped/slid … from A to B` with B above A,
//! and a stated change (`rose 20% from A to B`) that A → B does not give.
//! The figure reached may come first: `rose 20% to B from A`, `climbed 15 per
//! cent to B, up from A`, `fell to B seats from A`, `climbed 6.9% to B in late
//! trading, after closing at A`; or stand with its point of comparison and
//! no verb: `B, down from A`, `B, up 12% from A`. When the direction
//! contradicts the figures that alone is reported; a stated change is
//! checked against A → B only when the direction agrees.
//! Across the drafts, one move told the other way: `Harbor shares rose
//! 3.2% on Monday` where two or more other drafts, more than agree with it,
//! say they fell 3.2% (a warning; see `across.rs`).
//!
//! ## Why it matters
//! Swapped figures or a wrong verb turn a decline into growth; the sentence
//! still reads naturally, so only arithmetic catches it.
//!
//! ## Example
//! Fires on `margins rose from 39.5% to 32.9%` and on `revenue jumped 50% from
//! $100 million to $120 million`. Stays silent on `margins had slumped from
//! 39.5% in Q1 to 32.9% in Q2`.
//!
//! ## Options
//! The tolerance an `approximately`-style qualifier adds (5% of the figure).
//!
//! ## Limits
//! A and B must be figures of one kind in one sentence, `from` directly
//! before A and `to` between them (or `to` directly before B and, a few words
//! later, `from`, `up from`, `down from`, `compared with`, `after closing at`,
//! `from the`, or `from a LEVEL of` naming the level it started from — `from
//! a peak of`, `from a 16-year high of` — before A, with at most a phrase of
//! time between B and `from` (`to B in the fourth quarter from A`); a verb and an `up`/`down`
//! that disagree are left alone). A percentage change between two
//! percentages is accepted as either a relative change or a difference in
//! points, since writers use both. `widened` and `narrowed` speak of size: between
//! two negative figures (`narrowing the lower band from -700bp to -300bp`)
//! they are read on the figures' magnitudes.

mod across;

use super::{Check, Context, Violation, quantity, relation_interval, show};
use crate::claim::{Direction, Interval, Measure, Relation};
use crate::finding::{Label, Severity};

/// The `change-direction` check.
pub struct ChangeDirection;

impl Check for ChangeDirection {
    fn id(&self) -> &'static str {
        "change-direction"
    }

    fn default_severity(&self) -> Severity {
        Severity::Error
    }

    fn source(&self) -> &'static str {
        include_str!("change_direction.rs")
    }

    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
        let tol = cx.options.approx_tolerance;
        across::across(cx, out);
        for rel in cx.corpus.relations() {
            let Relation::Change {
                direction,
                verb,
                from,
                to,
                stated,
            } = rel.relation
            else {
                continue;
            };
            let id = |claim: usize| rel.claim(claim);
            let (Some(a), Some(b)) = (quantity(cx, id(*from)), quantity(cx, id(*to))) else {
                continue;
            };
            let doc = rel.doc;
            let verb_text = cx.corpus.doc(id(*from)).slice(*verb).to_string();
            let text = |c: usize| cx.corpus.text(id(c)).to_string();
            // Intervals that only touch (`$12.8 billion` reaches up to
            // 12.85bn, `$12.9 billion` down to it) still contradict when the
            // stated points do: `climbed to $12.8 billion from $12.9 billion`.
            let (av, bv) = (a.value.unwrap_or(f64::NAN), b.value.unwrap_or(f64::NAN));
            // A band or a loss below zero narrows towards zero.
            let lower = verb_text.to_ascii_lowercase();
            let sized = (lower.starts_with("widen") || lower.starts_with("narrow"))
                && a.interval.high <= 0.0
                && b.interval.high <= 0.0;
            let direction = &match (sized, *direction) {
                (true, Direction::Up) => Direction::Down,
                (true, Direction::Down) => Direction::Up,
                (_, d) => d,
            };
            let contradicted = match direction {
                Direction::Up => {
                    b.interval.high < a.interval.low || b.interval.high <= a.interval.low && bv < av
                }
                Direction::Down => {
                    b.interval.low > a.interval.high || b.interval.low >= a.interval.high && bv > av
                }
                Direction::Neutral => false,
            };
            if contradicted {
                let which = match (sized, *direction == Direction::Up) {
                    (false, true) => "lower",
                    (false, false) => "higher",
                    (true, true) => "wider",
                    (true, false) => "narrower",
                };
                out.push(Violation::new(
                    format!(
                        "`{verb_text}` from `{}` to `{}`, but `{}` is {which}",
                        text(*from),
                        text(*to),
                        text(*to)
                    ),
                    Label::doc(
                        doc,
                        *verb,
                        match which {
                            "lower" => "says the figure went up".to_string(),
                            "higher" => "says the figure went down".to_string(),
                            "wider" => "says it narrowed".to_string(),
                            _ => "says it widened".to_string(),
                        },
                    ),
                    vec![
                        Label::doc(doc, cx.corpus.claim(id(*from)).span, "from this"),
                        Label::doc(
                            doc,
                            cx.corpus.claim(id(*to)).span,
                            format!("to this, which is {which}"),
                        ),
                    ],
                    "swap the figures or use a verb of the other direction",
                ));
                continue;
            }
            let Some(s) = stated else { continue };
            let Some(sq) = quantity(cx, id(*s)) else {
                continue;
            };
            let (ai, bi) = (relation_interval(a, tol), relation_interval(b, tol));
            let stated_i = relation_interval(sq, tol);
            let sign = if *direction == Direction::Down {
                -1.0
            } else {
                1.0
            };
            let relative = (bi - ai).checked_div(ai).map(|x| x.scale(100.0 * sign));
            let points = (bi - ai).scale(sign);
            let both_percent = a.measure == Measure::Percent && b.measure == Measure::Percent;
            let fits = |i: Option<Interval>| i.is_some_and(|i| i.intersects(&stated_i));
            let ok = match sq.measure {
                Measure::PercentagePoints => both_percent && fits(Some(points)),
                _ if both_percent => fits(relative) || fits(Some(points)),
                _ => {
                    fits(relative)
                        || *direction == Direction::Neutral && fits(relative.map(|r| r.scale(-1.0)))
                }
            };
            if ok || sq.measure == Measure::PercentagePoints && !both_percent {
                continue;
            }
            let (av, bv) = (a.value.unwrap_or(0.0), b.value.unwrap_or(0.0));
            let actual = if av != 0.0 {
                (bv - av) / av * 100.0 * sign
            } else {
                0.0
            };
            out.push(Violation::new(
                format!(
                    "`{}` does not match `{}` to `{}`, which is a change of {}%",
                    text(*s),
                    text(*from),
                    text(*to),
                    show(actual)
                ),
                Label::doc(doc, cx.corpus.claim(id(*s)).span, "the stated change"),
                vec![
                    Label::doc(doc, cx.corpus.claim(id(*from)).span, "from this"),
                    Label::doc(doc, cx.corpus.claim(id(*to)).span, "to this"),
                ],
                "correct the stated change or the figures it is computed from",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{findings, messages};

    #[test]
    fn a_rise_to_a_lower_figure_contradicts_its_verb() {
        let m = messages(
            &ChangeDirection,
            &[(
                "d.txt",
                "Halcyon's cloud operating margin rose from 39.5% in the first quarter to 32.9% in the second, the company said.",
            )],
        );
        assert_eq!(
            m,
            vec!["`rose` from `39.5%` to `32.9%`, but `32.9%` is lower"]
        );
    }

    #[test]
    fn a_fall_to_a_lower_figure_is_silent() {
        let m = messages(
            &ChangeDirection,
            &[(
                "d.txt",
                "Halcyon's margins had slumped from 39.5% in Q1 to 32.9% in Q2.",
            )],
        );
        assert!(m.is_empty(), "{m:?}");
    }

    #[test]
    fn a_stated_change_the_figures_do_not_give_is_reported() {
        let f = findings(
            &ChangeDirection,
            &[(
                "d.txt",
                "Corvid's quarterly revenue jumped 50% from $100 million to $120 million, beating forecasts.",
            )],
            None,
        );
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.starts_with("`50%` does not match"),
            "{}",
            f[0].message
        );
        assert!(
            messages(
                &ChangeDirection,
                &[("d.txt", "Corvid's quarterly revenue jumped 20% from $100 million to $120 million, beating forecasts.")],
            )
            .is_empty()
        );
    }
}
