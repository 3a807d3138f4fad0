//! Names: runs of capitalised words that name a person or an organisation.
//!
//! A run is capitalised words joined by connectors (`of`, `&`, `de`, a glued
//! hyphen, an initial's period); it stops before a title (`CEO`, `Senior Vice
//! President`) so that `Amazon CEO Andy Jassy` gives `Amazon` and `Andy
//! Jassy`. Junk is kept out: a sentence-initial word counts only if the
//! document capitalises it elsewhere too (`Meanwhile`, `However` never are);
//! headline-case lines only yield names the body also uses; months, days,
//! demonyms and places are not entities; bare acronyms (`AI`, `HR`) are not
//! names unless the document defines them (`Amazon Web Services (AWS)`).
//! Whether a name is a person or an organisation is scored from cues —
//! given names, organisation suffixes, honorifics, and what `role` and
//! `quote` found — by `classify`.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::names::{HONORIFICS, is_first_name, is_not_name, is_org_suffix, is_place};
use super::titles::{self, starts_title};
use super::token::{Case, Kind, Token, Toks, WordSet};
use super::wordindex::WordIndex;
use crate::source::Span;

/// A run of capitalised words in one sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct NameRun {
    /// Sentence index.
    pub sentence: usize,
    /// First token of the run in its sentence.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// Bytes of the run.
    pub span: Span,
    /// The name as written, white space collapsed.
    pub text: String,
    /// True when every word is an upper-case acronym (`AWS`).
    pub acronym: bool,
    /// True when the run sits in a headline-case line.
    pub headline: bool,
    /// True when a possessive follows (`Amazon’s`).
    pub possessive: bool,
}

impl NameRun {
    /// Number of words in the name.
    pub fn words(&self) -> usize {
        // `split(' ').count()`, counted on bytes.
        self.text.bytes().filter(|&b| b == b' ').count() + 1
    }

    /// The last word (a person's surname).
    pub fn last_word(&self) -> &str {
        self.text.rsplit(' ').next().unwrap_or(&self.text)
    }
}

/// The names of one document.
#[derive(Clone, Debug, Default)]
pub struct DocNames {
    /// Every run, in document order.
    pub runs: Vec<NameRun>,
    /// Acronyms the document defines: `AWS` → `Amazon Web Services`.
    pub acronyms: FxHashMap<String, String>,
}

mod cues;
mod misspelt;
mod words;

pub use cues::{Cues, classify, context_cues, own_cues, text_cues};
use words::{NOT_SUBJECTS, OPENERS, POSSESSIVE_COMMON};

static CONNECTOR_SET: WordSet = WordSet::new(CONNECTORS);
static OPENER_SET: WordSet = WordSet::new(OPENERS);
static POSSESSIVE_COMMON_SET: WordSet = WordSet::new(POSSESSIVE_COMMON);
static COMPANY_VERB_SET: WordSet = WordSet::new(COMPANY_VERBS);
static NOT_SUBJECT_SET: WordSet = WordSet::new(NOT_SUBJECTS);
static HONORIFIC_SET: WordSet = WordSet::new(HONORIFICS);
/// Words that set a weekday before a name as the day something happened
/// (`On Saturday Carla Ruiz`, `by Monday Acme had`), not as part of it
/// (`the Sunday Times`).
static DAY_BEFORE_SET: WordSet =
    WordSet::new(&["on", "by", "since", "until", "last", "next", "this", "from"]);
static PERSON_NOUN_SET: WordSet = WordSet::new(super::lexicon::PERSON_NOUNS_BEFORE_NAMES);

/// Connectors that may join capitalised words inside one name.
const CONNECTORS: &[&str] = &[
    "of", "for", "de", "du", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le",
    "bin", "al",
];

/// Short words hyphened onto a name that make it an adjective
/// (`Musk-led`, `Biden-era`, `Tokyo-born`), not a longer name.
const HYPHEN_SUFFIXES: &[&str] = &[
    "led", "era", "run", "like", "type", "born", "made", "free", "wide", "bred", "held", "size",
    "only", "less", "ish", "area", "zone", "bound", "owned", "based", "style", "fed", "hit",
    "tied", "due", "way", "day", "year", "week", "back", "up", "in", "out", "on", "off", "to",
    "proof", "heavy", "laden", "level", "scale", "class", "rich", "native", "driven", "worthy",
    "struck", "ready", "esque", "month", "years", "days", "weeks", "months", "wise", "over",
    "first", "last", "second", "third", "fourth", "fifth", "sixth", "party", "state", "range",
    "grade", "point", "linked", "backed", "listed",
];

/// True for a lower-case word hyphened onto a capitalised one that reads as
/// a romanised syllable of a given name (`Ing-wen`, `Jae-yong`,
/// `Soon-cheol`, `Chien-jen`): six letters at most, not an English
/// participle or adverb (`Musk-backed`, `Tokyo-listed`), not a suffix that
/// makes the name an adjective (`HYPHEN_SUFFIXES`).
fn given_name_syllable(w: &str) -> bool {
    w.chars().count() <= 6
        && !HYPHEN_SUFFIXES.contains(&w)
        && (w.chars().count() <= 4
            || !(w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly")))
}

/// True for a straight or curly double quotation mark.
fn is_quote_mark(t: &Token<'_>) -> bool {
    t.is_punct('"') || t.is_punct('\u{201c}') || t.is_punct('\u{201d}')
}

/// The token after a quoted nickname opening at `j` inside a name (`"Bambol"`
/// in `Abraham "Bambol" Tolentino`): a quote mark, one or two capitalised
/// words, a closing mark, and a capitalised word going on.
fn nickname_end(ts: &[Token<'_>], j: usize) -> Option<usize> {
    if !ts.get(j).is_some_and(is_quote_mark) || j == 0 || !ts[j - 1].is_cap() {
        return None;
    }
    let close = (j + 2..=j + 3).find(|&c| ts.get(c).is_some_and(is_quote_mark))?;
    let words_cap = ts[j + 1..close].iter().all(|t| t.is_cap());
    let goes_on = ts
        .get(close + 1)
        .is_some_and(|n| n.is_cap() && !starts_title(n));
    (words_cap && goes_on).then_some(close + 1)
}

/// A company's legal suffix (`Inc`, `Corp`, `Co`, `Ltd`, `LLC`, `plc`).
fn is_legal_suffix(word: &Token<'_>) -> bool {
    ["inc", "corp", "co", "ltd", "llc", "plc"]
        .iter()
        .any(|a| word.is(a))
}

/// Abbreviations that keep their period inside a name (`Inc.`, `J.`, `Jr.`).
fn keeps_period(word: &Token<'_>) -> bool {
    let w = word.text;
    (w.chars().count() == 1 && word.is_cap())
        || ["inc", "corp", "co", "ltd", "jr", "sr", "st", "bros", "mt"]
            .iter()
            .any(|a| word.is(a))
}

/// True when a sentence reads as a headline: most content words capitalised.
pub fn is_headline(toks: &[Token<'_>]) -> bool {
    let (mut content, mut caps) = (0usize, 0usize);
    for t in toks.iter().filter(|t| t.is_word() && t.text.len() > 3) {
        content += 1;
        caps += usize::from(t.is_cap());
    }
    // A lower-case saying verb (`… Jaya Varma Sinha told reporters:`) is a
    // sentence's: a headline in title case capitalises its verbs.
    let says = toks.iter().any(|t| {
        t.kind == Kind::Word(Case::Lower)
            && ["said", "says", "told", "tells", "wrote", "writes", "added"]
                .iter()
                .any(|w| t.is(w))
    });
    content >= 3
        && caps * 5 >= content * 4
        && !toks.last().is_some_and(|t| t.is_punct('.'))
        && !says
}

/// Verbs that, right after a lone capitalised word opening a sentence, make it
/// a name: `Intel said`, `Halden reported`, `Northwind plans`.
const COMPANY_VERBS: &[&str] = &[
    "said",
    "says",
    "reported",
    "posted",
    "announced",
    "employs",
    "plans",
    "cut",
    "cuts",
    "shed",
    "slashed",
    "laid",
    "told",
    "confirmed",
    "hired",
    "invested",
    "will",
    // Saying and announcing: `Sitharman announces three schemes`.
    "announces",
    "adds",
    "added",
    "tells",
    "warned",
    "warns",
    "stressed",
    "insisted",
];

/// With a title after the run, whether its sentence-opening word stays: a
/// lone word does unless it is a pronoun (`Its chief financial officer`); in a
/// longer run, any word but an opener (`Meanwhile Corvid Networks CEO…`).
fn kept_by_title(ts: &[Token<'_>], first: usize, end: usize) -> bool {
    let w = &ts[first];
    if NOT_SUBJECT_SET.has(w) {
        return false;
    }
    end - first == 1 || !OPENER_SET.has(w)
}

/// `Trellis Foods said …`, `Corvid Networks will …`: a run of two or more
/// capitalised words opening a sentence, followed by a verb companies and
/// people take, is a name whole (its first word is not trimmed as an opener
/// the draft never capitalises mid-sentence).
fn run_before_company_verb(ts: &[Token<'_>], i: usize, end: usize) -> bool {
    end - i >= 2 && initial_position(ts, i) && ts.get(end).is_some_and(|v| COMPANY_VERB_SET.has(v))
}

/// `Intel said …`: a lone capitalised word opening a sentence, followed by a
/// verb companies and people take, is a name even if the draft never writes
/// it mid-sentence. Plurals (`Analysts said`) and pronouns are not.
fn subject_of_company_verb(ts: &[Token<'_>], i: usize, end: usize) -> bool {
    let w = &ts[i];
    end - i == 1
        && initial_position(ts, i)
        && ts.get(end).is_some_and(|v| COMPANY_VERB_SET.has(v))
        && !w.text.ends_with(['s', 'S'])
        && !NOT_SUBJECT_SET.has(w)
        && !OPENER_SET.has(w)
        && !is_not_name(w.text)
        && !super::lexicon::is_function_word(&w.text.to_lowercase())
}

/// `West, the company's chief financial officer, said`: an appositive title
/// right after the run, past an article, a possessive organisation or a
/// reference (`the company's`).
fn appositive_title(ts: &[Token<'_>], end: usize) -> bool {
    if !ts.get(end).is_some_and(|t| t.is_punct(',')) {
        return false;
    }
    // `Later, Amazon SVP Beth Galetti`: an organisation straight before the
    // title is the role's, not an appositive; it takes an article or a possessive.
    let mut k = end + 1;
    let mut marked = false;
    while k < ts.len() && k <= end + 6 {
        let t = &ts[k];
        if starts_title(t) && titles::title(Toks(&ts[k..])).is_ok() {
            return k == end + 1 || marked;
        }
        marked |= t.kind == Kind::Possessive
            || ["the", "a", "its", "his", "her", "their"]
                .iter()
                .any(|w| t.is(w));
        let skippable = t.kind == Kind::Possessive
            || t.is_cap()
            || [
                "the", "a", "its", "his", "her", "their", "company", "firm", "group",
            ]
            .iter()
            .any(|w| t.is(w))
            || titles::qualifier(Toks(&ts[k..])).is_ok();
        if !skippable {
            return false;
        }
        k += 1;
    }
    false
}

/// True when token `i` opens a sentence or a quotation (where capitals mean nothing).
/// A straight `"` opens a quotation when the word is written against it; after a
/// closing one (`…," Ortberg wrote`) the word is mid-sentence.
pub(super) fn initial_position(toks: &[Token<'_>], i: usize) -> bool {
    i == 0
        || toks[..i]
            .iter()
            .all(|t| !t.is_word() && t.kind != Kind::Number)
        || (toks[i - 1].is_punct('"') && !toks[i].space_before)
        || matches!(
            toks[i - 1].kind,
            Kind::Punct('\u{201c}' | '\u{2018}' | ':' | '(' | '[' | '\u{2013}' | '\u{2014}' | '-')
        )
}

/// True when the word at `i` is followed by a given name written `Ching-te`
/// (capitalised, a hyphen, lower case, no spaces): a family name written first.
fn family_name_before(ts: &[Token<'_>], i: usize) -> bool {
    let (Some(a), Some(h), Some(b)) = (ts.get(i + 1), ts.get(i + 2), ts.get(i + 3)) else {
        return false;
    };
    a.is_cap()
        && a.space_before
        && h.is_punct('-')
        && !h.space_before
        && !b.space_before
        && b.kind == Kind::Word(Case::Lower)
        && !ts
            .get(i + 4)
            .is_some_and(|n| n.is_punct('-') && !n.space_before)
}

/// Finds the name runs of a document (`toks` holds each sentence's tokens).
pub fn find(toks: &[Vec<Token<'_>>]) -> DocNames {
    let headline: Vec<bool> = toks.iter().map(|t| is_headline(t)).collect();
    // Words the body capitalises in mid-sentence: evidence that they are names.
    // Lower-case hashes of those words (collisions only make a junk word count as known).
    let mut known: Vec<u64> = Vec::new();
    for (s, ts) in toks.iter().enumerate() {
        if headline[s] {
            continue;
        }
        for (i, t) in ts.iter().enumerate() {
            if t.is_cap() && !initial_position(ts, i) {
                known.push(t.lower_hash);
            }
            // A family name before a hyphenated given name (`Lai Ching-te`)
            // is a name wherever it stands alone, the sentence's first word
            // included (`Lai has promised…`).
            if t.is_cap() && family_name_before(ts, i) {
                known.push(t.lower_hash);
            }
        }
    }
    known.sort_unstable();
    known.dedup();
    let known = |h: &u64| known.binary_search(h).is_ok();
    let surnames = misspelt::Surnames::new(toks, &headline);
    let given = super::given::Given::new(toks);
    let mut runs = Vec::new();
    for (s, ts) in toks.iter().enumerate() {
        let mut i = 0;
        while i < ts.len() {
            if !ts[i].is_cap() || form_or_class_letter(ts, i) {
                i += 1;
                continue;
            }
            if let Ok((_, m)) = titles::title(Toks(&ts[i..])) {
                i += m.len;
                i += titles::remit_len(&ts[i..]);
                continue;
            }
            // `Former`, `Interim` before a title qualify it; they are not names.
            if titles::qualifier(Toks(&ts[i..])).is_ok() {
                i += 1;
                continue;
            }
            let end = run_end(ts, i);
            // `@handle` and `#tag` are not names.
            if i > 0 && (ts[i - 1].is_punct('@') || ts[i - 1].is_punct('#')) && !ts[i].space_before
            {
                i = end;
                continue;
            }
            let mut first = i;
            // A sentence-initial word the document never capitalises elsewhere is not a name.
            // A title right after the run (`Amazon CEO …`) is evidence enough of a name.
            let org_named = end - i >= 2 && super::names::is_org_suffix(ts[end - 1].text);
            // `Halcyon's total revenue…`: a possessive marks a name (not `Today's`).
            let possessive_name = ts.get(end).is_some_and(|t| t.kind == Kind::Possessive)
                && !POSSESSIVE_COMMON_SET.has(&ts[end - 1])
                && !is_not_name(ts[end - 1].text);
            let title_follows = org_named
                || appositive_title(ts, end)
                || possessive_name
                || subject_of_company_verb(ts, i, end)
                || run_before_company_verb(ts, i, end)
                || title_at(ts, end)
                || (ts.get(end).is_some_and(|t| t.kind == Kind::Possessive)
                    && title_at(ts, end + 1));
            // With that evidence only sentence openers are trimmed (`Meanwhile Corvid
            // Networks CEO…`); without it, any word the document never capitalises mid-sentence.
            while first < end
                && initial_position(ts, first)
                && !known(&ts[first].lower_hash)
                && !(is_first_name(ts[first].text) && end - first >= 2)
                // `Marine Le Pen told …`: a word before a surname's particle is a given name.
                && !(end - first >= 3 && cues::is_particle(ts[first + 1].text))
                && !(end - first == 2 && given.near(&ts[first], &ts[first + 1]))
                && !(title_follows && kept_by_title(ts, first, end))
                // `Northwind Corp. agreed`: a word a legal suffix follows is a name.
                && !ts.get(first + 1).is_some_and(is_legal_suffix)
                && !(end - first == 1 && misspelt::person_clause(ts, first + 1) && surnames.misspelt(&ts[first]))
            {
                first += 1;
                while first < end && !ts[first].is_cap() {
                    first += 1;
                }
            }
            // `On Saturday Carla Ruiz beat …`: the day the sentence is set on
            // is no part of the name after it.
            while end - first >= 2
                && first > 0
                && ts[first - 1].is_word()
                && DAY_BEFORE_SET.has(&ts[first - 1])
                && super::time::WEEKDAYS
                    .iter()
                    .any(|d| ts[first].text.eq_ignore_ascii_case(d))
            {
                first += 1;
            }
            // Leading honorifics are not part of the name (`Rt. Hon. Tajudeen Abbas`).
            while first < end && HONORIFIC_SET.has(&ts[first]) {
                first += 1;
                while first < end && ts[first].is_punct('.') {
                    first += 1;
                }
            }
            if headline[s] {
                // In a headline only words the body capitalises count: keep their sub-runs.
                let is_known = |t: &Token<'_>| known(&t.lower_hash);
                let mut k = first;
                while k < end {
                    while k < end && !(ts[k].is_word() && is_known(&ts[k])) {
                        k += 1;
                    }
                    let from = k;
                    while k < end && (is_known(&ts[k]) || !ts[k].is_word()) {
                        k += 1;
                    }
                    let mut to = k;
                    while to > from && !ts[to - 1].is_word() {
                        to -= 1;
                    }
                    if to > from {
                        runs.push(make_run(s, ts, from, to, true));
                    }
                }
            } else if first < end {
                runs.push(make_run(s, ts, first, end, false));
            }
            i = end.max(i + 1);
        }
    }
    let acronyms = acronyms_defined(toks, &runs);
    DocNames { runs, acronyms }
}

/// The end (exclusive) of the name run starting at token `i`.
/// `Novo Nordisk A/S`, `Novo Nordisk B shares`: a lone capital after a
/// name that is its legal form (`A/S`, `A/B`) or its share class, not a
/// word of the name nor a name of its own.
fn form_or_class_letter(ts: &[Token<'_>], j: usize) -> bool {
    let t = &ts[j];
    let letter = |x: &Token<'_>| x.text.len() == 1 && x.is_cap();
    letter(t)
        && (ts.get(j + 1).is_some_and(|n| {
            (n.is_punct('/') && !n.space_before && ts.get(j + 2).is_some_and(letter))
                || n.is("shares")
                || n.is("share")
        }) || (j >= 2
            && !t.space_before
            && ts[j - 1].is_punct('/')
            && !ts[j - 1].space_before
            && letter(&ts[j - 2])))
}

/// Arabic articles written lower case and hyphened to a family name
/// (`al-Ghaithi`, `el-Sisi`, `ash-Shami`).
const ARTICLES: &[&str] = &["al", "el", "ad", "ar", "as", "ash", "at", "az", "ul", "ud"];

fn run_end(ts: &[Token<'_>], i: usize) -> usize {
    let mut last = i + 1;
    let mut j = i + 1;
    while j < ts.len() {
        let t = &ts[j];
        // `the Appropriation Bill of N28,777,404,073,861`: money glued to
        // its currency ends a name.
        // Asked only where a period or a connector needs it.
        let next_cap = || {
            ts.get(j + 1)
                .is_some_and(|n| n.is_cap() && !starts_title(n) && !currency_word(n.text))
        };
        // `Discover Interim Chief Executive`: a qualifier before a title
        // ends the name.
        let qualifies_title =
            || titles::qualifier(Toks(&ts[j..])).is_ok_and(|(rest, _)| titles::title(rest).is_ok());
        // `Kroger Co.`, `Northwind Corp.`: a legal suffix with its period
        // belongs to the name, though `co` starts titles (`Co-CEO`).
        let legal =
            t.is_cap() && is_legal_suffix(t) && ts.get(j + 1).is_some_and(|n| n.is_punct('.'));
        // `Novo Nordisk A/S`, `Novo Nordisk B shares`: a lone capital after
        // the name is its legal form or its share class, not a word of it.
        if form_or_class_letter(ts, j) {
            break;
        }
        if legal
            || (t.is_cap()
                && !currency_word(t.text)
                && titles::title(Toks(&ts[j..])).is_err()
                && !qualifies_title())
        {
            last = j + 1;
        } else if t.is_punct('.')
            && !t.space_before
            && keeps_period(&ts[j - 1])
            && ts[j - 1].is_cap()
        {
            // `J. Smith`, `Amazon.com Inc.`: the period belongs to the name when a name goes on.
            if next_cap()
                || ["inc", "corp", "co", "ltd", "jr", "sr"]
                    .iter()
                    .any(|a| ts[j - 1].is(a))
            {
                last = j + 1;
            } else {
                break;
            }
        } else if let Some(after) = nickname_end(ts, j) {
            // `Abraham "Bambol" Tolentino`: a quoted nickname inside a name.
            last = after;
            j = after;
            continue;
        } else if (t.is_punct('&')
            || (t.is_punct('-') && !t.space_before)
            || (t.kind == Kind::Word(Case::Lower) && CONNECTOR_SET.has(t)))
            && next_cap()
        {
            // `Procter & Gamble`, `Coca-Cola`, `Bank of America`
            last = j + 1;
        } else if t.is_punct('-')
            && !t.space_before
            && ts[j - 1].is_cap()
            // `AI-first` is an acronym's adjective: a syllable follows a
            // capitalised word, not one in capitals.
            && ts[j - 1].text.chars().skip(1).any(char::is_lowercase)
            && ts.get(j + 1).is_some_and(|n| {
                n.kind == Kind::Word(Case::Lower) && !n.space_before && given_name_syllable(n.text)
            })
        {
            // `Chen Chien-jen`, `Tsai Ing-wen`: a syllable hyphened on lower case.
            last = j + 2;
            j += 2;
            continue;
        } else if t.kind == Kind::Word(Case::Lower)
            && ARTICLES.iter().any(|a| t.is(a))
            && ts
                .get(j + 1)
                .is_some_and(|n| n.is_punct('-') && !n.space_before)
            && ts
                .get(j + 2)
                .is_some_and(|n| n.is_cap() && !n.space_before && !starts_title(n))
        {
            // `Marie el-Drese`, `Abdulmenam al-Ghaithi`: an article hyphened
            // to the family name is part of it.
            last = j + 3;
            j += 3;
            continue;
        } else if t.kind == Kind::Word(Case::Lower)
            && CONNECTOR_SET.has(t)
            && ts.get(j + 1).is_some_and(|n| {
                n.kind == Kind::Word(Case::Lower) && CONNECTOR_SET.has(n) && !n.is("of")
            })
            && ts
                .get(j + 2)
                .is_some_and(|n| n.is_cap() && !starts_title(n))
            && !t.is("of")
            && !t.is("for")
        {
            // `Luis de la Fuente`, `Ursula von der Leyen`: two particles in a row.
            last = j + 2;
            j += 2;
            continue;
        } else {
            break;
        }
        j += 1;
    }
    last
}

fn make_run(s: usize, ts: &[Token<'_>], first: usize, end: usize, headline: bool) -> NameRun {
    let span = ts[first].span.cover(ts[end - 1].span);
    let mut text = String::with_capacity(span.end - span.start);
    let mut k = first;
    while k < end {
        // A quoted nickname is not part of the name's text.
        if let Some(after) = nickname_end(ts, k).filter(|&a| a < end) {
            k = after;
            continue;
        }
        let t = &ts[k];
        if k > first && t.space_before && !text.is_empty() {
            text.push(' ');
        }
        text.push_str(t.text);
        k += 1;
    }
    let acronym = ts[first..end]
        .iter()
        .filter(|t| t.is_word())
        .all(|t| t.kind == Kind::Word(Case::Upper));
    NameRun {
        sentence: s,
        first,
        end,
        span,
        text,
        acronym,
        headline,
        possessive: ts.get(end).is_some_and(|t| t.kind == Kind::Possessive),
    }
}

/// `Amazon Web Services (AWS)` and `WARN (Worker Adjustment … Notifications)`;
/// also a company named by an acronym and its legal or group word (`BHP
/// Group`, `HSBC Holdings`), whose acronym alone then names it.
fn acronyms_defined(toks: &[Vec<Token<'_>>], runs: &[NameRun]) -> FxHashMap<String, String> {
    let mut out = FxHashMap::default();
    for r in runs {
        if let Some((first, rest)) = r.text.split_once(' ')
            && !rest.contains(' ')
            && first.len() >= 2
            && first.bytes().all(|b| b.is_ascii_uppercase())
            && is_org_suffix(rest)
        {
            out.entry(first.to_string())
                .or_insert_with(|| r.text.clone());
        }
        let ts = &toks[r.sentence];
        let (Some(open), Some(inner), Some(close)) =
            (ts.get(r.end), ts.get(r.end + 1), ts.get(r.end + 2))
        else {
            continue;
        };
        if !(open.is_punct('(') && close.is_punct(')')) {
            continue;
        }
        let initials: String = r
            .text
            .split([' ', '-'])
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase())
            .collect();
        // `Diluted EPS (DKK)`: a currency code in brackets is the unit, not an acronym.
        if inner.kind == Kind::Word(Case::Upper)
            && !r.acronym
            && !currency_word(inner.text)
            && initials.starts_with(inner.text.chars().next().unwrap_or(' '))
        {
            out.insert(inner.text.to_string(), r.text.clone());
        }
        if r.acronym {
            // `WARN (Worker Adjustment …)`: the run is the acronym, the parenthesis its expansion.
            if let Some(exp) = runs
                .iter()
                .find(|x| x.sentence == r.sentence && x.first == r.end + 1)
                .filter(|x| !currency_word(&x.text))
            {
                out.insert(r.text.clone(), exp.text.clone());
            }
        }
    }
    out
}

/// A currency code written as a word (`KSh`, `Php`, `NTD`), alone or glued
/// to its figure (`Sh597`): money, never a name.
fn currency_word(w: &str) -> bool {
    let letters = w.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    !letters.is_empty()
        && (letters == "Sh"
            // `N28` of `N28.7 trillion`: the naira, glued; `R1` of `R1.5
            // billion`, the rand.
            || ((letters == "N" || letters == "R") && letters.len() < w.len())
            || currency_codes().get(letters.as_bytes()).is_some()
            // `Rs 3 lakh`: a prefix the table holds in capitals (`RS`).
            || (letters.len() <= 3 && {
                // Upper-cased on the stack, as `to_ascii_uppercase` would.
                let mut up = [0u8; 3];
                let up = &mut up[..letters.len()];
                up.copy_from_slice(letters.as_bytes());
                up.make_ascii_uppercase();
                currency_codes().get(up).is_some()
            }))
}

/// The currency prefixes written as a word of two or more letters (`KSh`,
/// `Php`), indexed by their exact bytes (case kept).
fn currency_codes() -> &'static WordIndex<()> {
    static CODES: OnceLock<WordIndex<()>> = OnceLock::new();
    CODES.get_or_init(|| {
        let entries: Vec<(&'static str, ())> = super::lexicon::CURRENCY_PREFIXES
            .iter()
            .filter(|(p, _)| p.bytes().all(|b| b.is_ascii_alphabetic()) && p.len() >= 2)
            .map(|(p, _)| (*p, ()))
            .collect();
        WordIndex::new(&entries)
    })
}

/// True when the run should not be reported as an entity at all: places,
/// months and the like, undefined acronyms, time labels (`Q2`, `FY25`), plural
/// titles (`CEOs`), and departments named only by remit words (`Human Resources`).
pub fn is_junk(run: &NameRun, acronyms: &FxHashMap<String, String>) -> bool {
    let words = || run.text.split([' ', '-']).filter(|w| !w.is_empty());
    let time_label = |w: &str| {
        let l = w.as_bytes();
        (l.len() == 2 && matches!(l[0] | 0x20, b'q' | b'h') && l[1].is_ascii_digit())
            || (l.len() >= 4
                && l[..2].eq_ignore_ascii_case(b"fy")
                && l[2..].iter().all(u8::is_ascii_digit))
    };
    // `CEOs`, `CFOs`, `VPs`: an acronym title in the plural.
    let plural_title = |w: &str| {
        w.len() > 2
            && w.ends_with('s')
            && w[..w.len() - 1].bytes().all(|b| b.is_ascii_uppercase())
            && titles::is_title_word(&w[..w.len() - 1])
    };
    is_place(&run.text)
        || (!run.text.contains(' ') && (is_not_name(&run.text) || currency_word(&run.text)))
        || (run.acronym && !acronyms.contains_key(&run.text))
        || run.text.chars().nth(1).is_none()
        || words().any(|w| time_label(w) || plural_title(w))
        || words().all(titles::is_remit_word)
        || (run.words() >= 2 && words().all(super::names::is_date_word))
}

#[cfg(test)]
pub(super) mod tests;

/// True when a whole title starts at token `k` (`CEO`, `U.S. Attorney`), not
/// only a word that can open one (`us` of `Let us know`).
fn title_at(ts: &[Token<'_>], k: usize) -> bool {
    ts.get(k).is_some_and(starts_title) && titles::title(Toks(&ts[k..])).is_ok()
}

#[cfg(test)]
mod word_set_tests;
