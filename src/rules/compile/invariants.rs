//! Invariants: the expression parsed and checked against the declared
//! quantities, with errors pointing inside the expression.

use super::*;

/// Bytes `[from, from + len)` of a scalar's value, for a value written as-is
/// from `start` (plain or quoted without escapes): clamped to the scalar and
/// to character boundaries, so an escaped or folded value still points inside it.
pub(super) fn inner_span(text: &str, scalar: Span, start: usize, from: usize, len: usize) -> Span {
    let limit = scalar.end.max(start).min(text.len());
    let floor = |i: usize| {
        let mut i = i.min(limit);
        while i > 0 && !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let a = floor(start.saturating_add(from));
    let b = floor(start.saturating_add(from).saturating_add(len)).max(a);
    Span::new(a, b)
}

/// The byte length of the operand written at `at`: a parenthesised group, a
/// number or an id, a minus sign and what it negates.
pub(super) fn operand_len(source: &str, at: usize) -> usize {
    let Some(rest) = source.get(at..) else {
        return 0;
    };
    let mut depth = 0usize;
    for (i, c) in rest.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            '-' if i == 0 => {}
            c if depth == 0 && !(c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '%') => {
                return i;
            }
            _ => {}
        }
    }
    rest.len()
}

pub(super) fn invariants(
    text: &str,
    raw: &RawRuleSet,
    set: &mut RuleSet,
    errors: &mut Vec<RuleError>,
) {
    // Every declared id, even of a quantity refused for another reason (its
    // own error is reported; "unknown quantity" would be wrong), with
    // whether a draft can state it (cues) and whether the sheet pins it.
    let mut declared: BTreeMap<String, (bool, bool)> = BTreeMap::new();
    for q in &raw.quantities {
        let q = &q.value;
        let id = q.id.value.trim();
        if valid_id(id) {
            let cues = q.cues.iter().any(|c| !c.value.trim().is_empty());
            declared
                .entry(id.to_string())
                .or_insert((cues, q.fact.is_some()));
        }
    }
    let ids: Vec<&str> = declared.keys().map(String::as_str).collect();
    let mut seen: BTreeMap<String, Span> = BTreeMap::new();
    for inv in &raw.invariants {
        let inv = &inv.value;
        let id = inv.id.value.trim().to_string();
        let id_span = span_of(text, &inv.id);
        if id.is_empty() {
            let mut r = err(Some(id_span), "an invariant needs an id", "empty id");
            r.help = Some("name the relation (`layoff-share`); findings cite it".into());
            errors.push(r);
            continue;
        }
        if let Some(first) = seen.get(&id) {
            let mut r = err(
                Some(id_span),
                format!("invariant `{id}` is declared twice"),
                "declared again here",
            );
            r.also.push((*first, "first declared here".into()));
            errors.push(r);
            continue;
        }
        seen.insert(id.clone(), id_span);
        let span = span_of(text, &inv.expr);
        let start = content_start(text, span);
        let source = &inv.expr.value;
        let relation = match expr::parse(source) {
            Ok(r) => r,
            Err(e) => {
                let len = source
                    .get(e.at..)
                    .and_then(|r| r.chars().next())
                    .map_or(1, char::len_utf8);
                let (message, label, help) = if e.limit {
                    (
                        format!("invariant `{id}` is refused: {}", e.message),
                        "limit reached here",
                        format!(
                            "an invariant nests parentheses and minus signs at most {} deep and holds at most {} numbers and ids, each at most {}; split a long relation into several invariants",
                            expr::MAX_DEPTH,
                            expr::MAX_OPERANDS,
                            expr::show_limit(MAX_NUMBER)
                        ),
                    )
                } else {
                    (
                        format!("invariant `{id}` does not parse: {}", e.message),
                        "here",
                        "write `a = b`, with numbers, quantity ids, `+ - * /` and parentheses on each side".into(),
                    )
                };
                let mut r = err(
                    Some(inner_span(text, span, start, e.at, len)),
                    message,
                    label,
                );
                r.help = Some(help);
                errors.push(r);
                continue;
            }
        };
        let mut ok = true;
        let mut never: Vec<(&str, Span)> = Vec::new();
        for (name, at) in relation.vars() {
            let s = inner_span(text, span, start, at, name.len());
            match declared.get(name) {
                Some((false, false)) => {
                    if !never.iter().any(|(n, _)| *n == name) {
                        never.push((name, s));
                    }
                }
                Some(_) => {}
                None => {
                    let mut r = err(
                        Some(s),
                        format!("invariant `{id}` names an unknown quantity `{name}`"),
                        "no quantity has this id",
                    );
                    r.help = Some(match did_you_mean(name, ids.iter().copied()) {
                        Some(m) => format!("did you mean `{m}`?"),
                        None if ids.is_empty() => "declare it under `quantities:` first".into(),
                        None => format!("quantities declared: {}", ids.join(", ")),
                    });
                    errors.push(r);
                    ok = false;
                }
            }
        }
        // `share%` divides a percentage by 100; after any other quantity it
        // is a slip (`staff%`) that would make the relation 100 times off.
        for (name, at) in relation.vars() {
            let unit = set
                .quantities
                .iter()
                .find(|q| q.id == name)
                .map(|q| &q.unit);
            let Some(unit) = unit.filter(|_| {
                source
                    .get(at + name.len()..)
                    .is_some_and(|r| r.starts_with('%'))
            }) else {
                continue;
            };
            if matches!(unit, QUnit::Percent | QUnit::PercentagePoints) {
                continue;
            }
            let mut r = err(
                Some(inner_span(text, span, start, at, name.len() + 1)),
                format!(
                    "invariant `{id}` writes `{name}%`, but `{name}` is not a percentage: `%` divides a percentage by 100"
                ),
                "not a percentage",
            );
            r.help = Some(format!(
                "write `{name}` without `%`; `%` goes after a `unit: percent` quantity (`share% * staff`) or a number (`4%`)"
            ));
            errors.push(r);
            ok = false;
        }
        // Nothing binds to it and it has no value: the invariant could never be
        // checked. Said once the ids are right, so a typo is not reported twice.
        let ids_right = ok;
        for (name, s) in never.into_iter().filter(|_| ids_right) {
            let mut r = err(
                Some(s),
                format!(
                    "invariant `{id}` can never be checked: quantity `{name}` has no `cues` and no `fact`"
                ),
                "never has a value",
            );
            r.help = Some(format!(
                "give `{name}` the `cues` that find it in a draft, or the `fact` that pins it"
            ));
            errors.push(r);
            ok = false;
        }
        // A divisor that is 0 whatever the drafts say: a literal (`a / 0`), or
        // made only of constants (quantities with a fact and no cues).
        let constant = |n: &str| {
            set.quantities
                .iter()
                .find(|q| q.id == n && q.cues.is_empty())
                .and_then(|q| q.fact)
        };
        for (divisor, at) in relation.divisors() {
            if divisor.vars().iter().any(|(n, _)| constant(n).is_none()) {
                continue;
            }
            // A divisor with a zero divisor of its own is reported as that one.
            let Ok(value) = divisor.eval(&|n| constant(n).unwrap_or(Interval::point(0.0))) else {
                continue;
            };
            if !value.contains(0.0) {
                continue;
            }
            let shown = source.get(at..at + operand_len(source, at)).unwrap_or("");
            let message = if divisor.vars().is_empty() {
                format!("invariant `{id}` divides by zero: `{shown}` is 0")
            } else {
                format!(
                    "invariant `{id}` divides by zero: with the sheet's facts, `{shown}` comes to {}–{}",
                    crate::labels::show(value.low),
                    crate::labels::show(value.high)
                )
            };
            let mut r = err(
                Some(inner_span(text, span, start, at, shown.len().max(1))),
                message,
                "divisor can be 0",
            );
            r.help = Some("a quotient with a divisor of 0 has no value, so the relation could never be checked; fix the divisor, or compare products (`a = 0.04 * b`)".into());
            errors.push(r);
            ok = false;
        }
        if ok {
            set.invariants.push(RuleInvariant {
                id,
                text: source.clone(),
                relation,
                message: inv.message.clone(),
                span,
            });
        }
    }
}
