//! Labelled counts in a line (`Fianna Fáil 48, Sinn Féin 39, Fine Gael 38
//! and independents 16`): a figure after a capitalised word is a name's
//! number (`Windows 11`) unless it is one of three or more such counts, or
//! of two in brackets breaking a figure down (`47 games (Sinner 24,
//! Medvedev 22)`).

/// True when a figure after a name is one of three or more labelled counts
/// (`Fianna Fáil 48, Sinn Féin 39, Fine Gael 38 and others 49`): a list of
/// parts, not `Windows 11`. `before` is the sentence up to the figure,
/// `after` the rest of it.
pub(super) fn labelled_list(before: &str, after: &str) -> bool {
    let mut items = 1;
    // Forward: `, Sinn Féin 39`, ` and independents 18`.
    let mut rest = after;
    while items < 3 {
        match next_labelled(rest) {
            Some(used) => {
                items += 1;
                rest = &rest[used..];
            }
            None => break,
        }
    }
    // Back: `48, ` before this figure's label, and the counts before that
    // (`Gaines 150, Terry 26, Lubbock 17, Dawson 10 and 30 in eight other
    // counties`: Dawson's 10 ends the labelled run).
    let mut back = before;
    while items < 3 {
        match prev_labelled(back) {
            Some(rest) => {
                items += 1;
                back = rest
                    .trim_end_matches(|c: char| c.is_ascii_digit())
                    .trim_end();
            }
            None => break,
        }
    }
    items >= 3 || (items == 2 && breakdown(before, after))
}

/// True when the figure stands in brackets right after another figure, the
/// brackets closing after the list: `47 games in all (Sinner 24, Medvedev
/// 22)` breaks the total down, so two labelled counts are parts too.
fn breakdown(before: &str, after: &str) -> bool {
    let Some(open) = before.rfind('(') else {
        return false;
    };
    let inside = &before[open + 1..];
    let lead = before[..open].trim_end();
    let mut from = lead.len().saturating_sub(30);
    while !lead.is_char_boundary(from) {
        from += 1;
    }
    !inside.contains(')')
        && lead[from..].contains(|c: char| c.is_ascii_digit())
        && after.find(')').is_some_and(|c| !after[..c].contains('('))
}

/// The separators between labelled counts.
const LIST_SEPARATORS: &[&str] = &[", and ", ", ", " and ", "; "];

/// A label of one to five words ending in a word of letters (`Sinn Féin`,
/// `the Green Party`, `independents`, `100% Redress`).
fn list_label(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && words.last().is_some_and(|w| {
            !w.contains(|c: char| c.is_ascii_digit()) && w.ends_with(char::is_alphabetic)
        })
        && !label.contains(['.', '(', ')', ':'])
}

/// How far the next labelled count after a figure reaches (`, Sinn Féin 39`).
fn next_labelled(rest: &str) -> Option<usize> {
    let sep = LIST_SEPARATORS.iter().find(|s| rest.starts_with(*s))?;
    let after_sep = &rest[sep.len()..];
    // The count is the first figure standing alone after a space (`100%
    // Redress 1`: the `100%` is in the name).
    let digit = after_sep
        .char_indices()
        .filter(|&(i, c)| c.is_ascii_digit() && after_sep[..i].ends_with(' '))
        .map(|(i, _)| i)
        .find(|&i| {
            let run = after_sep[i..].trim_start_matches(|c: char| c.is_ascii_digit());
            !run.starts_with(|c: char| {
                c.is_alphanumeric()
                    || c == '%'
                    || c == '.'
                        && run.len() > 1
                        && run[1..].starts_with(|c: char| c.is_ascii_digit())
            })
        })?;
    if !list_label(&after_sep[..digit]) {
        return None;
    }
    let tail = &after_sep[digit..];
    let len = tail
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(tail.len());
    let next = &tail[len..];
    let bounded = next.is_empty()
        || LIST_SEPARATORS.iter().any(|s| next.starts_with(s))
        || next.starts_with(['.', ' ', ')', '\u{2014}', '\u{2013}'])
            && !next.trim_start().starts_with(|c: char| c.is_ascii_digit());
    bounded.then_some(sep.len() + digit + len)
}

/// When the label before a figure follows a count (`48, ` in `48, Sinn
/// Féin 39`): the text up to the end of that count.
fn prev_labelled(before: &str) -> Option<&str> {
    let before = before.trim_end();
    let (at, sep) = LIST_SEPARATORS
        .iter()
        .filter_map(|s| before.rfind(s).map(|i| (i, *s)))
        .max_by_key(|(i, _)| *i)?;
    (list_label(&before[at + sep.len()..]) && before[..at].ends_with(|c: char| c.is_ascii_digit()))
        .then(|| &before[..at])
}

/// True when a line is `Label N…` (`Virat Kohli 54 (63)`, `PVV 35`): a
/// label of one to five words starting with a capital, then a count.
fn labelled_line(line: &str) -> bool {
    let t = line.trim();
    // An item's line is short; prose runs on.
    let Some(digit) = t
        .find(|c: char| c.is_ascii_digit())
        .filter(|_| t.len() <= 60)
    else {
        return false;
    };
    let label = &t[..digit];
    label.ends_with(' ')
        && label.starts_with(|c: char| c.is_uppercase())
        && list_label(label.trim_end())
}

/// True when a figure at `at` of `text` (the prose, markup blanked) is the
/// count of a list item written `Label N` whose neighbouring item is
/// written the same way (`- Virat Kohli 54 (63)` over `- KL Rahul 66`):
/// a list of labelled counts, one a line, not `Windows 11`.
pub(super) fn labelled_item(text: &str, at: usize) -> bool {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[start..end];
    // The figure is the line's first, right after its label.
    if !labelled_line(line) || text[start..at].contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let prev = text[..start.saturating_sub(1)]
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty());
    let next = text
        .get(end + 1..)
        .and_then(|r| r.lines().find(|l| !l.trim().is_empty()));
    prev.is_some_and(labelled_line) || next.is_some_and(labelled_line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_labelled_counts_in_brackets_break_a_figure_down() {
        let t = "That's 47 games in all (Sinner 24, Medvedev 22), which is thin.";
        let at = |f: &str| t.find(f).unwrap();
        assert!(labelled_list(&t[..at("24")], &t[at("24") + 2..]));
        assert!(labelled_list(&t[..at("22")], &t[at("22") + 2..]));
        // Two names' numbers in prose are no list.
        let t = "He moved from Windows 10 to Windows 11 last year.";
        assert!(!labelled_list(
            &t[..t.find("11").unwrap()],
            &t[t.find("11").unwrap() + 2..]
        ));
    }
}
