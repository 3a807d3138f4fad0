//! `R, about P% of group revenue`: a figure restated as its share of a
//! total the share names by kind (revenue, sales, the population) and the
//! draft states elsewhere, before or after (`Wegovy: DKK 31.3 billion,
//! about 13.5% of group revenue` beside `sales of DKK 232.3 billion`; `The
//! 673,352 India-born residents make up about 2.6 per cent of the
//! population` beside `a population of 25,422,788`).
//!
//! Other wholes are read by their noun: deposits, assets, residents (`4,500
//! people, or about 60% of Lahaina's residents` beside `a seaside town of
//! about 12,700 people`), stores, a budget (`$42 billion, or nearly 40 per
//! cent of its deposits` beside `deposits of $175.4 billion`).
//!
//! The total is looked for among the draft's figures of the same measure
//! and currency, larger than the part, written within a few words of a
//! word of the kind (`revenue`, `sales`, `turnover`; `population`,
//! `inhabitants`, `people`; `deposits`), and not given as a point of comparison (`up from 51.8
//! million`). Of those, the one the share fits best is
//! taken, so a draft whose share fits some total is never reported; one
//! whose share fits none is reported against the closest, and a draft that
//! states no such total gives no relation.

use super::of_total::{part_then_share, push_best};
use super::share::{is_share_verb, restates};
use super::{Fig, addable, between, window};
use crate::claim::Relation;

/// What a share names as its total, and the words that mark that total
/// where the draft states it.
const NAMED: &[(&[&str], &[&str])] = &[
    (
        &[
            "of group revenue",
            "of group sales",
            "of group turnover",
            "of total revenue",
            "of total sales",
            "of its revenue",
            "of its sales",
            "of its total revenue",
            "of its total sales",
            "of the company's revenue",
            "of the company's sales",
            "of the company's total",
            "of the group's revenue",
            "of the group's sales",
            "of the group's total",
            "of the company’s revenue",
            "of the company’s sales",
            "of the company’s total",
            "of the group’s revenue",
            "of the group’s sales",
            "of the group’s total",
        ],
        &["revenue", "sales", "turnover"],
    ),
    (
        &[
            "of the population",
            "of its population",
            "of the total population",
            "of the country's population",
            "of the country’s population",
            "of the national population",
        ],
        &["population", "inhabitants"],
    ),
];

/// Other kinds of whole a share may name by its noun after `of`, a
/// determiner or a possessive (`of its deposits`, `of Lahaina's
/// residents`, `of the town's residents`), each with the words that mark
/// the whole where the draft states it.
const WHOLES: &[&[&str]] = &[
    &["deposits"],
    &["assets"],
    &[
        "residents",
        "population",
        "inhabitants",
        "people",
        "individuals",
        "citizens",
    ],
    &["stores", "shops", "outlets", "locations", "restaurants"],
    &["budget", "outlay", "outlays", "expenditure"],
];

/// Words that may open the whole's noun phrase (`of its`, `of the`).
const DETERMINERS: &[&str] = &["its", "the", "their", "his", "her", "our", "all"];

/// The kind of whole the words after a share name (`of its deposits`,
/// `of Lahaina's residents`), when it is one of `WHOLES`, and the proper
/// name it is the whole of, lower case, when one is written (`lahaina`;
/// none for `the town's`). `after` is the text as written.
type Whole = (&'static [&'static str], Option<String>);

fn whole_named(after: &str) -> Option<Whole> {
    let a = after.trim_start().strip_prefix("of ")?;
    let mut last = None;
    let mut owner = None;
    for (n, raw) in a.split(' ').enumerate() {
        if n >= 4 {
            break;
        }
        let w = raw.trim_end_matches([',', '.', ';', ':', ')', '—']);
        let lower = w.to_lowercase();
        if n == 0 && DETERMINERS.contains(&lower.as_str()) {
            continue;
        }
        if lower.is_empty()
            || !lower
                .chars()
                .all(|c| c.is_alphabetic() || "'’-".contains(c))
        {
            break;
        }
        // `Lahaina's`, `the town's`: whose whole, not the whole.
        if lower.ends_with("'s") || lower.ends_with("’s") {
            if w.len() != raw.len() {
                break;
            }
            if w.starts_with(char::is_uppercase) {
                let name = lower.trim_end_matches("'s").trim_end_matches("’s");
                owner = Some(name.to_string());
            }
            continue;
        }
        last = WHOLES.iter().copied().find(|k| k.contains(&lower.as_str()));
        if last.is_some() || w.len() != raw.len() {
            break;
        }
    }
    last.map(|kinds| (kinds, owner))
}

/// How far from a total figure its kind word may stand, in bytes.
const NEAR: usize = 40;

/// Adds `R, P% of <named total>` shares (see the module doc).
pub(super) fn of_named_total(text: &str, all: &[Fig<'_>], out: &mut Vec<Relation>) {
    for (at, r, p) in part_then_share(all) {
        let gap = between(text, r.claim.span, p.claim.span);
        // `$42 billion (about Rs 3.4 lakh crore), or nearly 40 per cent`:
        // the share restates the figure the conversion follows too.
        let converted = gap.trim_start().strip_prefix(')').and_then(|rest| {
            let before = at.checked_sub(1).map(|i| &all[i])?;
            let open = between(text, before.claim.span, r.claim.span);
            (open.trim() == "(" || open.trim_start().starts_with("(") && open.len() <= 12)
                .then_some((before, rest.to_string()))
        });
        for (r, gap) in std::iter::once((r, gap.clone())).chain(converted) {
            named_share(text, all, r, p, &gap, out);
        }
    }
}

/// One `R, P% of <named total>` share, `gap` the words between R and P.
fn named_share(
    text: &str,
    all: &[Fig<'_>],
    r: &Fig<'_>,
    p: &Fig<'_>,
    gap: &str,
    out: &mut Vec<Relation>,
) {
    let value = |f: &Fig<'_>| f.quantity().and_then(|q| q.value);
    {
        if !restates(gap) && !is_share_verb(gap) {
            return;
        }
        let after = window(text, p.claim.span.end, p.claim.span.end + 40);
        let after = after.trim_start();
        let end = p.claim.span.end;
        let written = text
            .get(end..super::char_floor(text, (end + 40).min(text.len())))
            .unwrap_or("");
        let Some((kinds, owner)) = NAMED
            .iter()
            .find_map(|(phrases, kinds)| {
                phrases
                    .iter()
                    .any(|w| {
                        after
                            .strip_prefix(w)
                            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
                    })
                    .then_some((*kinds, None))
            })
            .or_else(|| whole_named(written))
        else {
            return;
        };
        let (Some(rv), Some(pv)) = (value(r), value(p)) else {
            return;
        };
        if pv <= 0.0 || pv >= 100.0 || rv <= 0.0 {
            return;
        }
        let marked = |b: &Fig<'_>| {
            let near = window(
                text,
                b.claim.span.start.saturating_sub(NEAR),
                b.claim.span.end + NEAR,
            );
            // `of Lahaina's residents`: Lahaina's, named by the total too.
            kinds.iter().any(|k| near.contains(k))
                && owner.as_deref().is_none_or(|o| near.contains(o))
        };
        let totals = all
            .iter()
            .filter(|b| b.idx != r.idx && b.idx != p.idx)
            .filter(|b| addable(b, r) && value(b).is_some_and(|bv| bv > rv) && marked(b))
            // `up from 51.8 million in 2011` is an earlier total.
            .filter(|b| b.quantity().is_some_and(|q| !q.comparison));
        push_best(out, totals, r, p);
    }
}

#[cfg(test)]
mod tests {
    use super::super::shares;

    #[test]
    fn the_total_a_share_names_is_found_elsewhere_in_the_draft() {
        let got = shares(
            "The census counted a population of 62 million.\n\n\
             Harbour is the largest province with 15.1 million people, about 30% of the population.",
        );
        assert!(
            got.contains(&(
                "about 30%".into(),
                "62 million".into(),
                "15.1 million".into()
            )),
            "{got:?}"
        );
        let got = shares(
            "Group sales came to CHF 93.0 billion.\n\n\
             The confectionery arm had CHF 8.1 billion in sales, about 9% of group sales.",
        );
        assert!(
            got.contains(&(
                "about 9%".into(),
                "CHF 93.0 billion".into(),
                "CHF 8.1 billion".into()
            )),
            "{got:?}"
        );
        let got = shares(
            "Harbour Bank had deposits of $71.2 billion at the end of March.\n\n\
             Customers tried to withdraw $18 billion, or nearly 40 per cent of its deposits.",
        );
        assert!(
            got.contains(&(
                "nearly 40 per cent".into(),
                "$71.2 billion".into(),
                "$18 billion".into()
            )),
            "{got:?}"
        );
        assert_eq!(
            super::whole_named("of Lahaina's residents, are").and_then(|w| w.1),
            Some("lahaina".to_string())
        );
        // A share of Lahaina's residents is not one of Maui's people.
        assert!(
            shares(
                "Maui has about 165,000 people.\n\n\
                 An estimated 4,500 people, or about 60% of Lahaina's residents, need shelter."
            )
            .is_empty()
        );
        assert!(super::whole_named("of the town's residents.").is_some());
        assert!(super::whole_named("of the total").is_none());
        assert!(super::whole_named("of its workforce").is_none());
        // No total of the kind stated: no relation.
        assert!(shares("It had CHF 8.1 billion in sales, about 9% of group sales.").is_empty());
    }
}
