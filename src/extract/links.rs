//! Links to other stories: the `Also Read: …`, `Read more: …`,
//! `Related: …`, `ALSO READ | …`, `See also: …` and `WATCH: …` lines
//! aggregators and broadcasters put between paragraphs. What follows the
//! label is another story's headline (`Nvidia Stock Falls 7% As AI Trade
//! Cools`): its figures, names and quotes are not this story's, so the
//! line is blanked (spaces, same offsets) before claims are read. A label
//! alone on its line (`**Read more:**`) blanks the list of headlines under
//! it (`- Energy price cap to rise in October`), up to the first line that
//! is not a list item.
//!
//! Page furniture is blanked the same way: the tag cloud (`Tags: …`,
//! `Topics: …`, `Filed under: …`), share buttons and the publisher's
//! disclaimer. A label in capitals alone on its line (`RELATED STORIES`)
//! is bare too.
//!
//! A label is recognised only at the start of a line, after markup the
//! prose view has already blanked (`**`, `*`, `_`), and only when a colon,
//! a bar or a dash follows it: `Related news reports said` is prose.

/// The labels, lower case, longest first where one starts another.
const LABELS: &[&str] = &[
    "also read",
    "read also",
    "read more",
    "related stories",
    "related story",
    "related articles",
    "related coverage",
    "related",
    "see also",
    "also see",
    "more on this story",
    "more from",
    "must read",
    "recommended",
    "don't miss",
    "watch",
    "listen",
    // Page furniture around the story: the tag cloud (`Tags: Starbucks,
    // Brian Niccol, Chipotle, Laxman Narasimhan, CEO`), share buttons and
    // the publisher's disclaimer name people and firms, never as the story
    // does.
    "tags",
    "topics",
    "filed under",
    "share this",
    "share",
    "follow us",
    "disclaimer",
];

/// How a line opens with a label: `None` when it does not; `Some(true)`
/// when nothing but markup follows the label's separator (the headlines
/// are the list below).
fn label(line: &str) -> Option<bool> {
    let body = line.trim_start_matches([' ', '\t', '*', '_', '>']);
    // Compared in place, ASCII-case-insensitively: the labels are ASCII, so
    // a non-ASCII byte never matches (no lower-cased copy of every line).
    let b = body.as_bytes();
    // Every label starts with one of these letters: most lines stop here.
    if !b.first().is_some_and(|c| {
        matches!(
            c | 0x20,
            b'a' | b'd' | b'f' | b'l' | b'm' | b'r' | b's' | b't' | b'w'
        )
    }) {
        return None;
    }
    let l = LABELS
        .iter()
        .find(|l| b.len() >= l.len() && b[..l.len()].eq_ignore_ascii_case(l.as_bytes()))?;
    let rest = body[l.len()..].trim_start_matches([' ', '*', '_']);
    // `RELATED STORIES` alone on its line, in capitals, over the list.
    if rest.trim_end().is_empty() && body[..l.len()].bytes().all(|c| !c.is_ascii_lowercase()) {
        return Some(true);
    }
    let sep = rest.chars().next()?;
    if !matches!(sep, ':' | '|' | '—' | '–' | '-') {
        return None;
    }
    let after = rest[sep.len_utf8()..].trim_matches([' ', '*', '_', '\r', '\n', '\t']);
    Some(after.is_empty())
}

/// True for a line of a list (`- `, `* `, `• `), markup blanked or not.
fn list_item(line: &str) -> bool {
    let t = line.trim_start();
    ["- ", "* ", "• ", "+ ", "> "].iter().any(|m| t.starts_with(m))
        // In the prose view a Markdown item's marker is already a space.
        || (line.starts_with(' ') && !t.is_empty() && line.len() - t.len() >= 2)
}

/// Blanks every link line of `text` (and the headline lists under a bare
/// label), or returns `None` when there is none.
pub fn blank(text: &str) -> Option<String> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    // Inside the list under a bare label: whether an item has been seen.
    let mut list: Option<bool> = None;
    for line in text.split_inclusive('\n') {
        let (start, end) = (at, at + line.trim_end_matches(['\n', '\r']).len());
        at += line.len();
        if let Some(seen) = list {
            let blank_line = line.trim().is_empty();
            if list_item(line) {
                spans.push((start, end));
                list = Some(true);
                continue;
            }
            if blank_line && !seen {
                continue;
            }
            list = None;
        }
        if let Some(bare) = label(line) {
            spans.push((start, end));
            if bare {
                list = Some(false);
            }
        }
    }
    if spans.is_empty() {
        return None;
    }
    let mut bytes = text.as_bytes().to_vec();
    for (a, b) in spans {
        for x in &mut bytes[a..b] {
            *x = b' ';
        }
    }
    // Every byte of a line is replaced, so no character is cut.
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::blank;

    #[test]
    fn a_link_line_is_blanked_whole() {
        let t = "Revenue rose 23%.\n\nAlso Read: Nvidia Stock Falls 7% As AI Trade Cools\n\nNet profit was 9.84tn.\n";
        let b = blank(t).unwrap();
        assert_eq!(b.len(), t.len());
        assert!(!b.contains("7%"));
        assert!(b.contains("23%") && b.contains("9.84tn"));
    }

    #[test]
    fn bars_dashes_and_capitals_are_labels_too() {
        for line in [
            "ALSO READ | Yen falls past 155",
            "READ MORE: Yen falls past 155",
            "WATCH: Video shows the fire (1:12)",
            "See also - Yen falls past 155",
        ] {
            let b = blank(line).unwrap();
            assert!(!b.contains("155") && !b.contains("1:12"), "{line}");
        }
    }

    #[test]
    fn a_bare_label_blanks_the_headlines_listed_under_it() {
        let t = "**Read more:**\n\n- The 38 Australians who died\n- What happens next\n\nThe court sat for 2 hours.\n";
        let b = blank(t).unwrap();
        assert!(!b.contains("38"));
        assert!(b.contains("2 hours"));
    }

    #[test]
    fn page_furniture_is_blanked() {
        let t = "Niccol starts on 9 September.\n\nTags: Starbucks, Brian Niccol, Chipotle, Laxman Narasimhan, CEO\n\nDisclaimer: We hold 0 shares.\n\nRELATED STORIES\n > Micron shares jump 12%\n";
        let b = blank(t).unwrap();
        assert!(!b.contains("Laxman") && !b.contains("0 shares") && !b.contains("12%"));
        assert!(b.contains("9 September"));
        // A capitalised sentence opening with a label word is prose.
        assert!(blank("Share prices fell 3% on Monday.\n").is_none());
        assert!(blank("Tags were put on 300 birds.\n").is_none());
    }

    #[test]
    fn prose_opening_with_a_label_word_is_left_alone() {
        assert!(blank("Related news reports said 300 people left.\n").is_none());
        assert!(blank("Watch out for 300 more cuts, he said.\n").is_none());
        assert!(blank("Listen to the 12 voices.\n").is_none());
    }
}
