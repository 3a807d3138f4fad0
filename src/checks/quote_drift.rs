//! # quote-drift
//!
//! ## What it checks
//! The same speaker quoted with different words in overlapping quotes across
//! the drafts (or within one). Quotes of one speaker that share a run of words
//! are aligned word by word; words that differ inside the shared stretch are
//! reported, pointing at both versions.
//!
//! ## Why it matters
//! A quotation is a claim that someone said exactly these words. Two versions
//! cannot both be exact, and a changed word (`convicted` for `convinced`) can
//! change the meaning.
//!
//! ## Example
//! Fires on `“convicted that we need …”` in one draft and `“We're convinced
//! that we need…”` in another, both from Beth Galetti, and on `“not this
//! quarter. It's focus”` against `“not this quarter, at least. It's focus”`.
//! Stays silent on a fair fragment of a longer quote, and when the
//! only difference is `organised` against `organized`, curly against straight
//! apostrophes, an ellipsis (`…`) marking omitted words, or a `[bracketed]`
//! editorial insertion.
//!
//! ## Options
//! None.
//!
//! ## Limits
//! Quotes must share at least five words, three of them in a row, and agree
//! on most of their common stretch; shorter echoes are not compared. A quote
//! no draft attributes (`a spokesperson said`) is compared with the quotes of
//! the one speaker it shares five words in a row with, or else with other
//! unattributed quotes, and then needs five words in a row to count as the
//! same quote. A fragment whose words are a stretch of the full quote is a
//! fair partial quote; words inserted, dropped or replaced inside the shared
//! stretch are a difference, reported once as one stretch. Where one quote
//! starts or ends earlier than the other, only a near-identical word right at
//! the edge (`convicted`/`convinced`), or the one word a quote opens or closes
//! on, counts as a difference. A multi-paragraph quote is compared paragraph
//! by paragraph, so a draft that leaves a paragraph out does not drift; an
//! ellipsis splits a quote the same way, each side held to the other quote
//! only when it shares three words in a row by itself (`The result is
//! extremely severe… I will continue` against a quote that opens `The public
//! has delivered …, and I will continue` is no drift). Which
//! version is right is not known: the one fewer drafts agree with is reported.

use std::collections::BTreeMap;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

mod candidates;
mod edit;
mod pairs;
mod vocabulary;

use super::{Check, Context, Violation};
use crate::claim::ClaimId;
use crate::claim::ClaimKind;
use crate::extract::quote::QuoteWord;
use crate::finding::{Label, Severity};
use crate::source::{DocId, Span};

/// The `quote-drift` check.
pub struct QuoteDrift;

/// How well each word of `a` (rows) pairs with each word of `b` (columns),
/// over the first 400 words of each: same words weigh 2, similar ones 1, so
/// `were` pairs with `were`, not with a `here` that sits next to it.
fn weights(a: &[QuoteWord], b: &[QuoteWord]) -> Vec<u8> {
    let m = b.len().min(400);
    a[..a.len().min(400)]
        .iter()
        .flat_map(|x| b[..m].iter().map(move |y| (x, y)))
        .map(|(x, y)| match (&x.norm, &y.norm) {
            (Some(x), Some(y)) if x == y => 2,
            (Some(x), Some(y)) if similar(x, y) => 1,
            _ => 0,
        })
        .collect()
}

/// Word pairs of the longest common subsequence of two quotes of `n` and
/// `m` words (at most 400 each), given each pair's weight (`weights`).
/// `ends` holds each quote's length without the gaps it ends on (a closing
/// ellipsis: `I will appeal…` ends on `appeal`).
fn align(n: usize, m: usize, weights: &[u8], ends: (usize, usize)) -> Vec<(usize, usize)> {
    let weight = |i: usize, j: usize| u16::from(weights[i * m + j]);
    // The table, flat: row i holds dp[i][0..=m].
    let w1 = m + 1;
    let mut dp = vec![0u16; (n + 1) * w1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let w = weight(i, j);
            let skip = dp[(i + 1) * w1 + j].max(dp[i * w1 + j + 1]);
            dp[i * w1 + j] = if w > 0 {
                skip.max(dp[(i + 1) * w1 + j + 1] + w)
            } else {
                skip
            };
        }
    }
    let (mut i, mut j, mut pairs) = (0, 0, Vec::new());
    while i < n && j < m {
        let w = weight(i, j);
        // Among alignments of one weight, a pair the next words do not go on
        // from yields to a later one when skipping keeps the weight: a
        // fragment (`is mending more slowly…`) pairs with the stretch it
        // copies, not with an earlier `is` of the full quote. The last word
        // of a trimmed quote (`… to stop it.`), going on from the pair before,
        // is no such stray: it stays with the run it ends, not with a later
        // `it` of the full quote.
        let ends_run = (i + 1 >= ends.0 || j + 1 >= ends.1)
            && i > 0
            && j > 0
            && pairs.last() == Some(&(i - 1, j - 1));
        if w > 0 && !ends_run && !(i + 1 < n && j + 1 < m && weight(i + 1, j + 1) > 0) {
            if dp[i * w1 + j + 1] == dp[i * w1 + j] {
                j += 1;
                continue;
            }
            if dp[(i + 1) * w1 + j] == dp[i * w1 + j] {
                i += 1;
                continue;
            }
        }
        if w > 0 && dp[i * w1 + j] == dp[(i + 1) * w1 + j + 1] + w {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if dp[(i + 1) * w1 + j] >= dp[i * w1 + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

/// True when some `run` words in a row of one quote pair with `run` words in
/// a row of the other (weight above 0 each: a diagonal of the table). The
/// aligned pairs are such pairs, so two quotes without such a run cannot
/// have `run` aligned pairs in a row, and `differences` finds them no quote
/// of each other whatever the alignment: the check skips the alignment.
/// (The check decides it without the table: `pairs::has_run`; this is the
/// reference its test compares with.)
#[cfg(test)]
fn has_run(n: usize, m: usize, weights: &[u8], run: usize) -> bool {
    let mut prev = vec![0usize; m + 1];
    let mut cur = vec![0usize; m + 1];
    for i in 0..n {
        for j in 0..m {
            cur[j + 1] = usize::from(weights[i * m + j] > 0) * (prev[j] + 1);
            if cur[j + 1] >= run {
                return true;
            }
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    false
}

/// One stretch where two quotes differ: word ranges in each.
#[derive(Clone, Debug)]
pub(super) struct Diff {
    pub(super) a: std::ops::Range<usize>,
    pub(super) b: std::ops::Range<usize>,
}

/// Two words that look like one word mistyped or misheard (`convicted`/`convinced`).
fn near(x: &str, y: &str) -> bool {
    if x.len() < 4 || y.len() < 4 || x.len().abs_diff(y.len()) > 8 {
        return false;
    }
    // Two edits change at most four of the characters a word is made of, so
    // words whose character sets differ by more are far apart, and the edit
    // distance (the costly part of aligning a large archive's quotes) is
    // computed only for the few pairs that may be near. Characters share
    // bits by their code modulo 64, which can only make sets look closer.
    let set = |w: &str| w.chars().fold(0u64, |m, c| m | 1 << (u32::from(c) % 64));
    if (set(x) ^ set(y)).count_ones() > 4 {
        return false;
    }
    edit::within_two(x, y)
}

/// Two forms of one word that align in a quote even though they differ: a
/// near miss, or a long shared stem (`transformative`/`transformational`).
fn similar(x: &str, y: &str) -> bool {
    let stem = x.chars().zip(y.chars()).take_while(|(p, q)| p == q).count();
    near(x, y) || (stem >= 7 && x.len() >= 8 && y.len() >= 8)
}

/// How two quotes of one speaker compare: their differences and, in each, the
/// first and last word of the stretch they share.
pub(super) struct Drift {
    pub(super) diffs: Vec<Diff>,
    pub(super) a: (usize, usize),
    pub(super) b: (usize, usize),
}

/// Where two quotes of one speaker differ inside their shared stretch; `None`
/// when they are not the same quote at all.
pub(super) fn differences(a: &[QuoteWord], b: &[QuoteWord], min_run: usize) -> Option<Drift> {
    differences_weighed(a, b, min_run, &weights(a, b))
}

/// A word group's bit in a quote's set of groups (`Vocabulary::groups`).
fn bit_of(g: u32) -> usize {
    (u64::from(g).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize
}

/// `differences`, given the quotes' pair weights (`weights`).
fn differences_weighed(
    a: &[QuoteWord],
    b: &[QuoteWord],
    min_run: usize,
    weights: &[u8],
) -> Option<Drift> {
    let (n, m) = (a.len().min(400), b.len().min(400));
    let end = |w: &[QuoteWord]| {
        w.iter()
            .rposition(|x| x.norm.is_some())
            .map_or(0, |k| k + 1)
    };
    let pairs = align(n, m, weights, (end(&a[..n]), end(&b[..m])));
    let longest_run = pairs.windows(2).fold((1, 1), |(best, run), w| {
        let r = if w[1].0 == w[0].0 + 1 && w[1].1 == w[0].1 + 1 {
            run + 1
        } else {
            1
        };
        (best.max(r), r)
    });
    if pairs.len() < 5 || longest_run.0 < min_run {
        return None;
    }
    let (first, last) = (pairs[0], pairs[pairs.len() - 1]);
    let span_a = last.0 - first.0 + 1;
    if pairs.len() * 2 < span_a {
        return None;
    }
    // The pairs split where either quote has a gap between two of them (an
    // ellipsis, a new paragraph): each stretch is held to the other quote
    // only when it shares `min_run` words in a row by itself. Words before
    // an ellipsis may be from another part of the speech (`The result is
    // extremely severe… I will continue` against a quote that opens `The
    // public has delivered …, and I will continue`): a stray `the` and `and`
    // they pair with make no stretch of the same words.
    let has_gap = |ra: std::ops::Range<usize>, rb: std::ops::Range<usize>| {
        a[ra].iter().chain(&b[rb]).any(|x| x.norm.is_none())
    };
    let mut stretch = vec![0usize; pairs.len()];
    let mut runs = vec![1usize];
    let mut run = 1;
    for (k, w) in pairs.windows(2).enumerate() {
        let apart = has_gap(w[0].0 + 1..w[1].0, w[0].1 + 1..w[1].1);
        if apart {
            runs.push(1);
            run = 1;
        } else if w[1].0 == w[0].0 + 1 && w[1].1 == w[0].1 + 1 {
            run += 1;
        } else {
            run = 1;
        }
        stretch[k + 1] = runs.len() - 1;
        let best = runs.last_mut().expect("one stretch at least");
        *best = (*best).max(run);
    }
    let held = |k: usize| runs[stretch[k]] >= min_run;
    let mut diffs = Vec::new();
    // Aligned words that are only similar are differences in themselves.
    let changed = |&(i, j): &(usize, usize)| a[i].norm != b[j].norm;
    if changed(&pairs[0]) && held(0) {
        diffs.push(Diff {
            a: pairs[0].0..pairs[0].0 + 1,
            b: pairs[0].1..pairs[0].1 + 1,
        });
    }
    for (k, w) in pairs.windows(2).enumerate() {
        let (ra, rb) = (w[0].0 + 1..w[1].0, w[0].1 + 1..w[1].1);
        let gap = has_gap(ra.clone(), rb.clone());
        if !(gap || ra.is_empty() && rb.is_empty()) && held(k) {
            diffs.push(Diff { a: ra, b: rb });
        }
        if changed(&w[1]) && held(k + 1) {
            diffs.push(Diff {
                a: w[1].0..w[1].0 + 1,
                b: w[1].1..w[1].1 + 1,
            });
        }
    }
    let (mut a0, mut b0) = first;
    // At the edges, only a near-identical word right next to the shared stretch
    // counts — or the one word a quote opens or closes with where the other
    // goes on (`a dynamic market` against `a dynamic marketplace`, or a
    // fragment `open this season` of `open this winter, whatever…`).
    if a0 > 0
        && b0 > 0
        && let (Some(x), Some(y)) = (&a[a0 - 1].norm, &b[b0 - 1].norm)
        && (near(x, y) || a0 == 1 || b0 == 1)
    {
        diffs.insert(
            0,
            Diff {
                a: a0 - 1..a0,
                b: b0 - 1..b0,
            },
        );
        a0 -= 1;
        b0 -= 1;
    }
    let (mut a1, mut b1) = last;
    if a1 + 1 < a.len()
        && b1 + 1 < b.len()
        && let (Some(x), Some(y)) = (&a[a1 + 1].norm, &b[b1 + 1].norm)
        && (near(x, y) || a1 + 2 == a.len() || b1 + 2 == b.len())
    {
        diffs.push(Diff {
            a: a1 + 1..a1 + 2,
            b: b1 + 1..b1 + 2,
        });
        a1 += 1;
        b1 += 1;
    }
    Some(Drift {
        diffs,
        a: (a0, a1),
        b: (b0, b1),
    })
}

/// True when the words `r` of quote `q` (in `text`) are its last word cut
/// short by the page (`could al` for `could alone`): the start of the one
/// word `or` of the other quote `o`, with nothing after it in the draft but
/// a line break or the end of the text — a closed quote ends on a whole
/// word, and `market` closing a quote is no cut of `marketplace`.
fn page_cut(
    text: &str,
    q: &[QuoteWord],
    r: &std::ops::Range<usize>,
    o: &[QuoteWord],
    or: &std::ops::Range<usize>,
) -> bool {
    if r.len() != 1 || or.len() != 1 || r.end != q.len() {
        return false;
    }
    let (Some(cut), Some(word)) = (q[r.start].norm.as_deref(), o[or.start].norm.as_deref()) else {
        return false;
    };
    let after = text.get(q[r.start].span.end..).unwrap_or("");
    cut.len() < word.len()
        && word.starts_with(cut)
        && after.chars().next().is_none_or(|c| c == '\n' || c == '\r')
}

/// The gap `extract::quote::words` leaves where a multi-paragraph quote
/// opens its next paragraph (the gap is that quote mark).
fn is_join(text: &str, w: &QuoteWord) -> bool {
    w.norm.is_none()
        && matches!(
            text.get(w.span.start..w.span.end),
            Some("\"" | "\u{201c}" | "\u{2018}")
        )
}

/// The span covering words `r` (or the point before word `r.start` when empty).
pub(super) fn words_span(w: &[QuoteWord], r: &std::ops::Range<usize>) -> Span {
    if r.is_empty() {
        let at = w
            .get(r.start)
            .map_or_else(|| w.last().map_or(0, |x| x.span.end), |x| x.span.start);
        return Span::new(at, at);
    }
    w[r.start].span.cover(w[r.end - 1].span)
}

fn source_words(text: &str, w: &[QuoteWord], r: &std::ops::Range<usize>) -> String {
    let s = words_span(w, r);
    if s.is_empty() {
        "nothing".into()
    } else {
        format!("`{}`", &text[s.start..s.end])
    }
}

/// The number of a gap (a word that pairs with nothing).
const GAP: u32 = u32::MAX;

impl Check for QuoteDrift {
    fn id(&self) -> &'static str {
        "quote-drift"
    }

    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn source(&self) -> &'static str {
        include_str!("quote_drift.rs")
    }

    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
        // Speakers are independent: compared side by side (the unnamed
        // speaker's many versions are also split by version, `pairs`), their
        // findings kept in speaker order whatever finished first.
        let speakers: Vec<(&String, &Vec<ClaimId>)> = cx
            .corpus
            .index
            .quotes
            .iter()
            .collect::<BTreeMap<_, _>>()
            .into_iter()
            .collect();
        let found: Vec<Vec<Violation>> = speakers
            .par_iter()
            .map(|(speaker, ids)| one_speaker(cx, speaker, ids))
            .collect();
        out.extend(found.into_iter().flatten());
    }
}

/// The findings about one speaker's quotes.
fn one_speaker(cx: &Context<'_, '_>, speaker: &str, ids: &[ClaimId]) -> Vec<Violation> {
    let mut out = Vec::new();
    let mut drift_pairs = Vec::new();
    // A multi-paragraph quote is compared paragraph by paragraph: drafts
    // reprint its paragraphs apart, and one paragraph's words must not be
    // aligned with another's.
    let quotes: Vec<(ClaimId, &[QuoteWord])> = ids
        .iter()
        .filter(|&&id| matches!(cx.corpus.claim(id).kind, ClaimKind::Quote(_)))
        .flat_map(|&id| {
            let text = &cx.corpus.doc(id).text;
            cx.corpus
                .quote_words(id)
                .split(|w| is_join(text, w))
                .filter(|seg| !seg.is_empty())
                .map(move |seg| (id, seg))
        })
        .collect();
    // Identical versions are compared once: a quote repeated in many drafts
    // costs one comparison, not one per pair of drafts.
    // (A map finds each quote's version; versions stay in order of first use.)
    let mut versions: Vec<(Vec<Option<&str>>, Vec<usize>)> = Vec::new();
    let mut version_of: FxHashMap<Vec<Option<&str>>, usize> = FxHashMap::default();
    for (n, q) in quotes.iter().enumerate() {
        let key: Vec<Option<&str>> = q.1.iter().map(|w| w.norm.as_deref()).collect();
        match version_of.get(&key) {
            Some(&v) => versions[v].1.push(n),
            None => {
                version_of.insert(key.clone(), versions.len());
                versions.push((key, vec![n]));
            }
        }
    }
    // Quotes of unnamed speakers must share more to be one quote.
    let min_run = if speaker.is_empty() { 5 } else { 3 };
    let firsts: Vec<&[QuoteWord]> = versions.iter().map(|v| quotes[v.1[0]].1).collect();
    let sizes: Vec<usize> = versions.iter().map(|v| v.1.len()).collect();
    let pairs::Compared { agree, drifts } = pairs::compare(
        versions.iter().map(|(k, _)| k.as_slice()),
        &firsts,
        &sizes,
        min_run,
    );
    // Each quote is reported once, against the first version it drifts from.
    let mut reported = vec![false; quotes.len()];
    for (a, b, mut diffs, ra, rb) in drifts {
        // A quote cut mid-word by the page (its first draft's text tells).
        let (qa, qb) = (quotes[versions[a].1[0]], quotes[versions[b].1[0]]);
        let (ta, tb) = (&cx.corpus.doc(qa.0).text, &cx.corpus.doc(qb.0).text);
        diffs.retain(|d| {
            !page_cut(ta, qa.1, &d.a, qb.1, &d.b) && !page_cut(tb, qb.1, &d.b, qa.1, &d.a)
        });
        if diffs.is_empty() {
            continue;
        }
        let swap = agree[a] > agree[b]
            || (agree[a] == agree[b] && quotes[versions[a].1[0]].0 < quotes[versions[b].1[0]].0);
        let (mine, other) = if swap { (b, a) } else { (a, b) };
        for &p in &versions[mine].1 {
            if reported[p] {
                continue;
            }
            // The evidence: a quote of the other version in another draft if there is one.
            let others = &versions[other].1;
            let o = others
                .iter()
                .copied()
                .find(|&o| quotes[o].0.doc != quotes[p].0.doc)
                .unwrap_or(others[0]);
            reported[p] = true;
            let i = if swap { o } else { p };
            let j = if swap { p } else { o };
            drift_pairs.push((i, j, diffs.clone(), ra, rb, swap));
        }
    }
    for (i, j, diffs, ra, rb, swap) in drift_pairs.drain(..) {
        // The version fewer quotes agree with is reported; on a tie, the later draft's.
        let (p, o, dp, rp, ro) = if swap {
            let flipped = diffs
                .iter()
                .map(|d| Diff {
                    a: d.b.clone(),
                    b: d.a.clone(),
                })
                .collect();
            (j, i, flipped, rb, ra)
        } else {
            (i, j, diffs, ra, rb)
        };
        out.push(finding(
            cx,
            speaker,
            (&quotes[p].0, quotes[p].1),
            (&quotes[o].0, quotes[o].1),
            &dp,
            rp,
            ro,
        ));
    }
    out
}

fn finding(
    cx: &Context<'_, '_>,
    speaker: &str,
    (pid, pw): (&ClaimId, &[QuoteWord]),
    (oid, ow): (&ClaimId, &[QuoteWord]),
    diffs: &[Diff],
    rp: (usize, usize),
    ro: (usize, usize),
) -> Violation {
    let (ptext, otext) = (&cx.corpus.doc(*pid).text, &cx.corpus.doc(*oid).text);
    let (pdoc, odoc): (DocId, DocId) = (cx.corpus.claim(*pid).doc, cx.corpus.claim(*oid).doc);
    // All differences as one stretch per side; a side with nothing there is
    // widened by a shared word each way, so both versions read as phrases.
    let (first, last) = (&diffs[0], &diffs[diffs.len() - 1]);
    let mut ua = first.a.start..last.a.end;
    let mut ub = first.b.start..last.b.end;
    if first.a.is_empty() || first.b.is_empty() {
        ua.start = ua.start.saturating_sub(1).max(rp.0);
        ub.start = ub.start.saturating_sub(1).max(ro.0);
    }
    if last.a.is_empty() || last.b.is_empty() {
        ua.end = (ua.end + 1).min(rp.1 + 1);
        ub.end = (ub.end + 1).min(ro.1 + 1);
    }
    let d = Diff { a: ua, b: ub };
    let here = source_words(ptext, pw, &d.a);
    let there = source_words(otext, ow, &d.b);
    let more = String::new();
    let file = super::file_name(&cx.corpus.doc(*oid).path);
    let primary_span = if d.a.is_empty() {
        words_span(pw, &(rp.0..rp.1 + 1))
    } else {
        words_span(pw, &d.a)
    };
    let mut related = vec![
        Label::doc(
            odoc,
            words_span(ow, &(ro.0..ro.1 + 1)),
            format!("the same quote, as given in {file}"),
        ),
        Label::doc(pdoc, words_span(pw, &(rp.0..rp.1 + 1)), "the quote here"),
    ];
    if !d.b.is_empty() {
        related.insert(
            0,
            Label::doc(odoc, words_span(ow, &d.b), format!("{there} there")),
        );
    }
    Violation::new(
        if speaker.is_empty() {
            format!("a quote reads {here} here but {there} in {file}{more}")
        } else {
            format!("`{speaker}` is quoted as {here} here but as {there} in {file}{more}")
        },
        Label::doc(pdoc, primary_span, format!("{here} here")),
        related,
        "check the quote against the recording or the source document and use one version",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::messages;

    use crate::extract::quote::words;

    fn w(s: &str) -> Vec<QuoteWord> {
        words(s, Span::new(0, s.len()))
    }

    #[test]
    fn a_changed_word_at_the_edge_is_a_difference() {
        let a = w(
            "convicted that we need to be organised more leanly, with fewer layers and more ownership",
        );
        let b = w("We’re convinced that we need…fewer layers and more ownership");
        assert_eq!(differences(&a, &b, 3).unwrap().diffs.len(), 1);
    }

    #[test]
    fn a_different_last_word_of_both_quotes_is_a_difference() {
        let d = differences(
            &w("best position the company for success in a dynamic marketplace"),
            &w("best position the company for success in a dynamic market"),
            3,
        )
        .unwrap();
        assert_eq!(d.diffs.len(), 1);
        let longer = differences(
            &w("best position the company for success in a dynamic marketplace"),
            &w("best position the company for success in a dynamic marketplace today"),
            3,
        )
        .unwrap();
        assert!(longer.diffs.is_empty());
    }

    #[test]
    fn an_ellipsis_is_an_omission_not_a_difference() {
        let a = w("we need to be organised more leanly, with fewer layers and more ownership");
        let b = w("we need…fewer layers and more ownership");
        assert!(differences(&a, &b, 3).unwrap().diffs.is_empty());
    }

    #[test]
    fn bracketed_insertions_are_editorial() {
        let a = w("We expect that it will reduce our total corporate workforce");
        let b = w("We expect that [AI] will reduce our total corporate workforce");
        assert!(differences(&a, &b, 3).unwrap().diffs.is_empty());
    }

    #[test]
    fn a_word_changed_to_another_form_of_it_is_a_difference() {
        let d = differences(
            &w("the most transformative technology since the birth of the internet"),
            &w("the most transformational technology since the birth of the internet"),
            3,
        )
        .unwrap();
        assert_eq!(d.diffs.len(), 1);
        assert_eq!(d.diffs[0].a, 2..3);
    }

    #[test]
    fn unnamed_speakers_need_five_words_in_a_row() {
        let a = w("This was a difficult decision, taken only after a thorough review");
        let b = w("This was a decision taken without any consultation with the workforce");
        assert!(differences(&a, &b, 3).is_some());
        assert!(differences(&a, &b, 5).is_none());
    }

    #[test]
    fn unrelated_quotes_are_not_compared() {
        assert!(
            differences(
                &w("speed is a leadership decision"),
                &w("like the world's largest startup"),
                3
            )
            .is_none()
        );
    }

    #[test]
    fn a_fair_fragment_of_a_quote_is_no_drift() {
        let full = w(
            "We will keep every route open this winter, whatever fuel costs, because islanders rely on us",
        );
        let part = w("whatever fuel costs, because islanders rely on us");
        assert!(differences(&full, &part, 3).unwrap().diffs.is_empty());
    }

    #[test]
    fn a_fragment_pairs_with_the_stretch_it_copies() {
        let full = w(
            "Demand tied to AI is holding up well, but the rest of the market is mending more slowly than we had hoped, and our customers are being careful about 2025",
        );
        let part = w(
            "is mending more slowly than we had hoped, and our customers are being careful about 2025",
        );
        let d = differences(&full, &part, 3);
        assert!(d.as_ref().is_none_or(|d| d.diffs.is_empty()));
        let d = differences(&part, &full, 3);
        assert!(d.as_ref().is_none_or(|d| d.diffs.is_empty()));
    }

    #[test]
    fn a_fragment_with_a_changed_word_is_drift() {
        let full = w(
            "We will keep every route open this winter, whatever fuel costs, because islanders rely on us",
        );
        let part = w("every route open this season, whatever fuel costs");
        assert_eq!(differences(&full, &part, 3).unwrap().diffs.len(), 1);
    }

    #[test]
    fn a_fragment_ending_on_a_changed_word_is_drift() {
        let full = w(
            "We will keep every route open this winter, whatever fuel costs, because islanders rely on us",
        );
        let part = w("We will keep every route open this season");
        let d = differences(&full, &part, 3).unwrap();
        assert_eq!(d.diffs.len(), 1);
        assert_eq!(d.diffs[0].b, 7..8);
        let part = w("depend on us");
        assert!(differences(&full, &part, 3).is_none());
    }

    #[test]
    fn a_quote_cut_mid_word_is_no_drift() {
        let text = "\"together we can run the fleet better than either could al\n";
        let cut = crate::extract::quote::words(text, crate::source::Span::new(1, text.len() - 1));
        let full = w("together we can run the fleet better than either could alone");
        let d = differences(&full, &cut, 3).unwrap();
        assert_eq!(d.diffs.len(), 1);
        assert!(page_cut(text, &cut, &d.diffs[0].b, &full, &d.diffs[0].a));
        // A closed quote ends on a whole word.
        let text = "\"together we can run the fleet better than either could al.\"";
        let closed =
            crate::extract::quote::words(text, crate::source::Span::new(1, text.len() - 2));
        assert!(!page_cut(
            text,
            &closed,
            &d.diffs[0].b,
            &full,
            &d.diffs[0].a
        ));
    }

    #[test]
    fn dropped_words_are_drift() {
        let a = w("We will not raise fares, not this quarter, at least. It is focus we need now");
        let b = w("We will not raise fares, not this quarter. It is focus we need now");
        let d = differences(&a, &b, 3).unwrap();
        assert_eq!(d.diffs.len(), 1);
        assert!(d.diffs[0].b.is_empty());
    }

    #[test]
    fn a_replaced_phrase_is_one_stretch_of_difference() {
        let a = w("the decisions that brought us to this point were mine and mine alone");
        let b = w("the decisions that got us here were mine and mine alone");
        let d = differences(&a, &b, 3).unwrap();
        assert!(!d.diffs.is_empty());
        assert_eq!(d.diffs[0].a.start, 3, "{:?}", d.diffs);
        assert_eq!(d.diffs[d.diffs.len() - 1].a.end, 8, "{:?}", d.diffs);
    }

    const BLOOMBERG: &str = "Halcyon CEO Robert Vance called artificial intelligence \u{201c}the most important platform shift since the birth of the smartphone,\u{201d} in a letter to shareholders.";

    #[test]
    fn a_reworded_quote_of_one_speaker_is_reported() {
        let other = "\u{201c}This is the most important platform shift we have seen since the smartphone,\u{201d} Halcyon CEO Robert Vance wrote to shareholders.";
        let m = messages(
            &QuoteDrift,
            &[("bloomberg.txt", BLOOMBERG), ("techblog.txt", other)],
        );
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(m[0].starts_with("`Robert Vance` is quoted as"), "{}", m[0]);
    }

    #[test]
    fn the_same_words_in_two_drafts_are_silent() {
        let m = messages(&QuoteDrift, &[("a.txt", BLOOMBERG), ("b.txt", BLOOMBERG)]);
        assert!(m.is_empty(), "{m:?}");
    }
}
