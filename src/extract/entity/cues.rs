//! What a name's mentions say of what it is, person or organisation: a
//! given name, an honorific or a title before it, an age beside it
//! (`Ohtani, 29,`, `the 29-year-old Shohei Ohtani`), `, who` or `said he`
//! after it (a person); a legal suffix, `, which`, `said it` (an
//! organisation). Summed over a draft's mentions of a name, then `classify`.

use super::{HONORIFIC_SET, NameRun, PERSON_NOUN_SET};
use crate::claim::EntityKind;
use crate::extract::names::{is_first_name, is_org_suffix};
use crate::extract::titles;
use crate::extract::token::{Kind, Token, WordSet};
/// Evidence about what a name is, summed over its mentions in a document.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Cues {
    /// Points for a person.
    pub person: i32,
    /// Points for an organisation.
    pub org: i32,
}

/// Cues a run carries by itself and from the words around it.
pub fn own_cues(run: &NameRun, ts: &[Token<'_>]) -> Cues {
    let t = text_cues(run);
    let c = context_cues(run, ts);
    Cues {
        person: t.person + c.person,
        org: t.org + c.org,
    }
}

/// The part of `own_cues` read from the run's text alone (the same for
/// every mention of a name).
pub fn text_cues(run: &NameRun) -> Cues {
    let mut c = Cues::default();
    let several = run.text.contains(' ');
    if several && run.text.split(' ').next().is_some_and(is_first_name) {
        c.person += 3;
    }
    // `Lai Ching-te`, `Moon Jae-in`: a family name and a hyphenated given name.
    if crate::extract::names::family_name_first(&run.text) {
        c.person += 3;
    }
    // `Marine Le Pen`, `Ursula von der Leyen`, `Charles de Gaulle`: a
    // surname particle between the given name and the rest.
    let words = run.text.split(' ').count();
    if words >= 3 && run.text.split(' ').skip(1).take(words - 2).any(is_particle) {
        c.person += 2;
    }
    if is_org_suffix(run.last_word()) {
        c.org += 4;
    }
    c
}

/// True for a particle inside a person's surname, in any case.
pub(super) fn is_particle(w: &str) -> bool {
    PARTICLES.iter().any(|p| w.eq_ignore_ascii_case(p))
}

/// Particles inside a person's surname (`Le Pen`, `von der Leyen`, `de Gaulle`).
const PARTICLES: &[&str] = &[
    "le", "la", "de", "du", "des", "van", "von", "der", "den", "da", "di", "del", "della", "dos",
    "das", "bin", "ibn",
];

/// The part of `own_cues` read from the words around the run.
pub fn context_cues(run: &NameRun, ts: &[Token<'_>]) -> Cues {
    let mut c = Cues::default();
    let several = run.text.contains(' ');
    if run.first > 0 {
        let prev = &ts[run.first - 1];
        let prev = if prev.is_punct('.') && run.first > 1 {
            &ts[run.first - 2]
        } else {
            prev
        };
        if HONORIFIC_SET.has(prev) {
            c.person += 4;
        }
        // `external member Swati Dhingra`, `chief economist Huw Pill`: a
        // lower-case noun for a person, or a title, right before the name.
        if several
            && prev.is_word()
            && !prev.is_cap()
            && (PERSON_NOUN_SET.has(prev) || titles::is_title_word(prev.text))
        {
            c.person += 2;
        }
    }
    if age_before(&ts[..run.first]) {
        c.person += 4;
    }
    let after = &ts[run.end..];
    let next_is = |k: usize, w: &str| after.get(k).is_some_and(|t| t.is(w));
    if after.first().is_some_and(|t| t.is_punct(',')) && next_is(1, "who") {
        c.person += 2;
    }
    if age_after(after) {
        c.person += 4;
    }
    // `Le Pen herself told TF1`: only a person is `herself`.
    if next_is(0, "herself") || next_is(0, "himself") {
        c.person += 3;
    }
    // `Ohtani said he`: only a person is `he` or `she` to its own words.
    if (next_is(0, "said") || next_is(0, "says")) && (next_is(1, "he") || next_is(1, "she")) {
        c.person += 2;
    }
    if after.first().is_some_and(|t| t.is_punct(',')) && next_is(1, "which") {
        c.org += 2;
    }
    if next_is(0, "said") && next_is(1, "it") {
        c.org += 2;
    }
    if after.first().is_some_and(|t| ORG_VERB_SET.has(t)) && !several {
        c.org += 1;
    }
    c
}

/// True when an age follows a name as news sets it off: `Ohtani, 29,`,
/// `Ohtani, 29.`, `Ohtani, aged 29,` (a number of years a person can be).
fn age_after(after: &[Token<'_>]) -> bool {
    let [comma, rest @ ..] = after else {
        return false;
    };
    let rest = match rest {
        [aged, rest @ ..] if aged.is("aged") => rest,
        _ => rest,
    };
    comma.is_punct(',')
        && matches!(rest, [n, end, ..]
            if n.kind == Kind::Number
                && n.text.parse::<u8>().is_ok_and(|y| (1..=120).contains(&y))
                && (end.is_punct(',') || end.is_punct('.') || end.is_punct(';')))
}

/// True when the words before a name end on an age written as its
/// adjective: `the 29-year-old Shohei Ohtani`.
fn age_before(before: &[Token<'_>]) -> bool {
    match before {
        [.., n, d1, y, d2, old] => {
            n.kind == Kind::Number
                && d1.is_punct('-')
                && (y.is("year") || y.is("years"))
                && d2.is_punct('-')
                && old.is("old")
        }
        _ => false,
    }
}

/// Verbs after a one-word name that point to an organisation.
pub(super) const ORG_VERBS: &[&str] = &[
    "cut",
    "cuts",
    "employs",
    "employed",
    "reported",
    "announced",
    "plans",
    "acquired",
    "laid",
    "eliminated",
    "shut",
    "owns",
];
static ORG_VERB_SET: WordSet = WordSet::new(ORG_VERBS);

/// Decides person or organisation from summed cues; names with no evidence
/// either way default to organisation unless they look like a given name and a surname.
pub fn classify(run: &NameRun, cues: Cues) -> EntityKind {
    if cues.person > cues.org {
        EntityKind::Person
    } else if cues.org > cues.person {
        EntityKind::Org
    } else if run.words() >= 2 && run.text.split(' ').next().is_some_and(is_first_name) {
        EntityKind::Person
    } else {
        EntityKind::Org
    }
}
