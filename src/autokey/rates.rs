//! Named rates: a percentage that is the level of a measure the story names
//! — `a final national turnout of 62.7%`, `Turnout was 59.7 per cent`, `the
//! new MPR is 22.75%`, `a 38% general wage increase`, `About 59.7% of
//! registered voters turned out`. Such a figure is keyed by the measure's
//! name (the family heading in `words.txt`'s `rates` table), so two drafts'
//! turnouts or policy rates meet the way two drafts' delivered vehicles do.
//!
//! The reading is deliberately narrow, because a percentage is the most
//! common figure in news and most are changes or shares of something else:
//!
//! - the measure's words stand right before the figure, joined to it only by
//!   linking words (`of`, `was`, `stood at`, `rose to`, `:`, an adverb such
//!   as `nationally`, a qualifier such as `about`) — or right after it, with
//!   at most two modifiers between (`a 5.2% average raise`);
//! - a figure moved `by` is a change, not a level, and gets no key;
//! - words after the figure saying it was the level before (`before the
//!   current cycle began`, `a year earlier`) leave it without a key, as a
//!   figure given as a point of comparison is left (`from`, `down from`).
//!
//! A mortgage or loan rate is not a policy rate, and `revenue growth` is not
//! an economy's growth: the table names whole phrases, and a `rate` phrase
//! preceded by a word naming another kind of rate is not read.

use std::sync::LazyLock;

use super::words::{ends_word, starts_word};

/// The phrases of every measure, found with their places.
static FINDER: LazyLock<(aho_corasick::AhoCorasick, Vec<&'static str>)> = LazyLock::new(|| {
    let mut names = Vec::new();
    let mut phrases = Vec::new();
    for r in super::words::rows("rates") {
        if let Some((head, words)) = r.split_first() {
            for w in words {
                names.push(*head);
                phrases.push(*w);
            }
        }
    }
    let ac = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(&phrases)
        .expect("the rates table builds");
    (ac, names)
});

/// Words that may join a measure's name to its level (`turnout nationally
/// was`, `the rate stood at`, `inflation eased to`).
const LINKS: &[&str] = &[
    "of",
    "was",
    "is",
    "were",
    "are",
    "at",
    "to",
    "stood",
    "stands",
    "came",
    "comes",
    "in",
    "reached",
    "reaches",
    "hit",
    "hits",
    "remained",
    "remains",
    "stayed",
    "held",
    "holds",
    "kept",
    "left",
    "unchanged",
    "rose",
    "rises",
    "fell",
    "falls",
    "climbed",
    "dropped",
    "eased",
    "cut",
    "raised",
    "increased",
    "lowered",
    "reduced",
    "slowed",
    "accelerated",
    "jumped",
    "edged",
    "will",
    "would",
    "be",
    "now",
    "nationally",
    "overall",
    "final",
    "official",
    "national",
    "new",
    "current",
    "a",
    "an",
    "the",
    "about",
    "around",
    "roughly",
    "some",
    "just",
    "nearly",
    "almost",
    "over",
    "under",
    "more",
    "than",
    "below",
    "above",
    "estimated",
    "expected",
    "projected",
    "settled",
    "figure",
    "level",
    "record",
    "high",
    "low",
    "its",
    "their",
    "has",
    "had",
    "been",
    "set",
    "fixed",
    "approximately",
    "only",
    "barely",
    "up",
    "down",
];

/// Modifiers that may stand between a level and the measure after it (`a
/// 38% general wage increase`, `an average 5.2% raise`).
const MODIFIERS: &[&str] = &[
    "average",
    "annual",
    "general",
    "overall",
    "national",
    "final",
    "new",
    "pay",
    "base",
    "headline",
    "total",
    "cumulative",
    "voter",
    "across-the-board",
    "immediate",
    "record",
];

/// Words that may stand right before a measure's name without making it
/// another measure (`the national turnout`, but `food inflation`, `mortgage
/// rate`): determiners and the adjectives of a measure's headline figure. A
/// possessive (`Nigeria's inflation`) may too.
const BEFORE_NAME: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "our",
    "national",
    "overall",
    "annual",
    "final",
    "official",
    "new",
    "current",
    "average",
    "nationwide",
    "general",
    "headline",
    "record",
    "and",
    "or",
    "with",
    "while",
    "as",
    "but",
    "that",
    "which",
    "where",
    "when",
    "of",
    "in",
    "at",
    "to",
    "on",
    "for",
    "from",
    "its",
    "bank's",
    "country's",
    "nation's",
    "economy's",
];

/// Words before a measure in its clause saying its level is not the one now
/// (`would have kept Bank Rate at 5.25%`, `had held the rate at`).
const NOT_NOW: &[&str] = &[
    "would have",
    "had held",
    "had kept",
    "had been",
    "had left",
    "previously",
    "used to",
];

/// Words after a level saying it was the level before.
const EARLIER_AFTER: &[&str] = &[
    "before",
    "previously",
    "earlier",
    "ago",
    "prior",
    "last year",
    "in the previous",
    "since",
    "at the same stage",
    "a year before",
];

/// The measure a percentage at `at..end` of the lower-case sentence `text`
/// is the level of, reading only within the clause `c_from..c_to`.
pub(super) fn rate_of(
    text: &str,
    at: usize,
    end: usize,
    c_from: usize,
    c_to: usize,
) -> Option<&'static str> {
    let before = &text[c_from..at];
    let after = &text[end..c_to];
    let moved_by = before.trim_end().ends_with(" by") || before.trim_end() == "by";
    if moved_by {
        return None;
    }
    let tail = after.trim_start();
    if EARLIER_AFTER.iter().any(|w| {
        find_str(tail, w)
            .is_some_and(|i| starts_word(tail, i) && ends_word(tail, i + w.len()) && i < 60)
    }) {
        return None;
    }
    // `anticipated … a gross margin of 53.5% to 55.5%`: a forecast earlier
    // in the sentence makes the figure one, not a level reached.
    let head = &text[..at];
    if FORECAST_BEFORE.iter().any(|w| find_str(head, w).is_some()) {
        return None;
    }
    name_before(text, c_from, at).or_else(|| name_after(text, end, c_to))
}

/// `hay.find(needle)` for a non-empty ASCII `needle`: the first place it
/// occurs, found with `memchr` on its first byte instead of building a
/// two-way searcher for each of the short sentences and words asked about.
fn find_str(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let &first = n.first()?;
    let mut from = 0;
    while let Some(k) = memchr::memchr(first, &h[from..]) {
        let at = from + k;
        if h[at..].starts_with(n) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Words before a rate in its sentence that make it a forecast.
const FORECAST_BEFORE: &[&str] = &[
    "anticipat",
    "forecast",
    "guidance",
    "guided",
    "outlook",
    "expect",
    "projects",
    "predicts",
    "sees ",
];

/// `turnout of 62.7%`: the last measure phrase before the figure, joined to
/// it by linking words only.
fn name_before(text: &str, c_from: usize, at: usize) -> Option<&'static str> {
    let window_from = floor_boundary(text, at.saturating_sub(80).max(c_from));
    let hay = &text[window_from..at];
    let (ac, names) = &*FINDER;
    let m = ac
        .find_iter(hay)
        .filter(|m| starts_word(hay, m.start()) && ends_word(hay, m.end()))
        .last()?;
    let gap = &hay[m.end()..];
    let words: Vec<&str> = gap
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | '—' | '–' | '*' | '|'))
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 5 || !words.iter().all(|w| LINKS.contains(w)) {
        return None;
    }
    if words.contains(&"by") {
        return None;
    }
    if !plain_before(hay, m.start()) || NOT_NOW.iter().any(|w| hay[..m.start()].contains(w)) {
        return None;
    }
    Some(names[m.pattern().as_usize()])
}

/// `a 38% general wage increase`: a measure phrase right after the figure,
/// past at most two modifiers.
fn name_after(text: &str, end: usize, c_to: usize) -> Option<&'static str> {
    let after = &text[end..c_to];
    let mut rest = after.trim_start();
    for _ in 0..3 {
        if let Some(name) = phrase_at_start(rest) {
            return Some(name);
        }
        let (w, r) = rest.split_once(' ').unwrap_or((rest, ""));
        if !MODIFIERS.contains(&w) {
            break;
        }
        rest = r.trim_start();
    }
    // `59.7% of registered voters turned out`
    let voters = [
        "of registered voters",
        "of eligible voters",
        "of voters",
        "of the electorate",
    ];
    if voters.iter().any(|v| rest.starts_with(v))
        && ["turned out", "voted", "cast their ballots", "cast ballots"]
            .iter()
            .any(|v| rest.contains(v))
    {
        return Some("turnout");
    }
    None
}

/// The measure whose phrase starts `rest`.
fn phrase_at_start(rest: &str) -> Option<&'static str> {
    let (ac, names) = &*FINDER;
    ac.find(rest)
        .filter(|m| m.start() == 0 && ends_word(rest, m.end()))
        .map(|m| names[m.pattern().as_usize()])
}

/// True when the word before `start` of `hay` leaves the measure's name
/// as it is: none, a word of `BEFORE_NAME`, a possessive, or punctuation.
fn plain_before(hay: &str, start: usize) -> bool {
    let head = hay[..start].trim_end();
    if head.is_empty() || head.ends_with(|c: char| !c.is_alphanumeric()) && !head.ends_with('\'') {
        return true;
    }
    let word = head
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’')
        .next()
        .unwrap_or("");
    BEFORE_NAME.contains(&word) || word.ends_with("'s") || word.ends_with("’s")
}

/// `i`, moved back to a character boundary of `s` (`str::floor_char_boundary`
/// is newer than the crate's minimum Rust).
fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(sentence: &str, figure: &str) -> Option<&'static str> {
        let text = sentence.to_lowercase();
        let at = text
            .find(&figure.to_lowercase())
            .expect("figure in sentence");
        rate_of(&text, at, at + figure.len(), 0, text.len())
    }

    #[test]
    fn find_str_finds_what_str_find_finds() {
        for hay in [
            "",
            "sees sees",
            "before, a year before it",
            "ééprior priorx",
            "ago",
        ] {
            for w in EARLIER_AFTER.iter().chain(FORECAST_BEFORE) {
                assert_eq!(find_str(hay, w), hay.find(w), "{hay} {w}");
            }
        }
    }

    #[test]
    fn levels_named_before_or_after() {
        assert_eq!(
            read(
                "The official figures show a final national turnout of 62.7%.",
                "62.7%"
            ),
            Some("turnout")
        );
        assert_eq!(
            read("Turnout nationally was 59.7 per cent.", "59.7 per cent"),
            Some("turnout")
        );
        assert_eq!(
            read(
                "The voter participation was 58.46 per cent.",
                "58.46 per cent"
            ),
            Some("turnout")
        );
        assert_eq!(
            read("The new MPR is 22.75%.", "22.75%"),
            Some("policy rate")
        );
        assert_eq!(
            read("Economists said the new 22.57% rate would bite.", "22.57%"),
            None
        );
        assert_eq!(
            read(
                "The contract includes a 35% general wage increase over four years.",
                "35%"
            ),
            Some("pay rise")
        );
        assert_eq!(
            read("Rengo showed an average 5.2% raise.", "5.2%"),
            Some("pay rise")
        );
        assert_eq!(
            read(
                "About 59.7% of registered voters turned out on Friday.",
                "59.7%"
            ),
            Some("turnout")
        );
        assert_eq!(
            read("Inflation eased to 3.2% in May.", "3.2%"),
            Some("inflation")
        );
    }

    #[test]
    fn changes_earlier_levels_and_other_rates_are_not_levels() {
        assert_eq!(read("It cut its policy rate by 0.25%.", "0.25%"), None);
        assert_eq!(
            read(
                "The rate was 11.5% before the current cycle began.",
                "11.5%"
            ),
            None
        );
        assert_eq!(read("The mortgage rate is 6.5%.", "6.5%"), None);
        assert_eq!(read("Revenue growth of 12% beat forecasts.", "12%"), None);
        assert_eq!(
            read(
                "Turnout fell in Dublin, where 40% of homes had no power.",
                "40%"
            ),
            None
        );
        assert_eq!(read("Shares rose 4.5% on Monday.", "4.5%"), None);
        assert_eq!(
            read(
                "Headline inflation was 34.19%, and food inflation was above 40%.",
                "40%"
            ),
            None
        );
        assert_eq!(
            read("Nigeria's inflation was 34.19%.", "34.19%"),
            Some("inflation")
        );
        assert_eq!(
            read("Four members would have kept Bank Rate at 5.25%.", "5.25%"),
            None
        );
        assert_eq!(
            read("It had held Bank Rate at 5.25% since August 2023.", "5.25%"),
            None
        );
    }
}
