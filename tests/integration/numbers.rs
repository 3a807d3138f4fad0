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

const NONE: f64 = f64::NAN;
const INF: f64 = f64::INFINITY;

/// (sentence with `[claim]`, kind, value, low, high)
const ROWS: &[(&str, &str, f64, f64, f64)] = &[
    (
        "Amazon will lay off [approximately 14,000] employees.",
        "count",
        14000.0,
        13300.0,
        14700.0,
    ),
    (
        "The company cut [14,000] jobs.",
        "count",
        14000.0,
        13500.0,
        14500.0,
    ),
    (
        "[Fifteen percent] of staff were told.",
        "percent",
        15.0,
        14.5,
        15.5,
    ),
    (
        "Margins fell to [39.5%] in Q1.",
        "percent",
        39.5,
        39.45,
        39.55,
    ),
    (
        "It invested [$4B] in Anthropic.",
        "money",
        4e9,
        3.5e9,
        4.5e9,
    ),
    (
        "[Some 27,000+] have been impacted.",
        "count",
        27000.0,
        26500.0,
        INF,
    ),
];

/// Sentences whose `{marked}` words are not counts, money or percentages.
const NOT_COUNTS: &[&str] = &[
    "Layoffs followed in {2024}.",
    "Results for {Q2} were strong.",
];

/// (sentence with `[time]`, period label)
const TIMES: &[(&str, &str)] = &[("The cuts came in [2022–2023].", "2022/2023")];

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
            ClaimKind::Quantity(q) => Some((c.span, q)),
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
    for &(row, kind, value, low, high) in ROWS {
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
            && same(
                q.interval.low,
                if low == -INF { f64::NEG_INFINITY } else { low },
            )
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
        ROWS.len(),
        failures.join("\n")
    );
}

#[test]
fn marked_words_never_become_counts() {
    let mut failures = Vec::new();
    for &row in NOT_COUNTS {
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
    for &(row, period) in TIMES {
        let (text, span) = marked(row, '[', ']');
        let found = quantities(&text);
        let hit = found.iter().find(|(s, q)| {
            *s == span && q.measure == Measure::Time && q.period.as_deref() == Some(period)
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
