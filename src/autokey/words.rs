//! The word tables automatic keys read — predicates, kinds of money, earlier
//! rounds, references to the company, outlets, relative periods — kept as
//! data in `words.txt` (`## section` tables) and read once into typed
//! phrase sets. Matching is `extract::phrase`'s whole-word rule.

use std::sync::LazyLock;

pub(super) use crate::extract::phrase::{PhraseSet, ends_word, find_all, has, starts_word};

use super::key::{MoneyKind, Predicate, Relative, Subclass};

/// The tables, as data.
pub(super) const WORDS: &str = include_str!("words.txt");

/// The rows of one section of `words.txt`.
pub(super) fn rows(name: &str) -> Vec<Vec<&'static str>> {
    crate::extract::phrase::section(WORDS, name)
}

/// A family table: each row's first field names a value (`typed` reads it;
/// an unknown name is left out, and a unit test keeps there being none), the
/// rest are its words.
fn families<T: Copy>(name: &str, typed: fn(&str) -> Option<T>) -> Vec<(T, Vec<&'static str>)> {
    rows(name)
        .into_iter()
        .filter_map(|r| {
            let (head, words) = r.split_first()?;
            Some((typed(head)?, words.to_vec()))
        })
        .collect()
}

/// A word list: every field of every row.
fn list(name: &str) -> Vec<&'static str> {
    rows(name).into_iter().flatten().collect()
}

/// The predicate a family of `people predicates` or `thing predicates` names.
pub(super) fn predicate_named(name: &str) -> Option<Predicate> {
    Some(match name {
        "cut" => Predicate::Cut,
        "hire" => Predicate::Hire,
        "replaced" => Predicate::Replaced,
        "strike" => Predicate::Strike,
        "headcount" => Predicate::Headcount,
        "delivered" => Predicate::Delivered,
        "recalled" => Predicate::Recalled,
        "sold" => Predicate::Sold,
        "shipped" => Predicate::Shipped,
        "produced" => Predicate::Produced,
        "users" => Predicate::Users,
        "died" => Predicate::Died,
        "evacuated" => Predicate::Evacuated,
        "injured" => Predicate::Injured,
        "infected" => Predicate::Infected,
        "hospitalised" => Predicate::Hospitalised,
        "missing" => Predicate::Missing,
        "won" => Predicate::Won,
        "damaged" => Predicate::Damaged,
        "cast" => Predicate::Cast,
        "cancelled" => Predicate::Cancelled,
        "stranded" => Predicate::Stranded,
        "took part" => Predicate::Attended,
        _ => return None,
    })
}

/// The kind a family of `money kinds` names.
pub(super) fn money_named(name: &str) -> Option<MoneyKind> {
    Some(match name {
        "revenue" => MoneyKind::Revenue,
        "operating profit" => MoneyKind::OperatingProfit,
        "underlying profit" => MoneyKind::UnderlyingProfit,
        "profit" => MoneyKind::Profit,
        "loss" => MoneyKind::Loss,
        "capex" => MoneyKind::Capex,
        "market value" => MoneyKind::MarketValue,
        "investment" => MoneyKind::Investment,
        "savings" => MoneyKind::Savings,
        "fine" => MoneyKind::Fine,
        "per share" => MoneyKind::PerShare,
        "buyback" => MoneyKind::Buyback,
        "settlement" => MoneyKind::Settlement,
        "forfeiture" => MoneyKind::Forfeiture,
        "deal" => MoneyKind::Deal,
        "funding" => MoneyKind::Funding,
        "charge" => MoneyKind::Charge,
        "tax" => MoneyKind::Tax,
        "aid" => MoneyKind::Aid,
        "spending" => MoneyKind::Spending,
        "debt" => MoneyKind::Debt,
        "deficit" => MoneyKind::Deficit,
        "closing price" => MoneyKind::Close,
        "bookings" => MoneyKind::Bookings,
        "termination fee" => MoneyKind::TerminationFee,
        "reverse termination fee" => MoneyKind::ReverseTerminationFee,
        "salary" => MoneyKind::Salary,
        "prize money" => MoneyKind::Prize,
        "prize fund" => MoneyKind::PrizeFund,
        _ => return None,
    })
}

/// The subclass a family of `subclasses` names.
pub(super) fn subclass_named(name: &str) -> Option<Subclass> {
    Some(match name {
        "corporate" => Subclass::Corporate,
        "frontline" => Subclass::Frontline,
        "seasonal" => Subclass::Seasonal,
        _ => return None,
    })
}

/// The relative period a `relative periods` row keys as.
pub(super) fn relative_named(name: &str) -> Option<Relative> {
    Some(match name {
        "last year" => Relative::LastYear,
        "this year" => Relative::ThisYear,
        "next year" => Relative::NextYear,
        "last quarter" => Relative::LastQuarter,
        "this quarter" => Relative::ThisQuarter,
        "quarter" => Relative::AnyQuarter,
        "year" => Relative::AnyYear,
        "earlier" => Relative::Earlier,
        _ => return None,
    })
}

/// Predicates of people counts, by their words.
pub(super) static PEOPLE_PREDICATES: LazyLock<Vec<(Predicate, Vec<&'static str>)>> =
    LazyLock::new(|| families("people predicates", predicate_named));

/// Kinds of money, by their words; the first found wins only when it is the only one.
pub(super) static MONEY_KINDS: LazyLock<Vec<(MoneyKind, Vec<&'static str>)>> =
    LazyLock::new(|| families("money kinds", money_named));

/// Modifiers that split a people count into a subclass.
pub(super) static SUBCLASSES: LazyLock<Vec<(Subclass, Vec<&'static str>)>> =
    LazyLock::new(|| families("subclasses", subclass_named));

/// Words that name a part of an organisation.
pub(super) static DIVISION_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list("division words"));

/// Words that name the workforce a share is of.
pub(super) static WORKFORCE: LazyLock<Vec<&'static str>> = LazyLock::new(|| list("workforce"));

/// News outlets and wire services: sources of figures, never their subjects.
pub(super) static OUTLETS: LazyLock<Vec<&'static str>> = LazyLock::new(|| list("outlets"));

/// Relative period phrases and what they key as.
pub(super) static RELATIVE_PERIODS: LazyLock<Vec<(&'static str, Relative)>> = LazyLock::new(|| {
    rows("relative periods")
        .into_iter()
        .filter_map(|r| match r[..] {
            [phrase, label] => Some((phrase, relative_named(label)?)),
            _ => None,
        })
        .collect()
});

pub(super) static THING_FINDER: LazyLock<PhraseSet<Predicate>> =
    LazyLock::new(|| PhraseSet::new(&families("thing predicates", predicate_named)));

pub(super) static PEOPLE_FINDER: LazyLock<PhraseSet<Predicate>> =
    LazyLock::new(|| PhraseSet::new(&PEOPLE_PREDICATES));

pub(super) static MONEY_FINDER: LazyLock<PhraseSet<MoneyKind>> =
    LazyLock::new(|| PhraseSet::new(&MONEY_KINDS));

pub(super) static PLANNED_FINDER: LazyLock<PhraseSet<&'static str>> =
    LazyLock::new(|| PhraseSet::words(&list("planned")));

pub(super) static MOVE_FINDER: LazyLock<PhraseSet<&'static str>> =
    LazyLock::new(|| PhraseSet::words(&list("money moves")));

pub(super) static LISTING_FINDER: LazyLock<PhraseSet<&'static str>> =
    LazyLock::new(|| PhraseSet::words(&list("listing parts")));

/// Words right after money saying it is a change, not a level (`$2.5bn of sequential growth`).
pub(super) static INCREMENT_FINDER: LazyLock<PhraseSet<&'static str>> =
    LazyLock::new(|| PhraseSet::words(&list("money increments")));

/// Words saying a figure is a forecast given before (`the range it had given before`).
pub(super) static EARLIER_FORECAST_FINDER: LazyLock<PhraseSet<&'static str>> =
    LazyLock::new(|| PhraseSet::words(&list("earlier forecasts")));

pub(super) static EARLIER_FINDER: LazyLock<PhraseSet<&'static str>> =
    LazyLock::new(|| PhraseSet::words(&list("earlier")));

pub(super) static REFERENCE_FINDER: LazyLock<PhraseSet<&'static str>> =
    LazyLock::new(|| PhraseSet::words(&list("references")));

pub(super) static OUTLET_FINDER: LazyLock<PhraseSet<&'static str>> =
    LazyLock::new(|| PhraseSet::words(&OUTLETS));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::phrase::{section, sections};

    #[test]
    fn every_family_in_the_tables_names_a_known_value() {
        type Known = fn(&str) -> bool;
        let typed: [(&str, Known); 5] = [
            ("people predicates", |n| predicate_named(n).is_some()),
            ("thing predicates", |n| predicate_named(n).is_some()),
            ("money kinds", |n| money_named(n).is_some()),
            ("subclasses", |n| subclass_named(n).is_some()),
            ("relative periods", |n| relative_named(n).is_some()),
        ];
        for (name, known) in typed {
            let rows = section(WORDS, name);
            assert!(!rows.is_empty(), "no rows under ## {name}");
            for r in rows {
                let value = if name == "relative periods" {
                    r[r.len() - 1]
                } else {
                    r[0]
                };
                assert!(known(value), "## {name}: unknown `{value}`");
            }
        }
    }

    #[test]
    fn every_section_is_read_and_holds_lower_case_words() {
        for name in sections(WORDS) {
            let rows = section(WORDS, name);
            assert!(!rows.is_empty(), "## {name} is empty");
            for w in rows.iter().flatten() {
                assert_eq!(*w, w.to_lowercase(), "## {name}: `{w}` is not lower case");
            }
        }
    }
}
