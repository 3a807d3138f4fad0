//! Unit tests of binding's refusals.
use super::*;
use crate::source::Span;

/// A sheet quantity with cues and nothing else (shared by the submodules' tests).
pub(super) fn quantity(id: &str, unit: QUnit, cues: &[&str]) -> RuleQuantity {
    RuleQuantity {
        id: id.into(),
        about: None,
        unit,
        subjects: Vec::new(),
        cues: cues.iter().map(|c| c.to_string()).collect(),
        exclude: Vec::new(),
        fact: None,
        fact_text: None,
        fact_point: None,
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

/// Binds `draft` to the sheet `yaml`: the figures bound (their words, the
/// quantity's id) and the refusals (their words, why).
/// Pairs of a figure's words and a quantity's id, or a refusal's reason.
pub(super) type Pairs = Vec<(String, String)>;

pub(super) fn bound(yaml: &str, draft: &str) -> (Pairs, Pairs) {
    bound_in("d.txt", yaml, draft)
}

/// `bound` with the draft named `name` (`d.md` reads Markdown bylines).
pub(super) fn bound_in(name: &str, yaml: &str, draft: &str) -> (Pairs, Pairs) {
    let set = crate::rules::compile::compile("s.yaml", yaml, 0).unwrap();
    let doc = crate::source::Document::new(crate::source::DocId(0), name, draft);
    let ex = crate::extract::extract(&doc, &Default::default());
    let words = |c: ClaimId| doc.slice(ex.claims[c.claim].span).to_string();
    let (b, r) = bind(
        std::slice::from_ref(&doc),
        std::slice::from_ref(&ex),
        std::slice::from_ref(&set),
        &HashMap::new(),
    );
    (
        b.iter()
            .map(|b| (words(b.claim), set.quantities[b.quantity].id.clone()))
            .collect(),
        r.iter().map(|r| (words(r.claim), r.why.clone())).collect(),
    )
}

#[test]
fn a_date_after_since_in_a_state_held_starts_a_span() {
    let yaml = "story: s\ndate: 2025-06-12\nquantities:\n  - id: last_cut\n    unit: date\n    cues: [first cut since, since]\n    fact: \"May 2021\"\n";
    let (b, r) = bound(
        yaml,
        "The bank had held its rate at 3.25% since October 2024. It cut on Thursday, its first cut since May 2021.",
    );
    assert_eq!(b, vec![("May 2021".to_string(), "last_cut".to_string())]);
    assert!(
        r.iter()
            .any(|(w, why)| w == "October 2024" && why.contains("starts a span"))
    );
    // The weekday before the `since` cue is not reached by it.
    assert!(!b.iter().any(|(w, _)| w == "Thursday"));
}

#[test]
fn a_level_held_since_a_date_is_an_earlier_snapshot() {
    let yaml = "story: s\nquantities:\n  - id: bank_rate\n    unit: percent\n    cues: [rate]\n    fact: 3\n";
    let (b, r) = bound(
        yaml,
        "The bank had held its rate at 3.25% since October 2024.",
    );
    assert!(b.is_empty());
    assert!(
        r.iter()
            .any(|(w, why)| w == "3.25%" && why.contains("comparison"))
    );
    let (b, _) = bound(
        yaml,
        "Ahead of the decision: the bank has held its rate at 3.25% since October 2024.",
    );
    assert!(b.is_empty(), "{b:?}");
    let (b, _) = bound(yaml, "The bank has cut its rate to 3%.");
    assert_eq!(b.len(), 1);
}

#[test]
fn an_age_a_score_a_stage_and_a_request_bind_to_no_count() {
    let yaml = "story: s\nquantities:\n  - id: goals\n    about: goals Rivera scored\n    unit: count\n    cues: [scored, goals, group, sentence]\n    fact: 6\n";
    for (draft, figure, what) in [
        ("Rivera, who had turned 19, scored twice.", "19", "an age"),
        (
            "In the group, Eastmoor 0-1 Harbour was close.",
            "0-1",
            "a score",
        ),
        ("Harbour scored in the round of 16.", "16", "a stage"),
        (
            "His lawyers asked for a sentence of 30 months.",
            "30",
            "asked for",
        ),
    ] {
        let (b, r) = bound(yaml, draft);
        assert!(b.is_empty(), "{draft}: {b:?}");
        assert!(
            r.iter()
                .any(|(w, why)| w.starts_with(figure) && why.contains(what)),
            "{draft}: {r:?}"
        );
    }
    let (b, _) = bound(yaml, "Rivera scored 19 goals.");
    assert_eq!(b.len(), 1);
}

#[test]
fn a_request_binds_to_a_quantity_that_speaks_of_one() {
    let yaml = "story: s\nquantities:\n  - id: asked\n    about: the sentence the defence asked for\n    unit: duration\n    cues: [sentence]\n    fact: \"30 months\"\n";
    let (b, _) = bound(yaml, "His lawyers asked for a sentence of 30 months.");
    assert_eq!(b.len(), 1);
}

#[test]
fn money_for_each_month_is_a_rate() {
    assert_eq!(rate_after(" a month."), Some("a month"));
    assert_eq!(rate_after(" a day for food"), Some("a day"));
    assert_eq!(rate_after(" a month earlier"), None);
    assert_eq!(rate_after(" a monthly fee"), None);
}

#[test]
fn a_cue_of_the_sentence_before_does_not_reach_another_kind() {
    use super::clause::another_kind_named;
    let t = "the tax on long-term capital gains rises. short-term gains are taxed at 20%.";
    let own = t.find("short").unwrap();
    assert!(another_kind_named(t, own, "long-term capital gains"));
    let t = "the tax on long-term capital gains rises. the gains are taxed at 15%.";
    let own = t.find("the gains").unwrap();
    assert!(!another_kind_named(t, own, "long-term capital gains"));
    assert!(!another_kind_named(t, own, "anthropic"));
}

#[test]
fn a_count_of_people_is_no_count_of_things() {
    let yaml = "story: s\nquantities:\n  - id: homes\n    about: homes the quake destroyed\n    unit: count\n    cues: [destroyed]\n  - id: rescuers\n    about: rescuers in the team\n    unit: count\n    cues: [team]\n";
    let (b, r) = bound(
        yaml,
        "In 1952 a tremor destroyed the town and killed about 9,000 people.",
    );
    assert!(b.is_empty());
    assert!(r.iter().any(|(_, why)| why.contains("counts people")));
    let (b, _) = bound(yaml, "The team of 56 people arrived.");
    assert_eq!(b, vec![("56".to_string(), "rescuers".to_string())]);
}

#[test]
fn a_cue_after_a_multiple_names_the_other_side() {
    let yaml =
        "story: s\nquantities:\n  - id: arr\n    unit: USD\n    cues: [annual recurring revenue]\n";
    let (b, _) = bound(
        yaml,
        "At $28bn, the buyer is paying about seven times the annual recurring revenue.",
    );
    assert!(b.is_empty(), "{b:?}");
    let (b, _) = bound(yaml, "Its annual recurring revenue is about $4bn.");
    assert_eq!(b.len(), 1);
}

#[test]
fn money_whose_noun_phrase_names_cash_is_no_revenue() {
    let yaml = "story: s\nquantities:\n  - id: revenue\n    unit: USD\n    cues: [revenue]\n";
    let (b, _) = bound(
        yaml,
        "The fine is 1% of revenue, and it ended the quarter with $40bn of cash.",
    );
    assert!(b.is_empty(), "{b:?}");
}

#[test]
fn a_debt_ratio_is_no_growth_and_a_declared_rival_takes_its_figure() {
    let growth = "story: s\nquantities:\n  - id: growth\n    unit: percent\n    cues: [grow]\n";
    let (b, _) = bound(
        growth,
        "Public debt stands at about 10.4 trillion shillings, roughly 70% of GDP, and interest takes a growing share.",
    );
    assert!(b.is_empty(), "{b:?}");
    let fines = "story: s\nentities:\n  - name: Meta\n  - name: WhatsApp\nquantities:\n  - id: january\n    about: the January fines on Facebook and Instagram\n    unit: EUR\n    cues: [January]\n";
    let (b, r) = bound(
        fines,
        "Meta was fined. Decisions against Meta include a further €5.5m against WhatsApp in January.",
    );
    assert!(b.is_empty(), "{b:?}");
    assert!(
        r.iter().any(|(_, why)| why.contains("`WhatsApp`'s")),
        "{r:?}"
    );
}

#[test]
fn a_year_after_since_dates_no_figure() {
    let yaml = "story: s\ndate: 2024-01-10\nquantities:\n  - id: burned\n    unit: count\n    cues: [fire]\n";
    let (b, _) = bound(
        yaml,
        "A fire burned about 200 buildings and set off the first tsunami warning since 2011.",
    );
    assert_eq!(b, vec![("about 200".to_string(), "burned".to_string())]);
    let (b, _) = bound(yaml, "A fire in 2011 burned about 200 buildings.");
    assert!(b.is_empty(), "{b:?}");
}

#[test]
fn a_cue_in_the_figures_own_words_is_its_qualifier() {
    let yaml = "story: s\nquantities:\n  - id: guidance\n    unit: USD\n    cues: [above]\n";
    let (b, _) = bound(yaml, "It lifted its market value above $900 billion.");
    assert!(b.is_empty(), "{b:?}");
    let (b, _) = bound(yaml, "Sales came in above the $25 billion it had guided.");
    assert_eq!(b.len(), 1, "{b:?}");
}

#[test]
fn a_falling_pair_a_minute_mark_and_a_threshold_bind_to_no_count() {
    let yaml = "story: s\nquantities:\n  - id: goals\n    about: goals Rivera scored\n    unit: count\n    cues: [Rivera]\n    fact: 8\n  - id: share\n    about: Rivera's share of the vote\n    unit: percent\n    cues: [Rivera]\n    fact: 58\n";
    for (draft, figure, what) in [
        ("Rivera starred in a 3-3 classic.", "3", "a score"),
        ("Rivera won it 4-2 on penalties.", "4", "a score"),
        ("- 23' Rivera (penalty)", "23", "a minute mark"),
        ("Rivera cleared 50 percent nationally.", "50", "a threshold"),
        (
            "Rivera passed the 50 per cent threshold.",
            "50",
            "a threshold",
        ),
    ] {
        let (b, r) = bound(yaml, draft);
        assert!(b.is_empty(), "{draft}: {b:?}");
        assert!(
            r.iter()
                .any(|(w, why)| w.starts_with(figure) && why.contains(what)),
            "{draft}: {r:?}"
        );
    }
    // A range runs upward: `2-4` beside no name is no score.
    let (b, _) = bound(yaml, "Rivera scored 8 goals.");
    assert_eq!(b.len(), 1);
    let (b, _) = bound(yaml, "Rivera took 58 per cent of the vote.");
    assert_eq!(b.len(), 1);
}

#[test]
fn a_cue_inside_a_name_or_naming_another_figure_is_not_the_figures() {
    let yaml = "story: s\nentities:\n  - name: General Elections Commission\n    kind: org\nquantities:\n  - id: voters\n    about: registered voters in the election\n    unit: count\n    cues: [election]\n  - id: discount\n    about: the employee discount\n    unit: INR\n    cues: [rebate]\n";
    let (b, _) = bound(
        yaml,
        "Officials of the General Elections Commission counted 204 ballot boxes.",
    );
    assert!(b.is_empty(), "{b:?}");
    let (b, _) = bound(yaml, "It opened at Rs 1,931, a rebate of 1.48 per cent.");
    assert!(b.is_empty(), "{b:?}");
    let (b, _) = bound(yaml, "Staff got a rebate of Rs 186.");
    assert_eq!(b.len(), 1, "{b:?}");
}

#[test]
fn an_item_of_a_list_of_bare_numbers_binds_to_nothing() {
    let yaml = "story: s\nquantities:\n  - id: valid\n    about: valid votes counted\n    unit: count\n    cues: [valid votes]\n  - id: goals\n    about: goals Mbappe scored\n    unit: count\n    cues: [Mbappe]\n";
    let (b, _) = bound(
        yaml,
        "They took 96.2 million, 41.0 million and 27.0 million of the 168.2 million valid votes.",
    );
    assert!(b.is_empty(), "{b:?}");
    let (b, _) = bound(yaml, "Officials counted 168.2 million valid votes.");
    assert_eq!(b.len(), 1, "{b:?}");
    let (b, r) = bound(yaml, "France goals: Mbappe 80 (pen), 81, 118 (pen)");
    assert!(b.is_empty(), "{b:?}");
    assert!(
        r.iter()
            .any(|(_, why)| why.contains("bare number of a list"))
    );
}

#[test]
fn an_age_quantity_takes_only_an_age_of_its_own_person() {
    let yaml = "story: s\nquantities:\n  - id: age\n    about: Prabowo's age\n    unit: count\n    cues: [Prabowo]\n    fact: 72\n";
    let (b, _) = bound(yaml, "Prabowo finished with seven.");
    assert!(b.is_empty(), "{b:?}");
    let (b, _) = bound(yaml, "Prabowo's running mate Gibran Raka, 36, is a mayor.");
    assert!(b.is_empty(), "{b:?}");
    let (b, _) = bound(yaml, "Prabowo, 72, carried 36 provinces.");
    assert_eq!(b, vec![("72".to_string(), "age".to_string())]);
}

#[test]
fn a_row_dated_to_a_part_of_a_later_year_is_a_projection() {
    let yaml = "story: s\ndate: 2024-09-18\nquantities:\n  - id: rate\n    about: the policy rate after the cut\n    unit: percent\n    cues: [fed funds]\n    fact: 4.875\n";
    let (b, r) = bound(yaml, "- Fed funds, end-2025: 3.4%");
    assert!(b.is_empty(), "{b:?}");
    assert!(
        r.iter().any(|(_, why)| why.contains("a projection")),
        "{r:?}"
    );
    let (b, _) = bound(yaml, "- Fed funds, today: 4.9%");
    assert_eq!(b.len(), 1, "{b:?}");
}
