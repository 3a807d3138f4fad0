//! Job titles, as data, and the parser that reads them from tokens.
//!
//! Every title phrase maps to a normalised key, so `chief executive`,
//! `chief executive officer` and `CEO` meet as `ceo`, and `SVP` meets `senior
//! vice president` as `svp`. The key says whether a title has one holder per
//! organisation (CEO, CFO, chair) or many (vice presidents, directors). A
//! qualifier before a title (`former`, `ex-`, `interim`) is read here too.
//! Whether an `of …` after a title names its organisation or its remit is
//! decided by `role`, which knows the context.

use std::sync::OnceLock;

use super::token::{Kind, TResult, Token, Toks, fail};
use super::wordindex::{WordIndex, lower_hash};

/// One title phrase: lower-case words, its key, and whether it has one holder.
pub struct TitleDef {
    /// The words, lower case, space separated (a hyphen in text matches a space).
    pub words: &'static str,
    /// The normalised key titles are compared by.
    pub key: &'static str,
    /// True when an organisation has one holder at a time.
    pub single: bool,
}

const fn t(words: &'static str, key: &'static str, single: bool) -> TitleDef {
    TitleDef { words, key, single }
}

/// Every title factlint knows. Synonyms share a key.
pub const TITLES: &[TitleDef] = &[
    t("chief executive officer", "ceo", true),
    t("chief executive", "ceo", true),
    t("ceo", "ceo", true),
    t("co-ceo", "co-ceo", false),
    t("co chief executive", "co-ceo", false),
    t("chief financial officer", "cfo", true),
    t("finance chief", "cfo", true),
    t("cfo", "cfo", true),
    t("chief operating officer", "coo", true),
    t("coo", "coo", true),
    t("chief technology officer", "cto", true),
    t("chief technical officer", "cto", true),
    t("cto", "cto", true),
    t("chief marketing officer", "cmo", true),
    t("cmo", "cmo", true),
    t("chief information officer", "cio", true),
    t("cio", "cio", true),
    t("chief product officer", "cpo", true),
    t("chief people officer", "chief people officer", true),
    t("chief human resources officer", "chro", true),
    t("chro", "chro", true),
    t("chief revenue officer", "cro", true),
    t("chief legal officer", "clo", true),
    t("general counsel", "general counsel", true),
    t("chief strategy officer", "chief strategy officer", true),
    t("chief growth officer", "chief growth officer", true),
    t("chief business officer", "chief business officer", true),
    t("chief commercial officer", "chief commercial officer", true),
    t("chief digital officer", "chief digital officer", true),
    t(
        "chief administrative officer",
        "chief administrative officer",
        true,
    ),
    t("chief accounting officer", "chief accounting officer", true),
    t("chief investment officer", "chief investment officer", true),
    t("chief risk officer", "chief risk officer", true),
    t("chief compliance officer", "chief compliance officer", true),
    t(
        "chief communications officer",
        "chief communications officer",
        true,
    ),
    t("chief information security officer", "ciso", true),
    t("chief security officer", "chief security officer", true),
    t("ciso", "ciso", true),
    t("chief customer officer", "chief customer officer", true),
    t("chief content officer", "chief content officer", true),
    t("chief creative officer", "chief creative officer", true),
    t("chief medical officer", "chief medical officer", true),
    t("chief ai officer", "chief ai officer", true),
    t(
        "chief sustainability officer",
        "chief sustainability officer",
        true,
    ),
    t(
        "chief transformation officer",
        "chief transformation officer",
        true,
    ),
    t("deputy chief executive officer", "deputy ceo", false),
    t("deputy chief executive", "deputy ceo", false),
    t("deputy ceo", "deputy ceo", false),
    t("deputy chief economist", "deputy chief economist", false),
    t("principal economist", "principal economist", false),
    t("senior economist", "senior economist", false),
    t("lead economist", "lead economist", false),
    t("chief data officer", "chief data officer", true),
    t("chief scientist", "chief scientist", true),
    t("chief economist", "chief economist", true),
    t("chief of staff", "chief of staff", true),
    t("executive chairman", "executive chair", true),
    t("executive chairwoman", "executive chair", true),
    t("executive chair", "executive chair", true),
    t("vice chairman", "vice chair", false),
    t("vice chairwoman", "vice chair", false),
    t("vice chair", "vice chair", false),
    t("deputy chairman", "vice chair", false),
    t("chairman", "chair", true),
    t("chairwoman", "chair", true),
    t("chairperson", "chair", true),
    t("chair", "chair", true),
    t("senior executive vice president", "sevp", false),
    t("senior executive vp", "sevp", false),
    t("executive vice president", "evp", false),
    t("executive vp", "evp", false),
    t("evp", "evp", false),
    t("senior vice president", "svp", false),
    t("senior vp", "svp", false),
    t("svp", "svp", false),
    t("vice president", "vp", false),
    t("vp", "vp", false),
    t("president", "president", true),
    t("co-founder", "founder", false),
    t("cofounder", "founder", false),
    t("founder", "founder", false),
    t("managing director", "managing director", false),
    t("executive director", "executive director", false),
    t("senior director", "senior director", false),
    t("deputy director", "deputy director", false),
    t("assistant director", "assistant director", false),
    t("associate director", "associate director", false),
    t("general manager", "general manager", false),
    t("director-general", "director-general", true),
    t("deputy director-general", "deputy director-general", false),
    t(
        "assistant director-general",
        "assistant director-general",
        false,
    ),
    t(
        "deputy regional director",
        "deputy regional director",
        false,
    ),
    t("regional director", "regional director", false),
    t("director", "director", false),
    t("administrator", "administrator", true),
    t("deputy administrator", "deputy administrator", false),
    t("assistant administrator", "assistant administrator", false),
    t("associate administrator", "associate administrator", false),
    t("chief economic adviser", "chief economic adviser", true),
    t("chief economic advisor", "chief economic adviser", true),
    t(
        "deputy chief economic adviser",
        "deputy chief economic adviser",
        false,
    ),
    t(
        "deputy chief economic advisor",
        "deputy chief economic adviser",
        false,
    ),
    t(
        "principal economic adviser",
        "principal economic adviser",
        false,
    ),
    t(
        "principal economic advisor",
        "principal economic adviser",
        false,
    ),
    t("senior economic adviser", "senior economic adviser", false),
    t("senior economic advisor", "senior economic adviser", false),
    t("head", "head", false),
    // A party's leader (`VVD leader Dilan Yeşilgöz`, `PiS leader Jarosław
    // Kaczyński`): one per party, never inferred from context.
    t("party leader", "leader", true),
    t("leader", "leader", true),
    t("spokesperson", "spokesperson", false),
    t("spokesman", "spokesperson", false),
    t("spokeswoman", "spokesperson", false),
    t("analyst", "analyst", false),
    t("economist", "economist", false),
    t("statistician", "statistician", false),
    t("member", "member", false),
    t("chief statistician", "chief statistician", true),
    t("national statistician", "national statistician", true),
    t("treasurer", "treasurer", true),
    t("prime minister", "prime minister", true),
    t("deputy prime minister", "deputy prime minister", false),
    t("minister of state", "minister of state", false),
    t("deputy minister", "deputy minister", false),
    t("junior minister", "minister of state", false),
    t("deputy secretary", "deputy secretary", false),
    t("assistant secretary", "assistant secretary", false),
    t("deputy under secretary", "deputy under secretary", false),
    t("deputy undersecretary", "deputy under secretary", false),
    t("under secretary", "under secretary", false),
    t("undersecretary", "under secretary", false),
    t("deputy governor", "deputy governor", false),
    t("deputy mayor", "deputy mayor", false),
    t("deputy speaker", "deputy speaker", false),
    t("chief cabinet secretary", "chief cabinet secretary", true),
    t(
        "deputy chief cabinet secretary",
        "deputy chief cabinet secretary",
        false,
    ),
    t("cabinet secretary", "cabinet secretary", false),
    t("cs", "cabinet secretary", false),
    t("principal secretary", "principal secretary", false),
    t("ps", "principal secretary", false),
    t("permanent secretary", "permanent secretary", false),
    t("chief secretary", "chief secretary", true),
    t(
        "additional chief secretary",
        "additional chief secretary",
        false,
    ),
    t("chief minister", "chief minister", true),
    t("deputy chief minister", "deputy chief minister", false),
    t("secretary of state", "secretary of state", true),
    t(
        "deputy assistant attorney general",
        "deputy assistant attorney general",
        false,
    ),
    t(
        "assistant attorney general",
        "assistant attorney general",
        false,
    ),
    t(
        "associate attorney general",
        "associate attorney general",
        true,
    ),
    t("deputy attorney general", "deputy attorney general", true),
    t("solicitor general", "solicitor general", true),
    // A state's officers styled `… General`, hyphenated or not
    // (`Statistician-General`, `Auditor General`, `Surgeon General`).
    t("statistician general", "statistician-general", true),
    t(
        "deputy statistician general",
        "deputy statistician-general",
        false,
    ),
    t("auditor general", "auditor-general", true),
    t("deputy auditor general", "deputy auditor-general", false),
    t("accountant general", "accountant-general", true),
    t(
        "deputy accountant general",
        "deputy accountant-general",
        false,
    ),
    t("surveyor general", "surveyor-general", true),
    t("deputy surveyor general", "deputy surveyor-general", false),
    t("registrar general", "registrar-general", true),
    t(
        "deputy registrar general",
        "deputy registrar-general",
        false,
    ),
    t("inspector general", "inspector-general", true),
    t(
        "deputy inspector general",
        "deputy inspector-general",
        false,
    ),
    t("postmaster general", "postmaster-general", true),
    t(
        "deputy postmaster general",
        "deputy postmaster-general",
        false,
    ),
    t("surgeon general", "surgeon-general", true),
    t("deputy surgeon general", "deputy surgeon-general", false),
    t("comptroller general", "comptroller-general", true),
    t(
        "deputy comptroller general",
        "deputy comptroller-general",
        false,
    ),
    t("paymaster general", "paymaster-general", true),
    t(
        "deputy paymaster general",
        "deputy paymaster-general",
        false,
    ),
    t("governor general", "governor-general", true),
    t("deputy governor general", "deputy governor-general", false),
    t(
        "inspector general of police",
        "inspector-general of police",
        true,
    ),
    t("attorney general", "attorney general", true),
    // A federal district's prosecutor (`U.S. Attorney Stephanie Hinds`,
    // `the United States Attorney for the Northern District`) and the many
    // prosecutors under one (`Assistant U.S. Attorney`).
    t("u. s. attorney", "us attorney", true),
    t("us attorney", "us attorney", true),
    t("united states attorney", "us attorney", true),
    t("assistant u. s. attorney", "assistant us attorney", false),
    t("assistant us attorney", "assistant us attorney", false),
    t(
        "assistant united states attorney",
        "assistant us attorney",
        false,
    ),
    // `U.S. District Judge Amit Mehta`: a court has many judges (`District`
    // stays a name's word: `the South Plains Public Health District`).
    t("magistrate judge", "magistrate", false),
    t("judge", "judge", false),
    t("magistrate", "magistrate", false),
    t("governor", "governor", true),
    t("gov.", "governor", true),
    t("lieutenant governor", "lieutenant governor", true),
    t("lt. gov.", "lieutenant governor", true),
    t("sen.", "senator", false),
    t("rep.", "representative", false),
    t("representative", "representative", false),
    t("congressman", "representative", false),
    t("congresswoman", "representative", false),
    t("first vice president", "first vp", true),
    t("pres.", "president", true),
    t("president-elect", "president-elect", true),
    t("chief justice", "chief justice", true),
    t("chief", "chief", true),
    t("boss", "chief", true),
    t("sheriff", "sheriff", true),
    t("speaker", "speaker", true),
    t("chancellor", "chancellor", true),
    t("commissioner", "commissioner", false),
    t("superintendent", "superintendent", true),
    t("ambassador", "ambassador", false),
    t("secretary-general", "secretary-general", true),
    t("secretary general", "secretary-general", true),
    t("head coach", "head coach", true),
    // `Argentina coach Lionel Scaloni` is the head coach; the other coaches
    // say what they coach (`batting coach`, `assistant coach`).
    t("assistant coach", "assistant coach", false),
    t("batting coach", "batting coach", false),
    t("bowling coach", "bowling coach", false),
    t("fielding coach", "fielding coach", false),
    t("goalkeeping coach", "goalkeeping coach", false),
    t("fitness coach", "fitness coach", false),
    t("coach", "head coach", true),
    // A team's managers: a motor-racing or cycling team's principal, a
    // club's sporting director, a football club's manager (many companies'
    // staff are managers too: not one-holder).
    t("team principal", "team principal", true),
    t("sporting director", "sporting director", true),
    t("team manager", "team manager", false),
    t("manager", "manager", false),
    t("vice-captain", "vice-captain", false),
    t("vice captain", "vice-captain", false),
    t("captain", "captain", true),
    t("skipper", "captain", true),
    t("premier", "premier", true),
    t("leader of the opposition", "leader of the opposition", true),
    t("opposition leader", "leader of the opposition", true),
    t("vice premier", "vice premier", false),
    t("vice-premier", "vice premier", false),
    t("mayor", "mayor", true),
    t("senator", "senator", false),
    t("minister", "minister", false),
    t("secretary", "secretary", false),
    t("editor-in-chief", "editor in chief", true),
    t("editor", "editor", false),
    t("owner", "owner", false),
    t("co-owner", "co-owner", false),
    // Posts held jointly: never the one-holder post they share a word with.
    t("co-chairman", "co-chair", false),
    t("co-chairwoman", "co-chair", false),
    t("co-chairperson", "co-chair", false),
    t("co-chair", "co-chair", false),
    t("co chair", "co-chair", false),
    t("co chairman", "co-chair", false),
    t("co-president", "co-president", false),
    t("co-leader", "co-leader", false),
    t("co-head", "co-head", false),
    t("co-director", "co-director", false),
    t("co-coach", "co-coach", false),
    t("co owner", "co-owner", false),
    t("partner", "partner", false),
];

/// Words before a title that say the holding is past, future or temporary.
pub const TITLE_QUALIFIERS: &[&str] = &[
    "former",
    "ex",
    "retired",
    "then",
    "incoming",
    "interim",
    "acting",
    "outgoing",
    "departing",
    "designate",
    "shadow",
];

/// Remit words: an `of …` after a title made of these names a function, not an organisation
/// (`SVP of People Experience and Technology`, `head of global operations`), as data.
const REMIT_DATA: &str = include_str!("data/remit_words.txt");

/// `REMIT_DATA`'s words.
pub static REMIT_WORDS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    REMIT_DATA
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// A title read from tokens.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TitleMatch {
    /// Normalised key (`ceo`, `svp`).
    pub key: &'static str,
    /// True when the title has one holder.
    pub single: bool,
    /// Tokens it took.
    pub len: usize,
}

struct TitleIndex {
    /// First word → its phrases, longest first.
    first: WordIndex<usize>,
    groups: Vec<Vec<(Vec<&'static str>, &'static TitleDef)>>,
}

static INDEX: OnceLock<TitleIndex> = OnceLock::new();

fn index() -> &'static TitleIndex {
    INDEX.get_or_init(|| {
        let mut keys: Vec<(&'static str, usize)> = Vec::new();
        let mut groups: Vec<Vec<(Vec<&'static str>, &'static TitleDef)>> = Vec::new();
        for def in TITLES.iter().chain(ranks::ranked()) {
            let words: Vec<&'static str> = def.words.split([' ', '-']).collect();
            let first = words[0].trim_end_matches('.');
            match keys.iter().find(|(w, _)| *w == first) {
                Some(&(_, g)) => groups[g].push((words, def)),
                None => {
                    keys.push((first, groups.len()));
                    groups.push(vec![(words, def)]);
                }
            }
        }
        for g in &mut groups {
            g.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        TitleIndex {
            first: WordIndex::new(&keys),
            groups,
        }
    })
}

/// The phrases that start with this token's word.
fn phrases_of(t: &Token<'_>) -> Option<&'static [(Vec<&'static str>, &'static TitleDef)]> {
    if !t.is_word() {
        return None;
    }
    let idx = index();
    idx.first
        .get_any_case(t.lower_hash, t.text.as_bytes())
        .map(|g| idx.groups[g].as_slice())
}

/// True when `w` alone is a title (`CEO`, `chairman`).
pub fn is_title_word(w: &str) -> bool {
    let idx = index();
    idx.first
        .get_any_case(lower_hash(w.as_bytes()), w.as_bytes())
        .is_some_and(|g| idx.groups[g].iter().any(|(words, _)| words.len() == 1))
}

static REMIT_INDEX: OnceLock<WordIndex<()>> = OnceLock::new();

/// True for a remit word (`people`, `operations`, `&`).
pub fn is_remit_word(w: &str) -> bool {
    let idx = REMIT_INDEX.get_or_init(|| {
        let entries: Vec<(&'static str, ())> = REMIT_WORDS.iter().map(|w| (*w, ())).collect();
        WordIndex::new(&entries)
    });
    idx.get_any_case(lower_hash(w.as_bytes()), w.as_bytes())
        .is_some()
}

/// True when the word can start a title (`Chief`, `CEO`, `senior`…).
pub fn starts_title(t: &Token<'_>) -> bool {
    phrases_of(t).is_some()
}

/// Matches phrase words against tokens, a hyphen glued to a word counting as a
/// space; a phrase word written with a period (`gov.`) is an abbreviation whose
/// period may follow it.
fn match_words(toks: &[Token<'_>], words: &[&str]) -> Option<usize> {
    let mut k = 0;
    for (n, w) in words.iter().enumerate() {
        if n > 0
            && toks
                .get(k)
                .is_some_and(|t| t.is_punct('-') && !t.space_before)
        {
            k += 1;
        }
        let t = toks.get(k)?;
        let bare = w.trim_end_matches('.');
        if !(t.is_word() && t.is(bare)) {
            return None;
        }
        k += 1;
        if bare.len() < w.len()
            && toks
                .get(k)
                .is_some_and(|p| p.is_punct('.') && !p.space_before)
        {
            k += 1;
        }
    }
    Some(k)
}

/// A title: `CEO`, `chief executive officer`, `Senior Vice President`, `co-founder`,
/// `deputy minister`, `Minister of State`, `chief growth officer`.
/// A title word in lower case mid-phrase is fine; `Officer` after an acronym
/// or after a title that already ends in it (`CEO Officer`, `Chief Executive
/// Officer Officer`) is read as a garbled title with its own key.
///
/// Most tokens start no title: that answer is inlined at the call, the
/// phrase matching is not.
#[inline]
pub fn title<'t, 'a>(i: Toks<'t, 'a>) -> TResult<'t, 'a, TitleMatch> {
    match i.first().and_then(phrases_of) {
        Some(phrases) => title_from(i, phrases),
        None => fail(i),
    }
}

/// `title` for tokens whose first word starts the phrases `phrases`.
#[inline(never)]
fn title_from<'t, 'a>(
    i: Toks<'t, 'a>,
    phrases: &'static [(Vec<&'static str>, &'static TitleDef)],
) -> TResult<'t, 'a, TitleMatch> {
    for (words, def) in phrases {
        if let Some(n) = match_words(i.0, words) {
            // `VP` alone as a title must be upper case or spelled out; `head`, `chair`,
            // `partner`, `owner`, `director`, `editor` need a cue around them (checked by `role`).
            let mut m = TitleMatch {
                key: def.key,
                single: def.single,
                len: n,
            };
            // `CEO Officer`, `Chief Executive Officer Officer`.
            if i.0.get(n).is_some_and(|t| t.is("officer") && t.is_cap())
                && def.single
                && (words.len() == 1 || words.last() == Some(&"officer"))
            {
                m.key = garbled(def.key);
                m.len += 1;
            }
            return Ok((Toks(&i.0[m.len..]), m));
        }
    }
    fail(i)
}

/// The title a rank makes of the title `words` (lower case, space
/// separated): `deputy` and `chair` give `deputy chair`'s key, and whether
/// it has one holder. `None` when the table and its ranked forms have no
/// such title.
pub fn ranked_title(rank: &str, words: &str) -> Option<(&'static str, bool)> {
    let want = format!("{rank} {words}");
    TITLES
        .iter()
        .chain(ranks::ranked())
        .find(|d| d.words == want)
        .map(|d| (d.key, d.single))
}

/// True for a key that is a ranked title (`deputy cfo`, `assistant secretary`).
pub fn is_ranked(key: &str) -> bool {
    ranks::rung(key).0.is_some()
}

/// True for a word that ranks a title below the one it stands before
/// (`deputy`, `assistant`, `associate`).
pub fn is_rank_word(t: &Token<'_>) -> bool {
    t.is_word() && ranks::RANKS.iter().any(|r| t.is(r))
}

pub use families::TITLE_FAMILIES;

/// True when two base title keys are rungs of one ladder or members of one
/// exclusive set (`vp`/`svp`, `ceo`/`cfo`, `minister of state`/`minister`).
pub fn one_family(a: &str, b: &str) -> bool {
    // A title and its deputy or assistant (`cfo`, `deputy cfo`, `assistant
    // cfo`) are rungs of one ladder, whatever the title.
    let ((ra, ta), (rb, tb)) = (ranks::rung(a), ranks::rung(b));
    (ta == tb && ra != rb)
        || TITLE_FAMILIES
            .iter()
            .any(|f| f.contains(&a) && f.contains(&b))
}

/// The keys `garbled` gives.
const GARBLED: &[&str] = &[
    "ceo officer",
    "cfo officer",
    "coo officer",
    "cto officer",
    "garbled title",
];

/// True for the key of a garbled title (`CEO Officer`), its remit included;
/// never for a real title ending in `officer` (`chief growth officer`).
pub fn is_garbled(key: &str) -> bool {
    GARBLED.iter().any(|g| {
        key.strip_prefix(g)
            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
    })
}

/// The key of a garbled acronym title (`CEO Officer`).
fn garbled(key: &str) -> &'static str {
    match key {
        "ceo" => "ceo officer",
        "cfo" => "cfo officer",
        "coo" => "coo officer",
        "cto" => "cto officer",
        _ => "garbled title",
    }
}

/// `former`, `ex-`, `then-`, `interim`: the qualifier before a title, lower-cased.
pub fn qualifier<'t, 'a>(i: Toks<'t, 'a>) -> TResult<'t, 'a, &'static str> {
    let Some(first) = i.first() else {
        return fail(i);
    };
    let Some(q) = TITLE_QUALIFIERS
        .iter()
        .find(|q| first.is_word() && first.is(q))
    else {
        return fail(i);
    };
    let mut n = 1;
    if i.0.get(1).is_some_and(|t| t.is_punct('-')) {
        n = 2;
    }
    Ok((Toks(&i.0[n..]), *q))
}

/// The tokens of a remit after a title: `of People Experience and Technology`,
/// `for global operations` (0 when what follows `of` is not a remit).
pub fn remit_len(toks: &[Token<'_>]) -> usize {
    if !toks.first().is_some_and(|t| t.is("of") || t.is("for")) {
        return 0;
    }
    // `of Economy, Trade and Industry`: a comma before another remit word
    // is a list's, when the list closes with `and`.
    let rest = &toks[1..];
    let n = (0..rest.len())
        .take_while(|&i| match rest[i].kind {
            Kind::Word(_) => is_remit_word(rest[i].text),
            Kind::Punct('&') => true,
            Kind::Punct(',') => rest
                .get(i + 1)
                .is_some_and(|t| t.is_word() && is_remit_word(t.text)),
            _ => false,
        })
        .count();
    let mut n = n;
    if let Some(c) = rest[..n].iter().position(|t| t.is_punct(','))
        && !rest[c..n].iter().any(|t| t.is("and") || t.is_punct('&'))
    {
        n = c;
    }
    // A remit ends on a word, not on `and` or a comma.
    while n > 0 && {
        let t = &rest[n - 1];
        t.is_punct(',') || t.is("and") || t.is_punct('&') || t.is("the") || t.is("for")
    } {
        n -= 1;
    }
    if n == 0 { 0 } else { n + 1 }
}

/// True when every word of a remit (`People Experience and Technology`) is a remit word.
pub fn is_remit(words: &[Token<'_>]) -> bool {
    !words.is_empty()
        && words.iter().all(|t| match t.kind {
            Kind::Word(_) => is_remit_word(t.text),
            Kind::Punct('&') | Kind::Punct(',') => true,
            _ => false,
        })
}

/// The comparison key of a title with its remit: `svp` + `People Experience and
/// Technology` → `svp people experience technology`.
pub fn key_with_remit(key: &str, remit: &[Token<'_>]) -> String {
    let mut out = key.to_string();
    for t in remit {
        if t.is_word() && !["and", "the", "of", "for"].iter().any(|w| t.is(w)) {
            out.push(' ');
            out.push_str(&t.text.to_lowercase());
        }
    }
    out
}

mod families;
mod ranks;

#[cfg(test)]
mod tests;
