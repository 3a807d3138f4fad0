//! A quantity's `period:` (the period its figure covers: `Q2 2024`,
//! `2023`, `first half of 2024`) or `as_of:` (the day a snapshot is taken:
//! `end of 2023`, `June 30, 2024`), read with the drafts' time grammar and
//! put on the day-number scale of `rules::date`.

use super::*;
use crate::claim::{Measure, TimeLabel};
use crate::rules::When;
use crate::rules::date::{civil, period_days};
use crate::rules::raw::RawQuantity;

/// The quantity's `period:` or `as_of:`, with the words it is written in;
/// `Err` when it is refused (the error is pushed).
pub(super) fn when(
    text: &str,
    q: &RawQuantity,
    story: Option<i64>,
    errors: &mut Vec<RuleError>,
) -> Result<Option<(When, String)>, ()> {
    let (at, as_of) = match (&q.period, &q.as_of) {
        (None, None) => return Ok(None),
        (Some(_), Some(a)) => {
            let mut r = err(
                Some(span_of(text, a)),
                "a quantity takes `period` or `as_of`, not both",
                "both given",
            );
            r.help = Some(
                "`period` for a figure that covers a span (`Q2 2024`), `as_of` for a count taken on a day (`end of 2023`)".into(),
            );
            errors.push(r);
            return Err(());
        }
        (Some(p), None) => (p, false),
        (None, Some(a)) => (a, true),
    };
    let written = at.value.trim().to_string();
    let key = if as_of { "as_of" } else { "period" };
    let refuse = |errors: &mut Vec<RuleError>, message: String, label: &str| {
        let mut r = err(Some(span_of(text, at)), message, label);
        r.help = Some(format!(
            "write a year (`{key}: \"2023\"`), a quarter (`\"Q2 2024\"`), a half (`\"first half of 2024\"`), a month or a day (`\"June 30, 2024\"`){}",
            if as_of { ", or `\"end of 2023\"`" } else { "" }
        ));
        errors.push(r);
        Err(())
    };
    let label = match read_figure(&written, || bad_fact("", "")) {
        Ok(f) if f.measure == Measure::Time => f.period,
        _ => None,
    };
    let Some(label) = label else {
        return refuse(
            errors,
            format!("`{written}` is not a period factlint reads"),
            "not a period",
        );
    };
    if matches!(label, TimeLabel::Fiscal(_)) {
        return refuse(
            errors,
            format!("`{written}` is a fiscal year, whose months differ from company to company"),
            "a fiscal year",
        );
    }
    let Some(days) = period_days(&label, story.map(|d| civil(d).0)) else {
        return refuse(
            errors,
            format!("`{written}` names no year, and the sheet gives no `date:` to take it from"),
            "no year",
        );
    };
    // A snapshot of a period is taken at its end (`end of 2023`, `2023`).
    let when = if as_of {
        When::AsOf(days.high)
    } else {
        When::Period(days)
    };
    Ok(Some((when, written)))
}
