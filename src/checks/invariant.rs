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
//! When there are more combinations, a note says how many were tried. When a
//! divisor's interval holds 0 for some figures (`a / (b - c)` with `b` and
//! `c` close), or the arithmetic overflows, the relation has no value there:
//! a note says the invariant could not be checked, and why, rather than
//! passing silently. A divisor that is 0 whatever the figures (`a / 0`) is
//! refused when the rule set is read.

use super::{Check, Context, Violation, claim_label, quantity, show};
use crate::claim::ClaimId;
use crate::claim::Interval;
use crate::finding::{Label, Place, Severity};
use crate::rules::RuleInvariant;
use crate::rules::expr::NoValue;

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

    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
        for (si, set) in cx.corpus.rules.iter().enumerate() {
            for inv in &set.invariants {
                check_one(cx, si, set, inv, out);
            }
        }
    }
}

/// The values a quantity can take, with the claim each comes from (`None`: the pinned fact).
type Choices = Vec<(Option<ClaimId>, Interval)>;

/// Checks one invariant over every combination of its quantities' values.
fn check_one(
    cx: &Context<'_, '_>,
    si: usize,
    set: &crate::rules::RuleSet,
    inv: &RuleInvariant,
    out: &mut Vec<Violation>,
) {
    let mut names: Vec<&str> = inv.relation.vars().into_iter().map(|(n, _)| n).collect();
    names.sort_unstable();
    names.dedup();
    // The values each quantity can take: its bound claims, else its pinned fact.
    let mut choices: Vec<Choices> = Vec::new();
    for n in &names {
        let Some(qi) = set.quantities.iter().position(|q| q.id == *n) else {
            return;
        };
        let mut v: Choices = cx
            .corpus
            .bound_to(si, qi)
            .into_iter()
            .filter_map(|c| quantity(cx, c).map(|q| (Some(c), q.interval)))
            .collect();
        if v.is_empty()
            && let Some(f) = set.quantities[qi].fact
        {
            v.push((None, f));
        }
        if v.is_empty() {
            // No draft states it and the sheet pins no value: nothing to check.
            return;
        }
        choices.push(v);
    }
    let total = choices
        .iter()
        .fold(1usize, |n, c| n.saturating_mul(c.len()));
    let mut pick = vec![0usize; choices.len()];
    let mut tried = 0;
    let mut reported: Vec<Vec<ClaimId>> = Vec::new();
    let mut no_value: Option<(NoValue, Vec<ClaimId>)> = None;
    loop {
        tried += 1;
        let env = |name: &str| {
            let k = names.binary_search(&name).unwrap_or(0);
            choices[k][pick[k]].1
        };
        let claims: Vec<ClaimId> = pick
            .iter()
            .enumerate()
            .filter_map(|(k, &p)| choices[k][p].0)
            .collect();
        match inv.relation.violated(&env) {
            Ok((l, r, true)) => {
                if !claims.is_empty() && !reported.contains(&claims) {
                    out.push(finding(cx, set.file, inv, &claims, l, r));
                    reported.push(claims);
                }
            }
            Ok(_) => {}
            Err(why) => {
                if no_value.is_none() {
                    no_value = Some((why, claims));
                }
            }
        }
        if tried >= MAX_COMBINATIONS || !advance(&mut pick, &choices) {
            break;
        }
    }
    if let Some((why, claims)) = no_value {
        out.push(not_evaluated(cx, set.file, inv, &claims, &why));
    }
    if total > tried {
        out.push(capped(cx, set.file, inv, &choices, tried, total));
    }
}

/// Steps to the next combination; false after the last.
fn advance(pick: &mut [usize], choices: &[Choices]) -> bool {
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
    inv: &RuleInvariant,
    claims: &[ClaimId],
    l: Interval,
    r: Interval,
) -> Violation {
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
    Violation::new(
        message,
        claim_label(cx, first, "used here"),
        related,
        "correct the figure that is wrong, or the relation in the rule set",
    )
    .with_rule(Some(inv.id.clone()))
}

/// Where a note about the whole invariant points: the first claim it was
/// evaluated with, else the relation in the rule file; and the rest.
fn place_of(
    cx: &Context<'_, '_>,
    file: usize,
    inv: &RuleInvariant,
    claims: &[ClaimId],
) -> (Label, Vec<Label>) {
    let relation = Label {
        place: Place::Rules(file),
        span: inv.span,
        message: "the relation".into(),
    };
    match claims.split_first() {
        None => (relation, Vec::new()),
        Some((&first, rest)) => {
            let mut related: Vec<Label> = rest
                .iter()
                .map(|&c| claim_label(cx, c, "used here"))
                .collect();
            related.push(relation);
            (claim_label(cx, first, "used here"), related)
        }
    }
}

/// A note: the invariant has no value for these figures (a divisor that can
/// be zero, or arithmetic past the largest number), so it was not checked.
fn not_evaluated(
    cx: &Context<'_, '_>,
    file: usize,
    inv: &RuleInvariant,
    claims: &[ClaimId],
    why: &NoValue,
) -> Violation {
    let (primary, related) = place_of(cx, file, inv, claims);
    let against = if claims.is_empty() {
        "the rule set's facts".to_string()
    } else {
        claims
            .iter()
            .map(|&c| format!("`{}`", cx.corpus.text(c)))
            .collect::<Vec<_>>()
            .join(" and ")
    };
    let (reason, help) = match why {
        NoValue::DivisorHoldsZero(divisor, i) => (
            format!(
                "the divisor `{divisor}` comes to {}–{}, which holds 0",
                show(i.low),
                show(i.high)
            ),
            "divide by a quantity the drafts cannot state as zero, or compare products instead (`a = 0.04 * b` rather than `a / b = 0.04`)",
        ),
        NoValue::Overflow => (
            "the arithmetic overflows".to_string(),
            "check the figures and numbers in the relation for a runaway value",
        ),
    };
    Violation::new(
        format!(
            "`{}` (`{}`) could not be checked against {against}: {reason}",
            inv.id, inv.text
        ),
        primary,
        related,
        help,
    )
    .with_rule(Some(inv.id.clone()))
    .with_severity(Severity::Note)
}

/// A note: more combinations of figures than [`MAX_COMBINATIONS`], so some were not tried.
fn capped(
    cx: &Context<'_, '_>,
    file: usize,
    inv: &RuleInvariant,
    choices: &[Choices],
    tried: usize,
    total: usize,
) -> Violation {
    let first: Vec<ClaimId> = choices.iter().filter_map(|c| c[0].0).take(1).collect();
    let (primary, related) = place_of(cx, file, inv, &first);
    Violation::new(
        format!(
            "`{}` was checked against only {tried} of the {total} combinations of figures the drafts give its quantities",
            inv.id
        ),
        primary,
        related,
        "check fewer drafts at a time, or narrow the quantities' cues so fewer figures bind",
    )
    .with_rule(Some(inv.id.clone()))
    .with_severity(Severity::Note)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::findings;

    const RULES: &str = "story: halcyon-units
quantities:
  - id: cloud
    unit: USD
    subject: Halcyon
    cues: [cloud revenue, cloud unit]
  - id: total
    unit: USD
    subject: Halcyon
    cues: [total revenue, overall revenue]
    exclude_near: [cloud]
invariants:
  - id: cloud-within-total
    expr: \"cloud <= total\"
";

    fn draft(cloud: &str) -> String {
        format!(
            "Halcyon's total revenue came to $18 billion in the quarter.\nIts cloud unit brought in cloud revenue of {cloud}, the company said."
        )
    }

    #[test]
    fn a_part_larger_than_its_whole_breaks_the_relation() {
        let text = draft("$21 billion");
        let f = findings(&Invariant, &[("d.txt", &text)], Some(RULES));
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].message.contains("break `cloud-within-total`"),
            "{}",
            f[0].message
        );
        assert_eq!(f[0].severity, Severity::Error);
    }

    #[test]
    fn a_part_within_its_whole_is_silent() {
        let text = draft("$12 billion");
        assert!(findings(&Invariant, &[("d.txt", &text)], Some(RULES)).is_empty());
    }

    #[test]
    fn combinations_past_the_cap_are_tried_in_order() {
        let choices: Vec<Choices> = vec![vec![(None, Interval::point(1.0)); 2]; 2];
        let mut pick = vec![0, 0];
        let mut seen = 1;
        while advance(&mut pick, &choices) {
            seen += 1;
        }
        assert_eq!(seen, 4);
    }
}
