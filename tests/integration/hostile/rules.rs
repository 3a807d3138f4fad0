//! Hostile rule sets and invariant expressions.
