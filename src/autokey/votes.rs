//! Shares of the vote, the candidate a result is about when no party is
//! named (`Lai obtained 40.5% of the ballots`), and the bodies that count
//! votes or say a sentence rather than win anything: never the owner of a
//! share of the vote nor of a turnout.

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

/// True when an organisation's key names a body that counts votes
/// (`central election commission`).
pub(super) fn counting_body(org: &str) -> bool {
    org.split(' ').any(|w| COUNTING_BODIES.contains(&w))
}

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

/// The candidate a result is about when no party is named: the last person
/// the sentence names before the figure, in the figure's clause (no `;`
/// between), keyed by the full name the drafts resolve it to.
pub(super) fn candidate(
    cx: &super::Ctx<'_>,
    st: &super::window::Sentence,
    span: crate::source::Span,
) -> Option<(String, String)> {
    use crate::claim::{ClaimKind, EntityKind};
    let (_, c) = cx
        .ex
        .claims_in(st.start, span.start)
        .filter(|(_, c)| matches!(&c.kind, ClaimKind::Entity(e) if e.kind == EntityKind::Person))
        .last()?;
    let between = st.text.get(c.span.end - st.start..span.start - st.start)?;
    if between.contains(';') {
        return None;
    }
    let ClaimKind::Entity(e) = &c.kind else {
        return None;
    };
    let key = e.name.to_lowercase();
    let why = format!("about `{key}` (the candidate named before it)");
    Some((key, why))
}
