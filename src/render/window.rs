//! Cutting long source lines to the terminal's width, as rustc and ruff do.
//!
//! codespan-reporting prints every labelled line whole, so a 900-character
//! paragraph wraps and its underline lands rows below the words. Before a
//! diagnostic is rendered, each labelled line longer than the width is
//! replaced by a window around its labels, `…` marking what was cut, and
//! the labels are moved into the window. Line numbers and the columns
//! printed in `file:line:col` stay those of the draft: `Windowed` maps them
//! back. A window holds every label's words that fit in it; a label longer
//! than the window (a whole quote given as context for the word that differs
//! in it) is cut to the window. It is placed so the last label's message
//! fits after its underline when it can.
//!
//! What it does not do: labels that span several lines are left whole, and
//! widths are counted in characters (a wide CJK character counts as one).

use std::collections::HashMap;
use std::ops::Range;

use codespan_reporting::files::{Error as FilesError, Files};

use crate::finding::Place;
use crate::source::Sources;

/// The mark put where a line was cut.
const CUT: &str = "…";

/// Characters of context kept before the first label when there is room.
const CONTEXT: usize = 12;

/// One label to fit: where it is in its file, and its message's length.
pub struct Wanted {
    /// The file.
    pub place: Place,
    /// The bytes it underlines.
    pub span: Range<usize>,
    /// The characters of its message.
    pub message: usize,
}

/// A cut line: its original range and the window of it that is shown.
#[derive(Clone, Debug)]
struct Cut {
    line: Range<usize>,
    window: Range<usize>,
}

/// One file as shown: its text with long labelled lines cut, and how to map
/// offsets between it and the draft.
struct Shown {
    text: String,
    /// Start of each line in `text`.
    starts: Vec<usize>,
    /// Per cut line (by line index): the cut, and where its window starts in `text`.
    cuts: HashMap<usize, (Cut, usize)>,
    /// The cut lines in order: (draft line range, bytes the shown text has
    /// gained, negative when lost, by the end of that line).
    shifts: Vec<(Range<usize>, isize)>,
}

/// The sources with some lines cut to a width; implements codespan's `Files`.
pub struct Windowed<'s, 'a> {
    sources: &'s Sources<'a>,
    shown: HashMap<Place, Shown>,
}

impl<'s, 'a> Windowed<'s, 'a> {
    /// Cuts the lines the `wanted` labels stand on to fit `width` columns.
    pub fn new(sources: &'s Sources<'a>, wanted: &[Wanted], width: usize) -> Windowed<'s, 'a> {
        let mut by_line: HashMap<(Place, usize), Vec<&Wanted>> = HashMap::new();
        for w in wanted {
            let Some(idx) = sources.line_index_of(w.place) else {
                continue;
            };
            let line = idx.line_of(w.span.start);
            // A label over several lines is shown whole.
            if idx.line_of(w.span.end.saturating_sub(1).max(w.span.start)) != line {
                continue;
            }
            by_line.entry((w.place, line)).or_default().push(w);
        }
        let mut cuts: HashMap<Place, Vec<(usize, Cut)>> = HashMap::new();
        for ((place, line), labels) in by_line {
            let (Some(text), Some(idx)) = (sources.text(place), sources.line_index_of(place))
            else {
                continue;
            };
            let starts = idx.starts();
            let start = starts.get(line).copied().unwrap_or(0);
            let end = starts.get(line + 1).copied().unwrap_or(text.len());
            // The gutter: the line number's digits and ` │ `.
            let gutter = (line + 1).to_string().len().max(2) + 3;
            let budget = width.saturating_sub(gutter).max(20);
            if let Some(window) = window(text, start..end, &labels, budget) {
                cuts.entry(place).or_default().push((
                    line,
                    Cut {
                        line: start..end,
                        window,
                    },
                ));
            }
        }
        let shown = cuts
            .into_iter()
            .filter_map(|(place, lines)| Some((place, shown(sources.text(place)?, lines))))
            .collect();
        Windowed { sources, shown }
    }

    /// Where byte `at` of `place`'s draft is in the shown text.
    pub fn to_shown(&self, place: Place, at: usize) -> usize {
        let Some(s) = self.shown.get(&place) else {
            return at;
        };
        // The last cut line starting at or before `at`.
        let k = s.shifts.partition_point(|(line, _)| line.start <= at);
        let Some((line, shift)) = k.checked_sub(1).and_then(|k| s.shifts.get(k)) else {
            return at;
        };
        if at < line.end {
            // Inside a cut line: into its window.
            let found = s.cuts.values().find(|(c, _)| c.line == *line);
            if let Some((cut, shown_start)) = found {
                let clamped = at.clamp(cut.window.start, cut.window.end);
                return shown_start + (clamped - cut.window.start);
            }
        }
        (at as isize + shift).max(0) as usize
    }
}

/// The text with each cut line replaced by its window.
fn shown(text: &str, mut lines: Vec<(usize, Cut)>) -> Shown {
    lines.sort_by_key(|(l, _)| *l);
    let mut out = String::with_capacity(text.len());
    let mut cuts = HashMap::new();
    let mut shifts = Vec::new();
    let mut at = 0;
    for (line, cut) in lines {
        out.push_str(&text[at..cut.line.start]);
        let body_end = body_end(text, &cut.line);
        if cut.window.start > cut.line.start {
            out.push_str(CUT);
        }
        let shown_start = out.len();
        out.push_str(&text[cut.window.clone()]);
        if cut.window.end < body_end {
            out.push_str(CUT);
        }
        out.push_str(&text[body_end..cut.line.end]);
        at = cut.line.end;
        shifts.push((cut.line.clone(), out.len() as isize - at as isize));
        cuts.insert(line, (cut, shown_start));
    }
    out.push_str(&text[at..]);
    let mut starts = vec![0];
    starts.extend(out.match_indices('\n').map(|(i, _)| i + 1));
    Shown {
        text: out,
        starts,
        cuts,
        shifts,
    }
}

/// Where a line's body ends (before `\n` or `\r\n`).
fn body_end(text: &str, line: &Range<usize>) -> usize {
    let body = &text[line.clone()];
    line.start + body.trim_end_matches(['\n', '\r']).len()
}

/// The window of line `line` that shows `labels` in `budget` characters, or
/// `None` when the line fits whole.
fn window(
    text: &str,
    line: Range<usize>,
    labels: &[&Wanted],
    budget: usize,
) -> Option<Range<usize>> {
    let end = body_end(text, &line);
    let body = &text[line.start..end];
    let chars = body.chars().count();
    if chars <= budget {
        return None;
    }
    // Character columns of the labels within the line.
    let col = |b: usize| text[line.start..b.clamp(line.start, end)].chars().count();
    // Room for the marks at both ends.
    let room = budget.saturating_sub(2);
    // A label longer than the window (a whole quote, as context for the word
    // that differs in it) is cut to the window; the labels that fit are shown whole.
    let fitting: Vec<&Wanted> = labels
        .iter()
        .copied()
        .filter(|w| col(w.span.end) - col(w.span.start) <= room)
        .collect();
    let all_lo = labels.iter().map(|w| col(w.span.start)).min()?;
    let labels: &[&Wanted] = if fitting.is_empty() { labels } else { &fitting };
    let hi = labels.iter().map(|w| col(w.span.end)).max()?;
    // A cut label's start stays in the window when the others still fit
    // after it, so the place printed for it is where its words begin.
    let lo = labels.iter().map(|w| col(w.span.start)).min()?;
    let lo = if hi.saturating_sub(all_lo) <= room {
        all_lo
    } else {
        lo
    };
    // The last label's message follows its underline on the same row.
    let last = labels.iter().max_by_key(|w| w.span.end)?;
    let need = col(last.span.end) + 1 + last.message;
    // The window starts late enough for the message to fit after its
    // underline, early enough to hold the first label, with some context
    // before it when there is room.
    let for_message = need.saturating_sub(room);
    let mut from = lo.saturating_sub(CONTEXT).max(for_message).min(lo);
    let mut to = (from + room).max(hi).min(chars);
    if to == chars {
        // Nothing cut at the end: use the room to show more before.
        from = chars.saturating_sub(room).max(for_message).min(from);
    }
    if from == 0 {
        to = (room + 1).max(hi).min(chars);
    }
    let byte = |c: usize| line.start + body.char_indices().nth(c).map_or(body.len(), |(i, _)| i);
    Some(byte(from)..byte(to))
}

impl<'s, 'a> Files<'s> for Windowed<'s, 'a> {
    type FileId = Place;
    type Name = &'s str;
    type Source = &'s str;

    fn name(&'s self, id: Place) -> Result<&'s str, FilesError> {
        Ok(self.sources.path(id))
    }

    fn source(&'s self, id: Place) -> Result<&'s str, FilesError> {
        match self.shown.get(&id) {
            Some(s) => Ok(&s.text),
            None => self.sources.text(id).ok_or(FilesError::FileMissing),
        }
    }

    fn line_index(&'s self, id: Place, byte_index: usize) -> Result<usize, FilesError> {
        match self.shown.get(&id) {
            Some(s) => Ok(s
                .starts
                .partition_point(|&x| x <= byte_index)
                .saturating_sub(1)),
            None => self.sources.line_index(id, byte_index),
        }
    }

    fn line_range(&'s self, id: Place, line_index: usize) -> Result<Range<usize>, FilesError> {
        let Some(s) = self.shown.get(&id) else {
            return self.sources.line_range(id, line_index);
        };
        let start = *s.starts.get(line_index).ok_or(FilesError::LineTooLarge {
            given: line_index,
            max: s.starts.len().saturating_sub(1),
        })?;
        let end = s
            .starts
            .get(line_index + 1)
            .copied()
            .unwrap_or(s.text.len());
        Ok(start..end)
    }

    /// The column in the draft, not in the cut line.
    fn column_number(
        &'s self,
        id: Place,
        line_index: usize,
        byte_index: usize,
    ) -> Result<usize, FilesError> {
        let Some(s) = self.shown.get(&id) else {
            return self.sources.column_number(id, line_index, byte_index);
        };
        let range = self.line_range(id, line_index)?;
        match s.cuts.get(&line_index) {
            Some((cut, shown_start)) => {
                let text = self.sources.text(id).ok_or(FilesError::FileMissing)?;
                let original = cut.window.start + byte_index.saturating_sub(*shown_start);
                Ok(codespan_reporting::files::column_index(text, cut.line.clone(), original) + 1)
            }
            None => Ok(codespan_reporting::files::column_index(&s.text, range, byte_index) + 1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{DocId, Document};

    fn long_line() -> String {
        let filler = "word ".repeat(40);
        format!("Short first line.\n{filler}Andy Garcetti said so. {filler}end\nLast.\n")
    }

    #[test]
    fn a_long_line_is_cut_around_its_label_with_marks_both_sides() {
        let text = long_line();
        let docs = [Document::new(DocId(0), "d.txt", text.clone())];
        let sources = Sources::new(&docs, &[], [Place::Doc(DocId(0))]);
        let at = text.find("Andy Garcetti").unwrap_or(0);
        let wanted = [Wanted {
            place: Place::Doc(DocId(0)),
            span: at..at + "Andy Garcetti".len(),
            message: 10,
        }];
        let w = Windowed::new(&sources, &wanted, 60);
        let shown = w.source(Place::Doc(DocId(0))).unwrap_or("");
        let line = shown.lines().nth(1).unwrap_or("");
        assert!(line.starts_with(CUT) && line.ends_with(CUT), "{line}");
        assert!(line.chars().count() <= 60 - 5, "{line}");
        let s = w.to_shown(Place::Doc(DocId(0)), at);
        assert_eq!(&shown[s..s + 13], "Andy Garcetti");
        // The other lines, and the column printed, are the draft's.
        assert_eq!(shown.lines().next(), Some("Short first line."));
        assert_eq!(shown.lines().nth(2), Some("Last."));
        let col = w.column_number(Place::Doc(DocId(0)), 1, s).unwrap_or(0);
        assert_eq!(col, at - text.find('\n').unwrap_or(0));
    }

    #[test]
    fn a_line_that_fits_is_left_whole() {
        let text = "Andy Garcetti said so.\n".to_string();
        let docs = [Document::new(DocId(0), "d.txt", text.clone())];
        let sources = Sources::new(&docs, &[], [Place::Doc(DocId(0))]);
        let wanted = [Wanted {
            place: Place::Doc(DocId(0)),
            span: 0..13,
            message: 10,
        }];
        let w = Windowed::new(&sources, &wanted, 100);
        assert_eq!(w.source(Place::Doc(DocId(0))).ok(), Some(text.as_str()));
        assert_eq!(w.to_shown(Place::Doc(DocId(0)), 5), 5);
    }
}
