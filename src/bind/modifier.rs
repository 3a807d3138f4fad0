//! A cue that modifies another quantity's noun.
//!
//! A one-word participle cue opening its clause or after a determiner,
//! right before a word the sheet gives to a quantity of another unit
//! (`reported` in `reported turnover fell 1.5%`, where `turnover` cues the money quantity `sales`) says which turnover, not
//! what the figure is: the figure measures the turnover, and the cue's own
//! quantity (`eps_growth_reported`, cued by `reported`) is not named. A
//! declared name after the cue stands beside it (`the runners-up SRH`).

use crate::rules::{RuleQuantity, RuleSet};

use super::Window;

/// Words before a participle that make it a modifier (`its reported sales`).
const DETERMINERS: &[&str] = &[
    "the", "its", "their", "his", "her", "our", "a", "an", "this", "that",
];

/// True when the cue `cue` found at `p` (window offsets), a participle
/// before the figure in its clause, is a modifier of the next word, and
/// that word is a cue of a quantity of `set` whose unit differs from
/// `rq`'s and which `rq` does not share.
pub(super) fn modifies_anothers_noun(
    w: &Window<'_>,
    set: &RuleSet,
    rq: &RuleQuantity,
    p: usize,
    cue: &str,
) -> bool {
    // A participle (`reported`, `adjusted`, `underlying`) before the
    // figure, in its clause (`reported turnover fell 1.5%`).
    let participle = cue.len() > 4 && (cue.ends_with("ed") || cue.ends_with("ing"));
    if !participle
        || cue.contains(' ')
        || p + cue.len() >= w.figure_at
        || w.s.breaks_between(p, w.figure_at) > 0
    {
        return false;
    }
    // Opening its clause or after a determiner (`its reported sales`), not
    // a verb after its subject (`lenacapavir reduced infections by 86%`).
    let before = w.s.text.get(..p).unwrap_or("").trim_end();
    let last = before
        .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
        .next()
        .unwrap_or("");
    let opens = before.is_empty()
        || before.ends_with(|c: char| !c.is_alphanumeric() && c != '\'')
        || DETERMINERS.contains(&last)
        || last.ends_with("'s");
    if !opens {
        return false;
    }
    let Some(rest) = w.s.text.get(p + cue.len()..) else {
        return false;
    };
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let next: &str = rest
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("");
    // A name after the cue stands beside it (`the runners-up SRH`), not under it.
    if next.is_empty()
        || !next.starts_with(|c: char| c.is_alphabetic())
        || super::owned::declared_name(set, next)
    {
        return false;
    }
    let is_cue = |c: &String| c.eq_ignore_ascii_case(next);
    if rq.cues.iter().any(is_cue) {
        return false;
    }
    set.quantities
        .iter()
        .any(|o| o.id != rq.id && o.unit != rq.unit && o.cues.iter().any(is_cue))
}
