//! JSON output, stable and versioned (SPEC 5.1).
//!
//! Streamed: borrowed structs serialised straight to a writer, keys in a
//! fixed order, so memory does not grow with the output. Spans carry byte
//! offsets into the file on disk plus 1-based line and column (characters).
//! Numbers that are whole print without a fraction; unbounded ends are `null`.
//! serde escapes C0 control characters; the [`Printable`] formatter escapes
//! the rest a terminal would act on (DEL, C1, bidirectional controls), so
//! JSON printed to a terminal is as safe as the human output.

use std::collections::HashMap;
use std::io::{self, Write};

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use serde_json::Value;
use serde_json::ser::Formatter;

use super::tidy;

mod direct;
use crate::bind::Binding;
use crate::claim::ClaimId;
use crate::claim::{Claim, ClaimKind};
use crate::finding::{Finding, Label, Severity};
use crate::index::Corpus;
use crate::source::Sources;
use crate::source::{Document, LineIndex, Span};

fn hidden(c: char) -> bool {
    // C0 characters are escaped by serde already (and outside strings they
    // are JSON's own whitespace).
    c > '\u{7e}' && super::is_hidden_control(c)
}

/// The length of the hidden character (`hidden`) that `b` starts with, or 0:
/// DEL and C1 (U+007F–U+009F), U+061C, U+200E–F, U+202A–E and U+2066–9,
/// read from their UTF-8 bytes without decoding the text around them.
fn hidden_len(b: &[u8]) -> usize {
    match b {
        [0x7f, ..] => 1,
        [0xc2, 0x80..=0x9f, ..] | [0xd8, 0x9c, ..] => 2,
        [0xe2, 0x80, 0x8e | 0x8f | 0xaa..=0xae, ..] | [0xe2, 0x81, 0xa6..=0xa9, ..] => 3,
        _ => 0,
    }
}

/// A serialised JSON document with DEL, C1 and bidirectional control
/// characters written as `\uXXXX` escapes: the same JSON value, nothing a
/// terminal acts on. (They can only occur inside strings.)
pub fn printable(json: String) -> String {
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

/// serde_json's pretty printer (two-space indent) that also writes DEL, C1
/// and bidirectional control characters in strings as `\uXXXX` escapes: what
/// [`printable`] does to a whole document, done while streaming.
///
/// The layout is serde_json's `PrettyFormatter`'s, step for step (same
/// state: depth and whether the open array or object has a value), with
/// the line break and indent written at once, and a depth to start at, so
/// a value inside a document can be rendered on its own (`write_claims`
/// renders drafts' claims side by side).
pub struct Printable {
    depth: usize,
    has_value: bool,
}

impl Default for Printable {
    fn default() -> Self {
        Printable::at_depth(0)
    }
}

/// `,` then a line break then 64 levels of indent: one slice of it is the
/// start of every array value and object key.
const BREAK: &[u8; 130] = b",\n                                                                                                                                ";

impl Printable {
    /// A formatter for a value `depth` levels deep in a document.
    pub fn at_depth(depth: usize) -> Printable {
        Printable {
            depth,
            has_value: false,
        }
    }

    /// A line break (after a comma unless `first`) and the indent.
    fn line<W: ?Sized + Write>(&self, w: &mut W, first: bool) -> io::Result<()> {
        let from = usize::from(first);
        let spaces = 2 * self.depth;
        if spaces + 2 <= BREAK.len() {
            return w.write_all(&BREAK[from..spaces + 2]);
        }
        w.write_all(&BREAK[from..2])?;
        for _ in 0..self.depth {
            w.write_all(b"  ")?;
        }
        Ok(())
    }

    /// The close of an array or object.
    fn close<W: ?Sized + Write>(&mut self, w: &mut W, mark: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.line(w, true)?;
        }
        w.write_all(mark)
    }
}

impl Formatter for Printable {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let bytes = fragment.as_bytes();
        // No byte from DEL up (UTF-8 has no 0xff): nothing hidden. Summed
        // over the whole fragment, without stopping, so it vectorises.
        if bytes
            .iter()
            .fold(0u8, |a, &b| a | (b.wrapping_add(1) & 0x80))
            == 0
        {
            return w.write_all(bytes);
        }
        let mut from = 0;
        let mut i = 0;
        while let Some(at) = bytes[i..].iter().position(|&b| b == 0x7f || b >= 0xc2) {
            i += at;
            let len = hidden_len(&bytes[i..]);
            if len == 0 {
                i += 1;
                continue;
            }
            let c = fragment[i..].chars().next().map_or(0, u32::from);
            w.write_all(&bytes[from..i])?;
            write!(w, "\\u{c:04x}")?;
            i += len;
            from = i;
        }
        w.write_all(&bytes[from..])
    }
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(b"[")
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.line(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(b"{")
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.line(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Writes `value` pretty-printed through [`Printable`], then a newline.
pub fn write_printable<W: Write, T: Serialize + ?Sized>(w: &mut W, value: &T) -> io::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(&mut *w, Printable::default());
    value.serialize(&mut ser).map_err(io::Error::from)?;
    w.write_all(b"\n")
}

/// Runs a writing function on a buffer and returns what it wrote as text.
pub(crate) fn to_string(write: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> String {
    let mut buf = Vec::new();
    // Writing to a Vec fails only on a serialiser error, which the borrowed
    // structs here cannot raise; keep what was written either way.
    let _ = write(&mut buf);
    String::from_utf8(buf).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Version of every JSON document factlint prints.
pub const JSON_VERSION: u32 = 1;

/// A finite number as JSON (whole numbers as integers); infinities as `null`.
pub fn number(v: f64) -> Value {
    serde_json::to_value(Num(v)).unwrap_or(Value::Null)
}

/// A number serialised as [`number`] writes it.
#[derive(Clone, Copy, Debug)]
pub struct Num(pub f64);

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if !self.0.is_finite() {
            return s.serialize_unit();
        }
        let v = tidy(self.0);
        if v.fract() == 0.0 && v.abs() < 9.0e15 {
            s.serialize_i64(v as i64)
        } else {
            s.serialize_f64(v)
        }
    }
}

/// `{"start", "end", "line", "column"}`.
#[derive(Serialize)]
pub struct SpanJson {
    start: usize,
    end: usize,
    line: usize,
    column: usize,
}

/// The span of `doc.text` `s` as bytes of the file (`lines` indexes
/// `doc.original_text()`).
pub fn span(doc: &Document, lines: &LineIndex, s: Span) -> SpanJson {
    let s = doc.original_span(s);
    let lc = lines.line_col(doc.original_text(), s.start);
    SpanJson {
        start: s.start,
        end: s.end,
        line: lc.line,
        column: lc.column,
    }
}

/// What `claims` appends to a figure: the rule-set quantity it binds to, or
/// its automatic key.
enum Resolved<'a> {
    None,
    Quantity { id: &'a str, why: &'a str },
    Key(&'a crate::autokey::Keyed),
}

/// One claim as JSON: `file`, `span`, `text`, `kind` and the fields of its kind.
pub struct ClaimJson<'a> {
    doc: &'a Document,
    lines: &'a LineIndex,
    claim: &'a Claim,
    resolved: Resolved<'a>,
    /// What a primary source says of it, when one was matched.
    matched: Option<&'a super::claims::SourceMatch>,
}

/// A claim of `doc` ready to serialise.
pub fn claim<'a>(doc: &'a Document, lines: &'a LineIndex, c: &'a Claim) -> ClaimJson<'a> {
    ClaimJson {
        doc,
        lines,
        claim: c,
        resolved: Resolved::None,
        matched: None,
    }
}

#[derive(Serialize)]
struct KeyJson<'a> {
    key: Option<String>,
    why: &'a str,
}

#[derive(Serialize)]
struct SourceInfoJson<'a, A: Serialize, K: Serialize> {
    author: &'a A,
    kind: &'a K,
}

#[derive(Serialize)]
struct SourceJson<'a> {
    status: &'a str,
    place: &'a str,
    text: &'a str,
    how: &'a str,
}

#[derive(Serialize)]
struct QuantityJson<'a> {
    id: &'a str,
    why: &'a str,
}

impl Serialize for ClaimJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (doc, c) = (self.doc, self.claim);
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("file", &doc.path)?;
        m.serialize_entry("span", &span(doc, self.lines, c.span))?;
        let shown = doc.original_span(c.span);
        m.serialize_entry(
            "text",
            doc.original_text()
                .get(shown.start..shown.end)
                .unwrap_or(""),
        )?;
        m.serialize_entry("kind", c.kind_name())?;
        match &c.kind {
            ClaimKind::Quantity(q) => {
                m.serialize_entry("value", &q.value.map(Num))?;
                m.serialize_entry("low", &Num(q.interval.low))?;
                m.serialize_entry("high", &Num(q.interval.high))?;
                m.serialize_entry("unit", q.unit.as_str())?;
                m.serialize_entry("currency", &q.currency)?;
                m.serialize_entry("noun", &q.noun)?;
                m.serialize_entry("qualifier", &q.qualifier.as_ref().map(|x| x.words.as_str()))?;
                m.serialize_entry("direction", &q.qualifier.as_ref().map(|x| x.kind.as_str()))?;
                if let Some(p) = &q.period {
                    m.serialize_entry("period", &p.to_string())?;
                }
                if q.vague {
                    m.serialize_entry("vague", &true)?;
                }
            }
            ClaimKind::Entity(e) => {
                m.serialize_entry("name", &e.name)?;
            }
            ClaimKind::Role(r) => {
                m.serialize_entry("org", &r.org)?;
                m.serialize_entry("title", &r.title)?;
                m.serialize_entry("title_key", &r.title_key)?;
                m.serialize_entry("person", &r.person)?;
                m.serialize_entry("qualifier", &r.qualifier)?;
            }
            ClaimKind::Quote(q) => {
                m.serialize_entry("speaker", &q.speaker)?;
                m.serialize_entry("quote", &q.quote)?;
            }
        }
        if let Some(info) = doc.source_info() {
            m.serialize_entry(
                "in_source",
                &SourceInfoJson {
                    author: &info.author,
                    kind: &info.kind,
                },
            )?;
        }
        if let Some(x) = self.matched {
            m.serialize_entry(
                "source",
                &SourceJson {
                    status: x.status,
                    place: &x.place,
                    text: &x.text,
                    how: &x.how,
                },
            )?;
        }
        match &self.resolved {
            Resolved::None => {}
            Resolved::Quantity { id, why } => {
                m.serialize_entry("quantity", &QuantityJson { id, why })?;
            }
            Resolved::Key(k) => m.serialize_entry(
                "key",
                &KeyJson {
                    key: k.key.as_ref().map(|key| key.to_string()),
                    why: &k.why,
                },
            )?,
        }
        m.end()
    }
}

/// A label as JSON: `file`, `span`, `text`, `message`.
#[derive(Serialize)]
struct LabelJson<'a> {
    file: &'a str,
    span: SpanJson,
    text: &'a str,
    message: &'a str,
}

fn label<'a>(sources: &Sources<'a>, l: &'a Label) -> LabelJson<'a> {
    let text = sources.text(l.place).unwrap_or("");
    let lc = sources
        .line_index_of(l.place)
        .map(|idx| idx.line_col(text, l.span.start))
        .unwrap_or(crate::source::LineCol { line: 1, column: 1 });
    LabelJson {
        file: sources.path(l.place),
        span: SpanJson {
            start: l.span.start,
            end: l.span.end,
            line: lc.line,
            column: lc.column,
        },
        text: text.get(l.span.start..l.span.end).unwrap_or(""),
        message: &l.message,
    }
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

#[cfg(test)]
#[derive(Serialize)]
struct DiagnosticJson<'a> {
    check: &'a str,
    rule: &'a Option<String>,
    severity: &'static str,
    message: &'a str,
    file: &'a str,
    span: SpanJson,
    text: &'a str,
    related: Vec<LabelJson<'a>>,
    help: &'a str,
}

/// Serialises its items one by one as a JSON array.
#[cfg(test)]
struct Stream<F>(F);

#[cfg(test)]
impl<I, F> Serialize for Stream<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

#[cfg(test)]
#[derive(Serialize)]
struct SummaryJson {
    files: usize,
    claims: usize,
    errors: usize,
    warnings: usize,
    notes: usize,
    suppressed: usize,
}

#[cfg(test)]
#[derive(Serialize)]
struct DiagnosticsJson<D: Serialize> {
    version: u32,
    diagnostics: D,
    summary: SummaryJson,
}

/// `{"version": 1, "diagnostics": [...], "summary": {...}}` (SPEC 5.1).
pub fn diagnostics(findings: &[Finding], sources: &Sources<'_>, summary: Summary) -> String {
    to_string(|w| write_diagnostics(w, findings, sources, summary))
}

/// Writes [`diagnostics`] to `w` as it serialises, one diagnostic at a time.
pub fn write_diagnostics<W: Write>(
    w: &mut W,
    findings: &[Finding],
    sources: &Sources<'_>,
    summary: Summary,
) -> io::Result<()> {
    direct::write_diagnostics(w, findings, sources, summary)
}

/// The diagnostics document as `Serialize` structs: what
/// `direct::write_diagnostics` is tested against.
#[cfg(test)]
fn diagnostics_json<'a>(
    findings: &'a [Finding],
    sources: &'a Sources<'a>,
    summary: Summary,
) -> impl Serialize + 'a {
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let diagnostics = Stream(move || {
        findings.iter().map(|f| {
            let p = label(sources, &f.primary);
            DiagnosticJson {
                check: f.check,
                rule: &f.rule,
                severity: f.severity.as_str(),
                message: &f.message,
                file: p.file,
                span: p.span,
                text: p.text,
                related: f.related.iter().map(|l| label(sources, l)).collect(),
                help: &f.help,
            }
        })
    });
    DiagnosticsJson {
        version: JSON_VERSION,
        diagnostics,
        summary: SummaryJson {
            files: summary.files,
            claims: summary.claims,
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            notes: count(Severity::Note),
            suppressed: summary.suppressed,
        },
    }
}

/// `{"version": 1, "claims": [...]}` for every claim of every document; a
/// figure bound to a rule-set quantity carries `"quantity": {"id", "why"}`,
/// any other figure `"key": {"key", "why"}` (`key` null when it has none).
pub fn claims(corpus: &Corpus<'_>) -> String {
    to_string(|w| write_claims(w, corpus))
}

/// The first binding of each bound claim.
pub(crate) fn bindings_by_claim(bindings: &[Binding]) -> HashMap<ClaimId, &Binding> {
    let mut by = HashMap::with_capacity(bindings.len());
    for b in bindings {
        by.entry(b.claim).or_insert(b);
    }
    by
}

/// Writes [`claims`] to `w` as it serialises, a batch of drafts at a time
/// (`claims::write_json`).
pub fn write_claims<W: Write>(w: &mut W, corpus: &Corpus<'_>) -> io::Result<()> {
    super::claims::write_json(w, corpus, 1 << 20)
}

/// Claim `id` of `corpus` as `claims` prints it: with the rule-set
/// quantity of its binding, else its automatic key, and its source match.
pub(super) fn corpus_claim<'a>(
    corpus: &'a Corpus<'_>,
    id: ClaimId,
    lines: &'a LineIndex,
    bound: Option<&'a Binding>,
    matched: Option<&'a super::claims::SourceMatch>,
) -> ClaimJson<'a> {
    let resolved = if let Some(b) = bound {
        Resolved::Quantity {
            id: &corpus.rules[b.set].quantities[b.quantity].id,
            why: &b.why,
        }
    } else if let Some(k) = corpus.keyed_of(id) {
        Resolved::Key(k)
    } else {
        Resolved::None
    };
    ClaimJson {
        doc: &corpus.docs[id.doc],
        lines,
        claim: &corpus.extractions[id.doc].claims[id.claim],
        resolved,
        matched,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
    fn the_streaming_formatter_escapes_as_printable_does() {
        let v =
            json!({"t\u{202e}": ["a\x1b[2J\u{9b}1m\u{202e}\x7f", 1.5, null, {"k": "é\u{2066}"}]});
        let whole = printable(serde_json::to_string_pretty(&v).unwrap()) + "\n";
        let mut streamed = Vec::new();
        write_printable(&mut streamed, &v).unwrap();
        assert_eq!(String::from_utf8(streamed).unwrap(), whole);
    }

    /// The indent past the prepared run of spaces is written as serde does.
    #[test]
    fn deep_values_are_indented_as_serde_indents_them() {
        let mut v = json!(["x", {"k": []}, {}]);
        for _ in 0..80 {
            v = json!({ "a": [v, 1] });
        }
        let mut ours = Vec::new();
        write_printable(&mut ours, &v).unwrap();
        let serde = serde_json::to_string_pretty(&v).unwrap() + "\n";
        assert_eq!(String::from_utf8(ours).unwrap(), serde);
    }

    /// `hidden_len` finds exactly the characters `hidden` names.
    #[test]
    fn hidden_characters_are_found_from_their_bytes() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let s = c.encode_utf8(&mut buf);
            let want = if hidden(c) { c.len_utf8() } else { 0 };
            assert_eq!(hidden_len(s.as_bytes()), want, "{:x}", c as u32);
        }
    }

    #[test]
    fn whole_numbers_print_as_integers() {
        assert_eq!(number(14000.0).to_string(), "14000");
        assert_eq!(number(39.449999999999996).to_string(), "39.45");
        assert_eq!(number(f64::INFINITY), Value::Null);
    }
}
