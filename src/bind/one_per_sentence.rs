//! A sentence states one value of a quantity (`one_per_sentence`).

use super::{Binding, Distance, Refusal};
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
