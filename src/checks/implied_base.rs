//! # implied-base
//!
//! ## What it checks
//! A share of a workforce implies a figure the drafts also state. `R, or P%
//! of its workforce` (also `P% of its workforce, or R` and `R — about P% of
//! its staff`) implies a headcount of R ÷ P; it is reported when that cannot
//! be the organisation's headcount stated in the same or another draft. And
//! `P% of its B employees`, with no count beside it, implies P × B people; it
//! is reported when that cannot be the count the same draft gives for the
//! same cut. A share of people with a toll works the same way: `About 1 / 4
//! of the 59 individuals sickened have died` implies about 15 dead, reported
//! beside the draft's `10 individuals have died`.
//!
//! ## Why it matters
//! A share and a count that do not fit each other mean one of them is wrong,
//! and readers do the division.
//!
//! ## Example
//! Fires on `roughly 15,000 roles, or 15% of our workforce` beside `Intel had
//! 124,800 employees` (15,000 is 12% of that). Stays silent on `14,000 roles —
//! about 4% of its 350,000 corporate employees`.
//!
//! ## Options
//! The tolerance an `approximately`-style qualifier adds (5% of the figure);
//! a whole percentage is read to the point (`4%` is 3.5–4.5%).
//!
//! ## Limits
//! The headcount and the cut are found by automatic key (see `claims`): same
//! organisation, same division, same kind of staff (`corporate` or all), any
//! period. Without such a figure nothing is compared.

use std::collections::HashMap;

use super::{Check, Context, Violation, claim_label, quantity, relation_interval, show};
use crate::autokey::{Key, Predicate, What};
use crate::claim::ClaimId;
use crate::claim::{Interval, Relation};
use crate::finding::Severity;

/// The `implied-base` check.
pub struct ImpliedBase;

/// The keyed figures, by claim and by what the check looks up: (organisation,
/// division, what, predicate), any period, the drafts' own figures only.
struct Keys<'c> {
    of: HashMap<ClaimId, &'c Key>,
    by: HashMap<(String, Option<String>, What, Predicate), Vec<ClaimId>>,
}

impl<'c> Keys<'c> {
    fn new(cx: &'c Context<'_, '_>) -> Keys<'c> {
        let mut of = HashMap::new();
        let mut by: HashMap<_, Vec<ClaimId>> = HashMap::new();
        for k in &cx.corpus.keyed {
            let Some(key) = k.key.as_deref() else {
                continue;
            };
            of.insert(k.claim, key);
            if key.source.is_none() {
                by.entry((
                    key.org.clone(),
                    key.division.clone(),
                    key.what.clone(),
                    key.predicate,
                ))
                .or_default()
                .push(k.claim);
            }
        }
        Keys { of, by }
    }

    /// Figures keyed like `want` in organisation and division, with `what` and `predicate`.
    fn stated(&self, want: &Key, what: What, predicate: Predicate) -> &[ClaimId] {
        self.by
            .get(&(want.org.clone(), want.division.clone(), what, predicate))
            .map_or(&[], Vec::as_slice)
    }
}

impl Check for ImpliedBase {
    fn id(&self) -> &'static str {
        "implied-base"
    }

    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn source(&self) -> &'static str {
        include_str!("implied_base.rs")
    }

    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
        let tol = cx.options.approx_tolerance;
        let keys = Keys::new(cx);
        for rel in cx.corpus.relations() {
            let Relation::PercentOf {
                percent,
                base,
                result,
                ..
            } = rel.relation
            else {
                continue;
            };
            let id = |claim: usize| rel.claim(claim);
            let pid = id(*percent);
            let Some(&pkey) = keys.of.get(&pid) else {
                continue;
            };
            let Some(p) = quantity(cx, pid) else { continue };
            let share = relation_interval(p, tol).scale(0.01);
            // `P% of its staff`: the staff is the headcount of the same kind.
            let staff = pkey.what.staff().unwrap_or_else(|| pkey.what.clone());
            match (base, result) {
                (None, Some(r)) => {
                    let Some(rq) = quantity(cx, id(*r)) else {
                        continue;
                    };
                    let Some(implied) = relation_interval(rq, tol).checked_div(share) else {
                        continue;
                    };
                    let counts = keys.stated(pkey, staff, Predicate::Headcount);
                    report(cx, out, implied, id(*r), counts, "a headcount of", pid);
                }
                (Some(b), None) => {
                    let Some(bq) = quantity(cx, id(*b)) else {
                        continue;
                    };
                    let implied = (relation_interval(bq, tol) * share).scale(1.0);
                    let cuts: Vec<ClaimId> = keys
                        .stated(pkey, What::People(None), pkey.predicate)
                        .iter()
                        .copied()
                        .filter(|c| c.doc == pid.doc)
                        .collect();
                    report(cx, out, implied, pid, &cuts, "a count of", id(*b));
                }
                _ => {}
            }
        }
    }
}

/// Reports `implied` (read at `at`) against the stated figures it cannot be.
fn report(
    cx: &Context<'_, '_>,
    out: &mut Vec<Violation>,
    implied: Interval,
    at: ClaimId,
    stated: &[ClaimId],
    what: &str,
    other: ClaimId,
) {
    let against: Vec<ClaimId> = stated
        .iter()
        .copied()
        .filter(|&s| s != at && s != other)
        .filter(|&s| quantity(cx, s).is_some_and(|q| !q.interval.intersects(&implied)))
        .collect();
    // Only when no stated figure fits: one that does means the share is fine.
    let fits = stated
        .iter()
        .filter(|&&s| s != at && s != other)
        .any(|&s| quantity(cx, s).is_some_and(|q| q.interval.intersects(&implied)));
    let Some(&first) = against.first() else {
        return;
    };
    if fits {
        return;
    }
    let mid = if implied.is_bounded() {
        (implied.low + implied.high) / 2.0
    } else {
        implied.low
    };
    // Three significant figures: the share is rarely more precise than that.
    let mid = if mid.is_finite() && mid.abs() >= 1.0 {
        let k = 10f64.powi(mid.abs().log10().floor() as i32 - 2);
        (mid / k).round() * k
    } else {
        mid
    };
    let file = super::file_name(&cx.corpus.doc(first).path);
    let text = |c: ClaimId| cx.corpus.text(c).to_string();
    let mut related = vec![claim_label(cx, other, "with this figure")];
    related.extend(
        against
            .iter()
            .take(3)
            .map(|&o| claim_label(cx, o, "stated this way here")),
    );
    out.push(Violation::new(
        format!(
            "`{}` with `{}` implies {what} about {}, but `{}` in {file} says otherwise",
            text(at),
            text(other),
            show(mid),
            text(first)
        ),
        claim_label(cx, at, format!("implies about {}", show(mid))),
        related,
        "check the share and the figures it is a share of against the source",
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::messages;

    #[test]
    fn a_share_of_a_stated_staff_that_is_not_the_cut_is_reported() {
        let m = messages(
            &ImpliedBase,
            &[(
                "d.txt",
                "Kestrel Labs said on Monday it was cutting 1,200 jobs. The start-up will lay off 25% of its 8,000 employees, according to the memo.",
            )],
        );
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(m[0].contains("implies a count of about 2,000"), "{}", m[0]);
    }

    #[test]
    fn a_share_that_fits_the_cut_is_silent() {
        let m = messages(
            &ImpliedBase,
            &[(
                "d.txt",
                "Kestrel Labs said on Monday it was cutting 2,000 jobs. The start-up will lay off 25% of its 8,000 employees, according to the memo.",
            )],
        );
        assert!(m.is_empty(), "{m:?}");
    }
}
