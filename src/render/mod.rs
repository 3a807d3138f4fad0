//! Rendering: plain data → what the user reads. The only output formatting.
//!
//! Renderers return strings; the command layer writes them. Line and column
//! are computed here, from byte spans, and nowhere earlier.

pub mod claims;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;
pub mod short;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_numbers_group_thousands() {
        assert_eq!(human_number(14000.0), "14,000");
        assert_eq!(human_number(167.65e9), "167,650,000,000");
        assert_eq!(human_number(39.449999999999996), "39.45");
        assert_eq!(human_number(f64::INFINITY), "∞");
        assert_eq!(human_number(-1.5), "-1.5");
    }
}
