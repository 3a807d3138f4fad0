//! Durations written in two units (`11 years and three months`, `two weeks
//! and three days`): one span of time, counted in the smaller unit (135
//! months, 17 days), to the unit (`[134.5, 135.5]`). Read apart, the second
//! part (`three months`) was taken for the whole. A race's gaps (`6 minutes
//! 17 seconds`, `6min 17sec`) are left as they are: sheets count them in
//! minutes, a unit `duration` does not compare (it compares days).

use super::quantity::Found;
use crate::claim::{Interval, Sym, UnitClass};

/// How many of the smaller unit make one of the larger, for the pairs
/// news writes together.
fn per(larger: &str, smaller: &str) -> Option<f64> {
    Some(
        match (larger.trim_end_matches('s'), smaller.trim_end_matches('s')) {
            ("year", "month") => 12.0,
            ("week", "day") => 7.0,
            ("day", "hour") => 24.0,
            _ => return None,
        },
    )
}

/// Joins each duration in a larger unit with one in a smaller unit right
/// after it (only ` and `, `, ` or a space between) into one claim.
pub(super) fn join_durations(found: &mut Vec<Found>, text: &str) {
    let mut i = 0;
    while i + 1 < found.len() {
        // `135 months — 11 years and five months`: the parts restate the
        // span before them, and `parts-total` adds them up against it.
        let restates = i > 0 && restating(&found[i - 1], &found[i], text);
        if !restates && let Some(joined) = join(&found[i], &found[i + 1], text) {
            found[i] = joined;
            found.remove(i + 1);
        }
        i += 1;
    }
}

/// True when `a` follows a span of time `prev` as its restatement: only
/// `prev`'s unit word and a dash, a bracket, a comma or `or` between.
fn restating(prev: &Found, a: &Found, text: &str) -> bool {
    let Some(noun) = prev.quantity.noun.as_deref() else {
        return false;
    };
    let Some(gap) = text.get(prev.span.end..a.span.start) else {
        return false;
    };
    let gap = gap.trim_start().strip_prefix(noun).unwrap_or(gap).trim();
    prev.quantity.unit == UnitClass::Duration
        && matches!(gap, "—" | "–" | "-" | "(" | "," | "or" | ", or")
}

fn join(a: &Found, b: &Found, text: &str) -> Option<Found> {
    let (qa, qb) = (&a.quantity, &b.quantity);
    // Both in units of time (`seconds` is read as a count's noun).
    let plain = |q: &crate::claim::Quantity| {
        matches!(q.unit, UnitClass::Duration | UnitClass::Count)
            && q.measure == crate::claim::Measure::Count
            && q.currency.is_none()
            && q.range.is_none()
            && !q.vague
            && q.qualifier.is_none()
            && q.value.is_some_and(|v| v.fract() == 0.0 && v >= 0.0)
    };
    if !plain(qa) || !plain(qb) || a.span.end > b.span.start {
        return None;
    }
    // `11 years and three months`: A's unit word, then ` and `, `, ` or a
    // space, then B.
    let (na, nb) = (qa.noun.as_deref()?, qb.noun.as_deref()?);
    let gap = text.get(a.span.end..b.span.start)?;
    // Any space between (a no-break space after the number is common).
    let sep = gap.strip_prefix(char::is_whitespace)?.strip_prefix(na)?;
    let sep: String = sep
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    if !matches!(sep.as_str(), " and " | " " | ", " | ", and ") {
        return None;
    }
    let f = per(na, nb)?;
    // The span takes B's unit word too (`… three months`).
    let end = text
        .get(b.span.end..)
        .and_then(|r| {
            let space = r.chars().next().filter(|c| c.is_whitespace())?;
            r[space.len_utf8()..]
                .starts_with(nb)
                .then(|| b.span.end + space.len_utf8() + nb.len())
        })
        .unwrap_or(b.span.end);
    let (va, vb) = (qa.value?, qb.value?);
    if vb >= f {
        return None;
    }
    let v = va * f + vb;
    let mut q = qb.clone();
    q.unit = UnitClass::Duration;
    q.value = Some(v);
    q.interval = Interval::new(v - 0.5, v + 0.5);
    q.step = 1.0;
    q.noun = qb.noun.clone().or_else(|| Some(Sym::new("units")));
    q.comparison = qa.comparison || qb.comparison;
    Some(Found {
        span: crate::source::Span::new(a.span.start, end),
        quantity: q,
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::{ExtractOptions, extract};
    use crate::source::{DocId, Document};

    fn figures(text: &str) -> Vec<(String, f64, String)> {
        let doc = Document::new(DocId(0), "t.txt", text);
        let ex = extract(&doc, &ExtractOptions::default());
        ex.claims
            .iter()
            .filter_map(|c| {
                let q = c.quantity()?;
                Some((
                    doc.slice(c.span).to_string(),
                    q.value?,
                    q.noun.as_deref().unwrap_or("").to_string(),
                ))
            })
            .collect()
    }

    #[test]
    fn a_duration_in_two_units_is_one_figure_in_the_smaller() {
        let f = figures("She was sentenced to 11 years and three months in prison.");
        assert!(
            f.iter()
                .any(|(t, v, n)| t == "11 years and three months" && *v == 135.0 && n == "months"),
            "{f:?}"
        );
        let f = figures("The strike lasted two weeks and three days.");
        assert!(f.iter().any(|(_, v, _)| *v == 17.0), "{f:?}");
        // A race's gap stays in its two parts.
        let f = figures("Pogacar won by 9 minutes 28 seconds.");
        assert!(f.iter().any(|(t, ..)| t == "9"), "{f:?}");
    }

    #[test]
    fn a_no_break_space_after_the_number_still_joins() {
        let f = figures("She was sentenced to 11\u{a0}years and three\u{a0}months in prison.");
        assert!(
            f.iter()
                .any(|(t, v, _)| *v == 135.0 && t == "11\u{a0}years and three\u{a0}months"),
            "{f:?}"
        );
    }

    #[test]
    fn parts_restating_a_span_before_them_stay_parts() {
        let f = figures("The judge gave him 135 months — 11 years and five months — in prison.");
        assert!(f.iter().any(|(t, ..)| t == "11"), "{f:?}");
    }

    #[test]
    fn durations_apart_or_in_odd_pairs_stay_apart() {
        let f = figures("It took 3 years and 14 months, then 2 days.");
        assert!(f.iter().any(|(t, ..)| t == "3"), "{f:?}");
        let f = figures("He served 5 years in 2010 and 6 months in 2012.");
        assert!(f.iter().any(|(t, ..)| t == "5"), "{f:?}");
    }
}
