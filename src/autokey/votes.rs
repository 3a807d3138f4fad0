//! Shares of the vote, and the bodies that count votes or say a
//! sentence rather than win anything.

/// What a share of the vote counts, in its key.
pub(super) const VOTE_SHARE: &str = "share of the vote";

/// Words naming a body that counts or oversees votes rather than wins them.
pub(super) const COUNTING_BODIES: &[&str] = &[
    "commission",
    "commissioner",
    "council",
    "authority",
    "ministry",
    "agency",
    "board",
    "office",
    "department",
    "court",
    "tribunal",
    "secretariat",
];

/// True when a percentage is a share of the votes cast: of the `vote` or
/// `votes` (`61.56% of the vote`), or of the `total` right after a count of
/// votes it restates (`6,863,186 votes, or 61.56% of the total`).
pub(super) fn vote_share(q: &crate::claim::Quantity, before: &str) -> bool {
    let noun = q.noun.as_deref().unwrap_or("");
    if matches!(noun, "vote" | "votes" | "ballots") {
        return true;
    }
    let tail = before.trim_end().to_lowercase();
    matches!(noun, "total" | "full" | "valid")
        && (tail.ends_with("votes, or")
            || tail.ends_with("votes, or some")
            || tail.ends_with("votes ("))
}
