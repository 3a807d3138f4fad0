//! # source-figure
//!
//! ## What it checks
//! A draft's figure that states a figure of a primary source — both bound to
//! one story-sheet quantity, one automatic key, or (when either has no key)
//! the one figure of the source counting the same thing — and cannot be
//! true if the source's figure is (interval semantics: `about 1,200` allows
//! 1,140 to 1,260, `1,500` means 1,450 to 1,550).
//!
//! ## Why it matters
//! `quantity-conflict` can only say that drafts disagree. The source says
//! which figure is right: the draft that departs from the memo or the filing
//! is wrong, whatever the other drafts say.
//!
//! ## Example
//! With a memo saying `eliminate about 1,200 roles` as a source, fires on a
//! draft's `eliminate 1,500 roles`. Stays silent on `some 1,200 roles` and
//! `1,230 roles`, which the memo's `about 1,200` allows.
//!
//! ## Options
//! None. Sources are declared with `--source FILE`, or `sources:` in a story
//! sheet or factlint.yaml. Where a source states a figure,
//! `quantity-conflict` and `figure-drift` leave that figure to this check.
//!
//! ## Limits
//! A figure with no key is matched only by what it counts (measure, unit,
//! counted noun, currency, period, and whether it is a cut, a hire or a
//! headcount): a draft figure counting the same noun for another reason can
//! be matched wrongly, and a source that states two different such figures
//! matches neither. `factlint claims` shows each figure's match.

use super::sources::figure_matches;
use super::{Check, Context, Violation, claim_label};
use crate::finding::Severity;

/// The `source-figure` check.
pub struct SourceFigure;

impl Check for SourceFigure {
    fn id(&self) -> &'static str {
        "source-figure"
    }

    fn default_severity(&self) -> Severity {
        Severity::Error
    }

    fn source(&self) -> &'static str {
        include_str!("source_figure.rs")
    }

    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
        for m in figure_matches(cx.corpus).into_iter().filter(|m| m.conflict) {
            let source = cx.corpus.doc(m.source);
            let who = source
                .source_info()
                .map_or_else(|| "the source".to_string(), |i| i.describe());
            let (mine, theirs) = (cx.corpus.text(m.figure), cx.corpus.text(m.source));
            out.push(Violation::new(
                format!("`{mine}` contradicts {who}, which says `{theirs}`"),
                claim_label(cx, m.figure, "this figure"),
                vec![claim_label(cx, m.source, "the source says this")],
                "use the source's figure, or say where the other one comes from",
            ));
        }
    }
}
