//! Inline suppressions written in the drafts themselves.
//!
//! In Markdown, `<!-- factlint-disable-next-line CHECK -->` silences CHECK on
//! the next line, and `<!-- factlint-disable CHECK -->` … `<!--
//! factlint-enable CHECK -->` silences it in between; in plain text, a line
//! `factlint: ignore CHECK` silences CHECK on the line after it. Without a
//! CHECK, every check is silenced. Several checks may be listed, separated by
//! spaces or commas. A finding is silenced when its primary label starts in a
//! silenced stretch.

use crate::finding::{Finding, Place};
use crate::source::{Document, LineIndex};

/// A silenced stretch of one document.
#[derive(Clone, Debug, PartialEq)]
struct Silence {
    checks: Vec<String>,
    start: usize,
    end: usize,
}

impl Silence {
    fn covers(&self, check: &str, at: usize) -> bool {
        self.start <= at
            && at < self.end
            && (self.checks.is_empty() || self.checks.iter().any(|c| c == check))
    }
}

fn checks_of(s: &str) -> Vec<String> {
    s.split([' ', ',', '\t'])
        .map(str::trim)
        .filter(|w| !w.is_empty() && *w != "-->")
        .map(str::to_string)
        .collect()
}

/// The silenced stretches of a document.
fn silences(doc: &Document) -> Vec<Silence> {
    let text = &doc.text;
    if !text.contains("factlint") {
        return Vec::new();
    }
    let lines = LineIndex::new(text);
    let starts = lines.starts();
    let line_span = |line: usize| -> (usize, usize) {
        let s = starts.get(line).copied().unwrap_or(text.len());
        let e = starts.get(line + 1).copied().unwrap_or(text.len());
        (s, e)
    };
    let mut out = Vec::new();
    let mut open: Vec<(Vec<String>, usize)> = Vec::new();
    for (line, &start) in starts.iter().enumerate() {
        let end = starts.get(line + 1).copied().unwrap_or(text.len());
        let l = &text[start..end];
        let rest_after = |marker: &str| {
            l.find(marker)
                .map(|p| l[p + marker.len()..].split("-->").next().unwrap_or(""))
        };
        if let Some(rest) =
            rest_after("factlint-disable-next-line").or_else(|| rest_after("factlint: ignore"))
        {
            let (s, e) = line_span(line + 1);
            out.push(Silence {
                checks: checks_of(rest),
                start: s,
                end: e,
            });
        } else if let Some(rest) = rest_after("factlint-disable") {
            open.push((checks_of(rest), end));
        } else if let Some(rest) = rest_after("factlint-enable") {
            let checks = checks_of(rest);
            if let Some(k) = open
                .iter()
                .rposition(|(c, _)| *c == checks || checks.is_empty())
            {
                let (c, s) = open.remove(k);
                out.push(Silence {
                    checks: c,
                    start: s,
                    end: start,
                });
            }
        }
    }
    for (checks, s) in open {
        out.push(Silence {
            checks,
            start: s,
            end: text.len(),
        });
    }
    out
}

/// Removes the findings the drafts silence.
pub fn apply(docs: &[Document], findings: &mut Vec<Finding>) {
    let silenced: Vec<Vec<Silence>> = docs.iter().map(silences).collect();
    findings.retain(|f| match f.primary.place {
        Place::Doc(d) => !silenced
            .get(d.0 as usize)
            .is_some_and(|s| s.iter().any(|x| x.covers(f.check, f.primary.span.start))),
        Place::Rules(_) => true,
    });
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
        let s = silences(&d);
        let x = d.text.find("CEO X").unwrap();
        let y = d.text.find("CEO Y").unwrap();
        assert!(s.iter().any(|z| z.covers("role-conflict", x)));
        assert!(!s.iter().any(|z| z.covers("role-conflict", y)));
        assert!(!s.iter().any(|z| z.covers("quote-drift", x)));
    }

    #[test]
    fn disable_enable_covers_the_stretch_between() {
        let d = doc("<!-- factlint-disable -->\none\ntwo\n<!-- factlint-enable -->\nthree\n");
        let s = silences(&d);
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
        assert!(silences(&d).iter().any(|z| z.covers("percent-of", 30)));
    }
}
