//! Units, currencies and pinned facts: what a quantity's `unit`,
//! `currency` and `fact` may say, refused with the reason when out of range.

use super::*;
use crate::claim::{Measure, Quantity, TimeLabel, UnitClass};
use crate::rules::date;

/// The currency codes the figure grammar can give a figure (`$` is `USD`,
/// `euros` is `EUR`): a quantity in any other currency would never bind.
pub(super) fn known_currencies() -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = lexicon::CURRENCY_PREFIXES
        .iter()
        .map(|(_, c)| *c)
        .chain(lexicon::CURRENCY_WORDS.iter().map(|(_, (c, _))| *c))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}

/// A currency code no figure can be in (`unit: ppl`, `currency: USDD`).
pub(super) fn unknown_currency(
    text: &str,
    at: &Spanned<String>,
    code: &str,
    known: &[&str],
) -> RuleError {
    let mut r = err(
        Some(span_of(text, at)),
        format!(
            "`{code}` is not a unit or a currency factlint reads in drafts, so no figure would ever bind"
        ),
        "unknown currency",
    );
    let units = ["people", "money", "percent", "count", "date"];
    r.help = Some(
        match did_you_mean(code, known.iter().copied().chain(units)) {
            Some(m) => format!("did you mean `{m}`? currencies: {}", known.join(", ")),
            None => format!("units: {UNITS}; currencies: {}", known.join(", ")),
        },
    );
    r
}

/// The units a quantity may name, as the help of an unknown unit lists them.
pub(super) const UNITS: &str =
    "people, count, money, per_share, percent, percentage_points, date, duration";

/// `people`, `money`, `percent`, `percentage_points`, `count`, `date`,
/// `duration`, `per_share`, or a currency code.
pub(super) fn parse_unit(u: &str, currency: Option<&str>) -> Option<QUnit> {
    let lower = u.to_lowercase();
    Some(match lower.as_str() {
        "date" => QUnit::Date,
        "duration" => QUnit::Duration,
        "per_share" | "per share" | "eps" => QUnit::PerShare(currency.map(str::to_uppercase)),
        "people" | "jobs" | "employees" | "staff" | "headcount" => QUnit::People,
        "money" => QUnit::Money(currency.map(str::to_uppercase)),
        "percent" | "%" => QUnit::Percent,
        "percentage_points" | "points" | "pp" => QUnit::PercentagePoints,
        "count" => QUnit::Count,
        _ if u.len() == 3 && u.chars().all(|c| c.is_ascii_alphabetic()) => {
            QUnit::Money(Some(u.to_uppercase()))
        }
        _ => return None,
    })
}

/// Why a fact cannot be pinned.
pub(super) struct BadFact {
    pub(super) message: String,
    pub(super) label: &'static str,
}

pub(super) fn bad_fact(message: impl Into<String>, label: &'static str) -> BadFact {
    BadFact {
        message: message.into(),
        label,
    }
}

/// A number a fact may use: finite, at most [`MAX_NUMBER`] either way.
pub(super) fn in_range(v: f64) -> bool {
    v.is_finite() && v.abs() <= MAX_NUMBER
}

/// A pinned value as read: its interval, the words it was written in (for
/// messages) and, for a figure written as text, what the figure grammar read.
pub(super) struct Fact {
    pub(super) interval: Interval,
    pub(super) text: Option<String>,
    pub(super) figure: Option<Quantity>,
}

impl Fact {
    /// The one value the fact states: a YAML number, or a figure written
    /// as text with no range and no bound (`"about 98.3 million"`).
    pub(super) fn point(&self) -> Option<f64> {
        match &self.figure {
            None => (self.interval.low == self.interval.high).then_some(self.interval.low),
            Some(q) => q
                .value
                .filter(|_| !q.qualifier.as_ref().is_some_and(|k| k.kind.is_bound())),
        }
    }
}

/// A pinned value as an interval. A YAML number is exact (the sheet states
/// the truth); a figure written as text means what the same words mean in a
/// draft, read by the drafts' own grammar (`quantity::scan`): `"14,000"` is
/// 13,500–14,500, `"about $4 billion"` a little more either way, `"more than
/// 11,000"` and `"12,000+"` 11,000 and up, `"up to 30,000"` 0 to 30,000.
/// Refused: no figure or several, a date, a number past [`MAX_NUMBER`] or
/// not finite, a range whose low end is above its high end, `{}` with
/// neither end.
pub(super) fn parse_fact(f: &RawFact) -> Result<Fact, BadFact> {
    let too_large = || {
        bad_fact(
            format!(
                "the fact is larger than {}, the largest figure factlint reads",
                expr::show_limit(MAX_NUMBER)
            ),
            "too large",
        )
    };
    let (interval, text, figure) = match f {
        RawFact::Number(v) => {
            if !in_range(*v) {
                return Err(too_large());
            }
            (Interval::point(*v), None, None)
        }
        RawFact::Range(RawRange { min, max }) => {
            if min.is_none() && max.is_none() {
                return Err(bad_fact(
                    "a fact range needs `min`, `max` or both",
                    "no bound",
                ));
            }
            if !min.is_none_or(in_range) || !max.is_none_or(in_range) {
                return Err(too_large());
            }
            let i = Interval::new(
                min.unwrap_or(f64::NEG_INFINITY),
                max.unwrap_or(f64::INFINITY),
            );
            (i, None, None)
        }
        RawFact::Text(t) => {
            let q = read_figure(t, too_large)?;
            (q.interval, Some(t.trim().to_string()), Some(q))
        }
    };
    if interval.low > interval.high {
        return Err(bad_fact(
            format!(
                "the fact's low end ({}) is above its high end ({}), so no figure could match it",
                crate::labels::show(interval.low),
                crate::labels::show(interval.high)
            ),
            "min above max",
        ));
    }
    Ok(Fact {
        interval,
        text,
        figure,
    })
}

/// The one figure a fact written as text states, read as a draft would read it.
pub(super) fn read_figure(t: &str, too_large: impl Fn() -> BadFact) -> Result<Quantity, BadFact> {
    let s = crate::extract::sentence::split(t);
    let found = crate::extract::quantity::scan(t, &s, Default::default());
    let Some(q) = found.first().map(|f| &f.quantity) else {
        return Err(bad_fact(
            "the fact is not a figure factlint can read",
            "not a figure",
        ));
    };
    let shown = |f: &crate::extract::quantity::Found| {
        t.get(f.span.start..f.span.end).unwrap_or("").to_string()
    };
    if let Some(second) = found.get(1) {
        return Err(bad_fact(
            format!(
                "the fact holds more than one figure (`{}`, then `{}`), and only one is pinned",
                shown(&found[0]),
                shown(second)
            ),
            "more than one figure",
        ));
    }
    // Digits outside the figure read (`"15,000-13,000"`: a range written
    // high to low reads as 15,000) would be ignored without a word.
    let span = found[0].span;
    let before = t.get(..span.start).unwrap_or("");
    let after = t.get(span.end..).unwrap_or("");
    if before
        .chars()
        .chain(after.chars())
        .any(|c| c.is_ascii_digit())
    {
        return Err(bad_fact(
            format!(
                "factlint reads only `{}` as the fact and would ignore the rest (`{}`)",
                shown(&found[0]),
                format!("{} {}", before.trim(), after.trim()).trim()
            ),
            "not one figure",
        ));
    }
    // A date or year is no figure of any quantity (`28 October 2025` would
    // otherwise pin 2,025): [`unit_mismatch`] refuses it, naming the unit.
    if q.measure == Measure::Time {
        return Ok(q.clone());
    }
    // A figure too long to be a number reads as unbounded or infinite.
    let stated = [
        q.value,
        q.range.as_deref().map(|r| r.0),
        q.range.as_deref().map(|r| r.1),
    ];
    if stated.iter().flatten().any(|&v| !in_range(v))
        || (q.value.is_none()
            && q.range.is_none()
            && !(in_range(q.interval.low) && in_range(q.interval.high)))
    {
        return Err(too_large());
    }
    Ok(q.clone())
}

/// What a figure is in, in words (`a percentage`, `money in EUR`).
fn unit_of_figure(q: &Quantity) -> String {
    match (q.measure, q.unit) {
        (Measure::Money, _) => match q.currency {
            Some(c) => format!("money in {c}"),
            None => "money".into(),
        },
        (Measure::Percent, _) => "a percentage".into(),
        (Measure::PercentagePoints, _) => "percentage points".into(),
        (Measure::Time, _) => "a date".into(),
        (_, UnitClass::People) => "a count of people".into(),
        (_, UnitClass::Duration) => "a span of time".into(),
        _ => match &q.noun {
            Some(n) => format!("a count of {n}"),
            None => "a plain number".into(),
        },
    }
}

/// What a quantity's figures are, in words.
fn unit_of_quantity(u: &QUnit) -> String {
    match u {
        QUnit::Any => "any figure".into(),
        QUnit::People => "a count of people".into(),
        QUnit::Money(Some(c)) => format!("money in {c}"),
        QUnit::Money(None) => "money".into(),
        QUnit::Percent => "a percentage".into(),
        QUnit::PercentagePoints => "percentage points".into(),
        QUnit::Count => "a count".into(),
        QUnit::Date => "a date".into(),
        QUnit::Duration => "a span of time".into(),
        QUnit::PerShare(Some(c)) => format!("money per share in {c}"),
        QUnit::PerShare(None) => "money per share".into(),
    }
}

/// True when a figure in these words could be one of the quantity's: the
/// test binding applies to drafts' figures, except that a plain number (no
/// sign, currency or counted noun) is taken in the quantity's unit, as a
/// YAML number is.
fn fits(q: &Quantity, unit: &QUnit) -> bool {
    let plain = q.measure == Measure::Count && q.unit == UnitClass::Count && q.noun.is_none();
    // A date or a span says what it is: a plain number is neither.
    let said = matches!(unit, QUnit::Date | QUnit::Duration);
    (plain && !said)
        || match unit {
            QUnit::Any => q.measure != Measure::Time,
            QUnit::People => q.measure == Measure::Count && q.unit == UnitClass::People,
            QUnit::Money(cur) => {
                q.measure == Measure::Money
                    && (cur.is_none() || q.currency.is_none() || q.currency == cur.as_deref())
            }
            QUnit::Percent => q.measure == Measure::Percent,
            QUnit::PercentagePoints => q.measure == Measure::PercentagePoints,
            QUnit::Count => q.measure == Measure::Count,
            QUnit::Date => matches!(q.period, Some(TimeLabel::Date { .. })),
            QUnit::Duration => {
                q.unit == UnitClass::Duration
                    && q.noun.as_deref().and_then(date::days_per).is_some()
            }
            QUnit::PerShare(cur) => {
                q.measure == Measure::Money
                    && (cur.is_none() || q.currency.is_none() || q.currency == cur.as_deref())
            }
        }
}

/// A fact on the scale its quantity's figures are compared on: a date as
/// day numbers (a date with no year takes the sheet's `date:`), a span of
/// time in days; any other unit as read. A date or a span must be written as
/// one, in quotes: a YAML number or `{min, max}` says neither.
pub(super) fn on_scale(
    fact: &Fact,
    unit: &QUnit,
    id: &str,
    story: Option<i64>,
) -> Result<Interval, BadFact> {
    let figure = || {
        fact.figure.as_ref().ok_or_else(|| {
            bad_fact(
                format!(
                    "quantity `{id}` is {}: its fact is written as one, in quotes",
                    unit_of_quantity(unit)
                ),
                "not in the quantity's unit",
            )
        })
    };
    match unit {
        QUnit::Date => {
            let q = figure()?;
            let label = q
                .period
                .as_ref()
                .ok_or_else(|| bad_fact("no date", "no date"))?;
            let year = story.map(|d| date::civil(d).0);
            date::days_of(label, year).ok_or_else(|| {
                let written = fact.text.as_deref().unwrap_or("");
                match label {
                    TimeLabel::Date { year: None, .. } if year.is_none() => bad_fact(
                        format!("the fact `{written}` names no year, and the sheet gives no `date:` to take it from"),
                        "no year",
                    ),
                    _ => bad_fact(
                        format!("the fact `{written}` is not a day of the calendar"),
                        "no such day",
                    ),
                }
            })
        }
        QUnit::Duration => {
            let q = figure()?;
            let days = q.noun.as_deref().and_then(date::days_per).unwrap_or(1.0);
            Ok(Interval::new(
                fact.interval.low * days,
                fact.interval.high * days,
            ))
        }
        _ => Ok(fact.interval),
    }
}

/// What to write instead of a fact [`on_scale`] refuses.
pub(super) fn scale_help(unit: &QUnit) -> &'static str {
    match unit {
        QUnit::Date => {
            "write the date in quotes with its year (`\"March 7, 2025\"`), or give the sheet the story's `date: 2025-03-07`"
        }
        _ => {
            "write the span in quotes with its unit (`\"90 days\"`, `\"16 weeks\"`, `\"six months\"`)"
        }
    }
}

/// A fact whose figure is in another unit than its quantity (`5%` for
/// `unit: people`, `€1.2 billion` for `unit: USD`): no bound figure could be
/// compared with it.
pub(super) fn unit_mismatch(
    fact: &Fact,
    unit: &QUnit,
    id: &str,
    unit_written: Option<&str>,
) -> Option<BadFact> {
    let q = fact.figure.as_ref()?;
    if fits(q, unit) {
        return None;
    }
    let said = match unit {
        QUnit::Date if q.measure == Measure::Time => "a year or a part of one, not a day".into(),
        _ => unit_of_figure(q),
    };
    let written = fact.text.as_deref().unwrap_or("");
    let message = match unit_written {
        Some(u) => format!(
            "the fact `{written}` is {said}, but quantity `{id}` is {} (`unit: {u}`)",
            unit_of_quantity(unit)
        ),
        None => format!("the fact `{written}` is {said}, not a figure quantity `{id}` can hold"),
    };
    Some(BadFact {
        message,
        label: if q.measure == Measure::Time && *unit != QUnit::Date {
            "a date, not a figure"
        } else {
            "not in the quantity's unit"
        },
    })
}
