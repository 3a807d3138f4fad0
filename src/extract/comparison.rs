//! Figures given as a point of comparison (`up from $6 billion`, `$6
//! billion a year earlier`): read once at extraction and kept on the
//! quantity, so binding and automatic keys only read the flag.

use super::located::lower_same_offsets;
use crate::source::Span;

/// True for a figure given as the point of comparison — `up from $6 billion`,
/// `compared with 12%`, `$6 billion a year earlier` — which belongs to another
/// period than the figure it is compared with.
pub fn is_comparison(text: &str, span: Span) -> bool {
    let mut from = span.start.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = lower_same_offsets(text.get(from..span.start).unwrap_or(""));
    let before = before.trim_end();
    let lead = [
        "up from",
        "down from",
        "rose from",
        "fell from",
        "increased from",
        "decreased from",
        "compared with",
        "compared to",
        "versus",
        "vs",
        "vs.",
        "against",
        "from a year",
        "up from about",
    ];
    if lead.iter().any(|l| before.ends_with(l)) {
        return true;
    }
    let mut to = (span.end + 40).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = lower_same_offsets(text.get(span.end..to).unwrap_or(""));
    let clause = after.split(['.', ';', ',']).next().unwrap_or("");
    [
        "a year earlier",
        "a year ago",
        "a year before",
        "the year before",
        "the previous year",
        "in the year-earlier",
        "a quarter earlier",
        "the prior year",
    ]
    .iter()
    .any(|t| clause.contains(t))
}
