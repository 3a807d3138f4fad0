//! Title families: which titles one person cannot hold together at one
//! organisation (`titles::one_family`).

/// Titles of one ladder or one exclusive set: one person holds one of them at
/// one organisation at a time, so two of them for one person is a drift. A
/// rank and the full title (`deputy minister` and `minister`, `principal
/// economist` and `chief economist`) are rungs of one ladder. (`CEO` and
/// `chair`, or `president` and `CEO`, can be held together and share no
/// family; a bare `economist` or `director` beside a ranked one is a plain
/// description, but a bare title beside its deputy is not.)
pub const TITLE_FAMILIES: &[&[&str]] = &[
    &["vp", "svp", "evp", "sevp"],
    &[
        "ceo",
        "cfo",
        "coo",
        "cto",
        "cmo",
        "cio",
        "clo",
        "chro",
        "cpo",
        "cro",
        "ciso",
        "chief people officer",
        "chief strategy officer",
        "chief data officer",
        "chief growth officer",
        "chief business officer",
        "chief commercial officer",
        "chief digital officer",
        "chief administrative officer",
        "chief accounting officer",
        "chief investment officer",
        "chief risk officer",
        "chief compliance officer",
        "chief communications officer",
        "chief security officer",
        "chief customer officer",
        "chief content officer",
        "chief creative officer",
        "chief medical officer",
        "chief ai officer",
        "chief sustainability officer",
        "chief transformation officer",
    ],
    &["deputy ceo", "ceo"],
    &["vice chair", "chair"],
    &[
        "director",
        "managing director",
        "executive director",
        "senior director",
        "deputy director",
        "assistant director",
        "associate director",
    ],
    &[
        "chief economist",
        "deputy chief economist",
        "principal economist",
        "senior economist",
        "lead economist",
    ],
    &["minister", "minister of state", "deputy minister"],
    &["prime minister", "deputy prime minister"],
    &[
        "secretary",
        "deputy secretary",
        "assistant secretary",
        "under secretary",
        "deputy under secretary",
    ],
    // A central bank's ranks: its governor, deputy governors, executive
    // directors and chief economist are different people (a chief economist
    // may also be an executive director, so those two share no family).
    &["regional director", "deputy regional director"],
    // A president is not the vice president of the same body (a division's
    // president may be a senior or executive vice president of the group).
    &["president", "vp", "first vp"],
    &["vp", "first vp"],
    // The Justice Department's ladder: the attorney general, a deputy, an
    // associate, the assistant attorneys general heading divisions and their
    // deputies are different people.
    &[
        "attorney general",
        "deputy attorney general",
        "associate attorney general",
        "assistant attorney general",
        "deputy assistant attorney general",
    ],
    &["governor", "deputy governor", "executive director"],
    &["governor", "deputy governor", "chief economist"],
    &[
        "director-general",
        "deputy director-general",
        "assistant director-general",
    ],
    &[
        "administrator",
        "deputy administrator",
        "assistant administrator",
        "associate administrator",
    ],
    &[
        "chief economic adviser",
        "deputy chief economic adviser",
        "principal economic adviser",
        "senior economic adviser",
    ],
    // Government secretaries: Japan's chief cabinet secretary and deputies;
    // Kenya's cabinet secretaries (ministers) and principal secretaries (civil
    // servants); India's chief, additional chief and principal secretaries.
    &["chief cabinet secretary", "deputy chief cabinet secretary"],
    &[
        "cabinet secretary",
        "principal secretary",
        "permanent secretary",
    ],
    &[
        "chief secretary",
        "additional chief secretary",
        "principal secretary",
    ],
    &["chief minister", "deputy chief minister"],
    &["mayor", "deputy mayor"],
    &["premier", "vice premier"],
    &["captain", "vice-captain"],
    &[
        "head coach",
        "assistant coach",
        "batting coach",
        "bowling coach",
        "fielding coach",
        "goalkeeping coach",
        "fitness coach",
    ],
    &["speaker", "deputy speaker"],
    &[
        "mayor",
        "governor",
        "lieutenant governor",
        "senator",
        "representative",
        "prime minister",
        "chancellor",
    ],
];
