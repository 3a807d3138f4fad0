//! # invariant
//!
//! ## What it checks
//! A relation a rule set declares between quantities (`layoffs_2025 = 0.04 *
//! corporate_staff`) that the drafts' figures break. Each draft is checked on
//! its own figures; a quantity it does not state takes its settled value: the
//! sheet's pinned `fact`, else the value the drafts agree on (the common
//! interval of the largest group of drafts whose figures agree, as
//! `quantity-conflict` finds it; none when the drafts split evenly). The
//! expression is evaluated with interval arithmetic and is broken only when
//! no values inside those intervals satisfy it. Drafts meet only through the
//! settled values, never figure against figure.
//!
//! ## Why it matters
//! Figures that are each plausible can still be impossible together — a share
//! that does not match its base, parts that exceed a whole.
//!
//! ## Example
//! Fires when a draft says 14,000 jobs are about 4% of a 250,000 staff under
//! `layoffs_2025 = 0.04 * corporate_staff`. Stays silent on 14,000 and
//! 350,000, and on a draft that also gives an earlier year's 310,000 staff
//! beside its 350,000 (one of its own readings holds; `quantity-conflict`
//! reports the odd figure).
//!
//! ## Options
//! Severity error. Relations: `=`, `<`, `<=`, `>`, `>=`; numbers may carry `%`.
//!
//! ## Limits
//! One finding per violation, naming every figure it used and the
//! expression's line. A draft giving several figures for one quantity is
//! taken to hold when any choice of them satisfies the relation (it may
//! name two periods), and is reported at most once per invariant. A draft
//! is blamed only when one of its own figures lies outside its quantity's
//! settled value (or its quantity has none): a draft whose every figure
//! agrees with the settled values can break the relation only by their
//! rounding (`N28.7trn` beside parts that add up to 28.77 trillion, when
//! the sheet pins 28.7–28.777), which is no error of the draft's; and when
//! the settled values themselves break it, that is reported once, on the
//! agreeing figures (the first of each quantity), not on every draft. A quantity no draft agrees on and the
//! sheet does not pin is used only in the drafts that state it. A draft's
//! choices are tried up to 256 combinations; past that with none holding, a
//! note says how many were tried. When a divisor's interval holds 0 for some
//! figures (`a / (b - c)` with `b` and `c` close), or the arithmetic
//! overflows, the relation has no value there: a note says the invariant
//! could not be checked, and why, rather than passing silently (once per
//! invariant). A divisor that is 0 whatever the figures (`a / 0`) is
//! refused when the rule set is read. A count below the fact or another
//! figure of its quantity that a live blog's timed entry gives as the count
//! so far (`**14:15** — now has 118 seats`) is one moment of a rising tally and is left out.

mod report;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use super::{Check, Context, Violation};
use crate::claim::ClaimId;
use crate::claim::Interval;
use crate::finding::Severity;
use crate::index::Settled;
use crate::rules::RuleInvariant;
use crate::rules::expr::NoValue;

/// The `invariant` check.
pub struct Invariant;

/// Most combinations of one draft's figures tried per invariant.
const MAX_COMBINATIONS: usize = 256;

impl Check for Invariant {
    fn id(&self) -> &'static str {
        "invariant"
    }

    fn default_severity(&self) -> Severity {
        Severity::Error
    }

    fn source(&self) -> &'static str {
        include_str!("mod.rs")
    }

    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
        for (si, set) in cx.corpus.rules.iter().enumerate() {
            for inv in &set.invariants {
                check_one(cx, si, set, inv, out);
            }
        }
    }
}

/// One quantity of an invariant: its id, its settled value, and the figures
/// each draft binds to it (identical intervals of one draft given once).
struct Operand<'a> {
    id: &'a str,
    settled: Option<Settled>,
    by_doc: BTreeMap<usize, Vec<(ClaimId, Interval)>>,
}

/// The value a quantity takes in one evaluation: a draft's figure, or the settled value.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Value<'s> {
    Figure(ClaimId, Interval),
    Settled(&'s Settled),
}

impl Value<'_> {
    fn interval(&self) -> Interval {
        match self {
            Value::Figure(_, i) => *i,
            Value::Settled(s) => s.interval,
        }
    }
}

/// How one set of choices fared.
enum Outcome<'s> {
    /// Some choice satisfies the relation (or there was nothing to try).
    Holds,
    /// No choice tried satisfies it: the first broken one, with both sides.
    Broken(Vec<Value<'s>>, Interval, Interval),
    /// No choice satisfies it and some had no value: the first of those.
    NoValue(Vec<Value<'s>>, NoValue),
    /// No choice tried satisfies it, but only `tried` of `total` were tried.
    Capped(Vec<Value<'s>>, usize, usize),
}

/// Checks one invariant: within each draft, and once on the settled values.
fn check_one(
    cx: &Context<'_, '_>,
    si: usize,
    set: &crate::rules::RuleSet,
    inv: &RuleInvariant,
    out: &mut Vec<Violation>,
) {
    let mut names: Vec<&str> = inv.relation.vars().into_iter().map(|(n, _)| n).collect();
    names.sort_unstable();
    names.dedup();
    let mut ops: Vec<Operand<'_>> = Vec::new();
    for n in &names {
        let Some(qi) = set.quantities.iter().position(|q| q.id == *n) else {
            return;
        };
        let mut by_doc: BTreeMap<usize, Vec<(ClaimId, Interval)>> = BTreeMap::new();
        // `It now has 118 district seats`: a count its own words make the
        // count so far, below the fact or another figure of the quantity,
        // is one moment of a rising tally and enters no relation.
        let rq = &set.quantities[qi];
        let bound = cx.corpus.bound_to(si, qi);
        let top = bound
            .iter()
            .filter_map(|&c| cx.corpus.claim(c).quantity().map(|q| q.interval.low))
            .chain(rq.fact.map(|f| f.low))
            .fold(f64::NEG_INFINITY, f64::max);
        for c in bound {
            if let Some(q) = cx.corpus.claim(c).quantity() {
                if super::quantity_conflict::earlier_tally(cx, rq, c, top) {
                    continue;
                }
                let v = by_doc.entry(c.doc).or_default();
                if !v.iter().any(|(_, i)| *i == q.interval) {
                    v.push((c, q.interval));
                }
            }
        }
        ops.push(Operand {
            id: n,
            settled: cx.corpus.settled(si, qi),
            by_doc,
        });
    }
    let names = &names;
    let env = |vals: &[Value<'_>]| {
        let vals: Vec<Interval> = vals.iter().map(Value::interval).collect();
        move |name: &str| vals[names.binary_search(&name).unwrap_or(0)]
    };
    let mut no_value_noted = false;
    let mut note_no_value = |vals: Vec<Value<'_>>, why: NoValue, out: &mut Vec<Violation>| {
        if !std::mem::replace(&mut no_value_noted, true) {
            out.push(report::not_evaluated(cx, set.file, inv, &ops, &vals, &why));
        }
    };
    // The settled values alone: the drafts' agreed figures against each other.
    let settled: Option<Vec<Value<'_>>> = ops
        .iter()
        .map(|o| o.settled.as_ref().map(Value::Settled))
        .collect();
    if let Some(vals) = settled.filter(|v| {
        v.iter()
            .any(|x| matches!(x, Value::Settled(s) if !s.claims.is_empty()))
    }) {
        match inv.relation.violated(&env(&vals)) {
            Ok((l, r, true)) => {
                out.push(report::broken(cx, set.file, inv, &ops, &vals, l, r));
            }
            Ok(_) => {}
            Err(why) => note_no_value(vals, why, out),
        }
    }
    // Each draft on its own figures, with the settled values of the rest.
    let mut docs: Vec<usize> = ops.iter().flat_map(|o| o.by_doc.keys().copied()).collect();
    docs.sort_unstable();
    docs.dedup();
    for doc in docs {
        let Some(choices) = choices_in(&ops, doc) else {
            continue;
        };
        match try_choices(&choices, |vals| inv.relation.violated(&env(vals))) {
            Outcome::Holds => {}
            Outcome::Broken(vals, l, r) => {
                if own_fault(&ops, &vals) {
                    out.push(report::broken(cx, set.file, inv, &ops, &vals, l, r));
                }
            }
            Outcome::NoValue(vals, why) => note_no_value(vals, why, out),
            Outcome::Capped(vals, tried, total) => {
                out.push(report::capped(cx, set.file, inv, &vals, tried, total));
            }
        }
    }
}

/// The values each quantity can take in draft `doc`: its own figures, else
/// the settled value; `None` when it states none of them, or a quantity it
/// does not state has no settled value.
fn choices_in<'s>(ops: &'s [Operand<'_>], doc: usize) -> Option<Vec<Vec<Value<'s>>>> {
    if ops.iter().all(|o| !o.by_doc.contains_key(&doc)) {
        return None;
    }
    ops.iter()
        .map(|o| match o.by_doc.get(&doc) {
            Some(figs) => Some(figs.iter().map(|&(c, i)| Value::Figure(c, i)).collect()),
            None => o.settled.as_ref().map(|s| vec![Value::Settled(s)]),
        })
        .collect()
}

/// Tries the combinations of `choices` in order until one satisfies the
/// relation, at most [`MAX_COMBINATIONS`].
fn try_choices<'s>(
    choices: &[Vec<Value<'s>>],
    violated: impl Fn(&[Value<'s>]) -> Result<(Interval, Interval, bool), NoValue>,
) -> Outcome<'s> {
    let total = choices
        .iter()
        .fold(1usize, |n, c| n.saturating_mul(c.len()));
    let mut pick = vec![0usize; choices.len()];
    let (mut tried, mut broken, mut no_value) = (0, None, None);
    loop {
        tried += 1;
        let vals: Vec<Value<'s>> = pick
            .iter()
            .enumerate()
            .map(|(k, &p)| choices[k][p])
            .collect();
        match violated(&vals) {
            Ok((_, _, false)) => return Outcome::Holds,
            Ok((l, r, true)) => {
                broken.get_or_insert((vals, l, r));
            }
            Err(why) => {
                no_value.get_or_insert((vals, why));
            }
        }
        if tried >= MAX_COMBINATIONS || !advance(&mut pick, choices) {
            break;
        }
    }
    if let Some((vals, why)) = no_value {
        return Outcome::NoValue(vals, why);
    }
    match broken {
        Some((vals, ..)) if total > tried => Outcome::Capped(vals, tried, total),
        Some((vals, l, r)) => Outcome::Broken(vals, l, r),
        None => Outcome::Holds,
    }
}

/// Steps to the next combination; false after the last.
fn advance<T>(pick: &mut [usize], choices: &[Vec<T>]) -> bool {
    for k in 0..pick.len() {
        pick[k] += 1;
        if pick[k] < choices[k].len() {
            return true;
        }
        pick[k] = 0;
    }
    false
}

/// True when a broken evaluation is the draft's own doing: one of its
/// figures lies outside its quantity's settled value (or the quantity has
/// none). Otherwise the break is the settled values' own (reported once on
/// its own) or the rounding of figures that all agree with them, and the
/// draft is not blamed.
fn own_fault(ops: &[Operand<'_>], vals: &[Value<'_>]) -> bool {
    ops.iter().zip(vals).any(|(o, v)| match v {
        Value::Figure(_, i) => !o.settled.as_ref().is_some_and(|s| s.interval.intersects(i)),
        Value::Settled(_) => false,
    })
}
