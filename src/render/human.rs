//! Human output: rustc-style diagnostics via codespan-reporting.
//!
//! Owns codespan-reporting: findings become `Diagnostic`s with the check id
//! as the code, the primary label on the words reported, secondary labels on
//! the evidence in other drafts or rule files, and a `help:` note. Colour is
//! decided by the caller; this module only writes ANSI escapes when told to.
//! Everything else it writes — excerpts of drafts, file names, messages —
//! goes through `Visible`, which shows control characters as escapes.

use std::ops::Range;

use codespan_reporting::diagnostic::LabelStyle;
use codespan_reporting::diagnostic::{Diagnostic, Label as CsLabel, Severity as CsSeverity};
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term::{self, Config, GeneralWriteResult, WriteStyle, termcolor::Buffer};

use super::window::{Wanted, Windowed};
use crate::finding::{Finding, Place, Severity};
use crate::rules::RuleError;
pub use crate::source::{OtherFile, Sources};

impl<'a> Files<'a> for Sources<'a> {
    type FileId = Place;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: Place) -> Result<&'a str, FilesError> {
        Ok(self.path(id))
    }

    fn source(&'a self, id: Place) -> Result<&'a str, FilesError> {
        self.text(id).ok_or(FilesError::FileMissing)
    }

    fn line_index(&'a self, id: Place, byte_index: usize) -> Result<usize, FilesError> {
        let idx = self.line_index_of(id).ok_or(FilesError::FileMissing)?;
        Ok(idx.line_of(byte_index))
    }

    fn line_range(&'a self, id: Place, line_index: usize) -> Result<Range<usize>, FilesError> {
        let idx = self.line_index_of(id).ok_or(FilesError::FileMissing)?;
        let text = self.text(id).ok_or(FilesError::FileMissing)?;
        let starts = idx.starts();
        let start = *starts.get(line_index).ok_or(FilesError::LineTooLarge {
            given: line_index,
            max: starts.len().saturating_sub(1),
        })?;
        let end = starts.get(line_index + 1).copied().unwrap_or(text.len());
        Ok(start..end)
    }
}

fn severity(s: Severity) -> CsSeverity {
    match s {
        Severity::Error => CsSeverity::Error,
        Severity::Warning => CsSeverity::Warning,
        Severity::Note => CsSeverity::Note,
    }
}

/// A finding as a codespan diagnostic.
pub fn diagnostic(f: &Finding) -> Diagnostic<Place> {
    let mut labels = vec![
        CsLabel::primary(f.primary.place, f.primary.span.start..f.primary.span.end)
            .with_message(&f.primary.message),
    ];
    labels.extend(
        f.related.iter().map(|l| {
            CsLabel::secondary(l.place, l.span.start..l.span.end).with_message(&l.message)
        }),
    );
    let code = match &f.rule {
        Some(rule) => format!("{}: {rule}", f.check),
        None => f.check.to_string(),
    };
    Diagnostic::new(severity(f.severity))
        .with_code(code)
        .with_message(&f.message)
        .with_labels(labels)
        .with_notes(vec![format!("help: {}", f.help)])
}

/// Renders problems in rule and config files (`file` indexes `others`).
pub fn render_rule_errors(
    errors: &[(usize, RuleError)],
    others: &[OtherFile],
    color: bool,
) -> String {
    let sources = Sources::new(&[], others, []).with_all_others();
    let config = Config::default();
    let mut out = String::new();
    for (file, e) in errors {
        let place = Place::Rules(*file);
        let mut labels = Vec::new();
        if let Some(span) = e.span {
            labels.push(CsLabel::primary(place, span.start..span.end).with_message(&e.label));
        }
        labels.extend(
            e.also
                .iter()
                .map(|(s, m)| CsLabel::secondary(place, s.start..s.end).with_message(m)),
        );
        let mut message = e.message.clone();
        if e.span.is_none() {
            message = format!("{}: {message}", sources.path(place));
        }
        let d = Diagnostic::error()
            .with_code("rules")
            .with_message(message)
            .with_labels(labels)
            .with_notes(e.help.iter().map(|h| format!("help: {h}")).collect());
        emit(&mut out, &config, &sources, &d, color);
    }
    out
}

/// Renders findings as rustc-style text; `color` adds ANSI escapes. With a
/// `width`, source lines longer than it are cut around their labels
/// (`render::window`), so every label's words and message stay in view.
pub fn render(
    findings: &[Finding],
    sources: &Sources<'_>,
    color: bool,
    width: Option<usize>,
) -> String {
    let config = Config::default();
    let mut out = String::new();
    for f in findings {
        let d = diagnostic(f);
        match width {
            None => emit(&mut out, &config, sources, &d, color),
            Some(width) => {
                let wanted: Vec<Wanted> = std::iter::once(&f.primary)
                    .chain(&f.related)
                    .map(|l| Wanted {
                        place: l.place,
                        span: l.span.start..l.span.end,
                        message: l.message.chars().count(),
                    })
                    .collect();
                let files = Windowed::new(sources, &wanted, width);
                let mut d = d;
                // `error[code]: ` and the message, wrapped at the width.
                let head =
                    f.severity.as_str().len() + d.code.as_ref().map_or(0, |c| c.len() + 2) + 2;
                d.message = wrap(&d.message, head, width);
                for label in &mut d.labels {
                    let (a, b) = (label.range.start, label.range.end);
                    let start = files.to_shown(label.file_id, a);
                    let end = files.to_shown(label.file_id, b).max(start);
                    label.range = start..end;
                }
                emit(&mut out, &config, &files, &d, color);
            }
        }
    }
    out
}

/// `text` wrapped at spaces so that, after `first` columns on its first
/// line and two on the others, no line passes `width` (a word longer than
/// the width stays whole).
fn wrap(text: &str, first: usize, width: usize) -> String {
    // Words, with a backtick span (`northwind / people / cut`) kept as one.
    let mut units: Vec<String> = Vec::new();
    let mut open = false;
    for word in text.split(' ') {
        match units.last_mut() {
            Some(last) if open => {
                last.push(' ');
                last.push_str(word);
            }
            _ => units.push(word.to_string()),
        }
        if word.matches('`').count() % 2 == 1 {
            open = !open;
        }
    }
    let mut out = String::new();
    let mut col = first;
    for (i, word) in units.iter().enumerate() {
        let len = word.chars().count();
        if i > 0 && col + 1 + len > width {
            out.push_str("\n  ");
            col = 2;
        } else if i > 0 {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += len;
    }
    out
}

/// Renders one diagnostic onto `out`, with ANSI colour when `color`.
fn emit<'f, F: Files<'f, FileId = Place>>(
    out: &mut String,
    config: &Config,
    sources: &'f F,
    d: &Diagnostic<Place>,
    color: bool,
) {
    let buf = if color {
        Buffer::ansi()
    } else {
        Buffer::no_color()
    };
    let mut w = Visible(buf);
    if term::emit_to_write_style(&mut w, config, sources, d).is_ok() {
        out.push_str(&String::from_utf8_lossy(w.0.as_slice()));
    }
}

/// A styled writer that shows control characters in the text written to it
/// as visible escapes (`\u{1b}`), keeping newlines and tabs; only its own
/// styling calls emit escape sequences.
struct Visible<W>(W);

impl<W: WriteStyle> std::io::Write for Visible<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        self.0.write_all(super::visible_text(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

impl<W: WriteStyle> WriteStyle for Visible<W> {
    fn set_header(&mut self, severity: CsSeverity) -> GeneralWriteResult {
        self.0.set_header(severity)
    }

    fn set_header_message(&mut self) -> GeneralWriteResult {
        self.0.set_header_message()
    }

    fn set_line_number(&mut self) -> GeneralWriteResult {
        self.0.set_line_number()
    }

    fn set_note_bullet(&mut self) -> GeneralWriteResult {
        self.0.set_note_bullet()
    }

    fn set_source_border(&mut self) -> GeneralWriteResult {
        self.0.set_source_border()
    }

    fn set_label(&mut self, severity: CsSeverity, style: LabelStyle) -> GeneralWriteResult {
        self.0.set_label(severity, style)
    }

    fn reset(&mut self) -> GeneralWriteResult {
        self.0.reset()
    }
}
