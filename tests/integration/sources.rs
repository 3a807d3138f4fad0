//! Primary sources: the acceptance case of the memo, and declaring sources
//! with `--source`, a story sheet and factlint.yaml.

use serde_json::Value;

use super::cli::factlint;

const DIR: &str = "fixtures/sources/acme-memo";

fn diagnostics(args: &[&str]) -> Vec<Value> {
    let o = factlint(args);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!("not JSON ({e}): {}", String::from_utf8_lossy(&o.stderr));
    });
    v["diagnostics"].as_array().cloned().unwrap_or_default()
}

fn file_of(d: &Value) -> &str {
    d["file"].as_str().unwrap_or_default()
}

#[test]
fn the_memo_settles_what_the_drafts_disagree_on() {
    let memo = format!("{DIR}/memo.md");
    let all = diagnostics(&["check", DIR, "--source", &memo, "--format", "json"]);
    // Nothing on the faithful draft, nothing inside the memo.
    assert!(
        all.iter().all(|d| file_of(d).ends_with("hasty.md")),
        "{all:#?}"
    );
    let of = |check: &str| -> Vec<&Value> { all.iter().filter(|d| d["check"] == check).collect() };
    // The misquote: `convicted`, against the memo's `convinced`.
    let mis = of("misquote");
    assert_eq!(mis.len(), 1, "{all:#?}");
    assert_eq!(mis[0]["severity"], "error");
    assert!(mis[0]["message"].as_str().unwrap().contains("`convicted`"));
    let related = mis[0]["related"].as_array().unwrap();
    assert!(file_of(&related[0]).ends_with("memo.md"));
    assert!(
        related[0]["message"]
            .as_str()
            .unwrap()
            .contains("`convinced`")
    );
    // The figure: 1,500 against the memo's about 1,200, the memo as evidence.
    let fig = of("source-figure");
    assert_eq!(fig.len(), 1, "{all:#?}");
    assert_eq!(fig[0]["severity"], "error");
    assert!(fig[0]["message"].as_str().unwrap().contains("`1,500`"));
    let related = fig[0]["related"].as_array().unwrap();
    assert!(file_of(&related[0]).ends_with("memo.md"));
    // The name: `Jane Rowe` is a near miss of the memo's `Jane Roe`.
    let names = of("name-near-miss");
    assert!(!names.is_empty(), "{all:#?}");
    assert!(names.iter().all(|d| {
        d["message"]
            .as_str()
            .unwrap()
            .contains("`Jane Rowe` looks like a misspelling of `Jane Roe`")
    }));
    // Nothing else: the symmetric checks leave the memo's facts to these.
    assert_eq!(all.len(), 2 + names.len(), "{all:#?}");
}

#[test]
fn without_the_source_the_drafts_only_disagree() {
    // The memo read as one more draft: no source, no misquote, no error.
    let all = diagnostics(&["check", DIR, "--format", "json"]);
    assert!(all.iter().all(|d| d["check"] != "misquote"), "{all:#?}");
    assert!(
        all.iter().all(|d| d["check"] != "source-figure"),
        "{all:#?}"
    );
}

#[test]
fn a_source_named_in_a_sheet_is_not_read_as_a_draft() {
    let dir = "fixtures/checks/misquote/fires/transcript-dropped-word";
    let rules = format!("{dir}/rules.yaml");
    let all = diagnostics(&["check", dir, "--rules", &rules, "--format", "json"]);
    assert!(!all.is_empty());
    assert!(
        all.iter().all(|d| file_of(d).ends_with("draft.txt")),
        "{all:#?}"
    );
    let o = factlint(&["check", dir, "--rules", &rules, "--verbose"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("read 1 draft\n"), "{err}");
    assert!(err.contains("call.txt (the transcript)"), "{err}");
}

#[test]
fn claims_show_what_each_draft_claim_was_matched_with() {
    let memo = format!("{DIR}/memo.md");
    let o = factlint(&["claims", DIR, "--source", &memo]);
    let out = String::from_utf8_lossy(&o.stdout);
    let line = |needle: &str| {
        out.lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no line with {needle}:\n{out}"))
            .to_string()
    };
    assert!(
        line("hasty.md:3:57")
            .contains("⇒ differs from fixtures/sources/acme-memo/memo.md:13:32: `about 1,200`")
    );
    assert!(line("faithful.md:3:57").contains("⇒ agrees with"));
    assert!(line("hasty.md:6:1").contains("`We are convinced this is the right call`"));
    let o = factlint(&["claims", DIR, "--source", &memo, "--format", "json"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let matched: Vec<&Value> = v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["source"]["status"] == "differs from")
        .collect();
    assert_eq!(matched.len(), 2, "{v:#}");
}

#[test]
fn a_missing_source_is_an_error_naming_it() {
    let o = factlint(&["check", DIR, "--source", "fixtures/sources/nope.md"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("fixtures/sources/nope.md: no such file"),
        "{err}"
    );
}

#[test]
fn a_sheet_source_outside_its_folder_is_refused() {
    let dir = std::env::temp_dir().join(format!("factlint-src-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let rules = dir.join("rules.yaml");
    std::fs::write(&rules, "sources:\n  - path: ../memo.md\n").unwrap();
    let o = factlint(&["check", DIR, "--rules", rules.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("is not inside the folder of the rule set"),
        "{err}"
    );
}

/// `fixtures/sources/<case>/`: a source of each kind (memo, release, filing
/// excerpt, transcript) with a faithful draft, silent, and a careless one;
/// what the writer sees is snapshotted.
#[test]
fn each_kind_of_source_catches_the_careless_draft_and_spares_the_faithful_one() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sources");
    let mut cases: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("rules.yaml").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    assert!(cases.len() >= 3, "{cases:?}");
    let mut kinds = Vec::new();
    for case in cases {
        let dir = format!("fixtures/sources/{case}");
        let rules = format!("{dir}/rules.yaml");
        let all = diagnostics(&["check", &dir, "--rules", &rules, "--format", "json"]);
        assert!(!all.is_empty(), "{case}: nothing found");
        for d in &all {
            let f = file_of(d);
            assert!(!f.contains("faithful"), "{case}: {d:#}");
            assert!(
                !f.contains(&format!("{case}/sources/")),
                "{case}: reported in a source: {d:#}"
            );
        }
        let o = factlint(&["check", &dir, "--rules", &rules, "-v"]);
        let err = String::from_utf8_lossy(&o.stderr);
        kinds.extend(
            err.lines()
                .filter_map(|l| l.split(" (the ").nth(1))
                .map(|k| k.split([' ', ')']).next().unwrap_or("").to_string()),
        );
        let o = factlint(&["check", &dir, "--rules", &rules, "--format", "short"]);
        insta::assert_snapshot!(
            format!("sources__{case}"),
            String::from_utf8_lossy(&o.stdout)
        );
    }
    kinds.push("memo".into()); // the acme case, checked above with --source
    kinds.sort();
    kinds.dedup();
    assert_eq!(kinds, ["filing", "memo", "release", "transcript"]);
}

#[test]
fn factlint_yaml_names_sources_inside_its_folder() {
    let dir = std::env::temp_dir().join(format!("factlint-srccfg-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("sources")).unwrap();
    let from = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(DIR);
    std::fs::copy(from.join("memo.md"), dir.join("sources/memo.md")).unwrap();
    std::fs::copy(from.join("hasty.md"), dir.join("hasty.md")).unwrap();
    std::fs::write(
        dir.join("factlint.yaml"),
        "sources:\n  - {path: sources/memo.md, author: Jane Roe, kind: memo}\n",
    )
    .unwrap();
    let d = dir.to_str().unwrap();
    let all = diagnostics(&["check", d, "--format", "json"]);
    std::fs::write(
        dir.join("factlint.yaml"),
        "sources:\n  - path: ../memo.md\n",
    )
    .unwrap();
    let outside = factlint(&["check", d]);
    std::fs::remove_dir_all(&dir).ok();
    assert!(all.iter().any(|x| x["check"] == "misquote"), "{all:#?}");
    assert!(
        all.iter().any(|x| x["check"] == "source-figure"),
        "{all:#?}"
    );
    assert!(
        all.iter().all(|x| file_of(x).ends_with("hasty.md")),
        "{all:#?}"
    );
    assert_eq!(outside.status.code(), Some(2));
    let err = String::from_utf8_lossy(&outside.stderr);
    assert!(
        err.contains("is outside the folder that holds factlint.yaml"),
        "{err}"
    );
}

#[test]
fn the_acceptance_case_as_a_writer_sees_it() {
    let memo = format!("{DIR}/memo.md");
    let o = factlint(&["check", DIR, "--source", &memo]);
    assert_eq!(o.status.code(), Some(1));
    insta::assert_snapshot!(
        "sources__acme_memo_human",
        String::from_utf8_lossy(&o.stdout)
    );
}
