//! Every check against its fixtures, and the check command end to end.
//!
//! `fixtures/checks/<id>/fires/<case>/` must fire the check (what the user sees
//! is snapshotted); `fixtures/checks/<id>/silent/<case>/` must not. A case's
//! `rules.yaml`, when present, is passed with `--rules`. A meta-test
//! fails when a registered check lacks either kind of case, and every message
//! in every snapshot is held to the house style.

use std::path::{Path, PathBuf};

use factlint::checks;
use serde_json::Value;

use super::cli::factlint;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The case directories of one check and kind (`fires` or `silent`), sorted.
fn cases(id: &str, kind: &str) -> Vec<PathBuf> {
    let dir = root().join("fixtures/checks").join(id).join(kind);
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn rel(p: &Path) -> String {
    p.strip_prefix(root())
        .unwrap_or(p)
        .to_string_lossy()
        .replace('\\', "/")
}

fn json_of(args: &[&str]) -> Value {
    let o = factlint(args);
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "{args:?}: not JSON ({e}): {}",
            String::from_utf8_lossy(&o.stderr)
        )
    })
}

/// `check` arguments for a case: its folder, and its `rules.yaml` when it has one.
fn case_args<'a>(dir: &'a str, rules: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["check"];
    args.extend_from_slice(extra);
    args.push(dir);
    if root().join(rules).is_file() {
        args.extend(["--rules", rules]);
    }
    args
}

fn fired(v: &Value, id: &str) -> usize {
    v["diagnostics"]
        .as_array()
        .map_or(0, |d| d.iter().filter(|x| x["check"] == id).count())
}

#[test]
fn every_check_has_firing_and_silent_fixtures() {
    for c in checks::registry() {
        assert!(
            !cases(c.id(), "fires").is_empty(),
            "{} has no fixtures/checks/{}/fires/<case>/",
            c.id(),
            c.id()
        );
        assert!(
            !cases(c.id(), "silent").is_empty(),
            "{} has no fixtures/checks/{}/silent/<case>/",
            c.id(),
            c.id()
        );
    }
}

#[test]
fn firing_fixtures_fire_and_match_their_snapshots() {
    let mut failures = Vec::new();
    for c in checks::registry() {
        for case in cases(c.id(), "fires") {
            let dir = rel(&case);
            let rules = format!("{dir}/rules.yaml");
            if fired(
                &json_of(&case_args(&dir, &rules, &["--format", "json"])),
                c.id(),
            ) == 0
            {
                failures.push(format!("{dir}: {} did not fire", c.id()));
                continue;
            }
            let o = factlint(&case_args(&dir, &rules, &[]));
            let name = format!(
                "check__{}__{}",
                c.id(),
                case.file_name().unwrap().to_string_lossy()
            );
            insta::assert_snapshot!(name, String::from_utf8_lossy(&o.stdout));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn silent_fixtures_stay_silent() {
    let mut failures = Vec::new();
    for c in checks::registry() {
        for case in cases(c.id(), "silent") {
            let dir = rel(&case);
            let rules = format!("{dir}/rules.yaml");
            let v = json_of(&case_args(&dir, &rules, &["--format", "json"]));
            if fired(&v, c.id()) > 0 {
                let msgs: Vec<&str> = v["diagnostics"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(|d| d["message"].as_str())
                    .collect();
                failures.push(format!("{dir}: {} fired: {msgs:?}", c.id()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_seed_corpus_as_a_writer_sees_it() {
    let o = factlint(&["check", "fixtures/amazon-2025"]);
    assert_eq!(o.status.code(), Some(1));
    insta::assert_snapshot!("check_amazon_human", String::from_utf8_lossy(&o.stdout));
}

#[test]
fn the_seed_corpus_as_a_pipeline_reads_it() {
    let o = factlint(&["check", "--format", "json", "fixtures/amazon-2025"]);
    assert_eq!(o.status.code(), Some(1));
    insta::assert_snapshot!("check_amazon_json", String::from_utf8_lossy(&o.stdout));
}

/// A story cluster with no rule set (Intel's 2024 cuts, three outlets) and
/// planted errors: a job count, a title, a reworded quote; a share that
/// implies the wrong headcount; a floor against an estimate.
#[test]
fn a_cluster_with_no_rule_set_is_checked_by_automatic_keys() {
    let o = factlint(&[
        "check",
        "--no-config",
        "--format",
        "short",
        "fixtures/zero-config/intel-2024",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "warnings and notes do not fail a run"
    );
    insta::assert_snapshot!(
        "check_intel_zero_config",
        String::from_utf8_lossy(&o.stdout)
    );
}

/// Three outlets on BT's 2023 job cuts, as published: nothing to report.
#[test]
fn a_consistent_cluster_with_no_rule_set_gets_no_findings() {
    let o = factlint(&[
        "check",
        "--no-config",
        "--format",
        "short",
        "fixtures/zero-config/bt-2023",
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "");
}

/// The same cluster with three planted errors: a headcount, a profit, a title.
#[test]
fn planted_errors_in_a_cluster_with_no_rule_set_are_found() {
    let o = factlint(&[
        "check",
        "--no-config",
        "--format",
        "short",
        "fixtures/zero-config/bt-2023-planted",
    ]);
    insta::assert_snapshot!("check_bt_planted", String::from_utf8_lossy(&o.stdout));
}

/// Boeing's 2024 cuts as three outlets might write them, consistent: nothing to report.
#[test]
fn a_second_consistent_cluster_gets_no_findings() {
    let o = factlint(&[
        "check",
        "--no-config",
        "--format",
        "short",
        "fixtures/zero-config/boeing-2024",
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "");
}

/// The same with six planted errors, one for each built-in check.
#[test]
fn planted_errors_of_every_kind_are_found_with_no_rule_set() {
    let o = factlint(&[
        "check",
        "--no-config",
        "--format",
        "short",
        "fixtures/zero-config/boeing-2024-planted",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    for check in [
        "role-conflict",
        "percent-of",
        "quote-drift",
        "change-direction",
        "parts-total",
    ] {
        assert!(
            out.contains(&format!("[{check}]")),
            "{check} missing:\n{out}"
        );
    }
    insta::assert_snapshot!("check_boeing_planted", out);
}

/// Microsoft's 2025 cuts: consistent figures give only notes; planted errors
/// (a figure, a profit, a name, a title, a spokesperson's words) are found.
#[test]
fn a_third_cluster_with_and_without_planted_errors() {
    let clean = factlint(&[
        "check",
        "--no-config",
        "--format",
        "short",
        "fixtures/zero-config/microsoft-2025",
    ]);
    assert_eq!(clean.status.code(), Some(0));
    let text = String::from_utf8_lossy(&clean.stdout);
    assert!(
        text.lines().all(|l| l.contains("note[figure-drift]")),
        "{text}"
    );
    let planted = factlint(&[
        "check",
        "--no-config",
        "--format",
        "short",
        "fixtures/zero-config/microsoft-2025-planted",
    ]);
    insta::assert_snapshot!(
        "check_microsoft_planted",
        String::from_utf8_lossy(&planted.stdout)
    );
}

/// A deal story: the price, a name and the per-share price, planted.
#[test]
fn planted_errors_in_a_deal_story_are_found() {
    let o = factlint(&[
        "check",
        "--no-config",
        "--format",
        "short",
        "fixtures/zero-config/activision-2023-planted",
    ]);
    insta::assert_snapshot!(
        "check_activision_planted",
        String::from_utf8_lossy(&o.stdout)
    );
}

#[test]
fn identical_input_gives_identical_output() {
    for format in ["human", "json", "sarif", "short", "github"] {
        let a = factlint(&["check", "--format", format, "fixtures/amazon-2025"]);
        let b = factlint(&["check", "--format", format, "fixtures/amazon-2025"]);
        assert_eq!(a.stdout, b.stdout, "{format} output differs between runs");
    }
}

#[test]
fn sarif_and_github_output_name_every_finding() {
    let v = json_of(&["check", "--format", "sarif", "fixtures/amazon-2025"]);
    let results = v["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 3);
    assert_eq!(results[0]["ruleId"], "role-conflict");
    let o = factlint(&["check", "--format", "github", "fixtures/amazon-2025"]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.lines().next().unwrap().starts_with(
            "::error file=fixtures/amazon-2025/001_38fefaf1efd2f0c3.txt,line=6,col=109"
        )
    );
}

#[test]
fn deny_warnings_lowers_the_failing_severity() {
    // quote-drift alone is a warning: exit 0 by default, 1 with --deny warnings.
    let case = cases("quote-drift", "fires")
        .into_iter()
        .next()
        .expect("a quote-drift case");
    let dir = rel(&case);
    let plain = factlint(&["check", &dir]);
    let denied = factlint(&["check", "--deny", "warnings", &dir]);
    let summary = &json_of(&["check", "--format", "json", &dir])["summary"];
    // The case holds warnings and no error, so the default run passes.
    assert_eq!(summary["errors"], 0, "{dir} must hold no error");
    assert!(
        summary["warnings"].as_u64().unwrap_or(0) > 0,
        "{dir} must hold a warning"
    );
    assert_eq!(plain.status.code(), Some(0));
    assert_eq!(denied.status.code(), Some(1));
}

#[test]
fn explain_prints_a_check_and_lists_them_all() {
    let o = factlint(&["explain", "role-conflict"]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("## What it checks"));
    let o = factlint(&["explain"]);
    let list = String::from_utf8_lossy(&o.stdout);
    for c in checks::registry() {
        assert!(list.contains(c.id()));
    }
    let o = factlint(&["explain", "role-conflcit"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("did you mean `role-conflict`"));
}

/// Messages start lower case (or with a value in backticks or an acronym), end
/// without a period, and help lines are imperative and lower case.
#[test]
fn every_snapshot_message_follows_the_house_style() {
    let dir = root().join("tests/integration/snapshots");
    let mut bad = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()) {
        let text = std::fs::read_to_string(e.path()).unwrap_or_default();
        for line in text.lines() {
            let message = ["error[", "warning[", "note["]
                .iter()
                .find(|p| line.starts_with(*p))
                .and_then(|_| line.split_once("]: ").map(|(_, m)| m))
                .or_else(|| line.trim_start().strip_prefix("= help: "));
            let Some(m) = message else { continue };
            // Lower case first, or a code span, or an acronym of two or more
            // capitals (`CEO`, `SVP`); a capitalised word (`The`, `A`, `I`) is not.
            let first_word = m.split(' ').next().unwrap_or("");
            let letters: Vec<char> = first_word.chars().filter(|c| c.is_alphabetic()).collect();
            let acronym = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
            let ok_start =
                m.starts_with('`') || acronym || m.chars().next().is_some_and(|c| c.is_lowercase());
            if !ok_start || m.ends_with('.') {
                bad.push(format!("{}: {m}", e.file_name().to_string_lossy()));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "messages off the house style:\n{}",
        bad.join("\n")
    );
}
