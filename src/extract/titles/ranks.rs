//! Ranked titles: `deputy`, `assistant` or `associate` before a title the
//! table knows makes another title, a rung below it (`deputy chief
//! financial officer` is not the chief financial officer). The table lists
//! the ranked titles it has a word of its own for (`deputy CEO`, `assistant
//! secretary`); every other title gets its ranked forms here, each with
//! many holders.

use std::sync::OnceLock;

use super::{TITLES, TitleDef};

/// The words that rank a title below the one they stand before.
pub(super) const RANKS: &[&str] = &["deputy", "assistant", "associate"];

/// The ranked forms of every title the table lists without them, built once.
pub(super) fn ranked() -> &'static [TitleDef] {
    static RANKED: OnceLock<Vec<TitleDef>> = OnceLock::new();
    RANKED.get_or_init(|| {
        let listed = |words: &str| TITLES.iter().any(|d| d.words == words);
        // One key string per (rank, key), shared by the key's synonyms.
        let mut keys: Vec<(String, &'static str)> = Vec::new();
        let mut out = Vec::new();
        for def in TITLES {
            if RANKS
                .iter()
                .any(|r| def.words.starts_with(&format!("{r} ")))
            {
                continue;
            }
            for rank in RANKS {
                let words = format!("{rank} {}", def.words);
                if listed(&words) {
                    continue;
                }
                let key = format!("{rank} {}", def.key);
                let key = match keys.iter().find(|(k, _)| *k == key) {
                    Some(&(_, k)) => k,
                    None => {
                        let k: &'static str = Box::leak(key.clone().into_boxed_str());
                        keys.push((key, k));
                        k
                    }
                };
                out.push(TitleDef {
                    words: Box::leak(words.into_boxed_str()),
                    key,
                    single: false,
                });
            }
        }
        out
    })
}

/// The title a ranked key is a rung below, and its rank (`deputy cfo` →
/// (`deputy`, `cfo`)).
pub(super) fn rung(key: &str) -> (Option<&'static str>, &str) {
    RANKS
        .iter()
        .find_map(|r| {
            key.strip_prefix(r)
                .and_then(|k| k.strip_prefix(' '))
                .map(|k| (Some(*r), k))
        })
        .unwrap_or((None, key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_unlisted_title_gets_its_ranked_forms_once() {
        let r = ranked();
        let cfo = r
            .iter()
            .find(|d| d.words == "deputy chief financial officer")
            .expect("ranked");
        assert_eq!((cfo.key, cfo.single), ("deputy cfo", false));
        // The table's own ranked titles are not made again.
        assert!(
            !r.iter()
                .any(|d| d.words == "deputy chief executive officer")
        );
        assert!(!r.iter().any(|d| d.words.starts_with("deputy deputy")));
        assert_eq!(rung("assistant cfo"), (Some("assistant"), "cfo"));
        assert_eq!(rung("cfo"), (None, "cfo"));
    }

    #[test]
    fn a_title_and_its_ranks_are_one_ladder() {
        use super::super::one_family;
        assert!(one_family("deputy cfo", "cfo"));
        assert!(one_family("cfo", "assistant cfo"));
        assert!(one_family("assistant cfo", "deputy cfo"));
        assert!(!one_family("deputy cfo", "deputy coo") || one_family("cfo", "coo"));
    }
}
