//! # misquote
//!
//! ## What it checks
//! A draft's quote of a primary source's author (or of a transcript's
//! speaker) whose words are a passage of the source, but not exactly: a
//! changed, dropped or inserted word is reported on the draft's words, with
//! the source's words as the related label. A quote a story sheet confirms
//! (`quotes:`, speaker and exact words) is a source of its own: a draft's
//! quote of it with a word changed is reported with the sheet's `text:` line
//! as the evidence.
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
//! `organized`) are not changes. With a sheet confirming Jane Roe's `We are
//! convinced this is the right call for Acme` (`quotes:`), fires on the same
//! draft with no source file at all, and stays silent on the fragment
//! `"the right call for Acme," Roe said`.
//!
//! ## Options
//! None. Sources are declared with `--source FILE`, or `sources:` (`path`,
//! `author`, `kind`) in a story sheet or factlint.yaml; confirmed quotes
//! with `quotes:` (`speaker`, `text`, `said`) in a story sheet.
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
//! A confirmed quote is matched the same way (its speaker by name, or by
//! surname alone), and a draft quote holds as many confirmed quotes as it
//! has apart stretches matching them (two paragraphs, two entries). A quote
//! ending on other words than the confirmed ones, both going on past the
//! words they share, has a replaced ending (`than ever before` for `than at
//! any time in our history`). A draft quote the sheet does not confirm is not reported,
//! since a sheet confirms some of what was said, not all of it. When a
//! source file and a confirmed quote both match a quote, the source speaks.

use super::sources::{QuoteOutcome, in_sheet, quote_matches, sheet_quote_matches};
use super::{Check, Context, Violation};
use crate::claim::ClaimId;
use crate::finding::{Label, Place, Severity};
use crate::source::{DocId, Span};

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
        let mut reported = Vec::new();
        for m in quote_matches(cx.corpus) {
            let QuoteOutcome::Found { diffs, .. } = &m.outcome else {
                continue;
            };
            let Some((first, last)) = diffs.first().zip(diffs.last()) else {
                continue;
            };
            let source = &cx.corpus.docs[m.source];
            let info = source.source_info();
            let source_span = first.1.cover(last.1);
            let kind = info.and_then(|i| i.kind.as_deref()).unwrap_or("source");
            let who = match info.and_then(|i| i.speaker_at(source_span.start)) {
                Some(s) if info.is_some_and(|i| !i.turns.is_empty()) => {
                    format!("{s} in the {kind}")
                }
                Some(s) => format!("the {kind} by {s}"),
                None => format!("the {kind}"),
            };
            let evidence = Evidence {
                who,
                text: &source.text,
                span: source_span,
                place: Place::Doc(source.id),
                at: source_span,
                says: "the source says",
                help: "quote the source's words exactly, or mark what was left out with `…` and what was added with [brackets]",
            };
            out.extend(violation(cx, m.quote, first.0.cover(last.0), evidence));
            reported.push(m.quote);
        }
        // Quotes the sheet confirms, unless a source has already spoken.
        for m in sheet_quote_matches(cx.corpus) {
            let Some((first, last)) = m.diffs.first().zip(m.diffs.last()) else {
                continue;
            };
            if reported.contains(&m.quote) {
                continue;
            }
            let set = &cx.corpus.rules[m.set];
            let q = &set.quotes[m.confirmed];
            let span = first.1.cover(last.1);
            let said = q
                .said
                .as_ref()
                .map(|s| format!(" ({s})"))
                .unwrap_or_default();
            let evidence = Evidence {
                who: format!("the confirmed quote of `{}`{said}", q.speaker),
                text: &q.text,
                span,
                place: Place::Rules(set.file),
                at: in_sheet(q, span),
                says: "the sheet confirms",
                help: "quote the confirmed words exactly, or mark what was left out with `…` and what was added with [brackets]",
            };
            out.extend(violation(cx, m.quote, first.0.cover(last.0), evidence));
        }
    }
}

/// What a quote is compared with: who said the words, the words (`text`
/// and the differing `span` in it), and where the label points.
struct Evidence<'a> {
    /// `the memo by Jane Roe`, `the confirmed quote of `Jane Roe``.
    who: String,
    /// The text the differing words are read from.
    text: &'a str,
    /// The differing words in `text`.
    span: Span,
    /// The file the label points into.
    place: Place,
    /// The label's bytes there.
    at: Span,
    /// The label's opening words.
    says: &'static str,
    /// What to do.
    help: &'static str,
}

/// The finding on a draft quote's differing words (`draft_span`) against
/// the evidence; `None` when neither side has words to show.
fn violation(
    cx: &Context<'_, '_>,
    quote: ClaimId,
    draft_span: Span,
    e: Evidence<'_>,
) -> Option<Violation> {
    let draft = cx.corpus.doc(quote);
    let shown = |text: &str, s: Span| {
        let w = text.get(s.start..s.end).unwrap_or("").trim();
        (!w.is_empty()).then(|| format!("`{}`", w.split_whitespace().collect::<Vec<_>>().join(" ")))
    };
    let (said, written) = (shown(e.text, e.span), shown(&draft.text, draft_span));
    let who = &e.who;
    let message = match (&written, &said) {
        (Some(w), Some(s)) => format!("the quote says {w} where {who} says {s}"),
        (None, Some(s)) => format!("the quote leaves out {s}, which {who} says"),
        (Some(w), None) => format!("the quote adds {w}, which {who} does not say"),
        (None, None) => return None,
    };
    let written = written.unwrap_or_else(|| "nothing".into());
    let said = said.unwrap_or_else(|| "nothing".into());
    Some(Violation::new(
        message,
        Label::doc(
            DocId(quote.doc as u32),
            draft_span,
            format!("{} in the quote", plain(&written)),
        ),
        vec![Label {
            place: e.place,
            span: e.at,
            message: format!("{} {said}", e.says),
        }],
        e.help,
    ))
}

/// `nothing` or the words without their backticks, for a label.
fn plain(s: &str) -> String {
    s.trim_matches('`').to_string()
}
