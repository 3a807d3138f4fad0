//! A table's unit label scales its bare cells: in `| Net income (NT$
//! billions) | 247.85 | 225.49 |` the 247.85 is NT$247.85 billion, and a
//! column headed `Revenue (€m)` gives its cells euros in millions. Tables
//! put the unit once, on the row's label or the column's header, and
//! every figure under it means it; read bare, `247.85` would be compared
//! with nothing, or with the wrong thing.
//!
//! Only Markdown pipe tables are read: a figure is scaled when its cell is
//! a bare number (digits, separators, a sign), the row's first cell or
//! else its column's header ends with a label in brackets naming a scale
//! (`billions`, `bn`, `m`, `crore`), a currency (`NT$`, `€`, `yen`), or
//! both.

use super::Found;
use super::affixes::{currency_prefix, currency_word};
use crate::claim::{Interval, Measure, UnitClass};

/// A scale word of a label: its factor.
fn scale_word(w: &str) -> Option<f64> {
    Some(match w.to_ascii_lowercase().as_str() {
        "thousand" | "thousands" | "k" | "000s" | "'000" | "’000" => 1e3,
        "million" | "millions" | "mn" | "m" | "mln" | "mil" => 1e6,
        "billion" | "billions" | "bn" | "b" | "bln" => 1e9,
        "trillion" | "trillions" | "tn" | "trn" | "t" => 1e12,
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" | "cr" => 1e7,
        _ => return None,
    })
}

/// The unit a cell's label gives (`Net income (NT$ billions)` → TWD, 1e9),
/// when it ends with one in brackets.
pub(super) fn label_unit(cell: &str) -> Option<(Option<&'static str>, f64)> {
    let cell = cell.trim().trim_matches(['*', '_']).trim();
    let inner = cell.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let mut rest = inner[open + 1..].trim();
    if let Some(r) = rest.strip_prefix("in ") {
        rest = r.trim_start();
    }
    let mut currency = None;
    // A sign or code before the scale (`NT$ billions`, `€m`): the prefix
    // grammar wants a figure after it, so one is lent.
    let first = rest.split_whitespace().next().unwrap_or("");
    let mut glued = "";
    for k in (1..=first.len())
        .rev()
        .filter(|&k| first.is_char_boundary(k))
    {
        let lent = format!("{}1", &first[..k]);
        if let Ok((r, code)) = currency_prefix(&lent)
            && r == "1"
        {
            currency = Some(code);
            glued = &first[k..];
            rest = rest[first.len()..].trim_start();
            break;
        }
    }
    let mut scale = None;
    for w in std::iter::once(glued)
        .filter(|g| !g.is_empty())
        .chain(rest.split_whitespace())
    {
        if let Some(f) = scale_word(w) {
            scale.get_or_insert(f);
        } else if let Ok((r, (code, hundredths, _))) = currency_word(w) {
            if !r.is_empty() || hundredths {
                return None;
            }
            currency.get_or_insert(code);
        } else {
            return None;
        }
    }
    if currency.is_none() && scale.is_none() {
        return None;
    }
    Some((currency, scale.unwrap_or(1.0)))
}

/// The cells of a pipe-table line, with where each starts in it.
fn cells(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in line.char_indices() {
        if c == '|' {
            if i > start || !out.is_empty() {
                out.push((start, &line[start..i]));
            }
            start = i + 1;
        }
    }
    out
}

/// Scales the bare figures of every pipe-table cell under a unit label
/// (see the module doc). `raw` is the draft as written.
pub fn apply(raw: &str, found: &mut [Found]) {
    if !raw.contains('|') {
        return;
    }
    for f in found.iter_mut() {
        let q = &mut f.quantity;
        if q.measure != Measure::Count || q.currency.is_some() || q.value.is_none() {
            continue;
        }
        let Some(words) = raw.get(f.span.start..f.span.end) else {
            continue;
        };
        if !words
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'-' | b'+'))
        {
            continue;
        }
        let Some(unit) = unit_of_cell(raw, f.span.start) else {
            continue;
        };
        let (currency, scale) = unit;
        let v = q.value.unwrap_or(0.0) * scale;
        q.value = Some(v);
        q.interval = Interval::new(q.interval.low * scale, q.interval.high * scale);
        q.step *= scale;
        if let Some(code) = currency {
            q.measure = Measure::Money;
            q.currency = Some(code);
            q.unit = UnitClass::Money;
            q.noun = None;
        }
    }
}

/// The unit label over the cell holding byte `at`: its row's first cell,
/// else its column's header.
fn unit_of_cell(raw: &str, at: usize) -> Option<(Option<&'static str>, f64)> {
    let line_start = raw[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = raw[at..].find('\n').map_or(raw.len(), |i| at + i);
    let line = &raw[line_start..line_end];
    if !line.trim_start().starts_with('|') {
        return None;
    }
    let row = cells(line);
    let col = row.iter().rposition(|(s, _)| *s <= at - line_start)?;
    if col > 0
        && let Some(u) = row.first().and_then(|(_, c)| label_unit(c))
    {
        return Some(u);
    }
    // The header: the first line of the table.
    let mut first = line_start;
    while first > 0 {
        let prev_start = raw[..first - 1].rfind('\n').map_or(0, |i| i + 1);
        if !raw[prev_start..first - 1].trim_start().starts_with('|') {
            break;
        }
        first = prev_start;
    }
    if first == line_start {
        return None;
    }
    let head_end = raw[first..].find('\n').map_or(raw.len(), |i| first + i);
    let head = cells(&raw[first..head_end]);
    head.get(col).and_then(|(_, c)| label_unit(c))
}

#[cfg(test)]
mod tests {
    use super::label_unit;

    #[test]
    fn labels_give_a_unit() {
        assert_eq!(
            label_unit("Net income (NT$ billions)"),
            Some((Some("TWD"), 1e9))
        );
        assert_eq!(label_unit("Revenue (€m)"), Some((Some("EUR"), 1e6)));
        assert_eq!(label_unit("Sales (in millions)"), Some((None, 1e6)));
        assert_eq!(
            label_unit("Allocation (Rs crore)"),
            Some((Some("INR"), 1e7))
        );
        assert_eq!(label_unit("Profit (billion yen)"), Some((Some("JPY"), 1e9)));
    }

    #[test]
    fn other_brackets_give_none() {
        assert_eq!(label_unit("Unemployment rate (Q4)"), None);
        assert_eq!(label_unit("GL-PvdA (combined)"), None);
        assert_eq!(label_unit("Net income"), None);
    }
}
