//! # not-in-source
//!
//! ## What it checks
//! A draft's quote attributed to a primary source's author (or to a
//! transcript's speaker) whose words match no passage of the source.
//!
//! ## Why it matters
//! The quote may come from elsewhere — an interview, another statement —
//! but when the newsroom holds the memo or the transcript and the quote is
//! not in it, an editor should know where it came from before it runs.
//!
//! ## Example
//! With the memo by Jane Roe as a source, notes `"Our best years are ahead
//! of us," Roe said.` when the memo has no such words. Stays silent on a
//! quote of the memo's words, and on a quote of someone the sources do not
//! speak for.
//!
//! ## Options
//! A note by default; sources are declared with `--source FILE`, or
//! `sources:` in a story sheet or factlint.yaml.
//!
//! ## Limits
//! A quote matches a passage when it shares five words with it, three of
//! them in a row (as `misquote` compares them); a short quote of one or two
//! words rarely does and is noted. The speaker is matched by name, surname,
//! or a name a slip away.

use super::sources::{QuoteOutcome, quote_matches};
use super::{Check, Context, Violation, claim_label, file_name};
use crate::finding::Severity;

/// The `not-in-source` check.
pub struct NotInSource;

impl Check for NotInSource {
    fn id(&self) -> &'static str {
        "not-in-source"
    }

    fn default_severity(&self) -> Severity {
        Severity::Note
    }

    fn source(&self) -> &'static str {
        include_str!("not_in_source.rs")
    }

    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
        for m in quote_matches(cx.corpus) {
            if m.outcome != QuoteOutcome::Missing {
                continue;
            }
            let source = &cx.corpus.docs[m.source];
            let who = source
                .source_info()
                .map_or_else(|| "the source".to_string(), |i| i.describe());
            out.push(Violation::new(
                format!(
                    "this quote of {} is not in {who} (`{}`)",
                    m.speaker,
                    file_name(&source.path)
                ),
                claim_label(cx, m.quote, "not found in the source"),
                Vec::new(),
                "check where the quote comes from, and say so if it is not the source",
            ));
        }
    }
}
