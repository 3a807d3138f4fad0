//! Quote claims: what was put in quotation marks, and who said it.
//!
//! Quotes are found per paragraph: `“…”`, straight `"…"`, British `‘…’` (only
//! when opened by a left single mark, since `’` is also an apostrophe), with
//! single marks nested inside double ones; a quote still open at the end of a
//! paragraph ends there. The speaker comes from, in order:
//!
//! 1. the words after the closing mark: `,” said CEO Andy Jassy`, `,” Jassy
//!    said`, `” he said`, `,” according to X`;
//! 2. the words before the opening mark in its sentence: `X emphasized in a
//!    memo that … “…”`, `X said today: “…”`;
//! 3. carry-over: a paragraph that opens with a quote keeps the speaker of the
//!    quote before it; a second quote in an attributed sentence keeps its speaker.
//!
//! `he`/`she` resolve to a person named earlier in the sentence, else the last
//! named speaker. A speaker is a name run, resolved to a full name later.

use super::entity::NameRun;
use super::lexicon::SAID_VERBS;
use super::sentence::{Sentence, sentence_at};
use super::titles;
use super::token::{Kind, Token, Toks, tokenize};
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

const OPEN_DOUBLE: char = '\u{201c}';
const CLOSE_DOUBLE: char = '\u{201d}';
const OPEN_SINGLE: char = '\u{2018}';
const CLOSE_SINGLE: char = '\u{2019}';

/// Finds the top-level quotations of `text`, paragraph by paragraph.
pub fn spans(text: &str, sentences: &[Sentence]) -> Vec<(Span, Span, u32)> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < sentences.len() {
        // One paragraph: consecutive sentences with the same paragraph number.
        let para = sentences[k].paragraph;
        let start = sentences[k].span.start;
        let mut end = sentences[k].span.end;
        while k < sentences.len() && sentences[k].paragraph == para {
            end = sentences[k].span.end;
            k += 1;
        }
        paragraph_quotes(text, Span::new(start, end), para, &mut out);
    }
    out
}

fn paragraph_quotes(text: &str, p: Span, para: u32, out: &mut Vec<(Span, Span, u32)>) {
    let s = &text[p.start..p.end];
    let mut open: Option<(usize, char)> = None;
    let mut nested = false;
    // Only `"` and the curly marks (all led by byte 0xE2) can open or close a quote.
    for i in memchr::memchr2_iter(b'"', 0xE2, s.as_bytes()) {
        let Some(c) = s[i..].chars().next() else {
            continue;
        };
        if !matches!(
            c,
            '"' | OPEN_DOUBLE | CLOSE_DOUBLE | OPEN_SINGLE | CLOSE_SINGLE
        ) {
            continue;
        }
        let next = s[i + c.len_utf8()..].chars().next();
        let prev = s[..i].chars().next_back();
        let at = p.start + i;
        match (open, c) {
            (None, OPEN_DOUBLE) | (None, '"') => open = Some((at, c)),
            (None, OPEN_SINGLE) if next.is_some_and(|n| !n.is_whitespace()) => open = Some((at, c)),
            (Some((o, '"')), '"') | (Some((o, OPEN_DOUBLE)), CLOSE_DOUBLE) => {
                out.push((
                    Span::new(o, at + c.len_utf8()),
                    Span::new(o + open_len(text, o), at),
                    para,
                ));
                open = None;
            }
            (Some((o, OPEN_DOUBLE)), '"') => {
                out.push((
                    Span::new(o, at + 1),
                    Span::new(o + open_len(text, o), at),
                    para,
                ));
                open = None;
            }
            (Some((_, OPEN_DOUBLE | '"')), OPEN_SINGLE) => nested = true,
            (Some((_, OPEN_DOUBLE | '"')), CLOSE_SINGLE)
                if nested && !next.is_some_and(char::is_alphabetic) =>
            {
                nested = false
            }
            (Some((o, OPEN_SINGLE)), CLOSE_SINGLE)
                if !next.is_some_and(char::is_alphabetic)
                    && !prev.is_some_and(char::is_whitespace) =>
            {
                out.push((
                    Span::new(o, at + c.len_utf8()),
                    Span::new(o + open_len(text, o), at),
                    para,
                ));
                open = None;
            }
            _ => {}
        }
    }
    if let Some((o, _)) = open {
        // Unclosed at the end of the paragraph: the quote runs to the paragraph's end.
        let inner_end = text[..p.end].trim_end().len();
        if inner_end > o + open_len(text, o) {
            out.push((
                Span::new(o, p.end),
                Span::new(o + open_len(text, o), inner_end),
                para,
            ));
        }
    }
}

fn open_len(text: &str, at: usize) -> usize {
    text[at..].chars().next().map(char::len_utf8).unwrap_or(1)
}

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
            .map(|w| resolve(cx, w, s_open, outer.start, last_speaker));
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
        && ts.get(cx.runs[r].end).is_some_and(is_said)
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
        let skippable = ts[k].kind == Kind::Possessive
            || ["the", "its", "former", "ex", "then", "interim", "acting"]
                .iter()
                .any(|w| ts[k].is(w))
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
            let named_before = || {
                let prev = cx.by_sentence.get(s.checked_sub(1)?)?;
                let mut people = prev.iter().copied().filter(|&r| (cx.personish)(r));
                let first = people.next()?;
                people
                    .all(|r| cx.runs[r].text == cx.runs[first].text)
                    .then_some(first)
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

// The word split quotes are compared by: spelling conventions, figures and
// editorial marks (`…`, `[AI]`) are made alike here, once per quote.

/// A word of a quote as quotes are compared (`quote-drift`, `quote-speaker`):
/// normalised, with its span; `None` marks an editorial gap. The index splits
/// each quote once (`Index::quote_words`).
#[derive(Clone, Debug)]
pub struct QuoteWord {
    /// The word as compared: lower case, one spelling (`organized`), a figure as its value (`5`); `None` for a gap.
    pub norm: Option<String>,
    /// Its words in the draft.
    pub span: Span,
}

/// British to American spelling, and other forms that are the same word.
pub fn normalise(w: &str) -> String {
    let w = w.to_lowercase().replace(['\u{2019}', '\u{2018}'], "'");
    let pairs: &[(&str, &str)] = &[
        ("isation", "ization"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ise", "ize"),
        ("yse", "yze"),
        ("ysed", "yzed"),
        ("our", "or"),
        ("ours", "ors"),
        ("tre", "ter"),
        ("tres", "ters"),
        ("ogue", "og"),
        ("lled", "led"),
        ("lling", "ling"),
        ("ence", "ense"),
        ("mme", "m"),
    ];
    for (uk, us) in pairs {
        if let Some(stem) = w.strip_suffix(uk)
            && stem.len() >= 3
        {
            return format!("{stem}{us}");
        }
    }
    match w.as_str() {
        "grey" => "gray".into(),
        "cheque" => "check".into(),
        "tyre" => "tire".into(),
        "aluminium" => "aluminum".into(),
        _ => w,
    }
}

/// The words of a quote: ellipses and bracketed insertions become gaps.
pub fn words(text: &str, inner: Span) -> Vec<QuoteWord> {
    let toks = tokenize(text, inner);
    let mut out = Vec::new();
    let mut bracket = false;
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        match t.kind {
            Kind::Punct('[') => {
                bracket = true;
                out.push(QuoteWord {
                    norm: None,
                    span: t.span,
                });
            }
            Kind::Punct(']') => bracket = false,
            Kind::Punct('\u{2026}') => out.push(QuoteWord {
                norm: None,
                span: t.span,
            }),
            Kind::Punct('.')
                if toks
                    .get(k + 1)
                    .is_some_and(|n| n.is_punct('.') && !n.space_before) =>
            {
                out.push(QuoteWord {
                    norm: None,
                    span: t.span,
                });
                while toks.get(k + 1).is_some_and(|n| n.is_punct('.')) {
                    k += 1;
                }
            }
            // `%`, `percent` and `per cent` are one word.
            Kind::Punct('%') if !bracket => out.push(QuoteWord {
                norm: Some("percent".into()),
                span: t.span,
            }),
            Kind::Word(_)
                if !bracket
                    && t.text.eq_ignore_ascii_case("per")
                    && toks
                        .get(k + 1)
                        .is_some_and(|n| n.text.eq_ignore_ascii_case("cent")) =>
            {
                out.push(QuoteWord {
                    norm: Some("percent".into()),
                    span: Span::new(t.span.start, toks[k + 1].span.end),
                });
                k += 1;
            }
            Kind::Word(_) | Kind::Number if !bracket => {
                // A figure in digits or words (`5`, `five`, `14,000`,
                // `fourteen thousand`) is one word: its value.
                if let Some((value, last)) = figure_at(text, &toks, k) {
                    out.push(QuoteWord {
                        norm: Some(value),
                        span: Span::new(t.span.start, toks[last].span.end),
                    });
                    k = last + 1;
                    continue;
                }
                out.push(QuoteWord {
                    norm: Some(normalise(t.text)),
                    span: t.span,
                })
            }
            _ => {}
        }
        k += 1;
    }
    out
}

/// The figure starting at token `k`, written in digits or number words, as
/// its value in digits, with the index of its last token. `a` and `one` alone
/// stay words (`a year`, `one of us`); ordinals are not figures.
fn figure_at(text: &str, toks: &[Token<'_>], k: usize) -> Option<(String, usize)> {
    use super::number;
    let t = &toks[k];
    let from = text.get(t.span.start..)?;
    let (rest, n) = match t.kind {
        Kind::Number => number::digits(from).ok()?,
        _ => {
            let lower = t.text.to_ascii_lowercase();
            if matches!(lower.as_str(), "a" | "an" | "one" | "and" | "half") {
                return None;
            }
            number::words(from).ok()?
        }
    };
    let end = text.len() - rest.len();
    if end <= t.span.start || !n.value.is_finite() {
        return None;
    }
    // The last token the figure covers.
    let covered = toks[k..].partition_point(|x| x.span.end <= end);
    let last = (k + covered).checked_sub(1).filter(|&l| l >= k)?;
    let v = n.value;
    let shown = if v == v.trunc() && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    };
    Some((shown, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(t: &str) -> Vec<String> {
        words(t, Span::new(0, t.len()))
            .into_iter()
            .filter_map(|w| w.norm)
            .collect()
    }

    #[test]
    fn spelling_conventions_are_one_word() {
        let a = norms("we will cut 5 percent of roles");
        for b in [
            "we will cut five per cent of roles",
            "we will cut 5% of roles",
            "We will cut five percent of roles",
        ] {
            assert_eq!(norms(b), a, "{b}");
        }
        assert_eq!(
            norms("about 14,000 people"),
            norms("about fourteen thousand people")
        );
        assert_eq!(
            norms("a well-known organisation"),
            norms("a well\u{2010}known organization")
        );
        assert_eq!(
            norms("it\u{2019}s a long–term plan"),
            norms("it's a long-term plan")
        );
        // `a`, `one` and ordinals stay words.
        assert_eq!(norms("one of a kind"), vec!["one", "of", "a", "kind"]);
        assert_ne!(norms("cut 5 jobs"), norms("cut 6 jobs"));
    }

    #[test]
    fn british_and_american_spellings_are_one_word() {
        assert_eq!(normalise("organised"), normalise("organized"));
        assert_eq!(normalise("colour"), normalise("color"));
        assert_eq!(normalise("centre"), normalise("center"));
    }

    use crate::extract::sentence;

    fn quoted(t: &str) -> Vec<&str> {
        let s = sentence::split(t);
        spans(t, &s)
            .into_iter()
            .map(|(_, i, _)| &t[i.start..i.end])
            .collect()
    }

    #[test]
    fn finds_curly_and_straight_quotes() {
        assert_eq!(quoted("He said “yes,” and \"no\"."), vec!["yes,", "no"]);
    }

    #[test]
    fn single_quotes_nest_inside_double_ones() {
        assert_eq!(
            quoted("“He called it ‘bold’ today,” she said."),
            vec!["He called it ‘bold’ today,"]
        );
    }

    #[test]
    fn british_single_quotes_are_quotes_but_apostrophes_are_not() {
        assert_eq!(
            quoted("‘We’re ready,’ said Ms Smith of Amazon’s unit."),
            vec!["We’re ready,"]
        );
    }

    #[test]
    fn an_unclosed_quote_ends_with_its_paragraph() {
        assert_eq!(
            quoted("“We will grow.\nNext paragraph."),
            vec!["We will grow."]
        );
    }
}
