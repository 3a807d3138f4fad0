//! What a share is of: a percentage's own base (`a quarter of the legal
//! maximum`) against the base a percent quantity declares in its `about`
//! (`the GDPR cap on a fine, as a share of global annual turnover`).
//!
//! A share of one thing is not a share of another: `a quarter of the legal
//! maximum` is no cap as a share of turnover, however near the cue
//! `maximum` stands. Only a quantity whose `about` names its base after
//! `as a share of` or `as a percentage of` is held to it, and only a figure
//! whose own words name what it is of (`4% of global turnover`); a base
//! written only as a figure (`as a share of the 1,233`) is left alone, and
//! one written with a figure is named by its words (`the $4.3 billion
//! total`: a total).

use crate::claim::Quantity;
use crate::rules::{QUnit, RuleQuantity};

/// What introduces a declared base in a quantity's `about`.
const BASE_OPENERS: &[&str] = &[
    "as a share of ",
    "as a percentage of ",
    "as a proportion of ",
    "as a fraction of ",
];

/// Words that name one base between them: a workforce, spending, sales,
/// an economy's output.
const SAME_BASE: &[&[&str]] = &[
    &[
        "workforce",
        "staff",
        "employees",
        "workers",
        "headcount",
        "personnel",
        "jobs",
    ],
    &["budget", "spending", "expenditure", "outlays"],
    &["revenue", "revenues", "sales", "turnover"],
    &["gdp", "output", "economy"],
];

/// Why a percentage whose own base is `q.noun` cannot state `rq`, whose
/// `about` declares another base, when it cannot.
pub(super) fn other_base(q: &Quantity, rq: &RuleQuantity) -> Option<String> {
    if rq.unit != QUnit::Percent {
        return None;
    }
    let noun = q.noun.as_deref()?.to_lowercase();
    // A qualifier read as the noun (`about 5% of its roughly 220,000
    // employees` gives `roughly`) says nothing of the base.
    if noun.ends_with("ly") || crate::extract::lexicon::is_function_word(&noun) {
        return None;
    }
    let about = rq.about.as_deref()?.to_lowercase();
    let base = BASE_OPENERS
        .iter()
        .find_map(|o| about.find(o).map(|i| &about[i + o.len()..]))?;
    let base = base.split([',', ';', '(']).next().unwrap_or("");
    // The words that name the base: a figure in it (`the $4.3 billion
    // total`, `the 1,233`) and its scale name none.
    let words: Vec<&str> = base
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_end_matches("'s"))
        .filter(|w| {
            w.len() > 2
                && w.chars().all(char::is_alphabetic)
                && !crate::extract::lexicon::is_function_word(w)
                && !matches!(*w, "thousand" | "million" | "billion" | "trillion")
        })
        .collect();
    let same = |a: &str, b: &str| {
        a == b
            || a.strip_suffix('s') == Some(b)
            || b.strip_suffix('s') == Some(a)
            || SAME_BASE.iter().any(|g| g.contains(&a) && g.contains(&b))
    };
    let named = words.iter().any(|w| same(w, &noun));
    (!words.is_empty() && !named).then(|| {
        format!(
            "not `{}`: it is a share of {noun}, `{}` a share of {}",
            rq.id,
            rq.id,
            base.trim()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{Measure, UnitClass};

    fn share(about: &str, cues: &[&str]) -> RuleQuantity {
        RuleQuantity {
            about: Some(about.into()),
            ..super::super::tests::quantity("s", QUnit::Percent, cues)
        }
    }

    fn percent_of(noun: Option<&str>) -> Quantity {
        Quantity {
            noun: noun.map(Into::into),
            ..Quantity::bare(Measure::Percent, 25.0, UnitClass::Percent)
        }
    }

    #[test]
    fn a_share_of_another_base_is_refused() {
        let cap = share(
            "the GDPR cap on a fine, as a share of global annual turnover",
            &["cap", "maximum"],
        );
        assert!(other_base(&percent_of(Some("maximum")), &cap).is_some());
        assert!(other_base(&percent_of(Some("turnover")), &cap).is_none());
        assert!(other_base(&percent_of(Some("revenue")), &cap).is_none());
        assert!(other_base(&percent_of(None), &cap).is_none());
        assert!(other_base(&percent_of(Some("roughly")), &cap).is_none());
    }

    #[test]
    fn a_workforce_is_one_base_by_any_name_and_a_figure_base_is_left_alone() {
        let cut = share("the cut as a share of Disney's workforce", &["cut"]);
        assert!(other_base(&percent_of(Some("staff")), &cut).is_none());
        assert!(other_base(&percent_of(Some("shares")), &cut).is_some());
        let of_figure = share("high-risk contacts as a share of the 1,233", &["high-risk"]);
        assert!(other_base(&percent_of(Some("contacts")), &of_figure).is_none());
        let of_total = share(
            "the penalty as a share of the $4.3 billion total",
            &["of the"],
        );
        assert!(other_base(&percent_of(Some("company")), &of_total).is_some());
        assert!(other_base(&percent_of(Some("total")), &of_total).is_none());
    }
}
