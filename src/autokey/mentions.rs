//! Where a draft names organisations: its own mentions and the corpus's
//! names found in a stretch of it (`orgs_in`), the draft searched once.

use super::*;

/// The draft's own organisation mentions that `orgs_in` keeps, as (start,
/// end, key) in claim order: read once per draft. Whether a mention is kept
/// depends on the mention, the corpus's word lists and the text after it,
/// never on the stretch asked about, so `orgs_in` takes the ones inside its
/// stretch from this list (by binary search on the start, as
/// `Extraction::claims_in` does) instead of testing every claim again.
///
/// A draft names most organisations many times: `not_an_org` and `org_key`
/// (both functions of the name alone, the word lists being fixed while keys
/// are made) are asked once per distinct name and remembered for the draft.
pub(super) fn own_orgs(
    ex: &Extraction,
    text: &str,
    names: &OrgNames,
) -> Vec<(usize, usize, String)> {
    let mut key_of: rustc_hash::FxHashMap<&str, Option<String>> = Default::default();
    ex.claims
        .iter()
        .filter_map(|o| match &o.kind {
            ClaimKind::Entity(e)
                if e.kind == EntityKind::Org
                    && !text
                        .get(o.span.end..)
                        .is_some_and(|r| r.starts_with("-based")) =>
            {
                // Read once per corpus (`corpus_orgs`); asked here only when
                // the corpus's lists were made without this draft.
                let key = key_of.entry(&e.name).or_insert_with(|| {
                    match names.org_keys.get(e.name.as_str()) {
                        Some(known) => known.clone(),
                        None => (!not_an_org(&e.name, &names.lower_words, &names.people))
                            .then(|| org_key(&e.name)),
                    }
                });
                Some((o.span.start, o.span.end, key.clone()?))
            }
            _ => None,
        })
        .collect()
}

/// Organisations named in `[from, to)` of the document, as (offset, key): the
/// draft's own mentions, and names the corpus knows where the draft's
/// extraction could not tell (a name opening a sentence). Each is cheap to
/// ask again: the mentions are listed once per draft (`own_orgs`) and the
/// names' automaton runs once over the draft (`corpus_matches`). (A memo
/// of the answers by stretch was tried: it cost more than it saved, most
/// stretches being asked once.)
pub(super) fn orgs_in(cx: &Ctx<'_>, from: usize, to: usize) -> Vec<(usize, String)> {
    // The same mentions, in the same order, as filtering `claims_in(from, to)`:
    // claims are sorted by start, and `own_orgs` keeps them in claim order.
    let first = cx.own_orgs.partition_point(|o| o.0 < from);
    let mut found: Vec<(usize, usize, String)> = cx.own_orgs[first..]
        .iter()
        .take_while(|o| o.0 < to)
        .filter(|o| o.1 <= to)
        .cloned()
        .collect();
    if let (Some(stretch), Some(finder)) = (cx.text.get(from..to), cx.names.finder()) {
        // The draft's own mentions, by start, with the furthest end so far:
        // a corpus name overlaps one of them when the furthest end among
        // those starting before its end lies past its start. Matches come in
        // order, so one pointer walks the mentions (linear, not a scan each).
        // A corpus name holding the draft's own mention whole (`Trellis
        // Foods` where the draft's extraction kept only `Foods`, the first
        // word opening a sentence) replaces it.
        let own: Vec<(usize, usize)> = found.iter().map(|(s, e, _)| (*s, *e)).collect();
        let mut replaced = vec![false; own.len()];
        let (mut next, mut furthest) = (0usize, 0usize);
        let searched;
        let matches: &[(usize, usize, usize)] = match corpus_matches(cx, finder, from, to) {
            Some(m) => m,
            None => {
                searched = find_names(finder, stretch, from);
                &searched
            }
        };
        for &(ms, me, pattern) in matches {
            let (s, e) = (ms - from, me - from);
            if !starts_word(stretch, s) || !ends_word(stretch, e) {
                continue;
            }
            let t = (from + s, from + e);
            let first_inside = next;
            while next < own.len() && own[next].0 < t.1 {
                furthest = furthest.max(own[next].1);
                next += 1;
            }
            let holds_whole = next > first_inside
                && own[first_inside..next]
                    .iter()
                    .all(|&(a, b)| a >= t.0 && b <= t.1 && b - a < t.1 - t.0)
                && furthest <= t.1
                && (first_inside == 0 || own[first_inside - 1].1 <= t.0);
            if (furthest <= t.0 || holds_whole) && !stretch[e..].starts_with("-based") {
                if holds_whole {
                    replaced[first_inside..next].fill(true);
                }
                let key = cx.names.names[pattern].1.clone();
                found.push((t.0, t.1, key));
            }
        }
        let mut keep = (0..found.len()).map(|i| i >= own.len() || !replaced[i]);
        found.retain(|_| keep.next().unwrap_or(true));
    }
    found.sort();
    found
        .into_iter()
        .map(|(s, _, k)| (s, cx.names.canonical(k)))
        .collect()
}

/// The corpus names the automaton finds in `[from, to)` of the draft, as
/// (start, end, pattern) in document offsets, taken from one search of the
/// whole draft instead of a search of the stretch; `None` when that could
/// differ, and the stretch is searched.
///
/// Why the two agree: leftmost-longest search takes, from where it stands,
/// the match starting first (the longest of those), then goes on from its
/// end. When no match of the whole draft straddles `from`, the whole search
/// reaches `from` between matches, and the first it takes from there is the
/// leftmost of those starting at or after `from`. When none straddles `to`
/// either, each match it takes inside the stretch ends by `to`, so it is
/// also the leftmost-longest among the stretch's own (fewer) candidates;
/// and the first it takes past them starts at or after `to`, so the stretch
/// has no candidate left. The stretch's search therefore takes exactly the
/// whole search's matches lying inside it. (`orgs_in` tests word boundaries
/// and `-based` against the stretch itself, as before.)
fn corpus_matches<'c>(
    cx: &'c Ctx<'_>,
    finder: &aho_corasick::AhoCorasick,
    from: usize,
    to: usize,
) -> Option<&'c [(usize, usize, usize)]> {
    let all = cx
        .corpus_matches
        .get_or_init(|| find_names(finder, cx.text, 0));
    matches_inside(all, from, to)
}

/// The corpus names in `text` (which starts at offset `at` of the draft),
/// ASCII-case-insensitively, leftmost-longest, as (start, end, pattern) in
/// draft offsets: the names' automaton (`OrgNames::new`) run over the text
/// ASCII-lower-cased, which keeps every byte offset.
pub(super) fn find_names(
    finder: &aho_corasick::AhoCorasick,
    text: &str,
    at: usize,
) -> Vec<(usize, usize, usize)> {
    let lower = text.to_ascii_lowercase();
    finder
        .find_iter(&lower)
        .map(|m| (at + m.start(), at + m.end(), m.pattern().as_usize()))
        .collect()
}

/// The matches of `all` (a leftmost-longest search of a whole text) lying
/// in `[from, to)`, or `None` when one straddles `from` or `to`.
pub(super) fn matches_inside(
    all: &[(usize, usize, usize)],
    from: usize,
    to: usize,
) -> Option<&[(usize, usize, usize)]> {
    // Matches do not overlap and come in order: starts and ends both sorted.
    let i = all.partition_point(|m| m.1 <= from);
    if all.get(i).is_some_and(|m| m.0 < from) {
        return None;
    }
    let j = all.partition_point(|m| m.0 < to);
    if j > i && all[j - 1].1 > to {
        return None;
    }
    all.get(i..j.max(i))
}
