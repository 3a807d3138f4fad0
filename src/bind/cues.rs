//! Whose cue it is: a cue speaks of the figure next to it, and a figure's
//! own clause speaks louder than a cue further off.
//!
//! Binding takes a figure's nearest cue. That cue may stand nearer another
//! figure of the same unit (`About 4,600 personnel are deployed, up from
//! around 1,000 in the first days`: `first days` is the 1,000's), and then
//! it is that figure's, bound or not: it never passes on to the next
//! figure. And a figure whose own clause holds a cue of another quantity
//! (`Fixed fee of €103m, with add-ons worth up to a further 30%`) is not
//! taken by a cue of a later clause (`add-ons`), even when the sheet's
//! exclusions keep it from the quantity its own clause names. Both refuse
//! rather than guess: a lost binding costs a catch at most, a wrong one a
//! false alarm. `byline` gives a draft without a dateline the day it was
//! written, for its weekdays (`Thursday 15 June 2023, 18:05 BST`).

use std::collections::HashSet;

use super::{Window, unit_fits};
use crate::claim::{Claim, ClaimKind, Relation, TimeLabel};
use crate::extract::Extraction;
use crate::rules::{RuleQuantity, RuleSet};

/// The bytes between a figure (`from..to`) and a cue (`cue`), 0 when they
/// touch or overlap.
fn gap(from: usize, to: usize, cue: (usize, usize)) -> usize {
    if cue.0 >= to {
        cue.0 - to
    } else {
        from.saturating_sub(cue.1)
    }
}

/// The figure of the window, of a unit `rq` takes, that stands closer than
/// the figure at `me` to the cue at `cue` (start and end in the window;
/// clause breaks first, then the bytes between them): the cue is that
/// figure's. A point of comparison does not take a cue that opens a
/// statement of both figures (`revenue rose from $12.9bn to $14.1bn`:
/// `revenue` is the change's subject, the $14.1bn's too), and a figure of
/// the sentence before never takes a cue of the figure's own sentence.
pub(super) fn closer_figure<'a>(
    w: &Window<'_>,
    claims: &'a [Claim],
    me: usize,
    cue: (usize, usize),
    rq: &RuleQuantity,
    earlier: &HashSet<usize>,
) -> Option<&'a Claim> {
    let text = w.s.text.as_str();
    // `and` (`but`, `while`) between a cue and a figure opens another item:
    // `$2 million a year during the contract and $68 million a year from
    // 2034` gives `during the contract` to the $2 million.
    let joins = |a: usize, b: usize| {
        let (a, b) = (a.min(b), a.max(b));
        text.get(a..b).map_or(0, |g| {
            g.split_whitespace()
                .filter(|x| matches!(*x, "and" | "but" | "while" | "whereas"))
                .count()
        })
    };
    let between = |at: usize, end: usize| {
        if cue.0 >= end {
            (end, cue.0)
        } else {
            (cue.1, at)
        }
    };
    let (ma, mb) = between(w.figure_at, w.figure_end);
    let mine = (
        w.s.breaks_between(cue.0, w.figure_at),
        joins(ma, mb),
        gap(w.figure_at, w.figure_end, cue),
    );
    // `159 of the 400 seats`, `three of its eight exits`: the figure after
    // `of the` is the whole the
    // one before it is part of, and the cue speaks of the part.
    let whole_of = |part_end: usize, whole_at: usize| {
        text.get(part_end..whole_at).is_some_and(|g| {
            matches!(
                g.trim(),
                "of the" | "of" | "of its" | "of their" | "out of" | "out of the" | "out of its"
            )
        })
    };
    w.s.figures.iter().find_map(|&(at, k)| {
        let c = claims.get(k)?;
        let q = c.quantity()?;
        if k == me
            || !unit_fits(q, &rq.unit)
            || super::scope::not_of_its_measure(rq, q.noun.as_deref())
        {
            return None;
        }
        // A cue of the figure's own sentence is never taken by a figure of
        // the sentence before (`… to 74.07 trillion won. Net profit stood at
        // 9.84 trillion won`: `net profit` is the 9.84's).
        if cue.0 >= w.s.own_from && at < w.s.own_from {
            return None;
        }
        let end = at + c.span.len();
        if whole_of(w.figure_end, at) {
            return None;
        }
        // `1–0 to win`: a score's second side does not take the cue from
        // its first (`second_side_of_a_score`).
        if matches!(text.get(w.figure_end..at), Some("-" | "\u{2013}")) {
            return None;
        }
        if whole_of(end, w.figure_at) {
            return Some(c);
        }
        let (ta, tb) = between(at, end);
        let theirs = (
            w.s.breaks_between(cue.0, at),
            joins(ta, tb),
            gap(at, end, cue),
        );
        let compared = q.comparison || earlier.contains(&k);
        let opens_both = cue.0 < at.min(w.figure_at);
        (theirs < mine && !(compared && opens_both)).then_some(c)
    })
}

/// A cue of another quantity of a unit the figure fits, in the figure's own
/// clause, that says more surely what the figure is than `rq`'s nearest cue
/// (`cue`): any such cue when `rq`'s stands in another clause; when both
/// are in the figure's clause and `rq`'s comes after the figure, one
/// before it and closer (`the fixed fee of 103 million euros could rise by
/// variable components`: a label stands before its figure, and
/// `5-nanometre accounted for 35% and 7-nanometre 17%` gives `7-nanometre`
/// to the 17%). A cue of `rq` before the figure is its label, however near
/// another stands (`data center business generated revenue of $23.6
/// billion`).
/// Only a quantity whose cues do not reach the figure counts (`reached`:
/// set and index of those they reach, which the figure fits, making it
/// two quantities' and so no one's, or which its own words refuse, as a
/// price is no deal's value): the sheet's exclusions keep the figure from
/// that quantity, and they do not hand it to another named further off.
/// Returns the quantity and the cue, for the refusal.
pub(super) fn own_clause_names_another<'s>(
    w: &Window<'_>,
    q: &crate::claim::Quantity,
    rq: &RuleQuantity,
    cue: (usize, usize),
    sets: &'s [RuleSet],
    reached: &[(usize, usize)],
) -> Option<(&'s str, &'s str)> {
    let breaks = w.s.breaks_between(cue.0, w.figure_at);
    let mine = gap(w.figure_at, w.figure_end, cue);
    sets.iter()
        .enumerate()
        .flat_map(|(si, s)| {
            s.quantities
                .iter()
                .enumerate()
                .map(move |(qi, o)| (si, qi, o))
        })
        .filter(|(si, qi, other)| {
            other.id != rq.id
                && !reached.contains(&(*si, *qi))
                && unit_fits(q, &other.unit)
                && !super::scope::fraction_of_a_whole_count(q, other)
        })
        .map(|(_, _, other)| other)
        .find_map(|other| {
            other.cues.iter().find_map(|c| {
                w.s.positions(c)
                    .iter()
                    .any(|&p| {
                        let end = super::word_end(&w.s.text, p + c.len());
                        let theirs = gap(w.figure_at, w.figure_end, (p, end));
                        p >= w.s.own_from
                            && w.s.breaks_between(p, w.figure_at) == 0
                            && (breaks > 0
                                || (p < w.figure_at && cue.0 > w.figure_at && theirs < mine))
                            && !super::clause::after_than(w, p)
                    })
                    .then_some((other.id.as_str(), c.as_str()))
            })
        })
}

/// The figures a draft states as where a change started (`rose about 4% to
/// $55.06, from $57.36`; `fell from 12% to 9%`): an earlier value, a point
/// of comparison as `up from` makes one; and the figures of a table's
/// column headed as earlier (`Before`, `Previous`).
pub(super) fn change_starts(ex: &Extraction, text: &str) -> HashSet<usize> {
    // Whether a figure's line is a table row, read once per line.
    let mut line: Option<(usize, usize, bool)> = None;
    let in_earlier_column = ex.claims.iter().enumerate().filter_map(move |(k, c)| {
        if !matches!(c.kind, ClaimKind::Quantity(_)) {
            return None;
        }
        let at = c.span.start;
        let row = match line {
            Some((s, e, row)) if s <= at && at <= e => row,
            _ => {
                let l = super::column::row_at(text, at);
                line = Some(l);
                l.2
            }
        };
        (row && super::column::earlier_column(text, at)).then_some(k)
    });
    ex.relations
        .iter()
        .filter_map(|r| match r {
            Relation::Change { from, .. } => Some(*from),
            _ => None,
        })
        .chain(in_earlier_column)
        .collect()
}

/// The day a draft without a dateline was written, from its byline
/// (`Extraction::byline_date`), when it lies within two months of a
/// sheet's `date:` (a story's later day, not a contract's end in 2029).
pub(super) fn byline(ex: &Extraction, sets: &[RuleSet]) -> Option<TimeLabel> {
    let story: Vec<i64> = sets.iter().filter_map(|s| s.date).collect();
    let d = ex.byline_date()?;
    let TimeLabel::Date {
        year: Some(y),
        month,
        day: Some(day),
    } = *d
    else {
        return None;
    };
    let n = crate::rules::date::day_number(y, month, day);
    (story.is_empty()
        || story
            .iter()
            .any(|s| n.is_some_and(|n| n.abs_diff(*s) <= 62)))
    .then(|| d.clone())
}

/// True when the quantity's cues (lower case, as the rule set stores them)
/// or its `about` (lower case) name `t`.
pub(super) fn names(rq: &RuleQuantity, about: &str, t: &str) -> bool {
    !crate::extract::phrase::find_word_starts(about, t).is_empty()
        || rq
            .cues
            .iter()
            .any(|c| !crate::extract::phrase::find_word_starts(c, t).is_empty())
}

#[cfg(test)]
mod tests {

    use super::super::tests::bound_in;

    fn bound(yaml: &str, draft: &str) -> (super::super::tests::Pairs, super::super::tests::Pairs) {
        bound_in("d.md", yaml, draft)
    }

    const TROOPS: &str = "story: s\nquantities:\n  - id: troops_initial\n    unit: count\n    cues: [first days]\n    fact: \"about 1,000\"\n";

    #[test]
    fn a_cue_nearer_a_point_of_comparison_binds_no_other_figure() {
        let (b, r) = bound(
            TROOPS,
            "About 4,600 soldiers are deployed, up from around 1,000 in the first days.",
        );
        assert!(b.is_empty(), "{b:?}");
        assert!(
            r.iter()
                .any(|(w, why)| w == "About 4,600" && why.contains("closer to `around 1,000`"))
        );
    }

    #[test]
    fn the_figure_next_to_the_cue_binds() {
        let (b, _) = bound(
            TROOPS,
            "The army sent 1,400 soldiers in the first days, and about 4,600 are there now.",
        );
        assert_eq!(b, vec![("1,400".to_string(), "troops_initial".to_string())]);
    }

    #[test]
    fn a_label_after_a_figure_goes_to_the_next_figure_it_touches() {
        let yaml = "story: s\nquantities:\n  - id: n5\n    unit: percent\n    cues: [5-nanometre]\n  - id: n7\n    unit: percent\n    cues: [7-nanometre]\n";
        let (b, _) = bound(
            yaml,
            "Sales at 5-nanometre made up 35% and 7-nanometre 17%.",
        );
        assert!(b.contains(&("17%".to_string(), "n7".to_string())), "{b:?}");
        assert!(!b.iter().any(|(w, q)| w == "35%" && q == "n7"), "{b:?}");
    }

    const FEES: &str = "story: s\nquantities:\n  - id: fixed_fee\n    unit: EUR\n    cues: [fixed fee]\n    exclude_near: [add-ons]\n  - id: addons\n    unit: EUR\n    cues: [add-ons]\n";

    #[test]
    fn an_exclusion_does_not_hand_a_figure_to_a_cue_further_off() {
        let (b, r) = bound(FEES, "A fixed fee of €103m, with add-ons on top.");
        assert!(b.is_empty(), "{b:?}");
        assert!(
            r.iter()
                .any(|(_, why)| why.contains("a cue of `fixed_fee`"))
        );
        let (b, _) = bound(FEES, "Add-ons of €30.9m come on top of the fixed fee.");
        assert_eq!(b, vec![("€30.9m".to_string(), "addons".to_string())]);
    }

    #[test]
    fn a_byline_gives_the_day_for_a_weekday() {
        let yaml = "story: s\ndate: 2023-06-07\nquantities:\n  - id: shown\n    unit: date\n    cues: [presented]\n    fact: \"June 15, 2023\"\n";
        let draft = "# Unveiled\n\n**Sport** · Thursday 15 June 2023, 18:05 BST\n\nHe was presented on Thursday.\n";
        let set = crate::rules::compile::compile("s.yaml", yaml, 0).unwrap();
        let doc = crate::source::Document::new(crate::source::DocId(0), "d.md", draft);
        let ex = crate::extract::extract(&doc, &Default::default());
        let by = super::byline(&ex, std::slice::from_ref(&set));
        assert_eq!(
            by,
            Some(crate::claim::TimeLabel::Date {
                year: Some(2023),
                month: 6,
                day: Some(15)
            })
        );
        // A date years from the story's is no byline.
        let far = "# Deal\n\nThe contract runs to June 30, 2029.\n";
        let doc = crate::source::Document::new(crate::source::DocId(0), "d.md", far);
        let ex = crate::extract::extract(&doc, &Default::default());
        assert_eq!(super::byline(&ex, std::slice::from_ref(&set)), None);
    }
}
