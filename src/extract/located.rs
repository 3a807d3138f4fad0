//! The one place that turns parser input back into byte spans.
//!
//! Every nom parser in factlint runs on `&str` slices of one document's text;
//! a slice knows where it sits in memory, so its offset from the document's
//! start is its byte position on disk. `Located` wraps that base text and is
//! the only code that does offset arithmetic; nom's `Offset` trait computes it.

use nom::Offset;

use crate::source::Span;

/// A document's text, able to turn any slice of it into a `Span`.
#[derive(Clone, Copy, Debug)]
pub struct Located<'a> {
    base: &'a str,
}

impl<'a> Located<'a> {
    /// Wraps the full text of one document.
    pub fn new(base: &'a str) -> Located<'a> {
        Located { base }
    }

    /// The full text.
    pub fn text(&self) -> &'a str {
        self.base
    }

    /// Byte offset of a slice of the base text.
    pub fn offset(&self, part: &str) -> usize {
        self.base.offset(part)
    }

    /// The span between a parser's input and the rest it returned.
    pub fn consumed(&self, input: &str, rest: &str) -> Span {
        Span::new(self.offset(input), self.offset(rest))
    }

    /// The span of a slice of the base text.
    pub fn span_of(&self, part: &str) -> Span {
        let start = self.offset(part);
        Span::new(start, start + part.len())
    }

    /// The text from `offset` to the end (empty when out of range or not on a char boundary).
    pub fn from(&self, offset: usize) -> &'a str {
        self.base.get(offset..).unwrap_or("")
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &'a str {
        self.base.get(span.start..span.end).unwrap_or("")
    }
}

/// Lower-cases `s` keeping every byte offset: a character whose lower case
/// has another byte length (`İ` → `i̇`, `ẞ` → `ß`) or is several characters
/// stays as written. A window of a document lower-cased with this can be
/// sliced with the document's own offsets; `str::to_lowercase` cannot be.
pub fn lower_same_offsets(s: &str) -> String {
    // ASCII bytes in one pass; the rare non-ASCII character with a lower
    // case of its own length is then written over itself.
    let mut out = s.to_ascii_lowercase();
    let b = s.as_bytes();
    let Some(mut i) = b.iter().position(|c| !c.is_ascii()) else {
        return out;
    };
    while i < b.len() {
        if b[i] < 0x80 {
            i += 1;
            continue;
        }
        let ch = s[i..].chars().next().unwrap_or(' ');
        let n = ch.len_utf8();
        if let Some(l) = lower_same_len(ch) {
            let mut tmp = [0u8; 4];
            out.replace_range(i..i + n, l.encode_utf8(&mut tmp));
        }
        i += n;
    }
    out
}

/// The lower case of a non-ASCII `ch` when it differs, is one character and
/// has the same UTF-8 length.
#[inline]
fn lower_same_len(ch: char) -> Option<char> {
    // Latin-1 punctuation (no-break space, `«`, `©`) and the punctuation,
    // super- and subscript and currency blocks (`’`, `“`, `—`, `€`) have no
    // other case: skip the table search for the commonest non-ASCII text.
    if matches!(ch, '\u{80}'..='\u{bf}' | '\u{2000}'..='\u{20ff}') {
        return None;
    }
    let mut lower = ch.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l != ch && l.len_utf8() == ch.len_utf8() => Some(l),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consumed_input_maps_to_its_byte_range() {
        let text = "cut “14,000” jobs";
        let loc = Located::new(text);
        let start = text.find('1').unwrap();
        let input = loc.from(start);
        let rest = &input[6..];
        assert_eq!(loc.consumed(input, rest), Span::new(start, start + 6));
        assert_eq!(loc.slice(Span::new(start, start + 6)), "14,000");
    }

    #[test]
    fn lower_case_keeps_offsets() {
        for s in ["İ5 ẞ", "ẞ1\u{202f}Ⱦ", "ACME Σ Ⅻ", "ǅ ǈ", "plain ASCII"] {
            let l = lower_same_offsets(s);
            assert_eq!(l.len(), s.len(), "{s}");
            for (i, _) in s.char_indices() {
                assert!(l.is_char_boundary(i), "{s} at {i}");
            }
        }
        assert_eq!(lower_same_offsets("Acme CUT Émile"), "acme cut émile");
    }

    /// What `lower_same_offsets` did one character at a time.
    fn lower_by_chars(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        for ch in s.chars() {
            let mut lower = ch.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == ch.len_utf8() => out.push(l),
                _ => out.push(ch),
            }
        }
        out
    }

    #[test]
    fn lower_case_matches_the_char_by_char_rule_for_every_character() {
        let all: String = (0..=0x10ffffu32).filter_map(char::from_u32).collect();
        assert_eq!(lower_same_offsets(&all), lower_by_chars(&all));
        for s in [
            "İ5 ẞ",
            "ẞ1\u{202f}Ⱦ",
            "“ACME” — Σ Ⅻ ’s",
            "ǅ ǈ",
            "plain ASCII",
            "",
        ] {
            assert_eq!(lower_same_offsets(s), lower_by_chars(s), "{s}");
        }
    }
}
