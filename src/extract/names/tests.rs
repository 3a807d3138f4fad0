//! Tests of `names`.

use super::*;

#[test]
fn a_hyphenated_given_name_puts_the_family_name_first() {
    assert!(family_name_first("Lai Ching-te"));
    assert!(family_name_first("Moon Jae-in"));
    assert_eq!(family_name("Tsai Ing-wen"), "Tsai");
    assert_eq!(family_name("Beth Galetti"), "Galetti");
    assert!(!family_name_first("Jean-Pierre Dubois"));
    assert!(!family_name_first("Anne Smith-Jones"));
    assert!(!family_name_first("Mary Anne Smith"));
}

#[test]
fn lists_answer_in_any_case() {
    assert!(is_first_name("Beth"));
    assert!(is_org_suffix("Inc."));
    assert!(is_place("San Francisco"));
    // Countries, their adjectives and large cities, from the data file;
    // names that are also people's stay out.
    assert!(is_place("Dutch"));
    assert!(is_place("South African"));
    assert!(is_place("Netherlands"));
    assert!(!is_place("Jordan"));
    assert!(!is_place("Victoria"));
    // People from a place, in the plural, are no organisation.
    assert!(is_place("Mexicans") && is_place("Australians") && is_place("Pakistanis"));
    assert!(!is_place("Jordans") && !is_place("Sullivans"));
    assert!(is_not_name("Monday"));
    assert!(!is_first_name("Amazon"));
    assert!(is_first_name("Gavin") && is_first_name("Kristin"));
    // The world's given names, beyond the census lists.
    assert!(is_first_name("Shohei") && is_first_name("Narendra") && is_first_name("Olusegun"));
    assert!(is_first_name("José") && is_first_name("Jose"));
    assert!(!is_first_name("Morgan") && !is_first_name("Will"));
}

#[test]
fn date_words_answer_as_lower_casing_into_a_string_did() {
    let old = |w: &str| {
        let l = w.trim_end_matches('.').to_ascii_lowercase();
        super::super::lexicon::month(&l).is_some()
            || super::super::time::WEEKDAYS.contains(&l.as_str())
            || [
                "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            ]
            .contains(&l.as_str())
    };
    let words = "Jan JAN. Sept. September SEPTEMBER... Thu Thurs Wednesday Mäy Ĵan \
        Wednesdayyyyyyyyy . May Amazon Sun Sunday. Decemberdecember Decemberdecemberx";
    for w in words.split_whitespace().chain([""]) {
        assert_eq!(is_date_word(w), old(w), "{w}");
    }
}

#[test]
fn org_key_answers_as_joining_and_lower_casing_did() {
    fn reference(name: &str) -> String {
        let mut words: Vec<&str> = name.split_whitespace().collect();
        while words.len() > 1 {
            let last = words[words.len() - 1].trim_end_matches(['.', ',']);
            if !is_legal_form(&last.to_lowercase()) {
                break;
            }
            words.pop();
        }
        let key = words.join(" ").trim_end_matches(',').to_lowercase();
        super::one_country(key)
    }
    for name in [
        "",
        "  ",
        "Acme",
        "Acme Inc.",
        "Walt Disney Co.",
        "ACME  Holdings,  Inc.,",
        "Inc.",
        "Co Ltd",
        "Siemens AG",
        "U.S.",
        "Great  Britain",
        "Société Générale SA",
        "ΑΒΓ ΣΑ",
        "Straße GmbH",
        "Acme ,",
        "Acme Corporationsverwaltungsgesellschaft",
        "İş Bankası A.Ş.",
        "Foo \u{212A}o",
        "Nestlé  S.A.",
    ] {
        assert_eq!(org_key(name), reference(name), "{name:?}");
    }
}
