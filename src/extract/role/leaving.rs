//! Words saying a role's holder leaves the post in the very clause that
//! names it (`CEO Zhao quits`): the holder is then its former holder.

use crate::extract::token::Token;

/// Verbs saying the subject left a post (`quits`, `resigned`, `retires`).
const LEAVING: &[&str] = &[
    "quits", "quit", "resigns", "resigned", "retires", "retired", "departs", "departed",
];

/// Participles saying the subject was made to leave (`was replaced`).
const REMOVED: &[&str] = &[
    "replaced",
    "succeeded",
    "ousted",
    "fired",
    "sacked",
    "removed",
    "dismissed",
];

/// True when the words at `k` (after a role's person, or after its title and
/// organisation when the person stands on the left) say the person leaves
/// the post: `stepped down`, `steps aside`, `quits`, `has resigned`, `, who
/// resigned`, `was replaced`, `had been ousted`. An active `succeeded` or
/// `replaced` names the successor, so only the passive counts.
pub(super) fn leaves_post(ts: &[Token<'_>], k: usize) -> bool {
    let mut i = k;
    if ts.get(i).is_some_and(|t| t.is_punct(',')) {
        i += 1;
        if ts.get(i).is_some_and(|t| t.is("who")) {
            i += 1;
        }
    }
    let mut passive = false;
    while let Some(t) = ts.get(i) {
        if t.is("was") || t.is("been") || t.is("is") {
            passive = true;
        } else if !(t.is("has") || t.is("had") || t.is("have")) {
            break;
        }
        i += 1;
    }
    let at = |o: usize, ws: &[&str]| ts.get(i + o).is_some_and(|t| ws.iter().any(|w| t.is(w)));
    at(0, LEAVING)
        || (at(0, &["stepped", "steps", "stepping"]) && at(1, &["down", "aside"]))
        || (passive && at(0, REMOVED))
}
