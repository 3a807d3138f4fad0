//! GitHub Actions annotations: `::error file=…,line=…,col=…,title=…::message`.
//!
//! Each finding becomes one workflow command, so findings show on the pull
//! request's diff. Values are escaped as the workflow-command syntax requires,
//! and other control characters are shown as escapes (`\u{1b}`), since the
//! Actions log interprets terminal escape sequences.

use crate::finding::{Finding, Severity};
use crate::source::Sources;

fn escape_data(s: &str) -> String {
    let s = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    super::visible(&s).into_owned()
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Renders findings as GitHub workflow commands.
pub fn render(findings: &[Finding], sources: &Sources<'_>) -> String {
    let mut out = String::new();
    for f in findings {
        let level = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "notice",
        };
        let (line, col) = super::short::position(sources, f);
        let end = match (
            sources.line_index_of(f.primary.place),
            sources.text(f.primary.place),
        ) {
            (Some(idx), Some(text)) => idx.line_col(text, f.primary.span.end),
            _ => crate::source::LineCol { line, column: col },
        };
        out.push_str(&format!(
            "::{level} file={},line={line},col={col},endLine={},endColumn={},title={}::{}\n",
            escape_property(sources.path(f.primary.place)),
            end.line,
            end.column,
            escape_property(&format!("factlint {}", f.check)),
            escape_data(&format!("{} (help: {})", f.message, f.help))
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties_escape_colons_and_commas() {
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
        assert_eq!(escape_data("x\ny"), "x%0Ay");
        assert_eq!(escape_data("a\x1b[2J"), "a\\u{1b}[2J");
    }
}
