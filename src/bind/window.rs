//! The words around a figure that binding reads, computed once per sentence.
//!
//! Every figure of a sentence shares its window (the sentence and the one
//! before it in the same paragraph, lower case), the organisations named in
//! it, and where each cue, exclusion and subject name stands in it; a
//! figure only measures distances. So binding a sentence of many figures
//! costs its length once, not once per figure (`benches/hostile.py`).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::claim::{ClaimKind, EntityKind};
use crate::extract::Extraction;
use crate::extract::located::lower_same_offsets;
use crate::extract::phrase::find_word_starts;

/// One sentence's window and what binding looks up in it.
pub(super) struct SentenceWindow {
    /// Where the window starts in the draft's prose.
    pub start: usize,
    /// This sentence and, when in the same paragraph, the one before, lower case.
    pub text: String,
    /// Where the figure's own sentence starts in `text`.
    pub own_from: usize,
    /// Every organisation named in `text`: its name (lower case) and span,
    /// in text order.
    pub org_spans: Vec<(String, usize, usize)>,
    /// The figures of `text` (every quantity claim, times too): where each
    /// starts in `text`, and its index among the draft's claims.
    pub figures: Vec<(usize, usize)>,
    /// Where each figure of `text` that is no time starts (`205` in `rose
    /// to 205 on Friday`), in text order.
    pub counts: Vec<usize>,
    /// Clause breaks before each byte of `text` (`breaks[i]` counts those in `..i`).
    breaks: Vec<u32>,
    /// The quotes of eight words or more that reach into the window: their
    /// starts and ends in `text` (clamped to it); `bind` sets them from the
    /// draft's long quotes (`long_quotes`), found once per draft.
    pub quotes: Vec<(usize, usize)>,
    /// The lead-in of the list the sentence is an item of, lower case
    /// (`lead_in`); empty for a sentence in no list.
    pub lead_in: String,
    /// Where each looked-up phrase starts a word in `text`.
    found: RefCell<HashMap<String, Rc<Vec<usize>>>>,
    /// The mentions of each subject (by its names, joined) not inside
    /// another organisation's name.
    mentions: RefCell<HashMap<String, Rc<Vec<usize>>>>,
}

/// True for a character that breaks a clause (`,` `;` `:` `(` `)` dashes).
pub(super) fn is_break(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–')
}

/// The byte offset four words after `at`.
pub(super) fn four_words_after(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or("");
    let mut words = 0;
    let mut in_word = false;
    for (i, ch) in rest.char_indices() {
        let w = ch.is_alphanumeric();
        if w && !in_word {
            words += 1;
            if words > 4 {
                return at + i;
            }
        }
        in_word = w;
    }
    text.len()
}

/// The spans of a draft's quotes of eight words or more.
pub(super) fn long_quotes(ex: &Extraction, text: &str) -> Vec<(usize, usize)> {
    ex.claims
        .iter()
        .filter(|c| matches!(c.kind, ClaimKind::Quote(_)))
        .filter(|c| {
            text.get(c.span.start..c.span.end)
                .is_some_and(|q| q.split_whitespace().count() >= 8)
        })
        .map(|c| (c.span.start, c.span.end))
        .collect()
}

impl SentenceWindow {
    /// Keeps the quotes of `long` (a draft's, from `long_quotes`) that reach
    /// into the window, in the window's offsets.
    pub fn set_quotes(&mut self, long: &[(usize, usize)]) {
        let (start, end) = (self.start, self.start + self.text.len());
        self.quotes = long
            .iter()
            .filter(|&&(a, b)| a < end && b > start)
            .map(|&(a, b)| (a.max(start) - start, b.min(end) - start))
            .collect();
    }

    /// The window of sentence `s` of `ex`, over the draft's prose `text`.
    pub fn new(ex: &Extraction, text: &str, s: usize) -> Option<SentenceWindow> {
        let sentence = ex.sentences.get(s)?;
        let start = match s.checked_sub(1).and_then(|p| ex.sentences.get(p)) {
            Some(prev) if prev.paragraph == sentence.paragraph => prev.span.start,
            _ => sentence.span.start,
        };
        let window = lower_same_offsets(text.get(start..sentence.span.end).unwrap_or(""));
        let mut breaks = Vec::with_capacity(window.len() + 1);
        let mut n = 0u32;
        for (i, c) in window.char_indices() {
            while breaks.len() <= i {
                breaks.push(n);
            }
            // A separator inside a figure (`220,000`, `5:24`) breaks nothing.
            let b = window.as_bytes();
            let inside_figure = matches!(c, ',' | ':')
                && i > 0
                && b[i - 1].is_ascii_digit()
                && b.get(i + 1).is_some_and(u8::is_ascii_digit);
            if is_break(c) && !inside_figure {
                n += 1;
            }
        }
        while breaks.len() <= window.len() {
            breaks.push(n);
        }
        let org_spans = ex
            .claims_in(start, sentence.span.end)
            .filter_map(|(_, o)| match &o.kind {
                ClaimKind::Entity(e) if e.kind == EntityKind::Org => Some((
                    e.name.to_lowercase(),
                    o.span.start - start,
                    o.span.end - start,
                )),
                _ => None,
            })
            .collect();
        let figures: Vec<(usize, usize)> = ex
            .claims_in(start, sentence.span.end)
            .filter(|(_, o)| o.quantity().is_some())
            .map(|(k, o)| (o.span.start - start, k))
            .collect();
        let counts = figures
            .iter()
            .filter(|(_, k)| {
                ex.claims[*k]
                    .quantity()
                    .is_some_and(|q| q.measure != crate::claim::Measure::Time)
            })
            .map(|(at, _)| *at)
            .collect();
        Some(SentenceWindow {
            quotes: Vec::new(),
            lead_in: String::new(),
            start,
            figures,
            counts,
            own_from: sentence.span.start - start,
            text: window,
            org_spans,
            breaks,
            found: RefCell::default(),
            mentions: RefCell::default(),
        })
    }

    /// True when a quote of eight words or more holds one of the offsets
    /// `p` (a cue) and `figure_at` and not the other: a quote is another
    /// voice, and a cue outside it does not say what a figure inside it is
    /// (`“keep them to around 240,” said Cummins, who … won the title`),
    /// nor the other way round.
    pub fn quote_wall(&self, p: usize, figure_at: usize) -> bool {
        self.quotes.iter().any(|&(a, b)| {
            let inside = |x: usize| x >= a && x < b;
            inside(p) != inside(figure_at)
        })
    }

    /// Clause breaks between two offsets of `text`, in either order.
    pub fn breaks_between(&self, a: usize, b: usize) -> usize {
        let (a, b) = (a.min(b), a.max(b));
        let at = |i: usize| {
            self.breaks
                .get(i)
                .or(self.breaks.last())
                .copied()
                .unwrap_or(0)
        };
        (at(b) - at(a)) as usize
    }

    /// Where `phrase` (lower case) starts a word in `text`.
    pub fn positions(&self, phrase: &str) -> Rc<Vec<usize>> {
        if let Some(p) = self.found.borrow().get(phrase) {
            return p.clone();
        }
        let mut found = find_word_starts(&self.text, phrase);
        // A Roman numeral is a whole word: `LVII` does not start `LVIII`.
        if roman(phrase.rsplit(' ').next().unwrap_or("")) {
            found.retain(|&p| {
                !self.text[p + phrase.len()..].starts_with(|c: char| c.is_alphanumeric())
            });
        }
        // A short cue is a stem only of its own inflections: `ill` finds
        // `illness`, never `Illinois`; `cut` finds `cuts` and `cutting`.
        if phrase.len() <= 3 && !phrase.contains(' ') {
            found.retain(|&p| {
                let rest = &self.text[p + phrase.len()..];
                let tail = &rest[..rest
                    .find(|c: char| !c.is_alphanumeric())
                    .unwrap_or(rest.len())];
                SHORT_CUE_ENDINGS.contains(&tail.to_lowercase().as_str())
            });
        }
        let p = Rc::new(found);
        self.found
            .borrow_mut()
            .insert(phrase.to_string(), p.clone());
        p
    }

    /// Where a subject, by its names (lower case), is mentioned in `text`:
    /// a name inside another organisation's name (`Congress` in `Trinamool
    /// Congress`) is not a mention, though one that starts it is (`Corvid`
    /// in `Corvid Networks`).
    pub fn mentions(&self, names: &[String]) -> Rc<Vec<usize>> {
        let key = names.join("\u{1f}");
        if let Some(m) = self.mentions.borrow().get(&key) {
            return m.clone();
        }
        let mut m: Vec<usize> = names
            .iter()
            .flat_map(|n| self.positions(n).iter().copied().collect::<Vec<_>>())
            .filter(|&p| {
                // The organisations starting at or before `p`: the last few
                // could contain it (names are short).
                let upto = self.org_spans.partition_point(|(_, a, _)| *a <= p);
                !self.org_spans[..upto]
                    .iter()
                    .rev()
                    .take(8)
                    .any(|(o, a, b)| {
                        *a <= p && p < *b && !names.iter().any(|n| o.starts_with(n.as_str()))
                    })
            })
            .collect();
        m.sort_unstable();
        let m = Rc::new(m);
        self.mentions.borrow_mut().insert(key, m.clone());
        m
    }
}

/// True when `w` (lower case, two letters or more) is a Roman numeral
/// (`lvii`, `ii`, `xiv`): thousands, hundreds, tens and units in order.
fn roman(w: &str) -> bool {
    fn digit<'a>(w: &'a str, forms: &[&str]) -> &'a str {
        // The longest form that starts `w`, else none.
        forms
            .iter()
            .filter(|f| w.starts_with(**f))
            .max_by_key(|f| f.len())
            .map_or(w, |f| &w[f.len()..])
    }
    if w.len() < 2 {
        return false;
    }
    let hundreds = ["c", "cc", "ccc", "cd", "d", "dc", "dcc", "dccc", "cm"];
    let tens = ["x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"];
    let units = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
    let rest = w.trim_start_matches('m');
    let rest = digit(digit(digit(rest, &hundreds), &tens), &units);
    rest.is_empty() && w.len() - w.trim_start_matches('m').len() <= 3
}

/// What may follow a cue of three letters or fewer in the word it starts:
/// its inflections, not another word (`ill` in `Illinois`, `won` in
/// `wonder`).
const SHORT_CUE_ENDINGS: &[&str] = &[
    "", "s", "es", "ed", "d", "ing", "ting", "ning", "ping", "ness", "nesses", "er", "ers", "ted",
    "ped", "ned", "ies", "ied",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_are_counted_between_two_offsets() {
        let ex = crate::extract::extract(
            &crate::source::Document::new(crate::source::DocId(0), "t.txt", "A, b; c (d) e."),
            &Default::default(),
        );
        let w = SentenceWindow::new(&ex, "A, b; c (d) e.", 0).unwrap();
        assert_eq!(w.breaks_between(0, w.text.len()), 4);
        assert_eq!(w.breaks_between(w.text.len(), 0), 4);
        assert_eq!(w.breaks_between(3, 5), 1);
        assert_eq!(w.breaks_between(5, 5), 0);
        let t = "It had 220,000 staff.";
        let ex = crate::extract::extract(
            &crate::source::Document::new(crate::source::DocId(0), "t.txt", t),
            &Default::default(),
        );
        let w = SentenceWindow::new(&ex, t, 0).unwrap();
        assert_eq!(w.breaks_between(0, w.text.len()), 0);
    }

    #[test]
    fn roman_numerals_are_told_from_words() {
        for w in ["lvii", "lviii", "ii", "xiv", "mmxxiv", "mix"] {
            assert!(roman(w), "{w}");
        }
        for w in ["civil", "mild", "dim", "ill", "i", "vv", "iiii"] {
            assert!(!roman(w), "{w}");
        }
    }
}
