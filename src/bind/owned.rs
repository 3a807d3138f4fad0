//! Words a figure cannot take as its cue, and figures that are no quantity's
//! value, because the sentence gives them to something else:
//!
//! - a cue inside a longer organisation's name is part of that name
//!   (`election` in `the General Elections Commission`);
//! - a cue followed by `of` and another figure names that figure (`opened
//!   at Rs 1,931, a rebate of 1.48 per cent`: the rebate is the 1.48);
//! - a cue owning a noun phrase a comma closes names that phrase's thing
//!   (`the Civic Union's old partner, collapsed from 24 seats to nine`);
//! - a bare figure in a run of bare figures (`Mbappe 80 (pen), 81, 118
//!   (pen)`) is one item of a list: which is which the words do not say.

use super::window::SentenceWindow;
use super::{Window, word_end};
use crate::claim::ClaimKind;
use crate::extract::Extraction;
use crate::rules::{RuleQuantity, RuleSet};

/// True when the cue `cue` found at `p` (window offsets) belongs to
/// something other than the figure of `w`: it is a word of the quantity's
/// own subject in that subject's name (`subjects`), or lies in the middle
/// of a longer organisation's name; or another figure follows it as `CUE
/// of FIGURE`.
pub(super) fn cue_elsewhere(
    w: &Window<'_>,
    set: &RuleSet,
    subjects: &[String],
    p: usize,
    cue: &str,
) -> bool {
    let s = w.s;
    let len = cue.len();
    // A cue that is a word of the quantity's own subject, found in that
    // subject's name (`national` of `National People's Power` for the seats
    // the NPP won from the national list), names the subject, which binding
    // weighs on its own, not the figure's measure, unless the sheet declares
    // the cue a name of its own (`Pioneer` for `Pioneer Natural Resources`).
    let in_subject = subjects.iter().any(|subject| {
        let subject = subject.to_lowercase();
        subject != cue
            && subject.split_whitespace().any(|word| word == cue)
            && !set.entities.iter().any(|e| {
                std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .any(|n| n.to_lowercase() == cue)
            })
            && s.org_spans
                .iter()
                .any(|(name, a, b)| *a <= p && p + len <= *b && name.contains(subject.as_str()))
    });
    if in_subject {
        return true;
    }
    // A cue that opens or ends a longer name names what the name does
    // (`Northwind` of `Northwind Robotics`, `Miyamoto` of `Genki
    // Miyamoto`); one in its middle is a word of the name (`election` in
    // `the General Elections Commission`), unless the sheet declares it a
    // name.
    let inside_org = s
        .org_spans
        .iter()
        .any(|(_, a, b)| *a < p && word_end(&s.text, p + len) < *b)
        && !declared_name(set, cue);
    // `40 per cent of total expenditure of ₹48.21 lakh crore`: the cue is
    // the share's base, right after it or its `of`, whatever figure it names.
    let base_of_mine = s
        .text
        .get(w.figure_end..p)
        .is_some_and(|g| matches!(g.trim(), "" | "of" | "of the" | "of its" | "of their"));
    inside_org
        || (!base_of_mine && names_next_figure(s, p + len, w.figure_at))
        || owner_of_another(s, p + len, w.figure_at)
}

/// True when the cue ending at `end` owns a noun phrase that a clause break
/// closes before the figure at `figure_at` (`Its ally, the Civic Union's
/// old partner, collapsed from 24 seats to nine`): the cue says whose the
/// phrase's thing is, and the figure is that thing's.
fn owner_of_another(s: &SentenceWindow, end: usize, figure_at: usize) -> bool {
    let Some(gap) = s.text.get(end..figure_at) else {
        return false;
    };
    let Some(phrase) = gap
        .strip_prefix("'s ")
        .or_else(|| gap.strip_prefix("\u{2019}s "))
    else {
        return false;
    };
    phrase
        .find([',', ';', ':', '(', ')', '\u{2014}', '\u{2013}'])
        .is_some_and(|b| b > 0)
}

/// True when `cue` is a declared entity's name or alias, or a word of one.
pub(super) fn declared_name(set: &RuleSet, cue: &str) -> bool {
    set.entities.iter().any(|e| {
        std::iter::once(&e.name).chain(&e.aliases).any(|n| {
            let n = n.to_lowercase();
            n == cue || n.split_whitespace().any(|word| word == cue)
        })
    })
}

/// True when the words from `end` (a cue's end) are `of` and another
/// figure than the one at `figure_at` (`a rebate of 1.48 per cent`, `a
/// stake of about 17.5%`).
fn names_next_figure(s: &SentenceWindow, end: usize, figure_at: usize) -> bool {
    let Some(rest) = s.text.get(end..) else {
        return false;
    };
    // The rest of the cue's word (`rebate` of `rebates`).
    let word_rest = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    let Some(after) = rest[word_rest..].strip_prefix(" of ") else {
        return false;
    };
    // The figure may start at `of`'s object or after a lead word or two
    // (`of the`, `of about`), its span holding the qualifier or not.
    let mut at = end + word_rest + " of ".len();
    let mut tail = after;
    for _ in 0..3 {
        if at != figure_at && s.counts.binary_search(&at).is_ok() {
            return true;
        }
        let Some(lead) = LEADS.iter().find(|l| tail.starts_with(*l)) else {
            return false;
        };
        at += lead.len();
        tail = &tail[lead.len()..];
    }
    false
}

/// True when a person or an organisation is named between window offsets
/// `from` and `to` (`Prabowo's running mate Gibran Rakabuming Raka, 36`: the
/// age is Gibran's).
pub(super) fn name_between(ex: &Extraction, sw: &SentenceWindow, from: usize, to: usize) -> bool {
    ex.claims_in(sw.start + from, sw.start + to).any(|(_, c)| {
        // A name right after the cue goes on with it (`Gibran` then
        // `Rakabuming Raka`): the same name.
        let gap = sw.text.get(from..c.span.start - sw.start).unwrap_or("");
        matches!(c.kind, ClaimKind::Entity(_)) && !gap.trim().is_empty()
    })
}

/// Why a figure standing alone in brackets right after a name (`KL Rahul
/// (66)`, `Georgia (25)`) is not `rq`'s: the bracket gives that name's
/// figure (its score, its toll, its seats), so it binds only to a quantity
/// one of whose cues or subjects is in the name.
pub(super) fn refusal_in_brackets_after_a_name(
    ex: &Extraction,
    sw: &SentenceWindow,
    (figure_at, figure_end): (usize, usize),
    rq: &RuleQuantity,
) -> Option<String> {
    let before = sw.text.get(..figure_at)?.trim_end();
    let open = before.strip_suffix('(')?.trim_end();
    sw.text
        .get(figure_end..)?
        .trim_start()
        .starts_with(')')
        .then_some(())?;
    let end = sw.start + open.len();
    let (_, name) = ex
        .claims_in(sw.start, end)
        .filter(|(_, c)| matches!(c.kind, ClaimKind::Entity(_)) && c.span.end == end)
        .last()?;
    let named = sw.text.get(name.span.start - sw.start..open.len())?;
    let owns = |w: &String| {
        let w = w.to_lowercase();
        named.contains(w.as_str()) || w.contains(named)
    };
    if rq.cues.iter().any(owns) || rq.subjects.iter().any(owns) {
        return None;
    }
    Some(format!(
        "not `{}`: it stands in brackets after `{named}`, whose figure it is",
        rq.id
    ))
}

/// Why a figure a demonstrative opens (`That 4% would be the slowest since
/// the pandemic`) is not `rq`'s: it restates a figure of the same value
/// earlier in its window, which binds or not on its own words.
pub(super) fn refusal_restated(
    ex: &Extraction,
    sw: &SentenceWindow,
    k: usize,
    figure_at: usize,
    rq: &RuleQuantity,
) -> Option<String> {
    let before = sw.text.get(..figure_at)?.trim_end();
    let last = before.rsplit(|c: char| !c.is_alphanumeric()).next()?;
    if !matches!(last, "that" | "this" | "those" | "these") {
        return None;
    }
    let q = ex.claims.get(k)?.quantity()?;
    let (_, earlier) = sw
        .figures
        .iter()
        .take_while(|(at, _)| *at < figure_at)
        .find(|(_, o)| {
            *o != k
                && ex.claims[*o].quantity().is_some_and(|e| {
                    e.measure == q.measure && e.value.is_some() && e.value == q.value
                })
        })?;
    let words = sw
        .text
        .get(ex.claims[*earlier].span.start - sw.start..ex.claims[*earlier].span.end - sw.start)
        .unwrap_or("");
    Some(format!(
        "not `{}`: `{last}` opens it, restating `{words}` before it",
        rq.id
    ))
}

/// Words between `of` and a figure: an article, a possessive, a qualifier.
const LEADS: &[&str] = &[
    "the ",
    "its ",
    "their ",
    "a ",
    "an ",
    "about ",
    "around ",
    "nearly ",
    "roughly ",
    "some ",
    "just ",
    "almost ",
    "over ",
    "more than ",
    "less than ",
];

/// True when the figure (claim `k`) is a bare number — no noun counted, no
/// currency — standing in a run of three or more bare numbers joined by
/// commas or `and`, each perhaps with a short bracket (`80 (pen), 81, 118
/// (pen)`). The run is read from the words, as some items may be no claim.
pub(super) fn in_bare_run(ex: &Extraction, sw: &SentenceWindow, k: usize) -> bool {
    let c = &ex.claims[k];
    let bare = matches!(&c.kind, ClaimKind::Quantity(q)
        if q.noun.is_none() && q.currency.is_none() && q.measure != crate::claim::Measure::Time);
    let (Some(at), Some(end)) = (
        c.span.start.checked_sub(sw.start),
        c.span.end.checked_sub(sw.start),
    ) else {
        return false;
    };
    let text = sw.text.as_str();
    if !bare || !text.get(at..end).is_some_and(is_number) {
        return false;
    }
    let mut n = 1;
    // Leftward: `N (bracket)?, ` before the figure.
    let mut left = &text[..at];
    while let Some(rest) = strip_separator_end(left)
        && let Some(num_at) = number_end_at(strip_bracket_end(rest))
    {
        n += 1;
        left = &strip_bracket_end(rest)[..num_at];
    }
    // Rightward: `(bracket)?, N` after it.
    let mut right = &text[end..];
    while let Some(rest) = strip_separator_start(strip_bracket_start(right))
        && let Some(len) = number_start(rest)
    {
        n += 1;
        right = &rest[len..];
    }
    n >= 3
}

/// Scale words a bare number may carry (`27.0 million`, `4.5bn`).
const SCALES: &[&str] = &[
    " million",
    " billion",
    " trillion",
    " thousand",
    " crore",
    " lakh",
    "bn",
    "m",
    "k",
];

/// True for a run of digits (with thousands commas or a decimal point),
/// perhaps with a scale word.
fn is_number(s: &str) -> bool {
    number_start(s) == Some(s.len())
}

/// The length of the number opening `s` (with its scale word), when a
/// number opens it as a word.
fn number_start(s: &str) -> Option<usize> {
    let mut len = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(s.len());
    while len > 0 && matches!(s.as_bytes()[len - 1], b',' | b'.') {
        len -= 1;
    }
    if len == 0 || !s.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if let Some(scale) = SCALES.iter().find(|w| {
        s[len..].starts_with(*w) && !s[len + w.len()..].starts_with(|c: char| c.is_alphanumeric())
    }) {
        len += scale.len();
    }
    let after = s[len..].chars().next();
    (!after.is_some_and(|c| c.is_alphanumeric() || c == '%')).then_some(len)
}

/// Where the number closing `s` starts, when a number closes it as a word.
fn number_end_at(s: &str) -> Option<usize> {
    let s = SCALES
        .iter()
        .find_map(|w| {
            s.strip_suffix(w)
                .filter(|r| r.ends_with(|c: char| c.is_ascii_digit()))
        })
        .unwrap_or(s);
    let from = s
        .rfind(|c: char| !(c.is_ascii_digit() || c == '.'))
        .map_or(0, |i| i + s[i..].chars().next().map_or(1, char::len_utf8));
    let before = s[..from].chars().next_back();
    (from < s.len() && !before.is_some_and(|c| c.is_alphanumeric() || "$€£₹-".contains(c)))
        .then_some(from)
}

/// `s` without a list separator (`, `, ` and `, `, and `) at its end.
fn strip_separator_end(s: &str) -> Option<&str> {
    [", and ", " and ", ", "]
        .iter()
        .find_map(|sep| s.strip_suffix(sep))
}

/// `s` without a list separator at its start.
fn strip_separator_start(s: &str) -> Option<&str> {
    [", and ", " and ", ", "]
        .iter()
        .find_map(|sep| s.strip_prefix(sep))
}

/// `s` without a short bracket at its end (`80 (pen)` → `80`).
fn strip_bracket_end(s: &str) -> &str {
    if let Some(open) = s.strip_suffix(')').and_then(|r| r.rfind('('))
        && s.len() - open <= 14
    {
        return s[..open].trim_end();
    }
    s
}

/// `s` without a short bracket at its start (` (pen), 81` → `, 81`).
fn strip_bracket_start(s: &str) -> &str {
    let t = s.trim_start();
    if let Some(rest) = t.strip_prefix('(')
        && let Some(close) = rest.find(')')
        && close <= 12
    {
        return &rest[close + 1..];
    }
    s
}

/// True when a list's separator (`,`, `;`, ` and `) stands in `window`
/// between a figure's end and a name after it: the name heads the next
/// item (`Labour 11, PBP 3`).
pub(super) fn past_a_separator(window: &str, figure_end: usize, name_at: usize) -> bool {
    window
        .get(figure_end..name_at)
        .is_some_and(|gap| gap.contains([',', ';']) || gap.contains(" and "))
}
