//! The ids of the checks: a leaf module, so the rule-set compiler, the
//! settings and the findings can name checks without importing the checks.
//! `checks::registry()` holds one check per id here, in this order (a test
//! there says so).

/// A check's stable id (`role-conflict`, `quantity-conflict`, …).
pub type CheckId = &'static str;

/// Every check id, in the order `factlint explain` lists them.
pub const ALL: &[CheckId] = &[
    "role-conflict",
    "percent-of",
    "change-direction",
    "parts-total",
    "quote-drift",
    "quote-speaker",
    "misquote",
    "not-in-source",
    "name-near-miss",
    "title-drift",
    "implied-base",
    "figure-drift",
    "source-figure",
    "quantity-conflict",
    "fact-mismatch",
    "invariant",
    "work-cap",
    "unused-suppression",
];

/// Every check id, as a list.
pub fn all() -> Vec<CheckId> {
    ALL.to_vec()
}

/// True when `id` names a check.
pub fn is_known(id: &str) -> bool {
    ALL.contains(&id)
}
