//! The verb frame of a people count: the verb the figure is the object of
//! (`cut about 6,000 jobs`, `employs roughly 90,000`, `a workforce of 90,000`,
//! `its 350,000 staff`) or the subject of (`6,000 jobs will be cut`, `6,000
//! roles are affected`, `90,000 people work at`), and the subject a share is
//! the object of (`the cuts will reach about 4% of them`). A frame is read
//! only from the figure's own clause; a figure with no frame has no role of
//! its own, and the words other figures' frames used are masked before the
//! wider look (`level`) so it never takes theirs.
//!
//! What the grammar does not do: it does not parse; it reads words outward
//! from the figure, skipping qualifiers and auxiliaries, and stops at the
//! first word it does not know.

use super::*;

/// A frame: the predicate and the byte range of its cue in the sentence view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Frame {
    pub(super) predicate: Predicate,
    pub(super) cue: (usize, usize),
}

/// What a verb or noun phrase says of the count it governs.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Says {
    /// The predicate outright.
    Predicate(Predicate),
    /// `affected`, `reach`, `lose`: a cut where cuts are spoken of.
    Affected,
}

/// The frame lexicon: phrase → what it says, from `words.txt`.
struct Lexicon {
    says: HashMap<&'static str, Says>,
    skips: HashSet<&'static str>,
    auxiliaries: HashSet<&'static str>,
    job_nouns: HashSet<&'static str>,
    cut_nouns: Vec<&'static str>,
    workforce: HashSet<&'static str>,
    /// `NOUN of N` frames: the noun before `of` and the predicate it gives.
    of_frames: HashMap<&'static str, Predicate>,
}

static LEXICON: std::sync::LazyLock<Lexicon> = std::sync::LazyLock::new(|| {
    let mut says = HashMap::new();
    for (p, words) in PEOPLE_PREDICATES.iter() {
        for w in words {
            says.insert(*w, Says::Predicate(*p));
        }
    }
    for row in crate::extract::phrase::section(WORDS, "people frame verbs") {
        let Some((head, words)) = row.split_first() else {
            continue;
        };
        let s = match *head {
            "affected" => Says::Affected,
            other => match predicate_named(other) {
                Some(p) => Says::Predicate(p),
                None => continue,
            },
        };
        for w in words {
            says.entry(*w).or_insert(s);
        }
    }
    let set = |name: &str| -> HashSet<&'static str> {
        crate::extract::phrase::section(WORDS, name)
            .into_iter()
            .flatten()
            .collect()
    };
    Lexicon {
        says,
        skips: set("frame skips"),
        auxiliaries: set("frame auxiliaries"),
        job_nouns: set("job nouns"),
        cut_nouns: crate::extract::phrase::section(WORDS, "cut nouns")
            .into_iter()
            .flatten()
            .collect(),
        workforce: WORKFORCE
            .iter()
            .copied()
            .chain(["headcount", "payroll", "head count"])
            .collect(),
        of_frames: crate::extract::phrase::section(WORDS, "of frames")
            .into_iter()
            .filter_map(|r| {
                let (head, words) = r.split_first()?;
                let p = predicate_named(head)?;
                Some(words.iter().map(move |w| (*w, p)).collect::<Vec<_>>())
            })
            .flatten()
            .collect(),
    }
});

/// The words of `s` (letters, digits, hyphens, apostrophes) with their byte ranges.
fn words(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let w = crate::extract::phrase::is_word_char(c) || c == '\'' || c == '’';
        match (w, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((st, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push((st, s.len()));
    }
    out
}

/// The one- or two-word phrase of the lexicon ending at word `i` (reading
/// backwards) or starting at it (reading forwards), with its range.
fn phrase_at(
    text: &str,
    ws: &[(usize, usize)],
    i: usize,
    forwards: bool,
) -> Option<(Says, (usize, usize))> {
    let lx = &*LEXICON;
    let two = if forwards {
        ws.get(i + 1).map(|n| (ws[i].0, n.1))
    } else {
        i.checked_sub(1).map(|p| (ws[p].0, ws[i].1))
    };
    for (a, b) in two.into_iter().chain([ws[i]]) {
        if let Some(s) = lx.says.get(&text[a..b]) {
            return Some((*s, (a, b)));
        }
    }
    None
}

/// True for a possessive or a word owning a count (`its`, `Acme's`).
fn possessive(w: &str) -> bool {
    matches!(w, "its" | "their" | "our" | "his" | "her") || w.ends_with("'s") || w.ends_with("’s")
}

/// The frame of people count `span` (sentence-view offsets `at..end`) in
/// clause `c_from..c_to` of `st`, or `None` when its clause gives none.
pub(super) fn people_frame(
    st: &Sentence,
    at: usize,
    end: usize,
    (c_from, c_to): (usize, usize),
    noun: &str,
) -> Option<Frame> {
    let lx = &*LEXICON;
    let text = &st.text;
    let jobs = lx.job_nouns.contains(noun);
    let staff = !jobs && !noun.is_empty();
    let clause = &text[c_from..c_to];
    let cut_context = lx.cut_nouns.iter().any(|n| has(clause, n)) || jobs;
    let resolve = |s: Says, cue| match s {
        Says::Predicate(Predicate::Headcount) if jobs => None,
        Says::Predicate(p) => Some(Frame { predicate: p, cue }),
        Says::Affected => cut_context.then_some(Frame {
            predicate: Predicate::Cut,
            cue,
        }),
    };
    // Backwards: the verb the figure is the object of.
    let before: Vec<(usize, usize)> = words(&text[c_from..at])
        .into_iter()
        .map(|(a, b)| (a + c_from, b + c_from))
        .collect();
    let mut i = before.len();
    let mut nouns_skipped = 0;
    while i > 0 {
        i -= 1;
        let (a, b) = before[i];
        let w = &text[a..b];
        if let Some((s, cue)) = phrase_at(text, &before, i, false) {
            return resolve(s, cue);
        }
        // `its 350,000 staff`, `has 90,000 employees`, `with 27,000 employees`:
        // what it has — unless a verb after says what happened to them
        // (`with 27,000 employees cut`, `its 9,000 staff were laid off`).
        let owning = possessive(w) || matches!(w, "has" | "have" | "had" | "having" | "with");
        // `9 per cent of its 40,000 staff`: the base of a share is what it has.
        let base_of_share =
            possessive(w) && i > 0 && &text[before[i - 1].0..before[i - 1].1] == "of";
        if owning && !base_of_share {
            if let Some(f) = after_frame(st, end, c_to, &resolve) {
                return Some(f);
            }
            return (staff && nouns_skipped == 0).then_some(Frame {
                predicate: Predicate::Headcount,
                cue: (a, b),
            });
        }
        match w {
            "of" => {
                // `a workforce of 90,000`, `a loss of 100 employees`; `a total
                // of 6,000 jobs` says nothing.
                let prev = i.checked_sub(1).map(|p| &text[before[p].0..before[p].1]);
                if let Some(&p) = prev.and_then(|p| lx.of_frames.get(p))
                    && !(jobs && p == Predicate::Headcount)
                {
                    return Some(Frame {
                        predicate: p,
                        cue: (before[i - 1].0, b),
                    });
                }
                if prev == Some("total") {
                    i -= 1;
                    continue;
                }
                return None;
            }
            // `cut its workforce by 14,000`: the verb governs through `by`.
            "by" => {
                nouns_skipped = 0;
                while i > 0 && nouns_skipped < 3 {
                    let (a, b) = before[i - 1];
                    let w = &text[a..b];
                    if lx.workforce.contains(w) || lx.job_nouns.contains(w) || possessive(w) {
                        i -= 1;
                        nouns_skipped += 1;
                    } else {
                        break;
                    }
                }
                if nouns_skipped == 0 {
                    return None;
                }
                continue;
            }
            _ if lx.skips.contains(w) => continue,
            _ => return None,
        }
    }
    after_frame(st, end, c_to, &resolve)
}

/// Forwards: the verb the figure (with its noun) is the subject of.
fn after_frame(
    st: &Sentence,
    end: usize,
    c_to: usize,
    resolve: &dyn Fn(Says, (usize, usize)) -> Option<Frame>,
) -> Option<Frame> {
    let lx = &*LEXICON;
    let text = &st.text;
    let after: Vec<(usize, usize)> = words(&text[end..c_to])
        .into_iter()
        .map(|(a, b)| (a + end, b + end))
        .collect();
    let mut j = 0;
    // The noun and its modifiers: at most four words before a verb or auxiliary.
    while j < after.len() && j < 4 {
        let w = &text[after[j].0..after[j].1];
        if lx.auxiliaries.contains(w) || phrase_at(text, &after, j, true).is_some() {
            break;
        }
        j += 1;
    }
    while j < after.len() {
        let w = &text[after[j].0..after[j].1];
        if let Some((s, cue)) = phrase_at(text, &after, j, true) {
            return resolve(s, cue);
        }
        if !lx.auxiliaries.contains(w) {
            return None;
        }
        j += 1;
    }
    None
}

/// The frame of a share (`P% of …`): a verb before it (`cut 10% of its
/// staff`), or a subject naming cuts with a verb of reaching (`the cuts will
/// reach about 4% of them`).
pub(super) fn share_frame(st: &Sentence, at: usize, c_from: usize) -> Option<Frame> {
    let lx = &*LEXICON;
    let text = &st.text;
    let before: Vec<(usize, usize)> = words(&text[c_from..at])
        .into_iter()
        .map(|(a, b)| (a + c_from, b + c_from))
        .collect();
    let mut i = before.len();
    while i > 0 {
        i -= 1;
        let w = &text[before[i].0..before[i].1];
        if let Some((s, cue)) = phrase_at(text, &before, i, false) {
            return match s {
                Says::Predicate(p @ (Predicate::Cut | Predicate::Hire)) => {
                    Some(Frame { predicate: p, cue })
                }
                Says::Affected => {
                    // The subject before the verb names the cuts.
                    let subject = &text[c_from..cue.0];
                    lx.cut_nouns
                        .iter()
                        .any(|n| has(subject, n))
                        .then_some(Frame {
                            predicate: Predicate::Cut,
                            cue,
                        })
                }
                Says::Predicate(_) => None,
            };
        }
        if lx.skips.contains(w) || lx.auxiliaries.contains(w) {
            continue;
        }
        return None;
    }
    None
}

/// The one family a stretch of words names, trying each stretch in turn (the
/// clause, then the sentence…): `Ok(None)` when none does, an error when the
/// first stretch naming any names several.
pub(super) fn level<T: Copy + PartialEq + std::fmt::Display>(
    stretches: &[&str],
    table: &PhraseSet<T>,
) -> Result<Option<T>, String> {
    for s in stretches {
        match table.in_text(s)[..] {
            [] => continue,
            [one] => return Ok(Some(one)),
            ref many => {
                let names: Vec<String> = many.iter().map(T::to_string).collect();
                return Err(format!("ambiguous: {}", names.join(" or ")));
            }
        }
    }
    Ok(None)
}

/// The near stretch, clause, sentence and previous sentence of figure `k`,
/// with the frame cues of the other figures of both sentences blanked.
pub(super) fn masked(
    cx: &Ctx<'_>,
    st: &Sentence,
    s: usize,
    k: usize,
    (n_from, n_to): (usize, usize),
    (c_from, c_to): (usize, usize),
) -> [String; 4] {
    let prev = if st.prev.is_empty() {
        String::new()
    } else {
        cx.masked(s - 1, k, &st.prev, 0)
    };
    [
        cx.masked(s, k, &st.text[n_from..n_to], n_from),
        cx.masked(s, k, &st.text[c_from..c_to], c_from),
        cx.masked(s, k, &st.text, 0),
        prev,
    ]
}

/// The frame of the figure a share restates (`14,000 jobs, or 4% of its
/// workforce`: the share takes the cut's frame).
pub(super) fn restated_frame(cx: &Ctx<'_>, s: usize, k: usize) -> Option<Frame> {
    let result = *cx.restates.get(&k)?;
    cx.frames(s)
        .iter()
        .find(|(i, _)| *i == result)
        .map(|(_, f)| *f)
}

/// The predicate a people count's own noun states (`14,000 layoffs`, `500 new hires`).
pub(super) fn noun_predicate(q: &Quantity) -> Option<Predicate> {
    let noun = q.noun.as_deref().unwrap_or("");
    if [
        "job cuts",
        "cuts",
        "layoffs",
        "redundancies",
        "job losses",
        "lay-offs",
    ]
    .contains(&noun)
    {
        return Some(Predicate::Cut);
    }
    ["hires", "new hires"]
        .contains(&noun)
        .then_some(Predicate::Hire)
}

/// Cut, hire, strike or headcount for a people count (or a share of a workforce).
pub(super) fn people_predicate(
    q: &Quantity,
    before: &str,
    stretches: &[&str],
) -> Result<Predicate, String> {
    if let Some(p) = noun_predicate(q) {
        return Ok(p);
    }
    let noun = q.noun.as_deref().unwrap_or("");
    let staff = [
        "employees",
        "workers",
        "staff",
        "people",
        "employee",
        "staffers",
    ]
    .contains(&noun);
    let owner = [
        "'s",
        "’s",
        "its",
        "their",
        "our",
        "has",
        "had",
        "have",
        "employs",
        "employing",
        "employed",
        "workforce of",
        "staff of",
        "headcount of",
        "total of",
    ];
    if staff && owner.iter().any(|o| before.ends_with(o)) && !before.ends_with("laid off") {
        return Ok(Predicate::Headcount);
    }
    level(stretches, &PEOPLE_FINDER)?
        .ok_or_else(|| "people with no word saying cut, hired or employed".into())
}

/// `corporate`, `frontline` or `seasonal` from the words after a figure.
pub(super) fn subclass(after: &str) -> Option<Subclass> {
    let words: Vec<&str> = after.split_whitespace().take(5).collect();
    SUBCLASSES
        .iter()
        .find(|(_, ws)| {
            words
                .iter()
                .any(|w| ws.contains(&w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')))
        })
        .map(|(name, _)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(s: &str) -> Sentence {
        let text = s.to_lowercase();
        let breaks = clause_breaks(&text);
        Sentence {
            text,
            start: 0,
            prev: String::new(),
            prev_start: 0,
            breaks,
            figures: 1,
        }
    }

    fn frame_of(s: &str, figure: &str, noun: &str) -> Option<String> {
        let st = view(s);
        let at = st.text.find(figure)?;
        let end = at + figure.len();
        let clause = clause_of(&st, at, end);
        people_frame(&st, at, end, clause, noun).map(|f| f.predicate.to_string())
    }

    /// Each row: the sentence, the counted noun, the predicate its frame gives.
    fn frames_hold(rows: &[(&str, &str, Option<&str>)]) {
        for (sentence, noun, want) in rows {
            assert_eq!(
                frame_of(sentence, "6,000", noun).as_deref(),
                *want,
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_verb_before_the_figure_gives_its_predicate() {
        frames_hold(&[
            ("acme will cut about 6,000 jobs", "jobs", Some("cut")),
            (
                "acme employs roughly 6,000 people",
                "people",
                Some("headcount"),
            ),
            ("acme has 6,000 employees", "employees", Some("headcount")),
            ("acme's 6,000 employees", "employees", Some("headcount")),
            ("a workforce of 6,000 people", "people", Some("headcount")),
            (
                "employees number roughly 6,000 people",
                "people",
                Some("headcount"),
            ),
            ("acme will cut its workforce by 6,000", "", Some("cut")),
        ]);
    }

    #[test]
    fn a_verb_after_the_figure_gives_its_predicate() {
        frames_hold(&[
            ("6,000 jobs will be cut", "jobs", Some("cut")),
            ("6,000 roles are affected", "roles", Some("cut")),
            ("6,000 people work at acme", "people", Some("headcount")),
            ("6,000 employees were laid off", "employees", Some("cut")),
        ]);
    }

    #[test]
    fn a_figure_with_no_verb_of_its_own_has_no_frame() {
        assert_eq!(
            frame_of("meaning 6,000 people in total", "6,000", "people"),
            None
        );
        assert_eq!(frame_of("a total of 6,000 jobs", "6,000", "jobs"), None);
    }

    #[test]
    fn jobs_are_never_a_headcount() {
        assert_eq!(
            frame_of("acme has 6,000 jobs in ohio", "6,000", "jobs"),
            None
        );
    }

    #[test]
    fn the_cuts_reaching_a_share_make_it_a_cut() {
        let st = view("meaning the cuts will reach about 4% of them");
        let at = st.text.find("4%").unwrap_or(0);
        assert_eq!(
            share_frame(&st, at, 0).map(|f| f.predicate),
            Some(Predicate::Cut)
        );
        let st = view("acme will cut 10% of its staff");
        let at = st.text.find("10%").unwrap_or(0);
        assert_eq!(
            share_frame(&st, at, 0).map(|f| f.predicate),
            Some(Predicate::Cut)
        );
        let st = view("acme said 10% of its staff are in ohio");
        let at = st.text.find("10%").unwrap_or(0);
        assert_eq!(share_frame(&st, at, 0), None);
    }
}

/// Toll nouns (`573 deaths`, `2,946 dead`) by predicate, and the words
/// that make a noun-less figure a death toll, from `words.txt`.
static TOLL_NOUNS: std::sync::LazyLock<Vec<(Predicate, Vec<&'static str>)>> =
    std::sync::LazyLock::new(|| {
        crate::extract::phrase::section(WORDS, "toll nouns")
            .into_iter()
            .filter_map(|r| {
                let (head, words) = r.split_first()?;
                Some((predicate_named(head)?, words.to_vec()))
            })
            .collect()
    });

static TOLL_BOUNDS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::extract::phrase::section(WORDS, "toll bounds")
        .into_iter()
        .flatten()
        .collect()
});

static TOLL_WORDS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::extract::phrase::section(WORDS, "toll words")
        .into_iter()
        .flatten()
        .collect()
});

/// The toll a count of something other than people states, if any: its
/// noun is a toll noun (`573 deaths`, `2,946 dead`, `2,421 injured`), or it
/// has no noun and a toll word stands before it in its own clause with no
/// other figure between (`the death toll rose to 2,122`, `the toll of
/// 2,946`). `before` is the clause's text before the figure, lower case.
/// Such a count is people, keyed as the verb form is (`people / died`).
pub(super) fn toll_of(q: &Quantity, before: &str) -> Option<Predicate> {
    // `toll passes 2,100`, `tops 200`: a bound the figure's own qualifier
    // does not carry; `not less than 221`: one it reads the wrong way round.
    // Either way no toll to compare as stated.
    let last = before.split_whitespace().last().unwrap_or("");
    if TOLL_BOUNDS.contains(&last) {
        return None;
    }
    match q.noun.as_deref() {
        Some(noun) => TOLL_NOUNS
            .iter()
            .find(|(_, ws)| ws.contains(&noun))
            .map(|(p, _)| *p),
        None => {
            let found = TOLL_WORDS
                .iter()
                .filter_map(|w| {
                    crate::extract::phrase::find_all(before, w)
                        .into_iter()
                        .last()
                        .map(|at| at + w.len())
                })
                .max()?;
            let between = &before[found..];
            let injury = before[..found].ends_with("injury toll");
            (!injury && !between.chars().any(|c| c.is_ascii_digit())).then_some(Predicate::Died)
        }
    }
}

/// The frame of a count whose own noun is a toll noun (`18 missing`, `573
/// deaths`): its cue is the noun, so the noun is masked from the other
/// figures of the sentence (`the toll rose to 10, with 18 missing` does not
/// make the 10 missing). `after` is the sentence view from the figure's end.
pub(super) fn toll_noun_frame(q: &Quantity, after: &str, end: usize) -> Option<Frame> {
    let noun = q.noun.as_deref()?;
    let predicate = TOLL_NOUNS
        .iter()
        .find(|(_, ws)| ws.contains(&noun))
        .map(|(p, _)| *p)?;
    let at = crate::extract::phrase::find_all(after.get(..after.len().min(40))?, noun)
        .into_iter()
        .next()?;
    Some(Frame {
        predicate,
        cue: (end + at, end + at + noun.len()),
    })
}

/// True when `org` (a key's organisation) is the story's own subject for a
/// toll: a word of it (of four letters or more) stands in the draft's
/// headline (`Morocco earthquake: death toll passes 2,100`, `Helene's
/// bill: …`). A disaster's toll keyed under its place or its name then
/// meets the toll no organisation names (`the story`); a part of it
/// (`Georgia`, `Al Haouz province`) the headline does not name stays apart.
pub(super) fn story_subject(cx: &Ctx<'_>, org: &str) -> bool {
    let Some(h) = cx.ex.sentences.first() else {
        return false;
    };
    let head = cx
        .text
        .get(h.span.start..h.span.end)
        .unwrap_or("")
        .to_lowercase();
    org.split_whitespace()
        .filter(|w| w.chars().count() >= 4)
        .any(|w| has(&head, w))
}

/// The start of `organisation`'s answer when a sentence names several.
const SEVERAL: &str = "several organisations named: ";

/// True when `why` is `organisation`'s answer that several organisations
/// are named (`several organisations named: philippines, severe tropical
/// storm trami`) and one of them is the headline's subject: a toll of the
/// storm the story is about, whatever else the sentence names.
pub(super) fn several_with_story(cx: &Ctx<'_>, why: &str) -> bool {
    why.strip_prefix(SEVERAL)
        .is_some_and(|named| named.split(", ").any(|o| story_subject(cx, o)))
}

#[cfg(test)]
mod toll_tests {
    use crate::autokey::tests::keys_of;

    /// The key of `figure` in `text` (a one-draft corpus), or `None`.
    fn key(text: &str, figure: &str) -> Option<String> {
        keys_of(text)
            .into_iter()
            .find(|(t, _, _)| t == figure)
            .unwrap_or_else(|| panic!("no figure {figure:?}"))
            .1
    }

    const HEAD: &str = "Orvano valley landslide: rescuers reach villages\n\n";

    #[test]
    fn a_toll_noun_meets_the_verb_form() {
        let noun = format!("{HEAD}The agency now counts 146 deaths in the valley.");
        let dead = format!("{HEAD}The landslide left 146 dead in the valley.");
        let verb = format!("{HEAD}The landslide has killed 146 people, the agency said.");
        let want = Some("the story / people / died".to_string());
        assert_eq!(key(&noun, "146"), want);
        assert_eq!(key(&dead, "146"), want);
        assert_eq!(key(&verb, "146"), want);
        let hurt = format!("{HEAD}The agency counts 212 injured in the valley.");
        assert_eq!(
            key(&hurt, "212"),
            Some("the story / people / injured".to_string())
        );
    }

    #[test]
    fn missing_and_stranded_are_tolls_of_their_own() {
        let s = format!(
            "{HEAD}The agency said 1,099 people were injured and 18 missing, and that more than 600 people were stranded."
        );
        assert_eq!(
            key(&s, "18"),
            Some("the story / people / missing".to_string())
        );
        // `missing` is the 18's own noun: it says nothing of the injured.
        assert_eq!(
            key(&s, "1,099"),
            Some("the story / people / injured".to_string())
        );
        assert_eq!(
            key(&s, "more than 600"),
            Some("the story / people / stranded".to_string())
        );
        let remain = format!("{HEAD}Fifteen people remained missing on Friday.");
        assert_eq!(
            key(&remain, "Fifteen"),
            Some("the story / people / missing".to_string())
        );
    }

    #[test]
    fn a_noun_less_figure_after_a_toll_word_is_a_death_toll() {
        let rose = format!("{HEAD}The death toll rose to 1,308, the agency said.");
        assert_eq!(
            key(&rose, "1,308"),
            Some("the story / people / died".to_string())
        );
        // Another figure between the toll word and this one: not the toll.
        let other = format!("{HEAD}The death toll rose to 1,308 and 1,950 are in shelters.");
        assert_eq!(key(&other, "1,950"), None);
        // `passes`: a bound the figure does not carry.
        let passes = "Orvano landslide toll passes 1,300\n\nRescuers reached the villages.";
        assert_eq!(key(passes, "1,300"), None);
        // `not less than`: a floor the figure's qualifier reads as a ceiling.
        let not = format!("{HEAD}The death toll has climbed to not less than 221, officials said.");
        assert_eq!(key(&not, "less than 221"), None);
    }

    #[test]
    fn a_toll_under_the_headlines_subject_meets_the_story() {
        let text = "Sarvel earthquake: convoys stall\n\nThe earthquake in Sarvel has killed 1,308 people, officials said.";
        let k = key(text, "1,308").unwrap_or_default();
        assert!(k.starts_with("the story / people / died"), "{k}");
        // The sentence names the storm and the country; the headline names the storm.
        let several = "Storm Halvar toll rises as floods recede\n\nThe death toll from Tropical Storm Halvar rose to 88 on Monday, the Philippines' disaster agency said.";
        let k = key(several, "88").unwrap_or_default();
        assert!(k.starts_with("the story / people / died"), "{k}");
    }
}
