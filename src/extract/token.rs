//! Word tokens of a sentence, and the nom input type over them.
//!
//! Roles and quotes are patterns over words (`ORG TITLE PERSON`, `“…,” said
//! PERSON`), so their parsers run on tokens rather than characters. A token is
//! a word (with its case shape), a number, a possessive (`’s`) or one
//! punctuation character, with its byte span in the document and whether
//! white space precedes it. `Toks` implements `nom::Input`, so nom's
//! combinators (`alt`, `opt`, `many0`…) compose token parsers as they do
//! character parsers. Tokens own no text beyond a borrowed slice.

use std::iter::Enumerate;
use std::slice::Iter;
use std::sync::OnceLock;

use nom::{IResult, Input, Needed};

use super::wordindex::{WordIndex, lower_hash};
use crate::source::Span;

/// The case shape of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// `company`.
    Lower,
    /// `Amazon`, `Galetti`, `McDonald`.
    Capital,
    /// `CEO`, `AWS`, `AI`: two or more letters, all upper case.
    Upper,
    /// `eXperience`, `iPhone`: lower-case first letter, an upper-case one later.
    Mixed,
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A word, with its case shape.
    Word(Case),
    /// A figure (`14,000`, `2025`).
    Number,
    /// `’s`, `'s`, or a bare `’` after a plural (`companies’`).
    Possessive,
    /// One punctuation or symbol character.
    Punct(char),
}

/// One token of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token's text.
    pub text: &'a str,
    /// Its bytes in the document.
    pub span: Span,
    /// What it is.
    pub kind: Kind,
    /// True when white space separates it from the token before.
    pub space_before: bool,
    /// Hash of the ASCII-lower-cased text (`wordindex::hash_step`), for one-probe lookups.
    pub lower_hash: u64,
}

impl<'a> Token<'a> {
    /// True for a word with an upper-case letter (a name-like word).
    #[inline]
    pub fn is_cap(&self) -> bool {
        matches!(
            self.kind,
            Kind::Word(Case::Capital | Case::Upper | Case::Mixed)
        )
    }

    /// True for a word of any case.
    #[inline]
    pub fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word(_))
    }

    /// True for the punctuation character `c`.
    #[inline]
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// True when the text equals `w`, ignoring ASCII case.
    #[inline]
    pub fn is(&self, w: &str) -> bool {
        self.text.len() == w.len() && self.text.eq_ignore_ascii_case(w)
    }

    /// True for an opening or closing quotation mark.
    #[inline]
    pub fn is_quote_mark(&self) -> bool {
        matches!(
            self.kind,
            Kind::Punct('"' | '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}')
        )
    }
}

/// A lower-case word list asked about tokens: one probe on the token's
/// `lower_hash` instead of `list.iter().any(|w| tok.is(w))`, same answer.
pub(super) struct WordSet {
    list: &'static [&'static str],
    index: OnceLock<WordIndex<()>>,
}

impl WordSet {
    pub(super) const fn new(list: &'static [&'static str]) -> WordSet {
        WordSet {
            list,
            index: OnceLock::new(),
        }
    }

    /// True when `t` is one of the words, ignoring ASCII case (`Token::is`).
    pub(super) fn has(&self, t: &Token<'_>) -> bool {
        let index = self.index.get_or_init(|| {
            let entries: Vec<(&'static str, ())> = self.list.iter().map(|w| (*w, ())).collect();
            WordIndex::new(&entries)
        });
        // Only words carry their hash.
        let h = match t.kind {
            Kind::Word(_) => t.lower_hash,
            _ => lower_hash(t.text.as_bytes()),
        };
        index.get_any_case(h, t.text.as_bytes()).is_some()
    }
}

/// Splits `text[span]` into tokens (spans are offsets into `text`). Bytes are
/// read directly, with a fast path for ASCII; other characters are decoded
/// only where they occur.
pub fn tokenize(text: &str, span: Span) -> Vec<Token<'_>> {
    let b = text.as_bytes();
    // About one token per four bytes of prose (words, their spaces and punctuation).
    let mut out = Vec::with_capacity(span.len() / 4 + 4);
    let mut i = span.start;
    let end = span.end.min(b.len());
    let mut space = true;
    while i < end {
        let c = b[i];
        if CLASS[usize::from(c)] & (LOWER | UPPER) != 0 {
            // An ASCII letter: a word (what the `is_alphanumeric` branch below does).
            let t = word_at(text, i, end, space);
            i = t.span.end;
            out.push(t);
            space = false;
            continue;
        }
        if matches!(c, b' ' | b'\n' | b'\t' | b'\r') {
            space = true;
            i += 1;
            continue;
        }
        let ch = if c < 0x80 {
            char::from(c)
        } else {
            text[i..].chars().next().unwrap_or(' ')
        };
        let len = ch.len_utf8();
        if ch.is_whitespace() {
            space = true;
            i += len;
            continue;
        }
        if ch.is_ascii_digit() {
            let j = number_end(b, i, end);
            out.push(Token {
                text: &text[i..j],
                span: Span::new(i, j),
                kind: Kind::Number,
                space_before: space,
                lower_hash: 0,
            });
            i = j;
        } else if ch.is_alphanumeric() {
            let t = word_at(text, i, end, space);
            i = t.span.end;
            out.push(t);
        } else if is_apostrophe(ch) && !space && possessive_here(&text[..end], i) {
            let plus_s = text[i + len..end].starts_with(['s', 'S']);
            let j = i + len + usize::from(plus_s);
            // `National People's Power`, `Workers' Party`: a collective
            // noun's possessive inside a name is part of the name's word.
            if let Some(last) = out.last_mut()
                && last.span.end == i
                && matches!(last.kind, Kind::Word(_))
                && NAME_POSSESSIVES.contains(&last.text)
                && text[j..end].starts_with(' ')
                && text[j + 1..end].starts_with(|c: char| c.is_uppercase())
            {
                let from = last.span.start;
                last.text = &text[from..j];
                last.span = Span::new(from, j);
                last.lower_hash = lower_hash(&text.as_bytes()[from..j]);
                i = j;
                space = false;
                continue;
            }
            out.push(Token {
                text: &text[i..j],
                span: Span::new(i, j),
                kind: Kind::Possessive,
                space_before: false,
                lower_hash: 0,
            });
            i = j;
        } else {
            out.push(Token {
                text: &text[i..i + len],
                span: Span::new(i, i + len),
                kind: Kind::Punct(ch),
                space_before: space,
                lower_hash: 0,
            });
            i += len;
        }
        space = false;
    }
    out
}

/// The word token at `i` (a letter or digit that is not an ASCII digit).
/// Collective nouns whose possessive stands inside a name (`People's
/// Bank`, `Women's World Cup`, `Workers' Party`), capitalised.
const NAME_POSSESSIVES: &[&str] = &[
    "People",
    "Workers",
    "Women",
    "Men",
    "Children",
    "Farmers",
    "Citizens",
    "Veterans",
    "Teachers",
    "Nurses",
    "Employees",
    "Consumers",
    "Peoples",
];

#[inline]
fn word_at(text: &str, i: usize, end: usize, space: bool) -> Token<'_> {
    let (j, case, hash) = match ascii_word(text, i, end) {
        Some(fast) => fast,
        None => {
            let j = word_end(text, i, end);
            (j, case_of(&text[i..j]), lower_hash(&text.as_bytes()[i..j]))
        }
    };
    Token {
        text: &text[i..j],
        span: Span::new(i, j),
        kind: Kind::Word(case),
        space_before: space,
        lower_hash: hash,
    }
}

/// Classes of bytes for the word loop: ASCII lower-case letters, upper-case
/// letters and digits (0 for every other byte).
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const DIGIT: u8 = 4;
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = match c as u8 {
            b'a'..=b'z' => LOWER,
            b'A'..=b'Z' => UPPER,
            b'0'..=b'9' => DIGIT,
            _ => 0,
        };
        c += 1;
    }
    t
};

/// End of the figure at `i`: digits, with `,` or `.` between digits.
fn number_end(b: &[u8], i: usize, end: usize) -> usize {
    let mut j = i;
    while j < end {
        let c = b[j];
        let sep =
            (c == b',' || c == b'.') && b.get(j + 1).is_some_and(u8::is_ascii_digit) && j + 1 < end;
        if !(c.is_ascii_digit() || sep) {
            break;
        }
        j += 1;
    }
    j
}

/// An all-ASCII word at `i` read in one pass: its end, case and lower-case hash.
/// `None` when the word has a non-ASCII letter or an apostrophe inside it
/// (the slow path reads it); an apostrophe after it (`Amazon’s`) ends it here.
fn ascii_word(text: &str, i: usize, end: usize) -> Option<(usize, Case, u64)> {
    let b = &text.as_bytes()[..end];
    let first = b[i];
    let (mut j, mut h, mut rest) = (i, super::wordindex::HASH_SEED, 0u8);
    if CLASS[usize::from(first)] != 0 {
        // ASCII letters and digits: `| 0x20` lower-cases a letter and keeps a digit.
        h = super::wordindex::hash_step(h, first | 0x20);
        j += 1;
        while let Some(&c) = b.get(j) {
            let class = CLASS[usize::from(c)];
            if class == 0 {
                break;
            }
            rest |= class;
            h = super::wordindex::hash_step(h, c | 0x20);
            j += 1;
        }
    }
    if let Some(&c) = b.get(j)
        && (c >= 0x80 || c == b'\'')
    {
        // A non-ASCII letter or an apostrophe may continue the word: read it the slow way.
        let next = std::str::from_utf8(&b[j..end.min(j + 4)]).ok().or_else(|| {
            (1..4)
                .rev()
                .find_map(|n| std::str::from_utf8(b.get(j..j + n)?).ok())
        });
        let ch = next.and_then(|s| s.chars().next()).unwrap_or(' ');
        // `word_end` goes on past an apostrophe only where `continues_word` says so.
        if ch.is_alphanumeric() || (is_apostrophe(ch) && continues_word(&text[..end], j)) {
            return None;
        }
    }
    let (upper_after, lower_after) = (rest & UPPER != 0, rest & LOWER != 0);
    let case = if first.is_ascii_uppercase() {
        if upper_after && !lower_after {
            Case::Upper
        } else {
            Case::Capital
        }
    } else if upper_after {
        Case::Mixed
    } else {
        Case::Lower
    };
    Some((j, case, h))
}

/// End of the word at `i`: letters and digits, and apostrophes inside a word.
fn word_end(text: &str, i: usize, end: usize) -> usize {
    let b = text.as_bytes();
    let mut j = i;
    while j < end {
        let c = b[j];
        if c.is_ascii_alphanumeric() {
            j += 1;
            continue;
        }
        let ch = if c < 0x80 {
            char::from(c)
        } else {
            text[j..].chars().next().unwrap_or(' ')
        };
        if ch.is_alphanumeric() || (is_apostrophe(ch) && continues_word(&text[..end], j)) {
            j += ch.len_utf8();
        } else {
            break;
        }
    }
    j
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// An apostrophe inside a word (`we’ve`, `O’Brien`), not a possessive `’s`.
fn continues_word(s: &str, at: usize) -> bool {
    let rest = &s[at..];
    let after = rest.chars().nth(1);
    let after2 = rest.chars().nth(2);
    match after {
        Some('s' | 'S') => after2.is_some_and(char::is_alphanumeric),
        Some(c) => c.is_alphabetic(),
        None => false,
    }
}

/// `’s` after a word, or `’` after a plural in `s` (`companies’ `).
fn possessive_here(s: &str, at: usize) -> bool {
    let prev = s[..at].chars().next_back();
    let mut after = s[at..].chars().skip(1);
    match (after.next(), after.next()) {
        (Some('s' | 'S'), Some(d)) if !d.is_alphanumeric() => true,
        (Some('s' | 'S'), None) => true,
        (first, _) => prev == Some('s') && !first.is_some_and(char::is_alphanumeric),
    }
}

fn case_of(word: &str) -> Case {
    let (mut first, mut rest_upper, mut rest_lower) = (None, 0, 0);
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        match first {
            None => first = Some(c),
            Some(_) if c.is_uppercase() => rest_upper += 1,
            Some(_) if c.is_lowercase() => rest_lower += 1,
            Some(_) => {}
        }
    }
    let Some(first) = first else {
        return Case::Lower;
    };
    if first.is_uppercase() {
        if rest_lower == 0 && rest_upper > 0 {
            Case::Upper
        } else {
            Case::Capital
        }
    } else if rest_upper > 0 {
        Case::Mixed
    } else {
        Case::Lower
    }
}

/// A slice of tokens as nom input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Toks<'t, 'a>(pub &'t [Token<'a>]);

impl<'t, 'a> Toks<'t, 'a> {
    /// The first token, if any.
    pub fn first(&self) -> Option<&'t Token<'a>> {
        self.0.first()
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when no tokens are left.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'t, 'a> Input for Toks<'t, 'a> {
    type Item = &'t Token<'a>;
    type Iter = Iter<'t, Token<'a>>;
    type IterIndices = Enumerate<Iter<'t, Token<'a>>>;

    fn input_len(&self) -> usize {
        self.0.len()
    }

    fn take(&self, index: usize) -> Self {
        Toks(&self.0[..index])
    }

    fn take_from(&self, index: usize) -> Self {
        Toks(&self.0[index..])
    }

    fn take_split(&self, index: usize) -> (Self, Self) {
        let (prefix, suffix) = self.0.split_at(index);
        (Toks(suffix), Toks(prefix))
    }

    fn position<P>(&self, predicate: P) -> Option<usize>
    where
        P: Fn(Self::Item) -> bool,
    {
        self.0.iter().position(predicate)
    }

    fn iter_elements(&self) -> Self::Iter {
        self.0.iter()
    }

    fn iter_indices(&self) -> Self::IterIndices {
        self.0.iter().enumerate()
    }

    fn slice_index(&self, count: usize) -> Result<usize, Needed> {
        if self.0.len() >= count {
            Ok(count)
        } else {
            Err(Needed::new(count - self.0.len()))
        }
    }
}

/// Result type of token parsers.
pub type TResult<'t, 'a, O> = IResult<Toks<'t, 'a>, O>;

/// One token satisfying `pred`.
pub fn tok<'t, 'a: 't>(
    pred: impl Fn(&Token<'a>) -> bool,
) -> impl Fn(Toks<'t, 'a>) -> TResult<'t, 'a, &'t Token<'a>> {
    move |i: Toks<'t, 'a>| match i.0.first() {
        Some(t) if pred(t) => Ok((Toks(&i.0[1..]), t)),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// The word `w` in any case.
pub fn word<'t, 'a: 't>(
    w: &'static str,
) -> impl Fn(Toks<'t, 'a>) -> TResult<'t, 'a, &'t Token<'a>> {
    tok(move |t| t.is_word() && t.is(w))
}

/// The punctuation character `c`.
pub fn punct<'t, 'a: 't>(c: char) -> impl Fn(Toks<'t, 'a>) -> TResult<'t, 'a, &'t Token<'a>> {
    tok(move |t| t.is_punct(c))
}

/// A failure at `i`.
pub fn fail<'t, 'a, O>(i: Toks<'t, 'a>) -> TResult<'t, 'a, O> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

/// How many tokens the parser consumed.
pub fn consumed(before: Toks<'_, '_>, after: Toks<'_, '_>) -> usize {
    before.0.len() - after.0.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<(String, Kind)> {
        tokenize(s, Span::new(0, s.len()))
            .into_iter()
            .map(|t| (t.text.to_string(), t.kind))
            .collect()
    }

    #[test]
    fn keeps_a_collective_possessive_inside_a_name() {
        let k = kinds("National People's Power and the Workers' Party");
        assert_eq!(k[1].0, "People's");
        assert_eq!(k[5].0, "Workers'");
        // Before a lower-case word it is a possessive as any other.
        let k = kinds("the People's choice");
        assert_eq!(k[2], ("'s".into(), Kind::Possessive));
    }

    #[test]
    fn splits_possessives_from_names() {
        let k = kinds("Amazon’s CEO and Apple's");
        assert_eq!(k[0], ("Amazon".into(), Kind::Word(Case::Capital)));
        assert_eq!(k[1], ("’s".into(), Kind::Possessive));
        assert_eq!(k[2], ("CEO".into(), Kind::Word(Case::Upper)));
        assert_eq!(k[5], ("'s".into(), Kind::Possessive));
    }

    #[test]
    fn keeps_contractions_and_irish_names_whole() {
        let k = kinds("We’ve met O’Brien.");
        assert_eq!(k[0].0, "We’ve");
        assert_eq!(k[2].0, "O’Brien");
    }

    #[test]
    fn mixed_case_words_are_marked() {
        assert_eq!(kinds("eXperience")[0].1, Kind::Word(Case::Mixed));
    }

    #[test]
    fn numbers_keep_their_separators() {
        assert_eq!(kinds("cut 14,000 jobs")[1], ("14,000".into(), Kind::Number));
    }

    #[test]
    fn hyphens_and_quotes_are_their_own_tokens() {
        let k = kinds("ex-CEO “no”");
        assert_eq!(k[1].1, Kind::Punct('-'));
        assert_eq!(k[3].1, Kind::Punct('\u{201c}'));
    }

    /// The one-pass ASCII reading gives what the general one does, wherever it answers.
    #[test]
    fn the_ascii_word_path_agrees_with_the_general_one() {
        let text = "Amazon’s CEO eXperience iPhone FY25 USD115 we’ve O’Brien don't x \
                    rock'n'roll Zürich naïve AWS’ s’ Ab1c ABC1 a1B 1abc é Éa aÉ q' Q’s Q’S;";
        let mut seen = 0;
        for (i, _) in text.char_indices() {
            for end in (i + 1..=text.len()).filter(|&e| text.is_char_boundary(e)) {
                let Some((j, case, h)) = ascii_word(text, i, end) else {
                    continue;
                };
                // `tokenize` reads a word from a letter (digits start figures).
                if !text[i..].starts_with(char::is_alphabetic) {
                    continue;
                }
                let k = word_end(text, i, end);
                assert_eq!(
                    (j, case, h),
                    (k, case_of(&text[i..k]), lower_hash(&text.as_bytes()[i..k])),
                    "{i}..{end}"
                );
                seen += 1;
            }
        }
        assert!(seen > 1000, "{seen}");
    }
}
