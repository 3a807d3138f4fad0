//! Automatic keys kept between runs, in a pack of the claims cache.
//!
//! A draft's keys (`doc_keys`, before `settle_last_quarter`, which looks
//! across drafts) depend on the draft's extraction, its names as resolved
//! across the corpus (`index::resolve`), and the corpus-wide lists every
//! draft's keys read (`OrgNames`: organisation names, lower-case words,
//! mid-sentence capitals, people). So:
//!
//! - the lists' fingerprint (`fingerprint`) names the pack: one file holding
//!   every draft's keys under those lists;
//! - in the pack, a draft's keys are filed under its claims entry's key (what
//!   its extraction depends on) and its resolved names (`record_key`).
//!
//! A changed draft that adds no new name or word to the lists leaves the
//! fingerprint, and so every other draft's keys, as they were: that draft
//! alone is keyed again. One that does (or drops the last use of one) makes
//! another fingerprint: every draft is keyed again and a new pack written,
//! which is right (any draft's keys may read the new name) and costs what a
//! run without the cache costs. A pack is one file rather than one per draft
//! because creating files is what costs most here (a fingerprint's change
//! would otherwise write a file per draft).
//!
//! A pack, or a draft's part of it, that does not fit the drafts (claim
//! indexes out of range, a figure that is no quantity, another layout) is a
//! miss: those drafts are keyed as without the cache.

use std::collections::HashMap;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::{Key, Keyed, OrgNames, doc_keys};
use crate::bind::Reading;
use crate::cache::{Cache, Key as EntryKey};
use crate::claim::{ClaimId, ClaimKind, Measure, Sym};
use crate::extract::Extraction;
use crate::source::Document;

/// The pack kind (its folder's first word).
const KIND: &str = "autokeys";

/// One figure's key as a pack keeps it (its draft is the record's).
#[derive(Serialize)]
struct KeyedOut<'a> {
    claim: u32,
    key: &'a Option<Box<Key>>,
    why: &'a str,
    capped: bool,
    reading: &'a Reading,
}

/// One figure's key, read back.
#[derive(Clone, Deserialize)]
struct KeyedIn {
    claim: u32,
    key: Option<Box<Key>>,
    why: Sym,
    capped: bool,
    reading: Reading,
}

/// Each draft's keys by record key, as written.
type PackOut<'a> = Vec<(&'a EntryKey, Vec<KeyedOut<'a>>)>;
/// Each draft's keys by record key, read back.
type PackIn = Vec<(EntryKey, Vec<KeyedIn>)>;

/// Every draft's keys (before `settle_last_quarter`), in draft order: read
/// from `cache`'s pack for `names` where it holds them, worked out
/// otherwise; a new pack is written when any draft was worked out.
pub(super) fn per_doc(
    docs: &[Document],
    extractions: &[Extraction],
    names: &OrgNames,
    cache: &Cache,
) -> Vec<Vec<Keyed>> {
    let fp = fingerprint(names);
    let mut pack: PackIn = cache
        .get_pack(KIND, &fp)
        .and_then(|bytes| postcard::from_bytes(&bytes).ok())
        .unwrap_or_default();
    let records: Vec<Option<EntryKey>> = docs
        .par_iter()
        .zip(extractions)
        .map(|(doc, ex)| cache.entry_key(doc.id).map(|k| record_key(&k, ex)))
        .collect();
    // Each draft's part of the pack, moved out (copied only for drafts
    // alike, which share a record), so the pack is not held twice.
    let at: HashMap<&EntryKey, usize> = pack.iter().enumerate().map(|(i, (k, _))| (k, i)).collect();
    let slots: Vec<Option<usize>> = records
        .iter()
        .map(|r| r.as_ref().and_then(|r| at.get(r).copied()))
        .collect();
    drop(at);
    let mut uses = vec![0usize; pack.len()];
    for &i in slots.iter().flatten() {
        uses[i] += 1;
    }
    let given: Vec<Option<Vec<KeyedIn>>> = slots
        .iter()
        .map(|slot| {
            let i = (*slot)?;
            uses[i] -= 1;
            Some(if uses[i] == 0 {
                std::mem::take(&mut pack[i].1)
            } else {
                pack[i].1.clone()
            })
        })
        .collect();
    drop(pack);
    let found: Vec<(Vec<Keyed>, bool)> = docs
        .par_iter()
        .zip(extractions)
        .zip(given)
        .enumerate()
        .map(|(d, ((doc, ex), recs))| {
            let kept = recs.and_then(|recs| rebuild(recs, d, ex));
            match kept {
                Some(keyed) => (keyed, true),
                None => (doc_keys(d, doc, ex, names), false),
            }
        })
        .collect();
    let hits = found.iter().filter(|(_, hit)| *hit).count();
    cache.count_pack(hits, found.len() - hits);
    // Only drafts with a record can be kept; write when one of them missed.
    let stale = found
        .iter()
        .zip(&records)
        .any(|((_, hit), r)| r.is_some() && !hit);
    if stale {
        let mut out: PackOut<'_> = Vec::new();
        let mut seen = rustc_hash::FxHashSet::default();
        for ((keyed, _), record) in found.iter().zip(&records) {
            let Some(r) = record else { continue };
            // Two drafts alike (same words, same resolved names) share a record.
            if seen.insert(r) {
                out.push((r, keyed.iter().map(keyed_out).collect()));
            }
        }
        if let Ok(bytes) = postcard::to_allocvec(&out) {
            cache.put_pack(KIND, &fp, &bytes);
        }
    }
    found.into_iter().map(|(keyed, _)| keyed).collect()
}

/// A figure's key as the pack keeps it.
fn keyed_out(k: &Keyed) -> KeyedOut<'_> {
    KeyedOut {
        claim: k.claim.claim as u32,
        key: &k.key,
        why: &k.why,
        capped: k.capped,
        reading: &k.reading,
    }
}

/// Draft `d`'s keys from its record, when every figure it names is a
/// quantity of `ex` other than a time, in claim order, as `doc_keys` gives
/// them; `None` (a miss) otherwise.
fn rebuild(recs: Vec<KeyedIn>, d: usize, ex: &Extraction) -> Option<Vec<Keyed>> {
    let mut out = Vec::with_capacity(recs.len());
    let mut last = None;
    for r in recs {
        let k = r.claim as usize;
        let is_figure = ex
            .claims
            .get(k)
            .and_then(|c| c.quantity())
            .is_some_and(|q| q.measure != Measure::Time);
        if !is_figure || last.is_some_and(|l| l >= k) {
            return None;
        }
        last = Some(k);
        out.push(Keyed {
            claim: ClaimId { doc: d, claim: k },
            key: r.key,
            why: r.why,
            capped: r.capped,
            reading: r.reading,
        });
    }
    // Every figure `doc_keys` would key is there.
    let figures = ex
        .claims
        .iter()
        .filter(|c| c.quantity().is_some_and(|q| q.measure != Measure::Time))
        .count();
    (figures == out.len()).then_some(out)
}

/// What a draft's keys depend on besides the corpus lists: its claims
/// entry's key (its text, format, extraction options, factlint's build) and
/// the names its claims carry after resolution across the corpus.
pub(super) fn record_key(entry: &EntryKey, ex: &Extraction) -> EntryKey {
    let mut h = blake3::Hasher::new();
    h.update(b"factlint autokeys record\0");
    h.update(entry);
    for n in [ex.claims.len(), ex.sentences.len(), ex.relations.len()] {
        h.update(&(n as u64).to_le_bytes());
    }
    let mut put = |tag: u8, s: Option<&str>| {
        h.update(&[tag]);
        match s {
            Some(s) => {
                h.update(&(s.len() as u64).to_le_bytes());
                h.update(s.as_bytes());
            }
            None => {
                h.update(&u64::MAX.to_le_bytes());
            }
        }
    };
    for c in &ex.claims {
        match &c.kind {
            ClaimKind::Role(r) => {
                put(1, Some(&r.person));
                put(2, r.org.as_deref());
            }
            ClaimKind::Quote(q) => put(3, q.speaker.as_deref()),
            ClaimKind::Entity(e) => put(4, Some(&e.name)),
            ClaimKind::Quantity(_) => put(5, None),
        }
    }
    *h.finalize().as_bytes()
}

/// A fingerprint of the corpus lists every draft's keys read: the
/// organisation names with their keys, and the sets of lower-case words,
/// mid-sentence capitals and people (sorted, so a set's order is not seen).
pub(super) fn fingerprint(names: &OrgNames) -> EntryKey {
    let mut h = blake3::Hasher::new();
    h.update(b"factlint autokeys lists\0");
    let mut put = |s: &str| {
        h.update(&(s.len() as u64).to_le_bytes());
        h.update(s.as_bytes());
    };
    put("names");
    for (name, key) in &names.names {
        put(name);
        put(key);
    }
    for (label, set) in [
        ("lower", &names.lower_words),
        ("capitals", &names.mid_capitals),
        ("people", &names.people),
    ] {
        put(label);
        let mut words: Vec<&str> = set.iter().map(String::as_str).collect();
        words.sort_unstable();
        put(&words.len().to_string());
        for w in words {
            put(w);
        }
    }
    *h.finalize().as_bytes()
}

#[cfg(test)]
mod tests;
