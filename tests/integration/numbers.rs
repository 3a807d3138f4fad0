//! The number grammar, table-driven: phrases in many outlets' styles.
//!
//! Each row is a sentence with the expected claim's exact words in `[brackets]`
//! and what factlint must read there: kind, point value, interval. `NONE` means
//! no point value (ranges, vague quantities); `INF`/`-INF` an unbounded end.
//! `NOT_COUNTS` rows mark with `{braces}` words that must never become a count,
//! money or percent (they may be time, or nothing). `TIMES` rows give the
//! period label a time claim must carry.

use factlint::claim::{ClaimKind, Measure, Quantity};
use factlint::extract::{ExtractOptions, extract};
use factlint::source::{DocId, Document, Span};

/// The table: `tables/numbers.txt`, one row per line, fields split on ` | `.
/// Lines under `## claims` are `sentence with [claim] | kind | value | low | high`
/// (`-` for no value, `inf`/`-inf` for an open end); under `## not-counts` a
/// sentence with `{marked}` words; under `## times` `sentence with [time] | period`.
const TABLE: &str = include_str!("tables/numbers.txt");

const NONE: f64 = f64::NAN;
const INF: f64 = f64::INFINITY;

/// The rows of one `## section` of the table, split into fields.
fn section(name: &str) -> Vec<Vec<&'static str>> {
    crate::table::rows(TABLE, name)
}

fn number(field: &str) -> f64 {
    match field {
        "-" => NONE,
        "inf" => INF,
        "-inf" => -INF,
        f => f
            .replace('_', "")
            .parse()
            .unwrap_or_else(|_| panic!("not a number in the table: {f:?}")),
    }
}

/// Strips one pair of `open`/`close` marks, returning the text and the marked byte span.
fn marked(s: &str, open: char, close: char) -> (String, Span) {
    let a = s.find(open).unwrap_or_else(|| panic!("no {open} in {s:?}"));
    let b = s
        .find(close)
        .unwrap_or_else(|| panic!("no {close} in {s:?}"));
    let text = format!(
        "{}{}{}",
        &s[..a],
        &s[a + open.len_utf8()..b],
        &s[b + close.len_utf8()..]
    );
    (text, Span::new(a, b - open.len_utf8()))
}

fn quantities(text: &str) -> Vec<(Span, Quantity)> {
    let doc = Document::new(DocId(0), "row.txt", text);
    extract(&doc, &ExtractOptions::default())
        .claims
        .into_iter()
        .filter_map(|c| match c.kind {
            ClaimKind::Quantity(q) => Some((c.span, (*q).clone())),
            _ => None,
        })
        .collect()
}

fn same(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan())
        || (a.is_infinite() && a == b)
        || (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

#[test]
fn every_phrase_reads_as_its_row_says() {
    let mut failures = Vec::new();
    let rows = section("claims");
    for fields in &rows {
        let [row, kind, value, low, high] = fields[..] else {
            panic!("a claims row needs five fields: {fields:?}");
        };
        let (value, low, high) = (number(value), number(low), number(high));
        let (text, span) = marked(row, '[', ']');
        let found = quantities(&text);
        let Some((_, q)) = found.iter().find(|(s, _)| *s == span) else {
            let got: Vec<_> = found
                .iter()
                .map(|(s, q)| (&text[s.start..s.end], q.measure))
                .collect();
            failures.push(format!("{row}\n    no claim at [..]; got {got:?}"));
            continue;
        };
        let v = q.value.unwrap_or(NONE);
        let ok = q.measure.as_str() == kind
            && same(v, value)
            && same(q.interval.low, low)
            && same(q.interval.high, high);
        if !ok {
            failures.push(format!(
                "{row}\n    got {} value {v} [{}, {}]",
                q.measure.as_str(),
                q.interval.low,
                q.interval.high
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[test]
fn marked_words_never_become_counts() {
    let mut failures = Vec::new();
    for fields in section("not-counts") {
        let row = fields[0];
        let (text, span) = marked(row, '{', '}');
        for (s, q) in quantities(&text) {
            if s.overlaps(&span) && q.measure != Measure::Time {
                failures.push(format!(
                    "{row}: read {:?} as {}",
                    &text[s.start..s.end],
                    q.measure.as_str()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn time_expressions_carry_their_period() {
    let mut failures = Vec::new();
    for fields in section("times") {
        let [row, period] = fields[..] else {
            panic!("a times row needs two fields: {fields:?}");
        };
        let (text, span) = marked(row, '[', ']');
        let found = quantities(&text);
        let hit = found.iter().find(|(s, q)| {
            *s == span
                && q.measure == Measure::Time
                && q.period.as_ref().map(|p| p.to_string()).as_deref() == Some(period)
        });
        if hit.is_none() {
            let got: Vec<_> = found
                .iter()
                .map(|(s, q)| (&text[s.start..s.end], q.period.clone()))
                .collect();
            failures.push(format!("{row}: want {period}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
