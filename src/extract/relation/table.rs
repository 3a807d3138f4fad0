//! Parts in a table whose last row is their total:
//!
//! ```text
//! | Province | Deaths |
//! |---|---|
//! | Sindh | 578 |
//! | Punjab | 188 |
//! | **Total** | **766** |
//! ```
//!
//! A run of lines opening with `|` (Markdown keeps a table's cell walls in
//! the prose view; a plain-text draft writes them too), whose last row's
//! first cell says `Total` (`Grand total`, `All`, `Overall`, emphasis
//! allowed) and whose next cell holds one figure. Every row between the
//! header and the total must hold one figure of the total's measure in that
//! same column, else the table is not read (a row we cannot read would make
//! a false sum); rows before the first figure are the header and its rule.

use super::{Fig, addable};
use crate::claim::{PartsKind, Relation};

/// Labels of a total row's first cell, lower case, emphasis stripped.
const TOTAL_LABELS: &[&str] = &["total", "grand total", "all", "overall", "total deaths"];

/// The byte ranges of a table row's cells (between its walls).
fn cells(line: &str, start: usize) -> Vec<(usize, usize)> {
    let walls: Vec<usize> = line
        .char_indices()
        .filter(|&(_, c)| c == '|')
        .map(|(i, _)| start + i)
        .collect();
    walls.windows(2).map(|w| (w[0] + 1, w[1])).collect()
}

/// The figures whose span lies inside `cell`.
fn in_cell(figs: &[Fig<'_>], (a, b): (usize, usize)) -> Vec<usize> {
    let from = figs.partition_point(|f| f.claim.span.start < a);
    (from..figs.len())
        .take_while(|&k| figs[k].claim.span.start < b)
        .filter(|&k| figs[k].claim.span.end <= b)
        .collect()
}

/// True when a minus sign (`-`, `−`, `–`) or an opening bracket stands in
/// the cell before the figure: a negative amount.
fn negative(text: &str, (a, _): (usize, usize), f: &Fig<'_>) -> bool {
    text.get(a..f.claim.span.start)
        .is_some_and(|before| before.contains(['-', '−', '–', '(']))
}

/// Adds the parts of every table with a total row (see the module doc).
pub(super) fn tables(text: &str, figs: &[Fig<'_>], out: &mut Vec<Relation>) {
    // Most drafts hold no table: no pass over their lines.
    if memchr::memchr(b'|', text.as_bytes()).is_none() {
        return;
    }
    let mut rows: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if body.trim_start().starts_with('|') {
            rows.push((at, body));
        } else {
            if rows.len() >= 3 {
                table(text, &rows, figs, out);
            }
            rows.clear();
        }
        at += line.len();
    }
    if rows.len() >= 3 {
        table(text, &rows, figs, out);
    }
}

/// One table's rows (start offset, text): a relation when its last row is a
/// total and every row above it after the header states a part.
fn table(text: &str, rows: &[(usize, &str)], figs: &[Fig<'_>], out: &mut Vec<Relation>) {
    let Some(&(last_at, last)) = rows.last() else {
        return;
    };
    let last_cells = cells(last, last_at);
    let Some(&first) = last_cells.first() else {
        return;
    };
    let label = text[first.0..first.1]
        .trim()
        .trim_matches(['*', '_'])
        .trim_end_matches(':')
        .to_lowercase();
    if !TOTAL_LABELS.contains(&label.as_str()) {
        return;
    }
    // The total: the one figure of the first cell after the label holding any.
    let Some((column, total)) = last_cells
        .iter()
        .enumerate()
        .skip(1)
        .find_map(|(c, &cell)| match in_cell(figs, cell)[..] {
            [] => None,
            [one] => Some(Some((c, one))),
            _ => Some(None),
        })
        .flatten()
    else {
        return;
    };
    let mut parts = Vec::new();
    for &(row_at, row) in &rows[..rows.len() - 1] {
        let cs = cells(row, row_at);
        let found = cs
            .get(column)
            .map(|&c| in_cell(figs, c))
            .unwrap_or_default();
        match found[..] {
            // The header and its rule, before any part.
            [] if parts.is_empty() => {}
            // `| Other / eliminations | −0.06 |`: a negative part, whose
            // sign the figure does not carry; the table is not read.
            [one] if negative(text, cs[column], &figs[one]) => return,
            [one] if addable(&figs[one], &figs[total]) => parts.push(figs[one].idx),
            _ => return,
        }
    }
    if parts.len() >= 2 {
        out.push(Relation::Parts {
            kind: PartsKind::Sum,
            parts,
            total: figs[total].idx,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::find;
    use crate::claim::Relation;
    use crate::extract::{ExtractOptions, extract};
    use crate::source::{DocId, Document};

    fn sums(text: &str) -> Vec<(usize, usize)> {
        let doc = Document::new(DocId(0), "t.md", text);
        let ex = extract(&doc, &ExtractOptions::default());
        find(&doc.text, &ex.claims)
            .into_iter()
            .filter_map(|r| match r {
                Relation::Parts { parts, total, .. } => Some((parts.len(), total)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_table_with_a_total_row_sums_its_rows() {
        let t = "Deaths by province:\n\n| Province | Deaths |\n|---|---|\n| Sindh | 578 |\n| Punjab | 188 |\n| **Total** | **900** |\n";
        assert_eq!(sums(t).len(), 1, "{:?}", sums(t));
        assert_eq!(sums(t)[0].0, 2);
        // A row with no figure in the column: not read.
        let gap = "| Province | Deaths |\n|---|---|\n| Sindh | 578 |\n| Punjab | n/a |\n| Total | 900 |\n";
        assert!(sums(gap).is_empty());
        // A negative row: not read.
        let minus = "| Segment | Profit |\n|---|---|\n| Chips | 6.45 |\n| Other | −0.06 |\n| Total | 6.39 |\n";
        assert!(sums(minus).is_empty());
        // No total row: no sum.
        let none = "| Province | Deaths |\n|---|---|\n| Sindh | 578 |\n| Punjab | 188 |\n";
        assert!(sums(none).is_empty());
    }
}
