//! Automatic quantity keys: what a figure is about when no rule set says so.
//!
//! A key names the organisation a figure is about (for a result won with
//! no party named, the candidate named before it, `votes.rs`; one key per
//! organisation however its names resolve, `orgs::one_key_per_org`), what it counts (people,
//! a share of the workforce, things by their noun — `vehicles` delivered,
//! `cars` recalled, `subscribers` had — or money of one kind: revenue, profit, loss,
//! capex, market value, an investment in a named company, a deal for a named
//! company, savings, a fine, a settlement, funding, a charge, a tax; the level
//! of a named rate — a turnout, an inflation or policy rate, a pay rise —
//! `rates.rs`; how long a strike, a contract or an outage lasted,
//! `durations.rs`), the predicate
//! (cut, hire, strike, headcount; reported or planned), and — when the words give
//! them — the period (`2025`, `Q2`, `since 2022`, `last year`), a division
//! (`its human resources division`) or, for people, a place (`2,400
//! Oregon-based workers`, `262 jobs at its San Francisco headquarters`), and a
//! third-party source (`according to Reuters`). Two figures meet only when
//! every part is equal, so figures of different periods, divisions or sources
//! never do — except that `last quarter` is read as the one quarter the
//! drafts name for that quantity, when they name exactly one.
//!
//! A key is given only when every part is unambiguous: one organisation named
//! in the sentence (or the one before), or a reference to the draft's main
//! subject (`the company`, `its`); one kind of predicate; one kind of money.
//! A figure given as a point of comparison (`up from`), as an earlier round
//! (`on top of the 4,000 already laid off`) gets no key (a figure a rule set
//! binds keeps its key: a sheet switches no built-in check off), and neither does a key for which one draft gives several disjoint
//! figures (several events share the key, so it does not name one quantity).
//! Every decision carries a reason, which `factlint claims` prints.

mod ages;
mod cached;
mod durations;
mod frame;
mod guards;
mod key;
mod lists;
mod mentions;
mod orgs;
mod owned_kinds;
mod owner;
mod period;
mod rates;
mod sayers;
mod scope;
mod votes;
mod window;
mod words;

use std::collections::{HashMap, HashSet};

use rustc_hash::FxHashMap;

use crate::bind::{Act, Reading};
use crate::claim::{ClaimId, Sym};
use crate::claim::{ClaimKind, EntityKind, Measure, Quantity, UnitClass};
use crate::extract::Extraction;
use crate::extract::located::lower_same_offsets;
use crate::extract::names::org_key;
use crate::source::{Document, Span};

use frame::*;
pub use key::*;
use lists::*;
use mentions::*;
use orgs::*;
use period::*;
use sayers::*;
use scope::*;
use votes::*;
pub use window::MAX_FIGURES_PER_SENTENCE;
use window::*;
use words::*;

/// Keys every numeric claim of every draft, those a rule set binds too (a
/// sheet never switches a built-in check off). Each `Keyed` carries the
/// figure's `Reading`, which binding uses to refuse a quantity its clause
/// contradicts.
pub fn keys(docs: &[Document], extractions: &[Extraction]) -> Vec<Keyed> {
    keys_cached(docs, extractions, None)
}

/// `keys`, with each draft's keys read from `cache` where an earlier run
/// kept them under the same corpus lists (`cached`), and kept there.
pub fn keys_cached(
    docs: &[Document],
    extractions: &[Extraction],
    cache: Option<&crate::cache::Cache>,
) -> Vec<Keyed> {
    use rayon::prelude::*;
    let names = corpus_names(docs, extractions);
    // Each draft is keyed on its own (the corpus's names are shared, read-only).
    let per_doc: Vec<Vec<Keyed>> = match cache {
        Some(cache) => cached::per_doc(docs, extractions, &names, cache),
        None => docs
            .par_iter()
            .zip(extractions)
            .enumerate()
            .map(|(d, (doc, ex))| doc_keys(d, doc, ex, &names))
            .collect(),
    };
    let mut keyed: Vec<Keyed> = per_doc.into_iter().flatten().collect();
    settle_last_quarter(&mut keyed);
    sayers::settle_sources(&mut keyed);
    keyed
}

/// The corpus-wide lists every draft's keys read.
fn corpus_names(docs: &[Document], extractions: &[Extraction]) -> OrgNames {
    use rayon::prelude::*;
    // Every word some draft writes in lower case (a proper name never is),
    // and every capitalised word some draft writes mid-sentence, after a
    // lower-case word (a proper name is; `Cash` opening a sentence is not).
    // People's names and surnames: never an organisation (`Zuckerberg`).
    // Read draft by draft beside the word cases: all three are sets only
    // ever asked `contains`, so the order they are filled in is not seen.
    // Each thread adds its drafts' words to its own sets (a word already
    // there costs a lookup, no allocation), then the few sets are merged.
    type Lists = (orgs::WordSet, orgs::WordSet, orgs::WordSet);
    let add_people = |people: &mut orgs::WordSet, ex: &Extraction| {
        for c in &ex.claims {
            let ClaimKind::Entity(e) = &c.kind else {
                continue;
            };
            if e.kind != EntityKind::Person {
                continue;
            }
            let n = e.name.to_lowercase();
            if let Some(last) = n.split_whitespace().last()
                && !people.contains(last)
            {
                people.insert(last.to_string());
            }
            people.insert(n);
        }
    };
    let (lower_words, mid_capitals, people) = docs
        .par_iter()
        .zip(extractions)
        .fold(Lists::default, |mut acc: Lists, (doc, ex)| {
            word_cases_into(&ex.prose(doc), &mut acc.0, &mut acc.1);
            add_people(&mut acc.2, ex);
            acc
        })
        .reduce(Lists::default, |mut a, b| {
            // The larger set takes the smaller one's words.
            for (x, y) in [(&mut a.0, b.0), (&mut a.1, b.1), (&mut a.2, b.2)] {
                if x.len() < y.len() {
                    let small = std::mem::replace(x, y);
                    x.extend(small);
                } else {
                    x.extend(y);
                }
            }
            a
        });
    let mut org_keys = OrgKeys::default();
    let orgs = corpus_orgs(docs, extractions, &lower_words, &people, &mut org_keys);
    let mut names = OrgNames::new(orgs);
    (names.lower_words, names.mid_capitals, names.people) = (lower_words, mid_capitals, people);
    names.org_keys = org_keys;
    names
}

/// The keys of one draft's figures.
fn doc_keys(d: usize, doc: &Document, ex: &Extraction, names: &OrgNames) -> Vec<Keyed> {
    {
        let prose = ex.prose(doc);
        let text = &*prose;
        let cx = Ctx {
            ex,
            text,
            raw: &doc.text,
            names,
            own_orgs: own_orgs(ex, text, names),
            corpus_matches: Default::default(),
            dominant: Default::default(),
            divisions: Default::default(),
            attributions: Default::default(),
            periods: Default::default(),
            sentences: Default::default(),
            frames: Default::default(),
            restates: ex
                .relations
                .iter()
                .filter_map(|r| match r {
                    crate::claim::Relation::PercentOf {
                        percent,
                        result: Some(r),
                        ..
                    } => Some((*percent, *r)),
                    _ => None,
                })
                .collect(),
            parts: ex
                .relations
                .iter()
                .filter_map(|r| match r {
                    crate::claim::Relation::Parts { parts, .. } => Some(parts.iter().copied()),
                    _ => None,
                })
                .flatten()
                .collect(),
        };
        let subject = main_subject(&cx);
        let mut mine: Vec<Keyed> = Vec::new();
        for (k, c) in ex.claims.iter().enumerate() {
            let ClaimKind::Quantity(q) = &c.kind else {
                continue;
            };
            if q.measure == Measure::Time {
                continue;
            }
            let id = ClaimId { doc: d, claim: k };
            let mut reading = Reading::default();
            let keyed = match key_of(&cx, k, q, c.span, subject.as_deref(), &mut reading) {
                Ok((key, why)) => Keyed {
                    claim: id,
                    key: Some(Box::new(key)),
                    why: why.into(),
                    capped: false,
                    reading,
                },
                Err(KeyError::Why(why)) => Keyed {
                    claim: id,
                    key: None,
                    why: why.into(),
                    capped: false,
                    reading,
                },
                Err(KeyError::Capped(why)) => Keyed {
                    claim: id,
                    key: None,
                    why: why.into(),
                    capped: true,
                    reading,
                },
            };
            mine.push(keyed);
        }
        drop_lists(&mut mine, ex);
        mine
    }
}

/// What binding reads of a predicate: a cut, a hire or a headcount.
fn act_of(p: Predicate) -> Option<Act> {
    match p {
        Predicate::Cut => Some(Act::Cut),
        Predicate::Hire => Some(Act::Hire),
        Predicate::Headcount => Some(Act::Headcount),
        _ => None,
    }
}

/// True when the words after a percentage make it a share of a workforce
/// (`of its 90,000 staff`, `of the company's employees`).
fn workforce_share(after: &str) -> bool {
    let of = after.trim_start();
    of.starts_with("of ")
        && of.split_whitespace().take(7).any(|w| {
            WORKFORCE
                .iter()
                .any(|f| w.trim_matches(|c: char| !c.is_alphanumeric()) == *f)
        })
}

/// The readings of keyed figures, by claim: what `bind::bind` takes.
pub fn readings(keyed: &[Keyed]) -> HashMap<ClaimId, Reading> {
    keyed
        .iter()
        .map(|k| {
            let mut r = k.reading.clone();
            r.earlier = k.key.as_ref().is_some_and(|key| {
                key.period
                    .as_ref()
                    .is_some_and(|p| p.0.contains(&PeriodPart::Relative(Relative::Earlier)))
            });
            (k.claim, r)
        })
        .filter(|(_, r)| *r != Reading::default())
        .collect()
}

/// Why a figure has no key.
enum KeyError {
    /// What the words say (or fail to say), in words.
    Why(String),
    /// A work cap stopped the reading, in words.
    Capped(String),
}

/// The key of one figure and why, or why it has none.
fn key_of(
    cx: &Ctx<'_>,
    k: usize,
    q: &Quantity,
    span: Span,
    subject: Option<&str>,
    reading: &mut Reading,
) -> Result<(Key, String), KeyError> {
    let s = cx.ex.claims[k].sentence as usize;
    let st = cx
        .sentence(s)
        .ok_or_else(|| KeyError::Why("no sentence".into()))?;
    if st.figures > MAX_FIGURES_PER_SENTENCE {
        return Err(KeyError::Capped(format!(
            "its sentence lists {} figures; automatic keys are read only in sentences of at most {MAX_FIGURES_PER_SENTENCE} (a work cap)",
            st.figures
        )));
    }
    key_in(cx, &st, k, q, span, subject, reading).map_err(KeyError::Why)
}

/// The key of figure `k` of sentence `st`, or why it has none.
fn key_in(
    cx: &Ctx<'_>,
    st: &Sentence,
    k: usize,
    q: &Quantity,
    span: Span,
    subject: Option<&str>,
    reading: &mut Reading,
) -> Result<(Key, String), String> {
    let text = cx.text;
    let s = cx.ex.claims[k].sentence as usize;
    if q.comparison {
        return Err("a point of comparison (`up from`, `a year earlier`)".into());
    }
    if let Some(key) = ages::age_key(cx, st, q, span) {
        return Ok(key);
    }
    let at = span.start - st.start;
    let end = span.end - st.start;
    let breaks = &st.breaks;
    let c_from = breaks.iter().rev().find(|b| b.1 <= at).map_or(0, |b| b.1);
    let c_to = breaks
        .iter()
        .find(|b| b.0 >= end)
        .map_or(st.text.len(), |b| b.0);
    let clause = &st.text[c_from..c_to];
    let before = st.text[c_from..at].trim_end();
    // The five words before the figure, where `on top of the 4,000` is said.
    let lead = before
        .char_indices()
        .filter(|&(i, ch)| ch == ' ' && i > 0)
        .map(|(i, _)| i)
        .rev()
        .nth(4)
        .map_or(before, |i| &before[i..]);
    if let Some(w) = EARLIER_FINDER.first_in(lead) {
        return Err(format!("an earlier round (`{w}`)"));
    }
    if let Some(w) = guards::earlier_forecast(st, at, c_from, clause, q) {
        return Err(format!("a forecast given before (`{w}`)"));
    }
    // `130,000 people, including 30,000 contractors`: a part of another figure.
    let raw_before = st.text[..at].trim_end();
    if let Some(w) = ["including", "of whom", "of which", "among them"]
        .into_iter()
        .find(|w| raw_before.ends_with(w))
    {
        return Err(format!("a part of another figure (`{w}`)"));
    }
    let after = &st.text[end..c_to];
    // The words right around the figure: the first place to look for what it is.
    let mut n_from = at.saturating_sub(40).max(c_from);
    while !st.text.is_char_boundary(n_from) {
        n_from += 1;
    }
    let mut n_to = (end + 30).min(c_to);
    while !st.text.is_char_boundary(n_to) {
        n_to -= 1;
    }
    let near = &st.text[n_from..n_to];
    // Closer still: the few words right before the figure (`profit of £1.7bn`), then right after.
    let mut t_from = at.saturating_sub(24).max(c_from);
    while !st.text.is_char_boundary(t_from) {
        t_from += 1;
    }
    let tight_before = &st.text[t_from..at];
    let mut t_to = (end + 16).min(c_to);
    while !st.text.is_char_boundary(t_to) {
        t_to -= 1;
    }
    let tight_after = &st.text[end..t_to];
    // `another $2.5bn of sequential growth`, `an additional 7,000,000`: a step.
    guards::step(st, (end, c_to), q, tight_before)?;
    if q.vague {
        return Err("a vague quantity".into());
    }
    if guards::converted(cx, st, at, q) {
        return Err("a conversion into another currency of the figure before it".into());
    }
    if cx.parts.contains(&k) {
        return Err("a part of a total stated beside it".into());
    }
    if let Some(w) = listed_part(cx, st, k, q, at) {
        return Err(format!("one of several parts listed after `{w}`"));
    }
    let mut why = Vec::new();

    // What is counted, and the predicate.
    let (what, predicate) = match (q.measure, q.unit) {
        (Measure::Count, UnitClass::People) => {
            let sub = subclass(after);
            let own = cx.frames(s).iter().find(|(i, _)| *i == k).map(|(_, f)| *f);
            let predicate = match (noun_predicate(q), own) {
                (Some(p), _) => p,
                (None, Some(f)) => f.predicate,
                (None, None) => {
                    let m = masked(cx, st, s, k, (n_from, n_to), (c_from, c_to));
                    people_predicate(q, before, &[&m[0], &m[1], &m[2], &m[3]])?
                }
            };
            reading.act = act_of(predicate);
            why.push(format!("`{predicate}` of people"));
            let what = match (predicate, sub) {
                (Predicate::Headcount, Some(s))
                | (_, Some(s @ (Subclass::Frontline | Subclass::Seasonal))) => {
                    What::People(Some(s))
                }
                _ => What::People(None),
            };
            (what, predicate)
        }
        // `won 61.56% of the vote`, `6,863,186 votes, or 61.56% of the
        // total`: a share of the votes cast, which a party won.
        (Measure::Percent, _) if !workforce_share(after) && vote_share(q, raw_before) => {
            why.push("share of the vote, `won`".to_string());
            (What::Things(VOTE_SHARE.into()), Predicate::Won)
        }
        // `a final national turnout of 62.7%`, `the new MPR is 22.75%`: the
        // level of a rate the story names.
        (Measure::Percent, _)
            if !workforce_share(after)
                && let Some(name) = rates::rate_of(&st.text, at, end, c_from, c_to) =>
        {
            why.push(format!("the level of `{name}`"));
            (What::Things(name.to_string()), Predicate::Level)
        }
        (Measure::Percent, _) => {
            let of = after.trim_start();
            if !workforce_share(after) {
                return Err("a percentage, not a share of a workforce".into());
            }
            // `about 3% of its global headcount`: the base it is a share of
            // names no predicate; nor does a strike beside the cut.
            let mask = |s: &str| {
                let mut s = s.replace("headcount", "-").replace("head count", "-");
                for w in [
                    "striking",
                    "strikes",
                    "strike",
                    "walkouts",
                    "walkout",
                    "replacing",
                    "replaced",
                    "replaces",
                    "replace",
                ] {
                    s = s.replace(w, "-");
                }
                s
            };
            let own = cx.frames(s).iter().find(|(i, _)| *i == k).map(|(_, f)| *f);
            let predicate = match own.or_else(|| restated_frame(cx, s, k)) {
                Some(f) => f.predicate,
                None => {
                    let m = masked(cx, st, s, k, (n_from, n_to), (c_from, c_to));
                    let (n, c, t, p) = (mask(&m[0]), mask(&m[1]), mask(&m[2]), mask(&m[3]));
                    people_predicate(q, before, &[&n, &c, &t, &p])?
                }
            };
            reading.act = act_of(predicate);
            if predicate == Predicate::Headcount {
                return Err("a share of a workforce with no cut or hire".into());
            }
            why.push(format!("share of the workforce, `{predicate}`"));
            (What::WorkforceShare(subclass(of)), predicate)
        }
        (Measure::Money, _) => {
            // Past its own few words, a figure does not read the kind words
            // another figure owns (`loss of roughly $1.8 billion`).
            // `about €4 billion of that from labour costs` is a part of the
            // figure before it, of its kind.
            let owned = if owned_kinds::part_of_another(tight_before, tight_after) {
                Vec::new()
            } else {
                owned_kinds::owned_spans(cx.ex, st, k)
            };
            let own = |stretch, from| owned_kinds::without(stretch, from, &owned);
            let (before_own, near_own, clause_own, all_own) = (
                own(tight_before, t_from),
                own(near, n_from),
                own(clause, c_from),
                own(&st.text, 0),
            );
            let kinds = level(
                &[&before_own, tight_after, &near_own, &clause_own, &all_own],
                &MONEY_FINDER,
            );
            // `41 cents a share`, however the kinds around it read.
            reading.per_share = matches!(kinds, Ok(Some(MoneyKind::PerShare)))
                || MONEY_FINDER
                    .in_text(tight_after)
                    .contains(&MoneyKind::PerShare);
            // `wiping $200bn from its market value`, `revenue rose by $2bn`:
            // how far a value moved, not the value.
            let market = MONEY_FINDER.in_text(near).contains(&MoneyKind::MarketValue);
            let added_to = guards::added_to(tight_after);
            let moves = |kind: Option<MoneyKind>| {
                MOVE_FINDER.in_text(tight_before).into_iter().find(|w| {
                    kind == Some(MoneyKind::MarketValue)
                        || w.ends_with(" by")
                        || (added_to && w.starts_with("add"))
                })
            };
            let kind_read = kinds.as_ref().ok().copied().flatten();
            let since = guards::moved_since(&before.to_lowercase(), &after.to_lowercase());
            reading.moved = moves(kind_read.or(market.then_some(MoneyKind::MarketValue))).is_some()
                || (since && (market || kind_read == Some(MoneyKind::MarketValue)));
            let kind = kinds?.ok_or("money with no word saying what kind (revenue, profit…)")?;
            // `Underlying attributable profit of US$13.7bn`: the measure's
            // word may sit past the few words the tight window holds.
            let kind = guards::underlying(kind, &st.text[c_from..at]);
            let kind = guards::reverse_fee(kind, &st.text[c_from..at]);
            // `acquire Splunk for $157 per share`: a price per share, whatever
            // the deal around it.
            let kind = if reading.per_share {
                MoneyKind::PerShare
            } else {
                kind
            };
            // `said 2025 sales would land in the lower half of its forecast
            // range, at €30 billion to €35 billion`: the sentence's first
            // money takes a forecast word anywhere before it.
            let first_figure = !cx
                .ex
                .claims_in(st.start, st.start + at)
                .any(|(_, c)| c.quantity().is_some_and(|q| q.measure == Measure::Money));
            let planned = PLANNED_FINDER.first_in(clause).or_else(|| {
                first_figure
                    .then(|| PLANNED_FINDER.first_in(&st.text[..at]))
                    .flatten()
            });
            let moved = moves(Some(kind))
                .or_else(|| (since && kind == MoneyKind::MarketValue).then_some("since"));
            let predicate = if moved.is_some() {
                Predicate::Moved
            } else if planned.is_some() {
                Predicate::Planned
            } else {
                Predicate::Reported
            };
            let what = match kind {
                MoneyKind::Investment => What::InvestmentIn(
                    investment_target(cx, st, end)
                        .ok_or("an investment with no named company it went into")?,
                ),
                MoneyKind::Deal => What::DealFor(
                    deal_target(cx, st, at, end).ok_or("a deal with no named company it buys")?,
                ),
                kind => What::Money(kind),
            };
            why.push(match (moved, planned) {
                (Some(w), _) => format!("{what}, moved (`{w}`)"),
                (None, Some(w)) => format!("{what}, planned (`{w}`)"),
                (None, None) => format!("{what}, reported"),
            });
            (what, predicate)
        }
        // `the 53-day walkout`, `a strike that lasted 53 days`: how long an
        // event lasted, by the unit it is counted in.
        (Measure::Count, UnitClass::Duration)
            if let Some(event) = durations::event_of(&st.text, at, end, c_from, c_to) =>
        {
            let unit = q.noun.as_deref().unwrap_or("").trim_end_matches('s');
            why.push(format!("how long the {event} lasted, in {unit}s"));
            (What::Things(format!("{event} ({unit})")), Predicate::Lasted)
        }
        (Measure::Count, _) if toll_of(q, &st.text[c_from..at]).is_some() => {
            let p = toll_of(q, &st.text[c_from..at]).unwrap_or(Predicate::Died);
            why.push(format!("`{p}` of people (a toll)"));
            (What::People(None), p)
        }
        (Measure::Count, _) => {
            // `delivered 384,122 vehicles`, `recalling 1.2 million cars`,
            // `100 million subscribers`: things counted, with what was done to them.
            let Some(noun) = q
                .noun
                .as_deref()
                .filter(|n| q.unit == UnitClass::Count && n.len() > 3 && n.ends_with('s'))
            else {
                return Err("counts something other than people".into());
            };
            guards::runs_and_balls(&st.text[c_from..at], after, noun)?;
            let predicate = level(&[tight_before, near, clause], &THING_FINDER)?.ok_or(
                "counts things with no word saying delivered, recalled, sold, shipped or had",
            )?;
            why.push(format!("{noun}, `{predicate}`"));
            (What::Things(noun.to_string()), predicate)
        }
        _ => return Err("no automatic key for this kind of figure".into()),
    };

    // Who it is about, and from whom.
    let source = cx
        .attributions
        .borrow_mut()
        .entry(st.start)
        .or_insert_with(|| attribution(cx, st, subject))
        .clone();
    let org = owner::owner(cx, st, span, (subject, source.as_ref()), &what, predicate)?;
    why.push(org.1);
    let mut period = period(cx, st, k);
    // A headcount is a snapshot: `as of June 2024` is its year, 2024.
    if predicate == Predicate::Headcount
        && let Some(PeriodPart::Time(None, t)) = period.as_ref().and_then(Period::only)
        && let Some(y) = t.snapshot_year()
    {
        period = Some(Period(vec![PeriodPart::Time(
            None,
            crate::claim::TimeLabel::Year(y),
        )]));
    }
    if let Some(p) = &period {
        why.push(format!("period `{p}`"));
    }
    // `division` reads the words alone: the same for every figure of the sentence.
    let named_division = cx
        .divisions
        .borrow_mut()
        .entry(s)
        .or_insert_with(|| {
            let written = |from: usize, len: usize| text.get(from..from + len).unwrap_or("");
            division(&st.text, written(st.start, st.text.len()))
                .or_else(|| division(&st.prev, written(st.prev_start, st.prev.len())))
        })
        .clone();
    let division = named_division.or_else(|| {
        // Only people are counted by place; `invested $4B in Anthropic` names a recipient.
        what.is_people()
            .then(|| {
                place(
                    text.get(span.end..st.start + st.text.len()).unwrap_or(""),
                    &org.0,
                )
                // `In Syria, around 5,950 deaths have been recorded`: a place
                // the sentence opens with, set off by a comma, before the figure.
                .or_else(|| {
                    crate::bind::opening_place(text.get(st.start..span.start)?)
                        .map(str::to_lowercase)
                        .filter(|p| *p != org.0)
                })
            })
            .flatten()
    });
    if let Some(d) = &division {
        why.push(format!("division `{d}`"));
    }
    let source = source.map(|(s, _)| s);
    if let Some(s) = &source {
        why.push(format!("attributed to `{s}`"));
    }
    Ok((
        Key {
            org: org.0,
            what,
            predicate,
            period,
            division,
            source,
        },
        why.join(", "),
    ))
}

/// What finding organisations reads: the draft's claims and text, and the
/// organisation names the whole corpus knows (lower case, with their keys).
struct Ctx<'a> {
    ex: &'a Extraction,
    text: &'a str,
    /// The draft as written (list markers and table bars kept).
    raw: &'a str,
    names: &'a OrgNames,
    /// The draft's own organisation mentions `orgs_in` keeps (`own_orgs`).
    own_orgs: Vec<(usize, usize, String)>,
    /// The corpus names found in the whole draft, leftmost-longest, as
    /// (start, end, pattern): searched once (`orgs::corpus_matches`).
    corpus_matches: std::cell::OnceCell<Vec<(usize, usize, usize)>>,
    /// Whether the main subject is nearly every organisation mention of the
    /// draft (`orgs::dominant`), set by `main_subject` from its count.
    dominant: std::cell::OnceCell<bool>,
    /// The division a sentence or the one before names, by sentence index.
    divisions: std::cell::RefCell<FxHashMap<usize, Option<String>>>,
    /// Attributions already read, by sentence start.
    attributions: std::cell::RefCell<FxHashMap<usize, Option<(String, usize)>>>,
    /// Period words and their figures, by sentence start.
    periods: std::cell::RefCell<FxHashMap<usize, std::rc::Rc<Periods>>>,
    /// Lower-case views of sentences, by sentence index.
    sentences: std::cell::RefCell<FxHashMap<usize, std::rc::Rc<Sentence>>>,
    /// The verb frames of each sentence's figures, by sentence index.
    frames: std::cell::RefCell<FxHashMap<usize, SentenceFrames>>,
    /// The count each share restates (`14,000 jobs, or 4% of …`), by claim index.
    restates: HashMap<usize, usize>,
    /// Figures stated as parts of a total beside them (`about $3 billion in
    /// content and about $2.5 billion in other costs`): a part is not the quantity.
    parts: HashSet<usize>,
}

impl Ctx<'_> {
    /// The lower-case view of sentence `s`, made once.
    fn sentence(&self, s: usize) -> Option<std::rc::Rc<Sentence>> {
        let mut cache = self.sentences.borrow_mut();
        if let Some(st) = cache.get(&s) {
            return Some(st.clone());
        }
        let st = std::rc::Rc::new(sentence_view(self.ex, self.text, s, &cache)?);
        cache.insert(s, st.clone());
        Some(st)
    }

    /// The frames of sentence `s`'s figures (claim index, frame), read once.
    fn frames(&self, s: usize) -> SentenceFrames {
        if let Some(f) = self.frames.borrow().get(&s) {
            return f.clone();
        }
        let found = match self.sentence(s) {
            Some(st) => sentence_frames(self.ex, &st),
            None => Vec::new(),
        };
        let found = std::rc::Rc::new(found);
        self.frames.borrow_mut().insert(s, found.clone());
        found
    }

    /// `stretch` (a slice of sentence `s`'s view starting at `from`) with the
    /// cues of every frame but `k`'s blanked, so no figure takes another's role.
    fn masked(&self, s: usize, k: usize, stretch: &str, from: usize) -> String {
        let mut bytes = stretch.as_bytes().to_vec();
        for (other, f) in self.frames(s).iter() {
            if *other == k {
                continue;
            }
            let (a, b) = (f.cue.0.max(from) - from, f.cue.1.min(from + bytes.len()));
            let b = b.saturating_sub(from);
            for x in bytes.iter_mut().take(b).skip(a) {
                if x.is_ascii() {
                    *x = b' ';
                }
            }
        }
        String::from_utf8(bytes).unwrap_or_else(|_| stretch.to_string())
    }
}

/// The frames of one sentence's figures: (claim index, frame).
type SentenceFrames = std::rc::Rc<Vec<(usize, Frame)>>;

/// The frames of every people count and share in sentence view `st`.
fn sentence_frames(ex: &Extraction, st: &Sentence) -> Vec<(usize, Frame)> {
    let s_end = st.start + st.text.len();
    let mut out = Vec::new();
    for (k, c) in ex.claims_in(st.start, s_end) {
        let Some(q) = c.quantity() else { continue };
        let (at, end) = (c.span.start - st.start, c.span.end - st.start);
        let (from, to) = clause_of(st, at, end);
        let frame = match (q.measure, q.unit) {
            (Measure::Count, UnitClass::People) => {
                people_frame(st, at, end, (from, to), q.noun.as_deref().unwrap_or(""))
            }
            (Measure::Percent, _) => share_frame(st, at, from),
            (Measure::Count, _) => frame::toll_noun_frame(q, st.text.get(end..).unwrap_or(""), end),
            _ => None,
        };
        if let Some(f) = frame {
            out.push((k, f));
        }
    }
    out
}

#[cfg(test)]
mod tests;
