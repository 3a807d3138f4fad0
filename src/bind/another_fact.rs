//! A figure that is another quantity's fact (`another_fact`).
//!
//! A sheet for a match, a vote or a results table declares many quantities
//! of one unit — overs, seats, wickets, runs — and a cue such as `overs`
//! stands near every one of their figures. A figure that contradicts the
//! fact of the quantity its cue reached, and is what the sheet pins for
//! another quantity of the same unit, could be either: it binds to
//! neither, and `claims --rules` names the other quantity (`inside seven
//! overs` reached by the cue `overs` of the 43 overs of the chase, when
//! the sheet pins seven overs to spare; `(50 overs)` when it pins the 50
//! of a full innings).
//!
//! When the cue is the figure's own noun (`seven overs`: it says what the
//! figure counts, not which count it is), the other quantity's `about` or
//! cues must name that noun, and any value its fact allows counts.
//! Otherwise the figure must be written with no qualifier or an
//! approximate one (`about $42.5 million`, never a bound), have three or
//! more significant digits (a round `25%` equals another fact by chance),
//! and be the value the other fact is written as (`€3 million` is not the
//! `about €2.9 million` of another quantity). The binding stays, and
//! fact-mismatch reports a figure of the wrong quantity, when the
//! quantity's subject is named next to the figure (`The FAA grounded 65
//! jets`, 65 being the sheet's count of one airline's fleet, another
//! subject's quantity; a quantity of no other subject, such as Toyota's
//! profit forecast beside its profit, is told apart no better by the
//! subject) and when the other quantity is an earlier figure of the thing
//! (a stale toll is the error; an `about` that dates its count, `deaths
//! counted by 6 January`, says so). A figure that agrees with its own quantity's fact binds
//! whatever else it equals. Only facts bounded on both sides count (`more
//! than 11,000` names no one figure); spans of time are compared on their
//! own scale later and are left alone. A weekday that is not its
//! quantity's pinned day but is exactly another date quantity's (`On
//! Friday Sinner beat Djokovic`, Friday the semi-final's day, near the
//! final's cue `beat`) binds to neither (`another_day`): a weekday is read
//! against the draft's byline, and which event's day it names is a guess.
//! A date written out (`February 9, 2024`) is the writer's claim, and a
//! date that is another event's is an error fact-mismatch reports.

use super::Window;
use crate::claim::{Interval, QualifierKind, Quantity};
use crate::rules::{QUnit, RuleQuantity, RuleSet};

/// Why a figure reached by `cue` binds neither to `rq` nor to another
/// quantity of `set`, if it does not: the figure contradicts `rq`'s fact,
/// and another quantity of the same unit pins a bounded fact the figure
/// fits — any value of it when the cue is the figure's own noun, else the
/// value the fact is written as, for a figure with no qualifier (or an
/// approximate one) whose
/// quantity's subject is not named next to it (`subject_named`).
pub(super) fn refusal(
    q: &Quantity,
    rq: &RuleQuantity,
    set: &RuleSet,
    w: &Window<'_>,
    cue: (usize, usize),
    subject_named: bool,
) -> Option<String> {
    if matches!(rq.unit, QUnit::Date | QUnit::Duration) {
        return None;
    }
    let noun = own_noun(q, w, cue);
    // `about $42.5 million` names the value as surely as `$42.5 million`
    // does; a bound (`at least`) names none.
    let approximate = q
        .qualifier
        .as_ref()
        .is_none_or(|k| k.kind == QualifierKind::Approximate);
    let exact = approximate
        .then_some(q.value)
        .flatten()
        .filter(|v| significant_digits(*v) >= 3);
    if !noun && exact.is_none() {
        return None;
    }
    let fact = rq.fact?;
    if q.interval.intersects(&fact) {
        return None;
    }
    let other = set
        .quantities
        .iter()
        .filter(|o| !std::ptr::eq(*o, rq) && o.unit == rq.unit)
        // A noun fits many quantities: the other must name it.
        .filter(|o| !noun || names_noun(o, q))
        // An earlier figure of the same thing is what a stale draft
        // repeats: the error fact-mismatch is for.
        .filter(|o| !earlier_snapshot(o))
        // The quantity's subject named next to the figure makes it the
        // quantity's (`The FAA grounded 65 jets`, 65 the fleet of Alaska
        // Airlines), unless the other quantity is of no other subject
        // (Toyota's net profit and its forecast).
        .filter(|o| noun || !subject_named || !another_subject(o, rq))
        .find(|o| {
            o.fact.is_some_and(|f| {
                f.low.is_finite()
                    && f.high.is_finite()
                    && if noun {
                        q.interval.intersects(&f)
                    } else {
                        // The value the fact is written as (the middle
                        // of a rounded or `about` fact), not any value
                        // its rounding allows.
                        exact.is_some_and(|v| {
                            let mid = (f.low + f.high) / 2.0;
                            (v - mid).abs() <= 1e-9 * mid.abs().max(1.0)
                        })
                    }
            })
        })?;
    let how = if noun {
        "its cue is only the noun of what it counts, and it fits"
    } else {
        "it is exactly"
    };
    Some(format!(
        "not `{}`: it contradicts that fact, {how} the fact the sheet pins for `{}`, a quantity of the same unit: binds to neither",
        rq.id, other.id
    ))
}

/// True when `o` declares a subject `rq` does not.
fn another_subject(o: &RuleQuantity, rq: &RuleQuantity) -> bool {
    o.subjects
        .iter()
        .any(|s| !rq.subjects.iter().any(|r| r.eq_ignore_ascii_case(s)))
}

/// Why a weekday (`Friday`, read against the byline as January 26) is not
/// `rq`'s: it is not `rq`'s pinned day but is exactly the day the sheet
/// pins for another date quantity (the semi-final's, not the final's).
pub(super) fn another_day(days: Interval, rq: &RuleQuantity, set: &RuleSet) -> Option<String> {
    let fact = rq.fact?;
    if days.intersects(&fact) {
        return None;
    }
    let other = set.quantities.iter().find(|o| {
        !std::ptr::eq(*o, rq) && o.unit == QUnit::Date && o.fact.is_some_and(|f| f == days)
    })?;
    Some(format!(
        "not `{}`: it is the day the sheet pins for `{}`",
        rq.id, other.id
    ))
}

/// True when the cue is the word right after the figure and the number
/// grammar read that word as what the figure counts (`seven overs`, `50
/// overs`), not a word that follows money or a share (`$52 each`).
fn own_noun(q: &Quantity, w: &Window<'_>, cue: (usize, usize)) -> bool {
    let Some(noun) = q.noun.as_deref() else {
        return false;
    };
    cue.0 >= w.figure_end
        && w.s
            .text
            .get(w.figure_end..cue.0)
            .is_some_and(|gap| gap.len() <= 2 && gap.chars().all(|c| c == ' ' || c == '-'))
        && w.s
            .text
            .get(cue.0..cue.1)
            .is_some_and(|c| c.eq_ignore_ascii_case(noun))
}

/// True when the quantity's `about` or cues name what the figure counts
/// (`seven overs` and `overs to spare`): a figure of another noun (`seven
/// wickets`), or of none, is not that quantity's.
fn names_noun(o: &RuleQuantity, q: &Quantity) -> bool {
    let Some(noun) = q.noun.as_deref() else {
        return false;
    };
    let noun = noun.to_lowercase();
    let stem = noun.strip_suffix('s').unwrap_or(&noun);
    if stem.len() < 3 {
        return false;
    }
    let about = o.about.as_deref().unwrap_or("").to_lowercase();
    about.contains(stem) || o.cues.iter().any(|c| c.to_lowercase().contains(stem))
}

/// True when the quantity is an earlier figure of something (`period:` or
/// `as_of:` declared, or its `about` says `earlier`, `initial`, `previous`,
/// `first reported`, `before it was revised`).
fn earlier_snapshot(o: &RuleQuantity) -> bool {
    const EARLIER: &[&str] = &[
        "earlier",
        "initial",
        "previous",
        "first reported",
        "before it was revised",
        "a year ago",
        "last year",
        "prior",
    ];
    let about = o.about.as_deref().unwrap_or("").to_lowercase();
    o.when.is_some() || EARLIER.iter().any(|e| about.contains(e)) || dated(&about)
}

/// True when an `about` dates its count (`deaths counted by 6 January`,
/// `as of Tuesday`): a running figure taken on a day, which a later one
/// replaces.
fn dated(about: &str) -> bool {
    [
        "counted by ",
        "reported by ",
        "confirmed by ",
        "as of ",
        "as at ",
    ]
    .iter()
    .any(|lead| {
        about.match_indices(lead).any(|(i, _)| {
            let rest = about[i + lead.len()..].trim_start_matches("the ");
            let word = rest
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            rest.starts_with(|c: char| c.is_ascii_digit())
                || crate::extract::lexicon::month(word).is_some()
                || crate::extract::time::WEEKDAYS.contains(&word)
        })
    })
}

/// The significant digits of a value (`131` in $131 million is 3, `4.5`
/// billion 2, `25`% 2): a round value is another quantity's fact by chance
/// as often as not; one of three or more digits seldom is.
fn significant_digits(v: f64) -> usize {
    let s = format!("{:.6e}", v.abs());
    let mantissa = s.split('e').next().unwrap_or("");
    mantissa
        .chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .trim_end_matches('0')
        .len()
        .max(1)
}

#[cfg(test)]
mod tests {
    use super::significant_digits;

    #[test]
    fn round_values_have_few_significant_digits() {
        assert_eq!(significant_digits(131e6), 3);
        assert_eq!(significant_digits(4.5e9), 2);
        assert_eq!(significant_digits(25.0), 2);
        assert_eq!(significant_digits(1819.6), 5);
        assert_eq!(significant_digits(7.0), 1);
        assert_eq!(significant_digits(6.05e9), 3);
    }
}
