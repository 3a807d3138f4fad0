//! Whether a figure's unit fits a quantity's, and the unit's name in messages.

use crate::claim::{Measure, Quantity, TimeLabel, UnitClass};
use crate::rules::QUnit;

/// True when the claim's unit fits the quantity's.
pub(super) fn unit_fits(q: &Quantity, unit: &QUnit) -> bool {
    match unit {
        QUnit::Any => q.measure != Measure::Time,
        QUnit::People => q.measure == Measure::Count && q.unit == UnitClass::People,
        QUnit::Money(cur) => {
            q.measure == Measure::Money && cur.as_deref().is_none_or(|c| q.currency == Some(c))
        }
        QUnit::Percent => q.measure == Measure::Percent,
        QUnit::PercentagePoints => q.measure == Measure::PercentagePoints,
        QUnit::Count => q.measure == Measure::Count,
        QUnit::Date => matches!(
            q.period,
            Some(TimeLabel::Date { .. } | TimeLabel::Weekday { .. })
        ),
        QUnit::Duration => {
            q.unit == UnitClass::Duration
                && q.noun
                    .as_deref()
                    .and_then(crate::rules::date::days_per)
                    .is_some()
        }
        QUnit::PerShare(cur) => {
            q.measure == Measure::Money && cur.as_deref().is_none_or(|c| q.currency == Some(c))
        }
    }
}

/// A quantity's unit as messages name it.
pub(crate) fn unit_name(u: &QUnit) -> String {
    match u {
        QUnit::Any => "any".into(),
        QUnit::People => "people".into(),
        QUnit::Money(Some(c)) => c.clone(),
        QUnit::Money(None) => "money".into(),
        QUnit::Percent => "percent".into(),
        QUnit::PercentagePoints => "percentage points".into(),
        QUnit::Count => "count".into(),
        QUnit::Date => "date".into(),
        QUnit::Duration => "duration (compared in days)".into(),
        QUnit::PerShare(Some(c)) => format!("{c} per share"),
        QUnit::PerShare(None) => "money per share".into(),
    }
}
