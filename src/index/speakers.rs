//! Quotes filed under one word of a speaker's name (`Skipper Rohit said`,
//! `Burritt said` in a draft that never names him in full) join the one
//! quoted speaker whose full name starts or ends with that word, so their
//! words are compared with that person's other quotes.

use std::collections::HashMap;

use crate::claim::ClaimId;

/// Moves the quotes of each one-word speaker to the one full name among
/// the speakers whose first or last word it is; a word two full names
/// share (`Sharma` for two Sharmas) stays as it is.
pub(super) fn join_single_names(quotes: &mut HashMap<String, Vec<ClaimId>>) {
    // The full names each first or last word stands in, read once.
    let mut by_word: HashMap<&str, Vec<&str>> = HashMap::new();
    for k in quotes.keys().filter(|k| k.contains(' ')) {
        let (first, last) = (
            k.split(' ').next().unwrap_or(""),
            k.rsplit(' ').next().unwrap_or(""),
        );
        by_word.entry(first).or_default().push(k);
        if last != first {
            by_word.entry(last).or_default().push(k);
        }
    }
    let mut moves: Vec<(String, String)> = quotes
        .keys()
        .filter(|k| !k.is_empty() && !k.contains(' '))
        .filter_map(
            |single| match by_word.get(single.as_str()).map(Vec::as_slice) {
                Some([one]) => Some((single.clone(), (*one).to_string())),
                _ => None,
            },
        )
        .collect();
    moves.sort();
    for (single, full) in moves {
        if let Some(ids) = quotes.remove(&single) {
            let all = quotes.entry(full).or_default();
            all.extend(ids);
            all.sort_unstable();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(doc: usize) -> ClaimId {
        ClaimId { doc, claim: 0 }
    }

    #[test]
    fn a_given_name_or_surname_alone_joins_the_one_full_name() {
        let mut q: HashMap<String, Vec<ClaimId>> = HashMap::new();
        q.insert("Rohit Sharma".into(), vec![id(0)]);
        q.insert("Rohit".into(), vec![id(1)]);
        q.insert("Sharma".into(), vec![id(2)]);
        q.insert("Lee".into(), vec![id(3)]);
        q.insert("Ann Lee".into(), vec![id(4)]);
        q.insert("Bo Lee".into(), vec![id(5)]);
        join_single_names(&mut q);
        assert_eq!(q["Rohit Sharma"], vec![id(0), id(1), id(2)]);
        assert!(q.contains_key("Lee"), "two full names share it");
    }
}
