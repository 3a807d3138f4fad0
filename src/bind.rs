//! Binding: which numeric claims state which rule-set quantity, and why.
//!
//! A claim binds to a quantity when its unit fits, one of the quantity's cues
//! stands near it (in its sentence or the sentence before in the same
//! paragraph, unless its own sentence turns elsewhere first: `topic`), none of its exclusions does, and its subject is named nearby or
//! is the draft's main subject — unless another organisation is named before
//! the figure or right after it (`355 Oracle workers`) — and its clause agrees
//! with the quantity (the figure's `Reading`, which the automatic-key grammar
//! gives): a quantity whose cues say cut never takes a figure its clause reads
//! as a headcount or a hire, and the other way round; a money quantity takes a
//! per-share figure (`41 cents a share`) only when its cues say per share, and
//! a value move (`wiping $30bn from its value`) only when its cues speak of a
//! move. Binding does not guess: a figure that fits two quantities binds to
//! neither. A quantity with no cues is a constant (its `fact` serves
//! invariants) and binds nothing, and a figure given as a point of comparison
//! (`up from $6 billion`, `$6 billion a year earlier`) belongs to another
//! period and binds only to a quantity whose `period:`/`as_of:` its own
//! words name; a figure whose own words name only other periods than the
//! quantity's binds to it neither (`period`). A subject may be a list, and
//! an organisation's `parent:` and its parts are never rivals for its
//! figures (`subjects`). A
//! `unit: per_share` quantity takes only money per share, and a date
//! (`March 5`) binds only to a `unit: date` quantity, when its year is known
//! (its own, the sheet's `date:`, or the fact's); `scale` then puts bound
//! dates and spans of time on their quantity's scale (days). A cue speaks
//! of the figure next to it, bound or not, and an exclusion does not hand
//! a figure its own clause names to a quantity cued further off (`cues`);
//! a share of another base (`a quarter of the legal maximum`) binds to no
//! quantity that declares its base (`base`). A figure written as the
//! measure of another noun (`Apple's cash pile of well over $100 billion`)
//! binds to no quantity that noun is not, and one right after `behind` or
//! `short of` is what another figure is measured against (`label`); one
//! alone in brackets after a name (`KL Rahul (66)`) is that name's
//! (`owned`). Every
//! binding carries a reason, and every refusal too, which `factlint claims
//! --rules` prints, so a surprising result can be traced.

use std::collections::HashMap;

use crate::claim::ClaimId;
use crate::claim::{ClaimKind, EntityKind, Measure, Quantity, TimeLabel, UnitClass};
use crate::extract::Extraction;
use crate::rules::{QUnit, RuleQuantity, RuleSet};
use crate::source::Document;

mod another_fact;
mod base;
mod ceiling;
mod clause;
mod delta;
mod one_per_sentence;
use one_per_sentence::{blocked_by_a_closer_figure, one_per_sentence, second_side_of_a_score};
mod column;
mod cues;
mod dates;
mod exclude;
mod frames;
mod label;
pub(crate) mod lead_in;
mod magnitude;
mod may_come;
mod modifier;
mod owned;
mod period;
mod predicate;
mod reading;
mod scale;
mod scope;
pub(crate) use scope::{opening_place, runs_off_balls};
mod span_of_year;
mod subjects;
mod to_come;
mod tolls;
mod topic;
mod unit;
use unit::unit_fits;
pub(crate) use unit::unit_name;
mod window;
use clause::{
    RATE_CUES, counts_speakers, other_basis, own_kind_differs, per_share_words, rate_after,
};
use reading::disagreement;
pub use reading::{Act, Reading};
pub use scale::{rescaled, to_scale};
use tolls::other_toll;
use window::{SentenceWindow, four_words_after};

/// Which rule-set quantity a claim states.
#[derive(Clone, Debug, PartialEq)]
pub struct Binding {
    /// The claim.
    pub claim: ClaimId,
    /// Index of the rule set in the run.
    pub set: usize,
    /// Index of the quantity in that set.
    pub quantity: usize,
    /// Why, in words.
    pub why: String,
    /// The day the draft's dateline gives (`WASHINGTON, Nov 21 (Wire) -`),
    /// else its byline (`Thursday 15 June 2023, 18:05 BST`), against which
    /// a bound weekday is read; `None` without a day.
    pub filed: Option<TimeLabel>,
    /// Where `filed` was read: `dateline` or `byline`.
    pub filed_by: &'static str,
}

/// Figures the bindings refused, with why: `factlint claims` prints them.
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal {
    /// The claim.
    pub claim: ClaimId,
    /// Why it binds to no quantity, in words.
    pub why: String,
}

/// The main subject of a draft: the organisation its mentions name most.
pub fn main_subject(ex: &Extraction) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for c in &ex.claims {
        if let ClaimKind::Entity(e) = &c.kind
            && e.kind == EntityKind::Org
        {
            match counts.iter_mut().find(|(n, _)| *n == e.name) {
                Some(x) => x.1 += 1,
                None => counts.push((e.name.to_string(), 1)),
            }
        }
    }
    counts.into_iter().max_by_key(|(_, n)| *n).map(|(n, _)| n)
}

/// Binds the numeric claims of every draft to the quantities of every rule
/// set, given how the automatic-key grammar reads each figure (`readings`; a
/// figure missing from it refuses nothing). Returns the bindings and the
/// figures some quantity's cues reached but that bind to none, with why.
pub fn bind(
    docs: &[Document],
    extractions: &[Extraction],
    sets: &[RuleSet],
    readings: &HashMap<ClaimId, Reading>,
) -> (Vec<Binding>, Vec<Refusal>) {
    let mut out = Vec::new();
    let mut refused = Vec::new();
    if sets.iter().all(|s| s.quantities.is_empty()) {
        return (out, refused);
    }
    let unread = Reading::default();
    // Dates bind only to `unit: date` quantities; without one, none is read.
    let dated = sets
        .iter()
        .any(|s| s.quantities.iter().any(|q| q.unit == QUnit::Date));
    for (d, (doc, ex)) in docs.iter().zip(extractions).enumerate() {
        let prose = ex.prose(doc);
        let text = &*prose;
        let subject = main_subject(ex);
        let headings = scope::headings(&doc.text);
        let long_quotes = window::long_quotes(ex, text);
        // The day the draft was filed, for its weekdays: a dateline's date
        // that names a day.
        let (filed, filed_by) = if dated {
            match crate::extract::dateline::date(&doc.text)
                .filter(|f| matches!(f, TimeLabel::Date { day: Some(_), .. }))
            {
                Some(f) => (Some(f), "dateline"),
                None => (cues::byline(ex, sets), "byline"),
            }
        } else {
            (None, "")
        };
        let earlier = cues::change_starts(ex, &doc.text);
        // Figures that fit one quantity: (sentence, distance, binding).
        let mut candidates: Vec<(u32, Distance, Binding)> = Vec::new();
        // Figures that could be several quantities, by sentence, quantity and
        // distance: each keeps a farther figure of its sentence from those
        // quantities (`blocked_by_a_closer_figure`).
        let mut ambiguous: Vec<(u32, usize, usize, Distance, ClaimId)> = Vec::new();
        // The window of the sentence being read: (sentence, its figures, window).
        let mut cached: Option<(usize, usize, Option<SentenceWindow>)> = None;
        for (k, c) in ex.claims.iter().enumerate() {
            let ClaimKind::Quantity(q) = &c.kind else {
                continue;
            };
            let is_date = matches!(
                q.period,
                Some(TimeLabel::Date { .. } | TimeLabel::Weekday { .. })
            );
            if q.measure == Measure::Time && !(dated && is_date) {
                continue;
            }
            let id = ClaimId { doc: d, claim: k };
            let s = c.sentence as usize;
            // The sentence's window, computed once for all its figures; a
            // sentence of more figures than the cap binds none.
            if cached.as_ref().is_none_or(|(at, _, _)| *at != s) {
                let figures = ex.sentences.get(s).map_or(0, |st| {
                    ex.claims_in(st.span.start, st.span.end)
                        .filter(|(_, o)| matches!(o.kind, ClaimKind::Quantity(_)))
                        .count()
                });
                let mut sw = SentenceWindow::new(ex, text, s);
                if let Some(sw) = sw.as_mut() {
                    sw.set_quotes(&long_quotes);
                    sw.lead_in = lead_in::of_item(&doc.text, c.span.start);
                }
                cached = Some((s, figures, sw));
            }
            let Some((_, figures, Some(sw))) = cached.as_ref() else {
                continue;
            };
            if *figures > MAX_FIGURES_PER_SENTENCE {
                continue;
            }
            let start = sw.start;
            let window = &sw.text;
            let figure_at = c.span.start.saturating_sub(start);
            // Organisations the window names before the figure, or right after it
            // (`355 Oracle workers`, `221 positions at Cisco`): a sentence's subject.
            // Names further on are objects (`invested $4B in Anthropic: backing a
            // top OpenAI competitor`).
            let near_after = four_words_after(text, c.span.end);
            let orgs: Vec<String> = sw
                .org_spans
                .iter()
                .filter(|(_, a, b)| {
                    *b <= figure_at
                        || (*a >= c.span.end - start && *a < near_after.saturating_sub(start))
                })
                .map(|(o, _, _)| o.clone())
                .collect();
            // Organisations named in the four words after the figure, not past a
            // list's separator (`Labour 11, PBP 3`: PBP owns the next figure).
            let orgs_after: Vec<String> = sw
                .org_spans
                .iter()
                .filter(|(_, a, _)| {
                    *a >= c.span.end - start && *a < near_after.saturating_sub(start)
                })
                .filter(|(_, a, _)| !owned::past_a_separator(window, c.span.end - start, *a))
                .map(|(o, _, _)| o.clone())
                .collect();
            let w = Window {
                s: sw,
                figure_at,
                figure_end: c.span.end.saturating_sub(start),
                orgs: &orgs,
            };
            let mut reading = readings.get(&id).unwrap_or(&unread).clone();
            let after = window.get(c.span.end.saturating_sub(start)..).unwrap_or("");
            if q.measure == Measure::Money && !reading.per_share {
                reading.per_share = per_share_words(&w, after);
            }
            let speakers = q.measure != Measure::Time
                && (counts_speakers(window.get(figure_at..).unwrap_or(""))
                    || clause::sources_after_verb(
                        window.get(..figure_at).unwrap_or(""),
                        window.get(figure_at..).unwrap_or(""),
                    ));
            let rate = if q.currency.is_some() {
                rate_after(after)
            } else {
                clause::count_rate_after(after)
            };
            // What the figure's own words make it: an age, a score, a stage,
            // a figure asked for (`frames`).
            let own_before = window
                .get(sw.own_from.min(figure_at)..figure_at)
                .unwrap_or("");
            // How much something changed, not its level (`gained three seats`).
            reading.moved |= reading.act.is_none()
                && delta::change_words(q.measure, own_before, after).is_some();
            let orig_before = text.get(start + sw.own_from.min(figure_at)..c.span.start);
            let orig_after = text.get(c.span.end..c.span.end + after.len());
            let framed = frames::of_figure(
                q.measure,
                doc.slice(c.span),
                own_before,
                after,
                (orig_before.unwrap_or(""), orig_after.unwrap_or("")),
            )
            .or_else(|| lead_in::frame(&sw.lead_in))
            .or_else(|| frames::running_before(window, sw.own_from));
            // A level held until the story's change (`had held Bank Rate at
            // 5.25% since August 2023`) is an earlier snapshot.
            if !reading.earlier {
                let clause = frames::own_clause(window, sw.own_from, figure_at);
                // `since` may follow an aside (`at 5.25%-5.5%, a 23-year
                // high, since July 2023`): the rest of the sentence counts.
                let rest = window.get(clause.1..).unwrap_or(clause.0);
                reading.earlier = frames::earlier_state(rest, figure_at - clause.1);
            }
            // A date right after `since` starts a span: it is an event's
            // date only when its clause counts from one (`the first cut
            // since March 2020`), not a state held (`held at 5.25% since
            // August 2023`).
            let since_start = dated && is_date && {
                let clause = &own_before[frames::clause_start(own_before)..];
                let c = clause.trim_end();
                c.strip_suffix("since").is_some_and(|r| {
                    !r.ends_with(char::is_alphanumeric) && !frames::since_an_event(c)
                })
            };
            // The table header over the figure, when it stands in a table.
            let head = column::header_cells(&doc.text, c.span.start);
            // The periods the figure's own words name, read when a quantity declares one.
            let periods = if sets
                .iter()
                .any(|s| s.date.is_some() || s.quantities.iter().any(|q| q.when.is_some()))
            {
                let mut named = period::named(ex, s, &w, start, c.span);
                // A table column headed by a year (`Seats 2021`) dates its figures.
                named.extend(head.as_ref().and_then(column::header_year));
                named
            } else {
                Vec::new()
            };
            let bare_run = owned::in_bare_run(ex, sw, k);
            let figure_scope =
                scope::of_figure(text, q.noun.as_deref(), sw, c.span, &headings, &doc.format);
            let own_and_after = window
                .get(figure_at..near_after.saturating_sub(start).max(figure_at))
                .unwrap_or("");
            let mut fitting: Vec<Fitting> = Vec::new();
            // The quantities whose cues reach the figure, fitting it or not.
            let mut reached: Vec<(usize, usize)> = Vec::new();
            let mut refusals: Vec<String> = Vec::new();
            for (si, set) in sets.iter().enumerate() {
                for (qi, rq) in set.quantities.iter().enumerate() {
                    let Some((distance, why, cue)) = fits(q, rq, set, &w, subject.as_deref())
                    else {
                        continue;
                    };
                    reached.push((si, qi));
                    let by_header = head
                        .as_ref()
                        .and_then(|h| column::header_names_cue(h, &rq.cues));
                    // In a table the header tells a row's figures apart, not
                    // their distance from the row's label.
                    let closer = cues::closer_figure(&w, &ex.claims, k, cue, rq, &earlier)
                        .filter(|_| by_header != Some(true));
                    if let Some(no) = head
                        .as_ref()
                        .and_then(|h| column::refusal(h, by_header, rq))
                    {
                        refusals.push(no);
                    } else if let Some(other) = closer {
                        refusals.push(format!(
                            "not `{}`: its cue is closer to `{}`, and a cue speaks of the figure next to it",
                            rq.id,
                            doc.slice(other.span)
                        ));
                    } else if let Some(per) = rate
                        && !rq
                            .cues
                            .iter()
                            .any(|c| RATE_CUES.iter().any(|r| c.contains(r)) || c.contains(per))
                    {
                        refusals.push(format!(
                            "not `{}`: it is a rate (`{per}`), and `{}` has no rate cue",
                            rq.id, rq.id
                        ));
                    } else if let Some(no) =
                        label::refusal(rq, q.noun.as_deref(), own_before, own_and_after)
                            .or_else(|| label::reference(rq, window, cue, figure_at))
                            .or_else(|| label::part_subject(rq, own_before))
                            .or_else(|| label::whole(rq, q.noun.as_deref()))
                            .or_else(|| {
                                (q.measure == Measure::Count)
                                    .then(|| label::modifier_of(rq, orig_after.unwrap_or("")))
                                    .flatten()
                            })
                            .or_else(|| predicate::refusal(rq, after))
                            .or_else(|| label::conversion_unit(rq, q, after))
                            .or_else(|| label::two_kinds(rq, after))
                            .or_else(|| dates::refusal(&w, q, rq, cue))
                            .or_else(|| {
                                let at = (figure_at, w.figure_end);
                                owned::refusal_in_brackets_after_a_name(ex, sw, at, rq)
                            })
                            .or_else(|| owned::refusal_restated(ex, sw, k, figure_at, rq))
                    {
                        refusals.push(no);
                    } else if let Some(f) = framed.filter(|f| !f.allows(rq)) {
                        refusals.push(format!("not `{}`: it is {}", rq.id, f.name()));
                    } else if framed == Some(frames::Frame::Age)
                        && frames::age_quantity(rq)
                        && cue.1 <= figure_at
                        && owned::name_between(ex, sw, cue.1, figure_at)
                    {
                        refusals.push(format!(
                            "not `{}`: the age of the name written right before it, not of its cue",
                            rq.id
                        ));
                    } else if framed != Some(frames::Frame::Age)
                        && frames::age_quantity(rq)
                        && !frames::maybe_age(doc.slice(c.span), orig_before.unwrap_or(""))
                    {
                        refusals.push(format!(
                            "not `{}`: an age, and no word makes the figure one (`aged 35`, `35-year-old`, `Messi, 35,`)",
                            rq.id
                        ));
                    } else if bare_run && rq.unit != QUnit::Date {
                        refusals.push(format!(
                            "not `{}`: one bare number of a list, which the words do not tell apart",
                            rq.id
                        ));
                    } else if since_start && rq.unit == QUnit::Date {
                        refusals.push(format!(
                            "not `{}`: a date after `since` starts a span, it is not the date of an event",
                            rq.id
                        ));
                    } else if speakers {
                        refusals.push(format!(
                            "not `{}`: it counts the people a statement is attributed to",
                            rq.id
                        ));
                    } else if let Some(no) = period::another_year(set, rq, &periods)
                        .or_else(|| period::now_for_the_past(set, rq, own_before))
                        .or_else(|| period::traded_for_the_offer(rq, own_before))
                    {
                        refusals.push(format!("not `{}`: {no}", rq.id));
                    } else if let Some(no) =
                        period::other_period(q, &reading, earlier.contains(&k), rq, &periods)
                    {
                        refusals.push(format!("not `{}`: {no}", rq.id));
                    } else if let Some(o) =
                        subjects::declared_other_after(set, rq, &orgs_after, subject.as_deref())
                    {
                        refusals.push(format!(
                            "not `{}`: it is `{o}`'s, named right after it, which `{}` does not name",
                            rq.id, rq.id
                        ));
                    } else if let Some(no) = base::other_base(q, rq) {
                        refusals.push(no);
                    } else if let Some(no) = disagreement(&reading, rq) {
                        refusals.push(format!("not `{}`: {no}", rq.id));
                    } else if let Some(no) = figure_scope.refusal(set, rq) {
                        refusals.push(no);
                    } else if let Some(no) = magnitude::refusal(q, rq) {
                        refusals.push(no);
                    } else if let Some(no) =
                        another_fact::refusal(q, rq, set, &w, cue, distance.3 != usize::MAX)
                    {
                        refusals.push(no);
                    } else if let Some(no) = (rq.unit == QUnit::Date
                        && matches!(q.period, Some(TimeLabel::Weekday { .. })))
                    .then(|| scale::days(q, set, rq, filed.as_ref()))
                    .flatten()
                    .and_then(|d| another_fact::another_day(d, rq, set))
                    {
                        refusals.push(no);
                    } else if rq.unit == QUnit::Date
                        && scale::days(q, set, rq, filed.as_ref()).is_none()
                    {
                        let what = if matches!(q.period, Some(TimeLabel::Weekday { .. })) {
                            "a weekday, and the sheet gives no `date:`"
                        } else {
                            "a date with no year, and the sheet gives no `date:` or dated fact"
                        };
                        refusals.push(format!("not `{}`: {what}", rq.id));
                    } else {
                        fitting.push((distance, si, qi, why, cue));
                    }
                }
            }
            // An exclusion keeps a figure from the quantity its own clause
            // names; it does not hand the figure to one named further off.

            fitting.retain(|(_, si, qi, _, cue)| {
                let rq = &sets[*si].quantities[*qi];
                let Some((other, named)) = cues::own_clause_names_another(&w, q, rq, *cue, sets, &reached)
                else {
                    return true;
                };
                refusals.push(format!(
                    "not `{}`: its own clause names `{named}`, a cue of `{other}`, which the sheet keeps from it",
                    rq.id
                ));
                false
            });
            match &fitting[..] {
                [] if refusals.is_empty() => {}
                [] => refused.push(Refusal {
                    claim: id,
                    why: refusals.join("; "),
                }),
                [(_, set, quantity, _, cue)] if topic::cue_before_does_not_reach(&w, cue.0) => {
                    refused.push(Refusal {
                        claim: id,
                        why: format!(
                            "not `{}`: its cue (`{}`) is in the sentence before, and the figure stands in a clause its own sentence turns to",
                            sets[*set].quantities[*quantity].id,
                            w.s.text.get(cue.0..cue.1).unwrap_or("")
                        ),
                    })
                }
                [(distance, _, quantity, _, cue)]
                    if clause::cue_in_a_later_clause(&w, cue.0, distance.0) =>
                {
                    refused.push(Refusal {
                        claim: id,
                        why: format!(
                            "not `{}`: its cue comes after it, in another clause (`{}`)",
                            sets[fitting[0].1].quantities[*quantity].id,
                            w.s.text.get(cue.0..cue.1).unwrap_or("")
                        ),
                    })
                }
                [(distance, set, quantity, why, _)] => candidates.push((
                    c.sentence,
                    *distance,
                    Binding {
                        claim: id,
                        set: *set,
                        quantity: *quantity,
                        why: why.clone(),
                        filed: filed.clone(),
                        filed_by,
                    },
                )),
                many => {
                    let ids: Vec<String> = many
                        .iter()
                        .map(|(_, s, q, ..)| format!("`{}`", sets[*s].quantities[*q].id))
                        .collect();
                    ambiguous.extend(
                        many.iter()
                            .map(|(d, s, q, ..)| (c.sentence, *s, *q, *d, id)),
                    );
                    refused.push(Refusal {
                        claim: id,
                        why: format!("could be {}: binds to neither", ids.join(" or ")),
                    });
                }
            }
        }
        blocked_by_a_closer_figure(&mut candidates, &ambiguous, ex, doc, sets, &mut refused);
        second_side_of_a_score(&mut candidates, ex, doc, sets, &mut refused);
        one_per_sentence(candidates, ex, doc, sets, &mut out, &mut refused);
    }
    (out, refused)
}

/// Where the word running on at `at` ends: a cue is a stem (`grow`) of
/// the word it found (`growth`).
pub(super) fn word_end(text: &str, at: usize) -> usize {
    text.get(at..).map_or(at, |rest| {
        at + rest
            .find(|c: char| !c.is_alphanumeric() && c != '-')
            .unwrap_or(rest.len())
    })
}

/// The words around a figure that binding reads.
struct Window<'a> {
    /// Its sentence's window.
    s: &'a SentenceWindow,
    /// Where the figure starts in the window's text.
    figure_at: usize,
    /// Where it ends there.
    figure_end: usize,
    /// Organisations named in the window before the figure (or just after
    /// it), lower case.
    orgs: &'a [String],
}

/// The most figures a sentence may state and still be bound: a sentence
/// listing more (a table pasted as one line) binds none, as it gets no
/// automatic keys (`autokey::MAX_FIGURES_PER_SENTENCE`, which the `work-cap`
/// check reports).
pub const MAX_FIGURES_PER_SENTENCE: usize = 64;

/// A quantity a figure fits: how far, the set and quantity, why, and where
/// its cue is in the window.
type Fitting = (Distance, usize, usize, String, (usize, usize));

/// How far a figure is from what names a quantity: the clause breaks
/// between it and its closest cue, how many words short of four that cue
/// is, the bytes between them, then its subject's closest mention
/// (`usize::MAX` when not named nearby).
type Distance = (usize, usize, usize, usize);

/// Whether a claim fits a quantity; how far it is from the cue and the
/// subject, a reason, and where the cue is in the window (start, end).
fn fits(
    q: &Quantity,
    rq: &RuleQuantity,
    set: &RuleSet,
    w: &Window<'_>,
    subject: Option<&str>,
) -> Option<(Distance, String, (usize, usize))> {
    if !unit_fits(q, &rq.unit)
        || scope::fraction_of_a_whole_count(q, rq)
        || clause::one_of_coordinated_people(w)
    {
        return None;
    }
    let mut reasons = Vec::new();
    // The nearest cue; exclusions then apply to the stretch the cue was found in.
    // A quantity without cues is a constant for invariants: it binds no figure.
    let (distance, scope_from, cue_at, words_short) = if rq.cues.is_empty() {
        return None;
    } else {
        let (d, p, cue) = rq
            .cues
            .iter()
            .flat_map(|cue| {
                let at = w.s.positions(cue);
                // Drafts date many things: a date binds only to a cue of its own sentence.
                let from = if rq.unit == QUnit::Date {
                    w.s.own_from
                } else {
                    0
                };
                // A cue ending in `since` (`first cut since`) names the date
                // right after it, never one before it or further on.
                let since = rq.unit == QUnit::Date && frames::since_cue(cue);
                (0..at.len())
                    .map(move |i| at[i])
                    .filter(move |&p| p >= from)
                    // A cue in the figure's own words is its qualifier
                    // (`above $900 billion`), not what it is.
                    .filter(move |&p| p < w.figure_at || p >= w.figure_end)
                    .filter(move |&p| !clause::after_than(w, p))
                    .filter(move |&p| !clause::taken_off(w, rq, p))
                    .filter(move |&p| !clause::after_conjunction(w, p))
                    .filter(move |&p| !clause::left_out(w, p))
                    .filter(move |&p| !clause::describes_another_noun(w, q, p, cue))
                    .filter(move |&p| !modifier::modifies_anothers_noun(w, set, rq, p, cue))
                    .filter(move |&p| !w.s.quote_wall(p, w.figure_at))
                    .filter(move |&p| !owned::cue_elsewhere(w, set, &rq.subjects, p, cue))
                    .filter(move |&p| {
                        !since
                            || w.s
                                .text
                                .get(p + cue.len()..w.figure_at)
                                .is_some_and(|gap| gap.trim().is_empty())
                    })
                    .map(move |p| {
                        (
                            (w.s.breaks_between(p, w.figure_at), p.abs_diff(w.figure_at)),
                            p,
                            // Of cues at one place, the longest (`sales fell`, not `sales`).
                            std::cmp::Reverse(cue.split_whitespace().count()),
                            cue,
                        )
                    })
                    .collect::<Vec<_>>()
            })
            .min()
            .map(|(d, p, _, cue)| (d, p, cue))?;
        // A date binds only to a cue of its own clause, a comma after a
        // weekday aside (`vote on Friday, March 7th`): `Reeves, who took
        // office after the election in July, welcomed the decision` gives
        // `July` to the election.
        if rq.unit == QUnit::Date
            && (scope::date_breaks(&w.s.text, p, w.figure_at) > 0
                || p > w.figure_at && scope::in_relative_clause(&w.s.text, w.figure_at))
        {
            return None;
        }
        // A cue of the sentence before does not reach a figure whose own
        // sentence names another kind of what it names (`long-term capital
        // gains` … `Short-term gains … 20 per cent`).
        // A vague figure (`Millions of people were left without shelter`)
        // takes only a cue of its own sentence.
        if p < w.s.own_from && (q.vague || clause::another_kind_named(&w.s.text, w.s.own_from, cue))
        {
            return None;
        }
        reasons.push(format!("cue `{cue}`"));
        // A cue in another clause does not outweigh the figure's own clause
        // naming another kind of money (`Income of US$30.0 billion, Information
        // Centre Enterprise Soars`).
        if d.0 > 0 && q.currency.is_some() && own_kind_differs(w, rq) {
            return None;
        }
        if q.currency.is_some() && clause::money_of_another_thing(w, rq) {
            return None;
        }
        if q.unit == UnitClass::Percent && other_basis(w, rq) {
            return None;
        }
        if q.unit == UnitClass::Percent
            && (clause::percent_of_another_kind(w, rq)
                || clause::change_for_a_level(w, rq)
                || clause::a_kind_of_majority(w, rq))
        {
            return None;
        }
        if span_of_year::other_span(w, rq) {
            return None;
        }
        if q.unit == UnitClass::People && (other_toll(w, rq) || tolls::before_the_event(w, rq))
            || tolls::a_toll_for_no_toll(w, rq)
            || to_come::still_to_come(w, rq)
        {
            return None;
        }
        (
            d,
            if p < w.s.own_from { 0 } else { w.s.own_from },
            (p, word_end(&w.s.text, p + cue.len())),
            // A figure named by a longer cue (`sales fell 1.5%`) is nearer
            // to it than one a single word names (`reduced sales by 7.4%`).
            4usize.saturating_sub(cue.split_whitespace().count()),
        )
    };
    if exclude::keeps_off(w, rq, scope_from) || lead_in::excludes(&w.s.lead_in, &rq.exclude) {
        return None;
    }
    let mut subject_distance = usize::MAX;
    if !rq.subjects.is_empty() {
        let subj = rq.subjects.join("` or `");
        let primaries: Vec<String> = rq.subjects.iter().map(|s| s.to_lowercase()).collect();
        let names = subjects::names(set, &rq.subjects);
        let kin = subjects::kin(set, &rq.subjects);
        let all = w.s.mentions(&names);
        let mentions: Vec<usize> = all
            .iter()
            .copied()
            .filter(|&p| !subjects::owned_by_another(&w.s.text, p, w.figure_at))
            .collect();
        // A mention that is one member of a list of organisations names
        // the list's figure (`the PML-N, PPP and MQM-P hold 146 seats`).
        if !mentions.is_empty() && mentions.iter().all(|&p| subjects::one_of_a_list(w, p)) {
            return None;
        }
        let named = !mentions.is_empty();
        subject_distance = mentions
            .iter()
            .map(|p| p.abs_diff(w.figure_at))
            .min()
            .unwrap_or(usize::MAX);
        // An organisation that is one of the cues is what the figure is about, not a rival subject.
        // Nor is the subject's parent or a part of it (`parent:`).
        let other = w.orgs.iter().any(|o| {
            !names.contains(o)
                && !primaries.iter().any(|p| o.contains(p.as_str()))
                && !kin.iter().any(|k| o.starts_with(k.as_str()))
                && !rq.cues.iter().any(|c| o.starts_with(c.as_str()))
        });
        // The organisation that opens the figure's own clause is what the
        // figure is about (`the Trinamool Congress won 29 of 42 seats`), even
        // when the subject is named elsewhere in the window.
        let clause_owner = subjects::clause_owner(w);
        if let Some(o) = clause_owner
            && !names.iter().any(|n| o.starts_with(n.as_str()))
            && !kin.iter().any(|k| o.starts_with(k.as_str()))
            && !rq.cues.iter().any(|c| o.starts_with(c.as_str()))
        {
            return None;
        }
        let lead_in = (!named && !other)
            .then(|| subjects::lead_in_names(set, &w.s.lead_in, &names))
            .flatten();
        if named {
            reasons.push(format!("subject `{subj}` named nearby"));
        } else if let Some(said) = lead_in {
            // A list item's figures are those of the organisation its lead-in names.
            if !said {
                return None;
            }
            reasons.push(format!("subject `{subj}` named in the list's lead-in"));
        } else if other {
            // Another organisation named nearby, and not the subject: the figure is about it.
            return None;
        } else if subject.is_some_and(|s| names.contains(&s.to_lowercase())) {
            reasons.push(format!("subject `{subj}` is the draft's main subject"));
        } else {
            return None;
        }
    }
    reasons.push(format!("unit {}", unit_name(&rq.unit)));
    Some((
        (distance.0, words_short, distance.1, subject_distance),
        reasons.join(", "),
        cue_at,
    ))
}

#[cfg(test)]
mod tests;
