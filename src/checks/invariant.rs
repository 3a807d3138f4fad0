//! # invariant
//!
//! ## What it checks
//! A relation a rule set declares between quantities (`layoffs_2025 = 0.04 *
//! corporate_staff`) that the drafts' figures break. The expression is
//! evaluated with interval arithmetic over the intervals of the claims bound
//! to each quantity (or the pinned fact when no draft states one); it is
//! broken only when no values inside those intervals satisfy it.
//!
//! ## Why it matters
//! Figures that are each plausible can still be impossible together — a share
//! that does not match its base, parts that exceed a whole.
//!
//! ## Example
//! Fires when a draft says 14,000 jobs are about 4% of a 250,000 staff under
//! `layoffs_2025 = 0.04 * corporate_staff`. Stays silent on 14,000 and
//! 350,000.
//!
//! ## Options
//! Severity error. Relations: `=`, `<`, `<=`, `>`, `>=`; numbers may carry `%`.
//!
//! ## Limits
//! Every combination of bound claims is tried, up to 256 per invariant; a
//! violation cites the claims that produced it and the expression's line.

use super::{Check, Context, claim_label, show};
use crate::claim::Interval;
use crate::finding::{Finding, Label, Place, Severity};
use crate::index::ClaimId;

/// The `invariant` check.
pub struct Invariant;

/// Most combinations of claims tried per invariant.
const MAX_COMBINATIONS: usize = 256;

impl Check for Invariant {
    fn id(&self) -> &'static str {
        "invariant"
    }

    fn default_severity(&self) -> Severity {
        Severity::Error
    }

    fn source(&self) -> &'static str {
        include_str!("invariant.rs")
    }

    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Finding>) {
        for (si, set) in cx.corpus.rules.iter().enumerate() {
            for inv in &set.invariants {
                let mut names: Vec<&str> = inv
                    .relation
                    .left
                    .vars()
                    .into_iter()
                    .chain(inv.relation.right.vars())
                    .map(|(n, _)| n)
                    .collect();
                names.sort();
                names.dedup();
                // The values each quantity can take: its bound claims, else its pinned fact.
                let mut choices: Vec<Vec<(Option<ClaimId>, Interval)>> = Vec::new();
                for n in &names {
                    let Some(qi) = set.quantities.iter().position(|q| q.id == *n) else {
                        continue;
                    };
                    let mut v: Vec<(Option<ClaimId>, Interval)> = cx
                        .corpus
                        .bindings
                        .iter()
                        .filter(|b| b.set == si && b.quantity == qi)
                        .filter_map(|b| {
                            cx.corpus
                                .claim(b.claim)
                                .quantity()
                                .map(|q| (Some(b.claim), q.interval))
                        })
                        .collect();
                    if v.is_empty()
                        && let Some(f) = set.quantities[qi].fact
                    {
                        v.push((None, f));
                    }
                    choices.push(v);
                }
                if choices.len() != names.len() || choices.iter().any(Vec::is_empty) {
                    continue;
                }
                let mut pick = vec![0usize; choices.len()];
                let mut tried = 0;
                let mut reported: Vec<Vec<ClaimId>> = Vec::new();
                loop {
                    tried += 1;
                    let env = |name: &str| {
                        let k = names.iter().position(|n| *n == name).unwrap_or(0);
                        choices[k][pick[k]].1
                    };
                    if let Some((l, r, true)) = inv.relation.violated(&env) {
                        let claims: Vec<ClaimId> = pick
                            .iter()
                            .enumerate()
                            .filter_map(|(k, &p)| choices[k][p].0)
                            .collect();
                        if !claims.is_empty() && !reported.contains(&claims) {
                            out.push(finding(cx, set.file, inv, &claims, l, r));
                            reported.push(claims);
                        }
                    }
                    if tried >= MAX_COMBINATIONS || !advance(&mut pick, &choices) {
                        break;
                    }
                }
            }
        }
    }
}

/// Steps to the next combination; false after the last.
fn advance(pick: &mut [usize], choices: &[Vec<(Option<ClaimId>, Interval)>]) -> bool {
    for k in 0..pick.len() {
        pick[k] += 1;
        if pick[k] < choices[k].len() {
            return true;
        }
        pick[k] = 0;
    }
    false
}

fn finding(
    cx: &Context<'_, '_>,
    file: usize,
    inv: &crate::rules::RuleInvariant,
    claims: &[ClaimId],
    l: Interval,
    r: Interval,
) -> Finding {
    let first = claims[0];
    let texts: Vec<String> = claims
        .iter()
        .map(|&c| format!("`{}`", cx.corpus.text(c)))
        .collect();
    let mut related: Vec<Label> = claims[1..]
        .iter()
        .map(|&c| claim_label(cx, c, "used here"))
        .collect();
    related.push(Label {
        place: Place::Rules(file),
        span: inv.span,
        message: "the relation".into(),
    });
    let range = |i: Interval| format!("{}–{}", show(i.low), show(i.high));
    let message = match &inv.message {
        Some(m) => format!("{} break `{}`: {m}", texts.join(" and "), inv.id),
        None => format!(
            "{} break `{}` (`{}`): the left side comes to {}, the right to {}",
            texts.join(" and "),
            inv.id,
            inv.text,
            range(l),
            range(r)
        ),
    };
    Finding {
        check: "invariant",
        rule: Some(inv.id.clone()),
        severity: Severity::Error,
        message,
        primary: claim_label(cx, first, "used here"),
        related,
        help: "correct the figure that is wrong, or the relation in the rule set".into(),
    }
}
