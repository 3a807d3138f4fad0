//! A list's lead-in speaks for its items: `**21:00** — **EXIT POLL**
//! (Ipsos for NOS):` over `- PVV 35`, `The FY2025 outlook calls for:` over
//! `- Operating profit of ¥4.3tn`. An item's own words are short; what its
//! figures are (an exit poll, a forecast, a running count) is said once, in
//! the line that opens the list. So a quantity's exclusions found in the
//! lead-in keep the items from it (`exclude`), and a lead-in that forecasts
//! or counts so far frames its items (`frame`).
//!
//! The lead-in is the nearest line before the item, past blank lines and
//! the list's other items, when it ends with a colon (markup aside) or is
//! a heading (`## Guidance`, a line in bold). A table's rows have one too:
//! the line above the table (`### Summary of Economic Projections`). A
//! block under any other line has none.

use super::frames::{Frame, RUNNING};
use crate::extract::phrase::find_word_starts;

/// How many lines back the list's lead-in may stand.
const REACH: usize = 40;

/// True when `line` is a list item: `- `, `* `, `+ `, `• ` or `1. `, `1) `.
fn is_item(line: &str) -> bool {
    let t = line.trim_start();
    if ["- ", "* ", "+ ", "• ", "– "]
        .iter()
        .any(|m| t.starts_with(m))
    {
        return true;
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && (t[digits..].starts_with(". ") || t[digits..].starts_with(") "))
}

/// The lead-in of the list item holding byte `at` of `raw` (the draft as
/// written), lower case; empty when `at` is in no item or the list has none.
pub(super) fn of_item(raw: &str, at: usize) -> String {
    span_of_item(raw, at).map_or_else(String::new, |(a, b)| raw[a..b].trim().to_lowercase())
}

/// Where the lead-in of the list item (or table row) holding byte `at` of
/// `raw` stands, as a byte range of its line; `None` when `at` is in no
/// item or the list has none.
pub(crate) fn span_of_item(raw: &str, at: usize) -> Option<(usize, usize)> {
    let mut at = at.min(raw.len());
    while !raw.is_char_boundary(at) {
        at -= 1;
    }
    let line_start = raw[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = raw[at..].find('\n').map_or(raw.len(), |i| at + i);
    let line = &raw[line_start..line_end];
    let row = |l: &str| l.trim_start().starts_with('|');
    let same_block: fn(&str) -> bool = if is_item(line) {
        is_item
    } else if row(line) {
        |l| l.trim_start().starts_with('|')
    } else {
        return None;
    };
    let mut end = line_start;
    for line in raw[..line_start].split_inclusive('\n').rev().take(REACH) {
        let start = end - line.len();
        end = start;
        let t = line.trim();
        if t.is_empty() || same_block(line) {
            continue;
        }
        let bare = t.trim_end_matches(['*', '_', ' ']);
        // A colon opens the block; a heading (`## Guidance`, a bold line)
        // names it.
        let heading = t.starts_with('#')
            || (t.starts_with("**") && t.ends_with("**") && !t[2..t.len() - 2].contains("**"));
        return (bare.ends_with(':') || heading).then_some((start, start + line.trim_end().len()));
    }
    None
}

/// Words of a lead-in that make its items forecasts.
const FORECASTS: &[&str] = &[
    "outlook",
    "guidance",
    "forecast",
    "forecasts",
    "projection",
    "projections",
    "expects",
    "expected",
    "projects",
    "projected",
    "targets",
];

/// The frame a lead-in puts its items in: a forecast or a running count.
pub(super) fn frame(lead_in: &str) -> Option<Frame> {
    if lead_in.is_empty() {
        return None;
    }
    if FORECASTS
        .iter()
        .any(|w| !find_word_starts(lead_in, w).is_empty())
    {
        return Some(Frame::Forecast);
    }
    RUNNING
        .iter()
        .any(|w| crate::extract::phrase::has(lead_in, w))
        .then_some(Frame::Running)
}

/// True when the lead-in labels its list rather than stating figures of
/// its own: ten words at most, no number but a clock time (`**21:00** —
/// **EXIT POLL**:`). A longer lead-in (`the deal will generate about $2.7
/// billion of synergies by 2027:`) is a sentence whose words speak of its
/// own figures, and its exclusions stay there.
fn labels_its_list(lead_in: &str) -> bool {
    let words: Vec<&str> = lead_in
        .split(|c: char| !(c.is_alphanumeric() || c == ':' || c == '.'))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let clock = |w: &str| {
        let w = w.trim_end_matches([':', '.']);
        w.split_once([':', '.']).is_some_and(|(h, m)| {
            h.len() <= 2 && m.len() == 2 && (h.to_owned() + m).bytes().all(|b| b.is_ascii_digit())
        })
    };
    words.len() <= 10
        && words
            .iter()
            .all(|w| clock(w) || !w.contains(|c: char| c.is_ascii_digit()))
}

/// True when one of the exclusions `exclude` stands in a lead-in that
/// labels its list.
pub(super) fn excludes(lead_in: &str, exclude: &[String]) -> bool {
    !lead_in.is_empty()
        && labels_its_list(lead_in)
        && exclude
            .iter()
            .any(|x| !find_word_starts(lead_in, &x.to_lowercase()).is_empty())
}

#[cfg(test)]
mod tests {
    use super::{frame, of_item};
    use crate::bind::frames::Frame;

    #[test]
    fn an_item_takes_the_line_that_opens_its_list() {
        let raw = "**21:00** — **EXIT POLL** (Ipsos for NOS):\n\n- PVV 35\n- GL-PvdA 26\n";
        let at = raw.find("26").unwrap();
        assert_eq!(
            of_item(raw, at),
            "**21:00** — **exit poll** (ipsos for nos):"
        );
        let raw = "The outlook calls for:\n\n1. Revenue of ¥46tn\n2. Profit of ¥4.3tn\n";
        let lead = of_item(raw, raw.find("4.3").unwrap());
        assert_eq!(frame(&lead), Some(Frame::Forecast));
    }

    #[test]
    fn only_a_label_lends_its_exclusions() {
        let x = vec!["exit poll".to_string(), "deal".to_string()];
        assert!(super::excludes(
            "**21:00** — **exit poll** (ipsos for nos):",
            &x
        ));
        assert!(!super::excludes(
            "capital one says the deal will generate about $2.7 billion of pre-tax synergies by 2027:",
            &x
        ));
    }

    #[test]
    fn no_lead_in_without_a_colon_or_a_list() {
        let raw = "Results were final.\n\n- PVV 37\n";
        assert_eq!(of_item(raw, raw.find("37").unwrap()), "");
        let raw = "### Projections (median)\n\n| Rate | 2024 |\n|---|---|\n| Fed funds | 4.4% |\n";
        assert_eq!(
            frame(&of_item(raw, raw.find("4.4").unwrap())),
            Some(Frame::Forecast)
        );
        let raw = "Polls said:\nThe PVV won 37 seats.\n";
        assert_eq!(of_item(raw, raw.find("37").unwrap()), "");
    }
}
