//! A figure's reading, as the automatic-key grammar gives it (`Act`,
//! `Reading`), and the disagreements that keep a figure from a quantity:
//! a cut is no headcount, money per share no total, a move in value no
//! amount of money of its own.

use crate::extract::phrase::find_word_starts;
use crate::rules::{QUnit, RuleQuantity};

/// What a figure's clause says happens to the people it counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Act {
    /// Jobs cut (`cut about 6,000 roles`).
    Cut,
    /// People hired.
    Hire,
    /// People employed (`a workforce of roughly 90,000`).
    Headcount,
}

impl Act {
    fn name(self) -> &'static str {
        match self {
            Act::Cut => "a cut",
            Act::Hire => "a hire",
            Act::Headcount => "a headcount",
        }
    }
}

/// How the automatic-key grammar reads one figure's clause: what binding
/// needs to refuse a quantity the words contradict. `autokey::keys` gives it
/// for every figure it reads; a figure it could not read has the default,
/// which refuses nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Reading {
    /// For people and workforce shares, what happens to them.
    pub act: Option<Act>,
    /// Money per share (`41 cents a share`).
    pub per_share: bool,
    /// Money a value moved by (`wiping $30bn from its market value`).
    pub moved: bool,
    /// A figure of an earlier snapshot (`at the start of the year, when it
    /// had just under 72,000 staff`, `before the pandemic`).
    pub earlier: bool,
}

/// Cue stems that say a quantity is a cut, a hire, a headcount.
const CUT_CUES: &[&str] = &[
    "cut",
    "lay off",
    "laying off",
    "laid off",
    "layoff",
    "eliminat",
    "reduc",
    "redundan",
    "axe",
    "axing",
    "slash",
    "job loss",
    "shed",
];
const HIRE_CUES: &[&str] = &["hire", "hiring", "recruit"];
const HEADCOUNT_CUES: &[&str] = &[
    "employ",
    "staff",
    "workforce",
    "headcount",
    "head count",
    "workers",
    "white-collar",
    "personnel",
];
/// Cue stems that say a money quantity is per share, or a move in value.
pub(super) const PER_SHARE_CUES: &[&str] = &["per share", "a share", "eps"];
pub(super) const MOVE_CUES: &[&str] = &[
    "wip",
    "eras",
    "knock",
    "added",
    "adding",
    "shed",
    "lost",
    "losing",
    "gain",
    "slump",
    "fell",
    "rose",
    "jump",
    "drop",
    "move",
    "moving",
    "swing",
    "plung",
    "tumbl",
    "soar",
    "climb",
    "slid",
    "sank",
    // Words of a change in a count or an amount (`bind::delta`).
    "more",
    "fewer",
    "by",
    "increas",
    "grow",
    "grew",
    "boost",
    "contribut",
    "change",
    "margin",
    "lead",
    "clear",
    "extra",
    "additional",
    "further",
    "net",
    "swing",
    "up",
    "down",
];

/// True when one of `cues` starts with one of `stems` at a word start.
pub(super) fn cues_say(cues: &[String], stems: &[&str]) -> bool {
    cues.iter()
        .any(|c| stems.iter().any(|s| !find_word_starts(c, s).is_empty()))
}

/// What a quantity's cues say happens to people, when they say one thing.
pub(super) fn quantity_act(rq: &RuleQuantity) -> Option<Act> {
    let said: Vec<Act> = [
        (Act::Cut, CUT_CUES),
        (Act::Hire, HIRE_CUES),
        (Act::Headcount, HEADCOUNT_CUES),
    ]
    .into_iter()
    .filter(|(_, stems)| cues_say(&rq.cues, stems))
    .map(|(a, _)| a)
    .collect();
    match said[..] {
        [one] => Some(one),
        _ => None,
    }
}

/// Why a figure read as `r` cannot state quantity `rq`, when it cannot.
pub(super) fn disagreement(r: &Reading, rq: &RuleQuantity) -> Option<String> {
    if let (Some(fig), Some(quantity)) = (r.act, quantity_act(rq))
        && fig != quantity
    {
        return Some(format!(
            "its clause reads {}, `{}` is {}",
            fig.name(),
            rq.id,
            quantity.name()
        ));
    }
    let per_share_unit = matches!(rq.unit, QUnit::PerShare(_));
    if per_share_unit && !r.per_share {
        return Some(format!(
            "it is not per share, `{}` is money per share",
            rq.id
        ));
    }
    if r.per_share && !per_share_unit && !cues_say(&rq.cues, PER_SHARE_CUES) {
        return Some(format!(
            "it is per share, `{}` is not (no per-share cue)",
            rq.id
        ));
    }
    let change_cue = || {
        rq.cues.iter().any(|c| {
            c.split_whitespace()
                .any(crate::extract::change_start::says_change)
        })
    };
    if r.moved && !cues_say(&rq.cues, MOVE_CUES) && !change_cue() {
        return Some(format!(
            "it is how far a value moved, `{}` is not a move",
            rq.id
        ));
    }
    None
}
