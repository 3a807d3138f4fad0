//! How numbers are written in messages and labels: a leaf module that the
//! checks, the rule-set compiler and the renderers share (so none of them
//! imports another for it).

use crate::claim::{Measure, Quantity};

/// Rounds to ten significant digits, so interval arithmetic prints `39.45`
/// rather than `39.449999999999996`.
pub fn tidy(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let digits = 10 - v.abs().log10().floor() as i32 - 1;
    let m = 10f64.powi(digits.clamp(-300, 300));
    let r = (v * m).round() / m;
    if r.is_finite() { r } else { v }
}

/// A number for people: thousands separators, no trailing zeros, `∞` for unbounded.
pub fn human_number(v: f64) -> String {
    if v.is_infinite() {
        return if v > 0.0 { "∞".into() } else { "-∞".into() };
    }
    let v = tidy(v);
    let neg = v < 0.0;
    let a = v.abs();
    let int = a.trunc();
    let frac = a - int;
    let mut digits = format!("{int:.0}");
    let mut grouped = String::new();
    while digits.len() > 3 {
        let tail = digits.split_off(digits.len() - 3);
        grouped = format!(",{tail}{grouped}");
    }
    let mut s = format!("{}{digits}{grouped}", if neg { "-" } else { "" });
    if frac > 0.0 {
        let f = format!("{:.6}", frac);
        let f = f.trim_start_matches('0').trim_end_matches('0');
        if f != "." {
            s.push_str(f);
        }
    }
    s
}

/// A number as a writer would print it in a message: `1,500`, `39.45`, `4.1 billion`, `2.5 million`.
pub fn show(v: f64) -> String {
    if !v.is_finite() {
        return if v > 0.0 {
            "unbounded".into()
        } else {
            "-unbounded".into()
        };
    }
    let v = tidy(v);
    let a = v.abs();
    for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        let m = tidy(v / scale);
        // Up to three decimals (`3.594 trillion`), so a sum of parts in
        // billions reads in the total's scale, not as `3,594 billion`.
        if a >= scale && ((m * 1000.0).round() - m * 1000.0).abs() < 1e-6 {
            return format!("{} {word}", human_number(m));
        }
    }
    human_number((v * 100.0).round() / 100.0)
}

/// A computed value written the way a figure of this kind is: `$5 billion`,
/// `€3.1 billion`, `12.5%`, or a bare number.
pub fn show_as(v: f64, like: &Quantity) -> String {
    match like.measure {
        Measure::Money => match like.currency {
            Some("USD") => format!("${}", show(v)),
            Some("EUR") => format!("€{}", show(v)),
            Some("GBP") => format!("£{}", show(v)),
            Some(c) => format!("{} {c}", show(v)),
            None => show(v),
        },
        Measure::Percent => format!("{}%", show(v)),
        _ => show(v),
    }
}
