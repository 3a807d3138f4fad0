//! One move told in opposite directions across the drafts: `Alphabet shares
//! rose 4.5% Monday` in one draft, `Alphabet shares fell 4.5%` in two or
//! more others; `inflation eased to 27.3%` beside `inflation rose to 27.3%`.
//!
//! A mention is a percentage (or points) right after a verb of change, a
//! few words of its subject before the verb. Two mentions are one move when
//! they are in different drafts, the same figure (intervals meet), the same
//! kind (an amount, `rose 4.5%`, `by 4.5%`; or a level reached, `to 27.3%`),
//! and their subjects share a content word (`shares`, `margin`). A mention
//! is reported when at least two other drafts tell the move the other way
//! and more drafts tell it that way than this one's (its own included); a
//! draft that tells it both ways is left alone, and so is an even split,
//! since nothing says which side is right.

use std::collections::BTreeSet;

use crate::checks::{Context, Violation};
use crate::claim::{ClaimId, ClaimKind, Measure, UnitClass};
use crate::finding::{Label, Severity};

/// Verbs and adverbs that say a figure went up. Not the relation reader's
/// list (`extract::relation::change`): that one also reads verbs done to a
/// figure (`cut`, `raised`, `doubled`), which say nothing of a market move's
/// direction here.
const UP: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "risen",
    "rising",
    "climbed",
    "climb",
    "climbs",
    "climbing",
    "gained",
    "gain",
    "gains",
    "jumped",
    "jump",
    "jumps",
    "surged",
    "surge",
    "surges",
    "soared",
    "soar",
    "soars",
    "grew",
    "grow",
    "grows",
    "grown",
    "increased",
    "increase",
    "increases",
    "expanded",
    "expand",
    "expands",
    "widened",
    "advanced",
    "up",
    "higher",
    "rallied",
    "accelerated",
    "improved",
];

/// Verbs and adverbs that say a figure went down.
const DOWN: &[&str] = &[
    "fell",
    "fall",
    "falls",
    "fallen",
    "falling",
    "dropped",
    "drop",
    "drops",
    "slid",
    "slide",
    "slides",
    "slipped",
    "slip",
    "declined",
    "decline",
    "declines",
    "decreased",
    "decrease",
    "decreases",
    "tumbled",
    "tumble",
    "plunged",
    "plunge",
    "sank",
    "sink",
    "shrank",
    "shrink",
    "shrinks",
    "narrowed",
    "narrow",
    "narrows",
    "eased",
    "ease",
    "eases",
    "lost",
    "down",
    "lower",
    "slowed",
    "slumped",
    "contracted",
    "retreated",
    "dipped",
];

/// Words between a verb and its figure that leave the figure the amount moved.
const BETWEEN: &[&str] = &[
    "about",
    "roughly",
    "nearly",
    "almost",
    "some",
    "around",
    "approximately",
    "just",
    "more",
    "than",
    "over",
    "under",
    "by",
    "a",
    "further",
    "another",
    "an",
    "estimated",
    "as",
    "much",
    "many",
    "close",
    "to",
];

/// Words before a verb that carry no subject: auxiliaries, relatives.
const AUX: &[&str] = &[
    "will",
    "would",
    "could",
    "may",
    "might",
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "which",
    "that",
    "who",
    "also",
    "then",
    "closed",
    "ended",
    "finished",
    "the",
    "its",
    "their",
    "a",
    "an",
    "and",
    "to",
    "expected",
    "forecast",
    "set",
    "seen",
    "projected",
];

/// One told move.
struct Mention {
    id: ClaimId,
    up: bool,
    level: bool,
    points: bool,
    low: f64,
    high: f64,
    /// The figure's point, when it states one (`more than 3%` states 3).
    value: Option<f64>,
    subject: BTreeSet<String>,
}

/// The words of `text` before `at` in its sentence, lower case.
fn words_before(text: &str, at: usize) -> Vec<String> {
    let head = &text[..at];
    let start = head
        .rfind(['.', '!', '?', '\n', ';', ':', '—', '–', '(', '"', '“', '”'])
        .map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, char::len_utf8)
        });
    let start = (start..=at)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(at);
    text[start..at]
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

/// The mention a percentage claim makes, when a verb of change comes right before it.
fn mention(cx: &Context<'_, '_>, id: ClaimId) -> Option<Mention> {
    let c = cx.corpus.claim(id);
    let ClaimKind::Quantity(q) = &c.kind else {
        return None;
    };
    if q.measure != Measure::Percent || q.comparison {
        return None;
    }
    let points = q.unit == UnitClass::PercentagePoints;
    let text = &cx.corpus.doc(id).text;
    let mut words = words_before(text, c.span.start);
    let mut level = false;
    while let Some(w) = words.last() {
        if !BETWEEN.contains(&w.as_str()) {
            break;
        }
        level |= w == "to";
        words.pop();
    }
    let verb = words.pop()?;
    let up = if UP.contains(&verb.as_str()) {
        true
    } else if DOWN.contains(&verb.as_str()) {
        false
    } else {
        return None;
    };
    // `closed up 1.3%`: the verb before the adverb is no subject.
    let subject: BTreeSet<String> = words
        .iter()
        .rev()
        .filter(|w| !AUX.contains(&w.as_str()) && !w.chars().all(|c| c.is_ascii_digit()))
        .take(3)
        .map(|w| w.trim_end_matches(['\'', '’', 's']).to_string())
        .filter(|w| w.len() > 1)
        .collect();
    if subject.is_empty() {
        return None;
    }
    Some(Mention {
        id,
        up,
        level,
        points,
        low: q.interval.low,
        high: q.interval.high,
        value: q.value,
        subject,
    })
}

/// True when two mentions tell one move (either way).
fn same_move(a: &Mention, b: &Mention) -> bool {
    a.id.doc != b.id.doc
        && a.level == b.level
        && a.points == b.points
        && a.low <= b.high
        && b.low <= a.high
        // `fell more than 3%` meets `increased by 10.4%` only through its
        // open end: the figures stated are not one.
        && match (a.value, b.value) {
            (Some(x), Some(y)) => (x - y).abs() <= 0.1 * x.abs().max(y.abs()),
            _ => true,
        }
        && a.subject.intersection(&b.subject).next().is_some()
}

/// Reports each mention told against the way most drafts tell its move.
pub(super) fn across(cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
    let mut all = Vec::new();
    for (d, ex) in cx.corpus.extractions.iter().enumerate() {
        for k in 0..ex.claims.len() {
            if let Some(m) = mention(cx, ClaimId { doc: d, claim: k }) {
                all.push(m);
            }
        }
    }
    // The mentions whose figure meets each one's are found in a window of
    // the mentions sorted by their low end, not by a pass over all of them.
    let mut by_low: Vec<usize> = (0..all.len()).collect();
    by_low.sort_by(|&a, &b| all[a].low.total_cmp(&all[b].low));
    let widest = all.iter().map(|m| m.high - m.low).fold(0.0, f64::max);
    for m in &all {
        let from = by_low.partition_point(|&i| all[i].low < m.low - widest);
        let to = by_low.partition_point(|&i| all[i].low <= m.high);
        let mut near: Vec<usize> = by_low[from..to]
            .iter()
            .copied()
            .filter(|&i| m.low <= all[i].high)
            .collect();
        near.sort_unstable();
        let near: Vec<&Mention> = near.into_iter().map(|i| &all[i]).collect();
        let others: Vec<&Mention> = near.iter().copied().filter(|o| same_move(m, o)).collect();
        // A draft that tells the figure both ways (`fell 3.2% on Tuesday, a
        // day after rising 3.2%`) is telling two moves: no evidence either way.
        let both = |d: usize| {
            let told = |up: bool| {
                near.iter()
                    .any(|o| o.id.doc == d && o.up == up && o.level == m.level)
            };
            told(true) && told(false)
        };
        let drafts = |up: bool| -> BTreeSet<usize> {
            others
                .iter()
                .filter(|o| o.up == up && !both(o.id.doc))
                .map(|o| o.id.doc)
                .collect()
        };
        let (with, against) = (drafts(m.up), drafts(!m.up));
        let own_against = both(m.id.doc);
        if own_against || against.len() < 2 || against.len() <= with.len() + 1 {
            continue;
        }
        let evidence: Vec<&&Mention> = others.iter().filter(|o| o.up != m.up).take(3).collect();
        let way = |up: bool| if up { "up" } else { "down" };
        let related = evidence
            .iter()
            .map(|o| {
                let c = cx.corpus.claim(o.id);
                Label::doc(c.doc, c.span, format!("told as {} here", way(o.up)))
            })
            .collect();
        let c = cx.corpus.claim(m.id);
        out.push(
            Violation::new(
                format!(
                    "`{}` is a move {} here but {} in {} other draft{}",
                    cx.corpus.text(m.id),
                    way(m.up),
                    way(!m.up),
                    against.len(),
                    if against.len() == 1 { "" } else { "s" }
                ),
                Label::doc(c.doc, c.span, format!("told as {} here", way(m.up))),
                related,
                "check which way the figure moved and use that verb in every draft",
            )
            .with_severity(Severity::Warning),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::words_before;

    #[test]
    fn the_words_before_a_figure_stop_at_the_sentence() {
        let t = "Markets slid. Alphabet shares rose 4.5% Monday.";
        let at = t.find("4.5").unwrap_or(0);
        assert_eq!(words_before(t, at), vec!["alphabet", "shares", "rose"]);
    }
}
