//! # quantity-conflict
//!
//! ## What it checks
//! Claims of one quantity whose intervals cannot both be true. The quantity is
//! one a rule set declares (`anthropic_investment`), with claims bound to it
//! by unit, cue words and subject; with no rule set (or for figures no rule
//! binds), it is an automatic key — organisation, what is counted, predicate,
//! and period, division and source when stated (`amazon / people / cut /
//! 2025`). Among the claims, the largest group that agrees is taken as the
//! consensus; every claim outside it is reported against the claims it
//! contradicts (one figure against one: the later draft's is reported).
//! Ceilings are also compared with each other: `up to 6,500` and
//! `as many as 8,000` both leave the bottom open and so agree as intervals,
//! but each names the maximum its source gave, and those differ. (Floors are
//! not: `more than 27,000` is routinely written for any figure above it.)
//!
//! ## Why it matters
//! Two drafts giving different figures for one fact means at least one is
//! wrong, and readers who see both trust neither.
//!
//! ## Example
//! Fires on `Invested $4B in Anthropic` in one draft and `an US$8 billion total
//! investment` in another. Stays silent on `upwards of $100 billion` beside
//! `exceed US$125 billion` (both leave the top open, so they agree) and on
//! `approximately 14,000` beside `14,000`.
//!
//! ## Options
//! Severity error for rule-set quantities; conflicts on automatic keys are
//! warnings, since a key read from the words is a guess. Qualifiers keep their
//! direction and implicit precision applies (`$4B` means 3.5–4.5 billion).
//!
//! ## Limits
//! A quantity the rule set pins (`fact:`) is not compared here: each figure
//! is held to the fact by `fact-mismatch`, and figures that all fit it
//! agree with what the desk confirmed.
//! Money in two currencies is never compared (a draft's `$27.7 billion`
//! and another's `₹2.26 lakh crore` are one figure converted), and money
//! restated in another currency in its own sentence takes no key.
//! A figure bound to a rule-set quantity keeps its automatic key; two figures
//! a rule set binds to one quantity are reported as the sheet's conflict only,
//! never again on their key; two it binds to different quantities are never
//! compared on their key. Only bound or keyed claims are compared; `factlint claims` shows each
//! figure's quantity or key and why. Figures of different periods meet only if
//! the rule set's cues and exclusions let them; automatic keys never let them
//! meet, and compare only figures from different drafts (or a draft's
//! headline with its own body; a person's age, which has no rounds, is
//! compared within a draft too). A key is given only
//! when the words leave no doubt (one organisation, one predicate), so many
//! figures have none: a figure attributed to nobody, an investment with no
//! named recipient, a draft listing several rounds of one company's cuts.
//! A share of the vote (`61.56% of the vote`, `6,863,186 votes, or 61.56%
//! of the total`) is the party's it names (`national people's power / share
//! of the vote / won`); a body that counts votes or says the sentence (`the
//! Election Commission said`) is no party, and a share with no other gets no
//! key.
//! What an event did or drew (flights cancelled, passengers stranded,
//! pilgrims or fans who took part) is the story's own figure when no
//! organisation, or the story's own, is named beside it, as a toll is
//! (`the story / passengers / stranded`).
//! Balls a batter faced, after the runs scored from them (`unbeaten on 52
//! from 26 deliveries`, `39 not out off 32 balls`), are no deliveries of
//! goods and take no key; nor do runs off balls (`30 runs off 30 balls`,
//! what a chase needed, or a batter's score), which are never a side's total.
//! A count of people in a place the sentence opens with (`In Syria, around
//! 5,950 deaths have been recorded`) is that place's, as one with the place
//! after it (`93 workers in Oregon`): it never meets the whole story's toll.
//! A toll (people killed, injured, evacuated, missing, taken to hospital; homes damaged) rises as reports
//! come in: the smaller of two toll figures is not reported when its own
//! words make it the count so far (`rose to`, `climbed to`, `stood at`, `now says`, `as
//! of`, `so far`, within six words of it), as a live blog's `The ministry now
//! says 2,122 people have died` beside a later `killed 2,946 people`.

use std::collections::BTreeMap;

use super::{Check, Context, Violation, claim_label, quantity};
use crate::claim::ClaimId;
use crate::claim::{Interval, QualifierKind};
use crate::finding::{Label, Place, Severity};

/// The `quantity-conflict` check.
pub struct QuantityConflict;

/// Claims of one quantity with their intervals.
pub struct Group<'a> {
    /// The quantity's id, for messages.
    pub id: &'a str,
    /// What it is, for messages.
    pub about: Option<&'a str>,
    /// Where it is declared, when a rule set declares it.
    pub declared: Option<Label>,
    /// Its claims.
    pub claims: Vec<ClaimId>,
    /// Report only contradictions between different drafts: an automatic
    /// key's group (but a person's age). Conflicts of a group no rule set
    /// declares are warnings (the key is a guess) rather than the check's
    /// default error.
    pub across_drafts: bool,
    /// For a toll (people killed, injured, evacuated; homes damaged), a
    /// count that rises as reports come in: its claims whose words make them
    /// the count so far (read once per claim).
    pub running: std::collections::HashSet<ClaimId>,
    /// For a toll, the drafts that give it at several moments (a live blog,
    /// a timeline: three or more different figures): each figure
    /// there is the toll at its hour, so none is reported; the other drafts'
    /// figures are still compared with them (and agree by meeting any one).
    pub accounts: std::collections::HashSet<usize>,
    /// The value the quantity is settled at when a sheet pins it: the
    /// consensus is the figures holding it, not the most that agree.
    pub settled: Option<f64>,
}

impl Check for QuantityConflict {
    fn id(&self) -> &'static str {
        "quantity-conflict"
    }

    fn default_severity(&self) -> Severity {
        Severity::Error
    }

    fn source(&self) -> &'static str {
        include_str!("quantity_conflict.rs")
    }

    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
        for (si, set) in cx.corpus.rules.iter().enumerate() {
            for (qi, q) in set.quantities.iter().enumerate() {
                // A pinned quantity's drafts meet only through the fact:
                // `fact-mismatch` reports each figure outside it; inside it,
                // the figures that hold the value it states (`98.3 million`
                // for `about 98.3 million`) are the consensus, and one that
                // misses them (`nearly 93.8 million`) is reported. Figures
                // that fit a fact stating no one value (`53 days` and
                // `nearly two months` against `53-61 days`) are both what
                // the desk confirmed.
                if q.fact.is_some() && q.fact_point.is_none() {
                    continue;
                }
                let mut claims = cx.corpus.bound_to(si, qi);
                // A count below the fact that a live blog's timed entry
                // gives as the count so far (`**14:15** — now has 104
                // seats`) is an earlier report of it.
                if let Some(fact) = q.fact {
                    claims.retain(|&c| !earlier_tally(cx, q, c, fact.low));
                }
                let group = Group {
                    id: &q.id,
                    about: q.about.as_deref(),
                    declared: Some(Label {
                        place: Place::Rules(set.file),
                        span: q.span,
                        message: "the quantity, as the rule set declares it".into(),
                    }),
                    claims,
                    across_drafts: false,
                    running: Default::default(),
                    accounts: Default::default(),
                    settled: q.fact_point,
                };
                conflicts(cx, &group, out);
            }
        }
        // Automatic keys' groups, which `comparable` pairs across drafts (or
        // headline with body).
        for (key, claims) in cx.corpus.auto_groups() {
            let id = key.to_string();
            let running: std::collections::HashSet<ClaimId> = if key.predicate.is_toll() {
                claims
                    .iter()
                    .copied()
                    .filter(|&c| count_so_far(cx, c))
                    .collect()
            } else {
                Default::default()
            };
            let accounts = if key.predicate.is_toll() {
                running_accounts(cx, &claims)
            } else {
                Default::default()
            };
            // Money in two currencies is never compared: a key's figures
            // meet only in one currency (`$27.7 billion` and its conversion
            // `₹2.26 lakh crore` in another draft are not two figures).
            let mut by_currency: Vec<(Option<_>, Vec<ClaimId>)> = Vec::new();
            for c in claims {
                let cur = quantity(cx, c).and_then(|q| q.currency);
                match by_currency.iter_mut().find(|(k, _)| *k == cur) {
                    Some((_, v)) => v.push(c),
                    None => by_currency.push((cur, vec![c])),
                }
            }
            for (_, claims) in by_currency {
                let group = Group {
                    id: &id,
                    about: None,
                    declared: None,
                    claims,
                    // A person has one age at a time: a draft giving two
                    // contradicts itself, rounds of one figure it is not.
                    across_drafts: key.predicate != crate::autokey::Predicate::Age,
                    running: running.clone(),
                    accounts: accounts.clone(),
                    settled: None,
                };
                conflicts(cx, &group, out);
            }
        }
    }
}

/// The least number of different figures that makes a
/// draft's toll a running account.
const ACCOUNT_FIGURES: usize = 3;

/// The drafts among `claims` that give one toll as a running account: at
/// least `ACCOUNT_FIGURES` different figures (`2,862 dead` under
/// Tuesday's entry, `2,122 dead` under Sunday's, `632 dead` under Saturday's).
fn running_accounts(cx: &Context<'_, '_>, claims: &[ClaimId]) -> std::collections::HashSet<usize> {
    let mut by_doc: std::collections::HashMap<usize, Vec<f64>> = Default::default();
    for &id in claims {
        if let Some(v) = cx.corpus.claim(id).quantity().and_then(|q| q.value) {
            by_doc.entry(id.doc).or_default().push(v);
        }
    }
    by_doc
        .into_iter()
        .filter_map(|(doc, mut v)| {
            v.sort_by(f64::total_cmp);
            // Figures within 1% of the one before are one figure restated.
            let mut apart: Vec<f64> = Vec::new();
            for x in v {
                match apart.last() {
                    Some(&last) if x - last <= last.abs() / 100.0 => {}
                    _ => apart.push(x),
                }
            }
            (apart.len() >= ACCOUNT_FIGURES).then_some(doc)
        })
        .collect()
}

/// Ceilings of one quantity that name different figures: `up to 55,000` in
/// one draft, `up to 50,000` in another. Both intervals are open below and so
/// agree, but each names the maximum its source gave, and those differ.
fn ceilings(cx: &Context<'_, '_>, g: &Group<'_>, reported: &[ClaimId], out: &mut Vec<Violation>) {
    let ceiling: Vec<(ClaimId, Interval)> = g
        .claims
        .iter()
        .filter_map(|&id| {
            let q = cx.corpus.claim(id).quantity()?;
            let at_most = q.qualifier.as_ref()?.kind == QualifierKind::AtMost;
            Some((id, Interval::around(q.value?, q.step / 2.0))).filter(|_| at_most)
        })
        .collect();
    if ceiling.len() < 2 {
        return;
    }
    let agreeing = |i: usize| {
        ceiling
            .iter()
            .filter(|(_, x)| x.intersects(&ceiling[i].1))
            .count()
    };
    let Some(best) = (0..ceiling.len()).max_by_key(|&i| (agreeing(i), std::cmp::Reverse(i))) else {
        return;
    };
    for (id, mine) in &ceiling {
        if reported.contains(id) || mine.intersects(&ceiling[best].1) {
            continue;
        }
        let against: Vec<ClaimId> = ceiling
            .iter()
            .filter(|(o, x)| x.intersects(&ceiling[best].1) && comparable(cx, g, *o, *id))
            .map(|(o, _)| *o)
            .collect();
        if !against.is_empty() {
            out.push(finding(
                cx,
                g,
                *id,
                &against,
                "gives a different ceiling than",
            ));
        }
    }
}

/// True for a claim in a draft's headline.
fn in_headline(cx: &Context<'_, '_>, id: ClaimId) -> bool {
    cx.corpus.extractions[id.doc].is_headline(cx.corpus.claim(id).sentence as usize)
}

/// Whether two claims of a group may be reported against each other: any two
/// for a rule set's quantity; for an automatic key, two drafts, or a draft's
/// headline and its body (`Amazon to cut 41,000 jobs` over a story of 14,000),
/// unless a rule set binds both to one quantity (the sheet's conflict is
/// reported, not its automatic duplicate) or to two (the sheet says they
/// are different figures: `about 850 unaccounted for in late August` and
/// `31 missing after September 15`).
fn comparable(cx: &Context<'_, '_>, g: &Group<'_>, a: ClaimId, b: ClaimId) -> bool {
    !g.across_drafts
        || ((a.doc != b.doc || in_headline(cx, a) != in_headline(cx, b))
            && !cx.corpus.same_quantity(a, b)
            && !cx.corpus.bound_apart(a, b)
            && !earlier_report(cx, g, a, b))
}

/// Words just before a toll that make it the count so far, one report of a
/// rising figure (`rose to 2,122`, `the ministry now says 2,122`).
const RUNNING_BEFORE: &[&str] = &[
    "rose to",
    "risen to",
    "rises to",
    "climbed to",
    "climbs to",
    "jumped to",
    "reached",
    "stood at",
    "stands at",
    "now",
    "as of",
    "so far",
    "by then",
];

/// Words just after a toll that make it the count so far (`116 as of 8 a.m.`).
const RUNNING_AFTER: &[&str] = &["as of", "so far", "by then", "at the time", "at that point"];

/// The most words between a toll and the words that make it a count so far.
const RUNNING_REACH: usize = 6;

/// True when the smaller of two toll figures is stated as the count at one
/// point of a rising toll (`the ministry now says 2,122 people have died`
/// beside `killed 2,946 people` two weeks on): an earlier report, not a
/// contradiction.
fn earlier_report(cx: &Context<'_, '_>, g: &Group<'_>, a: ClaimId, b: ClaimId) -> bool {
    if g.running.is_empty() {
        return false;
    }
    let value = |id: ClaimId| cx.corpus.claim(id).quantity().and_then(|q| q.value);
    let (Some(va), Some(vb)) = (value(a), value(b)) else {
        return false;
    };
    g.running.contains(if va < vb { &a } else { &b }) && !same_day(cx, a, b)
}

/// True when the sentences of two tolls date them to the same day (`rose to
/// 2,122 on Sunday` and `climbed on Sunday to more than 2,200`): two counts
/// of one moment, not an earlier report and a later one.
fn same_day(cx: &Context<'_, '_>, a: ClaimId, b: ClaimId) -> bool {
    let day = |id: ClaimId| -> Option<&'static str> {
        let claim = cx.corpus.claim(id);
        let ex = &cx.corpus.extractions[id.doc];
        let s = ex.sentences.get(claim.sentence as usize)?;
        let doc = cx.corpus.doc(id);
        let lower = ex
            .prose_slice(doc, s.span.start, s.span.end)?
            .to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let mut days = crate::extract::time::WEEKDAYS
            .iter()
            .copied()
            .filter(|d| words.windows(2).any(|w| w[0] == "on" && w[1] == *d));
        let first = days.next()?;
        days.next().is_none().then_some(first)
    };
    matches!((day(a), day(b)), (Some(x), Some(y)) if x == y)
}

/// True when figure `id` of the sheet quantity `rq`, a count, lies below
/// `floor` (the fact, or the quantity's largest figure) and a live blog's
/// timed entry gives it as the count so far (`live_tally`): one moment of a
/// rising tally, which `fact-mismatch`, `quantity-conflict` and the
/// invariants leave out.
pub(super) fn earlier_tally(
    cx: &Context<'_, '_>,
    rq: &crate::rules::RuleQuantity,
    id: ClaimId,
    floor: f64,
) -> bool {
    matches!(
        rq.unit,
        crate::rules::QUnit::Count | crate::rules::QUnit::People
    ) && quantity(cx, id).is_some_and(|x| x.interval.high < floor)
        && live_tally(cx, id)
}

/// True when a figure stands in a live blog's timed entry (its line opens
/// with a clock time: `**14:15** —`, `10.48 GMT:`) and its own words make
/// it the count so far (`now has 118 seats`): the tally at that minute.
/// A pinned fact is the final count, which such a figure is no report of.
fn live_tally(cx: &Context<'_, '_>, id: ClaimId) -> bool {
    let claim = cx.corpus.claim(id);
    let text = cx.corpus.extractions[id.doc].prose(cx.corpus.doc(id));
    let start = claim.span.start.min(text.len());
    let line = &text[text[..start].rfind('\n').map_or(0, |i| i + 1)..start];
    let rest = line.trim_start_matches(|c: char| c.is_whitespace() || "*#->_[".contains(c));
    let b = rest.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let clock = (1..=2).contains(&digits)
        && matches!(b.get(digits), Some(b':' | b'.'))
        && b.get(digits + 1).is_some_and(u8::is_ascii_digit)
        && b.get(digits + 2).is_some_and(u8::is_ascii_digit);
    clock && count_so_far(cx, id)
}

/// True when a toll's own words make it the count so far: a running word
/// within six words before it (`rose to`, `now says`) or after it (`as of`).
pub(super) fn count_so_far(cx: &Context<'_, '_>, smaller: ClaimId) -> bool {
    let claim = cx.corpus.claim(smaller);
    let ex = &cx.corpus.extractions[smaller.doc];
    let Some(s) = ex.sentences.get(claim.sentence as usize) else {
        return false;
    };
    let doc = cx.corpus.doc(smaller);
    let words = |from: usize, to: usize| -> Vec<String> {
        ex.prose_slice(doc, from, to)
            .unwrap_or_default()
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let before = words(s.span.start, claim.span.start);
    let after = words(claim.span.end, s.span.end);
    let near_before = &before[before.len().saturating_sub(RUNNING_REACH)..];
    let near_after = &after[..after.len().min(RUNNING_REACH)];
    let holds = |ws: &[String], m: &str| {
        let m: Vec<&str> = m.split(' ').collect();
        ws.windows(m.len())
            .any(|w| w.iter().zip(&m).all(|(a, b)| a == b))
    };
    RUNNING_BEFORE.iter().any(|m| holds(near_before, m))
        || RUNNING_AFTER.iter().any(|m| holds(near_after, m))
}

/// One conflict: `id` against the claims it contradicts.
fn finding(
    cx: &Context<'_, '_>,
    g: &Group<'_>,
    id: ClaimId,
    against: &[ClaimId],
    verb: &str,
) -> Violation {
    let text = cx.corpus.text(id).to_string();
    let other = cx.corpus.text(against[0]).to_string();
    let file = if against[0].doc == id.doc {
        "this draft".to_string()
    } else {
        super::file_name(&cx.corpus.doc(against[0]).path).to_string()
    };
    let what = g.about.map(|a| format!(" ({a})")).unwrap_or_default();
    let mut related: Vec<Label> = against
        .iter()
        .take(3)
        .map(|&o| claim_label(cx, o, "stated this way here"))
        .collect();
    related.extend(g.declared.clone());
    let violation = Violation::new(
        format!("`{text}` {verb} `{other}` in {file} for `{}`{what}", g.id),
        claim_label(cx, id, format!("cannot be `{other}` as well")),
        related,
        "check the figure against the source and correct the draft that is wrong",
    )
    .with_rule(g.declared.as_ref().map(|_| g.id.to_string()));
    // An automatic key's conflict is a warning: the key is a guess.
    if g.declared.is_none() {
        violation.with_severity(Severity::Warning)
    } else {
        violation
    }
}

/// The figures each draft gives for one automatic key. A draft may give
/// several (a key read from the words can cover several events: two rounds
/// of cuts, a figure and its restatement), and each is compared with the
/// other drafts: a figure contradicts a draft only when it meets none of
/// that draft's figures.
struct DocFigures {
    by_doc: std::collections::HashMap<usize, Vec<(ClaimId, Interval)>>,
}

/// The most figures of one draft a figure is tried against; past it, the
/// draft is taken to agree (a draft listing hundreds of figures for one key
/// names no one quantity).
const MAX_PER_DRAFT: usize = 64;

impl DocFigures {
    fn new(g: &Group<'_>, interval: &dyn Fn(ClaimId) -> Option<Interval>) -> DocFigures {
        let mut by_doc: std::collections::HashMap<usize, Vec<(ClaimId, Interval)>> =
            Default::default();
        for &id in &g.claims {
            if let Some(i) = interval(id) {
                by_doc.entry(id.doc).or_default().push((id, i));
            }
        }
        DocFigures { by_doc }
    }

    /// True when draft `doc` gives a figure other than `id` that meets `mine`.
    fn agrees(&self, doc: usize, id: ClaimId, mine: &Interval) -> bool {
        self.by_doc.get(&doc).is_some_and(|v| {
            v.len() > MAX_PER_DRAFT || v.iter().any(|(o, i)| *o != id && i.intersects(mine))
        })
    }
}

/// The most figures one conflict cites as evidence: a figure contradicting
/// thousands of drafts names at most this many of them (the nearest apart),
/// so output grows with the drafts, not with their square.
pub const MAX_EVIDENCE: usize = 16;

/// The label of a repetition of a conflicting figure.
const SAME_AGAIN: &str = "the same figure again here";

/// The most repetitions one finding shows as labels.
const MAX_REPEATS: usize = 5;

/// Reports the claims of a group that fall outside its largest agreeing subgroup.
pub fn conflicts(cx: &Context<'_, '_>, g: &Group<'_>, out: &mut Vec<Violation>) {
    if g.claims.len() < 2 {
        return;
    }
    let mut reported = Vec::new();
    let mut repeated: std::collections::HashMap<(u64, u64, ClaimId), usize> = Default::default();
    let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
    let interval = |id: ClaimId| cx.corpus.claim(id).quantity().map(|q| q.interval);
    // Sweep the endpoints for the point most intervals hold. Wide intervals
    // that only meet at an edge do not overlap (`Interval::intersects`), so at
    // one x their ends come before their starts; an exact point opens first
    // and closes last.
    let mut events: Vec<(f64, i32, usize)> = Vec::new();
    for (n, &id) in g.claims.iter().enumerate() {
        if let Some(i) = interval(id) {
            let point = i.low == i.high;
            events.push((i.low, if point { 0 } else { 2 }, n));
            events.push((i.high, if point { 3 } else { 1 }, n));
        }
    }
    events.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut depth, mut best, mut at) = (0, 0, f64::NAN);
    for (e, &(x, kind, _)) in events.iter().enumerate() {
        if kind % 2 == 0 {
            depth += 1;
            if depth > best {
                best = depth;
                // Inside the region the most intervals share, not on its edge.
                let next = events.get(e + 1).map_or(x, |n| n.0);
                at = if next <= x {
                    x
                } else if next.is_infinite() {
                    x + x.abs().max(1.0)
                } else {
                    x + (next - x) / 2.0
                };
            }
        } else {
            depth -= 1;
        }
    }
    if let Some(p) = g.settled {
        at = p;
    }
    let mut consensus: Vec<ClaimId> = g
        .claims
        .iter()
        .copied()
        .filter(|&id| interval(id).is_some_and(|i| i.contains(at)))
        .collect();
    // One figure against one: which is right is not known; like the other
    // checks, the later draft's is reported.
    if let [a, b] = g.claims[..]
        && consensus.len() == 1
        && g.settled.is_none()
    {
        consensus = vec![a.min(b)];
    }
    let in_consensus: std::collections::HashSet<ClaimId> = consensus.iter().copied().collect();
    let by_doc = DocFigures::new(g, &interval);
    // The consensus by high end and by low end, so a figure finds the ones
    // it misses without a scan of all of them (every consensus interval
    // holds `at`: a figure above it misses those ending below its low, one
    // below it those starting above its high).
    let mut by_high: Vec<(f64, ClaimId)> = consensus
        .iter()
        .filter_map(|&o| interval(o).map(|i| (i.high, o)))
        .collect();
    by_high.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut by_low: Vec<(f64, ClaimId)> = consensus
        .iter()
        .filter_map(|&o| interval(o).map(|i| (i.low, o)))
        .collect();
    by_low.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    for &id in &g.claims {
        if in_consensus.contains(&id) || g.accounts.contains(&id.doc) {
            continue;
        }
        let Some(mine) = interval(id) else { continue };
        let candidates: &[(f64, ClaimId)] = if mine.low >= at {
            &by_high[..by_high.partition_point(|(h, _)| *h <= mine.low)]
        } else {
            &by_low[..by_low.partition_point(|(l, _)| *l >= mine.high)]
        };
        let mut against: Vec<ClaimId> = candidates
            .iter()
            .map(|&(_, o)| o)
            .filter(|&o| interval(o).is_some_and(|i| !i.intersects(&mine)))
            .filter(|&o| comparable(cx, g, o, id))
            .filter(|&o| {
                // Each draft's figures against the other's: `o` stands
                // against this figure only when neither draft gives a figure
                // meeting the other's (a draft naming one of two rounds agrees).
                !g.across_drafts
                    || !(by_doc.agrees(o.doc, id, &mine)
                        || interval(o).is_some_and(|oi| by_doc.agrees(id.doc, o, &oi)))
            })
            .take(MAX_EVIDENCE)
            .collect();
        against.sort();
        if against.is_empty() {
            continue;
        }
        // Body against its own headline alone: the headline is the slip
        // (the body carries the detail), so the headline is reported.
        if g.across_drafts
            && !in_headline(cx, id)
            && against
                .iter()
                .all(|&o| o.doc == id.doc && in_headline(cx, o))
        {
            for &o in &against {
                // A headline restated anywhere in its body is no slip.
                let restated = interval(o).is_some_and(|h| by_doc.agrees(o.doc, o, &h));
                if !restated && !reported.contains(&o) {
                    reported.push(o);
                    out.push(finding(cx, g, o, &[id], "contradicts"));
                }
            }
            continue;
        }
        reported.push(id);
        // One finding per disagreement: the same figure again (a headline and
        // its body, several drafts) is a related label of the first finding.
        let same = (mine.low.to_bits(), mine.high.to_bits(), against[0]);
        match repeated.get(&same).copied() {
            Some(at) if at < out.len() => {
                let f = &mut out[at];
                let shown = f.related.iter().filter(|l| l.message == SAME_AGAIN).count();
                if shown < MAX_REPEATS {
                    f.related.push(claim_label(cx, id, SAME_AGAIN));
                }
                if let Some(c) = counts.get_mut(&at) {
                    *c += 1;
                }
            }
            _ => {
                repeated.insert(same, out.len());
                counts.insert(out.len(), 1);
                out.push(finding(cx, g, id, &against, "contradicts"));
            }
        }
    }
    // Say how often a repeated figure was written.
    for (at, n) in counts {
        if n > 1
            && let Some(f) = out.get_mut(at)
        {
            f.message.push_str(&format!(" (stated {n} times)"));
        }
    }
    ceilings(cx, g, &reported, out);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{findings, messages};

    const HEADLINE: &str = "Northwind Bank to cut 4,600 jobs\n\nNorthwind Bank said on Tuesday it would cut 6,400 jobs over three years as it closes branches.";

    #[test]
    fn a_headline_against_its_body_is_a_warning_on_an_automatic_key() {
        let f = findings(&QuantityConflict, &[("wire.txt", HEADLINE)], None);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .starts_with("`4,600` contradicts `6,400` in this draft"),
            "{}",
            f[0].message
        );
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(f[0].rule, None);
    }

    #[test]
    fn an_earlier_report_of_a_rising_toll_is_no_conflict() {
        let later = (
            "aid.md",
            "The earthquake killed 2,105 people, officials said.",
        );
        let running = "The ministry now says 1,412 people have died.";
        assert!(messages(&QuantityConflict, &[("blog.md", running), later]).is_empty());
        // The same figures with no word making the smaller one a count so far.
        let plain = "The earthquake killed 1,412 people, and the ministry has now set up shelters.";
        assert_eq!(
            messages(&QuantityConflict, &[("blog.md", plain), later]).len(),
            1
        );
    }

    #[test]
    fn a_live_account_of_a_toll_is_not_reported_but_others_meet_it() {
        let blog = (
            "blog.md",
            "Quake live\n\n**Tue, 18:00 — 1,642 dead**\n\nThe latest: 1,642 dead.\n\n**Mon, 20:30 — 1,477 dead**\n\nAn update: 1,477 dead.\n\n**Sun, 09:00 — 1,021 dead**\n\nFirst count: 1,021 dead.",
        );
        let wire = (
            "wire.txt",
            "The earthquake has killed 1,642 people, officials said.",
        );
        assert!(messages(&QuantityConflict, &[blog, wire]).is_empty());
        // A figure meeting none of the account's is still reported.
        let wrong = (
            "wire.txt",
            "The earthquake has killed 1,246 people, officials said.",
        );
        assert_eq!(messages(&QuantityConflict, &[blog, wrong]).len(), 1);
    }

    #[test]
    fn two_running_tolls_of_the_same_day_are_compared() {
        let a = (
            "wire.txt",
            "The death toll from the earthquake rose to 1,308 on Sunday, the agency said.",
        );
        let b = (
            "radio.md",
            "The death toll from the earthquake climbed on Sunday to more than 1,400 people.",
        );
        assert_eq!(messages(&QuantityConflict, &[a, b]).len(), 1);
        let later = (
            "radio.md",
            "The death toll from the earthquake climbed on Monday to more than 1,400 people.",
        );
        assert!(messages(&QuantityConflict, &[a, later]).is_empty());
    }

    #[test]
    fn a_headline_that_agrees_with_its_body_is_silent() {
        let text = HEADLINE.replace("4,600", "6,400");
        assert!(messages(&QuantityConflict, &[("wire.txt", &text)]).is_empty());
    }

    #[test]
    fn a_conflict_on_a_rule_set_quantity_is_an_error_naming_it() {
        let rules = "story: s\nquantities:\n  - id: northwind_cuts\n    unit: people\n    subject: Northwind\n    cues: [cut]\n";
        let f = findings(
            &QuantityConflict,
            &[
                ("a.txt", "Northwind Bank said it would cut 6,400 jobs."),
                ("b.txt", "Northwind Bank will cut 4,600 jobs, it said."),
            ],
            Some(rules),
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].severity, Severity::Error);
        assert_eq!(f[0].rule.as_deref(), Some("northwind_cuts"));
    }
}
