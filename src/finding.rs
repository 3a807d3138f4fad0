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
    /// The name the words were probably meant to be (`name-near-miss`'s
    /// better-attested spelling), for other findings to cite; not rendered.
    pub suggestion: Option<String>,
    /// Other checks whose findings on the same words this one stands for
    /// (an invariant a pinned figure breaks, folded into its
    /// `fact-mismatch`); `rules --test` counts them as fired. Not rendered:
    /// the help names what was folded in.
    pub also: Vec<&'static str>,
}

/// What a check reports: only what it compared. The runner
/// (`checks::findings_of`) makes it a `Finding`, stamping the check's id and
/// its default severity, so no check retypes either.
#[derive(Clone, Debug, PartialEq)]
pub struct Violation {
    /// One sentence, lower-case start, no trailing period, values in backticks.
    pub message: String,
    /// The words being reported.
    pub primary: Label,
    /// The evidence on the other side.
    pub related: Vec<Label>,
    /// What would resolve it, in the imperative.
    pub help: String,
    /// The rule-set entry behind it, when a rule set drove it.
    pub rule: Option<String>,
    /// A severity other than the check's default, for the few checks whose
    /// findings differ in weight: `quantity-conflict` on an automatic key (a
    /// warning, the key being a guess) and `invariant`'s notes that a relation
    /// could not be checked. `None`, the usual case: the check's default.
    pub severity: Option<Severity>,
    /// The better-attested name the words were probably meant to be (see
    /// `Finding::suggestion`).
    pub suggestion: Option<String>,
}

impl Violation {
    /// A violation at `primary`, with its evidence and help; no rule-set
    /// entry, the check's default severity, no suggestion.
    pub fn new(
        message: impl Into<String>,
        primary: Label,
        related: Vec<Label>,
        help: impl Into<String>,
    ) -> Violation {
        Violation {
            message: message.into(),
            primary,
            related,
            help: help.into(),
            rule: None,
            severity: None,
            suggestion: None,
        }
    }

    /// The same, driven by the rule-set entry `rule`.
    pub fn with_rule(mut self, rule: Option<String>) -> Violation {
        self.rule = rule;
        self
    }

    /// The same, at `severity` rather than the check's default.
    pub fn with_severity(mut self, severity: Severity) -> Violation {
        self.severity = Some(severity);
        self
    }

    /// The same, suggesting the name `name`.
    pub fn with_suggestion(mut self, name: impl Into<String>) -> Violation {
        self.suggestion = Some(name.into());
        self
    }

    /// The finding of check `check`, whose findings default to `default`.
    pub fn into_finding(self, check: &'static str, default: Severity) -> Finding {
        Finding {
            check,
            rule: self.rule,
            severity: self.severity.unwrap_or(default),
            message: self.message,
            primary: self.primary,
            related: self.related,
            help: self.help,
            suggestion: self.suggestion,
            also: Vec::new(),
        }
    }
}

/// Moves every label's span from a draft's NFC text to its text as on disk
/// (`Document::original_span`), as the renderers show it. A no-op for drafts
/// that were already NFC.
pub fn to_original(findings: &mut [Finding], docs: &[crate::source::Document]) {
    for f in findings {
        for l in std::iter::once(&mut f.primary).chain(&mut f.related) {
            if let Place::Doc(d) = l.place
                && let Some(doc) = docs.get(d.0 as usize)
            {
                l.span = doc.original_span(l.span);
            }
        }
    }
}

/// Every file place the findings' labels point into (for `source::Sources`).
pub fn places(findings: &[Finding]) -> impl Iterator<Item = Place> + '_ {
    findings
        .iter()
        .flat_map(|f| std::iter::once(&f.primary).chain(&f.related))
        .map(|l| l.place)
}
