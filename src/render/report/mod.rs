//! `factlint report`: the pre-publish fact sheet, as one self-contained HTML
//! page or as Markdown with the same tables.
//!
//! `model` builds what the sheet shows from the corpus and the findings
//! (fact tables per quantity, role and speaker, each claim's status); `html`,
//! `markdown` and `svg` lay it out. Everything here is pure: the command
//! writes the file. Every string taken from a draft or a rule file goes
//! through `escape_html` (HTML) or `markdown::cell` (Markdown).

pub mod html;
pub mod markdown;
pub mod model;
pub mod svg;

pub use model::{ReportModel, STATUS_RULE, Status, build};

/// `s` safe as HTML text and as a quoted attribute value: `& < > " '` as
/// character references, and control characters other than line breaks and
/// tabs (escape codes, bidirectional overrides that would reorder a line) as
/// visible escapes (`\u{202e}`), as everything factlint prints shows them.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\r' | '\t' => out.push(c),
            c if super::is_hidden_control(c) => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_quotes_become_references() {
        assert_eq!(
            escape_html("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(escape_html("</table>"), "&lt;/table&gt;");
        assert_eq!(
            escape_html("\" onmouseover=\"x"),
            "&quot; onmouseover=&quot;x"
        );
        assert_eq!(escape_html("it's A&B"), "it&#39;s A&amp;B");
        assert_eq!(escape_html("plain “text” ✓"), "plain “text” ✓");
        assert_eq!(
            escape_html("a\u{202e}b\x1b[2J\r\n"),
            "a\\u{202e}b\\u{1b}[2J\r\n"
        );
    }
}
