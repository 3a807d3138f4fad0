//! Figures a sentence lists: parts of something, or several things, none
//! of them the quantity a key names.

use super::*;

/// Unkeys figures one sentence gives for one key that cannot all be true
/// (`about $3 billion in content and about $2.5 billion in other costs`):
/// the sentence lists parts or several things, and none of them is the
/// quantity. Across sentences a draft may give several figures for a key
/// (two rounds of cuts), and each is compared with the other drafts.
pub(super) fn drop_lists(mine: &mut [Keyed], ex: &Extraction) {
    let mut by: HashMap<(u32, Key), Vec<usize>> = HashMap::new();
    for (i, k) in mine.iter().enumerate() {
        if let Some(key) = &k.key {
            let sentence = ex.claims[k.claim.claim].sentence;
            by.entry((sentence, (**key).clone())).or_default().push(i);
        }
    }
    let claim_of: Vec<usize> = mine.iter().map(|k| k.claim.claim).collect();
    for mut idx in by.into_values().filter(|v| v.len() > 1) {
        let quantity = |i: usize| ex.claims[claim_of[i]].quantity();
        // Money restated in another currency (`T$247.85 billion ($7.6
        // billion)`, `₹2.26 lakh crore ($27.7 billion)`) is a conversion of
        // the sentence's first figure for the key: it keeps no key of its own.
        idx.sort_by_key(|&i| claim_of[i]);
        let first_currency = quantity(idx[0]).and_then(|q| q.currency);
        let (same, converted): (Vec<usize>, Vec<usize>) = idx
            .iter()
            .partition(|&&i| quantity(i).and_then(|q| q.currency) == first_currency);
        for i in converted {
            mine[i].key = None;
            mine[i].why = Sym::new("a conversion into another currency of a figure before it");
        }
        let idx = same;
        let apart = idx.iter().enumerate().any(|(n, &a)| {
            idx[n + 1..]
                .iter()
                .any(|&b| match (quantity(a), quantity(b)) {
                    (Some(x), Some(y)) => !x.interval.intersects(&y.interval),
                    _ => false,
                })
        });
        if apart {
            for i in idx {
                mine[i].key = None;
                mine[i].why = Sym::new(
                    "its sentence gives several different figures for the same key (parts, or several things)",
                );
            }
        }
    }
}

/// The listing word (`includes`) a figure follows in its sentence, when two
/// or more figures of its measure follow that word: parts, not the quantity.
pub(super) fn listed_part(
    cx: &Ctx<'_>,
    st: &Sentence,
    k: usize,
    q: &Quantity,
    at: usize,
) -> Option<&'static str> {
    let before = &st.text[..at];
    let word = LISTING_FINDER.first_in(before)?;
    let from = crate::extract::phrase::find_all(before, word)
        .into_iter()
        .next()?
        + st.start;
    let s_end = st.start + st.text.len();
    // The list is of what first follows the word (`including 30,000
    // contractors, made a profit of £1.7bn`: counts, not the money after).
    let figures: Vec<&Quantity> = cx
        .ex
        .claims_in(from, s_end)
        .filter_map(|(_, c)| c.quantity().filter(|o| o.measure != Measure::Time))
        .collect();
    let same = |o: &Quantity| o.measure == q.measure && o.currency == q.currency;
    let listed = figures.iter().filter(|o| same(o)).count();
    (figures.first().is_some_and(|o| same(o))
        && listed >= 2
        && cx.ex.claims.get(k).is_some_and(|c| c.span.start >= from))
    .then_some(word)
}
