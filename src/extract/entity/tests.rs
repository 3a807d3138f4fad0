//! Unit tests of name runs and their classification.

use super::super::{sentence, token::tokenize};
use super::*;

/// The name runs `find` reads in `text`.
pub(in crate::extract) fn runs(text: &str) -> Vec<String> {
    let s = sentence::split(text);
    let toks: Vec<_> = s.iter().map(|x| tokenize(text, x.span)).collect();
    find(&toks).runs.into_iter().map(|r| r.text).collect()
}

#[test]
fn currency_codes_are_no_names() {
    for w in ["KSh", "Sh597", "Php", "NTD", "Rs", "Rs."] {
        assert!(currency_word(w), "{w}");
    }
    for w in ["Shell", "Sharma", "N", "Nairobi"] {
        assert!(!currency_word(w), "{w}");
    }
}

#[test]
fn titles_split_organisation_from_person() {
    assert_eq!(
        runs("He said Amazon CEO Andy Jassy left."),
        vec!["Amazon", "Andy Jassy"]
    );
}

#[test]
fn multiword_titles_with_remits_are_not_names() {
    let r = runs("Later, Amazon SVP of People Experience and Technology Beth Galetti said so.");
    assert_eq!(r, vec!["Amazon", "Beth Galetti"]);
}

#[test]
fn sentence_initial_words_need_other_evidence() {
    assert_eq!(
        runs("Meanwhile, Amazon grew. However, Acme fell."),
        vec!["Amazon", "Acme"]
    );
}

#[test]
fn a_lone_word_opening_a_sentence_before_a_saying_verb_is_a_name() {
    assert_eq!(
        runs("Sitharman announces three schemes. Later she added more."),
        vec!["Sitharman"]
    );
    assert_eq!(
        runs("Okafor added that talks would resume."),
        vec!["Okafor"]
    );
    // Pronouns and plurals before the verb are not names.
    assert!(runs("She adds that the plan is set. Officials warned of delays.").is_empty());
}

#[test]
fn headlines_only_yield_names_the_body_uses() {
    let t = "Amazon Announces 14,000 Job Cuts Amid AI Push\nStaff at Amazon were told, said Beth Smith.";
    let r = runs(t);
    assert_eq!(r, vec!["Amazon", "Amazon", "Beth Smith"]);
}

#[test]
fn connectors_and_initials_stay_inside_names() {
    assert_eq!(
        runs("He joined Bank of America and met J. P. Morgan."),
        vec!["Bank of America", "J. P. Morgan"]
    );
}

#[test]
fn acronyms_defined_in_parentheses_are_remembered() {
    let t = "It expanded Amazon Web Services (AWS) in May.";
    let s = sentence::split(t);
    let toks: Vec<_> = s.iter().map(|x| tokenize(t, x.span)).collect();
    assert_eq!(
        find(&toks).acronyms.get("AWS").map(String::as_str),
        Some("Amazon Web Services")
    );
}

#[test]
fn an_acronym_named_with_its_group_word_is_remembered() {
    let t = "BHP Group reported on Tuesday. BHP said copper rose.";
    let s = sentence::split(t);
    let toks: Vec<_> = s.iter().map(|x| tokenize(t, x.span)).collect();
    let found = find(&toks);
    assert_eq!(
        found.acronyms.get("BHP").map(String::as_str),
        Some("BHP Group")
    );
    // Two words of a name are no acronym with its group word.
    let t = "NASA Space Flight Center said so.";
    let s = sentence::split(t);
    let toks: Vec<_> = s.iter().map(|x| tokenize(t, x.span)).collect();
    assert!(!find(&toks).acronyms.contains_key("NASA"));
}

#[test]
fn a_legal_suffix_stays_with_its_name() {
    assert_eq!(
        runs("Northwind Corp. agreed to buy Fabrikam Inc. on Tuesday."),
        vec!["Northwind Corp.", "Fabrikam Inc.", "Tuesday"]
    );
    assert_eq!(
        runs("The deal values Kroger Co. at $24 billion."),
        vec!["Kroger Co."]
    );
}

#[test]
fn a_quoted_nickname_stays_inside_its_name() {
    assert_eq!(
        runs("The committee's president Abraham \"Bambol\" Tolentino said so."),
        vec!["Abraham Tolentino"]
    );
}

#[test]
fn particles_and_hyphened_syllables_stay_in_a_name() {
    assert_eq!(
        runs("He said Spain coach Luis de la Fuente and Ursula von der Leyen met."),
        vec!["Spain", "Luis de la Fuente", "Ursula von der Leyen"]
    );
    assert_eq!(
        runs("He said Premier Chen Chien-jen met the Musk-led firm."),
        vec!["Chen Chien-jen", "Musk"]
    );
    // Romanised syllables of up to six letters; a participle is no syllable.
    assert_eq!(
        runs("He said CFO Park Soon-cheol met the Tokyo-listed firm."),
        vec!["Park Soon-cheol", "Tokyo"]
    );
    assert_eq!(
        runs("He said the Musk-backed plan was Lee Jae-yong's idea."),
        vec!["Musk", "Lee Jae-yong"]
    );
}

#[test]
fn an_arabic_article_hyphened_to_a_surname_stays_in_the_name() {
    assert_eq!(
        runs("He said Red Crescent official Marie el-Drese met mayor Abdulmenam al-Ghaithi."),
        vec!["Red Crescent", "Marie el-Drese", "Abdulmenam al-Ghaithi"]
    );
}

#[test]
fn a_legal_form_or_share_class_letter_ends_the_name() {
    assert_eq!(
        runs("He said Novo Nordisk A/S reported and Novo Nordisk B shares rose."),
        vec!["Novo Nordisk", "Novo Nordisk"]
    );
}

#[test]
fn a_currency_code_in_brackets_is_no_acronym() {
    for t in [
        "Diluted EPS (DKK) rose to 18.62 in the year.",
        "The Danish Krone (DKK) fell.",
    ] {
        let s = sentence::split(t);
        let toks: Vec<_> = s.iter().map(|x| tokenize(t, x.span)).collect();
        let found = find(&toks);
        assert!(
            !found.acronyms.values().any(|v| v == "DKK") && !found.acronyms.contains_key("DKK"),
            "{t}: {:?}",
            found.acronyms
        );
    }
}

#[test]
fn a_name_ends_at_a_markdown_tables_cell_wall() {
    let md = "| Candidate | Backed by |\n|---|---|\n| Shehbaz Sharif | PML-N and allies |\n";
    let found = runs(&crate::markdown::prose(md));
    assert!(found.iter().any(|r| r == "Shehbaz Sharif"), "{found:?}");
    assert!(!found.iter().any(|r| r.contains("Sharif PML")), "{found:?}");
}

#[test]
fn a_line_with_a_lower_case_saying_verb_is_no_headline() {
    let headline = "Railway Board Member Says Signal Was Green For Coromandel Express";
    assert!(is_headline(&tokenize(
        headline,
        Span::new(0, headline.len())
    )));
    let intro = "Railway Board Member (Operations and Business Development) Jaya Varma Sinha told reporters:";
    assert!(!is_headline(&tokenize(intro, Span::new(0, intro.len()))));
}
