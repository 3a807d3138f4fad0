//! What a figure's own clause says that keeps it from a quantity: money
//! that is a rate (`$74 per barrel`), people who are the source of a
//! statement (`two employees told`), another kind of money named in the
//! figure's clause, another kind of toll, another basis of a change.

use super::Window;
use super::window::is_break;
use crate::extract::lexicon::is_function_word;
use crate::extract::phrase::find_word_starts;
use crate::rules::RuleQuantity;

/// What makes money a rate when it follows the figure: `$77.96 per barrel`,
/// `₦800 to the dollar`, `$12 an hour`, `$5 each` (not `a year`, which is
/// as often a point of comparison: `a year earlier`).
const RATES: &[&str] = &[
    "per ",
    "a barrel",
    "an hour",
    "a tonne",
    "a ton ",
    "a litre",
    "a liter",
    "a gallon",
    "a kilo",
    "a head",
    "a person",
    "each",
    "apiece",
    "to the dollar",
    "to the euro",
    "to the pound",
    "to the us dollar",
    "against the dollar",
    "to one dollar",
    "to every ",
    "for every ",
    "to each ",
    "for each ",
    "a family",
    "a household",
    "per family",
    "per household",
];

/// Cue words that make a quantity a rate (it may bind a rate).
pub(super) const RATE_CUES: &[&str] = &[
    "per ", "rate", "price", "wage", "exchange", "a barrel", "an hour",
];

/// The rate phrase right after a money figure (`after` in lower case), if any.
pub(super) fn rate_after(after: &str) -> Option<&'static str> {
    // Past the close of a conversion (`30,000 dirhams (about $2,900) to
    // every affected family`).
    let rest = after.trim_start().trim_start_matches(')').trim_start();
    RATES
        .iter()
        .copied()
        .find(|r| rest.starts_with(r))
        .or_else(|| {
            // Money for each month, week or day (`₹5,000 a month`), not a
            // point of comparison (`$6 billion a month earlier`).
            let p = PERIODS.iter().copied().find(|p| {
                rest.strip_prefix(p)
                    .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
            })?;
            let next = rest[p.len()..]
                .split(|c: char| !c.is_alphanumeric())
                .find(|w| !w.is_empty())
                .unwrap_or("");
            (!COMPARED.contains(&next)).then_some(p)
        })
}

/// The rate phrase right after a count (`after` in lower case): `1-3 of
/// every 1,000 children`, `two in every five`, `12 per 100,000`.
pub(super) fn count_rate_after(after: &str) -> Option<&'static str> {
    let rest = after.trim_start();
    ["of every", "in every", "out of every", "per "]
        .into_iter()
        .find(|r| rest.starts_with(r))
}

/// Money for each of these is a rate (`₹5,000 a month`); not `a year`,
/// which is as often a total (`revenue of $60 billion a year`).
const PERIODS: &[&str] = &["a month", "a week", "a day"];

/// Words after `a month` that make it a point of comparison.
const COMPARED: &[&str] = &["earlier", "ago", "later", "before", "after", "on"];

/// Words that make the people a figure counts the source of a statement:
/// `two employees told`, `three people familiar with the matter said`.
const SPEECH: &[&str] = &[
    "told",
    "said",
    "say",
    "says",
    "confirmed",
    "spoke",
    "speaking",
    "familiar",
    "briefed",
];

/// True when the figure at the start of `after` (lower case) counts the
/// people a statement is attributed to: a speech word among the four words
/// after it, before any clause break (`5,000 people, two sources said`
/// keeps the 5,000).
pub(super) fn counts_speakers(after: &str) -> bool {
    let clause = after
        .split([',', ';', ':', '(', '.', '—', '–'])
        .next()
        .unwrap_or("");
    clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .skip(1)
        .take(4)
        .any(|w| SPEECH.contains(&w))
}

/// People a statement may be attributed to (`said one former member`).
const SOURCES: &[&str] = &[
    "member",
    "members",
    "official",
    "officials",
    "source",
    "sources",
    "person",
    "people",
    "analyst",
    "analysts",
    "executive",
    "executives",
    "insider",
    "insiders",
    "economist",
    "economists",
    "aide",
    "aides",
    "minister",
    "ministers",
    "lawmaker",
    "lawmakers",
];

/// True when the figure at the start of `after` (lower case) counts the
/// people a statement comes from, named after the verb that says so
/// (`before` ends with it): `said one former MPC member`, `according to
/// two people familiar with the plan`. `said 1,000 employees would go`
/// is a figure said, not a source: its clause goes on past the noun.
pub(super) fn sources_after_verb(before: &str, after: &str) -> bool {
    let b = before.trim_end();
    let verb = ["said", "says", "told", "according to", "added"]
        .iter()
        .any(|v| b.ends_with(v) && !b[..b.len() - v.len()].ends_with(char::is_alphanumeric));
    if !verb {
        return false;
    }
    let clause = after
        .split([',', ';', ':', '(', '.', '—', '–'])
        .next()
        .unwrap_or("");
    let words: Vec<&str> = clause.split_whitespace().skip(1).take(7).collect();
    let end = words
        .iter()
        .position(|w| matches!(*w, "familiar" | "who" | "with" | "close" | "briefed"))
        .unwrap_or(words.len());
    end > 0 && end <= 4 && SOURCES.contains(&words[end - 1])
}

/// Kinds of money a clause can name for its figure.
const MONEY_KINDS: &[&str] = &[
    "revenue",
    "revenues",
    "income",
    "sales",
    "profit",
    "profits",
    "loss",
    "losses",
    "earnings",
    "turnover",
    "spending",
    "budget",
    "deficit",
    "debt",
    "fine",
    "salary",
    "pay",
    "cash",
    "reserves",
    "assets",
    "valuation",
];

/// True when the figure's own clause names a kind of money that none of the
/// quantity's cues speaks of: just before it (`Income of US$30.0 billion`),
/// or as the head of its own noun phrase (`a 28.7 trillion naira ($31.6
/// billion) budget`, `tens of billions of dollars of cash`: at most four
/// words after it, a conversion in parentheses aside, no clause break
/// outside them).
pub(super) fn own_kind_differs(w: &Window<'_>, rq: &RuleQuantity) -> bool {
    MONEY_KINDS.iter().any(|kind| {
        !rq.cues
            .iter()
            .any(|c| c.contains(kind) || kind.contains(c.as_str()))
            && w.s.positions(kind).iter().any(|&p| {
                (p < w.figure_at
                    && w.figure_at - p <= 40
                    && w.s.breaks_between(p, w.figure_at) == 0)
                    || (p >= w.figure_end
                        && p - w.figure_end <= 48
                        && heads(&w.s.text[w.figure_end..p]))
            })
    })
}

/// True when a cue at `p` comes after `than` or a multiple (`times`) later
/// in the figure's sentence: it names the other side of a comparison (`four
/// months …, a far shorter term than prosecutors had sought`; `At $28bn,
/// Cisco is paying about seven times Splunk's annual recurring revenue`),
/// not the figure.
pub(super) fn after_than(w: &Window<'_>, p: usize) -> bool {
    p > w.figure_at
        && w.s
            .text
            .get(w.figure_at..p)
            .is_some_and(|gap| gap.contains(" than ") || gap.contains(" times "))
}

/// Words in a quantity's `about` or cues saying it is what something took
/// off another figure (`the drag on sales from foreign exchange`).
const DRAG: &[&str] = &[
    "drag", "impact", "effect", "hit", "cost", "wiped", "knocked", "shaved", "off", "from",
];

/// True when the cue at `p` is what the figure was taken off (`The strong
/// franc shaved 7.4% off sales`, `knocked 2% off the index`): the figure is
/// what something else did to it, not its own change, unless the quantity
/// (its `about` or cues) speaks of such a drag.
pub(super) fn taken_off(w: &Window<'_>, rq: &crate::rules::RuleQuantity, p: usize) -> bool {
    let Some(gap) = w.s.text.get(w.figure_end..p) else {
        return false;
    };
    let gap = gap.trim();
    let gap = ["the ", "its ", "their ", "his ", "her "]
        .iter()
        .find_map(|d| gap.strip_suffix(d.trim_end()))
        .map_or(gap, str::trim_end);
    if !(gap == "off" || gap.ends_with(" off")) || gap.split_whitespace().count() > 2 {
        return false;
    }
    let about = rq.about.as_deref().unwrap_or("").to_lowercase();
    !DRAG.iter().any(|d| super::cues::names(rq, &about, d))
}

/// Words that leave out what follows them (`a coalition without BBB
/// would have 81`): a cue right after one is what the figure does not hold.
const LEAVING_OUT: &[&str] = &[
    "without",
    "excluding",
    "except",
    "not counting",
    "minus",
    "other than",
    "apart from",
];

/// True when the figure counts one group of people a list goes on to add
/// to (`sentenced two Russians and a Ukrainian`, `three men and a woman`):
/// a part, never the whole the quantity counts.
pub(super) fn one_of_coordinated_people(w: &Window<'_>) -> bool {
    let Some(rest) = w.s.text.get(w.figure_end..) else {
        return false;
    };
    let mut words = rest.split_whitespace();
    let (Some(_noun), Some(and), Some(article), Some(next)) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return false;
    };
    let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    and == "and"
        && matches!(article, "a" | "an" | "one")
        && (crate::extract::names::is_place(next)
            || matches!(next, "man" | "woman" | "boy" | "girl" | "child" | "person"))
}

/// Nouns a place's adjective names the people of (`196 Dutch nationals`,
/// `Dutch victims`): after such a cue, the cue is what the figure counts.
const PEOPLE_OF_A_PLACE: &[&str] = &[
    "nationals",
    "national",
    "citizens",
    "citizen",
    "people",
    "victims",
    "victim",
    "passengers",
    "passenger",
    "residents",
    "dead",
    "deaths",
    "lives",
    "families",
    "nationality",
    "troops",
    "soldiers",
    "workers",
    "voters",
    "fans",
];

/// True when the cue at `p` is a place's adjective (`Dutch`) before
/// another noun than the figure's, away from the figure (`A Dutch court
/// convicts three men`): it says whose that noun is — the court's — not
/// what the figure counts. Right beside the figure (`196 Dutch`) or before
/// the people of the place (`Dutch victims`), it is the figure's.
pub(super) fn describes_another_noun(
    w: &Window<'_>,
    q: &crate::claim::Quantity,
    p: usize,
    cue: &str,
) -> bool {
    if cue.contains(' ') || !crate::extract::names::is_place(cue) {
        return false;
    }
    let end = p + cue.len();
    if end <= w.figure_at
        && w.s
            .text
            .get(end..w.figure_at)
            .is_some_and(|gap| gap.trim().is_empty())
    {
        return false;
    }
    if p >= w.figure_end
        && w.s
            .text
            .get(w.figure_end..p)
            .is_some_and(|gap| gap.split_whitespace().count() <= 1)
    {
        return false;
    }
    let Some(next) = w.s.text.get(end..).and_then(|r| {
        r.strip_prefix(' ')?
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .filter(|n| !n.is_empty())
    }) else {
        return false;
    };
    if !next.starts_with(|c: char| c.is_alphabetic()) || PEOPLE_OF_A_PLACE.contains(&next) {
        return false;
    }
    q.noun
        .as_deref()
        .is_none_or(|n| !n.eq_ignore_ascii_case(next))
}

/// True when the cue at `p` follows a word that leaves it out of the
/// figure (`LEAVING_OUT`).
pub(super) fn left_out(w: &Window<'_>, p: usize) -> bool {
    let before = w.s.text.get(..p).unwrap_or("").trim_end();
    LEAVING_OUT
        .iter()
        .any(|x| crate::extract::phrase::ends_with_phrase(before, x))
}

/// Conjunctions that open another clause after a figure (`Populace Tops
/// 25.4 Million As Census Reveals India Surge`; `sales rose 4% while costs
/// in India fell`): a cue after one speaks of that clause, not the figure.
const CLAUSE_OPENERS: &[&str] = &[" while ", " whereas ", " although ", " though ", " but "];

/// What `as` opens when it is a preposition, not a clause (`25.4 million
/// as of June`, `as a share of`, `as much as`).
const AS_PREPOSITION: &[&str] = &[
    "of ", "a ", "an ", "well", "much", "many", "long", "part", "high", "low", "little", "big",
    "large", "small", "soon", "far", "per ", "against", "compared", "planned", "expected",
];

/// True when a cue at `p` after the figure stands past a conjunction that
/// opens another clause (`CLAUSE_OPENERS`, or `as` before a clause).
pub(super) fn after_conjunction(w: &Window<'_>, p: usize) -> bool {
    if p <= w.figure_end {
        return false;
    }
    let Some(gap) = w.s.text.get(w.figure_end..p) else {
        return false;
    };
    if CLAUSE_OPENERS.iter().any(|c| gap.contains(c)) {
        return true;
    }
    gap.match_indices(" as ").any(|(i, m)| {
        let rest = &gap[i + m.len()..];
        !rest.is_empty() && !AS_PREPOSITION.iter().any(|x| rest.starts_with(x))
    })
}

/// True when a quantity's cue at `p` comes after the figure with `breaks`
/// clause breaks between them (`£40bn Tax Increase Disclosed, National
/// Insurance For Bosses Goes Up`; `we are 62 million — and Gauteng keeps
/// growing`): it names what the next clause is about, not the figure. A
/// figure set in an aside (`86 per cent of the money — roughly €6.5bn — is
/// earmarked for Türkiye`, `(€16m)`) belongs to the clause the aside
/// closes into, so the aside's own closing mark is no break. Such a cue
/// still makes a figure ambiguous between two quantities; alone, it binds
/// none.
pub(super) fn cue_in_a_later_clause(w: &Window<'_>, p: usize, breaks: usize) -> bool {
    if p < w.figure_end || breaks == 0 {
        return false;
    }
    if breaks == 1 {
        let text = &w.s.text;
        let opener = text[..w.figure_at].chars().rev().find(|&c| is_break(c));
        let closer = text[w.figure_end..p].chars().find(|&c| is_break(c));
        let aside = matches!(
            (opener, closer),
            (Some('—'), Some('—')) | (Some('–'), Some('–')) | (Some('('), Some(')'))
        );
        if aside {
            return false;
        }
    }
    true
}

/// What a percentage can measure besides growth or a share: a margin, a
/// per-share figure, a rate of its own, a debt's ratio to output.
const PERCENT_KINDS: &[&str] = &[
    "margin",
    "per share",
    "per diluted share",
    "per-share",
    "eps",
    "dividend",
    "tax rate",
    "inflation",
    "unemployment",
    "yield",
    "debt",
];

/// True when a percentage's own sentence, shortly before it, names what it
/// measures and the quantity speaks of something else: `gross profit margin
/// is expected to be between 53.5% and 55.5%` is no growth of net income,
/// and `earnings per diluted share were $0.67, up 168%` no growth of
/// revenue, nor `public debt stands at … roughly 70% of GDP` a growth
/// forecast. The kind must stand within 60 bytes before the figure, with no
/// `;`, `:` or `(` between, and neither the quantity's `about` nor its cues
/// may name it.
pub(super) fn percent_of_another_kind(w: &Window<'_>, rq: &RuleQuantity) -> bool {
    let about = rq.about.as_deref().unwrap_or("").to_lowercase();
    PERCENT_KINDS.iter().any(|kind| {
        !about.contains(kind)
            && !rq
                .cues
                .iter()
                .any(|c| c.contains(kind) || kind.contains(c.as_str()))
            && w.s.positions(kind).iter().any(|&p| {
                p >= w.s.own_from
                    && p < w.figure_at
                    && w.figure_at - p <= 60
                    && !w.s.text[p..w.figure_at].contains([';', ':', '('])
            })
    })
}

/// Levels a percentage quantity can be that a change is never: a margin,
/// a ratio, a turnout.
const PERCENT_LEVELS: &[&str] = &["margin", "ratio", "turnout"];

/// Words of a quantity that make it a change after all (`margin
/// expansion`, `growth in the ratio`).
const CHANGE_WORDS: &[&str] = &[
    "growth", "grow", "rise", "rose", "increase", "change", "gain", "jump", "fall", "fell", "drop",
    "declin", "widen", "narrow", "improv", "expan", "up ", "down ", "shr",
];

/// Verbs and nouns that make the percentage right after or right before
/// them a change (`profit climbs 9.1%`, `a 9.1% rise`).
const MOVES: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "climbed",
    "climbs",
    "climb",
    "jumped",
    "jumps",
    "jump",
    "grew",
    "grows",
    "gained",
    "gains",
    "fell",
    "falls",
    "dropped",
    "drops",
    "declined",
    "declines",
    "slipped",
    "slips",
    "increased",
    "increases",
    "decreased",
    "decreases",
    "surged",
    "surges",
    "soared",
    "soars",
    "slumped",
    "slumps",
    "advanced",
    "advances",
    "up",
    "down",
];
const MOVE_NOUNS: &[&str] = &[
    "rise", "increase", "jump", "gain", "drop", "fall", "decline", "growth", "surge", "slump",
];

/// True when a percentage is how far something moved (`TCS fourth-quarter
/// profit climbs 9.1% as margins widen`, `a 9.1% rise in net profit`) and
/// the quantity is a level a change never is (`operating_margin`, `about:
/// the operating margin`): the margin's cue in the next clause does not
/// make the profit's growth a margin. `rose to 26%` and `up 1.5 points to
/// 26%` are levels, and a quantity whose words speak of a change takes it.
pub(super) fn change_for_a_level(w: &Window<'_>, rq: &RuleQuantity) -> bool {
    let about = rq.about.as_deref().unwrap_or("").to_lowercase();
    let words = || std::iter::once(about.as_str()).chain(rq.cues.iter().map(String::as_str));
    let level = words().any(|t| PERCENT_LEVELS.iter().any(|k| t.contains(k)));
    if !level || words().any(|t| CHANGE_WORDS.iter().any(|k| t.contains(k))) {
        return false;
    }
    let text = w.s.text.as_str();
    let before = text
        .get(w.s.own_from.min(w.figure_at)..w.figure_at)
        .unwrap_or("");
    let last = before.split_whitespace().next_back().unwrap_or("");
    let after = text.get(w.figure_end..).unwrap_or("");
    let next = after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    MOVES.contains(&last) || MOVE_NOUNS.contains(&next)
}

/// True when a share names a kind of majority (`a two-thirds majority`,
/// `a 60% supermajority`): the threshold a vote needs, not a share anyone
/// won, unless the quantity speaks of a majority.
pub(super) fn a_kind_of_majority(w: &Window<'_>, rq: &RuleQuantity) -> bool {
    let next =
        w.s.text
            .get(w.figure_end..)
            .unwrap_or("")
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
    let majority = |t: &str| t.to_lowercase().contains("majority");
    matches!(next.as_str(), "majority" | "supermajority" | "bulk")
        && !rq.about.as_deref().is_some_and(majority)
        && !rq.cues.iter().any(|c| majority(c))
}

/// True when money is followed by `of` and the thing it is (`booked $13.2
/// billion of new contracts`, `$4 billion of bonds`) and none of the
/// quantity's cues or its `about` names that thing: a profit's cue two
/// clauses back does not make contracts a profit. Up to three words after
/// `of` are read, to a clause break; `of the`/`of its` alone (a part of
/// something named later) and a figure after `of` refuse nothing.
pub(super) fn money_of_another_thing(w: &Window<'_>, rq: &RuleQuantity) -> bool {
    let after = w.s.text.get(w.figure_end..).unwrap_or("");
    let Some(rest) = after.strip_prefix(" of ") else {
        return modifies_another_thing(w, rq, after);
    };
    let end = rest
        .find([',', ';', ':', '.', '(', ')', '—', '–'])
        .unwrap_or(rest.len());
    let words: Vec<&str> = rest[..end]
        .split_whitespace()
        .take_while(|w| {
            !matches!(
                *w,
                "and" | "or" | "in" | "for" | "from" | "to" | "at" | "by"
            )
        })
        .filter(|w| {
            !matches!(
                *w,
                "the" | "its" | "their" | "his" | "her" | "new" | "a" | "an"
            )
        })
        .take(3)
        .collect();
    if words.is_empty() || words[0].starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    !words.iter().any(|word| names_thing(rq, word))
}

/// True when `word` (lower case) is named by `rq`'s cues or `about`, by
/// its stem.
pub(super) fn names_thing(rq: &RuleQuantity, word: &str) -> bool {
    let about = rq.about.as_deref().unwrap_or("").to_lowercase();
    let stem = word.trim_end_matches('s');
    std::iter::once(about.as_str())
        .chain(rq.cues.iter().map(String::as_str))
        .flat_map(str::split_whitespace)
        .filter(|c| c.len() >= 3)
        .any(|c| c.starts_with(stem) || word.starts_with(c))
}

/// True for a word (lower case) that may be a noun: three letters or more,
/// no function word, not a participle or an adverb (`-ed`, `-ing`, `-ly`).
pub(super) fn noun_like(t: &str) -> bool {
    t.len() >= 3 && !is_function_word(t) && !["ed", "ing", "ly"].iter().any(|x| t.ends_with(x))
}

/// True when money after `a`/`an` modifies the noun after it (`a $90
/// million program`, `a $2 billion increase`) and neither that noun nor the
/// one after it is named by the quantity's cues or `about`: the money is
/// that thing's, whatever cue stands before (`The rest of the penalty is
/// credited …, including a $90 million program`). `after` is the window
/// after the figure.
fn modifies_another_thing(w: &Window<'_>, rq: &RuleQuantity, after: &str) -> bool {
    let before = w.s.text.get(..w.figure_at).unwrap_or("").trim_end();
    if !(before.ends_with(" a") || before.ends_with(" an") || before == "a" || before == "an") {
        return false;
    }
    let noun = |t: &str| {
        t.chars().all(|c| c.is_alphabetic() || c == '-')
            && noun_like(t)
            && !matches!(
                t,
                "per" | "each" | "year" | "month" | "week" | "day" | "plus"
            )
    };
    let words: Vec<&str> = after
        .split([',', ';', ':', '.', '(', ')', '—', '–'])
        .next()
        .unwrap_or("")
        .split_whitespace()
        .take(2)
        .take_while(|t| noun(t))
        .collect();
    !words.is_empty() && !words.iter().any(|t| names_thing(rq, t))
}

/// True when `gap` (from the end of a figure to a noun after it) stays
/// inside the figure's noun phrase: outside parentheses, no clause break
/// and at most four words.
fn heads(gap: &str) -> bool {
    let mut depth = 0usize;
    let mut outside = String::new();
    for c in gap.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    // A decimal point is no break: only a full stop before a space is.
    !outside.contains([',', ';', ':', '—', '–'])
        && !outside.contains(". ")
        && outside.split_whitespace().count() <= 4
}

/// Phrases that measure a change against the period just before
/// (`15 per cent quarter on quarter`, `up 15% from the previous quarter`).
const SEQUENTIAL: &[&str] = &[
    "quarter on quarter",
    "quarter-on-quarter",
    "sequential",
    "previous quarter",
    "prior quarter",
    "from the first quarter",
    "month on month",
    "month-on-month",
    "week on week",
];

/// True when a percentage's own clause measures it against the period just
/// before, or its sentence opens by doing so for all it says (`Compared
/// with the previous quarter, operating profit rose 58 percent and sales
/// increased 3 percent`), and none of the quantity's cues does.
pub(super) fn other_basis(w: &Window<'_>, rq: &RuleQuantity) -> bool {
    let opening = |p: usize| {
        p >= w.s.own_from && p < w.figure_at && w.s.breaks_between(w.s.own_from, p) == 0 && {
            let rest = &w.s.text[p..w.figure_at];
            rest.find(',')
                .is_some_and(|c| w.s.breaks_between(p, p + c) == 0)
        }
    };
    SEQUENTIAL.iter().any(|phrase| {
        w.s.positions(phrase).iter().any(|&p| {
            (p.abs_diff(w.figure_at) <= 48 && w.s.breaks_between(p, w.figure_at) == 0 || opening(p))
                && !rq
                    .cues
                    .iter()
                    .any(|c| c.contains(phrase) || phrase.contains(c.as_str()))
        })
    })
}

/// Words right after money that make it per share (`41 cents a share`,
/// `$1.23 per diluted share`).
const PER_SHARE_AFTER: &[&str] = &[
    "a share",
    "per share",
    "a diluted share",
    "per diluted share",
    "an adjusted share",
    "per adjusted share",
];

/// Words of money's own clause, before it, that make it per share (`EPS of
/// $1.23`, `earnings per share of $1.23`, `per-share profit of 41 cents`).
const PER_SHARE_BEFORE: &[&str] = &["eps", "per share", "per-share"];

/// True when money's own words make it per share: `after` is the window
/// after the figure (lower case); `PER_SHARE_BEFORE` is looked for in its
/// own clause, at most 40 bytes before it.
pub(super) fn per_share_words(w: &Window<'_>, after: &str) -> bool {
    let rest = after.trim_start();
    PER_SHARE_AFTER
        .iter()
        .any(|p| rest.starts_with(p) && !rest[p.len()..].starts_with(|c: char| c.is_alphanumeric()))
        || PER_SHARE_BEFORE.iter().any(|phrase| {
            w.s.positions(phrase).iter().any(|&p| {
                p < w.figure_at
                    && p >= w.s.own_from
                    && w.figure_at - p <= 40
                    && w.s.breaks_between(p, w.figure_at) == 0
            })
        })
}

/// True when a cue found in the sentence before the figure's names one kind
/// of a thing (`long-term capital gains`) and the figure's own sentence
/// names another kind of it (`Short-term gains … will be taxed at 20 per
/// cent`): the cue's last word, a noun, after a modifier other than the
/// cue's (an article or a possessive leaves it the cue's: `the gains`).
/// `text` is the window (lower case) and `own_from` where the figure's
/// sentence starts in it.
pub(super) fn another_kind_named(text: &str, own_from: usize, cue: &str) -> bool {
    let words: Vec<&str> = cue.split_whitespace().collect();
    let [.., modifier, head] = words[..] else {
        return false;
    };
    if head.len() <= 3 || !head.chars().all(char::is_alphabetic) || is_function_word(head) {
        return false;
    }
    let stem = if head.len() > 4 {
        head.strip_suffix('s').unwrap_or(head)
    } else {
        head
    };
    let own = text.get(own_from..).unwrap_or("");
    find_word_starts(own, stem).into_iter().any(|q| {
        let before = own[..q].split_whitespace().last().unwrap_or("");
        !before.is_empty()
            && before != modifier
            && before.chars().all(|c| c.is_alphabetic() || c == '-')
            && !is_function_word(before)
            && !crate::extract::lexicon::is_pronoun(before)
    })
}
