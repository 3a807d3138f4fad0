//! The verb a counted figure is the subject of: `One unvaccinated
//! school-aged child died`, `29 people have been hospitalized`, `15 were
//! injured`. That verb says what the figure counts, whatever adjective
//! stands between (`unvaccinated` is not what `One` counts here): the
//! figure binds only to a quantity whose cues, `about` or id speak of it.

use crate::rules::RuleQuantity;

/// Verbs of what happened to people, each with the stems a quantity's words
/// carry when they count it.
const PREDICATES: &[(&[&str], &[&str])] = &[
    (
        &["died", "die", "perished", "killed"],
        &[
            "die", "dead", "death", "kill", "fatal", "toll", "perish", "lives",
        ],
    ),
    (
        &["hospitalized", "hospitalised", "admitted"],
        &["hospital", "admit", "admission"],
    ),
    (
        &["injured", "hurt", "wounded"],
        &["injur", "hurt", "wound", "casualt"],
    ),
    (&["evacuated"], &["evacu", "displac", "shelter"]),
    (&["missing"], &["missing", "unaccounted"]),
    (
        &["arrested", "detained"],
        &["arrest", "detain", "detention", "custody"],
    ),
    (&["rescued"], &["rescu"]),
];

/// Words that may stand between a figure and its verb: the counted noun,
/// its adjectives, auxiliaries (`have been`, `were`).
fn is_between(w: &str) -> bool {
    w.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// Why `rq` may not take a figure whose verb (within five words in
/// `after`, the words right after the figure, lower case) says it counts
/// something `rq` does not speak of.
pub(super) fn refusal(rq: &RuleQuantity, after: &str) -> Option<String> {
    let rest = after;
    let rest = rest
        .split([',', ';', '.', ':', '(', ')', '—', '–', '"', '“', '”'])
        .next()?;
    let words: Vec<&str> = rest.split_whitespace().take(5).collect();
    let (verb, stems) = words.iter().take_while(|w| is_between(w)).find_map(|w| {
        PREDICATES
            .iter()
            .find(|(verbs, _)| verbs.contains(w))
            .map(|(_, stems)| (*w, *stems))
    })?;
    let speaks = |text: &str| {
        let t = text.to_lowercase();
        stems.iter().any(|s| t.contains(s))
    };
    if rq.cues.iter().any(|c| speaks(c))
        || rq.about.as_deref().is_some_and(speaks)
        || speaks(&rq.id)
    {
        return None;
    }
    Some(format!(
        "not `{}`: the figure is what `{verb}` says of it, which `{}` does not speak of",
        rq.id, rq.id
    ))
}
