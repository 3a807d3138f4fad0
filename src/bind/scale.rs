//! Bound dates and spans of time, put on their quantity's scale.
//!
//! A `unit: date` quantity's fact is a day number (`rules::date`), a
//! `unit: duration` quantity's a number of days; a bound figure is put on
//! the same scale (`March 5` the day it names, `16 weeks` 112 days), so that
//! `fact-mismatch`, `quantity-conflict` and invariants compare it as any
//! other interval. A ceiling bound to a maximum (`as much as $6.4bn` for
//! the largest fine allowed) is put at the figure as written (`ceiling`).
//! Only bound figures change, and only their numbers: the words and the
//! period a figure names stay as written.

use super::Binding;
use crate::claim::{ClaimKind, Interval, Quantity, TimeLabel};
use crate::extract::Extraction;
use crate::rules::date::{civil, days_of, days_per, weekday, weekday_day};
use crate::rules::{QUnit, RuleQuantity, RuleSet};

/// The year a date written without one takes for this quantity: the
/// sheet's `date:`, else the year of the quantity's fact.
fn story_year(set: &RuleSet, rq: &RuleQuantity) -> Option<i64> {
    set.date
        .or_else(|| {
            rq.fact
                .map(|f| f.low)
                .filter(|d| d.is_finite())
                .map(|d| d as i64)
        })
        .map(|d| civil(d).0)
}

/// The days a date figure names for a date quantity; `None` when its year
/// is unknown or it is no day of the calendar.
pub(super) fn days(
    q: &Quantity,
    set: &RuleSet,
    rq: &RuleQuantity,
    filed: Option<&TimeLabel>,
) -> Option<Interval> {
    let label = q.period.as_ref()?;
    if let TimeLabel::Weekday { day, .. } = label {
        // A weekday is a day of the week the draft was filed in (its
        // dateline's date, `WASHINGTON, Nov 21 -`), else of the story's
        // week: it needs a dateline with a day or the sheet's `date:`.
        let own = filed
            .and_then(|f| near_story(f, set, rq))
            .filter(|i| i.low == i.high)
            .map(|i| i.low as i64);
        // Read against the sheet's date, not the draft's own, a weekday's
        // week is a guess (a draft filed a week on says `on Saturday` of
        // the Saturday the sheet pins): the pinned day's day of the week
        // is taken as that day, and any other day of the week is wrong
        // whatever the week.
        if own.is_none()
            && let Some(f) = rq.fact.filter(|f| f.low == f.high && f.low.is_finite())
            && weekday(f.low as i64) == *day
        {
            return Some(f);
        }
        let anchor = own.or(set.date)?;
        let d = weekday_day(label, anchor)? as f64;
        return Some(Interval::new(d, d));
    }
    near_story(label, set, rq)
}

/// The days a date names, a date without a year taken nearest the story.
fn near_story(label: &TimeLabel, set: &RuleSet, rq: &RuleQuantity) -> Option<Interval> {
    // A day or month written without a year, in a sheet with a `date:`, is
    // the one nearest the story's date (`November` in a story of March 2024
    // is November 2023; `until December` in one of July 2024, December 2024).
    if let (TimeLabel::Date { year: None, .. }, Some(story)) = (label, set.date) {
        let y = civil(story).0;
        return [y - 1, y, y + 1]
            .into_iter()
            .filter_map(|y| days_of(label, Some(y)))
            .min_by(|a, b| {
                let gap = |i: &Interval| {
                    (i.low - story as f64)
                        .abs()
                        .min((i.high - story as f64).abs())
                };
                gap(a).total_cmp(&gap(b))
            });
    }
    days_of(label, story_year(set, rq))
}

/// Puts every figure bound to a date or duration quantity on its scale.
/// The claims `to_scale` puts in days: those bound to a date or a span of time.
pub fn rescaled<'b>(
    bindings: &'b [Binding],
    sets: &'b [RuleSet],
) -> impl Iterator<Item = crate::claim::ClaimId> + 'b {
    bindings
        .iter()
        .filter(|b| {
            matches!(
                sets[b.set].quantities[b.quantity].unit,
                QUnit::Date | QUnit::Duration
            )
        })
        .map(|b| b.claim)
}

pub fn to_scale(extractions: &mut [Extraction], bindings: &[Binding], sets: &[RuleSet]) {
    for b in bindings {
        let (set, rq) = (&sets[b.set], &sets[b.set].quantities[b.quantity]);
        let Some(claim) = extractions
            .get_mut(b.claim.doc)
            .and_then(|ex| ex.claims.get_mut(b.claim.claim))
        else {
            continue;
        };
        let ClaimKind::Quantity(q) = &mut claim.kind else {
            continue;
        };
        let q = q.make_mut();
        // A ceiling on a maximum states the maximum (`ceiling`).
        if let Some(i) = super::ceiling::as_maximum(q, rq) {
            q.interval = i;
        }
        match rq.unit {
            QUnit::Date => {
                if let Some(i) = days(q, set, rq, b.filed.as_ref()) {
                    q.interval = i;
                    q.value = (i.low == i.high).then_some(i.low);
                    q.range = None;
                    q.step = 0.0;
                }
            }
            QUnit::Duration => {
                let Some(f) = q.noun.as_deref().and_then(days_per) else {
                    continue;
                };
                q.interval = Interval::new(q.interval.low * f, q.interval.high * f);
                q.value = q.value.map(|v| v * f);
                q.range = q.range.take().map(|r| Box::new((r.0 * f, r.1 * f)));
                q.step *= f;
            }
            _ => {}
        }
    }
}
