//! Confirmed quotes in a story sheet (`quotes:`): the sheet's errors as the
//! user sees them, `factlint claims` showing the match, and a confirmed
//! quote settling the drafts' `quote-drift`.

use serde_json::Value;

use super::cli::factlint;
use super::rules::bad;

const FIRES: &str = "fixtures/checks/misquote/fires/sheet-confirmed-quote";

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn checks_of(args: &[&str]) -> Vec<String> {
    let o = factlint(args);
    let v: Value = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", stderr(&o)));
    let mut c: Vec<String> = v["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|d| d["check"].as_str().map(str::to_string))
        .collect();
    c.sort();
    c
}

#[test]
fn a_bad_confirmed_quote_is_pointed_at() {
    let err = bad("quotes");
    for at in [
        "quotes.yaml:6:5",
        "quotes.yaml:8:14",
        "quotes.yaml:11:11",
        "quotes.yaml:13:11",
        "quotes.yaml:14:5",
    ] {
        assert!(err.contains(at), "{at}: {err}");
    }
    insta::assert_snapshot!("rules_bad_quotes", err);
}

#[test]
fn an_unknown_key_in_a_confirmed_quote_suggests_the_right_one() {
    let err = bad("quote-unknown-key");
    assert!(err.contains("quote-unknown-key.yaml:5:5"), "{err}");
    assert!(err.contains("did you mean `said`"), "{err}");
}

#[test]
fn a_confirmed_quote_settles_the_drafts_quote_drift() {
    let rules = format!("{FIRES}/rules.yaml");
    // Without the sheet the two drafts only disagree with each other.
    assert_eq!(
        checks_of(&["check", "--format", "json", FIRES]),
        ["quote-drift"]
    );
    // With it, each is held to the confirmed words.
    assert_eq!(
        checks_of(&["check", "--format", "json", FIRES, "--rules", &rules]),
        ["misquote", "misquote"]
    );
}

#[test]
fn claims_show_the_confirmed_quote_a_draft_quote_matched() {
    let rules = format!("{FIRES}/rules.yaml");
    let o = factlint(&["claims", FIRES, "--rules", &rules]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    let quotes: Vec<&str> = out.lines().filter(|l| l.contains("  quote  ")).collect();
    assert_eq!(quotes.len(), 2, "{out}");
    for q in quotes {
        assert!(
            q.contains(&format!(
                "⇒ differs from {FIRES}/rules.yaml:9:11: `We are confident"
            )),
            "{q}"
        );
        assert!(q.ends_with("(confirmed quote of Ingrid Solberg)"), "{q}");
    }
}

#[test]
fn the_sheet_runs_its_confirmed_quote_examples() {
    let o = factlint(&["rules", "--test", &format!("{FIRES}/rules.yaml")]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}{}", stderr(&o));
    assert!(out.contains("3 of 3 examples passed"), "{out}");
    assert!(out.contains("  quotes (1)\n"), "{out}");
}
