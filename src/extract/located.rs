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
}
