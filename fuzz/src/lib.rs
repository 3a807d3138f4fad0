//! Helpers shared by the fuzz targets: a generator of drafts biased toward
//! what factlint's extraction finds hard, and checks on its output.

use factlint::extract::{self, ExtractOptions, Extraction};
use factlint::source::{DocId, Document};

/// Fragments the biased generator draws from: figures, currency signs,
/// straight and curly quotes, NBSP and thin spaces, characters whose case
/// mapping changes their byte length, Markdown, and the words around figures
/// and attributions that extraction keys on.
#[rustfmt::skip]
pub const FRAGMENTS: &[&str] = &[
    // figures
    "0", "1", "7", "12", "3.5", "1,200", "6,000", "1.2 million", "40%", "12.5 per cent", "½",
    "a third", "two", "fifteen", "hundred", "billion", "bn", "m", "k", "2023", "Q3", "1990s",
    "-", "–", "—", "+", "/", "x", "×", "·", "−", "1st", "%", "‰", ".", ",", ":", ";",
    // currency
    "$", "£", "€", "¥", "₹", "US$", "USD", "EUR", "£1.5bn", "$300m", "€2,5", "¢", "₿",
    // quotes
    "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "`",
    // spaces
    " ", " ", " ", "\u{00A0}", "\u{2009}", "\u{202F}", "\u{200B}", "\u{3000}", "\t", "\n",
    "\n\n", "\r", "\r\n", "\u{FEFF}", "\u{2028}",
    // case-changing and combining characters
    "İ", "ı", "ẞ", "ß", "Ⱦ", "ⱦ", "Ⱥ", "Σ", "ς", "σ", "ǅ", "ﬁ", "Å", "K", "Ω", "ʼn", "ΐ",
    "e\u{301}", "\u{0308}", "Ｆ", "𝐀", "😀", "ͅ", "Ꭰ", "ꭰ", "ȿ", "Ɑ", "ɐ",
    // words extraction keys on
    "according to ", "said", " says ", "told", "chief executive", "CEO", "spokesperson", "Acme",
    "Corvid Ltd", "Ms ", "Mr. ", "Dr ", "Smith", "Jane", "O'Brien", "ÉMILE", "Ölçer",
    "rose from ", " to ", "fell", "up", "down", "by", " of ", "or", "and", "total", "staff",
    "employees", "jobs", "cut", "lay off", "revenue", "profit", "in ", "year", "per", "about",
    "nearly", "more than", "at least", "between", "(", ")", "[", "]",
    // Markdown
    "# ", "## ", "* ", "- ", "1. ", "> ", "**", "_", "~~", "```\n", "`code`", "[link](http://x)",
    "<b>", "</b>", "<!-- ", " -->", "| a | b |\n|---|---|\n", "    ", "\\", "&nbsp;", "&amp;",
    "![img](x.png)", "[^1]", "---\n",
    // letters
    "a", "e", "s", "t", "A", "T", "The ", "It ",
    // added later, at the end so earlier inputs keep most of their meaning:
    // a fragment glued to what follows it
    "according to", "Reuters", "…", "reported", "announced", "1,500", "10%", "İ5",
];

/// Turns fuzz bytes into text by picking a fragment per byte.
pub fn biased(data: &[u8]) -> String {
    let mut s = String::with_capacity(data.len() * 4);
    for &b in data {
        s.push_str(FRAGMENTS[b as usize % FRAGMENTS.len()]);
    }
    s
}

/// Extracts `text` as a plain draft and as Markdown, and checks each claim's
/// span: in range, on character boundaries, and sorted.
pub fn extract_both(text: &str) {
    for path in ["draft.txt", "draft.md"] {
        let doc = Document::new(DocId(0), path, text);
        let ex = extract::extract(&doc, &ExtractOptions::default());
        check_spans(&doc, &ex);
    }
}

/// Every claim's span lies inside the text, on character boundaries.
pub fn check_spans(doc: &Document, ex: &Extraction) {
    for c in &ex.claims {
        let (a, b) = (c.span.start, c.span.end);
        assert!(a <= b && b <= doc.text.len(), "span {a}..{b} out of range");
        assert!(
            doc.text.is_char_boundary(a) && doc.text.is_char_boundary(b),
            "span {a}..{b} not on char boundaries"
        );
    }
    for s in &ex.sentences {
        let (a, b) = (s.span.start, s.span.end);
        assert!(
            a <= b && b <= doc.text.len(),
            "sentence {a}..{b} out of range"
        );
        assert!(
            doc.text.is_char_boundary(a) && doc.text.is_char_boundary(b),
            "sentence {a}..{b} not on char boundaries"
        );
    }
}

/// Splits one input into at most `max` drafts at NUL bytes or form feeds.
pub fn split_drafts(text: &str, max: usize) -> Vec<Document> {
    text.split(['\0', '\u{c}'])
        .take(max)
        .enumerate()
        .map(|(i, t)| {
            let path = if i % 2 == 0 {
                format!("d{i}.txt")
            } else {
                format!("d{i}.md")
            };
            Document::new(DocId(i as u32), path, t)
        })
        .collect()
}

/// The drafts the `pipeline` target builds from its input, and whether it
/// adds the rule set: the first byte chooses (bit 0: raw UTF-8 or biased
/// text, where byte 0xFF separates drafts; bit 1: the rule set), the rest is
/// split into at most four drafts at NUL or form feed.
pub fn pipeline_input(data: &[u8]) -> Option<(Vec<Document>, bool)> {
    let (&mode, rest) = data.split_first()?;
    let text = if mode & 1 == 0 {
        std::str::from_utf8(rest).ok()?.to_string()
    } else {
        rest.split(|&b| b == 0xFF)
            .map(biased)
            .collect::<Vec<_>>()
            .join("\0")
    };
    Some((split_drafts(&text, 4), mode & 2 != 0))
}
