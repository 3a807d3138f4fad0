//! # quote-speaker
//!
//! ## What it checks
//! One quotation put in two people's mouths: quotes that share a run of
//! eight words or more, attributed to different named people in the drafts.
//! The speaker fewer drafts give is reported, pointing at the quote as the
//! other draft attributes it. A quote a story sheet confirms (`quotes:`)
//! has its speaker: a draft giving it to anyone else is reported with the
//! sheet's `text:` line as the evidence, even in one draft, and however
//! many drafts agree with the wrong speaker. A quote split by its
//! attribution (`"…," the mayor told reporters. "…"`) is one finding in its
//! draft, and a speaker named by a pronoun (`"…," she said`) is shown where
//! the draft names that person.
//!
//! ## Why it matters
//! A misattributed quote is among the most damaging corrections a newsroom
//! runs: the words are right, so nobody rereads them, and the person named
//! never said them.
//!
//! ## Example
//! Fires on `“We are going to rebuild together,” said Mayor Karen Bass` in one
//! draft and `“We are going to rebuild together,” Gov. Gavin Newsom said` in
//! another. Stays silent when the second draft gives the quote to the mayor
//! too, when one side is an organisation (`Amazon said in a statement`)
//! rather than a person, and on short stock phrases. With a sheet
//! confirming the words as Karen Bass's, fires on the governor's draft alone,
//! and stays silent on `Bass said`.
//!
//! ## Options
//! Severity warning.
//!
//! ## Limits
//! Only quotes attributed to people by name at the quote (a title and the
//! words before it may stand between: `board chair Mellody Hobson said`,
//! `the board's chair, Mellody Hobson, said`), by a title the
//! draft gives one person (`"…," the UAW president wrote` after `UAW
//! President Shawn Fain`), or by a pronoun
//! whose paragraph names that one person and nobody else (`Health Minister
//! Veena George said… "…," she said`; a name inside quoted words, `"Brian has
//! built …," said Hobson. "…"`, is someone spoken of and does not count), are compared (unattributed quotes,
//! organisations' statements, a pronoun that could mean two people, and
//! quotes carried over from an earlier quote are not), and they must share eight words in a
//! row after spelling and punctuation are normalised. Two spellings of one
//! name (`Ortberg`/`Ortburg`) are left to `name-near-miss`, and a name and
//! its short form (`Tedros`, `Tedros Adhanom Ghebreyesus`) are one speaker,
//! counted once under the longer name when weighing which speaker most
//! quotes give. A
//! name read as an organisation elsewhere (`Southgate's side`) still speaks
//! as a person where its own draft reads it as one, or when it opens with a
//! given name; a lower-case word before the name (`captain Harry Kane
//! said`) describes the speaker. One person
//! quoting another (`Jassy wrote that Bezos had said “…”`) can look like a
//! misattribution. A confirmed quote is recognised by the same eight words
//! in a row, so one shorter than eight words is not checked for its speaker
//! (`misquote` still checks its words).

use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};

use super::sources::confirmed_speaker;
use super::{Check, Context, Violation, file_name};
use crate::claim::ClaimId;
use crate::claim::{ClaimKind, EntityKind};
use crate::extract::names::is_first_name;
use crate::extract::quote::{QuoteWord, words};
use crate::finding::{Label, Place, Severity};
use crate::rules::{RuleQuote, RuleSet};
use crate::source::Span;

/// The `quote-speaker` check.
pub struct QuoteSpeaker;

/// Words in a row two quotes must share to be one quotation.
const RUN: usize = 8;

/// Hashes of every run of `RUN` words, skipping runs across an editorial gap.
///
/// Each word is hashed once (SipHash of its text) and a run's hash folds its
/// words' hashes in order (`fold`), instead of SipHash fed the run's eight
/// words for each of the runs a word is in. Only the hashes' equality is
/// used (maps probed, never iterated): equal runs hash equal, and two runs
/// hash equal otherwise only through a 64-bit collision, as before.
fn runs(w: &[QuoteWord]) -> Vec<u64> {
    if w.len() < RUN {
        return Vec::new();
    }
    let words: Vec<Option<u64>> = w
        .iter()
        .map(|x| {
            x.norm.as_ref().map(|n| {
                let mut h = std::collections::hash_map::DefaultHasher::new();
                n.as_str().hash(&mut h);
                h.finish()
            })
        })
        .collect();
    words
        .windows(RUN)
        .filter_map(|win| win.iter().try_fold(0u64, |h, x| Some(fold(h, (*x)?))))
        .collect()
}

/// One more word's hash into a run's: a bijection of each for the other
/// fixed (rotation, exclusive or, multiplication by an odd constant).
fn fold(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// True when the draft names the speaker at the quote (not `he said`, not a
/// speaker carried over from an earlier quote): only a name a writer typed
/// can be a misattribution, while a resolved pronoun may be factlint's guess.
fn named_here(text: &str, speaker: Option<crate::source::Span>) -> bool {
    speaker
        .and_then(|s| text.get(s.start..s.end))
        .is_some_and(|w| {
            !["he", "she", "they", "him", "her"]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
        })
}

/// The longest paragraph, in bytes before the quote, whose names decide a pronoun.
const PARAGRAPH_REACH: usize = 1500;

/// True when a quote attributed by a pronoun (`"…," she said`) can only be
/// its speaker's: the paragraph, from its start to the quote's end, names
/// people, and every one of them is the speaker (`Health Minister Veena
/// George said… "…," she said`). A pronoun that could point at two people,
/// or at someone named in an earlier paragraph, stays unchecked.
fn sole_person_of_paragraph(cx: &Context<'_, '_>, id: ClaimId, speaker: &str) -> bool {
    let text = &cx.corpus.doc(id).text;
    let end = cx.corpus.claim(id).span.end;
    // A paragraph longer than a few sentences is no place to be sure of a
    // pronoun, and reading it whole for every quote would be quadratic: its
    // start is looked for within reach only.
    let quote_start = cx.corpus.claim(id).span.start;
    let mut from = quote_start.saturating_sub(PARAGRAPH_REACH);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let start = match text.get(from..quote_start).and_then(|t| t.rfind("\n\n")) {
        Some(i) => from + i + 2,
        None if from == 0 => 0,
        None => return false,
    };
    let claims = &cx.corpus.extractions[id.doc].claims;
    let from = claims.partition_point(|c| c.span.start < start);
    let mut named = false;
    // A name inside quoted words (`"Brian has built …," said Hobson. "…"`)
    // is someone spoken of, not a speaker the pronoun could mean.
    let quoted: Vec<crate::source::Span> = claims[from..]
        .iter()
        .take_while(|c| c.span.start < end)
        .filter(|c| matches!(c.kind, ClaimKind::Quote(_)))
        .map(|c| c.span)
        .collect();
    for c in claims[from..].iter().take_while(|c| c.span.start < end) {
        if quoted
            .iter()
            .any(|q| q.start <= c.span.start && c.span.end <= q.end)
        {
            continue;
        }
        if let ClaimKind::Entity(e) = &c.kind
            && e.kind == EntityKind::Person
        {
            if e.name == speaker || one_name(&e.name, speaker) {
                named = true;
            } else {
                return false;
            }
        }
    }
    named
}

/// The longest of `names` that is `s` named another way (`Mellody Hobson`
/// for `Hobson`): one person is one speaker, whichever way quotes name them.
fn longest<'a>(names: &[&'a str], s: &'a str) -> &'a str {
    names
        .iter()
        .copied()
        .filter(|o| one_name(o, s))
        .max_by_key(|o| (o.len(), std::cmp::Reverse(*o)))
        .unwrap_or(s)
}

/// True when one name is part of the other (`Tedros` and `Tedros Adhanom
/// Ghebreyesus`, `Kane` and `Harry Kane`): one person named two ways.
fn one_name(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    let (short, long) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    short.iter().all(|w| long.contains(w))
}

/// Union-find root.
fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

impl Check for QuoteSpeaker {
    fn id(&self) -> &'static str {
        "quote-speaker"
    }

    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn source(&self) -> &'static str {
        include_str!("quote_speaker.rs")
    }

    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
        let names = &cx.corpus.index.names;
        let mentions = |kind: EntityKind, s: &str, doc: Option<usize>| {
            names
                .get(&(kind, s.to_string()))
                .is_some_and(|ids| doc.is_none_or(|d| ids.iter().any(|i| i.doc == d)))
        };
        // A person: never an organisation, or a person in the quote's own
        // draft and no organisation there (`Southgate told reporters` where
        // another draft has `Southgate's side`), or a name opening with a
        // given name (`Gareth Southgate`).
        let is_person = |s: &str, doc: usize| {
            mentions(EntityKind::Person, s, None)
                && (!mentions(EntityKind::Org, s, None)
                    || (mentions(EntityKind::Person, s, Some(doc))
                        && !mentions(EntityKind::Org, s, Some(doc)))
                    || (s.contains(' ') && s.split(' ').next().is_some_and(is_first_name)))
        };
        // Quotes attributed to people, in a fixed order.
        let mut speakers: Vec<(&String, &Vec<ClaimId>)> = cx
            .corpus
            .index
            .quotes
            .iter()
            .filter(|(s, _)| !s.is_empty() && mentions(EntityKind::Person, s, None))
            .collect();
        speakers.sort();
        let mut quotes: Vec<Attributed<'_>> = Vec::new();
        for (speaker, ids) in speakers {
            for &id in ids {
                if let ClaimKind::Quote(q) = &cx.corpus.claim(id).kind
                    && (named_here(&cx.corpus.doc(id).text, q.speaker_span)
                        || sole_person_of_paragraph(cx, id, speaker))
                    && is_person(speaker, id.doc)
                {
                    quotes.push((id, speaker, cx.corpus.quote_words(id)));
                }
            }
        }
        // Quotes sharing a run of words are one quotation.
        let mut parent: Vec<usize> = (0..quotes.len()).collect();
        let mut first_with: HashMap<u64, usize> = HashMap::new();
        for (n, q) in quotes.iter().enumerate() {
            for h in runs(q.2) {
                match first_with.get(&h) {
                    Some(&m) => {
                        let (a, b) = (root(&mut parent, m), root(&mut parent, n));
                        parent[a.max(b)] = a.min(b);
                    }
                    None => {
                        first_with.insert(h, n);
                    }
                }
            }
        }
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for n in 0..quotes.len() {
            let r = root(&mut parent, n);
            groups.entry(r).or_default().push(n);
        }
        let confirmed = confirmed_runs(cx);
        for members in groups.values() {
            // A quotation the sheet confirms has its speaker: every other
            // speaker is reported against the sheet, whatever the drafts say.
            let sheet = members.iter().find_map(|&m| {
                runs(quotes[m].2)
                    .iter()
                    .find_map(|h| confirmed.get(h).copied())
            });
            if let Some((set, i)) = sheet {
                let set = &cx.corpus.rules[set];
                let q = &set.quotes[i];
                let wrong: Vec<usize> = members
                    .iter()
                    .copied()
                    .filter(|&m| {
                        let speaker = quotes[m].1;
                        !confirmed_speaker(speaker, &q.speaker)
                            && strsim::damerau_levenshtein(speaker, &q.speaker) > 2
                            && !joint(q.said.as_deref(), speaker)
                    })
                    .collect();
                for (lead, rest) in one_per_draft(cx, &quotes, &wrong) {
                    let (id, speaker, _) = quotes[lead];
                    let mut v = against_sheet(cx, id, speaker, set, q);
                    v.related.extend(goes_on(cx, &quotes, &rest));
                    out.push(v);
                }
                continue;
            }
            // One person named two ways (`Hobson`, `Mellody Hobson`) is one
            // speaker, under the longest name the quotes give.
            let names: Vec<&str> = members.iter().map(|&m| quotes[m].1).collect();
            let mut by_speaker: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
            for &m in members {
                by_speaker
                    .entry(longest(&names, quotes[m].1))
                    .or_default()
                    .push(m);
            }
            if by_speaker.len() < 2 {
                continue;
            }
            // The speaker most quotes give is the reference; the first on a tie.
            let (reference, refs) = by_speaker
                .iter()
                .max_by_key(|(s, v)| (v.len(), std::cmp::Reverse(**s)))
                .map(|(s, v)| (*s, v.clone()))
                .unwrap_or_default();
            for (speaker, ms) in &by_speaker {
                if *speaker == reference
                    || strsim::damerau_levenshtein(speaker, reference) <= 2
                    || one_name(speaker, reference)
                {
                    continue;
                }
                for (lead, rest) in one_per_draft(cx, &quotes, ms) {
                    let (id, _, _) = &quotes[lead];
                    // The evidence: the reference speaker's quote in another draft if any.
                    let o = refs
                        .iter()
                        .copied()
                        .find(|&o| quotes[o].0.doc != id.doc)
                        .unwrap_or(refs[0]);
                    let mut v = finding(cx, *id, speaker, quotes[o].0, reference);
                    v.related.extend(goes_on(cx, &quotes, &rest));
                    out.push(v);
                }
            }
        }
    }
}

/// A quote and its speaker, as the check weighs them.
type Attributed<'a> = (ClaimId, &'a str, &'a [QuoteWord]);

/// The quotes `ms` (one quotation, one speaker) by draft: one finding each,
/// led by the fragment whose attribution names the speaker (`"…," Prime
/// Minister Shehbaz Sharif told reporters. "…"` is one quote in two
/// fragments, the second carried over), else the first; the rest are
/// shown as the quote going on.
fn one_per_draft(
    cx: &Context<'_, '_>,
    quotes: &[Attributed<'_>],
    ms: &[usize],
) -> Vec<(usize, Vec<usize>)> {
    let mut by_doc: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &m in ms {
        by_doc.entry(quotes[m].0.doc).or_default().push(m);
    }
    by_doc
        .into_values()
        .map(|mut v| {
            v.sort_by_key(|&m| cx.corpus.claim(quotes[m].0).span.start);
            let lead = v
                .iter()
                .position(|&m| match &cx.corpus.claim(quotes[m].0).kind {
                    ClaimKind::Quote(q) => q.speaker_span.is_some(),
                    _ => false,
                })
                .unwrap_or(0);
            let l = v.remove(lead);
            (l, v)
        })
        .collect()
}

/// Labels for the other fragments of one quote in the lead's draft.
fn goes_on(cx: &Context<'_, '_>, quotes: &[Attributed<'_>], rest: &[usize]) -> Vec<Label> {
    rest.iter()
        .map(|&m| {
            let c = cx.corpus.claim(quotes[m].0);
            Label::doc(c.doc, c.span, "the same quote goes on here")
        })
        .collect()
}

/// Where the draft names the speaker a pronoun stands for (`Finance Minister
/// Mohamed Maait said… "…," he said`): the last mention of that person
/// before the quote, within the paragraph's reach, for the reader to see
/// whom the draft means.
fn antecedent(cx: &Context<'_, '_>, id: ClaimId, speaker: &str) -> Option<Label> {
    let claim = cx.corpus.claim(id);
    let ClaimKind::Quote(q) = &claim.kind else {
        return None;
    };
    let at = q.speaker_span?;
    let text = &cx.corpus.doc(id).text;
    if named_here(text, Some(at)) {
        return None;
    }
    let from = claim.span.start.saturating_sub(PARAGRAPH_REACH);
    let claims = &cx.corpus.extractions[id.doc].claims;
    let lo = claims.partition_point(|c| c.span.start < from);
    let hi = claims.partition_point(|c| c.span.start < claim.span.start);
    claims[lo..hi].iter().rev().find_map(|c| match &c.kind {
        ClaimKind::Entity(e)
            if e.kind == EntityKind::Person
                && (e.name == speaker || one_name(&e.name, speaker)) =>
        {
            let pronoun = text.get(at.start..at.end).unwrap_or("");
            Some(Label::doc(
                claim.doc,
                c.span,
                format!("`{pronoun}` is `{speaker}`, named here"),
            ))
        }
        _ => None,
    })
}

/// True when a confirmed quote's `said:` names the draft's speaker too (`a
/// joint statement with Edward Markey`): the words are that person's as
/// well. A one-word speaker must be a whole word of it.
fn joint(said: Option<&str>, speaker: &str) -> bool {
    let (Some(said), speaker) = (said, speaker.trim()) else {
        return false;
    };
    if speaker.is_empty() {
        return false;
    }
    said.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .collect::<Vec<_>>()
        .windows(speaker.split_whitespace().count())
        .any(|w| {
            w.iter()
                .zip(speaker.split_whitespace())
                .all(|(a, b)| a.eq_ignore_ascii_case(b))
        })
}

/// The runs of the quotes the story sheets confirm: (set, quote) by run.
fn confirmed_runs(cx: &Context<'_, '_>) -> HashMap<u64, (usize, usize)> {
    let mut out = HashMap::new();
    for (s, set) in cx.corpus.rules.iter().enumerate() {
        for (i, q) in set.quotes.iter().enumerate() {
            for h in runs(&words(&q.text, Span::new(0, q.text.len()))) {
                out.entry(h).or_insert((s, i));
            }
        }
    }
    out
}

/// A confirmed quote given to someone else in a draft, with the sheet's
/// words as the evidence.
fn against_sheet(
    cx: &Context<'_, '_>,
    id: ClaimId,
    speaker: &str,
    set: &RuleSet,
    q: &RuleQuote,
) -> Violation {
    let claim = cx.corpus.claim(id);
    let span = match &claim.kind {
        ClaimKind::Quote(quote) => quote.speaker_span.unwrap_or(claim.span),
        _ => claim.span,
    };
    let said = q
        .said
        .as_ref()
        .map(|s| format!(" ({s})"))
        .unwrap_or_default();
    Violation::new(
        format!(
            "this quote is attributed to `{speaker}` here but the story sheet confirms it as `{}`'s{said}",
            q.speaker
        ),
        Label::doc(claim.doc, span, format!("`{speaker}` named as the speaker")),
        vec![
            Label {
                place: Place::Rules(set.file),
                span: q.span,
                message: format!("confirmed as `{}`'s words", q.speaker),
            },
            Label::doc(claim.doc, claim.span, "the quote here"),
        ]
        .into_iter()
        .chain(antecedent(cx, id, speaker))
        .collect(),
        "attribute the quote to the speaker the sheet confirms, or correct the sheet",
    )
}

fn finding(
    cx: &Context<'_, '_>,
    id: ClaimId,
    speaker: &str,
    other: ClaimId,
    reference: &str,
) -> Violation {
    let claim = cx.corpus.claim(id);
    let span = match &claim.kind {
        ClaimKind::Quote(q) => q.speaker_span.unwrap_or(claim.span),
        _ => claim.span,
    };
    let o = cx.corpus.claim(other);
    let file = file_name(&cx.corpus.doc(other).path);
    let mut related = vec![Label::doc(
        o.doc,
        o.span,
        format!("attributed to `{reference}` here"),
    )];
    if let ClaimKind::Quote(q) = &o.kind
        && let Some(s) = q.speaker_span
    {
        related.push(Label::doc(o.doc, s, "the speaker there"));
    }
    related.push(Label::doc(claim.doc, claim.span, "the quote here"));
    related.extend(antecedent(cx, id, speaker));
    Violation::new(
        format!("this quote is attributed to `{speaker}` here but to `{reference}` in {file}"),
        Label::doc(claim.doc, span, format!("`{speaker}` named as the speaker")),
        related,
        "check who said it against the recording or the source and attribute it the same way in every draft",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::messages;

    #[test]
    fn a_name_and_its_short_form_are_one_speaker() {
        assert!(one_name("Tedros", "Tedros Adhanom Ghebreyesus"));
        assert!(one_name("Harry Kane", "Kane"));
        assert!(!one_name("Harry Kane", "Gareth Southgate"));
        let q = "keep the ball well enough, and against a side like that you pay for it";
        let full = format!("\"We weren't able to {q},\" Gareth Southgate told reporters.");
        let short = format!("\"We weren't able to {q},\" Southgate told reporters.");
        assert!(messages(&QuoteSpeaker, &[("a.txt", &full), ("b.txt", &short)]).is_empty());
    }

    #[test]
    fn a_descriptor_before_the_name_does_not_hide_the_speaker() {
        let q = "keep the ball well enough, and against a side like that you pay for it";
        let coach = format!("\"We weren't able to {q},\" Gareth Southgate told reporters.");
        let captain = format!("\"We weren't able to {q},\" captain Harry Kane informed reporters.");
        let m = messages(&QuoteSpeaker, &[("a.txt", &coach), ("b.txt", &captain)]);
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(m[0].contains("Harry Kane"), "{m:?}");
    }

    #[test]
    fn only_a_name_at_the_quote_can_be_a_misattribution() {
        let text = "Newsom said it. He said so.";
        assert!(named_here(text, Some(Span::new(0, 6))));
        assert!(!named_here(text, Some(Span::new(16, 18))));
        assert!(!named_here(text, None));
    }

    #[test]
    fn eight_words_in_a_row_make_one_run() {
        let text = "we are going to rebuild and we are going to rebuild together";
        let w = words(text, Span::new(0, text.len()));
        assert_eq!(runs(&w).len(), w.len() - RUN + 1);
        let short = "we are going to rebuild";
        assert!(runs(&words(short, Span::new(0, short.len()))).is_empty());
        // Two runs hash alike exactly when their words are the same.
        let text =
            "we are going to rebuild it all now, we are going to rebuild it all now and again";
        let w = words(text, Span::new(0, text.len()));
        let r = runs(&w);
        assert_eq!(r.len(), w.len() - RUN + 1);
        let norms: Vec<_> = w.windows(RUN).collect();
        let same =
            |i: usize, j: usize| norms[i].iter().zip(norms[j]).all(|(a, b)| a.norm == b.norm);
        assert!(same(0, 8) && r[0] == r[8]);
        for i in 0..r.len() {
            for j in 0..r.len() {
                assert_eq!(r[i] == r[j], same(i, j), "{i} {j}");
            }
        }
    }

    const BASS: &str = "Los Angeles Mayor Karen Bass said Sunday the city would recover. \"We are going to rebuild, and we are going to rebuild together,\" Bass said.";
    const GUARDIAN: &str = "\"We are going to rebuild, and we are going to rebuild together,\" said Karen Bass, the mayor of Los Angeles.";
    const NEWSOM: &str = "California Gov. Gavin Newsom toured Altadena on Sunday. \"We are going to rebuild, and we are going to rebuild together,\" Newsom said.";

    #[test]
    fn one_quote_in_two_mouths_is_reported_on_the_rarer_speaker() {
        let m = messages(
            &QuoteSpeaker,
            &[
                ("ap.txt", BASS),
                ("guardian.txt", GUARDIAN),
                ("local.txt", NEWSOM),
            ],
        );
        assert_eq!(
            m,
            vec!["this quote is attributed to `Gavin Newsom` here but to `Karen Bass` in ap.txt"]
        );
    }

    #[test]
    fn one_quote_given_to_one_speaker_is_silent() {
        let m = messages(
            &QuoteSpeaker,
            &[("ap.txt", BASS), ("guardian.txt", GUARDIAN)],
        );
        assert!(m.is_empty(), "{m:?}");
    }
}
