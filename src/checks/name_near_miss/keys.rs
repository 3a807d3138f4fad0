//! Candidate pairs of names for `name-near-miss`, found through deletion
//! neighbourhoods one block at a time, so the check never compares all names
//! with all others and never holds every name's deletion keys at once.
//!
//! A name of `L` lower-case characters (5 to 40) with up to `allowed(L)`
//! characters deleted becomes strings of `L - j` characters (`j` deleted).
//! Two names within the allowed edits share such a string (each edit costs
//! at most one deletion on each side), and a shared string has one length:
//! the block of that length. So block `m` holds the names of `m` characters
//! as they are, of `m + 1` with one deletion and of `m + 2` with two; every
//! variant is in exactly one block, and the pairs found block by block are
//! the pairs the whole set of keys would give (beyond a 64-bit hash
//! collision between variants of different lengths, which could only add a
//! pair the check's edit distance then rejects). A block's keys are counted
//! before they are built and share one buffer, sized for the largest block.

use super::allowed;

/// Every string `s` becomes with exactly `j` (≤ 2) characters deleted, as
/// hashes (no string built per variant). The hasher's state after the
/// characters before a deletion is kept and cloned, not fed again: the same
/// hashes as feeding every variant from the start, for a third of the work.
fn deletion_keys_exact(s: &[char], j: usize, out: &mut Vec<u64>) {
    use std::hash::Hasher;
    type Fx = rustc_hash::FxHasher;
    let finish = |mut h: Fx, rest: &[char]| {
        for c in rest {
            h.write_u32(u32::from(*c));
        }
        h.finish()
    };
    match j {
        0 => out.push(finish(Fx::default(), s)),
        1 => {
            let mut head = Fx::default();
            for i in 0..s.len() {
                out.push(finish(head.clone(), &s[i + 1..]));
                head.write_u32(u32::from(s[i]));
            }
        }
        _ => {
            let mut head = Fx::default();
            for i in 0..s.len() {
                // `mid`: the characters before `i`, then those from `i + 1` up to `k`.
                let mut mid = head.clone();
                for k in i + 1..s.len() {
                    out.push(finish(mid.clone(), &s[k + 1..]));
                    mid.write_u32(u32::from(s[k]));
                }
                head.write_u32(u32::from(s[i]));
            }
        }
    }
}

/// The hashes of `s` with the characters at `skip` deleted, fed from the
/// start (what `deletion_keys_exact` must equal).
#[cfg(test)]
fn fed_from_start(s: &[char], skip: [usize; 2]) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    for (i, c) in s.iter().enumerate() {
        if i != skip[0] && i != skip[1] {
            h.write_u32(u32::from(*c));
        }
    }
    h.finish()
}

/// Every string `s` becomes with up to `k` (≤ 2) characters deleted, as
/// hashes: names within `k` edits share one. A collision only adds a
/// candidate pair, which the edit distance rejects.
#[cfg(test)]
pub(super) fn deletion_keys(s: &[char], k: usize, out: &mut Vec<u64>) {
    for j in 0..=k.min(2) {
        deletion_keys_exact(s, j, out);
    }
}

/// Which hashes occur more than once among a block's keys, as two bitmaps
/// of at least eight bits a key: the first occurrence of a hash sets its bit
/// in `once`, a later one (or another hash on the same bit) in `twice`.
/// Every occurrence of a repeated hash finds its bit in `twice` set, so
/// `keep_repeated` keeps every key of a run of two or more (the only keys
/// that make pairs) and, in their order, some single keys sharing a bit,
/// which make no pair: the sorted keys' runs of two or more are the same.
struct Repeats {
    once: Vec<u64>,
    twice: Vec<u64>,
}

impl Repeats {
    fn with_capacity(keys: usize) -> Repeats {
        let words = Repeats::bits(keys) / 64;
        Repeats {
            once: vec![0; words],
            twice: vec![0; words],
        }
    }

    /// Bits for `keys` keys: a power of two, at least eight a key.
    fn bits(keys: usize) -> usize {
        (keys.max(8) * 8).next_power_of_two()
    }

    /// Drops from `keys` the ones whose hash occurs once, and perhaps not
    /// all of them (never one whose hash occurs twice or more).
    fn keep_repeated(&mut self, keys: &mut Vec<(u64, u32)>) {
        let bits = Repeats::bits(keys.len());
        let shift = 64 - bits.trailing_zeros();
        // The top bits of a multiplication: well mixed whatever the hash.
        let bit = |v: u64| (v.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize;
        let (once, twice) = (&mut self.once[..bits / 64], &mut self.twice[..bits / 64]);
        once.fill(0);
        twice.fill(0);
        for &(v, _) in keys.iter() {
            let b = bit(v);
            let (w, m) = (b / 64, 1u64 << (b % 64));
            twice[w] |= once[w] & m;
            once[w] |= m;
        }
        keys.retain(|&(v, _)| {
            let b = bit(v);
            twice[b / 64] & (1u64 << (b % 64)) != 0
        });
    }
}

/// How many strings of `len` characters with `j` (≤ 2) deleted.
fn variants(len: usize, j: usize) -> usize {
    match j {
        0 => 1,
        1 => len,
        _ => len * len.saturating_sub(1) / 2,
    }
}

/// The ordered pairs `(a, b)`, `a != b`, of names (by their index in
/// `names`) sharing a deletion variant, sorted, each once. Names of fewer
/// than 5 or more than 40 lower-case characters are not compared.
pub(super) fn candidate_pairs(names: &[&str]) -> Vec<(u32, u32)> {
    const MAX: usize = 40;
    // The names by lower-case length (5..=40), in increasing index order.
    let mut by_len: Vec<Vec<u32>> = vec![Vec::new(); MAX + 1];
    // Each compared name's lower-case characters, lower-cased once here
    // (not again in each of the up to three blocks it is in): `lowered[i]`
    // is name `i`'s range in `all_chars`.
    let mut all_chars: Vec<char> = Vec::new();
    let mut lowered: Vec<(usize, usize)> = vec![(0, 0); names.len()];
    for (i, n) in names.iter().enumerate() {
        // Past four billion names (never in memory at once) none is compared.
        let Ok(i) = u32::try_from(i) else { break };
        let start = all_chars.len();
        all_chars.extend(n.to_lowercase().chars());
        let len = all_chars.len() - start;
        if allowed(len) > 0 && len <= MAX {
            by_len[len].push(i);
            lowered[i as usize] = (start, all_chars.len());
        } else {
            all_chars.truncate(start);
        }
    }
    // Block `m`: (length, deletions) of the names in it.
    let block = |m: usize| {
        (0..=2)
            .map(move |j| (m + j, j))
            .filter(|&(l, j)| l <= MAX && j <= allowed(l))
    };
    let size = |m: usize| -> usize {
        block(m)
            .map(|(l, j)| by_len[l].len() * variants(l, j))
            .sum()
    };
    let largest = (1..=MAX).map(size).max().unwrap_or(0);
    let mut keys: Vec<(u64, u32)> = Vec::with_capacity(largest);
    let mut seen = Repeats::with_capacity(largest);
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    let mut own: Vec<u64> = Vec::new();
    for m in 1..=MAX {
        keys.clear();
        for (l, j) in block(m) {
            for &i in &by_len[l] {
                let (from, to) = lowered[i as usize];
                own.clear();
                deletion_keys_exact(&all_chars[from..to], j, &mut own);
                // A name's own repeated variants (`galletti` less either
                // `l`) are left in: the sort below puts them side by side
                // and `dedup` drops them, as sorting each name's did.
                keys.extend(own.iter().map(|&v| (v, i)));
            }
        }
        // Only a hash met twice or more (two names', or one name's two
        // variants) can pair names: the rest (most keys) are dropped before
        // the sort, which was most of the cost.
        seen.keep_repeated(&mut keys);
        keys.sort_unstable();
        keys.dedup();
        let start = pairs.len();
        for run in keys.chunk_by(|x, y| x.0 == y.0).filter(|r| r.len() > 1) {
            for a in run {
                pairs.extend(run.iter().filter(|b| b.1 != a.1).map(|b| (a.1, b.1)));
            }
        }
        // Deduplicated per block as well, so duplicates never pile up.
        let mut fresh = pairs.split_off(start);
        fresh.sort_unstable();
        fresh.dedup();
        pairs.extend(fresh);
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs.shrink_to_fit();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_deletions_cover_two_edits() {
        let share = |x: &str, y: &str, k: usize| {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            deletion_keys(&x.chars().collect::<Vec<_>>(), k, &mut a);
            deletion_keys(&y.chars().collect::<Vec<_>>(), k, &mut b);
            a.iter().any(|x| b.contains(x))
        };
        // Two edits, a transposition (one deletion each side); not three edits.
        assert!(share("galleti", "galetti", 2) && share("reyes", "reeys", 1));
        assert!(!share("galetti", "gulitta", 2));
    }

    #[test]
    fn kept_states_give_the_hashes_fed_from_the_start() {
        let s: Vec<char> = "Nadellä Ørsted".chars().collect();
        let none = usize::MAX;
        let mut want = vec![fed_from_start(&s, [none, none])];
        want.extend((0..s.len()).map(|i| fed_from_start(&s, [i, none])));
        for i in 0..s.len() {
            want.extend((i + 1..s.len()).map(|k| fed_from_start(&s, [i, k])));
        }
        let mut got = Vec::new();
        deletion_keys(&s, 2, &mut got);
        assert_eq!(got, want);
    }

    /// The pairs of the whole set of keys, built at once (as before blocks).
    fn all_at_once(names: &[&str]) -> Vec<(u32, u32)> {
        let mut keys = Vec::new();
        for (i, n) in names.iter().enumerate() {
            let chars: Vec<char> = n.to_lowercase().chars().collect();
            let k = allowed(chars.len());
            if k == 0 || chars.len() > 40 {
                continue;
            }
            let mut own = Vec::new();
            deletion_keys(&chars, k, &mut own);
            own.sort_unstable();
            own.dedup();
            keys.extend(own.iter().map(|&v| (v, i as u32)));
        }
        keys.sort_unstable();
        let mut pairs: Vec<(u32, u32)> = keys
            .chunk_by(|x, y| x.0 == y.0)
            .flat_map(|v| {
                v.iter()
                    .flat_map(move |a| v.iter().map(move |b| (a.1, b.1)))
            })
            .filter(|&(a, b)| a != b)
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        pairs
    }

    #[test]
    fn repeats_keep_every_repeated_key_in_order() {
        // Many keys on few bits (collisions), and few keys on many bits.
        for (n, m) in [(3u64, 2u64), (50, 50), (5_000, 20_000), (5_000, 1 << 40)] {
            let mut keys: Vec<(u64, u32)> = (0..n as u32)
                .map(|i| {
                    (
                        (u64::from(i).pow(2) % m).wrapping_mul(0x1234_5678_9ABC_DEF1),
                        i,
                    )
                })
                .collect();
            let n = n as usize;
            let count = |v: u64, k: &[(u64, u32)]| k.iter().filter(|x| x.0 == v).count();
            let repeated: Vec<(u64, u32)> = keys
                .iter()
                .copied()
                .filter(|x| count(x.0, &keys) > 1)
                .collect();
            let mut r = Repeats::with_capacity(n);
            let before = keys.clone();
            r.keep_repeated(&mut keys);
            // A subsequence of the keys, holding every repeated one.
            let mut it = before.iter();
            assert!(keys.iter().all(|k| it.any(|b| b == k)));
            assert!(repeated.iter().all(|k| keys.contains(k)));
            assert!(!repeated.is_empty() || m > n as u64 * n as u64);
        }
    }

    #[test]
    fn blocks_give_the_pairs_all_keys_at_once_give() {
        let names = [
            "Galleti",
            "Galetti",
            "Gulitta",
            "Reyes",
            "Reeys",
            "Nadella",
            "Nadela",
            "Satya Nadella",
            "Satya Nadela",
            "Anthropic",
            "Antrhopic",
            "Anthropics",
            "Ants",
            "Amazon Web Services",
            "Amazon Web Service",
            "Kumar",
            "Kumarr",
            "Kumaar",
            "Kumarrr",
            "ÅNGSTRÖM",
            "Ångström",
            "Angstrom",
            "A name that is rather longer than forty characters in all",
            "A name that is rather longer than forty characters at all",
            "Nitesh",
            "Nitish",
        ];
        let blocked = candidate_pairs(&names);
        assert_eq!(blocked, all_at_once(&names));
        // The pairs the check needs are among them.
        assert!(
            blocked.contains(&(0, 1)) && blocked.contains(&(7, 8)) && blocked.contains(&(24, 25))
        );
        assert!(!blocked.contains(&(0, 2)));
    }
}
