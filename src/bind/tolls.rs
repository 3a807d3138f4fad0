//! Tolls: what a disaster's toll counts, and which quantity a toll binds to.

use super::Window;
use super::cues::names;
use crate::rules::RuleQuantity;

/// What a disaster's toll counts, by the words that say it.
const TOLLS: &[&[&str]] = &[
    &[
        "killed",
        "dead",
        "died",
        "deaths",
        "death toll",
        "fatalities",
        "lives",
    ],
    &["missing", "unaccounted"],
    &["injured", "hurt", "wounded"],
    &["evacuated", "displaced", "homeless", "shelters", "fled"],
    &["without power", "outages", "customers"],
];

/// True when a count of people's own clause names one kind of toll
/// (`hundreds of people still unaccounted for`) and the quantity (its cues
/// or its `about`) names another and not that one (`deaths in North
/// Carolina`).
pub(super) fn other_toll(w: &Window<'_>, rq: &RuleQuantity) -> bool {
    let about = rq.about.as_deref().unwrap_or("").to_lowercase();
    let said = |words: &[&str]| words.iter().any(|t| names(rq, &about, t));
    let Some(own) = TOLLS.iter().position(|words| {
        words.iter().any(|t| {
            w.s.positions(t)
                .iter()
                .any(|&p| p.abs_diff(w.figure_at) <= 48 && w.s.breaks_between(p, w.figure_at) == 0)
        })
    }) else {
        return false;
    };
    !said(TOLLS[own])
        && TOLLS
            .iter()
            .enumerate()
            .any(|(k, words)| k != own && said(words))
}

/// True when a count's own clause says it is a death toll (`Flood death
/// toll reaches 1,391`) and the quantity (its cues or its `about`) names
/// no toll and no victims at all (`people the flash appeal aims to reach`):
/// the dead are not what it counts.
pub(super) fn a_toll_for_no_toll(w: &Window<'_>, rq: &RuleQuantity) -> bool {
    let about = rq.about.as_deref().unwrap_or("").to_lowercase();
    let named = |t: &str| names(rq, &about, t);
    let own = ["death toll", "toll"].iter().any(|t| {
        w.s.positions(t).iter().any(|&p| {
            p < w.figure_at && w.figure_at - p <= 32 && w.s.breaks_between(p, w.figure_at) == 0
        })
    });
    own && !TOLLS.iter().flat_map(|g| g.iter()).any(|t| named(t))
        && !["toll", "victims", "casualties", "bodies", "lost"]
            .iter()
            .any(|t| named(t))
}

/// Events whose victims are counted: a count of people before one of them
/// (`about 4.1 million people depended on aid before the disaster`) is no
/// toll of it.
const EVENTS: &[&str] = &[
    "disaster",
    "earthquake",
    "earthquakes",
    "quake",
    "quakes",
    "storm",
    "hurricane",
    "typhoon",
    "cyclone",
    "flood",
    "floods",
    "flooding",
    "war",
    "fighting",
    "pandemic",
    "outbreak",
    "attack",
    "attacks",
    "fire",
    "fires",
    "wildfire",
    "wildfires",
    "eruption",
    "tsunami",
    "crash",
    "collapse",
    "explosion",
    "blast",
    "invasion",
    "landslide",
    "landslides",
];

/// True when a count of people's own clause puts it before the event (`4.1
/// million people depended on aid before the disaster`, `the pre-war
/// population of 3 million`) and the quantity (its cues or its `about`)
/// counts its dead, missing or injured: no one was killed before the
/// event. Evacuations happen before a storm and are left alone.
pub(super) fn before_the_event(w: &Window<'_>, rq: &RuleQuantity) -> bool {
    let about = rq.about.as_deref().unwrap_or("").to_lowercase();
    let victims = TOLLS[..3]
        .iter()
        .flat_map(|g| g.iter())
        .any(|t| names(rq, &about, t));
    if !victims {
        return false;
    }
    let text = &w.s.text;
    let in_clause = |p: usize| w.s.breaks_between(p.min(w.figure_at), p.max(w.figure_at)) == 0;
    let before = w.s.positions("before the").iter().any(|&p| {
        let noun = text
            .get(p + "before the ".len()..)
            .and_then(|r| r.split(|c: char| !c.is_alphanumeric()).next())
            .unwrap_or("");
        EVENTS.contains(&noun) && p > w.figure_at && p - w.figure_at <= 80 && in_clause(p)
    });
    before
        || w.s.positions("pre").iter().any(|&p| {
            let rest = text.get(p..).unwrap_or("");
            rest.strip_prefix("pre-").is_some_and(|r| {
                EVENTS.contains(&r.split(|c: char| !c.is_alphanumeric()).next().unwrap_or(""))
            }) && p.abs_diff(w.figure_at) <= 48
                && in_clause(p)
        })
}
