//! Hostile rule sets and invariant expressions (issue 11, items 3 and 10):
//! expressions nested or long enough to overflow the stack, facts no figure
//! can match, divisions by zero, YAML the loader must refuse, and blank or
//! unknown values that would quietly switch a check off. Each must be refused
//! with the file, line and column (exit 2, the drafts still checked) or, at
//! check time, reported — never a crash, never silence.

use super::{Case, run_table};

/// A rule set whose invariant `x` is `expr`, written on line 9 from column 12.
fn sheet(expr: &str) -> String {
    format!(
        "quantities:\n  - id: a\n    cues: [cut]\n    fact: 10\n  - id: b\n    fact: 20\n\
         invariants:\n  - id: x\n    expr: \"{expr}\"\n"
    )
}

/// A rule set with one quantity `a` whose `fact:` (line 5, column 11) is `fact`.
fn fact_sheet(fact: &str) -> String {
    format!("quantities:\n  - id: a\n    unit: people\n    cues: [cut]\n    fact: {fact}\n")
}

/// [`fact_sheet`] with another `unit` (same lines and columns for the fact).
fn unit_sheet(unit: &str, fact: &str) -> String {
    fact_sheet(fact).replace("unit: people", &format!("unit: {unit}"))
}

/// One row run two ways: `factlint rules` and `factlint check` with the
/// sheet, both exit 2 with `errs` on standard error; `check` still checks the draft.
fn both(cases: &mut Vec<Case>, name: &'static str, yaml: String, errs: &[&'static str]) {
    let mut r = Case::new(name, &["rules", "sheet.yaml"], 2).file("sheet.yaml", yaml.clone());
    let mut c = Case::new(name, &["check", "a.txt", "--rules", "sheet.yaml"], 2)
        .file("sheet.yaml", yaml)
        .file("a.txt", "Acme will cut 500 jobs.\n")
        .out("in 1 file");
    for e in errs {
        r = r.err(e);
        c = c.err(e);
    }
    cases.push(r.never("overflow").never("internal error"));
    cases.push(c.never("overflow").never("internal error"));
}

#[test]
fn expressions_too_deep_or_too_long_are_refused_where_the_limit_is_reached() {
    let mut cases = Vec::new();
    // The 65th `(` or `-` sits at column 12 + 64.
    both(
        &mut cases,
        "30,000 nested parentheses",
        sheet(&format!(
            "{}a{} = b",
            "(".repeat(30_000),
            ")".repeat(30_000)
        )),
        &["sheet.yaml:9:76", "nest more than 64 deep"],
    );
    both(
        &mut cases,
        "100,000 unary minus signs",
        sheet(&format!("{}a = b", "-".repeat(100_000))),
        &["sheet.yaml:9:76", "nest more than 64 deep"],
    );
    both(
        &mut cases,
        "parentheses and minus signs together",
        sheet(&format!(
            "{}a{} = b",
            "-(".repeat(20_000),
            ")".repeat(20_000)
        )),
        &["sheet.yaml:9:76", "nest more than 64 deep"],
    );
    // The 1,001st operand starts at offset 4,000 (`a + ` is four bytes).
    both(
        &mut cases,
        "a 100,000-term sum",
        sheet(&format!("{} = b", vec!["a"; 100_000].join(" + "))),
        &["sheet.yaml:9:4012", "more than 1000 numbers and ids"],
    );
    both(
        &mut cases,
        "a 100,000-factor product",
        sheet(&format!("{} = b", vec!["a"; 100_000].join(" * "))),
        &["sheet.yaml:9:4012", "more than 1000 numbers and ids"],
    );
    both(
        &mut cases,
        "a number of 400 digits in an expression",
        sheet(&format!("a = {} * b", "9".repeat(400))),
        &["sheet.yaml:9:16", "larger than 1 × 10^18"],
    );
    // At the limits, the expression is fine.
    cases.push(
        Case::new(
            "64 parentheses and a 1,000-term sum",
            &["rules", "sheet.yaml"],
            0,
        )
        .file(
            "sheet.yaml",
            sheet(&format!(
                "{}{}{} = b",
                "(".repeat(64),
                vec!["a"; 999].join(" + "),
                ")".repeat(64)
            )),
        )
        .out("invariants (1)"),
    );
    run_table(cases);
}

#[test]
fn the_yaml_loader_refuses_deep_nesting_and_second_documents() {
    let mut cases = Vec::new();
    both(
        &mut cases,
        "a fact nested 100,000 lists deep",
        fact_sheet(&format!("{}{}", "[".repeat(100_000), "]".repeat(100_000))),
        &["sheet.yaml:5:", "nest more than 32 deep"],
    );
    both(
        &mut cases,
        "a fact nested 100,000 maps deep",
        fact_sheet(&format!(
            "{}1{}",
            "{a: ".repeat(100_000),
            "}".repeat(100_000)
        )),
        &["sheet.yaml:5:", "nest more than 32 deep"],
    );
    let mut block = String::from("quantities:\n  - id: a\n    fact:\n");
    for d in 0..200 {
        block.push_str(&format!("{}- \n", "  ".repeat(d + 3)));
    }
    both(
        &mut cases,
        "a fact nested 200 block lists deep",
        block,
        &["sheet.yaml:", "nest more than 32 deep"],
    );
    both(
        &mut cases,
        "two YAML documents",
        "story: one\n---\nstory: two\n".into(),
        &["sheet.yaml:2:1", "a rule file holds one YAML document"],
    );
    cases.push(
        Case::new(
            "two documents never say 'too large'",
            &["rules", "sheet.yaml"],
            2,
        )
        .file("sheet.yaml", "story: one\n---\nstory: two\n")
        .never("too large"),
    );
    both(
        &mut cases,
        "a key given twice",
        "checks:\n  invariant: off\n  invariant: error\n".into(),
        &["sheet.yaml:3:3", "the key `invariant` is given twice"],
    );
    run_table(cases);
}

#[test]
fn facts_no_figure_could_match_are_refused() {
    let mut cases = Vec::new();
    both(
        &mut cases,
        "min above max",
        fact_sheet("{min: 2000, max: 10}"),
        &[
            "sheet.yaml:5:11",
            "low end (2,000) is above its high end (10)",
        ],
    );
    both(
        &mut cases,
        "a range written high to low",
        fact_sheet("\"15,000-13,000\""),
        &[
            "sheet.yaml:5:11",
            "reads only `15,000` as the fact and would ignore the rest (`-13,000`)",
        ],
    );
    both(
        &mut cases,
        "1e400 as text",
        fact_sheet("\"1e400\""),
        &["sheet.yaml:5:11", "larger than 1 × 10^18"],
    );
    both(
        &mut cases,
        "400 digits as text",
        fact_sheet(&format!("\"{}\"", "9".repeat(400))),
        &["sheet.yaml:5:11", "larger than 1 × 10^18"],
    );
    both(
        &mut cases,
        "400 digits as a number",
        fact_sheet(&"9".repeat(400)),
        &["sheet.yaml:5:11", "too large, infinite or not a number"],
    );
    both(
        &mut cases,
        "a fact past 10^18",
        fact_sheet("2e18"),
        &["sheet.yaml:5:11", "larger than 1 × 10^18"],
    );
    both(
        &mut cases,
        "a bound past 10^18",
        fact_sheet("{min: 0, max: 1e300}"),
        &["sheet.yaml:5:11", "larger than 1 × 10^18"],
    );
    both(
        &mut cases,
        "NaN",
        fact_sheet(".nan"),
        &["sheet.yaml:5:11", "not a number"],
    );
    both(
        &mut cases,
        "infinity",
        fact_sheet("-.inf"),
        &["sheet.yaml:5:11", "infinite"],
    );
    both(
        &mut cases,
        "a range with no bound",
        fact_sheet("{}"),
        &["sheet.yaml:5:11", "needs `min`, `max` or both"],
    );
    both(
        &mut cases,
        "a misspelt range key",
        fact_sheet("{mn: 13000, max: 15000}"),
        &["sheet.yaml:5:11", "not a figure factlint can read"],
    );
    run_table(cases);
}

#[test]
fn facts_in_another_unit_or_no_one_figure_are_refused() {
    let mut cases = Vec::new();
    both(
        &mut cases,
        "a percentage for a count of people",
        fact_sheet("\"5%\""),
        &[
            "sheet.yaml:5:11",
            "the fact `5%` is a percentage, but quantity `a` is a count of people (`unit: people`)",
        ],
    );
    both(
        &mut cases,
        "euros for a quantity in dollars",
        unit_sheet("USD", "\"€1.2 billion\""),
        &[
            "sheet.yaml:5:11",
            "the fact `€1.2 billion` is money in EUR, but quantity `a` is money in USD (`unit: USD`)",
        ],
    );
    both(
        &mut cases,
        "dollars for a count of people",
        fact_sheet("\"about $4 billion\""),
        &[
            "sheet.yaml:5:11",
            "the fact `about $4 billion` is money in USD, but quantity `a` is a count of people",
        ],
    );
    both(
        &mut cases,
        "a date for a count",
        unit_sheet("count", "\"28 October 2025\""),
        &[
            "sheet.yaml:5:11",
            "the fact `28 October 2025` is a date, but quantity `a` is a count (`unit: count`)",
        ],
    );
    both(
        &mut cases,
        "a year for a quantity with no unit",
        fact_sheet("\"2025\"").replace("    unit: people\n", ""),
        &[
            "sheet.yaml:4:11",
            "the fact `2025` is a date, not a figure quantity `a` can hold",
        ],
    );
    both(
        &mut cases,
        "words with no figure",
        fact_sheet("\"most of the staff\""),
        &[
            "sheet.yaml:5:11",
            "the fact is not a figure factlint can read",
        ],
    );
    both(
        &mut cases,
        "two figures",
        fact_sheet("\"11,000 or 12,000\""),
        &[
            "sheet.yaml:5:11",
            "the fact holds more than one figure (`11,000`, then `12,000`)",
        ],
    );
    // What fits: a qualified figure, a plain number, a YAML number.
    for (name, yaml) in [
        ("a qualified figure", fact_sheet("\"more than 11,000\"")),
        ("a figure with a plus", fact_sheet("\"12,000+\"")),
        ("an upper bound", fact_sheet("\"up to 30,000 jobs\"")),
        ("a hedged amount", unit_sheet("USD", "\"about $4 billion\"")),
        (
            "a bound on a share",
            unit_sheet("percent", "\"less than 5%\""),
        ),
        ("a YAML number", fact_sheet("14000")),
    ] {
        cases.push(
            Case::new(name, &["rules", "sheet.yaml"], 0)
                .file("sheet.yaml", yaml)
                .out("quantities (1)")
                .never("error"),
        );
    }
    run_table(cases);
}

#[test]
fn division_by_zero_is_reported_never_silent() {
    let mut cases = Vec::new();
    both(
        &mut cases,
        "a literal zero divisor",
        sheet("a / 0 = b"),
        &["sheet.yaml:9:16", "divides by zero: `0` is 0"],
    );
    both(
        &mut cases,
        "a divisor of literals that is zero",
        sheet("a / (2 - 2) = b"),
        &["sheet.yaml:9:16", "divides by zero: `(2 - 2)` is 0"],
    );
    both(
        &mut cases,
        "a divisor of constants that is zero",
        sheet("a / (b - 20) = b"),
        &[
            "sheet.yaml:9:16",
            "with the sheet's facts, `(b - 20)` comes to 0–0",
        ],
    );
    // At check time, a divisor the drafts' figures can make zero: a note, not silence.
    let yaml = "quantities:\n  - id: cut\n    unit: people\n    cues: [cut]\n  - id: hired\n    unit: people\n    cues: [hired]\n  - id: base\n    fact: 20\ninvariants:\n  - id: ratio\n    expr: \"cut / (hired - base) > 0\"\n";
    cases.push(
        Case::new(
            "a divisor whose interval holds zero",
            &["check", "--width", "0", "a.txt", "--rules", "sheet.yaml"],
            0,
        )
        .file("sheet.yaml", yaml)
        .file(
            "a.txt",
            "Acme will cut 500 jobs. Acme hired 20 people last year.\n",
        )
        .out("note[invariant: ratio]")
        .out("could not be checked against `500` and `20`")
        .out("the divisor `(hired - base)` comes to -0.5–0.5, which holds 0")
        .out("1 note in 1 file"),
    );
    run_table(cases);
}

#[test]
fn values_that_would_switch_a_check_off_are_refused() {
    let mut cases = Vec::new();
    let q = |extra: &str| format!("quantities:\n  - id: a\n    unit: people\n{extra}");
    both(
        &mut cases,
        "an empty cue",
        q("    cues: [\"\"]\n"),
        &["sheet.yaml:4:12", "an empty cue"],
    );
    both(
        &mut cases,
        "an empty exclude_near word",
        q("    cues: [cut]\n    exclude_near: [\" \"]\n"),
        &["sheet.yaml:5:20", "an empty `exclude_near` word"],
    );
    both(
        &mut cases,
        "an empty subject",
        q("    cues: [cut]\n    subject: \"\"\n"),
        &["sheet.yaml:5:14", "an empty subject"],
    );
    both(
        &mut cases,
        "an empty alias",
        "entities:\n  - name: Amazon\n    aliases: [\"\"]\n".into(),
        &["sheet.yaml:3:15", "an empty alias"],
    );
    both(
        &mut cases,
        "an empty title",
        "entities:\n  - name: Andy Jassy\n    roles: [{title: \"\", org: Amazon}]\n".into(),
        &["sheet.yaml:3:21", "an empty title"],
    );
    both(
        &mut cases,
        "an empty invariant id",
        sheet("a = b").replace("id: x", "id: \"\""),
        &["sheet.yaml:8:9", "an invariant needs an id"],
    );
    both(
        &mut cases,
        "a three-letter unit that is no currency",
        "quantities:\n  - id: a\n    unit: ppl\n    cues: [cut]\n".into(),
        &["sheet.yaml:3:11", "`PPL` is not a unit or a currency"],
    );
    both(
        &mut cases,
        "an unknown currency",
        "quantities:\n  - id: a\n    unit: money\n    currency: USDD\n    cues: [cut]\n".into(),
        &["sheet.yaml:4:15", "`USDD` is not a unit or a currency"],
    );
    both(
        &mut cases,
        "a currency without unit money",
        "quantities:\n  - id: a\n    unit: people\n    currency: USD\n    cues: [cut]\n".into(),
        &["sheet.yaml:4:15", "`currency` goes with `unit: money`"],
    );
    both(
        &mut cases,
        "a quantity no invariant can ever use",
        "quantities:\n  - id: a\n    cues: [cut]\n  - id: b\n    unit: people\ninvariants:\n  - id: x\n    expr: \"a = b\"\n".into(),
        &["sheet.yaml:8:16", "can never be checked: quantity `b` has no `cues` and no `fact`"],
    );
    both(
        &mut cases,
        "silent naming no check",
        "examples:\n  - text: Acme cut 500 jobs.\n    silent: []\n".into(),
        &["sheet.yaml:3:13", "`silent: []` names no check"],
    );
    both(
        &mut cases,
        "an unknown severity",
        "checks:\n  invariant: loud\n".into(),
        &["sheet.yaml:2:14", "unknown severity `loud`"],
    );
    both(
        &mut cases,
        "a quantity with an unreadable fact is not also 'unknown'",
        sheet("a = b").replace("fact: 10", "fact: lots"),
        &["sheet.yaml:4:11", "the fact is not a figure"],
    );
    cases.push(
        Case::new(
            "a quantity with an unreadable fact is not also 'unknown' (no cascade)",
            &["rules", "sheet.yaml"],
            2,
        )
        .file(
            "sheet.yaml",
            sheet("a = b").replace("fact: 10", "fact: lots"),
        )
        .never("unknown quantity"),
    );
    run_table(cases);
}

#[test]
fn an_invariant_over_too_many_combinations_says_so() {
    // 17 figures for each of two quantities in one draft: 289 combinations,
    // more than the 256 tried, and none of those tried holds.
    let mut draft = String::new();
    for k in 0..17 {
        draft.push_str(&format!(
            "Acme will cut {} jobs. Acme hired {} people.\n\n",
            500 + 10 * k,
            20 + k
        ));
    }
    let yaml = "quantities:\n  - id: cut\n    unit: people\n    cues: [cut]\n  - id: hired\n    unit: people\n    cues: [hired]\ninvariants:\n  - id: fewer\n    expr: \"cut < hired\"\n";
    run_table(vec![
        // Exit 1: the figures also conflict with one another.
        Case::new(
            "289 combinations",
            &["check", "a.txt", "--rules", "sheet.yaml"],
            1,
        )
        .file("sheet.yaml", yaml)
        .file("a.txt", draft)
        .out("`fewer` was checked against only 256 of the 289 combinations"),
    ]);
}
