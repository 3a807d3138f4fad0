//! People and organisations of one document: names, roles and quotes together.
//!
//! Runs `entity`, `role` and `quote` over a document's tokens, then settles
//! what they need from each other: roles and quotes give evidence of who is a
//! person and what is an organisation; that classification resolves surnames
//! (`Galetti` → `Beth Galetti`) and defined acronyms (`AWS` → `Amazon Web
//! Services`) within the document, and fills in the organisation of a role
//! stated without one (`CEO Andy Jassy`): an organisation named earlier in the
//! sentence, else earlier in the paragraph, else the document's main subject.
//! Resolution across documents happens later, in the index.

use rustc_hash::{FxHashMap, FxHashSet};

use super::entity::{self, Cues, DocNames, NameRun};
use super::quote::{self, QuoteFound};

mod by_title;
use super::role::{self, RoleFound};
use super::sentence::Sentence;
use super::token::Token;
use crate::claim::{Claim, ClaimKind, Entity, EntityKind, Quote, Role};
use crate::source::{DocId, Span};

/// What the document says each name run is, and the full name it stands for,
/// computed once per run.
struct Resolved<'n> {
    kind: Vec<EntityKind>,
    /// Borrowed from the runs' texts and the acronyms' expansions: a run's
    /// name is copied only where a claim keeps it.
    canonical: Vec<&'n str>,
    junk: Vec<bool>,
}

/// Entity, role and quote claims of one document.
pub fn claims(
    doc: DocId,
    text: &str,
    sentences: &[Sentence],
    toks: &[Vec<Token<'_>>],
) -> Vec<Claim> {
    let names = entity::find(toks);
    let runs = &names.runs;
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); sentences.len()];
    for (i, r) in runs.iter().enumerate() {
        by_sentence[r.sentence].push(i);
    }
    // A one-word holder of `X as <title>` is a person the draft names in
    // full somewhere (`Hask as chief executive` beside `Mara Hask`):
    // `Brian Niccol to affix Starbucks as chairman` (a spun `to join`)
    // holds no person Starbucks, and reading one would make every
    // `Starbucks` of the draft a person.
    let surnames: FxHashSet<&str> = runs
        .iter()
        .filter(|r| r.words() >= 2)
        .filter_map(|r| r.text.rsplit(' ').next())
        .collect();
    let (roles, loose): (Vec<RoleFound>, Vec<RoleFound>) = (0..sentences.len())
        .flat_map(|s| role::find(s, &toks[s], runs, &by_sentence[s]))
        .partition(|x| {
            let p = &runs[x.person];
            // Only `X as chairman` is in doubt: `President Trump`, `West,
            // the company's CFO` name people.
            let as_title = text
                .get(p.span.end..x.title_span.start)
                .map(str::trim)
                // `as chairman and CEO`: the second title of the pair too.
                .is_some_and(|gap| {
                    gap == "as" || (gap.starts_with("as ") && !gap.contains(['.', ',']))
                });
            p.words() >= 2 || !as_title || surnames.contains(p.text.as_str())
        });
    let mut role_person = vec![false; runs.len()];
    for x in &roles {
        role_person[x.person] = true;
    }
    // A name used as a role's organisation anywhere in the document is an organisation.
    // Sets, not lists: asked once per run (and `personish` once per quote
    // candidate), each answer the same as a scan of the list would give.
    // (The organisation of a role whose holder is no person still counts:
    // `Brian Niccol to affix Starbucks as chairman of Chipotle`.)
    let org_names: FxHashSet<&str> = roles
        .iter()
        .chain(&loose)
        .filter_map(|x| x.org)
        .map(|o| runs[o].text.as_str())
        .collect();
    let role_org: Vec<bool> = runs
        .iter()
        .map(|r| org_names.contains(r.text.as_str()))
        .collect();
    let full_people: FxHashSet<&str> = runs
        .iter()
        .enumerate()
        .filter(|&(i, r)| {
            r.words() >= 2
                && !r.text.split(' ').all(super::names::is_date_word)
                && (role_person[i]
                    || super::names::family_name_first(&r.text)
                    || r.text
                        .split(' ')
                        .next()
                        .is_some_and(super::names::is_first_name)
                    // `Marine Le Pen`: a surname's particle.
                    || {
                        let t = entity::text_cues(r);
                        t.person > t.org
                    })
        })
        .map(|(_, r)| r.text.as_str())
        .collect();
    // The last word of each full name: a one-word run is personish when it
    // is one of them (what scanning `full_people` for that surname decided).
    let full_surnames: FxHashSet<&str> = full_people
        .iter()
        .map(|p| super::names::family_name(p))
        .collect();
    let personish = |r: usize| {
        let run = &runs[r];
        role_person[r]
            || full_people.contains(run.text.as_str())
            || (run.words() == 1 && full_surnames.contains(run.text.as_str()))
    };
    let speakerish = |r: usize| {
        let run = &runs[r];
        personish(r)
            || (!role_org[r]
                && !run.acronym
                && !super::names::is_org_suffix(run.last_word())
                && !super::names::is_place(&run.text)
                && run.words() <= 3)
    };
    let cx = quote::Context {
        sentences,
        toks,
        runs,
        by_sentence: &by_sentence,
        speakerish: &speakerish,
        personish: &personish,
        _a: std::marker::PhantomData,
    };
    let quotes = quote::attribute(text, &cx);
    let rs = resolve(&names, toks, &roles, &quotes, &role_person);

    let mut out = Vec::new();
    let claim = |span: Span, s: usize, kind: ClaimKind| Claim {
        doc,
        span,
        sentence: s as u32,
        kind,
    };
    for (i, r) in runs.iter().enumerate() {
        if rs.junk[i] && !role_org[i] {
            continue;
        }
        let kind = ClaimKind::Entity(Entity {
            kind: rs.kind[i],
            name: rs.canonical[i].into(),
        });
        out.push(claim(r.span, r.sentence, kind));
    }
    let subject = main_subject(&rs);
    for x in &roles {
        let person = &runs[x.person];
        let (org, org_span, inferred) = match x.org {
            // `India chairman Dinesh Khara` (a bank's name garbled around
            // it): a country has no chairman or chief executive. `Group CFO
            // Jugeshinder Singh`: a legal or group word alone is the level of
            // the post, not its organisation.
            Some(o)
                if (corporate(x.base_key)
                    && super::names::is_place(&rs.canonical[o].to_lowercase()))
                    || super::names::is_legal_form(&rs.canonical[o].to_lowercase()) =>
            {
                (None, None, false)
            }
            Some(o) => (Some(rs.canonical[o].to_string()), Some(runs[o].span), false),
            None if x.org_by_reference => {
                match infer_org(x, runs, &by_sentence, sentences, &rs).or(subject.clone()) {
                    Some(o) => (Some(o), None, true),
                    None => (None, None, false),
                }
            }
            None => (None, None, false),
        };
        let mut span = x.title_span.cover(person.span);
        if let Some(os) = org_span {
            span = span.cover(os);
        }
        out.push(claim(
            span,
            x.sentence,
            ClaimKind::Role(Box::new(Role {
                org,
                title: x.title_text.clone(),
                title_key: x.title_key.clone(),
                base_key: x.base_key.to_string(),
                single: x.single,
                person: rs.canonical[x.person].to_string(),
                qualifier: x.qualifier.map(str::to_string),
                person_span: person.span,
                title_span: x.title_span,
                org_span,
                org_inferred: inferred,
            })),
        ));
    }
    for q in &quotes {
        // An organisation does not speak in quotation marks; its people do.
        let mut speaker_span = q.speaker_span;
        let speaker = q
            .speaker
            .filter(|&r| rs.kind[r] == EntityKind::Person)
            .map(|r| rs.canonical[r].to_string())
            .or_else(|| {
                // `"…," the UAW president wrote`: the draft's one holder of the title.
                let end = sentences.get(q.sentence).map_or(text.len(), |s| s.span.end);
                let tail = text.get(q.outer.end..end.max(q.outer.end)).unwrap_or("");
                let holders = roles.iter().filter(|x| x.qualifier.is_none()).map(|x| {
                    let org = x.org.map(|o| runs[o].text.to_lowercase());
                    (org, x.title_text.to_lowercase(), rs.canonical[x.person])
                });
                let (who, at) = by_title::speaker(tail, holders)?;
                speaker_span = Some(Span::new(q.outer.end + at.start, q.outer.end + at.end));
                Some(who.to_string())
            });
        out.push(claim(
            q.outer,
            q.sentence,
            ClaimKind::Quote(Box::new(Quote {
                speaker,
                quote: text[q.inner.start..q.inner.end].to_string(),
                inner: q.inner,
                speaker_span,
            })),
        ));
    }
    out
}

/// Classifies every name, resolves surnames and acronyms, and marks junk — once per run.
fn resolve<'n>(
    names: &'n DocNames,
    toks: &[Vec<Token<'_>>],
    roles: &[RoleFound],
    quotes: &[QuoteFound],
    role_person: &[bool],
) -> Resolved<'n> {
    let runs = &names.runs;
    let mut role_org = vec![false; runs.len()];
    for x in roles {
        if let Some(o) = x.org {
            role_org[o] = true;
        }
    }
    let mut speaker = vec![false; runs.len()];
    for q in quotes {
        if let Some(r) = q.speaker {
            speaker[r] = true;
        }
    }
    // Per name: the summed cues, and the cues its text carries (`own_cues`
    // is `text_cues` + `context_cues`; the text's part is read once a name).
    let mut cues: FxHashMap<&str, (Cues, Cues)> = FxHashMap::default();
    for (i, r) in runs.iter().enumerate() {
        let ctx = entity::context_cues(r, &toks[r.sentence]);
        let (c, text) = cues
            .entry(r.text.as_str())
            .or_insert_with(|| (Cues::default(), entity::text_cues(r)));
        c.person +=
            text.person + ctx.person + 4 * i32::from(role_person[i]) + 2 * i32::from(speaker[i]);
        c.org += text.org + ctx.org + 4 * i32::from(role_org[i]);
    }
    let mut kind: Vec<EntityKind> = runs
        .iter()
        .map(|r| {
            entity::classify(
                r,
                cues.get(r.text.as_str()).map(|c| c.0).unwrap_or_default(),
            )
        })
        .collect();
    for (i, k) in kind.iter_mut().enumerate() {
        if role_person[i] {
            *k = EntityKind::Person;
        }
    }
    // A full name nothing marks as an organisation, whose surname alone the
    // draft shows to be a person's (`Shohei Ohtani` beside `Ohtani, 29,` or
    // `Ohtani said he`): the person's full name.
    for (i, r) in runs.iter().enumerate() {
        if kind[i] == EntityKind::Org
            && r.words() >= 2
            && cues.get(r.text.as_str()).is_some_and(|c| c.0.org == 0)
            && cues
                .get(super::names::family_name(&r.text))
                .is_some_and(|c| c.0.person > c.0.org)
        {
            kind[i] = EntityKind::Person;
        }
    }
    // Surnames of the people named in full: `Galetti` → `Beth Galetti` when only one fits.
    let mut surnames: FxHashMap<&str, Option<&str>> = FxHashMap::default();
    for (i, r) in runs.iter().enumerate() {
        if r.words() >= 2 && kind[i] == EntityKind::Person {
            let e = surnames
                .entry(super::names::family_name(&r.text))
                .or_insert(Some(r.text.as_str()));
            if *e != Some(r.text.as_str()) {
                *e = None;
            }
        }
    }
    let canonical: Vec<&str> = runs
        .iter()
        .enumerate()
        .map(|(i, r)| {
            if let Some(full) = names.acronyms.get(&r.text) {
                return full.as_str();
            }
            if r.words() == 1
                && let Some(Some(full)) = surnames.get(r.text.as_str())
            {
                kind[i] = EntityKind::Person;
                return *full;
            }
            r.text.as_str()
        })
        .collect();
    // A name takes the kind of the full name it stands for (`AWS` is what `Amazon Web Services` is).
    let by_name: FxHashMap<&str, EntityKind> = runs
        .iter()
        .zip(&kind)
        .map(|(r, k)| (r.text.as_str(), *k))
        .collect();
    for (i, c) in canonical.iter().enumerate() {
        if let Some(k) = by_name.get(c)
            && !role_person[i]
        {
            kind[i] = *k;
        }
    }
    // `is_junk` reads only a run's text and whether it is an acronym (and
    // the document's acronyms, fixed here): asked once per distinct pair.
    let mut junk_of: FxHashMap<(&str, bool), bool> = FxHashMap::default();
    let junk = runs
        .iter()
        .map(|r| {
            *junk_of
                .entry((r.text.as_str(), r.acronym))
                .or_insert_with(|| entity::is_junk(r, &names.acronyms))
        })
        .collect();
    Resolved {
        kind,
        canonical,
        junk,
    }
}

/// Titles of a company's or a body's officers, never a country's.
fn corporate(base: &str) -> bool {
    [
        "ceo",
        "cfo",
        "coo",
        "cto",
        "cmo",
        "cio",
        "chair",
        "general counsel",
    ]
    .contains(&base)
}

/// The organisation a role stated without one belongs to: named earlier in the
/// sentence, else the last organisation of the earlier sentences of the paragraph.
fn infer_org(
    x: &RoleFound,
    runs: &[NameRun],
    by_sentence: &[Vec<usize>],
    sentences: &[Sentence],
    rs: &Resolved<'_>,
) -> Option<String> {
    let is_org = |r: usize| rs.kind[r] == EntityKind::Org && !rs.junk[r];
    let in_sentence = by_sentence[x.sentence]
        .iter()
        .copied()
        .filter(|&r| runs[r].span.end <= x.title_span.start && is_org(r))
        .max_by_key(|&r| runs[r].span.end);
    if let Some(r) = in_sentence {
        return Some(rs.canonical[r].to_string());
    }
    let para = sentences[x.sentence].paragraph;
    (0..x.sentence)
        .rev()
        .take_while(|&s| sentences[s].paragraph == para)
        .find_map(|s| by_sentence[s].iter().rev().copied().find(|&r| is_org(r)))
        .map(|r| rs.canonical[r].to_string())
}

/// The organisation a document is mostly about: the one named most often,
/// and at least twice as often as any other — a deal between two companies
/// named about as often (`Capital One` and `Discover`) has no one subject a
/// title without its organisation could be guessed to belong to.
fn main_subject(rs: &Resolved<'_>) -> Option<String> {
    let mut counts: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
    for i in 0..rs.kind.len() {
        if rs.kind[i] == EntityKind::Org && !rs.junk[i] {
            let e = counts.entry(rs.canonical[i]).or_insert((0, i));
            e.0 += 1;
        }
    }
    let mut ranked: Vec<(&str, (usize, usize))> = counts.into_iter().collect();
    ranked.sort_by_key(|&(_, (n, first))| (std::cmp::Reverse(n), first));
    let (name, (n, _)) = *ranked.first()?;
    let second = ranked.get(1).map_or(0, |&(_, (m, _))| m);
    (n >= 2 * second).then(|| name.to_string())
}
