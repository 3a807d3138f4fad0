//! Numerals: the bottom of the number grammar, as small nom combinators.
//!
//! Recognises how a figure is written — digits with separators and decimals,
//! spelled-out numbers, fractions, scale words — and returns its value with
//! the rounding step the writing implies (`14,000` is written to the nearest
//! thousand). It knows nothing of money, percent, qualifiers or context: those
//! are layered on in `quantity`. Every parser here either consumes a whole
//! numeral or fails without consuming, so callers can try the next shape.

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_while_m_n, take_while1},
    character::complete::{char, digit1, one_of, satisfy},
    combinator::{not, opt, recognize},
    multi::many_m_n,
    sequence::{preceded, terminated},
};

use super::lexicon::{NumberWord, number_word_any_case, scale_word, spaced_scale_ok};
use super::space::space0;

/// Result type of every parser in the extractor.
pub type PResult<'a, T> = IResult<&'a str, T>;

/// How a numeral was written, which decides whether it can be a year or a version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// Digits with thousands separators (`14,000`).
    Grouped,
    /// Bare digits (`2025`, `262`).
    Plain,
    /// Digits with a decimal part (`167.7`).
    Decimal,
    /// Spelled out (`fourteen thousand`, `a dozen`).
    Words,
    /// A fraction (`two-thirds`, `a half`, `3/4`).
    Fraction,
}

/// A numeral's value and the rounding step its writing implies.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Numeral {
    /// The value, before any scale word.
    pub value: f64,
    /// Half the width of what the writing rounds from is `step / 2`; 0 means exact.
    pub step: f64,
    /// How it was written.
    pub form: Form,
    /// Count of digits before the decimal point (0 for words).
    pub int_digits: u8,
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
}

/// `234` after a separator: exactly three digits, not followed by a fourth.
fn group3(i: &str) -> PResult<'_, &str> {
    terminated(take_while_m_n(3, 3, is_digit), not(satisfy(is_digit))).parse(i)
}

/// `34` in Indian grouping: exactly two digits, not followed by a third.
fn group2(i: &str) -> PResult<'_, &str> {
    terminated(take_while_m_n(2, 2, is_digit), not(satisfy(is_digit))).parse(i)
}

/// `.7`, `.81`: a decimal part that is not the middle of a version (`3.11.2`).
fn decimals(i: &str) -> PResult<'_, &str> {
    terminated(
        recognize(preceded(char('.'), digit1)),
        not((char('.'), satisfy(is_digit))),
    )
    .parse(i)
}

/// The most separator groups one numeral is read with (`1,000,000` has two).
/// A longer run of groups (`1,0001,000…` pasted from a table) is read a
/// dozen groups at a time, so a run costs time linear in its length instead
/// of being re-read from every digit in it.
pub const MAX_GROUPS: usize = 12;

/// `14,000`, `1,234,567.89`: commas every three digits.
fn comma_grouped(i: &str) -> PResult<'_, &str> {
    recognize((
        take_while_m_n(1, 3, is_digit),
        many_m_n(1, MAX_GROUPS, preceded(char(','), group3)),
        opt(decimals),
    ))
    .parse(i)
}

/// `14 000`, `1 234 567`: a space, no-break space or thin space every three digits.
fn space_grouped(i: &str) -> PResult<'_, &str> {
    recognize((
        take_while_m_n(1, 3, is_digit),
        not(satisfy(is_digit)),
        many_m_n(
            1,
            MAX_GROUPS,
            preceded(one_of(" \u{a0}\u{2009}\u{202f}"), group3),
        ),
        opt(decimals),
    ))
    .parse(i)
}

/// `12,34,567.89`: Indian lakh grouping.
fn indian_grouped(i: &str) -> PResult<'_, &str> {
    recognize((
        take_while_m_n(1, 2, is_digit),
        many_m_n(1, MAX_GROUPS, preceded(char(','), group2)),
        char(','),
        group3,
        opt(decimals),
    ))
    .parse(i)
}

/// `167.7`, `2025`, `262`: digits with an optional decimal part.
fn plain_digits(i: &str) -> PResult<'_, &str> {
    recognize((digit1, opt(decimals))).parse(i)
}

/// `.08`: a decimal with no integer part.
fn bare_decimals(i: &str) -> PResult<'_, &str> {
    decimals(i)
}

/// `1e10`, `1.3e6`, `12.32e+14`, `-12e-1` (the sign is read by the caller).
fn scientific(i: &str) -> PResult<'_, Numeral> {
    let (rest, text) = recognize((
        digit1,
        opt(decimals),
        one_of("eE"),
        opt(one_of("+-")),
        digit1,
        not(satisfy(|c: char| c.is_alphanumeric())),
    ))
    .parse(i)?;
    let value: f64 = text.parse().unwrap_or(0.0);
    let (mantissa, exp) = text.split_once(['e', 'E']).unwrap_or((text, "0"));
    let decimals = mantissa.split_once('.').map_or(0, |(_, d)| d.len()) as i32;
    let exp: i32 = exp.trim_start_matches('+').parse().unwrap_or(0);
    Ok((
        rest,
        Numeral {
            value,
            step: 10f64.powi(exp - decimals),
            form: Form::Decimal,
            int_digits: 0,
        },
    ))
}

/// `½`, `¾`, `⅔`: a vulgar-fraction character.
fn vulgar(i: &str) -> PResult<'_, f64> {
    let c = i.chars().next().unwrap_or(' ');
    let v = match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => {
            return Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Char,
            )));
        }
    };
    Ok((&i[c.len_utf8()..], v))
}

/// `¾` alone (a share) or `2½`, `2 1/4` (a mixed number).
pub fn fraction_chars(i: &str) -> PResult<'_, Numeral> {
    if let Ok((rest, v)) = vulgar(i) {
        return Ok((rest, fraction(v)));
    }
    let (rest, int) = digit1(i)?;
    let whole: f64 = int.parse().unwrap_or(0.0);
    let (rest, part) = alt((vulgar, |s| {
        let (r, _) = take_while_m_n(1, 2, |c: char| c == ' ').parse(s)?;
        let (r, n) = digit_fraction(r)?;
        Ok((r, n.value))
    }))
    .parse(rest)?;
    Ok((
        rest,
        Numeral {
            value: whole + part,
            step: 0.0,
            form: Form::Decimal,
            int_digits: int.len().min(255) as u8,
        },
    ))
}

/// Any numeral written in digits: `14,000`, `14 000`, `12,34,567`, `167.7`, `.08`, `1e6`.
pub fn digits(i: &str) -> PResult<'_, Numeral> {
    // The byte after the leading digits says which shapes can apply.
    let b = i.as_bytes();
    let run = b.iter().take_while(|c| c.is_ascii_digit()).count();
    // `1,8%`: a decimal comma, read once.
    if b.get(run) == Some(&b',')
        && run <= 3
        && let Some(k) = decimal_comma(&i[run + 1..])
    {
        let end = run + 1 + k;
        let mut n = numeral_of_digits(&i[..end].replace(',', "."));
        n.form = Form::Decimal;
        return Ok((&i[end..], n));
    }
    let (rest, text) = match b.get(run) {
        Some(b'e' | b'E') | Some(b'.') if scientific(i).is_ok() => return scientific(i),
        // A group of more than three digits, or no digit after the separator,
        // is no grouping (every grouped shape fails): plain digits at once.
        Some(b',' | b' ')
            if run >= 1 && (run > 3 || !b.get(run + 1).is_some_and(u8::is_ascii_digit)) =>
        {
            plain_digits(i)?
        }
        Some(b',') => alt((indian_grouped, comma_grouped, plain_digits)).parse(i)?,
        Some(b' ') | Some(0xC2) | Some(0xE2) => alt((space_grouped, plain_digits)).parse(i)?,
        _ if run == 0 => bare_decimals(i)?,
        _ => plain_digits(i)?,
    };
    Ok((rest, numeral_of_digits(text)))
}

/// The digits after a decimal comma (`1,8%`, `62,0 million`, as statistics
/// offices in South Africa and much of Europe write them): one or two
/// digits, then a percent sign, `per cent`/`percent` or a scale word. A
/// group of three is a thousands separator (`1,800`), and a comma before a
/// bare digit is a list (`1,2 and 3`).
fn decimal_comma(after: &str) -> Option<usize> {
    let k = after.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&k) {
        return None;
    }
    let rest = after[k..].trim_start_matches([' ', '\u{a0}']);
    let lower = |w: &str| {
        rest.get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
            && !rest[w.len()..].starts_with(|c: char| c.is_alphabetic())
    };
    let unit = rest.starts_with('%')
        || [
            "per cent", "percent", "million", "billion", "trillion", "mn", "bn",
        ]
        .iter()
        .any(|w| lower(w));
    unit.then_some(k)
}

/// Value and step of a digit string with separators, read in one pass.
fn numeral_of_digits(text: &str) -> Numeral {
    let (mut int, mut frac) = (0.0f64, 0.0f64);
    let (mut int_digits, mut decimals, mut zeros) = (0usize, 0i32, 0usize);
    let (mut in_fraction, mut grouped) = (false, false);
    let mut scale = 1.0;
    for b in text.bytes() {
        match b {
            b'0'..=b'9' if in_fraction => {
                scale /= 10.0;
                frac += f64::from(b - b'0') * scale;
                decimals += 1;
            }
            b'0'..=b'9' => {
                int = int * 10.0 + f64::from(b - b'0');
                int_digits += 1;
                zeros = if b == b'0' { zeros + 1 } else { 0 };
            }
            b'.' => in_fraction = true,
            _ => grouped = true,
        }
    }
    // Long figures go through the exact decimal parser rather than accumulate rounding.
    let value = if int_digits + decimals as usize > 15 {
        let clean: String = text
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        clean.parse().unwrap_or(int + frac)
    } else {
        int + frac
    };
    let (step, form) = if in_fraction {
        (10f64.powi(-decimals), Form::Decimal)
    } else if zeros == int_digits {
        (1.0, if grouped { Form::Grouped } else { Form::Plain })
    } else {
        // The place of the last nonzero digit: `14,000` → 1000, `262` → 1.
        (
            10f64.powi(zeros as i32),
            if grouped { Form::Grouped } else { Form::Plain },
        )
    };
    Numeral {
        value,
        step,
        form,
        int_digits: int_digits.min(255) as u8,
    }
}

/// The rounding step of an integer value written in words (`fourteen thousand` → 1000).
fn step_of_value(v: f64) -> f64 {
    if v < 1.0 || v.fract() != 0.0 {
        return 0.0;
    }
    let mut step = 1.0;
    while v % (step * 10.0) == 0.0 && step < 1e15 {
        step *= 10.0;
    }
    step
}

/// `3/4`, `1/2`: a fraction in digits (denominator 2–10, 16 or 100, numerator
/// below it); spaced (`1 / 4`) only as a share of something (`1 / 4 of`).
pub fn digit_fraction(i: &str) -> PResult<'_, Numeral> {
    let (rest, (n, s1, _, s2, d)) = (digit1, space0, char('/'), space0, digit1).parse(i)?;
    let shared = (s1.is_empty() && s2.is_empty()) || rest.starts_with(" of ");
    let (n, d): (f64, f64) = (n.parse().unwrap_or(0.0), d.parse().unwrap_or(0.0));
    let ok = n >= 1.0 && n < d && ((2.0..=10.0).contains(&d) || d == 16.0 || d == 100.0) && shared;
    if !ok || rest.starts_with(|c: char| c.is_ascii_digit() || c == '/') {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, fraction(n / d)))
}

fn fraction(value: f64) -> Numeral {
    Numeral {
        value,
        step: 0.0,
        form: Form::Fraction,
        int_digits: 0,
    }
}

/// A run of ASCII letters.
fn letters(i: &str) -> PResult<'_, &str> {
    take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)
}

/// Whitespace or a hyphen (with optional spaces) between two number words.
fn word_gap(i: &str) -> PResult<'_, &str> {
    alt((
        recognize((space0, one_of("-\u{2010}\u{2011}"), space0)),
        take_while1(|c: char| c == ' ' || c == '\u{a0}'),
    ))
    .parse(i)
}

/// A number word, in any ASCII case.
fn number_token(i: &str) -> PResult<'_, NumberWord> {
    let (rest, w) = letters(i)?;
    match number_word_any_case(w) {
        Some(t) => Ok((rest, t)),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

/// One lexed token of a spelled-out numeral and the input after it.
#[derive(Clone, Debug)]
enum Tok {
    Word(NumberWord),
    And,
    Point,
    /// A comma after a scale word (`twenty-eight trillion, seven hundred …`).
    Comma,
}

/// Lexes up to a dozen number words (with `and` and `point`) ahead of `i`.
fn lex_words(i: &str) -> Vec<(Tok, &str)> {
    let mut toks = Vec::new();
    let mut rest = i;
    while toks.len() < 16 {
        // `twenty-eight trillion, seven hundred and seventy-seven billion`:
        // a comma right after a scale word may go on to a smaller group.
        if matches!(toks.last(), Some((Tok::Word(NumberWord::Scale(_)), _)))
            && let Some(r) = rest.strip_prefix(", ")
        {
            toks.push((Tok::Comma, r));
            rest = r;
            if let Ok((r, t)) = number_token(rest) {
                toks.push((Tok::Word(t), r));
                rest = r;
                continue;
            }
            toks.pop();
            break;
        }
        let start = if toks.is_empty() {
            rest
        } else {
            match word_gap(rest) {
                Ok((r, _)) => r,
                Err(_) => break,
            }
        };
        if let Ok((r, t)) = number_token(start) {
            toks.push((Tok::Word(t), r));
            rest = r;
            continue;
        }
        match letters(start) {
            Ok((r, w)) if w.eq_ignore_ascii_case("and") && !toks.is_empty() => {
                toks.push((Tok::And, r));
                rest = r;
            }
            Ok((r, w)) if w.eq_ignore_ascii_case("point") && !toks.is_empty() => {
                toks.push((Tok::Point, r));
                rest = r;
            }
            _ => break,
        }
    }
    toks
}

/// State of the spelled-out-number reader: `total` holds completed scale groups.
#[derive(Default)]
struct Reader {
    total: f64,
    group: f64,
    last_scale: f64,
    /// Class of the last token accepted: 0 start, 1 digit, 2 teen, 3 tens, 4 hundred, 5 scale, 6 article.
    last: u8,
}

impl Reader {
    fn value(&self) -> f64 {
        self.total + self.group
    }

    /// Accepts one integer-building word, or says no.
    fn take(&mut self, w: NumberWord) -> bool {
        use NumberWord::*;
        match (w, self.last) {
            (Digit(d), 0 | 4 | 5) if self.group % 100.0 == 0.0 => {
                self.group += f64::from(d);
                self.last = 1;
            }
            (Digit(d), 3) if d > 0 => {
                self.group += f64::from(d);
                self.last = 1;
            }
            (Teen(t), 0 | 4 | 5) if self.group % 100.0 == 0.0 => {
                self.group += f64::from(t);
                self.last = 2;
            }
            (Tens(t), 0 | 4 | 5) if self.group % 100.0 == 0.0 => {
                self.group += f64::from(t);
                self.last = 3;
            }
            (Hundred, 0..=3 | 6) if self.group < 100.0 => {
                self.group = self.group.max(1.0) * 100.0;
                self.last = 4;
            }
            (Scale(s), 1..=4 | 6) if self.last_scale == 0.0 || s < self.last_scale => {
                self.total += self.group.max(1.0) * s;
                self.group = 0.0;
                self.last_scale = s;
                self.last = 5;
            }
            (Article, 0) => {
                self.group = 1.0;
                self.last = 6;
            }
            _ => return false,
        }
        true
    }
}

/// Spelled-out numbers: `Fifteen`, `fourteen thousand`, `a dozen`, `half a dozen`,
/// `two-thirds`, `one and a half`, `twenty-one trillion and three hundred`, `a hundred`.
pub fn words(i: &str) -> PResult<'_, Numeral> {
    let toks = lex_words(i);
    let fail = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit));
    if toks.is_empty() {
        return Err(fail());
    }
    if let Some(r) = half_of(&toks) {
        return Ok(r);
    }
    let mut rd = Reader::default();
    let mut end: Option<usize> = None; // index of the last token of an accepted numeral
    let mut k = 0;
    while k < toks.len() {
        match &toks[k].0 {
            Tok::Word(NumberWord::Denominator(d)) => {
                // `two thirds`, `a half`: the integer read so far is a numerator.
                if rd.last == 0 || rd.last == 4 || rd.last == 5 || rd.value() >= 100.0 {
                    break;
                }
                let numer = if rd.last == 6 { 1.0 } else { rd.value() };
                // `twenty sixth` is an ordinal, and no numeral, as `fifth`
                // alone is none: a singular denominator takes one (`one
                // sixth`, `a fifth`), `two thirds` a plural.
                let at = i.len() - toks[k].1.len();
                if numer != 1.0 && !i[..at].ends_with(['s', 'S']) {
                    return Err(fail());
                }
                return Ok(finish_fraction(numer / f64::from(*d), &toks, k));
            }
            Tok::Word(NumberWord::Dozen) if matches!(rd.last, 1 | 2 | 6) => {
                let v = rd.value() * 12.0;
                return Ok((toks[k].1, whole(v)));
            }
            Tok::Word(w) => {
                if !rd.take(*w) {
                    break;
                }
                if rd.last != 6 {
                    end = Some(k);
                }
            }
            Tok::And => {
                // `one and a half`, `two hundred and six`, `a million and a quarter`
                if let Some((frac, after)) = and_fraction(&toks, k) {
                    // `one million and a half` is 1.5 million; `five and a quarter` is 5.25.
                    let value = match rd.last {
                        5 if !matches!(
                            toks.get(after.0 + 1),
                            Some((Tok::Word(NumberWord::Scale(_)), _))
                        ) =>
                        {
                            rd.total + frac * rd.last_scale
                        }
                        _ => rd.value() + frac,
                    };
                    if end.is_some() {
                        return Ok(finish_fraction(value, &toks, after.0));
                    }
                }
                if !matches!(rd.last, 4 | 5) {
                    break;
                }
                // After a scale, `and` goes on only to a smaller group
                // (`one billion and three hundred million`, `twenty-one
                // trillion and three hundred`), never to a list (`three
                // million and four million`).
                if rd.last == 5 && next_scale(&toks[k + 1..]).is_some_and(|s| s >= rd.last_scale) {
                    break;
                }
            }
            Tok::Comma => {
                // Only on to a smaller scale group (`…trillion, seven hundred
                // and seventy-seven billion`), never a list (`two million,
                // three million`).
                if rd.last != 5 || !next_scale(&toks[k + 1..]).is_some_and(|s| s < rd.last_scale) {
                    break;
                }
            }
            Tok::Point => {
                if end.is_none() {
                    break;
                }
                if let Some((v, j)) = point_digits(&toks, k) {
                    let e = end.map(|e| e.max(j)).unwrap_or(j);
                    let digits = j - k;
                    return Ok((
                        toks[e].1,
                        Numeral {
                            value: rd.value() + v,
                            step: 10f64.powi(-(digits as i32)),
                            form: Form::Decimal,
                            int_digits: 0,
                        },
                    ));
                }
                break;
            }
        }
        k += 1;
    }
    match end {
        Some(e) => Ok((toks[e].1, whole(rd.value()))),
        None => Err(fail()),
    }
}

/// The first scale word of the number words starting `toks`.
fn next_scale(toks: &[(Tok, &str)]) -> Option<f64> {
    toks.iter()
        .take_while(|(t, _)| matches!(t, Tok::Word(_) | Tok::And))
        .find_map(|(t, _)| match t {
            Tok::Word(NumberWord::Scale(s)) => Some(*s),
            _ => None,
        })
}

fn whole(v: f64) -> Numeral {
    Numeral {
        value: v,
        step: step_of_value(v),
        form: Form::Words,
        int_digits: 0,
    }
}

/// `half a dozen`, `half a million`, `half million`, `a quarter million`.
fn half_of<'a>(toks: &[(Tok, &'a str)]) -> Option<(&'a str, Numeral)> {
    use NumberWord::*;
    let (skip, d) = match toks {
        [(Tok::Word(Article), _), (Tok::Word(Denominator(d)), _), ..] => (2, *d),
        [(Tok::Word(Denominator(d)), _), ..] => (1, *d),
        _ => return None,
    };
    let rest = &toks[skip..];
    let (idx, mult) = match rest {
        [(Tok::Word(Article), _), (Tok::Word(Dozen), _), ..] => (skip + 1, 12.0),
        [(Tok::Word(Article), _), (Tok::Word(Scale(s)), _), ..] => (skip + 1, *s),
        [(Tok::Word(Scale(s)), _), ..] => (skip, *s),
        _ => return None,
    };
    let v = mult / f64::from(d);
    Some((toks[idx].1, whole(v)))
}

/// After `and` at `k`: `a half`, `a quarter`, `three quarters`, `one half`, `two thirds`.
fn and_fraction<'a>(toks: &[(Tok, &'a str)], k: usize) -> Option<(f64, (usize, &'a str))> {
    use NumberWord::*;
    match toks.get(k + 1..k + 3)? {
        [
            (Tok::Word(Article | Digit(1)), _),
            (Tok::Word(Denominator(d)), r),
        ] => Some((1.0 / f64::from(*d), (k + 2, r))),
        [(Tok::Word(Digit(n)), _), (Tok::Word(Denominator(d)), r)] if u32::from(*n) < *d => {
            Some((f64::from(*n) / f64::from(*d), (k + 2, r)))
        }
        _ => None,
    }
}

/// `point zero three`: digit words after `point`; returns the fraction and the last index.
fn point_digits(toks: &[(Tok, &str)], k: usize) -> Option<(f64, usize)> {
    let mut s = String::from("0.");
    let mut j = k;
    while let Some((Tok::Word(NumberWord::Digit(d)), _)) = toks.get(j + 1) {
        s.push(char::from(b'0' + d));
        j += 1;
    }
    if j == k {
        return None;
    }
    s.parse().ok().map(|v| (v, j))
}

/// Ends a fraction read up to token `k`; a scale word right after it makes it a
/// whole number (`one and a half million` → 1,500,000, `two thirds` stays 0.667).
fn finish_fraction<'a>(value: f64, toks: &[(Tok, &'a str)], k: usize) -> (&'a str, Numeral) {
    match toks.get(k + 1) {
        Some((Tok::Word(NumberWord::Scale(s)), rest)) => (rest, whole(value * s)),
        // A mixed number (`forty two and a third`) is a number, not a share.
        _ if value >= 1.0 => (toks[k].1, mixed(value)),
        _ => (toks[k].1, fraction(value)),
    }
}

fn mixed(value: f64) -> Numeral {
    Numeral {
        value,
        step: 0.0,
        form: Form::Words,
        int_digits: 0,
    }
}

/// A scale word after a numeral: ` million`, `bn`, `k`, ` trillion`, `B`. Returns the factor.
pub fn scale(i: &str) -> PResult<'_, f64> {
    let (after_ws, ws) = space0.parse(i)?;
    // A compound adjective: `a $5.5-billion plan`, `$5.5-B`, `a 10-million-strong`.
    let hyphen = ws.is_empty() && after_ws.starts_with('-');
    let after_ws = if hyphen { &after_ws[1..] } else { after_ws };
    let (rest, w) = letters(after_ws)?;
    let fail = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag));
    // Lower-cased on the stack: no scale word is longer than eight letters.
    let mut buf = [0u8; 8];
    let lw = buf.get_mut(..w.len()).ok_or_else(fail)?;
    for (o, b) in lw.iter_mut().zip(w.bytes()) {
        *o = b.to_ascii_lowercase();
    }
    let lw = std::str::from_utf8(lw).map_err(|_| fail())?;
    let factor = scale_word(lw).ok_or_else(fail)?;
    // After a hyphen a short lower-case unit is more often a measure
    // (`a 5-m wall`, `a 5-k run`, `10-mm`, `5-mil`): a scale there is a word
    // (`-billion`, `-bn`, `-crore`) or a capital `B`/`M`.
    if hyphen && !(matches!(w, "B" | "M") || (lw.len() >= 2 && !matches!(lw, "mm" | "mil" | "cr")))
    {
        return Err(fail());
    }
    if !ws.is_empty() && !spaced_scale_ok(lw) {
        return Err(fail());
    }
    // A glued single letter that is also a word-initial (`5G`, `3D`) only counts in lower case or as M/B/K.
    if ws.is_empty() && w.len() == 1 && !matches!(w, "k" | "K" | "m" | "M" | "b" | "B" | "t") {
        return Err(fail());
    }
    // `1.2 lakh crore`, `50 thousand crore`: Indian scales compound.
    if matches!(lw, "lakh" | "lakhs" | "lac" | "thousand" | "hundred")
        && let Ok((r2, (_, w2))) = (super::space::space1, letters).parse(rest)
        && matches!(w2.to_ascii_lowercase().as_str(), "crore" | "crores")
    {
        return Ok((r2, factor * 1e7));
    }
    // `hundred` after digits is a scale (`322 hundred`), but `hundreds` is not.
    Ok((rest, factor))
}

/// A scale word written out (`million`, `billion`, `thousand`): its factor.
pub fn scale_name(i: &str) -> PResult<'_, f64> {
    let (rest, w) = letters(i)?;
    match number_word_any_case(w) {
        Some(NumberWord::Scale(s)) => Ok((rest, s)),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

/// True when the digits at `i` are followed by a fraction (`3/4`, `2½`, `2 1/4`),
/// so the cheap digit parsers can be tried first everywhere else.
pub fn fraction_ahead(i: &str) -> bool {
    let run = i.bytes().take_while(u8::is_ascii_digit).count();
    let next = &i[run..];
    let spaced_fraction = || {
        next.starts_with(' ')
            && next
                .trim_start_matches(' ')
                .bytes()
                .find(|b| !b.is_ascii_digit())
                == Some(b'/')
    };
    next.starts_with('/')
        || next.starts_with(|c: char| matches!(c, '½' | '¼' | '¾' | '⅓'..='⅞'))
        || spaced_fraction()
}

/// Any numeral: a fraction (`3/4`, `¾`, `2½`), digits (`14,000`) or words (`fourteen thousand`).
pub fn any_numeral(i: &str) -> PResult<'_, Numeral> {
    match i.as_bytes().first() {
        Some(b) if b.is_ascii_digit() && !fraction_ahead(i) => digits(i),
        Some(b) if b.is_ascii_alphabetic() => words(i),
        _ => alt((fraction_chars, digit_fraction, digits, words)).parse(i),
    }
}

/// True when `s` starts with a letter (used to refuse `180ml`, `29km`).
pub fn glued_letter(s: &str) -> bool {
    s.starts_with(|c: char| c.is_alphabetic())
}

/// `-`, `–`, `—` or `to` between the ends of a range, with optional spaces.
/// An em dash with a space either side is a parenthetical dash, never a
/// range: `independents 18 — 174 seats in all`.
pub fn range_dash(i: &str) -> PResult<'_, &str> {
    let (rest, sep) = recognize((space0, one_of("-\u{2013}\u{2014}~"), space0)).parse(i)?;
    if sep.contains('\u{2014}') && sep.starts_with(' ') && sep.ends_with(' ') {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, sep))
}

/// ` to `, ` and `, ` through `: a spelled range separator.
pub fn range_word<'a>(
    word: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = nom::error::Error<&'a str>> {
    recognize((
        take_while1(|c: char| c == ' '),
        tag(word),
        take_while1(|c: char| c == ' '),
    ))
}

#[cfg(test)]
#[path = "number_tests.rs"]
mod tests;
