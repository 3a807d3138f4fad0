//! Kinds of money another figure owns. In `sold about $21 billion of
//! securities at an after-tax loss of roughly $1.8 billion and planned to
//! raise $2.25 billion`, `loss of` names the $1.8 billion: the sentence's
//! other figures do not take `loss` from it when their own words name no
//! kind.

use std::borrow::Cow;

use super::window::Sentence;
use super::words::MONEY_FINDER;
use crate::claim::Measure;
use crate::extract::Extraction;

/// Words that start a phrase of their own after a figure, not its kind.
const SMALL: &[&str] = &[
    "on", "of", "in", "at", "for", "from", "to", "the", "and", "or", "with", "by",
];

/// How far before a figure its own kind word may stand (as `tight_before`).
const OWN_REACH: usize = 24;

/// The sentence byte ranges (of `st`) that other money figures of the
/// sentence own, as figure `k` reads them: the words right before each
/// other money figure when they name a kind of money and end in `of` or
/// `at` (`loss of roughly $1.8 billion`, `revenue at $5bn`), unless `k` is
/// the next item of that figure's list, and the two words right after it
/// when they name one (`a $1.8 billion loss`).
pub(super) fn owned_spans(ex: &Extraction, st: &Sentence, k: usize) -> Vec<(usize, usize)> {
    let s_end = st.start + st.text.len();
    let mine = ex.claims[k].span.start.saturating_sub(st.start);
    let mut spans = Vec::new();
    for (j, c) in ex.claims_in(st.start, s_end) {
        if j == k || c.quantity().is_none_or(|q| q.measure != Measure::Money) {
            continue;
        }
        // `a $1.8 billion loss on the sale of $21 billion`: the kind right
        // after a figure is its own.
        let end = c.span.end - st.start;
        let after = st.text.get(end..).unwrap_or("");
        let mut words = after.split_whitespace();
        let first = words.next().unwrap_or("");
        let two = words
            .next()
            .and_then(|w| after.find(w).map(|p| p + w.len()))
            .unwrap_or(0);
        // The kind starts right after it (`loss`, `net loss`), not after a
        // preposition (`on revenue of ¥45.1 trillion` is the next figure's).
        if two > 0 && !SMALL.contains(&first) && !MONEY_FINDER.in_text(&after[..two]).is_empty() {
            spans.push((end, end + two));
        }
        let at = c.span.start - st.start;
        let mut a = at.saturating_sub(OWN_REACH);
        while !st.text.is_char_boundary(a) {
            a += 1;
        }
        let Some(before) = st.text.get(a..at) else {
            continue;
        };
        let lead = before.trim_end();
        if (lead.ends_with(" of") || lead.ends_with(" at"))
            && !MONEY_FINDER.in_text(before).is_empty()
            && !coordinated(st, end, mine)
        {
            spans.push((a, at));
        }
    }
    spans
}

/// `stretch`, which starts at byte `from` of its sentence, with the sentence
/// ranges `spans` (`owned_spans`) blanked.
pub(super) fn without<'s>(stretch: &'s str, from: usize, spans: &[(usize, usize)]) -> Cow<'s, str> {
    let mut out: Option<Vec<u8>> = None;
    for &span in spans {
        blank(&mut out, stretch, from, span);
    }
    match out.map(String::from_utf8) {
        Some(Ok(s)) => Cow::Owned(s),
        _ => Cow::Borrowed(stretch),
    }
}

/// True when a figure at `at` follows another ending at `end` as the next
/// item of one list (`revenue of $12.8 billion in Q1 and $13.1 billion in
/// Q2`): at most four words between, ending in `and`, `or` or a comma.
/// Such a figure shares the first one's kind.
fn coordinated(st: &Sentence, end: usize, at: usize) -> bool {
    let Some(gap) = st.text.get(end..at) else {
        return false;
    };
    let g = gap.trim_end();
    (g.is_empty() || g.ends_with(" and") || g.ends_with(" or") || g.ends_with(','))
        && gap.split_whitespace().count() <= 4
}

/// Blanks sentence bytes `a..b` in `stretch` (which starts at `from`),
/// copying it into `out` on the first change.
fn blank(out: &mut Option<Vec<u8>>, stretch: &str, from: usize, (a, b): (usize, usize)) {
    let (x, y) = (
        a.max(from) - from,
        b.min(from + stretch.len()).saturating_sub(from),
    );
    if x >= y {
        return;
    }
    let bytes = out.get_or_insert_with(|| stretch.as_bytes().to_vec());
    for c in &mut bytes[x..y] {
        if c.is_ascii() {
            *c = b' ';
        }
    }
}

/// True when the words right after a figure make it a part of the figure
/// before (`€4 billion of that`, `of which`, `of the total`), or the words
/// right before make it the other side of a change or a comparison (`to ¥75
/// a share from ¥60`): of that figure's kind.
pub(super) fn part_of_another(tight_before: &str, tight_after: &str) -> bool {
    const PART: &[&str] = &[
        "of that",
        "of this",
        "of it",
        "of which",
        "of those",
        "of the total",
    ];
    const OTHER_SIDE: &[&str] = &[
        " from",
        " versus",
        " vs",
        " vs.",
        " compared with",
        " against",
    ];
    let (a, b) = (tight_after.trim_start(), tight_before.trim_end());
    PART.iter().any(|p| a.starts_with(p)) || OTHER_SIDE.iter().any(|p| b.ends_with(p))
}
