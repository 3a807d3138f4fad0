//! # figure-drift
//!
//! ## What it checks
//! Figures of one quantity, in different drafts, that agree but do not say the
//! same thing: one states a qualifier the other contradicts in spirit (`more
//! than 12,000` vs `approximately 12,000`, `15%` vs `more than 15%`), or one is
//! much coarser and its point value differs (`$1 billion` vs `$1.04 billion`;
//! `$1.2 billion` lies outside `$1 billion`'s rounding and is a `quantity-conflict`).
//! The quantity is a rule set's or an automatic key (see `quantity-conflict`).
//!
//! Also figures of one kind with two neighbouring digits swapped, one draft
//! alone writing one and two or more the other (`$21.84` against `$21.48`):
//! a copying slip, found without a key (`figure_drift/transposed.rs`).
//!
//! ## Why it matters
//! Readers compare drafts too. A floor in one story and an estimate in another
//! invite the question which is right, even when both can be.
//!
//! ## Example
//! Fires on `cut more than 12,000 jobs` in one draft beside `cut approximately
//! 12,000 jobs` in another. Stays silent on `27,000 … in 2022 and 2023` vs
//! `more than 27,000 … since 2022` (different periods, different keys) and on
//! `$167.7 billion` twice, and on `8,000` beside `more than 8,000` (a bare
//! round figure and a floor at it say the same thing the way newsrooms
//! write), `1,175` beside `as many as 1,175` (a ceiling at it, likewise; `nearly 3
//! percent` beside `3%` does drift: it says under 3), and
//! `nearly 1,500` beside `roughly 1,500` (both say about 1,500). One finding per way of writing the figure: its repetitions in a
//! headline and body or in other drafts are related labels of that finding.
//!
//! ## Options
//! Severity note: shown and counted, never failing a run unless `--deny
//! notes`. A figure is much coarser when it was rounded to a step ten times
//! larger or more, and it keeps at most about two significant digits (a step of
//! 1% of it or more): `NT$247.9bn` for `NT$247.85 billion` is the rounding
//! every paper does, not drift. One that says so itself (`about 125,000`
//! beside `124,800`) does not drift.
//!
//! ## Limits
//! Figures that cannot both be true are `quantity-conflict`'s, not this
//! check's. Two lower bounds (`upwards of $100 billion`, `exceed $125 billion`)
//! are both floors, so they do not drift. Vague figures (`thousands`) have no
//! point value and are not compared. A story-sheet quantity with a pinned
//! `fact` is left to `fact-mismatch`: the fact says which figures are right.

mod transposed;

use super::{Check, Context, Violation, claim_label, file_name, quantity};
use crate::claim::ClaimId;
use crate::claim::{QualifierKind, Quantity};
use crate::finding::Severity;

/// The `figure-drift` check.
pub struct FigureDrift;

/// Which way a figure leans.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Lean {
    /// A floor: `more than`, `just over`, `27,000+`.
    Up,
    /// A ceiling: `up to`, `nearly`.
    Down,
    /// A point or an estimate either side.
    Level,
}

fn lean(q: &Quantity) -> Lean {
    match q.qualifier.as_ref().map(|x| x.kind) {
        Some(QualifierKind::AtLeast | QualifierKind::JustAbove) => Lean::Up,
        Some(QualifierKind::AtMost | QualifierKind::JustBelow) => Lean::Down,
        _ => Lean::Level,
    }
}

/// The label of a figure said to be close to what another gives only as a bound.
const NEAR_A_BOUND: &str = "close to what another draft gives only as a bound";

/// The label of a figure much rounder than another.
const ROUNDER: &str = "a much rounder figure";

/// What a lean says, in words.
fn describe(l: Lean) -> &'static str {
    match l {
        Lean::Up => "a floor",
        Lean::Down => "a ceiling",
        Lean::Level => "an estimate",
    }
}

/// True when two figures are written alike (same interval, point, step and lean).
fn same_figure(a: &Quantity, b: &Quantity) -> bool {
    a.interval == b.interval
        && a.value == b.value
        && a.step == b.step
        && a.vague == b.vague
        && lean(a) == lean(b)
}

/// How `a` drifts from `b`, in words for the label, when `a` is the side to report.
fn drift(a: &Quantity, b: &Quantity) -> Option<&'static str> {
    if a.vague || b.vague || !a.interval.intersects(&b.interval) {
        return None;
    }
    let (Some(va), Some(vb)) = (a.value, b.value) else {
        return None;
    };
    let (la, lb) = (lean(a), lean(b));
    // The qualified side is reported; between a floor and a ceiling, the floor.
    // A bare round figure and a floor at that figure (`8,000` and `more than
    // 8,000`) say the same thing the way newsrooms write: no drift. A floor
    // beside an estimate (`approximately 12,000`) or a ceiling does.
    // So do a bare figure and a ceiling at it (`1,175` and `as many as
    // 1,175`; not `nearly 3 percent`, which says under 3, beside `3%`), and
    // a near side and an estimate (`nearly 1,500` and `roughly 1,500`: both
    // say about 1,500).
    use QualifierKind::{Approximate, AtMost, JustAbove, JustBelow};
    let kind = |q: &Quantity| q.qualifier.as_ref().map(|x| x.kind);
    if la != lb
        && la != Lean::Level
        && (lb == Lean::Level || la == Lean::Up)
        && !(lb == Lean::Level && kind(b).is_none() && (la == Lean::Up || kind(a) == Some(AtMost)))
        && !(matches!(kind(a), Some(JustBelow | JustAbove)) && kind(b) == Some(Approximate))
        && (va - vb).abs() <= 1e-9 * va.abs().max(vb.abs())
    {
        return Some(describe(la));
    }
    // `nearly 8%` beside `fewer than 8 percent`: both below 8, but one says
    // close to it and the other only under it. The near side is reported.
    let near_vs_bound = matches!(
        (kind(a), kind(b)),
        (Some(QualifierKind::JustBelow), Some(QualifierKind::AtMost))
            | (Some(QualifierKind::JustAbove), Some(QualifierKind::AtLeast))
    );
    if near_vs_bound && (va - vb).abs() <= 1e-9 * va.abs().max(vb.abs()) {
        return Some(NEAR_A_BOUND);
    }
    // `about 125,000` says itself that it is rounded: no drift from `124,800`.
    let says_rounded = a
        .qualifier
        .as_ref()
        .is_some_and(|q| q.kind == QualifierKind::Approximate);
    if la == lb
        && la == Lean::Level
        && va != vb
        && a.step >= 10.0 * b.step
        && b.step > 0.0
        && a.step >= 0.01 * va.abs()
        && !says_rounded
    {
        return Some(ROUNDER);
    }
    None
}

impl Check for FigureDrift {
    fn id(&self) -> &'static str {
        "figure-drift"
    }

    fn default_severity(&self) -> Severity {
        Severity::Note
    }

    fn source(&self) -> &'static str {
        include_str!("figure_drift.rs")
    }

    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
        let mut groups: Vec<(String, Vec<ClaimId>)> = cx
            .corpus
            .auto_groups()
            .into_iter()
            .map(|(k, ids)| (k.to_string(), ids))
            .collect();
        for (si, set) in cx.corpus.rules.iter().enumerate() {
            for (qi, q) in set.quantities.iter().enumerate() {
                // A pinned fact settles which way of writing is right.
                if q.fact.is_none() {
                    groups.push((q.id.clone(), cx.corpus.bound_to(si, qi)));
                }
            }
        }
        for (id, claims) in groups {
            report_group(cx, &id, &claims, out);
        }
        transposed::report(cx, out);
    }
}

/// The most other spellings of a figure one figure is compared with (those
/// nearest in value): a key holding thousands of distinct figures costs time
/// linear in them, not their square.
const MAX_COMPARED: usize = 64;

/// The drift findings of one quantity: one per way a figure is written that
/// drifts from another way, with every repetition of it (a headline and its
/// body, several drafts) as related labels of that one finding.
fn report_group(cx: &Context<'_, '_>, id: &str, claims: &[ClaimId], out: &mut Vec<Violation>) {
    // Figures written alike, by their interval, point, step and lean; found by
    // a map on their point value, so grouping is linear.
    let mut alike: Vec<(Quantity, Vec<ClaimId>)> = Vec::new();
    let mut by_value: std::collections::HashMap<u64, Vec<usize>> = Default::default();
    for &c in claims {
        let Some(q) = quantity(cx, c) else { continue };
        let key = q.value.unwrap_or(f64::NAN).to_bits();
        let slot = by_value.entry(key).or_default();
        match slot.iter().copied().find(|&g| same_figure(&alike[g].0, q)) {
            Some(g) => alike[g].1.push(c),
            None => {
                slot.push(alike.len());
                alike.push((q.clone(), vec![c]));
            }
        }
    }
    // The groups by point value, so each looks only at those near it.
    let mut order: Vec<usize> = (0..alike.len())
        .filter(|&g| alike[g].0.value.is_some())
        .collect();
    order.sort_by(|&x, &y| {
        let (vx, vy) = (
            alike[x].0.value.unwrap_or(0.0),
            alike[y].0.value.unwrap_or(0.0),
        );
        vx.total_cmp(&vy).then(x.cmp(&y))
    });
    for (g, (qa, members)) in alike.iter().enumerate() {
        let Some(va) = qa.value else { continue };
        // The groups nearest in value first, at most MAX_COMPARED of them.
        let at = order.partition_point(|&o| alike[o].0.value.unwrap_or(0.0) < va);
        let (mut lo, mut hi) = (at, at);
        let mut near = Vec::new();
        while near.len() < MAX_COMPARED && (lo > 0 || hi < order.len()) {
            let take_hi = lo == 0
                || (hi < order.len()
                    && (alike[order[hi]].0.value.unwrap_or(0.0) - va).abs()
                        <= (va - alike[order[lo - 1]].0.value.unwrap_or(0.0)).abs());
            if take_hi {
                near.push(order[hi]);
                hi += 1;
            } else {
                lo -= 1;
                near.push(order[lo]);
            }
        }
        near.sort();
        // Against each drifting group, a member in another draft than some member of ours.
        let mut against: Vec<(ClaimId, ClaimId, &str)> = Vec::new();
        for o in near.into_iter().filter(|&o| o != g) {
            let (qb, others) = &alike[o];
            let Some(how) = drift(qa, qb) else { continue };
            let pair = members.iter().find_map(|&a| {
                others
                    .iter()
                    .copied()
                    .find(|b| b.doc != a.doc)
                    .map(|b| (a, b))
            });
            if let Some((a, b)) = pair {
                against.push((a, b, how));
            }
        }
        let Some(&(a, b, how)) = against.first() else {
            continue;
        };
        let text = cx.corpus.text(a).to_string();
        let other = cx.corpus.text(b).to_string();
        let file = file_name(&cx.corpus.doc(b).path);
        let message = match quantity(cx, b).map(lean) {
            Some(lb) if how == NEAR_A_BOUND => format!(
                "`{text}` says close to `{other}` in {file}, which is only {} for `{id}`",
                describe(lb)
            ),
            Some(lb) if how != ROUNDER => format!(
                "`{text}` is {how} where `{other}` in {file} is {} for `{id}`",
                describe(lb)
            ),
            _ => format!("`{text}` rounds `{other}` in {file} to a different figure for `{id}`"),
        };
        let repeats = members.len() - 1;
        let mut related: Vec<crate::finding::Label> = members
            .iter()
            .copied()
            .filter(|&m| m != a)
            .take(5)
            .map(|m| claim_label(cx, m, "the same figure again here"))
            .collect();
        related.extend(
            against
                .iter()
                .take(3)
                .map(|&(_, o, _)| claim_label(cx, o, "stated this way here")),
        );
        let message = if repeats > 0 {
            format!("{message} (stated {} times)", members.len())
        } else {
            message
        };
        out.push(Violation::new(
            message,
            claim_label(cx, a, format!("{how} here")),
            related,
            "state the figure the same way in every draft, with the same qualifier and precision",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{findings, messages};
    use crate::claim::{Interval, Measure, Qualifier, UnitClass};

    fn q(value: f64, step: f64, kind: Option<QualifierKind>) -> Quantity {
        let mut i = Interval::around(value, step / 2.0);
        match kind {
            Some(QualifierKind::AtLeast) => i.high = f64::INFINITY,
            Some(QualifierKind::Approximate) => i = Interval::around(value, value * 0.05),
            _ => {}
        }
        Quantity {
            measure: Measure::Count,
            value: Some(value),
            interval: i,
            step,
            currency: None,
            unit: UnitClass::People,
            noun: None,
            qualifier: kind.map(|kind| Qualifier {
                kind,
                words: Default::default(),
            }),
            period: None,
            vague: false,
            comparison: false,
            range: None,
        }
    }

    #[test]
    fn a_floor_beside_an_estimate_of_the_same_figure_drifts() {
        let floor = q(12000.0, 1000.0, Some(QualifierKind::AtLeast));
        let about = q(12000.0, 1000.0, Some(QualifierKind::Approximate));
        assert_eq!(drift(&floor, &about), Some("a floor"));
        assert_eq!(drift(&about, &floor), None);
    }

    #[test]
    fn rounding_to_the_usual_digits_does_not_drift() {
        // `NT$247.9bn` for `NT$247.85 billion`: four digits kept.
        let press = q(247.85, 0.01, None);
        let column = q(247.9, 0.1, None);
        assert_eq!(drift(&column, &press), None);
        // `$1 billion` for `$1.04 billion`: one digit kept.
        assert_eq!(
            drift(&q(1.0, 1.0, None), &q(1.04, 0.01, None)),
            Some(ROUNDER)
        );
    }

    #[test]
    fn a_floor_beside_the_bare_figure_does_not_drift() {
        let floor = q(8000.0, 1000.0, Some(QualifierKind::AtLeast));
        let bare = q(8000.0, 1000.0, None);
        assert_eq!(drift(&floor, &bare), None);
        assert_eq!(drift(&bare, &floor), None);
    }

    #[test]
    fn the_same_figure_written_twice_does_not_drift() {
        let a = q(14000.0, 1000.0, None);
        let b = q(14000.0, 1000.0, Some(QualifierKind::Approximate));
        assert_eq!(drift(&a, &b), None);
    }

    #[test]
    fn a_much_rounder_figure_drifts() {
        let coarse = q(1e9, 1e9, None);
        let fine = q(1.2e9, 1e8, None);
        assert_eq!(drift(&coarse, &fine), Some(ROUNDER));
        assert_eq!(drift(&fine, &coarse), None);
    }

    #[test]
    fn a_floor_in_one_draft_and_an_estimate_in_another_is_a_note() {
        let f = findings(
            &FigureDrift,
            &[
                (
                    "reuters.txt",
                    "Northwind Corp has cut more than 12,000 jobs this year, the company said in a filing on Friday.",
                ),
                (
                    "times.txt",
                    "Northwind has cut approximately 12,000 jobs this year as it reorganises around AI.",
                ),
            ],
            None,
        );
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.starts_with("`more than 12,000` is a floor"),
            "{}",
            f[0].message
        );
        assert_eq!(f[0].severity, Severity::Note);
    }

    #[test]
    fn the_same_figure_in_two_drafts_is_silent() {
        let m = messages(
            &FigureDrift,
            &[
                (
                    "reuters.txt",
                    "Northwind Corp has cut 12,000 jobs this year, the company said in a filing on Friday.",
                ),
                (
                    "times.txt",
                    "Northwind has cut 12,000 jobs this year as it reorganises around AI.",
                ),
            ],
        );
        assert!(m.is_empty(), "{m:?}");
    }
}
