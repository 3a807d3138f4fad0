//! Time expressions: years, year ranges, decades, quarters, halves, fiscal
//! years, `early 2023`, month-day dates — and the digit shapes that are
//! neither time nor counts (clock times, ordinals, phone numbers).
//!
//! A time claim is never compared with a count, and its `period` label is what
//! later stages use to keep figures of different periods apart. This module
//! only recognises; `quantity` decides which parser runs where.

use nom::{
    Parser,
    branch::alt,
    bytes::complete::{tag, tag_no_case, take_while_m_n},
    character::complete::{char, one_of, satisfy},
    combinator::{not, opt, recognize},
    sequence::preceded,
};

use super::lexicon::{month, ordinal_word};
use super::number::PResult;
use super::space::{space0, space1};
use crate::claim::{TimeLabel, YearPart};

/// A recognised time expression: how far it reaches and what period it names.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeExpr {
    /// The input after the expression.
    pub consumed: usize,
    /// The year, when one year is named.
    pub year: Option<f64>,
    /// First and last year covered, when known.
    pub years: Option<(f64, f64)>,
    /// The period named: `2025`, `2022/2023`, `1990s`, `2025-Q2`, `Q2`, `H1`, `FY2025`, `2023-early`, `11-03`.
    pub period: TimeLabel,
}

/// What a run of digits turned out to be, when it is not a count.
#[derive(Clone, Debug, PartialEq)]
pub enum DigitTime {
    /// A time claim.
    Time(TimeExpr),
    /// Neither time nor count (`10:30`, `21st`, `555-1234`): skip this many bytes.
    Skip(usize),
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
}

/// A four-digit year from 1900 to 2099, not followed by another digit.
fn year(i: &str) -> PResult<'_, f64> {
    let (rest, y) = recognize((
        alt((tag("19"), tag("20"))),
        take_while_m_n(2, 2, is_digit),
        not(satisfy(is_digit)),
    ))
    .parse(i)?;
    Ok((rest, y.parse().unwrap_or(0.0)))
}

/// `25` in `FY25`: a two-digit year of this century.
fn two_digit_year(i: &str) -> PResult<'_, f64> {
    let (r, yy) = recognize((take_while_m_n(2, 2, is_digit), not(satisfy(is_digit)))).parse(i)?;
    Ok((r, 2000.0 + yy.parse::<f64>().unwrap_or(0.0)))
}

/// `’25`, `'25`: a two-digit year with an apostrophe.
fn short_year(i: &str) -> PResult<'_, f64> {
    let (rest, y) = preceded(
        one_of("'\u{2019}"),
        recognize((take_while_m_n(2, 2, is_digit), not(satisfy(is_digit)))),
    )
    .parse(i)?;
    Ok((rest, 2000.0 + y.parse::<f64>().unwrap_or(0.0)))
}

/// ` 2025`, `, 2025`, ` of 2025`, `-2025`, ` ’25` after a quarter or month.
fn trailing_year(i: &str) -> PResult<'_, f64> {
    preceded(
        alt((
            recognize((opt(char(',')), space1, opt((tag("of"), space1)))),
            tag("-"),
            space0,
        )),
        alt((year, short_year)),
    )
    .parse(i)
}

/// `2022–2023`, `2022-23`, `2022/23`, `2022 to 2024`, `2022 through 2024`: the second year.
fn year_range_end(start: f64) -> impl Fn(&str) -> PResult<'_, f64> {
    move |i: &str| {
        let (rest, _) = alt((
            recognize((space0, one_of("-\u{2013}\u{2014}/"), space0)),
            recognize((
                space1,
                alt((tag("to"), tag("through"), tag("until"))),
                space1,
            )),
        ))
        .parse(i)?;
        if let Ok((r, y)) = year(rest) {
            return Ok((r, y));
        }
        let (r, yy) =
            recognize((take_while_m_n(2, 2, is_digit), not(satisfy(is_digit)))).parse(rest)?;
        let y = (start / 100.0).floor() * 100.0 + yy.parse::<f64>().unwrap_or(0.0);
        Ok((r, y))
    }
}

/// ` and 2024` after `between 2022`.
fn and_year(i: &str) -> PResult<'_, f64> {
    preceded((space1, tag("and"), space1), year).parse(i)
}

/// Time shapes that start with a digit. `between()` says a `between` precedes;
/// `counts_people()` says a people noun follows (`2000 workers` is no year).
/// Both are asked only of a year, since most figures are not years.
pub fn at_digits(
    i: &str,
    between: impl Fn() -> bool,
    counts_people: impl Fn() -> bool,
) -> Option<DigitTime> {
    // Most figures are none of these shapes; the byte after the digits tells.
    let b = i.as_bytes();
    let run = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let next = b.get(run).copied().unwrap_or(b' ');
    let after = b.get(run + 1).copied().unwrap_or(b' ') | 0x20;
    // A run of digits led by a zero is a clock (`0847 GMT`), a code or a
    // number on a form, never a count: nobody writes `07 workers`.
    if run >= 2
        && b[0] == b'0'
        && b[..run].iter().any(|c| *c != b'0')
        && !matches!(next, b'.' | b',' | b'/' | b'-' | b':')
    {
        return Some(DigitTime::Skip(run));
    }
    let glued = matches!(next | 0x20, b's' | b'n' | b'r' | b't' | b'a' | b'p');
    let punct = matches!(next, b'/' | b'-' | b'.' | b':');
    let clock = next == b' ' && run <= 2 && matches!(after, b'a' | b'p');
    let day = next == b' ' && run <= 2 && b.get(run + 1).is_some_and(u8::is_ascii_uppercase);
    if !(glued || punct || clock || day) && run != 4 {
        return None;
    }
    if (glued || punct || clock)
        && let Some(skip) = not_a_count(i)
    {
        return Some(DigitTime::Skip(skip));
    }
    if (day || glued)
        && let Ok((rest, t)) = day_month(i)
    {
        return Some(DigitTime::Time(TimeExpr {
            consumed: i.len() - rest.len(),
            ..t
        }));
    }
    let (rest, y) = year(i).ok()?;
    // `1990s`, `1990’s`
    if let Ok((r, _)) = alt((
        tag::<&str, &str, nom::error::Error<&str>>("s"),
        tag("\u{2019}s"),
        tag("'s"),
    ))
    .parse(rest)
        && y % 10.0 == 0.0
        && !r.starts_with(|c: char| c.is_alphanumeric())
    {
        return Some(DigitTime::Time(TimeExpr {
            consumed: i.len() - r.len(),
            year: None,
            years: Some((y, y + 9.0)),
            period: TimeLabel::Decade(y as i64),
        }));
    }
    if rest.starts_with(|c: char| c.is_alphanumeric() || c == '%' || c == '+')
        || rest.starts_with(".5")
    {
        return None;
    }
    let between = between();
    let end = if between {
        and_year(rest).ok()
    } else {
        year_range_end(y)(rest).ok()
    };
    if let Some((r, y2)) = end
        && y2 > y
        && y2 - y < 100.0
    {
        return Some(DigitTime::Time(TimeExpr {
            consumed: i.len() - r.len(),
            year: None,
            years: Some((y, y2)),
            period: TimeLabel::Years(y as i64, y2 as i64),
        }));
    }
    if counts_people() {
        return None;
    }
    Some(DigitTime::Time(TimeExpr {
        consumed: i.len() - rest.len(),
        year: Some(y),
        years: Some((y, y)),
        period: TimeLabel::Year(y as i64),
    }))
}

/// Digit shapes that are not counts: clock times, ordinals, phone numbers,
/// numeric dates, `24/7`-style pairs. Returns how many bytes to skip.
fn not_a_count(i: &str) -> Option<usize> {
    let shapes = (
        // 2025-10-28, 5/17/2018, 10/28/25
        recognize((
            take_while_m_n(1, 4, is_digit),
            one_of("/-."),
            take_while_m_n(1, 2, is_digit),
            one_of("/-."),
            take_while_m_n(2, 4, is_digit),
            not(satisfy(is_digit)),
        )),
        // 10:30, 9:05 a.m.
        recognize((
            take_while_m_n(1, 2, is_digit),
            char(':'),
            take_while_m_n(2, 2, is_digit),
            opt((
                space0,
                alt((
                    tag_no_case("a.m."),
                    tag_no_case("p.m."),
                    tag_no_case("am"),
                    tag_no_case("pm"),
                )),
            )),
        )),
        // 3 p.m., 10am
        recognize((
            take_while_m_n(1, 2, is_digit),
            space0,
            alt((
                tag_no_case("a.m."),
                tag_no_case("p.m."),
                tag("am"),
                tag("pm"),
            )),
            not(satisfy(|c: char| c.is_alphanumeric())),
        )),
        // 21st, 2nd, 3rd, 4th
        recognize((
            nom::character::complete::digit1,
            alt((
                tag_no_case("st"),
                tag_no_case("nd"),
                tag_no_case("rd"),
                tag_no_case("th"),
            )),
            not(satisfy(|c: char| c.is_alphanumeric())),
        )),
        // 1-800-555-0199, 555-123-4567
        recognize((
            take_while_m_n(1, 3, is_digit),
            char('-'),
            take_while_m_n(3, 3, is_digit),
            char('-'),
            take_while_m_n(4, 4, is_digit),
            not(satisfy(is_digit)),
        )),
        // 555-1234, 222-2222/2222
        recognize((
            take_while_m_n(3, 3, is_digit),
            char('-'),
            take_while_m_n(4, 4, is_digit),
            not(satisfy(is_digit)),
        )),
        // 24/7, 9/11 (a digit fraction is tried before this)
        recognize((
            take_while_m_n(1, 3, is_digit),
            char('/'),
            take_while_m_n(1, 3, is_digit),
            not(satisfy(|c: char| c.is_ascii_digit() || c == '/')),
        )),
    );
    let parsed: PResult<'_, &str> = alt(shapes).parse(i);
    parsed.ok().map(|(rest, _)| i.len() - rest.len())
}

/// `3 November`, `3rd of November 2025`.
fn day_month(i: &str) -> PResult<'_, TimeExpr> {
    let (rest, d) = recognize(take_while_m_n(1, 2, is_digit)).parse(i)?;
    let (rest, _) = (
        opt(alt((tag("st"), tag("nd"), tag("rd"), tag("th")))),
        space1,
        opt((tag("of"), space1)),
    )
        .parse(rest)?;
    let (rest, m) = month_name(rest)?;
    let day: u32 = d.parse().unwrap_or(0);
    if !(1..=31).contains(&day) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    let (rest, y) = opt(trailing_year).parse(rest)?;
    Ok((rest, date(y, m, Some(day), 0)))
}

/// A capitalised month name or abbreviation (`November`, `Nov.`, `Sept`).
fn month_name(i: &str) -> PResult<'_, u8> {
    let (rest, w) = nom::character::complete::alpha1(i)?;
    let fail = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag));
    if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return Err(fail());
    }
    let m = month(&w.to_ascii_lowercase()).ok_or_else(fail)?;
    // Only abbreviations take a period (`Nov.`); `June.` ends a sentence.
    let abbreviated = !matches!(w.to_ascii_lowercase().as_str(), "may" | "june" | "july");
    let (rest, _) = if w.len() <= 4 && abbreviated {
        opt(char('.')).parse(rest)?
    } else {
        (rest, None)
    };
    Ok((rest, m))
}

fn date(y: Option<f64>, m: u8, d: Option<u32>, consumed: usize) -> TimeExpr {
    let period = TimeLabel::Date {
        year: y.map(|y| y as i64),
        month: m,
        day: d.and_then(|d| u8::try_from(d).ok()),
    };
    TimeExpr {
        consumed,
        year: y,
        years: y.map(|y| (y, y)),
        period,
    }
}

/// Time shapes that start with a word. `word` is the lower-cased word at `i`;
/// `after_time_preposition` says `in`, `since`, `by`… precedes it.
pub fn at_word(i: &str, word: &str, after_time_preposition: bool) -> Option<TimeExpr> {
    let parsed = match word {
        "q1" | "q2" | "q3" | "q4" | "h1" | "h2" => labelled_period(i),
        "fy" | "fiscal" => fiscal_year(i),
        "first" | "second" | "third" | "fourth" => ordinal_period(i),
        "early" | "mid" | "late" | "end" => part_of_year(i),
        _ if month(word).is_some() => month_date(i, after_time_preposition),
        _ => return None,
    };
    let (rest, t) = parsed.ok()?;
    Some(TimeExpr {
        consumed: i.len() - rest.len(),
        ..t
    })
}

/// The months as written in a date, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The weekdays, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A day named by its weekday alone (`on Wednesday`, `Friday's vote`),
/// capitalised; `ahead` says the sentence speaks of it as to come. `None`
/// when a date follows it (`Wednesday, March 5th`, `Friday 7 March`): the
/// date is read there.
pub fn weekday(i: &str, word: &str, ahead: bool) -> Option<TimeExpr> {
    let day = WEEKDAYS.iter().position(|w| *w == word)?;
    if !i.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let rest = &i[word.len()..];
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let next = rest
        .trim_start_matches([',', ' ', '(', '\u{a0}'])
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if next.starts_with(|c: char| c.is_ascii_digit()) || month(&next.to_ascii_lowercase()).is_some()
    {
        return None;
    }
    Some(TimeExpr {
        consumed: word.len(),
        year: None,
        years: None,
        period: TimeLabel::Weekday {
            day: day as u8,
            ahead,
        },
    })
}

/// True when the words before a weekday (lower case, its sentence only)
/// speak of a day to come: `next Friday`, `will vote on Friday`, `is due
/// on Monday`, `by Friday`.
pub fn weekday_ahead(before: &str) -> bool {
    let t = before.trim_end();
    let last = t.rsplit(' ').next().unwrap_or("");
    if last == "last" || t.ends_with("this past") {
        return false;
    }
    if matches!(
        last,
        "next" | "by" | "until" | "till" | "before" | "starting" | "beginning"
    ) {
        return true;
    }
    [
        "will ",
        "'ll ",
        "\u{2019}ll ",
        "is due",
        "are due",
        "set to",
        "to be held",
        "scheduled",
        "expected to",
        "plans to",
        "plan to",
        "is to ",
        "are to ",
        "due to",
        "going to",
        " can ",
        " may ",
    ]
    .iter()
    .any(|cue| t.contains(cue))
}

fn fail(i: &str) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify))
}

/// `Q2`, `Q2 2025`, `H1 2024`, `Q3’25`.
fn labelled_period(i: &str) -> PResult<'_, TimeExpr> {
    let (rest, (p, n)) = (one_of("QqHh"), one_of("1234")).parse(i)?;
    let p = p.to_ascii_uppercase();
    if rest.starts_with(|c: char| c.is_alphanumeric()) || (p == 'H' && n > '2') {
        return Err(fail(i));
    }
    let (rest, y) = opt(trailing_year).parse(rest)?;
    let n = n.to_digit(10).unwrap_or(1) as u8;
    let part = if p == 'Q' {
        YearPart::Quarter(n)
    } else {
        YearPart::Half(n)
    };
    Ok((rest, period_expr(y, part)))
}

fn period_expr(y: Option<f64>, part: YearPart) -> TimeExpr {
    TimeExpr {
        consumed: 0,
        year: y,
        years: y.map(|y| (y, y)),
        period: TimeLabel::Part {
            year: y.map(|y| y as i64),
            part,
        },
    }
}

/// `FY25`, `FY2025`, `FY 2025`, `fiscal 2025`, `fiscal year 2025`.
fn fiscal_year(i: &str) -> PResult<'_, TimeExpr> {
    let (rest, _) = alt((
        recognize((
            tag_no_case("fiscal"),
            space1,
            opt((tag_no_case("year"), space1)),
        )),
        recognize((tag("FY"), opt(alt((tag("-"), space1))))),
    ))
    .parse(i)?;
    let (rest, y) = alt((year, two_digit_year)).parse(rest)?;
    Ok((
        rest,
        TimeExpr {
            consumed: 0,
            year: Some(y),
            years: Some((y, y)),
            period: TimeLabel::Fiscal(y as i64),
        },
    ))
}

/// `second quarter`, `fourth-quarter`, `first half of 2024`.
fn ordinal_period(i: &str) -> PResult<'_, TimeExpr> {
    let (rest, w) = nom::character::complete::alpha1(i)?;
    let n = ordinal_word(&w.to_ascii_lowercase()).ok_or_else(|| fail(i))?;
    let (rest, (_, unit)) = (
        one_of(" -"),
        alt((tag_no_case("quarter"), tag_no_case("half"))),
    )
        .parse(rest)?;
    let half = unit.eq_ignore_ascii_case("half");
    if rest.starts_with(|c: char| c.is_alphabetic()) || (half && n > 2) {
        return Err(fail(i));
    }
    let part = if half {
        YearPart::Half(n)
    } else {
        YearPart::Quarter(n)
    };
    let (rest, y) = opt(trailing_year).parse(rest)?;
    Ok((rest, period_expr(y, part)))
}

/// `early 2023`, `mid-2024`, `late 2024`; `end-2025` (a projection's
/// year-end, hyphened only: `the end 2025` is no way to write it) is late.
fn part_of_year(i: &str) -> PResult<'_, TimeExpr> {
    let (rest, (w, _, y)) = alt((
        (
            alt((
                tag_no_case("early"),
                tag_no_case("mid"),
                tag_no_case("late"),
            )),
            alt((tag("-"), space1)),
            year,
        ),
        (tag_no_case("end"), tag("-"), year),
    ))
    .parse(i)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return Err(fail(i));
    }
    let part = match w.to_ascii_lowercase().as_str() {
        "early" => YearPart::Early,
        "mid" => YearPart::Mid,
        _ => YearPart::Late,
    };
    Ok((
        rest,
        TimeExpr {
            consumed: 0,
            year: Some(y),
            years: Some((y, y)),
            period: TimeLabel::Part {
                year: Some(y as i64),
                part,
            },
        },
    ))
}

/// ` 3`, ` 3rd`: a day of the month, not followed by more digits.
fn day_of_month(i: &str) -> PResult<'_, u32> {
    let (rest, (_, d, _)) = (
        space1,
        recognize((take_while_m_n(1, 2, is_digit), not(satisfy(is_digit)))),
        opt(alt((tag("st"), tag("nd"), tag("rd"), tag("th")))),
    )
        .parse(i)?;
    let day: u32 = d.parse().unwrap_or(0);
    if !(1..=31).contains(&day) || rest.starts_with(|c: char| c.is_alphanumeric()) {
        return Err(fail(i));
    }
    Ok((rest, day))
}

/// `November 3`, `Nov. 3, 2025`, `October 2025`, `in May` (a bare month needs a
/// time preposition before it; `may` in lower case is the verb).
fn month_date(i: &str, after_time_preposition: bool) -> PResult<'_, TimeExpr> {
    let (rest, m) = month_name(i)?;
    // `the April-June quarter`, `October–December quarter of 2023`: the
    // calendar quarter those three months make.
    if let Ok((r, (_, last, _, _))) = (
        one_of("-\u{2013}/"),
        month_name,
        space1,
        tag_no_case("quarter"),
    )
        .parse(rest)
        && m % 3 == 1
        && last == m + 2
        && !r.starts_with(|c: char| c.is_alphabetic())
    {
        let (r, y) = opt(trailing_year).parse(r)?;
        return Ok((r, period_expr(y, YearPart::Quarter(m.div_ceil(3)))));
    }
    if let Ok((r, day)) = day_of_month(rest) {
        let (r, y) = opt(trailing_year).parse(r)?;
        return Ok((r, date(y, m, Some(day), 0)));
    }
    if let Ok((r, y)) = trailing_year(rest) {
        return Ok((r, date(Some(y), m, None, 0)));
    }
    if after_time_preposition {
        return Ok((rest, date(None, m, None, 0)));
    }
    Err(fail(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits_period(s: &str) -> Option<String> {
        match at_digits(s, || false, || false)? {
            DigitTime::Time(t) => Some(t.period.to_string()),
            DigitTime::Skip(_) => None,
        }
    }

    fn word_period(s: &str) -> Option<String> {
        let w: String = s
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        let w = if w.starts_with('q') || w.starts_with('h') {
            w
        } else {
            s.split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap()
                .to_ascii_lowercase()
        };
        at_word(s, &w, true).map(|t| t.period.to_string())
    }

    #[test]
    fn reads_years_and_year_ranges() {
        assert_eq!(digits_period("2025 was"), Some("2025".into()));
        assert_eq!(digits_period("2022–2023."), Some("2022/2023".into()));
        assert_eq!(digits_period("2022-23 season"), Some("2022/2023".into()));
        assert_eq!(digits_period("1990s"), Some("1990s".into()));
    }

    #[test]
    fn between_years_is_one_period() {
        match at_digits("2022 and 2024", || true, || false) {
            Some(DigitTime::Time(t)) => assert_eq!(t.period.to_string(), "2022/2024"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_year_before_a_people_noun_is_a_count() {
        assert_eq!(at_digits("2000 workers", || false, || true), None);
    }

    #[test]
    fn reads_quarters_halves_and_fiscal_years() {
        assert_eq!(word_period("Q2 call"), Some("Q2".into()));
        assert_eq!(word_period("Q2 2025"), Some("2025-Q2".into()));
        assert_eq!(word_period("second quarter of this"), Some("Q2".into()));
        assert_eq!(word_period("April-June quarter"), Some("Q2".into()));
        assert_eq!(
            word_period("October\u{2013}December quarter"),
            Some("Q4".into())
        );
        // Months that make no calendar quarter are no quarter.
        assert_ne!(word_period("May-July quarter"), Some("Q2".into()));
        assert_eq!(word_period("fourth-quarter results"), Some("Q4".into()));
        assert_eq!(word_period("first half of 2024"), Some("2024-H1".into()));
        assert_eq!(word_period("FY25 guidance"), Some("FY2025".into()));
        assert_eq!(word_period("fiscal 2025"), Some("FY2025".into()));
    }

    #[test]
    fn reads_parts_of_years_and_dates() {
        assert_eq!(word_period("early 2023"), Some("2023-early".into()));
        assert_eq!(word_period("mid-2024"), Some("2024-mid".into()));
        assert_eq!(word_period("end-2025"), Some("2025-late".into()));
        assert_eq!(word_period("end 2025"), None);
        assert_eq!(word_period("November 3, Salesforce"), Some("11-03".into()));
        assert_eq!(word_period("Nov. 3, 2025"), Some("2025-11-03".into()));
        assert_eq!(word_period("October 2025"), Some("2025-10".into()));
        assert_eq!(digits_period("3 November"), Some("11-03".into()));
    }

    #[test]
    fn second_largest_is_not_a_period() {
        assert_eq!(word_period("second-largest"), None);
    }

    #[test]
    fn skips_clocks_ordinals_and_phones() {
        for s in [
            "10:30 a.m.",
            "21st century",
            "555-1234",
            "24/7",
            "9/11",
            "5/17/2018",
            "3 p.m.",
            "0847 GMT",
            "07 ",
        ] {
            assert!(
                matches!(at_digits(s, || false, || false), Some(DigitTime::Skip(_))),
                "{s}"
            );
        }
    }
}
