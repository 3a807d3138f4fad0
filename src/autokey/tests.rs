//! Unit tests of this module.

use super::*;

use crate::extract::{ExtractOptions, extract};
use crate::source::DocId;

fn keys_of(text: &str) -> Vec<(String, Option<String>, String)> {
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
                k.why,
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
