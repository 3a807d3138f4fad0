//! Relations: the arithmetic a draft states between its own figures.
//!
//! Reads, from the numeric claims of one sentence and the words between them:
//! shares (`share`: `P% of B, or R` and its variants); changes (`change`:
//! `rose/fell … from A to B`, `rose 20% to B from A`, `fell to B seats from
//! A`, `B, down from A`, `climbed 6.9% to B after closing at A`); and parts
//! against a total (`parts`: `A, B and C, a total of T`; `Georgia (25), Ohio
//! (12) and Iowa (9), 46 in all`; `(X €1bn, Y €2bn) — a total of €3bn`; `T,
//! including A and B`; `Of the total T, X A, Y B and the remaining C`). One
//! shape crosses sentences: a line stating a total and introducing a bullet
//! list whose items are its parts (`list`). It only recognises the shapes;
//! the checks do the arithmetic. And one shape names parts back from a list
//! (`named`: `- Labour: 411` … `Between them, Labour and … won 606`). Every reader walks the claims once, so the
//! work is linear in the draft.

mod change;
mod list;
mod named;
mod of_named_total;
mod of_total;
mod parts;
mod share;
mod table;

use super::located::lower_same_offsets;
use crate::claim::{Claim, ClaimKind, Measure, Quantity, Relation, UnitClass};
use crate::source::Span;

/// A numeric claim of the sentence with its index in the document's claims.
struct Fig<'c> {
    idx: usize,
    claim: &'c Claim,
    measure: Measure,
}

impl Fig<'_> {
    /// The figure's quantity (every `Fig` is one).
    fn quantity(&self) -> Option<&Quantity> {
        self.claim.quantity()
    }
}

/// The figures of `claims` (every quantity but times), in order.
fn figures(claims: &[Claim]) -> Vec<Fig<'_>> {
    claims
        .iter()
        .enumerate()
        .filter_map(|(idx, claim)| match &claim.kind {
            ClaimKind::Quantity(q) if q.measure != Measure::Time => Some(Fig {
                idx,
                claim,
                measure: q.measure,
            }),
            _ => None,
        })
        .collect()
}

/// True when two figures can be added: one measure and one currency, and a
/// span of time only to another (`three years ago — one gold, two silvers`
/// adds no medals to the years).
fn addable(a: &Fig<'_>, b: &Fig<'_>) -> bool {
    let duration = |f: &Fig<'_>| f.quantity().is_some_and(|q| q.unit == UnitClass::Duration);
    a.measure == b.measure
        && a.quantity().map(|q| q.currency) == b.quantity().map(|q| q.currency)
        && duration(a) == duration(b)
}

/// Finds the relations of a document whose claims are sorted by span.
pub fn find(text: &str, claims: &[Claim]) -> Vec<Relation> {
    let mut out = Vec::new();
    let all = figures(claims);
    let mut k = 0;
    while k < all.len() {
        let s = all[k].claim.sentence;
        let end = k + all[k..].partition_point(|f| f.claim.sentence == s);
        let figs = &all[k..end];
        share::percent_of(text, figs, &mut out);
        share::rate_among(text, figs, &mut out);
        share::part_then_share(text, figs, &mut out);
        change::changes(text, claims, figs, &mut out);
        parts::parts(text, figs, &mut out);
        k = end;
    }
    share::that_is(text, &all, &mut out);
    share::of_them(text, &all, &mut out);
    share::of_base_restated(text, &all, &mut out);
    of_total::of_the_total(text, &all, &mut out);
    of_named_total::of_named_total(text, &all, &mut out);
    list::lists(text, &all, &mut out);
    table::tables(text, &all, &mut out);
    named::named_parts(text, &all, &mut out);
    out
}

/// The lower-cased text between two spans (empty when they overlap or are out of order).
fn between(text: &str, a: Span, b: Span) -> String {
    if a.end > b.start {
        return String::new();
    }
    lower_same_offsets(text.get(a.end..b.start).unwrap_or(""))
}

/// The lower-cased text of `text[from..to]`, both ends moved back to char boundaries.
fn window(text: &str, from: usize, to: usize) -> String {
    let (from, to) = (char_floor(text, from), char_floor(text, to));
    lower_same_offsets(text.get(from..to.max(from)).unwrap_or(""))
}

/// The lower-cased words of the sentence before `at`, at most `reach` bytes
/// back: from after the last line break or full stop followed by a space (a
/// decimal point does not end the look-back).
fn lookback(text: &str, at: usize, reach: usize) -> String {
    lower_same_offsets(lookback_raw(text, at, reach))
}

/// The words `lookback` lower-cases, as written.
fn lookback_raw(text: &str, at: usize, reach: usize) -> &str {
    let lead = char_floor(text, at.saturating_sub(reach));
    let near = &text[lead..at];
    let b = near.as_bytes();
    let stop = (0..b.len())
        .rev()
        .find(|&i| {
            b[i] == b'\n' || (b[i] == b'.' && b.get(i + 1).is_none_or(|c| c.is_ascii_whitespace()))
        })
        .map_or(0, |i| i + 1);
    &near[stop..]
}

/// The nearest char boundary at or before `i`.
fn char_floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Words of `s` with their byte offsets.
fn word_offsets(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let w = super::phrase::is_word_char(c);
        match (w, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((st, &s[st..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push((st, &s[st..]));
    }
    out
}

/// The relations extraction finds in `t` (a plain-text draft).
#[cfg(test)]
fn relations(t: &str) -> Vec<Relation> {
    use crate::extract::{ExtractOptions, extract};
    use crate::source::{DocId, Document};
    let doc = Document::new(DocId(0), "t.txt", t);
    extract(&doc, &ExtractOptions::default()).relations
}

/// The `P% of B, or R` relations extraction finds in `text`, as the words of
/// (percent, base, result).
#[cfg(test)]
fn shares(text: &str) -> Vec<(String, String, String)> {
    let show = |c: &Claim| text[c.span.start..c.span.end].to_string();
    let doc = crate::source::Document::new(crate::source::DocId(0), "a.txt", text);
    let ex = crate::extract::extract(&doc, &crate::extract::ExtractOptions::default());
    ex.relations
        .iter()
        .filter_map(|r| match r {
            Relation::PercentOf {
                percent,
                base: Some(b),
                result: Some(r),
                ..
            } => Some((
                show(&ex.claims[*percent]),
                show(&ex.claims[*b]),
                show(&ex.claims[*r]),
            )),
            _ => None,
        })
        .collect()
}

/// The relations extraction finds in `t` read as Markdown.
#[cfg(test)]
fn relations_md(t: &str) -> Vec<Relation> {
    use crate::extract::{ExtractOptions, extract};
    use crate::source::{DocId, Document};
    let doc = Document::new(DocId(0), "t.md", t);
    extract(&doc, &ExtractOptions::default()).relations
}
