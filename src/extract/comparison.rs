//! Figures given as a point of comparison (`up from $6 billion`, `$6
//! billion a year earlier`): read once at extraction and kept on the
//! quantity, so binding and automatic keys only read the flag.

use std::borrow::Cow;

use super::located::lower_buffered;
use crate::source::Span;

/// Lower-case bytes of a window around a figure: every window here is at
/// most 80 bytes, lower-cased on the stack.
type Window = [u8; 80];

/// `text[from..to]` lower-cased (offsets kept) into `buf`, or empty when
/// the range is not on character boundaries.
fn lower_window<'b>(text: &str, from: usize, to: usize, buf: &'b mut Window) -> Cow<'b, str> {
    lower_buffered(text.get(from..to).unwrap_or(""), buf)
}

/// The start of the window of `back` bytes before `at`, moved forward onto a character boundary.
fn back_from(text: &str, at: usize, back: usize) -> usize {
    let mut from = at.saturating_sub(back);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    from
}

/// The end of the window of `ahead` bytes after `at`, moved back onto a character boundary.
fn ahead_to(text: &str, at: usize, ahead: usize) -> usize {
    let mut to = (at + ahead).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    to
}

/// True for a character that separates the words `is_comparison` reads.
fn word_sep(c: char) -> bool {
    !c.is_alphanumeric() && c != '\'' && c != '’'
}

/// Phrases before a figure that make it the point of comparison.
const LEAD: &[&str] = &[
    "up from",
    "down from",
    "rose from",
    "fell from",
    "increased from",
    "decreased from",
    "compared with",
    "compared to",
    "versus",
    "vs",
    "vs.",
    "against",
    "from a year",
    "up from about",
];

/// A change measured against that period (`up 122% from a year ago`).
const CHANGE: &[&str] = &[
    "up",
    "down",
    "rose",
    "rising",
    "grew",
    "growing",
    "fell",
    "falling",
    "jumped",
    "climbed",
    "surged",
    "dropped",
    "declined",
    "gained",
    "increased",
    "decreased",
    "slid",
    "soared",
    "by",
];

/// What a change is measured against, right after the figure.
const AGAINST: &[&str] = &["from ", "over ", "on ", "compared with ", "versus ", "vs "];

/// An earlier period right after a figure: `$6 billion a year earlier`.
const EARLIER: &[&str] = &[
    "a year earlier",
    "a yr earlier",
    "a year ago",
    "a yr ago",
    "a year before",
    "the year before",
    "the previous year",
    "in the year-earlier",
    "a quarter earlier",
    "the prior year",
];

/// True when one of `EARLIER` occurs anywhere in `clause` (as `str::contains`
/// would find it): every phrase starts with `a`, `t` or `i`, so only those
/// bytes are tried.
fn names_earlier_period(clause: &str) -> bool {
    let b = clause.as_bytes();
    (0..b.len()).any(|i| {
        matches!(b[i], b'a' | b't' | b'i')
            && EARLIER.iter().any(|t| b[i..].starts_with(t.as_bytes()))
    })
}

/// True for a figure given as the point of comparison — `up from $6 billion`,
/// `compared with 12%`, `$6 billion a year earlier` — which belongs to another
/// period than the figure it is compared with.
pub fn is_comparison(text: &str, span: Span) -> bool {
    let mut buf: Window = [0; 80];
    let from = back_from(text, span.start, 24);
    let before = lower_window(text, from, span.start, &mut buf);
    let before = before.trim_end();
    if LEAD.iter().any(|l| before.ends_with(l)) {
        return true;
    }
    if beaten_target(text, span) {
        return true;
    }
    // `higher than the 27.5 trillion naira he proposed`, `less than its
    // $4bn forecast`: a figure after `than` and an article or possessive is
    // another figure compared with, not a bound (`more than 500` is a bound).
    let mut words = before.rsplit(word_sep).filter(|w| !w.is_empty());
    if let (Some(det), Some(than)) = (words.next(), words.next())
        && than == "than"
        && (matches!(det, "the" | "its" | "their" | "his" | "her" | "our")
            || det.ends_with("'s")
            || det.ends_with("’s"))
    {
        return true;
    }
    let mut after_buf: Window = [0; 80];
    let to = ahead_to(text, span.end, 40);
    let after = lower_window(text, span.end, to, &mut after_buf);
    let clause = after.split(['.', ';', ',']).next().unwrap_or("");
    // A change measured against that period (`up 122% from a year ago`,
    // `grew 15 per cent over the previous quarter`) is the change, not the
    // earlier value.
    let changed = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .is_some_and(|w| CHANGE.contains(&w));
    if changed && AGAINST.iter().any(|a| clause.trim_start().starts_with(a)) {
        return false;
    }
    names_earlier_period(clause)
}

/// Nouns of a target an outcome is measured against.
const TARGETS: &[&str] = &[
    "guidance",
    "forecast",
    "forecasts",
    "estimate",
    "estimates",
    "expectations",
    "range",
    "target",
    "outlook",
    "consensus",
];

/// Words saying an outcome beat or missed a target.
const BEAT: &[&str] = &[
    "above",
    "below",
    "beat",
    "beats",
    "beating",
    "topped",
    "tops",
    "exceeded",
    "exceeding",
    "missed",
    "short",
    "ahead",
    "surpassed",
];

/// `above the top of the company's guidance range of $19.6 billion to $20.4
/// billion`, `beating its forecast of 12%`: the target an outcome was
/// measured against, not the outcome (nor a new forecast).
fn beaten_target(text: &str, span: Span) -> bool {
    let mut buf: Window = [0; 80];
    let from = back_from(text, span.start, 80);
    let before = lower_window(text, from, span.start, &mut buf);
    let clause = before.rsplit(['.', ';', '(']).next().unwrap_or("");
    // The clause's last three words, last first.
    let mut words = clause.rsplit(word_sep).filter(|w| !w.is_empty());
    let (last, second) = (words.next(), words.next());
    // `above the T$237.6 billion average of analyst estimates`: a beat word
    // and an article right before the figure, a target noun within a few
    // words after it.
    if let (Some(det), Some(beat)) = (last, second)
        && BEAT.contains(&beat)
        && matches!(det, "the" | "its" | "their" | "an" | "a")
    {
        let mut after_buf: Window = [0; 80];
        let to = ahead_to(text, span.end, 48);
        let after = lower_window(text, span.end, to, &mut after_buf);
        let clause = after.split(['.', ';', ',', '(']).next().unwrap_or("");
        if clause
            .split(|c: char| !c.is_alphanumeric())
            .take(6)
            .any(|w| TARGETS.contains(&w))
        {
            return true;
        }
    }
    if last != Some("of") {
        return false;
    }
    // A target noun among the two words before `of`, a beat word anywhere
    // before it (`of` itself is no beat word).
    [second, words.next()]
        .into_iter()
        .flatten()
        .any(|w| TARGETS.contains(&w))
        && clause
            .split(word_sep)
            .filter(|w| !w.is_empty())
            .any(|w| BEAT.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, figure: &str) -> bool {
        let s = text.find(figure).unwrap();
        is_comparison(text, Span::new(s, s + figure.len()))
    }

    #[test]
    fn a_target_an_outcome_beat_is_compared_with_and_a_new_forecast_is_not() {
        let t = "revenue was $20.82 billion, above the top of the company's guidance range of $19.6 billion to $20.4 billion.";
        assert!(at(t, "$19.6 billion to $20.4 billion"));
        let t = "it expected third-quarter revenue of between $22.4 billion and $23.2 billion.";
        assert!(!at(t, "$22.4 billion and $23.2 billion"));
        let t = "It raised its forecast of $30 billion for the year.";
        assert!(!at(t, "$30 billion"));
        let t = "Net income rose to T$247.85 billion, above the T$237.6 billion average of analyst estimates.";
        assert!(at(t, "T$237.6 billion"));
        assert!(!at(t, "T$247.85 billion"));
        let t = "Sales came in above the $2 billion mark for the first time.";
        assert!(!at(t, "$2 billion"));
    }

    #[test]
    fn a_figure_after_than_the_is_compared_with_and_a_bound_is_not() {
        assert!(at(
            "a 28.7 trillion naira budget, higher than the 27.5 trillion naira he proposed",
            "27.5 trillion naira"
        ));
        assert!(at(
            "revenue was lower than its $4 billion forecast",
            "$4 billion"
        ));
        assert!(!at("the cuts reach more than 500 staff", "500"));
    }

    #[test]
    fn the_earlier_value_is_a_comparison_and_the_change_is_not() {
        assert!(at(
            "revenue of $30bn, up from $13.5bn a year earlier",
            "$13.5bn"
        ));
        assert!(at("It had $6 billion a year earlier.", "$6 billion"));
        assert!(!at("revenue of $30bn, up 122% from a year ago", "122%"));
        assert!(!at(
            "sales grew 15 per cent over the previous year",
            "15 per cent"
        ));
        assert!(at("margins of 75% a year ago", "75%"));
    }
}
