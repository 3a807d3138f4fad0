//! How long an event lasted: `the 53-day walkout`, `a strike that lasted
//! 53 days`, `a four-year contract`. Such a figure is keyed by the event's
//! name and the unit it is counted in (`strike (day)`), so two drafts'
//! strike lengths meet; `53 days` and `seven weeks` stay apart (no unit is
//! converted). Events that several people or parties each have in one story
//! — a prison sentence, a ban — are not read: their lengths differ by
//! person.

use super::words::{PhraseSet, ends_word, starts_word};
use std::sync::LazyLock;

/// Each event's name with the phrases that name it (`words.txt`, `event
/// durations`).
static EVENTS: LazyLock<PhraseSet<&'static str>> = LazyLock::new(|| {
    let families: Vec<(&'static str, Vec<&'static str>)> = super::words::rows("event durations")
        .into_iter()
        .filter_map(|r| {
            let (head, words) = r.split_first()?;
            Some((*head, words.to_vec()))
        })
        .collect();
    PhraseSet::new(&families)
});

/// Words joining an event to its length written after it (`a strike that
/// lasted 53 days`).
const LASTED: &[&str] = &[
    "that lasted",
    "which lasted",
    "lasted",
    "lasting",
    "that has lasted",
    "has lasted",
    "had lasted",
    "now in its",
    "of",
];

/// Modifiers between a length and its event (`a 53-day national strike`).
const MODIFIERS: &[&str] = &["national", "nationwide", "global", "long", "old", "new"];

/// The event a duration at `at..end` of the lower-case sentence `text`
/// measures, with the clause `c_from..c_to`.
pub(super) fn event_of(
    text: &str,
    at: usize,
    end: usize,
    c_from: usize,
    c_to: usize,
) -> Option<&'static str> {
    // `the 53-day walkout`: unit glued by a hyphen, the event right after.
    let after = &text[end..c_to];
    if let Some(rest) = after.strip_prefix('-') {
        let mut rest = rest
            .split_once(|c: char| !c.is_alphabetic())
            .map_or("", |(_, r)| r)
            .trim_start();
        for _ in 0..2 {
            let (w, r) = rest.split_once(' ').unwrap_or((rest, ""));
            if !MODIFIERS.contains(&w) {
                break;
            }
            rest = r;
        }
        let head = rest
            .split(|c: char| !c.is_alphanumeric() && c != ' ')
            .next()
            .unwrap_or("");
        return EVENTS
            .in_text(head)
            .first()
            .copied()
            .filter(|_| starts_event(head));
    }
    // `a strike that lasted 53 days`
    let before = text[c_from..at].trim_end();
    let joined = LASTED.iter().find_map(|w| {
        before
            .strip_suffix(w)
            .filter(|b| b.is_empty() || b.ends_with(' '))
    })?;
    let head = joined.trim_end();
    let from = head.len().saturating_sub(30);
    let from = (from..=head.len()).find(|&i| head.is_char_boundary(i))?;
    let tail = &head[from..];
    // The event must be the last words before the joining words.
    EVENTS.in_text(tail).into_iter().find(|_| {
        tail.rsplit(' ')
            .next()
            .is_some_and(|w| EVENTS.first_in(w).is_some())
    })
}

/// True when an event's phrase opens `s` as whole words.
fn starts_event(s: &str) -> bool {
    let first = s.split(' ').next().unwrap_or("");
    !first.is_empty()
        && starts_word(s, 0)
        && ends_word(s, first.len())
        && EVENTS.first_in(first).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(sentence: &str, figure: &str) -> Option<&'static str> {
        let text = sentence.to_lowercase();
        let at = text.find(figure).expect("figure in sentence");
        event_of(&text, at, at + figure.len(), 0, text.len())
    }

    #[test]
    fn lengths_of_strikes_and_contracts() {
        assert_eq!(
            read("That ends the 55-day strike that began on Sept. 13.", "55"),
            Some("strike")
        );
        assert_eq!(
            read("It ended a 53-day stoppage at the plants.", "53"),
            Some("strike")
        );
        assert_eq!(
            read("It ended a strike that lasted 53 days.", "53"),
            Some("strike")
        );
        assert_eq!(
            read("Members ratified a four-year contract.", "four"),
            Some("contract")
        );
    }

    #[test]
    fn other_lengths_are_not_events() {
        assert_eq!(read("He was sentenced to 25 years in prison.", "25"), None);
        assert_eq!(read("The 30-day window closes on Friday.", "30"), None);
        assert_eq!(read("Workers stood together for 53 days.", "53"), None);
    }
}
