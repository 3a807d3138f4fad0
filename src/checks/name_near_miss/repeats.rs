//! A misspelling is reported once per draft (`per_draft`, `again`).

use crate::checks::{Context, Violation, claim_label};
use crate::claim::ClaimId;

/// A name's mentions by draft, each draft's in the order written: a
/// misspelling is reported once per draft (a headline and its body, a
/// headline repeated), on its first mention.
pub(super) fn per_draft(mentions: &[ClaimId]) -> Vec<Vec<ClaimId>> {
    let mut sorted = mentions.to_vec();
    sorted.sort_by_key(|m| (m.doc, m.claim));
    sorted
        .chunk_by(|a, b| a.doc == b.doc)
        .map(<[ClaimId]>::to_vec)
        .collect()
}

/// The finding with the draft's later mentions of the same spelling as
/// related labels.
pub(super) fn again(cx: &Context<'_, '_>, mut v: Violation, rest: &[ClaimId]) -> Violation {
    v.related.extend(
        rest.iter()
            .map(|&m| claim_label(cx, m, "the same spelling again")),
    );
    v
}
