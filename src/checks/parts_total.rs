//! # parts-total
//!
//! ## What it checks
//! Parts stated as making up a total that do not add up: `A, B and C, a total
//! of T` (also `Kent (412), Essex (268) and Sussex (190), a total of T`, `(X
//! €1.2bn, Y €0.9bn) — a total of T`, `…, T in all`, `Of the total T, X A, Y
//! B and the remaining C`, `the Greens with 61, the Liberals with 44 and
//! Forward with 19 — hold a combined 134 seats`, `With 37, 20, 24 and 7
//! seats respectively, the four would hold a combined 98 seats`, the parts
//! named as a group by their number) where the parts are not T; a line stating T and
//! introducing a bullet list (`The £412 million budget breaks down as
//! follows:`, `## Alliance: 118`) whose items' figures are not T, or a list
//! with its total on the line after it (`Total: 225 seats`, `Total fines
//! ordered, before interest: $18 million`) or as its last item (`- Total:
//! 225`, `- Together: a combined network of 3,600 stores`; an item's
//! breakdown in parentheses, `159 seats (141 district + 18 national list)`,
//! is not another part); a table whose last row is `Total` (`| **Total** |
//! **1,391** |`) and whose rows above it, in that column, do not add up to
//! it (a row with a negative amount, or with no figure there, and the table
//! is not read); and `T,
//! including A and B` (or a list after `The largest items in T:`) where the
//! parts exceed T.
//!
//! ## Why it matters
//! Breakdowns are edited piecemeal — one figure updated, the total not — and
//! readers add them up.
//!
//! ## Example
//! Fires on `cuts of 300, 400 and 500, a total of 1,500`. Stays silent on
//! `cuts of 300, 400 and 500, a total of 1,200` and on `1,300 jobs, including
//! 400 in HR and 200 in marketing`.
//!
//! ## Options
//! The tolerance an `approximately`-style qualifier adds (5% of the figure).
//!
//! ## Limits
//! The parts must be listed next to each other (`A, B and C`) and the total
//! marked (`a total of`, `totalling`, `a combined`, `in all`, `including`),
//! or be the items of a list right after the line stating the total, or the
//! items of a list under a heading (or a line ending with `:`) whose sum the
//! first sentence after it states (`That is a combined $12bn`), or list
//! items named back by their labels in a later sentence that sums them
//! (`- Labour: 411` … `Between them, Labour, the Conservatives and the
//! Liberal Democrats won 606 of the 650 seats`); other
//! sums spread over several sentences (a total in one sentence, `spread
//! across six states: …` in the next) are not read. A list is read only when
//! every item has one figure of the total's kind; a list introduced without
//! a word saying it is whole (`breaks down`, `comprises`, `total`) or as a
//! `Label: N` heading is only held to not exceeding the total. One included
//! part (`$69bn including $8bn of debt`) states no sum. A whole count
//! written to the unit with no qualifier (`four gold`, `12 medals`) is
//! exact; round figures are read to two significant figures, and a total of three figures or more
//! may be cut rather than rounded (parts of 28.77 fit a total of 28.7). A
//! total a hundred times off its parts is taken as a misread scale word and
//! not reported. Spans of time in different units are added up in days
//! (`135 months — 11 years and three months` adds up).

use super::{Check, Context, Violation, quantity, relation_interval, show_as};
use crate::claim::{Interval, PartsKind, Relation};
use crate::finding::{Label, Severity};

/// Days in one unit of a span of time (`years` → 365.25), for a figure
/// counting one; `None` for anything else.
fn per_day(q: &crate::claim::Quantity) -> Option<f64> {
    (q.unit == crate::claim::UnitClass::Duration)
        .then(|| q.noun.as_deref().and_then(crate::rules::date::days_per))
        .flatten()
}

/// The `parts-total` check.
pub struct PartsTotal;

/// A figure's interval for a sum: a whole count written to the unit with no
/// qualifier (`four gold`, `12 medals`, `115` deaths) is exact, so parts of
/// 4, 2 and 5 do not make 12; anything else as `relation_interval` reads it.
fn exact_or(q: &crate::claim::Quantity, tol: f64) -> Interval {
    match q.value {
        Some(v)
            if q.measure == crate::claim::Measure::Count
                && q.qualifier.is_none()
                && q.step <= 1.0
                && v.fract() == 0.0 =>
        {
            Interval::point(v)
        }
        _ => relation_interval(q, tol),
    }
}

impl Check for PartsTotal {
    fn id(&self) -> &'static str {
        "parts-total"
    }

    fn default_severity(&self) -> Severity {
        Severity::Error
    }

    fn source(&self) -> &'static str {
        include_str!("parts_total.rs")
    }

    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
        let tol = cx.options.approx_tolerance;
        let in_days: Vec<_> = crate::bind::rescaled(&cx.corpus.bindings, cx.corpus.rules).collect();
        for rel in cx.corpus.relations() {
            let Relation::Parts { kind, parts, total } = rel.relation else {
                continue;
            };
            let id = |claim: usize| rel.claim(claim);
            let Some(t) = quantity(cx, id(*total)) else {
                continue;
            };
            // Spans of time in different units (`135 months — 11 years and
            // three months`) are added up in days; a span a sheet binds is
            // in days already (`bind::to_scale`).
            let scaled_already = |k: usize| in_days.contains(&id(k));
            let qs: Vec<_> = parts
                .iter()
                .filter_map(|&p| quantity(cx, id(p)).map(|q| (q, scaled_already(p))))
                .collect();
            let t_done = scaled_already(*total);
            let days = per_day(t).is_some()
                && qs.iter().all(|(q, _)| per_day(q).is_some())
                && (t_done || qs.iter().any(|(q, done)| *done || per_day(q) != per_day(t)));
            let factor = |q: &crate::claim::Quantity, done: bool| {
                if days && !done {
                    per_day(q).unwrap_or(1.0)
                } else {
                    1.0
                }
            };
            let t_days = if days { per_day(t).unwrap_or(1.0) } else { 1.0 };
            let scaled = |i: Interval, k: f64| Interval::new(i.low * k, i.high * k);
            let mut sum = Interval::point(0.0);
            let mut point = 0.0;
            for (q, done) in &qs {
                sum = sum + scaled(exact_or(q, tol), factor(q, *done));
                point += q.value.unwrap_or(0.0) * factor(q, *done);
            }
            // Compared in the total's unit as written.
            let point = point / t_days;
            let sum = scaled(sum, 1.0 / t_days);
            let ti = scaled(exact_or(t, tol), factor(t, t_done) / t_days);
            // A total written to three figures or more is often cut rather
            // than rounded (`₦28.77 trillion` as `₦28.7 trillion`).
            let precise = t.value.is_some_and(|v| t.step > 0.0 && v / t.step >= 100.0);
            let cut = if precise {
                Interval::new(ti.low, ti.high + (ti.high - ti.low) / 2.0)
            } else {
                ti
            };
            // A hundredfold gap is a scale word lost in reading, not a slip.
            let misread = t
                .value
                .map(|v| v * factor(t, t_done) / t_days)
                .is_some_and(|v| point > v * 100.0 || point * 100.0 < v);
            let wrong = !misread
                && match kind {
                    PartsKind::Sum => !sum.intersects(&cut),
                    PartsKind::Including => sum.low > ti.high,
                };
            if !wrong {
                continue;
            }
            let doc = rel.doc;
            let total_text = cx.corpus.text(id(*total)).to_string();
            let (message, help) = match kind {
                PartsKind::Sum => (
                    format!(
                        "the parts add up to {}, not `{total_text}`",
                        show_as(point, t)
                    ),
                    "correct the total or the part that changed",
                ),
                PartsKind::Including => (
                    format!(
                        "the parts included in `{total_text}` add up to {}, more than the total",
                        show_as(point, t)
                    ),
                    "correct the total or the parts it includes",
                ),
            };
            out.push(Violation::new(
                message,
                Label::doc(
                    doc,
                    cx.corpus.claim(id(*total)).span,
                    format!("the parts add up to {}", show_as(point, t)),
                ),
                parts
                    .iter()
                    .map(|&p| Label::doc(doc, cx.corpus.claim(id(p)).span, "a part"))
                    .collect(),
                help,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::messages;

    #[test]
    fn parts_that_do_not_add_up_to_their_total_are_reported() {
        let m = messages(
            &PartsTotal,
            &[(
                "d.txt",
                "The company made cuts of 300, 400 and 500, a total of 1,500 jobs, across its three sites.",
            )],
        );
        assert_eq!(m, vec!["the parts add up to 1,200, not `1,500`"]);
    }

    #[test]
    fn whole_counts_are_exact_and_a_haul_is_a_total() {
        let m = messages(
            &PartsTotal,
            &[(
                "d.txt",
                "The squad came home with four gold, two silver and five bronze, a haul of 12 medals.",
            )],
        );
        assert_eq!(m, vec!["the parts add up to 11, not `12`"]);
        let m = messages(
            &PartsTotal,
            &[(
                "d.txt",
                "The squad came home with four gold, two silver and five bronze, a haul of 11 medals.",
            )],
        );
        assert!(m.is_empty(), "{m:?}");
    }

    #[test]
    fn parts_that_add_up_are_silent() {
        let m = messages(
            &PartsTotal,
            &[(
                "d.txt",
                "The company made cuts of 300, 400 and 500, a total of 1,200 jobs, across its three sites.",
            )],
        );
        assert!(m.is_empty(), "{m:?}");
    }
}
