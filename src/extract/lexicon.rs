//! Word lists the number grammar consults, kept as data in one place.
//!
//! Everything here is a table: number words, scale words, currencies,
//! qualifiers, the nouns that say what a figure counts, month names. Adding a
//! word means adding a row; no parser logic lives here.

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

/// Looks up a lower-case word.
pub fn number_word(w: &str) -> Option<NumberWord> {
    use NumberWord::*;
    Some(match w {
        "zero" | "nought" | "naught" => Digit(0),
        "one" => Digit(1),
        "two" => Digit(2),
        "three" => Digit(3),
        "four" => Digit(4),
        "five" => Digit(5),
        "six" => Digit(6),
        "seven" => Digit(7),
        "eight" => Digit(8),
        "nine" => Digit(9),
        "ten" => Teen(10),
        "eleven" => Teen(11),
        "twelve" => Teen(12),
        "thirteen" => Teen(13),
        "fourteen" => Teen(14),
        "fifteen" => Teen(15),
        "sixteen" => Teen(16),
        "seventeen" => Teen(17),
        "eighteen" => Teen(18),
        "nineteen" => Teen(19),
        "twenty" => Tens(20),
        "thirty" => Tens(30),
        "forty" | "fourty" => Tens(40),
        "fifty" => Tens(50),
        "sixty" => Tens(60),
        "seventy" => Tens(70),
        "eighty" => Tens(80),
        "ninety" => Tens(90),
        "hundred" => Hundred,
        "thousand" => Scale(1e3),
        "million" => Scale(1e6),
        "billion" => Scale(1e9),
        "trillion" => Scale(1e12),
        "lakh" => Scale(1e5),
        "crore" => Scale(1e7),
        "dozen" | "dozens" => Dozen,
        "half" | "halves" => Denominator(2),
        "third" | "thirds" => Denominator(3),
        "quarter" | "quarters" | "fourth" | "fourths" => Denominator(4),
        "fifth" | "fifths" => Denominator(5),
        "sixth" | "sixths" => Denominator(6),
        "seventh" | "sevenths" => Denominator(7),
        "eighth" | "eighths" => Denominator(8),
        "ninth" | "ninths" => Denominator(9),
        "tenth" | "tenths" => Denominator(10),
        "hundredth" | "hundredths" => Denominator(100),
        "thousandth" | "thousandths" => Denominator(1000),
        "a" | "an" => Article,
        _ => return None,
    })
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

/// Vague plural quantities (`hundreds of`, `thousands of`): the interval a plural scale means.
pub fn vague_plural(w: &str) -> Option<(f64, f64)> {
    Some(match w {
        "dozens" => (24.0, 99.0),
        "scores" => (40.0, 99.0),
        "hundreds" => (200.0, 999.0),
        "thousands" => (2e3, 9_999.0),
        "millions" => (2e6, 999_999_999.0),
        "billions" => (2e9, 999_999_999_999.0),
        "trillions" => (2e12, 999e12),
        _ => return None,
    })
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

/// Currency words and codes written after a figure (`323 million euros`, `115USD`), longest first.
pub const CURRENCY_SUFFIXES: &[(&str, &str)] = &[
    ("us dollars", "USD"),
    ("us dollar", "USD"),
    ("u.s. dollars", "USD"),
    ("american dollars", "USD"),
    ("canadian dollars", "CAD"),
    ("australian dollars", "AUD"),
    ("new zealand dollars", "NZD"),
    ("hong kong dollars", "HKD"),
    ("singapore dollars", "SGD"),
    ("pounds sterling", "GBP"),
    ("swiss francs", "CHF"),
    ("chinese yuan", "CNY"),
    ("japanese yen", "JPY"),
    ("indian rupees", "INR"),
    ("turkish lira", "TRY"),
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("pounds", "GBP"),
    ("sterling", "GBP"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("元", "CNY"),
    ("renminbi", "CNY"),
    ("rupees", "INR"),
    ("rupee", "INR"),
    ("francs", "CHF"),
    ("won", "KRW"),
    ("roubles", "RUB"),
    ("rubles", "RUB"),
    ("bitcoins", "BTC"),
    ("bitcoin", "BTC"),
    ("usd", "USD"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("jpy", "JPY"),
    ("cny", "CNY"),
    ("rmb", "CNY"),
    ("chf", "CHF"),
    ("inr", "INR"),
    ("cad", "CAD"),
    ("aud", "AUD"),
    ("btc", "BTC"),
];

/// Subunits: the figure is in hundredths of the currency (`50 cents`, `197 pence`).
pub const CURRENCY_SUBUNITS: &[(&str, &str)] = &[
    ("cents", "USD"),
    ("cent", "USD"),
    ("pence", "GBP"),
    ("penny", "GBP"),
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
pub fn month(w: &str) -> Option<u8> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
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
