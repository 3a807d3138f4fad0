//! Inline suppressions written in the drafts themselves.
//!
//! In Markdown, `<!-- factlint-disable-next-line CHECK -->` silences CHECK on
//! the next line, and `<!-- factlint-disable CHECK -->` … `<!--
//! factlint-enable CHECK -->` silences it in between; in plain text, a line
//! `factlint: ignore CHECK` silences CHECK on the line after it. Without a
//! CHECK, every check is silenced. Several checks may be listed, separated by
//! spaces or commas. A finding is silenced when its primary label starts in a
//! silenced stretch.
//!
//! This stage reads the directives (`directives`) and removes the findings
//! they silence (`apply`); the `unused-suppression` check reads the same
//! directives to say which silence nothing.

use crate::finding::{Finding, Place};
use crate::source::{Document, LineIndex, Span};

/// One suppression comment and the stretch of its draft it silences.
#[derive(Clone, Debug, PartialEq)]
pub struct Directive {
    /// The directive's words (`factlint-disable-next-line role-conflict`).
    pub at: Span,
    /// The checks it names, each with where it names it; empty: every check.
    pub checks: Vec<(String, Span)>,
    /// The silenced stretch, `[start, end)`.
    pub silences: Span,
}

impl Directive {
    /// True when this directive silences `check` at byte `at`.
    pub fn covers(&self, check: &str, at: usize) -> bool {
        self.silences.start <= at
            && at < self.silences.end
            && (self.checks.is_empty() || self.checks.iter().any(|(c, _)| c == check))
    }
}

/// The checks a directive names in `rest` (which starts at byte `base`).
fn checks_of(rest: &str, base: usize) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for word in rest.split([' ', ',', '\t', '\r', '\n']) {
        let start = pos;
        pos += word.len() + 1;
        if word.is_empty() || word == "-->" {
            continue;
        }
        out.push((
            word.to_string(),
            Span::new(base + start, base + start + word.len()),
        ));
    }
    out
}

/// The suppression directives of a document, in text order.
pub fn directives(doc: &Document) -> Vec<Directive> {
    let text = &doc.text;
    if !text.contains("factlint") {
        return Vec::new();
    }
    let lines = LineIndex::new(text);
    let starts = lines.starts();
    let line_span = |line: usize| -> Span {
        let s = starts.get(line).copied().unwrap_or(text.len());
        let e = starts.get(line + 1).copied().unwrap_or(text.len());
        Span::new(s, e)
    };
    let mut out = Vec::new();
    let mut open: Vec<Directive> = Vec::new();
    for (line, &start) in starts.iter().enumerate() {
        let end = starts.get(line + 1).copied().unwrap_or(text.len());
        let l = &text[start..end];
        // The marker, where its words start (after it), and those words.
        let after = |marker: &str| {
            l.find(marker).map(|p| {
                let from = p + marker.len();
                let rest = l[from..].split("-->").next().unwrap_or("");
                let rest = rest.trim_end();
                (p, from, rest)
            })
        };
        let directive = |(p, from, rest): (usize, usize, &str), silences: Span| Directive {
            at: Span::new(start + p, start + from + rest.len()),
            checks: checks_of(rest, start + from),
            silences,
        };
        if let Some(found) =
            after("factlint-disable-next-line").or_else(|| after("factlint: ignore"))
        {
            out.push(directive(found, line_span(line + 1)));
        } else if let Some(found) = after("factlint-disable") {
            open.push(directive(found, Span::new(end, text.len())));
        } else if let Some((_, from, rest)) = after("factlint-enable") {
            let names: Vec<String> = checks_of(rest, start + from)
                .into_iter()
                .map(|(c, _)| c)
                .collect();
            let same = |d: &Directive| {
                names.is_empty() || d.checks.iter().map(|(c, _)| c).eq(names.iter())
            };
            if let Some(k) = open.iter().rposition(same) {
                let mut d = open.remove(k);
                d.silences.end = start;
                out.push(d);
            }
        }
    }
    out.extend(open);
    out.sort_by_key(|d| d.at.start);
    out
}

/// Removes the findings the drafts silence; returns how many it removed.
pub fn apply(docs: &[Document], findings: &mut Vec<Finding>) -> usize {
    let silenced: Vec<Vec<Directive>> = docs.iter().map(directives).collect();
    let before = findings.len();
    findings.retain(|f| match f.primary.place {
        Place::Doc(d) => !silenced
            .get(d.0 as usize)
            .is_some_and(|s| s.iter().any(|x| x.covers(f.check, f.primary.span.start))),
        Place::Rules(_) => true,
    });
    before - findings.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::DocId;

    fn doc(t: &str) -> Document {
        Document::new(DocId(0), "d.md", t)
    }

    #[test]
    fn next_line_directives_cover_only_the_next_line() {
        let d = doc("a\n<!-- factlint-disable-next-line role-conflict -->\nCEO X\nCEO Y\n");
        let s = directives(&d);
        let x = d.text.find("CEO X").unwrap();
        let y = d.text.find("CEO Y").unwrap();
        assert!(s.iter().any(|z| z.covers("role-conflict", x)));
        assert!(!s.iter().any(|z| z.covers("role-conflict", y)));
        assert!(!s.iter().any(|z| z.covers("quote-drift", x)));
    }

    #[test]
    fn disable_enable_covers_the_stretch_between() {
        let d = doc("<!-- factlint-disable -->\none\ntwo\n<!-- factlint-enable -->\nthree\n");
        let s = directives(&d);
        assert!(
            s.iter()
                .any(|z| z.covers("percent-of", d.text.find("two").unwrap()))
        );
        assert!(
            !s.iter()
                .any(|z| z.covers("percent-of", d.text.find("three").unwrap()))
        );
    }

    #[test]
    fn plain_text_uses_factlint_ignore() {
        let d = Document::new(
            DocId(0),
            "d.txt",
            "factlint: ignore percent-of\n15% of 100, or 30\n",
        );
        assert!(directives(&d).iter().any(|z| z.covers("percent-of", 30)));
    }

    #[test]
    fn directives_know_where_they_and_their_checks_are_written() {
        let d = doc("x\n<!-- factlint-disable-next-line role-conflict, quote-drift -->\ny\n");
        let ds = directives(&d);
        assert_eq!(ds.len(), 1);
        assert_eq!(
            d.slice(ds[0].at),
            "factlint-disable-next-line role-conflict, quote-drift"
        );
        let names: Vec<&str> = ds[0].checks.iter().map(|(_, s)| d.slice(*s)).collect();
        assert_eq!(names, ["role-conflict", "quote-drift"]);
    }

    #[test]
    fn apply_counts_what_it_removed() {
        use crate::finding::{Label, Severity};
        let d = doc("<!-- factlint-disable-next-line percent-of -->\n15% of 100, or 30\n");
        let at = d.text.find("15%").unwrap();
        let f = |check: &'static str| Finding {
            also: Vec::new(),
            check,
            rule: None,
            severity: Severity::Error,
            message: String::new(),
            primary: Label::doc(DocId(0), Span::new(at, at + 3), ""),
            related: Vec::new(),
            help: String::new(),
            suggestion: None,
        };
        let mut fs = vec![f("percent-of"), f("role-conflict")];
        assert_eq!(apply(std::slice::from_ref(&d), &mut fs), 1);
        assert_eq!(fs.len(), 1);
        assert_eq!(fs[0].check, "role-conflict");
    }
}
