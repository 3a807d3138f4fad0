//! The parts of a whole a figure may count: a division an organisation's
//! words name (`its human resources division`) and a place after a count
//! of people (`93 workers in Oregon`). Either makes the figure a part, so it
//! never meets the whole's figure.

use super::*;

/// A place that makes a figure a part of the whole: `2,400 Oregon-based
/// workers`, `93 workers in Oregon`, `262 jobs at its Seattle office` (read in
/// the original case, right after the figure; not the organisation itself,
/// months, days or acronyms).
pub(super) fn place(after: &str, org: &str) -> Option<String> {
    let words: Vec<&str> = after
        .split_whitespace()
        .take(10)
        .take_while(|w| !w.starts_with([',', ';', '.', '(']))
        .collect();
    let proper = |w: &str| {
        let w = w.trim_end_matches([',', ';', '.', ':', ')']);
        let lower = w.to_lowercase();
        (w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && lower != "the"
            && !crate::extract::names::is_not_name(w)
            && !org.split(' ').any(|o| o == lower))
        .then_some(lower)
    };
    for (i, w) in words.iter().enumerate() {
        if let Some(stem) = w.strip_suffix("-based")
            && let Some(p) = proper(stem)
        {
            return Some(p);
        }
        if ["in", "at"].contains(w) {
            // Past `its`, `the company's` to the place's words (`San Francisco`).
            let mut j = i + 1;
            while words.get(j).is_some_and(|x| {
                ["its", "the", "their"].contains(x)
                    || ((x.ends_with("’s") || x.ends_with("'s"))
                        && x.chars().next().is_some_and(char::is_lowercase))
            }) {
                j += 1;
            }
            let mut parts = Vec::new();
            while let Some(p) = words.get(j).and_then(|x| proper(x)) {
                parts.push(p);
                if words[j].ends_with([',', ';', '.']) || parts.len() == 3 {
                    break;
                }
                j += 1;
            }
            if !parts.is_empty() {
                return Some(parts.join(" "));
            }
        }
        if w.ends_with([',', ';', '.']) {
            break;
        }
    }
    None
}

/// The division the words name (`its human resources division`). `text` is
/// lower case and `written` the same words as the draft writes them (same
/// offsets): a division word written with a capital is part of a proper
/// name (`The Texas Department of State Health Services`, `the Justice
/// Department`), an organisation of its own, not a part of one.
pub(super) fn division(text: &str, written: &str) -> Option<String> {
    for w in DIVISION_WORDS.iter() {
        for p in find_all(text, w) {
            if written
                .get(p..)
                .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
            {
                continue;
            }
            let before: Vec<&str> = text[..p].split_whitespace().rev().take(5).collect();
            let mut name: Vec<&str> = Vec::new();
            // The name runs back to an owner: `its`, `the`, `their`, `our`, `Amazon's`.
            let mut owned = false;
            for b in before {
                let clean = b.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
                if ["its", "the", "their", "our"].contains(&clean)
                    || b.ends_with("'s")
                    || b.ends_with("’s")
                {
                    owned = true;
                    break;
                }
                if ["a", "an", "in", "at", "of", "on", "for", "per", "each"].contains(&clean)
                    || b.ends_with(',')
                    || clean.is_empty()
                {
                    break;
                }
                name.push(clean);
            }
            if owned && !name.is_empty() {
                name.reverse();
                return Some(name.join(" "));
            }
        }
    }
    None
}
