//! Short output: one finding a line, `path:line:col: severity[check]: message`.
//!
//! For editors' quickfix lists and for grep. Control characters in paths and
//! messages are shown as escapes (`\u{1b}`).

use crate::finding::Finding;
use crate::source::Sources;

/// Renders findings one a line.
pub fn render(findings: &[Finding], sources: &Sources<'_>) -> String {
    let mut out = String::new();
    for f in findings {
        let (line, col) = position(sources, f);
        out.push_str(&format!(
            "{}:{line}:{col}: {}[{}]: {}\n",
            super::visible(sources.path(f.primary.place)),
            f.severity,
            f.check,
            super::visible(&f.message)
        ));
    }
    out
}

/// 1-based line and column of a finding's primary label.
pub fn position(sources: &Sources<'_>, f: &Finding) -> (usize, usize) {
    match (
        sources.line_index_of(f.primary.place),
        sources.text(f.primary.place),
    ) {
        (Some(idx), Some(text)) => {
            let lc = idx.line_col(text, f.primary.span.start);
            (lc.line, lc.column)
        }
        _ => (1, 1),
    }
}
