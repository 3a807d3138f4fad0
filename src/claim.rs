//! Claims: the checkable statements extraction finds, as plain data.
//!
//! A claim is a span of one document plus what it asserts: a quantity (count,
//! money, percent, percentage points, time), an entity mention, a role
//! `(organisation, title, person)` or a quote. Claims own no source text; the
//! renderers read it back through the span. Nothing here parses or checks.

use crate::source::{DocId, Span};
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

mod shared;
mod sym;
pub use shared::SharedQuantity;
pub use sym::Sym;

/// What a number measures; the `kind` of a numeric claim in JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Measure {
    /// A plain count (`14,000 employees`, `a dozen`).
    Count,
    /// An amount of money in whole currency units.
    Money,
    /// A percentage as written (`15%` is 15).
    Percent,
    /// A difference of percentages (`2 percentage points`, `50 basis points` = 0.5).
    PercentagePoints,
    /// A year, period, quarter or date: never compared with counts.
    Time,
}

impl Measure {
    /// The JSON name of the measure.
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Count => "count",
            Measure::Money => "money",
            Measure::Percent => "percent",
            Measure::PercentagePoints => "percentage_points",
            Measure::Time => "time",
        }
    }
}

/// What a number counts, normalised so that `jobs`, `roles` and `employees` meet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum UnitClass {
    /// People and the jobs they hold: employees, workers, staff, jobs, roles, positions.
    People,
    /// Money (the currency is kept beside it).
    Money,
    /// Percent.
    Percent,
    /// Percentage points.
    PercentagePoints,
    /// Spans of time (`90 days`, `a 31-year history`).
    Duration,
    /// Calendar time (years, quarters, dates).
    Time,
    /// Anything else: the head noun tells what.
    Count,
}

impl UnitClass {
    /// The JSON name of the unit class.
    pub fn as_str(self) -> &'static str {
        match self {
            UnitClass::People => "people",
            UnitClass::Money => "money",
            UnitClass::Percent => "percent",
            UnitClass::PercentagePoints => "percentage_points",
            UnitClass::Duration => "duration",
            UnitClass::Time => "time",
            UnitClass::Count => "count",
        }
    }
}

/// A closed interval `[low, high]`; either end may be infinite (unbounded).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    /// Lower end (`-inf` when unbounded).
    pub low: f64,
    /// Upper end (`+inf` when unbounded).
    pub high: f64,
}

impl Interval {
    /// `[low, high]`.
    pub fn new(low: f64, high: f64) -> Interval {
        Interval { low, high }
    }

    /// The degenerate interval `[v, v]`.
    pub fn point(v: f64) -> Interval {
        Interval { low: v, high: v }
    }

    /// `[v - half, v + half]`.
    pub fn around(v: f64, half: f64) -> Interval {
        Interval::new(v - half, v + half)
    }

    /// True when the two intervals overlap. Intervals of rounding meet at
    /// their edges without overlapping: `6,000` is `[5,500, 6,500]` and `7,000`
    /// is `[6,500, 7,500]`, yet no figure rounds to both, so two wide
    /// intervals must share more than an edge. An exact point on an edge is inside.
    pub fn intersects(&self, other: &Interval) -> bool {
        let low = self.low.max(other.low);
        let high = self.high.min(other.high);
        low < high || (low == high && (self.low == self.high || other.low == other.high))
    }

    /// True when the interval holds `v`.
    pub fn contains(&self, v: f64) -> bool {
        self.low <= v && v <= self.high
    }

    /// Interval product (also `*`).
    pub fn product(self, o: Interval) -> Interval {
        let c = [
            self.low * o.low,
            self.low * o.high,
            self.high * o.low,
            self.high * o.high,
        ];
        let c = c.map(|v| if v.is_nan() { 0.0 } else { v });
        Interval::new(
            c.iter().copied().fold(f64::INFINITY, f64::min),
            c.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        )
    }

    /// Interval quotient; `None` when the divisor contains zero.
    pub fn checked_div(self, o: Interval) -> Option<Interval> {
        if o.contains(0.0) {
            return None;
        }
        Some(self.product(Interval::new(1.0 / o.high, 1.0 / o.low)))
    }

    /// Multiplies both ends by a constant.
    pub fn scale(self, k: f64) -> Interval {
        self.product(Interval::point(k))
    }

    /// Width of the interval (infinite when unbounded).
    pub fn width(&self) -> f64 {
        self.high - self.low
    }

    /// True when both ends are finite.
    pub fn is_bounded(&self) -> bool {
        self.low.is_finite() && self.high.is_finite()
    }
}

impl std::ops::Add for Interval {
    type Output = Interval;
    fn add(self, o: Interval) -> Interval {
        Interval::new(self.low + o.low, self.high + o.high)
    }
}

impl std::ops::Sub for Interval {
    type Output = Interval;
    fn sub(self, o: Interval) -> Interval {
        Interval::new(self.low - o.high, self.high - o.low)
    }
}

impl std::ops::Mul for Interval {
    type Output = Interval;
    fn mul(self, o: Interval) -> Interval {
        self.product(o)
    }
}

/// Which way a qualifier moves a stated figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum QualifierKind {
    /// `approximately`, `about`, `some`: a tolerance either side.
    Approximate,
    /// `nearly`, `almost`, `just under`: a tolerance below, up to the figure.
    JustBelow,
    /// `just over`, `a little more than`: a tolerance above, from the figure.
    JustAbove,
    /// `more than`, `at least`, `27,000+`: a lower bound, no upper one.
    AtLeast,
    /// `less than`, `up to`, `as many as`: an upper bound, no lower one.
    AtMost,
}

impl QualifierKind {
    /// The JSON name of the direction.
    pub fn as_str(self) -> &'static str {
        match self {
            QualifierKind::Approximate => "approximate",
            QualifierKind::JustBelow => "just_below",
            QualifierKind::JustAbove => "just_above",
            QualifierKind::AtLeast => "at_least",
            QualifierKind::AtMost => "at_most",
        }
    }

    /// True for the qualifiers that state a bound rather than a tolerance.
    pub fn is_bound(self) -> bool {
        matches!(self, QualifierKind::AtLeast | QualifierKind::AtMost)
    }
}

/// A qualifier kept on a numeric claim, with its words as written.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Qualifier {
    /// Its direction.
    pub kind: QualifierKind,
    /// The words, lower-cased (`more than`, `+`, `or more`), kept once per
    /// distinct text.
    pub words: Sym,
}

/// A numeric claim: an interval, the point stated (if any) and what it counts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// Count, money, percent, percentage points or time.
    pub measure: Measure,
    /// The point value stated; `None` for ranges and vague quantities.
    pub value: Option<f64>,
    /// What the words allow, after implicit precision and qualifiers.
    pub interval: Interval,
    /// The rounding unit the figure was written to (`14,000` → 1000); 0 when exact.
    pub step: f64,
    /// ISO 4217 code for money (`USD`, `EUR`).
    #[serde(deserialize_with = "currency_code")]
    pub currency: Option<CurrencyCode>,
    /// The unit class of what is counted.
    pub unit: UnitClass,
    /// The head noun counted, lower-cased (`employees`, `job cuts`), kept
    /// once per distinct noun (a few hundred for an archive's figures).
    pub noun: Option<Sym>,
    /// The qualifier stated with the figure.
    pub qualifier: Option<Qualifier>,
    /// For time claims: the period named (`2025`, `2022/2023`, `Q2`, `2023-early`, `11-03`).
    pub period: Option<TimeLabel>,
    /// True for vague quantities (`thousands of`).
    pub vague: bool,
    /// True for a figure given as the point of comparison (`up from $6
    /// billion`, `$6 billion a year earlier`): it belongs to another period
    /// than the figure it is compared with. Set at extraction.
    pub comparison: bool,
    /// The two ends of a stated range (`10,000–12,000`), before implicit
    /// precision; boxed, as few figures are ranges (every quantity is kept
    /// for the whole run).
    pub range: Option<Box<(f64, f64)>>,
}

#[cfg(test)]
impl Quantity {
    /// A figure for unit tests: `v` exactly, of `measure` and `unit`,
    /// nothing else stated.
    pub fn bare(measure: Measure, v: f64, unit: UnitClass) -> Quantity {
        Quantity {
            measure,
            value: Some(v),
            interval: Interval::point(v),
            step: 0.0,
            currency: None,
            unit,
            noun: None,
            qualifier: None,
            period: None,
            vague: false,
            comparison: false,
            range: None,
        }
    }
}

impl Quantity {
    /// The bounds as stated, before implicit precision widens them: a point is
    /// `(v, v)`, `more than v` is `(v, None)`, a range is its two ends.
    pub fn stated_bounds(&self) -> (Option<f64>, Option<f64>) {
        if let Some(&(a, b)) = self.range.as_deref() {
            return (Some(a), Some(b));
        }
        let Some(v) = self.value else {
            return (finite(self.interval.low), finite(self.interval.high));
        };
        match self.qualifier.as_ref().map(|q| q.kind) {
            Some(QualifierKind::AtLeast) => (Some(v), None),
            Some(QualifierKind::AtMost) => (None, Some(v)),
            _ => (Some(v), Some(v)),
        }
    }
}

/// An ISO 4217 code from the lexicon. Named so that serde does not take
/// the `&'static str` for text borrowed from its input (the claims cache
/// reads codes back through `currency_code`).
pub type CurrencyCode = &'static str;

/// Reads a currency code back as the `&'static str` extraction gives
/// (the claims cache): only three ASCII capitals, the shape of every ISO
/// 4217 code the lexicon holds, each kept once for the whole process.
fn currency_code<'de, D: Deserializer<'de>>(d: D) -> Result<Option<&'static str>, D::Error> {
    use std::sync::Mutex;
    static CODES: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
    let Some(code) = Option::<String>::deserialize(d)? else {
        return Ok(None);
    };
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(serde::de::Error::custom("not a currency code"));
    }
    let mut codes = CODES.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(known) = codes.iter().find(|c| **c == code) {
        return Ok(Some(known));
    }
    // At most 26^3 distinct codes can ever be kept, three bytes each.
    let kept: &'static str = Box::leak(code.into_boxed_str());
    codes.push(kept);
    Ok(Some(kept))
}

fn finite(v: f64) -> Option<f64> {
    v.is_finite().then_some(v)
}

/// Person or organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, agency, union, outlet or other organisation.
    Org,
}

impl EntityKind {
    /// The JSON name of the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Org => "org",
        }
    }
}

/// A mention of a named entity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Person or organisation.
    pub kind: EntityKind,
    /// The full name this mention resolves to (`Galetti` → `Beth Galetti`),
    /// kept once per distinct name (an archive names a few thousand
    /// people and organisations a hundred thousand times).
    pub name: Sym,
}

/// A claim that a person holds a title at an organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Role {
    /// The organisation, when stated or inferred.
    pub org: Option<String>,
    /// The title as a display form (`CEO`, `Senior Vice President of People Experience and Technology`).
    pub title: String,
    /// The normalised title key used for comparison (`ceo`, `svp people experience technology`).
    pub title_key: String,
    /// The key of the title without its remit (`svp`).
    pub base_key: String,
    /// True when the title has one holder per organisation (CEO, CFO, chair).
    pub single: bool,
    /// The person's full name.
    pub person: String,
    /// `former`, `ex`, `then`, `incoming`, `interim`, `acting`, when stated.
    pub qualifier: Option<String>,
    /// Where the person's name is.
    pub person_span: Span,
    /// Where the title is.
    pub title_span: Span,
    /// Where the organisation is named, when it is named in this sentence.
    pub org_span: Option<Span>,
    /// True when the organisation came from context rather than the sentence.
    pub org_inferred: bool,
}

/// A quotation and who said it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The speaker's full name, when attributed.
    pub speaker: Option<String>,
    /// The quoted words without the quote marks.
    pub quote: String,
    /// The span of the quoted words inside the marks.
    pub inner: Span,
    /// Where the attribution names the speaker (pronoun or name), when it does.
    pub speaker_span: Option<Span>,
}

/// What a claim asserts.
///
/// Kept small, because an archive holds hundreds of thousands of claims
/// (about 23 a kilobyte of drafts) for the whole run: the large kinds are
/// boxed or shared, so a claim is 40 bytes; an entity mention (nearly half
/// of all claims) needs no allocation of its own (its name is a shared
/// `Sym`), and a figure shares its `Quantity` with every figure stating
/// exactly the same (`SharedQuantity`). Both deref, so
/// `ClaimKind::Quantity(q)` still gives a `&Quantity` to read; building one
/// takes `SharedQuantity::new`, a role or quote `Box::new` (serde writes
/// either as what it holds).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ClaimKind {
    /// A number, shared with every figure stating exactly the same.
    Quantity(SharedQuantity),
    /// A named person or organisation.
    Entity(Entity),
    /// Who holds which job.
    Role(Box<Role>),
    /// Who said what.
    Quote(Box<Quote>),
}

/// One claim: its document, span, sentence and content.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The document it was found in.
    pub doc: DocId,
    /// Its byte span in that document.
    pub span: Span,
    /// Index of its sentence in the document's sentence list.
    pub sentence: u32,
    /// What it asserts.
    pub kind: ClaimKind,
}

impl Claim {
    /// The JSON `kind` of the claim.
    pub fn kind_name(&self) -> &'static str {
        match &self.kind {
            ClaimKind::Quantity(q) => q.measure.as_str(),
            ClaimKind::Entity(e) => e.kind.as_str(),
            ClaimKind::Role(_) => "role",
            ClaimKind::Quote(_) => "quote",
        }
    }

    /// The quantity, when this is a numeric claim.
    pub fn quantity(&self) -> Option<&Quantity> {
        match &self.kind {
            ClaimKind::Quantity(q) => Some(q),
            _ => None,
        }
    }

    /// The role, when this is a role claim.
    pub fn role(&self) -> Option<&Role> {
        match &self.kind {
            ClaimKind::Role(r) => Some(r),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_stays_small() {
        // Hundreds of thousands are kept at once on an archive (ClaimKind).
        assert!(
            std::mem::size_of::<Claim>() <= 40,
            "{}",
            std::mem::size_of::<Claim>()
        );
        assert!(std::mem::size_of::<ClaimKind>() <= 16);
        assert!(
            std::mem::size_of::<Quantity>() <= 128,
            "{}",
            std::mem::size_of::<Quantity>()
        );
    }

    #[test]
    fn disjoint_intervals_do_not_intersect() {
        assert!(!Interval::new(3.5, 4.5).intersects(&Interval::new(7.5, 8.5)));
        assert!(!Interval::new(5_500.0, 6_500.0).intersects(&Interval::new(6_500.0, 7_500.0)));
        assert!(Interval::point(6_500.0).intersects(&Interval::new(6_500.0, 7_500.0)));
        assert!(Interval::point(4.0).intersects(&Interval::point(4.0)));
        assert!(
            Interval::new(26_500.0, f64::INFINITY).intersects(&Interval::new(26_500.0, 27_500.0))
        );
    }

    #[test]
    fn products_take_the_extreme_corners() {
        let p = Interval::new(14.5, 15.5) * Interval::new(9_500.0, 10_500.0);
        assert_eq!(p, Interval::new(137_750.0, 162_750.0));
    }

    #[test]
    fn division_by_an_interval_holding_zero_is_refused() {
        assert!(
            Interval::point(1.0)
                .checked_div(Interval::new(-1.0, 1.0))
                .is_none()
        );
    }
}

/// Which way a verb of change says a figure moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Direction {
    /// `rose`, `grew`, `jumped`.
    Up,
    /// `fell`, `slumped`, `slid`.
    Down,
    /// `changed`, `moved`, `went`: no direction stated.
    Neutral,
}

/// How parts relate to a total.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PartsKind {
    /// `A, B and C, a total of T`: the parts add up to the total.
    Sum,
    /// `T, including A and B`: the parts fit inside the total.
    Including,
}

/// An arithmetic relation a draft states between its figures, in one
/// sentence or (for parts) a line and the list it introduces. Indexes point
/// into the document's claims.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Relation {
    /// `P% of B, or R` and its variants; `base` or `result` may be missing
    /// (`R, or P% of its workforce` has no stated base).
    PercentOf {
        /// The percentage claim.
        percent: usize,
        /// The base it is a share of, when stated as a figure.
        base: Option<usize>,
        /// The count the share comes to, when stated.
        result: Option<usize>,
        /// The noun the share is of when no base figure is given (`workforce`).
        of: Option<String>,
    },
    /// `rose from A to B`, `fell 20% from A to B`, `B, down from A` (the
    /// verb is then `up` or `down`).
    Change {
        /// The verb's direction.
        direction: Direction,
        /// Where the verb is.
        verb: Span,
        /// The starting figure.
        from: usize,
        /// The ending figure.
        to: usize,
        /// A stated size of the change (`20%`, `2 percentage points`), when given.
        stated: Option<usize>,
    },
    /// Parts stated against a total (`A and B, a total of T`, a list after
    /// `T breaks down as follows:`).
    Parts {
        /// Sum or inclusion.
        kind: PartsKind,
        /// The parts.
        parts: Vec<usize>,
        /// The total.
        total: usize,
    },
}

/// A claim's address: document index and claim index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClaimId {
    /// Index of the document (and of its extraction).
    pub doc: usize,
    /// Index of the claim in that extraction.
    pub claim: usize,
}

/// The period a time claim names, as typed data; its `Display` is the
/// normalised label printed by `claims` and the JSON output (`2025`,
/// `2022/2023`, `1990s`, `FY2025`, `2025-Q2`, `H1`, `2023-early`, `2024-06`,
/// `11-03`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TimeLabel {
    /// One calendar year.
    Year(i64),
    /// A decade (`1990s`).
    Decade(i64),
    /// A span of years (`2022–2023`).
    Years(i64, i64),
    /// A fiscal year (`FY2025`, `fiscal 2025`).
    Fiscal(i64),
    /// A part of a year (`Q2`, `first half of 2024`, `early 2023`).
    Part {
        /// The year, when named.
        year: Option<i64>,
        /// Which part.
        part: YearPart,
    },
    /// A month, or a day of one (`June 2024`, `Nov. 3`).
    Date {
        /// The year, when named.
        year: Option<i64>,
        /// 1–12.
        month: u8,
        /// The day, when named.
        day: Option<u8>,
    },
    /// A day named by its weekday alone (`on Wednesday`, `next Friday`):
    /// a day of the story's week, before the story's date or, when the
    /// sentence speaks of what is to come, after it.
    Weekday {
        /// 0 for Monday to 6 for Sunday.
        day: u8,
        /// True when it is to come (`will vote on Friday`, `next Friday`).
        ahead: bool,
    },
}

/// A part of a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum YearPart {
    /// A quarter, 1–4.
    Quarter(u8),
    /// A half, 1–2.
    Half(u8),
    /// `early 2023`.
    Early,
    /// `mid-2024`.
    Mid,
    /// `late 2024`.
    Late,
}

impl TimeLabel {
    /// True for a quarter (`Q2`, `2025-Q2`).
    pub fn is_quarter(&self) -> bool {
        matches!(
            self,
            TimeLabel::Part {
                part: YearPart::Quarter(_),
                ..
            }
        )
    }

    /// True for a month or a day named without a year (`June`, `Nov. 3`):
    /// when something was announced, not what period a figure covers.
    pub fn is_undated_day_or_month(&self) -> bool {
        matches!(
            self,
            TimeLabel::Date { year: None, .. } | TimeLabel::Weekday { .. }
        )
    }

    /// The year a snapshot at this time falls in: a month, quarter or half of
    /// a named year is that year; a day, a season (`early 2023`) or anything
    /// else is itself.
    pub fn snapshot_year(&self) -> Option<i64> {
        match *self {
            TimeLabel::Date {
                year: Some(y),
                day: None,
                ..
            } => Some(y),
            TimeLabel::Part {
                year: Some(y),
                part: YearPart::Quarter(_) | YearPart::Half(_),
            } => Some(y),
            _ => None,
        }
    }
}

impl fmt::Display for YearPart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            YearPart::Quarter(n) => write!(f, "Q{n}"),
            YearPart::Half(n) => write!(f, "H{n}"),
            YearPart::Early => f.write_str("early"),
            YearPart::Mid => f.write_str("mid"),
            YearPart::Late => f.write_str("late"),
        }
    }
}

impl fmt::Display for TimeLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeLabel::Year(y) => write!(f, "{y}"),
            TimeLabel::Decade(y) => write!(f, "{y}s"),
            TimeLabel::Years(a, b) => write!(f, "{a}/{b}"),
            TimeLabel::Fiscal(y) => write!(f, "FY{y}"),
            TimeLabel::Part {
                year: Some(y),
                part,
            } => write!(f, "{y}-{part}"),
            TimeLabel::Part { year: None, part } => write!(f, "{part}"),
            TimeLabel::Date { year, month, day } => {
                if let Some(y) = year {
                    write!(f, "{y}-")?;
                }
                write!(f, "{month:02}")?;
                if let Some(d) = day {
                    write!(f, "-{d:02}")?;
                }
                Ok(())
            }
            TimeLabel::Weekday { day, ahead } => {
                const NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
                let name = NAMES.get(usize::from(*day)).unwrap_or(&"?");
                if *ahead {
                    write!(f, "next-{name}")
                } else {
                    write!(f, "{name}")
                }
            }
        }
    }
}
