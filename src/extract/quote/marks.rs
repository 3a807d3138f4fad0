//! Where quotations start and end: quote marks read paragraph by paragraph.
//!
//! Pages carry quotes imperfectly, so the reading is forgiving:
//!
//! - `“…”`, straight `"…"` and the two mixed (`“…"`, `"…”`) are one kind of
//!   mark; British `‘…’` only when opened by a left single mark (`’` is also
//!   an apostrophe); single marks nest inside double ones.
//! - A multi-paragraph quote, news style, leaves each paragraph open and opens
//!   the next with a mark: one quote, across blank lines too.
//! - A quote never closed runs to the end of its paragraph, and on through a
//!   single line break until a closing mark, a new opening mark or a blank
//!   line; at the end of the text it ends there.
//!
//! Every mark is looked at once (`memchr`), so the scan is linear in the text,
//! however many quotes are left open. What it does not do: decide who speaks
//! (`quote.rs`) or which words are compared (`words.rs`).

use crate::extract::sentence::Sentence;
use crate::source::Span;

const OPEN_DOUBLE: char = '\u{201c}';
const CLOSE_DOUBLE: char = '\u{201d}';
const OPEN_SINGLE: char = '\u{2018}';
const CLOSE_SINGLE: char = '\u{2019}';

/// A quotation: the quote with its marks, the quoted words, and the paragraph
/// of its opening mark.
pub type QuoteSpans = (Span, Span, u32);

/// A quote still open.
#[derive(Clone, Copy)]
struct Open {
    /// Byte of the opening mark.
    at: usize,
    /// The opening mark.
    mark: char,
    /// Paragraph of the opening mark.
    para: u32,
    /// Inside a nested single quote.
    nested: bool,
    /// Run on past its paragraph through a single line break, with no mark
    /// opening the next line: a new opening mark now ends it.
    running_on: bool,
    /// End of the text the quote covers so far.
    end: usize,
}

/// Finds the top-level quotations of `text`, in order.
pub fn spans(text: &str, sentences: &[Sentence]) -> Vec<QuoteSpans> {
    let mut out = Vec::new();
    let mut open: Option<Open> = None;
    let mut prev_end: Option<usize> = None;
    let mut k = 0;
    while k < sentences.len() {
        // One paragraph: consecutive sentences with the same paragraph number.
        let para = sentences[k].paragraph;
        let start = sentences[k].span.start;
        let mut end = sentences[k].span.end;
        while k < sentences.len() && sentences[k].paragraph == para {
            end = sentences[k].span.end;
            k += 1;
        }
        let mut from = start;
        if let Some(mut o) = open.take() {
            let blank = prev_end.is_some_and(|e| blank_between(text, e, start));
            let first = text[start..].chars().next();
            if first.is_some_and(|c| continues(o.mark, c)) {
                // `"…¶"…`: the next paragraph of the same quote.
                from = start + first.map_or(1, char::len_utf8);
                o.nested = false;
                o.running_on = false;
                open = Some(o);
            } else if blank {
                close_unclosed(text, o, &mut out);
            } else {
                o.running_on = true;
                open = Some(o);
            }
        }
        open = paragraph(text, Span::new(from, end), para, open, &mut out);
        if let Some(o) = open.as_mut() {
            o.end = end;
        }
        prev_end = Some(end);
    }
    if let Some(o) = open {
        close_unclosed(text, o, &mut out);
    }
    out
}

/// True when the white space between two paragraphs holds a blank line.
fn blank_between(text: &str, a: usize, b: usize) -> bool {
    text.get(a..b)
        .is_some_and(|gap| memchr::memchr_iter(b'\n', gap.as_bytes()).nth(1).is_some())
}

/// True when a paragraph opening with `c` continues a quote opened with `mark`.
fn continues(mark: char, c: char) -> bool {
    match mark {
        OPEN_SINGLE => c == OPEN_SINGLE,
        _ => c == '"' || c == OPEN_DOUBLE,
    }
}

/// Ends a quote left open where the text it covers ends.
fn close_unclosed(text: &str, o: Open, out: &mut Vec<QuoteSpans>) {
    let end = text[..o.end].trim_end().len();
    let inner_start = o.at + open_len(text, o.at);
    if end > inner_start {
        out.push((Span::new(o.at, end), Span::new(inner_start, end), o.para));
    }
}

/// A mark that opens a quote where it stands: after a space or at a line's
/// start, before a word (`said "we`, not `we," said`).
fn opens_here(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '\u{2014}' | '\u{2013}'))
        && next.is_some_and(|n| !n.is_whitespace())
}

/// The quotes of one paragraph (`p`), given the quote still open from the one
/// before; returns the quote left open at its end.
fn paragraph(
    text: &str,
    p: Span,
    para: u32,
    mut open: Option<Open>,
    out: &mut Vec<QuoteSpans>,
) -> Option<Open> {
    let s = &text[p.start..p.end];
    let closed = |o: &Open, at: usize, len: usize| {
        (
            Span::new(o.at, at + len),
            Span::new(o.at + open_len(text, o.at), at),
            o.para,
        )
    };
    // Only `"` and the curly marks (all led by byte 0xE2) can open or close a quote.
    for i in memchr::memchr2_iter(b'"', 0xE2, s.as_bytes()) {
        let Some(c) = s[i..].chars().next() else {
            continue;
        };
        if !matches!(
            c,
            '"' | OPEN_DOUBLE | CLOSE_DOUBLE | OPEN_SINGLE | CLOSE_SINGLE
        ) {
            continue;
        }
        let next = s[i + c.len_utf8()..].chars().next();
        let prev = s[..i].chars().next_back();
        let at = p.start + i;
        let new = |mark| Open {
            at,
            mark,
            para,
            nested: false,
            running_on: false,
            end: p.end,
        };
        // A quote run on past its line ends at the next quote's opening mark.
        if let Some(o) = open
            && o.running_on
            && (c == OPEN_DOUBLE || (c == '"' && opens_here(prev, next)))
        {
            close_unclosed(text, Open { end: at, ..o }, out);
            open = Some(new(c));
            continue;
        }
        match (open, c) {
            (None, OPEN_DOUBLE | '"') => open = Some(new(c)),
            (None, OPEN_SINGLE) if next.is_some_and(|n| !n.is_whitespace()) => open = Some(new(c)),
            (Some(o), '"' | CLOSE_DOUBLE) if o.mark != OPEN_SINGLE => {
                out.push(closed(&o, at, c.len_utf8()));
                open = None;
            }
            (Some(o), OPEN_SINGLE) if o.mark != OPEN_SINGLE => {
                open = Some(Open { nested: true, ..o })
            }
            (Some(o), CLOSE_SINGLE)
                if o.mark != OPEN_SINGLE && o.nested && !next.is_some_and(char::is_alphabetic) =>
            {
                open = Some(Open { nested: false, ..o })
            }
            (Some(o), CLOSE_SINGLE)
                if o.mark == OPEN_SINGLE
                    && !next.is_some_and(char::is_alphabetic)
                    && !prev.is_some_and(char::is_whitespace) =>
            {
                out.push(closed(&o, at, c.len_utf8()));
                open = None;
            }
            _ => {}
        }
    }
    open
}

fn open_len(text: &str, at: usize) -> usize {
    text[at..].chars().next().map(char::len_utf8).unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentence;

    fn quoted(t: &str) -> Vec<&str> {
        let s = sentence::split(t);
        spans(t, &s)
            .into_iter()
            .map(|(_, i, _)| &t[i.start..i.end])
            .collect()
    }

    #[test]
    fn finds_curly_and_straight_quotes() {
        assert_eq!(quoted("He said “yes,” and \"no\"."), vec!["yes,", "no"]);
    }

    #[test]
    fn single_quotes_nest_inside_double_ones() {
        assert_eq!(
            quoted("“He called it ‘bold’ today,” she said."),
            vec!["He called it ‘bold’ today,"]
        );
    }

    #[test]
    fn british_single_quotes_are_quotes_but_apostrophes_are_not() {
        assert_eq!(
            quoted("‘We’re ready,’ said Ms Smith of Amazon’s unit."),
            vec!["We’re ready,"]
        );
    }

    #[test]
    fn a_curly_opening_closes_with_a_straight_mark_and_the_other_way_round() {
        assert_eq!(
            quoted("“We are ready,\" she said, and \"we mean it,” he said."),
            vec!["We are ready,", "we mean it,"]
        );
    }

    #[test]
    fn an_unclosed_quote_ends_at_a_blank_line() {
        assert_eq!(
            quoted("“We will grow.\n\nNext paragraph."),
            vec!["We will grow."]
        );
    }

    #[test]
    fn an_unclosed_quote_runs_on_through_a_single_line_break_to_its_closing_mark() {
        assert_eq!(
            quoted("“We will grow\nin every market,” she said. Then \"more\"."),
            vec!["We will grow\nin every market,", "more"]
        );
    }

    #[test]
    fn an_unclosed_quote_running_on_ends_at_a_new_opening_mark() {
        assert_eq!(
            quoted("“We will grow.\nShe added: “And we will hire.”"),
            vec!["We will grow.\nShe added:", "And we will hire."]
        );
        assert_eq!(
            quoted("\"We will grow.\nShe added: \"And we will hire.\""),
            vec!["We will grow.\nShe added:", "And we will hire."]
        );
    }

    #[test]
    fn an_unclosed_quote_ends_with_the_text() {
        assert_eq!(quoted("He said “we will grow  \n"), vec!["we will grow"]);
        assert!(quoted("He said “").is_empty());
    }

    #[test]
    fn a_multi_paragraph_quote_is_one_quote() {
        let t = "Smith wrote:\n\n“We grew.\n\n“We will grow again,” she said.\n\nNext.";
        assert_eq!(quoted(t), vec!["We grew.\n\n“We will grow again,"]);
    }

    #[test]
    fn a_multi_paragraph_quote_ends_at_a_paragraph_that_opens_without_a_mark() {
        let t = "\"We grew.\n\n\"We will grow again.\n\nAnalysts were unconvinced.";
        assert_eq!(quoted(t), vec!["We grew.\n\n\"We will grow again."]);
    }

    #[test]
    fn many_unclosed_quotes_take_linear_time_and_never_panic() {
        let t = "“a\n".repeat(20_000) + "“é";
        let started = std::time::Instant::now();
        let q = quoted(&t);
        assert_eq!(q.len(), 1);
        assert!(started.elapsed().as_secs() < 5);
        for t in ["\"", "“", "”", "‘", "\n\"\n", "“\n\n”", "a “\u{e9}"] {
            let _ = quoted(t);
        }
    }
}
