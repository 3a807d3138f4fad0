//! `acting` and `interim` titles beside the full title.

use super::{file_name, title_label, titled};
use crate::checks::{Context, Violation};
use crate::claim::ClaimId;
use crate::finding::{Label, Severity};

/// A note for an `acting` or `interim` title beside the full title in another
/// draft: one of them is out of date.
pub(super) fn acting(
    cx: &Context<'_, '_>,
    id: ClaimId,
    good: &[ClaimId],
    person: &str,
) -> Option<Violation> {
    let r = cx.corpus.claim(id).role()?;
    let full: Vec<ClaimId> = good
        .iter()
        .copied()
        .filter(|&o| {
            o.doc != id.doc
                && cx
                    .corpus
                    .claim(o)
                    .role()
                    .is_some_and(|x| x.base_key == r.base_key)
        })
        .collect();
    let first = *full.first()?;
    let fr = cx.corpus.claim(first).role()?;
    let file = file_name(&cx.corpus.doc(first).path);
    Some(
        Violation::new(
            format!(
                "`{person}` is {} here but {} in {file}",
                titled(r),
                titled(fr)
            ),
            Label::doc(
                cx.corpus.claim(id).doc,
                r.title_span,
                "titled this way here",
            ),
            full.into_iter()
                .take(3)
                .map(|o| title_label(cx, o))
                .collect(),
            "say in every draft whether the post is held in an acting capacity",
        )
        .with_severity(Severity::Note),
    )
}
