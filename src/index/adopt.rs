//! Quotes with no speaker filed under the speaker whose quotes they repeat.

use rustc_hash::FxHashMap;

use super::Index;
use crate::claim::{ClaimId, ClaimKind};
use crate::extract::Extraction;

/// Hashes of every run of five words of a quote (lower-cased, apostrophes
/// alike), each word hashed once and folded (equal runs hash alike, others
/// only by a 64-bit collision). A looser split than `Index::quote_words`.
fn shingles(quote: &str) -> Vec<u64> {
    use std::hash::Hasher;
    let words: Vec<u64> = quote
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            // Most words are lower case already: hashed as they are.
            let lower = |b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'\'');
            match w.bytes().all(lower) {
                true => h.write(w.as_bytes()),
                false => h.write(w.to_lowercase().replace('\u{2019}', "'").as_bytes()),
            }
            h.finish()
        })
        .collect();
    let fold = |h: u64, &x: &u64| (h.rotate_left(23) ^ x).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    words.windows(5).map(|w| w.iter().fold(0, fold)).collect()
}

/// Files each unattributed quote under the one speaker it shares two runs of
/// five words with (six words in a row at least; one run for a quote of
/// eight words or fewer), or under `""`.
pub(super) fn adopt(
    ix: &mut Index,
    extractions: &[Extraction],
    unattributed: Vec<(ClaimId, &str)>,
) {
    if unattributed.is_empty() {
        return;
    }
    let mut by_shingle: FxHashMap<u64, Vec<&str>> = FxHashMap::default();
    for (speaker, ids) in &ix.quotes {
        for id in ids {
            if let ClaimKind::Quote(q) = &extractions[id.doc].claims[id.claim].kind {
                for s in shingles(&q.quote) {
                    let v = by_shingle.entry(s).or_default();
                    if !v.contains(&speaker.as_str()) {
                        v.push(speaker);
                    }
                }
            }
        }
    }
    let mut adopted: Vec<(String, ClaimId)> = Vec::new();
    for (id, quote) in unattributed {
        let own = shingles(quote);
        // A short quote (eight words or fewer) needs one run, a longer one two.
        let needed = if own.len() <= 4 { 1 } else { 2 };
        let mut hits: Vec<&str> = own
            .iter()
            .filter_map(|s| by_shingle.get(s))
            .flatten()
            .copied()
            .collect();
        hits.sort_unstable();
        // A speaker shares two runs of five words with it (six words in a
        // row at least): one run is often a stock phrase (`in the first two
        // sets`) anyone says.
        let mut who: Vec<&str> = hits
            .chunk_by(|a, b| a == b)
            .filter(|run| run.len() >= needed)
            .map(|run| run[0])
            .collect();
        who.dedup();
        let speaker = match who[..] {
            [one] => one.to_string(),
            _ => String::new(),
        };
        adopted.push((speaker, id));
    }
    for (speaker, id) in adopted {
        ix.quotes.entry(speaker).or_default().push(id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_five_words_hash_alike_exactly_when_their_words_do() {
        let q = "We’ll build it IN Ohio, we'll build \u{212a}ing in ohio we'll build it in Ohio";
        let (s, words) = (shingles(q), q.split([' ', ',']).filter(|w| !w.is_empty()));
        let w: Vec<String> = words.map(|w| w.to_lowercase().replace('’', "'")).collect();
        for (i, j) in (0..s.len()).flat_map(|i| (0..s.len()).map(move |j| (i, j))) {
            assert_eq!(s[i] == s[j], w[i..i + 5] == w[j..j + 5]);
        }
    }
}
