//! Figures given as a point of comparison (`up from $6 billion`, `$6
//! billion a year earlier`): read once at extraction and kept on the
//! quantity, so binding and automatic keys only read the flag.

use super::located::lower_same_offsets;
use crate::source::Span;

/// True for a figure given as the point of comparison — `up from $6 billion`,
/// `compared with 12%`, `$6 billion a year earlier` — which belongs to another
/// period than the figure it is compared with.
pub fn is_comparison(text: &str, span: Span) -> bool {
    let mut from = span.start.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = lower_same_offsets(text.get(from..span.start).unwrap_or(""));
    let before = before.trim_end();
    let lead = [
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
    if lead.iter().any(|l| before.ends_with(l)) {
        return true;
    }
    // `higher than the 27.5 trillion naira he proposed`, `less than its
    // $4bn forecast`: a figure after `than` and an article or possessive is
    // another figure compared with, not a bound (`more than 500` is a bound).
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    if beaten_target(text, span) {
        return true;
    }
    if let [.., than, det] = words[..]
        && than == "than"
        && (matches!(det, "the" | "its" | "their" | "his" | "her" | "our")
            || det.ends_with("'s")
            || det.ends_with("’s"))
    {
        return true;
    }
    let mut to = (span.end + 40).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = lower_same_offsets(text.get(span.end..to).unwrap_or(""));
    let clause = after.split(['.', ';', ',']).next().unwrap_or("");
    // A change measured against that period (`up 122% from a year ago`,
    // `grew 15 per cent over the previous quarter`) is the change, not the
    // earlier value.
    let change = [
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
    let against = ["from ", "over ", "on ", "compared with ", "versus ", "vs "];
    let changed = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .is_some_and(|w| change.contains(&w));
    if changed && against.iter().any(|a| clause.trim_start().starts_with(a)) {
        return false;
    }
    [
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
    ]
    .iter()
    .any(|t| clause.contains(t))
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
    let mut from = span.start.saturating_sub(80);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = lower_same_offsets(text.get(from..span.start).unwrap_or(""));
    let clause = before.rsplit(['.', ';', '(']).next().unwrap_or("");
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    // `above the T$237.6 billion average of analyst estimates`: a beat word
    // and an article right before the figure, a target noun within a few
    // words after it.
    if let [.., beat, det] = words[..]
        && BEAT.contains(&beat)
        && matches!(det, "the" | "its" | "their" | "an" | "a")
    {
        let mut to = (span.end + 48).min(text.len());
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        let after = lower_same_offsets(text.get(span.end..to).unwrap_or(""));
        let clause = after.split(['.', ';', ',', '(']).next().unwrap_or("");
        if clause
            .split(|c: char| !c.is_alphanumeric())
            .take(6)
            .any(|w| TARGETS.contains(&w))
        {
            return true;
        }
    }
    let Some((&"of", rest)) = words.split_last() else {
        return false;
    };
    rest.iter().rev().take(2).any(|w| TARGETS.contains(w)) && rest.iter().any(|w| BEAT.contains(w))
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
