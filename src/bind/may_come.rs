//! A level a figure may come to is no statement of it: `The fee could
//! climb past 110 million euros`, `the toll may rise to 300`, `might
//! eventually reach $2bn`. The figure frames as a possible level
//! (`frames`), and binds only to a quantity whose cues or `about` speak of
//! a forecast, a possibility or a maximum: not of a target, which is a
//! plan (`a bonus that could reach $7.2 million` is no `target bonus`).

/// Modal verbs that make a change to come a possibility.
const MODALS: &[&str] = &["could", "may", "might", "would", "can"];

/// Verbs of coming to a level.
const COMING_TO: &[&str] = &[
    "rise", "climb", "grow", "reach", "top", "exceed", "increase", "swell", "jump", "soar", "hit",
    "surpass", "go", "fall", "drop", "decline",
];

/// True when the words right before a figure say it may come to be, not
/// that it is (`The fee could climb past 110 million euros`, `the toll
/// may rise to 300`, `might eventually reach $2bn`): a modal, at most one
/// adverb, a verb of coming to a level, at most one preposition.
pub(super) fn may_come_to(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().rev().take(4).collect();
    let mut i = 0;
    if words.first().is_some_and(|w| {
        matches!(
            *w,
            "to" | "past" | "above" | "beyond" | "over" | "as" | "up"
        )
    }) {
        i += 1;
    }
    if !words.get(i).is_some_and(|w| COMING_TO.contains(w)) {
        return false;
    }
    i += 1;
    if words.get(i).is_some_and(|w| MODALS.contains(w)) {
        return true;
    }
    words
        .get(i)
        .is_some_and(|w| w.ends_with("ly") || matches!(*w, "still" | "yet" | "even"))
        && words.get(i + 1).is_some_and(|w| MODALS.contains(w))
}

/// True when the words right after a figure say it may be, not that it is
/// (`Up to seven people may be in the water`, `as many as 300 may have
/// died`): at most three words of its noun, then a modal and `be` or
/// `have`, before any clause break.
pub(super) fn may_be(after: &str) -> bool {
    let clause = after
        .split([',', ';', ':', '.', '(', ')', '—', '–'])
        .next()
        .unwrap_or("");
    let words: Vec<&str> = clause.split_whitespace().take(6).collect();
    words.windows(2).enumerate().any(|(i, w)| {
        i <= 3 && ["may", "might", "could"].contains(&w[0]) && ["be", "have"].contains(&w[1])
    })
}

#[cfg(test)]
mod tests {
    use super::{may_be, may_come_to};

    #[test]
    fn a_modal_after_the_figure() {
        assert!(may_be(" people may be in the water"));
        assert!(may_be(" may have died, officials fear"));
        assert!(!may_be(" people were in the water. They may be"));
        assert!(!may_be(" people, who may be"));
        assert!(!may_be(" people died and more may come"));
    }

    #[test]
    fn a_modal_and_a_verb_of_coming_to_a_level() {
        assert!(may_come_to("the fee could climb past"));
        assert!(may_come_to("the toll may eventually rise to"));
        assert!(may_come_to("it might reach"));
        assert!(!may_come_to("the fee rose to"));
        assert!(!may_come_to("it could pay"));
        assert!(!may_come_to("the climb to"));
    }
}
