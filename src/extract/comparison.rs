//! Figures given as a point of comparison (`up from $6 billion`, `$6
//! billion a year earlier`): read once at extraction and kept on the
//! quantity, so binding and automatic keys only read the flag.
//!
//! The windows around a figure are read as written, every cue compared
//! ignoring ASCII case: the same answers as on the windows lower-cased with
//! `lower_same_offsets` (which keeps every non-ASCII character non-ASCII, so
//! it never makes an ASCII cue match), without lower-casing anything.

use crate::source::Span;

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

/// True for a character that is not a letter or digit.
fn not_alnum(c: char) -> bool {
    !c.is_alphanumeric()
}

/// The words of `s` from the last, split where `sep` holds, empty ones
/// skipped: `s.rsplit(sep).filter(|w| !w.is_empty())`, reading ASCII bytes
/// without decoding them.
fn words_back(s: &str, sep: impl Fn(char) -> bool) -> impl Iterator<Item = &str> {
    let mut end = s.len();
    std::iter::from_fn(move || {
        let last = |at: usize| -> (char, usize) {
            match s.as_bytes()[at - 1] {
                b if b < 0x80 => (char::from(b), 1),
                _ => {
                    let c = s[..at].chars().next_back().unwrap_or(' ');
                    (c, c.len_utf8())
                }
            }
        };
        while end > 0 {
            let (c, n) = last(end);
            if !sep(c) {
                break;
            }
            end -= n;
        }
        if end == 0 {
            return None;
        }
        let stop = end;
        while end > 0 {
            let (c, n) = last(end);
            if sep(c) {
                break;
            }
            end -= n;
        }
        Some(&s[end..stop])
    })
}

/// `s.ends_with(suffix)` on `s` lower-cased, for an ASCII lower-case `suffix`.
fn ends_with_ci(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len()
        && s.as_bytes()[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// `s.starts_with(prefix)` on `s` lower-cased, for an ASCII lower-case `prefix`.
fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// True when `w` lower-cased is one of `list` (ASCII lower-case words).
fn one_of(w: &str, list: &[&str]) -> bool {
    list.iter().any(|l| w.eq_ignore_ascii_case(l))
}

/// The text after the last `.`, `;` or `(` in `s`: `s.rsplit(['.', ';', '(']).next()`.
fn clause_before(s: &str) -> &str {
    match memchr::memrchr3(b'.', b';', b'(', s.as_bytes()) {
        Some(i) => &s[i + 1..],
        None => s,
    }
}

/// The text before the first `.`, `;` or `,` in `s`: `s.split(['.', ';', ',']).next()`.
fn clause_after(s: &str) -> &str {
    match memchr::memchr3(b'.', b';', b',', s.as_bytes()) {
        Some(i) => &s[..i],
        None => s,
    }
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

/// True when one of `EARLIER` occurs anywhere in `clause` lower-cased (as
/// `str::contains` would find it).
fn names_earlier_period(clause: &str) -> bool {
    let b = clause.as_bytes();
    // Each phrase starts `a `, `th` or `in`: only there are they compared.
    (0..b.len().saturating_sub(1)).any(|i| {
        matches!(
            (b[i] | 0x20, b[i + 1] | 0x20),
            (b'a', b' ') | (b't', b'h') | (b'i', b'n')
        ) && EARLIER
            .iter()
            .any(|t| b.len() - i >= t.len() && b[i..i + t.len()].eq_ignore_ascii_case(t.as_bytes()))
    })
}

/// True for a figure given as the point of comparison — `up from $6 billion`,
/// `compared with 12%`, `$6 billion a year earlier` — which belongs to another
/// period than the figure it is compared with.
pub fn is_comparison(text: &str, span: Span) -> bool {
    let from = back_from(text, span.start, 24);
    let before = text.get(from..span.start).unwrap_or("").trim_end();
    if LEAD.iter().any(|l| ends_with_ci(before, l)) {
        return true;
    }
    if beaten_target(text, span) {
        return true;
    }
    // `higher than the 27.5 trillion naira he proposed`, `less than its
    // $4bn forecast`: a figure after `than` and an article or possessive is
    // another figure compared with, not a bound (`more than 500` is a bound).
    let mut words = words_back(before, word_sep);
    if let (Some(det), Some(than)) = (words.next(), words.next())
        && than.eq_ignore_ascii_case("than")
        && (one_of(det, &["the", "its", "their", "his", "her", "our"])
            || ends_with_ci(det, "'s")
            || ends_with_ci(det, "’s"))
    {
        return true;
    }
    if superseded_by_now(text, span) {
        return true;
    }
    let to = ahead_to(text, span.end, 40);
    let after = text.get(span.end..to).unwrap_or("");
    let clause = clause_after(after);
    // A change measured against that period (`up 122% from a year ago`,
    // `grew 15 per cent over the previous quarter`) is the change, not the
    // earlier value.
    let changed = words_back(before, not_alnum)
        .next()
        .is_some_and(|w| one_of(w, CHANGE));
    if changed
        && AGAINST
            .iter()
            .any(|a| starts_with_ci(clause.trim_start(), a))
    {
        return false;
    }
    names_earlier_period(clause)
}

/// `the toll stood at nine dead; it is now 10`, `nine overnight, now 10`:
/// a figure the same sentence replaces after a clause break with `now` and
/// a new figure is the earlier value.
fn superseded_by_now(text: &str, span: Span) -> bool {
    let to = ahead_to(text, span.end, 48);
    let after = text.get(span.end..to).unwrap_or("");
    let after = match memchr::memchr2(b'.', b'\n', after.as_bytes()) {
        Some(i) => &after[..i],
        None => after,
    };
    // Where `now` occurs (`match_indices("now")`: it cannot overlap itself,
    // so every occurrence), found with `memchr` on its `n`.
    let ab = after.as_bytes();
    let mut nows = memchr::memchr_iter(b'n', ab).filter(|&i| ab[i..].starts_with(b"now"));
    let Some(now) = nows.find(|&i| {
        after[..i].ends_with(' ') && !after[i + 3..].starts_with(|c: char| c.is_alphanumeric())
    }) else {
        return false;
    };
    let gap = &after[..now];
    let broken = gap.contains([';', ',', '—']) || gap.contains(" but ") || gap.contains(" and ");
    let next = after[now + 3..].split_whitespace().take(4).any(|w| {
        w.starts_with(|c: char| c.is_ascii_digit())
            || one_of(
                w.trim_end_matches([',', ';']),
                &[
                    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                    "eleven", "twelve",
                ],
            )
    });
    broken && next
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
    let from = back_from(text, span.start, 80);
    let before = text.get(from..span.start).unwrap_or("");
    let clause = clause_before(before);
    // The clause's last three words, last first.
    let mut words = words_back(clause, word_sep);
    let (last, second) = (words.next(), words.next());
    // `above the T$237.6 billion average of analyst estimates`: a beat word
    // and an article right before the figure, a target noun within a few
    // words after it.
    if let (Some(det), Some(beat)) = (last, second)
        && one_of(beat, BEAT)
        && one_of(det, &["the", "its", "their", "an", "a"])
    {
        let to = ahead_to(text, span.end, 48);
        let after = text.get(span.end..to).unwrap_or("");
        let clause = after.split(['.', ';', ',', '(']).next().unwrap_or("");
        if clause.split(not_alnum).take(6).any(|w| one_of(w, TARGETS)) {
            return true;
        }
    }
    if !last.is_some_and(|w| w.eq_ignore_ascii_case("of")) {
        return false;
    }
    // A target noun among the two words before `of`, a beat word anywhere
    // before it (`of` itself is no beat word).
    [second, words.next()]
        .into_iter()
        .flatten()
        .any(|w| one_of(w, TARGETS))
        // A beat word is a word of its own: `short-term` is not `short`.
        && words_back(clause, |c| word_sep(c) && c != '-').any(|w| one_of(w, BEAT))
}

/// `is_comparison` as it was with its windows lower-cased into `String`s,
/// for the test that the reading in place answers the same.
#[cfg(test)]
mod reference {
    use super::{AGAINST, BEAT, CHANGE, EARLIER, LEAD, TARGETS};
    use crate::extract::located::lower_same_offsets;
    use crate::source::Span;

    pub(super) fn is_comparison(text: &str, span: Span) -> bool {
        let mut from = span.start.saturating_sub(24);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let before = lower_same_offsets(text.get(from..span.start).unwrap_or(""));
        let before = before.trim_end();
        let lead = LEAD;
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
        if beaten_target(text, span) || crate::extract::comparison::superseded_by_now(text, span) {
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
        let change = CHANGE;
        let against = AGAINST;
        let changed = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .is_some_and(|w| change.contains(&w));
        if changed && against.iter().any(|a| clause.trim_start().starts_with(a)) {
            return false;
        }
        EARLIER.iter().any(|t| clause.contains(t))
    }

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
        rest.iter().rev().take(2).any(|w| TARGETS.contains(w))
            && clause
                .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
                .any(|w| BEAT.contains(&w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, figure: &str) -> bool {
        let s = text.find(figure).unwrap();
        is_comparison(text, Span::new(s, s + figure.len()))
    }

    #[test]
    fn a_figure_replaced_by_a_now_figure_is_the_earlier_value() {
        let t = "Overnight the toll stood at nine dead; it is now 10.";
        assert!(at(t, "nine"));
        assert!(!at(t, "10"));
        assert!(at("The count, 12 on Monday, is now 19.", "12"));
        assert!(!at(
            "The quake killed 10 people and now rescuers search.",
            "10"
        ));
        assert!(!at("It killed 10 people, officials now say.", "10"));
    }

    #[test]
    fn a_hyphenated_word_is_no_beat_word() {
        let t = "The bank moved its short-term rate to a range of zero to 0.1% from -0.1%.";
        assert!(!at(t, "zero to 0.1%"));
        assert!(at(
            "Sales fell short of the range of $19.6 billion to $20.4 billion.",
            "$19.6 billion to $20.4 billion"
        ));
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

    #[test]
    fn reading_in_place_answers_as_the_lower_cased_windows_did() {
        let mut texts = vec![
            "Revenue ROSE 12% VERSUS 9%, UP FROM $13.5BN A YEAR EARLIER".to_string(),
            "ABOVE THE $2bn Average Of Analyst ESTIMATES; Beating Its Forecast Of 12%".into(),
            "higher than Acme’S 27.5 trillion, LESS THAN İTS 4, ẞ Ⅻ 5 ǅ 6 “7” — 8".into(),
        ];
        let mut stack = vec![std::path::PathBuf::from("fixtures")];
        while let Some(p) = stack.pop() {
            if p.is_dir() {
                stack.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
            } else if let Ok(t) = std::fs::read_to_string(&p) {
                texts.push(t);
            }
        }
        let mut tried = 0;
        for t in &texts {
            let b = t.as_bytes();
            for s in (0..b.len()).filter(|&i| b[i].is_ascii_digit() || b[i] == b'$') {
                let e = (s + 1..=b.len())
                    .find(|&e| t.is_char_boundary(e) && (e == b.len() || b[e] == b' '));
                let e = e.unwrap_or(b.len());
                let span = Span::new(s, e);
                assert_eq!(
                    is_comparison(t, span),
                    reference::is_comparison(t, span),
                    "{:?}",
                    &t[s..e]
                );
                tried += 1;
            }
        }
        assert!(tried > 10_000, "{tried}");
    }
}
