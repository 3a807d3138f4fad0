//! The period of a figure: years, quarters and relative phrases of its
//! sentence, each owned by the nearest figure; worked out once per sentence.

use super::*;
use crate::claim::{TimeLabel, YearPart};

/// The period of a figure: the years, quarters and spans (`2025`, `Q2`,
/// `since 2022`) and relative phrases (`last year`) of its sentence that
/// stand nearer to it than to any other figure. The owners of a sentence's
/// period words are worked out once per sentence (`Periods`) and shared by
/// all its figures.
pub(super) fn period(cx: &Ctx<'_>, st: &Sentence, k: usize) -> Option<Period> {
    let owners = {
        let mut cache = cx.periods.borrow_mut();
        cache
            .entry(st.start)
            .or_insert_with(|| std::rc::Rc::new(Periods::of(cx.ex, st)))
            .clone()
    };
    let mut parts: Vec<PeriodPart> = owners
        .labels
        .iter()
        .filter(|(owner, _)| *owner == Owner::All || *owner == Owner::Figure(k))
        .map(|(_, l)| l.clone())
        .collect();
    let bare = |p: &PeriodPart| {
        matches!(
            p,
            PeriodPart::Relative(Relative::AnyQuarter | Relative::AnyYear)
        )
    };
    if parts.len() > 1 {
        parts.retain(|p| !bare(p));
    }
    // `the second quarter of this year` is the second quarter.
    if parts
        .iter()
        .any(|p| matches!(p, PeriodPart::Time(_, t) if t.is_quarter()))
    {
        parts.retain(|p| *p != PeriodPart::Relative(Relative::ThisYear));
    }
    // In the order of their words as printed (`2025 + Q2`), each once.
    parts.sort_by_cached_key(PeriodPart::to_string);
    parts.dedup();
    (!parts.is_empty()).then_some(Period(parts))
}

/// Which figure a period word of a sentence belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Owner {
    /// An opening phrase (`Last year, …`): every figure of the sentence.
    All,
    /// The figure with this claim index.
    Figure(usize),
}

/// The period words of one sentence, each with the figure it belongs to.
#[derive(Debug, Default)]
pub(super) struct Periods {
    pub(super) labels: Vec<(Owner, PeriodPart)>,
}

impl Periods {
    /// Reads the sentence once: O(period words × figures).
    pub(super) fn of(ex: &Extraction, st: &Sentence) -> Periods {
        let s_end = st.start + st.text.len();
        let figures: Vec<(usize, Span)> = ex
            .claims_in(st.start, s_end)
            .filter(|(_, c)| c.quantity().is_some_and(|q| q.measure != Measure::Time))
            .map(|(i, c)| (i, c.span))
            .collect();
        // The end of the earliest-ending figure: a time before it has no figure before it.
        let first_end = figures
            .iter()
            .map(|(_, f)| f.end)
            .min()
            .unwrap_or(usize::MAX);
        // The figure a time expression belongs to: the nearest, the one before on a tie.
        // `Last year, BT reported revenue of £20.7bn and profit of £1.7bn`: a time
        // opening the sentence, before its first figure and set off by a comma,
        // covers every figure of the sentence.
        let first_figure = figures.first().map_or(s_end, |(_, f)| f.start);
        let opening = |s: Span| {
            s.end <= first_figure
                && st.text[..s.start - st.start]
                    .split_whitespace()
                    .nth(2)
                    .is_none()
                && st.text[s.end - st.start..].trim_start().starts_with(',')
        };
        // Past a clause break, a time reaches forward to a figure only from an
        // opening phrase (`In fact, since 2022, Amazon has laid off…`), never from
        // the middle of the sentence (`delays the jet to 2026, as a strike by
        // 33,000 workers…`).
        let same_clause = |a: Span, b: Span| {
            let (from, to) = if a.end <= b.start {
                (a.end, b.start)
            } else {
                (b.end, a.start)
            };
            let (from, to) = (from.saturating_sub(st.start), to.saturating_sub(st.start));
            from >= to
                || !st
                    .text
                    .get(from..to)
                    .is_some_and(|gap| gap.contains([',', ';', ':', '\u{2014}', '\u{2013}']))
        };
        // Back past a clause break only a short way (`cut 18,000 jobs, most of them
        // in early 2023`), not into another clause's verb (`…or 10% of its
        // workforce, and push back the first delivery of its jet to 2026`).
        let reaches = |f: Span, s: Span| {
            same_clause(f, s)
                || (f.end <= s.start && s.start - f.end <= 40)
                || (s.end <= f.start && first_end > s.start)
        };
        // A time introduced by a preposition (`44 seats in 2014 and 52 in
        // 2019`) is a phrase that attaches backward, to the figure it follows
        // in its clause, even when the next figure stands nearer.
        let prepositional = |s: Span| {
            let lead = st.text[..s.start - st.start].trim_end();
            let word = lead
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            [
                "in", "during", "for", "since", "by", "through", "until", "before",
            ]
            .iter()
            .any(|p| word.eq_ignore_ascii_case(p))
        };
        // `2025 sales would land … at €30 billion to €35 billion`: a year
        // before a kind of money names the period of the sentence's next
        // money, however near another figure (`the lower half`) stands.
        let attributive = |s: Span| {
            let after = &st.text[s.end - st.start..];
            let after = after.strip_prefix(' ')?;
            MONEY_KINDS
                .iter()
                .flat_map(|(_, ws)| ws.iter())
                .any(|w| after.starts_with(w) && ends_word(after, w.len()))
                .then_some(())?;
            ex.claims_in(s.end, s_end)
                .find(|(_, c)| c.quantity().is_some_and(|q| q.measure == Measure::Money))
                .map(|(i, _)| Owner::Figure(i))
        };
        // `(2022: DKK 176,954 million)`: a year labelling the figure right
        // after its colon, the press release's way of giving last year's figure.
        let labelled = |s: Span| {
            let after = st.text.get(s.end - st.start..)?.strip_prefix(':')?;
            let gap = after.len() - after.trim_start().len();
            figures
                .iter()
                .find(|(_, f)| f.start == s.end + 1 + gap)
                .map(|(i, _)| Owner::Figure(*i))
        };
        let owner = |s: Span| {
            if let Some(o) = labelled(s) {
                return Some(o);
            }
            if opening(s) {
                return Some(Owner::All);
            }
            if prepositional(s) {
                let before = figures
                    .iter()
                    .filter(|(_, f)| f.end <= s.start && same_clause(*f, s))
                    .max_by_key(|(_, f)| f.end);
                if let Some((i, _)) = before {
                    return Some(Owner::Figure(*i));
                }
            }
            figures
                .iter()
                .filter(|(_, f)| reaches(*f, s))
                .min_by_key(|(_, f)| {
                    let gap = if f.end <= s.start {
                        s.start - f.end
                    } else {
                        f.start.saturating_sub(s.end)
                    };
                    (gap, f.start > s.start)
                })
                .map(|(i, _)| Owner::Figure(*i))
        };
        let mut labels = Vec::new();
        for (_, c) in ex.claims_in(st.start, s_end) {
            let Some(q) = c.quantity() else { continue };
            let Some(label) = q.period.as_ref().filter(|_| q.measure == Measure::Time) else {
                continue;
            };
            // Months and dates say when something was announced, not what period a figure covers.
            if label.is_undated_day_or_month() {
                continue;
            }
            let Some(who) = attributive(c.span).or_else(|| owner(c.span)) else {
                continue;
            };
            let lead = st.text[..c.span.start - st.start].trim_end();
            let reach = [
                ("since", Reach::Since),
                ("by", Reach::By),
                ("through", Reach::Through),
                ("until", Reach::Until),
                ("before", Reach::Before),
            ]
            .into_iter()
            .find(|(p, _)| lead.ends_with(p) && has(&lead[lead.len() - p.len()..], p))
            .map(|(_, r)| r);
            labels.push((who, PeriodPart::Time(reach, label.clone())));
        }
        for (phrase, relative, p) in relative_periods_in(&st.text) {
            let at = Span::new(st.start + p, st.start + p + phrase.len());
            // `at the start of this year, when it had just under 72,000
            // staff`: an earlier snapshot reaches the next figure across
            // one clause break, a few words on, with no figure between.
            let next_figure = || {
                figures
                    .iter()
                    .find(|(_, f)| f.start >= at.end)
                    .filter(|(_, f)| f.start - at.end <= 32)
                    .map(|(i, _)| Owner::Figure(*i))
            };
            let who =
                owner(at).or_else(|| (relative == Relative::Earlier).then(next_figure).flatten());
            if let Some(who) = who {
                labels.push((who, PeriodPart::Relative(relative)));
            }
        }
        Periods { labels }
    }
}

/// Every relative period phrase standing as whole words in `text`, as
/// (phrase, period, offset): in table order, and each phrase's places in
/// text order, as calling `find_all(text, phrase)` for each row of
/// `RELATIVE_PERIODS` in turn gives, but in one pass of an automaton instead
/// of one substring search per row. `find_all` takes the non-overlapping
/// occurrences `match_indices` finds (leftmost first, the next searched from
/// the end of the last), then keeps those standing as whole words; the
/// overlapping matches of one phrase, taken left to right and skipping any
/// that starts before the last taken one ends, are those same occurrences.
pub(super) fn relative_periods_in(text: &str) -> Vec<(&'static str, Relative, usize)> {
    static FINDER: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::new(RELATIVE_PERIODS.iter().map(|(p, _)| p)).ok()
        });
    let Some(finder) = FINDER.as_ref() else {
        // Not reached (the table builds); the row-by-row search decides the same.
        return RELATIVE_PERIODS
            .iter()
            .flat_map(|&(phrase, r)| {
                find_all(text, phrase)
                    .into_iter()
                    .map(move |p| (phrase, r, p))
            })
            .collect();
    };
    let mut raw: Vec<(usize, usize)> = finder
        .find_overlapping_iter(text)
        .map(|m| (m.pattern().as_usize(), m.start()))
        .collect();
    if raw.is_empty() {
        return Vec::new();
    }
    raw.sort_unstable();
    let mut out = Vec::new();
    let mut last: Option<(usize, usize)> = None; // (row, end of the last taken)
    for (row, at) in raw {
        let (phrase, relative) = RELATIVE_PERIODS[row];
        if last.is_some_and(|(r, end)| r == row && at < end) {
            continue;
        }
        last = Some((row, at + phrase.len()));
        if starts_word(text, at) && ends_word(text, at + phrase.len()) {
            out.push((phrase, relative, at));
        }
    }
    out
}

/// The latest of `quarters`, when one is latest and is named without its
/// year (the quarter a report is about).
fn latest_quarter(quarters: &[Period]) -> Option<&Period> {
    let parts = |p: &Period| match p.only() {
        Some(PeriodPart::Time(
            None,
            TimeLabel::Part {
                year,
                part: YearPart::Quarter(q),
            },
        )) => Some((*year, *q)),
        _ => None,
    };
    // A bare quarter is of the latest year the drafts name a quarter in (a
    // bare `first quarter` beside `Q2 2024` is 2024's, and not the later);
    // where no quarter has a year, bare ones are compared among themselves.
    let year = quarters
        .iter()
        .filter_map(|p| parts(p)?.0)
        .max()
        .unwrap_or(i64::MAX);
    let when = |p: &Period| parts(p).map(|(y, q)| (y.unwrap_or(year), q, y.is_none()));
    let best = quarters
        .iter()
        .filter_map(|p| Some((when(p)?, p)))
        .max_by_key(|(w, _)| *w)?;
    let ties = quarters.iter().filter(|p| when(p) == Some(best.0)).count();
    // A quarter named with its year (`the third quarter of 2023`) is a
    // comparison's as often as not: only a bare one is the report's.
    (ties == 1 && best.0.2).then_some(best.1)
}

/// `last quarter` in one draft and `Q2` in another, for one quantity, when
/// the drafts name no other quarter for it: the same quarter (a cluster on
/// one earnings report says both). Likewise `last year` and the one year
/// named, unless `this year` is also used for it. With two named, it stays apart.
pub(super) fn settle_last_quarter(keyed: &mut [Keyed]) {
    let base = |k: &Key| {
        (
            k.org.clone(),
            k.what.clone(),
            k.predicate,
            k.division.clone(),
            k.source.clone(),
        )
    };
    // Per quantity: the quarters and years named, and whether `this year` is.
    let mut quarters: HashMap<_, Vec<Period>> = HashMap::new();
    let mut years: HashMap<_, Vec<Period>> = HashMap::new();
    let mut this_year: HashSet<_> = HashSet::new();
    for k in keyed.iter().filter_map(|k| k.key.as_ref()) {
        let Some(p) = k.period.as_ref() else {
            continue;
        };
        let table = if p.is_quarter() {
            &mut quarters
        } else if p.is_year() {
            &mut years
        } else {
            if p.is(Relative::ThisYear) || p.is(Relative::NextYear) {
                this_year.insert(base(k));
            }
            continue;
        };
        let v = table.entry(base(k)).or_default();
        if !v.contains(p) {
            v.push(p.clone());
        }
    }
    for k in keyed.iter_mut() {
        let Some(key) = k.key.as_mut() else { continue };
        let Some(p) = key.period.as_ref() else {
            // `Net bookings came to €2.6 billion` beside `€2.8 billion in new
            // orders in the third quarter`: a reported figure with no period,
            // where the drafts name quarters for it and no year, is the
            // latest quarter's (a cluster on one earnings report states the
            // quarter it reports bare, and the quarters before by name).
            if key.predicate == Predicate::Reported
                && !years.contains_key(&base(key))
                && let Some(latest) = quarters.get(&base(key)).and_then(|qs| latest_quarter(qs))
            {
                k.why = Sym::from(format!(
                    "{} (no period: read as `{latest}`, the latest quarter the drafts name for it)",
                    k.why
                ));
                key.period = Some(latest.clone());
            }
            continue;
        };
        let (relative, table) = if p.is(Relative::LastQuarter) {
            ("last quarter", &quarters)
        } else if p.is(Relative::LastYear) && !this_year.contains(&base(key)) {
            ("last year", &years)
        } else {
            continue;
        };
        if let Some([only]) = table.get(&base(key)).map(Vec::as_slice) {
            k.why = Sym::from(format!(
                "{} (`{relative}` read as `{only}`, the one such period the drafts name for it)",
                k.why
            ));
            key.period = Some(only.clone());
        }
    }
}
