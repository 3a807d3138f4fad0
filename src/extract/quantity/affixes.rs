//! What stands around a numeral: currency signs, codes and words before or
//! after it, percent and point words, qualifiers before and after, cents,
//! `1 in 5`, and the look-back helpers.

use super::*;
use crate::extract::lexicon::{SCALED_CODES, SYMBOLS_AFTER};

/// ` 50 cents`, ` and forty-five cents` after `3 dollars`: adds the hundredths.
pub(super) fn cents_after<'t>(rest: &'t str, fig: &mut Figure) -> &'t str {
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

/// ` €`, `₹`: a currency sign after the figure. Not when a figure follows it
/// (`10 $30`: the sign is the next figure's) or it runs on into a word.
pub(super) fn symbol_suffix(i: &str) -> PResult<'_, &'static str> {
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
        .trim_start_matches(is_inline_space)
        .starts_with(|c: char| c.is_ascii_digit())
        || rest.starts_with(|c: char| c.is_alphanumeric())
    {
        return Err(fail());
    }
    Ok((rest, code))
}

/// ` MEUR`, ` MUSD`: millions of a currency, as finance writes them.
pub(super) fn scaled_code_suffix(i: &str) -> PResult<'_, (&'static str, f64)> {
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
pub(super) fn one_in<'t>(rest: &'t str, fig: &mut Figure) -> &'t str {
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
    if !plausible
        || r2.starts_with(|c: char| c.is_alphanumeric() || c == '%' || c == ',')
        || spell_of_play(r2)
    {
        return rest;
    }
    fig.first.value = fig.first.value / d.value * 100.0;
    fig.first.step = 1.0;
    fig.first.form = Form::Fraction;
    fig.measure = Measure::Percent;
    r2
}

/// True when the words after `N in M` make M a stretch of time or play
/// (`241 for four in 43 overs`, `two goals in 10 minutes`): a tally over
/// that stretch, not a share of it.
fn spell_of_play(after: &str) -> bool {
    const SPELLS: &[&str] = &[
        "seconds",
        "minutes",
        "hours",
        "days",
        "weeks",
        "months",
        "years",
        "overs",
        "innings",
        "games",
        "matches",
        "laps",
        "rounds",
        "starts",
        "sets",
        "holes",
        "balls",
        "deliveries",
        "attempts",
        "outings",
        "appearances",
        "races",
        "stages",
    ];
    let word: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    SPELLS.contains(&word.as_str())
}

/// The lower-case letters some currency prefix starts with (`u` of `US$`,
/// `r` of `Rs`), derived from `CURRENCY_PREFIXES`: a word starting with any
/// other letter is no currency prefix, and the table is not searched.
static PREFIX_LETTERS: std::sync::LazyLock<[bool; 128]> = std::sync::LazyLock::new(|| {
    let mut t = [false; 128];
    for (p, _) in CURRENCY_PREFIXES {
        if let Some(&b) = p.as_bytes().first()
            && b.is_ascii_alphabetic()
        {
            t[b.to_ascii_lowercase() as usize] = true;
        }
    }
    t
});

/// `CURRENCY_PREFIXES` by the ASCII-lower-cased first byte of the prefix, in
/// table order (so the first prefix that matches is the table's first).
pub(super) static PREFIX_GROUPS: std::sync::LazyLock<Vec<Vec<(&str, &str)>>> =
    std::sync::LazyLock::new(|| {
        let mut groups = vec![Vec::new(); 256];
        for &(p, code) in CURRENCY_PREFIXES {
            let first = p.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
            groups[usize::from(first)].push((p, code));
        }
        groups
    });

/// `$`, `US$`, `€`, `£`, `USD `, `C$`: a currency written before the figure; returns its ISO code.
/// `28.7trn`, `7.77 trillion`: digits glued to `N` and then a scale word,
/// or digits in thousands groups (`N28,777,404,073,861`, `N2,500`): the
/// shapes in which a bare `N` is the naira (`N95` is a mask).
fn naira_figure(rest: &str) -> bool {
    let digits = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(rest.len());
    let figure = rest[..digits].trim_end_matches([',', '.']);
    let grouped = {
        let mut groups = figure.split(',');
        let head = groups.next().unwrap_or("");
        let rest: Vec<&str> = groups.collect();
        (1..=3).contains(&head.len())
            && !rest.is_empty()
            && rest.iter().enumerate().all(|(n, g)| {
                let g = if n + 1 == rest.len() {
                    g.split('.').next().unwrap_or(g)
                } else {
                    g
                };
                g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit())
            })
    };
    digits > 0
        && rest.starts_with(|c: char| c.is_ascii_digit())
        && (grouped || crate::extract::number::scale(&rest[digits..]).is_ok())
}

pub(super) fn currency_prefix(i: &str) -> PResult<'_, &'static str> {
    if i.starts_with(|c: char| {
        c.is_ascii_digit() || c.is_ascii_lowercase() && !PREFIX_LETTERS[c as usize]
    }) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    // Only the prefixes whose first byte is the input's (ASCII case aside) can match.
    let first = i.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    for &(p, code) in &PREFIX_GROUPS[usize::from(first)] {
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
            if (p == "N" || p == "R") && !(i.starts_with(p) && naira_figure(rest)) {
                continue;
            }
            if p == "Sh" && !(i.starts_with("Sh") && rest.starts_with(|c: char| c.is_ascii_digit()))
            {
                continue;
            }
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

pub(super) static CURRENCY_INDEX: OnceLock<PhraseIndex<(&'static str, bool)>> = OnceLock::new();

pub(super) static BEFORE_INDEX: OnceLock<PhraseIndex<QualifierKind>> = OnceLock::new();

pub(super) static AFTER_INDEX: OnceLock<PhraseIndex<QualifierKind>> = OnceLock::new();

/// The lower-cased word (letters and inner dots) at the start or end of `s`, on the stack.
pub(super) fn edge_word(s: &str, end: KeyEnd, buf: &mut [u8; 24]) -> usize {
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
pub(super) fn currency_word(i: &str) -> PResult<'_, (&'static str, bool, bool)> {
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
pub(super) fn currency_suffix(i: &str) -> PResult<'_, (&'static str, bool)> {
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
pub(super) fn percent_suffix(i: &str) -> PResult<'_, ()> {
    if let Ok((r, _)) = (space0::<&str, nom::error::Error<&str>>, char('%')).parse(i) {
        return Ok((r, ()));
    }
    // The short forms of British, Irish and South Asian papers (`5pc`,
    // `83 p.c.`), lower case only (`PCs` are computers) and never plural
    // (`30 pcs` are pieces).
    let trimmed = i.trim_start_matches(' ');
    if i.len() - trimmed.len() <= 1 {
        for w in ["p.c.", "p.c", "pc"] {
            if let Some(r) = trimmed.strip_prefix(w)
                && !r.starts_with(|c: char| c.is_alphanumeric())
            {
                return Ok((r, ()));
            }
        }
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

/// ` percentage points`, ` basis points`, `bps`, ` pp`, and the compounds
/// of an adjective (`a 1.5-percentage-point rise`, `a 50-basis-point
/// cut`, `25bp`): returns the factor to points.
pub(super) fn points_suffix(i: &str) -> PResult<'_, f64> {
    let (rest, _) = space0(i)?;
    let rest = match rest.strip_prefix('-') {
        Some(r) if rest.len() == i.len() => r,
        _ => rest,
    };
    // A space of the phrase may be a hyphen in a compound.
    let same = |a: &[u8], w: &[u8]| {
        a.iter()
            .zip(w)
            .all(|(x, y)| x.eq_ignore_ascii_case(y) || (*y == b' ' && *x == b'-'))
    };
    for (w, factor) in POINT_WORDS {
        let n = w.len();
        if rest.len() >= n && rest.is_char_boundary(n) && same(&rest.as_bytes()[..n], w.as_bytes())
        {
            let r = &rest[n..];
            if !r.starts_with(|c: char| c.is_alphanumeric())
                && (rest.len() < i.len() || n > 2 || *w == "bp")
            {
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
pub(super) fn qualifier_after(i: &str) -> PResult<'_, Qualifier> {
    let idx = AFTER_INDEX.get_or_init(|| PhraseIndex::new(QUALIFIERS_AFTER, KeyEnd::First));
    let spaced = i.len() - i.trim_start_matches(is_inline_space).len();
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
            let words = w.into();
            return Ok((r, Qualifier { kind, words }));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// ` of thousands`, ` of millions`: the scale inside `tens of thousands`.
pub(super) fn of_plural(i: &str) -> PResult<'_, f64> {
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
pub(super) fn of_money(i: &str) -> PResult<'_, &'static str> {
    let (rest, _) = (space1, tag_no_case("of"), space1).parse(i)?;
    let (r, (code, _, _)) = currency_word(rest)?;
    Ok((r, code))
}

/// True when `a`/`an` starts a numeral (`a dozen`, `a million`, `a third of`).
pub(super) fn article_starts_number(after: &str) -> bool {
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
            rest.starts_with(" of ")
                || rest.starts_with(" million")
                || rest.starts_with(" billion")
                || rest.starts_with(" point")
                || rest.starts_with("-point")
                || rest.starts_with(" percentage point")
        }
        _ => false,
    }
}

/// Lower-cased text of at most `n` (≤ 48) bytes before `pos`, not reaching
/// before `floor`; on the stack, since it is asked for at every candidate.
/// `percent of `, `per cent of `, `percents of ` right before a figure, with
/// no figure before them: the length of those words (and the spaces).
pub(super) fn percent_of_before(before: &str) -> Option<usize> {
    let trimmed = before.trim_end();
    let lead = ["per cent of", "percents of", "percent of"]
        .into_iter()
        .find(|w| trimmed.ends_with(w))?;
    let head = trimmed[..trimmed.len() - lead.len()].trim_end();
    // `15 percent of 10,000` is a share of a base, not a percentage of 10,000.
    let last = head.rsplit(' ').next().unwrap_or("");
    if last.chars().any(|c| c.is_ascii_digit()) || number_word(last).is_some() {
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

pub(super) fn lower_before(text: &str, pos: usize, floor: usize, n: usize) -> LowerBuf {
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
pub(super) struct LowerBuf {
    pub(super) buf: [u8; 48],
    pub(super) len: usize,
}

impl std::ops::Deref for LowerBuf {
    type Target = str;
    fn deref(&self) -> &str {
        // Lower-casing ASCII bytes keeps UTF-8 valid, and the slice starts on a char boundary.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

/// True when `before` ends with the word `w` and white space.
pub(super) fn ends_with_word(before: &str, w: &str) -> bool {
    let t = before.trim_end();
    t.len() < before.len()
        && t.ends_with(w)
        && !t[..t.len() - w.len()].ends_with(|c: char| c.is_alphanumeric())
}

/// True when a change verb stands within the few words before `from`.
pub(super) fn change_verb_before(before: &str) -> bool {
    let t = before.trim_end();
    let t = t.strip_suffix("from").unwrap_or(t);
    t.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(4)
        .any(|w| CHANGE_VERBS.contains(&w))
}

/// The qualifier that `before` ends with: its kind, words and byte length including the gap.
pub(super) fn qualifier_before(before: &str) -> Option<(QualifierKind, &'static str, usize)> {
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
        // `Turnout edged up to 77.8 per cent`, `revised up to 3%`: where a
        // figure moved, not a ceiling.
        if words == "up to" && moved_up(head) {
            return None;
        }
        return Some((kind, words, words.len() + gap));
    }
    None
}

/// True when one of the last four words of `head` (lower case, before `up
/// to`, within its clause) is a verb of a figure moving: `edged`, `crept`,
/// `revised`, `climbed`, `ticks`.
fn moved_up(head: &str) -> bool {
    const MOVES: &[&str] = &[
        "edged", "edges", "edging", "crept", "creeps", "creeping", "inched", "inches", "inching",
        "ticked", "ticks", "ticking", "moved", "moves", "moving", "went", "goes", "going", "gone",
        "climbed", "climbs", "climbing", "jumped", "jumps", "jumping", "shot", "shoots", "rose",
        "rises", "rising", "risen", "revised", "revises", "revising", "raised", "raises",
        "raising", "bumped", "bumps", "pushed", "pushes", "ramped", "ramps", "stepped", "notched",
        "surged", "soared", "spiked", "leapt", "leaped", "marked", "drifted",
    ];
    // The verb may stand a few words back, its object between (`revises
    // Derna death toll up to 3,958`), never past a clause break.
    let clause = head.rsplit([',', ';', ':', '.']).next().unwrap_or(head);
    clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(4)
        .any(|w| MOVES.iter().any(|m| w.eq_ignore_ascii_case(m)))
}

/// True when `in`, `since`, `by`, `until`… stands right before `pos`.
pub(super) fn time_preposition_before(text: &str, pos: usize, floor: usize) -> bool {
    let before = lower_before(text, pos, floor, 12);
    // `ends_with_word` for each preposition, the trailing space trimmed once.
    let t = before.trim_end();
    t.len() < before.len()
        && [
            "in", "since", "by", "until", "till", "from", "during", "through", "last", "next",
            "this", "early", "late", "mid", "before", "after", "of", "on",
        ]
        .iter()
        .any(|w| t.ends_with(w) && !t[..t.len() - w.len()].ends_with(|c: char| c.is_alphanumeric()))
}
