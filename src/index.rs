//! The index: every document's claims, resolved across the corpus and keyed for the checks.
//!
//! Resolution first: a surname used alone in one draft (`Jassy`) becomes the
//! full name another draft gives (`Andy Jassy`) when only one fits, and an
//! acronym one draft defines (`Amazon Web Services (AWS)`) names the same
//! organisation everywhere. Then claims are keyed by what the checks compare:
//! roles by (organisation, title), quotes by speaker, names by kind. Building
//! it is one pass over the claims; nothing compares all pairs.

use std::collections::{BTreeMap, HashMap, HashSet};

use rustc_hash::FxHashMap;

use crate::autokey::Key;
use crate::bind::Binding;
use crate::claim::{Claim, ClaimKind, EntityKind, Interval, Relation};
use crate::extract::Extraction;
use crate::extract::quote::QuoteWord;
use crate::rules::RuleSet;
use crate::source::{DocId, Document};

mod adopt;
mod speakers;
use adopt::adopt;

pub use crate::claim::ClaimId;
pub use crate::extract::names::org_key;

/// Claims keyed for the checks.
#[derive(Debug, Default)]
pub struct Index {
    /// Roles by (lower-cased organisation, base title key).
    pub roles: HashMap<(String, String), Vec<ClaimId>>,
    /// Roles by person.
    pub roles_by_person: HashMap<String, Vec<ClaimId>>,
    /// Quotes by speaker (a name given with and without a middle name is one
    /// speaker, under its longest form). A quote no draft attributes goes under the one
    /// speaker whose quotes share five words in a row with it, else under
    /// `""` (an unnamed speaker: `a spokesperson said`).
    pub quotes: HashMap<String, Vec<ClaimId>>,
    /// Name mentions by (kind, name).
    pub names: HashMap<(EntityKind, String), Vec<ClaimId>>,
    /// Every quote's words as quotes are compared (`extract::quote::words`),
    /// split once for all the checks that compare quotes, when the first of
    /// them asks (`Corpus::quote_words`): a run that compares no quotes
    /// (`claims` without primary sources) never holds them (on an archive,
    /// about a ninth of what the index keeps).
    quote_words: std::sync::OnceLock<HashMap<ClaimId, Vec<QuoteWord>>>,
}

/// The documents, their resolved extractions, the rule sets and the index over them.
pub struct Corpus<'d> {
    /// The drafts.
    pub docs: &'d [Document],
    /// Their claims, resolved across the corpus.
    pub extractions: Vec<Extraction>,
    /// The rule sets of the run.
    pub rules: &'d [RuleSet],
    /// Numeric claims bound to rule-set quantities.
    pub bindings: Vec<Binding>,
    /// The quantity (rule set, quantity) each bound claim states.
    bound: HashMap<ClaimId, (usize, usize)>,
    /// Every other numeric claim's automatic key, or why it has none, in
    /// claim order (`keyed_of` finds one by binary search).
    pub keyed: Vec<crate::autokey::Keyed>,
    /// The keys.
    pub index: Index,
}

impl<'d> Corpus<'d> {
    /// Resolves names across documents (with the rule sets' aliases), binds
    /// claims to the rule sets' quantities and builds the index.
    pub fn new(
        docs: &'d [Document],
        extractions: Vec<Extraction>,
        rules: &'d [RuleSet],
    ) -> Corpus<'d> {
        Corpus::new_cached(docs, extractions, rules, None)
    }

    /// `new`, with the drafts' automatic keys read from and kept in the
    /// claims cache (`autokey::keys_cached`): the same corpus either way.
    pub fn new_cached(
        docs: &'d [Document],
        mut extractions: Vec<Extraction>,
        rules: &'d [RuleSet],
        cache: Option<&crate::cache::Cache>,
    ) -> Corpus<'d> {
        let aliases = Aliases::from_rules(rules);
        resolve(&mut extractions, docs, &aliases);
        // The index of names, roles and quotes and the automatic keys read
        // the resolved extractions and nothing of each other: built side by
        // side (each is a pure function of the extractions, so running them
        // at once changes nothing but the time; `keys` is parallel inside
        // but has stretches on one thread, where `build` fills the other).
        // Every figure is keyed, bound or not; binding reads the keys'
        // readings to refuse a quantity a figure's clause contradicts.
        let (index, mut keyed) = rayon::join(
            || build(&extractions),
            || crate::autokey::keys_cached(docs, &extractions, cache),
        );
        let readings = crate::autokey::readings(&keyed);
        let (bindings, refused) = crate::bind::bind(docs, &extractions, rules, &readings);
        // Bound dates and spans of time are compared in days.
        crate::bind::to_scale(&mut extractions, &bindings, rules);
        let refused: HashMap<ClaimId, String> =
            refused.into_iter().map(|r| (r.claim, r.why)).collect();
        // In claim order (as `keys` gives them; sorting sorted keys is one
        // pass), so a figure's key is found without a map of them all.
        keyed.sort_by_key(|k| k.claim);
        let in_days: HashSet<ClaimId> = crate::bind::rescaled(&bindings, rules).collect();
        for k in &mut keyed {
            if let Some(why) = refused.get(&k.claim) {
                k.why = crate::claim::Sym::from(format!("{}; not bound: {why}", k.why));
            }
            // Bound to a span of time, `a six-year contract` is now in days: its key no longer fits.
            if in_days.contains(&k.claim) && k.key.take().is_some() {
                k.why = crate::claim::Sym::from(format!(
                    "{}; key dropped: bound, compared in days",
                    k.why
                ));
            }
        }
        Corpus {
            docs,
            extractions,
            rules,
            bound: bindings
                .iter()
                .map(|b| (b.claim, (b.set, b.quantity)))
                .collect(),
            bindings,
            keyed,
            index,
        }
    }

    /// The claim at an address.
    pub fn claim(&self, id: ClaimId) -> &Claim {
        &self.extractions[id.doc].claims[id.claim]
    }

    /// The document of a claim.
    pub fn doc(&self, id: ClaimId) -> &Document {
        &self.docs[id.doc]
    }

    /// The source words of a claim.
    pub fn text(&self, id: ClaimId) -> &str {
        self.doc(id).slice(self.claim(id).span)
    }

    /// Every relation the drafts state, draft by draft, in order.
    pub fn relations(&self) -> impl Iterator<Item = RelationAt<'_>> {
        self.extractions.iter().enumerate().flat_map(|(index, ex)| {
            ex.relations.iter().map(move |relation| RelationAt {
                doc: ex.doc,
                index,
                relation,
            })
        })
    }

    /// The claims bound to quantity `quantity` of rule set `set`, in binding order.
    pub fn bound_to(&self, set: usize, quantity: usize) -> Vec<ClaimId> {
        self.bindings
            .iter()
            .filter(|b| b.set == set && b.quantity == quantity)
            .map(|b| b.claim)
            .collect()
    }

    /// The settled value of quantity `quantity` of rule set `set`: its pinned
    /// `fact` when the sheet gives one, else what the drafts bound to it agree
    /// on (`agreement`); `None` when neither.
    pub fn settled(&self, set: usize, quantity: usize) -> Option<Settled> {
        if let Some(fact) = self.rules.get(set)?.quantities.get(quantity)?.fact {
            return Some(Settled {
                interval: fact,
                claims: Vec::new(),
            });
        }
        let figures: Vec<(ClaimId, Interval)> = self
            .bound_to(set, quantity)
            .into_iter()
            .filter_map(|c| self.claim(c).quantity().map(|q| (c, q.interval)))
            .collect();
        agreement(&figures)
    }

    /// True when a rule set binds both claims to one quantity.
    pub fn same_quantity(&self, a: ClaimId, b: ClaimId) -> bool {
        let of = |id: ClaimId| self.bound.get(&id);
        of(a).is_some_and(|q| of(b) == Some(q))
    }

    /// True when a rule set binds `a` and `b` to two different quantities:
    /// the sheet says they are not one figure, whatever their automatic keys.
    pub fn bound_apart(&self, a: ClaimId, b: ClaimId) -> bool {
        let of = |id: ClaimId| self.bound.get(&id);
        matches!((of(a), of(b)), (Some(x), Some(y)) if x != y)
    }

    /// Claims by automatic key, in key order, for keys with two claims or
    /// more: the groups the checks comparing figures of one quantity share.
    pub fn auto_groups(&self) -> Vec<(Key, Vec<ClaimId>)> {
        let mut groups: BTreeMap<Key, Vec<ClaimId>> = BTreeMap::new();
        for k in &self.keyed {
            if let Some(key) = &k.key {
                groups.entry((**key).clone()).or_default().push(k.claim);
            }
        }
        groups
            .into_iter()
            .filter(|(_, ids)| ids.len() >= 2)
            .collect()
    }

    /// A figure's automatic key, or why it has none (`None` for a claim
    /// that is not a figure, or a time).
    pub fn keyed_of(&self, id: ClaimId) -> Option<&crate::autokey::Keyed> {
        let at = self.keyed.binary_search_by_key(&id, |k| k.claim).ok()?;
        self.keyed.get(at)
    }

    /// The words of a quote claim as quotes are compared (none for another claim).
    pub fn quote_words(&self, id: ClaimId) -> &[QuoteWord] {
        let all = self
            .index
            .quote_words
            .get_or_init(|| quote_words(&self.extractions, self.docs));
        all.get(&id).map_or(&[], Vec::as_slice)
    }

    /// Splits every quote's words now, on every core, when no one has yet:
    /// the checks that compare quotes each ask for them first thing, and
    /// split lazily they were split on one thread while the checks asking
    /// waited. Only from outside rayon's workers (a worker splitting inside
    /// the cell's initialisation could take up a check's job that asks for
    /// the same cell), so before the checks start.
    pub fn split_quote_words(&self) {
        self.index
            .quote_words
            .get_or_init(|| quote_words_parallel(&self.extractions, self.docs));
    }
}

/// A quantity's settled value: the interval every figure of the largest
/// agreeing group holds (or the sheet's fact), and those figures (none for a fact).
#[derive(Clone, Debug, PartialEq)]
pub struct Settled {
    /// The common interval.
    pub interval: Interval,
    /// The agreeing figures, in corpus order (empty: the sheet's pinned fact).
    pub claims: Vec<ClaimId>,
}

/// What the drafts agree on among `figures`: the point most drafts' figures
/// hold, found as `quantity-conflict` finds its consensus (a sweep over the
/// intervals' ends, edges that only touch not meeting), with each draft
/// counted once however often it repeats a figure; the group is every figure
/// holding that point and the value is their common interval. `None` when
/// there are no figures, or when two groups of different figures tie for the
/// most drafts (the drafts do not agree).
pub fn agreement(figures: &[(ClaimId, Interval)]) -> Option<Settled> {
    let mut events: Vec<(f64, i32, usize)> = Vec::new();
    for (n, (_, i)) in figures.iter().enumerate() {
        let point = i.low == i.high;
        events.push((i.low, if point { 0 } else { 2 }, n));
        events.push((i.high, if point { 3 } else { 1 }, n));
    }
    events.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut open_in: HashMap<usize, usize> = HashMap::new();
    let (mut depth, mut best, mut ties, mut left, mut at) =
        (0usize, 0usize, 0usize, false, f64::NAN);
    for (e, &(x, kind, n)) in events.iter().enumerate() {
        let doc = figures[n].0.doc;
        if kind % 2 == 0 {
            let k = open_in.entry(doc).or_default();
            *k += 1;
            if *k > 1 {
                continue;
            }
            depth += 1;
            if depth > best {
                (best, ties, left) = (depth, 1, false);
                // Inside the region the most drafts share, not on its edge.
                let next = events.get(e + 1).map_or(x, |n| n.0);
                at = if next <= x {
                    x
                } else if next.is_infinite() {
                    x + x.abs().max(1.0)
                } else {
                    x + (next - x) / 2.0
                };
            } else if depth == best && left {
                (ties, left) = (ties + 1, false);
            }
        } else {
            let k = open_in.entry(doc).or_default();
            *k = k.saturating_sub(1);
            if *k > 0 {
                continue;
            }
            if depth == best {
                left = true;
            }
            depth = depth.saturating_sub(1);
        }
    }
    if best == 0 || ties > 1 {
        return None;
    }
    let mut claims = Vec::new();
    let mut interval = Interval::new(f64::NEG_INFINITY, f64::INFINITY);
    for &(c, i) in figures {
        if i.contains(at) {
            claims.push(c);
            interval = Interval::new(interval.low.max(i.low), interval.high.min(i.high));
        }
    }
    claims.sort_unstable();
    Some(Settled { interval, claims })
}

/// A relation one draft states, with its draft, so its figures (claim
/// indexes in that draft) can be addressed.
pub struct RelationAt<'a> {
    /// The draft.
    pub doc: DocId,
    /// The draft's index in the corpus.
    index: usize,
    /// What the sentence states between its figures.
    pub relation: &'a Relation,
}

impl RelationAt<'_> {
    /// The address of figure `claim` of the relation's draft.
    pub fn claim(&self, claim: usize) -> ClaimId {
        ClaimId {
            doc: self.index,
            claim,
        }
    }
}

/// Names another source says are the same entity (a rule set's aliases).
#[derive(Clone, Debug, Default)]
pub struct Aliases {
    /// Alias → canonical name (exact case).
    pub map: HashMap<String, String>,
}

impl Aliases {
    /// Every alias every rule set declares, and each entity's own name.
    pub fn from_rules(rules: &[RuleSet]) -> Aliases {
        let mut map = HashMap::new();
        for set in rules {
            for e in &set.entities {
                for a in &e.aliases {
                    map.insert(a.clone(), e.name.clone());
                }
            }
        }
        Aliases { map }
    }

    /// The canonical name of `name`, if it is an alias.
    pub fn canonical(&self, name: &str) -> Option<&str> {
        self.map.get(name).map(String::as_str)
    }
}

/// Full names that differ only by a familiar first name or a middle initial
/// (`Dave Zinsner`, `David Zinsner`, `David A. Zinsner`) mapped to the form the corpus uses most (the formal one on
/// a tie).
fn nickname_forms(extractions: &[Extraction]) -> HashMap<String, String> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for ex in extractions {
        for c in &ex.claims {
            let name = match &c.kind {
                ClaimKind::Role(r) => r.person.as_str(),
                ClaimKind::Entity(e) if e.kind == EntityKind::Person => e.name.as_str(),
                _ => continue,
            };
            if name.contains(' ') {
                match counts.get_mut(name) {
                    Some(n) => *n += 1,
                    None => {
                        counts.insert(name.to_string(), 1);
                    }
                }
            }
        }
    }
    let formal = |full: &str| -> String { crate::extract::names::formal_full_name(full) };
    let mut best: HashMap<String, (usize, bool, String)> = HashMap::new();
    let mut names: Vec<(&String, &usize)> = counts.iter().collect();
    names.sort();
    for (name, &n) in names {
        let key = formal(name);
        let is_formal = key == *name;
        let e = best.entry(key).or_insert((0, false, name.clone()));
        if (n, is_formal) > (e.0, e.1) {
            *e = (n, is_formal, name.clone());
        }
    }
    counts
        .keys()
        .filter_map(|name| {
            let canon = &best.get(&formal(name))?.2;
            (canon != name).then(|| (name.clone(), canon.clone()))
        })
        .collect()
}

/// Rewrites names to their corpus-wide full forms.
fn resolve(extractions: &mut [Extraction], docs: &[Document], aliases: &Aliases) {
    let nicknames = nickname_forms(extractions);
    // Full names of people, by surname; `None` when two people share one.
    let mut surnames: FxHashMap<String, Option<String>> = FxHashMap::default();
    let mut add = |full: &str| {
        let full = nicknames.get(full).map_or(full, String::as_str);
        if full.split(' ').count() >= 2 {
            let last = crate::extract::names::surname(full).to_string();
            let e = surnames
                .entry(last)
                .or_insert_with(|| Some(full.to_string()));
            if e.as_deref() != Some(full) {
                *e = None;
            }
        }
    };
    // Acronyms defined anywhere: the surface text of a mention whose name differs.
    let mut acronyms: FxHashMap<String, String> = FxHashMap::default();
    for (ex, doc) in extractions.iter().zip(docs) {
        for c in &ex.claims {
            match &c.kind {
                ClaimKind::Role(r) => add(&r.person),
                ClaimKind::Entity(e) if e.kind == EntityKind::Person => add(&e.name),
                ClaimKind::Entity(e) => {
                    let surface = doc.slice(c.span);
                    if surface != e.name
                        && surface
                            .chars()
                            .all(|ch| ch.is_uppercase() || !ch.is_alphabetic())
                    {
                        acronyms.insert(surface.to_string(), e.name.to_string());
                    }
                }
                _ => {}
            }
        }
    }
    // A name's full form, or `None` when it is its own: most names are,
    // and those keep their string (no copy per mention).
    let person = |n: &str| -> Option<String> {
        if let Some(c) = aliases.canonical(n) {
            return Some(c.to_string());
        }
        if let Some(full) = nicknames.get(n) {
            return Some(full.clone());
        }
        if !n.contains(' ')
            && let Some(Some(full)) = surnames.get(n)
        {
            return Some(full.clone());
        }
        None
    };
    let org = |n: &str| -> Option<String> {
        aliases
            .canonical(n)
            .map(str::to_string)
            .or_else(|| acronyms.get(n).cloned())
    };
    // Each draft's names are rewritten from the maps above alone: the drafts
    // side by side.
    use rayon::prelude::*;
    extractions.par_iter_mut().for_each(|ex| {
        for c in &mut ex.claims {
            match &mut c.kind {
                ClaimKind::Role(r) => {
                    if let Some(p) = person(&r.person) {
                        r.person = p;
                    }
                    if let Some(o) = r.org.as_deref().and_then(org) {
                        r.org = Some(o);
                    }
                }
                ClaimKind::Quote(q) => {
                    if let Some(p) = q.speaker.as_deref().and_then(person) {
                        q.speaker = Some(p);
                    }
                }
                ClaimKind::Entity(e) => {
                    let full = match e.kind {
                        EntityKind::Person => person(&e.name),
                        EntityKind::Org => org(&e.name),
                    };
                    if let Some(full) = full {
                        e.name = full.into();
                    }
                }
                _ => {}
            }
        }
    });
}

/// Every quote claim's words (`Index::quote_words`), each list without
/// spare capacity: they are kept until the run ends.
fn quote_words(extractions: &[Extraction], docs: &[Document]) -> HashMap<ClaimId, Vec<QuoteWord>> {
    let mut all = HashMap::new();
    for (d, ex) in extractions.iter().enumerate() {
        all.extend(draft_quote_words(d, ex, docs));
    }
    all
}

/// `quote_words`, the drafts split on every core; in the same map. Run
/// from outside rayon's workers only (`Corpus::split_quote_words`).
fn quote_words_parallel(
    extractions: &[Extraction],
    docs: &[Document],
) -> HashMap<ClaimId, Vec<QuoteWord>> {
    use rayon::prelude::*;
    let per_draft: Vec<Vec<(ClaimId, Vec<QuoteWord>)>> = extractions
        .par_iter()
        .enumerate()
        .map(|(d, ex)| draft_quote_words(d, ex, docs).collect())
        .collect();
    let mut all = HashMap::new();
    for words in per_draft {
        all.extend(words);
    }
    all
}

/// The words of draft `d`'s quote claims.
fn draft_quote_words<'e>(
    d: usize,
    ex: &'e Extraction,
    docs: &'e [Document],
) -> impl Iterator<Item = (ClaimId, Vec<QuoteWord>)> + 'e {
    ex.claims
        .iter()
        .enumerate()
        .filter_map(move |(k, c)| match &c.kind {
            ClaimKind::Quote(q) => {
                let mut words = crate::extract::quote::words(&docs[d].text, q.inner);
                words.shrink_to_fit();
                Some((ClaimId { doc: d, claim: k }, words))
            }
            _ => None,
        })
}

fn build(extractions: &[Extraction]) -> Index {
    let mut ix = Index::default();
    let mut unattributed: Vec<(ClaimId, &str)> = Vec::new();
    for (d, ex) in extractions.iter().enumerate() {
        for (k, c) in ex.claims.iter().enumerate() {
            let id = ClaimId { doc: d, claim: k };
            match &c.kind {
                ClaimKind::Role(r) => {
                    let org = org_key(r.org.as_deref().unwrap_or(""));
                    ix.roles
                        .entry((org, r.base_key.clone()))
                        .or_default()
                        .push(id);
                    ix.roles_by_person
                        .entry(r.person.clone())
                        .or_default()
                        .push(id);
                }
                ClaimKind::Quote(q) => match &q.speaker {
                    Some(s) => ix.quotes.entry(s.clone()).or_default().push(id),
                    None => unattributed.push((id, q.quote.as_str())),
                },
                ClaimKind::Entity(e) => ix
                    .names
                    .entry((e.kind, String::from(e.name.as_str())))
                    .or_default()
                    .push(id),
                ClaimKind::Quantity(_) => {}
            }
        }
    }
    merge_name_forms(&mut ix);
    speakers::join_single_names(&mut ix.quotes);
    adopt(&mut ix, extractions, unattributed);
    // Kept for the whole run: no lists grown by doubling.
    for ids in (ix.roles.values_mut())
        .chain(ix.roles_by_person.values_mut())
        .chain(ix.quotes.values_mut())
        .chain(ix.names.values_mut())
    {
        ids.shrink_to_fit();
    }
    ix
}

/// Files the quotes of one person under one name when drafts give the name
/// in two forms: with and without a middle name (`Bola Ahmed Tinubu`, `Bola
/// Tinubu`), or misspelt by a letter or two in one word (`Margarethe`); under
/// the form most quotes use. `name-near-miss` reports the spelling; the quotes
/// are still compared.
fn merge_name_forms(ix: &mut Index) {
    let mut keys: Vec<(usize, String)> = ix
        .quotes
        .iter()
        .filter(|(k, _)| k.contains(' '))
        .map(|(k, v)| (v.len(), k.clone()))
        .collect();
    // Most quoted first, then the longer form, then by name.
    keys.sort_by(|a, b| {
        (b.0, b.1.split(' ').count(), &a.1).cmp(&(a.0, a.1.split(' ').count(), &b.1))
    });
    // Candidates share a first or a last word: no comparison of every pair.
    let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
    for (n, (_, name)) in keys.iter().enumerate() {
        let (first, last) = (
            name.split(' ').next().unwrap_or(""),
            name.rsplit(' ').next().unwrap_or(""),
        );
        let seen: Vec<usize> = [first, last]
            .iter()
            .filter_map(|w| by_word.get(*w))
            .flatten()
            .copied()
            .collect();
        let target = seen.into_iter().find(|&c| one_person(&keys[c].1, name));
        match target {
            Some(c) => {
                if let Some(ids) = ix.quotes.remove(name) {
                    let all = ix.quotes.entry(keys[c].1.clone()).or_default();
                    all.extend(ids);
                    all.sort_unstable();
                }
            }
            None => {
                for w in [first, last] {
                    by_word.entry(w.to_string()).or_default().push(n);
                }
            }
        }
    }
}

/// Two forms of one person's name (see `merge_name_forms`).
fn one_person(a: &str, b: &str) -> bool {
    let (x, y): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    if x.len() != y.len() {
        return x.first() == y.first() && x.last() == y.last();
    }
    let differ: Vec<(&str, &str)> = x
        .iter()
        .zip(&y)
        .filter(|(p, q)| p != q)
        .map(|(p, q)| (*p, *q))
        .collect();
    matches!(differ[..], [(p, q)] if p.len().min(q.len()) >= 5 && strsim::damerau_levenshtein(p, q) <= 2)
}

#[cfg(test)]
mod tests {
    use super::{ClaimId, Interval, agreement, one_person};

    fn fig(doc: usize, claim: usize, low: f64, high: f64) -> (ClaimId, Interval) {
        (ClaimId { doc, claim }, Interval::new(low, high))
    }

    #[test]
    fn the_settled_value_is_the_common_interval_of_the_largest_agreeing_group() {
        let figures = [
            fig(0, 0, 28_500.0, 31_500.0),
            fig(1, 0, 29_500.0, 30_500.0),
            fig(2, 0, 35_500.0, 36_500.0),
        ];
        let s = agreement(&figures).expect("two drafts agree");
        assert_eq!(s.interval, Interval::new(29_500.0, 30_500.0));
        assert_eq!(s.claims, vec![figures[0].0, figures[1].0]);
    }

    #[test]
    fn drafts_that_split_evenly_settle_nothing() {
        let figures = [fig(0, 0, 29_500.0, 30_500.0), fig(1, 0, 35_500.0, 36_500.0)];
        assert_eq!(agreement(&figures), None);
    }

    #[test]
    fn a_draft_repeating_its_figure_counts_once() {
        let figures = [
            fig(0, 0, 35_500.0, 36_500.0),
            fig(0, 1, 35_500.0, 36_500.0),
            fig(1, 0, 29_500.0, 30_500.0),
            fig(2, 0, 29_500.0, 30_500.0),
        ];
        let s = agreement(&figures).expect("two drafts agree");
        assert_eq!(s.interval, Interval::new(29_500.0, 30_500.0));
    }

    #[test]
    fn one_figure_is_settled_on_its_own() {
        let figures = [fig(0, 0, 2_850.0, 3_150.0)];
        assert_eq!(
            agreement(&figures).map(|s| s.interval),
            Some(Interval::new(2_850.0, 3_150.0))
        );
    }

    #[test]
    fn a_surname_is_read_before_a_generational_suffix() {
        assert_eq!(
            crate::extract::names::surname("Ferdinand Marcos Jr."),
            "Marcos"
        );
        assert_eq!(
            crate::extract::names::surname("Martin Luther King III"),
            "King"
        );
        assert_eq!(crate::extract::names::surname("Keir Starmer"), "Starmer");
    }

    #[test]
    fn a_name_with_a_middle_name_or_a_slip_of_a_letter_is_one_speaker() {
        assert!(one_person("Ada Maria Kowalczyk", "Ada Kowalczyk"));
        assert!(one_person("Margrethe Vestager", "Margarethe Vestager"));
        assert!(!one_person("Ada Kowalczyk", "Ida Kowalczyk"));
        assert!(!one_person("Ada Kowalczyk", "Tomas Kowalczyk"));
        assert!(!one_person("Ada Kowalczyk", "Ada Berg"));
    }
}
