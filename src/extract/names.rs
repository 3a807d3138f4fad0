//! Word lists for names, as data: first names, organisation suffixes, places,
//! and capitalised words that are not names. Consulted by `entity`.

use std::sync::OnceLock;

use super::wordindex::{WordIndex, lower_hash};

/// Common given names (lower case): a name run starting with one is a person.
pub const FIRST_NAMES: &[&str] = &[
    "aaron",
    "adam",
    "adrian",
    "aidan",
    "alan",
    "albert",
    "alex",
    "alexander",
    "alexandra",
    "alexis",
    "alice",
    "alicia",
    "alison",
    "amanda",
    "amy",
    "ana",
    "andrea",
    "andrew",
    "andy",
    "angela",
    "anil",
    "ann",
    "anna",
    "anne",
    "anthony",
    "antonio",
    "arthur",
    "arvind",
    "ashley",
    "barack",
    "barbara",
    "ben",
    "benjamin",
    "bernard",
    "beth",
    "betty",
    "bill",
    "bob",
    "brad",
    "brandon",
    "brenda",
    "brian",
    "bruce",
    "carl",
    "carlos",
    "carol",
    "caroline",
    "catherine",
    "charles",
    "charlie",
    "charlotte",
    "cheryl",
    "chris",
    "christian",
    "christina",
    "christine",
    "christopher",
    "chuck",
    "claire",
    "clara",
    "colin",
    "corey",
    "craig",
    "dan",
    "dana",
    "daniel",
    "danielle",
    "dara",
    "darren",
    "dave",
    "david",
    "deborah",
    "debra",
    "denise",
    "dennis",
    "diana",
    "diane",
    "donald",
    "doug",
    "douglas",
    "dylan",
    "ed",
    "edward",
    "elena",
    "elizabeth",
    "ellen",
    "elon",
    "emily",
    "emma",
    "eric",
    "erica",
    "erin",
    "ethan",
    "eva",
    "evan",
    "frank",
    "fred",
    "gary",
    "george",
    "gina",
    "greg",
    "gregory",
    "hannah",
    "harry",
    "heather",
    "helen",
    "henry",
    "hillary",
    "ian",
    "isaac",
    "jack",
    "jacob",
    "james",
    "jamie",
    "jane",
    "janet",
    "jason",
    "javier",
    "jean",
    "jeff",
    "jeffrey",
    "jen",
    "jennifer",
    "jensen",
    "jeremy",
    "jerome",
    "jessica",
    "jim",
    "jimmy",
    "joan",
    "joe",
    "john",
    "jon",
    "jonathan",
    "jordan",
    "jose",
    "joseph",
    "josh",
    "joshua",
    "joyce",
    "juan",
    "judy",
    "julia",
    "julie",
    "justin",
    "karen",
    "kate",
    "katherine",
    "kathleen",
    "kathy",
    "keith",
    "kelly",
    "ken",
    "kenneth",
    "kevin",
    "kim",
    "kimberly",
    "kyle",
    "larry",
    "laura",
    "lauren",
    "lawrence",
    "leo",
    "linda",
    "lisa",
    "liz",
    "louis",
    "lucy",
    "luis",
    "luke",
    "marc",
    "marcus",
    "margaret",
    "maria",
    "marie",
    "marissa",
    "mark",
    "martha",
    "martin",
    "mary",
    "matt",
    "matthew",
    "max",
    "megan",
    "melissa",
    "michael",
    "michelle",
    "mike",
    "mohamed",
    "mohammed",
    "mukesh",
    "nancy",
    "natalie",
    "nathan",
    "neil",
    "nicholas",
    "nick",
    "nicole",
    "nikesh",
    "oliver",
    "olivia",
    "pamela",
    "parag",
    "pat",
    "patricia",
    "patrick",
    "paul",
    "peter",
    "phil",
    "philip",
    "rachel",
    "raj",
    "rajesh",
    "ralph",
    "ravi",
    "rebecca",
    "reed",
    "richard",
    "rick",
    "rishi",
    "rob",
    "robert",
    "roger",
    "ron",
    "ronald",
    "rose",
    "ruth",
    "ryan",
    "sam",
    "samantha",
    "samuel",
    "sandra",
    "sara",
    "sarah",
    "satya",
    "scott",
    "sean",
    "sergey",
    "sharon",
    "sheryl",
    "shirley",
    "simon",
    "sophie",
    "stephanie",
    "stephen",
    "steve",
    "steven",
    "sue",
    "sundar",
    "susan",
    "tara",
    "ted",
    "teresa",
    "terry",
    "thomas",
    "tim",
    "timothy",
    "tina",
    "tom",
    "tony",
    "tracy",
    "travis",
    "victoria",
    "vincent",
    "virginia",
    "walter",
    "warren",
    "wayne",
    "wei",
    "william",
    "xi",
    "yann",
    "zach",
    "zachary",
];

/// Last words of organisation names (lower case, without a trailing period).
pub const ORG_SUFFIXES: &[&str] = &[
    "inc",
    "corp",
    "corporation",
    "co",
    "company",
    "companies",
    "ltd",
    "limited",
    "llc",
    "llp",
    "plc",
    "ag",
    "sa",
    "nv",
    "gmbh",
    "se",
    "group",
    "holdings",
    "holding",
    "bank",
    "technologies",
    "technology",
    "systems",
    "services",
    "labs",
    "partners",
    "capital",
    "ventures",
    "university",
    "college",
    "institute",
    "foundation",
    "association",
    "agency",
    "department",
    "ministry",
    "commission",
    "council",
    "committee",
    "union",
    "party",
    "times",
    "post",
    "journal",
    "news",
    "press",
    "media",
    "airlines",
    "airways",
    "motors",
    "pharmaceuticals",
    "energy",
    "industries",
    "international",
    "enterprises",
    "trust",
    "fund",
    "exchange",
    "office",
    "administration",
    "authority",
    "board",
    "bureau",
    "court",
    "congress",
    "senate",
    "parliament",
    "army",
    "navy",
    "police",
    "hospital",
    "school",
    "club",
    "league",
    "network",
    "networks",
    "studios",
    "entertainment",
    "games",
    "software",
    "insurance",
    "securities",
    "investments",
    "management",
    "solutions",
    "communications",
    "telecom",
    "reserve",
    "federation",
    "organization",
    "organisation",
    "institution",
    "center",
    "centre",
    "platforms",
    "brands",
    "stores",
    "retail",
    "research",
    "review",
    "magazine",
    "gazette",
    "herald",
    "tribune",
    "teamsters",
    "workers",
];

/// Capitalised words that are not names: days, months, holidays, demonyms, pronouns.
pub const NOT_NAMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "christmas",
    "easter",
    "thanksgiving",
    "ramadan",
    "diwali",
    "i",
    "internet",
    "web",
    "american",
    "americans",
    "british",
    "chinese",
    "indian",
    "european",
    "french",
    "german",
    "japanese",
    "korean",
    "russian",
    "english",
    "spanish",
    "canadian",
    "australian",
    "israeli",
    "african",
    "asian",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "dame",
    "prof",
    "god",
    "covid",
    "read",
    "more",
    "see",
    "also",
    "follow",
    "leave",
    "reply",
    "update",
    "updated",
    "editor’s",
    "note",
    "photo",
    "image",
    "source",
    "sources",
    "related",
    "advertisement",
    "capex",
    "opex",
    "ebitda",
    "ipo",
];

/// Honorifics: the name after one is a person. They stack (`Rt. Hon.`), and
/// include the forms of address of Commonwealth, Nigerian and Philippine
/// public life (`Rt. Hon.`, `Alhaji`, `Engr.`, `Atty.`, `Sen.`, `Rep.`).
pub const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "dame",
    "prof",
    "professor",
    "lord",
    "lady",
    "rt",
    "hon",
    "honourable",
    "honorable",
    "rev",
    "alhaji",
    "engr",
    "atty",
    "sen",
    "rep",
    // Ranks, written short (`Col. Roland Butler Jr.`, `Lt. Gen. Scott Spellmon`).
    "col",
    "lt",
    "gen",
    "maj",
    "capt",
    "sgt",
    "cpl",
    "cmdr",
    "cdr",
    "adm",
    "brig",
    "supt",
    "insp",
];

fn index(
    list: &'static [&'static str],
    cell: &'static OnceLock<WordIndex<()>>,
) -> &'static WordIndex<()> {
    cell.get_or_init(|| {
        let entries: Vec<(&'static str, ())> = list.iter().map(|w| (*w, ())).collect();
        WordIndex::new(&entries)
    })
}

static FIRST: OnceLock<WordIndex<()>> = OnceLock::new();
static SUFFIX: OnceLock<WordIndex<()>> = OnceLock::new();
static PLACE: OnceLock<WordIndex<()>> = OnceLock::new();
static NOT: OnceLock<WordIndex<()>> = OnceLock::new();

fn has(idx: &WordIndex<()>, w: &str) -> bool {
    idx.get_any_case(lower_hash(w.as_bytes()), w.as_bytes())
        .is_some()
}

/// Given names from the census lists, one per line (`#` lines are comments).
const FIRST_NAMES_DATA: &str = include_str!("data/first_names.txt");

/// Given names of the rest of the world the census lists miss (`Shohei`,
/// `Narendra`, `Prabowo`, `Olusegun`), in the same format.
const WORLD_GIVEN_NAMES_DATA: &str = include_str!("data/world_given_names.txt");

/// True for a common given name: the curated list above, the census data
/// or the world's given names.
pub fn is_first_name(w: &str) -> bool {
    let idx = FIRST.get_or_init(|| {
        let entries: Vec<(&'static str, ())> = FIRST_NAMES
            .iter()
            .copied()
            .chain(
                FIRST_NAMES_DATA
                    .lines()
                    .chain(WORLD_GIVEN_NAMES_DATA.lines())
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#')),
            )
            .map(|w| (w, ()))
            .collect();
        WordIndex::new(&entries)
    });
    has(idx, w)
}

/// True when `short` (lower case) is the initials of `long`'s words and
/// hyphened parts, with or without its connectors (`pti` of `pakistan
/// tehreek-e-insaf`, `boa` or `ba` of `bank of america`).
pub fn acronym_of(short: &str, long: &str) -> bool {
    const CONNECTORS: &[&str] = &[
        "of", "and", "the", "for", "&", "e", "i", "de", "la", "du", "des",
    ];
    if !(2..=6).contains(&short.len()) || !short.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let parts = || long.split([' ', '-']).filter(|w| !w.is_empty());
    if parts().count() < 2 {
        return false;
    }
    let all: String = parts().filter_map(|w| w.chars().next()).collect();
    let named: String = parts()
        .filter(|w| !CONNECTORS.contains(w))
        .filter_map(|w| w.chars().next())
        .collect();
    short == all || short == named
}

/// True for an organisation suffix (`Inc`, `Group`, `Services`).
pub fn is_org_suffix(w: &str) -> bool {
    has(index(ORG_SUFFIXES, &SUFFIX), w.trim_end_matches('.'))
}

/// True for a place name (matched on the whole name, lower case).
pub fn is_place(name: &str) -> bool {
    has(index(&PLACE_DATA, &PLACE), name) || demonym_plural(name)
}

/// True for the plural of a place's adjective, people from there
/// (`Mexicans`, `Australians`, `Pakistanis`): `93.8 million Mexicans` names
/// no organisation.
fn demonym_plural(name: &str) -> bool {
    let Some(one) = name.strip_suffix('s') else {
        return false;
    };
    !one.contains(' ')
        && one.len() > 3
        && (one.ends_with("an") || one.ends_with('i'))
        && (has(index(&PLACE_DATA, &PLACE), one) || is_not_name(one))
}

/// Countries, regions, their adjectives and large cities, as data.
const PLACES_DATA: &str = include_str!("data/places.txt");

/// `PLACES_DATA`'s names.
static PLACE_DATA: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    PLACES_DATA
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// The formal first name a familiar one shortens (`Dave` → `David`); the name itself otherwise.
pub fn formal_first_name(first: &str) -> &str {
    NICKNAMES
        .iter()
        .find(|(n, _)| *n == first)
        .map_or(first, |(_, f)| f)
}

/// A full name in the form that ignores how it is written out: the formal
/// first name, without middle initials (`Dave B. Burritt` → `David Burritt`).
pub fn formal_full_name(full: &str) -> String {
    let mut words = full.split(' ');
    let first = words.next().unwrap_or("");
    let mut out = formal_first_name(first).to_string();
    let rest: Vec<&str> = words.collect();
    for (i, w) in rest.iter().enumerate() {
        let initial = w.trim_end_matches('.');
        let is_initial = initial.chars().count() == 1
            && initial.chars().all(char::is_uppercase)
            && i + 1 < rest.len();
        if !is_initial {
            out.push(' ');
            out.push_str(w);
        }
    }
    out
}

/// True for a capitalised word that is never a name.
pub fn is_not_name(w: &str) -> bool {
    has(index(NOT_NAMES, &NOT), w)
}

/// A month or weekday, written out or cut short (`Jan`, `Thu`, `Sept.`): a
/// run of only these (`Thu Jan`, a live blog's time stamp) names no one.
pub fn is_date_word(w: &str) -> bool {
    const WEEKDAY_SHORT: &[&str] = &[
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ];
    let t = w.trim_end_matches('.');
    // Lower-cased on the stack (ASCII only, as `to_ascii_lowercase`); a
    // longer word goes the old way.
    let mut buf = [0u8; 16];
    let owned;
    let l = if t.len() <= buf.len() {
        buf[..t.len()].copy_from_slice(t.as_bytes());
        buf[..t.len()].make_ascii_lowercase();
        // ASCII lower-casing keeps UTF-8 valid.
        std::str::from_utf8(&buf[..t.len()]).unwrap_or_default()
    } else {
        owned = t.to_ascii_lowercase();
        owned.as_str()
    };
    super::lexicon::month(l).is_some()
        || super::time::WEEKDAYS.contains(&l)
        || WEEKDAY_SHORT.contains(&l)
}

/// An organisation's name for comparison: lower case, without a legal suffix
/// (`Acme Corp.` and `Acme` meet as `acme`).
/// True for a name written family name first, as Chinese and Korean names
/// are romanised: a two-part given name joined by a hyphen, its second part
/// lower case (`Lai Ching-te`, `Tsai Ing-wen`, `Moon Jae-in`).
pub fn family_name_first(full: &str) -> bool {
    let mut words = full.split(' ');
    let (Some(_), Some(given), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    given.split_once('-').is_some_and(|(a, b)| {
        a.chars().next().is_some_and(char::is_uppercase)
            && b.chars().next().is_some_and(char::is_lowercase)
    })
}

/// The word a full name is shortened to on later mentions: the family name,
/// last in most names, first in `family_name_first` ones.
pub fn family_name(full: &str) -> &str {
    if family_name_first(full) {
        full.split(' ').next().unwrap_or(full)
    } else {
        full.rsplit(' ').next().unwrap_or(full)
    }
}

/// Generational suffixes written after a surname.
const SUFFIXES: &[&str] = &["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

/// A full name's surname: its last word before a generational suffix
/// (`Ferdinand Marcos Jr.` → `Marcos`), its first in a name written family
/// name first (`Lai Ching-te` → `Lai`).
pub fn surname(full: &str) -> &str {
    if family_name_first(full) {
        return family_name(full);
    }
    let mut words = full.rsplit(' ').map(|w| w.trim_end_matches(','));
    let last = words.next().unwrap_or(full);
    if SUFFIXES.contains(&last) {
        words.next().filter(|w| !w.is_empty()).unwrap_or(last)
    } else {
        last
    }
}

pub fn org_key(name: &str) -> String {
    // Legal forms dropped from the end (one word kept), each ASCII word
    // lower-cased on the stack (none longer than 16 is one); then
    // `words.join(" ")`, trailing commas dropped, lower-cased.
    let legal = |w: &str| {
        let (w, mut buf) = (w.trim_end_matches(['.', ',']), [0u8; 16]);
        match buf.get_mut(..w.len()) {
            _ if !w.is_ascii() => is_legal_form(&w.to_lowercase()),
            Some(b) => {
                b.copy_from_slice(w.as_bytes());
                b.make_ascii_lowercase();
                is_legal_form(std::str::from_utf8(b).unwrap_or(""))
            }
            None => false,
        }
    };
    let mut kept = name.split_whitespace().count();
    let mut from_end = name.split_whitespace().rev();
    while kept > 1 && from_end.next().is_some_and(legal) {
        kept -= 1;
    }
    let mut key = String::with_capacity(name.len());
    for w in name.split_whitespace().take(kept) {
        key.push_str(if key.is_empty() { "" } else { " " });
        key.push_str(w);
    }
    key.truncate(key.trim_end_matches(',').len());
    if key.is_ascii() {
        key.make_ascii_lowercase();
    } else {
        key = key.to_lowercase();
    }
    one_country(key)
}

/// `US` and `United States`, `UK` and `Britain`: one country, however written.
pub(super) fn one_country(key: String) -> String {
    match key.trim_end_matches('.') {
        "us" | "u.s" | "usa" | "u.s.a" | "united states of america" => "united states".into(),
        "uk" | "u.k" | "britain" | "great britain" => "united kingdom".into(),
        "eu" | "e.u" => "european union".into(),
        "uae" | "u.a.e" => "united arab emirates".into(),
        _ => key,
    }
}

/// True for a legal form an organisation's name may end with (`inc`, `co`,
/// `plc`; lower case, no dot), dropped for comparison: a subset of
/// `ORG_SUFFIXES` (which also marks `Services`, `Bank`… as organisation
/// words, and those stay in the name). Alone, it names no organisation.
pub fn is_legal_form(word: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "inc",
        "corp",
        "corporation",
        "co",
        "ltd",
        "limited",
        "llc",
        "plc",
        "sa",
        "ag",
        "nv",
        "se",
        "gmbh",
        "group",
        "holdings",
        // `ASML Holding`, `Naspers Holding`: a holding company's own name.
        "holding",
    ];
    SUFFIXES.contains(&word)
}

mod nicknames;
use nicknames::NICKNAMES;

#[cfg(test)]
mod tests;
