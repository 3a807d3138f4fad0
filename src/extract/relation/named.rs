//! Parts named back from a list: a draft lists figures by label (`- Labour:
//! 411`, `- **European Union:** 215,000 doses`), and a later sentence sums
//! some of them by name (`Between them, Labour, the Conservatives and the
//! Liberal Democrats won 606 of the 650 seats`; `The European Union and the
//! United States between them have pledged 256,000 doses`): the labelled
//! figures are the parts, the sentence's figure after the names the total.
//!
//! A label matches a name when their words agree, case, a leading `the` and
//! a plural `-s` aside (`Conservative` / `the Conservatives`). At least two
//! labels must be named, each naming a figure of the total's kind no larger
//! than it, and the sentence must say the figure is theirs together
//! (`between them`, `together`, `combined`, `jointly`). Labels are read once
//! and each figure looks back over its own sentence only, so the work is
//! linear in the draft.

use super::list::{Line, item_start, lines};
use super::{Fig, addable, lookback};
use crate::claim::{Measure, PartsKind, Relation};
use crate::extract::located::lower_same_offsets;

/// Words saying a figure is the sum of what the names before it hold.
const TOGETHER: &[&str] = &["between them", "together", "combined", "jointly"];

/// The most labels of one draft a sentence is tried against.
const MAX_LABELS: usize = 256;

/// The words of `s`, lower case, a leading `the` dropped and a plural `-s`
/// cut, space separated with a space at each end (so a match is whole words).
fn norm(s: &str) -> String {
    let mut out = String::from(" ");
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let w = w.to_lowercase();
        if w == "the" {
            continue;
        }
        let w = match w.strip_suffix('s') {
            Some(stem) if stem.chars().count() >= 3 && !stem.ends_with('s') => stem.to_string(),
            _ => w,
        };
        out.push_str(&w);
        out.push(' ');
    }
    out
}

/// True when `w` occurs in `s` right after a space (`s.contains(" {w}")`
/// without building the needle).
fn after_space_contains(s: &str, w: &str) -> bool {
    let (s, w) = (s.as_bytes(), w.as_bytes());
    s.len() > w.len() && (1..=s.len() - w.len()).any(|i| s[i - 1] == b' ' && s[i..].starts_with(w))
}

/// The labelled figures of a draft's list items: `- Label: N` → (the
/// label's words, the figure's position in `figs`).
fn labelled(text: &str, lines: &[Line], figs: &[Fig<'_>]) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for l in lines {
        if out.len() >= MAX_LABELS {
            break;
        }
        let line = &text[l.start..l.end];
        let Some((content, _)) = item_start(line) else {
            continue;
        };
        let Some(colon) = line[content..].find(':') else {
            continue;
        };
        let label = line[content..content + colon].trim_matches(['*', '_', ' ']);
        if label.is_empty() || label.split_whitespace().count() > 4 {
            continue;
        }
        let after = l.start + content + colon;
        let Some(k) = (l.from..l.to).find(|&k| figs[k].claim.span.start > after) else {
            continue;
        };
        if matches!(figs[k].measure, Measure::Count | Measure::Money) {
            out.push((norm(label), k));
        }
    }
    out
}

/// Reads the sums by name of a draft: `figs` are all its figures, in order.
pub(super) fn named_parts(text: &str, figs: &[Fig<'_>], out: &mut Vec<Relation>) {
    let lines = lines(text, figs);
    let labels = labelled(text, &lines, figs);
    if labels.len() < 2 {
        return;
    }
    for (t, total) in figs.iter().enumerate() {
        if !matches!(total.measure, Measure::Count | Measure::Money)
            || total.quantity().is_some_and(|q| q.comparison)
            || labels.iter().any(|&(_, k)| k == t)
        {
            continue;
        }
        // The sum is the first figure of its kind in the sentence (`606 of
        // the 650 seats`: 650 is the whole, not theirs).
        if t > 0
            && figs[t - 1].claim.sentence == total.claim.sentence
            && matches!(figs[t - 1].measure, Measure::Count | Measure::Money)
        {
            continue;
        }
        let start = total.claim.span.start;
        let before = lookback(text, start, 300);
        let tail_end = super::char_floor(text, (total.claim.span.end + 40).min(text.len()));
        let tail = lower_same_offsets(text.get(total.claim.span.end..tail_end).unwrap_or(""));
        let tail: String = tail
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        if !TOGETHER
            .iter()
            .any(|w| before.contains(w) || tail.starts_with(w) || after_space_contains(&tail, w))
        {
            continue;
        }
        let words = norm(&before);
        // Labels named before the figure, listed before it, the longest
        // when one holds another (`Democrat`, `Liberal Democrat`).
        let mut named: Vec<&(String, usize)> = labels
            .iter()
            .filter(|(label, k)| {
                figs[*k].claim.span.start < start && words.contains(label.as_str())
            })
            .collect();
        let all = named.clone();
        named.retain(|(label, _)| {
            !all.iter()
                .any(|(other, _)| other.len() > label.len() && other.contains(label.as_str()))
        });
        named.dedup_by(|a, b| a.0 == b.0);
        let high = total.quantity().map_or(f64::INFINITY, |q| q.interval.high);
        let fits = |k: usize| {
            addable(&figs[k], total) && figs[k].quantity().is_some_and(|q| q.interval.low <= high)
        };
        if named.len() >= 2 && named.iter().all(|&&(_, k)| fits(k)) {
            out.push(Relation::Parts {
                kind: PartsKind::Sum,
                parts: named.iter().map(|&&(_, k)| figs[k].idx).collect(),
                total: total.idx,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::relations_md;
    use crate::claim::Relation;

    /// The number of parts of each sum read.
    fn sums(r: &[Relation]) -> Vec<usize> {
        r.iter()
            .filter_map(|r| match r {
                Relation::Parts { parts, .. } => Some(parts.len()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn after_space_contains_is_contains_with_a_space() {
        for s in [
            "",
            " ",
            "together",
            "x together",
            "x  together now",
            "altogether",
            "a b",
        ] {
            for w in ["together", "between them", "b", " "] {
                assert_eq!(
                    super::after_space_contains(s, w),
                    s.contains(&format!(" {w}")),
                    "{s:?} {w:?}"
                );
            }
        }
    }

    #[test]
    fn reads_parties_summed_by_name_after_their_list() {
        let r = relations_md(
            "The final count:\n\n- Labour: 411\n- Conservative: 121\n- Liberal Democrat: 72\n- Green: 4\n\nBetween them, Labour, the Conservatives and the Liberal Democrats won 604 of the 650 seats.\n",
        );
        assert_eq!(sums(&r), vec![3], "{r:?}");
    }

    #[test]
    fn reads_donors_summed_by_name_before_between_them() {
        let r = relations_md(
            "## The pledges\n\n- **European Union:** 215,000 doses\n- **United States:** 50,000 doses\n\nThe European Union and the United States between them have pledged 265,000 doses.\n",
        );
        assert_eq!(sums(&r), vec![2], "{r:?}");
    }

    #[test]
    fn names_without_a_word_of_sum_are_not_parts() {
        let r = relations_md(
            "- Labour: 411\n- Conservative: 121\n\nLabour won 411 seats and the Conservatives lost 244.\n",
        );
        assert!(sums(&r).is_empty(), "{r:?}");
    }
}
