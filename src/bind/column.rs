//! A figure in a table's column is of the time its header names: in
//! `Parameter  Before  After` / `CRR  32.5%  45.0%` the 32.5% is the level
//! before the change, a point of comparison, whatever row label cues it.
//! Both the tables of plain-text pages (columns set by runs of two or more
//! spaces) and Markdown pipe tables are read.

/// Header words that make a column an earlier time than the story's.
const EARLIER: &[&str] = &[
    "before", "previous", "prior", "old", "was", "from", "earlier", "ago", "prev", "then",
];

/// The lines of the text around `at`: (start of its line, its line).
fn line_at(text: &str, at: usize) -> (usize, &str) {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    (start, &text[start..end])
}

/// The cells of a plain-text table row: (start byte in the line, text),
/// split on runs of two or more spaces; `None` when the line has fewer than
/// three cells.
fn spaced_cells(line: &str) -> Option<Vec<(usize, &str)>> {
    let mut cells = Vec::new();
    let mut i = 0;
    let b = line.as_bytes();
    while i < b.len() {
        while i < b.len() && b[i] == b' ' {
            i += 1;
        }
        let start = i;
        while i < b.len() && !(b[i] == b' ' && b.get(i + 1).is_none_or(|c| *c == b' ')) {
            i += 1;
        }
        if i > start {
            cells.push((start, line[start..i].trim_end()));
        }
    }
    (cells.len() >= 3).then_some(cells)
}

/// The header of the column the figure at `at` stands in, when its line is
/// a table row below a header.
fn header(text: &str, at: usize) -> Option<String> {
    let (start, line) = line_at(text, at);
    let col = at - start;
    let piped = line.trim_start().starts_with('|');
    if !piped && spaced_cells(line).is_none() {
        return None;
    }
    // Up through the table's rows to its first line.
    let mut first = start;
    while first > 0 {
        let (s, prev) = line_at(text, first - 1);
        let same = if piped {
            prev.trim_start().starts_with('|')
        } else {
            spaced_cells(prev).is_some()
        };
        if prev.trim().is_empty() || !same {
            break;
        }
        first = s;
    }
    if first == start {
        return None;
    }
    let (_, head) = line_at(text, first);
    if piped {
        let index = line[..col].matches('|').count();
        return head.split('|').nth(index).map(|c| c.trim().to_lowercase());
    }
    let cells = spaced_cells(head)?;
    cells
        .iter()
        .rev()
        .find(|(s, _)| *s <= col + 2)
        .map(|(_, c)| c.to_lowercase())
}

/// True when the figure at `at` stands in a table column whose header
/// names an earlier time (`Before`, `Previous`, `Prior rate`).
pub(super) fn earlier_column(text: &str, at: usize) -> bool {
    header(text, at).is_some_and(|h| {
        h.split(|c: char| !c.is_alphanumeric())
            .any(|w| EARLIER.contains(&w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "POLICY PARAMETERS\n\n  Parameter   Before    After\n  MPR         18.75%    22.75%\n  CRR         32.5%     45.0%\n";

    #[test]
    fn a_figure_under_before_is_earlier() {
        let at = TABLE.find("32.5%").unwrap();
        assert!(earlier_column(TABLE, at));
        let at = TABLE.find("45.0%").unwrap();
        assert!(!earlier_column(TABLE, at));
    }

    #[test]
    fn pipe_tables_are_read_by_cell() {
        let t = "| Rate | Previous | New |\n|---|---|---|\n| MPR | 18.75% | 22.75% |\n";
        assert!(earlier_column(t, t.find("18.75%").unwrap()));
        assert!(!earlier_column(t, t.find("22.75%").unwrap()));
    }

    #[test]
    fn prose_is_no_table() {
        let t = "The rate was 18.75% before the meeting and 22.75% after it.";
        assert!(!earlier_column(t, t.find("18.75%").unwrap()));
    }
}
