//! One speaker's versions compared pair by pair: each version against the
//! later ones it may share a run with (`candidates`), spread over threads,
//! the results put back in the order one thread would have found them.
//!
//! Most candidate pairs fail `has_run`, so it is decided from the cells that
//! can pair at all (the words of one group, `Vocabulary`) instead of from a
//! whole table of pair weights: only pairs that pass fill the table that
//! `differences_weighed` aligns. The cells are found column by column: each
//! word of the later version looks its group up in a slot per group filled
//! once for the earlier version (no search per cell).

use rayon::prelude::*;

use super::candidates::{Partners, may_run};
use super::vocabulary::Vocabulary;
use super::{Diff, GAP, differences_weighed};
use crate::extract::quote::QuoteWord;

/// Two versions that drift: their numbers, the differences, and the shared
/// stretch in each.
pub(super) type Drifting = (usize, usize, Vec<Diff>, (usize, usize), (usize, usize));

/// What comparing every pair found.
pub(super) struct Compared {
    /// By version: how many other quotes agree with it exactly over their overlap.
    pub(super) agree: Vec<usize>,
    /// Drifting pairs, in increasing order of the first version, then the second.
    pub(super) drifts: Vec<Drifting>,
}

/// A thread's scratch space.
struct Scratch {
    marked: Vec<u32>,
    later: Vec<usize>,
    table: Vec<u8>,
    diag: Vec<(u32, u32)>,
    /// By group: the version (plus one) that last filled it, and where its
    /// positions of that group are in its (group, position) list.
    slots: Vec<(u32, u32, u32)>,
}

/// Compares the versions (`keys`: their normalised words; `firsts`: the
/// words of each version's first quote; `sizes`: how many quotes each
/// version stands for). Same results, in the same order, as comparing the
/// pairs one by one.
pub(super) fn compare<'a, 'k>(
    keys: impl Iterator<Item = &'k [Option<&'a str>]> + Clone,
    firsts: &[&[QuoteWord]],
    sizes: &[usize],
    min_run: usize,
) -> Compared
where
    'a: 'k,
{
    let vocab = Vocabulary::new(keys.clone());
    let words: Vec<Vec<u32>> = keys.map(|k| vocab.ids(k)).collect();
    let groups: Vec<(Vec<u32>, [u64; 4])> = words.iter().map(|w| vocab.groups(w)).collect();
    // Each version's positions by group: the cells of a pair that may pair.
    let by_group: Vec<Vec<(u32, u32)>> = groups
        .iter()
        .map(|(g, _)| {
            let mut v: Vec<(u32, u32)> = g
                .iter()
                .enumerate()
                .filter(|(_, g)| **g != GAP)
                .map(|(j, &g)| (g, j as u32))
                .collect();
            v.sort_unstable();
            v
        })
        .collect();
    let partners = Partners::new(groups.iter().map(|g| g.0.as_slice()));
    let n_versions = words.len();
    let n_groups = by_group
        .iter()
        .filter_map(|v| v.last())
        .map(|&(g, _)| g as usize + 1)
        .max()
        .unwrap_or(0);
    let per_version: Vec<(Vec<usize>, Vec<Drifting>)> = (0..n_versions)
        .into_par_iter()
        .with_min_len(8)
        .map_init(
            || Scratch {
                marked: vec![0; n_versions],
                later: Vec::new(),
                table: Vec::new(),
                diag: Vec::new(),
                slots: vec![(0, 0, 0); n_groups],
            },
            |s, a| {
                let (mut agreeing, mut drifts) = (Vec::new(), Vec::new());
                partners.of(a, &groups[a].0, min_run, &mut s.marked, &mut s.later);
                if !s.later.is_empty() {
                    fill_slots(&mut s.slots, a as u32 + 1, &by_group[a]);
                }
                for &b in &s.later {
                    if !may_run(&groups[a].0, &groups[b].1, min_run) {
                        continue;
                    }
                    let (wa, wb) = (&words[a], &words[b]);
                    let here = Here {
                        words: wa,
                        by_group: &by_group[a],
                        slots: &s.slots,
                        stamp: a as u32 + 1,
                    };
                    if !has_run(&vocab, &here, (wb, &groups[b].0), min_run, &mut s.diag) {
                        continue;
                    }
                    vocab.weights(wa, wb, &mut s.table);
                    match differences_weighed(firsts[a], firsts[b], min_run, &s.table) {
                        Some(d) if d.diffs.is_empty() => agreeing.push(b),
                        Some(d) => drifts.push((a, b, d.diffs, d.a, d.b)),
                        None => {}
                    }
                }
                (agreeing, drifts)
            },
        )
        .collect();
    let mut agree: Vec<usize> = sizes.iter().map(|s| s - 1).collect();
    let mut drifts = Vec::new();
    for (a, (agreeing, found)) in per_version.into_iter().enumerate() {
        for b in agreeing {
            agree[a] += sizes[b];
            agree[b] += sizes[a];
        }
        drifts.extend(found);
    }
    Compared { agree, drifts }
}

/// Points each group of a version's (group, position) list (`by_group`,
/// sorted) at its run of positions there, under `stamp`.
fn fill_slots(slots: &mut [(u32, u32, u32)], stamp: u32, by_group: &[(u32, u32)]) {
    let mut from = 0;
    while from < by_group.len() {
        let g = by_group[from].0;
        let to = from + by_group[from..].partition_point(|&(h, _)| h == g);
        slots[g as usize] = (stamp, from as u32, to as u32);
        from = to;
    }
}

/// The earlier version of a pair: its words by number, its (group,
/// position) list, and the slots `fill_slots` pointed at it under `stamp`.
struct Here<'s> {
    words: &'s [u32],
    by_group: &'s [(u32, u32)],
    slots: &'s [(u32, u32, u32)],
    stamp: u32,
}

/// `super::has_run` over the table of two versions' pair weights, read from
/// the cells whose words are of one group (a word pairs only with words of
/// its group): column by column, each word of `b` (by number and group)
/// finds the rows of its group through `a`'s slots. Runs are counted along
/// each diagonal (`diag`, by `i + m - j`: the column after the diagonal's
/// last pairing cell, and the run's length there).
fn has_run(
    vocab: &Vocabulary<'_>,
    a: &Here<'_>,
    (b, b_groups): (&[u32], &[u32]),
    run: usize,
    diag: &mut Vec<(u32, u32)>,
) -> bool {
    let m = b.len();
    diag.clear();
    diag.resize(a.words.len() + m + 1, (0, 0));
    for (j, (&y, &g)) in b.iter().zip(b_groups).enumerate() {
        if g == GAP {
            continue;
        }
        let (stamp, from, to) = a.slots[g as usize];
        if stamp != a.stamp {
            continue;
        }
        for &(_, i) in &a.by_group[from as usize..to as usize] {
            if !vocab.pairs(a.words[i as usize], y) {
                continue;
            }
            let d = i as usize + m - j;
            let (col, len) = diag[d];
            let len = if col as usize == j { len + 1 } else { 1 };
            if len as usize >= run {
                return true;
            }
            diag[d] = (j as u32 + 1, len);
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The sparse `has_run` decides what the table's does.
        #[test]
        fn sparse_has_run_is_the_tables(
            a in proptest::collection::vec(proptest::prop_oneof![0usize..7, proptest::strategy::Just(7)], 0..14),
            b in proptest::collection::vec(proptest::prop_oneof![0usize..7, proptest::strategy::Just(7)], 0..14),
            run in 1usize..5,
        ) {
            // Words 0..7 (7 is a gap); similar pairs among them, some groups.
            const W: [&str; 7] = ["convinced", "convicted", "market", "marketplace", "transformative", "transformational", "we"];
            let word = |i: usize| (i < 7).then(|| W[i]);
            let qa: Vec<Option<&str>> = a.iter().map(|&i| word(i)).collect();
            let qb: Vec<Option<&str>> = b.iter().map(|&i| word(i)).collect();
            let vocab = Vocabulary::new([qa.as_slice(), qb.as_slice()].into_iter());
            let (ia, ib) = (vocab.ids(&qa), vocab.ids(&qb));
            let (ga, gb) = (vocab.groups(&ia).0, vocab.groups(&ib).0);
            let mut sorted: Vec<(u32, u32)> = ga
                .iter()
                .enumerate()
                .filter(|(_, g)| **g != GAP)
                .map(|(j, &g)| (g, j as u32))
                .collect();
            sorted.sort_unstable();
            let mut table = Vec::new();
            vocab.weights(&ia, &ib, &mut table);
            let dense = super::super::has_run(ia.len(), ib.len(), &table, run);
            let n_groups = ga.iter().chain(&gb).filter(|&&g| g != GAP).max().map_or(0, |&g| g as usize + 1);
            let mut slots = vec![(0, 0, 0); n_groups];
            fill_slots(&mut slots, 1, &sorted);
            let here = Here { words: &ia, by_group: &sorted, slots: &slots, stamp: 1 };
            let sparse = has_run(&vocab, &here, (&ib, &gb), run, &mut Vec::new());
            proptest::prop_assert_eq!(dense, sparse);
        }
    }
}
