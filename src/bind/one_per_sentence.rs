//! A sentence states one value of a quantity (`one_per_sentence`).

use super::{Binding, Distance, Refusal};
use crate::claim::ClaimId;
use crate::extract::Extraction;
use crate::rules::RuleSet;
use crate::source::Document;

/// A sentence states one value of a quantity: of several figures of one
/// sentence that fit the same quantity (`revenue more than doubled to $30bn,
/// data centre sales hit $26.3bn`), only the one closest to the quantity's
/// cue (then to its subject: `the BJP's 241 seats … the NDA, with 293
/// seats`) binds; when two are equally close, neither does. The others are
/// refused, naming the figure that won.
pub(super) fn one_per_sentence(
    mut candidates: Vec<(u32, Distance, Binding)>,
    ex: &Extraction,
    doc: &Document,
    sets: &[RuleSet],
    out: &mut Vec<Binding>,
    refused: &mut Vec<Refusal>,
) {
    candidates.sort_by_key(|(s, d, b)| (*s, b.set, b.quantity, *d, b.claim.claim));
    let words = |b: &Binding| {
        ex.claims
            .get(b.claim.claim)
            .map_or(String::new(), |c| doc.slice(c.span).to_string())
    };
    for group in
        candidates.chunk_by(|a, b| (a.0, a.2.set, a.2.quantity) == (b.0, b.2.set, b.2.quantity))
    {
        let id = &sets[group[0].2.set].quantities[group[0].2.quantity].id;
        let closest = group[0].1;
        let tied = group.get(1).is_some_and(|g| g.1 == closest);
        for (i, (_, distance, b)) in group.iter().enumerate() {
            if i == 0 && !tied {
                out.push(b.clone());
            } else if *distance == closest {
                refused.push(Refusal {
                    claim: b.claim,
                    why: format!(
                        "not `{id}`: another figure of its sentence is as close to the cue: binds to neither"
                    ),
                });
            } else {
                refused.push(Refusal {
                    claim: b.claim,
                    why: format!(
                        "not `{id}`: `{}` in its sentence is closer to the cue, and a sentence states one value",
                        words(&group[0].2)
                    ),
                });
            }
        }
    }
}

/// A figure that could be several quantities binds to none of them
/// (`bind`); another figure of its sentence, no fewer clauses from a cue of
/// one of them, does not take it by default: which figure of the sentence
/// is that quantity's is not known. In
/// `Reported sales fell 1.5% to 93.0 billion francs, hit by a strong franc
/// that reduced sales by 7.4%`, `1.5%` could be the fall in sales or the
/// currency's drag; `7.4%` does not become the fall in sales.
pub(super) fn blocked_by_a_closer_figure(
    candidates: &mut Vec<(u32, Distance, Binding)>,
    ambiguous: &[(u32, usize, usize, Distance, ClaimId)],
    ex: &Extraction,
    doc: &Document,
    sets: &[RuleSet],
    refused: &mut Vec<Refusal>,
) {
    if ambiguous.is_empty() {
        return;
    }
    // The fewest clause breaks from a cue among a sentence's ambiguous
    // figures for each quantity, and the first such figure: looked up per
    // candidate, not searched.
    let mut fewest: std::collections::HashMap<(u32, usize, usize), (usize, ClaimId)> =
        std::collections::HashMap::new();
    for &(s, set, q, d, by) in ambiguous {
        let e = fewest.entry((s, set, q)).or_insert((d.0, by));
        if d.0 < e.0 {
            *e = (d.0, by);
        }
    }
    candidates.retain(|(s, d, b)| {
        let Some(&(_, by)) = fewest
            .get(&(*s, b.set, b.quantity))
            .filter(|(breaks, _)| *breaks <= d.0)
        else {
            return true;
        };
        let words = ex.claims.get(by.claim).map_or("", |c| doc.slice(c.span));
        refused.push(Refusal {
            claim: b.claim,
            why: format!(
                "not `{}`: `{words}` in its sentence could be it too (as few clauses from a cue)",
                sets[b.set].quantities[b.quantity].id
            ),
        });
        false
    });
}

/// Of a score's two sides (`1–0`, `2-1`) that both fit one quantity (a
/// sheet's score, `cues: [final score]`), the first binds: news writes the
/// winner's side first (`beat England 1–0`, `Spain's 2-1 win`), and the
/// other side is the other team's, whatever cue stands nearer to it (`1–0
/// to win the cup`).
pub(super) fn second_side_of_a_score(
    candidates: &mut Vec<(u32, Distance, Binding)>,
    ex: &Extraction,
    doc: &Document,
    sets: &[RuleSet],
    refused: &mut Vec<Refusal>,
) {
    let span = |b: &Binding| ex.claims.get(b.claim.claim).map(|c| c.span);
    // Where each candidate ends, by quantity: a second side starts one dash later.
    let firsts: std::collections::HashSet<(usize, usize, usize)> = candidates
        .iter()
        .filter_map(|(_, _, b)| span(b).map(|sp| (b.set, b.quantity, sp.end)))
        .collect();
    candidates.retain(|(_, _, b)| {
        let Some(sp) = span(b) else { return true };
        let second = ["-", "\u{2013}"].iter().any(|dash| {
            sp.start >= dash.len()
                && doc.text.get(sp.start - dash.len()..sp.start) == Some(*dash)
                && firsts.contains(&(b.set, b.quantity, sp.start - dash.len()))
        });
        if second {
            refused.push(Refusal {
                claim: b.claim,
                why: format!(
                    "not `{}`: the second side of a score whose first side fits it",
                    sets[b.set].quantities[b.quantity].id
                ),
            });
        }
        !second
    });
}
