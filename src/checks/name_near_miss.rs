//! # name-near-miss
//!
//! ## What it checks
//! A name one or two letters away from a name used more often in the drafts
//! (or known to a rule set): `Beth Galleti` beside `Beth Galetti`,
//! `TechCruch` beside `TechCrunch`. Only names of the same kind are compared.
//!
//! ## Why it matters
//! Misspelled names are the most common correction newsrooms publish, and a
//! spell checker passes most of them.
//!
//! ## Example
//! Fires on `Beth Galleti` in one draft when three others say `Beth Galetti`.
//! Stays silent on two genuinely different people, such as `Jon Smith` and
//! `John Smith` when each is named consistently in several drafts.
//!
//! A misspelling is reported once per draft, on its first mention; the
//! draft's later mentions of the same spelling (a headline repeated, the
//! body after the headline) are the finding's related labels.
//!
//! ## Options
//! None. Names of five to seven letters may differ by one edit, longer names
//! by two (Damerau–Levenshtein).
//!
//! ## Limits
//! Names shorter than five letters are not compared (`Meta`/`Beta`), nor
//! forms of one name (`Pérez`/`Perez`: wire copy drops accents, `Web
//! Assembly`/`WebAssembly`, British and American spelling: `Seismological
//! Centre`/`Center`, an organisation's legal
//! form or punctuation: `Acme Corp.`, `Acme Corp`, `Acme Corporation`, `Acme
//! Inc.` are one name, whether declared or not; a plural, `-ed`/`-es`
//! endings, a place's people (`South Africans`), model numbers such as
//! `ChaCha12`/`ChaCha20`, one differing acronym such as `Windows XP`/`Windows CI`). A
//! spelling used at least twice in at least two drafts is taken to be a
//! different entity, not a slip — unless a primary source (`--source`)
//! spells it the other way: a source's spelling outranks any number of
//! drafts' (each of its mentions weighs a thousand). Two spellings of a person's full name used
//! equally often, each in one draft, are reported once, on the later draft,
//! since which is right is not known. Inside one draft, a name used in no
//! other draft is compared with the draft's full names: a surname alone a
//! letter from the surname of the one person named in full (`Doerkson` after
//! `Jane Doerksen`; with a middle initial or without, `Kristin M. Crowley`
//! and `Kristin Crowley` are one person), or a full name with the same given name and a near
//! surname, is reported with the full name as evidence (the later spelling on
//! a tie). The same surname with different given names is two people (`Anna
//! Lindqvist`, `Eric Lindqvist`), and so are given names a letter apart that
//! are both names in their own right (`Eric`/`Erik`, `Mark`/`Marc`, `Jon`/`John`):
//! only a given name that is no known name (`Nitesh` beside `Nitish`) is read
//! as a slip. A person's name read as an organisation (`Nitish Kumar's party`)
//! is compared with people's names when both are two or three plain words
//! sharing one. A surname opening a sentence before `said`, `also` (`Kotik also told staff`, after `Bobby Kotick`) is read too (`sentence_start.rs`). A name at the very start of a sentence whose first word is not
//! a known given name may be read without it (an extraction limit), unless
//! that word is a letter or two from a given name the draft writes
//! mid-sentence before the same surname (`Chengpeng Zhao, 47, pleaded` after
//! `Changpeng Zhao`). Candidate pairs are found through deletion
//! neighbourhoods, so the check never compares all names with all others.

use std::collections::BTreeMap;

use super::{Check, Context, Violation, claim_label};
use crate::claim::ClaimId;
use crate::claim::EntityKind;
use crate::extract::names::{formal_first_name, is_first_name, is_org_suffix, org_key};
use crate::finding::{Label, Severity};

mod keys;
mod repeats;
mod sentence_start;
mod spelling;
use repeats::{again, per_draft};

/// The `name-near-miss` check.
pub struct NameNearMiss;

/// Edits allowed for a name of this many characters.
fn allowed(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=7 => 1,
        _ => 2,
    }
}

/// Two forms of one name, or two names that differ by design, rather than a
/// slip: accents (`Pérez`/`Perez`, as ASCII wire copy writes it), spacing
/// and hyphens (`Web Assembly`/`WebAssembly`), house spelling
/// (`Centre`/`Center`), a plural or an
/// inflection (`Windows APIs`, `Fixed`/`Fixes`), model numbers
/// (`ChaCha12`/`ChaCha20`), or one differing acronym (`Windows XP`/`Windows CI`).
fn variant(a: &str, b: &str) -> bool {
    let squash = |s: &str| {
        crate::source::nfc::without_accents(s)
            .chars()
            .filter(|c| !" -.'\u{2019}\u{2018}\u{02bc}".contains(*c))
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    if squash(a) == squash(b) || spelling::same_in_american(a, b) {
        return true;
    }
    // `Values`/`Value`, `Licensed`/`License`, `Fixed`/`Fixes`, `Incomplete`/`Complete`.
    let forms = |s: &str| {
        let s = squash(s);
        let mut out = vec![s.clone()];
        // Inflections, a place's adjective or people (`Nigerian`, `Israelis`, `South Africans`).
        for suffix in [
            "s", "es", "d", "ed", "r", "er", "ing", "n", "an", "ian", "i", "ns", "is",
        ] {
            if let Some(x) = s.strip_suffix(suffix)
                && x.chars().count() >= 3
            {
                out.push(x.to_string());
            }
        }
        for prefix in ["in", "un", "non"] {
            if let Some(x) = s.strip_prefix(prefix)
                && x.chars().count() >= 4
            {
                out.push(x.to_string());
            }
        }
        out
    };
    let fb = forms(b);
    if forms(a).iter().any(|f| fb.contains(f)) {
        return true;
    }
    let digitless = |s: &str| {
        s.chars()
            .filter(|c| !c.is_ascii_digit())
            .collect::<String>()
    };
    if (a.chars().any(|c| c.is_ascii_digit()) || b.chars().any(|c| c.is_ascii_digit()))
        && squash(&digitless(a)) == squash(&digitless(b))
    {
        return true;
    }
    let stem = |s: &str| {
        let s = s.to_lowercase();
        for suffix in ["ing", "es", "ed", "s", "d"] {
            if let Some(x) = s.strip_suffix(suffix)
                && x.chars().count() >= 3
            {
                return x.to_string();
            }
        }
        s
    };
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    if wa.len() == wb.len() {
        let differing: Vec<(&str, &str)> = wa
            .iter()
            .zip(&wb)
            .filter(|(x, y)| x != y)
            .map(|(x, y)| (*x, *y))
            .collect();
        if let [(x, y)] = differing[..] {
            if stem(x) == stem(y) {
                return true;
            }
            // Edits are weighed against the word that differs: more than a
            // third of a word changed makes another word (`South Carolina`,
            // `North Carolina`), not a slip (`Galleti`, `Galetti`).
            let len = x.chars().count().max(y.chars().count());
            if wa.len() >= 2
                && strsim::damerau_levenshtein(&x.to_lowercase(), &y.to_lowercase()) * 3 > len
            {
                return true;
            }
            let acronym = |w: &str| {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && w.chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            };
            if wa.len() >= 2 && (acronym(x) || acronym(y)) {
                return true;
            }
        }
    }
    false
}

/// One organisation's name in two legal forms or punctuations: `Acme Corp.`,
/// `Acme Corp`, `Acme Corporation`, `Acme Inc.` (compared by `org_key`,
/// which drops a legal form, with dots and commas left out).
fn same_org(kind: EntityKind, a: &str, b: &str) -> bool {
    let key = |s: &str| {
        org_key(s)
            .chars()
            .filter(|c| !matches!(c, '.' | ','))
            .collect::<String>()
    };
    kind == EntityKind::Org && !key(a).is_empty() && key(a) == key(b)
}

/// A name as the check sees it.
struct Name<'a> {
    kind: EntityKind,
    name: &'a str,
    mentions: &'a [ClaimId],
    docs: usize,
}

impl Check for NameNearMiss {
    fn id(&self) -> &'static str {
        "name-near-miss"
    }

    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn source(&self) -> &'static str {
        include_str!("name_near_miss.rs")
    }

    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
        let sorted: BTreeMap<&(EntityKind, String), &Vec<ClaimId>> =
            cx.corpus.index.names.iter().collect();
        let names: Vec<Name<'_>> = sorted
            .into_iter()
            .map(|((kind, name), ids)| {
                let mut docs: Vec<usize> = ids.iter().map(|i| i.doc).collect();
                docs.dedup();
                Name {
                    kind: *kind,
                    name: name.as_str(),
                    mentions: ids.as_slice(),
                    docs: docs.len(),
                }
            })
            .collect();
        // Deletion neighbourhoods, one block at a time (see `keys`).
        let texts: Vec<&str> = names.iter().map(|n| n.name).collect();
        let mut pairs = keys::candidate_pairs(&texts);
        // Whether two names are comparable depends on the two alone: filtered once per pair.
        pairs.retain(|&(a, b)| comparable(&names[a as usize], &names[b as usize]));
        let mut reported = vec![false; names.len()];
        // Per name, once (a pair is read many times in a large archive):
        // its weight, whether a source uses it, its lower-case form and length.
        let weights: Vec<usize> = names.iter().map(|n| weight(cx, n)).collect();
        let sourced: Vec<bool> = names.iter().map(|n| in_source(cx, n)).collect();
        let lower: Vec<String> = names.iter().map(|n| n.name.to_lowercase()).collect();
        let lens: Vec<usize> = names.iter().map(|n| n.name.chars().count()).collect();
        // The edit distance of two names, when it can be within `allowed` of
        // the shorter (a length gap beyond that needs no alignment).
        let near = |a: usize, b: usize| -> Option<usize> {
            let k = allowed(lens[a].min(lens[b]));
            if lens[a].abs_diff(lens[b]) > k {
                return None;
            }
            let d = strsim::damerau_levenshtein(&lower[a], &lower[b]);
            (d > 0 && d <= k).then_some(d)
        };
        // Names a rule set declares are the reference: near one of them is a slip.
        for (i, n) in names.iter().enumerate() {
            if let Some(k) = known_near(cx, n) {
                reported[i] = true;
                for group in per_draft(n.mentions) {
                    out.push(again(
                        cx,
                        known_finding(cx, group[0], n.name, &k),
                        &group[1..],
                    ));
                }
            }
        }
        for &(rare, common) in &pairs {
            let (rare, common) = (rare as usize, common as usize);
            let (r, c) = (&names[rare], &names[common]);
            // A primary source's spelling outranks the drafts' (see `weight`).
            if reported[rare] || weights[rare] >= weights[common] {
                continue;
            }
            if r.name.eq_ignore_ascii_case(c.name) || near(rare, common).is_none() {
                continue;
            }
            // Used consistently in several drafts: a different entity, not a slip.
            if (r.mentions.len() >= 2 && r.docs >= 2 && !sourced[common])
                || variant(r.name, c.name)
                || same_org(c.kind, r.name, c.name)
            {
                continue;
            }
            reported[rare] = true;
            for group in per_draft(r.mentions) {
                out.push(again(cx, finding(cx, group[0], r, c), &group[1..]));
            }
        }
        // Two spellings used equally often, each in one draft (`Satya Nadela`
        // once here, `Satya Nadella` once there): one is a slip, but which is
        // not known. One finding, on the later draft, names both.
        for &(a, b) in &pairs {
            let (a, b) = (a as usize, b as usize);
            let (x, y) = (&names[a], &names[b]);
            if reported[a] || reported[b] || x.mentions.len() != y.mentions.len() {
                continue;
            }
            // Only people's full names: single words tie too easily (`Parser`/`Parsec`).
            let full = |n: &Name<'_>| n.kind == EntityKind::Person && n.name.contains(' ');
            if x.docs != 1
                || y.docs != 1
                || x.mentions[0].doc <= y.mentions[0].doc
                || !full(x)
                || !full(y)
                || variant(x.name, y.name)
            {
                continue;
            }
            if x.name.eq_ignore_ascii_case(y.name) || near(a, b).is_none() {
                continue;
            }
            reported[a] = true;
            reported[b] = true;
            out.push(tie_finding(cx, x, y));
        }
        within_drafts(cx, &names, &mut reported, out);
        sentence_start::report(cx, out);
    }
}

/// How well attested a spelling is: its mentions, a primary source's
/// counting `SOURCE_WEIGHT` each, so the source's spelling is the better one.
fn weight(cx: &Context<'_, '_>, n: &Name<'_>) -> usize {
    n.mentions.len()
        + SOURCE_WEIGHT
            * n.mentions
                .iter()
                .filter(|m| cx.corpus.docs[m.doc].is_source())
                .count()
}

/// What one mention in a primary source weighs against the drafts' mentions.
const SOURCE_WEIGHT: usize = 1000;

/// True when a primary source uses this spelling.
fn in_source(cx: &Context<'_, '_>, n: &Name<'_>) -> bool {
    n.mentions.iter().any(|m| cx.corpus.docs[m.doc].is_source())
}

/// A person's name misspelt inside one draft and used nowhere else: a surname
/// alone (`Doerkson`) a letter from the surname of the one person the draft
/// names in full (`Jane Doerksen`), or a full name a letter from another full
/// name of the draft with the same given name, or with the same surname and a
/// given name that is no name of its own (`Nitesh`). The later, or rarer,
/// spelling is reported, with the full name as evidence.
fn within_drafts(
    cx: &Context<'_, '_>,
    names: &[Name<'_>],
    reported: &mut [bool],
    out: &mut Vec<Violation>,
) {
    let mut by_doc: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, n) in names.iter().enumerate() {
        {
            let mut docs: Vec<usize> = n.mentions.iter().map(|m| m.doc).collect();
            docs.dedup();
            for d in docs {
                by_doc.entry(d).or_default().push(i);
            }
        }
    }
    for (doc, here) in &by_doc {
        let first_in = |i: usize| names[i].mentions.iter().find(|m| m.doc == *doc).copied();
        for &x in here {
            if reported[x] || names[x].docs != 1 {
                continue;
            }
            let candidates: Vec<usize> = here
                .iter()
                .copied()
                .filter(|&y| {
                    y != x
                        && names[y].kind == EntityKind::Person
                        && (!names[x].name.contains(' ') || comparable(&names[x], &names[y]))
                        && slip_of(names[x].name, names[y].name)
                })
                .filter(|&y| {
                    let (nx, ny) = (names[x].mentions.len(), names[y].mentions.len());
                    !names[x].name.contains(' ')
                        || nx < ny
                        || (nx == ny && first_in(x) > first_in(y))
                })
                .collect();
            // One person named with and without a middle name (`Kristin
            // Crowley`, `Kristin M. Crowley`) is one candidate: the form
            // mentioned most.
            let ends = |y: usize| {
                let n = names[y].name;
                (n.split(' ').next(), n.rsplit(' ').next())
            };
            let one_person = candidates
                .split_first()
                .is_some_and(|(&first, rest)| rest.iter().all(|&y| ends(y) == ends(first)));
            let most = candidates
                .iter()
                .copied()
                .max_by_key(|&y| (names[y].mentions.len(), std::cmp::Reverse(y)));
            let Some(y) = most.filter(|_| one_person) else {
                continue;
            };
            reported[x] = true;
            reported[y] = true;
            let in_doc: Vec<ClaimId> = names[y]
                .mentions
                .iter()
                .copied()
                .filter(|m| m.doc == *doc)
                .collect();
            for &id in names[x].mentions {
                out.push(in_draft_finding(
                    cx,
                    id,
                    names[x].name,
                    names[y].name,
                    &in_doc,
                ));
            }
        }
    }
}

/// True when `x` reads as a slip for the full name `full` of one draft:
/// `Doerkson` for `Jane Doerksen`, `Jane Doerkson` for `Jane Doerksen`,
/// `Nitesh Kumar` for `Nitish Kumar`; never `Jon Smith` for `John Smith` (two
/// given names in their own right) nor `Jane Smith` for `John Smith`.
fn slip_of(x: &str, full: &str) -> bool {
    let near = |a: &str, b: &str| {
        let k = allowed(a.chars().count().min(b.chars().count()));
        let d = strsim::damerau_levenshtein(&a.to_lowercase(), &b.to_lowercase());
        d > 0 && d <= k && !variant(a, b)
    };
    let (xw, fw): (Vec<&str>, Vec<&str>) = (x.split(' ').collect(), full.split(' ').collect());
    let Some((&fs, _)) = fw.split_last() else {
        return false;
    };
    if fw.len() < 2 {
        return false;
    }
    if let [only] = xw[..] {
        return !is_first_name(only) && near(only, fs);
    }
    if xw.len() != fw.len() {
        return false;
    }
    let (xf, ff) = (xw[0], fw[0]);
    let (xr, fr) = (xw[1..].join(" "), fw[1..].join(" "));
    let same_given = xf == ff || formal_first_name(xf) == formal_first_name(ff);
    if same_given {
        return near(&xr, &fr);
    }
    xr == fr
        && xf.chars().count() >= 4
        && ff.chars().count() >= 4
        && strsim::damerau_levenshtein(&xf.to_lowercase(), &ff.to_lowercase()) == 1
        && !(is_first_name(xf) && is_first_name(ff))
}

/// A name of one draft a letter from a full name the same draft gives.
fn in_draft_finding(
    cx: &Context<'_, '_>,
    id: ClaimId,
    slip: &str,
    full: &str,
    evidence: &[ClaimId],
) -> Violation {
    let (message, meant) = if slip.contains(' ') {
        (
            format!(
                "`{slip}` looks like a misspelling of `{full}`, named the other way in this same draft"
            ),
            full.to_string(),
        )
    } else {
        let surname = full.rsplit(' ').next().unwrap_or(full);
        (
            format!(
                "`{slip}` looks like a misspelling of `{surname}`: this draft names `{full}` in full"
            ),
            surname.to_string(),
        )
    };
    Violation::new(
        message,
        claim_label(cx, id, format!("did you mean `{meant}`?")),
        evidence
            .iter()
            .take(3)
            .map(|&m| claim_label(cx, m, "spelled this way here"))
            .collect(),
        "correct the spelling, or name the person in full if this is someone else",
    )
    .with_suggestion(&meant)
}

/// Names of the one kind are compared, and a person's name with an
/// organisation's when both are two or three plain words sharing one of them
/// (`Nitish Kumar's party` reads as an organisation, `Hock Tang said` may too):
/// an organisation a letter from a person's name is the likelier misreading.
fn comparable(a: &Name<'_>, b: &Name<'_>) -> bool {
    if a.kind == b.kind {
        return true;
    }
    let plain = |n: &str| {
        let words: Vec<&str> = n.split(' ').collect();
        (2..=3).contains(&words.len())
            && words.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            })
            && !words.last().is_some_and(|w| is_org_suffix(w))
    };
    plain(a.name)
        && plain(b.name)
        && a.name.split(' ').count() == b.name.split(' ').count()
        && a.name.split(' ').any(|w| b.name.split(' ').any(|x| x == w))
}

/// Two spellings as common as each other, in different drafts.
fn tie_finding(cx: &Context<'_, '_>, here: &Name<'_>, there: &Name<'_>) -> Violation {
    let id = here.mentions[0];
    let file = super::file_name(&cx.corpus.doc(there.mentions[0]).path);
    Violation::new(
        format!(
            "`{}` here and `{}` in {file} differ by a letter or two: one of them is misspelt",
            here.name, there.name
        ),
        claim_label(cx, id, "spelled this way here"),
        there
            .mentions
            .iter()
            .take(3)
            .map(|&m| claim_label(cx, m, "and this way here"))
            .collect(),
        "check the name against the source and spell it one way in every draft",
    )
}

/// `name` with curly apostrophes and quotes made straight and dashes made
/// hyphens.
fn typographic_fold(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' | '\u{02bc}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{2014}' => '-',
            c => c,
        })
        .collect()
}

/// A name a rule set declares (or an alias of one), with where it is declared.
struct Known {
    name: String,
    label: Label,
}

/// The declared name this one is a near miss of, if any (itself not declared).
fn known_near(cx: &Context<'_, '_>, n: &Name<'_>) -> Option<Known> {
    let mut declared = Vec::new();
    for set in cx.corpus.rules {
        for e in &set.entities {
            if e.kind != n.kind {
                continue;
            }
            for name in std::iter::once(&e.name).chain(&e.aliases) {
                declared.push((name.as_str(), set.file, e.span));
            }
        }
    }
    // The declared name itself, or it in another legal form or punctuation
    // (`Acme Corp.` for the alias `Acme Corp`, `Acme Inc.` for `Acme Corporation`).
    // Typography is no spelling: a curly apostrophe or dash for a straight one
    // (`Donetsk People’s Republic` for `Donetsk People's Republic`).
    let written = typographic_fold(n.name);
    if declared.iter().any(|(d, _, _)| {
        typographic_fold(d).eq_ignore_ascii_case(&written) || same_org(n.kind, d, n.name)
    }) {
        return None;
    }
    let lower = n.name.to_lowercase();
    declared
        .into_iter()
        .filter(|(d, _, _)| {
            let k = allowed(d.chars().count().min(n.name.chars().count()));
            k > 0
                && strsim::damerau_levenshtein(&lower, &d.to_lowercase()) <= k
                && !variant(d, n.name)
        })
        .min_by_key(|(d, _, _)| strsim::damerau_levenshtein(&lower, &d.to_lowercase()))
        .map(|(d, file, span)| Known {
            name: d.to_string(),
            label: Label {
                place: crate::finding::Place::Rules(file),
                span,
                message: "declared in the rule set".into(),
            },
        })
}

fn known_finding(cx: &Context<'_, '_>, id: ClaimId, name: &str, k: &Known) -> Violation {
    Violation::new(
        format!(
            "`{name}` looks like a misspelling of `{}`, which the rule set declares",
            k.name
        ),
        claim_label(cx, id, format!("did you mean `{}`?", k.name)),
        vec![k.label.clone()],
        format!(
            "correct the spelling, or declare `{name}` in the rule set if it is a different entity"
        ),
    )
    .with_suggestion(&k.name)
}

fn finding(cx: &Context<'_, '_>, id: ClaimId, rare: &Name<'_>, common: &Name<'_>) -> Violation {
    let (rare, rare_kind) = (rare.name, rare.kind);
    let n = common.mentions.len();
    // A person's name read as an organisation's in one draft is still a person's.
    let kind = if common.kind == EntityKind::Person || rare_kind == EntityKind::Person {
        "person"
    } else {
        "organisation"
    };
    Violation::new(
        format!(
            "`{rare}` looks like a misspelling of `{}`, used {n} time{} elsewhere",
            common.name,
            if n == 1 { "" } else { "s" }
        ),
        claim_label(cx, id, format!("did you mean `{}`?", common.name)),
        common
            .mentions
            .iter()
            .take(3)
            .map(|&m| claim_label(cx, m, "spelled this way here"))
            .collect(),
        format!("correct the spelling, or add `{rare}` to a rule set if it is a different {kind}"),
    )
    .with_suggestion(common.name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{findings, messages};

    #[test]
    fn styles_plurals_and_model_numbers_are_not_slips() {
        assert!(variant("Web Assembly", "WebAssembly"));
        assert!(variant("Linux-GNU", "Linux GNU"));
        assert!(variant("Windows APIs", "Windows API"));
        assert!(variant("Fixed", "Fixes"));
        assert!(variant("Values", "Value") && variant("Licensed", "License"));
        assert!(variant("ChaCha12", "ChaCha20"));
        assert!(variant("Windows XP", "Windows API"));
        assert!(!variant("Beth Galleti", "Beth Galetti"));
        assert!(!variant("TechCruch", "TechCrunch"));
        assert!(!variant("Andy Jessy", "Andy Jassy"));
        assert!(variant("South Carolina", "North Carolina"));
        assert!(variant("Nigerian", "Nigeria") && variant("Israeli", "Israel"));
        assert!(variant("South Africans", "South Africa") && variant("Israelis", "Israel"));
        assert!(!variant("Jane Doerkson", "Jane Doerksen"));
        assert!(!variant("Andy Jasy", "Andy Jassy"));
    }

    #[test]
    fn a_surname_a_letter_off_is_a_slip_for_the_full_name() {
        assert!(slip_of("Doerkson", "Jane Doerksen"));
        assert!(slip_of("Jane Doerkson", "Jane Doerksen"));
    }

    #[test]
    fn namesakes_and_relatives_are_not_slips() {
        assert!(!slip_of("Erik Lindqvist", "Eric Lindqvist"));
        assert!(!slip_of("Marc Benton", "Mark Benton"));
        assert!(!slip_of("Anna Lindqvist", "Eric Lindqvist"));
        assert!(!slip_of("Jon Smith", "John Smithers"));
    }

    #[test]
    fn a_given_name_that_is_no_name_is_a_slip() {
        assert!(slip_of("Nitesh Kumar", "Nitish Kumar"));
    }

    #[test]
    fn a_misspelt_surname_later_in_one_draft_is_reported_with_the_full_name() {
        let m = messages(
            &NameNearMiss,
            &[(
                "a.md",
                "The plan was drawn up by Jane Doerksen, the council's planning chief.\n\nResidents objected at two meetings.\n\nDoerkson said the plan would go ahead.",
            )],
        );
        assert_eq!(
            m,
            vec![
                "`Doerkson` looks like a misspelling of `Doerksen`: this draft names `Jane Doerksen` in full"
            ]
        );
    }

    #[test]
    fn short_names_are_not_compared() {
        assert_eq!(allowed(4), 0);
        assert_eq!(allowed(6), 1);
        assert_eq!(allowed(12), 2);
    }

    #[test]
    fn a_name_a_letter_from_a_commoner_one_suggests_it() {
        let f = findings(
            &NameNearMiss,
            &[
                (
                    "a.txt",
                    "Corvid Networks CEO Ana Reyes said the company would cut 3,000 jobs.",
                ),
                (
                    "b.txt",
                    "Corvid Networks boss Ana Reyez has bet the company on artificial intelligence.",
                ),
                (
                    "c.txt",
                    "Corvid Networks Chief Executive Ana Reyes told analysts the plan was on track.",
                ),
            ],
            None,
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].suggestion.as_deref(), Some("Ana Reyes"));
        assert!(
            f[0].message
                .starts_with("`Ana Reyez` looks like a misspelling")
        );
    }

    #[test]
    fn two_equal_spellings_are_reported_once_without_a_suggestion() {
        let f = findings(
            &NameNearMiss,
            &[
                (
                    "blog.txt",
                    "Corvid Networks will explain the plan, Anna Reyes told analysts.",
                ),
                (
                    "wire.txt",
                    "Corvid Networks said on Monday that Ana Reyes would present the plan.",
                ),
            ],
            None,
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].suggestion, None);
    }

    #[test]
    fn one_spelling_everywhere_is_silent() {
        let m = messages(
            &NameNearMiss,
            &[
                (
                    "a.txt",
                    "Corvid Networks CEO Ana Reyes said the company would cut 3,000 jobs.",
                ),
                (
                    "b.txt",
                    "Corvid Networks boss Ana Reyes has bet the company on artificial intelligence.",
                ),
            ],
        );
        assert!(m.is_empty(), "{m:?}");
    }

    #[test]
    fn legal_forms_and_punctuation_are_one_organisation() {
        for (a, b) in [
            ("Acme Corp.", "Acme Corp"),
            ("Acme Corp", "Acme Corporation"),
            ("Acme Inc.", "Acme Corp"),
        ] {
            assert!(same_org(EntityKind::Org, a, b), "{a} / {b}");
        }
        assert!(!same_org(EntityKind::Org, "Acme Corp", "Acne Corp"));
        let rules =
            "entities:\n  - name: Acme Corporation\n    kind: org\n    aliases: [Acme Corp]\n";
        let f = findings(
            &NameNearMiss,
            &[(
                "a.txt",
                "Shares of Acme Corp. fell on Monday. Acme Inc. said it would cut jobs.",
            )],
            Some(rules),
        );
        assert!(f.is_empty(), "{f:?}");
    }
}
