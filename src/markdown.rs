//! Markdown prose, mapped back to the file's byte offsets.
//!
//! Owns pulldown-cmark. Produces a copy of the document in which every byte
//! that is not prose — markup, code, HTML, link targets, front matter — is
//! replaced by a space (line breaks kept), so the prose keeps its exact byte
//! offsets and every later stage can treat Markdown like plain text.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The prose view of a Markdown file: same length, non-prose blanked.
pub fn prose(text: &str) -> String {
    let mut keep = vec![false; text.len()];
    let mut depth_code = 0usize;
    let mut paragraph_ends: Vec<usize> = Vec::new();
    let mut tables: Vec<Range<usize>> = Vec::new();
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    for (event, range) in Parser::new_ext(text, opts).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::MetadataBlock(_) | Tag::HtmlBlock) => {
                depth_code += 1
            }
            Event::End(TagEnd::CodeBlock | TagEnd::MetadataBlock(_) | TagEnd::HtmlBlock) => {
                depth_code = depth_code.saturating_sub(1)
            }
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableRow
                | TagEnd::TableHead,
            ) => paragraph_ends.push(range.end),
            Event::Start(Tag::Table(_)) => tables.push(range),
            Event::Text(_) if depth_code == 0 => mark(&mut keep, range),
            _ => {}
        }
    }
    let mut out: Vec<u8> = text
        .bytes()
        .zip(keep.iter())
        // Every byte of a non-prose character becomes a space, so multi-byte
        // characters are replaced whole and the result stays UTF-8.
        .map(|(b, &k)| {
            if k || b == b'\n' || b == b'\r' {
                b
            } else {
                b' '
            }
        })
        .collect();
    // A table's cell walls stay, as in a plain-text draft: `| Shehbaz Sharif
    // | PML-N |` is two cells, not one name.
    for t in tables {
        for (i, b) in text.as_bytes()[t.clone()].iter().enumerate() {
            if *b == b'|' {
                out[t.start + i] = b'|';
            }
        }
    }
    // Headings and list items are their own sentences even without a period.
    for end in paragraph_ends {
        if end > 0 && end <= out.len() && out[end - 1] != b'\n' {
            let at = end - 1;
            if out[at] == b' ' {
                out[at] = b'\n';
            }
        }
    }
    // Only ASCII bytes were changed into ASCII spaces, and only whole characters.
    String::from_utf8(out).unwrap_or_else(|_| " ".repeat(text.len()))
}

fn mark(keep: &mut [bool], range: Range<usize>) {
    for k in &mut keep[range] {
        *k = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_keeps_offsets_and_blanks_markup() {
        let md = "# Cuts\n\nAmazon cut **14,000** jobs, see [here](http://x.io/1).\n";
        let p = prose(md);
        assert_eq!(p.len(), md.len());
        let at = md.find("14,000").unwrap();
        assert_eq!(&p[at..at + 6], "14,000");
        assert!(!p.contains("http"));
        assert!(!p.contains("**"));
    }

    #[test]
    fn a_tables_cell_walls_stay() {
        let md = "| Candidate | Backed by |\n|---|---|\n| Shehbaz Sharif | PML-N |\n";
        let p = prose(md);
        assert_eq!(p.len(), md.len());
        assert!(p.contains("| Shehbaz Sharif | PML-N |"), "{p:?}");
        assert!(!p.contains("---"));
    }

    #[test]
    fn code_blocks_are_not_prose() {
        let md = "Text.\n\n```\nlet x = 15000;\n```\n";
        assert!(!prose(md).contains("15000"));
    }

    #[test]
    fn multibyte_markup_stays_valid_utf8() {
        let md = "`“x”` said “y”.";
        let p = prose(md);
        assert_eq!(p.len(), md.len());
        assert!(p.contains("“y”"));
    }
}
