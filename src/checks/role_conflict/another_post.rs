//! A person given another's post: one draft names someone holder of a
//! one-holder title (`Chief Executive Akio Toyoda`) that the other drafts
//! give to someone else (`President and CEO Koji Sato`), while they call
//! this person something else (`Chairman Akio Toyoda`).
//!
//! The post-by-post comparison in the parent module needs both names filed
//! under one organisation and both current. Real drafts often state the
//! title bare (`Chief financial officer Kim Jae-june`, organisation unnamed
//! and not guessable), or the story is told in the past (`former Theranos
//! CEO Elizabeth Holmes`). This pass reads the person's other titles
//! instead: a name the other drafts know by another title, given a post
//! they give to someone else, is the slip. Reported when all of these hold:
//!
//! - the person holds the post (its title, at a compatible organisation:
//!   the same one, or one side unnamed and the person's draft naming the
//!   other's) in one draft only, unqualified;
//! - another draft gives the person another title (another title, or this
//!   title at another organisation: `South Africa coach`);
//! - someone else holds the post in another draft, mentioned with it at
//!   least as often; on a tie, the post is a smaller share of this person's
//!   titles than of the other's. When the other holder is only a `former`
//!   one, so are all of this person's other titles (a defunct company's
//!   story told in the past), not a successor beside a predecessor.
//!
//! Mentions the parent already reported are not reported again.

use std::collections::BTreeSet;

use super::{MAX_RELATED, role, same_org, title_display};
use crate::checks::{Context, Violation};
use crate::claim::{ClaimId, ClaimKind, Role};
use crate::extract::names::org_key;
use crate::finding::{Label, Place};
use crate::source::Span;

/// What every mention's check reads, worked out once per run: the role
/// holders in name order (so a tie goes the same way every run), the
/// organisation keys each draft names, and the mentions the parent reported.
struct Run<'c, 'x> {
    cx: &'c Context<'c, 'x>,
    holders: Vec<(&'c String, &'c Vec<ClaimId>)>,
    named: Vec<Vec<String>>,
}

/// Reports each mention of a person given another's post (see the module
/// documentation); `out` holds what the parent reported so far.
pub(super) fn another_post(cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
    let ix = &cx.corpus.index;
    if ix.roles_by_person.is_empty() {
        return;
    }
    let mut holders: Vec<(&String, &Vec<ClaimId>)> = ix.roles_by_person.iter().collect();
    holders.sort();
    // The organisations each draft names, as keys: its names and its roles'.
    let named = cx
        .corpus
        .extractions
        .iter()
        .map(|ex| {
            ex.claims
                .iter()
                .filter_map(|c| match &c.kind {
                    ClaimKind::Entity(e) => Some(org_key(&e.name)),
                    ClaimKind::Role(r) => r.org.as_deref().map(org_key),
                    _ => None,
                })
                .collect()
        })
        .collect();
    let reported: BTreeSet<(Place, Span)> = out
        .iter()
        .map(|v| (v.primary.place, v.primary.span))
        .collect();
    let run = Run { cx, holders, named };
    let mut found = Vec::new();
    for &(person, ids) in &run.holders {
        // Whether `check` finds anything for a mention depends only on its
        // draft, its title and its organisation (named or not, guessed or
        // not), never on which mention it is: a mention like one that found
        // nothing is not checked again (a person named thousands of times
        // in one draft is checked once, not once per mention against every
        // other).
        let mut nothing: std::collections::HashSet<(usize, &str, String, bool, bool)> =
            std::collections::HashSet::new();
        let mut at_named: std::collections::HashMap<(&str, String), (Option<usize>, bool, bool)> =
            std::collections::HashMap::new();
        for &id in ids {
            let Some(r) = role(cx, id) else { continue };
            // A mention the parent reported already is not reported again.
            let place = Label::doc(cx.corpus.claim(id).doc, r.person_span, "").place;
            if !r.single || r.qualifier.is_some() || reported.contains(&(place, r.person_span)) {
                continue;
            }
            let like = (
                id.doc,
                r.base_key.as_str(),
                org_of(r),
                r.org.is_none(),
                r.org_inferred,
            );
            if nothing.contains(&like) {
                continue;
            }
            // At a named organisation, the mentions of the person at this
            // post do not depend on which mention asks: summed up once, they
            // rule out at once every mention whose draft is not the only one
            // that gives the person the post (what `check` returns `None` for
            // first), so a person named in thousands of drafts is not checked
            // once per mention against every other.
            if !like.2.is_empty() {
                let (first, several, qualified) = *at_named
                    .entry((r.base_key.as_str(), like.2.clone()))
                    .or_insert_with(|| run.mine_summary(id, r, ids));
                if several || qualified || first.is_some_and(|d| d != id.doc) {
                    nothing.insert(like);
                    continue;
                }
            }
            match run.check(id, r, person, ids) {
                Some(v) => found.push(v),
                None => {
                    nothing.insert(like);
                }
            }
        }
    }
    out.extend(found);
}

/// Titles of a head of government: one holder in a story's country.
const HEAD_OF_GOVERNMENT: &[&str] = &["prime minister", "premier"];

/// Bodies a list's lead-in names by a common noun (`The committee comprises:`).
const BODIES: &[&str] = &[
    "committee",
    "panel",
    "commission",
    "board",
    "council",
    "tribunal",
    "bench",
    "jury",
    "task force",
    "inquiry",
    "delegation",
    "team",
];

/// True when the list item holding byte `at` has a lead-in naming one of `BODIES`.
fn of_a_body(text: &str, at: usize) -> bool {
    crate::bind::lead_in::span_of_item(text, at).is_some_and(|(a, b)| {
        let lead = text[a..b].to_lowercase();
        BODIES
            .iter()
            .any(|w| !crate::extract::phrase::find_word_starts(&lead, w).is_empty())
    })
}

fn org_of(r: &Role) -> String {
    r.org.as_deref().map(org_key).unwrap_or_default()
}

impl Run<'_, '_> {
    /// True when a role at organisation `a` (in draft `da`) and one at `b` (in
    /// draft `db`) can be one post: the same organisation, or one unnamed and
    /// its draft naming the other.
    fn compatible(&self, a: &str, da: usize, b: &str, db: usize, title: &str) -> bool {
        let names = |d: usize, org: &str| self.named[d].iter().any(|k| same_org(k, org));
        match (a.is_empty(), b.is_empty()) {
            // Two unnamed organisations are no evidence of one post (two
            // teams' captains, two countries' presidents), except a head of
            // government's: a story's `Prime Minister` is its country's, and
            // the person the other drafts call something else (`PiS leader
            // Jarosław Kaczyński`) is the slip.
            (true, true) => HEAD_OF_GOVERNMENT.contains(&title),
            (false, false) => same_org(a, b),
            (true, false) => names(da, b),
            (false, true) => names(db, a),
        }
    }

    /// The person's mentions at the post of mention `id` (role `r`), or at
    /// its title with either organisation unnamed (`check`'s `mine`).
    fn mine<'a>(&'a self, id: ClaimId, r: &Role, own: &[ClaimId]) -> Vec<(ClaimId, &'a Role)> {
        let (doc, org) = (id.doc, org_of(r));
        let at_post = |o: &Role, d: usize| {
            o.base_key == r.base_key && self.compatible(&org, doc, &org_of(o), d, &r.base_key)
        };
        let loosely = |o: &Role, d: usize| {
            at_post(o, d) || (o.base_key == r.base_key && (org.is_empty() || o.org.is_none()))
        };
        own.iter()
            .filter_map(|&c| role(self.cx, c).map(|o| (c, o)))
            .filter(|(c, o)| loosely(o, c.doc))
            .collect()
    }

    /// `mine` summed up: its first draft, whether it spans several drafts,
    /// and whether any of it is qualified.
    fn mine_summary(&self, id: ClaimId, r: &Role, own: &[ClaimId]) -> (Option<usize>, bool, bool) {
        let mine = self.mine(id, r, own);
        let first = mine.first().map(|(c, _)| c.doc);
        let several = mine.iter().any(|(c, _)| Some(c.doc) != first);
        let qualified = mine.iter().any(|(_, o)| o.qualifier.is_some());
        (first, several, qualified)
    }

    fn check(&self, id: ClaimId, r: &Role, person: &str, own: &[ClaimId]) -> Option<Violation> {
        let cx = self.cx;
        let (doc, org) = (id.doc, org_of(r));
        let at_post = |o: &Role, d: usize| {
            o.base_key == r.base_key && self.compatible(&org, doc, &org_of(o), d, &r.base_key)
        };
        // The person at this post (or at this title, either organisation
        // unnamed): one draft only, and never qualified.
        let loosely = |o: &Role, d: usize| {
            at_post(o, d) || (o.base_key == r.base_key && (org.is_empty() || o.org.is_none()))
        };
        // `The committee comprises: - A M Sapre, chairman`: a bare title in a
        // list the lead-in says is of a body it names only by a common noun
        // is that body's post, not one the other drafts give.
        if r.org.is_none() && of_a_body(&cx.corpus.doc(id).text, r.title_span.start) {
            return None;
        }
        let mine = self.mine(id, r, own);
        if mine
            .iter()
            .any(|(c, o)| c.doc != doc || o.qualifier.is_some())
        {
            return None;
        }
        // A title whose organisation is unnamed or guessed, held by the person
        // at a named organisation elsewhere, is that post (`chief executive Ed
        // Bastian`, read as the article's subject's, is Delta's).
        let guessed = r.org.is_none() || r.org_inferred;
        let same_title_elsewhere = |o: &Role| o.base_key == r.base_key && o.org.is_some();
        if guessed
            && own
                .iter()
                .filter_map(|&c| role(cx, c).map(|o| (c, o)))
                .any(|(c, o)| !at_post(o, c.doc) && same_title_elsewhere(o))
        {
            return None;
        }
        // Another title of the person's, in another draft.
        let elsewhere: Vec<(ClaimId, &Role)> = own
            .iter()
            .filter(|c| c.doc != doc)
            .filter_map(|&c| role(cx, c).map(|o| (c, o)))
            .filter(|(c, o)| !loosely(o, c.doc))
            .collect();
        let &(other_title, _) = elsewhere.first()?;
        // Someone else at the post, in another draft.
        let holders = self.holders.iter().filter(|(p, _)| !same_name(p, person));
        let mut best: Option<(&str, Vec<(ClaimId, &Role)>)> = None;
        for (p, ids) in holders {
            let theirs: Vec<(ClaimId, &Role)> = ids
                .iter()
                .filter_map(|&c| role(cx, c).map(|o| (c, o)))
                .filter(|(c, o)| {
                    o.single
                        && at_post(o, c.doc)
                        && o.qualifier.as_deref().is_none_or(|q| q == "former")
                })
                .collect();
            if theirs.is_empty() || theirs.iter().all(|(c, _)| c.doc == doc) {
                continue;
            }
            if best.as_ref().is_none_or(|(_, b)| theirs.len() > b.len()) {
                best = Some((p.as_str(), theirs));
            }
        }
        let (holder, mut theirs) = best?;
        // `President and CEO Hana Ruiz` is one mention of her, read twice.
        theirs.dedup_by_key(|(c, o)| (c.doc, o.person_span));
        let (n_mine, n_theirs) = (mine.len(), theirs.len());
        if n_theirs < n_mine {
            return None;
        }
        if n_theirs == n_mine {
            // A tie: the post must be a smaller share of this person's titles
            // than of the other holder's (compared by cross-multiplying).
            let all = |p: &str| {
                cx.corpus
                    .index
                    .roles_by_person
                    .get(p)
                    .map_or(1, Vec::len)
                    .max(1)
            };
            if n_mine * all(holder) >= n_theirs * all(person) {
                return None;
            }
        }
        // A past holder beside a present one is a succession, unless the
        // person's other titles are all in the past too.
        let only_former = theirs.iter().all(|(_, o)| o.qualifier.is_some());
        if only_former
            && elsewhere
                .iter()
                .any(|(_, o)| o.qualifier.as_deref() != Some("former"))
        {
            return None;
        }
        let title = title_display(&r.base_key);
        let shown_org = r
            .org
            .clone()
            .or_else(|| theirs.iter().find_map(|(_, o)| o.org.clone()));
        let of_org = shown_org
            .as_deref()
            .map_or(String::new(), |o| format!(" of `{o}`"));
        let other = role(cx, other_title)?;
        let mut related: Vec<Label> = theirs
            .iter()
            .take(MAX_RELATED - 1)
            .map(|(c, o)| {
                Label::doc(
                    cx.corpus.claim(*c).doc,
                    o.person_span,
                    format!("`{holder}` named {title} here"),
                )
            })
            .collect();
        related.push(Label::doc(
            cx.corpus.claim(other_title).doc,
            other.title_span.cover(other.person_span),
            format!("`{person}` named {} here", other.title.to_lowercase()),
        ));
        related.sort_by_key(|l| (l.place, l.span));
        let n = theirs.len();
        Some(Violation::new(
            format!(
                "{title}{of_org} is named `{person}` here but `{holder}` in {n} other place{}, where `{person}` is {}",
                if n == 1 { "" } else { "s" },
                other.title.to_lowercase(),
            ),
            Label::doc(
                cx.corpus.claim(id).doc,
                r.person_span,
                format!("named {title}{} here", of_org.replace('`', "")),
            ),
            related,
            "check who holds the post; the other drafts give it to someone else and this person another title",
        ))
    }
}

/// One person's name written two ways (case, a familiar first name, a
/// middle initial, the first given name left out).
fn same_name(a: &str, b: &str) -> bool {
    // A single name is the first or last of a full one (`Rohit`, `Rohit Sharma`).
    let single = |s: &str, full: &str| {
        !s.contains(' ')
            && (full.split_whitespace().next() == Some(s)
                || full.split_whitespace().last() == Some(s))
    };
    // A slip of the pen (`Crowely` for `Kristin Crowley`) is that person too:
    // `name-near-miss` reports it.
    let near = |x: &str, y: &str| {
        let last = |s: &str| s.split_whitespace().last().unwrap_or("").to_lowercase();
        let (lx, ly) = (last(x), last(y));
        lx.chars().count() >= 5 && strsim::damerau_levenshtein(&lx, &ly) <= 2
    };
    super::same_person(a, b)
        || super::shortened(a, b)
        || super::shortened(b, a)
        || single(a, b)
        || single(b, a)
        || near(a, b)
}

#[cfg(test)]
mod tests {
    use super::same_name;

    #[test]
    fn a_single_name_is_the_full_ones_first_or_last() {
        assert!(same_name("Rohit", "Rohit Sharma"));
        assert!(same_name("Sharma", "Rohit Sharma"));
        assert!(same_name("Atiku Bagudu", "Abubakar Atiku Bagudu"));
        assert!(!same_name("Rohit Kumar", "Rohit Sharma"));
        assert!(!same_name("Hana Ruiz", "Tomas Varga"));
        assert!(same_name("Crowely", "Kristin Crowley"));
    }
}
