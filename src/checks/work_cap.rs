//! # work-cap
//!
//! ## What it checks
//! Text where factlint stopped reading because a work cap was reached: a
//! sentence listing more figures than automatic keys are read for
//! (`MAX_FIGURES_PER_SENTENCE`, 64). Its figures get no automatic key, so
//! they are not compared with the other drafts.
//!
//! ## Why it matters
//! factlint's time grows linearly with the text; the few places where that
//! needs a cap (a table pasted as one line, a list of thousands of figures)
//! are reported rather than skipped in silence, so a clean run never hides
//! text that was not read.
//!
//! ## Example
//! Fires once on a sentence listing 65 or more figures (`Acme cut 5 jobs and
//! 5 jobs and …`). Stays silent on ordinary sentences of a handful of figures.
//!
//! ## Options
//! Severity note: it never fails a run unless `--deny notes` is given. Turn it
//! off with `checks: {work-cap: off}`.
//!
//! ## Limits
//! Other caps bound what is shown rather than what is read: a conflict cites
//! at most 16 figures as evidence; a numeral is read a dozen separator groups
//! at a time. A rule set's invariant tries at most 256 combinations of
//! figures and says so in a note of its own.

use std::collections::BTreeMap;

use super::{Check, Context, Violation};
use crate::autokey::MAX_FIGURES_PER_SENTENCE;
use crate::finding::{Label, Severity};
use crate::source::Span;

/// The `work-cap` check.
pub struct WorkCap;

impl Check for WorkCap {
    fn id(&self) -> &'static str {
        "work-cap"
    }

    fn default_severity(&self) -> Severity {
        Severity::Note
    }

    fn source(&self) -> &'static str {
        include_str!("work_cap.rs")
    }

    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
        // Capped figures by (draft, sentence): one note per sentence.
        let mut by_sentence: BTreeMap<(usize, u32), usize> = BTreeMap::new();
        for k in cx.corpus.keyed.iter().filter(|k| k.capped) {
            let c = cx.corpus.claim(k.claim);
            *by_sentence.entry((k.claim.doc, c.sentence)).or_default() += 1;
        }
        for ((doc, sentence), figures) in by_sentence {
            let Some(s) = cx.corpus.extractions[doc].sentences.get(sentence as usize) else {
                continue;
            };
            let d = &cx.corpus.docs[doc];
            // Underline the sentence's first line at most, up to 80 bytes.
            let mut end = s.span.start + (s.span.end - s.span.start).min(80);
            while !d.text.is_char_boundary(end) {
                end -= 1;
            }
            let end = d.text[s.span.start..end]
                .find('\n')
                .map_or(end, |n| s.span.start + n);
            out.push(Violation::new(
                format!(
                    "this sentence lists {figures} figures; automatic keys are read only in sentences of at most {MAX_FIGURES_PER_SENTENCE}, so its figures are not compared with other drafts"
                ),
                Label::doc(
                    d.id,
                    Span::new(s.span.start, end.max(s.span.start)),
                    "work cap reached in this sentence",
                ),
                Vec::new(),
                "split the list into sentences, or check these figures by hand",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{findings, messages};

    #[test]
    fn a_sentence_past_the_figure_cap_gets_one_note() {
        let list = vec!["5 jobs"; MAX_FIGURES_PER_SENTENCE + 1].join(" and ");
        let text = format!("Acme cut {list}.");
        let f = findings(&WorkCap, &[("d.txt", &text)], None);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].severity, Severity::Note);
        assert!(f[0].message.starts_with("this sentence lists"));
    }

    #[test]
    fn an_ordinary_sentence_is_silent() {
        let m = messages(
            &WorkCap,
            &[("d.txt", "Acme cut 5 jobs and 7 jobs in March.")],
        );
        assert!(m.is_empty(), "{m:?}");
    }
}
