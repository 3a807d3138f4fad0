//! Transposed digits: `$21.84` in one draft where two or more others write
//! `$21.48`, `23,484 acres` where others write `23,448 acres`. The same
//! digits with two neighbours swapped is the commonest slip in copying a
//! figure, and it needs no key: the two figures are of one kind (one
//! currency, counts, or percentages) and of one size. The nouns they count
//! are not compared: a rewriting site's synonyms (`743,000 autos` for
//! `734,000 vehicles`, `2.73 occasions` for `2.37 times`) keep the slip.
//!
//! Reported on the figure one draft alone writes, with the figure the
//! others agree on as evidence. At least three digits, so `65` and `56`
//! (two different fleets, or two parties' seats, as often as a slip) are
//! never compared; the figure the others agree on must be in at least two
//! drafts other than the lone one's, which may write it too (a headline's
//! `$68.7 billion` over its body's `$67.8 billion`, a rate given right
//! earlier in the same story), though not in the same sentence (`opened at
//! $34.26 and closed at $34.62` gives two prices).

use super::super::{Context, Violation, claim_label, file_name};
use crate::claim::{ClaimId, Measure, Quantity};
use crate::finding::Label;
use rustc_hash::FxHashMap;

/// What two figures must share to be compared: measure, currency, and their
/// digits sorted (a swap keeps the multiset of digits).
#[derive(Hash, PartialEq, Eq)]
struct Kind {
    measure: u8,
    currency: String,
    sorted: Vec<u8>,
}

/// The digits a figure is written with, when it is written with digits only
/// (`21.84`, `23,484`, `$1.2bn` → `12`); none for spelled or vague figures.
fn digits(text: &str) -> Option<Vec<u8>> {
    let d: Vec<u8> = text
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    (d.len() >= 3 && d.iter().any(|&x| x != d[0])).then_some(d)
}

/// True when `a` is `b` with two neighbouring digits swapped.
fn swapped(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    diff.len() == 2
        && diff[1] == diff[0] + 1
        && a[diff[0]] == b[diff[1]]
        && a[diff[1]] == b[diff[0]]
}

fn kind_of(q: &Quantity, d: &[u8]) -> Option<Kind> {
    let (measure, currency) = match q.measure {
        Measure::Money => (0, q.currency.as_ref()?.to_string()),
        Measure::Count => (1, String::new()),
        Measure::Percent => (2, String::new()),
        _ => return None,
    };
    let mut sorted = d.to_vec();
    sorted.sort_unstable();
    Some(Kind {
        measure,
        currency,
        sorted,
    })
}

/// The findings: one per lone figure, on its every mention in its draft.
pub fn report(cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
    // Figures by kind, then by their digits and value: the claims and
    // drafts of each.
    type Written = (Vec<u8>, f64, Vec<ClaimId>);
    let mut kinds: FxHashMap<Kind, Vec<Written>> = FxHashMap::default();
    for (doc, ex) in cx.corpus.extractions.iter().enumerate() {
        for (i, c) in ex.claims.iter().enumerate() {
            let Some(q) = c.quantity() else { continue };
            // Qualified or not (`nearly 93.8 million` for `98.3 million`):
            // the digits are what was copied.
            let (Some(v), false) = (q.value, q.vague) else {
                continue;
            };
            let id = ClaimId { doc, claim: i };
            let Some(d) = digits(cx.corpus.text(id)) else {
                continue;
            };
            let Some(k) = kind_of(q, &d) else { continue };
            let list = kinds.entry(k).or_default();
            match list.iter_mut().find(|(w, x, _)| *w == d && *x == v) {
                Some(w) => w.2.push(id),
                None => list.push((d, v, vec![id])),
            }
        }
    }
    let drafts = |ids: &[ClaimId]| {
        let mut d: Vec<usize> = ids.iter().map(|c| c.doc).collect();
        d.sort_unstable();
        d.dedup();
        d
    };
    for list in kinds.values() {
        for (da, va, ids_a) in list {
            let docs_a = drafts(ids_a);
            if docs_a.len() != 1 {
                continue;
            }
            for (db, vb, ids_b) in list {
                let ids_b = &ids_b[..];
                let docs_b = drafts(ids_b);
                // One size: the swap is in the digits, not the scale (`$21.84`
                // is no slip for `$2,148`).
                let same_size = (va / vb) > 0.5 && (va / vb) < 2.0;
                // The lone figure's own draft may write the other too (a
                // headline's `$68.7 billion` over the body's `$67.8
                // billion`), when two more drafts write it.
                // Not in one sentence, though: `opened at $34.26 and
                // closed at $34.62` gives two prices.
                let elsewhere = docs_b.iter().filter(|&&d| d != docs_a[0]).count();
                let sentence = |c: &ClaimId| (c.doc, cx.corpus.claim(*c).sentence);
                let side_by_side = ids_a
                    .iter()
                    .any(|a| ids_b.iter().any(|b| sentence(a) == sentence(b)));
                if elsewhere < 2 || side_by_side || !same_size || !swapped(da, db) {
                    continue;
                }
                let lone = ids_a[0];
                let others: Vec<String> = docs_b
                    .iter()
                    .filter(|&&d| d != docs_a[0])
                    .map(|&d| file_name(&cx.corpus.docs[d].path).to_string())
                    .collect();
                let mut related: Vec<Label> = ids_a[1..]
                    .iter()
                    .map(|&c| claim_label(cx, c, "the same figure again"))
                    .collect();
                related.extend(
                    ids_b
                        .iter()
                        .map(|&c| claim_label(cx, c, "written this way here")),
                );
                out.push(Violation::new(
                    format!(
                        "`{}` has the digits of `{}` in another order; {} write `{}`",
                        cx.corpus.text(lone),
                        cx.corpus.text(ids_b[0]),
                        others.join(", "),
                        cx.corpus.text(ids_b[0]),
                    ),
                    claim_label(cx, lone, "two digits swapped?"),
                    related,
                    "check the figure against the source: two neighbouring digits look swapped",
                ));
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{digits, swapped};

    #[test]
    fn a_swap_is_two_neighbouring_digits_exchanged() {
        let (a, b) = (digits("$21.84").unwrap(), digits("$21.48").unwrap());
        assert!(swapped(&a, &b));
        let (c, d) = (digits("23,484").unwrap(), digits("23,448").unwrap());
        assert!(swapped(&c, &d));
        // Digits far apart, or a changed digit, are no swap.
        assert!(!swapped(
            &digits("1,234").unwrap(),
            &digits("4,231").unwrap()
        ));
        assert!(!swapped(
            &digits("1,234").unwrap(),
            &digits("1,235").unwrap()
        ));
        // Two digits, or one digit repeated, are never compared.
        assert!(digits("65").is_none());
        assert!(digits("1,111").is_none());
    }
}
