//! Documents, byte spans and the line index.
//!
//! Owns the identity of a draft (`DocId`), the byte range type every later stage
//! speaks in (`Span`), and the conversion from byte offsets to 1-based
//! line/column that only the renderers need. It deliberately holds no I/O:
//! `load` builds `Document`s, everything else borrows them.

use std::fmt;

pub mod nfc;
pub mod primary;

pub use primary::SourceInfo;

/// Index of a document in the order the run loaded it.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct DocId(pub u32);

/// A byte range `[start, end)` into a document's text (its NFC form, which
/// is the text on disk for nearly every draft; see `Document::original_span`).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    serde::Serialize,
    serde::Deserialize,
)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside `self`.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// What kind of draft a document is, which decides how its prose is found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text: every byte is prose.
    Text,
    /// Markdown: markup, code and HTML are masked out of the prose.
    Markdown,
}

/// One loaded draft: its name as the user gave it and its text.
#[derive(Clone, Debug)]
pub struct Document {
    /// Position in the run's load order.
    pub id: DocId,
    /// The path as shown to the user (`-` for standard input).
    pub path: String,
    /// The file's text (load has checked it is UTF-8) in Unicode NFC, which
    /// every stage reads and every span points into.
    pub text: String,
    /// How the prose is found in `text`.
    pub format: Format,
    /// A draft, or a primary source the drafts are checked against.
    pub role: Role,
    /// When NFC changed the text: the file's own text and the way back to it.
    nfc: Option<Box<nfc::Nfc>>,
}

/// What a document is to the run: a draft to check, or a primary source
/// (evidence, never reported in).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Role {
    /// A draft: checked.
    #[default]
    Draft,
    /// A primary source: its claims are evidence; nothing is reported in it.
    Source(Box<SourceInfo>),
}

impl Document {
    /// Builds a document, choosing the format from the path's extension.
    pub fn new(id: DocId, path: impl Into<String>, text: impl Into<String>) -> Document {
        let path = path.into();
        let lower = path.to_ascii_lowercase();
        let format = if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Format::Markdown
        } else {
            Format::Text
        };
        let (mut text, nfc) = nfc::normalize(text.into());
        // Every draft is kept for the whole run: no spare capacity.
        text.shrink_to_fit();
        Document {
            id,
            path,
            text,
            format,
            role: Role::Draft,
            nfc,
        }
    }

    /// Builds a primary source: a document whose author, kind and speakers
    /// come from `author` and `kind` when given, else from its text
    /// (`SourceInfo::read`).
    pub fn source(
        id: DocId,
        path: impl Into<String>,
        text: impl Into<String>,
        author: Option<String>,
        kind: Option<String>,
    ) -> Document {
        let mut d = Document::new(id, path, text);
        d.role = Role::Source(Box::new(SourceInfo::read(&d.text, author, kind)));
        d
    }

    /// The source's author, kind and speakers; `None` for a draft.
    pub fn source_info(&self) -> Option<&SourceInfo> {
        match &self.role {
            Role::Source(s) => Some(s),
            Role::Draft => None,
        }
    }

    /// True for a primary source.
    pub fn is_source(&self) -> bool {
        matches!(self.role, Role::Source(_))
    }

    /// The text as in the file (differs from `text` only when the file was
    /// not in NFC): what is shown to the user.
    pub fn original_text(&self) -> &str {
        self.nfc.as_ref().map_or(&self.text, |n| &n.original)
    }

    /// The bytes of the file that a span of `text` stands for: the same
    /// span unless NFC changed the text.
    pub fn original_span(&self, span: Span) -> Span {
        self.nfc.as_ref().map_or(span, |n| n.original_span(span))
    }

    /// The source text under a span (empty when the span is out of range).
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }
}

/// Line starts of one text, for turning byte offsets into line/column.
///
/// A line ends at LF, CRLF or a lone CR (each one break). A UTF-8 byte-order
/// mark is not part of line 1: its first column is the character after it,
/// while offsets stay offsets into the text as on disk.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// For each line, the first byte at or after its start that is not
    /// ASCII (the text's length if none), built on the first `line_col`:
    /// a column before it is a count of bytes.
    plain: std::sync::OnceLock<Vec<usize>>,
    /// The length of the text indexed.
    len: usize,
}

/// A 1-based line and column; the column counts Unicode scalar values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column in characters.
    pub column: usize,
}

impl Default for LineCol {
    fn default() -> Self {
        LineCol { line: 1, column: 1 }
    }
}

/// The UTF-8 byte-order mark.
pub const BOM: &str = "\u{feff}";

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> LineIndex {
        let first = if text.starts_with(BOM) { BOM.len() } else { 0 };
        let mut starts = vec![first];
        let bytes = text.as_bytes();
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            // The CR of a CRLF is not a break of its own: the LF after it is.
            if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                continue;
            }
            starts.push(i + 1);
        }
        LineIndex {
            starts,
            plain: std::sync::OnceLock::new(),
            len: text.len(),
        }
    }

    /// The line starts, first line first (line 1 starts after a byte-order mark).
    pub fn starts(&self) -> &[usize] {
        &self.starts
    }

    /// 0-based line holding `offset` (a byte-order mark counts as line 1).
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// Each line's first non-ASCII byte at or after its start (`plain`).
    fn plain(&self, text: &str) -> &[usize] {
        self.plain.get_or_init(|| {
            let b = text.as_bytes();
            let mut next: Option<usize> = None;
            self.starts
                .iter()
                .map(|&s| {
                    if next.is_none_or(|n| n < s) {
                        next = Some(nfc::next_non_ascii(b, s.min(b.len())).unwrap_or(b.len()));
                    }
                    next.unwrap_or(b.len())
                })
                .collect()
        })
    }

    /// Line and column of a byte offset in `text` (the text this index was built from).
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = offset.min(text.len());
        let line = self.line_of(offset);
        let start = self.starts.get(line).copied().unwrap_or(0).min(offset);
        // ASCII up to the offset (most lines of prose, and the start of
        // most others): characters are bytes. Only for the text indexed.
        let plain = if text.len() == self.len {
            self.plain(text).get(line).copied().unwrap_or(start)
        } else {
            start
        };
        let column = if offset <= plain {
            offset - start
        } else {
            text.get(start..offset)
                .map(|s| s.chars().count())
                .unwrap_or(offset - start)
        };
        LineCol {
            line: line + 1,
            column: column + 1,
        }
    }
}

/// Where a label points: a draft, or a rule file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    /// A loaded draft.
    Doc(DocId),
    /// A loaded rule file, by its index in the run.
    Rules(usize),
}

/// A text file a diagnostic may point into that is not a draft (a rule set).
#[derive(Clone, Debug)]
pub struct OtherFile {
    /// Its path as shown.
    pub path: String,
    /// Its text.
    pub text: String,
}

/// The files findings point into, without copying their text.
pub struct Sources<'a> {
    docs: &'a [Document],
    others: &'a [OtherFile],
    lines: std::collections::HashMap<Place, LineIndex>,
}

impl<'a> Sources<'a> {
    /// Indexes the lines of every file the given places point into (the
    /// labels of the findings to print).
    pub fn new(
        docs: &'a [Document],
        others: &'a [OtherFile],
        places: impl IntoIterator<Item = Place>,
    ) -> Sources<'a> {
        let mut s = Sources {
            docs,
            others,
            lines: std::collections::HashMap::new(),
        };
        for place in places {
            if !s.lines.contains_key(&place)
                && let Some(text) = s.text(place)
            {
                let idx = LineIndex::new(text);
                s.lines.insert(place, idx);
            }
        }
        s
    }

    /// Indexes the lines of every non-draft file (for errors in rule and config files).
    pub fn with_all_others(mut self) -> Sources<'a> {
        for (i, f) in self.others.iter().enumerate() {
            self.lines
                .entry(Place::Rules(i))
                .or_insert_with(|| LineIndex::new(&f.text));
        }
        self
    }

    /// The text of a file as on disk (a draft's original text: the spans
    /// of labels rendered against it must have gone through
    /// `finding::to_original`).
    pub fn text(&self, place: Place) -> Option<&'a str> {
        match place {
            Place::Doc(d) => self.docs.get(d.0 as usize).map(Document::original_text),
            Place::Rules(i) => self.others.get(i).map(|f| f.text.as_str()),
        }
    }

    /// The path of a file.
    pub fn path(&self, place: Place) -> &'a str {
        match place {
            Place::Doc(d) => self.docs.get(d.0 as usize).map_or("?", |d| d.path.as_str()),
            Place::Rules(i) => self.others.get(i).map_or("?", |f| f.path.as_str()),
        }
    }

    /// The line index of a file.
    pub fn line_index_of(&self, place: Place) -> Option<&LineIndex> {
        self.lines.get(&place)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Columns read through the ASCII prefix of each line are the characters
    /// counted from the line's start, at every offset (mid-character ones too).
    #[test]
    fn columns_from_the_ascii_prefix_are_counted_characters() {
        let text = "\u{feff}ab “c” d\r\nplain line\ré\n\nx — y\nlast ascii";
        let idx = LineIndex::new(text);
        for offset in 0..=text.len() + 2 {
            let o = offset.min(text.len());
            let line = idx.line_of(o);
            let start = idx.starts()[line].min(o);
            let want = text.get(start..o).map_or(o - start, |s| s.chars().count());
            let got = idx.line_col(text, offset);
            assert_eq!((got.line, got.column), (line + 1, want + 1), "{offset}");
        }
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "ab\n“x” y";
        let idx = LineIndex::new(text);
        let y = text.find('y').unwrap();
        assert_eq!(idx.line_col(text, y), LineCol { line: 2, column: 5 });
    }

    #[test]
    fn first_byte_is_line_one_column_one() {
        let idx = LineIndex::new("hello");
        assert_eq!(idx.line_col("hello", 0), LineCol { line: 1, column: 1 });
    }

    fn at(text: &str, needle: &str) -> LineCol {
        let offset = text.find(needle).unwrap();
        LineIndex::new(text).line_col(text, offset)
    }

    #[test]
    fn lf_crlf_and_lone_cr_each_end_one_line() {
        let lc = |line, column| LineCol { line, column };
        assert_eq!(at("a\nb\nc", "c"), lc(3, 1));
        assert_eq!(at("a\r\nb\r\nc", "c"), lc(3, 1));
        assert_eq!(at("a\rb\rc", "c"), lc(3, 1));
        assert_eq!(at("a\r\rb\n\r\nc", "c"), lc(5, 1));
        assert_eq!(at("a\r\n xy", "y"), lc(2, 3));
    }

    #[test]
    fn a_trailing_lone_cr_starts_an_empty_last_line() {
        let text = "ab\r";
        assert_eq!(
            LineIndex::new(text).line_col(text, 3),
            LineCol { line: 2, column: 1 }
        );
    }

    #[test]
    fn columns_count_from_after_a_byte_order_mark() {
        let text = "\u{feff}Acme cut 500 jobs\nAcme";
        assert_eq!(at(text, "Acme"), LineCol { line: 1, column: 1 });
        assert_eq!(
            at(text, "500"),
            LineCol {
                line: 1,
                column: 10
            }
        );
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), LineCol { line: 1, column: 1 });
        assert_eq!(idx.line_of(0), 0);
        assert_eq!(idx.line_col(text, text.len() - 1).line, 2);
    }

    #[test]
    fn markdown_is_chosen_by_extension() {
        let d = Document::new(DocId(0), "a/b.Markdown", "");
        assert_eq!(d.format, Format::Markdown);
        assert_eq!(Document::new(DocId(0), "x.txt", "").format, Format::Text);
    }
}
