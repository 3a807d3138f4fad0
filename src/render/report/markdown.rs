//! The report as Markdown: the same summary, findings and fact tables as the
//! HTML page, intervals written as text instead of charts.
//!
//! Every draft-derived string goes through `cell`: one line, pipes escaped,
//! and `< > &` as character references, so a draft's markup renders as text
//! wherever the Markdown is shown.

use std::fmt::Write as _;

use super::model::{Evidence, GroupKind, ReportModel, STATUS_RULE};
use crate::finding::Severity;

/// `s` safe in a Markdown table cell or list item: on one line, `|` and `\`
/// escaped, `& < >` as character references, other control characters as
/// visible escapes (`\u{202e}`).
pub fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '\\' => out.push_str("\\\\"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if crate::render::is_hidden_control(c) => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

fn place(e: &Evidence) -> String {
    format!("{}:{}", cell(&e.file), e.line)
}

/// The whole Markdown report.
pub fn render(m: &ReportModel) -> String {
    let mut s = String::new();
    if m.stories.is_empty() {
        s.push_str("# Fact sheet\n\n");
    } else {
        let _ = writeln!(s, "# Fact sheet: {}\n", cell(&m.stories.join(", ")));
    }
    s.push_str("## Summary\n\n");
    let _ = writeln!(
        s,
        "- drafts: {}\n- claims: {}\n- findings: {} errors, {} warnings, {} notes\n",
        m.drafts.iter().filter(|d| !d.source).count(),
        m.claims(),
        m.count(Severity::Error),
        m.count(Severity::Warning),
        m.count(Severity::Note)
    );
    s.push_str("| claims by kind | count |\n|---|---:|\n");
    for (kind, n) in &m.claims_by_kind {
        let _ = writeln!(s, "| {} | {n} |", cell(kind));
    }
    s.push_str("\n| draft | claims | findings here |\n|---|---:|---:|\n");
    for d in &m.drafts {
        let _ = writeln!(
            s,
            "| {}{} | {} | {} |",
            cell(&d.path),
            if d.source { " (primary source)" } else { "" },
            d.marks.len(),
            d.findings.len()
        );
    }
    s.push_str("\n## Findings\n\n");
    if m.findings.is_empty() {
        s.push_str("No findings: the drafts do not contradict each other or the sheet.\n\n");
    }
    for (n, f) in m.findings.iter().enumerate() {
        let _ = writeln!(
            s,
            "{}. **{}** [{}] {} — {} “{}”\n   - help: {}",
            n + 1,
            f.severity.as_str(),
            f.check,
            cell(&f.message),
            place(&f.primary),
            cell(&f.primary.text),
            cell(&f.help)
        );
        for r in &f.related {
            let _ = writeln!(
                s,
                "   - {} “{}” {}",
                place(r),
                cell(&r.text),
                cell(&r.message)
            );
        }
    }
    s.push_str("\n## Fact tables\n");
    let mut section: Option<GroupKind> = None;
    for g in &m.groups {
        if section != Some(g.kind) {
            section = Some(g.kind);
            let _ = writeln!(s, "\n### {}", g.kind.section());
        }
        let verdict = g.verdict().map_or(String::new(), |v| format!(" — {v}"));
        let _ = writeln!(s, "\n#### {}{verdict}\n", cell(&g.title));
        let about: Vec<String> = g
            .about
            .iter()
            .map(|a| cell(a))
            .chain(
                g.fact_text
                    .iter()
                    .map(|f| format!("pinned fact: **{}**", cell(f))),
            )
            .collect();
        if !about.is_empty() {
            let _ = write!(s, "{}\n\n", about.join(" — "));
        }
        s.push_str(
            "| draft | line | claim | status | value | sentence |\n|---|---:|---|---|---|---|\n",
        );
        for r in &g.rows {
            let refs: String = r.findings.iter().map(|n| format!(" #{}", n + 1)).collect();
            let _ = writeln!(
                s,
                "| {} | {} | {} | {}{refs} | {} | {} |",
                cell(&r.draft),
                r.line,
                cell(&r.text),
                r.status.label(),
                cell(&r.value),
                cell(&r.sentence)
            );
        }
    }
    let _ = writeln!(s, "\n---\n\n**Status.** {STATUS_RULE}");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_keep_markup_as_text_on_one_line() {
        assert_eq!(
            cell("a|b\n<script>x</script>"),
            "a\\|b &lt;script&gt;x&lt;/script&gt;"
        );
        assert_eq!(cell("AT&T"), "AT&amp;T");
    }
}
