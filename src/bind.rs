//! Binding: which numeric claims state which rule-set quantity, and why.
//!
//! A claim binds to a quantity when its unit fits, one of the quantity's cues
//! stands near it (in its sentence or the sentence before in the same
//! paragraph), none of its exclusions does, and its subject is named nearby or
//! is the draft's main subject — unless another organisation is named before
//! the figure or right after it (`355 Oracle workers`). When several quantities
//! fit, the one whose cue stands closest wins; a tie binds nothing. A quantity
//! with no cues is a constant (its `fact` serves invariants) and binds nothing,
//! and a figure given as a point of comparison (`up from $6 billion`, `$6
//! billion a year earlier`) belongs to another period and binds nothing. Every binding carries a reason,
//! which `factlint claims --rules` prints, so a surprising result can be traced.

use crate::claim::ClaimId;
use crate::claim::{ClaimKind, EntityKind, Measure, Quantity, UnitClass};
use crate::extract::Extraction;
use crate::extract::located::lower_same_offsets;
use crate::extract::phrase::find_word_starts;
use crate::rules::{QUnit, RuleQuantity, RuleSet};
use crate::source::Document;

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
}

/// True when the claim's unit fits the quantity's.
fn unit_fits(q: &Quantity, unit: &QUnit) -> bool {
    match unit {
        QUnit::Any => q.measure != Measure::Time,
        QUnit::People => q.measure == Measure::Count && q.unit == UnitClass::People,
        QUnit::Money(cur) => {
            q.measure == Measure::Money && cur.as_deref().is_none_or(|c| q.currency == Some(c))
        }
        QUnit::Percent => q.measure == Measure::Percent,
        QUnit::PercentagePoints => q.measure == Measure::PercentagePoints,
        QUnit::Count => q.measure == Measure::Count,
    }
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
                None => counts.push((e.name.clone(), 1)),
            }
        }
    }
    counts.into_iter().max_by_key(|(_, n)| *n).map(|(n, _)| n)
}

/// Binds the numeric claims of every draft to the quantities of every rule set.
pub fn bind(docs: &[Document], extractions: &[Extraction], sets: &[RuleSet]) -> Vec<Binding> {
    let mut out = Vec::new();
    if sets.iter().all(|s| s.quantities.is_empty()) {
        return out;
    }
    for (d, (doc, ex)) in docs.iter().zip(extractions).enumerate() {
        let text = ex.prose(doc);
        let subject = main_subject(ex);
        for (k, c) in ex.claims.iter().enumerate() {
            let ClaimKind::Quantity(q) = &c.kind else {
                continue;
            };
            if q.measure == Measure::Time || q.comparison {
                continue;
            }
            let s = c.sentence as usize;
            let Some(sentence) = ex.sentences.get(s) else {
                continue;
            };
            // The window: this sentence and the one before it in the same paragraph.
            let start = match s.checked_sub(1).and_then(|p| ex.sentences.get(p)) {
                Some(prev) if prev.paragraph == sentence.paragraph => prev.span.start,
                _ => sentence.span.start,
            };
            let window = lower_same_offsets(text.get(start..sentence.span.end).unwrap_or(""));
            let own_from = sentence.span.start - start;
            let figure_at = c.span.start.saturating_sub(start);
            // Organisations the window names before the figure, or right after it
            // (`355 Oracle workers`, `221 positions at Cisco`): a sentence's subject.
            // Names further on are objects (`invested $4B in Anthropic: backing a
            // top OpenAI competitor`).
            let near_after = four_words_after(text, c.span.end);
            let orgs: Vec<String> = ex
                .claims
                .iter()
                .filter(|o| {
                    o.span.start >= start
                        && (o.span.end <= c.span.start
                            || (o.span.start >= c.span.end && o.span.start < near_after))
                })
                .filter_map(|o| match &o.kind {
                    ClaimKind::Entity(e) if e.kind == EntityKind::Org => {
                        Some(e.name.to_lowercase())
                    }
                    _ => None,
                })
                .collect();
            let w = Window {
                text: &window,
                own_from,
                figure_at,
                orgs: &orgs,
            };
            let mut best: Option<(usize, usize, usize, String)> = None;
            let mut tie = false;
            for (si, set) in sets.iter().enumerate() {
                for (qi, rq) in set.quantities.iter().enumerate() {
                    let Some((distance, why)) = fits(q, rq, set, &w, subject.as_deref()) else {
                        continue;
                    };
                    match &best {
                        Some((bd, ..)) if *bd < distance => {}
                        Some((bd, ..)) if *bd == distance => tie = true,
                        _ => {
                            best = Some((distance, si, qi, why));
                            tie = false;
                        }
                    }
                }
            }
            if let (Some((_, set, quantity, why)), false) = (best, tie) {
                out.push(Binding {
                    claim: ClaimId { doc: d, claim: k },
                    set,
                    quantity,
                    why,
                });
            }
        }
    }
    out
}

/// The byte offset four words after `at`.
fn four_words_after(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or("");
    let mut words = 0;
    let mut in_word = false;
    for (i, ch) in rest.char_indices() {
        let w = ch.is_alphanumeric();
        if w && !in_word {
            words += 1;
            if words > 4 {
                return at + i;
            }
        }
        in_word = w;
    }
    text.len()
}

/// The words around a figure that binding reads.
struct Window<'a> {
    /// This sentence and, when in the same paragraph, the one before, lower case.
    text: &'a str,
    /// Where the figure's own sentence starts in `text`.
    own_from: usize,
    /// Where the figure starts in `text`.
    figure_at: usize,
    /// Organisations named in `text` before the figure, lower case.
    orgs: &'a [String],
}

/// Whether a claim fits a quantity; the distance of its closest cue and a reason.
fn fits(
    q: &Quantity,
    rq: &RuleQuantity,
    set: &RuleSet,
    w: &Window<'_>,
    subject: Option<&str>,
) -> Option<(usize, String)> {
    if !unit_fits(q, &rq.unit) {
        return None;
    }
    let mut reasons = Vec::new();
    // The nearest cue; exclusions then apply to the stretch the cue was found in.
    // A quantity without cues is a constant for invariants: it binds no figure.
    let (distance, scope_from) = if rq.cues.is_empty() {
        return None;
    } else {
        let (d, p, cue) = rq
            .cues
            .iter()
            .flat_map(|cue| {
                find_word_starts(w.text, cue)
                    .into_iter()
                    .map(move |p| (p.abs_diff(w.figure_at), p, cue))
            })
            .min()?;
        reasons.push(format!("cue `{cue}`"));
        (d, if p < w.own_from { 0 } else { w.own_from })
    };
    let scope = &w.text[scope_from..];
    if rq
        .exclude
        .iter()
        .any(|x| !find_word_starts(scope, x).is_empty())
    {
        return None;
    }
    if let Some(subj) = &rq.subject {
        let names: Vec<String> = std::iter::once(subj.clone())
            .chain(
                set.entities
                    .iter()
                    .filter(|e| e.name.eq_ignore_ascii_case(subj))
                    .flat_map(|e| e.aliases.clone()),
            )
            .map(|n| n.to_lowercase())
            .collect();
        let named = names
            .iter()
            .any(|n| !find_word_starts(w.text, n).is_empty());
        // An organisation that is one of the cues is what the figure is about, not a rival subject.
        let other = w.orgs.iter().any(|o| {
            !names.contains(o)
                && !o.contains(&names[0])
                && !rq.cues.iter().any(|c| o.starts_with(c.as_str()))
        });
        if named {
            reasons.push(format!("subject `{subj}` named nearby"));
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
    Some((distance, reasons.join(", ")))
}

fn unit_name(u: &QUnit) -> String {
    match u {
        QUnit::Any => "any".into(),
        QUnit::People => "people".into(),
        QUnit::Money(Some(c)) => c.clone(),
        QUnit::Money(None) => "money".into(),
        QUnit::Percent => "percent".into(),
        QUnit::PercentagePoints => "percentage points".into(),
        QUnit::Count => "count".into(),
    }
}
