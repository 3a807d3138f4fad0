//! A quarter's figure is not the year's: a quantity whose `about` or cues
//! speak of a quarter (`net profit for the January-March quarter`) takes no
//! figure its own sentence gives for a whole year (`For the full financial
//! year 2023-24, TCS reported … net profit of ₹45,908 crore`), and a
//! year's quantity no figure its sentence gives for a quarter (`- Q2 FY24:
//! -6,333` is no full-year reduction). Sheets often cannot declare a
//! fiscal `period:`, and earnings drafts state both spans side by side.

use super::Window;
use crate::rules::RuleQuantity;

/// The span of a year a figure or a quantity is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Span {
    Quarter,
    Year,
}

/// Words that make a whole year (`full-year`, `fiscal year`, `annual`).
const YEAR: &[&str] = &[
    "full year",
    "full-year",
    "fiscal year",
    "financial year",
    "annual",
    "for the year",
    "over the year",
    "whole year",
];

/// True for a quarter's words: `quarter`, `quarterly`, `q1`…`q4`.
fn quarter_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    w.starts_with("quarter")
        || w.ends_with("-quarter")
        || (w.len() == 2 && w.starts_with('q') && matches!(w.as_bytes()[1], b'1'..=b'4'))
}

/// A fiscal year's short name (`fy24`, `fy2024`): it only dates a quarter
/// written beside it (`Q2 FY24`).
fn fiscal_short(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    w.strip_prefix("fy")
        .is_some_and(|d| (2..=4).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
}

/// The span `text` (lower case) speaks of: a quarter, unless it also names
/// a whole year in words; a whole year; else none.
fn span_of(text: &str) -> Option<Span> {
    let quarter = text.split_whitespace().any(quarter_word);
    let year = YEAR.iter().any(|y| text.contains(y));
    let fiscal = text.split_whitespace().any(fiscal_short);
    match (quarter, year, fiscal) {
        (true, true, _) => None,
        (true, false, _) => Some(Span::Quarter),
        (false, true, _) | (false, false, true) => Some(Span::Year),
        _ => None,
    }
}

/// True when the figure's own sentence, up to the figure, gives it for
/// another span of the year than the quantity's `about` and cues say.
pub(super) fn other_span(w: &Window<'_>, rq: &RuleQuantity) -> bool {
    let mut words = rq.about.as_deref().unwrap_or("").to_lowercase();
    for c in &rq.cues {
        words.push(' ');
        words.push_str(c);
    }
    let Some(theirs) = span_of(&words) else {
        return false;
    };
    let own =
        w.s.text
            .get(w.s.own_from.min(w.figure_at)..w.figure_at)
            .unwrap_or("");
    span_of(own).is_some_and(|mine| mine != theirs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_and_years_are_told_apart() {
        assert_eq!(
            span_of("net profit for the january-march quarter"),
            Some(Span::Quarter)
        );
        assert_eq!(
            span_of("for the full financial year 2023-24, tcs reported"),
            Some(Span::Year)
        );
        assert_eq!(span_of("- q2 fy24: "), Some(Span::Quarter));
        assert_eq!(span_of("headcount over the year fy24"), Some(Span::Year));
        assert_eq!(span_of("fourth-quarter and full-year revenue"), None);
        assert_eq!(span_of("revenue rose"), None);
    }
}
