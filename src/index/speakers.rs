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
    let mut singles: Vec<String> = quotes
        .keys()
        .filter(|k| !k.is_empty() && !k.contains(' '))
        .cloned()
        .collect();
    singles.sort();
    for single in singles {
        let mut full: Vec<&String> = quotes
            .keys()
            .filter(|k| {
                k.contains(' ')
                    && (k.split(' ').next() == Some(single.as_str())
                        || k.rsplit(' ').next() == Some(single.as_str()))
            })
            .collect();
        full.sort();
        let [one] = full[..] else { continue };
        let one = one.clone();
        if let Some(ids) = quotes.remove(&single) {
            let all = quotes.entry(one).or_default();
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
