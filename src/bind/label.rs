//! The noun a figure is the measure of, written right before it with `of`
//! (`Apple's cash pile of well over $100 billion`, `a workforce of
//! 90,000`): the figure's own label. When that noun is none of a
//! quantity's words, the figure measures something else, whatever cue of
//! the quantity its sentence carries elsewhere (`the fine itself was small
//! relative to Apple's cash pile of well over $100 billion` is no fine).
//!
//! Nouns that only say "a figure" (`a total of`, `a sum of`, `an increase
//! of`, `a price of`) name nothing and refuse nothing; nor does a label
//! when a cue of the quantity stands in the figure's own words or the four
//! after it (`a network of about 5,500 stores` is a store count).

use crate::rules::RuleQuantity;

/// Nouns before `of` that say a figure is a figure, a change or a part,
/// not what it measures (lower case).
const NAMELESS: &[&str] = &[
    "total",
    "sum",
    "amount",
    "value",
    "figure",
    "tune",
    "worth",
    "level",
    "high",
    "low",
    "record",
    "peak",
    "maximum",
    "minimum",
    "average",
    "median",
    "estimate",
    "number",
    "count",
    "tally",
    "rise",
    "increase",
    "fall",
    "drop",
    "decline",
    "gain",
    "growth",
    "jump",
    "surge",
    "cut",
    "reduction",
    "boost",
    "decrease",
    "change",
    "loss",
    "price",
    "rate",
    "one",
    "out",
    "because",
    "instead",
    "part",
    "most",
    "all",
    "each",
    "some",
    "many",
    "none",
    "both",
    "any",
    "ahead",
    "top",
    "upwards",
    "excess",
    "range",
    "margin",
    "share",
    "majority",
    "lot",
    "half",
    "third",
    "quarter",
    "fifth",
    "tenth",
    "percent",
    "cent",
    "per",
    "sort",
    "kind",
    "end",
    "start",
    "day",
    "days",
    "week",
    "month",
    "year",
    "years",
    "months",
    "weeks",
    "age",
    "period",
    "term",
    "spate",
    "series",
    "set",
    "group",
    "batch",
    "round",
    "package",
    "deal",
    "bill",
    "tranche",
    "instalment",
    "installment",
    "payment",
    "balance",
    "stake",
    "holding",
    "multiple",
    "factor",
    "ratio",
    "score",
    "scoreline",
    "lead",
    "deficit",
    "surplus",
    "shortfall",
    "sale",
    "purchase",
    "offer",
    "bid",
    "fee",
    "cap",
    "ceiling",
    "floor",
    "target",
    "goal",
    "forecast",
    "projection",
    "outlook",
    "guidance",
    "expectation",
    "expectations",
    "consensus",
];

/// The label noun right before `of` and the figure, from `before`, the
/// figure's own sentence up to it (lower case): `pile` in `apple's cash
/// pile of `. `None` when the words before the figure do not end
/// in `NOUN of`, or the noun names nothing (`NAMELESS`).
pub(super) fn of_label(before: &str) -> Option<&str> {
    let rest = before.trim_end().strip_suffix("of")?;
    if rest.ends_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let rest = rest.trim_end();
    let word_from = rest
        .rfind(|c: char| !(c.is_alphabetic() || c == '-'))
        .map_or(0, |i| {
            i + rest[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &rest[word_from..];
    if word.chars().count() < 3 || NAMELESS.contains(&word) {
        return None;
    }
    Some(word)
}

/// Whether `label` is one of `rq`'s words: in a cue, its `about` or its id
/// (a plural matches its singular: `fines` and `fine`).
fn names(rq: &RuleQuantity, label: &str) -> bool {
    let has = |text: &str| {
        text.to_lowercase()
            .split(|c: char| !(c.is_alphabetic() || c == '-'))
            .any(|w| !w.is_empty() && super::scope::same_noun(w, label))
    };
    // `_` splits an id's words as any other non-letter does.
    rq.cues.iter().any(|c| has(c)) || rq.about.as_deref().is_some_and(has) || has(&rq.id)
}

/// Why `rq` may not take a figure whose own label is another noun, or
/// `None`. `noun`: what the figure counts; `before`: its own sentence up to
/// it; `after`: its words and the four after it (both lower case).
pub(super) fn refusal(
    rq: &RuleQuantity,
    noun: Option<&str>,
    before: &str,
    after: &str,
) -> Option<String> {
    let label = of_label(before)?;
    // The label, or the noun the figure counts (`network of about 5,500
    // stores`), is the quantity's.
    if names(rq, label) || noun.is_some_and(|n| n.split(' ').any(|w| names(rq, w))) {
        return None;
    }
    let cue_after = rq.cues.iter().any(|c| {
        let c = c.to_lowercase();
        after
            .match_indices(c.as_str())
            .any(|(i, _)| i == 0 || !after[..i].ends_with(|ch: char| ch.is_alphanumeric()))
    });
    if cue_after {
        return None;
    }
    Some(format!(
        "not `{}`: the figure measures the `{label}` written before it, which `{}` does not name",
        rq.id, rq.id
    ))
}

/// Why `rq` may not take a count written as a compound modifier of another
/// noun (`the enlarged 174-seat chamber`, `a three-party coalition`, `the
/// 150-member House`): the figure measures that noun, and binds only to a
/// quantity naming it (one of the three words after the compound).
/// `orig_after` is the text right after the figure as written.
pub(super) fn modifier_of(rq: &RuleQuantity, orig_after: &str) -> Option<String> {
    let rest = orig_after.strip_prefix('-')?;
    let unit_len = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    if unit_len == 0 || !rest[unit_len..].starts_with(' ') {
        return None;
    }
    let unit = rest[..unit_len].to_lowercase();
    // `the 17-year-old`, `a 24-hour strike`: ages and spans are read elsewhere.
    if matches!(
        unit.as_str(),
        "year" | "years" | "month" | "day" | "week" | "hour" | "minute" | "old"
    ) {
        return None;
    }
    let heads: Vec<String> = rest[unit_len..]
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .take(3)
        .map(str::to_lowercase)
        .collect();
    let head = heads.first()?;
    if !head.chars().all(char::is_alphabetic) || heads.iter().any(|h| names(rq, h)) {
        return None;
    }
    Some(format!(
        "not `{}`: the figure measures the `{head}` it modifies (`-{unit} {head}`), which `{}` does not name",
        rq.id, rq.id
    ))
}

/// Nouns a figure names as a whole made of parts (`a £40bn tax-raising
/// package`, `a $2bn bundle of measures`, `the £40bn total`).
const WHOLES: &[&str] = &["package", "bundle", "total", "haul", "tally"];

/// Why `rq` may not take a figure that names itself a whole (its own noun,
/// right after it, is one of `WHOLES`) when `rq` names no such whole: a
/// package is not one of its measures, whatever cue of one its sentence
/// carries (`puts employers at the centre of a £40bn tax-raising package`
/// is not what the employers' measure raises).
pub(super) fn whole(rq: &RuleQuantity, noun: Option<&str>) -> Option<String> {
    let noun = noun?;
    let w = noun.rsplit(' ').next().unwrap_or(noun);
    // `w` is one of `WHOLES`, so a quantity naming any whole takes it.
    if !WHOLES.contains(&w) || WHOLES.iter().any(|x| names(rq, x)) {
        return None;
    }
    Some(format!(
        "not `{}`: the figure is a whole (`{w}`), which `{}` does not name",
        rq.id, rq.id
    ))
}

/// Nouns that make a company's part the subject of a figure's clause
/// (`the metaverse unit lost $3.85bn on revenue of $440m`).
const PARTS: &[&str] = &["unit", "division", "segment", "arm", "subsidiary"];

/// Why `rq` may not take a figure whose own sentence, before it, makes a
/// part of a company its subject (`the metaverse unit`, `its cloud
/// division`) when `rq` names no such part (in its cues, `about` or id):
/// the part's figure is not the whole's. `before`: the figure's own
/// sentence up to it (lower case).
pub(super) fn part_subject(rq: &RuleQuantity, before: &str) -> Option<String> {
    let words: Vec<&str> = before
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let at = words.iter().position(|w| PARTS.contains(w))?;
    let part = words[at];
    // An article or possessive within three words before it: `the
    // metaverse unit`, `its cloud division`, not `units sold`.
    let lead = words[at.saturating_sub(3)..at]
        .iter()
        .any(|w| matches!(*w, "the" | "its" | "their" | "this" | "that"));
    if !lead || names(rq, part) {
        return None;
    }
    Some(format!(
        "not `{}`: its sentence makes a part of a company its subject (`{part}`), which `{}` does not name",
        rq.id, rq.id
    ))
}

/// Cues that say how far one figure stands from another (`47 short of
/// Shearer's 260`): the figure after them is what it is measured against.
const REFERENCE: &[&str] = &[
    "short of",
    "shy of",
    "behind",
    "ahead of",
    "clear of",
    "adrift of",
];

/// Why `rq` may not take a figure standing right after its cue when that
/// cue is one of `REFERENCE` (`behind Alan Shearer's 260` is Shearer's
/// record, not the gap), or `None`. `window`: the lower-case window the
/// cue's span `cue` and the figure's start `figure_at` are offsets of.
pub(super) fn reference(
    rq: &RuleQuantity,
    window: &str,
    cue: (usize, usize),
    figure_at: usize,
) -> Option<String> {
    let phrase = refers_to(window, cue, figure_at)?;
    Some(format!(
        "not `{}`: it stands after `{phrase}`, so it is what another figure is measured against",
        rq.id
    ))
}

/// The `REFERENCE` phrase the words at `at` (a span of `window`) end in,
/// when they stand right before the figure at `figure_at` (at most three
/// words between, no clause break): that figure is the reference.
/// An exclusion that is such a phrase keeps from a quantity only the
/// figures before it (`47 behind Shearer`), never the reference itself.
pub(super) fn refers_to(
    window: &str,
    at: (usize, usize),
    figure_at: usize,
) -> Option<&'static str> {
    let end = crate::bind::word_end(window, at.1);
    let said = window.get(at.0..end)?;
    let phrase = REFERENCE.iter().find(|r| said.ends_with(*r))?;
    let gap = window.get(end..figure_at)?;
    let words = gap.split_whitespace().count();
    (end <= figure_at && words <= 3 && !gap.contains([',', ';', ':', '(', ')'])).then_some(*phrase)
}

/// The one unit of a conversion (`$1 = EGP 49.5`, `1 USD = 83.4 INR`): it
/// states no quantity's value, whatever cue stands near.
pub(super) fn conversion_unit(
    rq: &RuleQuantity,
    q: &crate::claim::Quantity,
    after: &str,
) -> Option<String> {
    let rest = after.trim_start_matches([' ', '\u{a0}']);
    let rest = rest
        .split_once(' ')
        .filter(|(w, _)| w.len() == 3 && w.chars().all(|c| c.is_ascii_alphabetic()))
        .map_or(rest, |(_, r)| r.trim_start());
    (q.value == Some(1.0) && (rest.starts_with('=') || rest.starts_with('\u{2248}'))).then(|| {
        format!(
            "not `{}`: it is the unit of a conversion (`… = …`), no value of its own",
            rq.id
        )
    })
}

/// A count of two kinds of thing together (`All 298 passengers and crew`,
/// `5,000 homes and businesses`) for a quantity whose cues and `about`
/// name only one of them: the figure is their sum. `after` is the window
/// after the figure, lower case.
pub(super) fn two_kinds(rq: &RuleQuantity, after: &str) -> Option<String> {
    let mut words = after
        .split([',', ';', ':', '.', '(', ')', '\u{2014}', '\u{2013}'])
        .next()?
        .split_whitespace();
    let (first, and, second) = (words.next()?, words.next()?, words.next()?);
    use super::clause::{names_thing, noun_like};
    let noun = |w: &str| {
        w.chars().all(char::is_alphabetic)
            && noun_like(w)
            && crate::extract::lexicon::number_word_any_case(w).is_none()
    };
    if and != "and" || !noun(first) || !noun(second) {
        return None;
    }
    (names_thing(rq, first) != names_thing(rq, second))
        .then(|| format!("not `{}`: it counts `{first} and {second}` together", rq.id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_noun_before_of_is_the_label() {
        assert_eq!(of_label("apple's cash pile of "), Some("pile"));
        assert_eq!(of_label("a workforce of "), Some("workforce"));
        assert_eq!(of_label("a total of "), None);
        assert_eq!(of_label("an increase of "), None);
        assert_eq!(of_label("the chief of "), Some("chief"));
        assert_eq!(of_label("proof "), None);
        assert_eq!(of_label("it paid "), None);
        assert_eq!(of_label("of "), None);
    }

    #[test]
    fn a_part_of_a_company_is_not_the_company() {
        let rq = crate::bind::tests::quantity(
            "revenue_q1",
            crate::rules::QUnit::Money(None),
            &["revenue"],
        );
        assert!(part_subject(&rq, "the metaverse unit lost $3.85bn on revenue of ").is_some());
        assert!(part_subject(&rq, "meta sold 1.8 million units and had revenue of ").is_none());
        let unit = crate::bind::tests::quantity(
            "unit_revenue",
            crate::rules::QUnit::Money(None),
            &["unit"],
        );
        assert!(part_subject(&unit, "the metaverse unit lost $3.85bn on revenue of ").is_none());
    }

    #[test]
    fn a_figure_after_behind_is_the_reference() {
        let rq = crate::bind::tests::quantity("gap", crate::rules::QUnit::Count, &["behind"]);
        let w = "second on the list behind alan shearer's 260.";
        let cue = w.find("behind").map(|i| (i, i + 6)).unwrap();
        let at = w.find("260").unwrap();
        assert!(reference(&rq, w, cue, at).is_some());
        let w = "he is 47 goals behind, with 260 the record.";
        let cue = w.find("behind").map(|i| (i, i + 6)).unwrap();
        let at = w.find("260").unwrap();
        assert!(reference(&rq, w, cue, at).is_none());
    }
}
