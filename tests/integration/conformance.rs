//! Conformance against a peer suite: Microsoft Recognizers-Text's English specs
//! for numbers, percentages, currency and number ranges (MIT).
//!
//! The suite is not ours, so it is read from `../shared/testdata/recognizers`
//! when it is there and never copied into the repository; without it the test
//! says it skipped. For each expected result we ask whether factlint extracted
//! a numeric claim at an overlapping span with the same value (ranges: the same
//! stated bounds). Offsets in the suite are characters with an inclusive end.
//! The run prints a table per file and fails below `FLOORS`, which only go up.

use std::path::PathBuf;

use factlint::claim::{Measure, Quantity};
use factlint::extract::{ExtractOptions, extract};
use factlint::source::{DocId, Document, Span};
use serde_json::Value;

/// Minimum share of expected results found, per file. Raise as extraction improves.
const FLOORS: &[(&str, f64)] = &[
    ("Number_NumberModel.json", 0.65),
    ("Number_PercentModel.json", 1.0),
    ("NumberWithUnit_CurrencyModel.json", 0.95),
    ("Number_NumberRangeModel.json", 0.91),
];

fn suite_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/testdata/recognizers")
}

/// What one expected result asks for.
enum Want {
    Value(f64),
    Bounds(Option<f64>, Option<f64>),
}

fn parse_want(r: &Value) -> Option<Want> {
    let res = &r["Resolution"];
    match r["TypeName"].as_str()? {
        "number" => res["value"].as_str()?.parse().ok().map(Want::Value),
        "percentage" => res["value"]
            .as_str()?
            .trim_end_matches('%')
            .parse()
            .ok()
            .map(Want::Value),
        "currency" => {
            let v: f64 = res["value"].as_str()?.parse().ok()?;
            // The suite counts cents and pence in hundredths; factlint in whole units.
            let unit = res["unit"].as_str().unwrap_or("");
            let sub = matches!(unit, "Cent" | "Pence" | "Penny");
            Some(Want::Value(if sub { v / 100.0 } else { v }))
        }
        "numberrange" => {
            let s = res["value"].as_str()?;
            let inner = s.get(1..s.len() - 1)?;
            let (a, b) = inner.split_once(',')?;
            Some(Want::Bounds(a.trim().parse().ok(), b.trim().parse().ok()))
        }
        _ => None,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// factlint states a share (`two thirds`, `1 in 5`, `¾`) as a percent; the suite
/// as a plain number. Same quantity, other unit: compare both ways.
fn matches(q: &Quantity, want: &Want) -> bool {
    let share = if q.measure == Measure::Percent {
        100.0
    } else {
        1.0
    };
    matches_in(q, want, 1.0) || (share != 1.0 && matches_in(q, want, share))
}

fn matches_in(q: &Quantity, want: &Want, per: f64) -> bool {
    match want {
        Want::Value(v) => q.value.is_some_and(|x| close(x / per, *v)),
        Want::Bounds(lo, hi) => {
            let (a, b) = q.stated_bounds();
            let (a, b) = (a.map(|x| x / per), b.map(|x| x / per));
            let same = |x: Option<f64>, y: Option<f64>| match (x, y) {
                (Some(x), Some(y)) => close(x, y),
                (None, None) => true,
                _ => false,
            };
            same(a, *lo) && same(b, *hi)
        }
    }
}

/// Whether a claim is of the type the file's model recognises (for false positives).
fn claims_for(file: &str, q: &Quantity) -> bool {
    if file.contains("Currency") {
        q.measure == Measure::Money
    } else if file.contains("Percent") {
        q.measure == Measure::Percent
    } else if file.contains("Range") {
        q.range.is_some() || q.qualifier.as_ref().is_some_and(|x| x.kind.is_bound())
    } else {
        q.measure != Measure::Time
    }
}

fn byte_span(input: &str, start: usize, end_inclusive: usize) -> Span {
    let byte = |ch: usize| {
        input
            .char_indices()
            .nth(ch)
            .map(|(b, _)| b)
            .unwrap_or(input.len())
    };
    Span::new(byte(start), byte(end_inclusive + 1))
}

/// Found / expected and false positives on negative cases, for one file.
struct Score {
    found: usize,
    expected: usize,
    negatives: usize,
    false_positives: usize,
    misses: Vec<String>,
}

fn score(file: &str) -> Option<Score> {
    let raw = std::fs::read_to_string(suite_dir().join(file)).ok()?;
    let cases: Vec<Value> = serde_json::from_str(raw.trim_start_matches('\u{feff}')).ok()?;
    let mut s = Score {
        found: 0,
        expected: 0,
        negatives: 0,
        false_positives: 0,
        misses: Vec::new(),
    };
    for case in &cases {
        let input = case["Input"].as_str().unwrap_or("");
        let doc = Document::new(DocId(0), "case.txt", input);
        let ex = extract(&doc, &ExtractOptions::default());
        let quantities: Vec<(Span, &Quantity)> = ex
            .claims
            .iter()
            .filter_map(|c| c.quantity().map(|q| (c.span, q)))
            .collect();
        let results = case["Results"].as_array().cloned().unwrap_or_default();
        if results.is_empty() {
            s.negatives += 1;
            let counts = quantities.iter().any(|(_, q)| claims_for(file, q));
            if counts {
                s.false_positives += 1;
            }
            continue;
        }
        for r in &results {
            let Some(want) = parse_want(r) else {
                continue;
            };
            s.expected += 1;
            let span = byte_span(
                input,
                r["Start"].as_u64().unwrap_or(0) as usize,
                r["End"].as_u64().unwrap_or(0) as usize,
            );
            if quantities
                .iter()
                .any(|(sp, q)| sp.overlaps(&span) && matches(q, &want))
            {
                s.found += 1;
            } else {
                s.misses.push(format!(
                    "{:?} → {:?}",
                    input,
                    r["Text"].as_str().unwrap_or("")
                ));
            }
        }
    }
    Some(s)
}

#[test]
fn recognizers_suite_meets_its_floors() {
    if !suite_dir().exists() {
        // Under CI the suite must be there: a missing suite is a failure, not a pass.
        assert!(
            std::env::var("CI").map_or(true, |v| v.is_empty() || v == "false"),
            "conformance: {} is missing, and CI is set",
            suite_dir().display()
        );
        eprintln!(
            "conformance: skipped, {} is not here",
            suite_dir().display()
        );
        return;
    }
    let verbose = std::env::var_os("FACTLINT_CONFORMANCE_MISSES").is_some();
    let mut failures = Vec::new();
    eprintln!(
        "{:<38} {:>7} {:>9} {:>7}  negatives (false positives)",
        "file", "found", "expected", "share"
    );
    for (file, floor) in FLOORS {
        let Some(s) = score(file) else {
            failures.push(format!("{file}: cannot read"));
            continue;
        };
        let share = s.found as f64 / s.expected.max(1) as f64;
        eprintln!(
            "{:<38} {:>7} {:>9} {:>6.1}%  {} ({})",
            file,
            s.found,
            s.expected,
            share * 100.0,
            s.negatives,
            s.false_positives
        );
        if verbose {
            for m in &s.misses {
                eprintln!("    miss {m}");
            }
        }
        if share + 1e-9 < *floor {
            failures.push(format!(
                "{file}: {:.1}% is below the floor of {:.1}%",
                share * 100.0,
                floor * 100.0
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
