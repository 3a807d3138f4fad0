//! The words of one speaker's quotes numbered once, with which of them are
//! `similar`: the pair weights of two quotes are then read by number.

use rustc_hash::FxHashMap;

use super::{GAP, bit_of, edit};

/// The words of one speaker's quotes, each numbered once, and which of them
/// are `similar`: two quotes' pair weights (`weights`) are then read by number,
/// not by comparing strings in every cell of the table.
pub(super) struct Vocabulary<'a> {
    /// Word → its number.
    number: FxHashMap<&'a str, u32>,
    /// By number: the other words `similar` to it, sorted.
    similar: Vec<Vec<u32>>,
    /// By number: its group (union-find: the words linked by `similar`, step by step).
    group: Vec<u32>,
}

impl<'a> Vocabulary<'a> {
    pub(super) fn new<'k>(quotes: impl Iterator<Item = &'k [Option<&'a str>]>) -> Vocabulary<'a>
    where
        'a: 'k,
    {
        let mut number: FxHashMap<&'a str, u32> = FxHashMap::default();
        let mut words: Vec<&'a str> = Vec::new();
        for q in quotes {
            for w in q.iter().take(400).flatten() {
                number.entry(w).or_insert_with(|| {
                    words.push(w);
                    (words.len() - 1) as u32
                });
            }
        }
        // Every pair of different words that can be `similar` is found once
        // here. `similar` is `near` or a stem of seven characters shared by
        // words of eight bytes or more; the stem pairs are exactly the pairs
        // of a group of one seven-character opening (`stems`), all similar to
        // one another. `near` needs four bytes or more in each word, an edit
        // distance of at most two (so at most two characters' difference in
        // length) and character sets (`near`'s bits) at most four bits
        // apart: words are sorted by length in characters, each is tried
        // against the next two lengths' only, and the sets, computed once a
        // word, rule out most pairs before `near` weighs them.
        let mut sims = vec![Vec::new(); words.len()];
        let set = |w: &str| w.chars().fold(0u64, |m, c| m | 1 << (u32::from(c) % 64));
        let mut long: Vec<(usize, u64, u32)> = (0..words.len() as u32)
            .map(|i| words[i as usize])
            .zip(0u32..)
            .filter(|(w, _)| w.len() >= 4)
            .map(|(w, i)| (w.chars().count(), set(w), i))
            .collect();
        long.sort_unstable();
        for (p, &(cx, mx, x)) in long.iter().enumerate() {
            let wx = words[x as usize];
            for &(cy, my, y) in &long[p + 1..] {
                if cy - cx > 2 {
                    break;
                }
                // `near(wx, wy)`, its set test made here already with the
                // same sets and both words four bytes or more: the length
                // test and the edit distance are what is left of it.
                let wy = words[y as usize];
                if (mx ^ my).count_ones() <= 4
                    && wx.len().abs_diff(wy.len()) <= 8
                    && edit::within_two(wx, wy)
                {
                    sims[x as usize].push(y);
                    sims[y as usize].push(x);
                }
            }
        }
        let mut stems: FxHashMap<&str, Vec<u32>> = FxHashMap::default();
        for (x, &wx) in words.iter().enumerate() {
            if wx.len() >= 8
                && let Some((seventh, _)) = wx.char_indices().nth(6)
            {
                let stem = &wx[..seventh + wx[seventh..].chars().next().map_or(0, char::len_utf8)];
                stems.entry(stem).or_default().push(x as u32);
            }
        }
        for group in stems.values() {
            for (&x, &y) in group.iter().flat_map(|x| group.iter().map(move |y| (x, y))) {
                if x != y {
                    sims[x as usize].push(y);
                }
            }
        }
        for s in &mut sims {
            s.sort_unstable();
            s.dedup();
        }
        let mut group: Vec<u32> = (0..words.len() as u32).collect();
        fn root(g: &mut [u32], mut x: u32) -> u32 {
            while g[x as usize] != x {
                (g[x as usize], x) = (g[g[x as usize] as usize], g[g[x as usize] as usize]);
            }
            x
        }
        for (x, s) in sims.iter().enumerate() {
            for &y in s {
                let (rx, ry) = (root(&mut group, x as u32), root(&mut group, y));
                group[rx.max(ry) as usize] = rx.min(ry);
            }
        }
        for x in 0..group.len() as u32 {
            group[x as usize] = root(&mut group, x);
        }
        Vocabulary {
            number,
            similar: sims,
            group,
        }
    }

    /// A quote's words by group, and its groups as a set of 256 bits (`bit_of`).
    pub(super) fn groups(&self, ids: &[u32]) -> (Vec<u32>, [u64; 4]) {
        let mut bits = [0u64; 4];
        let groups: Vec<u32> = ids
            .iter()
            .map(|&x| {
                if x == GAP {
                    GAP
                } else {
                    self.group[x as usize]
                }
            })
            .collect();
        for &g in groups.iter().filter(|&&g| g != GAP) {
            let bit = bit_of(g);
            bits[bit / 64] |= 1 << (bit % 64);
        }
        (groups, bits)
    }

    /// A quote's first 400 words by number (`GAP` for a gap).
    pub(super) fn ids(&self, quote: &[Option<&str>]) -> Vec<u32> {
        quote
            .iter()
            .take(400)
            .map(|w| w.map_or(GAP, |w| self.number[w]))
            .collect()
    }

    /// The pair weights of two quotes by number, as `weights` gives them.
    pub(super) fn weights(&self, a: &[u32], b: &[u32], out: &mut Vec<u8>) {
        out.clear();
        for &x in a {
            for &y in b {
                out.push(if x == GAP || y == GAP {
                    0
                } else if x == y {
                    2
                } else {
                    u8::from(self.similar(x, y))
                });
            }
        }
    }

    /// True when words `x` and `y` (by number, neither a gap) pair: the
    /// same word or `similar` ones.
    pub(super) fn pairs(&self, x: u32, y: u32) -> bool {
        x == y || self.similar(x, y)
    }

    /// True when different words `x` and `y` (by number) are `similar`.
    fn similar(&self, x: u32, y: u32) -> bool {
        self.similar[x as usize].binary_search(&y).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::super::similar;
    use super::*;

    proptest::proptest! {
        /// Two different words pair exactly when `similar` says so.
        #[test]
        fn pairs_are_the_similar_ones(
            words in proptest::collection::vec("[a-eé]{0,3}(tion|ing|al|ive|ational|ative)?[a-c]{0,2}", 1..40),
        ) {
            let quote: Vec<Option<&str>> = words.iter().map(|w| Some(w.as_str())).collect();
            let vocab = Vocabulary::new([quote.as_slice()].into_iter());
            let ids = vocab.ids(&quote);
            for (x, wx) in ids.iter().zip(&words) {
                for (y, wy) in ids.iter().zip(&words) {
                    if x != y {
                        proptest::prop_assert_eq!(vocab.pairs(*x, *y), similar(wx, wy), "{} {}", wx, wy);
                    }
                }
            }
        }
    }
}
