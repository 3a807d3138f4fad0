//! The typed key: what a figure states, as data (`Key`), and the outcome of
//! keying one figure (`Keyed`). `Display` gives the words `claims` prints
//! (`amazon / people / cut / 2025`).

use std::fmt;

use crate::claim::{ClaimId, Sym, TimeLabel};

/// What a figure states, when the words say so unambiguously. Two figures
/// meet only when every part is equal.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct Key {
    /// The organisation, as `org_key` normalises it.
    pub org: String,
    /// What is counted.
    pub what: What,
    /// What the figure says happened to it.
    pub predicate: Predicate,
    /// The period, when stated.
    pub period: Option<Period>,
    /// A division or unit (or, for people, a place), when the figure is about one.
    pub division: Option<String>,
    /// A third party the figure is attributed to.
    pub source: Option<String>,
}

/// A part of a company's people (`corporate`, `frontline`, `seasonal`).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Subclass {
    /// Office and corporate staff.
    Corporate,
    /// Warehouse, store, delivery and other frontline staff.
    Frontline,
    /// Seasonal and temporary staff.
    Seasonal,
}

/// What a figure counts.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum What {
    /// People, or one part of them.
    People(Option<Subclass>),
    /// A share of a workforce, or of one part of it.
    WorkforceShare(Option<Subclass>),
    /// Money of one kind.
    Money(MoneyKind),
    /// Money invested in a named company.
    InvestmentIn(String),
    /// The value of a deal for a named company.
    DealFor(String),
    /// Things, by their plural noun (`vehicles`, `subscribers`).
    Things(String),
}

impl What {
    /// The people a share of them is taken of (`share of workforce
    /// (corporate)` → `people (corporate)`).
    pub fn staff(&self) -> Option<What> {
        match self {
            What::WorkforceShare(s) => Some(What::People(*s)),
            _ => None,
        }
    }

    /// The company money went into or was paid for, when it names one.
    pub fn target(&self) -> Option<&str> {
        match self {
            What::InvestmentIn(t) | What::DealFor(t) => Some(t),
            _ => None,
        }
    }

    /// True for people, of any part.
    pub fn is_people(&self) -> bool {
        matches!(self, What::People(_))
    }
}

/// Kinds of money; the words for each are the `money:` sections of `words.txt`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum MoneyKind {
    Revenue,
    OperatingProfit,
    /// Profit before one-off items (`underlying`, `adjusted`, `core`): a
    /// measure of its own beside the statutory profit.
    UnderlyingProfit,
    Profit,
    Loss,
    Capex,
    MarketValue,
    Investment,
    Savings,
    Fine,
    PerShare,
    Settlement,
    /// Money a court orders forfeited (`ordered to forfeit $11 billion`).
    Forfeiture,
    Deal,
    Funding,
    Charge,
    Tax,
    Aid,
    Spending,
    Debt,
    Deficit,
    /// A share's price at a market close (`Splunk's close of $120.09`).
    Close,
    /// Orders taken in a period (`net bookings of €2.6 billion`).
    Bookings,
    /// Shares a company buys back (`a share buyback of up to DKK 20
    /// billion`): not money per share.
    Buyback,
    /// What one side of a deal owes the other if it fails (`a $600 million
    /// termination fee`).
    TerminationFee,
    /// What the buyer owes the seller if the deal fails (`a reverse
    /// termination fee of $1.1 billion`): another fee than the seller's.
    ReverseTerminationFee,
    /// A person's pay (`a base salary of $1.6 million`).
    Salary,
    /// What a winner takes home (`prize money`, `a winner's cheque`).
    Prize,
    /// An event's whole prize money (`a total prize fund of £50 million`).
    PrizeFund,
}

/// What a figure says happened: to people, to money, to things.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Predicate {
    /// Jobs cut.
    Cut,
    /// People hired.
    Hire,
    /// People replaced (by software, by contractors).
    Replaced,
    /// People on strike.
    Strike,
    /// People employed.
    Headcount,
    /// Money reported.
    Reported,
    /// Money planned, forecast or budgeted.
    Planned,
    /// Things delivered.
    Delivered,
    /// Things recalled.
    Recalled,
    /// Things sold.
    Sold,
    /// Things shipped.
    Shipped,
    /// Things produced.
    Produced,
    /// Users, subscribers, customers had.
    Users,
    /// Money a value moved by (`wiping $200bn from its market value`).
    Moved,
    /// People killed.
    Died,
    /// People evacuated or displaced.
    Evacuated,
    /// People injured.
    Injured,
    /// People infected (an outbreak's cases).
    Infected,
    /// People taken into hospital.
    Hospitalised,
    /// People missing or unaccounted for after a disaster.
    Missing,
    /// Seats or votes won.
    Won,
    /// Homes or buildings damaged or destroyed.
    Damaged,
    /// Votes cast.
    Cast,
    /// Flights, trains or events cancelled.
    Cancelled,
    /// Passengers or travellers stranded.
    Stranded,
    /// People who took part in or attended an event (`1.8 million pilgrims
    /// took part in the hajj`).
    Attended,
    /// The level of a named rate (`turnout of 59.7%`, `the policy rate at
    /// 5.25%`).
    Level,
    /// How long an event lasted (`the 53-day walkout`).
    Lasted,
    /// A person's age (`Holmes, 38,`, `the 29-year-old`).
    Age,
}

impl Predicate {
    /// True for a disaster's toll: people killed, evacuated, injured or
    /// missing, homes damaged.
    pub fn is_toll(self) -> bool {
        matches!(
            self,
            Predicate::Died
                | Predicate::Evacuated
                | Predicate::Injured
                | Predicate::Infected
                | Predicate::Hospitalised
                | Predicate::Missing
                | Predicate::Damaged
        )
    }

    /// True for the figures of what a story's event did or drew: a toll,
    /// flights cancelled, travellers stranded, people who took part. With
    /// no organisation named, or the story's own, they are the story's.
    pub fn is_story_figure(self) -> bool {
        self.is_toll()
            || matches!(
                self,
                Predicate::Cancelled
                    | Predicate::Stranded
                    | Predicate::Attended
                    | Predicate::Level
                    | Predicate::Lasted
            )
    }
}

/// A period phrase read relative to the story (`last year`), or a bare
/// unit (`quarterly`), which another period in the sentence overrides.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Relative {
    LastYear,
    ThisYear,
    NextYear,
    LastQuarter,
    ThisQuarter,
    /// `quarterly`, `a single quarter`.
    AnyQuarter,
    /// `annual`, `per year`.
    AnyYear,
    /// An earlier snapshot (`before the pandemic`, `at the start of the
    /// year`, `at its peak`): never the figure stated for now.
    Earlier,
}

/// A word that turns a time into a span (`since 2022`, `by 2026`).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Reach {
    Since,
    By,
    Through,
    Until,
    Before,
}

/// One part of a figure's period.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum PeriodPart {
    /// A named time, perhaps reached from or to (`2025`, `since 2022`).
    Time(Option<Reach>, TimeLabel),
    /// A relative phrase.
    Relative(Relative),
}

/// A figure's period: the parts its sentence gives it, in the order of
/// their words (`2025 + Q2`).
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct Period(pub Vec<PeriodPart>);

impl Period {
    /// The one part, when there is exactly one.
    pub fn only(&self) -> Option<&PeriodPart> {
        match &self.0[..] {
            [one] => Some(one),
            _ => None,
        }
    }

    /// True for one plain quarter (`Q2`, `2025-Q2`).
    pub fn is_quarter(&self) -> bool {
        matches!(self.only(), Some(PeriodPart::Time(None, t)) if t.is_quarter())
    }

    /// True for one plain year (`2025`).
    pub fn is_year(&self) -> bool {
        matches!(
            self.only(),
            Some(PeriodPart::Time(None, TimeLabel::Year(_)))
        )
    }

    /// True when it is exactly this relative phrase.
    pub fn is(&self, r: Relative) -> bool {
        self.only() == Some(&PeriodPart::Relative(r))
    }
}

/// A numeric claim's key, or why it has none.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyed {
    /// The claim.
    pub claim: ClaimId,
    /// Its key, when unambiguous: boxed, because most figures have none
    /// (an unkeyed figure's `Keyed` is a quarter of a keyed one's size).
    pub key: Option<Box<Key>>,
    /// Why, in words. Kept once per distinct text (`Sym`): an archive's
    /// figures share a few thousand reasons.
    pub why: Sym,
    /// True when a work cap left it without a key (`MAX_FIGURES_PER_SENTENCE`);
    /// the `work-cap` check reports it.
    pub capped: bool,
    /// How its clause reads, for binding (default when not read).
    pub reading: crate::bind::Reading,
}

impl fmt::Display for Subclass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Subclass::Corporate => "corporate",
            Subclass::Frontline => "frontline",
            Subclass::Seasonal => "seasonal",
        })
    }
}

impl fmt::Display for MoneyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MoneyKind::Revenue => "revenue",
            MoneyKind::OperatingProfit => "operating profit",
            MoneyKind::UnderlyingProfit => "underlying profit",
            MoneyKind::Profit => "profit",
            MoneyKind::Loss => "loss",
            MoneyKind::Capex => "capex",
            MoneyKind::MarketValue => "market value",
            MoneyKind::Investment => "investment",
            MoneyKind::Savings => "savings",
            MoneyKind::Fine => "fine",
            MoneyKind::PerShare => "per share",
            MoneyKind::Buyback => "buyback",
            MoneyKind::Settlement => "settlement",
            MoneyKind::Forfeiture => "forfeiture",
            MoneyKind::Deal => "deal",
            MoneyKind::Funding => "funding",
            MoneyKind::Charge => "charge",
            MoneyKind::Tax => "tax",
            MoneyKind::Aid => "aid",
            MoneyKind::Spending => "spending",
            MoneyKind::Debt => "debt",
            MoneyKind::Deficit => "deficit",
            MoneyKind::Close => "closing price",
            MoneyKind::Bookings => "bookings",
            MoneyKind::TerminationFee => "termination fee",
            MoneyKind::ReverseTerminationFee => "reverse termination fee",
            MoneyKind::Salary => "salary",
            MoneyKind::Prize => "prize money",
            MoneyKind::PrizeFund => "prize fund",
        })
    }
}

impl fmt::Display for What {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            What::People(None) => f.write_str("people"),
            What::People(Some(s)) => write!(f, "people ({s})"),
            What::WorkforceShare(None) => f.write_str("share of workforce"),
            What::WorkforceShare(Some(s)) => write!(f, "share of workforce ({s})"),
            What::Money(k) => write!(f, "{k}"),
            What::InvestmentIn(t) => write!(f, "investment in {t}"),
            What::DealFor(t) => write!(f, "deal for {t}"),
            What::Things(noun) => f.write_str(noun),
        }
    }
}

impl fmt::Display for Predicate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Predicate::Cut => "cut",
            Predicate::Hire => "hire",
            Predicate::Replaced => "replaced",
            Predicate::Strike => "strike",
            Predicate::Headcount => "headcount",
            Predicate::Reported => "reported",
            Predicate::Planned => "planned",
            Predicate::Delivered => "delivered",
            Predicate::Recalled => "recalled",
            Predicate::Sold => "sold",
            Predicate::Shipped => "shipped",
            Predicate::Produced => "produced",
            Predicate::Users => "users",
            Predicate::Moved => "moved",
            Predicate::Died => "died",
            Predicate::Evacuated => "evacuated",
            Predicate::Injured => "injured",
            Predicate::Infected => "infected",
            Predicate::Hospitalised => "hospitalised",
            Predicate::Missing => "missing",
            Predicate::Won => "won",
            Predicate::Damaged => "damaged",
            Predicate::Cast => "cast",
            Predicate::Cancelled => "cancelled",
            Predicate::Stranded => "stranded",
            Predicate::Attended => "took part",
            Predicate::Level => "level",
            Predicate::Lasted => "lasted",
            Predicate::Age => "age",
        })
    }
}

impl fmt::Display for Relative {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Relative::LastYear => "last year",
            Relative::ThisYear => "this year",
            Relative::NextYear => "next year",
            Relative::LastQuarter => "last quarter",
            Relative::ThisQuarter => "this quarter",
            Relative::AnyQuarter => "quarter",
            Relative::AnyYear => "year",
            Relative::Earlier => "earlier",
        })
    }
}

impl fmt::Display for Reach {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Reach::Since => "since",
            Reach::By => "by",
            Reach::Through => "through",
            Reach::Until => "until",
            Reach::Before => "before",
        })
    }
}

impl fmt::Display for PeriodPart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PeriodPart::Time(Some(r), t) => write!(f, "{r} {t}"),
            PeriodPart::Time(None, t) => write!(f, "{t}"),
            PeriodPart::Relative(r) => write!(f, "{r}"),
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(" + ")?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} / {} / {}", self.org, self.what, self.predicate)?;
        if let Some(p) = &self.period {
            write!(f, " / {p}")?;
        }
        for part in [&self.division, &self.source].into_iter().flatten() {
            write!(f, " / {part}")?;
        }
        Ok(())
    }
}
