//! A ceiling that restates a maximum: `would have meant as much as $6.4bn`
//! for a quantity that is itself the most something can come to (`about:
//! the largest fine the law allowed`, `the maximum fee`).
//!
//! `as much as $6.4bn` read alone allows anything up to $6.4bn, so it
//! agrees with every smaller fact: a wrong maximum would pass. But when
//! the quantity is a maximum, the words say what the figure is, not how
//! sure the writer is of it: the figure states the maximum, $6.4bn as
//! written (6.35–6.45 billion). Only the ceilings that name a most (`up
//! to`, `as much as`, `as many as`, `as high as`) are read so; `less than`
//! and `nearly` keep their meaning.

use crate::claim::{Interval, QualifierKind, Quantity};
use crate::extract::phrase::find_word_starts;
use crate::rules::RuleQuantity;

/// Words of a quantity's `about` that make it a maximum.
const MAXIMUM: &[&str] = &[
    "maximum", "the most", "at most", "cap", "ceiling", "limit", "up to",
];

/// Words that make `largest` the most allowed (`the largest fine the law
/// allowed`), not the largest so far (`its largest deal before this one`).
const ALLOWED: &[&str] = &["allowed", "allow", "possible", "permitted", "could"];

/// Ceilings that name a most rather than a bound.
const MOST: &[&str] = &["up to", "as much as", "as many as", "as high as"];

/// True when a quantity's `about` says it is the most something can be.
fn is_maximum(rq: &RuleQuantity) -> bool {
    let about = rq.about.as_deref().unwrap_or("").to_lowercase();
    let has = |w: &&str| !find_word_starts(&about, w).is_empty();
    MAXIMUM.iter().any(has) || (has(&"largest") && ALLOWED.iter().any(has))
}

/// The interval a figure bound to `rq` states: for a maximum and a ceiling
/// that names one, the figure as written, to its rounding; else `None`
/// (the interval stands).
pub(super) fn as_maximum(q: &Quantity, rq: &RuleQuantity) -> Option<Interval> {
    let qualifier = q.qualifier.as_ref()?;
    if qualifier.kind != QualifierKind::AtMost
        || !MOST.contains(&qualifier.words.as_str())
        || !is_maximum(rq)
    {
        return None;
    }
    let v = q.value?;
    let half = q.step / 2.0;
    Some(Interval::new(v - half, v + half))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{Measure, Qualifier, UnitClass};
    use crate::rules::QUnit;

    fn quantity(about: &str) -> RuleQuantity {
        RuleQuantity {
            about: Some(about.into()),
            ..super::super::tests::quantity("q", QUnit::Money(None), &[])
        }
    }

    fn ceiling(words: &str, kind: QualifierKind) -> Quantity {
        Quantity {
            measure: Measure::Money,
            value: Some(6.4e9),
            interval: Interval::new(0.0, 6.4e9),
            step: 0.1e9,
            currency: None,
            unit: UnitClass::Money,
            noun: None,
            qualifier: Some(Qualifier {
                kind,
                words: words.into(),
            }),
            period: None,
            vague: false,
            comparison: false,
            range: None,
        }
    }

    #[test]
    fn a_ceiling_on_a_maximum_states_the_maximum() {
        let max = quantity("the largest fine the law allowed");
        let i = as_maximum(&ceiling("as much as", QualifierKind::AtMost), &max).unwrap();
        assert!((i.low - 6.35e9).abs() < 1.0 && (i.high - 6.45e9).abs() < 1.0);
    }

    #[test]
    fn other_bounds_and_other_quantities_keep_their_meaning() {
        let max = quantity("the largest fine the law allowed");
        assert!(as_maximum(&ceiling("less than", QualifierKind::AtMost), &max).is_none());
        let fine = quantity("the fine the regulator imposed");
        assert!(as_maximum(&ceiling("as much as", QualifierKind::AtMost), &fine).is_none());
    }
}
