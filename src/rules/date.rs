//! The scales a date or a span of time is compared on: days.
//!
//! A `unit: date` quantity compares dates as day numbers (days since 1
//! January 1970), so `March 7, 2025` is one day and `March 2025` the 31 days
//! of the month; a `unit: duration` quantity compares spans in days, a week
//! being 7, a month 30.44 (a year over twelve) and a year 365.25. Both the
//! sheet's facts and the drafts' bound figures are put on these scales, so
//! every check compares them as it compares any other interval. Nothing here
//! reads text: the figure grammar reads the dates and spans.

use crate::claim::{Interval, TimeLabel, YearPart};

/// Days since 1 January 1970 of a calendar day (proleptic Gregorian), or
/// `None` when the day is not in its month (`February 30`).
pub fn day_number(year: i64, month: u8, day: u8) -> Option<i64> {
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    // Howard Hinnant's days-from-civil.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The calendar day of a day number: year, month, day.
pub fn civil(n: i64) -> (i64, u8, u8) {
    let z = n + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod weekday_tests {
    use super::*;

    #[test]
    fn a_weekday_is_the_one_before_the_story_date_or_after_it_when_to_come() {
        let story = parse_iso("2025-03-07").unwrap(); // a Friday
        assert_eq!(weekday(story), 4);
        let wed = TimeLabel::Weekday {
            day: 2,
            ahead: false,
        };
        assert_eq!(weekday_day(&wed, story), parse_iso("2025-03-05"));
        let fri = TimeLabel::Weekday {
            day: 4,
            ahead: false,
        };
        assert_eq!(weekday_day(&fri, story), Some(story));
        let mon = TimeLabel::Weekday {
            day: 0,
            ahead: true,
        };
        assert_eq!(weekday_day(&mon, story), parse_iso("2025-03-10"));
        // The day after the dateline is the next day, not six days back.
        let sat = TimeLabel::Weekday {
            day: 5,
            ahead: false,
        };
        assert_eq!(weekday_day(&sat, story), parse_iso("2025-03-08"));
        let thu = TimeLabel::Weekday {
            day: 3,
            ahead: false,
        };
        assert_eq!(weekday_day(&thu, story), parse_iso("2025-03-06"));
    }
}

fn leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u8) -> u8 {
    match month {
        2 if leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A date as written on the sheet's `date:` (`2025-03-07`): its day number.
pub fn parse_iso(s: &str) -> Option<i64> {
    let mut parts = s.trim().splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    day_number(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// The days a date names, as an interval of day numbers: a day is one, a
/// month (`March 2025`) its days. A date written without a year
/// (`March 5`) takes `year` (the story's); `None` when there is none, when
/// the day is not in its month, or for a period that is not a date.
pub fn days_of(label: &TimeLabel, year: Option<i64>) -> Option<Interval> {
    let TimeLabel::Date {
        year: own,
        month,
        day,
    } = *label
    else {
        return None;
    };
    let y = own.or(year)?;
    let (first, last) = match day {
        Some(d) => (d, d),
        None => (1, days_in_month(y, month)),
    };
    Some(Interval::new(
        day_number(y, month, first)? as f64,
        day_number(y, month, last)? as f64,
    ))
}

/// The days any period names, as an interval of day numbers: a year, a
/// span of years, a decade, a quarter, a half, `early`/`mid`/`late` (the
/// first, middle and last four months) of a year, a month or a day. A
/// period without a year (`Q2`, `March 5`) takes `year`. `None` for a fiscal
/// year (companies start theirs in different months) or a period whose year
/// is unknown.
pub fn period_days(label: &TimeLabel, year: Option<i64>) -> Option<Interval> {
    let months = |y: i64, first: u8, last: u8| {
        Some(Interval::new(
            day_number(y, first, 1)? as f64,
            day_number(y, last, days_in_month(y, last))? as f64,
        ))
    };
    let years = |a: i64, z: i64| {
        Some(Interval::new(
            day_number(a, 1, 1)? as f64,
            day_number(z, 12, 31)? as f64,
        ))
    };
    match *label {
        TimeLabel::Year(y) => years(y, y),
        TimeLabel::Years(a, z) => years(a, z),
        TimeLabel::Decade(d) => years(d, d + 9),
        TimeLabel::Fiscal(_) => None,
        TimeLabel::Part { year: own, part } => {
            let y = own.or(year)?;
            let (first, last) = match part {
                YearPart::Quarter(q) => (3 * q - 2, 3 * q),
                YearPart::Half(h) => (6 * h - 5, 6 * h),
                YearPart::Early => (1, 4),
                YearPart::Mid => (5, 8),
                YearPart::Late => (9, 12),
            };
            months(y, first, last)
        }
        TimeLabel::Date { .. } => days_of(label, year),
        TimeLabel::Weekday { .. } => None,
    }
}

/// The day of the week of a day number: 0 for Monday to 6 for Sunday
/// (1 January 1970 was a Thursday).
pub fn weekday(n: i64) -> u8 {
    (n + 3).rem_euclid(7) as u8
}

/// The day a weekday names in a story dated `story` (a day number): the
/// latest such day on or before it, or, for one to come (`will vote on
/// Friday`), the first on or after it. The day after the story's date is
/// that day, never the same weekday six days back: a page keeps its first
/// dateline when it is updated with the next day's news (`TOKYO, Jan 2` —
/// a Tuesday — and `transcripts released on Wednesday`), and a writer
/// naming a day six days back says `last Wednesday`, which is not read as
/// a weekday. `None` for any other label.
pub fn weekday_day(label: &TimeLabel, story: i64) -> Option<i64> {
    let TimeLabel::Weekday { day, ahead } = *label else {
        return None;
    };
    let today = i64::from(weekday(story));
    let day = i64::from(day);
    let after = (day - today).rem_euclid(7);
    Some(if ahead || after == 1 {
        story + after
    } else {
        story - (today - day).rem_euclid(7)
    })
}

/// The days in one of a span's nouns (`weeks`: 7), or `None` for a noun
/// that is no span of days (`hours` and `minutes` are too fine for the
/// spans a story pins, and are compared by no duration quantity).
pub fn days_per(noun: &str) -> Option<f64> {
    Some(match noun {
        "day" | "days" => 1.0,
        "week" | "weeks" => 7.0,
        "month" | "months" => 365.25 / 12.0,
        "year" | "years" => 365.25,
        "decade" | "decades" => 3652.5,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_count_from_1970_and_round_trip() {
        assert_eq!(day_number(1970, 1, 1), Some(0));
        assert_eq!(day_number(2025, 3, 7), Some(20_154));
        assert_eq!(civil(20_154), (2025, 3, 7));
        assert_eq!(day_number(2024, 2, 29).map(civil), Some((2024, 2, 29)));
        assert_eq!(day_number(2025, 2, 29), None);
        assert_eq!(day_number(2025, 13, 1), None);
    }

    #[test]
    fn a_month_is_its_days_and_a_yearless_date_takes_the_story_year() {
        let march = TimeLabel::Date {
            year: Some(2025),
            month: 3,
            day: None,
        };
        assert_eq!(
            days_of(&march, None),
            Some(Interval::new(20_148.0, 20_178.0))
        );
        let fifth = TimeLabel::Date {
            year: None,
            month: 3,
            day: Some(5),
        };
        assert_eq!(days_of(&fifth, None), None);
        assert_eq!(days_of(&fifth, Some(2025)), Some(Interval::point(20_152.0)));
        assert_eq!(days_of(&TimeLabel::Year(2025), Some(2025)), None);
    }

    #[test]
    fn periods_are_their_days() {
        let q2 = TimeLabel::Part {
            year: Some(2024),
            part: YearPart::Quarter(2),
        };
        let days = period_days(&q2, None).unwrap();
        assert_eq!(civil(days.low as i64), (2024, 4, 1));
        assert_eq!(civil(days.high as i64), (2024, 6, 30));
        let year = period_days(&TimeLabel::Year(2023), None).unwrap();
        assert_eq!(civil(year.high as i64), (2023, 12, 31));
        assert_eq!(period_days(&TimeLabel::Fiscal(2025), Some(2025)), None);
        let bare = TimeLabel::Part {
            year: None,
            part: YearPart::Half(2),
        };
        assert_eq!(period_days(&bare, None), None);
        assert_eq!(
            period_days(&bare, Some(2024)).map(|d| civil(d.low as i64)),
            Some((2024, 7, 1))
        );
    }

    #[test]
    fn the_story_date_is_written_year_month_day() {
        assert_eq!(parse_iso("2025-03-07"), Some(20_154));
        assert_eq!(parse_iso("2025-3-7"), None);
        assert_eq!(parse_iso("March 7"), None);
        assert_eq!(parse_iso("2025-02-30"), None);
    }
}
