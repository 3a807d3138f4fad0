//! # misquote
//!
//! ## What it checks
//! A draft's quote of a primary source's author (or of a transcript's
//! speaker) whose words are a passage of the source, but not exactly: a
//! changed, dropped or inserted word is reported on the draft's words, with
//! the source's words as the related label.
//!
//! ## Why it matters
//! Between two drafts, `quote-drift` can only say that they differ. Against
//! the memo, the release, the filing or the transcript the direction is
//! known: the source is what was said, and the draft is wrong. A changed word
//! (`convicted` for `convinced`) can change what the speaker is on record as
//! saying.
//!
//! ## Example
//! With `memo.md` by Jane Roe as a source (`--source memo.md`, or `sources:`
//! in a story sheet or factlint.yaml) saying `We are convinced this is the
//! right call for Acme`, fires on a draft's `"We are convicted this is the
//! right call," Roe wrote.` Stays silent on `"We are convinced this is the
//! right call … for Acme"`: an ellipsis marks omitted words and `[brackets]`
//! an editorial insertion, and spelling conventions (`organised` against
//! `organized`) are not changes.
//!
//! ## Options
//! None. Sources are declared with `--source FILE`, or `sources:` (`path`,
//! `author`, `kind`) in a story sheet or factlint.yaml.
//!
//! ## Limits
//! A quote is compared with the source when the draft attributes it to the
//! source's author or the transcript's speaker (the same name, the same
//! surname, or a name a slip away, which `name-near-miss` reports), or, when
//! unattributed, when it shares five words in a row with a source. The words
//! are aligned as `quote-drift` aligns two quotes: at least five shared
//! words, three of them in a row. A fair fragment is not a misquote.
//! Paraphrase outside quote marks is not checked. The author comes from the
//! sheet, the source's front matter (`author:`), a `From:` line or a closing
//! signature; a transcript's speakers from `NAME:` at the start of a line.

use super::sources::{QuoteOutcome, quote_matches};
use super::{Check, Context, Violation};
use crate::finding::{Label, Severity};
use crate::source::DocId;

/// The `misquote` check.
pub struct Misquote;

impl Check for Misquote {
    fn id(&self) -> &'static str {
        "misquote"
    }

    fn default_severity(&self) -> Severity {
        Severity::Error
    }

    fn source(&self) -> &'static str {
        include_str!("misquote.rs")
    }

    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
        for m in quote_matches(cx.corpus) {
            let QuoteOutcome::Found { diffs, .. } = &m.outcome else {
                continue;
            };
            let Some((first, last)) = diffs.first().zip(diffs.last()) else {
                continue;
            };
            let draft = cx.corpus.doc(m.quote);
            let source = &cx.corpus.docs[m.source];
            let info = source.source_info();
            let draft_span = first.0.cover(last.0);
            let source_span = first.1.cover(last.1);
            let kind = info.and_then(|i| i.kind.as_deref()).unwrap_or("source");
            let who = match info.and_then(|i| i.speaker_at(source_span.start)) {
                Some(s) if info.is_some_and(|i| !i.turns.is_empty()) => {
                    format!("{s} in the {kind}")
                }
                Some(s) => format!("the {kind} by {s}"),
                None => format!("the {kind}"),
            };
            let shown = |text: &str, s: crate::source::Span| {
                let w = text.get(s.start..s.end).unwrap_or("").trim();
                (!w.is_empty())
                    .then(|| format!("`{}`", w.split_whitespace().collect::<Vec<_>>().join(" ")))
            };
            let (said, written) = (
                shown(&source.text, source_span),
                shown(&draft.text, draft_span),
            );
            let message = match (&written, &said) {
                (Some(w), Some(s)) => format!("the quote says {w} where {who} says {s}"),
                (None, Some(s)) => format!("the quote leaves out {s}, which {who} says"),
                (Some(w), None) => format!("the quote adds {w}, which {who} does not say"),
                (None, None) => continue,
            };
            let written = written.unwrap_or_else(|| "nothing".into());
            let said = said.unwrap_or_else(|| "nothing".into());
            out.push(Violation::new(
                message,
                Label::doc(
                    DocId(m.quote.doc as u32),
                    draft_span,
                    format!("{} in the quote", plain(&written)),
                ),
                vec![Label::doc(
                    source.id,
                    source_span,
                    format!("the source says {said}"),
                )],
                "quote the source's words exactly, or mark what was left out with `…` and what was added with [brackets]",
            ));
        }
    }
}

/// `nothing` or the words without their backticks, for a label.
fn plain(s: &str) -> String {
    s.trim_matches('`').to_string()
}
