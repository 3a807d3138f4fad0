//! # figure-drift
//!
//! ## What it checks
//! Figures of one quantity, in different drafts, that agree but do not say the
//! same thing: one states a qualifier the other contradicts in spirit (`more
//! than 12,000` vs `approximately 12,000`, `15%` vs `more than 15%`), or one is
//! much coarser and its point value differs (`$1 billion` vs `$1.2 billion`).
//! The quantity is a rule set's or an automatic key (see `quantity-conflict`).
//!
//! ## Why it matters
//! Readers compare drafts too. A floor in one story and an estimate in another
//! invite the question which is right, even when both can be.
//!
//! ## Example
//! Fires on `cut more than 12,000 jobs` in one draft beside `cut approximately
//! 12,000 jobs` in another. Stays silent on `27,000 … in 2022 and 2023` vs
//! `more than 27,000 … since 2022` (different periods, different keys) and on
//! `$167.7 billion` twice.
//!
//! ## Options
//! Severity note: shown and counted, never failing a run unless `--deny
//! notes`. A figure is much coarser when it was rounded to a step ten times
//! larger or more; one that says so itself (`about 125,000` beside `124,800`)
//! does not drift.
//!
//! ## Limits
//! Figures that cannot both be true are `quantity-conflict`'s, not this
//! check's. Two lower bounds (`upwards of $100 billion`, `exceed $125 billion`)
//! are both floors, so they do not drift. Vague figures (`thousands`) have no
//! point value and are not compared.

use super::quantity_conflict::{auto_groups, bound_to};
use super::{Check, Context, claim_label, file_name, quantity};
use crate::claim::{QualifierKind, Quantity};
use crate::finding::{Finding, Severity};
use crate::index::ClaimId;

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
    if la != lb
        && la != Lean::Level
        && (lb == Lean::Level || la == Lean::Up)
        && (va - vb).abs() <= 1e-9 * va.abs().max(vb.abs())
    {
        return Some(describe(la));
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

    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Finding>) {
        let mut groups: Vec<(String, Vec<ClaimId>)> = auto_groups(cx)
            .into_iter()
            .map(|(k, ids)| (k.to_string(), ids))
            .collect();
        for (si, set) in cx.corpus.rules.iter().enumerate() {
            for (qi, q) in set.quantities.iter().enumerate() {
                groups.push((q.id.clone(), bound_to(cx, si, qi)));
            }
        }
        for (id, claims) in groups {
            // Figures written alike are compared once: by their interval, point, step and lean.
            let mut alike: Vec<(Quantity, Vec<ClaimId>)> = Vec::new();
            for &c in &claims {
                let Some(q) = quantity(cx, c) else { continue };
                match alike.iter_mut().find(|(r, _)| same_figure(r, q)) {
                    Some((_, members)) => members.push(c),
                    None => alike.push((q.clone(), vec![c])),
                }
            }
            for &a in &claims {
                let Some(qa) = quantity(cx, a) else { continue };
                let against: Vec<(ClaimId, &str)> = alike
                    .iter()
                    .filter_map(|(q, members)| {
                        let how = drift(qa, q)?;
                        let b = members.iter().copied().find(|b| b.doc != a.doc)?;
                        Some((b, how))
                    })
                    .collect();
                let Some(&(b, how)) = against.first() else {
                    continue;
                };
                let text = cx.corpus.text(a).to_string();
                let other = cx.corpus.text(b).to_string();
                let file = file_name(&cx.corpus.doc(b).path);
                let message = match quantity(cx, b).map(lean) {
                    Some(lb) if how != ROUNDER => format!(
                        "`{text}` is {how} where `{other}` in {file} is {} for `{id}`",
                        describe(lb)
                    ),
                    _ => format!(
                        "`{text}` rounds `{other}` in {file} to a different figure for `{id}`"
                    ),
                };
                out.push(Finding {
                    check: "figure-drift",
                    rule: None,
                    severity: Severity::Note,
                    message,
                    primary: claim_label(cx, a, format!("{how} here")),
                    related: against
                        .iter()
                        .take(3)
                        .map(|&(o, _)| {
                            claim_label(cx, o, "stated this way here")
                        })
                        .collect(),
                    help: "state the figure the same way in every draft, with the same qualifier and precision".into(),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
                words: String::new(),
            }),
            period: None,
            vague: false,
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
}
