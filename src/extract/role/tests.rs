//! Unit tests of role extraction.

use crate::claim::ClaimKind;
use crate::extract::{ExtractOptions, extract};
use crate::source::{DocId, Document};

fn roles(text: &str) -> Vec<(String, String)> {
    let doc = Document::new(DocId(0), "row.txt", text);
    extract(&doc, &ExtractOptions::default())
        .claims
        .into_iter()
        .filter_map(|c| match c.kind {
            ClaimKind::Role(r) => Some((r.person, r.base_key)),
            _ => None,
        })
        .collect()
}

#[test]
fn a_title_a_verb_follows_is_the_next_clauses_subject() {
    let r = roles(
        "Accompanied by Federal Minister for Climate Change Sherry Rehman, the Secretary-General met displaced families.",
    );
    assert!(
        !r.iter()
            .any(|(p, t)| p == "Sherry Rehman" && t == "secretary-general"),
        "{r:?}"
    );
    let r = roles("Andy Jassy, the chief executive of Amazon, said the cuts would continue.");
    assert!(
        r.iter().any(|(p, t)| p == "Andy Jassy" && t == "ceo"),
        "{r:?}"
    );
    let r = roles("Ana Ruiz, the chief executive since 2021, said demand was strong.");
    assert!(
        r.iter().any(|(p, t)| p == "Ana Ruiz" && t == "ceo"),
        "{r:?}"
    );
}

#[test]
fn a_party_leader_is_read_before_the_name_only() {
    let r = roles("Votes were still being counted, said VVD leader Dilan Yeşilgöz.");
    assert!(
        r.iter()
            .any(|(p, t)| p == "Dilan Yeşilgöz" && t == "leader"),
        "{r:?}"
    );
    let r = roles("Cisco is the worldwide technology leader in networking.");
    assert!(!r.iter().any(|(_, t)| t == "leader"), "{r:?}");
}

#[test]
fn a_rank_a_few_lower_case_words_before_a_title_ranks_it() {
    let r = roles("Deputy works council chair Daniela Cavallo said the workers had paid a price.");
    assert!(
        r.iter()
            .any(|(p, t)| p == "Daniela Cavallo" && t == "deputy chair"),
        "{r:?}"
    );
    let r = roles("The deputy finance minister Jane Okafor spoke.");
    assert!(
        r.iter()
            .any(|(p, t)| p == "Jane Okafor" && t == "deputy minister"),
        "{r:?}"
    );
    // A function word between them: the rank is not the title's.
    let r = roles("She was deputy to the chair Dana Price for a year.");
    assert!(!r.iter().any(|(_, t)| t.starts_with("deputy")), "{r:?}");
}
