//! Matching draft claims with primary sources: which passage of a source a
//! draft's quote is, and which figure of a source a draft's figure states.
//!
//! Shared by `misquote`, `not-in-source` and `source-figure`, by
//! `factlint claims` (which shows each draft claim's match), and by
//! `settle`, which takes back the symmetric cross-draft findings a source
//! settles. Pure functions of the corpus.

use std::collections::HashMap;

use super::quote_drift::{differences, words_span};
use crate::claim::{ClaimId, ClaimKind, Interval};
use crate::extract::quote::QuoteWord;
use crate::finding::{Finding, Place};
use crate::index::Corpus;
use crate::source::Span;

/// Source words aligned with a quote at a time (the alignment is quadratic).
const WINDOW: usize = 240;

/// What became of a draft's quote attributed to a source's speaker.
#[derive(Clone, Debug, PartialEq)]
pub enum QuoteOutcome {
    /// Its words are a passage of the source: the passage, and each stretch
    /// where they differ (draft words, source words; empty spans where a word
    /// was dropped or inserted).
    Found {
        /// The source's words the quote was matched with.
        passage: Span,
        /// Changed, dropped or inserted words: (in the draft, in the source).
        diffs: Vec<(Span, Span)>,
    },
    /// The source's speaker is quoted with words the source does not contain.
    Missing,
}

/// A draft quote matched with a source.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteMatch {
    /// The draft's quote claim.
    pub quote: ClaimId,
    /// The source document's index.
    pub source: usize,
    /// The speaker the quote and the source share (empty: unattributed).
    pub speaker: String,
    /// What the comparison found.
    pub outcome: QuoteOutcome,
}

/// True when a draft's speaker is the source's speaker: the same name, the
/// same surname, or a name a slip away (`Jane Rowe` for `Jane Roe`, which
/// `name-near-miss` reports on its own).
pub fn same_person(speaker: &str, name: &str) -> bool {
    let (a, b) = (speaker.trim().to_lowercase(), name.trim().to_lowercase());
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let last = |s: &str| s.split_whitespace().last().map(str::to_string);
    a == b
        || (a.contains(' ') && b.contains(' ') && last(&a) == last(&b))
        || (a.len() >= 6 && b.len() >= 6 && strsim::damerau_levenshtein(&a, &b) <= 2)
}

/// The stretches of a source and who speaks each: a transcript's turns,
/// else the whole text as its author's.
fn passages(corpus: &Corpus<'_>, doc: usize) -> Vec<(Option<String>, Span)> {
    let d = &corpus.docs[doc];
    let Some(info) = d.source_info() else {
        return Vec::new();
    };
    if info.turns.is_empty() {
        return vec![(info.author.clone(), Span::new(0, d.text.len()))];
    }
    info.turns
        .iter()
        .map(|t| (Some(t.speaker.clone()), t.span))
        .collect()
}

/// The prose of a document (Markdown markup blanked, same offsets).
fn prose<'a>(corpus: &'a Corpus<'_>, doc: usize) -> &'a str {
    corpus
        .extractions
        .get(doc)
        .and_then(|e| e.prose.as_deref())
        .unwrap_or(&corpus.docs[doc].text)
}

/// Every draft quote compared with the sources: a quote attributed to a
/// source's speaker (or unattributed, then needing five words in a row) is
/// aligned with that speaker's passages, as `quote-drift` aligns two quotes.
pub fn quote_matches(corpus: &Corpus<'_>) -> Vec<QuoteMatch> {
    let sources: Vec<usize> = (0..corpus.docs.len())
        .filter(|&d| corpus.docs[d].is_source())
        .collect();
    if sources.is_empty() {
        return Vec::new();
    }
    // Each source's passages as words, once.
    let mut words: Vec<(usize, Option<String>, Vec<QuoteWord>)> = Vec::new();
    for &s in &sources {
        let text = prose(corpus, s);
        for (speaker, span) in passages(corpus, s) {
            words.push((s, speaker, crate::extract::quote::words(text, span)));
        }
    }
    let mut speakers: Vec<(&String, &Vec<ClaimId>)> = corpus.index.quotes.iter().collect();
    speakers.sort();
    let mut out = Vec::new();
    for (speaker, ids) in speakers {
        for &id in ids {
            if corpus.docs[id.doc].is_source()
                || !matches!(corpus.claim(id).kind, ClaimKind::Quote(_))
            {
                continue;
            }
            let quote = corpus.quote_words(id);
            let min_run = if speaker.is_empty() { 5 } else { 3 };
            let mut best: Option<(usize, usize, QuoteOutcome)> = None;
            let mut spoke_in: Option<usize> = None;
            for (s, who, passage) in &words {
                let theirs = who.as_deref().is_some_and(|w| same_person(speaker, w));
                if !speaker.is_empty() && !theirs {
                    continue;
                }
                if theirs && spoke_in.is_none() {
                    spoke_in = Some(*s);
                }
                if let Some((score, outcome)) = align_passage(quote, passage, min_run)
                    && best.as_ref().is_none_or(|b| score > b.1)
                {
                    best = Some((*s, score, outcome));
                }
            }
            match (best, spoke_in) {
                (Some((source, _, outcome)), _) => out.push(QuoteMatch {
                    quote: id,
                    source,
                    speaker: speaker.clone(),
                    outcome,
                }),
                (None, Some(source)) => out.push(QuoteMatch {
                    quote: id,
                    source,
                    speaker: speaker.clone(),
                    outcome: QuoteOutcome::Missing,
                }),
                (None, None) => {}
            }
        }
    }
    out
}

/// The longest run of words a quote segment and a passage share, as
/// (start in the segment, start in the passage, length).
fn anchor(seg: &[QuoteWord], passage: &[QuoteWord]) -> Option<(usize, usize, usize)> {
    let mut best: Option<(usize, usize, usize)> = None;
    let mut prev = vec![0usize; passage.len() + 1];
    for (i, w) in seg.iter().enumerate() {
        let mut cur = vec![0usize; passage.len() + 1];
        for (j, p) in passage.iter().enumerate() {
            if w.norm.is_some() && w.norm == p.norm {
                cur[j + 1] = prev[j] + 1;
                let n = cur[j + 1];
                if best.is_none_or(|b| n > b.2) {
                    best = Some((i + 1 - n, j + 1 - n, n));
                }
            }
        }
        prev = cur;
    }
    best
}

/// A quote compared with a passage, segment by segment (an ellipsis or a
/// `[bracket]` ends a segment): each segment is anchored at the longest run
/// of words it shares with the passage, and aligned with the stretch of the
/// passage around it, as `quote-drift` aligns two quotes. A segment of two
/// words or more found word for word is matched; a longer one must share
/// five words, `min_run` of them in a row. The score is the words matched.
fn align_passage(
    quote: &[QuoteWord],
    passage: &[QuoteWord],
    min_run: usize,
) -> Option<(usize, QuoteOutcome)> {
    let quote = &quote[..quote.len().min(WINDOW)];
    let mut score = 0;
    let mut cover: Option<Span> = None;
    let mut diffs = Vec::new();
    for seg in quote.split(|w| w.norm.is_none()).filter(|s| !s.is_empty()) {
        let Some((si, pi, n)) = anchor(seg, passage) else {
            continue;
        };
        if n == seg.len() && n >= 2 && n >= min_run.min(seg.len()) {
            score += n;
            let here = passage[pi].span.cover(passage[pi + n - 1].span);
            cover = Some(cover.map_or(here, |c| c.cover(here)));
            continue;
        }
        if n < min_run {
            continue;
        }
        let from = pi.saturating_sub(si + 2);
        let to = (pi + (seg.len() - si) + 2 + seg.len() / 4).min(passage.len());
        let window = &passage[from..to];
        let Some(d) = differences(seg, window, min_run) else {
            continue;
        };
        score += (d.a.1 - d.a.0 + 1).saturating_sub(d.diffs.len());
        let here = window[d.b.0].span.cover(window[d.b.1].span);
        cover = Some(cover.map_or(here, |c| c.cover(here)));
        diffs.extend(
            d.diffs
                .iter()
                .map(|x| (words_span(seg, &x.a), words_span(window, &x.b))),
        );
    }
    let passage = cover?;
    Some((score, QuoteOutcome::Found { passage, diffs }))
}

/// A draft figure matched with a source's figure.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureMatch {
    /// The draft's figure.
    pub figure: ClaimId,
    /// The source's figure.
    pub source: ClaimId,
    /// How they were matched, in words.
    pub how: &'static str,
    /// True when the two intervals cannot both hold.
    pub conflict: bool,
}

/// Every draft figure matched with a source's figure: both bound to one
/// sheet quantity, or with one automatic key; else, when either has no key,
/// the one figure of the source that counts the same thing (measure, unit,
/// counted noun, currency and reading — a cut, a hire, a headcount — all
/// equal; two such figures in a source that disagree match neither).
pub fn figure_matches(corpus: &Corpus<'_>) -> Vec<FigureMatch> {
    let is_source = |id: ClaimId| corpus.docs[id.doc].is_source();
    let keyed: HashMap<ClaimId, &crate::autokey::Keyed> =
        corpus.keyed.iter().map(|k| (k.claim, k)).collect();
    let figures: Vec<ClaimId> = corpus
        .extractions
        .iter()
        .enumerate()
        .flat_map(|(d, e)| {
            e.claims.iter().enumerate().filter_map(move |(c, claim)| {
                let q = claim.quantity()?;
                (!q.comparison && !q.vague).then_some(ClaimId { doc: d, claim: c })
            })
        })
        .collect();
    let (in_sources, in_drafts): (Vec<ClaimId>, Vec<ClaimId>) =
        figures.into_iter().partition(|&id| is_source(id));
    if in_sources.is_empty() {
        return Vec::new();
    }
    let key = |id: ClaimId| keyed.get(&id).and_then(|k| k.key.as_ref());
    let act = |id: ClaimId| keyed.get(&id).and_then(|k| k.reading.act);
    let interval = |id: ClaimId| corpus.claim(id).quantity().map(|q| q.interval);
    let alike = |a: ClaimId, b: ClaimId| {
        let (Some(x), Some(y)) = (corpus.claim(a).quantity(), corpus.claim(b).quantity()) else {
            return false;
        };
        x.measure == y.measure
            && x.unit == y.unit
            && x.noun.is_some()
            && x.noun == y.noun
            && x.currency == y.currency
            && x.period == y.period
            && act(a) == act(b)
    };
    let mut out = Vec::new();
    for &d in &in_drafts {
        let mut found: Option<(ClaimId, &'static str)> = None;
        for &s in &in_sources {
            if corpus.same_quantity(d, s) {
                found = Some((s, "the sheet's quantity"));
                break;
            }
            if key(d).is_some() && key(d) == key(s) {
                found = found.or(Some((s, "the same key")));
            }
        }
        if found.is_none() {
            let loose: Vec<ClaimId> = in_sources
                .iter()
                .copied()
                .filter(|&s| {
                    !(key(d).is_some() && key(s).is_some() && key(d) != key(s)) && alike(d, s)
                })
                .collect();
            let all_agree = loose.windows(2).all(|w| interval(w[0]) == interval(w[1]));
            if !loose.is_empty() && all_agree {
                found = Some((loose[0], "what it counts"));
            }
        }
        if let Some((s, how)) = found {
            let conflict = match (interval(d), interval(s)) {
                (Some(a), Some(b)) => !Interval::intersects(&a, &b),
                _ => false,
            };
            out.push(FigureMatch {
                figure: d,
                source: s,
                how,
                conflict,
            });
        }
    }
    out
}

/// Takes back the symmetric cross-draft findings a source settles: a
/// `quote-drift` on a quote the sources matched (`misquote` reports it
/// against the source, or the source shows it right), and a
/// `quantity-conflict` or `figure-drift` whose figure a source states
/// (`source-figure` reports it against the source).
pub fn settle(corpus: &Corpus<'_>, findings: &mut Vec<Finding>) {
    if !corpus.docs.iter().any(|d| d.is_source()) {
        return;
    }
    let quotes: Vec<(usize, Span)> = quote_matches(corpus)
        .iter()
        .filter(|m| matches!(m.outcome, QuoteOutcome::Found { .. }))
        .map(|m| (m.quote.doc, corpus.claim(m.quote).span))
        .collect();
    let figures: Vec<(usize, Span)> = figure_matches(corpus)
        .iter()
        .map(|m| (m.figure.doc, corpus.claim(m.figure).span))
        .collect();
    let within = |list: &[(usize, Span)], f: &Finding| match f.primary.place {
        Place::Doc(d) => list
            .iter()
            .any(|(doc, s)| *doc == d.0 as usize && s.overlaps(&f.primary.span)),
        Place::Rules(_) => false,
    };
    findings.retain(|f| match f.check {
        "quote-drift" => !within(&quotes, f),
        "quantity-conflict" | "figure-drift" => !within(&figures, f),
        _ => true,
    });
}
