//! The binary as a user runs it: snapshots of what it prints, exit codes, and
//! every bad-input case of SPEC 7 (a clear message naming the file, exit 2,
//! the other files still processed, nothing written to the inputs).

use std::path::Path;
use std::process::Output;

/// Runs `factlint ARGS` from the repository root, with colour off.
pub fn factlint(args: &[&str]) -> Output {
    factlint_with_stdin(args, None)
}

/// Runs `factlint ARGS` feeding `stdin` to it.
pub fn factlint_with_stdin(args: &[&str], stdin: Option<&str>) -> Output {
    use std::io::Write;
    let mut cmd = crate::factlint_command();
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env_remove("RUST_BACKTRACE");
    cmd.stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("factlint runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().expect("factlint finishes")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn claims_of_the_seed_corpus_as_a_table() {
    let o = factlint(&["claims", "fixtures/amazon-2025"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    insta::assert_snapshot!("claims_amazon_human", stdout(&o));
}

#[test]
fn claims_of_the_seed_corpus_as_json() {
    let o = factlint(&["claims", "--format", "json", "fixtures/amazon-2025"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    assert_eq!(v["version"], 1);
    insta::assert_snapshot!("claims_amazon_json", stdout(&o));
}

#[test]
fn json_spans_are_byte_offsets_into_the_file_on_disk() {
    // The seeds, and drafts one of which is not in NFC (`José` as `e` and a
    // combining accent): matched in NFC, reported in the file's own bytes.
    for dir in [
        "fixtures/amazon-2025",
        "fixtures/checks/role-conflict/fires/decomposed-accents",
    ] {
        let o = factlint(&["claims", "--format", "json", dir]);
        spans_slice_the_files(&serde_json::from_str(&stdout(&o)).unwrap(), "claims");
        let o = factlint(&["check", "--format", "json", dir]);
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        spans_slice_the_files(&v, "diagnostics");
        for d in v["diagnostics"].as_array().unwrap() {
            spans_slice_the_files(d, "related");
        }
    }
}

/// Every `v[key][i]` with `file`, `span` and `text`: the span's bytes in the
/// file on disk are the text.
fn spans_slice_the_files(v: &serde_json::Value, key: &str) {
    for c in v[key].as_array().unwrap() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(c["file"].as_str().unwrap());
        let bytes = std::fs::read(path).unwrap();
        let (s, e) = (
            c["span"]["start"].as_u64().unwrap() as usize,
            c["span"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            std::str::from_utf8(&bytes[s..e]).unwrap(),
            c["text"].as_str().unwrap()
        );
    }
}

#[test]
fn a_missing_path_is_named_and_the_rest_still_runs() {
    let o = factlint(&[
        "claims",
        "fixtures/no-such-dir",
        "fixtures/cli/bad/good.txt",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("fixtures/no-such-dir: no such file or directory"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).contains("1,200"), "the good file was still read");
}

#[test]
fn non_utf8_bytes_are_named_with_line_and_column() {
    let o = factlint(&[
        "claims",
        "fixtures/cli/bad/latin1.txt",
        "fixtures/cli/bad/good.txt",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("fixtures/cli/bad/latin1.txt:2:8: invalid UTF-8"),
        "{err}"
    );
    assert!(stdout(&o).contains("1,200"));
}

#[test]
fn a_binary_file_is_refused() {
    let o = factlint(&["claims", "fixtures/cli/bad/archive.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("fixtures/cli/bad/archive.txt:1:5: binary file"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused() {
    let o = factlint(&[
        "claims",
        "--max-file-size",
        "10",
        "fixtures/cli/bad/good.txt",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("larger than the size limit of 10 bytes"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_directory_without_drafts_is_an_error() {
    let o = factlint(&["claims", "fixtures/cli/empty-dir"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("fixtures/cli/empty-dir: no drafts"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn an_empty_file_is_a_draft_with_no_claims() {
    let o = factlint(&["claims", "--format", "json", "fixtures/cli/bad/empty.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["claims"].as_array().unwrap().len(), 0);
}

#[test]
fn a_draft_that_trips_an_internal_error_is_named_and_the_rest_still_runs() {
    let o = crate::factlint_command()
        .args([
            "check",
            "--no-config",
            "fixtures/zero-config/boeing-2024-planted",
        ])
        .env("FACTLINT_DEBUG_FAIL_ON", "blog.md")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("boeing-2024-planted/blog.md") && err.contains("internal error"),
        "{err}"
    );
    // The run went on over every draft named.
    assert!(stdout(&o).contains("in 3 files"), "{}", stdout(&o));
}

#[test]
fn a_file_named_twice_is_read_once() {
    let o = factlint(&[
        "check",
        "--no-config",
        "fixtures/zero-config/boeing-2024/ap.txt",
        "./fixtures/zero-config/boeing-2024/ap.txt",
        "fixtures/zero-config/boeing-2024",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("in 3 files"), "{}", stdout(&o));
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let o = factlint_with_stdin(&["claims", "-"], Some("Revenue rose to $4.5bn in Q3."));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("-:1:17"), "{}", stdout(&o));
}

#[test]
fn bad_flags_exit_with_two() {
    let o = factlint(&["claims", "--format", "xml"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn the_inputs_are_never_written() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/amazon-2025");
    let snapshot = |d: &Path| -> Vec<(String, Vec<u8>, std::time::SystemTime)> {
        let mut v: Vec<_> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| {
                let p = e.unwrap().path();
                let m = std::fs::metadata(&p).unwrap().modified().unwrap();
                (p.display().to_string(), std::fs::read(&p).unwrap(), m)
            })
            .collect();
        v.sort();
        v
    };
    let before = snapshot(&dir);
    let _ = factlint(&["claims", "--format", "json", "fixtures/amazon-2025"]);
    assert_eq!(before, snapshot(&dir));
}

#[test]
fn help_and_version_are_there() {
    let o = factlint(&["--version"]);
    assert!(stdout(&o).starts_with("factlint "));
    let o = factlint(&["claims", "--help"]);
    assert!(stdout(&o).contains("--format"));
}

/// With 100 columns no line of the seed report, with or without its story
/// sheet, passes 100 characters, and every conflicting word is shown (a
/// label longer than the window, a whole quote given as context, is cut).
#[test]
fn human_output_fits_the_terminal_width() {
    let bare = factlint(&["check", "fixtures/amazon-2025"]);
    let o = factlint(&[
        "check",
        "fixtures/amazon-2025",
        "--rules",
        "rules/amazon-2025.yaml",
    ]);
    let out = String::from_utf8_lossy(&o.stdout);
    for line in out
        .lines()
        .chain(String::from_utf8_lossy(&bare.stdout).lines())
    {
        let n = line.chars().count();
        assert!(n <= 100, "{n} columns: {line}");
    }
    for words in ["convinced", "convicted"] {
        assert!(out.contains(words), "`{words}` is not shown");
    }
    for words in ["Andy Garcetti", "TechCruch", "US$8 billion", "Andy Jassy"] {
        assert!(out.contains(words), "`{words}` is not shown");
    }
    // `--width 0` never cuts: the whole paragraph is printed.
    let whole = factlint(&[
        "check",
        "--width",
        "0",
        "fixtures/amazon-2025",
        "--rules",
        "rules/amazon-2025.yaml",
    ]);
    let whole = String::from_utf8_lossy(&whole.stdout);
    assert!(whole.lines().any(|l| l.chars().count() > 200));
    // `--width 60` cuts tighter, and the columns printed stay the draft's.
    let narrow = factlint(&[
        "check",
        "--width",
        "60",
        "fixtures/amazon-2025",
        "--rules",
        "rules/amazon-2025.yaml",
    ]);
    let narrow = String::from_utf8_lossy(&narrow.stdout);
    assert!(narrow.contains("001_38fefaf1efd2f0c3.txt:6:109"));
    assert!(narrow.contains("Garcetti"));
}
