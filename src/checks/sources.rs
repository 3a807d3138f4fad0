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
use crate::rules::RuleQuote;
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
fn prose<'a>(corpus: &'a Corpus<'_>, doc: usize) -> std::borrow::Cow<'a, str> {
    let d = &corpus.docs[doc];
    corpus
        .extractions
        .get(doc)
        .map_or(std::borrow::Cow::Borrowed(d.text.as_str()), |e| e.prose(d))
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
    let mut words: Vec<(usize, Option<String>, Passage)> = Vec::new();
    for &s in &sources {
        let text = prose(corpus, s);
        for (speaker, span) in passages(corpus, s) {
            words.push((
                s,
                speaker,
                Passage::new(crate::extract::quote::words(&text, span)),
            ));
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
                if let Some((score, outcome, _)) = align_passage(quote, passage, min_run)
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

/// A draft quote matched with a quote a story sheet confirms: its words
/// are a passage of the confirmed words (exactly, or with a word changed,
/// dropped or inserted).
#[derive(Clone, Debug, PartialEq)]
pub struct SheetQuoteMatch {
    /// The draft's quote claim.
    pub quote: ClaimId,
    /// The rule set's index in the run (`Corpus::rules`).
    pub set: usize,
    /// The confirmed quote's index in the set's `quotes`.
    pub confirmed: usize,
    /// The confirmed words matched, as a span of the quote's `text`.
    pub passage: Span,
    /// Changed, dropped or inserted words: (in the draft, in the quote's `text`).
    pub diffs: Vec<(Span, Span)>,
}

/// A span of a confirmed quote's `text` as a span of the sheet: the very
/// words when the sheet writes the text byte for byte, else the whole value.
pub fn in_sheet(q: &RuleQuote, s: Span) -> Span {
    match q.at {
        Some(at) => Span::new(at + s.start, at + s.end),
        None => q.span,
    }
}

/// True when a draft's speaker is the confirmed quote's: as `same_person`,
/// or the surname alone (`Jassy` for `Andy Jassy`).
pub fn confirmed_speaker(speaker: &str, name: &str) -> bool {
    same_person(speaker, name)
        || (!speaker.trim().contains(' ')
            && name
                .split_whitespace()
                .last()
                .is_some_and(|l| l.eq_ignore_ascii_case(speaker.trim())))
}

/// Every draft quote whose words are a passage of a quote the story sheets
/// confirm: attributed to the confirmed speaker, or unattributed and then
/// sharing five words in a row. Aligned as a source's passage is; the best
/// aligned confirmed quote wins. A quote no confirmed quote matches is not
/// reported: a sheet confirms some of what was said, not all of it.
pub fn sheet_quote_matches(corpus: &Corpus<'_>) -> Vec<SheetQuoteMatch> {
    let confirmed: Vec<(usize, usize, &RuleQuote, Passage)> = corpus
        .rules
        .iter()
        .enumerate()
        .flat_map(|(s, set)| set.quotes.iter().enumerate().map(move |(i, q)| (s, i, q)))
        .map(|(s, i, q)| {
            let words = crate::extract::quote::words(&q.text, Span::new(0, q.text.len()));
            (s, i, q, Passage::new(words))
        })
        .collect();
    if confirmed.is_empty() {
        return Vec::new();
    }
    let mut speakers: Vec<(&String, &Vec<ClaimId>)> = corpus.index.quotes.iter().collect();
    speakers.sort();
    let mut out = Vec::new();
    for (speaker, ids) in speakers {
        let min_run = if speaker.is_empty() { 5 } else { 3 };
        for &id in ids {
            if corpus.docs[id.doc].is_source()
                || !matches!(corpus.claim(id).kind, ClaimKind::Quote(_))
            {
                continue;
            }
            let quote = corpus.quote_words(id);
            let mut found: Vec<(usize, Span, SheetQuoteMatch)> = Vec::new();
            for (set, i, q, passage) in &confirmed {
                if !speaker.is_empty() && !confirmed_speaker(speaker, &q.speaker) {
                    continue;
                }
                let Some((
                    score,
                    QuoteOutcome::Found {
                        passage: at,
                        mut diffs,
                    },
                    words,
                )) = align_passage(quote, passage, min_run)
                else {
                    continue;
                };
                // The desk confirms the words it lists, not all that was
                // said: a draft quoting more, before or after them, adds
                // nothing they contradict (words added inside them do).
                diffs.retain(|(a, b)| !at_an_edge(quote, &passage.words, *a, *b));
                let m = SheetQuoteMatch {
                    quote: id,
                    set: *set,
                    confirmed: *i,
                    passage: at,
                    diffs,
                };
                found.push((score, words, m));
            }
            out.extend(apart(found));
        }
    }
    out
}

/// The confirmed quotes a draft quote is matched with: the best-scoring,
/// and each next best whose words lie apart from those already taken. A
/// quote running over two paragraphs the sheet confirms one by one (news
/// style: no closing mark at the first paragraph's end) is held to both.
/// Ties go to the confirmed quote listed first.
fn apart(mut found: Vec<(usize, Span, SheetQuoteMatch)>) -> Vec<SheetQuoteMatch> {
    found.sort_by_key(|f| std::cmp::Reverse(f.0));
    let mut taken: Vec<Span> = Vec::new();
    let mut out = Vec::new();
    for (_, words, m) in found {
        if taken.iter().any(|t| t.overlaps(&words)) {
            continue;
        }
        taken.push(words);
        out.push(m);
    }
    out
}

/// True when draft words `a` added at `b` (an empty span of the confirmed
/// words `p`) lie before or after all of them, once shifted over words
/// they repeat: `A new strain … is a concern` against `a concern` adds its
/// words before the confirmed ones, though the first `a` aligned.
fn at_an_edge(quote: &[QuoteWord], p: &[QuoteWord], a: Span, b: Span) -> bool {
    if !b.is_empty() {
        return false;
    }
    let ins: Vec<&Option<_>> = quote
        .iter()
        .filter(|w| w.span.start >= a.start && w.span.end <= a.end)
        .map(|w| &w.norm)
        .collect();
    let k = p.partition_point(|w| w.span.start < b.start);
    // Shift left: the last added word equals the confirmed word before.
    let (mut left, mut i) = (k, ins.len());
    while left > 0 && i > 0 && *ins[i - 1] == p[left - 1].norm {
        left -= 1;
        i -= 1;
    }
    // Shift right: the first added word equals the confirmed word after.
    let (mut right, mut j) = (k, 0);
    while right < p.len() && j < ins.len() && *ins[j] == p[right].norm {
        right += 1;
        j += 1;
    }
    left == 0 && i > 0 || k == 0 || right == p.len() && j < ins.len() || k == p.len()
}

/// A source's passage as words, with where each word occurs.
pub struct Passage {
    /// The words, as quotes are compared.
    pub words: Vec<QuoteWord>,
    /// Positions of each word in `words`.
    at: HashMap<crate::claim::Sym, Vec<usize>>,
}

impl Passage {
    fn new(words: Vec<QuoteWord>) -> Passage {
        let mut at: HashMap<crate::claim::Sym, Vec<usize>> = HashMap::new();
        for (i, w) in words.iter().enumerate() {
            if let Some(n) = &w.norm {
                at.entry(n.clone()).or_default().push(i);
            }
        }
        Passage { words, at }
    }
}

/// A word more frequent than this in a passage (`the`) never anchors a
/// quote on its own: runs are found from the rarer words they contain, so
/// the work per quote stays bounded however long the source is.
const MAX_OCCURRENCES: usize = 64;

/// The longest run of words a quote segment and a passage share, as
/// (start in the segment, start in the passage, length); a run is found
/// from a word of it that occurs at most `MAX_OCCURRENCES` times.
fn anchor(seg: &[QuoteWord], passage: &Passage) -> Option<(usize, usize, usize)> {
    let p = &passage.words;
    let same = |i: usize, j: usize| seg[i].norm.is_some() && seg[i].norm == p[j].norm;
    let mut best: Option<(usize, usize, usize)> = None;
    for (i, w) in seg.iter().enumerate() {
        let Some(at) = w.norm.as_ref().and_then(|n| passage.at.get(n)) else {
            continue;
        };
        if at.len() > MAX_OCCURRENCES {
            continue;
        }
        for &j in at {
            // Found already from the word before, when that one anchors too.
            if i > 0 && j > 0 && same(i - 1, j - 1) {
                let prev = seg[i - 1].norm.as_ref().and_then(|n| passage.at.get(n));
                if prev.is_some_and(|v| v.len() <= MAX_OCCURRENCES) {
                    continue;
                }
            }
            let mut a = 0;
            while i > a && j > a && same(i - a - 1, j - a - 1) {
                a += 1;
            }
            let mut b = 1;
            while i + b < seg.len() && j + b < p.len() && same(i + b, j + b) {
                b += 1;
            }
            if best.is_none_or(|x| a + b > x.2) {
                best = Some((i - a, j - a, a + b));
            }
        }
    }
    best
}

/// A quote compared with a passage, segment by segment (an ellipsis or a
/// `[bracket]` ends a segment): each segment is anchored at the longest run
/// of words it shares with the passage, and aligned with the stretch of the
/// passage around it, as `quote-drift` aligns two quotes. A segment of two
/// words or more found word for word is matched; a longer one must share
/// five words, `min_run` of them in a row. The score is the words matched;
/// the span returned covers the quote's words that were aligned.
fn align_passage(
    quote: &[QuoteWord],
    source: &Passage,
    min_run: usize,
) -> Option<(usize, QuoteOutcome, Span)> {
    let passage = &source.words;
    let quote = &quote[..quote.len().min(WINDOW)];
    let mut score = 0;
    let mut cover: Option<Span> = None;
    let mut words: Option<Span> = None;
    let mut diffs = Vec::new();
    for seg in quote.split(|w| w.norm.is_none()).filter(|s| !s.is_empty()) {
        let Some((si, pi, n)) = anchor(seg, source) else {
            continue;
        };
        if n == seg.len() && n >= 2 && n >= min_run.min(seg.len()) {
            score += n;
            let here = passage[pi].span.cover(passage[pi + n - 1].span);
            cover = Some(cover.map_or(here, |c| c.cover(here)));
            let mine = seg[si].span.cover(seg[si + n - 1].span);
            words = Some(words.map_or(mine, |c| c.cover(mine)));
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
        let mine = seg[d.a.0].span.cover(seg[d.a.1].span);
        words = Some(words.map_or(mine, |c| c.cover(mine)));
        diffs.extend(
            d.diffs
                .iter()
                .map(|x| (words_span(seg, &x.a), words_span(window, &x.b))),
        );
        let ends_quote = seg.last().map(|w| w.span) == quote.last().map(|w| w.span);
        if ends_quote && let Some(d) = other_ending(&seg[d.a.1 + 1..], &passage[from + d.b.1 + 1..])
        {
            diffs.push(d);
        }
    }
    // A page cut mid-word (`regulators are goi`) ends its quote on the
    // start of the source's word: a cut, not a changed word.
    if let Some(last) = quote.iter().rev().find(|w| w.norm.is_some()) {
        diffs.retain(|&(a, b)| !cut_short(last, passage, a, b));
    }
    let (passage, words) = cover.zip(words)?;
    Some((score, QuoteOutcome::Found { passage, diffs }, words))
}

/// The words a quote ends on (`a`, after its last word aligned) against
/// the words the passage ends on (`b`), when both go on with a few
/// different words to their ends: `than ever before` closing a quote whose
/// source closes `than at any time in our history` is a replaced phrase,
/// not words quoted past the source (a passage that goes on further may
/// hold them, and is left alone).
fn other_ending(a: &[QuoteWord], b: &[QuoteWord]) -> Option<(Span, Span)> {
    const MOST: usize = 8;
    let whole =
        |w: &[QuoteWord]| !w.is_empty() && w.len() <= MOST && w.iter().all(|x| x.norm.is_some());
    if !whole(a) || !whole(b) || a[0].norm == b[0].norm {
        return None;
    }
    Some((words_span(a, &(0..a.len())), words_span(b, &(0..b.len()))))
}

/// True when the difference `a` (in the quote) against `b` (in the passage)
/// is the quote's last word `last` cut short: the start, a letter or more
/// (`could al` for `could alone`), of the one passage word `b` covers.
fn cut_short(last: &QuoteWord, passage: &[QuoteWord], a: Span, b: Span) -> bool {
    let Some(p) = passage.iter().find(|w| w.span == b) else {
        return false;
    };
    let (Some(cut), Some(word)) = (last.norm.as_deref(), p.norm.as_deref()) else {
        return false;
    };
    last.span == a && !cut.is_empty() && cut.len() < word.len() && word.starts_with(cut)
}

/// A source stating more figures of one counted noun than this matches none
/// of them by the noun alone (it is not one fact, and the work stays bounded).
const MAX_LOOSE: usize = 16;

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
/// equal; two such figures in a source that disagree match neither, nor do
/// more than `MAX_LOOSE`).
pub fn figure_matches(corpus: &Corpus<'_>) -> Vec<FigureMatch> {
    // Without a source, none of the lists below is needed.
    if !corpus.docs.iter().any(crate::source::Document::is_source) {
        return Vec::new();
    }
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
    let key = |id: ClaimId| keyed.get(&id).and_then(|k| k.key.as_deref());
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
    // The source's figures by sheet quantity, by key and by counted noun, so
    // each draft figure looks only at its candidates.
    let bound: HashMap<ClaimId, (usize, usize)> = corpus
        .bindings
        .iter()
        .map(|b| (b.claim, (b.set, b.quantity)))
        .collect();
    let mut by_quantity: HashMap<(usize, usize), ClaimId> = HashMap::new();
    let mut by_key: HashMap<&crate::autokey::Key, ClaimId> = HashMap::new();
    let mut by_noun: HashMap<&str, Vec<ClaimId>> = HashMap::new();
    for &s in &in_sources {
        if let Some(q) = bound.get(&s) {
            by_quantity.entry(*q).or_insert(s);
        }
        if let Some(k) = key(s) {
            by_key.entry(k).or_insert(s);
        }
        if let Some(n) = corpus.claim(s).quantity().and_then(|q| q.noun.as_deref()) {
            by_noun.entry(n).or_default().push(s);
        }
    }
    let mut out = Vec::new();
    for &d in &in_drafts {
        let mut found: Option<(ClaimId, &'static str)> = bound
            .get(&d)
            .and_then(|q| by_quantity.get(q))
            .map(|&s| (s, "the sheet's quantity"))
            .or_else(|| {
                key(d)
                    .and_then(|k| by_key.get(k))
                    .map(|&s| (s, "the same key"))
            });
        let noun = corpus.claim(d).quantity().and_then(|q| q.noun.as_deref());
        if found.is_none()
            && let Some(candidates) = noun.and_then(|n| by_noun.get(n))
            && candidates.len() <= MAX_LOOSE
        {
            let loose: Vec<ClaimId> = candidates
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
/// `quote-drift` on a quote the sources or the sheet's confirmed quotes
/// matched (`misquote` reports it against the source or the sheet, or they
/// show it right), and a `quantity-conflict` or `figure-drift` whose figure
/// a source states (`source-figure` reports it against the source).
pub fn settle(corpus: &Corpus<'_>, findings: &mut Vec<Finding>) {
    let has_sources = corpus.docs.iter().any(|d| d.is_source());
    if !has_sources && corpus.rules.iter().all(|r| r.quotes.is_empty()) {
        return;
    }
    let mut quotes: Vec<(usize, Span)> = quote_matches(corpus)
        .iter()
        .filter(|m| matches!(m.outcome, QuoteOutcome::Found { .. }))
        .map(|m| (m.quote.doc, corpus.claim(m.quote).span))
        .collect();
    quotes.extend(
        sheet_quote_matches(corpus)
            .iter()
            .map(|m| (m.quote.doc, corpus.claim(m.quote).span)),
    );
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

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<QuoteWord> {
        crate::extract::quote::words(s, Span::new(0, s.len()))
    }

    fn diffs(quote: &str, source: &str) -> Option<Vec<(String, String)>> {
        let p = Passage::new(words(source));
        match align_passage(&words(quote), &p, 3)?.1 {
            QuoteOutcome::Found { diffs, .. } => Some(
                diffs
                    .iter()
                    .map(|(a, b)| (quote[a.start..a.end].into(), source[b.start..b.end].into()))
                    .collect(),
            ),
            QuoteOutcome::Missing => None,
        }
    }

    const MEMO: &str = "After many weeks we have decided to close the warehouse. \
        We are convinced this is the right call for Acme and for the customers who depend on us.";

    #[test]
    fn a_changed_word_is_the_only_difference() {
        let d = diffs("We are convicted this is the right call", MEMO).unwrap();
        assert_eq!(d, [("convicted".to_string(), "convinced".to_string())]);
    }

    #[test]
    fn fragments_ellipses_brackets_and_spellings_are_faithful() {
        for q in [
            "this is the right call",
            "We are convinced … for the customers who depend on us",
            "[Closing it] is the right call for Acme",
            "we have decided to close the warehouse",
        ] {
            assert_eq!(diffs(q, MEMO), Some(vec![]), "{q}");
        }
        let organised = "we have finally organised the crews to run one safely";
        assert_eq!(
            diffs(
                "we have finally organized the crews to run one safely",
                organised
            ),
            Some(vec![])
        );
    }

    #[test]
    fn a_dropped_word_is_reported_and_other_words_are_not_found() {
        let d = diffs("We are convinced this is right call for Acme", MEMO).unwrap();
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].1, "the");
        assert_eq!(diffs("Our best years are still ahead of us", MEMO), None);
    }

    #[test]
    fn a_confirmed_quote_is_matched_by_its_speaker_or_surname() {
        assert!(confirmed_speaker("Andy Jassy", "Andy Jassy"));
        assert!(confirmed_speaker("Jassy", "Andy Jassy"));
        assert!(!confirmed_speaker("Galetti", "Andy Jassy"));
        assert!(!confirmed_speaker("", "Andy Jassy"));
    }

    #[test]
    fn a_confirmed_quote_is_pointed_into_only_when_written_byte_for_byte() {
        let yaml = "quotes:\n  - speaker: Jane Roe\n    text: \"We are convinced this is the right call\"\n";
        let set = crate::rules::compile::compile("s.yaml", yaml, 0).unwrap();
        let mut q = set.quotes[0].clone();
        let s = in_sheet(&q, Span::new(7, 16));
        assert_eq!(&yaml[s.start..s.end], "convinced");
        q.at = None;
        assert_eq!(in_sheet(&q, Span::new(7, 16)), q.span);
    }

    #[test]
    fn speakers_match_by_name_surname_or_a_slip() {
        assert!(same_person("Jane Roe", "Jane Roe"));
        assert!(same_person("Councillor Abebe", "Mary Abebe"));
        assert!(same_person("Jane Rowe", "Jane Roe"));
        assert!(!same_person("John Smith", "Jane Roe"));
        assert!(!same_person("", "Jane Roe"));
    }
}
