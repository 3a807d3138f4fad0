//! The periods a figure's own words name, and whether they are the period a
//! quantity declares (`period: Q2 2024`) or contain the day it was taken
//! (`as_of: end of 2023`).
//!
//! A figure's own words are the time expressions of its clause (no clause
//! break between them and it: `$5 billion in 2023`, `in the second quarter,
//! revenue…` is not) that stand nearer to it than to any other figure
//! (`rose to $6 billion in 2024 from $5 billion in 2023`: 2023 is the $5
//! billion's), and a time that opens its sentence before any figure
//! (`In 2023, revenue was $5 billion`). A month or day written without a
//! year (`said on March 5`) says when something was said, not what the
//! figure covers, and is not read; nor is a fiscal year, whose months
//! differ from company to company.

use super::Window;
pub(super) use crate::claim::TimeLabel;
use crate::claim::{Interval, Measure};
use crate::extract::Extraction;
use crate::rules::When;
use crate::rules::date::{civil, period_days};
use crate::source::Span;

/// The periods a figure's own words name (see the module doc). `s` is its
/// sentence, `start` where its window starts in the draft, `figure` its span.
pub(super) fn named(
    ex: &Extraction,
    s: usize,
    w: &Window<'_>,
    start: usize,
    figure: Span,
) -> Vec<TimeLabel> {
    let Some(st) = ex.sentences.get(s) else {
        return Vec::new();
    };
    let figures: Vec<Span> = ex
        .claims_in(st.span.start, st.span.end)
        .filter(|(_, c)| c.quantity().is_some_and(|q| q.measure != Measure::Time))
        .map(|(_, c)| c.span)
        .collect();
    let first_figure = figures.iter().map(|f| f.start).min();
    let gap = |t: Span, f: Span| {
        if t.start >= f.end {
            t.start - f.end
        } else {
            f.start.saturating_sub(t.end)
        }
    };
    // A time belongs to the figure nearest it (`rose to $6bn in 2024 from
    // $5bn in 2023`: 2023 is the $5bn's); a date figure has only its clause.
    let nearest = |t: Span| {
        figures
            .iter()
            .copied()
            .min_by_key(|&f| (gap(t, f), f.start))
    };
    ex.claims_in(st.span.start, st.span.end)
        .filter_map(|(_, c)| {
            let q = c.quantity().filter(|q| q.measure == Measure::Time)?;
            let label = q.period.as_ref()?;
            if c.span == figure || label.is_undated_day_or_month() {
                return None;
            }
            let at = c.span.start.checked_sub(start)?;
            // A time after `since` starts a span running to the story (`the
            // first tsunami warning since 2011`): it dates no figure.
            let lead = w.s.text.get(..at).unwrap_or("").trim_end();
            if lead
                .strip_suffix("since")
                .is_some_and(|r| !r.ends_with(char::is_alphanumeric))
            {
                return None;
            }
            let own = (w.s.breaks_between(at, w.figure_at) == 0 || dates_a_when(w, at, c.span))
                && nearest(c.span).is_none_or(|f| f == figure || !figures.contains(&figure));
            let opener = first_figure.is_some_and(|f| c.span.end <= f)
                && w.s.breaks_between(w.s.own_from, at) == 0;
            // A short line with one figure is a row (`- Fed funds, end-2025:
            // 3.4%`): its time dates its figure, across the row's breaks.
            let row = figures.len() == 1 && st.span.end - st.span.start <= 80;
            (own || opener || row).then(|| label.clone())
        })
        .collect()
}

/// True when the time at `at` (of span `t` in the draft) is followed by a
/// `when` clause holding the figure, with no other break between
/// (`in November 2016, when the pound lost about half its value`): the
/// time dates what that clause says.
fn dates_a_when(w: &Window<'_>, at: usize, t: Span) -> bool {
    let end = at + (t.end - t.start);
    let Some(gap) = w.s.text.get(end..w.figure_at) else {
        return false;
    };
    let Some(rest) = gap
        .trim_start()
        .strip_prefix(',')
        .map(str::trim_start)
        .and_then(|r| r.strip_prefix("when "))
    else {
        return false;
    };
    let when_at = w.figure_at - rest.len();
    w.figure_at > end && w.s.breaks_between(when_at, w.figure_at) == 0
}

/// What a figure's named periods say of a quantity's `when`.
#[derive(Debug, PartialEq)]
pub(super) enum Verdict {
    /// It names no period factlint can place: it binds as any figure.
    Unsaid,
    /// It names the quantity's period (or one inside it), or a period
    /// holding the snapshot's day.
    Same,
    /// It names only other periods: the first, as printed.
    Other(String),
}

/// Whether `labels`, a figure's named periods, are of `when`. A period
/// without a year takes the year of `when`.
pub(super) fn verdict(labels: &[TimeLabel], when: &When) -> Verdict {
    let day = match *when {
        When::Period(p) => p.low,
        When::AsOf(d) => d,
    };
    let year = civil(day as i64).0;
    let days: Vec<(&TimeLabel, Interval)> = labels
        .iter()
        .filter_map(|l| period_days(l, Some(year)).map(|d| (l, d)))
        .collect();
    let fits = |d: &Interval| match *when {
        When::Period(p) => d.low >= p.low && d.high <= p.high,
        When::AsOf(t) => d.low <= t && t <= d.high,
    };
    match days.first() {
        None => Verdict::Unsaid,
        Some(_) if days.iter().any(|(_, d)| fits(d)) => Verdict::Same,
        Some((l, _)) => Verdict::Other(l.to_string()),
    }
}

/// A figure whose own words date it away from the story's year, unless its
/// quantity declares a period or day (`period:`, `as_of:`), which then
/// decides:
///
/// - to a year, or a month of one, two or more before the sheet's `date:`
///   (`from 4% in 2020 to 6.5% in 2023` in a story of 2025, `in November
///   2016, when the pound lost about half its value` in one of 2024):
///   history. A year before the story's
///   is left alone: annual figures are reported the year after.
/// - to a part of a later year (`Fed funds, end-2025: 3.4%` in a story of
///   2024, `late 2026`, `Q1 2026`): a projection. A bare later year is left
///   alone (`the deal, expected to close in 2025`, is still the deal's value).
pub(super) fn another_year(
    set: &crate::rules::RuleSet,
    rq: &crate::rules::RuleQuantity,
    periods: &[TimeLabel],
) -> Option<String> {
    if rq.when.is_some() || rq.unit == crate::rules::QUnit::Date {
        return None;
    }
    let story = crate::rules::date::civil(set.date?).0;
    periods.iter().find_map(|p| {
        let what = match p {
            TimeLabel::Year(y) | TimeLabel::Date { year: Some(y), .. } if *y <= story - 2 => {
                format!("years before the story ({story})")
            }
            TimeLabel::Part { year: Some(y), .. } if *y > story => {
                format!("after the story ({story}): a projection")
            }
            _ => return None,
        };
        Some(format!(
            "its words date it to {p}, {what}, and `{}` declares no period",
            rq.id
        ))
    })
}

/// Why a figure naming `periods` is of another period than `rq`, if it is:
/// a point of comparison or an earlier snapshot binds only to a quantity
/// whose `period`/`as_of` its own words name; a figure whose own words name
/// only other periods than the quantity's binds to none.
pub(super) fn other_period(
    q: &crate::claim::Quantity,
    r: &super::Reading,
    change_start: bool,
    rq: &crate::rules::RuleQuantity,
    periods: &[TimeLabel],
) -> Option<String> {
    let verdict = rq
        .when
        .as_ref()
        .map_or(Verdict::Unsaid, |(w, _)| verdict(periods, w));
    let said = rq.when.as_ref().map_or("", |(_, s)| s.as_str());
    match verdict {
        Verdict::Other(named) => Some(format!(
            "its clause names {named}, `{}` is for {said}",
            rq.id
        )),
        // `raised from Rs 3 lakh to Rs 5 lakh`: where a change started is
        // a level of before, as `up from` marks one.
        Verdict::Unsaid if q.comparison || (r.earlier && !of_the_past(rq)) || change_start => {
            Some("a point of comparison, of another period".into())
        }
        _ => None,
    }
}

/// Words before a figure saying it is of the story's own day (`is now
/// worth roughly $65 billion`).
const NOW: &[&str] = &["now", "currently", "today", "at present", "these days"];

/// Why a figure its own clause puts in the present (`the company that
/// SoftBank bought for £24 billion in 2016 is now worth roughly $65
/// billion`) may not bind a quantity declared for a period that ended a
/// year or more before the sheet's `date:` (`period: "2016"`), or `None`.
/// `own_before` is the figure's own sentence up to it, lower case; only its
/// last clause is read.
pub(super) fn now_for_the_past(
    set: &crate::rules::RuleSet,
    rq: &crate::rules::RuleQuantity,
    own_before: &str,
) -> Option<String> {
    let Some((When::Period(p), said)) = rq.when.as_ref() else {
        return None;
    };
    if p.high + 365.0 > set.date? as f64 {
        return None;
    }
    let clause = &own_before[super::frames::clause_start(own_before)..];
    let word = NOW
        .iter()
        .find(|w| !crate::extract::phrase::find_word_starts(clause, w).is_empty())?;
    Some(format!(
        "its clause says `{word}`, and `{}` is for {said}, before the story",
        rq.id
    ))
}

/// Words before a figure, in its sentence, saying shares have traded
/// (`Arm soars nearly 25% in Nasdaq debut, valuing chip designer at about
/// $65bn`): a value then is at the market's price.
const TRADED: &[&str] = &[
    "soars", "soared", "jumps", "jumped", "surges", "surged", "rises", "rose", "climbs", "climbed",
    "closes", "closed", "ends", "ended", "opens", "opened", "debut", "debuted", "trading",
];

/// Why a figure after shares have traded (its sentence up to it names a
/// move or the first trade, `own_before`, lower case) may not bind a
/// quantity whose `about` holds it at the offer price (`Arm's valuation at
/// the offer price`; a gain `over the offer price` is measured against it
/// and is left alone), or `None`.
pub(super) fn traded_for_the_offer(
    rq: &crate::rules::RuleQuantity,
    own_before: &str,
) -> Option<String> {
    let about = rq.about.as_deref()?.to_lowercase();
    if ![
        "at the offer price",
        "at the ipo price",
        "at the listing price",
        "at the issue price",
    ]
    .iter()
    .any(|p| about.contains(p))
    {
        return None;
    }
    let word = TRADED
        .iter()
        .find(|w| !crate::extract::phrase::find_word_starts(own_before, w).is_empty())?;
    Some(format!(
        "its sentence says `{word}` before it: a value at the market's price, and `{}` is at the offer price",
        rq.id
    ))
}

/// True when a quantity's `about` says it is itself a past state (`the
/// peak valuation, in 2014`, `her fortune at its height`, `the former
/// record`): an earlier snapshot (`was once valued at`) is what it holds.
fn of_the_past(rq: &crate::rules::RuleQuantity) -> bool {
    rq.about.as_deref().is_some_and(|a| {
        let a = a.to_lowercase();
        [
            "peak",
            "once",
            "former",
            "height",
            "at the time",
            "previous",
            "before the",
        ]
        .iter()
        .any(|w| !crate::extract::phrase::find_word_starts(&a, w).is_empty())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::YearPart;
    use crate::rules::date::day_number;

    fn q(year: i64, n: u8) -> TimeLabel {
        TimeLabel::Part {
            year: Some(year),
            part: YearPart::Quarter(n),
        }
    }

    #[test]
    fn a_period_inside_the_quantitys_is_the_same_and_another_is_not() {
        let q2 = When::Period(period_days(&q(2024, 2), None).unwrap());
        assert_eq!(verdict(&[q(2024, 2)], &q2), Verdict::Same);
        let bare = TimeLabel::Part {
            year: None,
            part: YearPart::Quarter(2),
        };
        assert_eq!(verdict(&[bare], &q2), Verdict::Same);
        assert_eq!(
            verdict(&[q(2023, 2)], &q2),
            Verdict::Other("2023-Q2".into())
        );
        // A whole year is not the quarter.
        assert_eq!(
            verdict(&[TimeLabel::Year(2024)], &q2),
            Verdict::Other("2024".into())
        );
        assert_eq!(verdict(&[], &q2), Verdict::Unsaid);
        assert_eq!(verdict(&[TimeLabel::Fiscal(2024)], &q2), Verdict::Unsaid);
    }

    #[test]
    fn a_snapshot_is_of_any_period_holding_its_day() {
        let end_2023 = When::AsOf(day_number(2023, 12, 31).unwrap() as f64);
        assert_eq!(verdict(&[TimeLabel::Year(2023)], &end_2023), Verdict::Same);
        assert_eq!(verdict(&[q(2023, 4)], &end_2023), Verdict::Same);
        assert_eq!(
            verdict(&[TimeLabel::Year(2022)], &end_2023),
            Verdict::Other("2022".into())
        );
    }
}
