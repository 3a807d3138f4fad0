//! SARIF 2.1.0 output, for code-scanning dashboards.
//!
//! One run with factlint as the tool, every check as a rule (with its summary,
//! its documentation as `help`, a `helpUri` into the README's list of checks,
//! and its default level), and every finding as a result whose location is
//! the primary label and whose related locations are the evidence.
//!
//! Columns count Unicode scalar values (`source::LineIndex::line_col`), so the
//! run declares `columnKind: unicodeCodePoints`. Artifact URIs are relative to
//! the current working directory and percent-encoded (RFC 3986): a draft
//! `my draft #2.txt` is `my%20draft%20%232.txt`; a file outside the working
//! directory is an absolute `file:///` URI. The log validates against the
//! OASIS schema (`tests/integration/sarif.rs`).

use std::path::{Component, Path, PathBuf};

use serde::Serialize;
use std::io::{self, Write};

use crate::checks::{self, Check};
use crate::finding::{Finding, Label, Severity};
use crate::source::Sources;

/// The `$schema` of the log: the `id` of the OASIS SARIF 2.1.0 schema (errata01).
pub const SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// Where a rule's `helpUri` points: the README's table of checks, in the
/// repository Cargo.toml names.
pub const HELP_URI: &str = concat!(env!("CARGO_PKG_REPOSITORY"), "/blob/main/README.md#checks");

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// Percent-encodes one path segment: every byte but RFC 3986's unreserved
/// characters (`A-Z a-z 0-9 - . _ ~`) becomes `%XX`, non-ASCII characters as
/// their UTF-8 bytes.
pub fn encode_segment(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for b in segment.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `path` without `.` components and with each `..` taken back, as far as
/// the path allows.
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                let popped =
                    matches!(out.components().next_back(), Some(Component::Normal(_))) && out.pop();
                if !popped && !out.has_root() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// The percent-encoded segments of a path's normal components (and `..`).
fn encoded_segments(path: &Path) -> Vec<String> {
    path.components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(encode_segment(&s.to_string_lossy())),
            Component::ParentDir => Some("..".to_string()),
            _ => None,
        })
        .collect()
}

/// The SARIF `artifactLocation.uri` of a path as factlint shows it: relative
/// to `cwd` when the file lies inside it, else an absolute `file:///` URI;
/// percent-encoded either way. A backslash counts as a path separator.
/// Without a working directory a relative path stays relative.
pub fn artifact_uri(path: &str, cwd: Option<&Path>) -> String {
    let shown = PathBuf::from(path.replace('\\', "/"));
    let absolute = match cwd {
        Some(cwd) if !shown.has_root() => normalise(&cwd.join(&shown)),
        _ => normalise(&shown),
    };
    if !absolute.has_root() {
        return encoded_segments(&absolute).join("/");
    }
    if let Some(rel) = cwd.and_then(|c| absolute.strip_prefix(normalise(c)).ok()) {
        if rel.as_os_str().is_empty() {
            return ".".to_string();
        }
        return encoded_segments(rel).join("/");
    }
    let mut uri = String::from("file://");
    for c in absolute.components() {
        match c {
            // A Windows drive (`C:`) is kept as written: `file:///C:/drafts/a.txt`.
            Component::Prefix(p) => {
                uri.push('/');
                uri.push_str(&p.as_os_str().to_string_lossy().replace('\\', "/"));
            }
            Component::Normal(s) => {
                uri.push('/');
                uri.push_str(&encode_segment(&s.to_string_lossy()));
            }
            _ => {}
        }
    }
    if uri == "file://" {
        uri.push('/');
    }
    uri
}

#[derive(Serialize)]
struct Text<'a> {
    text: &'a str,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    byte_offset: usize,
    byte_length: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text<'a>>,
}

fn location<'a>(sources: &Sources<'_>, l: &Label, cwd: Option<&Path>) -> Location<'a> {
    let (start, end) = match (sources.line_index_of(l.place), sources.text(l.place)) {
        (Some(idx), Some(text)) => (
            idx.line_col(text, l.span.start),
            idx.line_col(text, l.span.end),
        ),
        _ => Default::default(),
    };
    Location {
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation {
                uri: artifact_uri(sources.path(l.place), cwd),
            },
            region: Region {
                start_line: start.line,
                start_column: start.column,
                end_line: end.line,
                end_column: end.column,
                byte_offset: l.span.start,
                byte_length: l.span.len(),
            },
        },
        id: None,
        message: None,
    }
}

/// Renders findings as a SARIF log, artifact URIs relative to the current
/// working directory.
pub fn render(findings: &[Finding], sources: &Sources<'_>, rules: &[&dyn Check]) -> String {
    let cwd = std::env::current_dir().ok();
    render_in(findings, sources, rules, cwd.as_deref())
}

/// Renders findings as a SARIF log, artifact URIs relative to `cwd`.
pub fn render_in(
    findings: &[Finding],
    sources: &Sources<'_>,
    rules: &[&dyn Check],
    cwd: Option<&Path>,
) -> String {
    super::json::to_string(|w| write_in(w, findings, sources, rules, cwd))
}

/// Writes [`render`]'s log to `w` as it serialises, one result at a time.
pub fn write<W: Write>(
    w: &mut W,
    findings: &[Finding],
    sources: &Sources<'_>,
    rules: &[&dyn Check],
) -> io::Result<()> {
    let cwd = std::env::current_dir().ok();
    write_in(w, findings, sources, rules, cwd.as_deref())
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule<'a> {
    id: &'a str,
    short_description: Text<'a>,
    full_description: Text<'a>,
    help: Help<'a>,
    help_uri: &'static str,
    default_configuration: Level,
}

#[derive(Serialize)]
struct Help<'a> {
    text: &'a str,
    markdown: &'a str,
}

#[derive(Serialize)]
struct Level {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'static str,
    version: &'static str,
    information_uri: &'static str,
    rules: Vec<Rule<'a>>,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a, R: Serialize> {
    tool: Tool<'a>,
    column_kind: &'static str,
    results: R,
}

#[derive(Serialize)]
struct Log<'a, R: Serialize> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a, R>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    level: &'static str,
    message: Message,
    locations: [Location<'a>; 1],
    related_locations: Vec<Location<'a>>,
}

#[derive(Serialize)]
struct Message {
    text: String,
}

/// The results, serialised one by one.
struct Results<'a> {
    findings: &'a [Finding],
    sources: &'a Sources<'a>,
    cwd: Option<&'a Path>,
}

impl Serialize for Results<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (sources, cwd) = (self.sources, self.cwd);
        s.collect_seq(self.findings.iter().map(|f| {
            let related = f
                .related
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    let mut loc = location(sources, l, cwd);
                    loc.id = Some(i);
                    loc.message = Some(Text { text: &l.message });
                    loc
                })
                .collect();
            SarifResult {
                rule_id: f.check,
                level: level(f.severity),
                message: Message {
                    text: format!("{} (help: {})", f.message, f.help),
                },
                locations: [location(sources, &f.primary, cwd)],
                related_locations: related,
            }
        }))
    }
}

/// Writes the SARIF log to `w`, artifact URIs relative to `cwd`.
pub fn write_in<W: Write>(
    w: &mut W,
    findings: &[Finding],
    sources: &Sources<'_>,
    rules: &[&dyn Check],
    cwd: Option<&Path>,
) -> io::Result<()> {
    let docs: Vec<String> = rules.iter().map(|c| checks::documentation(*c)).collect();
    let summaries: Vec<_> = rules.iter().map(|c| checks::summary(*c)).collect();
    let rules: Vec<Rule<'_>> = rules
        .iter()
        .zip(&docs)
        .zip(&summaries)
        .map(|((c, doc), summary)| Rule {
            id: c.id(),
            short_description: Text { text: summary },
            full_description: Text { text: doc },
            help: Help {
                text: doc,
                markdown: doc,
            },
            help_uri: HELP_URI,
            default_configuration: Level {
                level: level(c.default_severity()),
            },
        })
        .collect();
    let log = Log {
        schema: SCHEMA_URI,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "factlint",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: env!("CARGO_PKG_REPOSITORY"),
                    rules,
                },
            },
            column_kind: "unicodeCodePoints",
            results: Results {
                findings,
                sources,
                cwd,
            },
        }],
    };
    super::json::write_printable(w, &log)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_keep_only_unreserved_characters() {
        assert_eq!(encode_segment("my draft #2.txt"), "my%20draft%20%232.txt");
        assert_eq!(encode_segment("a-b_c~d.md"), "a-b_c~d.md");
        assert_eq!(encode_segment("café"), "caf%C3%A9");
        assert_eq!(encode_segment("50%:?"), "50%25%3A%3F");
        assert_eq!(encode_segment("b\u{1b}[31m"), "b%1B%5B31m");
    }

    #[cfg(unix)]
    #[test]
    fn uris_are_relative_to_the_working_directory() {
        let cwd = Some(Path::new("/home/ed/news"));
        assert_eq!(
            artifact_uri("drafts/my draft #2.txt", cwd),
            "drafts/my%20draft%20%232.txt"
        );
        assert_eq!(artifact_uri("./a.txt", cwd), "a.txt");
        assert_eq!(artifact_uri("/home/ed/news/x/a.txt", cwd), "x/a.txt");
        assert_eq!(artifact_uri("x/../y/a.txt", cwd), "y/a.txt");
        assert_eq!(artifact_uri("-", cwd), "-");
        assert_eq!(artifact_uri("a\\b.txt", cwd), "a/b.txt");
        assert_eq!(
            artifact_uri("../other/ü.md", cwd),
            "file:///home/ed/other/%C3%BC.md"
        );
        assert_eq!(
            artifact_uri("/srv/drafts/a b.txt", cwd),
            "file:///srv/drafts/a%20b.txt"
        );
        assert_eq!(artifact_uri("/", cwd), "file:///");
        assert_eq!(artifact_uri("../../../../a.txt", cwd), "file:///a.txt");
    }

    #[test]
    fn without_a_working_directory_relative_paths_stay_relative() {
        assert_eq!(artifact_uri("a/./b c.txt", None), "a/b%20c.txt");
        assert_eq!(artifact_uri("../a.txt", None), "../a.txt");
    }
}
