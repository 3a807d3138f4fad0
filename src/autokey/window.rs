//! The clause window: a sentence lower-cased once with its byte offsets
//! kept (`lower_same_offsets`), its clause breaks and its figure count.

use super::*;

/// Byte ranges in `s` of the marks that end a clause: `, ` `; ` `: ` dashes and brackets.
///
/// Byte by byte: the ASCII marks are single bytes that never occur inside
/// another character, and both dashes (`—` U+2014, `–` U+2013) are the
/// three bytes `E2 80 94` / `E2 80 93`, whose lead byte `E2` only starts a
/// character; so the marks found are those `char_indices` finds, in order
/// (`clause_breaks_by_char`, the test below).
pub(super) fn clause_breaks(s: &str) -> Vec<(usize, usize)> {
    let b = s.as_bytes();
    let space_after = |i: usize| b.get(i).is_none_or(|n| n.is_ascii_whitespace());
    let mut out = Vec::new();
    for (i, &c) in b.iter().enumerate() {
        match c {
            b',' | b':' if space_after(i + 1) => out.push((i, i + 1)),
            b';' | b'(' | b')' => out.push((i, i + 1)),
            0xE2 if b.get(i + 1) == Some(&0x80) => match b.get(i + 2) {
                Some(0x94) => out.push((i, i + 3)),
                Some(0x93) if b.get(i + 3).is_some_and(|n| n.is_ascii_whitespace()) => {
                    out.push((i, i + 3))
                }
                _ => {}
            },
            _ => {}
        }
    }
    out
}

/// `clause_breaks` character by character, as it was: what it must equal.
#[cfg(test)]
pub(super) fn clause_breaks_by_char(s: &str) -> Vec<(usize, usize)> {
    let b = s.as_bytes();
    s.char_indices()
        .filter(|&(i, c)| match c {
            ',' | ':' => b.get(i + 1).is_none_or(|n| n.is_ascii_whitespace()),
            ';' | '—' | '(' | ')' => true,
            '–' => b.get(i + 3).is_some_and(|n| n.is_ascii_whitespace()),
            _ => false,
        })
        .map(|(i, c)| (i, i + c.len_utf8()))
        .collect()
}

/// The most figures a sentence may list for its figures to get automatic
/// keys. Reading what a figure counts looks at the figures around it, so a
/// sentence listing thousands (a table pasted as one line) would cost time
/// growing with their square; past this cap its figures get no key, and
/// `work-cap` reports it. Real sentences list a handful.
pub const MAX_FIGURES_PER_SENTENCE: usize = 64;

/// The lower-case view of sentence `s` of a draft, with its clause breaks.
/// `cached` holds views already made (`Ctx::sentence`): the previous
/// sentence's lower case is copied from its view when there is one, being
/// `lower_same_offsets` of the same text.
pub(super) fn sentence_view(
    ex: &Extraction,
    text: &str,
    s: usize,
    cached: &rustc_hash::FxHashMap<usize, std::rc::Rc<Sentence>>,
) -> Option<Sentence> {
    let sent = ex.sentences.get(s)?;
    let raw = text.get(sent.span.start..sent.span.end).unwrap_or("");
    let prev_sentence = s
        .checked_sub(1)
        .and_then(|p| ex.sentences.get(p))
        .filter(|p| p.paragraph == sent.paragraph);
    let prev_start = prev_sentence.map_or(sent.span.start, |p| p.span.start);
    let prev = match (prev_sentence, s.checked_sub(1).and_then(|p| cached.get(&p))) {
        (Some(_), Some(view)) => view.text.clone(),
        _ => lower_same_offsets(
            prev_sentence
                .and_then(|p| text.get(p.span.start..p.span.end))
                .unwrap_or(""),
        ),
    };
    let lower = lower_same_offsets(raw);
    let breaks = clause_breaks(&lower);
    let figures = ex
        .claims_in(sent.span.start, sent.span.end)
        .filter(|(_, c)| c.quantity().is_some_and(|q| q.measure != Measure::Time))
        .count();
    Some(Sentence {
        text: lower,
        start: sent.span.start,
        prev,
        prev_start,
        breaks,
        figures,
    })
}

/// A lower-case view of a sentence with the figure's place in it.
pub(super) struct Sentence {
    /// The sentence, lower case (same byte offsets as the source for ASCII;
    /// offsets below are taken from this string).
    pub(super) text: String,
    /// Where the sentence starts in the document.
    pub(super) start: usize,
    /// The previous sentence in the same paragraph, lower case.
    pub(super) prev: String,
    /// Where it starts in the document.
    pub(super) prev_start: usize,
    /// Its clause breaks (`clause_breaks` of `text`).
    pub(super) breaks: Vec<(usize, usize)>,
    /// How many figures (numeric claims other than times) it holds.
    pub(super) figures: usize,
}

/// The clause of a figure at `at..end` in sentence view `st`.
pub(super) fn clause_of(st: &Sentence, at: usize, end: usize) -> (usize, usize) {
    let from = st
        .breaks
        .iter()
        .rev()
        .find(|b| b.1 <= at)
        .map_or(0, |b| b.1);
    let to = st
        .breaks
        .iter()
        .find(|b| b.0 >= end)
        .map_or(st.text.len(), |b| b.0);
    (from, to)
}
