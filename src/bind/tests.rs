//! Unit tests of binding's refusals.
use super::*;
use crate::source::Span;

fn quantity(id: &str, unit: QUnit, cues: &[&str]) -> RuleQuantity {
    RuleQuantity {
        id: id.into(),
        about: None,
        unit,
        subjects: Vec::new(),
        cues: cues.iter().map(|c| c.to_string()).collect(),
        exclude: Vec::new(),
        fact: None,
        fact_text: None,
        fact_span: None,
        source: None,
        when: None,
        span: Span { start: 0, end: 0 },
    }
}

fn reading(act: Option<Act>, per_share: bool, moved: bool) -> Reading {
    Reading {
        act,
        per_share,
        moved,
        earlier: false,
    }
}

#[test]
fn money_followed_by_a_unit_is_a_rate() {
    assert_eq!(rate_after(" to the dollar."), Some("to the dollar"));
    assert_eq!(rate_after(" per barrel"), Some("per "));
    assert_eq!(rate_after(" an hour, up from"), Some("an hour"));
    assert_eq!(rate_after(" in revenue"), None);
    // `a year earlier` is a point of comparison; `a year` is left to it.
    assert_eq!(rate_after(" a year earlier"), None);
}

#[test]
fn figures_counting_the_sources_of_a_statement_are_speakers() {
    assert!(counts_speakers("two employees told the paper"));
    assert!(counts_speakers(
        "three people familiar with the matter said"
    ));
    assert!(!counts_speakers("5,000 people, two sources said"));
    assert!(!counts_speakers("14,000 jobs, the company said"));
}

#[test]
fn a_cut_quantity_refuses_a_figure_read_as_a_headcount() {
    let cuts = quantity("cuts", QUnit::People, &["lay off", "job cuts"]);
    assert!(disagreement(&reading(Some(Act::Headcount), false, false), &cuts).is_some());
    assert!(disagreement(&reading(Some(Act::Cut), false, false), &cuts).is_none());
}

#[test]
fn a_headcount_quantity_refuses_a_figure_read_as_a_cut() {
    let staff = quantity(
        "staff",
        QUnit::People,
        &["corporate employees", "workforce of"],
    );
    assert!(disagreement(&reading(Some(Act::Cut), false, false), &staff).is_some());
    assert!(disagreement(&reading(Some(Act::Headcount), false, false), &staff).is_none());
}

#[test]
fn a_quantity_whose_cues_mix_cut_and_headcount_refuses_neither() {
    let mixed = quantity("mixed", QUnit::People, &["cut", "employees"]);
    assert!(disagreement(&reading(Some(Act::Cut), false, false), &mixed).is_none());
    assert!(disagreement(&reading(Some(Act::Headcount), false, false), &mixed).is_none());
}

#[test]
fn a_money_quantity_takes_a_per_share_figure_only_when_its_cues_say_per_share() {
    let loss = quantity("loss", QUnit::Money(None), &["loss"]);
    let eps = quantity("eps", QUnit::Money(None), &["per share", "eps"]);
    let per_share = reading(None, true, false);
    assert!(disagreement(&per_share, &loss).is_some());
    assert!(disagreement(&per_share, &eps).is_none());
}

#[test]
fn a_value_move_binds_only_to_a_quantity_whose_cues_speak_of_a_move() {
    let savings = quantity("savings", QUnit::Money(None), &["savings"]);
    let wiped = quantity("wiped", QUnit::Money(None), &["wiped", "market value"]);
    let moved = reading(None, false, true);
    assert!(disagreement(&moved, &savings).is_some());
    assert!(disagreement(&moved, &wiped).is_none());
}

#[test]
fn an_unread_figure_refuses_nothing() {
    let cuts = quantity("cuts", QUnit::People, &["cut"]);
    assert!(disagreement(&Reading::default(), &cuts).is_none());
}

#[test]
fn the_people_named_after_a_verb_of_saying_are_its_sources() {
    use super::clause::sources_after_verb;
    assert!(sources_after_verb(
        "it would have gone the other way, said ",
        "one former mpc member."
    ));
    assert!(sources_after_verb(
        "the plan is final, according to ",
        "two people familiar with it."
    ));
    assert!(!sources_after_verb(
        "the company said ",
        "1,000 employees would lose their jobs."
    ));
    assert!(!sources_after_verb("it cut ", "two members."));
}
