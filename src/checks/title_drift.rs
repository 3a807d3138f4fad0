//! # title-drift
//!
//! ## What it checks
//! One person given different titles at one organisation across the drafts,
//! where both cannot hold: two rungs of one ladder (`vice president of people
//! experience` vs `senior vice president of people experience`), two chiefs of
//! the C-suite (`CFO` vs `CEO`), or one title with different remits (`SVP of
//! marketing` vs `SVP of sales`). Also a garbled title (`CEO Officer`),
//! and a draft alone in the post it gives a person, against two or more
//! drafts that agree (`central bank president Luis Caputo` beside `Economy
//! Minister Luis Caputo` in three drafts); when only the organisation
//! differs (`Soudal Quick-Step manager` beside `UAE Team Emirates team
//! principal`), a note, since one may be a part of the other.
//!
//! ## Why it matters
//! A wrong title is a correction waiting to happen, and readers of two drafts
//! cannot tell which one promoted or demoted the person.
//!
//! ## Example
//! Fires on `Acme VP of Sales Jane Doe` beside `Jane Doe, Acme's senior vice
//! president of sales`. Stays silent on `CEO` vs `chief executive`, `SVP` vs
//! `Senior Vice President`, and `Senior Vice President` alone beside `Senior
//! Vice President of People Experience and Technology` (a shorter remit).
//!
//! ## Options
//! Severity warning. Title synonyms and families are data in the title
//! lexicon (`extract/titles.rs`). A story sheet that declares the person's
//! title at the organisation (`roles: [{title: Senior Vice President, org:
//! Acme}]`) outranks the drafts: every title that cannot stand beside it is
//! reported, with the sheet line as evidence, even where most drafts agree.
//! Titles given with no organisation, or one only guessed from the sentence,
//! are held to the sheet's titles for the person when the sheet gives them
//! all at one organisation. A title that is a different post from every
//! one the sheet declares for the person (`central bank governor` where the
//! sheet says `Minister of Finance`) is reported too, and the same post at
//! an organisation the sheet declares as another one (not its `parent:`)
//! is a note.
//!
//! ## Limits
//! Titles one person can hold together (`president and CEO`, `chair`,
//! `founder`) are never compared, so `ESPN president` beside `chairman of
//! ESPN` is missed. Ranks are rungs of a ladder: `deputy minister`, `Minister
//! of State` and `minister`; `principal`, `senior`, `lead` and `chief
//! economist`; `deputy director-general` and `director-general`; `deputy
//! administrator` and `administrator`; `deputy chief economic adviser` and
//! `chief economic adviser`; `vice chair` and `chair`; `deputy CEO` and `CEO`;
//! any title and its `deputy` (`Deputy Statistician-General` and
//! `Statistician-General`, a state's offices styled `… General`); every `chief …
//! officer` of the C-suite (`chief growth officer` vs `chief operating
//! officer`). A bare title beside a ranked one (`economist` beside `chief
//! economist`) is a plain description and is not reported. Roles with a
//! future qualifier (`incoming`) are left out, and a past one (`former`) is
//! never weighed against a present one: people change jobs. Past titles are
//! weighed among themselves (`former chief financial officer` vs `former
//! chief operating officer`), when the organisations the drafts state for
//! them share their first word.
//! An `acting` or `interim` title beside the full title in another draft is a
//! note, not a warning: one of the drafts may be out of date. Each title is
//! weighed against the titles it cannot stand beside: the one more mentions
//! agree with (synonyms and shorter remits agree) is the reference, the
//! first draft's on a tie, and the other is reported. A primary source's
//! title (`--source`) is the reference whatever the drafts say: each of its
//! mentions weighs a thousand. A garbled title is
//! reported with the person's titles in the other drafts as evidence. A title given with no
//! organisation (`Governor Karen Bass`) is compared with the person's titles
//! at the one organisation the drafts name for them, or else the one they
//! state (an organisation only guessed from the sentence does not count),
//! or, when every one is guessed, the one most of the mentions are guessed at.
//! When every organisation is guessed and none holds most mentions, the
//! guesses place nobody and the titles are weighed together (`chair` with
//! none, `deputy works council chair` guessed at the company). A rank a few
//! lower-case words before the title ranks it (`Deputy works council
//! chair`, `deputy finance minister`).
//! A name after `at` that a time follows (`co-owner Shah Rukh Khan at
//! Chepauk on Sunday`) is where the person was, not their organisation
//! (`economist Jane Doe at Capital Economics` still is); `co-owner` is kept
//! as written.
//! An organisation guessed from a lone surname of a person the drafts name in
//! full (`Zuckerberg said … that chief growth officer Javier Olivan`, in a
//! draft that never writes `Mark Zuckerberg`) is no organisation. Elected offices are one
//! family (`mayor` vs `governor`). An organisation written shorter in some
//! drafts (`County Fire` for `Los Angeles County Fire`: its first words, or
//! its last two or more) is that organisation when it is the only longer
//! one the person's titles name.

use std::collections::BTreeMap;

use super::{Check, Context, Violation, file_name};

mod acting;
mod orgs;
mod past;
mod posts;
use crate::claim::ClaimId;
use crate::claim::EntityKind;
use crate::claim::Role;
use crate::extract::names::org_key;
use crate::extract::titles::{is_garbled, one_family};
use crate::finding::{Label, Severity};
use crate::rules::RuleRole;
use acting::acting;
use orgs::{merge_shortened_orgs, weigh_together};
use past::{PAST, former_roles, past_title};

/// The `title-drift` check.
pub struct TitleDrift;

/// Qualifiers that say a post is held for now, not that it is past or future.
const TEMPORARY: &[&str] = &["acting", "interim"];

/// True when one person can be called both: synonyms, a shorter remit, or
/// titles in no common family.
fn compatible(a: &Role, b: &Role) -> bool {
    compatible_keys((&a.base_key, &a.title_key), (&b.base_key, &b.title_key))
}

/// `compatible` on (base key, title key) pairs, which rule-set roles have too.
fn compatible_keys((a_base, a_key): (&str, &str), (b_base, b_key): (&str, &str)) -> bool {
    if a_base == b_base {
        let words = |base: &str, key: &'_ str| -> Vec<String> {
            let n = base.split(' ').count();
            key.split(' ').skip(n).map(str::to_string).collect()
        };
        let (ra, rb) = (words(a_base, a_key), words(b_base, b_key));
        return ra.iter().all(|w| rb.contains(w)) || rb.iter().all(|w| ra.contains(w));
    }
    !one_family(a_base, b_base)
}

/// The titles the rule sets declare for `person` at the organisation whose
/// key is `org`, each with the label of its sheet line.
fn declared<'c>(
    cx: &Context<'c, '_>,
    aliases: &crate::index::Aliases,
    person: &str,
    org: &str,
) -> Vec<(&'c RuleRole, Label)> {
    let mut out = Vec::new();
    for set in cx.corpus.rules {
        for e in &set.entities {
            if !names_person(e, person) {
                continue;
            }
            for r in &e.roles {
                let at = r.org.as_deref().unwrap_or("");
                if org_key(aliases.canonical(at).unwrap_or(at)) == org {
                    out.push((
                        r,
                        Label {
                            place: crate::finding::Place::Rules(set.file),
                            span: r.span,
                            message: "declared here".into(),
                        },
                    ));
                }
            }
        }
    }
    out
}

/// True when a sheet entity is `person` by its name or an alias.
pub(super) fn names_person(e: &crate::rules::RuleEntity, person: &str) -> bool {
    e.name.eq_ignore_ascii_case(person) || e.aliases.iter().any(|a| a.eq_ignore_ascii_case(person))
}

/// The titles a sheet declares for `person`, when it declares them all at
/// one organisation.
fn declared_at_one<'c>(
    cx: &Context<'c, '_>,
    aliases: &crate::index::Aliases,
    person: &str,
) -> Vec<(&'c RuleRole, Label)> {
    let mut orgs: Vec<String> = cx
        .corpus
        .rules
        .iter()
        .flat_map(|set| &set.entities)
        .filter(|e| names_person(e, person))
        .flat_map(|e| &e.roles)
        .map(|r| {
            let at = r.org.as_deref().unwrap_or("");
            org_key(aliases.canonical(at).unwrap_or(at))
        })
        .collect();
    orgs.sort();
    orgs.dedup();
    match &orgs[..] {
        [one] if !one.is_empty() => declared(cx, aliases, person, one),
        _ => Vec::new(),
    }
}

/// A person's mentions at one organisation, grouped by title: which titles
/// can stand beside which, and how many mentions agree with each.
struct TitleGroups {
    /// The group of each mention, by its position in the list given.
    of: Vec<usize>,
    /// The first mention of each group (the smallest claim id).
    first: Vec<ClaimId>,
    /// Each group's first three mentions, with their positions.
    firsts: Vec<Vec<(usize, ClaimId)>>,
    /// Mentions whose title agrees with each group's.
    support: Vec<usize>,
    /// Whether two groups' titles can be held together.
    compatible: Vec<Vec<bool>>,
}

impl TitleGroups {
    fn new<'r>(
        ids: &[ClaimId],
        role: &dyn Fn(ClaimId) -> Option<&'r Role>,
        weight: &dyn Fn(ClaimId) -> usize,
    ) -> TitleGroups {
        let mut keys: Vec<(&'r Role, usize)> = Vec::new();
        let mut of = Vec::with_capacity(ids.len());
        let mut first: Vec<ClaimId> = Vec::new();
        let mut firsts: Vec<Vec<(usize, ClaimId)>> = Vec::new();
        for (pos, &id) in ids.iter().enumerate() {
            let Some(r) = role(id) else {
                of.push(usize::MAX);
                continue;
            };
            let g = match keys
                .iter()
                .position(|(k, _)| k.title_key == r.title_key && k.base_key == r.base_key)
            {
                Some(g) => g,
                None => {
                    keys.push((r, 0));
                    first.push(id);
                    firsts.push(Vec::new());
                    keys.len() - 1
                }
            };
            keys[g].1 += weight(id);
            // A primary source's mention leads its group (the reference a
            // message names), else the first.
            if (weight(id), std::cmp::Reverse(id)) > (weight(first[g]), std::cmp::Reverse(first[g]))
            {
                first[g] = id;
            }
            if firsts[g].len() < 3 {
                firsts[g].push((pos, id));
            }
            of.push(g);
        }
        let compatible: Vec<Vec<bool>> = keys
            .iter()
            .map(|(a, _)| keys.iter().map(|(b, _)| compatible(a, b)).collect())
            .collect();
        let support = (0..keys.len())
            .map(|g| {
                (0..keys.len())
                    .filter(|&o| compatible[g][o])
                    .map(|o| keys[o].1)
                    .sum()
            })
            .collect();
        // A mention with no role never weighs in.
        let of = of
            .into_iter()
            .map(|g| g.min(keys.len().saturating_sub(1)))
            .collect();
        TitleGroups {
            of,
            first,
            firsts,
            support,
            compatible,
        }
    }

    fn len(&self) -> usize {
        self.first.len()
    }
}

/// A title as a message shows it: its qualifier (`acting`) and its organisation.
pub(super) fn titled(x: &Role) -> String {
    let title = match x.qualifier.as_deref() {
        Some(q) => format!("{q} {}", x.title),
        None => x.title.clone(),
    };
    match &x.org {
        Some(o) => format!("`{title}` of `{o}`"),
        None => format!("`{title}`"),
    }
}

impl Check for TitleDrift {
    fn id(&self) -> &'static str {
        "title-drift"
    }

    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn source(&self) -> &'static str {
        include_str!("title_drift.rs")
    }

    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
        let role = |id: ClaimId| cx.corpus.claim(id).role();
        let aliases = crate::index::Aliases::from_rules(cx.corpus.rules);
        let mut people: Vec<(&String, &Vec<ClaimId>)> =
            cx.corpus.index.roles_by_person.iter().collect();
        let surnames: std::collections::HashSet<String> = cx
            .corpus
            .index
            .names
            .keys()
            .filter(|(kind, name)| *kind == EntityKind::Person && name.contains(' '))
            .filter_map(|(_, name)| name.rsplit(' ').next().map(org_key))
            .collect();
        people.sort();
        for (person, ids) in people {
            for &id in ids {
                if let Some(r) = role(id).filter(|r| is_garbled(&r.title_key)) {
                    out.push(garbled(cx, id, r, person, ids));
                }
            }
            // A draft alone in the post or the employer it gives the person.
            posts::check(cx, person, ids, out);
            // By organisation: the roles a person holds there now (no `former`,
            // `incoming`…; `acting` and `interim` are kept apart).
            let mut at: BTreeMap<String, Vec<ClaimId>> = BTreeMap::new();
            for &id in ids {
                if let Some(r) = role(id).filter(|r| {
                    !is_garbled(&r.title_key)
                        && r.qualifier
                            .as_deref()
                            .is_none_or(|q| TEMPORARY.contains(&q))
                }) {
                    let mut key = org_key(r.org.as_deref().unwrap_or(""));
                    // A surname read as the company the sentence is about
                    // (`Zuckerberg said … that chief growth officer Javier
                    // Olivan`, in a draft that never gives the full name)
                    // is no organisation.
                    if r.org_inferred && surnames.contains(&key) {
                        key.clear();
                    }
                    at.entry(key).or_default().push(id);
                }
            }
            merge_shortened_orgs(&mut at);
            // `former chief financial officer` in one draft, `former chief
            // operating officer` in another: a past post is as fixed as a
            // present one. Past titles are weighed among themselves, when the
            // organisations the drafts state for them agree.
            let past = former_roles(ids, &role);
            if past.len() > 1 {
                at.insert(PAST.to_string(), past);
            }
            // A role with no organisation (`Governor Karen Bass`) belongs with
            // the person's roles at the one organisation the drafts give them,
            // or else at the one they state (an organisation guessed from the
            // sentence, `the Monetary Policy Committee`, does not count).
            let stated: std::collections::BTreeSet<String> = at
                .values()
                .flatten()
                .filter_map(|&i| role(i))
                .filter(|r| !r.org_inferred)
                .filter_map(|r| r.org.as_deref().map(org_key))
                .filter(|o| !o.is_empty())
                .collect();
            let all_guessed = stated.is_empty();
            let home = if at.len() == 2 {
                at.keys().find(|k| !k.is_empty()).cloned()
            } else if stated.len() == 1 {
                stated.into_iter().next()
            } else if stated.is_empty() {
                // Every organisation guessed: the one most of the person's
                // mentions are guessed at, when it has more than half.
                let placed: usize = at
                    .iter()
                    .filter(|(k, _)| !k.is_empty())
                    .map(|(_, v)| v.len())
                    .sum();
                at.iter()
                    .filter(|(k, v)| !k.is_empty() && 2 * v.len() > placed)
                    .map(|(k, _)| k.clone())
                    .next()
            } else {
                None
            };
            if home.is_none() && all_guessed {
                weigh_together(&mut at);
            }
            if let Some(home) = home
                && at.contains_key(&home)
                && let Some(loose) = at.remove("")
                && let Some(v) = at.get_mut(&home)
            {
                v.extend(loose);
            }
            for (org, ids) in at {
                let (good, temporary): (Vec<ClaimId>, Vec<ClaimId>) = ids
                    .iter()
                    .copied()
                    .partition(|&i| role(i).is_some_and(|r| r.qualifier.is_none() || org == PAST));
                for &id in &temporary {
                    if let Some(v) = acting(cx, id, &good, person) {
                        out.push(v);
                    }
                }
                // A title the sheet declares for the person outranks the drafts:
                // every title that cannot stand beside it is reported, whatever
                // the majority says.
                let mut sheet = declared(cx, &aliases, person, &org);
                // Titles with no organisation, or one only guessed from the
                // sentence (an outlet's name, a city), are held to the sheet's
                // titles for the person when it gives them at one organisation.
                if sheet.is_empty()
                    && org != PAST
                    && good
                        .iter()
                        .filter_map(|&i| role(i))
                        .all(|r| r.org_inferred || r.org.is_none())
                {
                    sheet = declared_at_one(cx, &aliases, person);
                }
                if !sheet.is_empty() {
                    for &id in &good {
                        let Some(r) = role(id) else { continue };
                        // It must stand beside every title the sheet gives
                        // (`CFO` beside `executive vice president`; not `senior
                        // vice president`).
                        let Some((d, label)) = sheet.iter().find(|(d, _)| {
                            !compatible_keys((&d.base, &d.key), (&r.base_key, &r.title_key))
                        }) else {
                            continue;
                        };
                        out.push(Violation::new(
                            format!(
                                "`{person}` is {} here but the rule set gives `{}`",
                                titled(r),
                                d.title
                            ),
                            Label::doc(
                                cx.corpus.claim(id).doc,
                                r.title_span,
                                "titled this way here",
                            ),
                            vec![label.clone()],
                            "use the title the story sheet confirms",
                        ));
                    }
                    continue;
                }
                // Each title is weighed against the titles it cannot stand beside:
                // the one more mentions agree with (a shorter remit or a synonym
                // agrees) is the reference, the first on a tie. Mentions are
                // grouped by title first, so the weighing is over the distinct
                // titles, not every pair of mentions (a person named thousands
                // of times has a handful of titles).
                // A primary source's title outranks the drafts': each of its
                // mentions weighs a thousand.
                let weight = |i: ClaimId| {
                    if cx.corpus.docs[i.doc].is_source() {
                        1000
                    } else {
                        1
                    }
                };
                let groups = TitleGroups::new(&good, &role, &weight);
                for (pos, &id) in good.iter().enumerate() {
                    let Some(r) = role(id) else { continue };
                    let h = groups.of[pos];
                    let own = (groups.support[h], std::cmp::Reverse(id));
                    let Some(g) = (0..groups.len())
                        .filter(|&g| !groups.compatible[h][g])
                        .max_by_key(|&g| (groups.support[g], std::cmp::Reverse(groups.first[g])))
                        .filter(|&g| (groups.support[g], std::cmp::Reverse(groups.first[g])) > own)
                    else {
                        continue;
                    };
                    let reference = groups.first[g];
                    let Some(rr) = role(reference) else { continue };
                    // The first three mentions titled like the reference and unlike this one.
                    let mut related: Vec<(usize, ClaimId)> = (0..groups.len())
                        .filter(|&x| groups.compatible[x][g] && !groups.compatible[x][h])
                        .flat_map(|x| groups.firsts[x].iter().copied())
                        .collect();
                    related.sort();
                    let related: Vec<ClaimId> =
                        related.into_iter().take(3).map(|(_, c)| c).collect();
                    let file = file_name(&cx.corpus.doc(reference).path);
                    out.push(Violation::new(
                        if r.org.is_some() && rr.org.is_some() {
                            format!(
                                "`{person}` is `{}` of `{}` here but `{}` in {file}",
                                past_title(r),
                                r.org.as_deref().unwrap_or(&org),
                                past_title(rr)
                            )
                        } else {
                            format!(
                                "`{person}` is {} here but {} in {file}",
                                titled(r),
                                titled(rr)
                            )
                        },
                        Label::doc(
                            cx.corpus.claim(id).doc,
                            r.title_span,
                            "titled this way here",
                        ),
                        related.into_iter().map(|o| title_label(cx, o)).collect(),
                        "check the person's title against the source and use it in every draft",
                    ));
                }
            }
        }
    }
}

/// A related label on the title of a role claim.
pub(super) fn title_label(cx: &Context<'_, '_>, id: ClaimId) -> Label {
    let c = cx.corpus.claim(id);
    let span = c.role().map_or(c.span, |x| x.title_span);
    Label::doc(c.doc, span, "titled this way here")
}

/// A finding for a garbled title, with the person's titles in the other
/// drafts as evidence.
fn garbled(
    cx: &Context<'_, '_>,
    id: ClaimId,
    r: &Role,
    person: &str,
    ids: &[ClaimId],
) -> Violation {
    let others: Vec<ClaimId> = ids
        .iter()
        .copied()
        .filter(|&o| {
            o.doc != id.doc
                && cx
                    .corpus
                    .claim(o)
                    .role()
                    .is_some_and(|x| !is_garbled(&x.title_key) && x.qualifier.is_none())
        })
        .take(3)
        .collect();
    let words: Vec<&str> = r.title.split(' ').collect();
    let why = if words.len() <= 2 {
        "the abbreviation already ends in `Officer`"
    } else {
        "`Officer` is written twice"
    };
    let fixed = if words.len() <= 2 {
        words[0].to_string()
    } else {
        words[..words.len() - 1].join(" ")
    };
    let help = match others.first().and_then(|&o| cx.corpus.claim(o).role()) {
        Some(x) => format!(
            "write `{fixed}`; {} calls `{person}` `{}`",
            file_name(&cx.corpus.doc(others[0]).path),
            x.title
        ),
        None if words.len() <= 2 => format!("write `{fixed}` or spell the title out"),
        None => format!("write `{fixed}`"),
    };
    Violation::new(
        format!("`{}` is not a title: {why}", r.title),
        Label::doc(
            cx.corpus.claim(id).doc,
            r.title_span,
            format!("title of `{person}`"),
        ),
        others.into_iter().map(|o| title_label(cx, o)).collect(),
        help,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::messages;
    use crate::source::Span;

    fn role(key: &str, base: &str) -> Role {
        Role {
            org: Some("Acme".into()),
            title: key.into(),
            title_key: key.into(),
            base_key: base.into(),
            single: false,
            person: "Jane Doe".into(),
            qualifier: None,
            person_span: Span::new(0, 0),
            title_span: Span::new(0, 0),
            org_span: None,
            org_inferred: false,
        }
    }

    #[test]
    fn a_shorter_remit_is_the_same_title() {
        assert!(compatible(
            &role("svp", "svp"),
            &role("svp people experience", "svp")
        ));
    }

    #[test]
    fn two_rungs_of_one_ladder_drift() {
        assert!(!compatible(
            &role("vp people", "vp"),
            &role("svp people", "svp")
        ));
    }

    #[test]
    fn titles_held_together_do_not_drift() {
        assert!(compatible(&role("ceo", "ceo"), &role("chair", "chair")));
        assert!(compatible(
            &role("ceo", "ceo"),
            &role("president", "president")
        ));
    }

    #[test]
    fn different_remits_drift() {
        assert!(!compatible(
            &role("svp sales", "svp"),
            &role("svp marketing", "svp")
        ));
    }

    #[test]
    fn a_deputy_and_the_full_post_drift() {
        assert!(!compatible(
            &role("deputy minister", "deputy minister"),
            &role("minister", "minister")
        ));
        assert!(!compatible(
            &role("minister of state budget", "minister of state"),
            &role("minister budget", "minister")
        ));
    }

    #[test]
    fn principal_and_chief_economist_drift_but_a_bare_economist_does_not() {
        assert!(!compatible(
            &role("principal economist", "principal economist"),
            &role("chief economist", "chief economist")
        ));
        assert!(compatible(
            &role("economist", "economist"),
            &role("chief economist", "chief economist")
        ));
    }

    #[test]
    fn central_bank_ranks_drift_but_chief_economist_and_executive_director_do_not() {
        let (gov, dep) = (
            role("deputy governor", "deputy governor"),
            role("chief economist", "chief economist"),
        );
        assert!(!compatible(&gov, &dep));
        assert!(!compatible(
            &gov,
            &role("executive director", "executive director")
        ));
        assert!(compatible(
            &dep,
            &role("executive director", "executive director")
        ));
        assert!(!compatible(
            &role("vp", "vp"),
            &role("president", "president")
        ));
        assert!(compatible(
            &role("evp", "evp"),
            &role("president", "president")
        ));
        assert!(!compatible(
            &role("deputy regional director", "deputy regional director"),
            &role("regional director", "regional director")
        ));
    }

    #[test]
    fn a_title_with_no_organisation_joins_the_one_most_mentions_are_guessed_at() {
        let m = messages(
            &TitleDrift,
            &[
                (
                    "a.txt",
                    "The Bank of Calloway held rates. Chief economist Ines Marlow voted for a cut.",
                ),
                (
                    "b.txt",
                    "The Bank of Calloway held rates. Chief economist Ines Marlow dissented.",
                ),
                (
                    "c.txt",
                    "The Rates Committee split. Chief economist Ines Marlow wanted a cut.",
                ),
                (
                    "d.txt",
                    "Three members wanted a cut. Deputy Governor Ines Marlow has argued so for weeks.",
                ),
            ],
        );
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(m[0].contains("`Deputy Governor`"), "{m:?}");
    }

    #[test]
    fn a_growth_chief_and_an_operating_chief_drift() {
        assert!(!compatible(
            &role("chief growth officer", "chief growth officer"),
            &role("coo", "coo")
        ));
    }

    #[test]
    fn an_acting_title_beside_the_full_one_is_a_note() {
        let f = crate::checks::testing::findings(
            &TitleDrift,
            &[
                (
                    "a.txt",
                    "Rowan Achterberg, the acting CEO of Palisade Freight, said depots would close.",
                ),
                (
                    "b.txt",
                    "Drivers were told by Palisade Freight CEO Rowan Achterberg that routes would stay.",
                ),
            ],
            None,
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].severity, Severity::Note);
    }

    #[test]
    fn a_garbled_title_is_reported() {
        let m = messages(
            &TitleDrift,
            &[(
                "d.txt",
                "Northwind CEO Officer Lena Park told investors the company would keep hiring engineers.",
            )],
        );
        assert_eq!(
            m,
            vec!["`CEO Officer` is not a title: the abbreviation already ends in `Officer`"]
        );
    }

    #[test]
    fn two_elected_offices_for_one_person_drift() {
        let m = messages(
            &TitleDrift,
            &[
                (
                    "ap.txt",
                    "Los Angeles Mayor Karen Bass said Sunday that the city would rebuild.",
                ),
                (
                    "local.txt",
                    "Governor Karen Bass toured the burn zone on Saturday and promised help.",
                ),
            ],
        );
        assert_eq!(m.len(), 1, "{m:?}");
    }

    #[test]
    fn one_title_written_two_ways_is_silent() {
        let m = messages(
            &TitleDrift,
            &[
                (
                    "a.txt",
                    "Northwind CEO Lena Park told investors the company would keep hiring.",
                ),
                (
                    "b.txt",
                    "Lena Park, Northwind's chief executive, said hiring would go on.",
                ),
            ],
        );
        assert!(m.is_empty(), "{m:?}");
    }
}
