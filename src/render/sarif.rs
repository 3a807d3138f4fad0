//! SARIF 2.1.0 output, for code-scanning dashboards.
//!
//! One run with factlint as the tool, every check as a rule (with its summary
//! and default level), and every finding as a result whose location is the
//! primary label and whose related locations are the evidence.

use serde_json::{Value, json};

use crate::checks::{self, Check};
use crate::finding::{Finding, Label, Severity};
use crate::source::Sources;

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

fn location(sources: &Sources<'_>, l: &Label) -> Value {
    let (start, end) = match (sources.line_index_of(l.place), sources.text(l.place)) {
        (Some(idx), Some(text)) => (
            idx.line_col(text, l.span.start),
            idx.line_col(text, l.span.end),
        ),
        _ => Default::default(),
    };
    json!({
        "physicalLocation": {
            "artifactLocation": {"uri": sources.path(l.place).replace('\\', "/")},
            "region": {
                "startLine": start.line,
                "startColumn": start.column,
                "endLine": end.line,
                "endColumn": end.column,
                "byteOffset": l.span.start,
                "byteLength": l.span.len(),
            }
        }
    })
}

/// Renders findings as a SARIF log.
pub fn render(findings: &[Finding], sources: &Sources<'_>, rules: &[&dyn Check]) -> String {
    let rules: Vec<Value> = rules
        .iter()
        .map(|c| {
            json!({
                "id": c.id(),
                "shortDescription": {"text": checks::summary(*c)},
                "fullDescription": {"text": checks::documentation(*c)},
                "defaultConfiguration": {"level": level(c.default_severity())},
            })
        })
        .collect();
    let results: Vec<Value> = findings
        .iter()
        .map(|f| {
            let related: Vec<Value> = f
                .related
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    let mut loc = location(sources, l);
                    loc["id"] = json!(i);
                    loc["message"] = json!({"text": l.message});
                    loc
                })
                .collect();
            json!({
                "ruleId": f.check,
                "level": level(f.severity),
                "message": {"text": format!("{} (help: {})", f.message, f.help)},
                "locations": [location(sources, &f.primary)],
                "relatedLocations": related,
            })
        })
        .collect();
    let log = json!({
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "factlint", "version": env!("CARGO_PKG_VERSION"), "rules": rules}},
            "results": results,
        }]
    });
    let mut s = super::json::printable(serde_json::to_string_pretty(&log).unwrap_or_default());
    s.push('\n');
    s
}
