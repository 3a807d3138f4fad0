//! Where configuration comes from: factlint.yaml found from each checked
//! path's folder (not only the current one), `--config FILE`, `--verbose`
//! naming what is in use, and `--stdin-filename` for editors and pipes.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::scratch::scratch;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `factlint ARGS` in `dir`, feeding `stdin` when given.
fn run_in(dir: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    use std::io::Write;
    let mut child = crate::factlint_command()
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("factlint runs");
    let mut input = child.stdin.take().expect("stdin");
    if let Some(text) = stdin {
        input.write_all(text.as_bytes()).expect("stdin written");
    }
    drop(input);
    child.wait_with_output().expect("factlint finishes")
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const ACME_SHEET: &str = "story: acme\nquantities:\n  - id: acme_cuts\n    unit: people\n    subject: Acme\n    cues: [cut]\n    fact: 1200\n";
const ACME_DRAFT: &str = "Acme Corp will cut 1,500 jobs this year, the company said on Monday.\n";

#[test]
fn the_config_is_found_from_the_checked_path_not_the_current_folder() {
    let elsewhere = scratch();
    let drafts = repo().join("fixtures/config/drafts");
    let o = run_in(
        &elsewhere,
        &["check", "--format", "short", &drafts.to_string_lossy()],
        None,
    );
    let s = out(&o);
    assert_eq!(o.status.code(), Some(1), "{s}{}", err(&o));
    // The story sheet that fixtures/config/factlint.yaml names pins 1,200.
    assert!(s.contains("fact-mismatch"), "{s}");
    // Its severities apply too: name-near-miss is off there.
    assert!(!s.contains("name-near-miss"), "{s}");
    // And its exclude globs: the archive is not read.
    assert!(!s.contains("Rob Stone"), "{s}");
}

#[test]
fn verbose_names_the_config_and_rule_sets_in_use() {
    let elsewhere = scratch();
    let drafts = repo().join("fixtures/config/drafts");
    let o = run_in(
        &elsewhere,
        &[
            "check",
            "-v",
            "--format",
            "short",
            &drafts.to_string_lossy(),
        ],
        None,
    );
    let e = err(&o);
    assert!(
        e.contains("factlint: config: ") && e.contains("fixtures/config/factlint.yaml"),
        "{e}"
    );
    assert!(
        e.contains("factlint: rule set: ") && e.contains("story.yaml"),
        "{e}"
    );
    assert!(e.contains("factlint: read 1 draft\n"), "{e}");
    let none = run_in(
        &elsewhere,
        &["check", "-v", "--no-config", &drafts.to_string_lossy()],
        None,
    );
    assert!(
        err(&none).contains("factlint: config: none (--no-config)"),
        "{}",
        err(&none)
    );
}

#[test]
fn config_names_the_file_to_use() {
    let dir = scratch();
    dir.write("conf/factlint.yaml", "rules: [sheet.yaml]\n");
    dir.write("conf/sheet.yaml", ACME_SHEET);
    let draft = dir.write("drafts/acme.txt", ACME_DRAFT);
    let draft = draft.to_string_lossy();
    // No factlint.yaml above the draft: nothing pins the figure.
    let plain = run_in(&dir, &["check", "--format", "short", &draft], None);
    assert!(!out(&plain).contains("fact-mismatch"), "{}", out(&plain));
    let o = run_in(
        &dir,
        &[
            "check",
            "--config",
            "conf/factlint.yaml",
            "--format",
            "short",
            &draft,
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1), "{}{}", out(&o), err(&o));
    assert!(out(&o).contains("fact-mismatch"), "{}", out(&o));
    // `rules` takes it as well.
    let r = run_in(&dir, &["rules", "--config", "conf/factlint.yaml"], None);
    assert_eq!(r.status.code(), Some(0), "{}", err(&r));
    assert!(out(&r).contains("acme_cuts"), "{}", out(&r));
}

#[test]
fn a_missing_config_file_is_an_error_naming_it() {
    let dir = scratch();
    let draft = dir.write("acme.txt", ACME_DRAFT);
    let o = run_in(
        &dir,
        &[
            "check",
            "--config",
            "nowhere.yaml",
            &draft.to_string_lossy(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("nowhere.yaml: no such file or directory"),
        "{}",
        err(&o)
    );
}

#[test]
fn config_and_no_config_cannot_be_given_together() {
    let o = run_in(
        &repo(),
        &["check", "--config", "a.yaml", "--no-config"],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("cannot be used with"), "{}", err(&o));
}

#[test]
fn drafts_under_two_configs_are_an_error_naming_both_and_still_checked() {
    let dir = scratch();
    dir.write("one/factlint.yaml", "rules: [sheet.yaml]\n");
    dir.write("one/sheet.yaml", ACME_SHEET);
    dir.write("one/acme.txt", ACME_DRAFT);
    dir.write("two/factlint.yaml", "checks:\n  role-conflict: off\n");
    dir.write(
        "two/other.txt",
        "Acme Corp will cut 1,500 jobs, a spokesperson said.\n",
    );
    let o = run_in(&dir, &["check", "--format", "short", "one", "two"], None);
    let e = err(&o);
    assert_eq!(o.status.code(), Some(2), "{e}");
    assert!(
        e.contains("one/factlint.yaml") && e.contains("two/factlint.yaml"),
        "{e}"
    );
    // The first path's config is used for all, and the drafts are still checked.
    assert!(out(&o).contains("fact-mismatch"), "{}", out(&o));
}

#[test]
fn stdin_filename_names_standard_input_and_picks_its_format() {
    // A figure inside an HTML comment is prose in plain text, markup in Markdown.
    let text = "Acme will cut 1,500 jobs.\n\n<!-- Acme will cut 2,500 jobs. -->\n";
    let dir = scratch();
    let md = run_in(
        &dir,
        &["claims", "--stdin-filename", "drafts/story.md", "-"],
        Some(text),
    );
    assert_eq!(md.status.code(), Some(0), "{}", err(&md));
    assert!(out(&md).contains("drafts/story.md"), "{}", out(&md));
    assert!(!out(&md).contains("2,500"), "{}", out(&md));
    let txt = run_in(
        &dir,
        &["claims", "--stdin-filename", "story.txt"],
        Some(text),
    );
    assert_eq!(txt.status.code(), Some(0), "{}", err(&txt));
    assert!(out(&txt).contains("2,500"), "{}", out(&txt));
}

#[test]
fn stdin_filename_finds_the_config_and_replaces_the_file_on_disk() {
    let root = repo();
    // The buffer an editor holds for drafts/acme.txt, corrected: 1,200 jobs.
    let fixed =
        "Acme Corp will cut 1,200 jobs this year, chief executive Dana Whitfield said on Monday.\n";
    let o = run_in(
        &root,
        &[
            "check",
            "-v",
            "--format",
            "short",
            "--stdin-filename",
            "fixtures/config/drafts/acme.txt",
            "-",
        ],
        Some(fixed),
    );
    assert_eq!(o.status.code(), Some(0), "{}{}", out(&o), err(&o));
    assert!(err(&o).contains("story.yaml"), "{}", err(&o));
    // With the folder named as well, the disk copy (1,500) is not read beside it.
    let both = run_in(
        &root,
        &[
            "check",
            "--format",
            "short",
            "--stdin-filename",
            "fixtures/config/drafts/acme.txt",
            "-",
            "fixtures/config/drafts",
        ],
        Some(fixed),
    );
    assert_eq!(both.status.code(), Some(0), "{}{}", out(&both), err(&both));
    // The same text under its real name: the pinned fact catches 1,500.
    let stale = run_in(
        &root,
        &[
            "check",
            "--format",
            "short",
            "--stdin-filename",
            "fixtures/config/drafts/acme.txt",
        ],
        Some(ACME_DRAFT),
    );
    assert_eq!(stale.status.code(), Some(1), "{}", err(&stale));
    assert!(
        out(&stale).starts_with("fixtures/config/drafts/acme.txt:1:"),
        "{}",
        out(&stale)
    );
}

#[test]
fn stdin_filename_without_standard_input_among_the_paths_is_an_error() {
    let o = run_in(
        &repo(),
        &[
            "check",
            "--stdin-filename",
            "a.md",
            "fixtures/config/drafts",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("--stdin-filename a.md names standard input"),
        "{}",
        err(&o)
    );
}

#[test]
fn the_summary_counts_what_suppressions_silenced() {
    let dir = "fixtures/checks/unused-suppression/silent/comment-in-use";
    let root = repo();
    let human = run_in(&root, &["check", dir], None);
    assert_eq!(human.status.code(), Some(0), "{}", out(&human));
    assert!(
        out(&human).contains("factlint: 0 errors, 0 warnings, 0 notes, 1 suppressed in 3 files ("),
        "{}",
        out(&human)
    );
    let json = run_in(&root, &["check", "--format", "json", dir], None);
    let v: serde_json::Value = serde_json::from_str(&out(&json)).expect("JSON");
    assert_eq!(v["summary"]["suppressed"], 1);
    // Without the comment, the finding it silenced is reported.
    let dir = scratch();
    for name in ["early.md", "late.md", "wire.md"] {
        let text = std::fs::read_to_string(
            root.join("fixtures/checks/unused-suppression/silent/comment-in-use")
                .join(name),
        )
        .unwrap();
        let text = text.replace("<!-- factlint-disable-next-line role-conflict -->\n", "");
        dir.write(name, &text);
    }
    let bare = run_in(&dir, &["check", "--format", "short", "."], None);
    assert_eq!(bare.status.code(), Some(1), "{}", out(&bare));
    assert!(out(&bare).contains("early.md:3:"), "{}", out(&bare));
}
