//! Findings: what a check reports, as plain data.
//!
//! A finding names its check, a severity, a one-sentence message, the primary
//! words it is about, the evidence elsewhere (in other drafts or in a rule
//! file) and what would resolve it. Renderers turn findings into text, JSON,
//! SARIF or annotations; nothing here knows how.

use std::fmt;

use crate::source::{DocId, Span};

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth an editor's look; never fails a run by default.
    Note,
    /// Probably wrong; fails a run with `--deny warnings`.
    Warning,
    /// Wrong; fails the run.
    Error,
}

impl Severity {
    /// The JSON and CLI name.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Parses `error`, `warning`, `note`.
    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "note" => Some(Severity::Note),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

pub use crate::source::Place;

/// A span with a short phrase saying what it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// The file.
    pub place: Place,
    /// The bytes.
    pub span: Span,
    /// A short phrase (`named CEO here`).
    pub message: String,
}

impl Label {
    /// A label in a draft.
    pub fn doc(doc: DocId, span: Span, message: impl Into<String>) -> Label {
        Label {
            place: Place::Doc(doc),
            span,
            message: message.into(),
        }
    }
}

/// One finding of one check.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// The check's id (`role-conflict`).
    pub check: &'static str,
    /// The rule-set entry behind it, when a rule set drove it.
    pub rule: Option<String>,
    /// Its severity, after any override.
    pub severity: Severity,
    /// One sentence, lower-case start, no trailing period, values in backticks.
    pub message: String,
    /// The words being reported.
    pub primary: Label,
    /// The evidence on the other side.
    pub related: Vec<Label>,
    /// What would resolve it, in the imperative.
    pub help: String,
}

/// Every file place the findings' labels point into (for `source::Sources`).
pub fn places(findings: &[Finding]) -> impl Iterator<Item = Place> + '_ {
    findings
        .iter()
        .flat_map(|f| std::iter::once(&f.primary).chain(&f.related))
        .map(|l| l.place)
}
