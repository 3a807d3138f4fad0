//! Unit tests of the entity word sets.

use super::*;

#[test]
fn a_word_set_answers_as_scanning_its_list_did() {
    let nouns = super::super::lexicon::PERSON_NOUNS_BEFORE_NAMES;
    let mut lists = vec![CONNECTORS, OPENERS, POSSESSIVE_COMMON, COMPANY_VERBS];
    lists.extend([HONORIFICS, NOT_SUBJECTS, nouns, cues::ORG_VERBS]);
    let mut text = String::new();
    for w in lists.concat() {
        text += &format!("{w} {} {w}s Ü{w} {w}’s 'x, ", w.to_uppercase());
    }
    let toks = super::super::token::tokenize(&text, Span::new(0, text.len()));
    for list in lists {
        let set = WordSet::new(list);
        assert!(
            toks.iter()
                .all(|t| set.has(t) == list.iter().any(|w| t.is(w)))
        );
    }
}
