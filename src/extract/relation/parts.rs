//! Parts against a total in one sentence: `A, B and C, a total of T`;
//! labelled parts (`Georgia (25), Ohio (12) and Iowa (9), 46 in all`;
//! `(AdSense €1.49bn, Shopping €2.42bn) — a total of €3.91bn`); `T, including
//! A and B` (the parts fit inside T; one included part is no sum); and `Of
//! the total T, X A, Y B and the remaining C`.

use super::{Fig, addable, between, lookback_raw, window};
use crate::claim::{PartsKind, Relation};

/// Words that relate figures rather than name a part: a gap holding one is
/// not a label (`300 including 50`, `12 of which 4`).
const NOT_LABEL: &[&str] = &[
    "including",
    "includes",
    "excluding",
    "of",
    "which",
    "or",
    "than",
    "from",
    "to",
    "up",
    "down",
    "versus",
    "vs",
    "against",
    "compared",
    "with",
    "per",
    "each",
    "a",
    "an",
    "total",
    "totalling",
    "totaling",
    "combined",
    "plus",
    "minus",
    "while",
    "whereas",
    "but",
    "was",
    "were",
    "is",
    "are",
    // A pronoun makes a clause, not a name: `, leaving them needing 30`.
    "them",
    "they",
    "it",
    "he",
    "she",
    "him",
    "we",
    "us",
    "you",
];

/// True when `words` name a part: one to five words, none relating figures
/// (`Ohio`, `South Carolina`, `the remaining`, `Shiv Sena`).
fn label(words: &[&str]) -> bool {
    (1..=5).contains(&words.len())
        && words.iter().all(|w| {
            !NOT_LABEL.contains(w)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.' | '&'))
        })
}

/// A short phrase naming the part before it: `in sales`, `for defense`,
/// `up front`.
fn trailing_phrase(words: &[&str]) -> bool {
    // When each part is paid: `£86.4m up front and £6.6m in add-ons`.
    if matches!(
        words,
        ["up", "front"] | ["upfront" | "up-front" | "initially" | "guaranteed" | "outright"]
    ) {
        return true;
    }
    (2..=4).contains(&words.len())
        && ["in", "at", "from", "for", "on"].contains(&words[0])
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
}

/// `g` without a trailing `(2019):`, `:`, `,`, `(` — what ends a label
/// before its figure (`Shopping (2017): €2.42bn`, `Georgia (25)`, `Ohio, 12`).
fn strip_label_tail(g: &str) -> &str {
    let g = g.trim_end().trim_end_matches([':', ',']).trim_end();
    let g = match g.strip_suffix(')').and_then(|x| x.rsplit_once('(')) {
        Some((lead, inner)) if inner.len() <= 12 && !inner.contains([',', ';']) => lead,
        _ => g,
    };
    g.trim_end().trim_end_matches('(').trim_end()
}

/// A gap between listed parts: `,`, `and`, `&`, a short phrase naming the
/// part before it (`in sales and`, `at Leeds,`), a label naming the part
/// after it (`, Ohio`, `, and the remaining`, `, Shopping (2017):`), or both
/// around a parenthesised figure (`), Ohio (`): a gap that closes a
/// parenthesis must open the next.
fn part_gap(gap: &str) -> bool {
    let g = gap.trim();
    let (closes, g) = match g.strip_prefix(')') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, g),
    };
    if closes != g.ends_with('(') || g.len() > 60 {
        return false;
    }
    if matches!(g, "," | "and" | ", and" | "&" | ";" | "plus" | ", plus") {
        return true;
    }
    let g = strip_label_tail(g);
    let spaced = g.replace([',', ';', '&'], " , ");
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let Some(sep) = words
        .iter()
        .position(|w| matches!(*w, "," | "and" | "plus"))
    else {
        return false;
    };
    let mut after = sep + 1;
    if words[sep] == "," && words.get(after) == Some(&"and") {
        after += 1;
    }
    let (before, next) = (&words[..sep], &words[after..]);
    (before.is_empty() || trailing_phrase(before))
        && (next.is_empty() || label(next) || kind_of(next) || label_with(next))
}

/// A label and `with` naming the part after it: `KO with 157, Third Way
/// with 65 and the Left with 26`.
fn label_with(words: &[&str]) -> bool {
    matches!(words, [name @ .., "with"] if label(name))
}

/// A label naming the part after it as a kind of the whole: `a forfeiture
/// of`, `the remaining`, `an OFAC penalty of` (`a criminal fine of $1.81bn
/// and a forfeiture of $2.51bn, a total of $4.32bn`).
/// Words naming a whole (`a haul of`) are no such label.
fn kind_of(words: &[&str]) -> bool {
    matches!(words, [a, middle @ .., "of"]
        if matches!(*a, "a" | "an" | "the")
            && (1..=3).contains(&middle.len())
            && label(middle)
            && !middle.iter().any(|w| matches!(*w, "haul" | "tally" | "sum" | "overall")))
}

/// Totals: `a total of T`, `totalling T`, `T in total`, `a combined T`,
/// `a combined total of T`, `a haul of T`, `a tally of T`, `— together T`,
/// `… account for T`, `… add up to T`.
fn total_marker(gap: &str) -> bool {
    let g = gap.trim();
    let g = g.strip_prefix(')').unwrap_or(g).trim_start();
    // `… now share the chamber's 113 seats`: what the total is of, named
    // by its owner, stands between the marker and the total.
    let g = owner_stripped(g);
    let marks = |list: &'static [&'static str], reach: usize| list.iter().map(move |m| (*m, reach));
    // A marker that can only mean a sum reaches further back: `37, 20, 24
    // and 7 seats respectively, the four would hold a combined 98`; `€108
    // million in humanitarian aid for Syria — a combined €1.18 billion`.
    marks(STRONG, 64).chain(marks(OTHER, 40)).any(|(m, reach)| {
        g.ends_with(m)
            && (g.len() == m.len() || !g[..g.len() - m.len()].ends_with(char::is_alphanumeric))
            && g.len() <= reach
    })
}

/// Total markers that can only mean a sum of what came before.
const STRONG: &[&str] = &[
    "a total of",
    "totalling",
    "totaling",
    "a combined",
    "for a combined",
    "combined total of",
];

/// Total markers that may name other things too, read only close to the total.
const OTHER: &[&str] = &[
    "a haul of",
    "a tally of",
    "together",
    "together worth",
    // `(England 967,390, India 673,352 and China 549,618) account for 2.29 million`
    "account for",
    "accounted for",
    "accounting for",
    "make up",
    "made up",
    "add up to",
    "added up to",
    "adding up to",
    "amount to",
    "amounted to",
    // `A (52), B (51) and C (9) share the chamber's 113 seats`
    "share",
    "now share",
    "between them hold",
    "between them won",
];

/// A gap without a closing owner's phrase (`share the chamber's` →
/// `share`): `the`, `its` or `their` and one word with a possessive ending,
/// or a closing `the` or `all` (`share all 113 seats`).
fn owner_stripped(g: &str) -> &str {
    // `share the 113 seats`, `share all 113 seats`
    for d in [" the", " all"] {
        if let Some(h) = g.strip_suffix(d) {
            return h.trim_end();
        }
    }
    let Some((head, last)) = g.rsplit_once(' ') else {
        return g;
    };
    if !(last.ends_with("'s") || last.ends_with("’s") || last.ends_with("s'")) {
        return g;
    }
    let head = head.trim_end();
    ["the", "its", "their"]
        .iter()
        .find_map(|d| {
            head.strip_suffix(d)
                .filter(|h| h.is_empty() || h.ends_with(' '))
                .map(str::trim_end)
        })
        .unwrap_or(g)
}

/// `, 46 in all`, `— 46 in total`, `, 46 seats altogether`: a total named
/// after its figure, joined to the parts by a comma or a dash.
fn total_after(text: &str, gap: &str, t: &Fig<'_>) -> bool {
    let g = gap.trim();
    let g = g.strip_prefix(')').unwrap_or(g).trim();
    if !matches!(g, "," | "—" | "–" | ", or" | ", so" | "; or") {
        return false;
    }
    let end = t.claim.span.end;
    let after = window(text, end, end + 40);
    let words: Vec<&str> = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(4)
        .collect();
    let at = |k: usize, w: &str| words.get(k).is_some_and(|x| *x == w);
    (0..=1).any(|k| {
        (at(k, "in") && (at(k + 1, "all") || at(k + 1, "total")))
            || at(k, "altogether")
            || (at(k, "all") && at(k + 1, "told"))
    })
}

/// The parts one sentence lists against a total, among its figures `figs`.
pub(super) fn parts(text: &str, figs: &[Fig<'_>], out: &mut Vec<Relation>) {
    let mut i = 0;
    while i < figs.len() {
        // `Of the total T, X A, Y B and the remaining C`
        if let Some(next) = of_total(text, figs, i, out) {
            i = next;
            continue;
        }
        // `T in funds (A in cash and B in goods)`
        if let Some(next) = parenthesised_parts(text, figs, i, out) {
            i = next;
            continue;
        }
        // `A, B and C, a total of T`; `A, B and C, T in all`
        let j = chain(text, figs, i);
        // `With 37, 20, 24 and 7 seats, the four would hold a combined 98`:
        // the parts named as a group by their number stand for them.
        let group = usize::from(
            figs.get(j + 1)
                .is_some_and(|g| group_of(text, g, j + 1 - i)),
        );
        if j > i
            && let Some(t) = figs.get(j + 1 + group).filter(|t| addable(t, &figs[i]))
        {
            let gap = between(text, figs[j + group].claim.span, t.claim.span);
            let gap = after_noun(&gap, &figs[j]);
            if (total_marker(gap) || total_after(text, gap, t)) && !list_began_before(text, figs, i)
            {
                out.push(Relation::Parts {
                    kind: PartsKind::Sum,
                    parts: (i..=j).map(|x| figs[x].idx).collect(),
                    total: t.idx,
                });
                i = j + 2 + group;
                continue;
            }
        }
        // `T, including A and B`: one included part states no sum.
        if let Some(first) = figs.get(i + 1).filter(|f| addable(f, &figs[i])) {
            let gap = between(text, figs[i].claim.span, first.claim.span);
            let g = gap.trim();
            if g.ends_with("including") && g.len() <= 30 {
                let k = chain(text, figs, i + 1);
                if k > i + 1 {
                    out.push(Relation::Parts {
                        kind: PartsKind::Including,
                        parts: (i + 1..=k).map(|x| figs[x].idx).collect(),
                        total: figs[i].idx,
                    });
                }
            }
        }
        i = j.max(i) + 1;
    }
}

/// True when `g` names `n` parts as a group by their number, `the four` (a
/// number after `the`, with no noun of its own).
fn group_of(text: &str, g: &Fig<'_>, n: usize) -> bool {
    let lead = super::lookback(text, g.claim.span.start, 8);
    g.quantity()
        .is_some_and(|q| q.value == Some(n as f64) && q.noun.is_none())
        && (lead.ends_with(" the ") || lead == "the ")
}

/// True when the figure before part `i` is joined to it as parts are
/// joined (`Green Party 1, 100% Redress 1 and independents 18 — 174 in
/// all`: the run `1 and 18` is the tail of a list a figure of another kind
/// broke): the run is not the whole list, so its sum says nothing.
fn list_began_before(text: &str, figs: &[Fig<'_>], i: usize) -> bool {
    i > 0 && {
        let gap = between(text, figs[i - 1].claim.span, figs[i].claim.span);
        let gap = after_noun(&gap, &figs[i - 1]);
        let words: Vec<&str> = gap.split_whitespace().collect();
        !gap.trim().is_empty() && (part_gap(gap) || label(&words))
    }
}

/// The last index of the run of parts starting at `i`: figures that can be
/// added, joined by part gaps.
fn chain(text: &str, figs: &[Fig<'_>], i: usize) -> usize {
    let mut j = i;
    while j + 1 < figs.len() && addable(&figs[j + 1], &figs[i]) {
        let gap = between(text, figs[j].claim.span, figs[j + 1].claim.span);
        if part_gap(after_noun(&gap, &figs[j])) {
            j += 1;
            continue;
        }
        // `the KMT (52), the TPP (9) and two independents`: a last part named
        // by its own noun after labelled ones.
        let last = matches!(gap.trim(), ") and" | "), and")
            && figs[j + 1]
                .quantity()
                .is_some_and(|q| q.noun.as_deref().is_some_and(|n| !n.is_empty()));
        if last {
            j += 1;
        }
        break;
    }
    j
}

/// A gap after a figure without the noun the figure counts (`four gold, two
/// silver`: the gap after `four` is `,`).
fn after_noun<'g>(gap: &'g str, f: &Fig<'_>) -> &'g str {
    let g = gap.trim_start();
    f.quantity()
        .and_then(|q| q.noun.as_deref())
        .filter(|n| !n.is_empty())
        .and_then(|n| g.strip_prefix(n))
        .filter(|rest| !rest.starts_with(char::is_alphanumeric))
        .unwrap_or(gap)
}

/// Words opening a parenthesis that say it names only some of the parts.
const SOME_IN_PARENS: &[&str] = &[
    "including",
    "includes",
    "such as",
    "among them",
    "notably",
    "e.g",
];

/// `1.2 billion pesos ($20.6 million) in standby funds (300 million pesos in
/// cash and 800 million pesos in goods)`: a total, a few words naming it (a
/// currency conversion in parentheses may stand among them), then a
/// parenthesis holding nothing but two or more parts joined as parts are
/// (`chain`); a pair of dashes, or a dash and the sentence's end, stand for
/// the parenthesis too. The parts add up to the total, unless the parenthesis opens
/// with `including` or `such as` (they fit inside it). A parenthesis opening
/// with anything but a label (`(up from $8bn and $7bn)`) is not read.
/// Returns where to go on when it read one.
fn parenthesised_parts(
    text: &str,
    figs: &[Fig<'_>],
    i: usize,
    out: &mut Vec<Relation>,
) -> Option<usize> {
    let t = &figs[i];
    let mut k = i + 1;
    let mut gap = between(text, t.claim.span, figs.get(k)?.claim.span);
    // A conversion: `($20.6 million)` right after the total. Anything
    // else after the first figure in it (`(£86.4m up front and £6.6m`)
    // makes the parenthesis the parts'.
    if gap.trim() == "("
        && let Some(next) = figs.get(k + 1)
    {
        let close = between(text, figs[k].claim.span, next.claim.span);
        if let Some((inside, rest)) = close.split_once(')')
            && inside.trim().is_empty()
        {
            k += 1;
            gap = rest.to_string();
        }
    }
    let first = &figs[k];
    // The parenthesis opens with `(`, or with a dash (`390 million euros —
    // 210 million for Facebook and 180 million for Instagram —`).
    let open_at = gap.rfind(['(', '—', '–'])?;
    let dash = gap[open_at..].chars().next().filter(|&c| c != '(');
    let (lead, opening) = (
        &gap[..open_at],
        &gap[open_at + dash.map_or(1, char::len_utf8)..],
    );
    let lead_words = lead.split_whitespace().count();
    if lead_words > 10 || lead.contains([',', ';', ':', '.', '(', ')', '—', '–']) {
        return None;
    }
    let opening = opening.trim();
    let some = SOME_IN_PARENS.iter().any(|w| opening.starts_with(w));
    let label_words: Vec<&str> = opening.split_whitespace().collect();
    if !(some || label_words.is_empty() || label(&label_words)) || !addable(first, t) {
        return None;
    }
    let last = chain(text, figs, k);
    if last == k {
        return None;
    }
    // The parenthesis closes after the last part, before any other figure.
    let end = figs
        .get(last + 1)
        .map_or(text.len(), |f| f.claim.span.start);
    let after = text.get(figs[last].claim.span.end..end).unwrap_or("");
    // A dash closes with a dash or the sentence's end.
    let close = match dash {
        None => after.find(')')?,
        Some(_) => after.find(['—', '–']).or_else(|| {
            after
                .find(". ")
                .or_else(|| after.trim_end().strip_suffix('.').map(str::len))
        })?,
    };
    if after[..close].contains(['(', ')', '.', ';']) {
        return None;
    }
    // A part larger than the total is not its part: `two regions (55 in
    // Calabarzon and 51 in Bicol)` counts regions, its parenthesis deaths.
    let high = t.quantity().map_or(f64::INFINITY, |q| q.interval.high);
    if (k..=last).any(|x| figs[x].quantity().is_some_and(|q| q.interval.low > high)) {
        return None;
    }
    out.push(Relation::Parts {
        kind: if some {
            PartsKind::Including
        } else {
            PartsKind::Sum
        },
        parts: (k..=last).map(|x| figs[x].idx).collect(),
        total: t.idx,
    });
    Some(last + 1)
}

/// `Of the total $30 billion, data centre contributed $26.3 billion, gaming
/// $2.9 billion and the remaining $1.8 billion`, `Of the 66 people infected
/// in Rwanda, 15 died and 53 recovered`: a total opening the sentence, then
/// its parts. With `remaining`, `the rest` or `the balance`
/// before the last part they add up to it; otherwise they fit inside it.
/// Returns where to go on when it read one.
/// The words right before a total its parts follow (`Of the 400 seats,
/// 159 …`, `out of the total 400, …`).
const OF_TOTAL_LEADS: &[&str] = &[
    "of",
    "of the",
    "of the total",
    "of its",
    "out of",
    "out of the",
    "out of the total",
];

fn of_total(text: &str, figs: &[Fig<'_>], i: usize, out: &mut Vec<Relation>) -> Option<usize> {
    let t = &figs[i];
    // `lookback` lower-cased equal to an ASCII lead is the words as written
    // equal to it ignoring ASCII case (lower-casing keeps every offset and
    // white space, and turns no non-ASCII character into ASCII).
    let lead = lookback_raw(text, t.claim.span.start, 40).trim();
    if !OF_TOTAL_LEADS.iter().any(|w| lead.eq_ignore_ascii_case(w)) {
        return None;
    }
    let first = figs.get(i + 1).filter(|f| addable(f, t))?;
    let gap = between(text, t.claim.span, first.claim.span);
    let words: Vec<&str> = gap.split_whitespace().collect();
    // `Of the total T, A …` or `Of the T people infected in Rwanda, A …`:
    // the total's own noun phrase, then one comma before the first part.
    let one_comma = gap.trim_start().starts_with(',')
        || (gap.trim_end().ends_with(',') && gap.matches(',').count() == 1);
    if !(one_comma && words.len() <= 6 && !gap.contains([';', '.', ':'])) {
        return None;
    }
    let k = chain(text, figs, i + 1);
    if k == i + 1 {
        return None;
    }
    let last_gap = between(text, figs[k - 1].claim.span, figs[k].claim.span);
    let rest = ["remaining", "rest", "balance"]
        .iter()
        .any(|w| last_gap.split_whitespace().any(|x| x == *w));
    out.push(Relation::Parts {
        kind: if rest {
            PartsKind::Sum
        } else {
            PartsKind::Including
        },
        parts: (i + 1..=k).map(|x| figs[x].idx).collect(),
        total: t.idx,
    });
    Some(k + 1)
}

#[cfg(test)]
mod tests {
    use super::super::{lookback, lookback_raw, relations};
    use crate::claim::{PartsKind, Relation};

    #[test]
    fn of_total_lead_as_written_is_the_lower_cased_lead() {
        const LEADS: &[&str] = super::OF_TOTAL_LEADS;
        for t in [
            "Of the total 30",
            "OUT OF THE 5",
            "Of\u{a0}the 5",
            "\u{a0}of the\u{2009}5",
            "\u{212a}of the 5",
            "Öf the 5",
            "So. Of its 5",
            "of the  5",
            "Of İts 5",
            "5",
        ] {
            let at = t.len() - 1;
            let old = LEADS.contains(&lookback(t, at, 40).trim());
            let new = LEADS
                .iter()
                .any(|w| lookback_raw(t, at, 40).trim().eq_ignore_ascii_case(w));
            assert_eq!(old, new, "{t:?}");
        }
    }

    #[test]
    fn reads_parts_named_by_a_short_phrase() {
        let r = relations(
            "The charges break down into $3 billion for commercial airplanes and $2 billion for defense, for a total of $6 billion.",
        );
        assert!(
            matches!(&r[..], [Relation::Parts { kind: PartsKind::Sum, parts, .. }] if parts.len() == 2),
            "{r:?}"
        );
    }

    #[test]
    fn reads_parts_and_their_total() {
        let r = relations("It made cuts of 300, 400 and 500, a total of 1,500 jobs.");
        assert!(
            matches!(&r[0], Relation::Parts { kind: PartsKind::Sum, parts, .. } if parts.len() == 3),
            "{r:?}"
        );
    }

    #[test]
    fn reads_parts_in_a_parenthesis_right_after_the_total() {
        for t in [
            "Bayern could pay a potential £95m (£86.4m up front and £6.6m in add-ons) for him.",
            "The fee is £95m (£86.4m up front plus £6.6m in add-ons).",
        ] {
            let r = relations(t);
            assert!(
                r.iter()
                    .any(|r| matches!(r, Relation::Parts { parts, .. } if parts.len() == 2)),
                "{t}: {r:?}"
            );
        }
    }

    #[test]
    fn reads_parts_that_account_for_a_total() {
        let r = relations(
            "The top three (England 967,390, India 673,352 and China 549,618) account for 2.29 million residents.",
        );
        assert!(
            r.iter()
                .any(|r| matches!(r, Relation::Parts { parts, .. } if parts.len() == 3)),
            "{r:?}"
        );
        let r = relations("Ads and cloud account for 40% of sales.");
        assert!(
            !r.iter().any(|r| matches!(r, Relation::Parts { .. })),
            "{r:?}"
        );
    }

    #[test]
    fn reads_parts_between_dashes() {
        for t in [
            "In January it imposed 390 million euros — 210 million euros for Facebook and 190 million euros for Instagram — over adverts.",
            "In January it imposed 390 million euros – 210 million euros for Facebook and 190 million euros for Instagram.",
        ] {
            let r = relations(t);
            assert!(
                r.iter()
                    .any(|r| matches!(r, Relation::Parts { parts, .. } if parts.len() == 2)),
                "{t}: {r:?}"
            );
        }
        let r = relations("Sales rose to $390 million — up from $210 million and $190 million.");
        assert!(
            !r.iter().any(|r| matches!(r, Relation::Parts { .. })),
            "{r:?}"
        );
    }

    #[test]
    fn reads_together_as_a_total() {
        let r = relations(
            "Recurrent spending is KSh 2.79trn and development spending KSh 804bn — together KSh 3.69trn — with a further KSh 400bn for counties.",
        );
        assert!(
            r.iter()
                .any(|r| matches!(r, Relation::Parts { parts, .. } if parts.len() == 2)),
            "{r:?}"
        );
    }

    #[test]
    fn parts_that_share_a_total_and_a_last_part_named_by_its_noun() {
        let r = relations(
            "The KMT (52), the DPP (51), the TPP (9) and two independents now share the chamber's 113 seats.",
        );
        assert_eq!(sums(&r), vec![(PartsKind::Sum, 4)], "{r:?}");
        assert!(super::owner_stripped("now share the chamber's") == "now share");
        assert!(super::owner_stripped("share all") == "share");
    }

    #[test]
    fn reads_a_haul_and_a_combined_total_as_totals() {
        for t in [
            "The team won four gold, two silver and five bronze, a haul of 12 medals.",
            "Its roughly $50bn in sales and Rival's $13bn, a combined total of about $73bn, make it large.",
        ] {
            let r = relations(t);
            assert_eq!(
                sums(&r),
                vec![(PartsKind::Sum, if t.contains("gold") { 3 } else { 2 })],
                "{t}: {r:?}"
            );
        }
    }

    #[test]
    fn parts_each_named_as_a_kind_of_the_whole_are_parts() {
        let r = relations(
            "Put another way, a criminal fine of $1.81bn and a forfeiture of $2.51bn, a total of $4.7bn, will be paid.",
        );
        assert_eq!(sums(&r), vec![(PartsKind::Sum, 2)], "{r:?}");
    }

    #[test]
    fn the_tail_of_a_list_broken_by_another_kind_of_figure_states_no_sum() {
        let r = relations(
            "Aontú 2, Green Party 1, 100% Redress 1 and independents 18 — 174 seats in all.",
        );
        assert!(sums(&r).is_empty(), "{r:?}");
        assert_eq!(
            sums(&relations(
                "Aontú 2, Green Party 1, Redress 1 and independents 18 — 22 seats in all."
            )),
            vec![(PartsKind::Sum, 4)]
        );
    }

    #[test]
    fn figures_in_a_plain_list_are_not_parts() {
        assert!(relations("Oracle cut 355 jobs, Cisco 221 and Intel 2,400.").is_empty());
    }

    fn sums(r: &[Relation]) -> Vec<(PartsKind, usize)> {
        r.iter()
            .filter_map(|r| match r {
                Relation::Parts { kind, parts, .. } => Some((*kind, parts.len())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn reads_labelled_parts_in_parentheses_summed_in_all() {
        // `Georgia 25` is not read as a figure (a name and a number), so the
        // label is set off by a comma here.
        let r =
            relations("It won seats in three states (Georgia, 25; Ohio, 12; Iowa, 9), 46 in all.");
        assert_eq!(sums(&r), vec![(PartsKind::Sum, 3)]);
    }

    #[test]
    fn reads_parts_each_in_parentheses_after_its_label() {
        let r = relations(
            "Losses were reported in Georgia (25), Ohio (12) and Iowa (9), a total of 46 claims.",
        );
        assert_eq!(sums(&r), vec![(PartsKind::Sum, 3)]);
    }

    #[test]
    fn reads_a_parenthesis_of_parts_then_a_dashed_total() {
        let r = relations(
            "Three fines (Alpha €1.49bn, Beta €2.42bn, Gamma €4.34bn) — a total of €8.25bn — were upheld.",
        );
        assert_eq!(sums(&r), vec![(PartsKind::Sum, 3)]);
    }

    #[test]
    fn reads_labels_with_a_year_before_the_figure() {
        let r = relations(
            "The fines were Alpha (2019): €1.49 billion, Beta (2017): €2.42 billion, for a total of €3.91 billion.",
        );
        assert_eq!(sums(&r), vec![(PartsKind::Sum, 2)]);
    }

    #[test]
    fn one_included_part_states_no_sum() {
        assert!(
            sums(&relations(
                "The deal is worth $69bn including $8bn of debt."
            ))
            .is_empty()
        );
        assert!(
            sums(&relations(
                "Including $8bn of debt, the deal was worth $69bn in total."
            ))
            .is_empty()
        );
    }

    #[test]
    fn reads_the_rest_of_a_total_named_first() {
        let r = relations(
            "Of the total $30 billion, cloud contributed $26.3 billion, games $2.9 billion, and the remaining $0.8 billion came from other units.",
        );
        assert_eq!(sums(&r), vec![(PartsKind::Sum, 3)]);
        let r = relations(
            "Of the $30 billion, cloud contributed $26.3 billion and games $2.9 billion.",
        );
        assert_eq!(sums(&r), vec![(PartsKind::Including, 2)]);
        // The total's own noun phrase before the comma.
        let r = relations("Of the 66 people infected in Rwanda, 15 died and 53 recovered.");
        assert_eq!(sums(&r), vec![(PartsKind::Including, 2)]);
        // Two commas: an aside, not the total's noun phrase.
        let r = relations("Of the 66 cases, in Kigali, 15 died and 53 recovered.");
        assert_eq!(sums(&r), vec![]);
    }

    #[test]
    fn reads_parts_in_a_parenthesis_after_their_total() {
        let r = relations(
            "The agency had 1.2 billion pesos ($20.6 million) in standby funds and stockpiles (300 million pesos in cash and 800 million pesos in food packs) ready.",
        );
        assert_eq!(sums(&r), vec![(PartsKind::Sum, 2)]);
        let r = relations("The firm has 500 stores (including 200 in France and 150 in Spain).");
        assert_eq!(sums(&r), vec![(PartsKind::Including, 2)]);
    }

    #[test]
    fn a_parenthesis_of_comparisons_holds_no_parts() {
        let r = relations("Revenue rose to $10 billion (up from $8 billion and $7 billion).");
        assert_eq!(sums(&r), vec![]);
        let r = relations("It paid $5 billion ($3 billion).");
        assert_eq!(sums(&r), vec![]);
        let r = relations("Deaths were in two regions (55 in Calabarzon and 51 in Bicol).");
        assert_eq!(sums(&r), vec![]);
    }

    #[test]
    fn an_including_clause_is_not_a_label() {
        let r = relations("Cuts of 300 and 400 including 50 managers, a total of 700 jobs.");
        assert_eq!(sums(&r), vec![]);
    }
}
