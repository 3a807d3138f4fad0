//! Whether a cue of the sentence before still speaks of a figure.
//!
//! A sentence often carries on its predecessor's topic (`The tax on
//! long-term capital gains goes up. The rate rises to 15 per cent`), so a
//! cue of the sentence before may name a figure. It does not when the
//! figure's own sentence turns elsewhere before reaching it:
//!
//! - the figure stands in a subordinate clause that opens its sentence,
//!   before its first break (`When the bank disclosed the $1.8 billion loss, …`, `And if your income
//!   is just above ₹12 lakh, …`): a condition or a time set up for the main
//!   clause, not the topic carried on;
//! - the figure stands in a second main clause of its sentence, after `, and`,
//!   `, but`, `; ` (`It was the 16th-largest bank, and it said it worked with
//!   nearly half of …`), or past an aside that opens with a subordinator
//!   (`If you develop fever, …, especially if you are … over 65`).
//!
//! Such a cue still makes a figure ambiguous between two quantities; alone,
//! it binds none.

use super::Window;

/// Words that open a subordinate clause at the start of a sentence.
const SUBORDINATORS: &[&str] = &[
    "if ",
    "when ",
    "whenever ",
    "while ",
    "although ",
    "though ",
    "because ",
    "unless ",
    "once ",
    "whether ",
    "even if ",
    "even though ",
    "as long as ",
    "as soon as ",
];

/// Conjunctions that may come before a sentence's first word (`And if …`).
const LEADING: &[&str] = &["and ", "but ", "so ", "yet ", "or "];

/// True when a cue at `p`, in the sentence before the figure's, does not
/// reach the figure (see the module's comment).
pub(super) fn cue_before_does_not_reach(w: &Window<'_>, p: usize) -> bool {
    let own = w.s.own_from;
    if p >= own {
        return false;
    }
    let Some(before) = w.s.text.get(own..w.figure_at) else {
        return false;
    };
    let opening = before.trim_start_matches(|c: char| !c.is_alphanumeric());
    let opening = LEADING
        .iter()
        .find_map(|l| opening.strip_prefix(l))
        .unwrap_or(opening);
    // The opening subordinate clause runs to the sentence's first break.
    if SUBORDINATORS.iter().any(|s| opening.starts_with(s))
        && w.s.breaks_between(own, w.figure_at) == 0
    {
        return true;
    }
    // A second main clause, or an aside a subordinator opens.
    [
        ", and ",
        ", but ",
        "; ",
        ", especially if ",
        ", especially when ",
    ]
    .iter()
    .any(|m| before.contains(m))
}

#[cfg(test)]
mod tests {
    use super::SUBORDINATORS;

    #[test]
    fn subordinators_end_with_a_space() {
        // Matched as whole words at the start of a clause.
        assert!(SUBORDINATORS.iter().all(|s| s.ends_with(' ')));
    }
}
