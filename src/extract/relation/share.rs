//! Shares: `P% of B, or R`, `R, or P% of its B`, `R (P%) of its B`, `P
//! percent of its B employees — about R`, `R jobs represent P% of B`, and `R,
//! or P% of its workforce` (a share of a noun, no base figure).

use super::{Fig, between, char_floor, lookback, window};
use crate::claim::{Measure, Relation, UnitClass};
use crate::extract::located::lower_same_offsets;

/// True when `gap` joins a figure to its restatement: `, or`, `—`, `(`, `, about`.
pub(super) fn restates(gap: &str) -> bool {
    let g = gap.trim();
    g.len() <= 40
        && (g.ends_with(", or")
            || g.ends_with(" or")
            || g == "or"
            || g.ends_with('—')
            || g.ends_with('–')
            || g.ends_with('(')
            || g.ends_with("or about")
            || g.ends_with(',')
            || g.ends_with(", about")
            || g.ends_with(", roughly")
            || g.ends_with("— about")
            || g.ends_with("– about"))
        && !g.contains(';')
        && !g.contains('.')
}

/// True when `gap` joins a count to the share it is: `jobs represent`, `job
/// cuts amount to`, `employees account for`.
pub(super) fn is_share_verb(gap: &str) -> bool {
    let g = gap.trim();
    g.len() <= 40
        && !g.contains([',', ';', '.'])
        && [
            " represent",
            " represents",
            " amount to",
            " amounts to",
            " account for",
            " accounts for",
            " equal to",
            " equals",
            " equivalent to",
            " make up",
            " makes up",
            " made up",
            " accounted for",
            " represented",
            " amounted to",
            " works out to",
            " worked out to",
            " came to",
            " comes to",
            " come to",
            " are",
            " is",
            " was",
            " were",
        ]
        .iter()
        .any(|v| format!(" {g}").ends_with(v))
}

/// True when the words after a figure compare it with another (`32 more
/// than the majority mark`, `12 short of a majority`): a difference, not
/// the share's result.
fn compared(text: &str, end: usize) -> bool {
    let after = text.get(end..).unwrap_or("").trim_start();
    [
        "more than",
        "fewer than",
        "less than",
        "short of",
        "above",
        "below",
        "ahead of",
    ]
    .iter()
    .any(|w| {
        after
            .get(..w.len())
            .is_some_and(|a| a.eq_ignore_ascii_case(w))
            && !after[w.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

pub(super) fn percent_of(text: &str, figs: &[Fig<'_>], out: &mut Vec<Relation>) {
    for (i, p) in figs.iter().enumerate() {
        if p.measure != Measure::Percent {
            continue;
        }
        let next = figs.get(i + 1);
        let prev = i.checked_sub(1).map(|j| &figs[j]);
        // `P% of [a staff of] B[, or] R`
        if let Some(b) = next.filter(|b| b.measure == Measure::Count || b.measure == Measure::Money)
        {
            let gap = between(text, p.claim.span, b.claim.span);
            // `P% of B`, and `R (P%) of its B` where the parenthesis closes first.
            let g = gap.trim_start();
            let g = g.strip_prefix(')').unwrap_or(g).trim_start();
            let of_base = g.starts_with("of ")
                && gap.len() <= 60
                && !gap.contains([',', ';'])
                && of_pronoun(&gap).is_none();
            // `(5% of ₹4 lakh plus 10% of ₹4 lakh)`: one term of a sum, whose
            // result is the sum's.
            let term = {
                let after = text.get(b.claim.span.end..).unwrap_or("").trim_start();
                // `₹4 lakh plus` reads as a floor; before another share it is a sum.
                let plus_read = text
                    .get(b.claim.span.start..b.claim.span.end)
                    .is_some_and(|w| w.ends_with(" plus"))
                    && figs
                        .get(i + 2)
                        .is_some_and(|n| n.measure == Measure::Percent);
                plus_read
                    || ["plus ", "+ ", "and another ", "added to "]
                        .iter()
                        .any(|w| after.starts_with(w))
            };
            if of_base && term {
                continue;
            }
            if of_base {
                let result = figs
                    .get(i + 2)
                    .filter(|r| r.measure == b.measure)
                    .filter(|r| {
                        restates(&between(text, b.claim.span, r.claim.span))
                            || about_after(&between(text, b.claim.span, r.claim.span))
                    })
                    .filter(|r| !compared(text, r.claim.span.end))
                    .map(|r| r.idx)
                    .or_else(|| {
                        // `R, or P% of B`; `R jobs represent P% of B`;
                        // `spending, at R, is P% of total spending of B`.
                        prev.filter(|r| {
                            r.measure == Measure::Count
                                || (r.measure == Measure::Money && r.measure == b.measure)
                        })
                        .filter(|r| {
                            let g = between(text, r.claim.span, p.claim.span);
                            restates(&g) || is_share_verb(g.trim_start().trim_start_matches(','))
                        })
                        .map(|r| r.idx)
                    })
                    .or_else(|| which_was(text, &figs[..i], p, b));
                out.push(Relation::PercentOf {
                    percent: p.idx,
                    base: Some(b.idx),
                    result,
                    of: None,
                });
                continue;
            }
        }
        // `R, or P% of its workforce` / `R (P%)`: a share of a noun, no base figure.
        if let Some(r) = prev.filter(|r| r.measure == Measure::Count)
            && restates(&between(text, r.claim.span, p.claim.span))
        {
            let end = p.claim.span.end;
            let after = lower_same_offsets(
                text.get(end..char_floor(text, (end + 200).min(text.len())))
                    .unwrap_or(""),
            );
            let of = share_noun(&after);
            if of.is_some() {
                out.push(Relation::PercentOf {
                    percent: p.idx,
                    base: None,
                    result: Some(r.idx),
                    of,
                });
            }
        }
    }
}

/// `Kohli made 76 runs from 59 balls, which was about 46 per cent of
/// India's 176 runs`: the figure a relative `, which` after it makes P% of
/// the base is the one that counts what the base counts (`runs`), a few
/// words before the share in its sentence.
fn which_was(text: &str, before: &[Fig<'_>], p: &Fig<'_>, b: &Fig<'_>) -> Option<usize> {
    let noun = |f: &Fig<'_>| {
        f.quantity()
            .and_then(|q| q.noun.clone())
            .filter(|n| !n.is_empty())
    };
    // People counted under two nouns (`1,759 employees`, `its
    // 6,01,546-strong workforce`) count one thing.
    let people = |f: &Fig<'_>| f.quantity().is_some_and(|q| q.unit == UnitClass::People);
    let base_noun = noun(b);
    if base_noun.is_none() && !people(b) {
        return None;
    }
    let r = before.iter().rev().take(3).find(|r| {
        r.measure == b.measure
            && ((base_noun.is_some() && noun(r) == base_noun) || (people(r) && people(b)))
    })?;
    let gap = between(text, r.claim.span, p.claim.span);
    let g = gap.trim();
    (g.len() <= 100
        && !g.contains([';', '.'])
        && [
            ", which was",
            ", which is",
            ", which represents",
            ", which amounts to",
            ", which works out to",
            ", which worked out to",
        ]
        .iter()
        .any(|w| g.contains(w)))
    .then_some(r.idx)
}

/// `raise about £25bn of the £40bn total — roughly 70 per cent of the new
/// revenue`, `12 of its 40 stores, or 30%`: a part of a whole the sentence
/// states (`R of the B`, `R out of B`), restated as a share right after the
/// whole. A share followed by a base figure of its own is `percent_of`'s.
pub(super) fn part_then_share(text: &str, figs: &[Fig<'_>], out: &mut Vec<Relation>) {
    let value = |f: &Fig<'_>| f.quantity().and_then(|q| q.value);
    // A year between the whole and its share dates the whole (`$307.4bn in
    // 2023 revenue, more than 70%`): it is no figure of the three.
    let figs: Vec<&Fig<'_>> = figs.iter().filter(|f| f.measure != Measure::Time).collect();
    for i in 2..figs.len() {
        let (r, b, p) = (figs[i - 2], figs[i - 1], figs[i]);
        if p.measure != Measure::Percent
            || !matches!(r.measure, Measure::Count | Measure::Money)
            || b.measure != r.measure
            || !matches!((value(b), value(r)), (Some(bv), Some(rv)) if bv > rv)
        {
            continue;
        }
        if figs.get(i + 1).is_some_and(|n| {
            between(text, p.claim.span, n.claim.span)
                .trim_start()
                .starts_with("of ")
        }) {
            continue;
        }
        let of = between(text, r.claim.span, b.claim.span);
        let of = of.trim();
        let of = r
            .quantity()
            .and_then(|q| q.noun.as_deref())
            .and_then(|n| of.strip_prefix(n))
            .map_or(of, str::trim_start);
        // `of Alphabet's`: a possessive names whose whole it is.
        let possessive = of.strip_prefix("of ").is_some_and(|o| {
            (o.ends_with("'s") || o.ends_with("’s")) && o.split_whitespace().count() <= 3
        });
        if !possessive
            && !matches!(
                of,
                "of the" | "of its" | "of their" | "out of" | "out of the" | "of"
            )
        {
            continue;
        }
        // `70% of which`, `of them`: the share is of something else.
        let after_p = text.get(p.claim.span.end..).unwrap_or("").trim_start();
        if ["of which", "of whom", "of them", "of those"]
            .iter()
            .any(|w| after_p.starts_with(w))
        {
            continue;
        }
        let gap = between(text, b.claim.span, p.claim.span);
        let g = gap.trim();
        let dash_or = g.ends_with('—')
            || g.ends_with('–')
            || g.ends_with("— roughly")
            || g.ends_with("— about")
            || g.ends_with("— some")
            || g.ends_with("— nearly")
            || g.ends_with(", or")
            || g.ends_with(", or about")
            || g.ends_with(", or roughly")
            || g.ends_with(", or nearly")
            || g.ends_with('(')
            || whole_then_comma(g);
        if g.len() <= 40 && dash_or && !g.contains([';', '.']) && g.matches(',').count() <= 1 {
            out.push(restated(p, b, r));
        }
    }
}

/// True when the words between a whole and its share are the whole's own
/// noun phrase and a comma (`$307.4bn in 2023 revenue, more than 70%`,
/// `$307.4bn total, about 70%`): at most four words, no verb of their own.
fn whole_then_comma(g: &str) -> bool {
    let Some(np) = g.strip_suffix(',') else {
        return false;
    };
    let words: Vec<&str> = np.split_whitespace().collect();
    words.len() <= 4
        && !words.iter().any(|w| {
            matches!(
                *w,
                "and"
                    | "but"
                    | "while"
                    | "which"
                    | "that"
                    | "is"
                    | "was"
                    | "were"
                    | "are"
                    | "has"
                    | "had"
                    | "said"
                    | "says"
            ) || w.ends_with("ed")
        })
}

/// `R deaths among B cases, a fatality rate of P%`, `R of the B patients
/// died, a rate of P%`: a count, the count it is among, then the rate it
/// makes, restated after a comma. The gap between the two counts is a word
/// of membership (`among`, `of`, `out of`, `of the`) and at most three
/// more words; the rate follows within 40 bytes with `rate` or `ratio`.
pub(super) fn rate_among(text: &str, figs: &[Fig<'_>], out: &mut Vec<Relation>) {
    for w in figs.windows(3) {
        let [r, b, p] = w else { continue };
        if r.measure != Measure::Count
            || b.measure != Measure::Count
            || p.measure != Measure::Percent
        {
            continue;
        }
        let rb = lower_same_offsets(&between(text, r.claim.span, b.claim.span));
        let rb = rb.trim();
        // `among`, `of`, `out of`, `of the`, `of its`, `of all`: a word of
        // membership among at most four.
        let member = rb.split_whitespace().count() <= 4
            && !rb.contains([',', ';', '.'])
            && rb.split_whitespace().any(|w| w == "among" || w == "of");
        let bp = lower_same_offsets(&between(text, b.claim.span, p.claim.span));
        let rate = bp.len() <= 50
            && bp.contains(',')
            && !bp.contains([';', '.'])
            && (bp.contains("rate") || bp.contains("ratio"))
            && bp.trim_end().ends_with(|c: char| c.is_alphabetic());
        if member && rate {
            out.push(Relation::PercentOf {
                percent: p.idx,
                base: Some(b.idx),
                result: Some(r.idx),
                of: None,
            });
        }
    }
}

/// `Of the B contacts, R are high-risk, or P%`, `B contacts. Of these, R
/// are high-risk, or P%`, `B contacts, of whom R are high-risk, or P%`: a
/// count among a base the sentence opens with (or the sentence before
/// gave, or a relative `of whom` joins), restated as a share after `, or`.
/// A percentage followed by `of` is a share of something it names itself,
/// and is left to `percent_of`.
pub(super) fn of_base_restated(text: &str, all: &[Fig<'_>], out: &mut Vec<Relation>) {
    let value = |f: &Fig<'_>| f.quantity().and_then(|q| q.value);
    let larger = |b: &Fig<'_>, r: &Fig<'_>| {
        b.measure == r.measure && matches!((value(b), value(r)), (Some(bv), Some(rv)) if bv > rv)
    };
    for i in 1..all.len() {
        let (r, p) = (&all[i - 1], &all[i]);
        if p.measure != Measure::Percent
            || r.measure != Measure::Count
            || r.claim.sentence != p.claim.sentence
            || !restates(&between(text, r.claim.span, p.claim.span))
        {
            continue;
        }
        let after = window(text, p.claim.span.end, p.claim.span.end + 12);
        if after.trim_start().starts_with("of ") {
            continue;
        }
        let prev = i.checked_sub(2).map(|j| &all[j]);
        let head = lookback(text, r.claim.span.start, 240);
        let head = head.trim();
        let base = if ["of these,", "of those,", "of them,"].contains(&head) {
            // The base is the last figure of the sentence before, larger.
            all[..i - 1]
                .iter()
                .rev()
                .take_while(|b| b.claim.sentence + 1 >= r.claim.sentence)
                .find(|b| b.claim.sentence < r.claim.sentence && larger(b, r))
        } else {
            prev.filter(|b| b.claim.sentence == r.claim.sentence && larger(b, r))
                .filter(|b| {
                    let lead = lookback(text, b.claim.span.start, 60);
                    let gap = between(text, b.claim.span, r.claim.span);
                    let g = gap.trim();
                    // `Of the B persons, R`
                    (["of the", "of its", "of all", "of all the", "out of", "out of the"]
                        .contains(&lead.trim())
                        && g.len() <= 40
                        && g.ends_with(',')
                        && g.matches(',').count() == 1)
                        // `B persons, of whom R`
                        || (g.len() <= 40
                            && (g.ends_with(", of whom") || g.ends_with(", of which"))
                            && g.matches(',').count() == 1)
                })
        };
        if let Some(b) = base {
            out.push(restated(p, b, r));
        }
    }
}

/// `of them — some`, `of those, or about`: a share of a figure already given,
/// then its restatement. Returns the restating words' length.
fn of_pronoun(gap: &str) -> Option<usize> {
    let g = gap.trim_start();
    let g = g.strip_prefix("of ")?;
    let rest = ["them", "those", "these", "which", "it"]
        .iter()
        .find_map(|w| g.strip_prefix(w))?;
    (rest.starts_with([' ', ',', '—', '–', '(']) && (restates(rest) || about_after(rest)))
        .then_some(rest.len())
}

/// `N homes were damaged. About P% of them — some R — collapsed`: a share
/// of the figure the sentence before (or the same sentence) gave, restated
/// as a figure. `all` are the draft's figures; the base is the last figure
/// before the share, of the restatement's measure, in the same or the
/// previous sentence, larger than it (`six provinces` is not the base of
/// `some 29,000 houses`).
pub(super) fn of_them(text: &str, all: &[Fig<'_>], out: &mut Vec<Relation>) {
    for (i, p) in all.iter().enumerate() {
        if p.measure != Measure::Percent {
            continue;
        }
        let Some(r) = all
            .get(i + 1)
            .filter(|r| matches!(r.measure, Measure::Count | Measure::Money))
        else {
            continue;
        };
        let gap = between(text, p.claim.span, r.claim.span);
        // `Of those, 83% — some 1,180 of them — were`: the pronoun before
        // the share, or after its restatement.
        let pronoun_around = || {
            let head = lookback(text, p.claim.span.start, 240);
            let tail = window(text, r.claim.span.end, r.claim.span.end + 12);
            restates(&gap)
                && (["of these,", "of those,", "of them,"].contains(&head.trim())
                    || [" of them", " of those", " of these"]
                        .iter()
                        .any(|w| tail.starts_with(w)))
        };
        if r.claim.sentence != p.claim.sentence || (of_pronoun(&gap).is_none() && !pronoun_around())
        {
            continue;
        }
        let value = |f: &Fig<'_>| f.quantity().and_then(|q| q.value);
        let base = all[..i]
            .iter()
            .rev()
            .take_while(|b| b.claim.sentence + 1 >= p.claim.sentence)
            .find(|b| {
                b.measure == r.measure
                    && matches!((value(b), value(r)), (Some(bv), Some(rv)) if bv > rv)
            });
        if let Some(b) = base {
            out.push(restated(p, b, r));
        }
    }
}

/// `P` percent of the base `b`, restated as the figure `r`.
fn restated(p: &Fig<'_>, b: &Fig<'_>, r: &Fig<'_>) -> Relation {
    Relation::PercentOf {
        percent: p.idx,
        base: Some(b.idx),
        result: Some(r.idx),
        of: None,
    }
}

/// `— about R` after `P percent of its B employees`: a restatement after words.
fn about_after(gap: &str) -> bool {
    let g = gap.trim();
    g.len() <= 60
        && (g.ends_with("— about")
            || g.ends_with("– about")
            || g.ends_with(", or about")
            || g.ends_with(", or roughly")
            || g.ends_with(", or approximately")
            || g.ends_with(", or some")
            || g.ends_with(", or nearly"))
}

/// `of its workforce`, `of our staff`, `of the company’s employees` → the noun.
fn share_noun(after: &str) -> Option<String> {
    let a = after
        .trim_start()
        .strip_prefix(')')
        .unwrap_or(after.trim_start())
        .trim_start();
    let a = a.strip_prefix("of ")?;
    let words: Vec<&str> = a
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '’' || c == '\''))
        .filter(|w| !w.is_empty())
        .take(5)
        .collect();
    let head = [
        "workforce",
        "staff",
        "employees",
        "workers",
        "headcount",
        "jobs",
        "roles",
        "positions",
        "personnel",
        "people",
    ];
    words
        .iter()
        .find(|w| head.contains(w))
        .map(|w| w.to_string())
}

/// `Disney will cut 7,000 jobs. That is about 5% of its roughly 220,000
/// employees`: a share of a base that a pronoun opens the sentence with
/// (`That is`, `This represents`) restates the last figure of the sentence
/// before, of the base's measure and smaller than it. Fills the result of a
/// share `percent_of` found with none.
pub(super) fn that_is(text: &str, all: &[Fig<'_>], out: &mut [Relation]) {
    const HEADS: &[&str] = &[
        "that is",
        "that's",
        "that’s",
        "this is",
        "that was",
        "this was",
        "that represents",
        "this represents",
        "that amounts to",
        "this amounts to",
        "that would be",
        "it is",
        "it was",
        "they represent",
        "they are",
    ];
    let value = |f: &Fig<'_>| f.quantity().and_then(|q| q.value);
    for rel in out.iter_mut() {
        let Relation::PercentOf {
            percent,
            base: Some(base),
            result: result @ None,
            ..
        } = rel
        else {
            continue;
        };
        let at = |idx: usize| all.binary_search_by_key(&idx, |f| f.idx).ok();
        let (Some(pi), Some(bi)) = (at(*percent), at(*base)) else {
            continue;
        };
        let (p, b) = (&all[pi], &all[bi]);
        let head = lookback(text, p.claim.span.start, 60);
        let head = head.trim();
        if !HEADS.contains(&head) {
            continue;
        }
        let r = all[..pi]
            .iter()
            .rev()
            .take_while(|r| r.claim.sentence + 1 >= p.claim.sentence)
            .filter(|r| r.claim.sentence < p.claim.sentence)
            .find(|r| r.measure == b.measure);
        if let Some(r) = r
            && matches!((value(b), value(r)), (Some(bv), Some(rv)) if bv > rv)
        {
            *result = Some(r.idx);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::relations;
    use crate::claim::Relation;

    /// A share's (percent, base, result) claim indexes.
    type Share = (usize, Option<usize>, Option<usize>);

    /// Each relation `relations` reads, as its `Share` for a share and
    /// `None` for any other.
    fn shares(t: &str) -> Vec<Option<Share>> {
        relations(t)
            .into_iter()
            .map(|r| match r {
                Relation::PercentOf {
                    percent,
                    base,
                    result,
                    ..
                } => Some((percent, base, result)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn reads_a_share_of_a_base_restated_as_a_count() {
        let r = relations(
            "Fifteen percent of a worldwide staff of 10,000, or approximately 1,500 employees, are being let go.",
        );
        assert!(
            matches!(
                r[0],
                Relation::PercentOf {
                    base: Some(_),
                    result: Some(_),
                    ..
                }
            ),
            "{r:?}"
        );
    }

    #[test]
    fn reads_a_rate_made_by_a_count_among_another() {
        let r = relations(
            "Fifteen deaths among 66 cases, a fatality rate of about 32%, compares with 50% elsewhere.",
        );
        assert!(
            matches!(
                &r[..],
                [Relation::PercentOf {
                    percent: 2,
                    base: Some(1),
                    result: Some(0),
                    of: None,
                }]
            ),
            "{r:?}"
        );
        // A count and a percentage that only sit side by side make no rate.
        let r =
            relations("Fifteen deaths and 66 new cases were reported, up about 32% on the week.");
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn reads_a_count_restated_as_a_share_of_the_workforce() {
        let r = relations("It will cut roughly 15,000 roles, or 15% of our workforce.");
        assert!(
            matches!(&r[0], Relation::PercentOf { base: None, result: Some(_), of: Some(w), .. } if w == "workforce"),
            "{r:?}"
        );
    }

    #[test]
    fn reads_a_share_of_the_figure_before_restated() {
        assert_eq!(
            shares(
                "Inspectors counted 8,200 homes damaged. About 40% of them — some 3,300 houses — were destroyed."
            ),
            vec![Some((1, Some(0), Some(2)))]
        );
    }

    #[test]
    fn reads_a_share_with_its_pronoun_before_or_after() {
        let want = vec![Some((1, Some(0), Some(2)))];
        assert_eq!(
            shares(
                "In all, 1,301 people died. Of those, 83% — some 1,180 of them — had no permit."
            ),
            want
        );
        assert_eq!(
            shares("In all, 1,301 people died. Of those, 83% — some 1,080 — had no permit."),
            want
        );
        assert_eq!(
            shares("In all, 1,301 people died. About 83% — some 1,080 of them — had no permit."),
            want
        );
        // A figure set off by dashes with no pronoun is no share of the one before.
        assert_eq!(
            shares("In all, 1,301 people died. About 83% — some 1,080 pilgrims — had no permit."),
            vec![]
        );
    }

    #[test]
    fn reads_money_stated_as_a_share_of_a_total() {
        assert_eq!(
            shares(
                "Defence spending, at $9.6 billion, is about 12 per cent of total outlays of $80 billion."
            ),
            vec![Some((1, Some(2), Some(0)))]
        );
    }

    #[test]
    fn reads_a_part_of_a_whole_then_its_share() {
        assert_eq!(
            shares("The changes raise about £25bn of the £40bn total — roughly 70 per cent of it."),
            vec![Some((2, Some(1), Some(0)))]
        );
    }

    #[test]
    fn reads_the_figure_a_which_clause_makes_a_share() {
        assert_eq!(
            shares(
                "Kurt made 76 runs from 59 balls, which was about 46 per cent of the side's 176 runs."
            ),
            vec![Some((2, Some(3), Some(0)))]
        );
    }

    #[test]
    fn reads_a_count_that_represents_a_share() {
        assert_eq!(
            shares("The 2,000 job cuts amount to 12% of the bank's 10,000-strong workforce."),
            vec![Some((1, Some(2), Some(0)))]
        );
    }

    #[test]
    fn reads_a_share_verb_in_the_past_and_a_strong_workforce() {
        assert_eq!(
            shares("The 12 crew made up about 10 per cent of the 379 people on board."),
            vec![Some((1, Some(2), Some(0)))]
        );
        assert_eq!(
            shares(
                "The first recall of 207,528 pounds was roughly 30 per cent of the 7 million pounds recalled."
            ),
            vec![Some((1, Some(2), Some(0)))]
        );
        assert_eq!(
            shares(
                "It cut 1,759 employees in the quarter, which works out to roughly 3 per cent of its 6,01,546-strong workforce."
            ),
            vec![Some((1, Some(2), Some(0)))]
        );
        // A semicolon ends the share: `5-nanometer` is no base of it.
        assert_eq!(
            shares(
                "Shipments of 3-nanometer accounted for 15% of total wafer revenue; 5-nanometer accounted for 35%."
            ),
            vec![]
        );
    }

    #[test]
    fn reads_a_share_of_the_figure_the_sentence_before_gave() {
        assert_eq!(
            shares(
                "Disney will cut 7,000 jobs. That is about 5% of its roughly 220,000 employees."
            ),
            vec![Some((2, Some(3), Some(1)))]
        );
        // A figure larger than the base is no part of it.
        assert_eq!(
            shares("Disney has 300,000 fans. That is about 5% of its roughly 220,000 employees."),
            vec![Some((1, Some(2), None))]
        );
    }
}
