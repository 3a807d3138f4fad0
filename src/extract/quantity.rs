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
    character::complete::{char, space0, space1},
    combinator::opt,
};

use std::sync::OnceLock;

use super::lexicon::{
    CHANGE_VERBS, CURRENCY_PREFIXES, CURRENCY_WORDS, DURATION_NOUNS, MONTHS, NUMBER_WORDS,
    NumberWord, PEOPLE_NOUNS, PERCENT_WORDS, POINT_WORDS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE,
    VAGUE_PLURALS, is_function_word, is_pronoun, month, number_word, unit_class_of,
};
use super::located::Located;
use super::number::{self, Form, Numeral, PResult};
use super::sentence::{Sentence, sentence_at};
use super::time::{self, DigitTime, TimeExpr};
use super::wordindex::{HASH_SEED, KeyEnd, PhraseIndex, WordIndex, hash_step};
use crate::claim::{Interval, Measure, Qualifier, QualifierKind, Quantity, UnitClass};
use crate::source::Span;

/// Options of numeric extraction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberOptions {
    /// Relative tolerance an `approximately`-style qualifier adds either side (0.05 = 5%).
    pub approx_tolerance: f64,
}

impl Default for NumberOptions {
    fn default() -> Self {
        NumberOptions {
            approx_tolerance: 0.05,
        }
    }
}

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

    /// A digit starts a candidate unless it continues an identifier (`COVID-19`, `Q2`, `@x.11`).
    fn digit_may_start(&self, i: usize) -> bool {
        let b = self.text().as_bytes();
        if i == 0 {
            return true;
        }
        let p = b[i - 1];
        if is_word_byte(p) || matches!(p, b'@' | b'#' | b'/' | b'\\' | b':' | b'&' | b'=' | b'^') {
            return false;
        }
        if matches!(p, b'.' | b'-') && i >= 2 && (is_word_byte(b[i - 2]) || b[i - 2] == b'.') {
            return false;
        }
        true
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
                let prep = time_preposition_before(text, i, floor);
                let t = time::at_word(rest, lw, prep)?;
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
        let (rest, scale) = opt(number::scale).parse(rest).ok()?;
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
        let rest = self.suffixes(rest, &mut fig);
        // A spelled `one` that is not a count: `the one you mentioned`, `one of them`.
        let bare_one = fig.first.form == Form::Words
            && fig.first.value == 1.0
            && fig.measure == Measure::Count
            && fig.scale == 1.0
            && fig.second.is_none();
        if bare_one && fig.after.is_none() && !self.counted_noun_follows(self.loc.offset(rest)) {
            return None;
        }
        // `180ml`, `29km`, `5G`: a unit we do not read; not a count.
        if number::glued_letter(rest) {
            return None;
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
        let sep: PResult<'_, &str> = if between {
            number::range_word("and").parse(rest)
        } else if from {
            alt((number::range_word("to"), number::range_word("through"))).parse(rest)
        } else {
            alt((
                number::range_dash,
                number::range_word("to"),
                number::range_word("through"),
            ))
            .parse(rest)
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
            .trim_start_matches([' ', '-'])
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

    /// `hundreds of`, `thousands`, `tens of thousands`, `hundreds of billions of dollars`.
    ///
    /// A vague plural has a lower bound (`thousands` is at least 2,000) and a
    /// generous upper one: speech uses `thousands of jobs` well past 9,999, so
    /// the top is fifty times the bottom; `tens of X` and `hundreds of X`
    /// multiply the inner scale.
    fn vague(&mut self, i: usize, end: usize, range: (f64, f64)) -> Option<usize> {
        let text = self.text();
        let word = text[i..end].to_ascii_lowercase();
        let mut rest = &text[end..];
        let (lo, hi) = if let Ok((r, inner)) = of_plural(rest) {
            rest = r;
            match word.as_str() {
                "tens" => (20.0 * inner, 99.0 * inner),
                "hundreds" => (200.0 * inner, 999.0 * inner),
                _ => return None,
            }
        } else if word == "tens" {
            return None;
        } else {
            (range.0, range.0 * 50.0 - 1.0)
        };
        let (measure, currency) = match of_money(rest) {
            Ok((r, code)) => {
                rest = r;
                (Measure::Money, Some(code))
            }
            Err(_) => (Measure::Count, None),
        };
        let stop = self.loc.offset(rest);
        // `thousands of employees`: what is counted follows the `of`.
        let noun = match (
            measure,
            (space1::<&str, nom::error::Error<&str>>, tag_no_case("of")).parse(rest),
        ) {
            (Measure::Count, Ok((r, _))) => head_noun(text, self.loc.offset(r)),
            _ => None,
        };
        let q = Quantity {
            measure,
            value: None,
            interval: Interval::new(lo, hi),
            step: 0.0,
            currency,
            unit: match (&noun, measure) {
                (_, Measure::Money) => UnitClass::Money,
                (Some((n, _)), _) => unit_class_of(n),
                _ => UnitClass::Count,
            },
            noun: noun.map(|(n, _)| n),
            qualifier: None,
            period: None,
            vague: true,
            range: None,
        };
        self.push_counted(i, stop, q);
        Some(stop)
    }

    /// `several hundred`, `a few thousand`.
    fn several(&mut self, i: usize, end: usize) -> Option<usize> {
        let text = self.text();
        let (rest, _) = space1::<&str, nom::error::Error<&str>>(&text[end..]).ok()?;
        let (rest, w) =
            nom::character::complete::alpha1::<&str, nom::error::Error<&str>>(rest).ok()?;
        let scale = match number_word(&w.to_ascii_lowercase())? {
            NumberWord::Hundred => 100.0,
            NumberWord::Scale(s) => s,
            _ => return None,
        };
        let few = text[i..end].eq_ignore_ascii_case("few");
        let start = if few && &*lower_before(text, i, 0, 2) == "a " {
            i - 2
        } else {
            i
        };
        let (lo, hi) = if few {
            (2.0 * scale, 5.0 * scale)
        } else {
            (3.0 * scale, 9.0 * scale)
        };
        let stop = self.loc.offset(rest);
        let q = Quantity {
            measure: Measure::Count,
            value: None,
            interval: Interval::new(lo, hi),
            step: 0.0,
            currency: None,
            unit: UnitClass::Count,
            noun: None,
            qualifier: None,
            period: None,
            vague: true,
            range: None,
        };
        self.push_counted(start, stop, q);
        Some(stop)
    }

    /// `half of its workforce` (50%); `half a million` is read by the numeral grammar.
    fn half(&mut self, i: usize, end: usize) -> Option<usize> {
        if let Some(fig) = self.figure(i) {
            return self.finish(i, fig);
        }
        let text = self.text();
        let after = text[end..].to_ascii_lowercase();
        let shares = [
            " of ", " the ", " its ", " our ", " their ", " his ", " her ",
        ]
        .iter()
        .any(|w| after.starts_with(w));
        let (floor, _) = self.sentence_floor(i);
        let qualified = qualifier_before(&lower_before(text, i, floor, 40)).is_some();
        if !shares && !qualified {
            return None;
        }
        let fig = Figure {
            first: Numeral {
                value: 50.0,
                step: 1.0,
                form: Form::Fraction,
                int_digits: 0,
            },
            second: None,
            scale: 1.0,
            currency: None,
            measure: Measure::Percent,
            after: None,
            end,
        };
        self.finish(i, fig)
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
                words: words.to_string(),
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

    /// `Windows 11`, `Python 3.11`, `No. 1`, `version 2`: a bare figure naming a thing.
    fn is_version_or_name(&self, start: usize, fig: &Figure) -> bool {
        if fig.currency.is_some()
            || fig.measure != Measure::Count
            || fig.scale != 1.0
            || fig.second.is_some()
            || !matches!(fig.first.form, Form::Plain | Form::Decimal)
        {
            return false;
        }
        let text = self.text();
        let (floor, _) = self.sentence_floor(start);
        let before = &text[floor..start];
        let trimmed = before.trim_end();
        if trimmed.len() == before.len() && !before.is_empty() {
            return false;
        }
        let prev_word = trimmed
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '.' || c == '#'))
            .next()
            .unwrap_or("");
        let lw = prev_word.to_ascii_lowercase();
        if matches!(
            lw.as_str(),
            "version" | "v" | "v." | "no." | "#" | "ver." | "release" | "model" | "type"
        ) {
            return true;
        }
        // `Windows 11`, and camel-case names too: `iOS 17`, `iPhone 15`.
        let capital = prev_word.chars().any(char::is_uppercase);
        let sentence_initial = trimmed.len() == prev_word.len();
        capital
            && !sentence_initial
            && month(lw.trim_end_matches('.')).is_none()
            && !is_function_word(&lw)
    }

    /// True when the words after `pos` name what is counted.
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
            let noun = head_noun(text, end).or_else(|| noun_before(text, start));
            if let Some((noun, _)) = noun {
                if q.measure == Measure::Count {
                    q.unit = unit_class_of(&noun);
                }
                q.noun = Some(noun);
            }
        } else if matches!(q.measure, Measure::Percent) {
            q.noun = share_noun(text, end);
        }
        self.out.push(Found {
            span: Span::new(start, end),
            quantity: q,
        });
    }
}

/// Half the width of what a bare figure rounds from (SPEC 2.1): half a unit
/// of its last non-zero digit, never more than 5% of its value. `10,000` is
/// [9,500, 10,500], not anything from 5,000 to 15,000; `14,000` stays
/// [13,500, 14,500]; `20` is [19.5, 20.5].
pub fn precision(value: f64, step: f64) -> f64 {
    (step / 2.0).min(value.abs() * MAX_IMPLICIT_PRECISION)
}

/// The most a bare figure's implicit precision reaches either side, as a share of its value.
pub const MAX_IMPLICIT_PRECISION: f64 = 0.05;

/// Where an upper bound's interval starts: `up to 30,000` is [0, 30,000]
/// (counts, money and shares are not negative); a negative bound has no floor.
fn floor_of(v: f64) -> f64 {
    if v >= 0.0 { 0.0 } else { f64::NEG_INFINITY }
}

/// Computes value and interval from a figure and its qualifier.
fn quantity_of(fig: &Figure, qualifier: Option<Qualifier>, opts: NumberOptions) -> Quantity {
    let step_of = |n: &Numeral| -> f64 {
        let s = match fig.measure {
            // Percentages are written to whole points unless decimals say otherwise.
            Measure::Percent | Measure::PercentagePoints if n.form != Form::Decimal => 1.0,
            // A whole number under a hundred, with no scale word, is read to
            // the unit: `20` is [19.5, 20.5], its trailing zero is not a
            // rounding (`$40 million` still rounds to the ten million).
            _ if n.form != Form::Decimal
                && n.value.abs() < 100.0
                && n.step > 1.0
                && fig.scale.abs() <= 1.0 =>
            {
                1.0
            }
            _ => n.step,
        };
        s * fig.scale.abs()
    };
    let v1 = fig.first.value * fig.scale;
    let st1 = step_of(&fig.first);
    let (value, mut interval, step, range) = match &fig.second {
        Some(second) => {
            let v2 = second.value * fig.scale;
            // A range is exactly its endpoints (SPEC 2.1): `between 20 and 30` is [20, 30].
            let st = st1.min(step_of(second));
            (
                None,
                Interval::new(v1.min(v2), v1.max(v2)),
                st,
                Some((v1, v2)),
            )
        }
        None => (
            Some(v1),
            Interval::around(v1, precision(v1, st1)),
            st1,
            None,
        ),
    };
    if let (Some(v), Some(q)) = (value, &qualifier) {
        let t = (v * opts.approx_tolerance).abs();
        interval = match q.kind {
            QualifierKind::Approximate => {
                Interval::new(interval.low.min(v - t), interval.high.max(v + t))
            }
            QualifierKind::JustBelow => Interval::new(interval.low.min(v - t), v),
            QualifierKind::JustAbove => Interval::new(v, interval.high.max(v + t)),
            // A bound is the figure itself, not its rounding: `more than
            // 27,000` starts at 27,000, `at most 100` ends at 100.
            QualifierKind::AtLeast => Interval::new(v, f64::INFINITY),
            QualifierKind::AtMost => Interval::new(floor_of(v), v),
        };
    } else if let Some(q) = &qualifier {
        interval = match q.kind {
            QualifierKind::AtLeast => Interval::new(interval.low, f64::INFINITY),
            QualifierKind::AtMost => Interval::new(floor_of(interval.low), interval.high),
            _ => interval,
        };
    }
    let unit = match fig.measure {
        Measure::Money => UnitClass::Money,
        Measure::Percent => UnitClass::Percent,
        Measure::PercentagePoints => UnitClass::PercentagePoints,
        Measure::Time => UnitClass::Time,
        Measure::Count => UnitClass::Count,
    };
    Quantity {
        measure: fig.measure,
        value,
        interval,
        step,
        currency: fig.currency,
        unit,
        noun: None,
        qualifier,
        period: None,
        vague: false,
        range,
    }
}

/// `3 million and a half` (3.5 million) and `two thirds of a million` (666,667).
fn scaled_fraction(rest: &str, mut n: Numeral, scale: Option<f64>) -> (&str, Numeral, Option<f64>) {
    let fraction_word = |s| {
        alt((
            (tag("half"), nom::combinator::success(0.5)),
            (tag("quarter"), nom::combinator::success(0.25)),
            (tag("third"), nom::combinator::success(1.0 / 3.0)),
        ))
        .parse(s)
    };
    if let Some(s) = scale {
        let parsed: PResult<'_, _> = (
            space1,
            tag("and"),
            space1,
            alt((tag("a"), tag("one"))),
            space1,
            fraction_word,
        )
            .parse(rest);
        if let Ok((r, (_, _, _, _, _, (_, f)))) = parsed {
            n.value += f;
            n.step = 0.0;
            n.form = Form::Decimal;
            return (r, n, Some(s));
        }
        return (rest, n, scale);
    }
    if n.form == Form::Fraction {
        let parsed: PResult<'_, _> = (
            space1,
            tag("of"),
            space1,
            tag("a"),
            space1,
            number::scale_name,
        )
            .parse(rest);
        if let Ok((r, (_, _, _, _, _, s))) = parsed {
            n.form = Form::Decimal;
            return (r, n, Some(s));
        }
    }
    (rest, n, scale)
}

/// `more than 100 and less than 300`: a range from two opposite bounds.
fn bounded_range(low: &Figure, high: &Figure, opts: NumberOptions) -> Quantity {
    let lo = quantity_of(low, None, opts);
    let hi = quantity_of(high, None, opts);
    let (a, b) = (
        lo.value.unwrap_or(lo.interval.low),
        hi.value.unwrap_or(hi.interval.high),
    );
    // `more than 100 and less than 300`: the bounds themselves.
    Quantity {
        value: None,
        interval: Interval::new(a, b),
        step: lo.step.max(hi.step),
        range: Some((a, b)),
        qualifier: None,
        ..lo
    }
}

fn first_is_bare(fig: &Figure) -> bool {
    fig.scale == 1.0
}

/// ` 50 cents`, ` and forty-five cents` after `3 dollars`: adds the hundredths.
fn cents_after<'t>(rest: &'t str, fig: &mut Figure) -> &'t str {
    let parsed = (
        space1::<&str, nom::error::Error<&str>>,
        opt((tag("and"), space1)),
        alt((number::digits, number::words)),
        space1,
        alt((
            tag_no_case("cents"),
            tag_no_case("cent"),
            tag_no_case("pence"),
        )),
    )
        .parse(rest);
    let add = |fig: &mut Figure, n: f64| {
        fig.first.value += n / 100.0;
        fig.first.step = 0.01;
        fig.first.form = Form::Decimal;
    };
    match parsed {
        Ok((r, (_, _, n, _, _))) if n.value < 100.0 && fig.second.is_none() && fig.scale == 1.0 => {
            add(fig, n.value);
            r
        }
        _ => {
            // `15 dollars 50`, `17 USD 25`, `15 dollars and 50.`: two digits of
            // cents with no unit, ending the phrase (not `15 dollars 50 times`).
            let bare = (
                space1::<&str, nom::error::Error<&str>>,
                opt((tag("and"), space1)),
                nom::character::complete::digit1,
            )
                .parse(rest);
            match bare {
                Ok((r, (_, _, d)))
                    if d.len() == 2
                        && fig.second.is_none()
                        && fig.scale == 1.0
                        && fig.first.form != Form::Decimal
                        && r.trim_start_matches([' ', '\u{a0}'])
                            .chars()
                            .next()
                            .is_none_or(|c| matches!(c, '.' | ',' | ';' | ')' | '!' | '?')) =>
                {
                    add(fig, d.parse::<f64>().unwrap_or(0.0));
                    r
                }
                _ => rest,
            }
        }
    }
}

/// Currency signs written after a figure (`10 €`, `500 ₹`).
const SYMBOLS_AFTER: &[(char, &str)] = &[
    ('€', "EUR"),
    ('$', "USD"),
    ('£', "GBP"),
    ('¥', "JPY"),
    ('₹', "INR"),
    ('₩', "KRW"),
    ('₽', "RUB"),
    ('₺', "TRY"),
    ('₿', "BTC"),
    ('₦', "NGN"),
    ('₱', "PHP"),
    ('₫', "VND"),
    ('₪', "ILS"),
    ('₡', "CRC"),
    ('₾', "GEL"),
    ('₭', "LAK"),
];

/// ` €`, `₹`: a currency sign after the figure. Not when a figure follows it
/// (`10 $30`: the sign is the next figure's) or it runs on into a word.
fn symbol_suffix(i: &str) -> PResult<'_, &'static str> {
    let fail = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag));
    let (after_ws, _) = space0::<&str, nom::error::Error<&str>>(i)?;
    let c = after_ws.chars().next().ok_or_else(fail)?;
    let code = SYMBOLS_AFTER
        .iter()
        .find(|(s, _)| *s == c)
        .map(|(_, code)| *code)
        .ok_or_else(fail)?;
    let rest = &after_ws[c.len_utf8()..];
    if rest
        .trim_start_matches(' ')
        .starts_with(|c: char| c.is_ascii_digit())
        || rest.starts_with(|c: char| c.is_alphanumeric())
    {
        return Err(fail());
    }
    Ok((rest, code))
}

/// Currency codes that take a million prefix (`MEUR`, `MUSD`).
const SCALED_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "INR", "CAD", "AUD", "SEK", "NOK", "DKK",
];

/// ` MEUR`, ` MUSD`: millions of a currency, as finance writes them.
fn scaled_code_suffix(i: &str) -> PResult<'_, (&'static str, f64)> {
    let fail = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag));
    let (after_ws, _) = space0::<&str, nom::error::Error<&str>>(i)?;
    let word = after_ws.get(..4).ok_or_else(fail)?;
    let rest = &after_ws[4..];
    if !word.starts_with('M') || rest.starts_with(|c: char| c.is_alphanumeric()) {
        return Err(fail());
    }
    let code = SCALED_CODES
        .iter()
        .find(|c| **c == &word[1..])
        .ok_or_else(fail)?;
    Ok((rest, (code, 1e6)))
}

/// `1 in 5`, `one in five`, `one out of three`: a share, as a percent.
fn one_in<'t>(rest: &'t str, fig: &mut Figure) -> &'t str {
    if fig.measure != Measure::Count
        || fig.second.is_some()
        || fig.scale != 1.0
        || fig.first.value < 1.0
        || fig.first.form == Form::Decimal
    {
        return rest;
    }
    let sep = alt((
        (space1::<&str, nom::error::Error<&str>>, tag("in"), space1),
        (space1, tag("out of"), space1),
    ))
    .parse(rest);
    let Ok((r, _)) = sep else { return rest };
    let Ok((r2, d)) = alt((number::digits, number::words)).parse(r) else {
        return rest;
    };
    let plausible = d.value > fig.first.value && d.value <= 1000.0 && d.form != Form::Decimal;
    if !plausible || r2.starts_with(|c: char| c.is_alphanumeric() || c == '%' || c == ',') {
        return rest;
    }
    fig.first.value = fig.first.value / d.value * 100.0;
    fig.first.step = 1.0;
    fig.first.form = Form::Fraction;
    fig.measure = Measure::Percent;
    r2
}

/// `$`, `US$`, `€`, `£`, `USD `, `C$`: a currency written before the figure; returns its ISO code.
fn currency_prefix(i: &str) -> PResult<'_, &'static str> {
    if i.starts_with(|c: char| {
        c.is_ascii_digit() || c.is_ascii_lowercase() && !"uacnhsrmegji".contains(c)
    }) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    for (p, code) in CURRENCY_PREFIXES {
        let n = p.len();
        if i.len() >= n && i.is_char_boundary(n) && i[..n].eq_ignore_ascii_case(p) {
            let rest = &i[n..];
            let letters = p.bytes().any(|b| b.is_ascii_alphabetic());
            // A code made of letters must not run on into a word (`USDA`) and must be
            // followed by the figure (`USD 200`, `US$8`).
            if letters && rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
                continue;
            }
            let (r, _) = space0(rest)?;
            if r.starts_with(|c: char| c.is_ascii_digit())
                || (r.starts_with('.') && r[1..].starts_with(|c: char| c.is_ascii_digit()))
                || (!letters && r.starts_with(|c: char| c.is_ascii_alphabetic()))
            {
                return Ok((r, code));
            }
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

static CURRENCY_INDEX: OnceLock<PhraseIndex<(&'static str, bool)>> = OnceLock::new();
static BEFORE_INDEX: OnceLock<PhraseIndex<QualifierKind>> = OnceLock::new();
static AFTER_INDEX: OnceLock<PhraseIndex<QualifierKind>> = OnceLock::new();

/// The lower-cased word (letters and inner dots) at the start or end of `s`, on the stack.
fn edge_word(s: &str, end: KeyEnd, buf: &mut [u8; 24]) -> usize {
    let b = s.as_bytes();
    let is_word = |c: u8| c.is_ascii_alphabetic() || c == b'.';
    // The same key as `PhraseIndex` computes: no dot on the outer side.
    let (mut from, mut to) = match end {
        KeyEnd::First => (0, b.iter().take_while(|&&c| is_word(c)).count()),
        KeyEnd::Last => (
            b.len() - b.iter().rev().take_while(|&&c| is_word(c)).count(),
            b.len(),
        ),
    };
    match end {
        KeyEnd::First => {
            to = from
                + b[from..to]
                    .iter()
                    .rposition(|&c| c != b'.')
                    .map_or(0, |p| p + 1)
        }
        KeyEnd::Last => {
            from += b[from..to]
                .iter()
                .position(|&c| c != b'.')
                .unwrap_or(to - from)
        }
    }
    let n = (to - from).min(buf.len());
    for (o, c) in buf.iter_mut().zip(&b[from..from + n]) {
        *o = c.to_ascii_lowercase();
    }
    n
}

/// A currency word or code at the very start of `i` (`dollars`, `euros`, `USD`,
/// `cents`, `元`): its ISO code, whether it names hundredths, and whether it is a code.
fn currency_word(i: &str) -> PResult<'_, (&'static str, bool, bool)> {
    let idx = CURRENCY_INDEX.get_or_init(|| PhraseIndex::new(CURRENCY_WORDS, KeyEnd::First));
    let mut buf = [0u8; 24];
    let n = edge_word(i, KeyEnd::First, &mut buf);
    let candidates = if n > 0 {
        idx.group(&buf[..n])
    } else if i.starts_with(|c: char| !c.is_ascii()) {
        // Non-ASCII currency words (`元`) are keyed by themselves.
        let c = i.chars().next().map(char::len_utf8).unwrap_or(0);
        idx.group(&i.as_bytes()[..c])
    } else {
        &[]
    };
    for &(words, (code, sub)) in candidates {
        let Some(head) = i.get(..words.len()) else {
            continue;
        };
        if !head.eq_ignore_ascii_case(words) {
            continue;
        }
        let rest = &i[words.len()..];
        if rest.starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let is_code = words.len() == 3
            && !words.contains(' ')
            && head.chars().all(|c| c.is_ascii_uppercase());
        return Ok((rest, (code, sub, is_code)));
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// ` dollars`, ` million euros` (scale read before), `USD`, ` cents`, `-cent`: a
/// currency after the figure. Words need a space or hyphen; glued, only upper-case
/// codes count (`115USD`). Returns the code and whether the figure is in hundredths.
fn currency_suffix(i: &str) -> PResult<'_, (&'static str, bool)> {
    let (after_ws, ws) = alt((tag("-"), space0)).parse(i)?;
    let (rest, (code, sub, is_code)) = currency_word(after_ws)?;
    let symbol = !after_ws.starts_with(|c: char| c.is_ascii());
    if ws.is_empty() && !is_code && !symbol {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    Ok((rest, (code, sub)))
}

/// `%`, ` %`, ` percent`, ` per cent`, ` pct`.
fn percent_suffix(i: &str) -> PResult<'_, ()> {
    if let Ok((r, _)) = (space0::<&str, nom::error::Error<&str>>, char('%')).parse(i) {
        return Ok((r, ()));
    }
    let (rest, _) = alt((space1, tag("-"))).parse(i)?;
    for w in PERCENT_WORDS {
        let n = w.len();
        if rest.len() >= n && rest.is_char_boundary(n) && rest[..n].eq_ignore_ascii_case(w) {
            let r = &rest[n..];
            let r = r.strip_prefix('s').unwrap_or(r);
            if !r.starts_with(|c: char| c.is_alphanumeric()) {
                return Ok((r, ()));
            }
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// ` percentage points`, ` basis points`, `bps`, ` pp`: returns the factor to points.
fn points_suffix(i: &str) -> PResult<'_, f64> {
    let (rest, _) = space0(i)?;
    for (w, factor) in POINT_WORDS {
        let n = w.len();
        if rest.len() >= n && rest.is_char_boundary(n) && rest[..n].eq_ignore_ascii_case(w) {
            let r = &rest[n..];
            if !r.starts_with(|c: char| c.is_alphanumeric()) && (rest.len() < i.len() || n > 2) {
                return Ok((r, *factor));
            }
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// `+`, ` or more`, `-plus`, ` or so` after a figure.
fn qualifier_after(i: &str) -> PResult<'_, Qualifier> {
    let idx = AFTER_INDEX.get_or_init(|| PhraseIndex::new(QUALIFIERS_AFTER, KeyEnd::First));
    let spaced = i.len() - i.trim_start_matches(' ').len();
    let mut buf = [0u8; 24];
    let n = edge_word(&i[spaced..], KeyEnd::First, &mut buf);
    let words = if spaced > 0 {
        idx.group(&buf[..n])
    } else {
        &[]
    };
    // Word phrases follow a space (` or more`); symbols are glued (`+`, `-plus`).
    let tries = words
        .iter()
        .map(|p| (&i[spaced..], p))
        .chain(idx.symbols().iter().map(|p| (i, p)));
    for (rest, &(w, kind)) in tries {
        let Some(head) = rest.get(..w.len()) else {
            continue;
        };
        if !head.eq_ignore_ascii_case(w) {
            continue;
        }
        let r = &rest[w.len()..];
        if !r.starts_with(|c: char| c.is_alphanumeric()) {
            let words = w.to_string();
            return Ok((r, Qualifier { kind, words }));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// ` of thousands`, ` of millions`: the scale inside `tens of thousands`.
fn of_plural(i: &str) -> PResult<'_, f64> {
    let (rest, _) = (space1, tag_no_case("of"), space1).parse(i)?;
    let (rest, w) = nom::character::complete::alpha1(rest)?;
    let scale = match w.to_ascii_lowercase().as_str() {
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        _ => {
            return Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Tag,
            )));
        }
    };
    Ok((rest, scale))
}

/// ` of dollars`, ` of euros` after a vague quantity.
fn of_money(i: &str) -> PResult<'_, &'static str> {
    let (rest, _) = (space1, tag_no_case("of"), space1).parse(i)?;
    let (r, (code, _, _)) = currency_word(rest)?;
    Ok((r, code))
}

/// True when `a`/`an` starts a numeral (`a dozen`, `a million`, `a third of`).
fn article_starts_number(after: &str) -> bool {
    let w: String = after
        .trim_start()
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_lowercase();
    match number_word(&w) {
        Some(NumberWord::Hundred | NumberWord::Scale(_) | NumberWord::Dozen) => true,
        Some(NumberWord::Denominator(_)) => {
            let rest = after.trim_start()[w.len()..].to_ascii_lowercase();
            rest.starts_with(" of ") || rest.starts_with(" million") || rest.starts_with(" billion")
        }
        _ => false,
    }
}

/// Lower-cased text of at most `n` (≤ 48) bytes before `pos`, not reaching
/// before `floor`; on the stack, since it is asked for at every candidate.
/// `percent of `, `per cent of `, `percents of ` right before a figure, with
/// no figure before them: the length of those words (and the spaces).
fn percent_of_before(before: &str) -> Option<usize> {
    let trimmed = before.trim_end();
    let lead = ["per cent of", "percents of", "percent of"]
        .into_iter()
        .find(|w| trimmed.ends_with(w))?;
    let head = trimmed[..trimmed.len() - lead.len()].trim_end();
    // `15 percent of 10,000` is a share of a base, not a percentage of 10,000.
    let last = head.rsplit(' ').next().unwrap_or("");
    if last.chars().any(|c| c.is_ascii_digit()) || super::lexicon::number_word(last).is_some() {
        return None;
    }
    let whole_word = trimmed[..trimmed.len() - lead.len()]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    if !whole_word || before.len() == trimmed.len() {
        return None;
    }
    Some(before.len() - (trimmed.len() - lead.len()))
}

fn lower_before(text: &str, pos: usize, floor: usize, n: usize) -> LowerBuf {
    let mut from = pos.saturating_sub(n.min(48)).max(floor).min(pos);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let src = &text.as_bytes()[from..pos];
    let mut buf = LowerBuf {
        buf: [0; 48],
        len: src.len(),
    };
    for (o, b) in buf.buf.iter_mut().zip(src) {
        *o = b.to_ascii_lowercase();
    }
    buf
}

/// A short lower-cased slice of text held on the stack.
struct LowerBuf {
    buf: [u8; 48],
    len: usize,
}

impl std::ops::Deref for LowerBuf {
    type Target = str;
    fn deref(&self) -> &str {
        // Lower-casing ASCII bytes keeps UTF-8 valid, and the slice starts on a char boundary.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

/// True when `before` ends with the word `w` and white space.
fn ends_with_word(before: &str, w: &str) -> bool {
    let t = before.trim_end();
    t.len() < before.len()
        && t.ends_with(w)
        && !t[..t.len() - w.len()].ends_with(|c: char| c.is_alphanumeric())
}

/// True when a change verb stands within the few words before `from`.
fn change_verb_before(before: &str) -> bool {
    let t = before.trim_end();
    let t = t.strip_suffix("from").unwrap_or(t);
    t.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(4)
        .any(|w| CHANGE_VERBS.contains(&w))
}

/// The qualifier that `before` ends with: its kind, words and byte length including the gap.
fn qualifier_before(before: &str) -> Option<(QualifierKind, &'static str, usize)> {
    let idx = BEFORE_INDEX.get_or_init(|| PhraseIndex::new(QUALIFIERS_BEFORE, KeyEnd::Last));
    let t = before.trim_end();
    let gap = before.len() - t.len();
    let mut buf = [0u8; 24];
    let n = edge_word(t, KeyEnd::Last, &mut buf);
    let words = if gap > 0 { idx.group(&buf[..n]) } else { &[] };
    for &(words, kind) in words.iter().chain(idx.symbols()) {
        if !t.ends_with(words) {
            continue;
        }
        let head = &t[..t.len() - words.len()];
        let symbol = !words.chars().any(char::is_alphabetic);
        if !symbol && head.ends_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        return Some((kind, words, words.len() + gap));
    }
    None
}

/// True when `in`, `since`, `by`, `until`… stands right before `pos`.
fn time_preposition_before(text: &str, pos: usize, floor: usize) -> bool {
    let before = lower_before(text, pos, floor, 12);
    [
        "in", "since", "by", "until", "till", "from", "during", "through", "last", "next", "this",
        "early", "late", "mid", "before", "after", "of", "on",
    ]
    .iter()
    .any(|w| ends_with_word(&before, w))
}

/// Why a word may start a figure, decided from its lower-case form alone.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Trigger {
    /// `Q2`, `fiscal`, `second` (quarter), `early`, a month.
    Time,
    /// `hundreds`, `thousands`, `dozens`: with the interval they mean.
    Vague((f64, f64)),
    /// `several`, `few` (`a few hundred`).
    Several,
    /// `half`.
    Half,
    /// `minus`, `negative`.
    Sign,
    /// `a`, `an` (`a dozen`, `a million`).
    Article,
    /// A number word.
    Number,
    /// A currency code or the letters of a prefix (`USD`, `US` in `US$`, `C` in `C$`).
    Currency,
}

static TRIGGERS: OnceLock<WordIndex<Trigger>> = OnceLock::new();

/// The index of every word that may start a figure; earlier entries win.
fn triggers() -> &'static WordIndex<Trigger> {
    TRIGGERS.get_or_init(|| {
        let mut e: Vec<(&'static str, Trigger)> = [
            "q1", "q2", "q3", "q4", "h1", "h2", "fy", "fiscal", "first", "second", "third",
            "fourth", "early", "mid", "late",
        ]
        .iter()
        .map(|w| (*w, Trigger::Time))
        .collect();
        e.extend([
            ("several", Trigger::Several),
            ("few", Trigger::Several),
            ("half", Trigger::Half),
            ("minus", Trigger::Sign),
            ("negative", Trigger::Sign),
        ]);
        e.extend(MONTHS.iter().map(|(w, _)| (*w, Trigger::Time)));
        e.extend(VAGUE_PLURALS.iter().map(|(w, r)| (*w, Trigger::Vague(*r))));
        e.extend(NUMBER_WORDS.iter().map(|(w, n)| {
            let t = if *n == NumberWord::Article {
                Trigger::Article
            } else {
                Trigger::Number
            };
            (*w, t)
        }));
        // Letters of currency prefixes (`US` in `US$`, `C` in `C$`) and codes (`USD 200`).
        e.extend(
            [
                "us", "u", "c", "ca", "au", "nz", "hk", "s", "r", "rs", "usd", "aud", "cad", "nzd",
                "hkd", "sgd", "mex", "mxn", "eur", "gbp", "jpy", "cny", "rmb", "chf", "inr",
            ]
            .iter()
            .map(|w| (*w, Trigger::Currency)),
        );
        WordIndex::new(&e)
    })
}

/// A word read in one pass: its length, and — when it is short enough to be a
/// trigger — its lower-case bytes and their hash.
struct Word {
    buf: [u8; 9],
    len: usize,
    hash: u64,
}

impl Word {
    /// Reads the ASCII letters and digits at `i` (`Q2`, `FY25`, `thousands`).
    fn read(b: &[u8], i: usize) -> Word {
        let mut w = Word {
            buf: [0; 9],
            len: 0,
            hash: HASH_SEED,
        };
        for &c in &b[i..] {
            if !ALNUM[usize::from(c)] {
                break;
            }
            // `| 0x20` lower-cases ASCII letters and leaves digits as they are.
            let l = c | 0x20;
            if let Some(slot) = w.buf.get_mut(w.len) {
                *slot = l;
                w.hash = hash_step(w.hash, l);
            }
            w.len += 1;
        }
        w
    }

    /// The lower-case word (only meaningful when `len` ≤ 9).
    fn lower(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len.min(9)]).unwrap_or("")
    }

    /// Why this word may start a figure; `None` for the great majority of words.
    fn trigger(&self) -> Option<Trigger> {
        if self.len > 9 {
            return None;
        }
        let lw = &self.buf[..self.len];
        if let Some(t) = triggers().get_hashed(self.hash, lw) {
            return Some(t);
        }
        if lw.len() >= 4 && lw.starts_with(b"fy") && lw[2..].iter().all(u8::is_ascii_digit) {
            return Some(Trigger::Time);
        }
        // `USD115`: a currency code glued to its figure.
        let letters = lw.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        if letters < lw.len() && letters >= 3 {
            return triggers()
                .get(&lw[..letters])
                .filter(|t| *t == Trigger::Currency);
        }
        None
    }
}

/// Lower-cases an ASCII word of at most 12 bytes into `buf` without allocating.
fn lower_word<'b>(word: &str, buf: &'b mut [u8; 12]) -> Option<&'b [u8]> {
    let bytes = word.as_bytes();
    let out = buf.get_mut(..bytes.len())?;
    for (o, b) in out.iter_mut().zip(bytes) {
        *o = b.to_ascii_lowercase();
    }
    Some(out)
}

/// True when a non-ASCII character can start a figure: a currency sign (`€`,
/// `£`, `¥`, `₹`…) or a vulgar fraction (`½`, `¾`, `⅔`) — not the curly quotes
/// and dashes that share their lead bytes.
fn starts_figure_char(b: &[u8]) -> bool {
    let s = match std::str::from_utf8(&b[..b.len().min(4)]) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&b[..e.valid_up_to()]).unwrap_or(""),
    };
    s.chars().next().is_some_and(|c| {
        matches!(
            c,
            '€' | '£' | '¥' | '₹' | '₩' | '₽' | '₺' | '₿' | '½' | '¼' | '¾' | '⅓'..='⅞'
        )
    })
}

/// `http://`, `https://`, `www.`: a link, whose digits and `%` are not figures.
fn is_url_start(b: &[u8]) -> bool {
    let starts = |p: &[u8]| b.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    matches!(b.first(), Some(b'h' | b'H' | b'w' | b'W' | b'f' | b'F'))
        && (starts(b"http://") || starts(b"https://") || starts(b"www.") || starts(b"ftp://"))
}

/// End of the white-space-delimited token at `i`.
fn token_end(b: &[u8], i: usize) -> usize {
    let mut j = i;
    while j < b.len() && !b[j].is_ascii_whitespace() {
        j += 1;
    }
    j
}

/// Skips a run of digits and number punctuation that did not parse.
fn skip_token(b: &[u8], i: usize) -> usize {
    let mut j = i;
    while j < b.len()
        && (b[j].is_ascii_alphanumeric() || matches!(b[j], b'.' | b',' | b'/' | b':' | b'-'))
    {
        if matches!(b[j], b'.' | b',' | b'-')
            && !b.get(j + 1).is_some_and(u8::is_ascii_alphanumeric)
        {
            break;
        }
        j += 1;
    }
    j.max(i + 1)
}

/// `192.168.1.2`, `3.11.2`: dotted identifiers with more than one dot.
fn skip_dotted(s: &str) -> bool {
    let token: &str = s
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .next()
        .unwrap_or("");
    let token = token.trim_end_matches('.');
    token.matches('.').count() >= 2
}

/// True when a people noun follows the figure at `pos` (so `2000 workers` is not
/// a year). Nouns of events are not enough: `its 2023 layoffs` are the layoffs
/// of 2023.
fn people_noun_follows(text: &str, pos: usize) -> bool {
    let end = text[pos..]
        .find(|c: char| !c.is_ascii_digit())
        .map(|e| pos + e)
        .unwrap_or(text.len());
    const EVENTS: &[&str] = &[
        "layoffs",
        "lay-offs",
        "cuts",
        "job cuts",
        "job losses",
        "job reductions",
        "redundancies",
        "firings",
        "hires",
    ];
    head_noun(text, end).is_some_and(|(n, _)| {
        unit_class_of(&n) == UnitClass::People && !EVENTS.contains(&n.as_str())
    })
}

/// The noun a figure counts: up to four words after `pos`, skipping modifiers
/// (`corporate`, `Oregon-based`), stopping at function words; known nouns win.
pub fn head_noun(text: &str, pos: usize) -> Option<(String, Span)> {
    let rest = text.get(pos..)?;
    // `31-year history`, `30-day period`: a noun glued with a hyphen.
    if let Some(r) = rest.strip_prefix('-') {
        let w: &str = r
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        if !w.is_empty() && DURATION_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(w)) {
            return Some((
                w.to_ascii_lowercase(),
                Span::new(pos + 1, pos + 1 + w.len()),
            ));
        }
        return None;
    }
    let mut words: [(usize, &str); 5] = [(0, ""); 5];
    let mut count = 0;
    let mut off = pos;
    while count < words.len() {
        let r = &text[off..];
        // Up to four spaces: blanked Markdown emphasis (`**14,000** jobs`) leaves some.
        let gap = r.len() - r.trim_start_matches([' ', '\u{a0}']).len();
        if gap == 0 && count > 0 || gap > 4 {
            break;
        }
        let r = &r[gap..];
        let len = r
            .find(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '\u{2019}'))
            .unwrap_or(r.len());
        if len == 0 {
            break;
        }
        words[count] = (off + gap, &r[..len]);
        count += 1;
        off += gap + len;
    }
    let words = &words[..count];
    let known = |w: &str, list: &[&str]| list.iter().any(|n| n.eq_ignore_ascii_case(w));
    let mut content: Option<(usize, &str)> = None;
    for (k, &(at, w)) in words.iter().enumerate() {
        // `job cuts`, `job losses`: a two-word people noun.
        if w.eq_ignore_ascii_case("job")
            && let Some(&(at2, w2)) = words.get(k + 1)
        {
            let pair = format!("job {}", w2.to_ascii_lowercase());
            if known(&pair, PEOPLE_NOUNS) {
                return Some((pair, Span::new(at, at2 + w2.len())));
            }
        }
        if known(w, PEOPLE_NOUNS) || known(w, DURATION_NOUNS) {
            return Some((w.to_ascii_lowercase(), Span::new(at, at + w.len())));
        }
        let mut buf = [0u8; 12];
        let lw = lower_word(w, &mut buf)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("");
        if is_function_word(lw) || is_pronoun(lw) || number_word(lw).is_some() {
            break;
        }
        let verbish = w.ends_with("ing") || w.ends_with("ed");
        if content.is_some() && verbish {
            break;
        }
        content = Some((at, w));
        if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
            return Some((w.to_ascii_lowercase(), Span::new(at, at + w.len())));
        }
    }
    let (at, w) = content?;
    if w.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    Some((w.to_ascii_lowercase(), Span::new(at, at + w.len())))
}

/// `a staff of 10,000`, `a workforce of 72,000`, `headcount of`: the noun before `of`.
fn noun_before(text: &str, start: usize) -> Option<(String, Span)> {
    let before = text[..start].trim_end();
    let before = before.strip_suffix("of")?.trim_end();
    let w = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if matches!(
        w.as_str(),
        "staff" | "workforce" | "headcount" | "payroll" | "employees" | "workers" | "loss"
    ) {
        let at = before.len() - w.len();
        let noun = if w == "loss" { return None } else { w };
        return Some((noun, Span::new(at, before.len())));
    }
    None
}

/// The noun a percentage is a share of: `15% of our workforce` → `workforce`.
fn share_noun(text: &str, end: usize) -> Option<String> {
    let rest = text.get(end..)?;
    let rest = rest.strip_prefix(" of ")?;
    let mut off = end + 4;
    for det in [
        "its ", "the ", "our ", "their ", "a ", "an ", "his ", "her ", "all ",
    ] {
        if rest
            .get(..det.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(det))
        {
            off += det.len();
            break;
        }
    }
    // Skip a possessive organisation (`the company’s`).
    let r = text.get(off..)?;
    let first: &str = r.split(' ').next().unwrap_or("");
    if first.ends_with("’s") || first.ends_with("'s") {
        off += first.len() + 1;
    }
    // A figure in between (`of its 72,000 employees`) is a claim of its own; skip it.
    let r = text.get(off..)?;
    let skip = r
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(0);
    let off = if skip > 0 { off + skip } else { off };
    let found = head_noun(text, off).map(|(n, _)| n);
    found.filter(|n| !n.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Found {
        let s = super::super::sentence::split(text);
        let found = scan(text, &s, NumberOptions::default());
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn approximately_widens_the_interval() {
        let f = one("will lay off approximately 14,000 employees.");
        let q = &f.quantity;
        assert_eq!(q.value, Some(14000.0));
        assert_eq!(q.interval, Interval::new(13300.0, 14700.0));
        assert_eq!(q.unit, UnitClass::People);
    }

    #[test]
    fn a_plus_sign_leaves_the_top_open() {
        // A bound is the figure itself (SPEC 2.1): 27,000 and up.
        let q = one("Some 27,000+ have been impacted.").quantity;
        assert_eq!(q.interval.low, 27000.0);
        assert!(q.interval.high.is_infinite());
    }

    #[test]
    fn money_keeps_its_currency() {
        let q = one("Invested $4B in Anthropic").quantity;
        assert_eq!(
            (q.measure, q.value, q.currency),
            (Measure::Money, Some(4e9), Some("USD"))
        );
    }

    #[test]
    fn a_year_is_time() {
        assert_eq!(one("cut in 2022 alone.").quantity.measure, Measure::Time);
    }

    #[test]
    fn multibyte_text_after_a_share_does_not_break_it() {
        // Found by fuzzing: `of ½` put a char boundary inside a determiner's length.
        assert_eq!(share_noun("5% of ½ ½ its staff", 2), None);
        assert_eq!(share_noun("5% of – x", 2), None);
    }

    #[test]
    fn blanked_markdown_emphasis_keeps_the_noun() {
        // `**14,000** corporate jobs` as the Markdown prose view leaves it.
        assert_eq!(
            head_noun("14,000   corporate jobs", 6)
                .map(|(n, _)| n)
                .as_deref(),
            Some("jobs")
        );
    }
}
