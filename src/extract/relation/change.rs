//! Changes: a verb of change with the figure it started from and the one it
//! reached (`rose from A to B`, `rose 20% to B from A`, `fell to B seats from
//! A`, `climbed 6.9% to B after closing at A`), and a figure with its point
//! of comparison and no verb (`B, down from A`, `B, up 5% from A`).

use super::{Fig, between, lookback, word_offsets};
use crate::claim::{Claim, ClaimKind, Direction, Measure, Relation};
use crate::extract::lexicon::CHANGE_VERBS;
use crate::source::Span;

/// Verbs of change that say which way a figure moved.
fn direction_of(verb: &str) -> Option<Direction> {
    const UP: &[&str] = &[
        "rose",
        "rise",
        "rises",
        "rising",
        "risen",
        "grew",
        "grow",
        "grows",
        "growing",
        "grown",
        "increased",
        "increase",
        "increases",
        "increasing",
        "jumped",
        "jump",
        "jumps",
        "climbed",
        "climb",
        "climbs",
        "climbing",
        "soared",
        "surged",
        "expanded",
        "expand",
        "doubled",
        "tripled",
        "boosted",
        "raised",
        "raise",
        "raises",
        "raising",
        "lifted",
        "lift",
        "lifts",
        "lifting",
        "hiked",
        "upped",
        "improved",
        "rebounded",
        "recovered",
        "accelerated",
        "ballooned",
        "rocketed",
        "skyrocketed",
        "crept",
        "inched",
        "advanced",
        "up",
        "gained",
        "spiked",
        "widened",
        "widen",
        "widens",
        "widening",
    ];
    const DOWN: &[&str] = &[
        "fell",
        "fall",
        "falls",
        "falling",
        "fallen",
        "dropped",
        "drop",
        "drops",
        "declined",
        "decline",
        "declines",
        "decreased",
        "decrease",
        "decreases",
        "decreasing",
        "slid",
        "slide",
        "slides",
        "slipped",
        "slumped",
        "slump",
        "plunged",
        "plummeted",
        "sank",
        "tumbled",
        "dipped",
        "cut",
        "cuts",
        "reduced",
        "reduce",
        "reduces",
        "lowered",
        "lower",
        "lowers",
        "lowering",
        "cutting",
        "reducing",
        "dropping",
        "shrank",
        "shrunk",
        "shrinking",
        "contracted",
        "eased",
        "slowed",
        "slashed",
        "trimmed",
        "down",
        "dwindled",
        "retreated",
        "downsized",
        "narrowed",
        "narrow",
        "narrows",
        "narrowing",
    ];
    if UP.contains(&verb) {
        Some(Direction::Up)
    } else if DOWN.contains(&verb) {
        Some(Direction::Down)
    } else if CHANGE_VERBS.contains(&verb) {
        Some(Direction::Neutral)
    } else {
        None
    }
}

/// The verb of change among the `words` words before the last one of
/// `before` (the look-back ending at `at`): its span and direction.
fn verb_before(before: &str, at: usize, words: usize) -> Option<(Span, Direction)> {
    let trimmed = before.trim_end();
    let all = word_offsets(trimmed);
    let (off, w, direction) = all
        .iter()
        .enumerate()
        .rev()
        .skip(1)
        .take(words)
        .filter(|&(i, &(_, w))| !names_a_kind(&all, i, w))
        .find_map(|(_, &(off, w))| direction_of(w).map(|d| (off, w, d)))?;
    let start = at - before.len() + off;
    Some((Span::new(start, start + w.len()), direction))
}

/// `the reduced rate`, `the lower band`, `an expanded scheme`: a participle
/// or comparative after an article names a kind of thing, not a move.
fn names_a_kind(words: &[(usize, &str)], i: usize, w: &str) -> bool {
    (w.ends_with("ed") || w == "lower")
        && i > 0
        && matches!(
            words[i - 1].1,
            "the" | "a" | "an" | "its" | "their" | "The" | "A" | "An" | "Its" | "Their"
        )
}

/// A stated size of the change between the verb and `until`: `rose 20% from`.
fn stated_change(claims: &[Claim], verb: Span, until: usize) -> Option<usize> {
    // Claims are sorted by start: look only at those after the verb.
    let first = claims.partition_point(|c| c.span.start < verb.end);
    claims[first..]
        .iter()
        .enumerate()
        .take_while(|(_, c)| c.span.start < until)
        .filter(|(_, c)| c.span.end <= until)
        .find_map(|(i, c)| match &c.kind {
            ClaimKind::Quantity(q)
                if matches!(q.measure, Measure::Percent | Measure::PercentagePoints) =>
            {
                Some(first + i)
            }
            _ => None,
        })
}

/// What introduces the figure a change started from when the figure reached
/// comes first, with the most words each allows between the figure reached
/// and it (`to 99 seats from 52`; `to $116.94 in late trading, after closing
/// at $125.61`).
const STARTING_POINT: &[(&str, usize)] = &[
    ("from", 2),
    ("up from", 6),
    ("down from", 6),
    ("compared with", 6),
    ("compared to", 6),
    ("against", 3),
    ("versus", 3),
    ("after closing at", 6),
    ("after ending at", 6),
    ("having closed at", 6),
    ("from a close of", 6),
    ("from a previous close of", 6),
];

/// Nouns naming the level a change started from, written `from a NOUN of A`
/// (`from a peak of 11.1%`, `from a 16-year high of 5.25%`).
const STARTING_LEVELS: &[&str] = &[
    "peak",
    "high",
    "low",
    "record",
    "level",
    "rate",
    "figure",
    "total",
    "toll",
    "estimate",
    "target",
    "forecast",
    "projection",
    "tally",
    "count",
    "reading",
    "mark",
    "close",
];

/// `from the` or `from a|an|the|Tuesday's [up to three words] LEVEL of`
/// ending `g` (trimmed):
/// the marker's length, so the words before it can be weighed as a lead.
fn level_marker(g: &str) -> Option<usize> {
    if g == "from the" || g.ends_with(" from the") {
        return Some("from the".len());
    }
    let at = g.rfind("from ")?;
    if at > 0 && !g[..at].ends_with(' ') {
        return None;
    }
    let words: Vec<&str> = g[at..].split_whitespace().collect();
    // `from a close of`, `from Tuesday's close of`: an article or whose level.
    let named = (4..=7).contains(&words.len())
        && (matches!(words[1], "a" | "an" | "the")
            || words[1].ends_with("'s")
            || words[1].ends_with("’s"))
        && words[words.len() - 1] == "of"
        && STARTING_LEVELS.contains(&words[words.len() - 2])
        && !g[at..].contains([',', ';', ':', '.', '(', ')']);
    named.then(|| g.len() - at)
}

/// `in the fourth quarter from`, `on Sunday from`, `at the end of 2023
/// from`: a phrase of time (up to five words, opening with a preposition of
/// time and naming one) between the figure reached and the `from` of the one
/// it started from.
fn timed_from(g: &str) -> bool {
    let Some(lead) = g.strip_suffix(" from") else {
        return false;
    };
    let words: Vec<&str> = lead.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && matches!(
            words[0],
            "in" | "on" | "during" | "over" | "for" | "last" | "this" | "at" | "by" | "as"
        )
        && !lead.contains([',', ';', ':', '.', '(', ')'])
        && !words
            .iter()
            .any(|w| matches!(*w, "to" | "from" | "and" | "but" | "or"))
        && words.iter().any(|w| is_time_word(w))
}

/// `of gross domestic product in the year starting July 1, from`: what a
/// share is of (`of` and up to four words), then at most a phrase of time
/// (up to six words, opening with a preposition of time and naming one),
/// then `from` (after a comma or not).
fn based_from(g: &str) -> bool {
    let Some(lead) = g.strip_suffix(" from") else {
        return false;
    };
    let lead = lead.trim_end().trim_end_matches(',');
    if lead.contains([',', ';', ':', '.', '(', ')']) {
        return false;
    }
    let words: Vec<&str> = lead.split_whitespace().collect();
    if words.first() != Some(&"of") {
        return false;
    }
    let opens_time =
        |w: &str| matches!(w, "in" | "on" | "during" | "over" | "for" | "last" | "this");
    let base = 1 + words[1..].iter().take_while(|w| !opens_time(w)).count();
    let time = &words[base..];
    (2..=5).contains(&base)
        && time.len() <= 6
        && (time.is_empty() || time.iter().any(|w| is_time_word(w)))
        && !words
            .iter()
            .any(|w| matches!(*w, "to" | "from" | "and" | "but" | "or"))
}

/// A word naming a time: a period, a month, a weekday, a quarter or a year.
fn is_time_word(w: &str) -> bool {
    const TIME: &[&str] = &[
        "quarter",
        "quarters",
        "half",
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "period",
        "q1",
        "q2",
        "q3",
        "q4",
        "morning",
        "evening",
        "afternoon",
        "night",
    ];
    TIME.contains(&w)
        || crate::extract::lexicon::month(w).is_some()
        || crate::extract::time::WEEKDAYS.contains(&w)
        || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        || fiscal_year(w)
}

/// A fiscal year written as two years (`2025-26`, `2024/25`), as the time
/// grammar reads it: the whole word one span of years.
fn fiscal_year(w: &str) -> bool {
    use crate::extract::time::{DigitTime, at_digits};
    w.contains(['-', '/', '–'])
        && matches!(
            at_digits(w, || false, || false),
            Some(DigitTime::Time(t)) if t.consumed == w.len() && t.years.is_some_and(|(a, b)| a < b)
        )
}

/// True when `gap` (between the figure reached and the next one) ends with
/// a marker of the starting point, after at most the words it allows and no
/// clause break: `seats from`, `, up from`, `in after-hours trading, after
/// closing at`, `in June from a peak of`, `of GDP, from the`.
fn starting_point(gap: &str) -> bool {
    let g = gap.trim();
    if timed_from(g) || based_from(g) {
        return true;
    }
    let level = level_marker(g).map(|n| (&g[g.len() - n..], 6));
    STARTING_POINT
        .iter()
        .copied()
        .chain(level)
        .any(|(marker, words)| {
            let Some(lead) = g.strip_suffix(marker) else {
                return false;
            };
            if !(lead.is_empty() || lead.ends_with([' ', ','])) {
                return false;
            }
            let lead = lead.trim_end().trim_end_matches(',');
            let lead_words: Vec<&str> = lead.split_whitespace().collect();
            lead_words.len() <= words
                && !lead.contains([';', ':', '.', '(', ')'])
                && !lead_words.iter().any(|w| {
                    let w = w.trim_matches(',');
                    // `and` may join words of a place or time (`buying and
                    // selling`) before a named starting point, not before `from`.
                    matches!(w, "to" | "from" | "but") || (w == "and" && words <= 2)
                })
                && (words > 2 || !lead.contains(','))
        })
}

/// `rose 20% to $12 billion from $9 billion`, `climbed 15 per cent to £2.3bn,
/// up from £2.5bn`, `fell to 99 seats from 52`: the figure reached comes
/// first, the starting one after `from` (or `after closing at`, `compared with`).
fn changes_to_from(
    text: &str,
    claims: &[Claim],
    figs: &[Fig<'_>],
    out: &mut Vec<Relation>,
) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (i, to) in figs.iter().enumerate() {
        // The next figure, or the one after a figure of another measure
        // inside the starting point's words (`from a 16-year high of 5.25%`).
        let from = match (figs.get(i + 1), figs.get(i + 2)) {
            (Some(n), _) if n.measure == to.measure => n,
            (Some(n), Some(m)) if n.measure != to.measure && m.measure == to.measure => m,
            _ => continue,
        };
        let gap = between(text, to.claim.span, from.claim.span);
        if !starting_point(&gap) {
            continue;
        }
        let at = to.claim.span.start;
        let before = lookback(text, at, 100);
        if !before.trim_end().ends_with(" to") {
            continue;
        }
        let Some((verb, direction)) = verb_before(&before, at, 8) else {
            continue;
        };
        // `rose … , down from`: the two words disagree; leave it to a reader.
        let g = gap.trim();
        if (g.contains("up from") && direction != Direction::Up)
            || (g.contains("down from") && direction != Direction::Down)
        {
            continue;
        }
        found.push((to.idx, from.idx));
        out.push(Relation::Change {
            direction,
            verb,
            from: from.idx,
            to: to.idx,
            stated: stated_change(claims, verb, at),
        });
    }
    found
}

/// `up` or `down` ending `gap` as a whole word, after at most three words
/// naming what is counted (`, down`, ` terawatt hours, up`): its direction
/// and its offset in `gap`.
fn up_or_down(gap: &str) -> Option<(Direction, usize)> {
    let g = gap.trim_end();
    let (lead, direction) = if let Some(lead) = g.strip_suffix("up") {
        (lead, Direction::Up)
    } else {
        (g.strip_suffix("down")?, Direction::Down)
    };
    if !(lead.is_empty() || lead.ends_with([' ', ','])) {
        return None;
    }
    let words: Vec<&str> = lead.split_whitespace().collect();
    let named = words.len() <= 3
        && !lead.contains([';', ':', '.', '(', ')'])
        && words
            .iter()
            .all(|w| !matches!(w.trim_matches(','), "to" | "from" | "and" | "but"));
    named.then_some((direction, lead.len()))
}

/// `$8.27 trillion, down from $6.31 trillion`; `4.1%, down 0.2 points from
/// 4.3%`; `$30bn, up 15% from $26bn`: a figure and its point of comparison
/// with `up` or `down` and no verb of its own (`taken` holds the pairs a verb
/// already relates).
fn compared_changes(
    text: &str,
    figs: &[Fig<'_>],
    taken: &[(usize, usize)],
    out: &mut Vec<Relation>,
) {
    for (i, to) in figs.iter().enumerate() {
        let Some(next) = figs.get(i + 1) else { break };
        // `B, down from A` or `B, down S from A`.
        let (stated, from) = match figs.get(i + 2) {
            Some(a)
                if matches!(next.measure, Measure::Percent | Measure::PercentagePoints)
                    && a.measure == to.measure
                    && between(text, next.claim.span, a.claim.span).trim() == "from" =>
            {
                (Some(next), a)
            }
            _ => (None, next),
        };
        // `won 191 of the 465 seats, down from 247`: the whole the share is
        // of did not move; the count before it did.
        let moved = match i.checked_sub(1).map(|p| &figs[p]) {
            Some(part)
                if part.measure == to.measure
                    && matches!(
                        between(text, part.claim.span, to.claim.span).trim(),
                        "of" | "of the" | "out of" | "out of the"
                    ) =>
            {
                part
            }
            _ => to,
        };
        if from.measure != to.measure || taken.contains(&(moved.idx, from.idx)) {
            continue;
        }
        // The words after the figure reached, up to the stated change or `from`.
        let gap = match stated {
            Some(s) => between(text, to.claim.span, s.claim.span),
            None => {
                let g = between(text, to.claim.span, from.claim.span);
                match g.trim_end().strip_suffix("from") {
                    Some(lead) => lead.to_string(),
                    None => continue,
                }
            }
        };
        let Some((direction, off)) = up_or_down(&gap) else {
            continue;
        };
        let start = to.claim.span.end + off;
        let word = if direction == Direction::Up { 2 } else { 4 };
        out.push(Relation::Change {
            direction,
            verb: Span::new(start, start + word),
            from: from.idx,
            to: moved.idx,
            stated: stated.map(|s| s.idx),
        });
    }
}

/// The changes one sentence states between its figures `figs`.
pub(super) fn changes(text: &str, claims: &[Claim], figs: &[Fig<'_>], out: &mut Vec<Relation>) {
    let taken = changes_to_from(text, claims, figs, out);
    compared_changes(text, figs, &taken, out);
    for w in figs.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        if a.measure != b.measure {
            continue;
        }
        // `from A [in Q1] to B`
        let gap = between(text, a.claim.span, b.claim.span);
        let gap_words: Vec<&str> = gap.split_whitespace().collect();
        if !(gap_words.contains(&"to") && gap_words.len() <= 6) {
            continue;
        }
        let at = a.claim.span.start;
        let before = lookback(text, at, 80);
        if !before.trim_end().ends_with("from") {
            continue;
        }
        // The verb: within the six words before `from`.
        let Some((verb, direction)) = verb_before(&before, at, 8) else {
            continue;
        };
        out.push(Relation::Change {
            direction,
            verb,
            from: a.idx,
            to: b.idx,
            stated: stated_change(claims, verb, at),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::relations;
    use crate::claim::{Direction, Relation};

    #[test]
    fn reads_a_share_of_a_base_and_a_time_before_from() {
        assert!(super::based_from(
            "of gross domestic product in the year starting july 1, from"
        ));
        assert!(super::based_from("of gdp from"));
        assert!(!super::based_from("of gdp and of revenue from"));
        assert!(!super::based_from("in the year from"));
    }

    #[test]
    fn reads_a_fall_from_one_figure_to_another() {
        let r = relations("AWS margins had slumped from 39.5% in Q1 to 32.9% in Q2.");
        assert!(
            matches!(
                r[0],
                Relation::Change {
                    direction: Direction::Down,
                    ..
                }
            ),
            "{r:?}"
        );
    }

    #[test]
    fn multibyte_text_before_a_change_does_not_break_it() {
        // Found by fuzzing: the 80-byte look-back landed inside a curly quote.
        // Offsets chosen so the old look-back (80 and 100 bytes) fell mid-character.
        let text = format!("{} rose sharply from 5% to 6%.", "‘".repeat(40));
        assert!(!text.is_char_boundary(text.find("5%").unwrap() - 80));
        let _ = relations(&text);
        let text = format!("{} rose 5% to $6 from $5.", "’xy".repeat(40));
        assert!(!text.is_char_boundary(text.find("$6").unwrap() - 100));
        let _ = relations(&text);
    }

    #[test]
    fn reads_a_change_written_to_then_from() {
        let r = relations("Sales climbed 15 per cent to £2.3bn, up from £2.5bn a year earlier.");
        assert!(
            matches!(
                &r[..],
                [Relation::Change {
                    direction: Direction::Up,
                    from: 2,
                    to: 1,
                    stated: Some(0),
                    ..
                }]
            ),
            "{r:?}"
        );
    }

    fn changes(t: &str) -> Vec<(Direction, usize, usize, Option<usize>)> {
        relations(t)
            .into_iter()
            .filter_map(|r| match r {
                Relation::Change {
                    direction,
                    from,
                    to,
                    stated,
                    ..
                } => Some((direction, from, to, stated)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_participle_after_an_article_names_a_kind_not_a_move() {
        // `the reduced rate` is the band's name; the move is `lifting`.
        let c = changes("Capital gains tax goes up, the reduced rate lifting from 10% to 18%.");
        assert_eq!(c, vec![(Direction::Up, 0, 1, None)]);
        let c = changes("The tax rose: the lower rate from 10% to 18%.");
        assert_eq!(c, vec![(Direction::Up, 0, 1, None)]);
    }

    #[test]
    fn reads_a_counted_noun_between_the_figure_reached_and_from() {
        let c = changes("The party, which fell to 99 seats from 52 in 2019, came second.");
        assert_eq!(c, vec![(Direction::Down, 1, 0, None)]);
    }

    #[test]
    fn a_share_of_a_whole_moves_its_part_not_the_whole() {
        let c = changes("The party won 191 of the 465 seats, down from 247 before the vote.");
        assert_eq!(c, vec![(Direction::Down, 2, 0, None)]);
    }

    #[test]
    fn reads_down_from_without_a_verb() {
        let c = changes("Debt service is put at $8.27 trillion, down from $6.31 trillion in 2023.");
        assert_eq!(c, vec![(Direction::Down, 1, 0, None)]);
    }

    #[test]
    fn reads_up_with_a_stated_change_from() {
        let c = changes("Sales were $30bn, up 15% from $26bn a quarter earlier.");
        assert_eq!(c, vec![(Direction::Up, 2, 0, Some(1))]);
    }

    #[test]
    fn reads_the_close_a_late_move_started_from() {
        let c = changes(
            "Shares climbed 6.9 per cent to $116.94 in buying and selling after hours, after closing at $125.61.",
        );
        assert_eq!(c, vec![(Direction::Up, 2, 1, Some(0))]);
    }

    #[test]
    fn reads_a_starting_level_named_after_from() {
        let c = changes("Inflation climbed to 2% in June from a peak of 11.1% in October 2022.");
        assert_eq!(c, vec![(Direction::Up, 2, 0, None)]);
        // `16-year` is a figure of its own between the two.
        let c = changes("The bank is lowering its rate to 5% from a 16-year high of 5.25%.");
        assert_eq!(c, vec![(Direction::Down, 2, 0, None)]);
        let c = changes(
            "The deficit target rises to 4.9 per cent of GDP, from the 5.1 per cent set in February.",
        );
        assert_eq!(c, vec![(Direction::Up, 1, 0, None)]);
    }

    #[test]
    fn reads_a_time_between_the_figure_reached_and_from() {
        // `fourth quarter` is a time claim of its own between the two.
        let c = changes(
            "Deliveries slipped to 484,507 in the fourth quarter from 435,059 in the third.",
        );
        assert_eq!(c, vec![(Direction::Down, 2, 0, None)]);
        assert!(changes("Staff grew to 300 in its new offices from 25 countries.").is_empty());
    }

    #[test]
    fn reads_a_fiscal_year_and_a_named_days_close() {
        let c = changes(
            "The deficit would rise to 4.4% of gross domestic product in 2025-26 from 4.8% in the current year.",
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, Direction::Up);
        let c = changes("The KOSPI rose 1.44% to 2,464.00, from Tuesday's close of 2,500.10.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, Direction::Up);
        assert!(super::fiscal_year("2024/25") && !super::fiscal_year("2024-5"));
    }

    #[test]
    fn a_level_of_something_else_is_not_a_starting_point() {
        assert!(changes("Sales rose to 300 units from a shop of 20 staff.").is_empty());
    }

    #[test]
    fn from_after_a_new_clause_is_not_a_starting_point() {
        assert!(changes("Staff grew to 300 and hired engineers from 25 countries.").is_empty());
    }
}
