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

/// The line holding byte `at` (its start and end) and whether it may be a
/// table row (piped, or three cells apart by runs of spaces): a figure off
/// such a line stands in no column, which callers asking of every figure
/// can read once per line.
pub(super) fn row_at(text: &str, at: usize) -> (usize, usize, bool) {
    let (start, line) = line_at(text, at);
    let row = line.trim_start().starts_with('|') || spaced_cells(line).is_some();
    (start, start + line.len(), row)
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

/// The header cells of the table the figure at `at` stands in (lower
/// case), and the index of its column, when its line is a table row below
/// a header.
pub(super) fn header_cells(text: &str, at: usize) -> Option<(Vec<String>, usize)> {
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
        let cells = head.split('|').map(|c| c.trim().to_lowercase()).collect();
        return Some((cells, index));
    }
    let cells = spaced_cells(head)?;
    let index = cells.iter().rposition(|(s, _)| *s <= col + 2)?;
    Some((cells.iter().map(|(_, c)| c.to_lowercase()).collect(), index))
}

/// The header of the column the figure at `at` stands in, when its line is
/// a table row below a header.
fn header(text: &str, at: usize) -> Option<String> {
    let (mut cells, i) = header_cells(text, at)?;
    (i < cells.len()).then(|| cells.swap_remove(i))
}

/// Headers of a column of ranks (`Pos`, `Rank`, `#`): its figures are
/// places in the table, not counts of anything.
const RANKS: &[&str] = &[
    "pos", "pos.", "position", "rank", "#", "no", "no.", "place", "seed",
];

/// How a table's header (`header_cells`) speaks to `cues` for its figure: `Some(true)` when its own column's header names one of them,
/// `Some(false)` when only another column's header does (`HIV infections`
/// for the figure under `On lenacapavir`), `None` outside a table or when
/// no header names one. A row label (`PURPOSE 2`) cues every figure of its
/// row alike; the header tells them apart.
pub(super) fn header_names_cue(head: &(Vec<String>, usize), cues: &[String]) -> Option<bool> {
    let (cells, i) = head;
    let names = |h: &str| {
        cues.iter().any(|c| {
            !c.is_empty()
                && !crate::extract::phrase::find_word_starts(h, &c.to_lowercase()).is_empty()
        })
    };
    if cells.get(*i).is_some_and(|h| names(h)) {
        return Some(true);
    }
    cells
        .iter()
        .enumerate()
        .any(|(k, h)| k != *i && names(h))
        .then_some(false)
}

/// Why a table's figure cannot be `rq`'s: it stands in a column of ranks,
/// or `by_header` (`header_names_cue`) says another column's header names
/// `rq`'s cue.
pub(super) fn refusal(
    head: &(Vec<String>, usize),
    by_header: Option<bool>,
    rq: &crate::rules::RuleQuantity,
) -> Option<String> {
    if rank_column(head) {
        return Some(format!(
            "not `{}`: a place in the table's ranking column, not a count",
            rq.id
        ));
    }
    (by_header == Some(false))
        .then(|| format!("not `{}`: its cue heads another column of the table", rq.id))
}

/// True when the figure stands in a table column of ranks.
pub(super) fn rank_column(head: &(Vec<String>, usize)) -> bool {
    head.0
        .get(head.1)
        .is_some_and(|h| RANKS.contains(&h.as_str()))
}

/// Header words of the value now, before a change a later column gives.
const NOW: &[&str] = &["now", "current", "currently", "today", "existing"];

/// Header words of a column that gives the value after a change.
const TO_COME: &[&str] = &["new", "after", "proposed", "planned", "will"];

/// True when the header `h` starts a time to come: `from` and a date, or
/// a word of what a change makes (`New`, `After`).
fn to_come(h: &str) -> bool {
    let words: Vec<&str> = h
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().any(|w| TO_COME.contains(w))
        || words
            .windows(2)
            .any(|p| p[0] == "from" && starts_a_date(p[1]))
}

/// True when the figure at `at` stands in a table column whose header
/// names an earlier time (`Before`, `Previous`, `Prior rate`).
pub(super) fn earlier_column(text: &str, at: usize) -> bool {
    // `Now` beside `From 6 April 2025`: the value now is the one before.
    if let Some((cells, i)) = header_cells(text, at)
        && cells.get(i).is_some_and(|h| {
            h.split(|c: char| !c.is_alphanumeric())
                .any(|w| NOW.contains(&w))
        })
        && cells.iter().enumerate().any(|(k, c)| k != i && to_come(c))
    {
        return true;
    }
    header(text, at).is_some_and(|h| {
        let words: Vec<&str> = h
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        words.iter().enumerate().any(|(i, w)| {
            // `From 6 April 2025` starts a time to come: no earlier column.
            EARLIER.contains(w)
                && !(*w == "from" && words.get(i + 1).is_some_and(|n| starts_a_date(n)))
        })
    })
}

/// True when a header word after `from` starts a date (`6`, `April`, `2025`).
fn starts_a_date(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit()) || crate::extract::lexicon::month(w).is_some()
}

/// The year a table column's header (`header_cells`) names (`Seats 2021`;
/// `FY2019 (m)` aside: fiscal years are not read), when it names exactly
/// one: the period of every figure in that column.
pub(super) fn header_year(head: &(Vec<String>, usize)) -> Option<crate::claim::TimeLabel> {
    let h = head.0.get(head.1)?;
    let mut years = h
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i64>().ok())
        .filter(|y| (1900..=2100).contains(y));
    let year = years.next()?;
    (years.next().is_none()).then_some(crate::claim::TimeLabel::Year(year))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_column_headed_by_a_year_is_of_that_year() {
        let t = "| Party | Seats 2023 | Seats 2021 |\n|---|---|---|\n| PVV | 37 | 17 |\n";
        let y = |f: &str| header_cells(t, t.find(f).unwrap()).and_then(|h| header_year(&h));
        assert_eq!(y("37"), Some(crate::claim::TimeLabel::Year(2023)));
        assert_eq!(y("17"), Some(crate::claim::TimeLabel::Year(2021)));
        let t = "| Party | Seats | Change |\n|---|---|---|\n| PVV | 37 | +20 |\n";
        let h = header_cells(t, t.find("37").unwrap()).unwrap();
        assert_eq!(header_year(&h), None);
    }

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
    fn from_a_date_is_to_come() {
        let t = "| Item | Now | From 6 April 2025 |\n|---|---|---|\n| Rate | 13.8% | 15% |\n";
        assert!(!earlier_column(t, t.find("15%").unwrap()));
        assert!(earlier_column(t, t.find("13.8%").unwrap()));
    }

    #[test]
    fn a_header_tells_apart_the_figures_of_a_row() {
        let t = "| Trial | On drug | HIV infections |\n|---|---|---|\n| PURPOSE 2 | 2,179 | 2 |\n";
        let cues = vec!["purpose 2".to_string(), "infections".to_string()];
        let head = |f: usize| header_cells(t, f).unwrap();
        let (many, two) = (t.find("2,179").unwrap(), t.rfind(" 2 ").unwrap() + 1);
        assert_eq!(header_names_cue(&head(many), &cues), Some(false));
        assert_eq!(header_names_cue(&head(two), &cues), Some(true));
        let other = vec!["purpose 2".to_string()];
        assert_eq!(header_names_cue(&head(many), &other), None);
        let t = "| Pos | Rider | Gap |\n|---|---|---|\n| 1 | Tadej Pogačar | — |\n";
        let head = |f: usize| header_cells(t, f).unwrap();
        assert!(rank_column(&head(t.find("| 1").unwrap() + 2)));
        assert!(!rank_column(&head(t.find("Tadej").unwrap())));
    }

    #[test]
    fn prose_is_no_table() {
        let t = "The rate was 18.75% before the meeting and 22.75% after it.";
        assert!(!earlier_column(t, t.find("18.75%").unwrap()));
    }
}
