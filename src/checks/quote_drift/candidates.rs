//! Which later versions of a speaker's quotes a version can share a run
//! with, found through the versions each word group occurs in instead of by
//! trying every later version.
//!
//! A pair goes on to alignment only if `has_run` finds `run` words in a row
//! of the first version each paired with a word of the second, and paired
//! words are of one group (`Vocabulary`): so every group of those `run`
//! words occurs in the second version, the rarest of them included. The
//! partners of a version are therefore among the versions holding the
//! rarest group of one of its `run`-word windows (no gap inside). Every
//! other pair fails `has_run` (the check skips it), so trying only these,
//! in the same increasing order, decides exactly what trying all did.

use super::{GAP, bit_of};

/// The versions each word group occurs in.
pub(super) struct Partners {
    /// By group: the versions holding it, in increasing order, each once.
    postings: Vec<Vec<u32>>,
    /// How many versions there are.
    count: usize,
}

impl Partners {
    /// `groups`: each version's words by group (`GAP` for a gap).
    pub(super) fn new<'g>(groups: impl Iterator<Item = &'g [u32]>) -> Partners {
        let mut postings: Vec<Vec<u32>> = Vec::new();
        let mut count = 0u32;
        for (v, gs) in groups.enumerate() {
            count = v as u32 + 1;
            for &g in gs.iter().filter(|&&g| g != GAP) {
                let g = g as usize;
                if postings.len() <= g {
                    postings.resize_with(g + 1, Vec::new);
                }
                if postings[g].last() != Some(&(v as u32)) {
                    postings[g].push(v as u32);
                }
            }
        }
        Partners {
            postings,
            count: count as usize,
        }
    }

    /// The versions after `a` that may share `run` words in a row with
    /// version `a` (its words by group: `groups`), in increasing order.
    /// `marked`: scratch, one per version, zero at first and then kept
    /// between calls (it holds the version plus one that last marked each
    /// version a candidate), so threads asking at once each keep their own.
    pub(super) fn of(
        &self,
        a: usize,
        groups: &[u32],
        run: usize,
        marked: &mut [u32],
        out: &mut Vec<usize>,
    ) {
        out.clear();
        if run == 0 {
            out.extend(a + 1..self.count);
            return;
        }
        let stamp = a as u32 + 1;
        let mut last_rarest = None;
        for w in groups.windows(run) {
            if w.contains(&GAP) {
                continue;
            }
            let Some(&rarest) = w.iter().min_by_key(|&&g| self.postings[g as usize].len()) else {
                continue;
            };
            if last_rarest == Some(rarest) {
                continue;
            }
            last_rarest = Some(rarest);
            let list = &self.postings[rarest as usize];
            // Only versions after `a` (the list is in increasing order).
            let from = list.partition_point(|&v| v as usize <= a);
            for &b in &list[from..] {
                if marked[b as usize] != stamp {
                    marked[b as usize] = stamp;
                    out.push(b as usize);
                }
            }
        }
        out.sort_unstable();
    }
}

/// True when `run` words in a row of quote `a` (by group) each have their
/// group's bit set in quote `b`'s set of groups. Two words that pair (the
/// same word, or similar) are of one group, so a run of pairs (`has_run`)
/// is such a run: without one, the quotes need no table at all.
pub(super) fn may_run(a: &[u32], b: &[u64; 4], run: usize) -> bool {
    let mut here = 0;
    for &g in a {
        let bit = bit_of(g);
        here = if g != GAP && b[bit / 64] & 1 << (bit % 64) != 0 {
            here + 1
        } else {
            0
        };
        if here >= run {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partners_hold_every_group_of_some_window() {
        // Version 0 has the window (1 2 3); version 1 holds 1, 2, 3 apart;
        // versions 2 and 4 lack 3; version 3 holds only the rarest group, 3.
        let groups: Vec<Vec<u32>> = vec![
            vec![1, 2, 3, GAP, 4],
            vec![3, 9, 2, 1],
            vec![1, 2, 2, 1],
            vec![3],
            vec![2, 1],
        ];
        let p = Partners::new(groups.iter().map(Vec::as_slice));
        let mut marked = vec![0; groups.len()];
        let mut out = Vec::new();
        p.of(0, &groups[0], 3, &mut marked, &mut out);
        // The rarest group of (1 2 3) is 3: versions 1 and 3 hold it.
        assert_eq!(out, vec![1, 3]);
        p.of(1, &groups[1], 3, &mut marked, &mut out);
        assert!(out.is_empty() || out.iter().all(|&b| b > 1));
        p.of(0, &groups[0], 9, &mut marked, &mut out);
        assert!(out.is_empty());
    }

    proptest::proptest! {
        /// Every later version holding all the groups of one of a version's
        /// gap-free windows is among its partners.
        #[test]
        fn no_partner_is_missed(
            groups in proptest::collection::vec(
                proptest::collection::vec(proptest::prop_oneof![0u32..6, proptest::strategy::Just(GAP)], 0..8),
                1..12,
            ),
            run in 1usize..4,
        ) {
            let p = Partners::new(groups.iter().map(Vec::as_slice));
        let mut marked = vec![0; groups.len()];
            let mut out = Vec::new();
            for a in 0..groups.len() {
                p.of(a, &groups[a], run, &mut marked, &mut out);
                proptest::prop_assert!(out.windows(2).all(|w| w[0] < w[1]));
                for b in a + 1..groups.len() {
                    let shares = groups[a].windows(run).any(|w| {
                        !w.contains(&GAP) && w.iter().all(|g| groups[b].contains(g))
                    });
                    proptest::prop_assert!(!shares || out.contains(&b), "{a} {b}");
                }
            }
        }
    }
}
