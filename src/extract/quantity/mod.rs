//! Numeric claims: candidate scanning and the quantity grammar.
//!
//! One pass over a document's prose finds the few places a figure can start —
//! a digit, a currency sign or code, a number word, a vague plural, a time word
//! — instead of trying a parser at every byte. At each candidate the grammar
//! reads `[currency] numeral [scale] [range] [percent | currency word | +]`,
//! looks back for a qualifier (`more than`, `approximately`, `between`) and
//! forward for the noun that says what is counted, and turns it all into a
//! `Quantity` with an interval (implicit precision, then the qualifier).
//! Time expressions and non-counts (clock times, ordinals, phone numbers,
//! versions) are settled first so they never become counts.

use nom::{
    Parser,
    branch::alt,
    bytes::complete::{tag, tag_no_case},
    character::complete::char,
    combinator::opt,
};

use std::sync::OnceLock;

mod affixes;
mod list_counts;
mod nouns;
mod starts;
pub mod table_units;
mod vague;
mod value;
mod words;

use affixes::*;
pub use nouns::head_noun;
use nouns::*;
use value::*;
pub use value::{MAX_IMPLICIT_PRECISION, NumberOptions, precision};
use words::*;

use super::lexicon::{
    CHANGE_VERBS, CURRENCY_PREFIXES, CURRENCY_WORDS, DURATION_NOUNS, MONTHS, NUMBER_WORDS,
    NumberWord, PEOPLE_NOUNS, PERCENT_WORDS, POINT_WORDS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE,
    VAGUE_PLURALS, is_function_word, is_pronoun, month, number_word, unit_class_of,
};
use super::located::Located;
use super::number::{self, Form, Numeral, PResult};
use super::sentence::{Sentence, sentence_at};
use super::space::{is_inline_space, space0, space1};
use super::time::{self, DigitTime, TimeExpr};
use super::wordindex::{HASH_SEED, KeyEnd, PhraseIndex, WordIndex, hash_step};
use crate::claim::{Interval, Measure, Qualifier, QualifierKind, Quantity, Sym, UnitClass};
use crate::source::Span;

/// A numeric claim found in a document, before it is tied to a sentence index.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// The words of the claim, qualifier included.
    pub span: Span,
    /// What it says.
    pub quantity: Quantity,
}

/// Finds every numeric claim in `text`.
pub fn scan(text: &str, sentences: &[Sentence], opts: NumberOptions) -> Vec<Found> {
    let mut s = Scanner {
        loc: Located::new(text),
        sentences,
        opts,
        out: Vec::new(),
    };
    s.run();
    s.out
}

struct Scanner<'a> {
    loc: Located<'a>,
    sentences: &'a [Sentence],
    opts: NumberOptions,
    out: Vec<Found>,
}

/// The parts of a figure as read, before they become a `Quantity`.
#[derive(Clone, Debug)]
struct Figure {
    first: Numeral,
    second: Option<Numeral>,
    scale: f64,
    currency: Option<&'static str>,
    measure: Measure,
    after: Option<Qualifier>,
    end: usize,
}

/// ASCII letters and digits, as a table: the scanner asks for every byte.
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = (c as u8).is_ascii_alphanumeric();
        c += 1;
    }
    t
};

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

impl<'a> Scanner<'a> {
    fn text(&self) -> &'a str {
        self.loc.text()
    }

    fn run(&mut self) {
        let b = self.text().as_bytes();
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if c.is_ascii_digit() {
                if self.digit_may_start(i)
                    && let Some(end) = self.at(i)
                {
                    i = end;
                    continue;
                }
                i = skip_token(b, i);
            } else if c.is_ascii_alphabetic() {
                let boundary = i == 0 || !is_word_byte(b[i - 1]);
                if boundary && is_url_start(&b[i..]) {
                    i = token_end(b, i);
                    continue;
                }
                // `N28.7trn`: the naira's bare `N` glued to a figure; `R1.5
                // billion`: the rand's `R`; `Sh597 billion`: the Kenyan
                // shilling's `Sh`.
                let glued = if c == b'N' || c == b'R' { 1 } else { 2 };
                if boundary
                    && (c == b'N' || c == b'R' || (c == b'S' && b.get(i + 1) == Some(&b'h')))
                    && b.get(i + glued).is_some_and(u8::is_ascii_digit)
                    && let Some(end) = self.at(i)
                {
                    i = end;
                    continue;
                }
                let word = Word::read(b, i);
                let end = i + word.len;
                if boundary
                    && let Some(trigger) = word.trigger()
                    && let Some(e) = self.at_word(i, end, trigger, word.lower())
                {
                    i = e;
                    continue;
                }
                i = end;
            } else if (c == b'$'
                || c == b'-'
                || c == b'.'
                || (c >= 0xC2 && starts_figure_char(&b[i..])))
                && (i == 0 || !is_word_byte(b[i - 1]))
            {
                match self.at(i) {
                    Some(end) => i = end,
                    None => i += 1,
                }
            } else {
                i += 1;
            }
        }
    }

    fn sentence_floor(&self, pos: usize) -> (usize, usize) {
        if self.sentences.is_empty() {
            return (0, self.text().len());
        }
        let s = &self.sentences[sentence_at(self.sentences, pos)];
        if s.span.start <= pos && pos <= s.span.end {
            (s.span.start, s.span.end)
        } else {
            (pos, pos)
        }
    }

    /// Tries a figure starting with a digit, sign or currency at `i`; returns where scanning resumes.
    fn at(&mut self, i: usize) -> Option<usize> {
        let text = self.text();
        let rest = self.loc.from(i);
        if rest.starts_with('.') && !rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        if rest.starts_with('-') {
            return self.negative(i);
        }
        if rest.starts_with(|c: char| c.is_ascii_digit()) && !number::fraction_ahead(rest) {
            if skip_dotted(rest) {
                return Some(skip_token(text.as_bytes(), i));
            }
            let run = rest.bytes().take_while(u8::is_ascii_digit).count();
            if channel_number(text, i, run) || model_number(text, i, run) {
                return Some(i + run);
            }
            let (floor, _) = self.sentence_floor(i);
            let between = || ends_with_word(&lower_before(text, i, floor, 12), "between");
            match time::at_digits(rest, between, || people_noun_follows(text, i)) {
                Some(DigitTime::Skip(n)) => return Some(i + n),
                Some(DigitTime::Time(t)) => {
                    // `between 2022 and 2024`: the claim starts at `between`.
                    let start = if t.years.is_some_and(|(a, b)| a != b) && between() {
                        text[..i].trim_end().len() - "between".len()
                    } else {
                        i
                    };
                    let end = i + t.consumed;
                    self.push_time(start, i, t);
                    return Some(end);
                }
                None => {}
            }
        }
        let fig = self.figure(i)?;
        self.finish(i, fig)
    }

    /// `-1.5%`, `-4/5`: a minus sign counts only after space or an opening bracket.
    fn negative(&mut self, i: usize) -> Option<usize> {
        let b = self.text().as_bytes();
        let ok_before = i == 0 || matches!(b[i - 1], b' ' | b'\t' | b'\n' | b'(');
        let ok_before = ok_before && !(i >= 2 && b[i - 2].is_ascii_digit());
        if !ok_before || !b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let mut fig = self.figure(i + 1)?;
        fig.first.value = -fig.first.value;
        self.finish(i, fig)
    }

    /// Tries a figure, time or vague quantity at the word `i..end`.
    fn at_word(&mut self, i: usize, end: usize, trigger: Trigger, lw: &str) -> Option<usize> {
        let text = self.text();
        let rest = self.loc.from(i);
        let (floor, _) = self.sentence_floor(i);
        match trigger {
            Trigger::Time => {
                let t = if time::WEEKDAYS.contains(&lw) {
                    let before = lower_before(text, i, floor, 48);
                    time::weekday(rest, lw, time::weekday_ahead(&before))?
                } else {
                    let prep = time_preposition_before(text, i, floor);
                    time::at_word(rest, lw, prep)?
                };
                self.push_time(i, i, t);
                return self.out.last().map(|f| f.span.end);
            }
            Trigger::Vague(range) => return self.vague(i, end, range),
            Trigger::Several => return self.several(i, end),
            Trigger::Half => return self.half(i, end),
            Trigger::Sign => {
                let after = self.loc.from(end);
                let (r, _) = space1::<&str, nom::error::Error<&str>>(after).ok()?;
                let start = self.loc.offset(r);
                let mut fig = self.figure_signed(start)?;
                fig.first.value = -fig.first.value;
                return self.finish(i, fig);
            }
            Trigger::Article if !article_starts_number(self.loc.from(end)) => return None,
            Trigger::Article | Trigger::Number | Trigger::Currency => {}
        }
        let fig = self.figure(i)?;
        self.finish(i, fig)
    }

    /// A figure after `minus`/`negative`: a bare `one` counts here.
    fn figure_signed(&self, i: usize) -> Option<Figure> {
        let rest = self.loc.from(i);
        let (r, n) = number::any_numeral(rest).ok()?;
        if n.form == Form::Words && n.value == 1.0 {
            return Some(Figure {
                first: n,
                second: None,
                scale: 1.0,
                currency: None,
                measure: Measure::Count,
                after: None,
                end: self.loc.offset(r),
            });
        }
        self.figure(i)
    }

    /// Reads `[currency] numeral [scale] [range] [suffixes]` at `i`.
    fn figure(&self, i: usize) -> Option<Figure> {
        let input = self.loc.from(i);
        let (rest, prefix) = opt(currency_prefix).parse(input).ok()?;
        let (rest, first) = number::any_numeral(rest).ok()?;
        let unscaled = rest;
        let (rest, scale) = opt(number::scale).parse(rest).ok()?;
        let glued_m = rest.len() + 1 == unscaled.len() && unscaled.starts_with('m');
        let (rest, first, scale) = scaled_fraction(rest, first, scale);
        let mut fig = Figure {
            first,
            second: None,
            scale: scale.unwrap_or(1.0),
            currency: prefix,
            measure: if prefix.is_some() {
                Measure::Money
            } else {
                Measure::Count
            },
            after: None,
            end: 0,
        };
        let rest = self.range_tail(i, rest, &mut fig);
        let mut rest = self.suffixes(rest, &mut fig);
        // A spelled `one` that is not a count: `the one you mentioned`, `one of them`.
        let bare_one = fig.first.form == Form::Words
            && fig.first.value == 1.0
            && fig.measure == Measure::Count
            && fig.scale == 1.0
            && fig.second.is_none();
        if bare_one
            && fig.after.is_none()
            && !self.counted_noun_follows(self.loc.offset(rest))
            && !self.end_of_from_to(i)
        {
            return None;
        }
        // `180ml`, `29km`, `5G`: a unit we do not read; not a count.
        if number::glued_letter(rest) {
            return None;
        }
        // A glued `m` with no currency is metres (`the 5,000m and 10,000m
        // double`, `her 800m gold`, `a 50m pool`) unless what follows is a
        // plural count of things (`100m users`, `40m homes`): `£5m` and `5m
        // euros` are money and keep their million.
        if glued_m
            && fig.measure == Measure::Count
            && fig.currency.is_none()
            && !self.plural_noun_follows(self.loc.offset(rest))
        {
            return None;
        }
        // `a quarter of a percentage point`, `a half-point`: a fraction of a point.
        if fig.first.form == Form::Fraction && fig.measure == Measure::Count && fig.scale == 1.0 {
            let lower = rest.get(..rest.len().min(32)).map(str::to_ascii_lowercase);
            let point = lower.as_deref().and_then(|l| {
                [
                    " of a percentage point",
                    " of one percentage point",
                    " of a point",
                    " percentage point",
                    "-percentage-point",
                    " point",
                    "-point",
                ]
                .into_iter()
                .find(|p| {
                    l.starts_with(p) && !l[p.len()..].starts_with(|c: char| c.is_alphabetic())
                })
            });
            if let Some(p) = point {
                fig.measure = Measure::PercentagePoints;
                rest = &rest[p.len()..];
            }
        }
        if fig.first.form == Form::Fraction && fig.measure == Measure::Count && fig.scale == 1.0 {
            fig.measure = Measure::Percent;
            fig.first.value *= 100.0;
            fig.first.step = 1.0;
        }
        fig.end = self.loc.offset(rest);
        Some(fig)
    }

    /// `–12,000`, ` to 12%`, ` and 12` (after `between`), `-7 million`: the high end of a range.
    fn range_tail<'t>(&self, start: usize, rest: &'t str, fig: &mut Figure) -> &'t str {
        let text = self.text();
        let (floor, _) = self.sentence_floor(start);
        let before = lower_before(text, start, floor, 40);
        let between = ends_with_word(&before, "between");
        let after_from = ends_with_word(&before, "from");
        // `rose from 10 to 12` is a change, not a range: its figures are two claims.
        if after_from && change_verb_before(&before) {
            return rest;
        }
        let from = after_from;
        // `between 58.3% and 60.7%`, `5%-7%`: a percent mark after each end.
        let (ends, marked) = match percent_suffix(rest) {
            Ok((r, _)) if fig.currency.is_none() => (r, true),
            _ => (rest, false),
        };
        // `between 53 days and 61 days`: the noun after each end; the
        // second stays after the range, for the range's noun.
        let noun = if between { noun_before_and(ends) } else { None };
        let ends = noun.map_or(ends, |w| &ends[1 + w.len()..]);
        let sep: PResult<'_, &str> = if between {
            number::range_word("and").parse(ends)
        } else if from {
            alt((number::range_word("to"), number::range_word("through"))).parse(ends)
        } else {
            alt((
                number::range_dash,
                number::range_word("to"),
                number::range_word("through"),
            ))
            .parse(ends)
        };
        let Ok((after_sep, _)) = sep else {
            return rest;
        };
        let (after_cur, cur2) = match opt(currency_prefix).parse(after_sep) {
            Ok(x) => x,
            Err(_) => return rest,
        };
        if cur2.is_some() && fig.currency.is_none() {
            return rest;
        }
        let Ok((r, second)) = number::any_numeral(after_cur) else {
            return rest;
        };
        let (r, scale2) = match opt(number::scale).parse(r) {
            Ok(x) => x,
            Err(_) => return rest,
        };
        let s1 = fig.scale;
        let s2 = scale2.unwrap_or(s1);
        let s1 = if scale2.is_some() && s1 == 1.0 && first_is_bare(fig) {
            s2
        } else {
            s1
        };
        if second.value * s2 <= fig.first.value * s1 || second.form == Form::Fraction {
            return rest;
        }
        // `2022-23` style pairs and `10-12` where the second part is a year are not ranges.
        if (1900.0..2100.0).contains(&second.value) && second.form == Form::Plain && s2 == 1.0 {
            return rest;
        }
        // Both ends marked, or neither: `10% to 12 people` is no range.
        if marked && percent_suffix(r).is_err() {
            return rest;
        }
        if let Some(w) = noun {
            let again = r.strip_prefix(' ').and_then(|x| x.get(..w.len()));
            let ends_word = r
                .get(1 + w.len()..)
                .is_some_and(|x| !x.starts_with(char::is_alphabetic));
            if !(again.is_some_and(|a| a.eq_ignore_ascii_case(w)) && ends_word) {
                return rest;
            }
        }
        fig.first.value *= s1 / s2;
        fig.first.step *= s1 / s2;
        fig.scale = s2;
        fig.second = Some(second);
        r
    }

    /// `%`, ` percent`, ` percentage points`, ` million euros`, ` cents`, `+`, ` or more`.
    fn suffixes<'t>(&self, rest: &'t str, fig: &mut Figure) -> &'t str {
        let mut rest = rest;
        // Percent and point words all start with `%`, `p` or `b` (after a space or hyphen).
        let first = rest
            .trim_start_matches(|c: char| c == '-' || is_inline_space(c))
            .bytes()
            .next()
            .unwrap_or(b' ')
            | 0x20;
        let pointish = matches!(first, b'%' | b'p' | b'b');
        let points = if pointish {
            points_suffix(rest).ok()
        } else {
            None
        };
        let percent = if pointish && points.is_none() {
            percent_suffix(rest).ok()
        } else {
            None
        };
        if let Some((r, factor)) = points {
            fig.measure = Measure::PercentagePoints;
            fig.scale *= factor;
            rest = r;
        } else if let Some((r, _)) = percent {
            fig.measure = Measure::Percent;
            rest = r;
        } else if fig.currency.is_none()
            && let Ok((r, (code, factor))) = scaled_code_suffix(rest)
        {
            // `120 MEUR`, `30 MUSD`: millions of a currency.
            fig.currency = Some(code);
            fig.measure = Measure::Money;
            fig.scale *= factor;
            rest = r;
        } else if fig.currency.is_none()
            && let Ok((r, code)) = symbol_suffix(rest)
        {
            // `10 €`, `500 ₹`: a currency sign after the figure.
            fig.currency = Some(code);
            fig.measure = Measure::Money;
            rest = r;
        } else if fig.currency.is_none()
            && let Ok((r, (code, sub))) = currency_suffix(rest)
        {
            fig.currency = Some(code);
            fig.measure = Measure::Money;
            if sub {
                fig.scale /= 100.0;
            }
            rest = r;
            if !sub {
                // `75 USD million`: a scale after the code.
                if fig.scale == 1.0
                    && let Ok((r2, s)) = number::scale(rest)
                {
                    fig.scale = s;
                    rest = r2;
                }
                rest = cents_after(rest, fig);
            }
        }
        rest = one_in(rest, fig);
        if let Ok((r, q)) = qualifier_after(rest) {
            fig.after = Some(q);
            rest = r;
        }
        rest
    }

    /// Turns a figure into a claim: classification, qualifiers, interval, noun.
    fn finish(&mut self, start: usize, fig: Figure) -> Option<usize> {
        let text = self.text();
        let end = fig.end;
        if self.is_version_or_name(start, &fig) {
            return Some(end);
        }
        if let Some(stop) = self.code_run(start, &fig) {
            return Some(stop);
        }
        let (floor, _) = self.sentence_floor(start);
        let before = lower_before(text, start, floor, 40);
        let mut span_start = start;
        // `per cent of twenty-two`, `percent of 10`: the figure is the percentage
        // (when no figure stands before `percent`, which would make it `P percent of B`).
        let mut fig = fig;
        if fig.measure == Measure::Count
            && fig.second.is_none()
            && fig.scale == 1.0
            && let Some(len) = percent_of_before(&before)
        {
            fig.measure = Measure::Percent;
            span_start -= len;
        }
        let fig = fig;
        if fig.second.is_some() {
            for w in ["between", "from"] {
                if ends_with_word(&before, w) {
                    span_start = start - (before.len() - before.trim_end().len()) - w.len();
                }
            }
        }
        let mut qualifier = None;
        if let Some((kind, words, len)) =
            qualifier_before(&lower_before(text, span_start, floor, 40))
        {
            qualifier = Some(Qualifier {
                kind,
                words: words.into(),
            });
            span_start -= len;
        }
        let qualifier = match (qualifier, fig.after.clone()) {
            (Some(b), Some(a)) if a.kind.is_bound() && !b.kind.is_bound() => Some(a),
            (Some(b), _) => Some(b),
            (None, a) => a,
        };
        if let Some(kind) = qualifier.as_ref().map(|q| q.kind).filter(|k| k.is_bound())
            && let Some((other, stop)) = self.opposite_bound(end, kind)
        {
            let (low, high) = if kind == QualifierKind::AtLeast {
                (&fig, &other)
            } else {
                (&other, &fig)
            };
            // `more than 40 and less than 10` are two claims, not an empty range.
            if low.first.value * low.scale < high.first.value * high.scale {
                let q = bounded_range(low, high, self.opts);
                self.push_counted(span_start, stop, q);
                return Some(stop);
            }
        }
        let q = quantity_of(&fig, qualifier, self.opts);
        self.push_counted(span_start, end, q);
        Some(end)
    }

    /// ` and less than 300` after `more than 100`: the opposite bound, read as a figure.
    fn opposite_bound(&self, end: usize, kind: QualifierKind) -> Option<(Figure, usize)> {
        let rest = self.loc.from(end);
        let lower = rest.get(..rest.len().min(48))?.to_ascii_lowercase();
        let joiner = [" and ", ", ", " but "]
            .into_iter()
            .find(|j| lower.starts_with(j))?;
        let after = &lower[joiner.len()..];
        let (words, other) = QUALIFIERS_BEFORE.iter().find(|(w, k)| {
            k.is_bound()
                && *k != kind
                && after.starts_with(w)
                && after[w.len()..].starts_with([' ', '-'])
                || (after.starts_with(w)
                    && !w.chars().any(char::is_alphabetic)
                    && *k != kind
                    && k.is_bound())
        })?;
        let _ = other;
        let at = end + joiner.len() + words.len();
        let gap = self.loc.from(at).len() - self.loc.from(at).trim_start().len();
        let fig = self.figure(at + gap)?;
        if fig.after.is_some() || fig.second.is_some() {
            return None;
        }
        let stop = fig.end;
        Some((fig, stop))
    }

    /// `24/7`, `9/11`, `+1 206 266 1000`: digits joined by a slash, or after a
    /// `+` that opens a phone number, are codes, not counts. Returns where the
    /// whole run ends.
    fn code_run(&self, start: usize, fig: &Figure) -> Option<usize> {
        if fig.measure != Measure::Count || fig.currency.is_some() {
            return None;
        }
        let b = self.text().as_bytes();
        let digit_at = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let slash = (b.get(fig.end) == Some(&b'/') && digit_at(fig.end + 1))
            || (start >= 2 && b[start - 1] == b'/' && digit_at(start - 2));
        let phone = start >= 1 && b[start - 1] == b'+';
        if !slash && !phone {
            return None;
        }
        let joiners: &[u8] = if phone { b" -()." } else { b"/" };
        let mut stop = fig.end;
        let mut i = fig.end;
        while i < b.len() && (b[i].is_ascii_digit() || joiners.contains(&b[i])) {
            i += 1;
            if b[i - 1].is_ascii_digit() {
                stop = i;
            }
        }
        Some(stop)
    }

    /// True when the figure at `i` ends a `from N … to` span (`its tally fell
    /// from 12 seats to one`): a spelled `one` there is the figure moved to.
    fn end_of_from_to(&self, i: usize) -> bool {
        let text = self.text();
        let (floor, _) = self.sentence_floor(i);
        let mut from = i.saturating_sub(48).max(floor);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let before = &text[from..i];
        before.ends_with(" to ")
            && before
                .rfind("from ")
                .is_some_and(|k| before[k + 5..].starts_with(|c: char| c.is_ascii_digit()))
    }

    /// True when the words after `pos` name what is counted.
    /// True when a plural noun heads what follows: `users` in `100m users`,
    /// not `double` in `10,000m double` nor `hurdles`, a race.
    fn plural_noun_follows(&self, pos: usize) -> bool {
        head_noun(self.text(), pos).is_some_and(|(n, _)| {
            let n = n.to_ascii_lowercase();
            matches!(n.as_str(), "people" | "children" | "men" | "women")
                || n.len() > 3
                    && n.ends_with('s')
                    && !n.ends_with("ss")
                    && !is_pronoun(&n)
                    && !matches!(n.as_str(), "hurdles" | "metres" | "meters")
        })
    }

    fn counted_noun_follows(&self, pos: usize) -> bool {
        head_noun(self.text(), pos).is_some_and(|(n, _)| !is_pronoun(&n))
    }

    fn push_time(&mut self, start: usize, at: usize, t: TimeExpr) {
        let end = at + t.consumed;
        let (low, high) = t.years.unwrap_or((f64::NEG_INFINITY, f64::INFINITY));
        let q = Quantity {
            measure: Measure::Time,
            value: t.year,
            interval: Interval::new(low, high),
            step: 0.0,
            currency: None,
            unit: UnitClass::Time,
            noun: None,
            qualifier: None,
            period: Some(t.period),
            vague: false,
            comparison: false,
            range: None,
        };
        self.out.push(Found {
            span: Span::new(start, end),
            quantity: q,
        });
    }

    /// Adds the counted noun and pushes the claim.
    fn push_counted(&mut self, start: usize, end: usize, mut q: Quantity) {
        let text = self.text();
        if matches!(q.measure, Measure::Count | Measure::Money) && q.noun.is_none() {
            let noun = head_noun(text, end)
                .or_else(|| nouns::partitive_noun(text, end))
                .or_else(|| noun_before(text, start));
            if let Some((noun, _)) = noun {
                if q.measure == Measure::Count {
                    q.unit = unit_class_of(&noun);
                }
                q.noun = Some(noun.into());
            }
        } else if matches!(q.measure, Measure::Percent) {
            q.noun = share_noun(text, end).map(Sym::from);
        }
        self.out.push(Found {
            span: Span::new(start, end),
            quantity: q,
        });
    }
}

/// The one word between a range's first end and its `and` (` days and 61
/// days`: `days`), when there is one.
fn noun_before_and(ends: &str) -> Option<&str> {
    let rest = ends.strip_prefix(' ')?;
    let w = rest.split(' ').next()?;
    (!w.is_empty() && w.chars().all(char::is_alphabetic) && rest[w.len()..].starts_with(" and "))
        .then_some(w)
}

#[cfg(test)]
mod tests;
