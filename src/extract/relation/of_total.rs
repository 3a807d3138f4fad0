//! `R, about P% of the total`: a figure restated as its share of a total
//! the draft gave shortly before (`Bookings of €2.6 billion … EUV machines
//! made up €1.4 billion of them, about 70% of the total`; `a $700 million
//! contract … The rest — $680 million, some 90% of the total — is
//! deferred`).
//!
//! The total is not named at the share, so it is looked for among the
//! figures of the same measure and currency, larger than the part, in the
//! share's sentence and the three before it (counts only of the same
//! noun: `4.1 million` votes are no total of `72 seats`). Of those, the one the share
//! fits best is taken: a draft whose share fits some total there is never
//! reported, and one whose share fits none is reported against the closest.

use super::share::restates;
use super::{Fig, addable, between, window};
use crate::claim::{Measure, Relation};

/// What a share says it is a share of, when that is the total of figures
/// given before.
const OF_TOTAL: &[&str] = &[
    "of the total",
    "of the overall total",
    "of the whole",
    "of the overall figure",
    "of total",
];

/// How many sentences back a total may stand.
const REACH: u32 = 3;

/// Each count or sum followed, in its sentence, by a percentage, with the
/// count's index in `all`: the `R, P% of …` pairs a share of a total may be.
pub(super) fn part_then_share<'a, 'c>(
    all: &'a [Fig<'c>],
) -> impl Iterator<Item = (usize, &'a Fig<'c>, &'a Fig<'c>)> {
    all.windows(2)
        .enumerate()
        .map(|(i, w)| (i, &w[0], &w[1]))
        .filter(|(_, r, p)| {
            p.measure == Measure::Percent
                && matches!(r.measure, Measure::Count | Measure::Money)
                && r.claim.sentence == p.claim.sentence
        })
}

/// Adds `R, P% of the total` shares (see the module doc).
pub(super) fn of_the_total(text: &str, all: &[Fig<'_>], out: &mut Vec<Relation>) {
    let value = |f: &Fig<'_>| f.quantity().and_then(|q| q.value);
    for (at, r, p) in part_then_share(all) {
        if !restates(&between(text, r.claim.span, p.claim.span)) {
            continue;
        }
        let after = window(text, p.claim.span.end, p.claim.span.end + 28);
        let after = after.trim_start();
        if !OF_TOTAL.iter().any(|w| {
            after
                .strip_prefix(w)
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
        }) {
            continue;
        }
        let (Some(rv), Some(pv)) = (value(r), value(p)) else {
            continue;
        };
        if pv <= 0.0 || pv >= 100.0 || rv <= 0.0 {
            continue;
        }
        let totals = all[..at]
            .iter()
            .rev()
            .take_while(|b| b.claim.sentence + REACH >= r.claim.sentence)
            .filter(|b| addable(b, r) && same_thing(b, r) && value(b).is_some_and(|bv| bv > rv));
        push_best(out, totals, r, p);
    }
}

/// Adds `P% of the total` for the part `r` and the share `p` against the
/// total of `totals` the share fits best (`R / total` closest to `P`), when
/// there is one. Shared with `of_named_total`.
pub(super) fn push_best<'f, 'c: 'f>(
    out: &mut Vec<Relation>,
    totals: impl Iterator<Item = &'f Fig<'c>>,
    r: &Fig<'_>,
    p: &Fig<'_>,
) {
    let value = |f: &Fig<'_>| f.quantity().and_then(|q| q.value);
    let (Some(rv), Some(pv)) = (value(r), value(p)) else {
        return;
    };
    let miss = |f: &Fig<'_>| (100.0 * rv / value(f).unwrap_or(f64::INFINITY) - pv).abs();
    if let Some(b) = totals.min_by(|a, b| miss(a).total_cmp(&miss(b))) {
        out.push(Relation::PercentOf {
            percent: p.idx,
            base: Some(b.idx),
            result: Some(r.idx),
            of: None,
        });
    }
}

/// True when a count `b` counts what `r` counts (both name one noun); money
/// of one currency always does.
fn same_thing(b: &Fig<'_>, r: &Fig<'_>) -> bool {
    if r.measure != Measure::Count {
        return true;
    }
    let head = |f: &Fig<'_>| {
        f.quantity()
            .and_then(|q| q.noun.as_deref())
            .and_then(|n| n.split_whitespace().next())
            .map(str::to_lowercase)
    };
    matches!((head(b), head(r)), (Some(x), Some(y)) if x == y)
}

#[cfg(test)]
mod tests {
    use super::super::shares;

    #[test]
    fn the_total_is_the_figure_the_share_fits_best() {
        let got = shares(
            "Orders came to €2.6 billion, less than half the €5.6 billion of the quarter before. \
             Machines made up €1.4 billion of them, about 54% of the total.",
        );
        assert!(got.contains(&(
            "about 54%".into(),
            "€2.6 billion".into(),
            "€1.4 billion".into()
        )));
        // Votes are no total of seats.
        assert!(
            shares("It won a little over 4.1 million votes and 72 seats, about 11% of the total.")
                .is_empty()
        );
    }
}
