//! Which organisation a figure is about: the draft's own mentions and the
//! corpus's names, the main subject, attributions to outlets, deal and
//! investment targets, places and divisions.

use super::*;

/// A set of words only ever asked `contains` (never iterated, so its order
/// cannot reach the output): FxHash, which hashes short words several times
/// faster than SipHash; the inputs are the user's own drafts.
pub(super) type WordSet = HashSet<String, rustc_hash::FxBuildHasher>;

/// True for a mention the extraction took for an organisation that the
/// drafts show is none: `names_nothing`; words they all also write in lower
/// case (`Seats` of a headline in capitals, `Court` of `the Court of
/// Justice`, `Data Center`, `Retraining Notifications`); a person's name or surname (`Zuckerberg`); a title-case
/// headline run (`Facebook Parent Announces Workforce Reduction`: three or
/// more of its later words are written in lower case elsewhere).
pub(super) fn not_an_org(name: &str, lower_words: &WordSet, people: &WordSet) -> bool {
    let lower = name.trim().to_lowercase();
    // Words walked where asked, no list: pure tests, so stopping early changes nothing.
    let words = || lower.split_whitespace();
    names_nothing(name)
        || words().all(|w| lower_words.contains(w))
        || people.contains(&lower)
        || words()
            .skip(1)
            .filter(|w| w.len() > 3 && lower_words.contains(*w))
            .count()
            >= 3
}

/// True for an organisation mention that names none: a legal form split
/// from its name (`Co.` of `Walt Disney Co.`), a month (`Dec` of a date, a
/// quarter's `April-June`) or
/// one word with digits (`N28` of `N28.7trn`).
fn names_nothing(name: &str) -> bool {
    let bare = name.trim_end_matches('.').to_lowercase();
    // A month, or a run of months (`April-June`, `July–September`).
    let months = bare
        .split(['-', '\u{2013}', '/'])
        .all(|m| crate::extract::lexicon::month(m.trim()).is_some());
    crate::extract::names::is_legal_form(&bare)
        || months
        || (!bare.contains(' ') && bare.bytes().any(|b| b.is_ascii_digit()))
}

/// The proper name opening sentence `st` when it is no claim the drafts
/// recognised (a person, organisation or role), is never written in lower
/// case, and is written capitalised mid-sentence somewhere in the drafts or
/// set off by a comma (so `Layoffs` or `Cash` opening a sentence is not one).
fn unknown_subject(cx: &Ctx<'_>, st: &Sentence) -> Option<String> {
    let raw = cx.text.get(st.start..st.start + st.text.len())?;
    let lead = raw.len() - raw.trim_start().len();
    let word: String = raw[lead..]
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .collect();
    if !word.starts_with(|c: char| c.is_uppercase())
        || word.chars().count() < 3
        || crate::extract::names::is_not_name(&word)
        || crate::extract::names::is_first_name(&word)
    {
        return None;
    }
    let at = st.start + lead;
    if cx
        .ex
        .claims_in(at, at + word.len() + 64)
        .any(|(_, c)| c.span.start == at)
    {
        return None;
    }
    let lower = word.to_lowercase();
    // `Britain won 14 golds`: a place opening the sentence before a
    // lower-case word is its subject, not the draft's main one.
    let next = raw[lead + word.len()..].trim_start();
    if crate::extract::names::is_place(&word) && next.starts_with(char::is_lowercase) {
        return Some(word);
    }
    // `Twitter, now owned by …`: a name set off by a comma (not an adverb
    // such as `Separately,`) is a subject too.
    let appositive = raw[lead + word.len()..].starts_with(',') && !lower.ends_with("ly");
    if cx.names.lower_words.contains(&lower)
        || !(cx.names.mid_capitals.contains(&lower) || appositive)
    {
        return None;
    }
    Some(word)
}

/// True when the organisation named at `at` (sentence-view offset) only
/// describes another: followed by `parent` or `owner` (`Facebook parent
/// Meta`, `TikTok-owner ByteDance`), or listed a few words after what the
/// subject owns (`, which owns Facebook,`, `the parent of`, `including`).
fn descriptive(st: &Sentence, at: usize) -> bool {
    let text = &st.text;
    let after = text.get(at..).unwrap_or("");
    let mut name_end = after
        .find(|c: char| !(c.is_alphanumeric() || c == ' ' || c == '.' || c == '&'))
        .unwrap_or(after.len())
        .min(40);
    while !after.is_char_boundary(name_end) {
        name_end -= 1;
    }
    let describes = ["parent", "owner", "-owner", "-parent"].iter().any(|w| {
        after[..name_end].contains(&format!(" {w} "))
            || after[..name_end].contains(w) && w.starts_with('-')
    });
    // The few words before it, across the commas of a list (`the parent of
    // Facebook, Instagram and WhatsApp`).
    let mut from = at.saturating_sub(60);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let lead = text.get(from..at).unwrap_or("");
    let listed = [
        "which owns",
        "which also owns",
        "parent company of",
        "that owns",
        "owner of",
        "parent of",
        "including",
        "such as",
        "as well as",
        "and its",
    ]
    .iter()
    .any(|w| has(lead, w));
    describes || listed
}

/// True for a news outlet's key.
pub(super) fn is_outlet(key: &str) -> bool {
    OUTLETS.contains(&key)
}

/// The draft's main subject: the organisation (not a news outlet) whose known
/// names its text uses most, the first named on a tie.
pub(super) fn main_subject(cx: &Ctx<'_>) -> Option<String> {
    let found = orgs_in(cx, 0, cx.text.len());
    // (mentions, first offset) by organisation.
    let mut counts: rustc_hash::FxHashMap<String, (usize, usize)> = Default::default();
    for (at, key) in found {
        if is_outlet(&key) {
            continue;
        }
        counts.entry(key).or_insert((0, at)).0 += 1;
    }
    let all: usize = counts.values().map(|(n, _)| n).sum();
    let (subject, (mine, _)) = counts
        .into_iter()
        .max_by_key(|(_, (n, at))| (*n, std::cmp::Reverse(*at)))?;
    // Whether it is nearly every mention (`dominant`), from the same count.
    let _ = cx.dominant.set(mine >= 3 && mine * 4 >= all * 3);
    Some(subject)
}

/// True when the draft's main subject is named at least three times and
/// makes at least three in four of the draft's organisation mentions (news
/// outlets aside), as `main_subject` counted them: a draft about one company
/// (`ASML … Net bookings came to €2.6 billion`), whose kind of money with no
/// organisation in reach is that company's.
pub(super) fn dominant(cx: &Ctx<'_>) -> bool {
    cx.dominant.get().copied().unwrap_or(false)
}

/// Money a company reports of itself (results, orders, savings, its share
/// price), not money a government spends, lends or fines.
fn reported_money(what: &What) -> bool {
    use super::key::MoneyKind as K;
    matches!(
        what,
        What::Money(
            K::Revenue
                | K::OperatingProfit
                | K::UnderlyingProfit
                | K::Profit
                | K::Loss
                | K::Capex
                | K::Savings
                | K::PerShare
                | K::Bookings
                | K::Buyback
                | K::Charge
                | K::Close
                | K::MarketValue
        )
    )
}

/// The organisation names the corpus knows, lower case, with their keys:
/// each mention's words and its resolved name.
pub(super) fn corpus_orgs(
    docs: &[Document],
    extractions: &[Extraction],
    lower_words: &WordSet,
    people: &WordSet,
    org_keys: &mut OrgKeys,
) -> Vec<(String, String)> {
    let mut names: Vec<(String, String)> = Vec::new();
    // What a mention adds depends on its words and its name alone: each
    // (words, name) is read once, however many drafts repeat it.
    let mut seen: rustc_hash::FxHashSet<(&str, &str)> = Default::default();
    for (doc, ex) in docs.iter().zip(extractions) {
        for c in &ex.claims {
            if let ClaimKind::Entity(e) = &c.kind
                && e.kind == EntityKind::Org
                && seen.insert((doc.slice(c.span), e.name.as_str()))
            {
                let known = match org_keys.get(e.name.as_str()) {
                    Some(known) => known.clone(),
                    None => {
                        let key =
                            (!not_an_org(&e.name, lower_words, people)).then(|| org_key(&e.name));
                        org_keys.insert(e.name.to_string(), key.clone());
                        key
                    }
                };
                let Some(key) = known else {
                    continue;
                };
                for n in [doc.slice(c.span), e.name.as_str(), key.as_str()] {
                    // Two letters only as a company's acronym (`BT`, `HP`), never `US` or `AI`.
                    let first = doc.slice(c.span).split_whitespace().next().unwrap_or("");
                    let short_ok = n.len() == 2
                        && first.len() == 2
                        && first.chars().all(|ch| ch.is_ascii_uppercase())
                        && first.eq_ignore_ascii_case(n)
                        && !["US", "UK", "EU", "UN", "AI", "HR", "IT", "PR", "TV", "AP"]
                            .contains(&first);
                    if (n.chars().count() >= 3 || short_ok)
                        && !["its", "the", "our", "their"].contains(&n)
                    {
                        names.push((n.to_lowercase(), key.clone()));
                    }
                }
            }
        }
    }
    names.sort();
    names.dedup();
    one_key_per_org(&mut names, org_keys);
    names.sort();
    names.dedup();
    names
}

/// Makes every name of one organisation lead to one key. A mention's words
/// can resolve to two names in two drafts (`TSMC` to the sheet's `TSMC` in
/// one, to `Taiwan Semiconductor Manufacturing Co.` it spells out in
/// another), and then every key either name gives is one organisation's:
/// the keys a mention's words lead to are merged, and the key most names
/// lead to (then the shorter, then the first in order) stands for them all.
pub(super) fn one_key_per_org(names: &mut [(String, String)], org_keys: &mut OrgKeys) {
    fn root(parent: &mut FxHashMap<String, String>, k: &str) -> String {
        let mut r = k.to_string();
        while let Some(p) = parent.get(&r).filter(|p| **p != r) {
            r = p.clone();
        }
        r
    }
    let mut parent: FxHashMap<String, String> = FxHashMap::default();
    for w in names.windows(2) {
        if w[0].0 == w[1].0 && w[0].1 != w[1].1 {
            let (a, b) = (root(&mut parent, &w[0].1), root(&mut parent, &w[1].1));
            if a != b {
                parent.insert(b.clone(), a.clone());
                parent.entry(a).or_insert_with_key(|k| k.clone());
            }
        }
    }
    if parent.is_empty() {
        return;
    }
    // How many names lead to each key of a merged group.
    let mut count: FxHashMap<&str, usize> = FxHashMap::default();
    for (_, k) in names.iter() {
        if parent.contains_key(k) {
            *count.entry(k.as_str()).or_default() += 1;
        }
    }
    let mut best: FxHashMap<String, (usize, usize, String)> = FxHashMap::default();
    let mut keys: Vec<(&str, usize)> = count.into_iter().collect();
    keys.sort();
    for (k, n) in keys {
        let r = root(&mut parent, k);
        let better = |b: &(usize, usize, String)| {
            (n, std::cmp::Reverse(k.len())) > (b.0, std::cmp::Reverse(b.1))
        };
        if best.get(&r).is_none_or(better) {
            best.insert(r, (n, k.len(), k.to_string()));
        }
    }
    let rep = |parent: &mut FxHashMap<String, String>, k: &str| -> Option<String> {
        parent
            .contains_key(k)
            .then(|| root(parent, k))
            .and_then(|r| best.get(&r).map(|b| b.2.clone()))
    };
    for (_, k) in names.iter_mut() {
        if let Some(r) = rep(&mut parent, k) {
            *k = r;
        }
    }
    for k in org_keys.values_mut().flatten() {
        if let Some(r) = rep(&mut parent, k) {
            *k = r;
        }
    }
}

/// Each organisation name the drafts' mentions resolve to, with its key, or
/// `None` when `not_an_org` says it names none: both functions of the name
/// and the corpus's word lists alone, so read once per corpus.
pub(super) type OrgKeys = rustc_hash::FxHashMap<String, Option<String>>;

/// The organisation names the corpus knows, with one automaton to find them all.
pub(super) struct OrgNames {
    /// (lower-case name, key), in pattern order.
    pub(super) names: Vec<(String, String)>,
    /// Finds any of them, ASCII case-insensitively (`find_names`), longest
    /// first; built on first use (`finder`): a run whose drafts' keys all
    /// come from the cache never needs it.
    finder: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>>,
    /// A longer key the corpus also names in short, by its short form:
    /// `walt disney` → `disney`, `meta platforms` → `meta`.
    pub(super) short: rustc_hash::FxHashMap<String, String>,
    /// The key of every organisation name the corpus's mentions resolve to
    /// (set by `keys`; `corpus_orgs`).
    pub(super) org_keys: OrgKeys,
    /// Every word some draft writes in lower case (set by `keys`).
    pub(super) lower_words: WordSet,
    /// Every capitalised word some draft writes mid-sentence, lower case (set by `keys`).
    pub(super) mid_capitals: WordSet,
    /// People's names and surnames the drafts mention, lower case (set by `keys`).
    pub(super) people: WordSet,
}

/// Words a company's long name adds to its short one (`Meta Platforms`,
/// `Broadcom Technologies`), which say nothing of which company it is.
const LONG_NAME_WORDS: &[&str] = &[
    "platforms",
    "technologies",
    "technology",
    "international",
    "global",
    "company",
    "companies",
    "communications",
    "systems",
    "incorporated",
    "worldwide",
];

impl OrgNames {
    pub(super) fn new(names: Vec<(String, String)>) -> OrgNames {
        let keys: HashSet<&str> = names.iter().map(|(_, k)| k.as_str()).collect();
        let mut short = rustc_hash::FxHashMap::default();
        for &k in &keys {
            let words: Vec<&str> = k.split(' ').collect();
            // The long name is the short one plus a founder's first name
            // (`walt disney`) or plus words naming no company (`meta platforms`).
            let shorter = (1..words.len()).find_map(|cut| {
                let (head, tail) = (words[..cut].join(" "), words[cut..].join(" "));
                if keys.contains(tail.as_str())
                    && cut == 1
                    && crate::extract::names::is_first_name(words[0])
                {
                    return Some(tail);
                }
                (keys.contains(head.as_str())
                    && words[cut..].iter().all(|w| LONG_NAME_WORDS.contains(w)))
                .then_some(head)
            });
            if let Some(s) = shorter {
                short.insert(k.to_string(), s);
            }
        }
        OrgNames {
            names,
            finder: std::sync::OnceLock::new(),
            short,
            org_keys: OrgKeys::default(),
            lower_words: WordSet::default(),
            mid_capitals: WordSet::default(),
            people: WordSet::default(),
        }
    }

    /// The automaton finding the names, built once, on first use.
    pub(super) fn finder(&self) -> Option<&aho_corasick::AhoCorasick> {
        self.finder
            .get_or_init(|| {
                // Not a DFA: for the corpus's thousands of names its construction
                // (one thread) cost more instructions than all the searches it sped
                // up (measured on the 2 MB corpus); `orgs_in` searches each draft once instead.
                // Case-sensitive, over ASCII-lower-cased names, and run over
                // ASCII-lower-cased text (`find_names`): a name's byte matches a
                // text byte ASCII-case-insensitively exactly when it equals the
                // text byte lower-cased (the name's own letters being lower case;
                // other bytes, non-ASCII ones included, must be equal either way),
                // so the matches are those of an ASCII-case-insensitive automaton
                // over the names as they are, at a fraction of its size and search
                // time (no second transition for each letter).
                aho_corasick::AhoCorasick::builder()
                    .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                    .dense_depth(4)
                    .build(self.names.iter().map(|(n, _)| n.to_ascii_lowercase()))
                    .ok()
            })
            .as_ref()
    }

    /// The key an organisation is compared by: its short form, when the corpus has one.
    pub(super) fn canonical(&self, key: String) -> String {
        self.short.get(&key).cloned().unwrap_or(key)
    }
}

/// The company an investment went into: an organisation right after `in`.
pub(super) fn investment_target(cx: &Ctx<'_>, st: &Sentence, end: usize) -> Option<String> {
    let rest = &st.text[end..];
    let rel = rest.find(" in ")? + 4;
    if rel > 60 {
        return None;
    }
    let at = st.start + end + rel;
    orgs_in(cx, at, at + 40)
        .into_iter()
        .find(|(p, _)| *p == at)
        .map(|(_, k)| k)
}

/// The company a deal buys: `$69 billion acquisition of Activision Blizzard`,
/// `$75bn Activision takeover`, `agreed to buy Activision for $95 a share`.
pub(super) fn deal_target(cx: &Ctx<'_>, st: &Sentence, at: usize, end: usize) -> Option<String> {
    let org_at = |rel: usize| {
        let pos = st.start + rel;
        orgs_in(cx, pos, pos + 60)
            .into_iter()
            .find(|(p, _)| *p == pos)
            .map(|(_, k)| k)
    };
    let rest = &st.text[end..];
    // Right after the figure (`$75bn Activision takeover`).
    let lead = rest.len() - rest.trim_start().len();
    if let Some(k) = org_at(end + lead) {
        return Some(k);
    }
    // `… acquisition of [the] X`
    if let Some(rel) = rest.find(" of ").filter(|r| *r <= 40) {
        let mut from = end + rel + 4;
        if st.text[from..].starts_with("the ") {
            from += 4;
        }
        if let Some(k) = org_at(from) {
            return Some(k);
        }
    }
    // `buy X for $N`, `acquire X for`
    let before = &st.text[..at];
    for verb in ["buy ", "acquire ", "purchase ", "bought ", "acquired "] {
        if let Some(p) = before.rfind(verb).filter(|p| at - p <= 60)
            && let Some(k) = org_at(p + verb.len())
        {
            return Some(k);
        }
    }
    None
}

/// The organisation a figure is about, with the reason.
pub(super) fn organisation(
    cx: &Ctx<'_>,
    st: &Sentence,
    span: Span,
    subject: Option<&str>,
    source: Option<&(String, usize)>,
    what: &What,
) -> Result<(String, String), String> {
    // Names before the figure, or within four words after it (`355 Oracle workers`).
    let near_after = span.end
        + st.text[span.end - st.start..]
            .split_whitespace()
            .take(4)
            .map(|w| w.len() + 1)
            .sum::<usize>();
    let target = what.target();
    let roles = cx
        .ex
        .claims_in(st.start, near_after)
        .filter_map(|(_, c)| match &c.kind {
            ClaimKind::Role(r) if r.qualifier.is_none() => {
                r.org.as_deref().map(|o| (c.span.start, org_key(o)))
            }
            _ => None,
        });
    let candidates: Vec<(usize, String)> = orgs_in(cx, st.start, near_after)
        .into_iter()
        .chain(roles)
        .filter(|(p, k)| {
            !is_outlet(k)
                && source.is_none_or(|(s, _)| s != k)
                && target != Some(k.as_str())
                && !possessed(&st.text, p - st.start)
                && (*p < span.start || *p >= span.end)
        })
        .collect();
    let mut named: Vec<String> = candidates.iter().map(|(_, k)| k.clone()).collect();
    named.sort();
    named.dedup();
    // `Facebook parent Meta`, `Meta, which owns Facebook and Instagram,`:
    // names that only describe the subject step aside for it.
    if named.len() > 1 {
        let mut subjects: Vec<String> = candidates
            .iter()
            .filter(|(p, _)| !descriptive(st, p - st.start))
            .map(|(_, k)| k.clone())
            .collect();
        subjects.sort();
        subjects.dedup();
        if let [one] = &subjects[..] {
            named = vec![one.clone()];
        } else if let Some(one) = relative_antecedent(st, span, &candidates) {
            named = vec![one];
        }
    }
    match &named[..] {
        [one] => {
            return Ok((
                one.clone(),
                format!("about `{one}` (named in the sentence)"),
            ));
        }
        [] => {}
        many => return Err(format!("several organisations named: {}", many.join(", "))),
    }
    // `Twitter, now owned by Elon Musk, dismissed half of its 7,500
    // employees`: a proper name the drafts do not know as an organisation is
    // the sentence's subject, so the figure is not the earlier sentence's.
    if let Some(w) = unknown_subject(cx, st) {
        return Err(format!(
            "the sentence is about `{w}`, which the drafts do not name as an organisation"
        ));
    }
    // The sentence before, in the same paragraph.
    if !st.prev.is_empty() {
        let mut prev: Vec<String> = orgs_in(cx, st.prev_start, st.start)
            .into_iter()
            .filter(|(p, k)| {
                !is_outlet(k)
                    && source.is_none_or(|(s, _)| s != k)
                    && !super::sayers::sayer(cx.text, *p, k)
            })
            .map(|(_, k)| k)
            .collect();
        prev.sort();
        prev.dedup();
        match &prev[..] {
            [one] => {
                return Ok((
                    one.clone(),
                    format!("about `{one}` (named in the sentence before)"),
                ));
            }
            [] => {}
            many => {
                return Err(format!(
                    "several organisations named in the sentence before: {}",
                    many.join(", ")
                ));
            }
        }
    }
    // A list item's or table row's figures are the organisation its
    // lead-in names (`At the group level, Samsung reported:`).
    if let Some((a, b)) = crate::bind::lead_in::span_of_item(cx.raw, span.start) {
        let mut lead: Vec<String> = orgs_in(cx, a, b)
            .into_iter()
            .map(|(_, k)| k)
            .filter(|k| !is_outlet(k) && source.is_none_or(|(s, _)| s != k))
            .collect();
        lead.sort();
        lead.dedup();
        if let [one] = &lead[..] {
            return Ok((
                one.clone(),
                format!("about `{one}` (named in the list's lead-in)"),
            ));
        }
    }
    let Some(subject) = subject else {
        return Err("no organisation named, and the draft has no main subject".into());
    };
    let first = st.text.split_whitespace().next().unwrap_or("");
    let verb_first = PEOPLE_PREDICATES
        .iter()
        .map(|(_, ws)| ws)
        .chain(MONEY_KINDS.iter().map(|(_, ws)| ws))
        .any(|ws| ws.contains(&first))
        || ["reported", "posted", "announced", "plans", "will"].contains(&first);
    let reference = REFERENCE_FINDER
        .first_in(&st.text)
        .or_else(|| REFERENCE_FINDER.first_in(&st.prev));
    match (reference, verb_first) {
        (Some(r), _) => Ok((
            subject.to_string(),
            format!("about `{subject}` (the draft's main subject, `{r}`)"),
        )),
        (None, true) => Ok((
            subject.to_string(),
            format!("about `{subject}` (the draft's main subject)"),
        )),
        (None, false) if reported_money(what) && dominant(cx) => Ok((
            subject.to_string(),
            format!("about `{subject}` (nearly every organisation the draft names)"),
        )),
        (None, false) => Err("no organisation named or referred to".into()),
    }
}

/// The organisation a relative clause holding the figure is about: `and
/// with the Muttahida Qaumi Movement-Pakistan (MQM-P), which won 14 seats`.
/// The figure stands at most six words after `, which` or `, who` with no
/// mark between, and the name (with at most a bracketed short form) ends
/// right before the comma.
fn relative_antecedent(
    st: &Sentence,
    span: Span,
    candidates: &[(usize, String)],
) -> Option<String> {
    let at = span.start.checked_sub(st.start)?;
    let before = st.text.get(..at)?;
    let w = before
        .rfind(", which ")
        .or_else(|| before.rfind(", who "))?;
    let clause = &before[w + 2..];
    if clause.contains([',', ';', '(', ')', ':']) || clause.split_whitespace().count() > 6 {
        return None;
    }
    let (p, k) = candidates
        .iter()
        .filter(|(p, _)| p.checked_sub(st.start).is_some_and(|q| q < w))
        .max_by_key(|(p, _)| *p)?;
    let gap = st.text.get(p - st.start..w)?;
    (!gap.contains([',', ';']) && gap.split_whitespace().count() <= 8).then(|| k.clone())
}

/// True when the name at `at` follows a possessive (`Amazon's People eXperience
/// Technology team`): it is part of the organisation, not another subject.
pub(super) fn possessed(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    before.ends_with("'s") || before.ends_with("’s")
}

/// The words `text` writes in lower case, and the capitalised words it
/// writes right after a lower-case word (lower-cased).
#[cfg(test)]
pub(super) fn word_cases(text: &str) -> (WordSet, WordSet) {
    let (mut lower, mut capitals) = (WordSet::default(), WordSet::default());
    word_cases_into(text, &mut lower, &mut capitals);
    (lower, capitals)
}

/// `word_cases`, adding to `lower` and `capitals`.
pub(super) fn word_cases_into(text: &str, lower: &mut WordSet, capitals: &mut WordSet) {
    // The lower-cased capital, built here and copied only when new.
    let mut folded = String::new();
    let mut prev_lower = false;
    // Byte by byte, decoding only non-ASCII characters: the pieces
    // `split_inclusive` on a non-word character gives (a run of word
    // characters, then the one character ending it, if any), read as the
    // word and the gap after it. A run of several non-word characters gives
    // empty words, which are neither case and end the run of lower-case
    // words, as they did.
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        while i < b.len() {
            let c = b[i];
            if c < 0x80 {
                if c.is_ascii_alphanumeric() || c == b'-' {
                    i += 1;
                    continue;
                }
                break;
            }
            match text[i..].chars().next() {
                Some(ch) if ch.is_alphanumeric() => i += ch.len_utf8(),
                _ => break,
            }
        }
        let w = &text[start..i];
        let gap_is_space = b.get(i) == Some(&b' ');
        // Past the one character ending the word.
        i += text[i..].chars().next().map_or(0, char::len_utf8);
        let is_lower = w.starts_with(|c: char| c.is_lowercase());
        if is_lower {
            // Most words recur: allocate only for a new one.
            if !lower.contains(w) {
                lower.insert(w.to_string());
            }
        } else if prev_lower && w.starts_with(|c: char| c.is_uppercase()) {
            folded.clear();
            if w.is_ascii() {
                folded.extend(w.bytes().map(|b| b.to_ascii_lowercase() as char));
            } else {
                folded.push_str(&w.to_lowercase());
            }
            if !capitals.contains(folded.as_str()) {
                capitals.insert(folded.clone());
            }
        }
        // Only a space keeps a word mid-sentence; any other mark ends the run.
        prev_lower = is_lower && gap_is_space;
    }
}
