//! A quote attributed by a title alone (`"…," the UAW president wrote`):
//! its speaker is the one person the same draft names with that title (and
//! that organisation, when the attribution names one).

/// Verbs that close an attribution by title.
const SAYING: &[&str] = &[
    "said", "says", "wrote", "writes", "told", "added", "adds", "stated", "posted", "tweeted",
    "declared", "insisted", "noted",
];

/// How many bytes after a quote are read for `the TITLE said`.
const READ: usize = 160;

/// The speaker of a quote followed by `tail` (the rest of its sentence,
/// as written), from the draft's role holders: (organisation name in lower
/// case, title in lower case, person), with where in `tail` the title
/// phrase stands. `None` unless `tail` reads `, the [ORG] TITLE said` and
/// exactly one person holds that title there.
pub(super) fn speaker<'a>(
    tail: &str,
    holders: impl Iterator<Item = (Option<String>, String, &'a str)>,
) -> Option<(&'a str, std::ops::Range<usize>)> {
    let lead = tail.len() - tail.trim_start_matches([',', ' ', '\u{a0}']).len();
    // The title phrase is at most 60 bytes and the verb follows it: the
    // words past that are never read, and a sentence may run on for pages.
    let mut end = (lead + READ).min(tail.len());
    while !tail.is_char_boundary(end) {
        end -= 1;
    }
    let t = tail[lead..end].to_ascii_lowercase();
    let rest = t.strip_prefix("the ")?;
    let verb_at = SAYING
        .iter()
        .filter_map(|v| {
            rest.match_indices(v)
                .find(|(i, _)| {
                    *i > 0 && rest[..*i].ends_with(' ') && {
                        let after = &rest[i + v.len()..];
                        !after.starts_with(char::is_alphanumeric)
                    }
                })
                .map(|(i, _)| i)
        })
        .min()?;
    let phrase = rest[..verb_at].trim_end();
    let from = lead + 4;
    let at = from..from + phrase.len();
    if phrase.is_empty() || phrase.len() > 60 || phrase.contains([',', ';', '.']) {
        return None;
    }
    let mut found: Option<&'a str> = None;
    for (org, title, person) in holders {
        let Some(lead) = phrase.strip_suffix(title.as_str()) else {
            continue;
        };
        let lead = lead.trim();
        let fits = lead.is_empty()
            || org
                .as_deref()
                .is_some_and(|o| lead.trim_end_matches("'s").trim_end_matches("’s") == o);
        if !fits {
            continue;
        }
        match found {
            Some(p) if p != person => return None,
            _ => found = Some(person),
        }
    }
    found.map(|p| (p, at))
}

#[cfg(test)]
mod tests {
    use super::speaker;

    #[test]
    fn a_title_names_its_one_holder() {
        let holders = || {
            vec![
                (
                    Some("uaw".to_string()),
                    "president".to_string(),
                    "Shawn Fain",
                ),
                (
                    Some("ford".to_string()),
                    "chief executive".to_string(),
                    "Jim Farley",
                ),
            ]
            .into_iter()
        };
        let tail = ", the UAW president wrote.";
        let (who, at) = speaker(tail, holders()).unwrap();
        assert_eq!((who, &tail[at]), ("Shawn Fain", "UAW president"));
        assert_eq!(
            speaker(" the president said", holders()).map(|s| s.0),
            Some("Shawn Fain")
        );
        assert_eq!(speaker(", the Ford president said.", holders()), None);
        assert_eq!(speaker(", a union official said.", holders()), None);
        let two = vec![
            (None, "president".to_string(), "Shawn Fain"),
            (None, "president".to_string(), "Joe Biden"),
        ];
        assert_eq!(speaker(", the president said.", two.into_iter()), None);
    }
}
