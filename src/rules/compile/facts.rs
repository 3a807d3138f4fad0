//! Units, currencies and pinned facts: what a quantity's `unit`,
//! `currency` and `fact` may say, refused with the reason when out of range.

use super::*;

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
    let units = ["people", "money", "percent", "count"];
    r.help = Some(
        match did_you_mean(code, known.iter().copied().chain(units)) {
            Some(m) => format!("did you mean `{m}`? currencies: {}", known.join(", ")),
            None => format!(
                "units: people, money, percent, percentage_points, count; currencies: {}",
                known.join(", ")
            ),
        },
    );
    r
}

/// `people`, `money`, `percent`, `percentage_points`, `count`, or a currency code.
pub(super) fn parse_unit(u: &str, currency: Option<&str>) -> Option<QUnit> {
    let lower = u.to_lowercase();
    Some(match lower.as_str() {
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

/// A pinned value as an interval (a single figure is exact: the sheet states
/// the truth). Refused: no figure, a number past [`MAX_NUMBER`] or not
/// finite, a range whose low end is above its high end, `{}` with neither end.
pub(super) fn parse_fact(f: &RawFact) -> Result<Interval, BadFact> {
    let too_large = || {
        bad_fact(
            format!(
                "the fact is larger than {}, the largest figure factlint reads",
                expr::show_limit(MAX_NUMBER)
            ),
            "too large",
        )
    };
    let interval = match f {
        RawFact::Number(v) => {
            if !in_range(*v) {
                return Err(too_large());
            }
            Interval::point(*v)
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
            Interval::new(
                min.unwrap_or(f64::NEG_INFINITY),
                max.unwrap_or(f64::INFINITY),
            )
        }
        RawFact::Text(t) => {
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
            // A figure too long to be a number reads as unbounded or infinite.
            let stated = [q.value, q.range.map(|r| r.0), q.range.map(|r| r.1)];
            if stated.iter().flatten().any(|&v| !in_range(v))
                || (q.value.is_none()
                    && q.range.is_none()
                    && !(in_range(q.interval.low) && in_range(q.interval.high)))
            {
                return Err(too_large());
            }
            // As written, without the widening for implicit precision:
            // `"more than 27,000"` is 27,000 and up.
            let (low, high) = q.stated_bounds();
            Interval::new(
                low.unwrap_or(f64::NEG_INFINITY),
                high.unwrap_or(f64::INFINITY),
            )
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
    Ok(interval)
}
