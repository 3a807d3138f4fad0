//! Extraction: one document's prose → its claims. Pure and per-document.
//!
//! Runs the sentence splitter and the claim recognisers over one document and
//! returns plain data. It never looks at another document, at rule sets or at
//! the terminal, so documents are extracted in parallel and the result can be
//! printed as the "map" half of a sharded run (`factlint claims`).

pub mod change_start;
pub mod comparison;
mod compound;
pub mod dateline;
pub mod entity;
pub mod given;
pub mod lexicon;
pub mod links;
pub mod located;
pub mod names;
pub mod number;
pub mod people;
pub mod phrase;
pub mod quantity;
pub mod quote;
pub mod relation;
pub mod role;
pub mod sentence;
pub mod space;
pub mod time;
pub mod titles;
pub mod token;
pub mod wordindex;

use std::borrow::Cow;

use crate::claim::{Claim, ClaimKind, Relation};
use crate::markdown;
use crate::source::{DocId, Document, Format};

pub use quantity::NumberOptions;
pub use sentence::Sentence;

/// Options of extraction.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ExtractOptions {
    /// Options of the number grammar.
    pub numbers: NumberOptions,
}

/// The claims of one document and the sentences they sit in.
#[derive(Clone, Debug)]
pub struct Extraction {
    /// The document.
    pub doc: DocId,
    /// Its sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Its claims, sorted by span.
    pub claims: Vec<Claim>,
    /// The arithmetic its sentences state between claims (indexes into `claims`).
    pub relations: Vec<Relation>,
    /// A draft's prose (Markdown markup and datelines blanked, same offsets),
    /// computed once here, kept as the bytes it blanks; `None` when that is
    /// the text itself.
    pub prose: Option<Prose>,
}

/// Where a draft's prose differs from its text: `len` bytes from `start`,
/// each replaced by `byte`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Blank {
    /// First byte replaced.
    pub start: usize,
    /// How many bytes.
    pub len: usize,
    /// The byte they all become (a space or a line break).
    pub byte: u8,
}

/// How an extraction keeps its prose. Markdown and dateline blanking only
/// turn bytes into spaces or line breaks, so the prose is kept as those
/// runs, a few hundred bytes, not a second copy of the draft (on an archive
/// that copy was about a twelfth of the run's memory, held for the whole
/// run); `Extraction::prose` rebuilds it for the stage that reads it.
#[derive(Clone, Debug, PartialEq)]
pub enum Prose {
    /// The text with these runs replaced (same length).
    Blanks(Vec<Blank>),
    /// A prose of another length than the text (never made by the blanking
    /// this module does; kept whole should it ever be).
    Whole(String),
}

impl Prose {
    /// `prose` kept against `text`: the runs where it differs when the two
    /// have the same length, else whole.
    pub fn of(prose: String, text: &str) -> Prose {
        let (p, t) = (prose.as_bytes(), text.as_bytes());
        if p.len() != t.len() {
            return Prose::Whole(prose);
        }
        let mut runs: Vec<Blank> = Vec::new();
        let mut i = 0;
        while let Some(start) = next_difference(p, t, i) {
            let byte = p[start];
            i = start;
            while i < p.len() && p[i] == byte && t[i] != byte {
                i += 1;
            }
            match runs.last_mut() {
                // Bytes between the two runs that already are what both
                // write (spaces between blanked words): one run over all.
                Some(r)
                    if r.byte == byte && t[r.start + r.len..start].iter().all(|&c| c == byte) =>
                {
                    r.len = i - r.start;
                }
                _ => runs.push(Blank {
                    start,
                    len: i - start,
                    byte,
                }),
            }
        }
        runs.shrink_to_fit();
        Prose::Blanks(runs)
    }

    /// The prose over `text`: the text with the runs applied. Runs that do
    /// not fit the text, or a result that is not UTF-8 (neither can come
    /// from extraction; the claims cache checks what it reads), give the
    /// text unchanged rather than a panic.
    fn apply<'a>(&'a self, text: &'a str) -> Cow<'a, str> {
        let runs = match self {
            Prose::Whole(p) => return Cow::Borrowed(p),
            Prose::Blanks(runs) if runs.is_empty() => return Cow::Borrowed(text),
            Prose::Blanks(runs) => runs,
        };
        if let Some(prose) = Self::spliced(runs, text) {
            debug_assert_eq!(Self::filled(runs, text), prose);
            return Cow::Owned(prose);
        }
        Self::filled(runs, text)
    }

    /// `text` with the runs written over it, checked for UTF-8.
    fn filled<'a>(runs: &[Blank], text: &'a str) -> Cow<'a, str> {
        let mut bytes = text.as_bytes().to_vec();
        for r in runs {
            let Some(span) = r
                .start
                .checked_add(r.len)
                .and_then(|end| bytes.get_mut(r.start..end))
            else {
                return Cow::Borrowed(text);
            };
            span.fill(r.byte);
        }
        String::from_utf8(bytes).map_or(Cow::Borrowed(text), Cow::Owned)
    }

    /// True when the runs are in order, apart, inside the text, on character
    /// boundaries and of an ASCII byte (what `spliced` checks as it goes).
    fn whole_chars(runs: &[Blank], text: &str) -> bool {
        let mut at = 0;
        runs.iter().all(|r| {
            let Some(end) = r.start.checked_add(r.len) else {
                return false;
            };
            let ok = r.start >= at
                && r.byte.is_ascii()
                && text.is_char_boundary(r.start)
                && text.is_char_boundary(end);
            at = end;
            ok
        })
    }

    /// What `apply` makes, built from the text's pieces between the runs
    /// with no UTF-8 check of the result, when the runs (the usual case)
    /// are in order, apart, inside the text, on character boundaries and
    /// of an ASCII byte: whole characters replaced by ASCII, so the result
    /// is UTF-8 and equal to `apply`'s. `None` otherwise.
    fn spliced(runs: &[Blank], text: &str) -> Option<String> {
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for r in runs {
            let end = r.start.checked_add(r.len)?;
            let ok = r.start >= at
                && r.byte.is_ascii()
                && text.is_char_boundary(r.start)
                && text.is_char_boundary(end)
                && end <= text.len();
            if !ok {
                return None;
            }
            out.push_str(&text[at..r.start]);
            out.extend(std::iter::repeat_n(char::from(r.byte), r.len));
            at = end;
        }
        out.push_str(&text[at..]);
        Some(out)
    }
}

/// How far into a draft its byline may stand, in bytes.
const BYLINE_REACH: usize = 600;

impl Extraction {
    /// True when sentence `s` is the draft's headline (marked by `sentence::split`).
    pub fn is_headline(&self, s: usize) -> bool {
        self.sentences.get(s).is_some_and(|x| x.headline)
    }

    /// The first date with a day and a year in the draft's first lines, where
    /// a byline gives the day it was written (`Thursday 15 June 2023, 18:05
    /// BST`, `Updated: September 16, 2023`).
    pub fn byline_date(&self) -> Option<&crate::claim::TimeLabel> {
        use crate::claim::TimeLabel;
        self.claims
            .iter()
            .take_while(|c| c.span.start < BYLINE_REACH)
            .find_map(|c| match c.quantity()?.period.as_ref()? {
                d @ TimeLabel::Date {
                    year: Some(_),
                    day: Some(_),
                    ..
                } => Some(d),
                _ => None,
            })
    }

    /// The prose the claims were read from: `doc`'s text, or with its
    /// Markdown markup and datelines blanked (byte offsets unchanged),
    /// rebuilt from the blanked runs (a copy of the draft, for as long as
    /// the caller holds it: read it one draft at a time).
    pub fn prose<'a>(&'a self, doc: &'a Document) -> Cow<'a, str> {
        match &self.prose {
            None => Cow::Borrowed(&doc.text),
            Some(p) => p.apply(&doc.text),
        }
    }

    /// `prose(doc).get(from..to)`, without rebuilding the whole prose for
    /// one stretch of it: the text's bytes there with the runs reaching into
    /// them written over, when the runs are whole characters (as `spliced`
    /// needs), and `None` where `get` gives none: an end past the text or
    /// not on a character boundary of the prose.
    pub fn prose_slice<'a>(
        &'a self,
        doc: &'a Document,
        from: usize,
        to: usize,
    ) -> Option<Cow<'a, str>> {
        let runs = match &self.prose {
            Some(Prose::Blanks(runs)) if Prose::whole_chars(runs, &doc.text) => runs,
            _ => {
                return match self.prose(doc) {
                    Cow::Borrowed(p) => p.get(from..to).map(Cow::Borrowed),
                    Cow::Owned(p) => p.get(from..to).map(|s| Cow::Owned(s.to_string())),
                };
            }
        };
        // A place is a boundary of the prose where it is one of the text, or
        // inside a run (written in ASCII); an empty stretch is asked this too.
        let boundary = |p: usize| {
            doc.text.is_char_boundary(p) || runs.iter().any(|r| r.start < p && p < r.start + r.len)
        };
        if !(boundary(from) && boundary(to)) {
            return None;
        }
        let mut bytes = doc.text.as_bytes().get(from..to)?.to_vec();
        let first = runs.partition_point(|r| r.start + r.len <= from);
        for r in runs[first..].iter().take_while(|r| r.start < to) {
            let (a, b) = (r.start.max(from), (r.start + r.len).min(to));
            bytes[a - from..b - from].fill(r.byte);
        }
        let out = String::from_utf8(bytes).ok().map(Cow::Owned);
        debug_assert_eq!(out.as_deref(), self.prose(doc).get(from..to));
        out
    }

    /// The claims lying wholly in `[from, to)` of the document, with their
    /// indexes, found by binary search (claims are sorted by start): a figure
    /// looks at its own sentence without scanning the whole draft.
    pub fn claims_in(&self, from: usize, to: usize) -> impl Iterator<Item = (usize, &Claim)> {
        let first = self.claims.partition_point(|c| c.span.start < from);
        self.claims[first..]
            .iter()
            .enumerate()
            .take_while(move |(_, c)| c.span.start < to)
            .filter(move |(_, c)| c.span.end <= to)
            .map(move |(i, c)| (first + i, c))
    }
}

/// The first index from `from` where `a` and `b` differ (same lengths),
/// comparing 64 bytes at a time where they agree.
fn next_difference(a: &[u8], b: &[u8], from: usize) -> Option<usize> {
    const STRIDE: usize = 64;
    let mut i = from;
    while i + STRIDE <= a.len() && a[i..i + STRIDE] == b[i..i + STRIDE] {
        i += STRIDE;
    }
    (i..a.len()).find(|&j| a[j] != b[j])
}

/// The prose of a document: the text itself, or Markdown with markup blanked.
pub fn prose(doc: &Document) -> Cow<'_, str> {
    match doc.format {
        Format::Text => Cow::Borrowed(&doc.text),
        Format::Markdown => Cow::Owned(markdown::prose(&doc.text)),
    }
}

/// Extracts every claim of one document.
pub fn extract(doc: &Document, opts: &ExtractOptions) -> Extraction {
    // Debug builds only: lets the tests prove a failing draft is skipped and named.
    #[cfg(debug_assertions)]
    if std::env::var_os("FACTLINT_DEBUG_FAIL_ON")
        .is_some_and(|name| doc.path.ends_with(name.to_string_lossy().as_ref()))
    {
        panic!("FACTLINT_DEBUG_FAIL_ON names this draft");
    }
    let text = prose(doc);
    let text = match dateline::blank(&text) {
        Some(blanked) => Cow::Owned(blanked),
        None => text,
    };
    let text = match links::blank(&text) {
        Some(blanked) => Cow::Owned(blanked),
        None => text,
    };
    let sentences = sentence::split(&text);
    // The number grammar reads a sentence wrapped over lines as one line
    // (`48.2% of` / `the vote`): what a figure counts is in the words after it.
    let flat = soft_breaks_as_spaces(&text, &sentences);
    let mut found = quantity::scan(&flat, &sentences, opts.numbers);
    compound::join_durations(&mut found, &flat);
    drop(flat);
    quantity::table_units::apply(&doc.text, &mut found);
    let mut claims: Vec<Claim> = found
        .into_iter()
        .map(|mut f| {
            f.quantity.comparison = comparison::is_comparison(&text, f.span)
                || (f.quantity.range.is_none()
                    && (change_start::after_from_in_change(&text, f.span)
                        || change_start::before_an_arrow(&text, f.span)));
            Claim {
                doc: doc.id,
                span: f.span,
                sentence: sentence::sentence_at(&sentences, f.span.start) as u32,
                kind: ClaimKind::Quantity(crate::claim::SharedQuantity::new(f.quantity)),
            }
        })
        .collect();
    let toks: Vec<Vec<token::Token<'_>>> = sentences
        .iter()
        .map(|s| token::tokenize(&text, s.span))
        .collect();
    // A month's abbreviation opening a date (`Sept. 18`, `Feb 1`) is the
    // date's, not an organisation's name.
    // Times in text order, found by binary search for each name.
    let mut times: Vec<crate::source::Span> = claims
        .iter()
        .filter(|c| {
            c.quantity()
                .is_some_and(|q| q.measure == crate::claim::Measure::Time)
        })
        .map(|c| c.span)
        .collect();
    times.sort_by_key(|t| t.start);
    let in_a_time = |s: crate::source::Span| {
        let k = times.partition_point(|t| t.start <= s.start);
        k > 0 && s.end <= times[k - 1].end
    };
    claims.extend(
        people::claims(doc.id, &text, &sentences, &toks)
            .into_iter()
            .filter(|c| !matches!(c.kind, ClaimKind::Entity(_)) || !in_a_time(c.span)),
    );
    drop_number_words_in_names(&mut claims, &text);
    claims.sort_by_key(|c| (c.span.start, c.span.end, c.kind_name()));
    let relations = relation::find(&text, &claims);
    let prose = match text {
        Cow::Owned(p) => Some(Prose::of(p, &doc.text)),
        Cow::Borrowed(_) => None,
    };
    Extraction {
        doc: doc.id,
        sentences,
        claims,
        relations,
        prose,
    }
}

/// A number written as a word inside a name (`Capital One`, `Formula One`,
/// `Channel Four`) is the name's, not a count: dropped.
fn drop_number_words_in_names(claims: &mut Vec<Claim>, text: &str) {
    let mut names: Vec<crate::source::Span> = claims
        .iter()
        .filter(|c| matches!(c.kind, ClaimKind::Entity(_)))
        .map(|c| c.span)
        .collect();
    if names.is_empty() {
        return;
    }
    names.sort_by_key(|s| s.start);
    // Inside a name, after a word of it in the same sentence: `Runway C.
    // Five of the six crew`, read as one name over a sentence's end, keeps
    // its `Five`.
    let in_a_name = |s: crate::source::Span| {
        let k = names.partition_point(|n| n.start <= s.start);
        names[..k].iter().rev().take(4).any(|n| {
            s.end <= n.end
                && n.start < s.start
                && text
                    .get(n.start..s.start)
                    .is_some_and(|before| !before.contains(". ") && !before.contains('\n'))
        })
    };
    claims.retain(|c| {
        c.quantity()
            .is_none_or(|q| q.measure == crate::claim::Measure::Time)
            || !text
                .get(c.span.start..c.span.end)
                .is_some_and(|w| w.chars().all(char::is_alphabetic))
            || !in_a_name(c.span)
    });
}

/// `text` with every line break inside a sentence (a line wrapped in the
/// middle of it, which Markdown and plain-text drafts both do) read as a
/// space: same offsets, borrowed when no sentence is wrapped.
fn soft_breaks_as_spaces<'t>(text: &'t str, sentences: &[Sentence]) -> Cow<'t, str> {
    let b = text.as_bytes();
    let inside = |s: &Sentence| {
        b.get(s.span.start..s.span.end.saturating_sub(1))
            .is_some_and(|w| w.iter().any(|&c| c == b'\n' || c == b'\r'))
    };
    if !sentences.iter().any(inside) {
        return Cow::Borrowed(text);
    }
    let mut out = b.to_vec();
    for s in sentences.iter().filter(|s| inside(s)) {
        for c in &mut out[s.span.start..s.span.end.saturating_sub(1)] {
            if *c == b'\n' || *c == b'\r' {
                *c = b' ';
            }
        }
    }
    // Only ASCII bytes were replaced by ASCII bytes.
    Cow::Owned(String::from_utf8(out).unwrap_or_else(|_| text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_wrapped_over_lines_reads_as_one_line() {
        // Hard-wrapped: most single line breaks go on with a lower-case word.
        let text = "Lindqvist won 48.2% of\nthe vote, the commission\nsaid on Sunday, and\nturnout was high.\n\nNext one.";
        let sentences = sentence::split(text);
        let flat = soft_breaks_as_spaces(text, &sentences);
        assert_eq!(
            flat,
            "Lindqvist won 48.2% of the vote, the commission said on Sunday, and turnout was high.\n\nNext one."
        );
        let plain = "One line.\n\nAnother.";
        assert!(matches!(
            soft_breaks_as_spaces(plain, &sentence::split(plain)),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn prose_is_kept_as_blanked_runs_and_read_back_whole() {
        let text = "BURBANK, Calif., Feb 8 (Pacific Wire) - Acme cut **500** jobs.\n\n\
                    <!-- a note -->\nIt hired `x` 20 people, [said](https://e.example) Ann Lee.\n";
        let doc = Document::new(DocId(0), "a.md", text);
        let ex = extract(&doc, &ExtractOptions::default());
        let md = prose(&doc);
        let expected = dateline::blank(&md).unwrap_or_else(|| md.clone().into_owned());
        assert_ne!(expected, text);
        assert_eq!(ex.prose(&doc), expected);
        let Some(Prose::Blanks(runs)) = &ex.prose else {
            panic!("kept as runs: {:?}", ex.prose);
        };
        assert!(!runs.is_empty() && runs.len() <= 10, "{runs:?}");
        // Plain text without a dateline keeps no prose at all.
        let plain = Document::new(DocId(1), "b.txt", "Acme cut 500 jobs.");
        assert!(extract(&plain, &ExtractOptions::default()).prose.is_none());
    }

    #[test]
    fn runs_read_back_as_the_prose_they_were_made_from() {
        let text = "# Title é\n\nSome **bold** and `code` text, [a](http://x) b.\n".repeat(9);
        // Blank every byte of each markup stretch, as the Markdown pass does.
        let mut prose = text.clone().into_bytes();
        for (i, c) in text.char_indices() {
            if "#*`[]()".contains(c) || text[i..].starts_with("http://x") {
                prose[i] = b' ';
            }
            if c == '\n' && i % 3 == 0 {
                prose[i] = b'\n';
            }
        }
        let prose = String::from_utf8(prose).unwrap();
        let kept = Prose::of(prose.clone(), &text);
        assert_eq!(kept.apply(&text), prose);
        let Prose::Blanks(runs) = &kept else {
            panic!("same length: runs");
        };
        assert!(runs.windows(2).all(|w| w[0].start + w[0].len <= w[1].start));
    }

    #[test]
    fn a_stretch_of_the_prose_is_read_without_the_whole() {
        let text = "# Ünïon — **Acme** cut 500 jobs.\n\n- Item [x](http://e.example) é\n";
        let doc = Document::new(DocId(0), "a.md", text);
        let ex = extract(&doc, &ExtractOptions::default());
        assert!(matches!(&ex.prose, Some(Prose::Blanks(r)) if !r.is_empty()));
        let whole = ex.prose(&doc);
        for from in 0..=text.len() + 1 {
            for to in 0..=text.len() + 1 {
                assert_eq!(
                    ex.prose_slice(&doc, from, to).as_deref(),
                    whole.get(from..to)
                );
            }
        }
    }

    #[test]
    fn runs_that_do_not_fit_the_text_give_the_text() {
        let blank = |start, len| {
            Prose::Blanks(vec![Blank {
                start,
                len,
                byte: b' ',
            }])
        };
        assert_eq!(blank(3, 5).apply("abcd"), "abcd");
        assert_eq!(blank(usize::MAX, 2).apply("abcd"), "abcd");
        // Half of a two-byte character would not be UTF-8.
        assert_eq!(blank(0, 1).apply("é!"), "é!");
        assert_eq!(blank(1, 2).apply("abcd"), "a  d");
        assert_eq!(Prose::of("a  d".into(), "abcd"), blank(1, 2));
        assert_eq!(
            Prose::of("longer".into(), "abcd"),
            Prose::Whole("longer".into())
        );
    }

    #[test]
    fn a_month_written_short_is_a_date_not_a_name() {
        let text = "The Fed cut rates on Sept. 18, after a hike on Feb. 1 and a pause in Jan. 2024. Jan Nowak spoke.";
        let doc = Document::new(DocId(0), "a.txt", text);
        let ex = extract(&doc, &ExtractOptions::default());
        let names: Vec<&str> = ex
            .claims
            .iter()
            .filter(|c| matches!(c.kind, ClaimKind::Entity(_)))
            .map(|c| &text[c.span.start..c.span.end])
            .collect();
        assert_eq!(names, ["Fed", "Jan Nowak"]);
    }
}
