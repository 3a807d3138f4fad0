//! # title-drift
//!
//! ## What it checks
//! One person given different titles at one organisation across the drafts,
//! where both cannot hold: two rungs of one ladder (`vice president of people
//! experience` vs `senior vice president of people experience`), two chiefs of
//! the C-suite (`CFO` vs `CEO`), or one title with different remits (`SVP of
//! marketing` vs `SVP of sales`). Also a garbled title (`CEO Officer`).
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
//! lexicon (`extract/titles.rs`).
//!
//! ## Limits
//! Titles one person can hold together (`president and CEO`, `chair`,
//! `founder`) are never compared. Roles with a qualifier (`former`, `interim`)
//! are left out: people change jobs. The title most drafts use is taken as
//! the reference; the others are reported. A title given with no
//! organisation (`Governor Karen Bass`) is compared with the person's titles
//! at the one organisation the drafts name for them. Elected offices are one
//! family (`mayor` vs `governor`).

use std::collections::{BTreeMap, HashMap};

use super::{Check, Context, Violation, file_name};
use crate::claim::ClaimId;
use crate::claim::Role;
use crate::extract::names::org_key;
use crate::extract::titles::{family, is_garbled};
use crate::finding::{Label, Severity};

/// The `title-drift` check.
pub struct TitleDrift;

/// The words of a title's remit: its key without its base (`people experience technology`).
fn remit(r: &Role) -> Vec<&str> {
    let base = r.base_key.split(' ').count();
    r.title_key.split(' ').skip(base).collect()
}

/// True when one person can be called both: synonyms, a shorter remit, or
/// titles in no common family.
fn compatible(a: &Role, b: &Role) -> bool {
    if a.base_key == b.base_key {
        let (ra, rb) = (remit(a), remit(b));
        return ra.iter().all(|w| rb.contains(w)) || rb.iter().all(|w| ra.contains(w));
    }
    match (family(&a.base_key), family(&b.base_key)) {
        (Some(fa), Some(fb)) => fa != fb,
        _ => true,
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
        let mut people: Vec<(&String, &Vec<ClaimId>)> =
            cx.corpus.index.roles_by_person.iter().collect();
        people.sort();
        for (person, ids) in people {
            // By organisation: the roles a person holds there, without qualifiers.
            let mut at: BTreeMap<String, Vec<ClaimId>> = BTreeMap::new();
            for &id in ids {
                if let Some(r) = role(id).filter(|r| r.qualifier.is_none()) {
                    at.entry(org_key(r.org.as_deref().unwrap_or("")))
                        .or_default()
                        .push(id);
                }
            }
            // A role with no organisation (`Governor Karen Bass`) belongs with
            // the person's roles at the one organisation the drafts give them.
            if at.len() == 2
                && let Some(loose) = at.remove("")
                && let Some(v) = at.values_mut().next()
            {
                v.extend(loose);
            }
            for (org, ids) in at {
                for &id in &ids {
                    let Some(r) = role(id) else { continue };
                    if is_garbled(&r.title_key) {
                        out.push(garbled(cx, id, r, person));
                    }
                }
                let good: Vec<ClaimId> = ids
                    .iter()
                    .copied()
                    .filter(|&i| role(i).is_some_and(|r| !is_garbled(&r.title_key)))
                    .collect();
                // The reference: the title key most roles carry, the first on a tie.
                let mut tally: HashMap<&str, usize> = HashMap::new();
                for &i in &good {
                    if let Some(r) = role(i) {
                        *tally.entry(r.title_key.as_str()).or_default() += 1;
                    }
                }
                let count = |k: &str| tally.get(k).copied().unwrap_or(0);
                let Some(reference) = good.iter().copied().max_by_key(|&i| {
                    (
                        role(i).map_or(0, |r| count(&r.title_key)),
                        std::cmp::Reverse(i),
                    )
                }) else {
                    continue;
                };
                let Some(rr) = role(reference) else { continue };
                for &id in &good {
                    let Some(r) = role(id) else { continue };
                    if compatible(r, rr) {
                        continue;
                    }
                    let related: Vec<ClaimId> = good
                        .iter()
                        .copied()
                        .filter(|&o| role(o).is_some_and(|x| x.title_key == rr.title_key))
                        .take(3)
                        .collect();
                    let file = file_name(&cx.corpus.doc(reference).path);
                    out.push(Violation::new(
                        if r.org.is_some() && rr.org.is_some() {
                            format!(
                                "`{person}` is `{}` of `{}` here but `{}` in {file}",
                                r.title,
                                r.org.as_deref().unwrap_or(&org),
                                rr.title
                            )
                        } else {
                            let titled = |x: &Role| match &x.org {
                                Some(o) => format!("`{}` of `{o}`", x.title),
                                None => format!("`{}`", x.title),
                            };
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
                        related
                            .into_iter()
                            .map(|o| {
                                let x = role(o).map_or(cx.corpus.claim(o).span, |x| x.title_span);
                                Label::doc(cx.corpus.claim(o).doc, x, "titled this way here")
                            })
                            .collect(),
                        "check the person's title against the source and use it in every draft",
                    ));
                }
            }
        }
    }
}

/// A finding for a garbled title.
fn garbled(cx: &Context<'_, '_>, id: ClaimId, r: &Role, person: &str) -> Violation {
    Violation::new(
        format!(
            "`{}` is not a title: the abbreviation already ends in `Officer`",
            r.title
        ),
        Label::doc(
            cx.corpus.claim(id).doc,
            r.title_span,
            format!("title of `{person}`"),
        ),
        Vec::new(),
        format!(
            "write `{}` or spell the title out",
            r.title.split(' ').next().unwrap_or("")
        ),
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
