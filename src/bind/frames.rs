//! What a figure's own words make it besides a figure of the story: an age
//! (`turned 17`, `the 17-year-old`), a score or a vote tally (`Albania 0-1
//! Spain`, `a 1-2 defeat`), the name of a stage or a rank (`the round of 16`),
//! or a figure someone asked for rather than the one given (`the defence
//! asked for 63 to 78 months`), a minute mark (`23'`) or a threshold
//! (`the 50 per cent threshold`, `cleared 50 percent`). Each binds only to a
//! quantity whose own words speak of it; and a level held until the story's
//! change (`had held Bank Rate at 5.25% since August 2023`) is an earlier
//! snapshot.

use crate::claim::Measure;
use crate::extract::lexicon::is_function_word;
use crate::extract::phrase::ends_with_phrase;
use crate::rules::RuleQuantity;

/// What a figure's own words frame it as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Frame {
    /// Someone's age (`turned 17`, `aged 28`, `the 17-year-old`).
    Age,
    /// A score or a tally of votes (`Albania 0-1 Spain`, `a 1-2 defeat`).
    Score,
    /// The name of a stage or a rank (`the round of 16`, `the last 16.`).
    Stage,
    /// A figure asked for (`asked for 63 to 78 months`, `sought 40 to 50
    /// years`, `recommended a 3% rise`).
    Request,
    /// Money or a share stated as a forecast (`projected revenue between
    /// $36.5 billion and $39 billion`, `guided to 12%`).
    Forecast,
    /// A level a figure may come to (`a bonus that could reach $7.2
    /// million`, `the toll may rise to 300`) or may be (`Up to seven people
    /// may be in the water`): a possibility, not a plan, a target or a count.
    Possible,
    /// A minute of a match or a clock mark (`23'`, `80′ (pen)`).
    Mark,
    /// A bar a figure is measured against, not the figure (`the 50 per cent
    /// threshold`, `cleared 50 percent`, `the 20% mark`).
    Threshold,
    /// A running count while the counting goes on (`Seats filled so far: 27
    /// of 174 — Fianna Fáil 10, Sinn Féin 8`), not the final figure.
    Running,
    /// A group named by its size (`the opposition three have 248 seats`,
    /// `the big four`): who, not how many of something.
    Group,
}

impl Frame {
    /// What the frame makes the figure, in words for `factlint claims`.
    pub(super) fn name(self) -> &'static str {
        match self {
            Frame::Age => "an age",
            Frame::Score => "a score or a tally of votes",
            Frame::Stage => "the name of a stage or a rank",
            Frame::Request => "a figure asked for, not the one given",
            Frame::Forecast => "a forecast, not a result",
            Frame::Possible => "a level it may come to, not a statement of it",
            Frame::Mark => "a minute mark",
            Frame::Threshold => "a threshold, not the figure measured against it",
            Frame::Running => "a running count while counting goes on, not the final figure",
            Frame::Group => "the name of a group by its size, not a count of something",
        }
    }

    /// True when `rq`'s cues (or, for an age or a request, its `about`)
    /// speak of what the frame makes the figure. A score or a stage needs a
    /// cue: `goals Spain scored in the group stage` counts goals.
    pub(super) fn allows(self, rq: &RuleQuantity) -> bool {
        let about = match self {
            Frame::Age | Frame::Request | Frame::Forecast | Frame::Possible | Frame::Running => {
                rq.about.as_deref().unwrap_or("").to_lowercase()
            }
            Frame::Score | Frame::Stage | Frame::Mark | Frame::Threshold | Frame::Group => {
                String::new()
            }
        };
        if self == Frame::Score {
            return rq.cues.iter().any(|c| {
                c.split(|ch: char| !ch.is_alphanumeric())
                    .any(|w| self.stems().contains(&w))
            });
        }
        self.stems().iter().any(|s| {
            !crate::extract::phrase::find_word_starts(&about, s).is_empty()
                || rq
                    .cues
                    .iter()
                    .any(|c| !crate::extract::phrase::find_word_starts(c, s).is_empty())
        })
    }
}

/// True when a quantity is someone's age: its `about` or a cue says `age`,
/// `aged` or `years old`. Such a quantity takes only a figure its words
/// make an age.
pub(super) fn age_quantity(rq: &RuleQuantity) -> bool {
    let says = |s: &str| {
        let s = s.to_lowercase();
        ["age", "aged", "years old", "year-old"].iter().any(|w| {
            crate::extract::phrase::find_word_starts(&s, w)
                .iter()
                .any(|&i| !s[i + w.len()..].starts_with(|c: char| c.is_alphanumeric()))
        })
    };
    rq.about.as_deref().is_some_and(says) || rq.cues.iter().any(|c| says(c))
}

/// True for a bare number of one to three digits that could be an age (1–120).
fn young(figure: &str) -> bool {
    (1..=3).contains(&figure.len())
        && figure.bytes().all(|b| b.is_ascii_digit())
        && figure.parse::<u32>().is_ok_and(|v| (1..=120).contains(&v))
}

/// True when a bare young number follows a name and a comma (`Messi, 23
/// (pen)`): it may be an age, or not; an age quantity is one of the figure's
/// candidates.
pub(super) fn maybe_age(figure: &str, orig_before: &str) -> bool {
    young(figure)
        && orig_before
            .trim_end()
            .strip_suffix(',')
            .and_then(|n| n.split_whitespace().next_back())
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// Words right before a figure that make it an age.
const AGE_BEFORE: &[&str] = &[
    "turned",
    "turns",
    "turning",
    "aged",
    "age of",
    "ages of",
    "older than",
    "younger than",
];
/// Words right after a figure that make it an age.
const AGE_AFTER: &[&str] = &[
    "-year-old",
    "-years-old",
    "-year old",
    " years old",
    " year old",
    " years of age",
];
/// Words right after a score that say it is one (`a 1-2 defeat`, `a 0-1 loss`).
const SCORE_AFTER: &[&str] = &[
    "win",
    "victory",
    "defeat",
    "loss",
    "draw",
    "vote",
    "lead",
    "scoreline",
    "result",
    "split",
    "majority",
    "decision",
    "verdict",
];
/// Words before a number that make it the name of a stage or a rank.
const STAGE_BEFORE: &[&str] = &["round of", "last", "top", "final"];
/// Nouns after `last 16` that keep it a stage (`the last 16 tie`).
const STAGE_AFTER: &[&str] = &[
    "tie", "ties", "stage", "match", "clash", "finish", "spot", "place", "exit",
];
/// Verbs of asking, in the figure's own clause before it.
/// Verbs that make the money or share after them in their clause a
/// forecast (`Meta projected revenue between $36.5 billion and $39
/// billion`). `expects` is not one: `expects to cut 14,000 jobs` states a
/// plan, and a sheet's cut takes it.
const FORECASTS: &[&str] = &[
    "projected",
    "projects",
    "forecast",
    "forecasts",
    "forecasted",
    "guided",
    "predicted",
    "predicts",
    "anticipates",
];

/// True when a clause expects the figure after it as a level to come
/// (`officials expect the unemployment rate to reach 4.4%`): `expect` and a
/// verb of arriving right before the figure. `expects savings of €12
/// billion` is left alone: what is expected may be the story's own figure.
pub(super) fn expected_to_reach(clause: &str) -> bool {
    let expects = [
        "expect", "expects", "expected", "see", "sees", "project", "forecast",
    ]
    .iter()
    .any(|w| !crate::extract::phrase::find_word_starts(clause, w).is_empty());
    let c = clause.trim_end();
    let arrives = [
        "to reach",
        "to hit",
        "to rise to",
        "to fall to",
        "to climb to",
        "to drop to",
        "to peak at",
        "to end at",
        "to be",
        "to average",
        "to settle at",
        "to ease to",
    ]
    .iter()
    .any(|w| ends_with_phrase(c, w));
    expects && arrives
}

const REQUESTS: &[&str] = &[
    "asked for",
    "asking for",
    "asks for",
    "ask for",
    "sought",
    "seeking",
    "seeks",
    "requested",
    "requesting",
    "recommended",
    "recommending",
    "recommends",
    "argued for",
    "arguing for",
    "called for",
    "calling for",
    "calls for",
    "pushed for",
    "pushing for",
    "pressed for",
    "demanded",
    "demanding",
    "urged",
];

/// An age set between commas after a name, news style (`Emmanuel
/// Wanyonyi, 20, delivered`): a bare number up to 120, a capitalised word
/// and a comma before it, a comma after it and then no list (`Kenya, 4, and
/// Ethiopia, 2` counts).
fn appositive_age(figure: &str, orig_before: &str, orig_after: &str) -> bool {
    let young = young(figure);
    let Some(name) = orig_before.trim_end().strip_suffix(',') else {
        return false;
    };
    let named = name
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-' && c != '.')
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    let Some(rest) = orig_after.strip_prefix(',') else {
        return false;
    };
    let next = rest.split_whitespace().next().unwrap_or("");
    young
        && named
        && next.starts_with(|c: char| c.is_lowercase())
        && !matches!(next, "and" | "or" | "while" | "against" | "versus" | "vs")
}

/// Words before a figure in its sentence saying the counting is not over:
/// its figures are a running count (`Seats filled so far: 27 of 174 —
/// FF 10, SF 8`, `with 128 of 174 seats filled`).
pub(super) const RUNNING: &[&str] = &[
    "so far",
    "seats filled",
    "filled so far",
    "declared so far",
    "counted so far",
    "running total",
    "running tally",
    "at this stage of the count",
    "counting continues",
    "counting resumes",
];

/// A short line before the figure's sentence, in its paragraph, that says
/// the counting goes on frames the figures after it (`Seats filled: 171 of
/// 174. FF 47, SF 39, FG 38.`). `window` is the figure's window (lower
/// case) and `own_from` where its own sentence starts.
pub(super) fn running_before(window: &str, own_from: usize) -> Option<Frame> {
    let prev = window.get(..own_from).unwrap_or("").trim();
    (!prev.is_empty()
        && prev.len() <= 60
        && RUNNING.iter().any(|w| crate::extract::phrase::has(prev, w)))
    .then_some(Frame::Running)
}

/// The frame a figure's own words put it in, when they put it in one.
/// `before` is its own sentence up to it and `after` the rest, both lower
/// case; `figure` and `orig_before`/`orig_after` are as written (a score
/// stands beside capitalised names).
pub(super) fn frame(
    figure: &str,
    before: &str,
    after: &str,
    orig_before: &str,
    orig_after: &str,
) -> Option<Frame> {
    let b = before.trim_end();
    if AGE_BEFORE.iter().any(|w| ends_with_phrase(b, w))
        || AGE_AFTER.iter().any(|w| after.starts_with(w))
        || appositive_age(figure, orig_before, orig_after)
    {
        return Some(Frame::Age);
    }
    if let Some((a, b)) = score_pair(figure, orig_before, orig_after)
        && a >= b
    {
        // `3-3`, `4-2`, `11-1`: a range runs upward, so a pair that does
        // not is a score or a tally, whatever stands beside it.
        return Some(Frame::Score);
    }
    if minute_mark(figure, orig_after) {
        return Some(Frame::Mark);
    }
    if super::may_come::may_come_to(b) || super::may_come::may_be(after) {
        return Some(Frame::Possible);
    }
    if RUNNING
        .iter()
        .any(|w| crate::extract::phrase::has(before, w))
    {
        return Some(Frame::Running);
    }
    if score_line(figure, orig_before, orig_after) || wickets_of_a_total(figure, b) {
        return Some(Frame::Score);
    }
    if is_score(figure) {
        let next = after.split_whitespace().next().unwrap_or("");
        let next = next.trim_matches(|c: char| !c.is_alphanumeric());
        // A pair that is a sentence of its own (`Pollard again. 3–6.`): the
        // score of a live blog's entry; a range says what it counts.
        let alone = b.is_empty() && after.trim().trim_end_matches(['.', '!']).is_empty();
        if alone
            || SCORE_AFTER.contains(&next)
            || names_beside(orig_before.split_whitespace().last())
            || names_beside(orig_after.split_whitespace().next())
        {
            return Some(Frame::Score);
        }
    }
    let rest = after.trim_start();
    let next = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // `cross the ¥5 trillion operating profit mark`: `the`, the figure, and
    // a bar's noun within four words of its clause.
    let clause = rest
        .split([',', ';', '.', '(', ')', ':'])
        .next()
        .unwrap_or("");
    let bar_ahead = ends_with_phrase(b, "the")
        && clause
            .split_whitespace()
            .take(4)
            .any(|w| THRESHOLD_AFTER.contains(&w));
    // `above the 231 needed for a majority`: what a figure must reach.
    let needed = ends_with_phrase(b, "the") && matches!(next, "needed" | "required" | "necessary");
    if THRESHOLD_AFTER.contains(&next)
        || bar_ahead
        || needed
        || (THRESHOLD_BEFORE.iter().any(|w| ends_with_phrase(b, w))
            && !THRESHOLD_AFTER_NOT.contains(&next))
    {
        return Some(Frame::Threshold);
    }
    // `our 155 tactical target for USD/JPY`, `its 2% inflation target`: the
    // figure names a target, within two words of it.
    if clause
        .split_whitespace()
        .take(3)
        .any(|w| matches!(w, "target" | "targets"))
    {
        return Some(Frame::Forecast);
    }
    if group_by_size(figure, b, next) {
        return Some(Frame::Group);
    }
    if ends_with_phrase(b, "round of")
        || (STAGE_BEFORE.iter().any(|w| ends_with_phrase(b, w))
            && (next.is_empty() || STAGE_AFTER.contains(&next)))
    {
        return Some(Frame::Stage);
    }
    None
}

/// True when a small number written as a word names a group after `the`
/// or `the` and one word, with no noun after it (`the opposition three
/// have 248 seats`, `the big four.`); `the three parties` counts parties.
fn group_by_size(figure: &str, before: &str, next: &str) -> bool {
    const SMALL: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ];
    const NO_NOUN: &[&str] = &[
        "", "have", "has", "had", "are", "were", "will", "would", "won", "hold", "held", "now",
        "together", "combined", "between", "and", "who", "which",
    ];
    if !SMALL.contains(&figure.to_lowercase().as_str()) || !NO_NOUN.contains(&next) {
        return false;
    }
    let mut words = before.split_whitespace().rev();
    match (words.next(), words.next()) {
        (Some("the"), _) => true,
        (Some(w), Some("the")) => !is_function_word(w) && w.chars().all(char::is_alphabetic),
        _ => false,
    }
}

/// Words right after a figure that make it a bar measured against.
const THRESHOLD_AFTER: &[&str] = &[
    "threshold",
    "thresholds",
    "mark",
    "hurdle",
    "barrier",
    "cutoff",
    "bar",
];
/// Verbs right before a figure that make it a bar cleared (`cleared 50
/// percent`, `crossed the 50% mark`): the figure measured is above it.
const THRESHOLD_BEFORE: &[&str] = &[
    "cleared",
    "clears",
    "crossed",
    "crosses",
    "passed the",
    "cleared the",
    "crossed the",
    "surpassed the",
    "topped the",
    "needed",
    "needs",
];
/// A word after such a verb's figure that makes it a share measured
/// (`cleared 50 percent of the vote` is still a bar; `needed 272 of` is not
/// said): kept off, so `of` reads the figure as itself.
const THRESHOLD_AFTER_NOT: &[&str] = &["of"];

/// The two numbers of a score written across the figure and the words after
/// it (`3` then `-3 classic`, or `0-1` whole), or before it (`2-` then `1`,
/// the second side read as a figure of its own): both of one or two digits.
fn score_pair(figure: &str, orig_before: &str, orig_after: &str) -> Option<(u32, u32)> {
    let small = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
    if let Some((a, b)) = figure.split_once(['-', '–']) {
        if !(small(a) && small(b)) {
            return None;
        }
        return a.parse().ok().zip(b.parse().ok());
    }
    if !small(figure) {
        return None;
    }
    // The second side, read as a figure of its own (`2-1`: the `1`).
    if let Some(head) = orig_before
        .strip_suffix('-')
        .or_else(|| orig_before.strip_suffix('–'))
    {
        let digits: String = head
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let lead = &head[..head.len() - digits.len()];
        if small(&digits)
            && !lead.ends_with(|c: char| c.is_alphanumeric() || c == '.' || c == ',')
            && !orig_after.starts_with(|c: char| c.is_alphanumeric() || c == '%')
        {
            return Some((digits.parse().ok()?, figure.parse().ok()?));
        }
    }
    let rest = orig_after
        .strip_prefix('-')
        .or_else(|| orig_after.strip_prefix('–'))?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let after = &rest[digits.len()..];
    // A point ending the sentence (`First set to Alcaraz, 6-2.`) ends the
    // score; one before a digit makes a decimal (`6-2.5`), no score.
    let decimal = after
        .strip_prefix('.')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    if !small(&digits) || decimal || after.starts_with(|c: char| c.is_alphanumeric() || c == '%') {
        return None;
    }
    Some((figure.parse().ok()?, digits.parse().ok()?))
}

/// True when the figure's sentence is nothing but a running score, two
/// sides each with its points (`49ers 16, Chiefs 13.` in a live blog):
/// one to three capitalised words (or a name like `49ers`) and one to three
/// digits, twice, joined by a comma.
fn score_line(figure: &str, orig_before: &str, orig_after: &str) -> bool {
    let small = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
    let name = |s: &str| {
        let words: Vec<&str> = s.split_whitespace().collect();
        (1..=3).contains(&words.len())
            && words.iter().all(|w| {
                let w = w.trim_end_matches(['\'', '\u{2019}']);
                w.starts_with(|c: char| c.is_uppercase())
                    || (w.starts_with(|c: char| c.is_ascii_digit())
                        && w.ends_with(|c: char| c.is_alphabetic()))
            })
    };
    // `NAME N`, as a whole string.
    let side = |s: &str| {
        s.trim()
            .rsplit_once(' ')
            .is_some_and(|(n, pts)| name(n) && small(pts))
    };
    if !small(figure) {
        return false;
    }
    let end = orig_after.trim_end().trim_end_matches(['.', '!']);
    if let Some(rest) = end.strip_prefix(',') {
        // The first side: `49ers 16` then `, Chiefs 13`.
        return name(orig_before) && side(rest);
    }
    // The second side: `49ers 16, Chiefs` then `13`.
    end.trim().is_empty()
        && orig_before
            .rsplit_once(',')
            .is_some_and(|(first, n)| side(first) && name(n))
}

/// A minute of a match written with a prime (`23'`, `80′`), not a
/// possessive or a quote's close (`the 1990's`).
fn minute_mark(figure: &str, orig_after: &str) -> bool {
    let digits = figure.bytes().all(|b| b.is_ascii_digit()) && (1..=3).contains(&figure.len());
    let Some(rest) = orig_after
        .strip_prefix('\'')
        .or_else(|| orig_after.strip_prefix('′'))
        .or_else(|| orig_after.strip_prefix('’'))
    else {
        return false;
    };
    digits && !rest.starts_with(|c: char| c.is_alphanumeric())
}

/// The frame of a figure: what its own words make it (`frame`), else a
/// figure asked for or a forecast by the verbs of its clause before it.
/// `orig` is the text before and after the figure as written.
pub(super) fn of_figure(
    measure: Measure,
    figure: &str,
    own_before: &str,
    after: &str,
    orig: (&str, &str),
) -> Option<Frame> {
    frame(figure, own_before, after, orig.0, orig.1).or_else(|| {
        let clause_from = clause_start(own_before);
        let requested = REQUESTS.iter().any(|r| {
            let at = own_before[clause_from..].rfind(r);
            at.is_some_and(|i| own_before.len() - clause_from - i <= 60)
        });
        if requested {
            return Some(Frame::Request);
        }
        // A forecast verb in the figure's own clause, before it.
        let clause = &own_before[clause_from..];
        let forecast = matches!(measure, Measure::Money | Measure::Percent)
            && FORECASTS
                .iter()
                .any(|f| !crate::extract::phrase::find_word_starts(clause, f).is_empty())
            || expected_to_reach(clause);
        forecast.then_some(Frame::Forecast)
    })
}

/// True when the figure is the wickets of a cricket total (`125 for 9`,
/// `241 for four`): ten or fewer, right after a larger number and `for`.
fn wickets_of_a_total(figure: &str, before: &str) -> bool {
    const WORDS: &[&str] = &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let f = figure.trim().to_lowercase();
    let Some(w) = f
        .parse::<u32>()
        .ok()
        .or_else(|| WORDS.iter().position(|w| *w == f).map(|i| i as u32 + 1))
        .filter(|w| *w <= 10)
    else {
        return false;
    };
    let Some(runs) = before.strip_suffix(" for") else {
        return false;
    };
    runs.rsplit(' ')
        .next()
        .and_then(|r| r.parse::<u32>().ok())
        .is_some_and(|r| r > w)
}

/// A score: two numbers of one or two digits joined by a dash (`0-1`, `2–1`).
fn is_score(figure: &str) -> bool {
    let Some((a, b)) = figure.split_once(['-', '–']) else {
        return false;
    };
    let small = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
    small(a) && small(b)
}

/// True when a word beside a score is a capitalised name (`Albania`), not a
/// capitalised function word (`In 10-15 years`).
fn names_beside(word: Option<&str>) -> bool {
    word.map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .is_some_and(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && !is_function_word(&w.to_lowercase())
        })
}

/// State verbs after `had` that hold a level over a span (`had held`,
/// `had kept`, `had been`).
const HELD: &[&str] = &[
    "had held",
    "had kept",
    "had been",
    "had stood",
    "had remained",
    "had stayed",
    "had sat",
    "had left",
    "had maintained",
    // A policy held up to a story's change, in the present perfect of a
    // curtain-raiser (`the Fed has held rates at 5.25%-5.5% since July
    // 2023`): the level before the decision. States (`has been`) are left
    // to read as current.
    "has held",
    "have held",
    "has kept",
    "have kept",
    "has left",
    "has maintained",
];

/// True when a figure's own clause says the level was held until the
/// story's change (`had held Bank Rate at 5.25% since August 2023`): a
/// past perfect state verb before the figure and `since` in its clause.
/// `clause` is the figure's clause (lower case) and `at` the figure's
/// offset in it.
pub(super) fn held_since(clause: &str, at: usize) -> bool {
    let before = clause.get(..at).unwrap_or("");
    HELD.iter()
        .any(|h| !crate::extract::phrase::find_word_starts(before, h).is_empty())
        && !crate::extract::phrase::find_word_starts(clause, "since").is_empty()
}

/// Words before a figure saying it held once, not now (`was once valued
/// at $4.5 billion`).
const ONCE: &[&str] = &[
    "was once",
    "were once",
    "had once",
    "once valued",
    "at one point",
];

/// Participles that hold a level over a span (`held at about 30.85 to the
/// dollar for close to a year`).
const HELD_AT: &[&str] = &["held at", "kept at", "pegged at", "fixed at", "frozen at"];

/// True when a figure's own clause makes it a level of before the story:
/// held until the story's change (`held_since`), held once (`was once
/// valued at`), or held at over a span (`The currency, held at about 30.85
/// to the dollar for close to a year, ended the day near 49.5`).
pub(super) fn earlier_state(clause: &str, at: usize) -> bool {
    if held_since(clause, at) {
        return true;
    }
    let before = clause.get(..at).unwrap_or("");
    let has = |t: &str, w: &str| !crate::extract::phrase::find_word_starts(t, w).is_empty();
    if ONCE.iter().any(|w| has(before, w)) {
        return true;
    }
    let after = clause.get(at..).unwrap_or("");
    let tail = before.trim_end();
    let tail = tail
        .rsplit_once(' ')
        .filter(|(_, last)| {
            matches!(
                *last,
                "about" | "around" | "roughly" | "nearly" | "some" | "near" | "approximately"
            )
        })
        .map_or(tail, |(r, _)| r.trim_end());
    HELD_AT.iter().any(|h| ends_with_phrase(tail, h))
        && [" for ", " since "].iter().any(|w| after.contains(w))
}

/// True when a cue ends with `since` (`first cut since`): it names the
/// date right after it, never another.
pub(super) fn since_cue(cue: &str) -> bool {
    cue == "since" || cue.ends_with(" since")
}

/// True when the words before a date after `since` (its clause, lower case,
/// ending with `since`) count a span from an event of the kind (`the first
/// cut since`, `had not cut rates since`), not a state held since then
/// (`held at 5.25% since`).
pub(super) fn since_an_event(clause: &str) -> bool {
    ["first", "not", "never", "no"]
        .iter()
        .any(|w| !crate::extract::phrase::find_word_starts(clause, w).is_empty())
        || clause.contains("n't ")
}

/// Where the last clause of `s` starts: past its last comma, semicolon,
/// colon, bracket or dash (a separator inside a figure, `220,000`, is none).
pub(super) fn clause_start(s: &str) -> usize {
    let b = s.as_bytes();
    s.char_indices()
        .rev()
        .find(|&(i, c)| {
            matches!(c, ',' | ';' | ':' | '(' | '\u{2014}' | '\u{2013}')
                && !(matches!(c, ',' | ':')
                    && i > 0
                    && b[i - 1].is_ascii_digit()
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit))
        })
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// The clause of a window's own sentence that holds offset `at`, and where
/// it starts.
pub(super) fn own_clause(window: &str, own_from: usize, at: usize) -> (&str, usize) {
    let from = own_from.min(at);
    let before = window.get(from..at).unwrap_or("");
    let from = from + clause_start(before);
    let rest = window.get(at..).unwrap_or("");
    let to = rest
        .char_indices()
        .find(|&(_, c)| matches!(c, ';' | ':' | '(' | '\u{2014}' | '\u{2013}'))
        .map_or(rest.len(), |(i, _)| i);
    let to = rest[..to].find(", ").map_or(to, |i| i.min(to));
    (window.get(from..at + to).unwrap_or(""), from)
}

mod stems;
#[cfg(test)]
mod tests;
