//! Rule sets from the outside: errors as the user sees them (one snapshot per
//! kind, exit 2, the drafts still checked), the shipped sheets' inline
//! examples, `factlint.yaml`, and invariant expressions printed and re-parsed.

use std::path::PathBuf;

use factlint::rules::expr::{self, Expr};
use proptest::prelude::*;

use super::cli::factlint;

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Each bad rule file: `factlint check` exits 2, names file:line:col, still checks the drafts.
pub(crate) fn bad(name: &str) -> String {
    let path = format!("fixtures/rules/bad/{name}.yaml");
    let o = factlint(&[
        "check",
        "--format",
        "short",
        "fixtures/amazon-2025",
        "--rules",
        &path,
    ]);
    assert_eq!(o.status.code(), Some(2), "{name}: {}", stderr(&o));
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("role-conflict"),
        "{name}: the drafts were still checked"
    );
    stderr(&o)
}

#[test]
fn an_unknown_key_suggests_the_right_one() {
    let err = bad("unknown-key");
    assert!(
        err.contains("fixtures/rules/bad/unknown-key.yaml:5:5"),
        "{err}"
    );
    assert!(err.contains("did you mean `aliases`"), "{err}");
    insta::assert_snapshot!("rules_unknown_key", err);
}

#[test]
fn a_yaml_syntax_error_is_located() {
    insta::assert_snapshot!("rules_syntax", bad("syntax"));
}

#[test]
fn a_wrong_type_is_located() {
    insta::assert_snapshot!("rules_wrong_type", bad("wrong-type"));
}

#[test]
fn an_unknown_quantity_in_an_expression_is_pointed_at() {
    let err = bad("unknown-quantity");
    assert!(err.contains("did you mean `corporate_staff`"), "{err}");
    insta::assert_snapshot!("rules_unknown_quantity", err);
}

#[test]
fn an_expression_that_does_not_parse_is_pointed_at() {
    insta::assert_snapshot!("rules_bad_expr", bad("bad-expr"));
}

#[test]
fn a_duplicate_id_shows_both_places() {
    insta::assert_snapshot!("rules_duplicate_id", bad("duplicate-id"));
}

#[test]
fn unknown_checks_and_severities_are_refused() {
    insta::assert_snapshot!("rules_unknown_check", bad("unknown-check"));
}

#[test]
fn unknown_units_and_unreadable_facts_are_refused() {
    insta::assert_snapshot!("rules_bad_unit", bad("bad-unit"));
}

#[test]
fn dates_spans_and_periods_that_cannot_be_read_are_refused() {
    let err = bad("date-and-duration");
    for (at, says) in [
        ("2:7", "`March 3` is not a date written year-month-day"),
        (
            "7:11",
            "quantity `vote_date` is a date: its fact is written as one",
        ),
        (
            "11:11",
            "the fact `2025` is a year or a part of one, not a day",
        ),
        (
            "15:11",
            "the fact `February 30, 2025` is not a day of the calendar",
        ),
        ("19:11", "the fact `March 9` names no year"),
        (
            "23:11",
            "the fact `90` is a plain number, but quantity `strike_length` is a span of time",
        ),
        ("27:11", "the fact `28 October 2025` is a date"),
        ("31:13", "`fiscal 2025` is a fiscal year"),
        ("36:12", "a quantity takes `period` or `as_of`, not both"),
        ("40:13", "`lots` is not a period factlint reads"),
        ("42:11", "unknown unit `per_shares`"),
    ] {
        let place = format!("date-and-duration.yaml:{at}");
        assert!(
            err.lines().any(|l| l.contains(&place)) && err.contains(says),
            "{at} {says}: {err}"
        );
    }
    insta::assert_snapshot!("rules_date_and_duration", err);
}

#[test]
fn parents_and_subjects_that_name_nothing_are_refused() {
    let err = bad("subjects-and-parents");
    for (at, says) in [
        (
            "7:13",
            "the parent `Corvane Holding` is not an organisation this sheet declares",
        ),
        ("10:13", "`Skyvale Airways` cannot be its own parent"),
        (
            "13:13",
            "`Dana Ruiz` is a person; only an organisation has a `parent`",
        ),
        ("17:14", "an empty list of subjects"),
        ("21:14", "an empty subject"),
    ] {
        let place = format!("subjects-and-parents.yaml:{at}");
        assert!(
            err.lines().any(|l| l.contains(&place)) && err.contains(says),
            "{at} {says}: {err}"
        );
    }
    insta::assert_snapshot!("rules_subjects_and_parents", err);
}

#[test]
fn a_percent_sign_after_a_quantity_that_is_no_percentage_is_refused() {
    let err = bad("percent-sign");
    assert!(err.contains("percent-sign.yaml:11:25"), "{err}");
    assert!(
        err.contains("writes `staff%`, but `staff` is not a percentage"),
        "{err}"
    );
    insta::assert_snapshot!("rules_percent_sign", err);
}

#[test]
fn an_alias_bomb_is_refused_quickly() {
    let t = std::time::Instant::now();
    let err = bad("alias-bomb");
    assert!(t.elapsed().as_secs() < 20, "took {:?}", t.elapsed());
    assert!(err.contains("alias-bomb.yaml"), "{err}");
}

#[test]
fn absurd_nesting_is_refused() {
    let err = bad("deep-nesting");
    assert!(err.contains("deep-nesting.yaml:2:"), "{err}");
}

#[test]
fn a_missing_rule_file_is_named() {
    let o = factlint(&[
        "check",
        "fixtures/amazon-2025",
        "--rules",
        "rules/no-such.yaml",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("rules/no-such.yaml: no such file or directory"));
}

#[test]
fn every_shipped_rule_set_passes_its_examples() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<String> = ["rules", "rules/real-style", "rules/real-style-untouched"]
        .iter()
        .flat_map(|d| {
            std::fs::read_dir(root.join(d))
                .into_iter()
                .flatten()
                .flatten()
        })
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .filter_map(|p| {
            p.strip_prefix(&root)
                .ok()
                .map(|r| r.to_string_lossy().to_string())
        })
        .collect();
    files.sort();
    // The seed sheet, the development set's and the held-out set's.
    assert!(files.len() >= 49, "{files:?}");
    for f in files {
        let o = factlint(&["rules", "--test", &f]);
        let out = String::from_utf8_lossy(&o.stdout);
        assert_eq!(o.status.code(), Some(0), "{f}:\n{out}{}", stderr(&o));
        assert!(!out.contains("FAIL"));
    }
}

#[test]
fn rules_lists_what_a_sheet_declares() {
    let o = factlint(&["rules", "rules/amazon-2025.yaml"]);
    assert_eq!(o.status.code(), Some(0));
    insta::assert_snapshot!("rules_listing", String::from_utf8_lossy(&o.stdout));
}

#[test]
fn claims_show_which_quantity_each_figure_bound_to_and_why() {
    let o = factlint(&[
        "claims",
        "fixtures/amazon-2025",
        "--rules",
        "rules/amazon-2025.yaml",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let bound: Vec<&str> = std::str::from_utf8(&o.stdout)
        .unwrap()
        .lines()
        .filter(|l| l.contains("→"))
        .collect();
    insta::assert_snapshot!("claims_amazon_bound", bound.join("\n"));
}

#[test]
fn the_seed_corpus_with_its_sheet() {
    let o = factlint(&[
        "check",
        "fixtures/amazon-2025",
        "--rules",
        "rules/amazon-2025.yaml",
    ]);
    assert_eq!(o.status.code(), Some(1));
    insta::assert_snapshot!(
        "check_amazon_rules_human",
        String::from_utf8_lossy(&o.stdout)
    );
}

/// `factlint` run from `fixtures/config`, where a `factlint.yaml` lives.
fn in_config_project(args: &[&str]) -> std::process::Output {
    crate::factlint_command()
        .args(args)
        .current_dir(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/config"))
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .output()
        .unwrap()
}

#[test]
fn factlint_yaml_names_rules_globs_and_severities() {
    let o = in_config_project(&["check", "--format", "short", "drafts"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}{}", stderr(&o));
    // The sheet from factlint.yaml applies: the fact pins 1,200.
    assert!(out.contains("fact-mismatch"), "{out}");
    // name-near-miss is off in factlint.yaml (`Whitfeld` would fire otherwise).
    assert!(!out.contains("name-near-miss"), "{out}");
    // drafts/archive/** is excluded: Rob Stone is never read.
    assert!(!out.contains("Rob Stone"), "{out}");
}

#[test]
fn no_config_ignores_factlint_yaml() {
    let o = in_config_project(&["check", "--no-config", "--format", "short", "drafts"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(!out.contains("fact-mismatch"), "{out}");
    assert!(
        out.contains("Rob Stone") || out.contains("role-conflict"),
        "{out}"
    );
}

fn arb_expr() -> impl Strategy<Value = Expr> {
    let leaf = prop_oneof![
        (0u32..100_000, 0u32..4).prop_map(|(m, d)| Expr::Num(f64::from(m) / 10f64.powi(d as i32))),
        prop::sample::select(vec!["layoffs_2025", "corporate_staff", "capex", "a", "b_2"])
            .prop_map(|v| Expr::Var(v.to_string(), 0)),
    ];
    leaf.prop_recursive(4, 32, 2, |inner| {
        prop_oneof![
            inner.clone().prop_map(|e| Expr::Neg(Box::new(e))),
            // A run of sums or of products, never both in one node (the parser's shape).
            (
                any::<bool>(),
                inner.clone(),
                prop::collection::vec((any::<bool>(), inner), 1..4)
            )
                .prop_map(|(sums, first, rest)| {
                    let ops = if sums { ['+', '-'] } else { ['*', '/'] };
                    Expr::Ops(
                        Box::new(first),
                        rest.into_iter()
                            .map(|(k, e)| (ops[usize::from(k)], 0, e))
                            .collect(),
                    )
                }),
        ]
    })
}

proptest! {
    #[test]
    fn printed_expressions_parse_back_to_the_same_tree(left in arb_expr(), right in arb_expr(), op in 0usize..5) {
        let cmp = ["=", "<", "<=", ">", ">="][op];
        let text = format!("{left} {cmp} {right}");
        let parsed = expr::parse(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e:?}")))?;
        prop_assert!(expr::same_shape(&parsed.left, &left), "{} vs {}", parsed.left, left);
        prop_assert!(expr::same_shape(&parsed.right, &right), "{} vs {}", parsed.right, right);
        prop_assert_eq!(parsed.op.to_string(), cmp);
    }
}

#[test]
fn rules_test_reports_an_invariant_the_sheets_own_facts_break() {
    let o = factlint(&[
        "rules",
        "--test",
        "fixtures/rules/facts-break-an-invariant.yaml",
    ]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(
        out.contains("FAIL  invariant `sum`: the sheet's own facts break it (`a + b = c`: 1–3 against 4.5–5.5)"),
        "{out}"
    );
    assert!(
        out.contains("1 invariant(s) broken by the sheet's own facts"),
        "{out}"
    );
}

#[test]
fn rules_test_says_why_an_example_failed() {
    let o = factlint(&[
        "rules",
        "--test",
        "fixtures/rules/an-example-that-fails.yaml",
    ]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}");
    // Each figure of the example, with the quantity it bound to or why not.
    assert!(
        out.contains("`57` (draft 1) → record_kick (cue `record`, unit count)"),
        "{out}"
    );
    assert!(
        out.contains("`61` (draft 2) → record_kick") || out.contains("`61` (draft 2) not bound:"),
        "{out}"
    );
    // The findings that fired, with their messages.
    assert!(
        out.contains("fired fact-mismatch: `59` contradicts the fact pinned for `record_kick`: 57"),
        "{out}"
    );
    assert!(out.contains("0 of 2 examples passed"), "{out}");
}
