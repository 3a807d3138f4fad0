//! A small hashed index from lower-case ASCII words to data, built once.
//!
//! The scanner asks "is this word a number word, a month, a vague plural…?"
//! for every word of every draft, so the answer must cost one hash and one
//! comparison, not a chain of string matches. Tables stay plain `const`
//! arrays in `lexicon`; this only indexes them.

/// Open-addressing table keyed by lower-case words.
#[derive(Debug)]
pub struct WordIndex<T: Copy> {
    slots: Vec<Option<(&'static str, T)>>,
    mask: usize,
}

/// Seed of the word hash (FNV-1a).
pub const HASH_SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// Adds one byte to a word hash; callers that read a word byte by byte can
/// hash it on the way and look it up with `get_hashed`.
#[inline]
pub fn hash_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
}

/// FNV-1a over the bytes of a word.
fn hash(w: &[u8]) -> u64 {
    w.iter().fold(HASH_SEED, |h, &b| hash_step(h, b))
}

/// The hash of a word's ASCII-lower-cased bytes: equal for `Amazon` and `amazon`.
pub fn lower_hash(w: &[u8]) -> u64 {
    w.iter()
        .fold(HASH_SEED, |h, &b| hash_step(h, b.to_ascii_lowercase()))
}

impl<T: Copy> WordIndex<T> {
    /// Indexes `entries`; a later entry for the same word is ignored.
    pub fn new<'a>(entries: impl IntoIterator<Item = &'a (&'static str, T)>) -> WordIndex<T>
    where
        T: 'a,
    {
        let entries: Vec<&(&'static str, T)> = entries.into_iter().collect();
        let size = (entries.len() * 4).next_power_of_two().max(16);
        let mut slots = vec![None; size];
        let mask = size - 1;
        for &&(w, v) in &entries {
            let mut i = hash(w.as_bytes()) as usize & mask;
            loop {
                match slots[i] {
                    None => {
                        slots[i] = Some((w, v));
                        break;
                    }
                    Some((k, _)) if k == w => break,
                    Some(_) => i = (i + 1) & mask,
                }
            }
        }
        WordIndex { slots, mask }
    }

    /// Every indexed word, in no particular order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.slots.iter().flatten().map(|&(k, _)| k)
    }

    /// The data of a lower-case word.
    pub fn get(&self, w: &[u8]) -> Option<T> {
        self.get_hashed(hash(w), w)
    }

    /// The data of a word in any ASCII case, given its `lower_hash`.
    pub fn get_any_case(&self, h: u64, w: &[u8]) -> Option<T> {
        let mut i = h as usize & self.mask;
        loop {
            match self.slots[i] {
                None => return None,
                Some((k, v)) if k.as_bytes().eq_ignore_ascii_case(w) => return Some(v),
                Some(_) => i = (i + 1) & self.mask,
            }
        }
    }

    /// The data of a lower-case word whose hash the caller computed with `hash_step`.
    pub fn get_hashed(&self, h: u64, w: &[u8]) -> Option<T> {
        let mut i = h as usize & self.mask;
        loop {
            match self.slots[i] {
                None => return None,
                Some((k, v)) if k.as_bytes() == w => return Some(v),
                Some(_) => i = (i + 1) & self.mask,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_entry_and_nothing_else() {
        let entries = [("one", 1), ("two", 2), ("three", 3)];
        let idx = WordIndex::new(&entries);
        assert_eq!(idx.get(b"two"), Some(2));
        assert_eq!(idx.get(b"four"), None);
        assert_eq!(idx.get(b""), None);
    }
}

/// Phrases of one or more words indexed by their first or last word, so that
/// matching a phrase table at a position costs one lookup and a few
/// comparisons. Phrases with no letters at the key end (`+`, `~`, `>=`) sit in
/// a group that is always tried.
#[derive(Debug)]
pub struct PhraseIndex<T: Copy + 'static> {
    by_word: WordIndex<usize>,
    groups: Vec<Vec<(&'static str, T)>>,
    symbols: Vec<(&'static str, T)>,
}

/// Which end of a phrase is its key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyEnd {
    /// Matched forward from a position: keyed by the first word.
    First,
    /// Matched backward from a position: keyed by the last word.
    Last,
}

/// The lower-case word at one end of a phrase: letters and dots, without a dot
/// on its outer side (`u.s` of `u.s. dollars`, `approx.` of `about approx.`).
fn end_word(phrase: &str, end: KeyEnd) -> String {
    let is_word = |c: char| c.is_alphabetic() || c == '.';
    let w: String = match end {
        KeyEnd::First => {
            let w: String = phrase.chars().take_while(|&c| is_word(c)).collect();
            w.trim_end_matches('.').to_string()
        }
        KeyEnd::Last => {
            let rev: String = phrase.chars().rev().take_while(|&c| is_word(c)).collect();
            rev.chars()
                .rev()
                .collect::<String>()
                .trim_start_matches('.')
                .to_string()
        }
    };
    w.to_lowercase()
}

impl<T: Copy + 'static> PhraseIndex<T> {
    /// Indexes `entries` by the word at `end`, longest phrases first in each group.
    pub fn new(entries: &'static [(&'static str, T)], end: KeyEnd) -> PhraseIndex<T> {
        let mut keys: Vec<(&'static str, usize)> = Vec::new();
        let mut groups: Vec<Vec<(&'static str, T)>> = Vec::new();
        let mut symbols = Vec::new();
        for &(phrase, v) in entries {
            let w = end_word(phrase, end);
            if w.is_empty() {
                symbols.push((phrase, v));
                continue;
            }
            let w: &'static str = Box::leak(w.into_boxed_str());
            match keys.iter().find(|(k, _)| *k == w) {
                Some(&(_, g)) => groups[g].push((phrase, v)),
                None => {
                    keys.push((w, groups.len()));
                    groups.push(vec![(phrase, v)]);
                }
            }
        }
        for g in &mut groups {
            g.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        }
        symbols.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        PhraseIndex {
            by_word: WordIndex::new(&keys),
            groups,
            symbols,
        }
    }

    /// The phrases whose key word is `word` (lower-case), longest first.
    pub fn group(&self, word: &[u8]) -> &[(&'static str, T)] {
        match self.by_word.get(word) {
            Some(g) => &self.groups[g],
            None => &[],
        }
    }

    /// The phrases keyed by no word (symbols), longest first.
    pub fn symbols(&self) -> &[(&'static str, T)] {
        &self.symbols
    }
}

#[cfg(test)]
mod phrase_tests {
    use super::*;

    static TABLE: &[(&str, u8)] = &[("more than", 1), ("less than", 2), ("over", 3), ("+", 4)];

    #[test]
    fn groups_phrases_by_their_last_word() {
        let idx = PhraseIndex::new(TABLE, KeyEnd::Last);
        let g: Vec<u8> = idx.group(b"than").iter().map(|(_, v)| *v).collect();
        assert_eq!(g, vec![1, 2]);
        assert_eq!(idx.symbols(), &[("+", 4)]);
        assert!(idx.group(b"under").is_empty());
    }
}
