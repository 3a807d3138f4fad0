//! Unit tests of this module.

use super::*;

use crate::extract::{ExtractOptions, extract};
use crate::source::DocId;

pub(super) fn keys_of(text: &str) -> Vec<(String, Option<String>, String)> {
    let doc = Document::new(DocId(0), "t.txt", text);
    let ex = extract(&doc, &ExtractOptions::default());
    let docs = [doc];
    let exs = [ex];
    keys(&docs, &exs)
        .into_iter()
        .map(|k| {
            let c = &exs[0].claims[k.claim.claim];
            (
                docs[0].slice(c.span).to_string(),
                k.key.map(|k| k.to_string()),
                k.why.to_string(),
            )
        })
        .collect()
}

/// The key of `figure` in `text`, after a sentence naming the company
/// mid-sentence (as drafts do before they open a sentence with it).
fn key(text: &str, figure: &str) -> Option<String> {
    let text = format!("Shares in Amazon, Intel, Indeed and Glassdoor moved. {text}");
    keys_of(&text)
        .into_iter()
        .find(|(t, ..)| t == figure)
        .unwrap_or_else(|| panic!("no figure {figure:?} in {:?}", keys_of(&text)))
        .1
}

#[test]
fn a_figure_included_in_another_is_a_part_not_the_quantity() {
    let text = "Intel employs about 130,000 people, including 30,000 contractors.";
    assert!(key(text, "about 130,000").is_some());
    assert_eq!(key(text, "30,000"), None);
}

#[test]
fn last_quarter_is_the_one_quarter_the_drafts_name() {
    let text = "Intel reported revenue of $13.1 billion in Q2.\n\nIntel said revenue was $13.1 billion last quarter.";
    let keys = keys_of(text);
    assert!(
        keys.iter()
            .all(|k| k.1.as_deref() == Some("intel / revenue / reported / Q2")),
        "{keys:?}"
    );
    let year = "Intel said it employed 124,800 people at the end of 2023.\n\nIntel said it had about 125,000 employees last year.";
    assert!(
        keys_of(year)
            .iter()
            .all(|k| k.1.as_deref() == Some("intel / people / headcount / 2023")),
        "{:?}",
        keys_of(year)
    );
    let two = "Intel reported revenue of $12.8 billion in Q1 and $13.1 billion in Q2.\n\nIntel said revenue was $13.1 billion last quarter.";
    let keys = keys_of(two);
    assert!(
        keys.iter()
            .any(|k| k.1.as_deref() == Some("intel / revenue / reported / last quarter")),
        "{keys:?}"
    );
}

#[test]
fn a_time_mid_sentence_does_not_reach_forward_past_a_comma() {
    let text = "Intel will cut 17,000 jobs and delay its new plant to 2026, as a strike by 33,000 workers drags on.";
    assert_eq!(
        key(text, "33,000").as_deref(),
        Some("intel / people / strike")
    );
    let opening = "In fact, since 2022, Intel has laid off more than 27,000 employees.";
    assert_eq!(
        key(opening, "more than 27,000").as_deref(),
        Some("intel / people / cut / since 2022")
    );
}

#[test]
fn a_headline_disagreeing_with_its_body_keeps_their_keys() {
    let text = "Oracle to cut 355 jobs\n\nOracle will cut 535 jobs in Seattle, it said.";
    let keys = keys_of(text);
    assert!(keys.iter().all(|k| k.1.is_some()), "{keys:?}");
}

#[test]
fn a_draft_giving_several_figures_for_one_key_keeps_each_keyed() {
    // Two rounds of cuts: each figure has the same key, and quantity-conflict
    // compares each with the other drafts (a figure contradicts a draft only
    // when it meets none of that draft's figures).
    let text = "Oracle cut 355 jobs on Monday. Oracle cut 101 jobs a week later.";
    assert_eq!(key(text, "355").as_deref(), Some("oracle / people / cut"));
    assert_eq!(key(text, "101").as_deref(), Some("oracle / people / cut"));
}

/// Every row of `keys.txt`: the figure of the sentence gets that key.
#[test]
fn every_row_of_the_key_table_holds() {
    let table = include_str!("keys.txt");
    let mut bad = Vec::new();
    let mut n = 0;
    for name in crate::extract::phrase::sections(table) {
        for row in crate::extract::phrase::section(table, name) {
            let [sentence, figure, want] = row[..] else {
                bad.push(format!("## {name}: a row without three fields: {row:?}"));
                continue;
            };
            n += 1;
            let got = key(sentence, figure);
            let want = (want != "-").then_some(want);
            if got.as_deref() != want {
                bad.push(format!(
                    "## {name}: {sentence} [{figure}] gave {got:?}, want {want:?}"
                ));
            }
        }
    }
    assert!(n > 20, "only {n} rows read");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn a_long_accented_run_after_a_name_never_splits_a_character() {
    // Two organisations (so the subject is looked for) and a name followed by
    // accented letters past the 40-byte look-ahead.
    let text = "Glint Lumens ééééééééééééééééééééééééé and Acme Corp will cut 300 jobs.";
    let keys = keys_of(text);
    assert!(keys.iter().any(|k| k.0 == "300"), "{keys:?}");
}

/// The one-pass search for relative period phrases finds what searching
/// for each phrase in turn finds, in the same order: texts built from the
/// phrases' own words (so phrases overlap, repeat and run into words).
mod relative_periods {
    use super::*;
    use proptest::prelude::*;

    fn row_by_row(text: &str) -> Vec<(&'static str, Relative, usize)> {
        RELATIVE_PERIODS
            .iter()
            .flat_map(|&(phrase, r)| {
                crate::extract::phrase::find_all(text, phrase)
                    .into_iter()
                    .map(move |p| (phrase, r, p))
            })
            .collect()
    }

    #[test]
    fn repeated_and_overlapping_phrases() {
        for text in [
            "last year last year, this year",
            "at the start of the year and at the start of this year",
            "a year a year ago two years ago per year annually",
            "lastyear last yearly last quarterly so far this year to date",
            "",
        ] {
            assert_eq!(
                period::relative_periods_in(text),
                row_by_row(text),
                "{text:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn same_as_each_phrase_in_turn(words in proptest::collection::vec(
            prop_oneof![
                Just("last"), Just("year"), Just("a"), Just("ago"), Just("this"),
                Just("quarter"), Just("quarterly"), Just("at"), Just("the"),
                Just("start"), Just("of"), Just("pre-pandemic"), Just("annual"),
                Just("annually"), Just("so"), Just("far"), Just("to"), Just("date"),
                Just("years"), Just("two"), Just(","), Just("é"),
            ],
            0..24,
        ), glue in proptest::collection::vec(prop_oneof![Just(" "), Just(""), Just("-")], 24)) {
            let mut text = String::new();
            for (w, g) in words.iter().zip(&glue) {
                text.push_str(w);
                text.push_str(g);
            }
            prop_assert_eq!(period::relative_periods_in(&text), row_by_row(&text));
        }
    }
}

/// A stretch's corpus names taken from one search of the whole text are
/// those a search of the stretch finds, whenever `matches_inside` answers.
mod stretch_matches {
    use proptest::prelude::*;

    fn search(
        finder: &aho_corasick::AhoCorasick,
        text: &str,
        from: usize,
    ) -> Vec<(usize, usize, usize)> {
        finder
            .find_iter(text)
            .map(|m| (from + m.start(), from + m.end(), m.pattern().as_usize()))
            .collect()
    }

    proptest! {
        #[test]
        fn same_as_searching_the_stretch(
            names in proptest::collection::vec("[ab ]{1,4}", 1..6),
            text in "[abAB ]{0,40}",
            cut in (0usize..41, 0usize..41),
        ) {
            let finder = aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(&names)
                .unwrap();
            let all = search(&finder, &text, 0);
            let (from, to) = (cut.0.min(cut.1).min(text.len()), cut.0.max(cut.1).min(text.len()));
            if let Some(inside) = super::mentions::matches_inside(&all, from, to) {
                prop_assert_eq!(inside.to_vec(), search(&finder, &text[from..to], from));
            }
        }

        /// Lower-casing the names and the text (ASCII only) and matching
        /// case-sensitively finds what ASCII-case-insensitive matching finds.
        #[test]
        fn lowered_search_is_case_insensitive_search(
            names in proptest::collection::vec("[abAÉé ]{1,4}", 1..6),
            text in "[abABÉé -]{0,40}",
        ) {
            let insensitive = aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(&names)
                .unwrap();
            let lowered = aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(names.iter().map(|n| n.to_ascii_lowercase()))
                .unwrap();
            prop_assert_eq!(
                super::mentions::find_names(&lowered, &text, 3),
                search(&insensitive, &text, 3)
            );
        }
    }
}

/// `word_cases` reads words as splitting on every non-word character does.
mod word_cases {
    use super::orgs::{WordSet, word_cases};
    use proptest::prelude::*;

    /// The reading by `split_inclusive`, as `word_cases` was first written.
    fn by_split(text: &str) -> (WordSet, WordSet) {
        let (mut lower, mut capitals) = (WordSet::default(), WordSet::default());
        let mut prev_lower = false;
        for (w, gap) in text
            .split_inclusive(|c: char| !(c.is_alphanumeric() || c == '-'))
            .map(|w| {
                let word = w.trim_end_matches(|c: char| !(c.is_alphanumeric() || c == '-'));
                (word, &w[word.len()..])
            })
        {
            if w.starts_with(|c: char| c.is_lowercase()) {
                lower.insert(w.to_string());
            } else if prev_lower && w.starts_with(|c: char| c.is_uppercase()) {
                capitals.insert(w.to_lowercase());
            }
            prev_lower = w.starts_with(|c: char| c.is_lowercase()) && gap == " ";
        }
        (lower, capitals)
    }

    proptest! {
        #[test]
        fn same_words_as_splitting(text in "[aBc1\\- ,.\\n'éÉ—]{0,40}") {
            prop_assert_eq!(word_cases(&text), by_split(&text));
        }
    }

    #[test]
    fn a_mark_or_two_spaces_end_the_run() {
        let (lower, caps) = word_cases("the Acme deal, Bolt and  Cobra. then Émile");
        assert!(lower.contains("the") && lower.contains("deal") && lower.contains("then"));
        assert_eq!(caps.len(), 2, "{caps:?}");
        assert!(caps.contains("acme") && caps.contains("émile"));
    }
}

/// `window::clause_breaks` reads bytes; `clause_breaks_by_char` characters.
mod clause_breaks_by_bytes {
    use super::super::window::{clause_breaks, clause_breaks_by_char};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn same_breaks_as_by_char(text in "[a ,:;()\\n\\t—–‘’“”…€é]{0,40}") {
            prop_assert_eq!(clause_breaks(&text), clause_breaks_by_char(&text));
        }
    }

    #[test]
    fn same_breaks_over_the_amazon_drafts() {
        let mut read = 0;
        for entry in std::fs::read_dir("fixtures/amazon-2025")
            .into_iter()
            .flatten()
            .flatten()
        {
            let Ok(text) = std::fs::read_to_string(entry.path()) else {
                continue;
            };
            read += 1;
            for line in text.lines() {
                assert_eq!(clause_breaks(line), clause_breaks_by_char(line), "{line}");
            }
            assert_eq!(clause_breaks(&text), clause_breaks_by_char(&text));
        }
        assert!(read >= 5);
        for s in [
            "a, b",
            "a,b",
            "a:",
            "x — y",
            "x – y",
            "x –y",
            "x –",
            "(a; b)",
            "“a,” she said",
        ] {
            assert_eq!(clause_breaks(s), clause_breaks_by_char(s), "{s}");
        }
    }
}

#[test]
fn a_turnout_the_election_body_gives_is_the_storys() {
    let text =
        "Voters came out on Saturday. Turnout was 71.9%, the Central Election Commission said.";
    let k = keys_of(text)
        .into_iter()
        .find(|(t, ..)| t == "71.9%")
        .and_then(|k| k.1);
    assert_eq!(k.as_deref(), Some("the story / turnout / level"));
}

#[test]
fn a_candidates_share_with_no_party_named_is_the_candidates() {
    let text = "Maria Lindqvist won the presidency. Lindqvist obtained 42.8% of the ballots.";
    let k = keys_of(text)
        .into_iter()
        .find(|(t, ..)| t == "42.8%")
        .and_then(|k| k.1);
    assert_eq!(
        k.as_deref(),
        Some("maria lindqvist / share of the vote / won")
    );
}

#[test]
fn names_of_one_organisation_lead_to_one_key() {
    let mut names = vec![
        (
            "acme manufacturing".to_string(),
            "acme manufacturing".to_string(),
        ),
        (
            "acme manufacturing co".to_string(),
            "acme manufacturing".to_string(),
        ),
        ("acme manufacturing co".to_string(), "amc".to_string()),
        ("amc".to_string(), "acme manufacturing".to_string()),
        ("amc".to_string(), "amc".to_string()),
        ("globex".to_string(), "globex".to_string()),
    ];
    let mut org_keys = OrgKeys::default();
    org_keys.insert("AMC".into(), Some("amc".into()));
    org_keys.insert("Globex".into(), Some("globex".into()));
    orgs::one_key_per_org(&mut names, &mut org_keys);
    // Three names lead to `acme manufacturing`, two to `amc`: the most stands.
    assert!(
        names
            .iter()
            .filter(|(n, _)| n != "globex")
            .all(|(_, k)| k == "acme manufacturing"),
        "{names:?}"
    );
    assert_eq!(org_keys["AMC"].as_deref(), Some("acme manufacturing"));
    assert_eq!(org_keys["Globex"].as_deref(), Some("globex"));
}

#[test]
fn a_persons_age_is_keyed_by_surname_and_the_year_named_before_it() {
    let key_of = |text: &str, fig: &str| {
        keys_of(text)
            .into_iter()
            .find(|(t, ..)| t == fig)
            .and_then(|k| k.1)
    };
    assert_eq!(
        key_of("Lena Vogt, 41, was sentenced on Friday.", "41").as_deref(),
        Some("vogt / age / age")
    );
    // A year after the age says what else happened, not when.
    assert_eq!(
        key_of(
            "It was 2024. Lena Vogt, 41, who lost in 2014 and 2019, won.",
            "41"
        )
        .as_deref(),
        Some("vogt / age / age")
    );
    // A year before it, two or more before the latest, dates the age.
    assert_eq!(
        key_of(
            "In 2024 she was jailed. In 2003, Lena Vogt, 21, quit.",
            "21"
        )
        .as_deref(),
        Some("vogt / age / age / 2003")
    );
    // After an organisation's name, no one's age.
    assert_eq!(
        key_of("They signed him from Dortmund, the 24-year-old said.", "24"),
        None
    );
}

#[test]
fn a_division_word_written_with_a_capital_is_part_of_a_name() {
    let read = |s: &str| scope::division(&s.to_lowercase(), s);
    assert_eq!(
        read("Amazon said its devices team would lose 300 jobs.").as_deref(),
        Some("devices")
    );
    assert_eq!(
        read("The Texas Department of State Health Services said 29 people were hospitalized."),
        None
    );
    assert_eq!(
        read("The Justice Department said the fine was $4.3 billion."),
        None
    );
}

#[test]
fn a_relative_clause_is_about_the_name_before_it() {
    let text = "The Unity League has held talks with the Farmers' Party, led by Dana Orlov, and with the Coastal Alliance (CA), which won 14 seats, mainly in the port cities.";
    let keys_of_14 = |t: &str| -> Vec<Option<String>> {
        keys_of(t)
            .into_iter()
            .filter(|(f, _, _)| f == "14")
            .map(|(_, k, _)| k)
            .collect()
    };
    assert_eq!(
        keys_of_14(text),
        vec![Some("coastal alliance / seats / won".to_string())]
    );
    // Far from `which`, the figure is not the relative clause's.
    let far = "The Unity League has held talks with the Farmers' Party and with the Coastal Alliance, which says it has long wanted a coalition in which it would hold 14 seats.";
    assert_eq!(keys_of_14(far), vec![None]);
}
