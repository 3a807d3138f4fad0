//! Relations: the arithmetic a sentence states between its own figures.
//!
//! Reads, from the numeric claims of one sentence and the words between them:
//! `P% of B, or R` (also `R, or P% of its B`, `R (P%) of its B`, `P percent of
//! its B employees — about R people`); `rose/fell … from A to B`, with a stated
//! change (`rose 20% from A to B`); and parts against a total (`A, B and C, a
//! total of T`; `T, including A and B`). It only recognises the shapes; the
//! checks do the arithmetic. Figures in different sentences are never related.

use super::lexicon::CHANGE_VERBS;
use super::located::lower_same_offsets;
use crate::claim::{Claim, ClaimKind, Direction, Measure, PartsKind, Relation};
use crate::source::Span;

/// Verbs of change that say which way a figure moved.
fn direction_of(verb: &str) -> Option<Direction> {
    const UP: &[&str] = &[
        "rose",
        "rise",
        "rises",
        "rising",
        "risen",
        "grew",
        "grow",
        "grows",
        "growing",
        "grown",
        "increased",
        "increase",
        "increases",
        "increasing",
        "jumped",
        "jump",
        "jumps",
        "climbed",
        "climb",
        "climbs",
        "soared",
        "surged",
        "expanded",
        "expand",
        "doubled",
        "tripled",
        "boosted",
        "raised",
        "raise",
        "raises",
        "lifted",
        "hiked",
        "upped",
        "improved",
        "rebounded",
        "recovered",
        "accelerated",
        "ballooned",
        "rocketed",
        "skyrocketed",
        "crept",
        "inched",
        "advanced",
        "up",
        "gained",
        "spiked",
    ];
    const DOWN: &[&str] = &[
        "fell",
        "fall",
        "falls",
        "falling",
        "fallen",
        "dropped",
        "drop",
        "drops",
        "declined",
        "decline",
        "declines",
        "decreased",
        "decrease",
        "decreases",
        "decreasing",
        "slid",
        "slide",
        "slides",
        "slipped",
        "slumped",
        "slump",
        "plunged",
        "plummeted",
        "sank",
        "tumbled",
        "dipped",
        "cut",
        "cuts",
        "reduced",
        "reduce",
        "reduces",
        "lowered",
        "lower",
        "shrank",
        "shrunk",
        "shrinking",
        "contracted",
        "eased",
        "slowed",
        "slashed",
        "trimmed",
        "down",
        "dwindled",
        "retreated",
        "downsized",
    ];
    if UP.contains(&verb) {
        Some(Direction::Up)
    } else if DOWN.contains(&verb) {
        Some(Direction::Down)
    } else if CHANGE_VERBS.contains(&verb) {
        Some(Direction::Neutral)
    } else {
        None
    }
}

/// A numeric claim of the sentence with its index in the document's claims.
struct Fig<'c> {
    idx: usize,
    claim: &'c Claim,
    measure: Measure,
}

/// Finds the relations of a document whose claims are sorted by span.
pub fn find(text: &str, claims: &[Claim]) -> Vec<Relation> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < claims.len() {
        let s = claims[k].sentence;
        let mut figs: Vec<Fig<'_>> = Vec::new();
        while k < claims.len() && claims[k].sentence == s {
            if let ClaimKind::Quantity(q) = &claims[k].kind
                && q.measure != Measure::Time
            {
                figs.push(Fig {
                    idx: k,
                    claim: &claims[k],
                    measure: q.measure,
                });
            }
            k += 1;
        }
        percent_of(text, &figs, &mut out);
        changes(text, claims, &figs, &mut out);
        parts(text, &figs, &mut out);
    }
    out
}

/// The lower-cased text between two spans (empty when they overlap or are out of order).
fn between(text: &str, a: Span, b: Span) -> String {
    if a.end > b.start {
        return String::new();
    }
    lower_same_offsets(text.get(a.end..b.start).unwrap_or(""))
}

/// True when `gap` joins a figure to its restatement: `, or`, `—`, `(`, `, about`.
fn restates(gap: &str) -> bool {
    let g = gap.trim();
    g.len() <= 40
        && (g.ends_with(", or")
            || g.ends_with(" or")
            || g == "or"
            || g.ends_with('—')
            || g.ends_with('–')
            || g.ends_with('(')
            || g.ends_with("or about")
            || g.ends_with(',')
            || g.ends_with(", about")
            || g.ends_with(", roughly")
            || g.ends_with("— about")
            || g.ends_with("– about"))
        && !g.contains(';')
        && !g.contains('.')
}

/// True when `gap` joins a count to the share it is: `jobs represent`, `job
/// cuts amount to`, `employees account for`.
fn is_share_verb(gap: &str) -> bool {
    let g = gap.trim();
    g.len() <= 40
        && !g.contains([',', ';', '.'])
        && [
            " represent",
            " represents",
            " amount to",
            " amounts to",
            " account for",
            " accounts for",
            " equal to",
            " equals",
            " equivalent to",
            " make up",
            " makes up",
            " are",
            " is",
        ]
        .iter()
        .any(|v| format!(" {g}").ends_with(v))
}

fn percent_of(text: &str, figs: &[Fig<'_>], out: &mut Vec<Relation>) {
    for (i, p) in figs.iter().enumerate() {
        if p.measure != Measure::Percent {
            continue;
        }
        let next = figs.get(i + 1);
        let prev = i.checked_sub(1).map(|j| &figs[j]);
        // `P% of [a staff of] B[, or] R`
        if let Some(b) = next.filter(|b| b.measure == Measure::Count || b.measure == Measure::Money)
        {
            let gap = between(text, p.claim.span, b.claim.span);
            // `P% of B`, and `R (P%) of its B` where the parenthesis closes first.
            let g = gap.trim_start();
            let g = g.strip_prefix(')').unwrap_or(g).trim_start();
            let of_base = g.starts_with("of ") && gap.len() <= 60 && !gap.contains(',');
            if of_base {
                let result = figs
                    .get(i + 2)
                    .filter(|r| r.measure == b.measure)
                    .filter(|r| {
                        restates(&between(text, b.claim.span, r.claim.span))
                            || about_after(&between(text, b.claim.span, r.claim.span))
                    })
                    .map(|r| r.idx)
                    .or_else(|| {
                        // `R, or P% of B`; `R jobs represent P% of B`
                        prev.filter(|r| r.measure == Measure::Count)
                            .filter(|r| {
                                let g = between(text, r.claim.span, p.claim.span);
                                restates(&g) || is_share_verb(&g)
                            })
                            .map(|r| r.idx)
                    });
                out.push(Relation::PercentOf {
                    percent: p.idx,
                    base: Some(b.idx),
                    result,
                    of: None,
                });
                continue;
            }
        }
        // `R, or P% of its workforce` / `R (P%)`: a share of a noun, no base figure.
        if let Some(r) = prev.filter(|r| r.measure == Measure::Count)
            && restates(&between(text, r.claim.span, p.claim.span))
        {
            let end = p.claim.span.end;
            let after = lower_same_offsets(
                text.get(end..char_floor(text, (end + 200).min(text.len())))
                    .unwrap_or(""),
            );
            let of = share_noun(&after);
            if of.is_some() {
                out.push(Relation::PercentOf {
                    percent: p.idx,
                    base: None,
                    result: Some(r.idx),
                    of,
                });
            }
        }
    }
}

/// `— about R` after `P percent of its B employees`: a restatement after words.
fn about_after(gap: &str) -> bool {
    let g = gap.trim();
    g.len() <= 60
        && (g.ends_with("— about")
            || g.ends_with("– about")
            || g.ends_with(", or about")
            || g.ends_with(", or roughly")
            || g.ends_with(", or approximately")
            || g.ends_with(", or some")
            || g.ends_with(", or nearly"))
}

/// `of its workforce`, `of our staff`, `of the company’s employees` → the noun.
fn share_noun(after: &str) -> Option<String> {
    let a = after
        .trim_start()
        .strip_prefix(')')
        .unwrap_or(after.trim_start())
        .trim_start();
    let a = a.strip_prefix("of ")?;
    let words: Vec<&str> = a
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '’' || c == '\''))
        .filter(|w| !w.is_empty())
        .take(5)
        .collect();
    let head = [
        "workforce",
        "staff",
        "employees",
        "workers",
        "headcount",
        "jobs",
        "roles",
        "positions",
        "personnel",
        "people",
    ];
    words
        .iter()
        .find(|w| head.contains(w))
        .map(|w| w.to_string())
}

/// The lower-cased words of the sentence before `at`, at most `reach` bytes back.
fn lookback(text: &str, at: usize, reach: usize) -> String {
    let sentence_start = text[..at].rfind(['.', '\n']).map_or(0, |p| p + 1);
    let lead = char_floor(text, sentence_start.max(at.saturating_sub(reach)));
    lower_same_offsets(text.get(lead..at).unwrap_or(""))
}

/// The verb of change among the `words` words before the last one of
/// `before` (the look-back ending at `at`): its span and direction.
fn verb_before(before: &str, at: usize, words: usize) -> Option<(Span, Direction)> {
    let trimmed = before.trim_end();
    let (off, w, direction) = word_offsets(trimmed)
        .iter()
        .rev()
        .skip(1)
        .take(words)
        .find_map(|&(off, w)| direction_of(w).map(|d| (off, w, d)))?;
    let start = at - before.len() + off;
    Some((Span::new(start, start + w.len()), direction))
}

/// A stated size of the change between the verb and `until`: `rose 20% from`.
fn stated_change(claims: &[Claim], verb: Span, until: usize) -> Option<usize> {
    claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.span.start >= verb.end && c.span.end <= until)
        .find_map(|(i, c)| match &c.kind {
            ClaimKind::Quantity(q)
                if matches!(q.measure, Measure::Percent | Measure::PercentagePoints) =>
            {
                Some(i)
            }
            _ => None,
        })
}

/// `rose 20% to $12 billion from $9 billion`, `climbed 15 per cent to £2.3bn,
/// up from £2.5bn`: the figure reached comes first, the starting one after `from`.
fn changes_to_from(text: &str, claims: &[Claim], figs: &[Fig<'_>], out: &mut Vec<Relation>) {
    for w in figs.windows(2) {
        let (to, from) = (&w[0], &w[1]);
        if to.measure != from.measure {
            continue;
        }
        let gap = between(text, to.claim.span, from.claim.span);
        let g = gap.trim();
        let marker = matches!(
            g,
            "from" | ", from" | "up from" | ", up from" | "down from" | ", down from"
        );
        if !marker {
            continue;
        }
        let at = to.claim.span.start;
        let before = lookback(text, at, 100);
        if !before.trim_end().ends_with(" to") {
            continue;
        }
        let Some((verb, direction)) = verb_before(&before, at, 8) else {
            continue;
        };
        // `rose … , down from`: the two words disagree; leave it to a reader.
        if (g.contains("up") && direction != Direction::Up)
            || (g.contains("down") && direction != Direction::Down)
        {
            continue;
        }
        out.push(Relation::Change {
            direction,
            verb,
            from: from.idx,
            to: to.idx,
            stated: stated_change(claims, verb, at),
        });
    }
}

fn changes(text: &str, claims: &[Claim], figs: &[Fig<'_>], out: &mut Vec<Relation>) {
    changes_to_from(text, claims, figs, out);
    for w in figs.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        if a.measure != b.measure {
            continue;
        }
        // `from A [in Q1] to B`
        let gap = between(text, a.claim.span, b.claim.span);
        let gap_words: Vec<&str> = gap.split_whitespace().collect();
        if !(gap_words.contains(&"to") && gap_words.len() <= 6) {
            continue;
        }
        let at = a.claim.span.start;
        let before = lookback(text, at, 80);
        if !before.trim_end().ends_with("from") {
            continue;
        }
        // The verb: within the six words before `from`.
        let Some((verb, direction)) = verb_before(&before, at, 6) else {
            continue;
        };
        out.push(Relation::Change {
            direction,
            verb,
            from: a.idx,
            to: b.idx,
            stated: stated_change(claims, verb, at),
        });
    }
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

/// A gap between listed parts: `,`, `and`, or a short phrase naming the part
/// (`in sales and`, `at Leeds,`).
fn part_gap(gap: &str) -> bool {
    let g = gap.trim();
    if matches!(g, "," | "and" | ", and" | "&") {
        return true;
    }
    let Some(phrase) = g
        .strip_suffix(", and")
        .or_else(|| g.strip_suffix(" and"))
        .or_else(|| g.strip_suffix(','))
    else {
        return false;
    };
    let words: Vec<&str> = phrase.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && ["in", "at", "from", "for", "on"].contains(&words[0])
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
}

/// Totals: `a total of T`, `totalling T`, `T in total`, `a combined T`.
fn total_marker(gap: &str) -> bool {
    let g = gap.trim();
    [
        ", a total of",
        ", for a total of",
        " for a total of",
        ", totalling",
        ", totaling",
        " totalling",
        " totaling",
        "a total of",
        "— a total of",
        ", or a combined",
        ", a combined",
        " for a combined",
    ]
    .iter()
    .any(|m| g.ends_with(m.trim()))
        && g.len() <= 40
}

fn parts(text: &str, figs: &[Fig<'_>], out: &mut Vec<Relation>) {
    // `A, B and C, a total of T`
    let mut i = 0;
    while i < figs.len() {
        let m = figs[i].measure;
        let mut j = i;
        while j + 1 < figs.len() && figs[j + 1].measure == m {
            let gap = between(text, figs[j].claim.span, figs[j + 1].claim.span);
            // `300, 400 and 500`; `$3 billion for airplanes and $2 billion for defense`
            if !part_gap(&gap) {
                break;
            }
            j += 1;
        }
        if j > i
            && let Some(t) = figs.get(j + 1).filter(|t| t.measure == m)
        {
            let gap = between(text, figs[j].claim.span, t.claim.span);
            if total_marker(&gap) {
                out.push(Relation::Parts {
                    kind: PartsKind::Sum,
                    parts: (i..=j).map(|x| figs[x].idx).collect(),
                    total: t.idx,
                });
                i = j + 2;
                continue;
            }
        }
        // `T, including A and B`
        if let Some(first) = figs.get(i + 1).filter(|f| f.measure == m) {
            let gap = between(text, figs[i].claim.span, first.claim.span);
            let g = gap.trim();
            if (g.ends_with(", including") || g.ends_with("including")) && g.len() <= 30 {
                let mut parts = vec![first.idx];
                let mut k = i + 1;
                while k + 1 < figs.len() && figs[k + 1].measure == m {
                    let g2 = between(text, figs[k].claim.span, figs[k + 1].claim.span);
                    if part_gap(&g2) {
                        parts.push(figs[k + 1].idx);
                        k += 1;
                    } else {
                        break;
                    }
                }
                if parts.len() >= 2 {
                    out.push(Relation::Parts {
                        kind: PartsKind::Including,
                        parts,
                        total: figs[i].idx,
                    });
                }
            }
        }
        i = j.max(i) + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{ExtractOptions, extract};
    use crate::source::{DocId, Document};

    fn relations(t: &str) -> Vec<Relation> {
        let doc = Document::new(DocId(0), "t.txt", t);
        extract(&doc, &ExtractOptions::default()).relations
    }

    #[test]
    fn reads_a_share_of_a_base_restated_as_a_count() {
        let r = relations(
            "Fifteen percent of a worldwide staff of 10,000, or approximately 1,500 employees, are being let go.",
        );
        assert!(
            matches!(
                r[0],
                Relation::PercentOf {
                    base: Some(_),
                    result: Some(_),
                    ..
                }
            ),
            "{r:?}"
        );
    }

    #[test]
    fn reads_a_count_restated_as_a_share_of_the_workforce() {
        let r = relations("It will cut roughly 15,000 roles, or 15% of our workforce.");
        assert!(
            matches!(&r[0], Relation::PercentOf { base: None, result: Some(_), of: Some(w), .. } if w == "workforce"),
            "{r:?}"
        );
    }

    #[test]
    fn reads_a_fall_from_one_figure_to_another() {
        let r = relations("AWS margins had slumped from 39.5% in Q1 to 32.9% in Q2.");
        assert!(
            matches!(
                r[0],
                Relation::Change {
                    direction: Direction::Down,
                    ..
                }
            ),
            "{r:?}"
        );
    }

    #[test]
    fn multibyte_text_before_a_change_does_not_break_it() {
        // Found by fuzzing: the 80-byte look-back landed inside a curly quote.
        // Offsets chosen so the old look-back (80 and 100 bytes) fell mid-character.
        let text = format!("{} rose sharply from 5% to 6%.", "‘".repeat(40));
        assert!(!text.is_char_boundary(text.find("5%").unwrap() - 80));
        let _ = relations(&text);
        let text = format!("{} rose 5% to $6 from $5.", "’xy".repeat(40));
        assert!(!text.is_char_boundary(text.find("$6").unwrap() - 100));
        let _ = relations(&text);
    }

    #[test]
    fn reads_a_count_that_represents_a_share() {
        let r =
            relations("The 2,000 job cuts amount to 12% of the bank's 10,000-strong workforce.");
        assert!(
            matches!(
                &r[..],
                [Relation::PercentOf {
                    percent: 1,
                    base: Some(2),
                    result: Some(0),
                    ..
                }]
            ),
            "{r:?}"
        );
    }

    #[test]
    fn reads_a_change_written_to_then_from() {
        let r = relations("Sales climbed 15 per cent to £2.3bn, up from £2.5bn a year earlier.");
        assert!(
            matches!(
                &r[..],
                [Relation::Change {
                    direction: Direction::Up,
                    from: 2,
                    to: 1,
                    stated: Some(0),
                    ..
                }]
            ),
            "{r:?}"
        );
    }

    #[test]
    fn reads_parts_named_by_a_short_phrase() {
        let r = relations(
            "The charges break down into $3 billion for commercial airplanes and $2 billion for defense, for a total of $6 billion.",
        );
        assert!(
            matches!(&r[..], [Relation::Parts { kind: PartsKind::Sum, parts, .. }] if parts.len() == 2),
            "{r:?}"
        );
    }

    #[test]
    fn reads_parts_and_their_total() {
        let r = relations("It made cuts of 300, 400 and 500, a total of 1,500 jobs.");
        assert!(
            matches!(&r[0], Relation::Parts { kind: PartsKind::Sum, parts, .. } if parts.len() == 3),
            "{r:?}"
        );
    }

    #[test]
    fn figures_in_a_plain_list_are_not_parts() {
        assert!(relations("Oracle cut 355 jobs, Cisco 221 and Intel 2,400.").is_empty());
    }
}
