//! Word lists the number grammar consults, kept as data in one place.
//!
//! Everything here is a table: number words, scale words, currencies,
//! qualifiers, the nouns that say what a figure counts, month names. Adding a
//! word means adding a row; no parser logic lives here.

use std::sync::OnceLock;

use super::wordindex::WordIndex;
use crate::claim::{QualifierKind, UnitClass};

/// What one number word contributes to a spelled-out numeral.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NumberWord {
    /// `zero` … `nine`.
    Digit(u8),
    /// `ten` … `nineteen`.
    Teen(u8),
    /// `twenty` … `ninety`.
    Tens(u8),
    /// `hundred`.
    Hundred,
    /// `thousand`, `million`, `billion`, `trillion`, `lakh`, `crore`.
    Scale(f64),
    /// `dozen` (× 12).
    Dozen,
    /// A fraction denominator: `half` (2), `third(s)` (3), `quarter(s)` (4), `fifth(s)` (5) …
    Denominator(u32),
    /// `a` / `an` before a number word (`a dozen`, `a hundred`).
    Article,
}

/// Number words and what each contributes, as data.
pub const NUMBER_WORDS: &[(&str, NumberWord)] = &[
    ("zero", NumberWord::Digit(0)),
    ("nought", NumberWord::Digit(0)),
    ("naught", NumberWord::Digit(0)),
    ("one", NumberWord::Digit(1)),
    ("two", NumberWord::Digit(2)),
    ("three", NumberWord::Digit(3)),
    ("four", NumberWord::Digit(4)),
    ("five", NumberWord::Digit(5)),
    ("six", NumberWord::Digit(6)),
    ("seven", NumberWord::Digit(7)),
    ("eight", NumberWord::Digit(8)),
    ("nine", NumberWord::Digit(9)),
    ("ten", NumberWord::Teen(10)),
    ("eleven", NumberWord::Teen(11)),
    ("twelve", NumberWord::Teen(12)),
    ("thirteen", NumberWord::Teen(13)),
    ("fourteen", NumberWord::Teen(14)),
    ("fifteen", NumberWord::Teen(15)),
    ("sixteen", NumberWord::Teen(16)),
    ("seventeen", NumberWord::Teen(17)),
    ("eighteen", NumberWord::Teen(18)),
    ("nineteen", NumberWord::Teen(19)),
    ("twenty", NumberWord::Tens(20)),
    ("thirty", NumberWord::Tens(30)),
    ("forty", NumberWord::Tens(40)),
    ("fourty", NumberWord::Tens(40)),
    ("fifty", NumberWord::Tens(50)),
    ("sixty", NumberWord::Tens(60)),
    ("seventy", NumberWord::Tens(70)),
    ("eighty", NumberWord::Tens(80)),
    ("ninety", NumberWord::Tens(90)),
    ("hundred", NumberWord::Hundred),
    ("thousand", NumberWord::Scale(1e3)),
    ("million", NumberWord::Scale(1e6)),
    ("billion", NumberWord::Scale(1e9)),
    ("trillion", NumberWord::Scale(1e12)),
    ("lakh", NumberWord::Scale(1e5)),
    ("crore", NumberWord::Scale(1e7)),
    ("dozen", NumberWord::Dozen),
    ("dozens", NumberWord::Dozen),
    ("half", NumberWord::Denominator(2)),
    ("halves", NumberWord::Denominator(2)),
    ("third", NumberWord::Denominator(3)),
    ("thirds", NumberWord::Denominator(3)),
    ("quarter", NumberWord::Denominator(4)),
    ("quarters", NumberWord::Denominator(4)),
    ("fourth", NumberWord::Denominator(4)),
    ("fourths", NumberWord::Denominator(4)),
    ("fifth", NumberWord::Denominator(5)),
    ("fifths", NumberWord::Denominator(5)),
    ("sixth", NumberWord::Denominator(6)),
    ("sixths", NumberWord::Denominator(6)),
    ("seventh", NumberWord::Denominator(7)),
    ("sevenths", NumberWord::Denominator(7)),
    ("eighth", NumberWord::Denominator(8)),
    ("eighths", NumberWord::Denominator(8)),
    ("ninth", NumberWord::Denominator(9)),
    ("ninths", NumberWord::Denominator(9)),
    ("tenth", NumberWord::Denominator(10)),
    ("tenths", NumberWord::Denominator(10)),
    ("hundredth", NumberWord::Denominator(100)),
    ("hundredths", NumberWord::Denominator(100)),
    ("thousandth", NumberWord::Denominator(1000)),
    ("thousandths", NumberWord::Denominator(1000)),
    ("a", NumberWord::Article),
    ("an", NumberWord::Article),
];

static NUMBER_INDEX: OnceLock<WordIndex<NumberWord>> = OnceLock::new();

/// Looks up a lower-case word.
pub fn number_word(w: &str) -> Option<NumberWord> {
    NUMBER_INDEX
        .get_or_init(|| WordIndex::new(NUMBER_WORDS))
        .get(w.as_bytes())
}

/// Scale words and abbreviations that may follow digits (`1.54 million`, `$4B`, `$31.4bn`, `14k`).
/// The flag says whether the word may be glued to the digits with no space.
pub fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "dozen" | "dozens" => 12.0,
        "thousand" | "k" => 1e3,
        "lakh" | "lakhs" | "lac" => 1e5,
        "million" | "mn" | "mln" | "m" | "mm" | "mil" | "mio" => 1e6,
        "crore" | "crores" | "cr" => 1e7,
        "billion" | "bn" | "bln" | "b" | "bil" => 1e9,
        "trillion" | "tn" | "tln" | "trn" | "t" => 1e12,
        _ => return None,
    })
}

/// Scale words that only count when written out after a space (a bare `t` or `m`
/// after a space is too often something else).
pub fn spaced_scale_ok(w: &str) -> bool {
    !matches!(w, "k" | "m" | "b" | "t" | "mm" | "cr")
}

/// Vague plural quantities (`hundreds of`, `thousands of`): the interval a plural
/// scale means when it stands alone. `tens` only counts in `tens of thousands`.
pub const VAGUE_PLURALS: &[(&str, (f64, f64))] = &[
    ("dozens", (24.0, 99.0)),
    ("scores", (40.0, 99.0)),
    ("tens", (20.0, 99.0)),
    ("hundreds", (200.0, 999.0)),
    ("thousands", (2e3, 9_999.0)),
    ("millions", (2e6, 999_999_999.0)),
    ("billions", (2e9, 999_999_999_999.0)),
    ("trillions", (2e12, 999e12)),
];

static VAGUE_INDEX: OnceLock<WordIndex<(f64, f64)>> = OnceLock::new();

/// The interval of a vague plural (`thousands` → at least 2,000).
pub fn vague_plural(w: &str) -> Option<(f64, f64)> {
    VAGUE_INDEX
        .get_or_init(|| WordIndex::new(VAGUE_PLURALS))
        .get(w.as_bytes())
}

/// Currency symbols and codes written before a figure, longest first.
pub const CURRENCY_PREFIXES: &[(&str, &str)] = &[
    ("U.S.$", "USD"),
    ("US $", "USD"),
    ("US$", "USD"),
    ("USD$", "USD"),
    ("USD", "USD"),
    ("AU$", "AUD"),
    ("AUD$", "AUD"),
    ("AUD", "AUD"),
    ("A$", "AUD"),
    ("CA$", "CAD"),
    ("CAD$", "CAD"),
    ("CAD", "CAD"),
    ("C$", "CAD"),
    ("NZ$", "NZD"),
    ("NZD$", "NZD"),
    ("NZD", "NZD"),
    ("HK$", "HKD"),
    ("HKD", "HKD"),
    ("S$", "SGD"),
    ("SGD", "SGD"),
    ("R$", "BRL"),
    ("MEX$", "MXN"),
    ("MXN$", "MXN"),
    ("MXN", "MXN"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("JPY", "JPY"),
    ("CNY", "CNY"),
    ("RMB", "CNY"),
    ("CHF", "CHF"),
    ("INR", "INR"),
    ("RS.", "INR"),
    ("RS", "INR"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₩", "KRW"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("₿", "BTC"),
];

/// Currency words and codes written after a figure (`323 million euros`,
/// `115USD`), and subunits whose figure is in hundredths (`50 cents`): the
/// word, its ISO code and whether it is a subunit.
pub const CURRENCY_WORDS: &[(&str, (&str, bool))] = &[
    ("us dollars", ("USD", false)),
    ("us dollar", ("USD", false)),
    ("u.s. dollars", ("USD", false)),
    ("american dollars", ("USD", false)),
    ("canadian dollars", ("CAD", false)),
    ("australian dollars", ("AUD", false)),
    ("new zealand dollars", ("NZD", false)),
    ("hong kong dollars", ("HKD", false)),
    ("singapore dollars", ("SGD", false)),
    ("pounds sterling", ("GBP", false)),
    ("swiss francs", ("CHF", false)),
    ("chinese yuan", ("CNY", false)),
    ("japanese yen", ("JPY", false)),
    ("indian rupees", ("INR", false)),
    ("turkish lira", ("TRY", false)),
    ("dollars", ("USD", false)),
    ("dollar", ("USD", false)),
    ("euros", ("EUR", false)),
    ("euro", ("EUR", false)),
    ("pounds", ("GBP", false)),
    ("sterling", ("GBP", false)),
    ("yen", ("JPY", false)),
    ("yuan", ("CNY", false)),
    ("元", ("CNY", false)),
    ("renminbi", ("CNY", false)),
    ("rupees", ("INR", false)),
    ("rupee", ("INR", false)),
    ("francs", ("CHF", false)),
    ("won", ("KRW", false)),
    ("roubles", ("RUB", false)),
    ("rubles", ("RUB", false)),
    ("bitcoins", ("BTC", false)),
    ("bitcoin", ("BTC", false)),
    ("usd", ("USD", false)),
    ("eur", ("EUR", false)),
    ("gbp", ("GBP", false)),
    ("jpy", ("JPY", false)),
    ("cny", ("CNY", false)),
    ("rmb", ("CNY", false)),
    ("chf", ("CHF", false)),
    ("inr", ("INR", false)),
    ("cad", ("CAD", false)),
    ("aud", ("AUD", false)),
    ("btc", ("BTC", false)),
    ("cents", ("USD", true)),
    ("cent", ("USD", true)),
    ("pence", ("GBP", true)),
    ("penny", ("GBP", true)),
];

/// Percent signs and words (`%`, `percent`, `per cent`, `pct`).
pub const PERCENT_WORDS: &[&str] = &["per cent", "percent", "percentage", "pct"];

/// Percentage-point words; the factor turns them into points (`basis points` are hundredths).
pub const POINT_WORDS: &[(&str, f64)] = &[
    ("percentage points", 1.0),
    ("percentage point", 1.0),
    ("percent points", 1.0),
    ("per cent points", 1.0),
    ("basis points", 0.01),
    ("basis point", 0.01),
    ("bps", 0.01),
    ("bp", 0.01),
    ("ppts", 1.0),
    ("ppt", 1.0),
    ("pp", 1.0),
];

/// Qualifiers written before a figure, longest first so `just over` beats `over`.
pub const QUALIFIERS_BEFORE: &[(&str, QualifierKind)] = &[
    ("greater than or equal to", QualifierKind::AtLeast),
    ("more than or equal to", QualifierKind::AtLeast),
    ("larger than or equal to", QualifierKind::AtLeast),
    ("less than or equal to", QualifierKind::AtMost),
    ("fewer than or equal to", QualifierKind::AtMost),
    ("smaller than or equal to", QualifierKind::AtMost),
    ("equal to or greater than", QualifierKind::AtLeast),
    ("equal to or more than", QualifierKind::AtLeast),
    ("equal to or less than", QualifierKind::AtMost),
    ("equal to or fewer than", QualifierKind::AtMost),
    ("at least or equal to", QualifierKind::AtLeast),
    ("bigger or equal than", QualifierKind::AtLeast),
    ("higher or equal than", QualifierKind::AtLeast),
    ("larger or equal than", QualifierKind::AtLeast),
    ("greater or equal than", QualifierKind::AtLeast),
    ("smaller or equal than", QualifierKind::AtMost),
    ("lower or equal than", QualifierKind::AtMost),
    ("less or equal than", QualifierKind::AtMost),
    ("a little more than", QualifierKind::JustAbove),
    ("a little less than", QualifierKind::JustBelow),
    ("slightly more than", QualifierKind::JustAbove),
    ("slightly less than", QualifierKind::JustBelow),
    ("slightly fewer than", QualifierKind::JustBelow),
    ("in the region of", QualifierKind::Approximate),
    ("in the range of", QualifierKind::Approximate),
    ("on the order of", QualifierKind::Approximate),
    ("a maximum of", QualifierKind::AtMost),
    ("a minimum of", QualifierKind::AtLeast),
    ("not more than", QualifierKind::AtMost),
    ("no more than", QualifierKind::AtMost),
    ("no fewer than", QualifierKind::AtLeast),
    ("no less than", QualifierKind::AtLeast),
    ("just shy of", QualifierKind::JustBelow),
    ("a little over", QualifierKind::JustAbove),
    ("a little under", QualifierKind::JustBelow),
    ("slightly over", QualifierKind::JustAbove),
    ("slightly under", QualifierKind::JustBelow),
    ("slightly above", QualifierKind::JustAbove),
    ("slightly below", QualifierKind::JustBelow),
    ("approximately", QualifierKind::Approximate),
    ("an estimated", QualifierKind::Approximate),
    ("just more than", QualifierKind::JustAbove),
    ("just less than", QualifierKind::JustBelow),
    ("just fewer than", QualifierKind::JustBelow),
    ("in excess of", QualifierKind::AtLeast),
    ("greater than", QualifierKind::AtLeast),
    ("larger than", QualifierKind::AtLeast),
    ("bigger than", QualifierKind::AtLeast),
    ("higher than", QualifierKind::AtLeast),
    ("smaller than", QualifierKind::AtMost),
    ("lower than", QualifierKind::AtMost),
    ("as many as", QualifierKind::AtMost),
    ("as much as", QualifierKind::AtMost),
    ("fewer than", QualifierKind::AtMost),
    ("upwards of", QualifierKind::AtLeast),
    ("upward of", QualifierKind::AtLeast),
    ("more than", QualifierKind::AtLeast),
    ("less than", QualifierKind::AtMost),
    ("just under", QualifierKind::JustBelow),
    ("just below", QualifierKind::JustBelow),
    ("just over", QualifierKind::JustAbove),
    ("just above", QualifierKind::JustAbove),
    ("well over", QualifierKind::AtLeast),
    ("well above", QualifierKind::AtLeast),
    ("well under", QualifierKind::AtMost),
    ("well below", QualifierKind::AtMost),
    ("north of", QualifierKind::AtLeast),
    ("south of", QualifierKind::AtMost),
    ("close to", QualifierKind::Approximate),
    ("closer to", QualifierKind::Approximate),
    ("exceeding", QualifierKind::AtLeast),
    ("exceeded", QualifierKind::AtLeast),
    ("exceeds", QualifierKind::AtLeast),
    ("exceed", QualifierKind::AtLeast),
    ("surpassing", QualifierKind::AtLeast),
    ("surpassed", QualifierKind::AtLeast),
    ("surpass", QualifierKind::AtLeast),
    ("estimated", QualifierKind::Approximate),
    ("at least", QualifierKind::AtLeast),
    ("at most", QualifierKind::AtMost),
    ("roughly", QualifierKind::Approximate),
    ("shy of", QualifierKind::JustBelow),
    ("nearly", QualifierKind::JustBelow),
    ("almost", QualifierKind::JustBelow),
    ("around", QualifierKind::Approximate),
    ("approx.", QualifierKind::Approximate),
    ("approx", QualifierKind::Approximate),
    ("circa", QualifierKind::Approximate),
    ("about", QualifierKind::Approximate),
    ("above", QualifierKind::AtLeast),
    ("below", QualifierKind::AtMost),
    ("under", QualifierKind::AtMost),
    ("up to", QualifierKind::AtMost),
    ("over", QualifierKind::AtLeast),
    ("some", QualifierKind::Approximate),
    (">=", QualifierKind::AtLeast),
    ("<=", QualifierKind::AtMost),
    ("< =", QualifierKind::AtMost),
    ("> =", QualifierKind::AtLeast),
    ("≥", QualifierKind::AtLeast),
    ("≤", QualifierKind::AtMost),
    (">", QualifierKind::AtLeast),
    ("<", QualifierKind::AtMost),
    ("~", QualifierKind::Approximate),
];

/// Qualifiers written after a figure (`27,000+`, `or more`), longest first.
pub const QUALIFIERS_AFTER: &[(&str, QualifierKind)] = &[
    ("or more", QualifierKind::AtLeast),
    ("or higher", QualifierKind::AtLeast),
    ("or greater", QualifierKind::AtLeast),
    ("or above", QualifierKind::AtLeast),
    ("and up", QualifierKind::AtLeast),
    ("and more", QualifierKind::AtLeast),
    ("and above", QualifierKind::AtLeast),
    ("or fewer", QualifierKind::AtMost),
    ("or less", QualifierKind::AtMost),
    ("or lower", QualifierKind::AtMost),
    ("or below", QualifierKind::AtMost),
    ("or so", QualifierKind::Approximate),
    ("-plus", QualifierKind::AtLeast),
    ("-odd", QualifierKind::Approximate),
    ("-ish", QualifierKind::Approximate),
    ("plus", QualifierKind::AtLeast),
    ("+", QualifierKind::AtLeast),
];

/// Nouns that count people or the jobs they hold; a figure before one is about headcount.
pub const PEOPLE_NOUNS: &[&str] = &[
    "job cuts",
    "job losses",
    "job reductions",
    "jobs",
    "job",
    "roles",
    "role",
    "positions",
    "position",
    "posts",
    "employees",
    "employee",
    "workers",
    "worker",
    "staff",
    "staffers",
    "staffer",
    "people",
    "persons",
    "personnel",
    "layoffs",
    "lay-offs",
    "cuts",
    "firings",
    "redundancies",
    "headcount",
    "workforce",
    "employes",
    "contractors",
    "engineers",
    "managers",
    "members",
    "hires",
    "machinists",
    "mechanics",
    "technicians",
    "nurses",
    "doctors",
    "teachers",
    "drivers",
    "pilots",
    "miners",
    "dockworkers",
    "autoworkers",
    "strikers",
    "cashiers",
    "agents",
    "officers",
    "soldiers",
    "troops",
];

/// Nouns of duration (`90 days`, `a 31-year history`).
pub const DURATION_NOUNS: &[&str] = &[
    "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes",
    "minute", "decades", "decade",
];

/// The unit class of a head noun.
pub fn unit_class_of(noun: &str) -> UnitClass {
    if PEOPLE_NOUNS.contains(&noun) {
        UnitClass::People
    } else if DURATION_NOUNS.contains(&noun) {
        UnitClass::Duration
    } else {
        UnitClass::Count
    }
}

/// Words that cannot head a counted noun phrase: the noun search stops at them.
pub fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "of" | "in"
            | "at"
            | "to"
            | "on"
            | "for"
            | "from"
            | "by"
            | "with"
            | "and"
            | "or"
            | "but"
            | "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "have"
            | "has"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "can"
            | "as"
            | "than"
            | "it"
            | "its"
            | "their"
            | "his"
            | "her"
            | "who"
            | "which"
            | "while"
            | "when"
            | "since"
            | "after"
            | "before"
            | "into"
            | "over"
            | "under"
            | "per"
            | "each"
            | "apiece"
            | "year-on-year"
            | "according"
            | "said"
            | "says"
            | "last"
            | "next"
            | "this year"
            | "so"
            | "if"
            | "not"
            | "also"
            | "all"
            | "more"
            | "less"
            | "fewer"
            | "about"
            | "around"
            | "between"
            | "across"
            | "through"
            | "during"
            | "until"
            | "up"
            | "down"
            | "out"
            | "off"
            | "yet"
            | "already"
            | "now"
            | "still"
            | "just"
            | "only"
            | "even"
            | "again"
            | "do"
            | "does"
            | "did"
    )
}

/// Full and abbreviated month names with their numbers.
pub const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

static MONTH_INDEX: OnceLock<WordIndex<u8>> = OnceLock::new();

/// The number of a lower-case month name or abbreviation.
pub fn month(w: &str) -> Option<u8> {
    MONTH_INDEX
        .get_or_init(|| WordIndex::new(MONTHS))
        .get(w.as_bytes())
}

/// Ordinal words for quarters and halves (`second quarter`, `first half`).
pub fn ordinal_word(w: &str) -> Option<u8> {
    Some(match w {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    })
}

/// Verbs of change: a `from A to B` after one of them is a change, not a range.
pub const CHANGE_VERBS: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "rising",
    "risen",
    "fell",
    "fall",
    "falls",
    "falling",
    "fallen",
    "grew",
    "grow",
    "grows",
    "growing",
    "grown",
    "increased",
    "increase",
    "increases",
    "increasing",
    "decreased",
    "decrease",
    "decreases",
    "decreasing",
    "jumped",
    "jump",
    "jumps",
    "climbed",
    "climb",
    "climbs",
    "dropped",
    "drop",
    "drops",
    "declined",
    "decline",
    "declines",
    "slid",
    "slide",
    "slides",
    "slipped",
    "slumped",
    "slump",
    "plunged",
    "plummeted",
    "soared",
    "surged",
    "cut",
    "cuts",
    "reduced",
    "reduce",
    "reduces",
    "raised",
    "raise",
    "raises",
    "lowered",
    "lower",
    "up",
    "down",
    "went",
    "gone",
    "moved",
    "changed",
    "swung",
    "narrowed",
    "widened",
    "shrank",
    "shrunk",
    "shrinking",
    "expanded",
    "expand",
    "doubled",
    "tripled",
    "boosted",
    "trimmed",
    "slashed",
    "tumbled",
    "sank",
    "dipped",
    "edged",
    "ticked",
    "spiked",
    "rebounded",
    "recovered",
    "improved",
    "worsened",
    "accelerated",
    "slowed",
    "contracted",
    "ballooned",
    "dwindled",
    "rocketed",
    "skyrocketed",
    "crept",
    "eased",
    "inched",
    "advanced",
    "retreated",
    "lifted",
    "hiked",
    "upped",
    "downsized",
];

/// Pronouns: a spelled `one` before one is not a count (`the one you mentioned`).
pub fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "i" | "you"
            | "we"
            | "they"
            | "he"
            | "she"
            | "it"
            | "me"
            | "us"
            | "them"
            | "him"
            | "who"
            | "another"
            | "other"
            | "others"
            | "thing"
            | "way"
            | "day"
            | "time"
    )
}

/// Verbs of saying: they attribute a quote to their subject (`X said`, `said X`).
pub const SAID_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "noted",
    "notes",
    "stated",
    "states",
    "explained",
    "explains",
    "wrote",
    "writes",
    "argued",
    "argues",
    "warned",
    "warns",
    "emphasized",
    "emphasised",
    "emphasizes",
    "emphasises",
    "stressed",
    "stresses",
    "acknowledged",
    "admitted",
    "insisted",
    "claimed",
    "declared",
    "remarked",
    "commented",
    "continued",
    "recalled",
    "observed",
    "asked",
    "replied",
    "responded",
    "announced",
    "tweeted",
    "posted",
    "predicted",
    "cautioned",
    "conceded",
    "confirmed",
    "called",
    "quipped",
    "joked",
    "suggested",
    "cited",
    "added",
    "wrote",
    "reiterated",
    "underscored",
    "underlined",
    "highlighted",
    "maintained",
    "contended",
    "countered",
    "concluded",
    "agreed",
    "urged",
    "promised",
    "vowed",
    "boasted",
    "lamented",
    "complained",
];
