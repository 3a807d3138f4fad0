//! Quote claims: what was put in quotation marks, and who said it.
//!
//! Quotes are found by `marks` (mixed and unclosed marks, multi-paragraph
//! quotes) and their words split by `words`. The speaker comes from, in order:
//!
//! 1. the words after the closing mark: `,” said CEO Andy Jassy`, `,” Jassy
//!    said`, `” he said`, `,” according to X`;
//! 2. the words before the opening mark in its sentence: `X emphasized in a
//!    memo that … “…”`, `X said today: “…”`;
//! 3. a colon: `X set out the reasons in a memo to staff: “…”`, or that
//!    sentence ending the paragraph before the one the quote opens — the
//!    sentence's subject, past a leading phrase (`In a memo, X wrote:`); no
//!    speaker when the subject is no person;
//! 4. carry-over: a paragraph that opens with a quote keeps the speaker of the
//!    quote before it; a second quote in an attributed sentence keeps its speaker.
//!
//! `he`/`she` resolve to a person named earlier in the sentence, else the last
//! named speaker. A speaker is a name run, resolved to a full name later.

use super::entity::NameRun;
use super::lexicon::SAID_VERBS;
use super::sentence::{Sentence, sentence_at};
use super::titles;
use super::token::{Kind, Token, Toks};
use crate::source::Span;

/// A quotation in a document.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteFound {
    /// The quote with its marks.
    pub outer: Span,
    /// The quoted words.
    pub inner: Span,
    /// Sentence of the opening mark.
    pub sentence: usize,
    /// Paragraph of the opening mark.
    pub paragraph: u32,
    /// The speaker's name run, when attributed.
    pub speaker: Option<usize>,
    /// The words that attribute it (a name or a pronoun).
    pub speaker_span: Option<Span>,
}

mod marks;
mod words;

pub use marks::spans;
pub use words::{QuoteWord, normalise, words};

/// The index of the token starting at byte `at` in a sentence's tokens.
fn token_at(ts: &[Token<'_>], at: usize) -> Option<usize> {
    // Tokens are in text order: a binary search, not a scan per quote.
    ts.binary_search_by_key(&at, |t| t.span.start).ok()
}

fn is_said(t: &Token<'_>) -> bool {
    t.is_word() && SAID_VERBS.iter().any(|v| t.is(v))
}

fn is_pronoun(t: &Token<'_>) -> bool {
    t.is("he") || t.is("she")
}

/// What attributes a quote: a run, or a pronoun to resolve.
#[derive(Clone, Copy, Debug)]
enum Who {
    Run(usize),
    Pronoun(Span),
}

/// The context `attribute` needs to judge name runs.
pub struct Context<'r, 't, 'a> {
    /// The document's sentences.
    pub sentences: &'r [Sentence],
    /// Tokens of each sentence.
    pub toks: &'r [Vec<Token<'t>>],
    /// The document's name runs.
    pub runs: &'r [NameRun],
    /// Runs of each sentence, as indexes into `runs`.
    pub by_sentence: &'r [Vec<usize>],
    /// Whether each run may be a speaker (roles' persons yes, their organisations no).
    pub speakerish: &'r dyn Fn(usize) -> bool,
    /// Whether a run is evidently a person (a role's person, a given name and a
    /// surname, or such a surname alone): what pronouns and sentence subjects resolve to.
    pub personish: &'r dyn Fn(usize) -> bool,
    /// Marker for the token lifetime.
    pub _a: std::marker::PhantomData<&'a ()>,
}

/// Attributes every quote of a document.
pub fn attribute(text: &str, cx: &Context<'_, '_, '_>) -> Vec<QuoteFound> {
    let mut out: Vec<QuoteFound> = Vec::new();
    let mut last_speaker: Option<usize> = None;
    let mut index = SentenceIndexes::default();
    for (outer, inner, para) in spans(text, cx.sentences) {
        let s_open = sentence_at(cx.sentences, outer.start);
        let s_close = sentence_at(cx.sentences, outer.end.saturating_sub(1));
        let who = after(cx, s_close, outer.end)
            .or_else(|| before(cx, &mut index, s_open, outer.start))
            .map(|w| resolve(cx, w, s_open, outer.start, last_speaker))
            .or_else(|| {
                let (s, w) = colon_intro(text, cx, s_open, outer.start)
                    .or_else(|| reported_intro(cx, s_open, outer.start))?;
                Some(resolve(cx, w, s, cx.sentences[s].span.end, last_speaker))
            });
        let mut found = QuoteFound {
            outer,
            inner,
            sentence: s_open,
            paragraph: para,
            speaker: None,
            speaker_span: None,
        };
        if let Some((run, span)) = who.flatten() {
            found.speaker = run;
            found.speaker_span = Some(span);
        }
        if found.speaker.is_none() && who.is_none() {
            found.speaker = carried(cx, &out, &found);
        }
        if found.speaker.is_some() {
            last_speaker = found.speaker;
        }
        out.push(found);
    }
    out
}

/// What `before` looks up in a sentence, read once per sentence with quotes
/// (a sentence of many quotes costs time linear in its length, not its square).
struct SentenceIndex {
    /// For each token, the nearest attribution verb before it (`said`, or
    /// `according` of `according to`).
    verb_before: Vec<Option<usize>>,
    /// Person-like name runs as (end token, run), by end.
    people: Vec<(usize, usize)>,
}

/// `SentenceIndex`es by sentence, made when first needed.
#[derive(Default)]
struct SentenceIndexes(std::collections::HashMap<usize, SentenceIndex>);

impl SentenceIndexes {
    fn of(&mut self, cx: &Context<'_, '_, '_>, s: usize) -> &SentenceIndex {
        self.0.entry(s).or_insert_with(|| {
            let ts = &cx.toks[s];
            let mut verb_before = Vec::with_capacity(ts.len() + 1);
            let mut last = None;
            for k in 0..=ts.len() {
                verb_before.push(last);
                if let Some(t) = ts.get(k)
                    && (is_said(t)
                        || (t.is("according") && ts.get(k + 1).is_some_and(|n| n.is("to"))))
                {
                    last = Some(k);
                }
            }
            let mut people: Vec<(usize, usize)> = cx.by_sentence[s]
                .iter()
                .copied()
                .filter(|&r| (cx.personish)(r))
                .map(|r| (cx.runs[r].end, r))
                .collect();
            // A stable sort: on equal ends the later run is taken last, as `max_by_key` did.
            people.sort_by_key(|&(end, _)| end);
            SentenceIndex {
                verb_before,
                people,
            }
        })
    }
}

/// `,” said [title…] X`, `,” X said`, `” he said`, `,” according to X`.
fn after(cx: &Context<'_, '_, '_>, s: usize, close_end: usize) -> Option<Who> {
    let ts = &cx.toks[s];
    let k = ts.partition_point(|t| t.span.start < close_end);
    ts.get(k)?;
    let mut k = k;
    while ts
        .get(k)
        .is_some_and(|t| t.is_punct(',') || t.is_punct('\u{2013}') || t.is_punct('\u{2014}'))
    {
        k += 1;
    }
    let t = ts.get(k)?;
    if is_said(t) || (t.is("according") && ts.get(k + 1).is_some_and(|n| n.is("to"))) {
        let from = if t.is("according") { k + 2 } else { k + 1 };
        return run_after(cx, s, from, 7).map(Who::Run);
    }
    if is_pronoun(t) && ts.get(k + 1).is_some_and(is_said) {
        return Some(Who::Pronoun(t.span));
    }
    // `Halcyon CEO Robert Vance wrote`: skip an organisation and a title to the speaker.
    if let Some(r) = run_after(cx, s, k, 7)
        && cx.runs[r].first > k
        && (ts.get(cx.runs[r].end).is_some_and(is_said)
            || ts.get(cx.runs[r].end).is_some_and(|t| t.is_punct(','))
                && ts.get(cx.runs[r].end + 1).is_some_and(is_said))
    {
        return Some(Who::Run(r));
    }
    // `X said`, `X, Amazon’s CEO, said`
    let r = cx.by_sentence[s]
        .iter()
        .copied()
        .find(|&r| cx.runs[r].first == k)?;
    let mut e = cx.runs[r].end;
    if ts.get(e).is_some_and(|t| t.is_punct(',')) {
        // Skip an appositive up to the next comma.
        if let Some(c) = ts[e + 1..].iter().take(12).position(|t| t.is_punct(',')) {
            e = e + 1 + c + 1;
        }
    }
    ts.get(e).filter(|t| is_said(t)).map(|_| Who::Run(r))
}

/// The first speaker-like run starting within `window` tokens from `from`, skipping titles.
fn run_after(cx: &Context<'_, '_, '_>, s: usize, from: usize, window: usize) -> Option<usize> {
    let ts = &cx.toks[s];
    let mut k = from;
    while k < ts.len() && k < from + window {
        if let Some(r) = cx.by_sentence[s]
            .iter()
            .copied()
            .find(|&r| cx.runs[r].first == k)
        {
            if (cx.speakerish)(r) {
                return Some(r);
            }
            k = cx.runs[r].end;
            continue;
        }
        if let Ok((_, m)) = titles::title(Toks(&ts[k..])) {
            k += m.len + titles::remit_len(&ts[k + m.len..]);
            continue;
        }
        // A lower-case word naming what the speaker is, just before the
        // name (`captain Harry Kane`, `midfielder Rodri`, `coach Ana Ruiz`).
        // Also one before a title or a possessive (`board chair Mellody
        // Hobson`, `the board's chair, Mellody Hobson,`).
        let speaker_at = |i: usize| {
            cx.by_sentence[s]
                .iter()
                .any(|&r| cx.runs[r].first == i && (cx.speakerish)(r))
        };
        let descriptor = ts[k].is_word()
            && ts[k].text.chars().next().is_some_and(char::is_lowercase)
            && (speaker_at(k + 1)
                || titles::title(Toks(&ts[k + 1..])).is_ok()
                || ts.get(k + 1).is_some_and(|t| t.kind == Kind::Possessive));
        // `the board's chair, Mellody Hobson, said`: a comma after the
        // title, before the name.
        let apposed = ts[k].is_punct(',') && k > from && speaker_at(k + 1);
        // `Member (Operations and Business Development) Jaya Varma Sinha`:
        // a remit in brackets after a title.
        if ts[k].is_punct('(')
            && k > from
            && let Some(c) = ts[k + 1..].iter().take(10).position(|t| t.is_punct(')'))
            && speaker_at(k + c + 2)
        {
            k += c + 2;
            continue;
        }
        // `Chairman and Chief Executive C.C. Wei`: a second title joined on.
        let joined =
            (ts[k].is("and") || ts[k].is_punct('&')) && titles::title(Toks(&ts[k + 1..])).is_ok();
        // `said Dr. Jane Smith`, `said Col. Estee Pinchasin`: a form of
        // address, with its full stop, before the name.
        if super::names::HONORIFICS.iter().any(|h| ts[k].is(h)) {
            k += 1 + usize::from(ts.get(k + 1).is_some_and(|t| t.is_punct('.')));
            continue;
        }
        let skippable = descriptor
            || apposed
            || joined
            || ts[k].kind == Kind::Possessive
            || ts[k].is("the")
            || ts[k].is("its")
            || titles::TITLE_QUALIFIERS.iter().any(|w| ts[k].is(w))
            || ts[k].is_punct('-');
        if !skippable {
            return None;
        }
        k += 1;
    }
    None
}

/// `X emphasized … that “`, `X said today: “`, `According to X, “`.
fn before(
    cx: &Context<'_, '_, '_>,
    index: &mut SentenceIndexes,
    s: usize,
    open_at: usize,
) -> Option<Who> {
    let ts = &cx.toks[s];
    let open = token_at(ts, open_at)?;
    let ix = index.of(cx, s);
    let verb = ix.verb_before.get(open).copied().flatten();
    let Some(v) = verb else {
        // `X: “…”`
        if open >= 1 && ts[open - 1].is_punct(':') {
            let r = cx.by_sentence[s]
                .iter()
                .copied()
                .find(|&r| cx.runs[r].end == open - 1)?;
            // `Gov. Gavin Newsom in Pacific Palisades: “…”`: a name that is
            // no person yields to the person the sentence opens with; so
            // does the object of a verb (`López Obrador posts a video
            // congratulating Sheinbaum: “…”`).
            let first = cx.runs[r].first;
            let object = first >= 1 && {
                let p = &ts[first - 1];
                p.is_word() && !p.is_cap() && !is_said(p)
            };
            if (!(cx.personish)(r) || object)
                && let Some(w) = subject(cx, s, open - 1)
            {
                return Some(w);
            }
            return (cx.speakerish)(r).then_some(Who::Run(r));
        }
        return None;
    };
    if ts[v].is("according") {
        return run_after(cx, s, v + 2, 7).map(Who::Run);
    }
    if v >= 1 && is_pronoun(&ts[v - 1]) {
        return Some(Who::Pronoun(ts[v - 1].span));
    }
    // The nearest person before the verb (skipping appositives and roles' organisations).
    let people = &ix.people;
    people[..people.partition_point(|&(end, _)| end <= v)]
        .last()
        .map(|&(_, r)| Who::Run(r))
        .or_else(|| {
            // `she emphasized`, with the pronoun a few words before the verb.
            (v.saturating_sub(3)..v)
                .find(|&k| is_pronoun(&ts[k]))
                .map(|k| Who::Pronoun(ts[k].span))
        })
}

/// A quote a colon introduces: `…in a memo to staff: “…”` in one sentence, or
/// a sentence ending `…in a memo to staff:` and the quote opening the next
/// paragraph. The speaker is that sentence's subject; returns the sentence too.
fn colon_intro(
    text: &str,
    cx: &Context<'_, '_, '_>,
    s: usize,
    open_at: usize,
) -> Option<(usize, Who)> {
    let ts = &cx.toks[s];
    let open = token_at(ts, open_at)?;
    if open >= 1 && ts[open - 1].is_punct(':') {
        return subject(cx, s, open - 1).map(|w| (s, w));
    }
    let first_of_paragraph =
        s >= 1 && cx.sentences[s - 1].paragraph != cx.sentences[s].paragraph && open == 0;
    let intro = s.checked_sub(1)?;
    let span = cx.sentences[intro].span;
    let colon = text
        .get(span.start..span.end)
        .is_some_and(|t| t.trim_end().ends_with(':'));
    if !(first_of_paragraph && colon) {
        return None;
    }
    let limit = cx.toks[intro].len().saturating_sub(1);
    subject(cx, intro, limit).map(|w| (intro, w))
}

/// A quote opening a sentence right after one of reported speech in its
/// paragraph (`He said the senior ranks would not be spared. “Every leader
/// on my staff will feel this.”`): the speaker is that sentence's subject,
/// when a saying verb follows it (`said`, `also wrote`).
fn reported_intro(cx: &Context<'_, '_, '_>, s: usize, open_at: usize) -> Option<(usize, Who)> {
    if token_at(&cx.toks[s], open_at)? != 0 {
        return None;
    }
    let intro = s.checked_sub(1)?;
    if cx.sentences[intro].paragraph != cx.sentences[s].paragraph {
        return None;
    }
    let ts = &cx.toks[intro];
    let who = subject(cx, intro, ts.len())?;
    let end = match who {
        Who::Run(r) => cx.runs[r].end,
        Who::Pronoun(span) => ts.iter().position(|t| t.span == span)? + 1,
    };
    let adverb = ts
        .get(end)
        .is_some_and(|t| t.is("also") || t.text.ends_with("ly"));
    ts.get(end + usize::from(adverb))
        .is_some_and(is_said)
        .then_some((intro, who))
}

/// Words that open a phrase before a sentence's subject (`In a memo to
/// staff, Smith wrote:`), besides participles (`Speaking on Monday,`).
const LEADING: &[&str] = &[
    "in", "at", "on", "after", "before", "during", "asked", "from", "with", "for", "when", "as",
    "later", "earlier", "by", "to", "over", "since", "while", "under", "then", "but",
];

/// The person a sentence names as its subject, among its first `limit`
/// tokens: past a leading phrase and a relative clause (`In an email, which
/// the Journal saw, Smith wrote:`); a `he`/`she` to resolve, or none when the
/// subject is no person (`the HR team wrote:`).
fn subject(cx: &Context<'_, '_, '_>, s: usize, limit: usize) -> Option<Who> {
    let ts = &cx.toks[s][..limit.min(cx.toks[s].len())];
    let past_comma = |k: usize| {
        ts[k..]
            .iter()
            .position(|t| t.is_punct(','))
            .map(|c| k + c + 1)
    };
    let mut k = 0;
    // `Thu Jan 9, 10:05 a.m. — Gov. Gavin Newsom in …:`, `11:05 PM - Mahomes
    // at the podium:`: a live blog's time stamp before a dash (a spaced
    // hyphen too) is no subject; the sentence starts after it.
    if let Some(d) = ts
        .iter()
        .take(12)
        .position(|t| t.is_punct('—') || t.is_punct('–') || (t.is_punct('-') && t.space_before))
        && !cx.by_sentence[s]
            .iter()
            .any(|&r| cx.runs[r].first < d && (cx.personish)(r))
    {
        k = d + 1;
    }
    // `Outgoing President López Obrador posts …`: a title's qualifier is
    // no participle opening a phrase.
    let leads = |t: &Token<'_>| {
        t.is_word()
            && (LEADING.iter().any(|w| t.is(w))
                || (t.text.len() > 5 && t.text.to_ascii_lowercase().ends_with("ing")))
            && !titles::TITLE_QUALIFIERS.iter().any(|q| t.is(q))
    };
    if ts.get(k).is_some_and(leads) && !starts_run(cx, s, k) {
        k = past_comma(k)?;
    }
    while ts
        .get(k)
        .is_some_and(|t| t.is("which") || t.is("who") || t.is("whose"))
    {
        k = past_comma(k)?;
    }
    let t = ts.get(k)?;
    if is_pronoun(t) {
        return Some(Who::Pronoun(t.span));
    }
    // `Her words:`, `His reply to staff:`: a short intro owned by a
    // pronoun is that person's.
    if (t.is("her") || t.is("his"))
        && ts.len() - k <= 5
        && !ts[k + 1..].iter().any(|x| x.is_punct(',') || x.is_cap())
    {
        return Some(Who::Pronoun(t.span));
    }
    let mut r = run_after(cx, s, k, 7)?;
    // `Treasury secretary Janet Yellen set the tone:` — a body or a
    // portfolio before a title is not the subject; the person after it is.
    while !(cx.personish)(r)
        && cx.toks[s]
            .get(cx.runs[r].end..)
            .is_some_and(|rest| titles::title(Toks(rest)).is_ok())
    {
        r = run_after(cx, s, cx.runs[r].end, 7)?;
    }
    Some(r)
        .filter(|&r| cx.runs[r].first < limit && (cx.personish)(r))
        .map(Who::Run)
}

/// True when a name run starts at token `k` of sentence `s`.
fn starts_run(cx: &Context<'_, '_, '_>, s: usize, k: usize) -> bool {
    cx.by_sentence[s].iter().any(|&r| cx.runs[r].first == k)
}

/// A run, or a pronoun resolved to the person named earlier in the sentence or the last speaker.
fn resolve(
    cx: &Context<'_, '_, '_>,
    who: Who,
    s: usize,
    before: usize,
    last_speaker: Option<usize>,
) -> Option<(Option<usize>, Span)> {
    match who {
        Who::Run(r) => Some((Some(r), cx.runs[r].span)),
        Who::Pronoun(span) => {
            let earlier = cx.by_sentence[s]
                .iter()
                .copied()
                .filter(|&r| cx.runs[r].span.end <= span.start.min(before) && (cx.personish)(r))
                .max_by_key(|&r| cx.runs[r].end);
            // With no speaker yet, the one person the sentence before names
            // (`Amazon CFO Brian Olsavsky spoke on the call. “…,” he said.`).
            // Of several, the one that opens it as its subject (`Lai has
            // promised to keep President Tsai's approach. “…,” he said.`).
            let named_before = || {
                let prev = cx.by_sentence.get(s.checked_sub(1)?)?;
                let mut people = prev.iter().copied().filter(|&r| (cx.personish)(r));
                let first = people.next()?;
                let opens = cx.runs[first].first == 0 && !cx.runs[first].possessive;
                (opens || people.all(|r| cx.runs[r].text == cx.runs[first].text)).then_some(first)
            };
            // The person the sentence before names outranks an older speaker
            // (`Jon Holden … said the union was ready. “…,” he said.`).
            Some((earlier.or_else(named_before).or(last_speaker), span))
        }
    }
}

/// The speaker a quote inherits: the quote before it in the same sentence, or —
/// for a paragraph that opens with the quote — the last quote of the paragraph before.
fn carried(cx: &Context<'_, '_, '_>, done: &[QuoteFound], q: &QuoteFound) -> Option<usize> {
    let prev = done.last()?;
    if prev.sentence == q.sentence
        || sentence_at(cx.sentences, prev.outer.end.saturating_sub(1)) == q.sentence
    {
        return prev.speaker;
    }
    let opens_sentence = cx.sentences[q.sentence].span.start == q.outer.start;
    // `“A,” X wrote. “B.”`: a quote that opens the very next sentence of the paragraph.
    let prev_sentence = sentence_at(cx.sentences, prev.outer.end.saturating_sub(1));
    if opens_sentence && prev.paragraph == q.paragraph && prev_sentence + 1 == q.sentence {
        return prev.speaker;
    }
    let first_of_paragraph = opens_sentence
        && (q.sentence == 0 || cx.sentences[q.sentence - 1].paragraph != q.paragraph);
    let previous_paragraph = prev.paragraph + 1 == q.paragraph || prev.paragraph == q.paragraph;
    (first_of_paragraph && previous_paragraph)
        .then_some(prev.speaker)
        .flatten()
}

#[cfg(test)]
mod tests {
    use crate::claim::ClaimKind;
    use crate::extract::{ExtractOptions, extract};
    use crate::source::{DocId, Document};

    /// Each quote of a draft as (speaker or `?`, quoted words).
    fn said(text: &str) -> Vec<(String, String)> {
        let doc = Document::new(DocId(0), "q.txt", text);
        extract(&doc, &ExtractOptions::default())
            .claims
            .into_iter()
            .filter_map(|c| match c.kind {
                ClaimKind::Quote(q) => Some((q.speaker.unwrap_or("?".into()), q.quote)),
                _ => None,
            })
            .collect()
    }

    fn speakers(text: &str) -> Vec<String> {
        said(text).into_iter().map(|(s, _)| s).collect()
    }

    const MEMO: &str = "Ada Kowalczyk runs the Harbour Line ferry company.\n\nKowalczyk set out the reasons in a note to crews:\n\n\"Fuel now costs us more than wages do, and that cannot last.\"\n\nThe union did not comment.";

    #[test]
    fn a_sentence_ending_in_a_colon_gives_the_quote_opening_the_next_paragraph_its_subject() {
        assert_eq!(speakers(MEMO), vec!["Ada Kowalczyk"]);
    }

    #[test]
    fn two_titles_joined_by_and_lead_to_the_speaker() {
        let t = "\"Demand is real,\" Chairman and Chief Executive Ada Kowalczyk told analysts.";
        assert_eq!(speakers(t), vec!["Ada Kowalczyk"]);
    }

    #[test]
    fn a_body_and_a_title_before_the_subject_are_passed_over() {
        let t = "Treasury secretary Ada Kowalczyk set the tone at the briefing:\n\n\"Fuel now costs us more than wages do.\"";
        assert_eq!(speakers(t), vec!["Ada Kowalczyk"]);
        // A body that is the subject itself names no speaker.
        let t = "The Treasury team told Ada Kowalczyk at the briefing:\n\n\"Fuel now costs us more than wages do.\"";
        assert_eq!(speakers(t), vec!["?"]);
    }

    #[test]
    fn a_colon_inside_the_sentence_gives_the_quote_the_sentence_subject() {
        let t = "Ada Kowalczyk runs the ferry line. Kowalczyk put it plainly in a note to crews: \"Fuel now costs us more than wages do.\"";
        assert_eq!(speakers(t), vec!["Ada Kowalczyk"]);
    }

    #[test]
    fn a_leading_phrase_and_a_relative_clause_are_not_the_subject() {
        let t = "Ada Kowalczyk runs the ferry line.\n\nIn a note to Tomas Berg, which the Courier has seen, Kowalczyk wrote:\n\n“Fuel now costs us more than wages do.”";
        assert_eq!(speakers(t), vec!["Ada Kowalczyk"]);
    }

    #[test]
    fn a_colon_sentence_whose_subject_is_no_person_names_no_speaker() {
        let t = "Ada Kowalczyk runs the ferry line.\n\nThe company's personnel office wrote to crews:\n\n“Fuel now costs us more than wages do.”";
        assert_eq!(speakers(t), vec!["?"]);
    }

    #[test]
    fn a_colon_sentence_before_a_list_names_no_speaker_for_a_later_quote() {
        let t = "Ada Kowalczyk runs the ferry line.\n\nKowalczyk listed three changes:\n\n- fewer sailings\n- new fares\n\n\"Fuel now costs us more than wages do.\"";
        assert_eq!(speakers(t), vec!["?"]);
    }

    #[test]
    fn a_multi_paragraph_quote_is_one_quote_with_one_speaker() {
        let t = "Ada Kowalczyk runs the ferry line. She wrote to crews on Monday:\n\n\"Fuel now costs us more than wages do.\n\n\"We will sail less in winter, and we will not cut pay.\"\n\nThe union did not comment.";
        let q = said(t);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0, "Ada Kowalczyk");
        assert!(q[0].1.ends_with("not cut pay."), "{q:?}");
    }

    #[test]
    fn an_unclosed_quote_does_not_swallow_the_paragraph_after_a_blank_line() {
        let t = "\"Fuel now costs us more than wages do, Ada Kowalczyk said.\n\nThe union, led by Tomas Berg, did not comment.";
        let q = said(t);
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(!q[0].1.contains("union"), "{q:?}");
    }

    #[test]
    fn a_quote_opened_curly_and_closed_straight_is_attributed() {
        let t =
            "“Fuel now costs us more than wages do,\" said Ada Kowalczyk, who runs the ferry line.";
        assert_eq!(
            said(t),
            vec![(
                "Ada Kowalczyk".to_string(),
                "Fuel now costs us more than wages do,".to_string()
            )]
        );
    }
}
