//! Unit tests of the frames a figure's own words put it in.

use super::*;

fn of(s: &str, figure: &str) -> Option<Frame> {
    let at = s.find(figure).unwrap();
    let (b, a) = (&s[..at], &s[at + figure.len()..]);
    frame(figure, &b.to_lowercase(), &a.to_lowercase(), b, a)
}

#[test]
fn an_age_is_framed() {
    assert_eq!(
        of("Yamal, who turned 17 the day before", "17"),
        Some(Frame::Age)
    );
    assert_eq!(of("the 17-year-old scored", "17"), Some(Frame::Age));
    assert_eq!(of("Rivera, aged 31, scored", "31"), Some(Frame::Age));
    assert_eq!(
        of("Emmanuel Wanyonyi, 20, delivered Kenya's gold", "20"),
        Some(Frame::Age)
    );
    assert_eq!(of("Kenya, 4, and Ethiopia, 2 golds", "4"), None);
    assert_eq!(of("The firm cut jobs by 2025, 300, said", "300"), None);
    assert_eq!(of("He scored 17 goals", "17"), None);
    assert!(score_line("16", "49ers ", ", Chiefs 13."));
    assert!(score_line("13", "49ers 16, Chiefs ", "."));
    assert!(!score_line(
        "2",
        "South Carolina ",
        ", Virginia 2, and one each in Florida."
    ));
    assert!(!score_line("16", "the 49ers scored ", ", Chiefs 13."));
}

#[test]
fn a_score_stands_between_names_or_before_a_result() {
    assert_eq!(of("Group B: Albania 0-1 Spain", "0-1"), Some(Frame::Score));
    assert_eq!(of("after a 1-2 defeat", "1-2"), Some(Frame::Score));
    assert_eq!(of("3–6.", "3–6"), Some(Frame::Score));
    assert_eq!(
        of(
            "On those numbers, the opposition three have 248 seats.",
            "three"
        ),
        Some(Frame::Group)
    );
    assert_eq!(of("the three parties have 248 seats", "three"), None);
    assert_eq!(of("In 10-15 years the plant closes", "10-15"), None);
    assert_eq!(of("cut 10-15 roles", "10-15"), None);
}

#[test]
fn a_stage_is_named_by_its_number() {
    assert_eq!(
        of("Round of 16: Spain 4-1 Georgia", "16"),
        Some(Frame::Stage)
    );
    assert_eq!(
        of("They went out in the last 16.", "16"),
        Some(Frame::Stage)
    );
    assert_eq!(of("in the last 16 months", "16"), None);
}

#[test]
fn a_level_held_since_a_date_is_earlier() {
    let c = "the boe had held bank rate at 5.25% since august 2023";
    assert!(held_since(c, c.find("5.25").unwrap()));
    let c = "bank rate has been at 5% since thursday";
    assert!(!held_since(c, c.find('5').unwrap()));
}

#[test]
fn since_counts_from_an_event_only_after_first_or_not() {
    assert!(since_an_event("the first cut since"));
    assert!(since_an_event("rates had not been cut since"));
    assert!(!since_an_event("the boe had held bank rate at 5.25% since"));
    assert!(since_cue("first cut since") && !since_cue("sincere"));
}

#[test]
fn a_level_expected_to_come_is_a_forecast() {
    assert!(expected_to_reach(
        "fed officials expect the unemployment rate to reach "
    ));
    assert!(!expected_to_reach("volkswagen expects savings of "));
    assert!(!expected_to_reach("the rate rose to "));
}

#[test]
fn falling_pairs_primes_and_bars_frame_their_figure() {
    assert_eq!(of("after a 3-3 classic", "3"), Some(Frame::Score));
    assert_eq!(of("The vote was 11-1 in favour", "11"), Some(Frame::Score));
    assert_eq!(of("- 23' Messi (pen)", "23"), Some(Frame::Mark));
    assert_eq!(
        of("the 50 per cent threshold", "50 per cent"),
        Some(Frame::Threshold)
    );
    assert_eq!(
        of("Prabowo cleared 50 percent nationally", "50 percent"),
        Some(Frame::Threshold)
    );
    assert_eq!(of("aged 18-24 voters", "18"), Some(Frame::Age));
    assert_eq!(of("the 1990's boom", "1990"), None);
    assert_eq!(of("cleared 50 percent of the vote", "50 percent"), None);
}
