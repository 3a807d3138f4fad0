//! Things still to be sold, bought or paid are not those already sold,
//! bought or paid: `The FDIC keeps about $90bn of securities and other
//! assets to sell` is no figure of `securities SVB sold`.

use super::Window;
use crate::rules::RuleQuantity;

/// Each act: the words after a figure saying it is still to come, and the
/// past form a quantity's `about` or cues use for the act done.
const ACTS: &[(&[&str], &str)] = &[
    (&["to sell", "to be sold", "for sale", "to offload"], "sold"),
    (&["to buy", "to be bought", "to acquire"], "bought"),
    (&["to pay", "to be paid", "to pay out"], "paid"),
    (&["to spend", "to be spent"], "spent"),
];

/// Words in a quantity's `about` or cues that make it a plan or what is
/// left, which a figure still to come fits.
const PLANNED: &[&str] = &[
    "to be",
    "plan",
    "planned",
    "remaining",
    "remain",
    "left",
    "yet",
    "will",
    "still",
];

/// True when the figure's own clause, a few words after it, says the act is
/// still to come (`$90bn of securities … to sell`) and the quantity speaks
/// of the act done (`securities SVB sold`), not of a plan or a remainder.
pub(super) fn still_to_come(w: &Window<'_>, rq: &RuleQuantity) -> bool {
    let about = rq.about.as_deref().unwrap_or("").to_lowercase();
    let names = |t: &str| super::cues::names(rq, &about, t);
    if PLANNED.iter().any(|p| names(p)) {
        return false;
    }
    ACTS.iter().any(|(to_come, done)| {
        names(done)
            && to_come.iter().any(|t| {
                w.s.positions(t).iter().any(|&p| {
                    p >= w.figure_end
                        && p - w.figure_end <= 64
                        && w.s.breaks_between(w.figure_end, p) == 0
                })
            })
    })
}
