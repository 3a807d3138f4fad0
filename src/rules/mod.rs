//! Rule sets: a story sheet an editor writes in YAML, read and compiled.
//!
//! `raw` mirrors the YAML with serde (the only module that knows the YAML
//! crate); `compile` validates it into a `RuleSet`, turning every problem into
//! a `RuleError` that points at the file, line and column; `expr` parses and
//! evaluates invariants. After compilation nothing is validated again: checks
//! trust a `RuleSet`.

pub mod compile;
pub mod date;
pub mod expr;
pub mod raw;

use std::collections::BTreeMap;

use crate::claim::{EntityKind, Interval};
use crate::finding::Severity;
use crate::source::Span;

/// The largest magnitude a number in a rule set may have (a fact, a bound,
/// a number in an invariant): 10^18, a million million million. Larger
/// figures are surely typos, and products of them leave the range where
/// interval arithmetic stays finite and exact enough to compare.
pub const MAX_NUMBER: f64 = 1e18;

/// What unit a quantity's figures are in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QUnit {
    /// Any unit.
    Any,
    /// People and jobs.
    People,
    /// Money, in one currency when given.
    Money(Option<String>),
    /// Percent.
    Percent,
    /// Percentage points.
    PercentagePoints,
    /// A plain count.
    Count,
    /// A calendar date, compared as day numbers (`rules::date`).
    Date,
    /// A span of time, compared in days (`90 days`, `16 weeks`).
    Duration,
    /// Money per share (`41 cents a share`, `EPS of $1.23`), in one
    /// currency when given.
    PerShare(Option<String>),
}

/// A person or organisation the sheet declares.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleEntity {
    /// The name as it should be written.
    pub name: String,
    /// Person or organisation.
    pub kind: EntityKind,
    /// Other names for it.
    pub aliases: Vec<String>,
    /// Titles the person holds.
    pub roles: Vec<RuleRole>,
    /// For an organisation, the declared organisation it is part of.
    pub parent: Option<String>,
    /// Where the name is declared.
    pub span: Span,
}

/// A title the sheet says a person holds.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleRole {
    /// The title as written.
    pub title: String,
    /// Its normalised key with remit (`svp people experience technology`).
    pub key: String,
    /// Its key without remit (`svp`).
    pub base: String,
    /// True for one-holder titles.
    pub single: bool,
    /// The organisation.
    pub org: Option<String>,
    /// Where the title is declared.
    pub span: Span,
}

/// A figure the sheet declares.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleQuantity {
    /// The id invariants use.
    pub id: String,
    /// What it is.
    pub about: Option<String>,
    /// Its unit.
    pub unit: QUnit,
    /// The entities it is about (`subject: [Google, Alphabet]`); empty
    /// when the sheet names none.
    pub subjects: Vec<String>,
    /// Lower-case cues, of which one must stand near a figure.
    pub cues: Vec<String>,
    /// Lower-case words that, near a figure, exclude it.
    pub exclude: Vec<String>,
    /// The pinned value.
    pub fact: Option<Interval>,
    /// The fact as the sheet writes it, when it is written as a figure
    /// (`more than 11,000`): shown in messages.
    pub fact_text: Option<String>,
    /// The one value the fact states (`about 98.3 million`: 98.3 million),
    /// when it states one: not a range nor a bound (`more than 11,000`).
    pub fact_point: Option<f64>,
    /// Where the fact is written.
    pub fact_span: Option<Span>,
    /// Where the fact comes from.
    pub source: Option<String>,
    /// The period the figure covers, or the day it was taken (`period:`,
    /// `as_of:`), with the words the sheet wrote it in.
    pub when: Option<(When, String)>,
    /// Where the id is declared.
    pub span: Span,
}

/// When a quantity's figure holds, on the day-number scale of `date`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum When {
    /// The days of the period it covers (`period: Q2 2024`).
    Period(Interval),
    /// The day of the snapshot (`as_of: end of 2023`).
    AsOf(f64),
}

/// A relation the sheet says holds between quantities.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleInvariant {
    /// Its id.
    pub id: String,
    /// The expression as written.
    pub text: String,
    /// The parsed relation.
    pub relation: expr::Relation,
    /// What to tell the writer when it breaks.
    pub message: Option<String>,
    /// Where the expression is written.
    pub span: Span,
}

/// What an inline example expects.
#[derive(Clone, Debug, PartialEq)]
pub enum Expect {
    /// This check fires.
    Fires(String),
    /// These checks (all, when `None`) stay silent.
    Silent(Option<Vec<String>>),
}

/// An inline example.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleExample {
    /// Its name.
    pub name: String,
    /// The drafts.
    pub drafts: Vec<String>,
    /// What must happen.
    pub expect: Expect,
    /// Where it is written.
    pub span: Span,
}

/// A compiled rule set.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleSet {
    /// The file's path as shown.
    pub path: String,
    /// Its index among the run's rule files (`Place::Rules`).
    pub file: usize,
    /// The story's name.
    pub story: Option<String>,
    /// What the sheet says it covers (`description:`).
    pub description: Option<String>,
    /// Entities.
    pub entities: Vec<RuleEntity>,
    /// Quantities.
    pub quantities: Vec<RuleQuantity>,
    /// Invariants.
    pub invariants: Vec<RuleInvariant>,
    /// Severity per check id (`None` = off).
    pub severities: BTreeMap<String, Option<Severity>>,
    /// Inline examples.
    pub examples: Vec<RuleExample>,
    /// Primary sources the sheet names, paths resolved against its folder.
    pub sources: Vec<RuleSource>,
    /// Quotes the desk has confirmed word for word.
    pub quotes: Vec<RuleQuote>,
    /// The story's date (`date: 2025-03-07`) as a day number: the year of
    /// the dates drafts write without one.
    pub date: Option<i64>,
}

/// A quote a story sheet confirms: who said it, the exact words, where.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleQuote {
    /// The speaker, as a declared entity's name when the sheet declares one.
    pub speaker: String,
    /// The exact words, as the YAML value reads.
    pub text: String,
    /// Where and when it was said, shown in messages.
    pub said: Option<String>,
    /// Where the words are written in the sheet.
    pub span: Span,
    /// Where `text`'s first byte sits in the sheet, when the sheet writes
    /// the words byte for byte (no escapes, not folded over lines), so a
    /// word of the quote can be pointed at; else labels cover `span`.
    pub at: Option<usize>,
    /// Line and column of `span`'s start, for `factlint claims`.
    pub position: crate::source::LineCol,
}

/// A primary source a story sheet names.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleSource {
    /// The file, resolved against the sheet's folder.
    pub path: String,
    /// Who wrote it, when the sheet says.
    pub author: Option<String>,
    /// Its kind, when the sheet says.
    pub kind: Option<String>,
    /// Where the sheet names it.
    pub span: Span,
}

/// A problem in a rule file, pointing at its place.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleError {
    /// The bytes at fault, when known.
    pub span: Option<Span>,
    /// One sentence.
    pub message: String,
    /// A short label for the span.
    pub label: String,
    /// What to do.
    pub help: Option<String>,
    /// Other places worth showing (`first declared here`).
    pub also: Vec<(Span, String)>,
}
