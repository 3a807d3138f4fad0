//! From a figure and its qualifier to a value and an interval (SPEC 2.1):
//! implicit precision, bounds, ranges.

use super::*;

/// Options of numeric extraction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberOptions {
    /// Relative tolerance an `approximately`-style qualifier adds either side (0.05 = 5%).
    pub approx_tolerance: f64,
}

impl Default for NumberOptions {
    fn default() -> Self {
        NumberOptions {
            approx_tolerance: 0.05,
        }
    }
}

/// Half the width of what a bare figure rounds from (SPEC 2.1): half a unit
/// of its last non-zero digit, never more than 5% of its value. `10,000` is
/// [9,500, 10,500], not anything from 5,000 to 15,000; `14,000` stays
/// [13,500, 14,500]; `20` is [19.5, 20.5].
pub fn precision(value: f64, step: f64) -> f64 {
    (step / 2.0).min(value.abs() * MAX_IMPLICIT_PRECISION)
}

/// The most a bare figure's implicit precision reaches either side, as a share of its value.
pub const MAX_IMPLICIT_PRECISION: f64 = 0.05;

/// How far a simple fraction written with a qualifier (`just over a
/// third`, `almost half`) may stand from the figure it rounds, relative.
const FRACTION_ROUNDING: f64 = 0.10;

/// Where an upper bound's interval starts: `up to 30,000` is [0, 30,000]
/// (counts, money and shares are not negative); a negative bound has no floor.
pub(super) fn floor_of(v: f64) -> f64 {
    if v >= 0.0 { 0.0 } else { f64::NEG_INFINITY }
}

/// Computes value and interval from a figure and its qualifier.
pub(super) fn quantity_of(
    fig: &Figure,
    qualifier: Option<Qualifier>,
    opts: NumberOptions,
) -> Quantity {
    let step_of = |n: &Numeral| -> f64 {
        let s = match fig.measure {
            // Percentages are written to whole points unless decimals say otherwise.
            Measure::Percent | Measure::PercentagePoints if n.form != Form::Decimal => 1.0,
            // A whole number under a hundred, with no scale word, is read to
            // the unit: `20` is [19.5, 20.5], its trailing zero is not a
            // rounding (`$40 million` still rounds to the ten million).
            _ if n.form != Form::Decimal
                && n.value.abs() < 100.0
                && n.step > 1.0
                && fig.scale.abs() <= 1.0 =>
            {
                1.0
            }
            _ => n.step,
        };
        s * fig.scale.abs()
    };
    let v1 = fig.first.value * fig.scale;
    let st1 = step_of(&fig.first);
    let (value, mut interval, step, range) = match &fig.second {
        Some(second) => {
            let v2 = second.value * fig.scale;
            // A range is exactly its endpoints (SPEC 2.1): `between 20 and 30` is [20, 30].
            let st = st1.min(step_of(second));
            (
                None,
                Interval::new(v1.min(v2), v1.max(v2)),
                st,
                Some((v1, v2)),
            )
        }
        None => (
            Some(v1),
            Interval::around(v1, precision(v1, st1)),
            st1,
            None,
        ),
    };
    if let (Some(v), Some(q)) = (value, &qualifier) {
        let t = (v * opts.approx_tolerance).abs();
        // `just over a third` of a vote is 35.38% as well as 34%: a simple
        // fraction is itself a rounding, to a tenth of it either way.
        let t = if fig.first.form == Form::Fraction && fig.second.is_none() {
            t.max((v * FRACTION_ROUNDING).abs())
        } else {
            t
        };
        interval = match q.kind {
            QualifierKind::Approximate => {
                Interval::new(interval.low.min(v - t), interval.high.max(v + t))
            }
            QualifierKind::JustBelow => Interval::new(interval.low.min(v - t), v),
            QualifierKind::JustAbove => Interval::new(v, interval.high.max(v + t)),
            // A bound is the figure itself, not its rounding: `more than
            // 27,000` starts at 27,000, `at most 100` ends at 100.
            QualifierKind::AtLeast => Interval::new(v, f64::INFINITY),
            QualifierKind::AtMost => Interval::new(floor_of(v), v),
        };
    } else if let Some(q) = &qualifier {
        interval = match q.kind {
            QualifierKind::AtLeast => Interval::new(interval.low, f64::INFINITY),
            QualifierKind::AtMost => Interval::new(floor_of(interval.low), interval.high),
            _ => interval,
        };
    }
    let unit = match fig.measure {
        Measure::Money => UnitClass::Money,
        Measure::Percent => UnitClass::Percent,
        Measure::PercentagePoints => UnitClass::PercentagePoints,
        Measure::Time => UnitClass::Time,
        Measure::Count => UnitClass::Count,
    };
    Quantity {
        measure: fig.measure,
        value,
        interval,
        step,
        currency: fig.currency,
        unit,
        noun: None,
        qualifier,
        period: None,
        vague: false,
        comparison: false,
        range: range.map(Box::new),
    }
}

/// `3 million and a half` (3.5 million) and `two thirds of a million` (666,667).
pub(super) fn scaled_fraction(
    rest: &str,
    mut n: Numeral,
    scale: Option<f64>,
) -> (&str, Numeral, Option<f64>) {
    let fraction_word = |s| {
        alt((
            (tag("half"), nom::combinator::success(0.5)),
            (tag("quarter"), nom::combinator::success(0.25)),
            (tag("third"), nom::combinator::success(1.0 / 3.0)),
        ))
        .parse(s)
    };
    if let Some(s) = scale {
        let parsed: PResult<'_, _> = (
            space1,
            tag("and"),
            space1,
            alt((tag("a"), tag("one"))),
            space1,
            fraction_word,
        )
            .parse(rest);
        if let Ok((r, (_, _, _, _, _, (_, f)))) = parsed {
            n.value += f;
            n.step = 0.0;
            n.form = Form::Decimal;
            return (r, n, Some(s));
        }
        return (rest, n, scale);
    }
    if n.form == Form::Fraction {
        let parsed: PResult<'_, _> = (
            space1,
            tag("of"),
            space1,
            tag("a"),
            space1,
            number::scale_name,
        )
            .parse(rest);
        if let Ok((r, (_, _, _, _, _, s))) = parsed {
            n.form = Form::Decimal;
            return (r, n, Some(s));
        }
    }
    (rest, n, scale)
}

/// `more than 100 and less than 300`: a range from two opposite bounds.
pub(super) fn bounded_range(low: &Figure, high: &Figure, opts: NumberOptions) -> Quantity {
    let lo = quantity_of(low, None, opts);
    let hi = quantity_of(high, None, opts);
    let (a, b) = (
        lo.value.unwrap_or(lo.interval.low),
        hi.value.unwrap_or(hi.interval.high),
    );
    // `more than 100 and less than 300`: the bounds themselves.
    Quantity {
        value: None,
        interval: Interval::new(a, b),
        step: lo.step.max(hi.step),
        range: Some(Box::new((a, b))),
        qualifier: None,
        ..lo
    }
}

pub(super) fn first_is_bare(fig: &Figure) -> bool {
    fig.scale == 1.0
}
