//! Which event a date in a draft dates, for `unit: date` quantities.
//!
//! A draft dates many things, and a date quantity's cue near a date does
//! not make it that event's date:
//! - a figure standing between the cue and the date is what the date
//!   times (`the death toll from the floods … rose to 205 on Friday` is
//!   the day of the toll, not of the floods);
//! - a date before its cue with `before`, `after`, `prior to` or `ahead
//!   of` between is another day than the cue's (`on Tuesday unveiled its
//!   figures a day prior to the planned date`);
//! - a month alone (`in April`, `September`) names no day, and dates no
//!   event the sheet pins to one;
//! - a date that closes a period (`the fiscal year to 31 March 2024`, `the
//!   quarter ended June 30`) dates no event;
//! - a date right after a verb of saying, its cue further on (`Eisai said
//!   on Friday it welcomed the decision … to grant full approval`), is the
//!   day something was said, not the day of the event said.

use super::Window;
use crate::claim::{Quantity, TimeLabel};
use crate::extract::phrase::ends_with_phrase;
use crate::rules::RuleQuantity;

/// Words between a date and a later cue that make the date another day
/// than the cue's.
const OFFSETS: &[&str] = &[
    "before",
    "after",
    "prior to",
    "ahead of",
    "earlier than",
    "later than",
];

/// Words right before a date that make it the day a period closes.
const PERIOD_ENDS: &[&str] = &[
    "year to",
    "year ended",
    "year ending",
    "years to",
    "quarter to",
    "quarter ended",
    "quarter ending",
    "months to",
    "months ended",
    "months ending",
    "half to",
    "half ended",
    "period to",
    "period ended",
    "period ending",
    "year through",
    "ended on",
    "ending on",
];

/// Verbs of saying that a date right after dates (`said on Friday`).
const SAYING: &[&str] = &[
    "said",
    "said on",
    "says",
    "told reporters",
    "told reporters on",
    "told",
    "added",
    "added on",
    "wrote",
    "wrote on",
    "stated",
    "stated on",
    "confirmed on",
    "commented",
];

/// Why date quantity `rq` may not take the date `q` whose nearest cue
/// stands at `cue` in `w`, or `None`.
/// True when the figure's own sentence is a photo caption (`Photo: …`,
/// `Photo caption: …`, `Caption: …`, `Pictured: …`; markup already blanked).
fn in_caption(w: &Window<'_>) -> bool {
    let own = w.s.text.get(w.s.own_from..).unwrap_or("");
    let own =
        own.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '(' | '['));
    [
        "photo:",
        "photo caption:",
        "caption:",
        "pictured:",
        "image:",
        "photo credit:",
    ]
    .iter()
    .any(|l| own.starts_with(l))
}

pub(super) fn refusal(
    w: &Window<'_>,
    q: &Quantity,
    rq: &RuleQuantity,
    cue: (usize, usize),
) -> Option<String> {
    if rq.unit != crate::rules::QUnit::Date {
        return None;
    }
    if matches!(q.period, Some(TimeLabel::Date { day: None, .. })) && pins_a_day(rq) {
        return Some(format!(
            "not `{}`: a month alone names no day, and `{}` is pinned to one",
            rq.id, rq.id
        ));
    }
    // `Photo: Volunteers clearing mud in Paiporta on Monday.`: a caption's
    // weekday says when the picture was taken, not when the event was.
    if matches!(q.period, Some(TimeLabel::Weekday { .. })) && in_caption(w) {
        return Some(format!(
            "not `{}`: a weekday in a photo caption says when the picture was taken",
            rq.id
        ));
    }
    // `the fiscal year to 31 March 2024`, `the quarter ended June 30`: the
    // day a period closes, not the day of an event.
    let before = w.s.text.get(..w.figure_at).unwrap_or("").trim_end();
    if let Some(e) = PERIOD_ENDS.iter().find(|e| ends_with_phrase(before, e)) {
        return Some(format!(
            "not `{}`: the day a period closes (`{e}`), not the day of an event",
            rq.id
        ));
    }
    let (a, b) = if cue.0 < w.figure_at {
        (cue.1, w.figure_at)
    } else {
        (w.figure_end, cue.0)
    };
    if let Some(&c) = w.s.counts.iter().find(|&&c| c >= a && c < b) {
        let end = w.s.text[c..]
            .find(|ch: char| ch.is_whitespace())
            .map_or(w.s.text.len(), |e| c + e);
        return Some(format!(
            "not `{}`: `{}` stands between its cue and the date, which dates that figure",
            rq.id,
            &w.s.text[c..end].trim_end_matches([',', '.', ';'])
        ));
    }
    if cue.0 > w.figure_end
        && let Some(v) = SAYING.iter().find(|v| ends_with_phrase(before, v))
    {
        return Some(format!(
            "not `{}`: the day it was said (`{v}`), not the day of the event its cue names further on",
            rq.id
        ));
    }
    if cue.0 > w.figure_end {
        let between = w.s.text.get(w.figure_end..cue.0).unwrap_or("");
        if let Some(o) = OFFSETS
            .iter()
            .find(|o| !crate::extract::phrase::find_word_starts(between, o).is_empty())
        {
            return Some(format!(
                "not `{}`: `{o}` stands between the date and its cue: it is another day",
                rq.id
            ));
        }
    }
    None
}

/// Whether `rq`'s fact is one day (`March 5, 2025`), not a month.
fn pins_a_day(rq: &RuleQuantity) -> bool {
    rq.fact.is_some_and(|f| f.high - f.low < 1.5)
}
