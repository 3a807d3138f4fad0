//! Findings as LSP diagnostics: byte offsets to UTF-16 positions, file paths
//! to `file:` URIs, and a `Finding` to a `Diagnostic` with its related
//! information.
//!
//! LSP counts a position's character in UTF-16 code units on its line; a
//! line ends at LF, CRLF or a lone CR, as `source::LineIndex` says, and a
//! UTF-8 byte-order mark is not part of line 0 (editors drop it from the
//! buffer).

use std::path::{Path, PathBuf};

use lsp_types::{
    Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString,
    Position, Range, Uri,
};

use crate::finding::{Finding, Label, Severity};
use crate::source::{LineIndex, Span};

/// A text with its line index, for turning byte offsets into LSP positions.
pub struct Text<'a> {
    text: &'a str,
    lines: LineIndex,
}

impl<'a> Text<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> Text<'a> {
        Text {
            text,
            lines: LineIndex::new(text),
        }
    }

    /// The LSP position of a byte offset: 0-based line, UTF-16 code units
    /// into it. An offset past the end is the end; one inside a character
    /// is that character's start; one inside a CRLF is the line's end.
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.lines.line_of(offset);
        let start = self.lines.starts().get(line).copied().unwrap_or(0);
        let before = self.text.get(start.min(offset)..offset).unwrap_or("");
        let before = before.trim_end_matches('\r');
        let character = before.encode_utf16().count();
        Position {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            character: u32::try_from(character).unwrap_or(u32::MAX),
        }
    }

    /// The byte offset of an LSP position: a character past the line's end
    /// is the line's end, a line past the last is the text's end, and a
    /// position inside a surrogate pair is the character's start.
    pub fn offset(&self, position: Position) -> usize {
        let starts = self.lines.starts();
        let Some(&start) = starts.get(position.line as usize) else {
            return self.text.len();
        };
        let end = starts
            .get(position.line as usize + 1)
            .copied()
            .unwrap_or(self.text.len());
        let line = &self.text[start..end];
        let line = line.trim_end_matches(['\n', '\r']);
        let mut units = 0u32;
        for (i, c) in line.char_indices() {
            units += c.len_utf16() as u32;
            if units > position.character {
                return start + i;
            }
        }
        start + line.len()
    }

    /// The LSP range of a byte span.
    pub fn range(&self, span: Span) -> Range {
        Range {
            start: self.position(span.start),
            end: self.position(span.end.max(span.start)),
        }
    }
}

/// The `file:` URI of an absolute path, every byte outside the unreserved
/// set (and `/`) percent-encoded.
pub fn path_to_uri(path: &Path) -> Option<Uri> {
    let text = path.to_str()?;
    let text = text.replace('\\', "/");
    let mut uri = String::from("file://");
    if !text.starts_with('/') {
        // A Windows drive path: `file:///C:/…`.
        uri.push('/');
    }
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            uri.push(char::from(b));
        } else if b == b':' && uri.len() == "file:///C".len() {
            uri.push(':');
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.parse().ok()
}

/// The path a `file:` URI names (`file:///a/b`, `file://localhost/a/b`),
/// percent-decoded; `None` for another scheme, a remote host or a path that
/// is not UTF-8.
pub fn uri_to_path(uri: &str) -> Option<PathBuf> {
    let rest = uri
        .strip_prefix("file://")
        .or_else(|| uri.strip_prefix("FILE://"))?;
    let rest = rest.split(['?', '#']).next().unwrap_or("");
    let slash = rest.find('/')?;
    let host = &rest[..slash];
    if !(host.is_empty() || host.eq_ignore_ascii_case("localhost")) {
        return None;
    }
    let bytes = percent_decode(&rest[slash..])?;
    let path = String::from_utf8(bytes).ok()?;
    // `file:///C:/x` names `C:/x` on Windows.
    let path = match path.as_bytes() {
        [b'/', d, b':', ..] if cfg!(windows) && d.is_ascii_alphabetic() => path[1..].to_string(),
        _ => path,
    };
    Some(PathBuf::from(path))
}

/// `%XX` escapes decoded; `None` for a malformed escape.
fn percent_decode(s: &str) -> Option<Vec<u8>> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Some(out)
}

/// The LSP severity of a finding's severity.
pub fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Note => DiagnosticSeverity::INFORMATION,
    }
}

/// Where a label points, for related information: the file's URI and its
/// indexed text (`None` when the file is not known).
pub type Locate<'l, 'a> = dyn Fn(&Label) -> Option<(Uri, &'l Text<'a>)> + 'l;

/// A finding as a diagnostic of the draft `text` holds: range, severity,
/// the check id as code, `factlint` as source, the message with its help,
/// and the related labels (in other drafts, the same draft, or a rule file)
/// as related information.
pub fn diagnostic(finding: &Finding, text: &Text<'_>, locate: &Locate<'_, '_>) -> Diagnostic {
    let mut message = finding.message.clone();
    if !finding.help.is_empty() {
        message.push_str("\nhelp: ");
        message.push_str(&finding.help);
    }
    let related: Vec<DiagnosticRelatedInformation> = finding
        .related
        .iter()
        .filter_map(|label| {
            let (uri, other) = locate(label)?;
            Some(DiagnosticRelatedInformation {
                location: Location {
                    uri,
                    range: other.range(label.span),
                },
                message: label.message.clone(),
            })
        })
        .collect();
    Diagnostic {
        range: text.range(finding.primary.span),
        severity: Some(severity(finding.severity)),
        code: Some(NumberOrString::String(finding.check.to_string())),
        code_description: None,
        source: Some("factlint".into()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(text: &str, offset: usize) -> (u32, u32) {
        let p = Text::new(text).position(offset);
        (p.line, p.character)
    }

    #[test]
    fn ascii_positions_are_byte_columns() {
        let t = "one\ntwo three\n";
        assert_eq!(pos(t, 0), (0, 0));
        assert_eq!(pos(t, 4), (1, 0));
        assert_eq!(pos(t, t.find("three").unwrap()), (1, 4));
        assert_eq!(pos(t, t.len()), (2, 0));
        assert_eq!(pos(t, t.len() + 10), (2, 0));
    }

    #[test]
    fn non_ascii_counts_utf16_units() {
        // é is 2 bytes and 1 unit; ’ is 3 bytes and 1 unit.
        let t = "x\ncafé’s CEO";
        assert_eq!(pos(t, t.find("CEO").unwrap()), (1, 7));
        // An offset inside é is é's start.
        let e = t.find('é').unwrap();
        assert_eq!(pos(t, e + 1), (1, 3));
    }

    #[test]
    fn astral_characters_are_two_units() {
        let t = "a😀b 𝔸c";
        assert_eq!(pos(t, t.find('b').unwrap()), (0, 3));
        assert_eq!(pos(t, t.find('c').unwrap()), (0, 7));
    }

    #[test]
    fn crlf_and_lone_cr_end_lines() {
        let t = "ab\r\ncd\ref";
        assert_eq!(pos(t, t.find('c').unwrap()), (1, 0));
        assert_eq!(pos(t, t.find('e').unwrap()), (2, 0));
        // Between CR and LF: the end of line 0.
        assert_eq!(pos(t, 3), (0, 2));
        assert_eq!(pos(t, 2), (0, 2));
    }

    #[test]
    fn a_byte_order_mark_is_not_a_column() {
        let t = "\u{feff}Andy";
        assert_eq!(pos(t, t.find('A').unwrap()), (0, 0));
        assert_eq!(pos(t, t.len()), (0, 4));
    }

    #[test]
    fn offsets_invert_positions() {
        let t = "ab\r\ncafé 😀 x\nlast";
        let text = Text::new(t);
        for (i, _) in t.char_indices() {
            if t[..i].ends_with('\r') {
                continue;
            }
            assert_eq!(text.offset(text.position(i)), i, "offset {i}");
        }
        let at = |line, character| text.offset(Position { line, character });
        assert_eq!(at(0, 99), 2);
        assert_eq!(at(9, 0), t.len());
        // Inside the surrogate pair of 😀: its start.
        assert_eq!(at(1, 6), t.find('😀').unwrap());
    }

    #[test]
    fn ranges_cover_spans() {
        let t = "CEO Andy Garcetti said";
        let start = t.find("Andy").unwrap();
        let r = Text::new(t).range(Span::new(start, start + "Andy Garcetti".len()));
        assert_eq!((r.start.character, r.end.character), (4, 17));
    }

    #[test]
    fn uris_round_trip_with_escapes() {
        let p = Path::new("/tmp/drafts é/a b#1.md");
        let uri = path_to_uri(p).unwrap();
        assert_eq!(uri.as_str(), "file:///tmp/drafts%20%C3%A9/a%20b%231.md");
        assert_eq!(uri_to_path(uri.as_str()).unwrap(), p);
        assert_eq!(
            uri_to_path("file://localhost/x/y.txt").unwrap(),
            Path::new("/x/y.txt")
        );
    }

    #[test]
    fn other_uris_are_refused() {
        assert_eq!(uri_to_path("untitled:Untitled-1"), None);
        assert_eq!(uri_to_path("file://server/share/a.md"), None);
        assert_eq!(uri_to_path("file:///a%zz.md"), None);
        assert_eq!(uri_to_path("file:///a%FF.md"), None);
    }
}
