//! What the `invariant` check says: a broken relation, a relation with no
//! value, a draft with too many combinations to try.

use super::{Operand, Value};
use crate::checks::{Context, Violation, claim_label, show};
use crate::claim::{ClaimId, Interval};
use crate::finding::{Label, Place, Severity};
use crate::rules::RuleInvariant;
use crate::rules::expr::NoValue;

/// The label on the relation in the rule file.
fn relation(file: usize, inv: &RuleInvariant) -> Label {
    Label {
        place: Place::Rules(file),
        span: inv.span,
        message: "the relation".into(),
    }
}

fn range(i: Interval) -> String {
    if i.low == i.high {
        show(i.low)
    } else {
        format!("{}–{}", show(i.low), show(i.high))
    }
}

/// A figure an evaluation used: the claim, its label, and whether the
/// message names it (a draft's own figure, or a settled value's figure when
/// the settled values alone break the relation).
struct Used {
    claim: ClaimId,
    label: String,
    named: bool,
}

/// The figures an evaluation used, each once: a draft's own figures, then
/// the first agreeing figure of each settled value drawn from the drafts;
/// and what the message says of each settled value that is not named.
fn used(ops: &[Operand<'_>], vals: &[Value<'_>]) -> (Vec<Used>, Vec<String>) {
    // A draft's figure outside its quantity's settled value first: the likely culprit.
    let mut own: Vec<(bool, Used)> = ops
        .iter()
        .zip(vals)
        .filter_map(|(o, v)| match v {
            Value::Figure(c, i) => Some((
                o.settled.as_ref().is_some_and(|s| s.interval.intersects(i)),
                Used {
                    claim: *c,
                    label: "used here".into(),
                    named: true,
                },
            )),
            Value::Settled(_) => None,
        })
        .collect();
    own.sort_by_key(|(agrees, _)| *agrees);
    let mut figures: Vec<Used> = own.into_iter().map(|(_, u)| u).collect();
    let all_settled = figures.is_empty();
    let mut said = Vec::new();
    for (o, v) in ops.iter().zip(vals) {
        let Value::Settled(s) = v else { continue };
        match s.claims.first() {
            None => said.push(format!(
                "`{}` at {}, the sheet's fact",
                o.id,
                range(s.interval)
            )),
            Some(&claim) => {
                let label = if all_settled {
                    "used here".to_string()
                } else {
                    said.push(format!(
                        "`{}` at {}, as the drafts agree",
                        o.id,
                        range(s.interval)
                    ));
                    format!("`{}` as the drafts agree on it", o.id)
                };
                if !figures.iter().any(|f| f.claim == claim) {
                    figures.push(Used {
                        claim,
                        label,
                        named: all_settled,
                    });
                }
            }
        }
    }
    (figures, said)
}

/// A broken relation: one finding naming every figure used, primary on the
/// first; settled values named in the message (`with `staff` at …`).
pub(super) fn broken(
    cx: &Context<'_, '_>,
    file: usize,
    inv: &RuleInvariant,
    ops: &[Operand<'_>],
    vals: &[Value<'_>],
    l: Interval,
    r: Interval,
) -> Violation {
    let (figures, settled) = used(ops, vals);
    let texts: Vec<String> = figures
        .iter()
        .filter(|f| f.named)
        .map(|f| format!("`{}`", cx.corpus.text(f.claim)))
        .collect();
    let verb = if texts.len() == 1 { "breaks" } else { "break" };
    let with = if settled.is_empty() {
        String::new()
    } else {
        format!(" with {}", settled.join(" and "))
    };
    let message = match &inv.message {
        Some(m) => format!("{} {verb} `{}`{with}: {m}", texts.join(" and "), inv.id),
        None => format!(
            "{} {verb} `{}` (`{}`){with}: the left side comes to {}, the right to {}",
            texts.join(" and "),
            inv.id,
            inv.text,
            range(l),
            range(r)
        ),
    };
    let (primary, related) = labels(cx, file, inv, &figures);
    Violation::new(
        message,
        primary,
        related,
        "correct the figure that is wrong, or the relation in the rule set",
    )
    .with_rule(Some(inv.id.clone()))
}

/// The primary label (the first figure, else the relation) and the rest.
fn labels(
    cx: &Context<'_, '_>,
    file: usize,
    inv: &RuleInvariant,
    figures: &[Used],
) -> (Label, Vec<Label>) {
    match figures.split_first() {
        None => (relation(file, inv), Vec::new()),
        Some((first, rest)) => {
            let mut related: Vec<Label> = rest
                .iter()
                .map(|f| claim_label(cx, f.claim, f.label.clone()))
                .collect();
            related.push(relation(file, inv));
            (claim_label(cx, first.claim, first.label.clone()), related)
        }
    }
}

/// A note: the invariant has no value for these figures (a divisor that can
/// be zero, or arithmetic past the largest number), so it was not checked.
pub(super) fn not_evaluated(
    cx: &Context<'_, '_>,
    file: usize,
    inv: &RuleInvariant,
    ops: &[Operand<'_>],
    vals: &[Value<'_>],
    why: &NoValue,
) -> Violation {
    let (figures, _) = used(ops, vals);
    let (primary, related) = labels(cx, file, inv, &figures);
    let against = if figures.is_empty() {
        "the rule set's facts".to_string()
    } else {
        figures
            .iter()
            .map(|f| format!("`{}`", cx.corpus.text(f.claim)))
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

/// A note: one draft gives more combinations of figures than
/// `MAX_COMBINATIONS`, and none of those tried satisfies the relation.
pub(super) fn capped(
    cx: &Context<'_, '_>,
    file: usize,
    inv: &RuleInvariant,
    vals: &[Value<'_>],
    tried: usize,
    total: usize,
) -> Violation {
    let first: Vec<Used> = vals
        .iter()
        .find_map(|v| match v {
            Value::Figure(claim, _) => Some(Used {
                claim: *claim,
                label: "used here".into(),
                named: true,
            }),
            Value::Settled(_) => None,
        })
        .into_iter()
        .collect();
    let (primary, related) = labels(cx, file, inv, &first);
    let draft = first.first().map_or("a draft", |f| {
        crate::checks::file_name(&cx.corpus.doc(f.claim).path)
    });
    Violation::new(
        format!(
            "`{}` was checked against only {tried} of the {total} combinations of figures {draft} gives its quantities, and none of those holds",
            inv.id
        ),
        primary,
        related,
        "check the figures this draft binds to the relation's quantities, or narrow the quantities' cues so fewer figures bind",
    )
    .with_rule(Some(inv.id.clone()))
    .with_severity(Severity::Note)
}
