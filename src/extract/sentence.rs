//! Sentences and paragraphs of one document's prose.
//!
//! Splits at `.`, `!`, `?` (and a closing quote after them) followed by space
//! and an upper-case letter, digit or quote, except after abbreviations and
//! initials (`Mr.`, `Inc.`, `U.S.`, `J.`); at every line break in one-paragraph-
//! a-line text; and at blank lines. Hard-wrapped plain text (most line breaks
//! followed by a lower-case word) keeps single line breaks inside sentences.
//! It does not try to parse: a wrong split only narrows the context a claim sees.

use std::sync::OnceLock;

use super::wordindex::WordIndex;
use crate::source::Span;

/// One sentence: its span (trimmed of surrounding space) and its paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Sentence {
    /// The sentence's bytes.
    pub span: Span,
    /// Index of the paragraph (a line, or a block between blank lines) it belongs to.
    pub paragraph: u32,
    /// True for the draft's headline: the first sentence, alone in its
    /// paragraph, with no full stop at its end.
    pub headline: bool,
}

/// Words that end with a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "corp", "co", "ltd", "llc", "plc",
    "bros", "vs", "etc", "e.g", "i.e", "no", "nos", "nr", "nrs", "gov", "sen", "rep", "gen", "lt",
    "col", "sgt", "capt", "cmdr", "adm", "rev", "hon", "pres", "supt", "dept", "univ", "approx",
    "est", "fig", "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "u.s", "u.k", "u.n", "e.u",
    "a.m", "p.m", "ft", "mt", "ave", "blvd", "rd", "op", "cf", "al", "rt", "engr", "atty", "maj",
    "cpl", "cdr", "brig", "insp",
];

static ABBREVIATION_INDEX: OnceLock<WordIndex<()>> = OnceLock::new();

fn abbreviations() -> &'static WordIndex<()> {
    ABBREVIATION_INDEX.get_or_init(|| {
        let entries: Vec<(&'static str, ())> = ABBREVIATIONS.iter().map(|a| (*a, ())).collect();
        WordIndex::new(&entries)
    })
}

/// True when a single newline in `text` more often continues a sentence than ends one.
fn is_hard_wrapped(text: &str) -> bool {
    let b = text.as_bytes();
    let (mut single, mut continued) = (0usize, 0usize);
    for i in memchr::memchr_iter(b'\n', b) {
        let next = b.get(i + 1).copied().unwrap_or(b'\n');
        let prev = if i > 0 { b[i - 1] } else { b'\n' };
        if next == b'\n' || prev == b'\n' || next == b'\r' {
            continue;
        }
        single += 1;
        if next.is_ascii_lowercase() {
            continued += 1;
        }
    }
    single >= 3 && continued * 3 >= single
}

/// Splits `text` into sentences.
pub fn split(text: &str) -> Vec<Sentence> {
    let b = text.as_bytes();
    let wrapped = is_hard_wrapped(text);
    let mut out = Vec::new();
    let mut para = 0u32;
    let mut start = 0usize;
    let mut i = 0usize;
    // Only line breaks and `.`, `!`, `?` can end a sentence: jump between them.
    let mut marks = Marks::default();
    while let Some(at) = marks.next(b, i) {
        i = at;
        if b[i] == b'\n' {
            let blank = next_line_blank(b, i);
            if blank || !wrapped {
                push(text, start, i, para, &mut out);
                // A paragraph is numbered once, however many blank lines follow it.
                if out.last().is_some_and(|s| s.paragraph == para) {
                    para += 1;
                }
                start = i + 1;
            }
            i += 1;
            continue;
        }
        if ends_sentence(text, i) {
            let mut end = i + 1;
            while end < b.len() && is_closer(text, end) {
                end += closer_len(text, end);
            }
            push(text, start, end, para, &mut out);
            start = end;
            i = end;
            continue;
        }
        i += 1;
    }
    push(text, start, b.len(), para, &mut out);
    mark_headline(text, &mut out);
    out
}

/// Marks the first sentence as the headline when it stands alone in its
/// paragraph and ends with no full stop, `!` or `?`.
fn mark_headline(text: &str, out: &mut [Sentence]) {
    let alone = out
        .get(1)
        .is_none_or(|next| Some(next.paragraph) != out.first().map(|f| f.paragraph));
    if let Some(first) = out.first_mut() {
        let words = text
            .get(first.span.start..first.span.end)
            .unwrap_or("")
            .trim_end();
        first.headline = alone && !words.ends_with(['.', '!', '?']);
    }
}

/// Finds line breaks and terminal marks, remembering the next of each so a
/// long line is scanned once, not once per period.
#[derive(Default)]
struct Marks {
    terminal: Option<Option<usize>>,
    newline: Option<Option<usize>>,
}

impl Marks {
    /// The next line break or `.`, `!`, `?` at or after `from`.
    fn next(&mut self, b: &[u8], from: usize) -> Option<usize> {
        let find = |cached: &mut Option<Option<usize>>, f: &dyn Fn(&[u8]) -> Option<usize>| {
            match *cached {
                Some(Some(p)) if p >= from => Some(p),
                Some(None) => None,
                _ => {
                    let found = b.get(from..).and_then(f).map(|x| from + x);
                    *cached = Some(found);
                    found
                }
            }
        };
        let t = find(&mut self.terminal, &|r| {
            memchr::memchr3(b'.', b'!', b'?', r)
        });
        let n = find(&mut self.newline, &|r| memchr::memchr(b'\n', r));
        match (t, n) {
            (Some(t), Some(n)) => Some(t.min(n)),
            (Some(x), None) | (None, Some(x)) => Some(x),
            (None, None) => None,
        }
    }
}

/// True when the line after the newline at `i` holds only white space.
fn next_line_blank(b: &[u8], i: usize) -> bool {
    let mut j = i + 1;
    while j < b.len() && (b[j] == b' ' || b[j] == b'\t' || b[j] == b'\r') {
        j += 1;
    }
    j >= b.len() || b[j] == b'\n'
}

fn is_closer(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    rest.starts_with('"')
        || rest.starts_with('\'')
        || rest.starts_with('\u{201d}')
        || rest.starts_with('\u{2019}')
        || rest.starts_with(')')
}

fn closer_len(text: &str, at: usize) -> usize {
    text[at..].chars().next().map(char::len_utf8).unwrap_or(1)
}

/// Decides whether the terminal mark at `i` ends a sentence.
fn ends_sentence(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    let mut j = i + 1;
    while j < b.len() && is_closer(text, j) {
        j += closer_len(text, j);
    }
    // Must be followed by white space (or the end), then something that can open a sentence.
    if j < b.len() && !(b[j] == b' ' || b[j] == b'\t' || b[j] == b'\n' || b[j] == b'\r') {
        return false;
    }
    let mut k = j;
    while k < b.len() && (b[k] == b' ' || b[k] == b'\t') {
        k += 1;
    }
    if k < b.len() && b[k] != b'\n' {
        let next = text[k..].chars().next().unwrap_or(' ');
        let opens = next.is_uppercase()
            || next.is_ascii_digit()
            || matches!(
                next,
                '"' | '\u{201c}'
                    | '\u{2018}'
                    | '\''
                    | '('
                    | '['
                    | '$'
                    | '€'
                    | '£'
                    | '–'
                    | '—'
                    | '-'
                    | '*'
                    | '#'
            );
        if !opens {
            return false;
        }
    }
    if b[i] != b'.' {
        return true;
    }
    // The word before the period: an abbreviation or an initial does not end a sentence.
    let word_start = text[..i]
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map(|p| p + text[p..].chars().next().map(char::len_utf8).unwrap_or(1))
        .unwrap_or(0);
    let word = &text[word_start..i];
    if word.is_empty() {
        return true;
    }
    let mut buf = [0u8; 8];
    let abbreviation = word.len() <= buf.len() && {
        for (o, b) in buf.iter_mut().zip(word.bytes()) {
            *o = b.to_ascii_lowercase();
        }
        abbreviations().get(&buf[..word.len()]).is_some()
    };
    if abbreviation {
        // `No.`, `Nr.` abbreviate only before a figure (`No. 1`); `said no.` ends a sentence.
        let numbering = matches!(&buf[..word.len()], b"no" | b"nos" | b"nr" | b"nrs");
        let digit_next = text[i + 1..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit());
        if !numbering || digit_next {
            return false;
        }
    }
    // `J.` (an initial) or `U.S.`-style dotted letters.
    let initials = word
        .split('.')
        .all(|l| l.chars().count() == 1 && l.chars().all(char::is_uppercase));
    if initials {
        return false;
    }
    true
}

fn push(text: &str, start: usize, end: usize, para: u32, out: &mut Vec<Sentence>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return;
    }
    let st = start + lead;
    out.push(Sentence {
        span: Span::new(st, st + trimmed.len()),
        paragraph: para,
        headline: false,
    });
}

/// Index of the sentence holding byte `offset` (the last one starting at or before it).
pub fn sentence_at(sentences: &[Sentence], offset: usize) -> usize {
    match sentences.binary_search_by(|s| s.span.start.cmp(&offset)) {
        Ok(i) => i,
        Err(0) => 0,
        Err(i) => i - 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        split(t)
            .iter()
            .map(|s| &t[s.span.start..s.span.end])
            .collect()
    }

    #[test]
    fn splits_at_periods_before_capitals() {
        assert_eq!(
            texts("It fell. Then it rose."),
            vec!["It fell.", "Then it rose."]
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials_inside() {
        assert_eq!(
            texts("Amazon.com Inc. said Mr. J. Smith left the U.S. office. He went."),
            vec![
                "Amazon.com Inc. said Mr. J. Smith left the U.S. office.",
                "He went."
            ]
        );
    }

    #[test]
    fn a_headline_line_is_its_own_sentence() {
        let t = "Amazon Announces 14,000 Job Cuts\nAmazon is laying off staff.";
        assert_eq!(texts(t).len(), 2);
        assert_eq!(split(t)[1].paragraph, 1);
    }

    #[test]
    fn blank_lines_number_paragraphs_consecutively() {
        let p: Vec<u32> = split("One.\n\n\nTwo.\n\nThree.")
            .iter()
            .map(|s| s.paragraph)
            .collect();
        assert_eq!(p, vec![0, 1, 2]);
    }

    #[test]
    fn hard_wrapped_text_joins_lines() {
        let t = "The company said it\nwould cut jobs and\nreduce costs in the\nnext year. It did.";
        assert_eq!(
            texts(t),
            vec![
                "The company said it\nwould cut jobs and\nreduce costs in the\nnext year.",
                "It did."
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            texts("He said “no.” She left."),
            vec!["He said “no.”", "She left."]
        );
    }

    #[test]
    fn decimals_do_not_split() {
        assert_eq!(texts("It was 39.5% in Q1."), vec!["It was 39.5% in Q1."]);
    }
}
