//! Function words, pronouns, verbs of change and verbs of saying.

/// Words that cannot head a counted noun phrase: the noun search stops at them.
pub fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "of" | "in"
            | "at"
            | "to"
            | "on"
            | "for"
            | "from"
            | "by"
            | "with"
            | "and"
            | "or"
            | "but"
            | "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "have"
            | "has"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "can"
            | "as"
            | "than"
            | "it"
            | "its"
            | "their"
            | "his"
            | "her"
            | "who"
            | "which"
            | "while"
            | "when"
            | "since"
            | "after"
            | "before"
            | "into"
            | "over"
            | "under"
            | "per"
            | "each"
            | "apiece"
            | "year-on-year"
            | "according"
            | "said"
            | "says"
            | "last"
            | "next"
            | "this year"
            | "so"
            | "if"
            | "not"
            | "also"
            | "all"
            | "more"
            | "less"
            | "fewer"
            | "about"
            | "around"
            | "between"
            | "across"
            | "through"
            | "during"
            | "until"
            | "up"
            | "down"
            | "out"
            | "off"
            | "yet"
            | "already"
            | "now"
            | "still"
            | "just"
            | "only"
            | "even"
            | "again"
            | "do"
            | "does"
            | "did"
    )
}

/// Verbs of change: a `from A to B` after one of them is a change, not a range.
pub const CHANGE_VERBS: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "rising",
    "risen",
    "fell",
    "fall",
    "falls",
    "falling",
    "fallen",
    "grew",
    "grow",
    "grows",
    "growing",
    "grown",
    "increased",
    "increase",
    "increases",
    "increasing",
    "decreased",
    "decrease",
    "decreases",
    "decreasing",
    "jumped",
    "jump",
    "jumps",
    "climbed",
    "climb",
    "climbs",
    "dropped",
    "drop",
    "drops",
    "declined",
    "decline",
    "declines",
    "slid",
    "slide",
    "slides",
    "slipped",
    "slumped",
    "slump",
    "plunged",
    "plummeted",
    "soared",
    "surged",
    "cut",
    "cuts",
    "reduced",
    "reduce",
    "reduces",
    "raised",
    "raise",
    "raises",
    "lowered",
    "lower",
    "up",
    "down",
    "went",
    "gone",
    "moved",
    "changed",
    "swung",
    "narrowed",
    "narrow",
    "narrows",
    "narrowing",
    "widened",
    "widen",
    "widens",
    "widening",
    "shrank",
    "shrunk",
    "shrinking",
    "expanded",
    "expand",
    "doubled",
    "tripled",
    "boosted",
    "trimmed",
    "slashed",
    "tumbled",
    "sank",
    "dipped",
    "edged",
    "ticked",
    "spiked",
    "rebounded",
    "recovered",
    "improved",
    "worsened",
    "accelerated",
    "slowed",
    "contracted",
    "ballooned",
    "dwindled",
    "rocketed",
    "skyrocketed",
    "crept",
    "eased",
    "inched",
    "advanced",
    "retreated",
    "lifted",
    "hiked",
    "upped",
    "downsized",
    "enhanced",
    "revised",
    "upgraded",
    "downgraded",
    "bumped",
    "boost",
    "boosts",
    "raising",
    "lowering",
    "cutting",
    "reducing",
    "hike",
    "hikes",
];

/// Pronouns: a spelled `one` before one is not a count (`the one you mentioned`).
pub fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "i" | "you"
            | "we"
            | "they"
            | "he"
            | "she"
            | "it"
            | "me"
            | "us"
            | "them"
            | "him"
            | "who"
            | "another"
            | "other"
            | "others"
            | "thing"
            | "way"
            | "day"
            | "time"
    )
}

/// Verbs of saying: they attribute a quote to their subject (`X said`, `said X`).
pub const SAID_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "noted",
    "notes",
    "stated",
    "states",
    "explained",
    "explains",
    "wrote",
    "writes",
    "argued",
    "argues",
    "warned",
    "warns",
    "emphasized",
    "emphasised",
    "emphasizes",
    "emphasises",
    "stressed",
    "stresses",
    "acknowledged",
    "admitted",
    "insisted",
    "claimed",
    "declared",
    "remarked",
    "commented",
    "continued",
    "recalled",
    "observed",
    "asked",
    "replied",
    "responded",
    "announced",
    "tweeted",
    "posted",
    "predicted",
    "cautioned",
    "conceded",
    "confirmed",
    "called",
    "quipped",
    "joked",
    "suggested",
    "cited",
    "added",
    "wrote",
    "reiterated",
    "underscored",
    "underlined",
    "highlighted",
    "maintained",
    "contended",
    "countered",
    "concluded",
    "agreed",
    "urged",
    "promised",
    "vowed",
    "boasted",
    "lamented",
    "complained",
    // Machine rewrites of `told` and `said` (`informed reporters`, `mentioned`).
    "informed",
    "informs",
    "mentioned",
    "mentions",
];
