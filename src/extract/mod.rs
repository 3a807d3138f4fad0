//! Extraction: one document's prose → its claims. Pure and per-document.
//!
//! Runs the sentence splitter and the claim recognisers over one document and
//! returns plain data. It never looks at another document, at rule sets or at
//! the terminal, so documents are extracted in parallel and the result can be
//! printed as the "map" half of a sharded run (`factlint claims`).

pub mod comparison;
pub mod dateline;
pub mod entity;
pub mod lexicon;
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
pub mod time;
pub mod titles;
pub mod token;
pub mod wordindex;

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
    /// computed once here; `None` when that is the text itself.
    pub prose: Option<String>,
}

impl Extraction {
    /// True when sentence `s` is the draft's headline (marked by `sentence::split`).
    pub fn is_headline(&self, s: usize) -> bool {
        self.sentences.get(s).is_some_and(|x| x.headline)
    }

    /// The prose the claims were read from: `doc`'s text, or with its
    /// Markdown markup and datelines blanked (byte offsets unchanged).
    pub fn prose<'a>(&'a self, doc: &'a Document) -> &'a str {
        self.prose.as_deref().unwrap_or(&doc.text)
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

/// The prose of a document: the text itself, or Markdown with markup blanked.
pub fn prose(doc: &Document) -> std::borrow::Cow<'_, str> {
    match doc.format {
        Format::Text => std::borrow::Cow::Borrowed(&doc.text),
        Format::Markdown => std::borrow::Cow::Owned(markdown::prose(&doc.text)),
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
        Some(blanked) => std::borrow::Cow::Owned(blanked),
        None => text,
    };
    let sentences = sentence::split(&text);
    let mut claims: Vec<Claim> = quantity::scan(&text, &sentences, opts.numbers)
        .into_iter()
        .map(|mut f| {
            f.quantity.comparison = comparison::is_comparison(&text, f.span);
            Claim {
                doc: doc.id,
                span: f.span,
                sentence: sentence::sentence_at(&sentences, f.span.start) as u32,
                kind: ClaimKind::Quantity(Box::new(f.quantity)),
            }
        })
        .collect();
    let toks: Vec<Vec<token::Token<'_>>> = sentences
        .iter()
        .map(|s| token::tokenize(&text, s.span))
        .collect();
    claims.extend(people::claims(doc.id, &text, &sentences, &toks));
    claims.sort_by_key(|c| (c.span.start, c.span.end, c.kind_name()));
    let relations = relation::find(&text, &claims);
    let prose = match text {
        std::borrow::Cow::Owned(p) => Some(p),
        std::borrow::Cow::Borrowed(_) => None,
    };
    Extraction {
        doc: doc.id,
        sentences,
        claims,
        relations,
        prose,
    }
}
