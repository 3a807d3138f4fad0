//! Past titles (`former chief financial officer`, `retired judge`): weighed among
//! themselves, never against a present title.

use crate::claim::{ClaimId, Role};
use crate::extract::names::org_key;
use crate::extract::titles::is_garbled;

/// Qualifiers of a post held before.
pub(super) const PAST_WORDS: &[&str] = &[
    "former",
    "ex",
    "ex-",
    "onetime",
    "one-time",
    "erstwhile",
    "retired",
];

/// The group key past titles are weighed under (no organisation key is empty
/// or starts with a control character).
pub(super) const PAST: &str = "\u{1f}former";

/// A person's past titles, when the organisations stated for them (not
/// guessed from the sentence) share their first word (`Trump Organization`
/// and `Trump`): one past employer.
pub(super) fn former_roles<'a>(
    ids: &[ClaimId],
    role: &impl Fn(ClaimId) -> Option<&'a Role>,
) -> Vec<ClaimId> {
    let past: Vec<ClaimId> = ids
        .iter()
        .copied()
        .filter(|&i| {
            role(i).is_some_and(|r| {
                !is_garbled(&r.title_key)
                    && r.qualifier
                        .as_deref()
                        .is_some_and(|q| PAST_WORDS.contains(&q.to_lowercase().as_str()))
            })
        })
        .collect();
    let mut firsts: Vec<String> = past
        .iter()
        .filter_map(|&i| role(i))
        .filter(|r| !r.org_inferred)
        .filter_map(|r| r.org.as_deref().map(org_key))
        .filter_map(|o| o.split_whitespace().next().map(str::to_string))
        .collect();
    firsts.sort();
    firsts.dedup();
    if firsts.len() > 1 {
        return Vec::new();
    }
    past
}

/// A title with its qualifier when it is a past one (`former chief
/// operating officer`), else as written.
pub(super) fn past_title(x: &Role) -> String {
    match x.qualifier.as_deref() {
        Some(q) if PAST_WORDS.contains(&q.to_lowercase().as_str()) => format!("{q} {}", x.title),
        _ => x.title.clone(),
    }
}
