//! A person's age: `Gibran Rakabuming Raka, 36,` (the age right after the
//! name, between commas), `39-year-old Elizabeth Holmes`, `Holmes, a
//! 38-year-old`, and `the 29-year-old` with no name beside it, which news
//! writes for the person the sentence before is about (the first person it
//! names; else the draft's most-named person). The
//! key is the person, `age`, and the period the sentence gives
//! (`In 2003, Holmes, 19, dropped out`: her age then, not now), else the
//! year the draft was written, when its byline says. A person
//! is keyed by surname, as drafts call them (`Shohei Ohtani`, `Ohtani`).

use super::*;

/// The key of a figure when it is a person's age, with the reason.
pub(super) fn age_key(
    cx: &Ctx<'_>,
    st: &Sentence,
    q: &Quantity,
    span: Span,
) -> Option<(Key, String)> {
    let (person, how) = age_of(cx, q, span)?;
    let mut why = vec![format!("the age of `{person}` ({how})")];
    let period = then(cx, st, span).or_else(|| written(cx));
    if let Some(p) = &period {
        why.push(format!("period `{p}`"));
    }
    Some((
        Key {
            org: person,
            what: What::Things("age".into()),
            predicate: Predicate::Age,
            period,
            division: None,
            source: None,
        },
        why.join(", "),
    ))
}

/// The person whose age the figure at `span` gives, and how it says so.
fn age_of(cx: &Ctx<'_>, q: &Quantity, span: Span) -> Option<(String, &'static str)> {
    let v = q.value?;
    if !(1.0..=120.0).contains(&v)
        || v.fract() != 0.0
        || q.currency.is_some()
        || q.measure != Measure::Count
        || q.qualifier.is_some()
        || q.range.is_some()
    {
        return None;
    }
    let text = cx.text;
    let before = text.get(..span.start)?;
    let after = text.get(span.end..)?;
    let person_ending = |end: usize| person_at(cx, |c| c.span.end == end);
    // `Name, 36,`: a bare number between commas right after a name (one
    // the drafts may not know for a person's: `Ohtani, 29,`), alone in its
    // sentence (`Texas, 12, and Ohio, 3` lists counts by place).
    if q.noun.is_none()
        && q.unit == UnitClass::Count
        && (15.0..=105.0).contains(&v)
        && before.ends_with(", ")
        && after.starts_with([',', ')', ';'])
        && !after[1..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
        && let Some(p) = name_at(cx, |c| c.span.end == span.start - 2)
    {
        return Some((p, "after the name"));
    }
    let aged = ["-year-old", "-years-old", " years old", " year old"]
        .iter()
        .any(|w| after.starts_with(w));
    if !aged {
        return None;
    }
    // `39-year-old Elizabeth Holmes`
    let rest = after.trim_start_matches(|c: char| c != ' ' && c != '\n');
    let name_at = span.end + (after.len() - rest.len()) + 1;
    if let Some(p) = person_at(cx, |c| c.span.start == name_at) {
        return Some((p, "before the name"));
    }
    // `Holmes, a 38-year-old`: the name's age; after another name (an
    // organisation's, a name not read as a person's), no one's.
    let lead = before.trim_end();
    for article in [", a", ", the", ", an"] {
        if let Some(b) = lead.strip_suffix(article) {
            return person_ending(b.len()).map(|p| (p, "after the name"));
        }
    }
    // `The 29-year-old two-way player …` opening a sentence or a clause
    // (`At the stadium, the 29-year-old said`): the draft's own subject.
    let opens = lead
        .strip_suffix("The")
        .or_else(|| lead.strip_suffix("the"))
        .is_some_and(|b| {
            let b = b.trim_end();
            b.is_empty() || b.ends_with(['.', '!', '?', '"', '”', ','])
        });
    if opens {
        return last_subject(cx, span)
            .map(|p| (p, "the person the sentence before names first"))
            .or_else(|| main_person(cx).map(|p| (p, "the draft's most-named person")));
    }
    None
}

/// The person `the 21-year-old` at `span` refers back to: the first person
/// named in the nearest of the two sentences before it that names one
/// (`Carlos Alcaraz defended his title, outclassing Novak Djokovic. The
/// 21-year-old took home …` is Alcaraz, whoever the draft names most).
fn last_subject(cx: &Ctx<'_>, span: Span) -> Option<String> {
    let claims = &cx.ex.claims;
    let at = claims.partition_point(|c| c.span.start < span.start);
    let s = claims.get(at)?.sentence;
    (s.saturating_sub(2)..s).rev().find_map(|prev| {
        name_of(cx, |c, e| {
            e.kind == EntityKind::Person && c.sentence == prev
        })
    })
}

/// The person whose mention `at` picks, by surname (lower case): drafts
/// name a person in full or by surname alone (`Shohei Ohtani`, `Ohtani`).
fn person_at(cx: &Ctx<'_>, at: impl Fn(&crate::claim::Claim) -> bool) -> Option<String> {
    name_of(cx, |c, e| e.kind == EntityKind::Person && at(c))
}

/// `person_at`, for a name of either kind that is no place (a person's name
/// the drafts do not know as one is read as an organisation's).
fn name_at(cx: &Ctx<'_>, at: impl Fn(&crate::claim::Claim) -> bool) -> Option<String> {
    name_of(cx, |c, e| {
        at(c) && !crate::extract::names::is_place(&e.name)
    })
}

/// The surname of the first name mention `pick` takes.
fn name_of(
    cx: &Ctx<'_>,
    pick: impl Fn(&crate::claim::Claim, &crate::claim::Entity) -> bool,
) -> Option<String> {
    cx.ex.claims.iter().find_map(|c| match &c.kind {
        ClaimKind::Entity(e) if pick(c, e) => Some(surname(&e.name)),
        _ => None,
    })
}

/// A name's surname, lower case: what the drafts call a person by.
fn surname(name: &str) -> String {
    // `Lai Ching-te` is `lai`, `Ferdinand Marcos Jr.` is `marcos`
    // (`names::surname`); a name of one word is itself.
    crate::extract::names::surname(name.trim())
        .trim_end_matches(['.', ','])
        .to_lowercase()
}

/// The person the draft names most, when named at least twice and more
/// often than anyone else.
fn main_person(cx: &Ctx<'_>) -> Option<String> {
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    for c in &cx.ex.claims {
        if let ClaimKind::Entity(e) = &c.kind
            && e.kind == EntityKind::Person
        {
            *counts.entry(e.name.as_str()).or_default() += 1;
        }
    }
    let mut v: Vec<(&str, usize)> = counts.into_iter().collect();
    v.sort_by_key(|(n, c)| (std::cmp::Reverse(*c), *n));
    match v.as_slice() {
        [(n, c), rest @ ..] if *c >= 2 && rest.first().is_none_or(|r| r.1 < *c) => Some(surname(n)),
        _ => None,
    }
}

/// The year an age is of, when not now: the last year named before it in
/// its sentence (`In 2003, Holmes, 19, dropped out`, a timeline's `- 2003:
/// Holmes, 19,`), two years or more before the latest year the draft
/// names. A year after it (`Prabowo, 72, who lost in 2014 and 2019`) says
/// what else happened, not when the age was.
fn then(cx: &Ctx<'_>, st: &Sentence, span: Span) -> Option<Period> {
    use crate::claim::TimeLabel;
    let year = |c: &crate::claim::Claim| match c.quantity()?.period.as_ref()? {
        TimeLabel::Year(y) => Some(*y),
        TimeLabel::Date { year: Some(y), .. } => Some(*y),
        _ => None,
    };
    let latest = cx.ex.claims.iter().filter_map(year).max()?;
    let named = cx
        .ex
        .claims_in(st.start, span.start)
        .filter_map(|(_, c)| year(c))
        .last()?;
    (named + 2 <= latest).then(|| Period(vec![PeriodPart::Time(None, TimeLabel::Year(named))]))
}

/// The year a draft was written, from its byline (`Extraction::byline_date`,
/// `December 11, 2023`): a person's age is theirs that year, and a draft
/// written a year later may give them a year more (`Zhao, 46,` at his plea,
/// `Zhao, 47,` at his sentencing).
fn written(cx: &Ctx<'_>) -> Option<Period> {
    use crate::claim::TimeLabel;
    match cx.ex.byline_date()? {
        TimeLabel::Date { year: Some(y), .. } => {
            Some(Period(vec![PeriodPart::Time(None, TimeLabel::Year(*y))]))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_person_is_keyed_by_surname_whichever_way_the_name_is_written() {
        assert_eq!(super::surname("Shohei Ohtani"), "ohtani");
        assert_eq!(super::surname("Ohtani"), "ohtani");
        // Family name first, and a generational suffix.
        assert_eq!(super::surname("Lai Ching-te"), "lai");
        assert_eq!(super::surname("Ferdinand Marcos Jr."), "marcos");
    }
}
