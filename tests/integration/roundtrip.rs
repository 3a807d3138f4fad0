//! Property test: a value rendered the ways newsrooms write numbers parses
//! back to the same value — digits with commas, scale words and their
//! abbreviations, `$`/`US$`/`€`/`£` prefixes, `%`, `percent`, `per cent`, and
//! numbers spelled out below a thousand.

use factlint::claim::{ClaimKind, Measure};
use factlint::extract::{ExtractOptions, extract};
use factlint::source::{DocId, Document};
use proptest::prelude::*;

/// Every non-time figure in `text` as (kind, value).
fn figures(text: &str) -> Vec<(Measure, Option<f64>)> {
    let doc = Document::new(DocId(0), "p.txt", text);
    extract(&doc, &ExtractOptions::default())
        .claims
        .into_iter()
        .filter_map(|c| match c.kind {
            ClaimKind::Quantity(q) if q.measure != Measure::Time => Some((q.measure, q.value)),
            _ => None,
        })
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// `1234567` → `1,234,567`.
fn commas(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// Spells `n < 1000` the way a wire story would (`three hundred and forty-two`).
fn spell(n: u32) -> String {
    const ONES: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let below_100 = |n: u32| -> String {
        match n {
            0..=19 => ONES[n as usize].to_string(),
            _ if n.is_multiple_of(10) => TENS[(n / 10) as usize].to_string(),
            _ => format!("{}-{}", TENS[(n / 10) as usize], ONES[(n % 10) as usize]),
        }
    };
    match (n / 100, n % 100) {
        (0, r) => below_100(r),
        (h, 0) => format!("{} hundred", ONES[h as usize]),
        (h, r) => format!("{} hundred and {}", ONES[h as usize], below_100(r)),
    }
}

/// Scale words and abbreviations newsrooms use, with their factor.
const SCALES: &[(&str, f64)] = &[
    (" thousand", 1e3),
    (" million", 1e6),
    (" billion", 1e9),
    (" trillion", 1e12),
    ("bn", 1e9),
    ("m", 1e6),
    (" mn", 1e6),
    ("B", 1e9),
    ("M", 1e6),
    ("k", 1e3),
];

const PREFIXES: &[&str] = &["$", "US$", "€", "£", "C$", "USD "];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn digits_with_commas_parse_back(n in 0u64..10_000_000_000) {
        let text = format!("The company said it cut {} jobs last year.", commas(n));
        let got = figures(&text);
        prop_assert_eq!(got.len(), 1, "{} → {:?}", text, got);
        prop_assert!(close(got[0].1.unwrap(), n as f64), "{} → {:?}", text, got);
    }

    #[test]
    fn scale_words_and_currency_prefixes_parse_back(
        mantissa in 1u32..1000,
        decimals in 0usize..3,
        scale in 0usize..SCALES.len(),
        prefix in 0usize..PREFIXES.len(),
    ) {
        let m = f64::from(mantissa) / 10f64.powi(decimals as i32);
        let (word, factor) = SCALES[scale];
        let written = format!("{}{:.*}{}", PREFIXES[prefix], decimals, m, word);
        let text = format!("Revenue reached {written} in the period.");
        let got = figures(&text);
        prop_assert_eq!(got.len(), 1, "{} → {:?}", text, got);
        prop_assert_eq!(got[0].0, Measure::Money, "{}", text);
        prop_assert!(close(got[0].1.unwrap(), m * factor), "{} → {:?}", text, got);
    }

    #[test]
    fn percentages_parse_back(whole in 0u32..1000, tenths in 0u32..10, style in 0usize..4) {
        let v = f64::from(whole) + f64::from(tenths) / 10.0;
        let sign = ["%", " percent", " per cent", " pct"][style];
        let text = format!("Shares rose {v:.1}{sign} on Monday.");
        let got = figures(&text);
        prop_assert_eq!(got.len(), 1, "{} → {:?}", text, got);
        prop_assert_eq!(got[0].0, Measure::Percent);
        prop_assert!(close(got[0].1.unwrap(), v), "{} → {:?}", text, got);
    }

    #[test]
    fn numbers_spelled_below_a_thousand_parse_back(n in 2u32..1000, capital in any::<bool>()) {
        let mut words = spell(n);
        if capital {
            words = format!("{}{}", words[..1].to_uppercase(), &words[1..]);
        }
        let text = format!("{words} workers were told on Friday.");
        let got = figures(&text);
        prop_assert_eq!(got.len(), 1, "{} → {:?}", text, got);
        prop_assert!(close(got[0].1.unwrap(), f64::from(n)), "{} → {:?}", text, got);
    }
}
