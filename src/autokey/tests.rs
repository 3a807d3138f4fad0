//! Unit tests of this module.

use super::*;

#[test]
fn disjoint_in_one_pass_agrees_with_all_pairs() {
    use crate::claim::Interval;
    let all_pairs = |v: &[Interval]| {
        v.iter()
            .enumerate()
            .any(|(i, a)| v[i + 1..].iter().any(|b| !a.intersects(b)))
    };
    let pts = [0.0, 1.0, 2.0, 3.0];
    let mut shapes = Vec::new();
    for &a in &pts {
        for &b in &pts {
            if a <= b {
                shapes.push(Interval::new(a, b));
            }
        }
    }
    for x in &shapes {
        for y in &shapes {
            for z in &shapes {
                let v = [*x, *y, *z];
                assert_eq!(any_disjoint(&v), all_pairs(&v), "{v:?}");
                assert_eq!(any_disjoint(&v[..2]), all_pairs(&v[..2]), "{v:?}");
            }
        }
    }
}
use crate::extract::{ExtractOptions, extract};
use crate::source::DocId;

fn keys_of(text: &str) -> Vec<(String, Option<String>, String)> {
    let doc = Document::new(DocId(0), "t.txt", text);
    let ex = extract(&doc, &ExtractOptions::default());
    let docs = [doc];
    let exs = [ex];
    keys(&docs, &exs, &HashSet::new())
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
fn a_named_company_cutting_jobs_is_keyed_by_company_people_and_cut() {
    assert_eq!(
        key("Amazon will cut 14,000 corporate jobs.", "14,000").as_deref(),
        Some("amazon / people / cut")
    );
}

#[test]
fn the_period_is_part_of_the_key() {
    assert_eq!(
        key("Amazon cut 27,000 jobs in 2022 and 2023.", "27,000").as_deref(),
        Some("amazon / people / cut / 2022 + 2023")
    );
    assert_eq!(
        key(
            "Since 2022, Amazon has laid off more than 27,000 employees.",
            "more than 27,000"
        )
        .as_deref(),
        Some("amazon / people / cut / since 2022")
    );
}

#[test]
fn headcount_is_not_a_cut() {
    assert_eq!(
        key(
            "Amazon has more than 1.54 million employees worldwide.",
            "more than 1.54 million"
        )
        .as_deref(),
        Some("amazon / people / headcount")
    );
    assert_eq!(
        key(
            "Amazon will cut 14,000 jobs, about 4% of its 350,000 corporate employees.",
            "350,000"
        )
        .as_deref(),
        Some("amazon / people (corporate) / headcount")
    );
}

#[test]
fn a_third_party_estimate_carries_its_source() {
    assert_eq!(
        key(
            "Amazon will cut as many as 30,000 jobs, according to Reuters.",
            "as many as 30,000"
        )
        .as_deref(),
        Some("amazon / people / cut / reuters")
    );
}

#[test]
fn money_needs_a_kind_and_an_owner() {
    assert_eq!(
        key(
            "Amazon reported revenue of $167.7 billion in Q2.",
            "$167.7 billion"
        )
        .as_deref(),
        Some("amazon / revenue / reported / Q2")
    );
    assert_eq!(key("Amazon paid $5 billion.", "$5 billion"), None);
    assert_eq!(
        key("Amazon invested $4 billion in Anthropic.", "$4 billion").as_deref(),
        Some("amazon / investment in anthropic / reported")
    );
}

#[test]
fn two_companies_in_one_sentence_leave_the_figure_unkeyed() {
    assert_eq!(
        key("Indeed and Glassdoor will cut 1,300 jobs.", "1,300"),
        None
    );
}

#[test]
fn an_earlier_round_is_not_keyed() {
    assert_eq!(
        key(
            "Intel will cut 2,400 workers on top of the 4,000 already laid off in July.",
            "4,000"
        ),
        None
    );
}

#[test]
fn a_division_is_part_of_the_key() {
    assert_eq!(
        key(
            "Amazon will cut 1,500 jobs in its human resources division.",
            "1,500"
        )
        .as_deref(),
        Some("amazon / people / cut / human resources")
    );
}

#[test]
fn a_figure_included_in_another_is_a_part_not_the_quantity() {
    let text = "Intel employs about 130,000 people, including 30,000 contractors.";
    assert!(key(text, "about 130,000").is_some());
    assert_eq!(key(text, "30,000"), None);
}

#[test]
fn a_share_of_the_headcount_takes_the_cut_it_restates() {
    assert_eq!(
        key(
            "Intel is laying off more than 6,000 workers, about 3% of its global headcount.",
            "about 3%"
        )
        .as_deref(),
        Some("intel / share of workforce / cut")
    );
}

#[test]
fn fines_charges_and_savings_are_kinds_of_money() {
    assert_eq!(
        key(
            "Regulators fined Intel $1.3 billion on Monday.",
            "$1.3 billion"
        )
        .as_deref(),
        Some("intel / fine / reported")
    );
    assert_eq!(
        key("Intel will take a $3 billion charge.", "$3 billion").as_deref(),
        Some("intel / charge / planned")
    );
}

#[test]
fn a_share_cut_during_a_strike_is_a_cut() {
    assert_eq!(
        key(
            "Intel will cut 17,000 jobs, or 10% of its workforce, as a strike by 33,000 workers drags on and AI replaces staff.",
            "10%"
        )
        .as_deref(),
        Some("intel / share of workforce / cut")
    );
}

#[test]
fn a_place_makes_a_figure_a_part() {
    assert_eq!(
        key("Intel plans to cut 2,400 Oregon-based workers.", "2,400").as_deref(),
        Some("intel / people / cut / oregon")
    );
    assert_eq!(
        key("Intel will cut 93 workers in Oregon.", "93").as_deref(),
        Some("intel / people / cut / oregon")
    );
    assert_eq!(
        key("Intel will cut 15,000 jobs in October.", "15,000").as_deref(),
        Some("intel / people / cut")
    );
}

#[test]
fn a_deal_is_keyed_by_the_company_it_buys() {
    assert_eq!(
        key(
            "Amazon completed its $69 billion acquisition of Indeed on Friday.",
            "$69 billion"
        )
        .as_deref(),
        Some("amazon / deal for indeed / reported")
    );
    assert_eq!(
        key("Amazon closes $75bn Indeed takeover.", "$75bn").as_deref(),
        Some("amazon / deal for indeed / reported")
    );
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
fn a_headcount_as_of_a_month_is_keyed_by_its_year() {
    assert_eq!(
        key("Intel had 228,000 employees as of June 2024.", "228,000").as_deref(),
        Some("intel / people / headcount / 2024")
    );
}

#[test]
fn things_are_keyed_by_what_was_done_to_them() {
    assert_eq!(
        key(
            "Intel shipped 50 million chips in the quarter.",
            "50 million"
        )
        .as_deref(),
        Some("intel / chips / shipped")
    );
    assert_eq!(key("Intel has 12 offices in Europe.", "12"), None);
}

#[test]
fn strikers_are_keyed_by_the_strike() {
    assert_eq!(
        key(
            "Intel output halted as a strike by 33,000 machinists dragged on.",
            "33,000"
        )
        .as_deref(),
        Some("intel / people / strike")
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
fn a_draft_giving_several_figures_for_one_key_leaves_them_unkeyed() {
    let text = "Oracle cut 355 jobs on Monday. Oracle cut 101 jobs a week later.";
    assert_eq!(key(text, "355"), None);
    assert_eq!(key(text, "101"), None);
}
