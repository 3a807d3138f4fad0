use super::*;
use crate::checks::testing::findings;

const RULES: &str = "story: halcyon-units
quantities:
  - id: cloud
    unit: USD
    subject: Halcyon
    cues: [cloud revenue, cloud unit]
  - id: total
    unit: USD
    subject: Halcyon
    cues: [total revenue, overall revenue]
    exclude_near: [cloud]
invariants:
  - id: cloud-within-total
    expr: \"cloud <= total\"
";

fn draft(cloud: &str) -> String {
    format!(
        "Halcyon's total revenue came to $18 billion in the quarter.\nIts cloud unit brought in cloud revenue of {cloud}, the company said."
    )
}

const SHARE: &str = "story: corvid-layoffs
quantities:
  - id: cuts
    unit: people
    subject: Corvid
    cues: [lay off]
  - id: staff
    unit: people
    subject: Corvid
    cues: [employs, workforce of]
    exclude_near: [lay off]
invariants:
  - id: cut-share
    expr: \"cuts = 10% * staff\"
";

const RIGHT: &str = "Corvid will lay off 3,000 workers.\n\nCorvid employs 30,000 people.\n";

#[test]
fn a_part_larger_than_its_whole_breaks_the_relation() {
    let text = draft("$21 billion");
    let f = findings(&Invariant, &[("d.txt", &text)], Some(RULES));
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(
        f[0].message.contains("break `cloud-within-total`"),
        "{}",
        f[0].message
    );
    assert_eq!(f[0].severity, Severity::Error);
}

#[test]
fn a_part_within_its_whole_is_silent() {
    let text = draft("$12 billion");
    assert!(findings(&Invariant, &[("d.txt", &text)], Some(RULES)).is_empty());
}

#[test]
fn a_draft_whose_own_figures_break_the_relation_is_blamed_once() {
    let wrong = "Corvid will lay off 3,000 workers.\n\nCorvid employs 50,000 people. Its workforce of 52,000 grew.\n";
    let f = findings(
        &Invariant,
        &[("a.txt", RIGHT), ("b.txt", RIGHT), ("c.txt", wrong)],
        Some(SHARE),
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(
        f[0].message.contains("`50,000` and `3,000` break"),
        "{}",
        f[0].message
    );
}

#[test]
fn one_misbound_figure_beside_the_right_one_is_not_blamed_on_other_drafts() {
    let odd = "Corvid will lay off 3,000 workers.\n\nCorvid employs 30,000 people. In 2022 its workforce of 36,000 was its largest.\n";
    let f = findings(
        &Invariant,
        &[("a.txt", RIGHT), ("b.txt", RIGHT), ("c.txt", odd)],
        Some(SHARE),
    );
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn a_draft_stating_one_quantity_is_checked_with_the_settled_value_of_the_other() {
    let staff_only = "Corvid employs 45,000 people.\n";
    let f = findings(
        &Invariant,
        &[("a.txt", RIGHT), ("b.txt", RIGHT), ("c.txt", staff_only)],
        Some(SHARE),
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(
        f[0].message
            .contains("`45,000` breaks `cut-share` (`cuts = 10% * staff`) with `cuts` at"),
        "{}",
        f[0].message
    );
    assert_eq!(f[0].related.len(), 2, "the agreed cut and the relation");
}

#[test]
fn settled_values_that_break_the_relation_are_reported_once_not_per_draft() {
    let cuts = "Corvid will lay off 3,000 workers.\n";
    let staff = "Corvid employs 45,000 people.\n";
    let f = findings(
        &Invariant,
        &[
            ("a.txt", cuts),
            ("b.txt", cuts),
            ("c.txt", staff),
            ("d.txt", staff),
        ],
        Some(SHARE),
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(
        f[0].message.contains("`3,000` and `45,000` break"),
        "{}",
        f[0].message
    );
}

#[test]
fn a_quantity_the_drafts_split_on_is_used_only_where_it_is_stated() {
    // No settled headcount: a.txt, stating only the cut, is not checked; c.txt's
    // own 45,000 breaks the settled cut.
    let cuts = "Corvid will lay off 3,000 workers.\n";
    let f = findings(
        &Invariant,
        &[
            ("a.txt", cuts),
            ("b.txt", "Corvid employs 30,000 people.\n"),
            ("c.txt", "Corvid employs 45,000 people.\n"),
        ],
        Some(SHARE),
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(
        f[0].primary.place,
        crate::finding::Place::Doc(crate::source::DocId(2))
    );
}

#[test]
fn combinations_are_tried_in_order_until_one_holds() {
    let a = Interval::point(1.0);
    let choices: Vec<Vec<Value<'_>>> =
        vec![vec![Value::Figure(ClaimId { doc: 0, claim: 0 }, a); 2]; 2];
    let mut pick = vec![0, 0];
    let mut seen = 1;
    while advance(&mut pick, &choices) {
        seen += 1;
    }
    assert_eq!(seen, 4);
    let tried = std::cell::Cell::new(0);
    let outcome = try_choices(&choices, |_| {
        tried.set(tried.get() + 1);
        Ok((a, a, tried.get() < 3))
    });
    assert!(matches!(outcome, Outcome::Holds));
    assert_eq!(tried.get(), 3);
}
