//! Unit tests of the title lexicon and parser.

use super::super::token::tokenize;
use super::*;
use crate::source::Span;

fn read(s: &str) -> Option<(&'static str, usize)> {
    let toks = tokenize(s, Span::new(0, s.len()));
    title(Toks(&toks)).ok().map(|(_, m)| (m.key, m.len))
}

#[test]
fn synonyms_share_a_key() {
    assert_eq!(
        read("chief executive officer Andy").map(|m| m.0),
        Some("ceo")
    );
    assert_eq!(read("Chief Executive Andy").map(|m| m.0), Some("ceo"));
    assert_eq!(read("CEO Andy").map(|m| m.0), Some("ceo"));
    assert_eq!(read("SVP of"), Some(("svp", 1)));
    assert_eq!(read("Senior Vice President of"), Some(("svp", 3)));
}

#[test]
fn government_secretaries_are_titles_with_their_ranks() {
    assert_eq!(
        read("Deputy Chief Cabinet Secretary Hiro").map(|m| m.0),
        Some("deputy chief cabinet secretary")
    );
    assert_eq!(read("CS Amina"), Some(("cabinet secretary", 1)));
    assert_eq!(read("Chief Minister Pinarayi"), Some(("chief minister", 2)));
    assert!(one_family("cabinet secretary", "principal secretary"));
    assert!(!one_family("cabinet secretary", "chief cabinet secretary"));
}

#[test]
fn hyphenated_titles_match() {
    assert_eq!(read("co-founder Jeff"), Some(("founder", 3)));
}

#[test]
fn agency_titles_and_their_deputies_are_rungs_of_one_ladder() {
    assert_eq!(read("Director-General Jean"), Some(("director-general", 3)));
    assert_eq!(
        read("deputy director general Jean"),
        Some(("deputy director-general", 3))
    );
    assert_eq!(
        read("deputy administrator Ariel"),
        Some(("deputy administrator", 2))
    );
    assert_eq!(
        read("Chief Economic Advisor V"),
        Some(("chief economic adviser", 3))
    );
    assert!(one_family("director-general", "deputy director-general"));
    assert!(one_family("administrator", "deputy administrator"));
    assert!(one_family(
        "chief economic adviser",
        "deputy chief economic adviser"
    ));
    assert!(!one_family("director-general", "director"));
}

#[test]
fn an_acronym_with_officer_is_garbled() {
    assert_eq!(read("CEO Officer Andy"), Some(("ceo officer", 2)));
}

#[test]
fn qualifiers_are_read_with_their_hyphen() {
    let toks = tokenize("ex-CEO", Span::new(0, 6));
    let (rest, q) = qualifier(Toks(&toks)).unwrap();
    assert_eq!((q, rest.len()), ("ex", 1));
}

#[test]
fn a_remit_may_be_a_list_closed_by_and() {
    let len = |s: &str| remit_len(&tokenize(s, Span::new(0, s.len())));
    // `of` + Economy , Trade and Industry
    assert_eq!(len("of Economy, Trade and Industry said"), 6);
    // A comma before a name ends the remit.
    assert_eq!(len("of Finance, Wale Edun"), 2);
    // A list never closed by `and` is cut at its first comma.
    assert_eq!(len("of Finance, Trade officials"), 2);
}
