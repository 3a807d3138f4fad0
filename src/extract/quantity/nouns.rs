//! What a figure counts: the head noun after it (or before it), people
//! nouns, and the noun a share is of.

use super::*;

/// True when a people noun follows the figure at `pos` (so `2000 workers` is not
/// a year). Nouns of events are not enough: `its 2023 layoffs` are the layoffs
/// of 2023.
pub(super) fn people_noun_follows(text: &str, pos: usize) -> bool {
    let end = text[pos..]
        .find(|c: char| !c.is_ascii_digit())
        .map(|e| pos + e)
        .unwrap_or(text.len());
    const EVENTS: &[&str] = &[
        "layoffs",
        "lay-offs",
        "cuts",
        "job cuts",
        "job losses",
        "job reductions",
        "redundancies",
        "firings",
        "hires",
    ];
    head_noun(text, end).is_some_and(|(n, _)| {
        unit_class_of(&n) == UnitClass::People && !EVENTS.contains(&n.as_str())
    })
}

/// Units of length glued to a figure with a hyphen, and the unit each
/// stands for (`57-yarder`: yard).
const MEASURE_COMPOUNDS: &[(&str, &str)] = &[
    ("yard", "yard"),
    ("yarder", "yard"),
    ("mile", "mile"),
    ("miler", "mile"),
    ("metre", "metre"),
    ("meter", "meter"),
    ("kilometre", "kilometre"),
    ("kilometer", "kilometer"),
    ("foot", "foot"),
    ("footer", "foot"),
];

/// The noun a figure counts: up to four words after `pos`, skipping modifiers
/// (`corporate`, `Oregon-based`), stopping at function words; known nouns win.
pub fn head_noun(text: &str, pos: usize) -> Option<(String, Span)> {
    let rest = text.get(pos..)?;
    // `31-year history`, `30-day period`: a noun glued with a hyphen.
    if let Some(r) = rest.strip_prefix('-') {
        let w: &str = r
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        if !w.is_empty() && DURATION_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(w)) {
            return Some((
                w.to_ascii_lowercase(),
                Span::new(pos + 1, pos + 1 + w.len()),
            ));
        }
        // `a 3-yard touchdown pass`, `a 57-yarder`, `a 10-mile race`: the
        // figure is a length, in the unit's singular.
        let lw = w.to_ascii_lowercase();
        // `a 6,01,546-strong workforce`, `a 10,000-strong crowd`: the figure
        // counts the noun after `strong`.
        if lw == "strong" && r.len() > w.len() && r[w.len()..].starts_with(' ') {
            return head_noun(text, pos + 1 + w.len());
        }
        if let Some(&(_, unit)) = MEASURE_COMPOUNDS.iter().find(|(n, _)| *n == lw) {
            return Some((unit.to_string(), Span::new(pos + 1, pos + 1 + w.len())));
        }
        return None;
    }
    // The words are read as they are asked for (most figures are settled
    // by their first word), in the order and with the stops of reading
    // all five first.
    let mut words = NextWords {
        text,
        off: pos,
        count: 0,
    }
    .peekable();
    let known = |w: &str, list: &[&str]| list.iter().any(|n| n.eq_ignore_ascii_case(w));
    let mut content: Option<(usize, &str)> = None;
    while let Some((at, w)) = words.next() {
        // `job cuts`, `job losses`: a two-word people noun.
        if w.eq_ignore_ascii_case("job")
            && let Some(&(at2, w2)) = words.peek()
        {
            let pair = format!("job {}", w2.to_ascii_lowercase());
            if known(&pair, PEOPLE_NOUNS) {
                return Some((pair, Span::new(at, at2 + w2.len())));
            }
        }
        if is_people_or_duration_noun(w) {
            return Some((w.to_ascii_lowercase(), Span::new(at, at + w.len())));
        }
        let mut buf = [0u8; 12];
        let lw = lower_word(w, &mut buf)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("");
        if is_function_word(lw) || is_pronoun(lw) || number_word(lw).is_some() {
            break;
        }
        let verbish = w.ends_with("ing") || w.ends_with("ed");
        if content.is_some() && verbish {
            break;
        }
        content = Some((at, w));
        if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
            return Some((w.to_ascii_lowercase(), Span::new(at, at + w.len())));
        }
    }
    let (at, w) = content?;
    if w.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    Some((w.to_ascii_lowercase(), Span::new(at, at + w.len())))
}

/// The noun of a part given with its whole (`12 of 22 electoral districts`,
/// `159 of the 225 seats`, `three of its eight exits`): the whole's noun,
/// which the part counts too.
pub(super) fn partitive_noun(text: &str, end: usize) -> Option<(String, Span)> {
    let rest = text.get(end..)?;
    let after = rest
        .strip_prefix(" of ")
        .or_else(|| rest.strip_prefix(" out of "))?;
    let after = ["the ", "its ", "their ", "his ", "her "]
        .iter()
        .find_map(|d| after.strip_prefix(d))
        .unwrap_or(after);
    let n = after
        .find(|c: char| !(c.is_ascii_digit() || c == ','))
        .unwrap_or(after.len());
    let n = if n > 0 && after.as_bytes()[0].is_ascii_digit() {
        n
    } else {
        let w = after
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(after.len());
        let word = after[..w].to_ascii_lowercase();
        // `0.252 of a Broadcom share`: an article is no whole.
        if w == 0 || matches!(word.as_str(), "a" | "an") || number_word(&word).is_none() {
            return None;
        }
        w
    };
    let at = end + (rest.len() - after.len()) + n;
    head_noun(text, at)
}

/// The words after a figure as `head_noun` reads them: at most five, each
/// after at most four spaces (blanked Markdown emphasis, `**14,000** jobs`,
/// leaves some) and, after the first, at least one; letters, hyphens and
/// apostrophes.
struct NextWords<'t> {
    text: &'t str,
    off: usize,
    count: usize,
}

impl<'t> Iterator for NextWords<'t> {
    type Item = (usize, &'t str);

    fn next(&mut self) -> Option<(usize, &'t str)> {
        if self.count >= 5 {
            return None;
        }
        let r = &self.text[self.off..];
        let gap = r.len() - r.trim_start_matches([' ', '\u{a0}']).len();
        if gap == 0 && self.count > 0 || gap > 4 {
            // Stopped for good: reading all five first read no further.
            self.count = 5;
            return None;
        }
        let r = &r[gap..];
        let len = r
            .find(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '\u{2019}'))
            .unwrap_or(r.len());
        if len == 0 {
            self.count = 5;
            return None;
        }
        let word = (self.off + gap, &r[..len]);
        self.count += 1;
        self.off += gap + len;
        Some(word)
    }
}

/// True when `w`, ASCII case aside, is one of `PEOPLE_NOUNS` or
/// `DURATION_NOUNS` (all lower-case ASCII): one hash probe, not a list scan.
pub(super) fn is_people_or_duration_noun(w: &str) -> bool {
    static INDEX: OnceLock<WordIndex<()>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let e: Vec<(&'static str, ())> = PEOPLE_NOUNS
            .iter()
            .chain(DURATION_NOUNS)
            .map(|n| (*n, ()))
            .collect();
        WordIndex::new(&e)
    });
    let mut buf = [0u8; 16];
    let Some(out) = buf.get_mut(..w.len()) else {
        return false;
    };
    for (o, b) in out.iter_mut().zip(w.bytes()) {
        *o = b.to_ascii_lowercase();
    }
    index.get(out).is_some()
}

/// `a staff of 10,000`, `a workforce of 72,000`, `headcount of`: the noun before `of`.
pub(super) fn noun_before(text: &str, start: usize) -> Option<(String, Span)> {
    let before = text[..start].trim_end();
    let before = before.strip_suffix("of")?.trim_end();
    let w = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if matches!(
        w.as_str(),
        "staff" | "workforce" | "headcount" | "payroll" | "employees" | "workers" | "loss"
    ) {
        let at = before.len() - w.len();
        let noun = if w == "loss" { return None } else { w };
        return Some((noun, Span::new(at, before.len())));
    }
    None
}

/// The noun a percentage is a share of: `15% of our workforce` → `workforce`.
pub(super) fn share_noun(text: &str, end: usize) -> Option<String> {
    let rest = text.get(end..)?;
    let rest = rest.strip_prefix(" of ")?;
    let mut off = end + 4;
    for det in [
        "its ", "the ", "our ", "their ", "a ", "an ", "his ", "her ", "all ",
    ] {
        if rest
            .get(..det.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(det))
        {
            off += det.len();
            break;
        }
    }
    // Skip a possessive organisation (`the company’s`).
    let r = text.get(off..)?;
    let first: &str = r.split(' ').next().unwrap_or("");
    if first.ends_with("’s") || first.ends_with("'s") {
        off += first.len() + 1;
    }
    // A figure in between (`of its 72,000 employees`) is a claim of its own; skip it.
    let r = text.get(off..)?;
    let skip = r
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(0);
    let off = if skip > 0 { off + skip } else { off };
    let found = head_noun(text, off).map(|(n, _)| n);
    found.filter(|n| !n.is_empty())
}
