//! JSON output, stable and versioned (SPEC 5.1).
//!
//! Builds `serde_json::Value`s with keys in a fixed order. Spans carry byte
//! offsets into the file on disk plus 1-based line and column (characters).
//! Numbers that are whole print without a fraction; unbounded ends are `null`.
//! serde escapes C0 control characters; `printable` escapes the rest a
//! terminal would act on (DEL, C1, bidirectional controls), so JSON printed to
//! a terminal is as safe as the human output.

use serde_json::{Map, Value, json};

use super::tidy;
use crate::claim::ClaimId;
use crate::claim::{Claim, ClaimKind};
use crate::finding::{Finding, Label, Severity};
use crate::index::Corpus;
use crate::source::Sources;
use crate::source::{Document, LineIndex, Span};

/// A serialised JSON document with DEL, C1 and bidirectional control
/// characters written as `\uXXXX` escapes: the same JSON value, nothing a
/// terminal acts on. (They can only occur inside strings.)
pub fn printable(json: String) -> String {
    // C0 characters outside strings are JSON's own whitespace; inside strings
    // serde has escaped them already.
    let hidden = |c: char| c > '\u{7e}' && super::is_hidden_control(c);
    if !json.chars().any(hidden) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if hidden(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Version of every JSON document factlint prints.
pub const JSON_VERSION: u32 = 1;

/// A finite number as JSON (whole numbers as integers); infinities as `null`.
pub fn number(v: f64) -> Value {
    if !v.is_finite() {
        return Value::Null;
    }
    let v = tidy(v);
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        json!(v as i64)
    } else {
        json!(v)
    }
}

/// `{"start", "end", "line", "column"}` of a span of `doc.text`, as bytes
/// of the file (`lines` indexes `doc.original_text()`).
pub fn span(doc: &Document, lines: &LineIndex, s: Span) -> Value {
    let s = doc.original_span(s);
    let lc = lines.line_col(doc.original_text(), s.start);
    json!({"start": s.start, "end": s.end, "line": lc.line, "column": lc.column})
}

/// One claim as JSON: `file`, `span`, `text`, `kind` and the fields of its kind.
pub fn claim(doc: &Document, lines: &LineIndex, c: &Claim) -> Value {
    let mut m = Map::new();
    m.insert("file".into(), json!(doc.path));
    m.insert("span".into(), span(doc, lines, c.span));
    let shown = doc.original_span(c.span);
    m.insert(
        "text".into(),
        json!(
            doc.original_text()
                .get(shown.start..shown.end)
                .unwrap_or("")
        ),
    );
    m.insert("kind".into(), json!(c.kind_name()));
    match &c.kind {
        ClaimKind::Quantity(q) => {
            m.insert("value".into(), q.value.map_or(Value::Null, number));
            m.insert("low".into(), number(q.interval.low));
            m.insert("high".into(), number(q.interval.high));
            m.insert("unit".into(), json!(q.unit.as_str()));
            m.insert("currency".into(), json!(q.currency));
            m.insert("noun".into(), json!(q.noun));
            m.insert(
                "qualifier".into(),
                json!(q.qualifier.as_ref().map(|x| x.words.as_str())),
            );
            m.insert(
                "direction".into(),
                json!(q.qualifier.as_ref().map(|x| x.kind.as_str())),
            );
            if q.period.is_some() {
                m.insert(
                    "period".into(),
                    json!(q.period.as_ref().map(|p| p.to_string())),
                );
            }
            if q.vague {
                m.insert("vague".into(), json!(true));
            }
        }
        ClaimKind::Entity(e) => {
            m.insert("name".into(), json!(e.name));
        }
        ClaimKind::Role(r) => {
            m.insert("org".into(), json!(r.org));
            m.insert("title".into(), json!(r.title));
            m.insert("title_key".into(), json!(r.title_key));
            m.insert("person".into(), json!(r.person));
            m.insert("qualifier".into(), json!(r.qualifier));
        }
        ClaimKind::Quote(q) => {
            m.insert("speaker".into(), json!(q.speaker));
            m.insert("quote".into(), json!(q.quote));
        }
    }
    Value::Object(m)
}

/// A label as JSON: `file`, `span`, `text`, `message`.
fn label(sources: &Sources<'_>, l: &Label) -> Value {
    let text = sources.text(l.place).unwrap_or("");
    let lc = sources
        .line_index_of(l.place)
        .map(|idx| idx.line_col(text, l.span.start))
        .unwrap_or(crate::source::LineCol { line: 1, column: 1 });
    json!({
        "file": sources.path(l.place),
        "span": {"start": l.span.start, "end": l.span.end, "line": lc.line, "column": lc.column},
        "text": text.get(l.span.start..l.span.end).unwrap_or(""),
        "message": l.message,
    })
}

/// Counts for the `summary` object.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Drafts read.
    pub files: usize,
    /// Claims extracted.
    pub claims: usize,
    /// Findings silenced by the drafts' suppression comments.
    pub suppressed: usize,
}

/// `{"version": 1, "diagnostics": [...], "summary": {...}}` (SPEC 5.1).
pub fn diagnostics(findings: &[Finding], sources: &Sources<'_>, summary: Summary) -> String {
    let diags: Vec<Value> = findings
        .iter()
        .map(|f| {
            let p = label(sources, &f.primary);
            json!({
                "check": f.check,
                "rule": f.rule,
                "severity": f.severity.as_str(),
                "message": f.message,
                "file": p["file"],
                "span": p["span"],
                "text": p["text"],
                "related": f.related.iter().map(|l| label(sources, l)).collect::<Vec<_>>(),
                "help": f.help,
            })
        })
        .collect();
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let v = json!({
        "version": JSON_VERSION,
        "diagnostics": diags,
        "summary": {
            "files": summary.files,
            "claims": summary.claims,
            "errors": count(Severity::Error),
            "warnings": count(Severity::Warning),
            "notes": count(Severity::Note),
            "suppressed": summary.suppressed,
        }
    });
    let mut s = printable(serde_json::to_string_pretty(&v).unwrap_or_default());
    s.push('\n');
    s
}

/// `{"version": 1, "claims": [...]}` for every claim of every document; a
/// figure bound to a rule-set quantity carries `"quantity": {"id", "why"}`,
/// any other figure `"key": {"key", "why"}` (`key` null when it has none).
pub fn claims(corpus: &Corpus<'_>) -> String {
    let keyed: std::collections::HashMap<ClaimId, &crate::autokey::Keyed> =
        corpus.keyed.iter().map(|k| (k.claim, k)).collect();
    let matched = super::claims::source_matches(corpus);
    let mut all = Vec::new();
    for (d, (doc, ex)) in corpus.docs.iter().zip(&corpus.extractions).enumerate() {
        let lines = LineIndex::new(doc.original_text());
        for (k, c) in ex.claims.iter().enumerate() {
            let mut v = claim(doc, &lines, c);
            if let Some(info) = doc.source_info() {
                v["in_source"] = json!({"author": info.author, "kind": info.kind});
            }
            if let Some(m) = matched.get(&ClaimId { doc: d, claim: k }) {
                v["source"] = json!({
                    "status": m.status,
                    "place": m.place,
                    "text": m.text,
                    "how": m.how,
                });
            }
            if let Some(b) = corpus
                .bindings
                .iter()
                .find(|b| b.claim == ClaimId { doc: d, claim: k })
            {
                let id = &corpus.rules[b.set].quantities[b.quantity].id;
                v["quantity"] = json!({"id": id, "why": b.why});
            } else if let Some(k) = keyed.get(&ClaimId { doc: d, claim: k }) {
                let key = k.key.as_ref().map(|key| key.to_string());
                v["key"] = json!({"key": key, "why": k.why});
            }
            all.push(v);
        }
    }
    let v = json!({"version": JSON_VERSION, "claims": all});
    let mut s = printable(serde_json::to_string_pretty(&v).unwrap_or_default());
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_escapes_every_control_character() {
        let s =
            serde_json::to_string_pretty(&json!({"t": "a\x1b[2J\u{9b}1m\u{202e}\x7f"})).unwrap();
        let s = printable(s);
        assert_eq!(s, "{\n  \"t\": \"a\\u001b[2J\\u009b1m\\u202e\\u007f\"\n}");
        let back: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back["t"], "a\x1b[2J\u{9b}1m\u{202e}\x7f");
    }

    #[test]
    fn whole_numbers_print_as_integers() {
        assert_eq!(number(14000.0).to_string(), "14000");
        assert_eq!(number(39.449999999999996).to_string(), "39.45");
        assert_eq!(number(f64::INFINITY), Value::Null);
    }
}
