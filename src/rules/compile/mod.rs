//! Raw rule-set YAML → a validated `RuleSet`, or errors that point at the YAML.
//!
//! Every problem — YAML syntax, a wrong type, an unknown key (with a "did you
//! mean"), a duplicate id, an unknown check or severity, an invariant that
//! does not parse or names an unknown quantity — becomes a `RuleError` with
//! its byte span in the rule file, so it renders like any other diagnostic.
//! What compiles is trusted by the checks; nothing re-validates it.

use std::collections::BTreeMap;

use super::expr;
use super::raw::{self, RawFact, RawRange, RawRuleSet, RawSilent, Spanned, YamlError};
use super::{
    Expect, MAX_NUMBER, QUnit, RuleEntity, RuleError, RuleExample, RuleInvariant, RuleQuantity,
    RuleRole, RuleSet, RuleSource,
};
use crate::claim::{EntityKind, Interval};
use crate::extract::token::{Toks, tokenize};
use crate::extract::{lexicon, titles};
use crate::finding::Severity;
use crate::source::Span;

mod facts;
mod invariants;
mod quotes;
mod sections;
mod sources;
mod subjects;
mod when;

use facts::*;
use invariants::*;
use sections::*;
pub use sources::{source_kind_error, source_path};
use subjects::{parents, subjects};
use when::when;

/// The span of a spanned value in the file (past an opening quote), or the point it starts at.
fn span_of<T>(text: &str, s: &Spanned<T>) -> Span {
    let Some(start) = raw::offset(s) else {
        return point_of_line(
            text,
            s.referenced.line() as usize,
            s.referenced.column() as usize,
        );
    };
    let len = raw::length(s).unwrap_or(0);
    Span::new(start.min(text.len()), (start + len).min(text.len()))
}

/// The byte offset of 1-based line and column.
fn point_of_line(text: &str, line: usize, column: usize) -> Span {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let col: usize = text[start.min(text.len())..]
        .chars()
        .take(column.saturating_sub(1))
        .map(char::len_utf8)
        .sum();
    let at = (start + col).min(text.len());
    Span::new(at, at)
}

/// Where the characters of a scalar start: after a quote when it is quoted.
fn content_start(text: &str, span: Span) -> usize {
    match text[span.start..].chars().next() {
        Some('"' | '\'') => span.start + 1,
        _ => span.start,
    }
}

fn err(span: Option<Span>, message: impl Into<String>, label: impl Into<String>) -> RuleError {
    RuleError {
        span,
        message: message.into(),
        label: label.into(),
        help: None,
        also: Vec::new(),
    }
}

/// The closest of `options` to `word`, when close enough to be a typo.
pub fn did_you_mean<'a>(word: &str, options: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    options
        .into_iter()
        .map(|o| {
            (
                strsim::levenshtein(&word.to_lowercase(), &o.to_lowercase()),
                o,
            )
        })
        .filter(|(d, o)| *d <= 2.max(o.len() / 3))
        .min()
        .map(|(_, o)| o)
}

fn yaml_error(text: &str, e: YamlError) -> RuleError {
    let span = e
        .offset
        .map(|o| Span::new(o.min(text.len()), o.min(text.len())))
        .or_else(|| e.line_col.map(|(l, c)| point_of_line(text, l, c)));
    // Widen a point to the key or word it sits on.
    let span = span.map(|s| {
        let rest = &text[s.start..];
        let len = rest
            .find([':', '\n', ' ', ',', ']', '}'])
            .unwrap_or(rest.len());
        Span::new(s.start, s.start + len)
    });
    if let Some((field, allowed)) = &e.unknown {
        let mut r = err(span, format!("unknown key `{field}`"), "not a key here");
        let suggestion = did_you_mean(field, allowed.iter().map(String::as_str));
        r.help = Some(match suggestion {
            Some(s) => format!("did you mean `{s}`? allowed here: {}", allowed.join(", ")),
            None => format!("allowed here: {}", allowed.join(", ")),
        });
        return r;
    }
    if let Some(help) = e.help {
        let label = if e.budget { "stopped here" } else { "here" };
        let mut r = err(span, e.message, label);
        r.help = Some(help);
        return r;
    }
    if e.budget {
        let mut r = err(
            span,
            "the rule set is too large or too deeply nested to read",
            "stopped here",
        );
        r.help = Some("remove alias chains that multiply (an alias bomb) or deep nesting; rule sets are small, flat lists".into());
        return r;
    }
    let (message, help) = plain_words(&e.message);
    let mut r = err(span, message, "here");
    r.help = help;
    r
}

/// The YAML crate's wording, said the way an editor would.
fn plain_words(m: &str) -> (String, Option<String>) {
    let help = |h: &str| Some(h.to_string());
    if m.contains("expected sequence") {
        (
            "expected a list here".into(),
            help("write a list as `[a, b]` or as one `- item` a line"),
        )
    } else if m.contains("expected mapping") || m.contains("expected a map") {
        (
            "expected keys and values here".into(),
            help("write `key: value` pairs, each on its own line"),
        )
    } else if m.contains("null into string") {
        (
            "this key needs a value".into(),
            help("write the value after the colon, or remove the key"),
        )
    } else if m.contains("expected string") {
        (
            "expected text here".into(),
            help("quote the text if it contains `:`, `#`, `[` or `{`"),
        )
    } else if m.contains("untagged enum RawFact") {
        (
            "the fact is not a figure factlint can read".into(),
            help(
                "write a number (`14000`), a figure (`\"$8 billion\"`), a range (`\"13,000-15,000\"`) or `{min: …, max: …}` (only those two keys)",
            ),
        )
    } else if m.contains("untagged enum RawSilent") {
        (
            "`silent` takes a check, a list of checks, or `true`".into(),
            help(
                "write `silent: quote-drift`, `silent: [quote-drift, role-conflict]` or `silent: true`",
            ),
        )
    } else if m.contains("did not find expected") || m.contains("mapping values are not allowed") {
        (
            format!("the YAML is malformed: {m}"),
            help("check the indentation: keys of one item line up, lists start with `- `"),
        )
    } else {
        (m.to_string(), None)
    }
}

/// Compiles one rule file. `file` is its index among the run's rule files.
pub fn compile(path: &str, text: &str, file: usize) -> Result<RuleSet, Vec<RuleError>> {
    let raw = raw::parse(text).map_err(|e| vec![yaml_error(text, *e)])?;
    let mut errors = Vec::new();
    let set = build(path, text, file, raw, &mut errors);
    if errors.is_empty() {
        Ok(set)
    } else {
        Err(errors)
    }
}

fn build(
    path: &str,
    text: &str,
    file: usize,
    raw: RawRuleSet,
    errors: &mut Vec<RuleError>,
) -> RuleSet {
    let mut set = RuleSet {
        path: path.to_string(),
        file,
        story: raw.story.as_ref().map(|s| s.value.clone()),
        description: raw.description.clone(),
        entities: Vec::new(),
        quantities: Vec::new(),
        invariants: Vec::new(),
        severities: BTreeMap::new(),
        examples: Vec::new(),
        sources: Vec::new(),
        quotes: Vec::new(),
        date: None,
    };
    set.date = story_date(text, &raw, errors);
    entities(text, &raw, &mut set, errors);
    parents(text, &raw, &mut set, errors);
    quantities(text, &raw, &mut set, errors);
    invariants(text, &raw, &mut set, errors);
    severities(text, &raw, &mut set, errors);
    examples(text, &raw, &mut set, errors);
    sources::sources(path, text, &raw, &mut set, errors);
    quotes::quotes(text, &raw, &mut set, errors);
    set
}

/// The sheet's `date:` as a day number; a date not written `YYYY-MM-DD`, or
/// not in the calendar, is refused.
fn story_date(text: &str, raw: &RawRuleSet, errors: &mut Vec<RuleError>) -> Option<i64> {
    let d = raw.date.as_ref()?;
    let day = super::date::parse_iso(&d.value);
    if day.is_none() {
        let mut r = err(
            Some(span_of(text, d)),
            format!("`{}` is not a date written year-month-day", d.value.trim()),
            "not a date",
        );
        r.help = Some("write the story's date as `date: 2025-03-07`".into());
        errors.push(r);
    }
    day
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_fact(t: &str) -> Result<Interval, String> {
        parse_fact(&RawFact::Text(t.into()))
            .map(|f| f.interval)
            .map_err(|e| e.message)
    }

    #[test]
    fn facts_written_as_figures_mean_what_they_mean_in_a_draft() {
        // Precision: a figure rounds as it does in a draft.
        assert_eq!(text_fact("14,000"), Ok(Interval::new(13_500.0, 14_500.0)));
        assert_eq!(text_fact("$8 billion"), Ok(Interval::new(7.6e9, 8.4e9)));
        // A range is its two ends.
        assert_eq!(
            text_fact("13,000-15,000"),
            Ok(Interval::new(13_000.0, 15_000.0))
        );
        // Qualifiers: bounds, `+`, and hedges.
        assert_eq!(
            text_fact("more than 11,000"),
            Ok(Interval::new(11_000.0, f64::INFINITY))
        );
        assert_eq!(
            text_fact("12,000+"),
            Ok(Interval::new(12_000.0, f64::INFINITY))
        );
        assert_eq!(text_fact("up to 30,000"), Ok(Interval::new(0.0, 30_000.0)));
        assert_eq!(text_fact("less than 5%"), Ok(Interval::new(0.0, 5.0)));
        assert_eq!(
            text_fact("about $4 billion"),
            Ok(Interval::new(3.8e9, 4.2e9))
        );
        // A YAML number is exact.
        assert_eq!(
            parse_fact(&RawFact::Number(14_000.0))
                .map(|f| f.interval)
                .ok(),
            Some(Interval::point(14_000.0))
        );
    }

    #[test]
    fn a_fact_in_another_unit_than_its_quantity_is_refused() {
        let misfit = |t: &str, unit: &QUnit, written: Option<&str>| {
            let f = parse_fact(&RawFact::Text(t.into())).ok().unwrap();
            unit_mismatch(&f, unit, "q", written).map(|b| b.message)
        };
        let people = QUnit::People;
        let usd = QUnit::Money(Some("USD".into()));
        assert_eq!(
            misfit("5%", &people, Some("people")).as_deref(),
            Some(
                "the fact `5%` is a percentage, but quantity `q` is a count of people (`unit: people`)"
            )
        );
        assert_eq!(
            misfit("€1.2 billion", &usd, Some("USD")).as_deref(),
            Some(
                "the fact `€1.2 billion` is money in EUR, but quantity `q` is money in USD (`unit: USD`)"
            )
        );
        assert!(
            misfit("28 October 2025", &QUnit::Count, Some("count"))
                .unwrap()
                .contains("is a date")
        );
        assert!(
            misfit("2025", &QUnit::Any, None)
                .unwrap()
                .contains("is a date")
        );
        // What fits: the unit itself, or a plain number taken in it.
        assert_eq!(misfit("14,000 jobs", &people, Some("people")), None);
        assert_eq!(misfit("more than 11,000", &people, Some("people")), None);
        assert_eq!(misfit("about $4 billion", &usd, Some("USD")), None);
        assert_eq!(misfit("4 billion", &usd, Some("USD")), None);
        assert_eq!(
            misfit("less than 5%", &QUnit::Percent, Some("percent")),
            None
        );
        assert_eq!(misfit("5%", &QUnit::Any, None), None);
    }

    #[test]
    fn facts_no_figure_could_match_are_refused() {
        assert!(text_fact("1e400").unwrap_err().contains("larger than"));
        assert!(
            text_fact(&"9".repeat(400))
                .unwrap_err()
                .contains("larger than")
        );
        assert!(text_fact("lots").unwrap_err().contains("not a figure"));
        assert!(
            text_fact("15,000 or 16,000")
                .unwrap_err()
                .contains("more than one figure")
        );
        assert!(
            text_fact("15,000-13,000")
                .unwrap_err()
                .contains("would ignore the rest (`-13,000`)")
        );
        let range = |min, max| parse_fact(&RawFact::Range(RawRange { min, max }));
        assert!(range(Some(2000.0), Some(10.0)).is_err());
        assert!(range(None, None).is_err());
        assert!(range(Some(f64::NAN), None).is_err());
        assert!(range(Some(0.0), Some(1e19)).is_err());
        assert_eq!(
            range(Some(10.0), None).ok().map(|f| f.interval),
            Some(Interval::new(10.0, f64::INFINITY))
        );
        assert!(parse_fact(&RawFact::Number(f64::INFINITY)).is_err());
        assert!(parse_fact(&RawFact::Number(-2e18)).is_err());
    }
}
