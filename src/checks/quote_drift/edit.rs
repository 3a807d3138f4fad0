//! The Damerau–Levenshtein distance of two words, as
//! `strsim::damerau_levenshtein` computes it, without its allocations: the
//! same algorithm (Zhao and Sahni's linear-space one, the cells in the same
//! order with the same rules), over the words' characters decoded once into
//! arrays on the stack, and the last row of each character kept in a table
//! for ASCII and a short list for the rest (where strsim fills and clears a
//! 256-entry table and three vectors a call). Words longer than `MAX`
//! characters go to strsim itself. A test compares the two on every pair of
//! a word list with transpositions, non-ASCII letters and long words.

/// The longest word, in characters, measured here (quote words are far shorter).
const MAX: usize = 40;

/// `strsim::damerau_levenshtein(a, b)`.
pub(super) fn damerau_levenshtein(a: &str, b: &str) -> usize {
    let (mut s1, mut s2) = (['\0'; MAX], ['\0'; MAX]);
    let (Some(n1), Some(n2)) = (decode(a, &mut s1), decode(b, &mut s2)) else {
        return strsim::damerau_levenshtein(a, b);
    };
    distance(&s1[..n1], &s2[..n2])
}

/// `strsim::damerau_levenshtein(a, b) <= 2`, the distance computed only
/// when the words' characters, counted, allow it: an insertion or deletion
/// changes one character's count by one, a substitution two counts by one
/// each (one up, one down), a transposition none, so the distance is at
/// least the larger of the counts `a` has over `b` and `b` over `a`.
/// Characters are counted by code modulo 64, which can only merge counts
/// and lower that bound, never raise it past the distance.
pub(super) fn within_two(a: &str, b: &str) -> bool {
    let mut count = [0i32; 64];
    for c in a.chars() {
        count[u32::from(c) as usize % 64] += 1;
    }
    for c in b.chars() {
        count[u32::from(c) as usize % 64] -= 1;
    }
    let (over, under) = count
        .iter()
        .fold((0, 0), |(o, u), &n| (o + n.max(0), u + (-n).max(0)));
    over.max(under) <= 2 && damerau_levenshtein(a, b) <= 2
}

/// `s`'s characters into `out`, and how many; `None` past `MAX`.
fn decode(s: &str, out: &mut [char; MAX]) -> Option<usize> {
    let mut n = 0;
    for c in s.chars() {
        *out.get_mut(n)? = c;
        n += 1;
    }
    Some(n)
}

/// strsim's `damerau_levenshtein_impl`, on character slices of at most `MAX`.
fn distance(s1: &[char], s2: &[char]) -> usize {
    let (len1, len2) = (s1.len(), s2.len());
    let max_val = len1.max(len2) as isize + 1;
    let size = len2 + 2;
    // The row each character last appeared in `s1`, before the current one (-1: none).
    let mut ascii_row = [-1isize; 128];
    let mut other_row: [(char, isize); MAX] = [('\0', -1); MAX];
    let mut others = 0;
    let mut fr = [max_val; MAX + 2];
    let (mut row_a, mut row_b) = ([max_val; MAX + 2], [0isize; MAX + 2]);
    for (j, v) in row_b.iter_mut().enumerate().take(size).skip(1) {
        *v = j as isize - 1;
    }
    let (mut r1, mut r) = (&mut row_a, &mut row_b);
    for (i, &ch1) in s1.iter().enumerate() {
        let i = i + 1;
        std::mem::swap(&mut r, &mut r1);
        let mut last_col_id: isize = -1;
        let mut last_i2l1 = r[1];
        r[1] = i as isize;
        let mut t = max_val;
        for (j, &ch2) in s2.iter().enumerate() {
            let j = j + 1;
            let diag = r1[j] + isize::from(ch1 != ch2);
            let left = r[j] + 1;
            let up = r1[j + 1] + 1;
            let mut temp = diag.min(left.min(up));
            if ch1 == ch2 {
                last_col_id = j as isize;
                fr[j + 1] = r1[j - 1];
                t = last_i2l1;
            } else {
                let k = if ch2.is_ascii() {
                    ascii_row[ch2 as usize]
                } else {
                    other_row[..others]
                        .iter()
                        .find(|(c, _)| *c == ch2)
                        .map_or(-1, |&(_, k)| k)
                };
                let l = last_col_id;
                if j as isize - l == 1 {
                    temp = temp.min(fr[j + 1] + (i as isize - k));
                } else if i as isize - k == 1 {
                    temp = temp.min(t + (j as isize - l));
                }
            }
            last_i2l1 = r[j + 1];
            r[j + 1] = temp;
        }
        if ch1.is_ascii() {
            ascii_row[ch1 as usize] = i as isize;
        } else if let Some(e) = other_row[..others].iter_mut().find(|(c, _)| *c == ch1) {
            e.1 = i as isize;
        } else {
            other_row[others] = (ch1, i as isize);
            others += 1;
        }
    }
    r[len2 + 1] as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_distances_strsim_gives() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "ca",
            "bca",
            "convicted",
            "convinced",
            "transformative",
            "transformational",
            "galleti",
            "galetti",
            "gulitta",
            "reyes",
            "reeys",
            "nadellä",
            "nadella",
            "ørsted",
            "orsted",
            "rsøted",
            "ångström",
            "angstrom",
            "ngåström",
            "日本銀行",
            "日銀本行",
            "kumarr",
            "kumaar",
            "abcdefghijabcdefghijabcdefghijabcdefghij",
            "abcdefghijabcdefghijabcdefghijabcdefghji",
            "abcdefghijabcdefghijabcdefghijabcdefghijk",
            "bacdefghijabcdefghijabcdefghijabcdefghijkl",
            "ééééééééééééééééééééééééééééééééééééééééé",
            "ab\u{300}c",
            "a\u{300}bc",
        ];
        for x in words {
            for y in words {
                assert_eq!(
                    damerau_levenshtein(x, y),
                    strsim::damerau_levenshtein(x, y),
                    "{x} / {y}"
                );
                assert_eq!(within_two(x, y), strsim::damerau_levenshtein(x, y) <= 2);
            }
        }
        // Every pair of short strings over a small alphabet, non-ASCII included.
        let alphabet = ['a', 'b', 'é', 'c'];
        let mut all = vec![String::new()];
        for _ in 0..4 {
            let more: Vec<String> = all
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            all.extend(more);
        }
        all.sort();
        all.dedup();
        for x in all.iter().step_by(3) {
            for y in &all {
                assert_eq!(damerau_levenshtein(x, y), strsim::damerau_levenshtein(x, y));
                assert_eq!(within_two(x, y), strsim::damerau_levenshtein(x, y) <= 2);
            }
        }
    }
}
