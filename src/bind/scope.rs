//! What a figure's own words scope it to that a story sheet may not cover:
//! a place its sentence opens with or that follows it (`In Uttar Pradesh,
//! … the Congress six`; `37 seats in Uttar Pradesh`), and the thing a
//! count counts (`10 other parties: 13` counts parties, not seats).
//!
//! A sheet pins the story's own figures. A figure for a place the sheet
//! never names is a regional figure, another quantity; a count of another
//! noun is another quantity too. Either binds to nothing: a lost binding
//! costs a catch at most, a wrong one a false alarm.

use super::subjects;
use crate::extract::phrase::find_word_starts;
use crate::rules::{QUnit, RuleQuantity, RuleSet};

/// What a figure's own words and its section scope it to.
#[derive(Debug, Default)]
pub(super) struct FigureScope<'a> {
    /// The place its sentence opens with or that follows it, lower case.
    pub place: Option<String>,
    /// The plural noun a count counts.
    pub noun: Option<String>,
    /// The heading above it in a Markdown draft, lower case
    /// (`## national democratic alliance: 293` over `- 10 other parties: 13`).
    pub section: Option<&'a str>,
    /// Its own sentence up to it, lower case (`- 10 other parties: `).
    pub lead: &'a str,
}

impl FigureScope<'_> {
    /// Why the figure may not bind `rq` of `set`, if it may not.
    pub(super) fn refusal(&self, set: &RuleSet, rq: &RuleQuantity) -> Option<String> {
        if let Some(place) = self.place.as_ref().filter(|p| !sheet_names(set, p)) {
            return Some(format!(
                "not `{}`: its words scope it to `{place}`, which the sheet does not name",
                rq.id
            ));
        }
        // A count of a unit of time or measure is a span or a distance
        // (`four minutes from time`, `72 km (45 miles)`), not a count of what
        // the quantity counts, unless it counts that (`minutes of added
        // time`; `the minute Oyarzabal scored` is a point, not a span).
        if matches!(rq.unit, QUnit::Count | QUnit::Any)
            && let Some(n) = self
                .noun
                .as_ref()
                .filter(|n| MEASURES.contains(&n.as_str()))
            && !quantity_noun(rq).is_some_and(|m| plural(&m) && same_noun(n, &m))
        {
            return Some(format!(
                "not `{}`: it measures {n}, not what `{}` counts",
                rq.id, rq.id
            ));
        }
        // Jobs are no toll: `about 500 jobs lost` beside a `deadly outbreak`
        // counts posts, not people killed, sickened or hurt.
        if let Some(n) = self.noun.as_ref().filter(|n| JOBS.contains(&n.as_str()))
            && std::iter::once(rq.about.as_deref().unwrap_or(""))
                .chain(rq.cues.iter().map(String::as_str))
                .flat_map(str::split_whitespace)
                .any(|w| {
                    let w = w.to_lowercase();
                    w == "ill" || HARMS.iter().any(|h| w.starts_with(h))
                })
        {
            return Some(format!(
                "not `{}`: it counts {n}, and `{}` counts people harmed",
                rq.id, rq.id
            ));
        }
        // A quantity of a unit of measure (`about: acres the Palisades Fire
        // burned`) takes only a figure that names the unit: `five` deaths,
        // `nearly 100 mph` and `16` structures in its sentences are not acres.
        if self.noun.is_none()
            && not_of_its_measure(rq, None)
            && let Some(m) = quantity_noun(rq)
        {
            return Some(format!(
                "not `{}`: it names no {m}, which `{}` counts",
                rq.id, rq.id
            ));
        }
        // A quantity of no declared unit counts what its `about` names when
        // that is a plural (`votes in favour of impeachment`: `six
        // opposition parties` are no votes).
        if (rq.unit == QUnit::Count || rq.unit == QUnit::Any)
            && let (Some(n), Some(m)) = (self.noun.as_ref(), quantity_noun(rq))
            // `times` a book was covered is a multiple, not a thing counted.
            && (rq.unit == QUnit::Count || (plural(&m) && m != "times"))
            && !same_noun(n, &m)
            // The modifier of a compound head counts the same things
            // (`golds` for a quantity `about` gold medals).
            && !head_words(rq).iter().any(|w| same_noun(n, w))
            && !(PEOPLE.contains(&n.as_str()) && counts_people(&m))
            && !(PEOPLE.contains(&m.as_str()) && counts_people(n))
            // `93.8 million Mexicans` are registered voters.
            && !(n.ends_with("ans") && counts_people(n) && counts_people(&m))
        {
            return Some(format!(
                "not `{}`: it counts {n}, and `{}` counts {m}",
                rq.id, rq.id
            ));
        }
        // A section headed by an organisation the sheet makes another
        // quantity's subject holds that organisation's figures, unless the
        // figure's own sentence names a subject before it (`- Indian
        // National Congress: 99` under `## INDIA bloc: 234`).
        if let Some(h) = self.section.as_ref() {
            let named = |t: &str, q: &RuleQuantity| {
                subjects::names(set, &q.subjects)
                    .iter()
                    .any(|n| !find_word_starts(t, n).is_empty())
            };
            let own_subject = set.quantities.iter().any(|q| named(self.lead, q));
            if !own_subject
                && !named(h, rq)
                && let Some(other) = set.quantities.iter().find(|q| q.id != rq.id && named(h, q))
            {
                return Some(format!(
                    "not `{}`: it stands under a heading about `{}`, the subject of `{}`",
                    rq.id,
                    other.subjects.join("` or `"),
                    other.id
                ));
            }
        }
        None
    }
}

/// What a figure's own words and its section scope it to (`bind::scope`).
pub(super) fn of_figure<'a>(
    text: &str,
    noun: Option<&str>,
    sw: &'a super::window::SentenceWindow,
    span: crate::source::Span,
    headings: &'a [(usize, String)],
    format: &crate::source::Format,
) -> FigureScope<'a> {
    let own = text.get(sw.start + sw.own_from..).unwrap_or("");
    let own = own.split_inclusive(['.', '!', '?']).next().unwrap_or("");
    let tail = text.get(span.end..).unwrap_or("");
    let cut = (0..=tail.len().min(80))
        .rev()
        .find(|&i| tail.is_char_boundary(i))
        .unwrap_or(0);
    let tail = &tail[..cut];
    let section = (*format == crate::source::Format::Markdown)
        .then(|| {
            let h = headings[..headings.partition_point(|h| h.0 < span.start)].last()?;
            Some(h.1.as_str())
        })
        .flatten();
    let figure_at = span.start.saturating_sub(sw.start);
    FigureScope {
        place: opening_place(own)
            .or_else(|| trailing_place(tail))
            .map(str::to_lowercase),
        // The extractor's head noun when the words after the figure are a
        // headline's capitals (`Three Forwards On The Radar`) or carry a
        // modifier the scope does not know (`two earlier offers`).
        noun: counted_noun(tail)
            .or_else(|| one_of(text.get(span.start..span.end)?, tail))
            .or_else(|| runs_off_balls(tail))
            .or_else(|| plural_head(noun?)),
        section,
        lead: sw.text.get(sw.own_from..figure_at).unwrap_or(""),
    }
}

/// A Markdown draft's headings (`#` lines): where each starts and its
/// text in lower case, read once per draft.
pub(super) fn headings(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with('#') {
            out.push((at, line.trim_end().to_lowercase()));
        }
        at += line.len();
    }
    out
}

/// Words that open a place frame: `In Uttar Pradesh, …`.
const FRAMES: &[&str] = &["In", "Across", "Throughout", "Within", "Outside"];

/// Capitalised words that open a frame but name no place (besides months
/// and weekdays, which `not_a_place` asks the lexicon about).
const NOT_PLACES: &[&str] = &[
    "The", "A", "An", "This", "That", "Its", "His", "Her", "Their", "Our", "All",
];

/// True for a word that opens a frame but names no place.
fn not_a_place(w: &str) -> bool {
    let lower = w.to_lowercase();
    NOT_PLACES.contains(&w)
        || crate::extract::lexicon::month(&lower).is_some()
        || crate::extract::time::WEEKDAYS.contains(&lower.as_str())
}

/// The run of capitalised words at the start of `s` (`Uttar Pradesh`,
/// `West Bengal`), not a month, a weekday or an article, and not a
/// possessive (`In Microsoft's case`).
fn capitalised_run(s: &str) -> Option<&str> {
    let mut end = 0;
    for w in s.split(' ') {
        let bare = w.trim_end_matches([',', '.', ';', ':']);
        let capital = bare.chars().next().is_some_and(char::is_uppercase)
            && bare.chars().all(|c| c.is_alphabetic() || c == '-');
        if !capital || not_a_place(bare) {
            break;
        }
        end += if end == 0 { 0 } else { 1 } + bare.len();
        if bare.len() != w.len() {
            break;
        }
    }
    (end > 0).then(|| &s[..end])
}

/// The place a sentence (original case) opens with, set off by a comma:
/// `In Uttar Pradesh, which sends 80 MPs …, the Congress six`.
pub(crate) fn opening_place(sentence: &str) -> Option<&str> {
    let t = sentence.trim_start();
    let (word, rest) = t.split_once(' ')?;
    if !FRAMES.contains(&word) {
        return None;
    }
    let name = capitalised_run(rest)?;
    rest[name.len()..].starts_with(',').then_some(name)
}

/// The place right after a figure's noun phrase, in its clause: `37 seats
/// in Uttar Pradesh` (`after` is the original text after the figure; at
/// most three words before `in`).
pub(super) fn trailing_place(after: &str) -> Option<&str> {
    let clause_end = after
        .find([',', ';', ':', '(', '—', '–'])
        .unwrap_or(after.len());
    let clause = &after[..clause_end];
    let mut at = 0;
    for (n, w) in clause.split(' ').enumerate() {
        if n > 4 {
            break;
        }
        if w == "in" || w == "across" {
            let rest = &clause[(at + w.len() + 1).min(clause.len())..];
            return capitalised_run(rest);
        }
        at += w.len() + 1;
    }
    None
}

/// True when the sheet names `place` (lower case) anywhere it describes
/// the story: its description, entities, or a quantity's words.
pub(super) fn sheet_names(set: &RuleSet, place: &str) -> bool {
    let says = |t: &str| !find_word_starts(&t.to_lowercase(), place).is_empty();
    set.description.as_deref().is_some_and(says)
        || set.story.as_deref().is_some_and(says)
        || set
            .entities
            .iter()
            .any(|e| says(&e.name) || e.aliases.iter().any(|a| says(a)))
        || set.quantities.iter().any(|q| {
            q.about.as_deref().is_some_and(says)
                || q.cues.iter().any(|c| says(c))
                || q.subjects.iter().any(|c| says(c))
                || q.source.as_deref().is_some_and(says)
        })
}

/// True when `rq` counts a unit of measure (`about: acres the fire burned`)
/// and a figure counting `noun` (or nothing) is not of it: `nearly 90 mph`
/// beside `12,168 acres` is never the acres' figure, nor closer to their cue.
pub(super) fn not_of_its_measure(rq: &RuleQuantity, noun: Option<&str>) -> bool {
    matches!(rq.unit, QUnit::Count | QUnit::Any)
        && quantity_noun(rq).is_some_and(|m| {
            MEASURES.contains(&m.as_str()) && !noun.is_some_and(|n| same_noun(n, &m))
        })
}

/// Nouns of posts, not people: a count of them is no toll.
const JOBS: &[&str] = &["jobs", "roles", "positions", "posts"];

/// Words of a toll: people killed, sickened or hurt.
const HARMS: &[&str] = &[
    "killed", "died", "dead", "death", "injur", "hurt", "sick", "infect", "hospital",
];

/// Units of time and measure, plural: a count of them is a span or a size.
const MEASURES: &[&str] = &[
    "seconds",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "decades",
    "miles",
    "yards",
    "kilometres",
    "kilometers",
    "km",
    "metres",
    "meters",
    "feet",
    "inches",
    "kilograms",
    "kg",
    "tonnes",
    "tons",
    "litres",
    "liters",
    "gallons",
    "barrels",
    "degrees",
    "acres",
    "hectares",
];

/// Words between a count and its noun that leave the noun its head
/// (`10 other parties`, `three more states`).
const MODIFIERS: &[&str] = &[
    "other",
    "more",
    "new",
    "additional",
    "further",
    "extra",
    "smaller",
    "small",
    "regional",
    "major",
    "separate",
    "remaining",
];

/// Words between a figure and its noun that leave the noun its head
/// (`seven of their matches`, `13 African countries`).
const DETERMINERS: &[&str] = &[
    "of", "the", "their", "its", "his", "her", "our", "all", "these",
];

/// The plural noun a count counts, from the words right after it (lower
/// case): `10 other parties` → `parties`, `13 African countries` →
/// `countries`, `seven of their matches` → `matches`. Capitalised words
/// (`African`), modifiers and determiners are passed over; a figure or any
/// other word ends the search.
pub(super) fn counted_noun(after: &str) -> Option<String> {
    let (w, hyphened) = head_word(after)?;
    // `a 46-day strike`, `the 23,448-acre fire`: a unit in the singular
    // after a hyphen measures the figure too.
    let singular_measure = format!("{w}s");
    if hyphened && MEASURES.contains(&singular_measure.as_str()) {
        return Some(singular_measure);
    }
    (plural(&w) || MEASURES.contains(&w.as_str()) || PEOPLE.contains(&w.as_str())).then_some(w)
}

/// The first of the (at most four) words after a figure that is no
/// capitalised word, modifier or determiner, lower case, and whether a
/// hyphen glues it to the figure (`-day`).
fn head_word(after: &str) -> Option<(String, bool)> {
    after
        .split(|c: char| c.is_whitespace() || c == ',' || c == ':' || c == ';')
        .filter(|w| !w.is_empty())
        .take(4)
        .find_map(|w| {
            let hyphened = w.starts_with('-');
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if w.starts_with(|c: char| c.is_uppercase()) {
                return None;
            }
            let w = w.to_lowercase();
            (!MODIFIERS.contains(&w.as_str()) && !DETERMINERS.contains(&w.as_str()))
                .then_some((w, hyphened))
        })
}

/// A batter's score before the balls it took (`52 from 26 deliveries`,
/// `39 off 32 balls`, `52 not out off 26`): the figure counts runs.
pub(crate) fn runs_off_balls(after: &str) -> Option<String> {
    let mut words = after.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    let mut w = words.next()?;
    if w == "not" {
        (words.next()? == "out").then_some(())?;
        w = words.next()?;
    }
    if w != "off" && w != "from" {
        return None;
    }
    let n = words.next()?;
    if !n.chars().all(|c| c.is_ascii_digit()) || n.is_empty() {
        return None;
    }
    // `off 26` ends the clause, or the balls are named.
    match words.next().as_deref() {
        None | Some("balls" | "deliveries" | "ball") => Some("runs".into()),
        _ => None,
    }
}

/// What `one` counts, in the plural, from the singular noun right after it
/// (`the vote in one Bajaur seat` counts seats, `swung one back` no balls):
/// capitalised words, modifiers and determiners are passed over as
/// `counted_noun` does. A word that says what befell the one (`one dead`,
/// `one injured`) or is no noun gives nothing.
fn one_of(figure: &str, after: &str) -> Option<String> {
    if !(figure.eq_ignore_ascii_case("one") || figure == "1") {
        return None;
    }
    const NOT_NOUNS: &[&str] = &[
        "dead", "alive", "missing", "injured", "hurt", "apiece", "each", "another", "less",
        "fewer", "more", "day", "time", "way", "thing", "point",
    ];
    let (w, _) = head_word(after)?;
    if w == "person" {
        return Some("people".into());
    }
    let noun = w.len() >= 3
        && w.chars().all(char::is_alphabetic)
        && !crate::extract::lexicon::is_function_word(&w)
        && !["ed", "ing", "ly"].iter().any(|x| w.ends_with(x))
        && !NOT_NOUNS.contains(&w.as_str())
        && !w.ends_with('s');
    noun.then(|| format!("{w}s"))
}

/// The first word of a claim's counted noun (`forwards`, `offers`), lower
/// case, when it is a plural a count counts.
pub(super) fn plural_head(noun: &str) -> Option<String> {
    let w = noun.split_whitespace().next()?.to_lowercase();
    // A length glued to its figure (`a 57-yarder`: yard) is that measure.
    let measure = format!("{w}s");
    if MEASURES.contains(&measure.as_str()) {
        return Some(measure);
    }
    (w.chars().all(char::is_alphabetic) && (plural(&w) || PEOPLE.contains(&w.as_str())))
        .then_some(w)
}

/// Plurals that count people without ending in `s` (`12,000 people`).
const PEOPLE: &[&str] = &[
    "people",
    "persons",
    "individuals",
    "humans",
    "adults",
    "children",
    "babies",
    "infants",
    "men",
    "women",
    "boys",
    "girls",
    "pupils",
    "victims",
    "pilgrims",
    "fans",
    "citizens",
    "civilians",
    "troops",
    "nationals",
];

/// True when a plural noun counts people: one of `PEOPLE`, a noun of
/// people or jobs (`members`, `workers`), or one naming people by what they
/// do (`rescuers`, `residents`, `voters`, `tourists`, `survivors`) or
/// where they are from (`Mexicans`, `Kenyans`).
fn counts_people(noun: &str) -> bool {
    PEOPLE.contains(&noun)
        || crate::extract::lexicon::PEOPLE_NOUNS.contains(&noun)
        || ["ers", "ors", "ists", "ians", "ans", "ants", "ents", "ees"]
            .iter()
            .any(|s| noun.len() > s.len() + 2 && noun.ends_with(s))
}

/// What a count quantity counts: the head of its `about` (`seats the BJP
/// won`, `the minute Nico Williams scored`, `European titles Spain have
/// won`), past an article, capitalised words and possessives.
pub(super) fn quantity_noun(rq: &RuleQuantity) -> Option<String> {
    let words = head_words(rq);
    // The head of a compound (`committee members`) is its plural word.
    let head = words.iter().find(|w| plural(w)).or(words.first())?.clone();
    (head.len() > 2 && head.chars().all(char::is_alphabetic)).then_some(head)
}

/// The first two words of a quantity's `about` past an article, capitalised
/// words and possessives: its head noun and what modifies it (`gold
/// medals`, `committee members`).
fn head_words(rq: &RuleQuantity) -> Vec<String> {
    let Some(about) = rq.about.as_deref() else {
        return Vec::new();
    };
    about
        .split_whitespace()
        .filter(|w| {
            // Capitalised words and model numbers (`Boeing 737 MAX 9 jets`)
            // name the thing, they do not count it.
            !w.starts_with(|c: char| c.is_uppercase())
                && !w.contains(|c: char| c.is_ascii_digit())
                && !matches!(*w, "the" | "a" | "an" | "number" | "total")
                && !w.contains('\'')
                && !w.contains('\u{2019}')
        })
        .take(2)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect()
}

/// A plural noun, by its form: alphabetic, more than three letters, ending
/// in `s`, and not one of the common words that end so.
fn plural(w: &str) -> bool {
    const NOT: &[&str] = &[
        "this", "thus", "its", "was", "has", "does", "is", "less", "unless", "plus", "across",
        "always", "perhaps", "whereas", "news", "series", "analysis", "basis", "status",
    ];
    w.len() > 3 && w.ends_with('s') && w.chars().all(char::is_alphabetic) && !NOT.contains(&w)
}

/// The forms a noun may have in the singular (`cases` → `case`, `parties`
/// → `party`, `matches` → `match`), itself included.
fn singulars(w: &str) -> [String; 4] {
    [
        w.to_string(),
        w.strip_suffix('s').unwrap_or(w).to_string(),
        w.strip_suffix("es").unwrap_or(w).to_string(),
        w.strip_suffix("ies")
            .map_or_else(|| w.to_string(), |r| format!("{r}y")),
    ]
}

/// True when two nouns are one noun, singular or plural.
pub(super) fn same_noun(a: &str, b: &str) -> bool {
    let (x, y) = (singulars(a), singulars(b));
    x.iter().any(|p| y.contains(p))
        || SYNONYMS.iter().any(|g| {
            x.iter().any(|p| g.contains(&p.as_str())) && y.iter().any(|p| g.contains(&p.as_str()))
        })
}

/// Nouns that count the same things (`24 deliveries` are the balls a
/// batter faced), in the singular.
const SYNONYMS: &[&[&str]] = &[&["ball", "delivery"]];

/// The clause breaks between two offsets of a lower-case window, a comma
/// after a weekday aside (`vote on friday, march 7th`): a date binds only
/// to a cue of its own clause (`reeves, who took office after the election
/// in july, welcomed the decision` gives `july` to the election).
pub(super) fn date_breaks(text: &str, a: usize, b: usize) -> usize {
    let (a, b) = (a.min(b), a.max(b));
    let Some(gap) = text.get(a..b) else {
        return 0;
    };
    gap.char_indices()
        .filter(|&(i, c)| match c {
            // A weekday's aside holds its date (`friday, march 7th`); any
            // other clause after it is a break (`said on friday, after he
            // was sentenced`).
            ',' => {
                !(crate::extract::time::WEEKDAYS
                    .iter()
                    .any(|d| gap[..i].trim_end().ends_with(d))
                    && (gap[i + 1..].trim().is_empty() || dated_after(&gap[i + 1..])))
            }
            ';' | ':' | '(' | ')' | '\u{2014}' | '\u{2013}' => true,
            _ => false,
        })
        .count()
}

/// True when the figure at `at` (a date) stands in a relative clause that
/// opens in its own clause before it (`the piece of fuselage that blew off
/// flight 1282 on friday has been found`): the date is the relative
/// clause's event, and a cue after it, in the main clause, speaks of
/// another. A `that` after a verb (`said that`, `announced that`) opens
/// what was said, not a relative clause.
pub(super) fn in_relative_clause(text: &str, at: usize) -> bool {
    let Some(before) = text.get(..at) else {
        return false;
    };
    let from = before
        .rfind([',', ';', ':', '(', ')', '\u{2014}', '\u{2013}'])
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let words: Vec<&str> = before[from..].split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        let opens = matches!(*w, "that" | "which" | "who" | "whose");
        let after_verb = i > 0 && {
            let prev = words[i - 1];
            prev.ends_with("ed")
                || matches!(
                    prev,
                    "said" | "says" | "say" | "told" | "tells" | "know" | "knew" | "so"
                )
        };
        opens && i > 0 && !after_verb
    })
}

/// True when `rest` (lower case) opens with a date: a month's name or a
/// day's number (`march 7th`, `7 march`).
fn dated_after(rest: &str) -> bool {
    let w = rest
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric());
    w.starts_with(|c: char| c.is_ascii_digit()) || crate::extract::lexicon::month(w).is_some()
}

/// True when a figure written with decimals at its own scale (`magnitude
/// 7.8 and 7.5`, not `7.5 million`) meets a count of people, or a count
/// whose fact is a whole number of ten or more: no count of whole things
/// is 7.5.
pub(super) fn fraction_of_a_whole_count(q: &crate::claim::Quantity, rq: &RuleQuantity) -> bool {
    let fractional = q.step < 1.0 && q.value.is_some_and(|v| v.fract() != 0.0);
    fractional
        && match rq.unit {
            QUnit::People => true,
            QUnit::Count => rq.fact_point.is_some_and(|f| f >= 10.0 && f.fract() == 0.0),
            _ => false,
        }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_in_a_relative_clause_is_the_clause_s() {
        let t = "the piece that blew off flight 1282 on friday has been found";
        assert!(in_relative_clause(t, t.find("friday").unwrap()));
        let t = "officials said that on friday the plug was found";
        assert!(!in_relative_clause(t, t.find("friday").unwrap()));
        // A clause break of several bytes (`—`) before the date.
        let t = "two have died — a man who fell ill on friday was found";
        assert!(in_relative_clause(t, t.find("friday").unwrap()));
        let t = "two have died — a man fell ill on friday";
        assert!(!in_relative_clause(t, t.find("friday").unwrap()));
    }

    #[test]
    fn a_sentence_opening_with_a_place_is_scoped_to_it() {
        assert_eq!(
            opening_place("In Uttar Pradesh, which sends 80 MPs, the Congress won six."),
            Some("Uttar Pradesh")
        );
        assert_eq!(opening_place("In March, it cut 500 jobs."), None);
        assert_eq!(opening_place("In total, 500 jobs went."), None);
        assert_eq!(opening_place("In Microsoft's case, 500 jobs went."), None);
        assert_eq!(
            opening_place("Across West Bengal, the party won 29."),
            Some("West Bengal")
        );
    }

    #[test]
    fn a_place_after_the_figure_in_its_clause_scopes_it() {
        assert_eq!(
            trailing_place(" seats in Uttar Pradesh."),
            Some("Uttar Pradesh")
        );
        assert_eq!(trailing_place(" seats in the Lok Sabha."), None);
        assert_eq!(trailing_place(" seats, more than in Kerala."), None);
        assert_eq!(trailing_place(" jobs in March."), None);
    }

    #[test]
    fn the_counted_noun_skips_modifiers() {
        assert_eq!(counted_noun(" other parties: 13"), Some("parties".into()));
        assert_eq!(counted_noun(" seats"), Some("seats".into()));
        assert_eq!(counted_noun(" per cent"), None);
        assert_eq!(counted_noun(" African countries"), Some("countries".into()));
        assert_eq!(counted_noun(" of their matches"), Some("matches".into()));
        assert_eq!(counted_noun(" the day before"), None);
        assert_eq!(counted_noun("-day strike"), Some("days".into()));
        assert_eq!(counted_noun("-acre fire"), Some("acres".into()));
        assert!(same_noun("cases", "case"));
        assert!(same_noun("parties", "party"));
        assert!(same_noun("minutes", "minute"));
        assert!(!same_noun("parties", "seats"));
        assert_eq!(date_breaks("vote on friday, march 7th", 0, 16), 0);
        assert_eq!(date_breaks("in july, welcomed the decision", 3, 22), 1);
        let t = "said on friday, after he was sentenced";
        assert_eq!(date_breaks(t, 8, t.find("sentenced").unwrap()), 1);
        let t = "the vote on friday, march 7th, was close";
        assert_eq!(date_breaks(t, 4, t.find("march").unwrap()), 0);
    }
}
