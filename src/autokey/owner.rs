//! Whose figure it is: the organisation the sentence names (`orgs.rs`),
//! or the story itself for a rate's level, an event's length and a toll,
//! or the candidate a result is about (`votes.rs`).

use super::*;

/// The key's organisation part and the reason, for a figure of `what` and
/// `predicate` at `span` of sentence `st`; `subject` is the draft's main
/// subject and `source` the sentence's attribution.
pub(super) fn owner(
    cx: &Ctx<'_>,
    st: &Sentence,
    span: Span,
    (subject, source): (Option<&str>, Option<&(String, usize)>),
    what: &What,
    predicate: Predicate,
) -> Result<(String, String), String> {
    let org = match organisation(cx, st, span, subject, source, what) {
        // A turnout, an inflation rate, a policy rate: one level for the
        // story, whichever organisations the sentence names, unless it
        // names the one whose rate it is.
        // A strike's or a contract's length: the story's one event.
        _ if predicate == Predicate::Lasted => (
            "the story".to_string(),
            "about the story (how long its event lasted)".to_string(),
        ),
        // `Lai obtained 40.5% of the ballots`: a candidate's own result,
        // when the sentence names a person before it and no party.
        Err(e) if predicate == Predicate::Won && e.starts_with("no organisation") => {
            candidate(cx, st, span).ok_or(e)?
        }
        Err(_) if predicate == Predicate::Level => (
            "the story".to_string(),
            "about the story (the level of a rate, no organisation's own)".to_string(),
        ),
        // `Turnout was 71.86%, the Central Election Commission said`: the
        // body counting the votes reports the level, it does not own it.
        Ok(o) if predicate == Predicate::Level && counting_body(&o.0) => (
            "the story".to_string(),
            format!(
                "about the story (the level of a rate; `{}` counts, it does not own it)",
                o.0
            ),
        ),
        Ok(o) if predicate == Predicate::Level && story_subject(cx, &o.0) => (
            "the story".to_string(),
            format!(
                "about the story (the level of a rate; `{}` is the headline's subject)",
                o.0
            ),
        ),
        // A storm's toll, the homes it damaged: the story's own figures,
        // whoever reports them, when no organisation is named.
        Err(e) if predicate.is_story_figure() && e.starts_with("no organisation") => (
            "the story".to_string(),
            "about the story (a toll, with no organisation named)".to_string(),
        ),
        Err(e) if predicate.is_story_figure() && several_with_story(cx, &e) => (
            "the story".to_string(),
            "about the story (a toll; one of the organisations named is the headline's subject)"
                .to_string(),
        ),
        Ok(o) if predicate.is_story_figure() && story_subject(cx, &o.0) => (
            "the story".to_string(),
            format!(
                "about the story (a toll; `{}` is the headline's subject)",
                o.0
            ),
        ),
        // A deal's termination fee is the party's that pays it, named
        // before the verb of paying (`Kroger could owe Albertsons a $600
        // million termination fee`, `a $1 billion fee that Kroger may have to
        // pay Albertsons`): a deal has a fee each way (the seller's, the
        // buyer's reverse fee), so a fee with no payer named has no key.
        _ if matches!(
            what,
            What::Money(MoneyKind::TerminationFee | MoneyKind::ReverseTerminationFee)
        ) =>
        {
            let payer = payer(cx, st).ok_or_else(|| format!("a {what} with no payer named"))?;
            let why = format!("about `{payer}` (who pays the {what})");
            (payer, why)
        }
        // A relief package, a winner's prize money, a base salary: the
        // story's one such figure when the sentence names no organisation
        // (`Sánchez's cabinet approved a relief package of €10.6 billion`).
        // Aid from several donors named stays theirs.
        Err(e) if story_money(what) && e.starts_with("no organisation") => (
            "the story".to_string(),
            format!("about the story ({what}, no one organisation's: {e})"),
        ),
        // `29 people hospitalized over the course of the outbreak` with no
        // organisation in the sentence: the draft's main subject (a city, a
        // hospital, the outlet's own `we`) does not own the event's toll.
        Ok(o) if predicate.is_toll() && o.1.contains("(the draft's main subject") => (
            "the story".to_string(),
            format!(
                "about the story (a toll; no organisation named, `{}` is only the draft's main subject)",
                o.0
            ),
        ),
        other => other?,
    };
    // An election's share of the vote is a party's or a candidate's, never
    // the body that counts the votes (`the Election Commission said`).
    if matches!(what, What::Things(t) if t == VOTE_SHARE) && counting_body(&org.0) {
        return Err(format!(
            "a share of the vote with no party named (`{}` counts votes)",
            org.0
        ));
    }
    Ok(org)
}

/// Money a story has one of when no organisation is named: relief, prize
/// money, a salary.
fn story_money(what: &What) -> bool {
    matches!(
        what,
        What::Money(MoneyKind::Aid | MoneyKind::Prize | MoneyKind::PrizeFund | MoneyKind::Salary)
    )
}

/// Verbs of paying a fee, after the payer (`could owe`, `may have to pay`).
const PAYING: &[&str] = &[" owe ", " owes ", " owed ", " pay ", " pays ", " paid "];

/// The organisation named last before the sentence's first verb of paying.
fn payer(cx: &Ctx<'_>, st: &Sentence) -> Option<String> {
    let verb = PAYING.iter().filter_map(|v| st.text.find(v)).min()?;
    orgs_in(cx, st.start, st.start + verb)
        .into_iter()
        .filter(|(_, k)| !is_outlet(k))
        .max_by_key(|(p, _)| *p)
        .map(|(_, k)| k)
}
