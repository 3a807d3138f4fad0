//! A person's organisations as the drafts write them, shorter or longer.

use std::collections::BTreeMap;

use super::PAST;
use crate::claim::ClaimId;
pub(super) use crate::extract::names::acronym_of;

/// One organisation written shorter in some drafts (`County Fire` for `Los
/// Angeles County Fire`, `FTX` for `FTX Trading`): a key that is the first
/// words of exactly one longer key, or its last two words or more, or the
/// longer key without India's `Union` for the central government (`Railway`
/// of `Union Railway Minister`), or its acronym (`PTI` of `Pakistan
/// Tehreek-e-Insaf`), joins it.
pub(super) fn merge_shortened_orgs(at: &mut BTreeMap<String, Vec<ClaimId>>) {
    let keys: Vec<String> = at.keys().filter(|k| !k.is_empty()).cloned().collect();
    for short in &keys {
        let longer: Vec<&String> = keys
            .iter()
            .filter(|long| {
                long.len() > short.len()
                    && (long
                        .strip_prefix(short.as_str())
                        .is_some_and(|r| r.starts_with(' '))
                        || (short.contains(' ')
                            && long
                                .strip_suffix(short.as_str())
                                .is_some_and(|r| r.ends_with(' ')))
                        || long.strip_prefix("union ") == Some(short.as_str())
                        || acronym_of(short, long))
            })
            .collect();
        if let [long] = longer[..]
            && let Some(v) = at.remove(short)
        {
            at.entry(long.clone()).or_default().extend(v);
        }
    }
}

/// Every organisation guessed and none for most mentions (`chair` with
/// none, `deputy works council chair` guessed at the company, `head of the
/// works council` at the outlet's name): guesses that disagree place
/// nobody, so the person's present titles are weighed together (past ones
/// stay apart).
pub(super) fn weigh_together(at: &mut BTreeMap<String, Vec<ClaimId>>) {
    let mut loose = Vec::new();
    at.retain(|k, v| {
        if k == PAST {
            return true;
        }
        loose.append(v);
        false
    });
    at.insert(String::new(), loose);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(claim: usize) -> ClaimId {
        ClaimId { doc: 0, claim }
    }

    #[test]
    fn a_shorter_form_joins_the_one_longer_form() {
        let mut at = BTreeMap::new();
        for (k, i) in [
            ("los angeles county fire", 0),
            ("county fire", 1),
            ("", 2),
            ("fire", 3),
        ] {
            at.insert(k.to_string(), vec![id(i)]);
        }
        merge_shortened_orgs(&mut at);
        assert_eq!(at["los angeles county fire"], vec![id(0), id(1)]);
        // India's `Union` before a ministry is the same body.
        let mut union = BTreeMap::new();
        union.insert("union railway".to_string(), vec![id(7)]);
        union.insert("railway".to_string(), vec![id(8)]);
        merge_shortened_orgs(&mut union);
        assert_eq!(union["union railway"], vec![id(7), id(8)]);
        // One word at the end is too little to say it is the same body.
        assert!(at.contains_key("fire"));
        assert!(at.contains_key(""));
        let mut at = BTreeMap::new();
        for (k, i) in [("ftx", 0), ("ftx trading", 1), ("ftx us", 2)] {
            at.insert(k.to_string(), vec![id(i)]);
        }
        merge_shortened_orgs(&mut at);
        // Two longer forms: which one is meant is not known.
        assert_eq!(at.len(), 3);
        // An acronym joins the one name it abbreviates.
        let mut at = BTreeMap::new();
        for (k, i) in [("pti", 0), ("pakistan tehreek-e-insaf", 1), ("ppp", 2)] {
            at.insert(k.to_string(), vec![id(i)]);
        }
        merge_shortened_orgs(&mut at);
        assert_eq!(at["pakistan tehreek-e-insaf"], vec![id(1), id(0)]);
        assert_eq!(at["ppp"], vec![id(2)]);
    }
}
