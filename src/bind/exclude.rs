//! A quantity's exclusions (`exclude_near`): words that, standing in the
//! stretch of the window where the quantity's cue was found, keep a figure
//! from it.
//!
//! An exclusion in the plural keeps off its singular too, as a whole word
//! (`expenses` off `expense`, but `raises` not off `raised`); phrases match
//! as word starts, so `expense` already finds `expenses`. An exclusion that
//! names what a figure is measured against (`behind`, `short of`) keeps
//! off only the figures before it, never the one right after it, which is
//! that reference (`label::refers_to`). An exclusion also keeps off where it
//! ends a hyphened compound (`market value` in `stock-market value`).

use super::Window;
use super::label;
use crate::rules::RuleQuantity;

/// Where `x` ends a hyphened compound of `text` (`market value` in
/// `stock-market value`): a kind of what the exclusion names, which keeps
/// off as the exclusion does.
fn after_hyphen<'a>(text: &'a str, x: &'a str) -> impl Iterator<Item = usize> + 'a {
    text.match_indices(x).map(|(p, _)| p).filter(move |&p| {
        let b = text.as_bytes();
        p >= 2
            && b[p - 1] == b'-'
            && b[p - 2].is_ascii_alphabetic()
            && crate::extract::phrase::ends_word(text, p + x.len())
    })
}

/// Whether one of `rq`'s exclusions stands in `w` at or after `scope_from`.
pub(super) fn keeps_off(w: &Window<'_>, rq: &RuleQuantity, scope_from: usize) -> bool {
    rq.exclude.iter().any(|x| {
        let reference =
            |p: usize, n: usize| label::refers_to(&w.s.text, (p, p + n), w.figure_at).is_some();
        let found = w.s.positions(x);
        if found
            .iter()
            .any(|&p| p >= scope_from && !reference(p, x.len()))
            || after_hyphen(&w.s.text, x).any(|p| p >= scope_from && !reference(p, x.len()))
        {
            return true;
        }
        let Some(one) = x
            .strip_suffix('s')
            .filter(|o| o.len() > 3 && !o.ends_with('s'))
        else {
            return false;
        };
        let whole =
            |p: usize| !w.s.text[p + one.len()..].starts_with(|c: char| c.is_alphanumeric());
        w.s.positions(one)
            .iter()
            .any(|&p| p >= scope_from && whole(p) && !reference(p, one.len()))
    })
}
