//! Datelines: the place, date and outlet a wire story opens a paragraph with
//! (`BURBANK, Calif., Feb 8 (Pacific Wire) -`, `NEW DELHI:`, `LAGOS —`).
//! They name places and outlets, never the story's subject, so they are
//! blanked (spaces, same offsets) before claims are read: `Calif` and `Feb`
//! are not organisations, and the outlet is not who the figures are about.
//!
//! A dateline is recognised only at the start of a line: a place in
//! capitals (letters, spaces, dots, hyphens, apostrophes; at least three
//! letters), then up to three `, Word` parts (a state, a date), an optional
//! `(Outlet)`, and a dash or colon followed by a space and the opening word
//! or quote of a sentence. A line of capitals with no dash or colon after it
//! (a headline in capitals) is left alone, and so is a list's `DMK – 22`.

/// Blanks every dateline of `text`, or returns `None` when there is none.
pub fn blank(text: &str) -> Option<String> {
    let mut out: Option<String> = None;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        if let Some(len) = dateline_len(line) {
            let s = out.get_or_insert_with(|| text.to_string());
            // Replace bytes with spaces; a multibyte character becomes several
            // spaces, so every offset stays where it was.
            let mut bytes = std::mem::take(s).into_bytes();
            for b in &mut bytes[line_start..line_start + len] {
                *b = b' ';
            }
            *s = String::from_utf8(bytes).unwrap_or_else(|_| text.to_string());
        }
        line_start += line.len();
    }
    out
}

/// The date a draft's first dateline gives (`WASHINGTON, Nov 21 (Wire) -`:
/// November 21, its year unsaid), read with the drafts' time grammar: the
/// day the draft was filed, against which its weekdays are read.
pub fn date(text: &str) -> Option<crate::claim::TimeLabel> {
    use crate::claim::TimeLabel;
    let head = text
        .split_inclusive('\n')
        .take(12)
        .find_map(|l| dateline_len(l).map(|n| &l[..n]))?;
    let sentences = super::sentence::split(head);
    super::quantity::scan(head, &sentences, Default::default())
        .into_iter()
        .find_map(|f| match f.quantity.period {
            Some(d @ TimeLabel::Date { .. }) => Some(d),
            _ => None,
        })
}

/// The byte length of the dateline opening `line`, if it opens with one.
fn dateline_len(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    // The place: capitals, spaces, dots, hyphens, apostrophes, and a slash
    // between two places (`WASHINGTON/SEATTLE`).
    let mut i = 0;
    let mut letters = 0;
    while i < b.len() {
        match b[i] {
            b'A'..=b'Z' => letters += 1,
            b' ' | b'.' | b'-' | b'\'' | b'/' => {}
            _ => break,
        }
        i += 1;
    }
    // Back off a trailing space or hyphen that belongs to the dash.
    while i > 0 && matches!(b[i - 1], b' ' | b'-') {
        i -= 1;
    }
    if letters < 3 || i == 0 {
        return None;
    }
    // Up to three `, Word` parts: `, Calif.`, `, Feb 8`, `, N.C.`.
    let mut parts = 0;
    while parts < 3 && b.get(i) == Some(&b',') {
        let rest = &line[i + 1..];
        let part = rest.len() - rest.trim_start().len();
        let word_end = rest[part..]
            .find(|c: char| !(c.is_alphanumeric() || c == '.' || c == ' '))
            .map_or(rest.len(), |e| e + part);
        if word_end == part || word_end - part > 24 {
            break;
        }
        i += 1 + word_end;
        parts += 1;
    }
    let mut j = i;
    while b.get(j) == Some(&b' ') {
        j += 1;
    }
    // An optional outlet in parentheses.
    if b.get(j) == Some(&b'(') {
        let close = line[j..].find(')')?;
        if close > 40 {
            return None;
        }
        j += close + 1;
        while b.get(j) == Some(&b' ') {
            j += 1;
        }
    }
    // A dash or colon, then a space.
    let rest = &line[j..];
    let mark = ["-", "\u{2014}", "\u{2013}", ":"]
        .into_iter()
        .find(|m| rest.starts_with(m))?;
    let after = &rest[mark.len()..];
    if !after.starts_with([' ', '\u{a0}']) {
        return None;
    }
    // A dateline leads into a sentence, which opens with a word or a quote:
    // `DMK – 22` in a list of party tallies is a label and its figure.
    let lead = after.trim_start_matches([' ', '\u{a0}']);
    if !lead.starts_with(|c: char| c.is_alphabetic() || "\"'\u{201c}\u{2018}".contains(c)) {
        return None;
    }
    Some(j + mark.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blanked(s: &str) -> String {
        blank(s).unwrap_or_else(|| s.to_string())
    }

    #[test]
    fn a_wire_dateline_is_blanked_with_its_outlet() {
        let s = "BURBANK, Calif., Feb 8 (Pacific Wire) - Walt Disney Co will cut jobs.";
        let out = blanked(s);
        assert!(out.trim_start().starts_with("Walt Disney"), "{out:?}");
        assert_eq!(out.len(), s.len());
    }

    #[test]
    fn short_datelines_with_a_dash_or_colon_are_blanked() {
        assert!(
            blanked("NEW DELHI: The BJP won.")
                .trim_start()
                .starts_with("The BJP")
        );
        assert!(
            blanked("LAGOS \u{2014} The budget")
                .trim_start()
                .starts_with("The budget")
        );
        assert!(
            blanked("ASHEVILLE, N.C., Oct 4 (Wire) - The toll")
                .trim_start()
                .starts_with("The toll")
        );
    }

    #[test]
    fn headlines_and_tickers_are_not_datelines() {
        for s in [
            "NVIDIA (NASDAQ: NVDA) today reported revenue",
            "META CUTS 11,000 JOBS",
            "AI - the new frontier",
            "Meta - a company",
            "  DMK \u{2013} 22",
            "JD(U) - 12",
        ] {
            assert_eq!(blank(s), None, "{s}");
        }
    }

    #[test]
    fn only_the_start_of_a_line_is_read() {
        let s = "Intro line.\nPARIS (Wire) - Text here.";
        assert!(
            blanked(s).contains("\n               Text here") || blanked(s).contains("Text here")
        );
        assert_ne!(blank(s), None);
    }

    #[test]
    fn two_places_joined_by_a_slash_make_one_dateline() {
        assert_eq!(
            blanked("WASHINGTON/SEATTLE, Nov 21 (Wire) - Binance pleaded guilty."),
            format!("{}Binance pleaded guilty.", " ".repeat(36))
        );
    }

    #[test]
    fn the_dateline_gives_the_day_a_draft_was_filed() {
        use crate::claim::TimeLabel;
        let text = "Headline here\n\nBy A Writer\n\nWASHINGTON, Nov 21 (Wire) - It pleaded guilty on Tuesday.\n";
        assert_eq!(
            date(text),
            Some(TimeLabel::Date {
                year: None,
                month: 11,
                day: Some(21)
            })
        );
        assert_eq!(date("LAGOS - The budget passed.\n"), None);
        assert_eq!(date("No dateline at all, Nov 21.\n"), None);
    }
}
