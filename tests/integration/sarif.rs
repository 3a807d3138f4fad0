//! `--format sarif` validated against the official SARIF 2.1.0 schema, and
//! `--format short` kept to one line a finding.
//!
//! The schema is read from `../shared/testdata/sarif` (never copied into the
//! repository). Without it the validation tests print a skip line, and fail
//! under `CI=true`.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::{Value, json};

use super::cli::factlint;

fn schema_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/testdata/sarif/sarif-schema-2.1.0.json")
}

/// The SARIF schema validator, or `None` (after a skip line) when the schema
/// is absent outside CI.
fn validator() -> Option<jsonschema::Validator> {
    let path = schema_path();
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI=true but the SARIF schema {} cannot be read: {e}",
                path.display()
            );
            eprintln!("skipped: no SARIF schema at {} ({e})", path.display());
            return None;
        }
    };
    let schema: Value = serde_json::from_str(&text).expect("the SARIF schema is JSON");
    assert_eq!(
        schema["$schema"], "http://json-schema.org/draft-04/schema#",
        "the SARIF schema's draft changed: pick the matching validator draft"
    );
    assert_eq!(schema["id"], factlint::render::sarif::SCHEMA_URI);
    Some(
        jsonschema::options()
            .with_draft(jsonschema::Draft::Draft4)
            .should_validate_formats(true)
            .build(&schema)
            .expect("the SARIF schema compiles"),
    )
}

/// Draft 4 knows no `uri-reference` format, so artifact URIs are held to it
/// by a one-line draft-7 schema.
fn uri_reference() -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .should_validate_formats(true)
        .build(&json!({"type": "string", "format": "uri-reference"}))
        .expect("the uri-reference schema compiles")
}

fn errors_of(v: &jsonschema::Validator, log: &Value) -> Vec<String> {
    v.iter_errors(log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

fn sarif_of(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&o.stderr)))
}

/// Every artifact URI in a log.
fn uris(log: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for r in log["runs"][0]["results"].as_array().into_iter().flatten() {
        let locs = r["locations"].as_array().into_iter().flatten();
        let related = r["relatedLocations"].as_array().into_iter().flatten();
        for l in locs.chain(related) {
            let uri = &l["physicalLocation"]["artifactLocation"]["uri"];
            out.push(uri.as_str().expect("a URI is a string").to_string());
        }
    }
    out
}

fn assert_valid(v: &jsonschema::Validator, log: &Value, what: &str) {
    let errors = errors_of(v, log);
    assert!(
        errors.is_empty(),
        "{what}: invalid SARIF:\n{}",
        errors.join("\n")
    );
    let uri = uri_reference();
    for u in uris(log) {
        assert!(
            uri.is_valid(&json!(u)),
            "{what}: `{u}` is not a URI reference"
        );
    }
}

#[test]
fn the_seed_corpus_gives_valid_sarif() {
    let Some(v) = validator() else { return };
    let o = factlint(&[
        "check",
        "fixtures/amazon-2025",
        "--rules",
        "rules/amazon-2025.yaml",
        "--format",
        "sarif",
    ]);
    assert_eq!(o.status.code(), Some(1), "the seeds hold errors");
    let log = sarif_of(&o);
    assert_valid(&v, &log, "seeds");
    let run = &log["runs"][0];
    assert_eq!(log["$schema"], factlint::render::sarif::SCHEMA_URI);
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert!(run["results"].as_array().is_some_and(|r| !r.is_empty()));
    let uris = uris(&log);
    assert!(uris.contains(&"fixtures/amazon-2025/003_189c326a98f621be.txt".to_string()));
    assert!(uris.contains(&"rules/amazon-2025.yaml".to_string()));
    for rule in run["tool"]["driver"]["rules"].as_array().unwrap() {
        let id = rule["id"].as_str().unwrap();
        assert!(
            rule["help"]["text"]
                .as_str()
                .is_some_and(|h| h.contains("## What it checks")),
            "{id}: help is the check's documentation"
        );
        assert_eq!(
            rule["helpUri"],
            "https://github.com/factlint/factlint/blob/main/README.md#checks"
        );
    }
}

/// The anchor `helpUri` points at exists, and lists every check.
#[test]
fn help_uri_points_at_the_readme_check_list() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let section = readme
        .split("\n### Checks\n")
        .nth(1)
        .expect("README has a `### Checks` heading (the #checks anchor)");
    for c in factlint::checks::registry() {
        assert!(
            section.contains(&format!("| `{}` |", c.id())),
            "README's check list lacks `{}`",
            c.id()
        );
    }
}

/// A scratch folder holding `my draft #2.txt` and a plain draft that
/// contradicts it; removed on drop.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn scratch(name: &str, files: &[(&str, &str)]) -> Scratch {
    let dir = std::env::temp_dir().join(format!("factlint-sarif-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    Scratch(dir)
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    crate::factlint_command()
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .output()
        .expect("factlint runs")
}

const TWO_CEOS: [(&str, &str); 2] = [
    (
        "drafts/my draft #2.txt",
        "Acme CEO Ana Reyes said the café would open.\n",
    ),
    ("drafts/other.txt", "Acme CEO Bob Smith said so.\n"),
];

#[test]
fn a_file_name_with_a_space_and_a_hash_is_percent_encoded() {
    let s = scratch("names", &TWO_CEOS);
    let o = run_in(&s.0, &["check", "--format", "sarif", "drafts"]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let log = sarif_of(&o);
    let uris = uris(&log);
    assert!(
        uris.contains(&"drafts/my%20draft%20%232.txt".to_string()),
        "{uris:?}"
    );
    assert!(uris.contains(&"drafts/other.txt".to_string()), "{uris:?}");
    // Named by its absolute path, a draft inside the working directory is
    // still given relative to it.
    let abs = s.0.join("drafts");
    let o = run_in(&s.0, &["check", "--format", "sarif", abs.to_str().unwrap()]);
    assert_eq!(
        sarif_of(&o)["runs"][0]["results"],
        log["runs"][0]["results"]
    );
    // From inside `drafts`, the URI is relative to it.
    let o = run_in(&s.0.join("drafts"), &["check", "--format", "sarif", "."]);
    assert!(uris_of_output(&o).contains(&"my%20draft%20%232.txt".to_string()));
    let Some(v) = validator() else { return };
    assert_valid(&v, &log, "my draft #2.txt");
}

fn uris_of_output(o: &Output) -> Vec<String> {
    uris(&sarif_of(o))
}

#[test]
fn a_file_outside_the_working_directory_is_a_file_uri() {
    let s = scratch("outside", &TWO_CEOS);
    let work = s.0.join("work");
    std::fs::create_dir_all(&work).unwrap();
    let o = run_in(&work, &["check", "--format", "sarif", "../drafts"]);
    let uris = uris_of_output(&o);
    let expected = format!(
        "file://{}/drafts/my%20draft%20%232.txt",
        s.0.to_str().unwrap().replace(' ', "%20")
    );
    assert!(
        uris.iter()
            .any(|u| u.starts_with("file:///") && u.ends_with("/drafts/my%20draft%20%232.txt")),
        "{uris:?}, expected like {expected}"
    );
    let Some(v) = validator() else { return };
    assert_valid(&v, &sarif_of(&o), "outside");
}

/// The validator is not a rubber stamp: a log with a level SARIF lacks, a
/// raw space in a URI, or no version is refused.
#[test]
fn a_broken_log_is_rejected() {
    let Some(v) = validator() else { return };
    let o = factlint(&["check", "fixtures/amazon-2025", "--format", "sarif"]);
    let good = sarif_of(&o);
    assert_valid(&v, &good, "seeds without rules");

    let mut fatal = good.clone();
    fatal["runs"][0]["results"][0]["level"] = json!("fatal");
    assert!(!errors_of(&v, &fatal).is_empty(), "a `fatal` level passed");

    let mut column = good.clone();
    column["runs"][0]["columnKind"] = json!("characters");
    assert!(
        !errors_of(&v, &column).is_empty(),
        "a bad columnKind passed"
    );

    let mut version = good.clone();
    version.as_object_mut().unwrap().remove("version");
    assert!(
        !errors_of(&v, &version).is_empty(),
        "a log without version passed"
    );

    assert!(!uri_reference().is_valid(&json!("drafts/my draft #2.txt")));
}

/// A quote broken across lines stays on one line in `short` output.
#[test]
fn short_output_is_one_line_a_finding_across_line_breaks() {
    let s = scratch(
        "short",
        &[
            (
                "a.txt",
                "Acme CEO Ana Reyes said: \"We will cut\nhundreds of jobs this spring.\"\n",
            ),
            (
                "b.txt",
                "Acme CEO Ana Reyes said: \"We will slash\nthousands of jobs this spring.\"\n",
            ),
        ],
    );
    let json = run_in(&s.0, &["check", "--format", "json", "."]);
    let json: Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let findings = json["diagnostics"].as_array().cloned().unwrap_or_default();
    assert!(
        findings
            .iter()
            .any(|f| f["message"].as_str().is_some_and(|m| m.contains('\n'))),
        "the fixture no longer puts a line break into a message: {json}"
    );
    let o = run_in(&s.0, &["check", "--format", "short", "."]);
    let out = String::from_utf8(o.stdout).unwrap();
    assert_eq!(out.lines().count(), findings.len(), "{out}");
    for line in out.lines() {
        assert!(
            line.starts_with("./a.txt:1:") || line.starts_with("./b.txt:1:"),
            "a line that is not a finding: {line}"
        );
    }
    assert!(
        out.contains("\\u{a}"),
        "the line break is shown escaped: {out}"
    );
}

#[test]
fn completions_are_printed_for_each_shell() {
    let o = factlint(&["completions", "bash"]);
    assert_eq!(o.status.code(), Some(0));
    let bash = String::from_utf8(o.stdout).unwrap();
    assert!(bash.contains("_factlint()"), "{bash}");
    assert!(
        bash.contains("factlint,check)"),
        "no `factlint check` in: {bash}"
    );
    assert!(bash.contains("--rules"), "{bash}");
    for shell in ["zsh", "fish", "elvish", "powershell"] {
        let o = factlint(&["completions", shell]);
        assert_eq!(o.status.code(), Some(0), "{shell}");
        let text = String::from_utf8_lossy(&o.stdout);
        assert!(
            text.contains("factlint") && text.contains("rules"),
            "{shell}: {text}"
        );
    }
    let o = factlint(&["completions", "nushell"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("invalid value 'nushell'"));
    assert!(o.stdout.is_empty());
}

#[test]
fn the_man_page_covers_every_subcommand() {
    let o = factlint(&["man"]);
    assert_eq!(o.status.code(), Some(0));
    let page = String::from_utf8(o.stdout).unwrap();
    // After the two string definitions every clap_mangen page opens with.
    let first = page
        .lines()
        .find(|l| !l.starts_with(".ie ") && !l.starts_with(".el "))
        .unwrap_or_default();
    assert!(first.starts_with(".TH factlint 1"), "{first}");
    assert!(page.is_ascii(), "non-ASCII characters are roff escapes");
    for section in ["CHECK", "CLAIMS", "EXPLAIN", "RULES", "COMPLETIONS", "MAN"] {
        assert!(
            page.contains(&format!(".SH \"FACTLINT {section}\"")),
            "{section}"
        );
    }
    assert!(
        page.contains("\\fB\\-\\-rules\\fR \\fI<FILE>\\fR"),
        "{page}"
    );
    assert!(!page.contains("(1)\n"), "points at pages that do not exist");
}
