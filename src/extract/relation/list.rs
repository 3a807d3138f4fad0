//! Parts in a bullet list: a line stating a total and introducing a list
//! (or a last item labelled `Total:`/`All:` stating it, `- **Total: 100%**`)
//! (`The $28.7 billion budget breaks down as follows:`, `## Alliance: 293`,
//! `Budget ($28.7bn):`), then one part a list item (`- Capital: $9.9bn`, `*
//! Debt: $8.3bn`, `• Other: $1.7bn`, `1. Recurrent: $8.8bn`, `✅ …`).
//!
//! Works on the prose view, where Markdown list markers are blanked: an item
//! is a line opening with a bullet or a number and `.`/`)`, or an indented
//! line (a blanked marker); Markdown items must follow each other line by
//! line, a blank line ends them. Every item must hold exactly one figure
//! that adds to the total (after its label's `:` or dash when it has
//! several), else the list is not read: a list with an item we cannot read
//! would make a false sum. Lists do not nest. Each line is looked at a
//! bounded number of times, so the work is linear in the draft.

use super::{Fig, addable};
use crate::claim::{Measure, PartsKind, Relation};
use crate::extract::located::lower_same_offsets;
use crate::extract::phrase::has;

/// Characters that open a list item when a space follows them.
const BULLETS: &[char] = &[
    '-', '*', '+', '•', '–', '—', '·', '▪', '▫', '◦', '‣', '►', '▸', '→', '✅', '✔', '✓', '☑', '■',
    '□', '●', '○', '◆', '❖', '➤', '➢',
];

/// Words in an introduction that say the list is only some of the parts.
const SOME_PARTS: &[&str] = &[
    "including",
    "includes",
    "include",
    "among",
    "such as",
    "notably",
    "largest",
    "biggest",
    "main",
    "major",
    "key",
    "top",
    "highlights",
    "some",
    "selected",
    "of which",
    "examples",
];

/// Words in an introduction that say the list is all of the parts.
const ALL_PARTS: &[&str] = &[
    "total",
    "totalling",
    "totaling",
    "breakdown",
    "break down",
    "breaks down",
    "broken down",
    "comprises",
    "comprising",
    "comprise",
    "made up of",
    "consists of",
    "consisting of",
    "split",
    "divided",
    "as follows",
    "spread across",
    "shared among",
    "allocated",
    "allocation",
    "distributed",
    "came from",
    "comes from",
    "come from",
];

/// One line of the draft and the figures on it.
pub(super) struct Line {
    pub(super) start: usize,
    pub(super) end: usize,
    /// The figures starting on the line: `figs[from..to]`.
    pub(super) from: usize,
    pub(super) to: usize,
}

/// Where an item's words start (after its bullet or number), when `line` is an item.
pub(super) fn item_start(line: &str) -> Option<(usize, bool)> {
    let rest = line.trim_start();
    let lead = line.len() - rest.len();
    if rest.is_empty() {
        return None;
    }
    let mut chars = rest.char_indices();
    let (_, c) = chars.next()?;
    if BULLETS.contains(&c) {
        let after = &rest[c.len_utf8()..];
        let after = after.trim_start_matches('\u{fe0f}');
        if after.starts_with([' ', '\t']) {
            return Some((line.len() - after.len(), true));
        }
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits)
        && rest[digits..].starts_with(['.', ')'])
        && rest[digits + 1..].starts_with([' ', '\t'])
    {
        return Some((lead + digits + 1, true));
    }
    // A Markdown marker blanked in the prose view, or an indented item.
    (lead >= 2).then_some((lead, false))
}

/// The lines of `text` with the range of `figs` on each.
pub(super) fn lines(text: &str, figs: &[Fig<'_>]) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut f = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]) {
        let from = f;
        while f < figs.len() && figs[f].claim.span.start < end {
            f += 1;
        }
        out.push(Line {
            start,
            end,
            from,
            to: f,
        });
        start = end + 1;
    }
    out
}

/// The total a line introducing a list states, and whether the list is all
/// of its parts: the line ends with `:`, or with its figure after a `:`,
/// `(` or dash (`Alliance: 293`); it holds one figure of count or money.
fn intro(text: &str, line: &Line, figs: &[Fig<'_>]) -> Option<(usize, PartsKind)> {
    let words = text[line.start..line.end].trim_end_matches(['*', '_', ' ', '\r']);
    let candidates: Vec<usize> = (line.from..line.to)
        .filter(|&k| {
            let q = figs[k].quantity();
            matches!(figs[k].measure, Measure::Count | Measure::Money)
                && !q.is_some_and(|q| q.comparison)
        })
        .collect();
    let [total] = candidates[..] else {
        return None;
    };
    let t = figs[total].claim.span;
    let colon = words.ends_with(':');
    let tail = text.get(t.end..line.start + words.len()).unwrap_or("");
    let head = text.get(line.start..t.start).unwrap_or("").trim_end();
    let titled = tail.trim_matches([')', ':', ' ']).is_empty()
        && head.ends_with([':', '(', '–', '—'])
        && figs[line.from..line.to].last().map(|f| f.idx) == Some(figs[total].idx);
    // `206 people were confirmed dead. By municipality, as of Tuesday:`: a
    // figure in an earlier sentence of the line does not introduce the list.
    let same_sentence = !tail.contains(". ") && !tail.contains("? ") && !tail.contains("! ");
    if !(colon && same_sentence || titled) {
        return None;
    }
    let lower = lower_same_offsets(&text[line.start..line.end]);
    let kind = if SOME_PARTS.iter().any(|w| has(&lower, w)) {
        PartsKind::Including
    } else if titled || ALL_PARTS.iter().any(|w| has(&lower, w)) {
        PartsKind::Sum
    } else {
        PartsKind::Including
    };
    Some((total, kind))
}

/// True when `line` does not end with `:` (a `Label: N` title).
fn titled(text: &str, line: &Line) -> bool {
    !text[line.start..line.end]
        .trim_end_matches(['*', '_', ' ', '\r'])
        .ends_with(':')
}

/// The part an item states: its one figure that adds to `total`, read after
/// the label's `:` or dash when there are several (`- 10 other parties: 13`).
fn part(text: &str, line: &Line, content: usize, figs: &[Fig<'_>], total: usize) -> Option<usize> {
    let words = &text[line.start + content..line.end];
    let sep = [": ", " – ", " — ", " - "]
        .iter()
        .filter_map(|s| words.rfind(s).map(|p| line.start + content + p))
        .max()
        .unwrap_or(line.start + content);
    let addable_here = |from: usize| {
        (line.from..line.to)
            .filter(|&k| figs[k].claim.span.start >= from)
            .filter(|&k| addable(&figs[k], &figs[total]))
            .filter(|&k| !figs[k].quantity().is_some_and(|q| q.comparison))
            .collect::<Vec<_>>()
    };
    let all = addable_here(line.start + content);
    let mut found = if all.len() > 1 {
        addable_here(sep)
    } else {
        all
    };
    // Several: the one counting what the total counts (`200 roles, … folded
    // into one studio` against `2,600 positions`).
    if found.len() > 1 {
        let unit = |k: usize| figs[k].quantity().map(|q| q.unit);
        found.retain(|&k| unit(k) == unit(total));
    }
    // `- NPP: 159 seats (141 district + 18 National List)`: the figure
    // naming what the total counts, not its breakdown in parentheses.
    if found.len() > 1
        && let Some(n) = figs[total].quantity().and_then(|q| q.noun.clone())
    {
        let same: Vec<usize> = found
            .iter()
            .copied()
            .filter(|&k| figs[k].quantity().and_then(|q| q.noun.clone()) == Some(n.clone()))
            .collect();
        if same.len() == 1 {
            found = same;
        }
    }
    if found.len() > 1 {
        let bracketed = |k: usize| {
            let before = &text[line.start..figs[k].claim.span.start];
            before
                .rfind('(')
                .is_some_and(|o| !before[o..].contains(')'))
        };
        found.retain(|&k| !bracketed(k));
    }
    match found[..] {
        [k] => Some(k),
        _ => None,
    }
}

/// The items from line `j` on, each read as a part of `total`: their figures'
/// indices, whether every item had one, and the line after the last item.
fn items(
    text: &str,
    lines: &[Line],
    mut j: usize,
    figs: &[Fig<'_>],
    total: usize,
) -> (Vec<usize>, bool, usize) {
    let blank = |l: &Line| text[l.start..l.end].trim().is_empty();
    let mut parts = Vec::new();
    // A part larger than the total is not its part (`three times:`
    // introduces rounds of cuts, not a total of them).
    let high = figs[total]
        .quantity()
        .map_or(f64::INFINITY, |q| q.interval.high);
    while j < lines.len() {
        let l = &lines[j];
        let Some((content, bulleted)) = item_start(&text[l.start..l.end]) else {
            break;
        };
        let Some(p) = part(text, l, content, figs, total)
            .filter(|&p| figs[p].quantity().is_none_or(|q| q.interval.low <= high))
        else {
            return (parts, false, j);
        };
        parts.push(figs[p].idx);
        j += 1;
        // Bulleted items may stand a blank line apart.
        let mut k = j;
        while bulleted && k < lines.len() && blank(&lines[k]) {
            k += 1;
        }
        if k > j
            && k < lines.len()
            && item_start(&text[lines[k].start..lines[k].end]).is_some_and(|(_, b)| b)
        {
            j = k;
        }
    }
    (parts, true, j)
}

/// The most lines a list whose total follows it may have.
const MAX_ITEMS: usize = 256;

/// Words just before a figure that make it the sum of what came before.
const TOTAL_BEFORE: &[&str] = &[
    "a total of",
    "total of",
    "totalling",
    "totaling",
    "a combined",
];

/// Words opening the line after a list that make its first figure the
/// items' sum (`Together those five hold 370 of the 400 seats`).
const TOTAL_LEAD: &[&str] = &[
    "together",
    "taken together",
    "combined",
    "between them",
    "in all",
    "in total",
    "altogether",
    "all told",
];

/// Words just after a figure that make it the sum of what came before.
const TOTAL_AFTER: &[&str] = &["in total", "in all", "altogether", "all told", "combined"];

/// A list introduced by a line ending with `:` (or by a heading with no
/// figure) that states no total, whose sum the first sentence after it states (`That makes a total of 2,600
/// positions`, `2,600 roles in all`, `Total: 225 seats`): the items are its parts. Returns the
/// line to go on from when it read one.
fn total_after_list(
    text: &str,
    lines: &[Line],
    i: usize,
    figs: &[Fig<'_>],
    out: &mut Vec<Relation>,
) -> Option<usize> {
    let blank = |l: &Line| text[l.start..l.end].trim().is_empty();
    // The line before the list ends with `:`, or is a heading or a short
    // paragraph of its own with no figure (`## The losses, by the judge's count`).
    let line = &lines[i];
    let colon = text[line.start..line.end]
        .trim_end_matches(['*', '_', ' ', '\r'])
        .ends_with(':');
    let heading = !blank(line)
        && line.from == line.to
        && (i == 0 || blank(&lines[i - 1]))
        && lines.get(i + 1).is_some_and(blank)
        && !text[line.start..line.end]
            .trim_end()
            .ends_with(['.', '!', '?']);
    if !(colon || heading) {
        return None;
    }
    let mut j = i + 1;
    while j < lines.len() && blank(&lines[j]) {
        j += 1;
    }
    let first = j;
    let mut end = j;
    // A list is read up to `MAX_ITEMS` lines, so lines of items that each
    // end with `:` are not each followed to the end: linear work.
    while end < lines.len()
        && end - first < MAX_ITEMS
        && item_start(&text[lines[end].start..lines[end].end]).is_some()
    {
        end += 1;
        while end < lines.len() && blank(&lines[end]) {
            end += 1;
        }
    }
    // `- **Total: 100%**` as the list's last item: that item is the sum of
    // the items before it.
    if let Some(read) = total_item(text, lines, first, end, figs, out) {
        return Some(read);
    }
    let after = lines.get(end)?;
    // The total: the first figure of the line after the list, in its first
    // sentence, named a total by the words around it.
    let (first_fig, line_start) = (after.from, after.start);
    let t = (after.from..after.to).find(|&k| {
        let span = figs[k].claim.span;
        // Lower-casing keeps every ASCII byte where it is and makes none, so
        // `. ` is looked for before anything is lower-cased.
        if text[after.start..span.start].contains(". ") {
            return false;
        }
        let head = lower_same_offsets(&text[after.start..span.start]);
        // `2,600 in all`, `2,600 roles in all`: at most one noun between
        // (the words after the figure are read only when asked for).
        let total_after = || {
            let tail_end = (span.end + 24).min(after.end);
            let tail = lower_same_offsets(text.get(span.end..tail_end).unwrap_or(""));
            let tail: Vec<&str> = tail.split_whitespace().take(3).collect();
            let after = |k: usize| tail.get(k..).map(|w| w.join(" ")).unwrap_or_default();
            let (first, second) = (after(0), after(1));
            TOTAL_AFTER
                .iter()
                .any(|w| first.starts_with(w) || second.starts_with(w))
        };
        // `Total: 225 seats`, `**Grand total:** 225`: a line labelled total.
        let h = head.trim().trim_matches(['*', '_']).trim();
        let labelled = matches!(
            h,
            "total:" | "total" | "grand total:" | "total -" | "total —" | "total –"
        ) || long_total_label(h);
        !head.contains(". ")
            && (labelled
                || TOTAL_BEFORE.iter().any(|w| head.trim_end().ends_with(w))
                // `Together those five hold 370 of the 400 seats`: the line
                // says it is about the items together, and its first figure
                // is their sum.
                || (figs[k].quantity().and_then(|q| q.value).is_some_and(|v| v > 20.0)
                    && figs[first_fig..k].iter().all(|f| {
                    // `Together those five hold 370`: only the items' count before it.
                    f.quantity().and_then(|q| q.value).is_some_and(|v| v <= 20.0)
                }) && TOTAL_LEAD.iter().any(|w| {
                    head.trim_start().strip_prefix(w).is_some_and(|r| r.starts_with([' ', ',']))
                })
                    // `Between them, Labour, the Conservatives and …`: items
                    // named are a part of the list (`named::sums`).
                    && !text[line_start..span.start]
                        .trim_start()
                        .chars()
                        .skip(1)
                        .any(char::is_uppercase))
                || total_after())
    })?;
    let (parts, ok, stop) = items(text, lines, first, figs, t);
    let stop = (stop..end).find(|&x| !blank(&lines[x])).unwrap_or(end);
    if ok && stop == end && parts.len() >= 2 {
        out.push(Relation::Parts {
            kind: PartsKind::Sum,
            parts,
            total: figs[t].idx,
        });
        return Some(end + 1);
    }
    None
}

/// A list whose last item is its total (`- Total: 100%`, `- **Total:
/// $2.7bn**`, `- All parties – 400`): the label is `Total` or `All`, the
/// item's one figure is the sum of the items before it. Returns the line to
/// go on from when it read one.
fn total_item(
    text: &str,
    lines: &[Line],
    first: usize,
    end: usize,
    figs: &[Fig<'_>],
    out: &mut Vec<Relation>,
) -> Option<usize> {
    // The last item labelled as the total; lines after it (a heading the
    // prose view blanked to an indented line) are no items of the list.
    let is_total = |x: usize| {
        let l = &lines[x];
        let Some((content, _)) = item_start(&text[l.start..l.end]) else {
            return false;
        };
        let label = text[l.start + content..l.end]
            .trim_start_matches(['*', '_', ' '])
            .to_ascii_lowercase();
        // `Total:`, `All parties –`, `Total net offer:`: `total` or `all` and at
        // most three more words before the label's colon or dash.
        ["total", "all", "together", "combined", "overall"]
            .iter()
            .any(|w| {
                label.strip_prefix(w).is_some_and(|r| {
                    r.starts_with([' ', ':', '-', '–', '—'])
                        && r.find([':', '-', '–', '—']).is_some_and(|at| {
                            let words = &r[..at];
                            words.split_whitespace().count() <= 3
                                && !words.contains(|c: char| c.is_ascii_digit())
                        })
                })
            })
    };
    let last = (first..end).rev().find(|&x| is_total(x))?;
    let l = &lines[last];
    // `- Together: a combined network of about 5,500 stores in 48 states`:
    // the label's figure is the first; what follows describes it.
    let t = l.from;
    if t >= l.to {
        return None;
    }
    if figs[t].quantity().is_some_and(|q| q.comparison) {
        return None;
    }
    let (parts, ok, stop) = items(text, &lines[..last], first, figs, t);
    let stop = (stop..last)
        .find(|&x| !text[lines[x].start..lines[x].end].trim().is_empty())
        .unwrap_or(last);
    (ok && stop == last && parts.len() >= 2).then(|| {
        out.push(Relation::Parts {
            kind: PartsKind::Sum,
            parts,
            total: figs[t].idx,
        });
        last + 1
    })
}

/// `Total disgorgement ordered, before interest:`: a label opening with
/// `total` and ending with a colon, at most six words, a line of its own.
fn long_total_label(h: &str) -> bool {
    h.strip_prefix("total ").is_some_and(|r| {
        r.ends_with(':')
            && r.split_whitespace().count() <= 5
            && !r.contains(|c: char| c.is_ascii_digit())
    })
}

/// Reads every list of parts in the draft: `figs` are all its figures, in order.
pub(super) fn lists(text: &str, figs: &[Fig<'_>], out: &mut Vec<Relation>) {
    let lines = lines(text, figs);
    let blank = |l: &Line| text[l.start..l.end].trim().is_empty();
    let mut i = 0;
    while i < lines.len() {
        let Some((total, kind)) = intro(text, &lines[i], figs) else {
            i = match total_after_list(text, &lines, i, figs, out) {
                Some(next) => next,
                None => i + 1,
            };
            continue;
        };
        let mut j = i + 1;
        while j < lines.len() && blank(&lines[j]) {
            j += 1;
        }
        // `- Georgia: 33` before `- Florida: 20` is an item, not a title:
        // a titled line shaped like the item after it introduces nothing.
        let shape = |l: &Line| item_start(&text[l.start..l.end]);
        if titled(text, &lines[i]) && lines.get(j).is_some_and(|l| shape(l) == shape(&lines[i])) {
            i += 1;
            continue;
        }
        let (parts, ok, end) = items(text, &lines, j, figs, total);
        j = end;
        if ok && parts.len() >= 2 {
            out.push(Relation::Parts {
                kind,
                parts,
                total: figs[total].idx,
            });
        } else if let Some(next) = total_after_list(text, &lines, i, figs, out) {
            j = next;
        }
        // The lines read as items are not read again.
        i = j.max(i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{relations, relations_md};
    use crate::claim::{PartsKind, Relation};

    fn parts_of(r: &[Relation]) -> Vec<(PartsKind, usize)> {
        r.iter()
            .filter_map(|r| match r {
                Relation::Parts { kind, parts, .. } => Some((*kind, parts.len())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_figure_in_an_earlier_sentence_does_not_introduce_the_list() {
        let r = relations_md(
            "As of Wednesday, 206 people were dead. By town, as of Tuesday:\n\n- Suzu: 91\n- Wajima: 83\n- Anamizu: 20\n\nThat is 204 in all.\n",
        );
        assert_eq!(parts_of(&r), vec![(PartsKind::Sum, 3)]);
    }

    #[test]
    fn reads_a_markdown_list_after_a_sentence_stating_its_total() {
        let r = relations_md(
            "The $28.7 billion budget breaks down as follows:\n\n- Recurrent spending: $8.8 billion\n- Capital: $9.9 billion\n- Debt service: $8.3 billion\n\nThe rest is transfers.\n",
        );
        assert_eq!(parts_of(&r), vec![(PartsKind::Sum, 3)]);
    }

    #[test]
    fn reads_plain_text_bullets_and_numbers() {
        let t = "The $28.7 billion budget breaks down as follows:\n• Recurrent: $8.8 billion\n– Capital: $9.9 billion\n3. Debt service: $8.3 billion\nThat is all.";
        assert_eq!(parts_of(&relations(t)), vec![(PartsKind::Sum, 3)]);
    }

    #[test]
    fn reads_a_heading_stating_a_count_and_its_members() {
        let r = relations_md(
            "## Harbour bloc: 120\n\n- Greens: 70\n- 4 small parties: 30\n- Others: 20\n\n## The rest: 9\n",
        );
        assert_eq!(parts_of(&r), vec![(PartsKind::Sum, 3)]);
    }

    #[test]
    fn a_list_of_the_largest_items_is_only_some_of_the_parts() {
        let r = relations_md(
            "The largest items in the $28.7 billion budget:\n\n- Capital: $9.9 billion\n- Debt: $8.3 billion\n",
        );
        assert_eq!(parts_of(&r), vec![(PartsKind::Including, 2)]);
    }

    #[test]
    fn items_shaped_like_a_title_are_not_a_title() {
        let r = relations_md("Deaths by state:\n\n- Carolina: 115\n- Georgia: 33\n- Florida: 20\n");
        assert!(parts_of(&r).is_empty(), "{r:?}");
    }

    #[test]
    fn a_list_with_an_item_without_a_figure_is_not_read() {
        let r = relations_md(
            "The $28.7 billion budget breaks down as follows:\n\n- Capital: $9.9 billion\n- Debt service\n- Recurrent: $8.8 billion\n",
        );
        assert!(parts_of(&r).is_empty(), "{r:?}");
    }

    #[test]
    fn reads_a_list_whose_total_the_next_line_states() {
        let r = relations_md(
            "Spotify cut jobs three times in 2023:\n\n- **January:** about 600 roles, or 6% of staff\n- **June:** 200 roles\n- **December:** about 1,500 roles, or 17% of staff\n\nThat makes a total of 2,600 positions in a year.\n",
        );
        assert_eq!(parts_of(&r), vec![(PartsKind::Sum, 3)]);
        let r = relations_md(
            "Cuts by year:\n\n- 2022: 600 roles\n- 2023: 200 roles\n\nThe firm now has 9,000 staff.\n",
        );
        assert!(parts_of(&r).is_empty(), "{r:?}");
    }

    #[test]
    fn a_list_after_a_line_without_a_total_is_not_read() {
        let r = relations_md(
            "Where the money went:\n\n- Capital: $9.9 billion\n- Debt: $8.3 billion\n",
        );
        assert!(parts_of(&r).is_empty(), "{r:?}");
    }
}
