//! One person's post across drafts: `Economy Minister Luis Caputo` in
//! three drafts and `central bank president Luis Caputo` in a fourth.
//!
//! The ladder rule of `title-drift` weighs titles of one family at one
//! organisation; titles of different families can be held together
//! (`chair` and `CEO`) and are never weighed there. Here a draft is
//! reported when every role it gives a person disagrees with every role at
//! least two other drafts give them, those drafts agree with one another,
//! and no draft gives both: one person has one job, and the draft alone in
//! giving another is the place to look. Two roles disagree when their
//! titles are different posts, or when both name the organisation (not
//! guessed from the sentence) and the names are of two organisations
//! (`Soudal Quick-Step manager` beside `UAE Team Emirates team principal`).
//!
//! Posts one person often holds together (`president and CEO`, `prime
//! minister and finance minister`, `vice president` and `president-elect`)
//! are one post here, and titles that describe rather than name a post
//! (`head`, `director`, `spokesperson`, `manager`) agree with any post.
//! When the titles agree and only the organisations differ, the finding is
//! a note: one may be a part of the other (`Xbox chief` beside `CEO of
//! Microsoft Gaming`). A person the story sheet lists with roles is held to
//! the sheet instead, and a one-holder post the drafts give someone else is
//! `role-conflict`'s finding.

use std::collections::BTreeMap;

use super::{names_person, title_label, titled};
use crate::checks::{Context, Violation, file_name};
use crate::claim::{ClaimId, Role};
use crate::extract::titles::{is_garbled, one_family};
use crate::finding::{Label, Severity};

/// Titles that describe a person rather than name their post.
const VAGUE: &[&str] = &[
    "head",
    "director",
    "spokesperson",
    "analyst",
    "economist",
    "partner",
    "owner",
    "founder",
    "editor",
    "secretary",
    "commissioner",
    "ambassador",
    "chief",
    "manager",
    "executive director",
    "senior director",
];

/// Posts one person often holds at once, or in turn within one story.
const HELD_TOGETHER: &[&[&str]] = &[
    // A company's or a team's top posts.
    &[
        "ceo",
        "president",
        "chair",
        "executive chair",
        "managing director",
        "general manager",
        "coo",
        "team principal",
        "sporting director",
        "head coach",
    ],
    &["cfo", "treasurer", "coo"],
    // Elected and appointed offices a politician holds together or in turn
    // within one story (the vice president who is president-elect; the prime
    // minister who keeps a portfolio; the legislator who is a minister).
    &["vp", "first vp", "president-elect", "president"],
    &[
        "prime minister",
        "deputy prime minister",
        "minister",
        "minister of state",
        "deputy minister",
        "cabinet secretary",
        "chief minister",
        "premier",
        "vice premier",
        "senator",
        "representative",
        "leader of the opposition",
        // A party's leader is often its prime minister or opposition leader too.
        "leader",
        "speaker",
        "chancellor",
        "treasurer",
    ],
    &["governor", "president-elect", "senator", "representative"],
    &["mayor", "governor", "senator", "representative"],
];

/// True when one person may be given both titles in honest drafts.
fn one_post(a: &str, b: &str) -> bool {
    a == b
        || one_family(a, b)
        || HELD_TOGETHER
            .iter()
            .any(|g| g.contains(&a) && g.contains(&b))
}

/// A person's current titles.
fn current(r: &Role) -> bool {
    r.qualifier.is_none() && !is_garbled(&r.title_key)
}

/// The organisation a role names in its own words, as a key.
fn stated_org(r: &Role) -> Option<String> {
    r.org
        .as_deref()
        .filter(|_| !r.org_inferred)
        .filter(|o| !crate::extract::names::is_place(o))
        .map(crate::extract::names::org_key)
        .filter(|k| !k.is_empty() && !KINDS.contains(&k.as_str()))
}

/// Two organisation keys that may name one organisation: one the other's
/// first or last words (`ftx`, `ftx trading`; `emirates`, `uae team
/// emirates`), or one the other's initials (`boe`, `bank of england`).
fn one_org(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long == short
        || long
            .strip_prefix(short)
            .is_some_and(|r| r.starts_with([' ', '-']))
        || long
            .strip_suffix(short)
            .is_some_and(|r| r.ends_with([' ', '-']))
        || super::orgs::acronym_of(&short.replace('.', ""), long)
}

/// True when two titles may name one person's post.
fn posts_agree(x: &Role, y: &Role) -> bool {
    bases_agree(&x.base_key, &y.base_key)
}

/// `posts_agree` on base keys: one post, or a description of any.
fn bases_agree(a: &str, b: &str) -> bool {
    VAGUE.contains(&a) || VAGUE.contains(&b) || one_post(a, b)
}

/// For each draft alone in the post it gives the person: its first such
/// mention, the first mention in each draft it disagrees with (at most
/// three), and whether the titles differ (else only the organisations do).
fn lone_posts<'r>(
    ids: &[ClaimId],
    role: &dyn Fn(ClaimId) -> Option<&'r Role>,
) -> Vec<(ClaimId, Vec<ClaimId>, bool)> {
    let mut by_doc: BTreeMap<usize, Vec<(ClaimId, &'r Role)>> = BTreeMap::new();
    for &id in ids {
        if let Some(r) = role(id).filter(|r| current(r)) {
            by_doc.entry(id.doc).or_default().push((id, r));
        }
    }
    if by_doc.len() < 3 {
        return Vec::new();
    }
    // Two drafts agree when some role of one agrees with some role of the
    // other. Whether two roles agree depends only on their posts and stated
    // organisations, so drafts are grouped by the set of those they give
    // (`kinds`): agreement is worked out once per pair of groups, and a
    // draft's disagreements are counted by group, not draft by draft (a
    // person named in thousands of drafts made this cubic).
    let docs: Vec<&Vec<(ClaimId, &Role)>> = by_doc.values().collect();
    let signature = |d: &[(ClaimId, &'r Role)]| {
        let mut v: Vec<(&str, Option<String>)> = d
            .iter()
            .map(|(_, r)| (r.base_key.as_str(), stated_org(r)))
            .collect();
        v.sort();
        v.dedup();
        v
    };
    let mut kinds: Vec<Vec<(&'r str, Option<String>)>> = Vec::new();
    let mut kind_of: Vec<usize> = Vec::with_capacity(docs.len());
    let mut index: BTreeMap<Vec<(&'r str, Option<String>)>, usize> = BTreeMap::new();
    for d in &docs {
        let sig = signature(d);
        let k = *index.entry(sig.clone()).or_insert_with(|| {
            kinds.push(sig);
            kinds.len() - 1
        });
        kind_of.push(k);
    }
    let mut count = vec![0usize; kinds.len()];
    for &k in &kind_of {
        count[k] += 1;
    }
    let role_agree = |x: &(&str, Option<String>), y: &(&str, Option<String>)| {
        let orgs = match (&x.1, &y.1) {
            (Some(a), Some(b)) => one_org(a, b),
            _ => true,
        };
        bases_agree(x.0, y.0) && orgs
    };
    let agrees: Vec<Vec<bool>> = kinds
        .iter()
        .map(|a| {
            kinds
                .iter()
                .map(|b| a.iter().any(|x| b.iter().any(|y| role_agree(x, y))))
                .collect()
        })
        .collect();
    // Disagreeing pairs of drafts, in all.
    let mut disagreeing_pairs = 0usize;
    for a in 0..kinds.len() {
        for b in a..kinds.len() {
            if !agrees[a][b] {
                disagreeing_pairs += if a == b {
                    count[a] * (count[a] - 1) / 2
                } else {
                    count[a] * count[b]
                };
            }
        }
    }
    let mut out = Vec::new();
    for (i, lone) in docs.iter().enumerate() {
        let s = kind_of[i];
        // The other drafts this one disagrees with.
        let against: usize = (0..kinds.len())
            .filter(|&t| !agrees[s][t])
            .map(|t| count[t] - usize::from(t == s))
            .sum();
        let disagrees = against == docs.len() - 1;
        // The others agree among themselves: no disagreeing pair is left
        // once this draft's are taken away.
        let settled = disagreeing_pairs == against;
        if disagrees && settled {
            let others: Vec<&Vec<(ClaimId, &Role)>> = docs
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, d)| *d)
                .collect();
            let evidence = others.iter().take(3).map(|o| o[0].0).collect();
            let posts_differ = lone.iter().all(|(_, x)| {
                others
                    .iter()
                    .all(|o| o.iter().all(|(_, y)| !posts_agree(x, y)))
            });
            out.push((lone[0].0, evidence, posts_differ));
        }
    }
    out
}

/// True when `r` is a one-holder post at a named organisation that the
/// drafts or a sheet give to someone other than `person`.
fn held_by_another(cx: &Context<'_, '_>, person: &str, r: &Role) -> bool {
    let Some(org) = r.org.as_deref().map(crate::extract::names::org_key) else {
        return false;
    };
    let same_org = |k: &str| one_org(&crate::extract::names::org_key(k), &org);
    let in_drafts = || {
        cx.corpus
            .index
            .roles_by_person
            .iter()
            .filter(|(p, _)| p.as_str() != person)
            .flat_map(|(_, ids)| ids)
            .filter_map(|&i| cx.corpus.claim(i).role())
            .any(|o| {
                current(o) && o.base_key == r.base_key && o.org.as_deref().is_some_and(same_org)
            })
    };
    // The sheet naming someone else to the post counts as much.
    let in_sheet = || {
        cx.corpus
            .rules
            .iter()
            .flat_map(|set| &set.entities)
            .filter(|e| !names_person(e, person))
            .flat_map(|e| &e.roles)
            .any(|d| d.base == r.base_key && d.org.as_deref().is_some_and(same_org))
    };
    r.single && (in_drafts() || in_sheet())
}

/// Single-word organisation keys that are a kind of body, not a name (`Union
/// President Shawn Fain`, `the Court`).
const KINDS: &[&str] = &[
    "union",
    "company",
    "bank",
    "court",
    "council",
    "government",
    "ministry",
    "party",
    "club",
    "team",
    "board",
    "committee",
    "commission",
    "agency",
    "department",
    "group",
    "firm",
    "university",
    "school",
    "hospital",
    "state",
    "city",
    "county",
    "police",
    "army",
];

/// Reports each draft alone in the post or employer it gives `person`.
pub(super) fn check(cx: &Context<'_, '_>, person: &str, ids: &[ClaimId], out: &mut Vec<Violation>) {
    let role = |id: ClaimId| cx.corpus.claim(id).role();
    let sheet = declared_roles(cx, person);
    if !sheet.is_empty() {
        for &id in ids {
            if let Some(r) = role(id).filter(|r| current(r))
                && let Some(v) = against_sheet(cx, person, id, r, &sheet)
                && !held_by_another(cx, person, r)
            {
                out.push(v);
            }
        }
        return;
    }
    for (id, evidence, posts_differ) in lone_posts(ids, &role) {
        // A one-holder post another person holds in the drafts is
        // `role-conflict`'s finding (two holders), not a second one here.
        if !role(id).is_some_and(|r| held_by_another(cx, person, r)) {
            out.push(lone_post(cx, person, id, &evidence, posts_differ));
        }
    }
}

/// A role a sheet declares, the post its title names (`post_base`) and the
/// label of its sheet line.
type Declared<'c> = (&'c crate::rules::RuleRole, Option<&'static str>, Label);

/// The roles the rule sets declare for `person`.
fn declared_roles<'c>(cx: &Context<'c, '_>, person: &str) -> Vec<Declared<'c>> {
    let mut out = Vec::new();
    for set in cx.corpus.rules {
        for e in set.entities.iter().filter(|e| names_person(e, person)) {
            for r in &e.roles {
                let label = Label {
                    place: crate::finding::Place::Rules(set.file),
                    span: r.span,
                    message: "declared here".into(),
                };
                out.push((r, post_base(&r.title), label));
            }
        }
    }
    out
}

/// The post a declared title names: the title found in its words, so that
/// `Health Minister` is a `minister` and `U.S. District Judge` a `judge` as
/// the drafts' titles are; `None` when no title is found (`leader`): such a
/// declaration names no post to set the drafts against.
fn post_base(title: &str) -> Option<&'static str> {
    use crate::extract::token::{Toks, tokenize};
    let toks = tokenize(title, crate::source::Span::new(0, title.len()));
    (0..toks.len())
        .find_map(|i| crate::extract::titles::title(Toks(&toks[i..])).ok())
        .map(|(_, m)| m.key)
}

/// A draft's role that is a different post from every role the sheet
/// declares for the person. `None` when some declared role agrees with it.
fn against_sheet(
    cx: &Context<'_, '_>,
    person: &str,
    id: ClaimId,
    r: &Role,
    sheet: &[Declared<'_>],
) -> Option<Violation> {
    let doc = cx.corpus.claim(id).doc;
    let agreeing: Vec<&Declared<'_>> = sheet
        .iter()
        .filter(|(_, base, _)| base.is_none_or(|b| bases_agree(&r.base_key, b)))
        .collect();
    if agreeing.is_empty() {
        let (d, _, label) = &sheet[0];
        return Some(Violation::new(
            format!(
                "`{person}` is {} here but the rule set gives `{}`",
                titled(r),
                d.title
            ),
            Label::doc(doc, r.title_span, "titled this way here"),
            vec![label.clone()],
            "use the post the story sheet confirms",
        ));
    }
    // The same post at another organisation is reported only when the sheet
    // itself declares that organisation as a different one: the organisation
    // a draft's sentence gives is too often a remit or a part (`Whole-time
    // Director`, `Coordinating Minister`) to set against the sheet's.
    let theirs = sheet_org(cx, r.org.as_deref().filter(|_| !r.org_inferred)?)?;
    let elsewhere = agreeing.iter().all(|(d, _, _)| {
        d.org
            .as_deref()
            .and_then(|o| sheet_org(cx, o))
            .is_some_and(|o| !related(o, theirs))
    });
    if !elsewhere {
        return None;
    }
    let (d, _, label) = agreeing[0];
    Some(
        Violation::new(
            format!(
                "`{person}` is {} here but the rule set gives `{}` of `{}`",
                titled(r),
                d.title,
                d.org.as_deref().unwrap_or_default()
            ),
            Label::doc(
                doc,
                r.org_span.unwrap_or(r.title_span),
                "an organisation the sheet does not give them",
            ),
            vec![label.clone()],
            "use the organisation the story sheet confirms",
        )
        .with_severity(Severity::Note),
    )
}

/// The organisation a sheet declares under this name or alias.
fn sheet_org<'c>(cx: &Context<'c, '_>, name: &str) -> Option<&'c crate::rules::RuleEntity> {
    let key = crate::extract::names::org_key(name);
    cx.corpus
        .rules
        .iter()
        .flat_map(|set| &set.entities)
        .filter(|e| e.kind == crate::claim::EntityKind::Org)
        .find(|e| {
            std::iter::once(&e.name)
                .chain(&e.aliases)
                .any(|n| crate::extract::names::org_key(n) == key)
        })
}

/// One organisation, or one a part of the other by the sheet's `parent:`,
/// or a country and its government (`Australia`'s deputy prime minister is
/// the `Government of Australia`'s, whatever else the sheet calls
/// `Australia`).
fn related(a: &crate::rules::RuleEntity, b: &crate::rules::RuleEntity) -> bool {
    let part_of = |x: &crate::rules::RuleEntity, y: &crate::rules::RuleEntity| {
        x.parent
            .as_deref()
            .is_some_and(|p| p.eq_ignore_ascii_case(&y.name))
    };
    let government = |x: &crate::rules::RuleEntity, y: &crate::rules::RuleEntity| {
        country_of(&x.name).is_some_and(|c| c.eq_ignore_ascii_case(y.name.trim()))
    };
    a.name == b.name || part_of(a, b) || part_of(b, a) || government(a, b) || government(b, a)
}

#[cfg(test)]
#[test]
fn a_government_names_its_country() {
    assert_eq!(country_of("Government of Australia"), Some("Australia"));
    assert_eq!(country_of("the Kenya government"), Some("Kenya"));
    assert_eq!(country_of("Australia"), None);
    assert_eq!(country_of("Ministry of Finance"), None);
}

/// The country a government's name names (`Government of Australia`, `the
/// Australia government`): `Australia`.
fn country_of(name: &str) -> Option<&str> {
    let n = name.trim();
    let lower = n.to_lowercase();
    for prefix in [
        "the government of ",
        "government of ",
        "the federal government of ",
    ] {
        if lower.starts_with(prefix) {
            return n.get(prefix.len()..).map(str::trim);
        }
    }
    if lower.ends_with(" government") {
        let c = n.get(..n.len().checked_sub(" government".len())?)?.trim();
        return Some(c.strip_prefix("the ").unwrap_or(c));
    }
    None
}

/// The finding for a draft alone in the post it gives a person: a warning
/// when the posts differ, a note when only the organisations do (one may be
/// a part of the other: `Xbox` and `Microsoft Gaming`).
fn lone_post(
    cx: &Context<'_, '_>,
    person: &str,
    id: ClaimId,
    evidence: &[ClaimId],
    posts_differ: bool,
) -> Violation {
    let r = cx.corpus.claim(id).role();
    let here = r.map(titled).unwrap_or_default();
    let there: Vec<String> = evidence
        .iter()
        .filter_map(|&e| {
            let er = cx.corpus.claim(e).role()?;
            Some(format!(
                "{} in {}",
                titled(er),
                file_name(&cx.corpus.doc(e).path)
            ))
        })
        .collect();
    let v = Violation::new(
        format!("`{person}` is {here} here but {}", there.join(", ")),
        match r.and_then(|r| r.org_span).filter(|_| !posts_differ) {
            Some(org) => Label::doc(
                cx.corpus.claim(id).doc,
                org,
                "the only draft naming this organisation for them",
            ),
            None => Label::doc(
                cx.corpus.claim(id).doc,
                r.map(|r| r.title_span).unwrap_or_default(),
                "the only draft with this post",
            ),
        },
        evidence.iter().map(|&o| title_label(cx, o)).collect(),
        "check the person's post against the source and use it in every draft",
    );
    if posts_differ {
        v
    } else {
        v.with_severity(Severity::Note)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_minister_and_a_central_bank_president_are_two_posts() {
        assert!(!one_post("minister", "president"));
    }

    #[test]
    fn one_organisation_written_two_ways() {
        assert!(one_org("boe", "bank of england"));
        assert!(one_org("emirates", "uae team emirates"));
        assert!(one_org("ftx", "ftx trading"));
        assert!(one_org("rbi", "reserve bank of india"));
        assert!(!one_org("soudal quick-step", "uae team emirates"));
        assert!(!one_org("biogen", "eisai"));
    }

    #[test]
    fn posts_held_together_are_one() {
        assert!(one_post("ceo", "president"));
        assert!(one_post("vp", "president-elect"));
        assert!(one_post("prime minister", "minister"));
        assert!(one_post("cfo", "coo"));
    }
}
