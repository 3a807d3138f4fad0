//! Rendering: plain data → what the user reads. The only output formatting.
//!
//! Renderers return strings; the command layer writes them. Line and column
//! are computed here, from byte spans, and nowhere earlier.
//!
//! Drafts, file names and rule files are untrusted text: whatever is printed
//! for a terminal (human, short, github, the claims table, errors) shows
//! their control characters as visible escapes (`\u{1b}`), so a draft cannot
//! clear the screen, retitle the terminal or reorder a line. JSON and SARIF
//! escape them as JSON does.

pub mod claims;
pub mod github;
pub mod human;
pub mod json;
pub mod report;
pub mod sarif;
pub mod short;
pub mod window;

/// True for a character a terminal would act on rather than show: C0 and C1
/// controls, DEL, and the bidirectional controls that reorder a line.
pub fn is_hidden_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn escape_controls<'a>(s: &'a str, keep: &[char]) -> std::borrow::Cow<'a, str> {
    let hidden = |c: char| is_hidden_control(c) && !keep.contains(&c);
    if !s.chars().any(hidden) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if hidden(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

pub use crate::labels::{human_number, tidy};

/// `s` for one line of a terminal: every control character (newlines and
/// tabs too) as a visible escape, `\u{1b}`.
pub fn visible(s: &str) -> std::borrow::Cow<'_, str> {
    escape_controls(s, &[])
}

/// `s` for a terminal, keeping its layout: control characters other than
/// newline and tab as visible escapes.
pub fn visible_text(s: &str) -> std::borrow::Cow<'_, str> {
    escape_controls(s, &['\n', '\t'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_visible_escapes() {
        assert_eq!(visible("a\x1b[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(visible("\x1b]0;x\x07"), "\\u{1b}]0;x\\u{7}");
        assert_eq!(
            visible("x\u{9b}y\u{202e}z\u{7f}"),
            "x\\u{9b}y\\u{202e}z\\u{7f}"
        );
        assert_eq!(visible("tab\tline\n"), "tab\\u{9}line\\u{a}");
        assert_eq!(visible_text("tab\tline\n\r"), "tab\tline\n\\u{d}");
        assert_eq!(visible("plain “text” ✓"), "plain “text” ✓");
    }

    #[test]
    fn human_numbers_group_thousands() {
        assert_eq!(human_number(14000.0), "14,000");
        assert_eq!(human_number(167.65e9), "167,650,000,000");
        assert_eq!(human_number(39.449999999999996), "39.45");
        assert_eq!(human_number(f64::INFINITY), "∞");
        assert_eq!(human_number(-1.5), "-1.5");
    }
}
