//! A figure that is how much something changed, not the level it reached:
//! `Fine Gael gained three seats`, `won two more stages`, `moving one
//! clear of Eddy Merckx`, `boosted operating profit by about ¥690 billion`,
//! `added roughly 690 billion yen to operating profit`, `down three seats`.
//! Such a figure binds only to a quantity whose cues or `about` speak of a
//! change (`reading::disagreement` refuses the rest, as it refuses a move
//! in market value). Percentages are left to the rate grammar, which reads
//! `up 12%` already.

use crate::claim::Measure;
use crate::extract::change_start::says_change;

/// Hedges and determiners that may stand between the change word and the
/// figure (`gained about 3 million`, `boosted profit by some ¥690bn`).
const HEDGES: &[&str] = &[
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "just",
    "some",
    "a",
    "another",
    "further",
    "over",
    "approximately",
    "only",
    "more",
    "than",
    "less",
    "under",
];

/// Words right before a figure that make it the amount of a change.
const BEFORE: &[&str] = &[
    "gained", "gains", "gaining", "gain", "added", "adding", "adds", "up", "down",
];

/// Words right after a figure (past at most two nouns) that make it the
/// amount of a change (`two more stages`, `one clear of`, `ten fewer`).
const AFTER: &[&str] = &["more", "fewer", "extra", "additional", "clear"];

/// What makes the figure a change, when its words do: `own_before` is its
/// own sentence up to it and `after` the rest (lower case).
pub(super) fn change_words(
    measure: Measure,
    own_before: &str,
    after: &str,
) -> Option<&'static str> {
    if matches!(
        measure,
        Measure::Percent | Measure::PercentagePoints | Measure::Time
    ) {
        return None;
    }
    let words: Vec<&str> = own_before
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut rest = &words[..];
    while let Some((w, r)) = rest.split_last() {
        if HEDGES.contains(w) {
            rest = r;
        } else {
            break;
        }
    }
    if let Some((last, r)) = rest.split_last() {
        if let Some(w) = BEFORE.iter().find(|b| *b == last) {
            return Some(w);
        }
        // `boosted operating profit by about ¥690 billion`: `by` after a
        // change word a few words back.
        if *last == "by" && r.iter().rev().take(5).any(|w| says_change(w)) {
            return Some("by");
        }
    }
    // `two more stages`, `ten more than`, `one clear of`.
    let clause = after
        .split([',', ';', '.', '(', ')', ':'])
        .next()
        .unwrap_or("");
    let next: Vec<&str> = clause.split_whitespace().take(3).collect();
    next.iter()
        .take(3)
        .position(|w| AFTER.contains(w))
        .filter(|&i| {
            // Only nouns may stand before the word (`two more`, `three
            // seats more`), and `clear` needs `of`.
            next[..i].iter().all(|w| w.chars().all(char::is_alphabetic))
                && (next[i] != "clear" || next.get(i + 1) == Some(&"of"))
        })
        .map(|i| {
            AFTER
                .iter()
                .find(|a| **a == next[i])
                .copied()
                .unwrap_or("more")
        })
}

#[cfg(test)]
mod tests {
    use super::change_words;
    use crate::claim::Measure;

    fn at(text: &str, figure: &str) -> Option<&'static str> {
        let i = text.find(figure).expect("figure in text");
        change_words(Measure::Count, &text[..i], &text[i + figure.len()..])
    }

    #[test]
    fn amounts_of_a_change() {
        assert_eq!(at("fine gael gained three seats", "three"), Some("gained"));
        assert_eq!(
            at("he then won two more stages to take green", "two"),
            Some("more")
        );
        assert_eq!(at("moving one clear of eddy merckx", "one"), Some("clear"));
        assert_eq!(
            at(
                "the yen boosted operating profit by about ¥690 billion",
                "¥690 billion"
            ),
            Some("by")
        );
        assert_eq!(
            at("the yen added roughly 690 billion yen to profit", "690"),
            Some("added")
        );
        assert_eq!(at("48 seats, ten more than in 2020", "ten"), Some("more"));
    }

    #[test]
    fn levels_stay_levels() {
        assert_eq!(at("fine gael won 38 seats", "38"), None);
        assert_eq!(at("it won by 12 runs", "12"), None);
        assert_eq!(at("more than 500 people died", "500"), None);
        assert_eq!(at("a clear win with 37 seats", "37"), None);
        assert_eq!(
            change_words(Measure::Percent, "revenue was up ", "12% on the year"),
            None
        );
    }
}
