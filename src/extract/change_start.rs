//! Where a change started, said with a bare `from`: `more than doubled its
//! seat tally from 17`, `collapsed from 24 seats to nine`, `cut its
//! forecast to 3% from 3.5%`. A figure right after `from` (or `from about`,
//! `from its`) whose clause says, a few words before, that something
//! changed is the earlier value, a point of comparison, as `up from` makes
//! one. `from` without a change is a source or a start (`donations from 40
//! countries`, `open from 9`), and a range (`from 10 to 20`) is one figure.

use crate::source::Span;

/// Words that may stand between `from` and its figure.
const BETWEEN: &[&str] = &[
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "just",
    "some",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "the",
    "over",
    "under",
    "approximately",
    "barely",
    "only",
];

/// Stems of words saying that something changed (matched at a word's
/// start, lower case).
const CHANGED: &[&str] = &[
    "doubl",
    "tripl",
    "quadrupl",
    "halv",
    "collaps",
    "slump",
    "plung",
    "plummet",
    "surg",
    "jump",
    "climb",
    "grew",
    "grow",
    "shrank",
    "shrunk",
    "shrink",
    "slipp",
    "slip",
    "tumbl",
    "soar",
    "increas",
    "rose",
    "rise",
    "rising",
    "risen",
    "fell",
    "fall",
    "fallen",
    "drop",
    "declin",
    "widen",
    "narrow",
    "improv",
    "rais",
    "lower",
    "reduc",
    "trimm",
    "lift",
    "boost",
    "revis",
    "cut",
    "gain",
    "swung",
    "swing",
    "recover",
    "rebound",
    "dipp",
    "sank",
    "sunk",
    "slid",
    "eased",
    "easing",
    "accelerat",
    "slowed",
    "expand",
    "contract",
    "hike",
    "hiking",
    "went",
    "leap",
    "spik",
    "upgrad",
    "downgrad",
    "bump",
    "edged",
    "inched",
    "crept",
    "shot",
    "soft",
    "firm",
    "wors",
    "deepen",
];

/// How many words before `from` a change word may stand (`more than
/// doubled its seat tally from 17`: four).
const REACH: usize = 6;

/// True when the figure at `span` is where a change started (see the
/// module doc).
pub fn after_from_in_change(text: &str, span: Span) -> bool {
    let mut from = span.start.saturating_sub(160);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..span.start).unwrap_or("");
    // The clause: back to the last sentence or clause end that is no comma.
    let clause = match before.rfind(['.', ';', '!', '?', '\n', ':', '(', '—']) {
        Some(i) => &before[i + before[i..].chars().next().map_or(1, char::len_utf8)..],
        None => before,
    };
    // The clause's words, last first (the split's words read from the end;
    // only the last few are ever looked at).
    let mut words = clause
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .peekable();
    // `from` right before the figure, a hedge or a determiner between.
    for _ in 0..2 {
        match words.peek() {
            Some(w) if BETWEEN.iter().any(|b| w.eq_ignore_ascii_case(b)) => {
                words.next();
            }
            _ => break,
        }
    }
    let Some(w) = words.next() else {
        return false;
    };
    if !w.eq_ignore_ascii_case("from") {
        return false;
    }
    words.take(REACH).any(says_change)
}

/// True when the word `w` says that something changed (`doubled`,
/// `collapsed`, `boosted`).
pub fn says_change(w: &str) -> bool {
    // `w` lower-cased starts with the (ASCII lower-case) stem.
    CHANGED
        .iter()
        .any(|s| w.len() >= s.len() && w.as_bytes()[..s.len()].eq_ignore_ascii_case(s.as_bytes()))
}

/// Arrows a table or a list writes a change with (`IMF programme: $3bn →
/// $8bn`, `Rate 21.25% -> 27.25%`).
const ARROWS: &[&str] = &["\u{2192}", "->", "\u{27f6}", "\u{279d}", "\u{2794}", "=>"];

/// True when the figure at `span` stands right before an arrow and the
/// figure the arrow points to: where the change started, a point of
/// comparison.
pub fn before_an_arrow(text: &str, span: Span) -> bool {
    let after = text
        .get(span.end..)
        .unwrap_or("")
        .trim_start_matches([' ', '\u{a0}']);
    ARROWS.iter().any(|a| {
        after.strip_prefix(a).is_some_and(|rest| {
            let rest = rest.trim_start_matches([' ', '\u{a0}']);
            rest.chars().take(5).any(|c| c.is_ascii_digit()) && !rest.starts_with('\n')
        })
    })
}

#[cfg(test)]
mod tests {
    use super::after_from_in_change;
    use crate::source::Span;

    fn at(text: &str, figure: &str) -> bool {
        let start = text.find(figure).expect("figure in text");
        after_from_in_change(
            text,
            Span {
                start,
                end: start + figure.len(),
            },
        )
    }

    #[test]
    fn a_bare_from_after_a_change_starts_it() {
        assert!(at(
            "The PVV more than doubled its seat tally from 17, winning 23.5%.",
            "17"
        ));
        assert!(at("D66 collapsed from 24 seats to nine.", "24"));
        assert!(at("It cut its forecast to 3% from about 3.5%.", "3.5%"));
        assert!(at("Profit rose to $6bn, from $5.1bn.", "$5.1bn"));
        assert!(!at(
            "retail divisions—part of a broader effort from 12",
            "12"
        ));
    }

    #[test]
    fn from_without_a_change_is_a_source_or_a_start() {
        assert!(!at("Athletes came from 206 countries.", "206"));
        assert!(!at(
            "Donations from 40 countries arrived after prices rose.",
            "40"
        ));
        assert!(!at("Doors open from 9 until late.", "9"));
        assert!(!at("It won 37 seats.", "37"));
    }

    #[test]
    fn a_figure_before_an_arrow_is_where_a_change_started() {
        let at = |t: &str, f: &str| {
            let s = t.find(f).unwrap();
            super::before_an_arrow(t, Span::new(s, s + f.len()))
        };
        assert!(at("- IMF programme: $3bn → $8bn", "$3bn"));
        assert!(at("Rate: 21.25% -> 27.25%", "21.25%"));
        assert!(!at("- IMF programme: $3bn → $8bn", "$8bn"));
        assert!(!at("Revenue: $3bn -> see below", "$3bn"));
    }
}
