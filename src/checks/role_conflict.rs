//! # role-conflict
//!
//! ## What it checks
//! Two different people named as holder of a one-holder title — CEO, CFO, COO,
//! CTO, chair, president, general counsel, premier, a team's captain or
//! (head) coach — of the same organisation across the drafts. A post in a
//! part of an organisation (`Volkswagen brand CEO`, `the brand CEO`) is not
//! the whole's; a team or government title without its organisation named
//! (`captain Rohit Sharma`, `Premier Lai`) is not compared, except a
//! government's portfolio post, whose remit makes it one post with one
//! holder (`Agriculture Secretary`, `Secretary of Agriculture`, `Finance
//! Minister`, `USDA Under Secretary for Food Safety`; not `minister of
//! state`, a junior rank with many holders). The name most drafts use is taken as right; every other name is
//! reported, pointing at the drafts that disagree with it. Also one person
//! named the former holder of one such title at two organisations, in
//! different drafts with no draft naming both (`former FTX chief executive
//! Caroline Ellison` beside `the former chief executive of Alameda
//! Research`): the organisation the drafts tie the person to most often (any
//! role there, `who ran Alameda` included) is taken as right, the first
//! draft's on a tie. And a person given another's post: one draft names
//! someone holder of a one-holder title (`Chief Executive Akio Toyoda`, its
//! organisation unnamed) that the other drafts give to someone else (`CEO
//! Koji Sato` of Toyota, named in that draft too), while they call this
//! person something else (`Chairman Akio Toyoda`); see `another_post.rs`.
//! There a head of government's title (`Prime Minister`, `Premier`) is one
//! post even with no country named: `Prime Minister Jarosław Kaczyński` in
//! one draft, when the others give the post to Mateusz Morawiecki and call
//! Kaczyński `PiS leader`.
//!
//! ## Why it matters
//! A wrong chief executive's name is the kind of error readers notice first and
//! forgive last, and it survives proofreading because the sentence reads fine.
//!
//! ## Example
//! Fires on `Amazon CEO Andy Garcetti` when the other drafts say `Amazon CEO
//! Andy Jassy`. Stays silent on `former CEO Jeff Bezos` beside `CEO Andy
//! Jassy` (a qualified title is not a current holder), on two senior vice
//! presidents (a title with many holders), and on `President Trump` (no
//! organisation).
//!
//! ## Options
//! None. The title list and which titles have one holder are data in
//! `src/extract/titles.rs`.
//!
//! ## Limits
//! A post held jointly (`co-chairman`, `co-chair`, `co-president`, `co-CEO`,
//! any title written after `co-`: `co-captain`, `co-CFO`) is its own title, never the one-holder post it shares a word with: `PPP
//! chairman Bilawal Bhutto Zardari` and `PPP co-chairman Asif Ali Zardari`
//! do not conflict.
//! A one-word holder written before its title (`Hask as chief executive`)
//! is a person only when the draft names them in full somewhere (`Mara
//! Hask`): `Dana Price to affix Kestrel as chairman` (a spun `to join`)
//! gives Kestrel no post. A title before the name (`President Trump`) is
//! enough.
//! A role stated without an organisation (`CEO Andy Jassy`) belongs to the
//! organisation named earlier in its sentence or paragraph, else to the
//! article's main subject; when that guess is the only evidence and the person
//! holds the same title at an organisation another draft names, it is not
//! reported. An even split (one draft each) goes to the holder whose role
//! mentions are all, or the largest share, at this post (the other's post
//! is the exception among their titles); when that does not settle it both
//! names are reported, unless they are two spellings of one name (`Satya Nadela`/`Satya
//! Nadella`): then the later draft's is. A misspelt holder is one finding here
//! (the spelling hint in its help), not a second `name-near-miss`. The person
//! someone `succeeded` or `took over from` is a former holder. Familiar first
//! names (`Dave`/`David`) are merged when the surname matches.

use std::collections::BTreeMap;

mod another_post;

use super::{Check, Context, Violation};
use crate::claim::ClaimId;
use crate::claim::{ClaimKind, Role};
use crate::finding::{Label, Severity};

/// The `role-conflict` check.
pub struct RoleConflict;

/// How a title reads in a message: acronyms upper case (`CEO`), words lower
/// case (`chair`, `general counsel`), so messages start as the house style asks.
pub fn title_display(key: &str) -> String {
    if key.len() <= 4 && !key.contains(' ') && key != "head" && key != "chair" {
        return key.to_uppercase();
    }
    key.to_string()
}

fn role<'a>(cx: &'a Context<'_, '_>, id: ClaimId) -> Option<&'a Role> {
    match &cx.corpus.claim(id).kind {
        ClaimKind::Role(r) => Some(r),
        _ => None,
    }
}

impl Check for RoleConflict {
    fn id(&self) -> &'static str {
        "role-conflict"
    }

    fn default_severity(&self) -> Severity {
        Severity::Error
    }

    fn source(&self) -> &'static str {
        include_str!("role_conflict.rs")
    }

    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
        let mut keys: Vec<&(String, String)> = cx.corpus.index.roles.keys().collect();
        keys.sort();
        for key in keys {
            let (org, base) = key;
            let ids = &cx.corpus.index.roles[key];
            // A government's portfolio post, its organisation named or not
            // (`Agriculture Secretary Jane Doe`, `USDA Under Secretary for
            // Food Safety`): one holder per portfolio, compared by title
            // and remit.
            if !PORTFOLIO_BASES.contains(&base.as_str()) {
                if !org.is_empty() {
                    post(cx, key, ids, false, out);
                }
                continue;
            }
            let mut by_post: BTreeMap<&str, Vec<ClaimId>> = BTreeMap::new();
            for &id in ids {
                if let Some(r) = role(cx, id).filter(|r| portfolio_post(&r.title_key, base)) {
                    by_post.entry(r.title_key.as_str()).or_default().push(id);
                }
            }
            for (post_key, ids) in by_post {
                post(cx, &(org.clone(), post_key.to_string()), &ids, true, out);
            }
        }
        former_at_two(cx, out);
        another_post::another_post(cx, out);
    }
}

/// True when `short` is `long` without its first words, two words or more
/// left (`Atiku Bagudu` of `Abubakar Atiku Bagudu`).
fn shortened(short: &str, long: &str) -> bool {
    let (s, l): (Vec<&str>, Vec<&str>) = (
        short.split_whitespace().collect(),
        long.split_whitespace().collect(),
    );
    s.len() >= 2 && s.len() < l.len() && l.ends_with(&s)
}

/// Government titles whose remit makes a post with one holder: `Secretary
/// of Agriculture`, `Health Minister`.
const PORTFOLIO_BASES: &[&str] = &[
    "secretary",
    "minister",
    "under secretary",
    "deputy secretary",
    "deputy under secretary",
    "assistant secretary",
];

/// True when `key` (a title with its remit, `secretary agriculture`) is one
/// portfolio of `base`: a remit is named, and it is no junior rank (`minister
/// of state` has many holders).
fn portfolio_post(key: &str, base: &str) -> bool {
    key.strip_prefix(base)
        .and_then(|r| r.strip_prefix(' '))
        .is_some_and(|remit| !remit.is_empty() && !remit.starts_with("state "))
}

/// The holders of one post (`key`: organisation and title) among `ids`:
/// each name other than the one most drafts (or the sheet) give is
/// reported. `portfolio` for a government post compared by its remit.
fn post(
    cx: &Context<'_, '_>,
    key: &(String, String),
    ids: &[ClaimId],
    portfolio: bool,
    out: &mut Vec<Violation>,
) {
    // Current holders of a one-holder title, grouped by person.
    let mut by_person: BTreeMap<&str, Vec<ClaimId>> = BTreeMap::new();
    for &id in ids {
        if let Some(r) = role(cx, id).filter(|r| (portfolio || r.single) && r.qualifier.is_none()) {
            by_person.entry(r.person.as_str()).or_default().push(id);
        }
    }
    // A name written without its first given name (`Atiku Bagudu` for
    // `Abubakar Atiku Bagudu`) is that person.
    // Only names ending in the same word can be one another shortened:
    // looked up by that word, not tried against every name of the post.
    let names: Vec<&str> = by_person.keys().copied().collect();
    // The last word as compared: `O’Day` is `O'Day`, `Erdoğan` is `Erdogan`.
    let last_of = |n: &str| n.split_whitespace().next_back().map(plain_word);
    let mut by_last: std::collections::HashMap<String, Vec<&str>> = Default::default();
    for n in &names {
        if let Some(last) = last_of(n) {
            by_last.entry(last).or_default().push(n);
        }
    }
    for short in &names {
        let same_last = last_of(short)
            .and_then(|last| by_last.get(&last))
            .map_or(&[][..], Vec::as_slice);
        // One name written two ways (`K. Krithivasan`, `K Krithivasan`) is one person too.
        if let Some(long) = same_last
            .iter()
            .find(|l| shortened(short, l) || (*l != short && same_person(short, l)))
            && let Some(v) = by_person.remove(short)
        {
            by_person.entry(long).or_default().extend(v);
        }
    }
    let pin = pinned(cx, key, portfolio);
    if by_person.len() < 2 && pin.is_none() {
        return;
    }
    if let Some(pin) = pin {
        against_pin(cx, &by_person, &pin, out);
        return;
    }
    let most = by_person.values().map(Vec::len).max().unwrap_or(0);
    let leaders: Vec<&str> = by_person
        .iter()
        .filter(|(_, v)| v.len() == most)
        .map(|(p, _)| *p)
        .collect();
    // An even split is settled by what the drafts say of each holder
    // elsewhere: the post is right for the one the drafts give it to
    // whenever they give a title at all (`Union Health Minister
    // Mansukh Mandaviya`, his only role), not for the one it is an
    // exception for (`Union Health Minister Veena George` once, and
    // four times plain `Health Minister`).
    let leaders = settle_tie(cx, leaders, &by_person);
    // Two spellings of one name, equally common (`Satya Nadella` once,
    // `Satya Nadela` once): the slip is reported once, on the later draft.
    let spelling_tie = by_person.len() == 2
        && leaders.len() == 2
        && strsim::damerau_levenshtein(&leaders[0].to_lowercase(), &leaders[1].to_lowercase()) <= 2;
    let first_doc = |p: &str| by_person[p].iter().map(|c| c.doc).min().unwrap_or(0);
    // Every holder's claims in one list, so each person's evidence is
    // the first few of the others' (not a copy of all of them per person).
    let all: Vec<(&str, ClaimId)> = by_person
        .iter()
        .flat_map(|(p, v)| v.iter().map(move |&c| (*p, c)))
        .collect();
    for (person, claims) in &by_person {
        if leaders.len() == 1 && leaders[0] == *person {
            continue;
        }
        if spelling_tie && by_person.keys().any(|o| first_doc(o) > first_doc(person)) {
            continue;
        }
        let n_others = all.len() - claims.len();
        let others: Vec<ClaimId> = all
            .iter()
            .filter(|(p, _)| p != person)
            .map(|&(_, c)| c)
            .take(MAX_RELATED)
            .collect();
        let other_name = if leaders.len() == 1 {
            leaders[0]
        } else {
            by_person
                .keys()
                .find(|p| *p != person)
                .copied()
                .unwrap_or("")
        };
        for &id in claims {
            let Some(r) = role(cx, id) else { continue };
            if r.org_inferred && holds_elsewhere(cx, r) {
                continue;
            }
            out.push(finding(cx, id, r, other_name, &others, n_others));
        }
    }
}

/// Of holders named equally often, the one whose role mentions are all (or
/// the largest share) at this post, when exactly one is; else all of them.
fn settle_tie<'p>(
    cx: &Context<'_, '_>,
    leaders: Vec<&'p str>,
    by_person: &BTreeMap<&'p str, Vec<ClaimId>>,
) -> Vec<&'p str> {
    if leaders.len() < 2 {
        return leaders;
    }
    // Share as a fraction here / all, compared by cross-multiplying.
    let share = |p: &str| {
        let all = cx
            .corpus
            .index
            .roles_by_person
            .get(p)
            .map_or(0, Vec::len)
            .max(1);
        (by_person.get(p).map_or(0, Vec::len), all)
    };
    let best = leaders
        .iter()
        .map(|p| share(p))
        .fold((0, 1), |a, b| if b.0 * a.1 > a.0 * b.1 { b } else { a });
    let top: Vec<&str> = leaders
        .iter()
        .copied()
        .filter(|p| {
            let s = share(p);
            s.0 * best.1 == best.0 * s.1
        })
        .collect();
    if top.len() == 1 { top } else { leaders }
}

/// A holder a rule set pins for an (organisation, title): the person and where it says so.
/// One person named the former holder of one one-holder title at two
/// organisations, in different drafts, no draft naming both (`former FTX
/// chief executive Caroline Ellison` beside `Caroline Ellison, the former
/// chief executive of Alameda Research`): one of the drafts moved the post.
/// The organisation the drafts tie the person to most often (any role there,
/// `who ran Alameda` included) is the reference, the first draft's on a tie;
/// each mention at another is reported.
fn former_at_two(cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
    let mut people: Vec<(&String, &Vec<ClaimId>)> =
        cx.corpus.index.roles_by_person.iter().collect();
    people.sort();
    for (person, ids) in people {
        // `US` and `United States` are one country (`org_key`).
        let org_of = |r: &Role| r.org.as_deref().map(crate::extract::names::org_key);
        let former: Vec<(ClaimId, &Role)> = ids
            .iter()
            .filter_map(|&id| role(cx, id).map(|r| (id, r)))
            .filter(|(_, r)| {
                r.single && r.qualifier.as_deref() == Some("former") && !r.org_inferred
            })
            .filter(|(_, r)| org_of(r).is_some_and(|o| !o.is_empty()))
            .collect();
        let mut by_title: BTreeMap<&str, BTreeMap<String, Vec<ClaimId>>> = BTreeMap::new();
        for (id, r) in &former {
            if let Some(o) = org_of(r) {
                by_title
                    .entry(r.base_key.as_str())
                    .or_default()
                    .entry(o)
                    .or_default()
                    .push(*id);
            }
        }
        for orgs in by_title.values() {
            if orgs.len() != 2 {
                continue;
            }
            let names: Vec<&String> = orgs.keys().collect();
            if same_org(names[0], names[1]) {
                continue;
            }
            let docs = |o: &str| -> Vec<usize> { orgs[o].iter().map(|c| c.doc).collect() };
            let (da, db) = (docs(names[0]), docs(names[1]));
            if da.iter().any(|d| db.contains(d)) {
                continue;
            }
            // Support: every role of the person at the organisation, under
            // its name or a shorter form of it (`who ran Alameda`).
            let support = |o: &str| {
                ids.iter()
                    .filter_map(|&id| role(cx, id))
                    .filter(|r| org_of(r).is_some_and(|x| !x.is_empty() && same_org(&x, o)))
                    .count()
            };
            let first = |o: &str| orgs[o].iter().min().copied();
            let (a, b) = (names[0].as_str(), names[1].as_str());
            let reference = match support(a).cmp(&support(b)) {
                std::cmp::Ordering::Greater => a,
                std::cmp::Ordering::Less => b,
                std::cmp::Ordering::Equal => {
                    if first(a) <= first(b) {
                        a
                    } else {
                        b
                    }
                }
            };
            let other = if reference == a { b } else { a };
            let evidence = orgs[reference][0];
            let Some(er) = role(cx, evidence) else {
                continue;
            };
            for &id in &orgs[other] {
                let Some(r) = role(cx, id) else { continue };
                let title = title_display(&r.base_key);
                let file = super::file_name(&cx.corpus.doc(evidence).path).to_string();
                out.push(Violation::new(
                    format!(
                        "`{person}` is named former {title} of `{}` here but former {title} of `{}` in {file}",
                        r.org.as_deref().unwrap_or(""),
                        er.org.as_deref().unwrap_or("")
                    ),
                    Label::doc(cx.corpus.claim(id).doc, r.title_span, format!("former {title} of {} here", r.org.as_deref().unwrap_or(""))),
                    vec![Label::doc(cx.corpus.claim(evidence).doc, er.title_span, "the other organisation here")],
                    "check which organisation the person led and correct the draft that moved the post",
                ));
            }
        }
    }
}

/// Two organisation names (lower case) for one organisation: one the
/// other's first words (`ftx`, `ftx trading`; `alameda`, `alameda research`)
/// or its initials (`sbi`, `state bank of india`).
fn same_org(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long == short
        || long.strip_prefix(short).is_some_and(|r| r.starts_with(' '))
        || crate::extract::names::acronym_of(&short.replace('.', ""), long)
}

struct Pin {
    person: String,
    label: Label,
}

fn pinned(cx: &Context<'_, '_>, (org, base): &(String, String), portfolio: bool) -> Option<Pin> {
    // A role's `org:` may be written as an alias (`Meta` for `Meta
    // Platforms`); the drafts' roles are filed under the canonical name.
    let aliases = crate::index::Aliases::from_rules(cx.corpus.rules);
    let same_org = |o: &str| aliases.canonical(o).unwrap_or(o).to_lowercase() == *org;
    cx.corpus.rules.iter().find_map(|set| {
        set.entities.iter().find_map(|e| {
            e.roles
                .iter()
                .find(|r| {
                    // A portfolio post is matched by its title and remit,
                    // whichever department the sheet files it under.
                    if portfolio {
                        return &r.key == base;
                    }
                    r.single && &r.base == base && r.org.as_deref().is_some_and(same_org)
                })
                .map(|r| Pin {
                    person: e.name.clone(),
                    label: Label {
                        place: crate::finding::Place::Rules(set.file),
                        span: r.span,
                        message: format!("the rule set names `{}`", e.name),
                    },
                })
        })
    })
}

/// One person's name written two ways: case, a familiar first name, a
/// middle initial (`David B. Burritt`, `David Burritt`), an initial's full
/// stop (`K. Krithivasan`, `K Krithivasan`), accents (`Hołownia`) or a
/// curly apostrophe (`Daniel O’Day`, `Daniel O'Day`).
fn same_person(a: &str, b: &str) -> bool {
    use crate::extract::names::formal_full_name;
    a.eq_ignore_ascii_case(b)
        || plain_word(&formal_full_name(a)) == plain_word(&formal_full_name(b))
}

/// A name as compared: lower case, without accents, full stops, or curly apostrophes.
fn plain_word(s: &str) -> String {
    crate::source::nfc::without_accents(s)
        .replace('.', "")
        .replace(['\u{2019}', '\u{2018}', '\u{02bc}'], "'")
        .to_lowercase()
}

/// With a pinned holder, every other name is reported, whatever the majority says.
fn against_pin(
    cx: &Context<'_, '_>,
    by_person: &BTreeMap<&str, Vec<ClaimId>>,
    pin: &Pin,
    out: &mut Vec<Violation>,
) {
    // The pinned name, or it without its first given name, or it with one.
    let pinned = |p: &str| {
        same_person(p, &pin.person) || shortened(p, &pin.person) || shortened(&pin.person, p)
    };
    let agreeing: Vec<ClaimId> = by_person
        .iter()
        .filter(|(p, _)| pinned(p))
        .flat_map(|(_, v)| v.iter().copied())
        .collect();
    for (person, claims) in by_person {
        if pinned(person) {
            continue;
        }
        for &id in claims {
            let Some(r) = role(cx, id) else { continue };
            if pinned(&r.person) {
                continue;
            }
            if r.org_inferred && (holds_elsewhere(cx, r) || declared_elsewhere(cx, r)) {
                continue;
            }
            let mut f = finding(cx, id, r, &pin.person, &agreeing, agreeing.len());
            f.related.insert(0, pin.label.clone());
            if agreeing.is_empty() {
                let title = title_display(&r.base_key);
                let of_org = r
                    .org
                    .as_deref()
                    .map_or(String::new(), |o| format!(" of `{o}`"));
                let title = if of_org.is_empty() {
                    r.title.to_lowercase()
                } else {
                    title
                };
                f.message = format!(
                    "{title}{of_org} is named `{}` here but the rule set names `{}`",
                    r.person, pin.person
                );
            }
            out.push(f);
        }
    }
}

/// True when the person holds the same title at another organisation a draft names.
fn holds_elsewhere(cx: &Context<'_, '_>, r: &Role) -> bool {
    cx.corpus
        .index
        .roles_by_person
        .get(&r.person)
        .is_some_and(|ids| {
            ids.iter().filter_map(|&id| role(cx, id)).any(|o| {
                !o.org_inferred
                    && o.base_key == r.base_key
                    && o.org.as_deref().map(str::to_lowercase)
                        != r.org.as_deref().map(str::to_lowercase)
            })
        })
}

/// True when the sheet declares the person (by name or alias) with this
/// title at another organisation: a role whose organisation was only
/// inferred (`the FTX bankruptcy estate, run by chief executive John J. Ray
/// III`, read as Alameda's) is that declared one, not a rival to the holder
/// the sheet pins here.
fn declared_elsewhere(cx: &Context<'_, '_>, r: &Role) -> bool {
    let org = r.org.as_deref().map(str::to_lowercase);
    cx.corpus.rules.iter().any(|set| {
        set.entities.iter().any(|e| {
            (e.name.eq_ignore_ascii_case(&r.person)
                || e.aliases.iter().any(|a| a.eq_ignore_ascii_case(&r.person)))
                && e.roles
                    .iter()
                    .any(|d| d.base == r.base_key && d.org.as_deref().map(str::to_lowercase) != org)
        })
    })
}

/// The most other holders' mentions one finding shows as evidence.
const MAX_RELATED: usize = 5;

fn finding(
    cx: &Context<'_, '_>,
    id: ClaimId,
    r: &Role,
    other: &str,
    others: &[ClaimId],
    n: usize,
) -> Violation {
    let org = r.org.as_deref().unwrap_or("");
    // A portfolio post with no organisation reads as its title is written
    // (`Agriculture Secretary`), the remit being what makes it one post.
    let portfolio =
        portfolio_post(&r.title_key, &r.base_key) && PORTFOLIO_BASES.contains(&r.base_key.as_str());
    let title = if portfolio {
        r.title.to_lowercase()
    } else {
        title_display(&r.base_key)
    };
    let of_org = if org.is_empty() {
        String::new()
    } else {
        format!(" of `{org}`")
    };
    let mut related: Vec<Label> = others
        .iter()
        .filter_map(|&o| {
            let ro = role(cx, o)?;
            let d = cx.corpus.claim(o).doc;
            Some(Label::doc(d, ro.person_span, format!("named {title} here")))
        })
        .take(MAX_RELATED)
        .collect();
    related.sort_by_key(|l| (l.place, l.span));
    let doc = cx.corpus.claim(id).doc;
    Violation::new(
        format!(
            "{title}{of_org} is named `{}` here but `{other}` in {n} other place{}",
            r.person,
            if n == 1 { "" } else { "s" }
        ),
        Label::doc(
            doc,
            r.person_span,
            format!("named {title}{} here", of_org.replace('`', "")),
        ),
        related,
        "use the name the other sources agree on, or pin the role in a rule set",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{findings, messages};

    #[test]
    fn a_second_cfo_name_is_a_conflict() {
        let f = findings(
            &RoleConflict,
            &[
                (
                    "bloomberg.txt",
                    "Halcyon Systems' shares fell 4% after Priya Natarajan, Halcyon\u{2019}s chief financial officer, warned that margins would narrow.",
                ),
                (
                    "cnbc.txt",
                    "Halcyon CFO Priya Natarajan said on the earnings call that cloud demand remained strong.",
                ),
                (
                    "techblog.txt",
                    "Halcyon CFO David Chen told investors the company would keep buying back shares.",
                ),
            ],
            None,
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].message.starts_with("CFO of `Halcyon"),
            "{}",
            f[0].message
        );
        assert!(
            f[0].message
                .contains("`David Chen` here but `Priya Natarajan`")
        );
        assert_eq!(
            (f[0].check, f[0].severity),
            (RoleConflict.id(), Severity::Error)
        );
    }

    #[test]
    fn portfolio_posts_and_shortened_names() {
        assert!(portfolio_post("secretary agriculture", "secretary"));
        assert!(portfolio_post("minister health", "minister"));
        assert!(!portfolio_post("minister", "minister"));
        assert!(!portfolio_post("minister state health", "minister"));
        assert!(shortened("Atiku Bagudu", "Abubakar Atiku Bagudu"));
        assert!(!shortened("Bagudu", "Abubakar Atiku Bagudu"));
        assert!(!shortened("Jane Bagudu", "Abubakar Atiku Bagudu"));
    }

    #[test]
    fn a_former_holder_is_not_a_conflict() {
        let m = messages(
            &RoleConflict,
            &[
                (
                    "a.txt",
                    "Halcyon CFO Priya Natarajan said on the earnings call that cloud demand remained strong.",
                ),
                (
                    "b.txt",
                    "Former Halcyon CFO David Chen told investors the company would keep buying back shares.",
                ),
            ],
        );
        assert!(m.is_empty(), "{m:?}");
    }

    #[test]
    fn acronyms_read_upper_case_and_words_lower_case() {
        assert_eq!(title_display("cfo"), "CFO");
        assert_eq!(title_display("chair"), "chair");
        assert_eq!(title_display("general counsel"), "general counsel");
    }
}
