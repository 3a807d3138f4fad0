//! A figure nowhere near its quantity's pinned fact, or of another kind than
//! the fact, is another figure.
//!
//! A sheet that pins `deal_value` at `$35.9 billion` or Kellanova's sales at
//! `about $13 billion` is not describing the `$83.50` offered for each share
//! or a share price of `around $80`, though those sit beside the same cues
//! and subject. A writer's slip in scale is one scale word (`$35.9 million`
//! for billion, a factor of a thousand) and still binds, so `fact-mismatch`
//! reports it; a figure ten thousand times smaller than the fact, written
//! with no scale word of its own, is a price, a per-share amount or a count
//! of something else, and does not bind.
//!
//! Likewise a quantity pinned with a plain figure (`fact: "247.85
//! billion"`, any unit) does not take a percentage (`net income rose 36%`),
//! and one pinned with a percentage does not take a plain figure: the fact
//! says what kind of figure the quantity is. And a figure ten thousand times
//! the fact or more, or as far below, with other leading digits (`about 1
//! trillion rupees` of revenue beside a pinned `Rs 12.75 lakh`) is another
//! amount: a slip of scale keeps its digits. A range (`4-5`, a game score
//! beside a pinned prize) is read by its middle. A vague figure (`dozens of
//! its lawmakers` beside a pinned 12) binds only when the fact falls in it:
//! it states an order of magnitude, which a writer does not get wrong by a
//! slip.

use crate::claim::{Measure, Quantity};
use crate::rules::{QUnit, RuleQuantity};

/// How many times smaller than the fact a figure must be to be another one.
const FAR_BELOW: f64 = 1e4;

/// Why `q` is not `rq`'s figure by its size or kind, if it is not.
pub(super) fn refusal(q: &Quantity, rq: &RuleQuantity) -> Option<String> {
    let fact = rq.fact?;
    let text = rq.fact_text.as_deref().unwrap_or("");
    if matches!(rq.unit, QUnit::Any) && q.measure != Measure::Time {
        let lower = text.to_ascii_lowercase();
        let fact_percent =
            text.contains('%') || lower.contains("per cent") || lower.contains("percent");
        let percent = matches!(q.measure, Measure::Percent | Measure::PercentagePoints);
        if percent != fact_percent {
            let (is, not) = if percent {
                ("a percentage", "a plain figure")
            } else {
                ("a plain figure", "a percentage")
            };
            return Some(format!(
                "not `{}`: it is {is}, and the sheet pins `{}` as {not} (`{text}`)",
                rq.id, rq.id
            ));
        }
    }
    // A range (`4-5`) is read by its middle.
    // `dozens of its lawmakers`, `hundreds of residents`: an order of
    // magnitude, held to no pinned value; one the fact falls in agrees
    // with it (`thousands of employees` beside a pinned 14,000).
    if q.vague && q.measure != Measure::Time && !q.interval.intersects(&fact) {
        return Some(format!(
            "not `{}`: a vague figure the sheet's `{text}` does not fall in, an order of magnitude of something else",
            rq.id
        ));
    }
    let v = q
        .value
        .or_else(|| q.range.as_deref().map(|&(a, b)| (a + b) / 2.0))?
        .abs();
    let low = fact.low.abs();
    if q.measure == Measure::Money
        && low.is_finite()
        && low >= 1e6
        && v > 0.0
        && v * FAR_BELOW < low
        && v < 1e6
    {
        return Some(format!(
            "not `{}`: it is far below the sheet's `{text}` and has no scale word (a price or an amount per item)",
            rq.id
        ));
    }
    // Ten thousand times the fact or more, or as far below, with other
    // digits than the fact's: not a slip of scale (`$1.6 million` for
    // `$1.6 billion` keeps its digits) but another amount (`about 1 trillion
    // rupees` of revenue beside a pinned `Rs 12.75 lakh` limit).
    let high = fact.high.abs();
    if low.is_finite()
        && high.is_finite()
        && low > 0.0
        && v > 0.0
        && (v >= high * FAR_BELOW || v * FAR_BELOW <= low)
        && leading(v) != leading(low)
        && leading(v) != leading(high)
    {
        return Some(format!(
            "not `{}`: it is ten thousand times the sheet's `{text}` or more (or as far below), with other digits: another amount, not a slip of scale",
            rq.id
        ));
    }
    None
}

/// The first two significant digits of a positive figure (`1,275,000` → 12).
fn leading(v: f64) -> u32 {
    let e = v.log10().floor();
    ((v / 10f64.powf(e - 1.0)) + 1e-9).floor() as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Interval;

    fn quantity(unit: QUnit, fact_text: &str, low: f64, high: f64) -> RuleQuantity {
        RuleQuantity {
            id: "q".into(),
            about: None,
            unit,
            subjects: Vec::new(),
            cues: Vec::new(),
            exclude: Vec::new(),
            fact: Some(Interval::new(low, high)),
            fact_text: Some(fact_text.into()),
            fact_point: None,
            fact_span: None,
            source: None,
            when: None,
            span: crate::source::Span { start: 0, end: 0 },
        }
    }

    fn figure(measure: Measure, v: f64) -> Quantity {
        Quantity::bare(measure, v, crate::claim::UnitClass::Count)
    }

    #[test]
    fn a_price_beside_a_billion_dollar_fact_is_another_figure() {
        let sales = quantity(QUnit::Money(None), "about $13 billion", 12.35e9, 13.65e9);
        assert!(refusal(&figure(Measure::Money, 83.5), &sales).is_some());
        // A slip of one scale word still binds, for fact-mismatch to report.
        assert!(refusal(&figure(Measure::Money, 13e6), &sales).is_none());
        assert!(refusal(&figure(Measure::Money, 12.9e9), &sales).is_none());
    }

    #[test]
    fn an_amount_ten_thousand_times_the_fact_with_other_digits_is_another() {
        let limit = quantity(QUnit::Money(None), "Rs 12.75 lakh", 1.275e6, 1.275e6);
        assert!(refusal(&figure(Measure::Money, 1e12), &limit).is_some());
        // The same digits a thousand or a million times over: a scale slip.
        assert!(refusal(&figure(Measure::Money, 1.275e9), &limit).is_none());
        assert!(refusal(&figure(Measure::Money, 1.275e12), &limit).is_none());
        // A hundred times: still compared.
        assert!(refusal(&figure(Measure::Money, 1e8), &limit).is_none());
        assert_eq!(super::leading(1_275_000.0), 12);
        assert_eq!(super::leading(60_000.0), 60);
    }

    #[test]
    fn the_fact_says_whether_a_percentage_fits() {
        let plain = quantity(QUnit::Any, "247.85 billion", 247.8e9, 247.9e9);
        assert!(refusal(&figure(Measure::Percent, 36.0), &plain).is_some());
        assert!(refusal(&figure(Measure::Count, 247.85e9), &plain).is_none());
        let share = quantity(QUnit::Any, "about 8%", 7.6, 8.4);
        assert!(refusal(&figure(Measure::Count, 8000.0), &share).is_some());
        assert!(refusal(&figure(Measure::Percent, 8.0), &share).is_none());
    }
}
