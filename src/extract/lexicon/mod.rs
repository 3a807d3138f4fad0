//! Word lists the number grammar consults, kept as data in one place.
//!
//! Everything here is a table: number words, scale words, currencies,
//! qualifiers, the nouns that say what a figure counts, month names. Adding a
//! word means adding a row; no parser logic lives here.

use std::sync::OnceLock;

use super::wordindex::WordIndex;
use crate::claim::{QualifierKind, UnitClass};

mod money;
mod nouns;
mod qualifiers;
mod words;

pub use money::{
    CURRENCY_PREFIXES, CURRENCY_WORDS, PERCENT_WORDS, POINT_WORDS, SCALED_CODES, SYMBOLS_AFTER,
};
pub use nouns::{DURATION_NOUNS, PEOPLE_NOUNS, PERSON_NOUNS_BEFORE_NAMES, unit_class_of};
pub use qualifiers::{QUALIFIERS_AFTER, QUALIFIERS_BEFORE};
pub use words::{CHANGE_VERBS, SAID_VERBS, is_function_word, is_pronoun};

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

/// Looks up a word in any ASCII case (every number word is lower case, so
/// this is `number_word` of the word lower-cased, without the lower-casing).
pub fn number_word_any_case(w: &str) -> Option<NumberWord> {
    NUMBER_INDEX
        .get_or_init(|| WordIndex::new(NUMBER_WORDS))
        .get_any_case(super::wordindex::lower_hash(w.as_bytes()), w.as_bytes())
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
