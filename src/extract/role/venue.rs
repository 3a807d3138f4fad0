//! A name after `at` that is where something happened, not an employer.

use crate::extract::token::Token;

/// True when the name ending at token `end` is followed by when something
/// happened there (`co-owner Shah Rukh Khan at Chepauk on Sunday`, `at
/// Wembley in May`, `at the summit last week`): `X at <name>` then says
/// where the person was, not whom they work for (`economist Jane Doe at
/// Capital Economics`).
pub(super) fn venue(ts: &[Token<'_>], end: usize) -> bool {
    let is_time = |t: &Token<'_>| {
        let w = t.text.to_lowercase();
        crate::extract::time::WEEKDAYS.contains(&w.as_str())
            || crate::extract::lexicon::month(&w).is_some()
            || t.text.chars().all(|c| c.is_ascii_digit())
    };
    let Some(next) = ts.get(end) else {
        return false;
    };
    if next.is("on") || next.is("in") {
        return ts.get(end + 1).is_some_and(is_time);
    }
    (next.is("last") || next.is("this"))
        && ts.get(end + 1).is_some_and(|t| {
            is_time(t) || ["week", "month", "year", "weekend"].iter().any(|w| t.is(w))
        })
}

#[cfg(test)]
mod tests {
    use crate::extract::token::tokenize;
    use crate::source::Span;

    /// Whether the name ending with `name` in `text` is followed by a when.
    fn after(text: &str, name: &str) -> bool {
        let ts = tokenize(text, Span::new(0, text.len()));
        let end = text.find(name).unwrap() + name.len();
        let k = ts
            .iter()
            .position(|t| t.span.start >= end)
            .unwrap_or(ts.len());
        super::venue(&ts, k)
    }

    #[test]
    fn a_name_a_time_follows_is_a_venue() {
        assert!(after(
            "co-owner Priya Nair at Seaside Park on Sunday.",
            "Seaside Park"
        ));
        assert!(after("chair Ana Ruiz at Wembley in May 2024.", "Wembley"));
        assert!(after("CEO Ana Ruiz at Davos last week.", "Davos"));
        assert!(!after(
            "economist Jane Doe at Capital Economics said.",
            "Capital Economics"
        ));
        assert!(!after(
            "analyst Jane Doe at Jefferies in a note.",
            "Jefferies"
        ));
    }
}
