//! The scanner's view of words: which words can start a figure (triggers),
//! and the byte-level skips over URLs, tokens and dotted identifiers.

use super::*;

/// Why a word may start a figure, decided from its lower-case form alone.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Trigger {
    /// `Q2`, `fiscal`, `second` (quarter), `early`, a month.
    Time,
    /// `hundreds`, `thousands`, `dozens`: with the interval they mean.
    Vague((f64, f64)),
    /// `several`, `few` (`a few hundred`).
    Several,
    /// `half`.
    Half,
    /// `minus`, `negative`.
    Sign,
    /// `a`, `an` (`a dozen`, `a million`).
    Article,
    /// A number word.
    Number,
    /// A currency code or the letters of a prefix (`USD`, `US` in `US$`, `C` in `C$`).
    Currency,
}

/// The trigger words, and for each first byte the lengths (bit `n` for
/// length `n`, up to 9) of the words starting with it: most words are
/// refused on their first byte and length alone, before the hash probe.
pub(super) struct Triggers {
    index: WordIndex<Trigger>,
    shapes: [u16; 256],
}

pub(super) static TRIGGERS: OnceLock<Triggers> = OnceLock::new();

/// The index of every word that may start a figure; earlier entries win.
pub(super) fn triggers() -> &'static WordIndex<Trigger> {
    &trigger_table().index
}

fn trigger_table() -> &'static Triggers {
    TRIGGERS.get_or_init(|| {
        let index = trigger_index();
        let mut shapes = [0u16; 256];
        for k in index.keys() {
            if let Some(&first) = k.as_bytes().first()
                && k.len() <= 9
            {
                shapes[usize::from(first)] |= 1 << k.len();
            }
        }
        Triggers { index, shapes }
    })
}

fn trigger_index() -> WordIndex<Trigger> {
    {
        let mut e: Vec<(&'static str, Trigger)> = [
            "q1", "q2", "q3", "q4", "h1", "h2", "fy", "fiscal", "first", "second", "third",
            "fourth", "early", "mid", "late", "end",
        ]
        .iter()
        .map(|w| (*w, Trigger::Time))
        .collect();
        e.extend([
            ("several", Trigger::Several),
            ("few", Trigger::Several),
            ("half", Trigger::Half),
            ("minus", Trigger::Sign),
            ("negative", Trigger::Sign),
        ]);
        e.extend(MONTHS.iter().map(|(w, _)| (*w, Trigger::Time)));
        e.extend(super::time::WEEKDAYS.iter().map(|w| (*w, Trigger::Time)));
        e.extend(VAGUE_PLURALS.iter().map(|(w, r)| (*w, Trigger::Vague(*r))));
        e.extend(NUMBER_WORDS.iter().map(|(w, n)| {
            let t = if *n == NumberWord::Article {
                Trigger::Article
            } else {
                Trigger::Number
            };
            (*w, t)
        }));
        // The leading letters of currency prefixes (`US` of `US$`, `C` of `C$`,
        // `RS` of `Rs.`) and codes (`USD 200`), from the currency table.
        let mut letters: Vec<&'static str> = CURRENCY_PREFIXES
            .iter()
            .map(|(p, _)| {
                &p[..p
                    .find(|c: char| !c.is_ascii_alphabetic())
                    .unwrap_or(p.len())]
            })
            .filter(|l| !l.is_empty())
            .collect();
        letters.sort_unstable();
        letters.dedup();
        let lower: &'static [String] = Box::leak(
            letters
                .iter()
                .map(|l| l.to_ascii_lowercase())
                .collect::<Vec<_>>()
                .into_boxed_slice(),
        );
        e.extend(lower.iter().map(|w| (w.as_str(), Trigger::Currency)));
        WordIndex::new(&e)
    }
}

/// A word read in one pass: its length, and — when it is short enough to be a
/// trigger — its lower-case bytes and their hash.
pub(super) struct Word {
    pub(super) buf: [u8; 9],
    pub(super) len: usize,
    pub(super) hash: u64,
}

impl Word {
    /// Reads the ASCII letters and digits at `i` (`Q2`, `FY25`, `thousands`).
    pub(super) fn read(b: &[u8], i: usize) -> Word {
        let mut w = Word {
            buf: [0; 9],
            len: 0,
            hash: HASH_SEED,
        };
        for &c in &b[i..] {
            if !ALNUM[usize::from(c)] {
                break;
            }
            // `| 0x20` lower-cases ASCII letters and leaves digits as they are.
            let l = c | 0x20;
            if let Some(slot) = w.buf.get_mut(w.len) {
                *slot = l;
                w.hash = hash_step(w.hash, l);
            }
            w.len += 1;
        }
        w
    }

    /// The lower-case word (only meaningful when `len` ≤ 9).
    pub(super) fn lower(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len.min(9)]).unwrap_or("")
    }

    /// Why this word may start a figure; `None` for the great majority of words.
    pub(super) fn trigger(&self) -> Option<Trigger> {
        if self.len > 9 {
            return None;
        }
        let lw = &self.buf[..self.len];
        let table = trigger_table();
        // No trigger word has this first letter and length, and without a
        // digit (below `a` once lower-cased) neither `FY25` nor `USD115` can match.
        if table.shapes[usize::from(self.buf[0])] & (1 << self.len) == 0
            && lw.iter().all(|&c| c >= b'a')
        {
            return None;
        }
        if let Some(t) = table.index.get_hashed(self.hash, lw) {
            return Some(t);
        }
        if lw.len() >= 4 && lw.starts_with(b"fy") && lw[2..].iter().all(u8::is_ascii_digit) {
            return Some(Trigger::Time);
        }
        // `USD115`: a currency code glued to its figure.
        let letters = lw.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        if letters < lw.len() && letters >= 3 {
            return triggers()
                .get(&lw[..letters])
                .filter(|t| *t == Trigger::Currency);
        }
        None
    }
}

/// Lower-cases an ASCII word of at most 12 bytes into `buf` without allocating.
pub(super) fn lower_word<'b>(word: &str, buf: &'b mut [u8; 12]) -> Option<&'b [u8]> {
    let bytes = word.as_bytes();
    let out = buf.get_mut(..bytes.len())?;
    for (o, b) in out.iter_mut().zip(bytes) {
        *o = b.to_ascii_lowercase();
    }
    Some(out)
}

/// True when a non-ASCII character can start a figure: a currency sign (`€`,
/// `£`, `¥`, `₹`…) or a vulgar fraction (`½`, `¾`, `⅔`) — not the curly quotes
/// and dashes that share their lead bytes.
pub(super) fn starts_figure_char(b: &[u8]) -> bool {
    let s = match std::str::from_utf8(&b[..b.len().min(4)]) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&b[..e.valid_up_to()]).unwrap_or(""),
    };
    // A currency sign of the currency table (`€`, `₦`, `₱`…) or a fraction.
    s.chars()
        .next()
        .is_some_and(|c| matches!(c, '½' | '¼' | '¾' | '⅓'..='⅞') || currency_signs().contains(&c))
}

/// The currency prefixes that are one non-ASCII character (`€`, `₦`, `₱`).
fn currency_signs() -> &'static [char] {
    static SIGNS: OnceLock<Vec<char>> = OnceLock::new();
    SIGNS.get_or_init(|| {
        let one = |p: &str| -> Option<char> {
            let mut cs = p.chars();
            cs.next().filter(|c| !c.is_ascii() && cs.next().is_none())
        };
        CURRENCY_PREFIXES
            .iter()
            .filter_map(|(p, _)| one(p))
            .collect()
    })
}

/// `http://`, `https://`, `www.`: a link, whose digits and `%` are not figures.
pub(super) fn is_url_start(b: &[u8]) -> bool {
    let starts = |p: &[u8]| b.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    matches!(b.first(), Some(b'h' | b'H' | b'w' | b'W' | b'f' | b'F'))
        && (starts(b"http://") || starts(b"https://") || starts(b"www.") || starts(b"ftp://"))
}

/// End of the white-space-delimited token at `i`.
pub(super) fn token_end(b: &[u8], i: usize) -> usize {
    let mut j = i;
    while j < b.len() && !b[j].is_ascii_whitespace() {
        j += 1;
    }
    j
}

/// Skips a run of digits and number punctuation that did not parse.
pub(super) fn skip_token(b: &[u8], i: usize) -> usize {
    let mut j = i;
    while j < b.len()
        && (b[j].is_ascii_alphanumeric() || matches!(b[j], b'.' | b',' | b'/' | b':' | b'-'))
    {
        if matches!(b[j], b'.' | b',' | b'-')
            && !b.get(j + 1).is_some_and(u8::is_ascii_alphanumeric)
        {
            break;
        }
        j += 1;
    }
    j.max(i + 1)
}

/// `192.168.1.2`, `3.11.2`: dotted identifiers with more than one dot.
pub(super) fn skip_dotted(s: &str) -> bool {
    let token: &str = s
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .next()
        .unwrap_or("");
    let token = token.trim_end_matches('.');
    token.matches('.').count() >= 2
}

/// Networks whose local stations take a channel number (`FOX 5`, `ABC 7`).
const NETWORKS: &[&str] = &[
    "ABC", "CBS", "NBC", "FOX", "Fox", "CW", "PBS", "Channel", "CHANNEL",
];

/// Words that follow a station's channel number (`9 News`, `KPSW 5 NEWS`).
const STATION_WORDS: &[&str] = &[
    "News",
    "NEWS",
    "Sports",
    "SPORTS",
    "Weather",
    "WEATHER",
    "Investigates",
    "Eyewitness",
];

/// True when the digits at `i` (`run` bytes) are a broadcaster's channel
/// number, part of its name: after a call sign (`KCMV 9`, `WXYZ-TV 7`) or
/// a network (`FOX 5`, `Channel 4`), or before `News`/`Sports`/`Weather`
/// (`By Meridian Wire and 12 News Staff`). Local-TV reprints carry them in
/// mastheads, bylines and app promotions; they count nothing.
pub(super) fn channel_number(text: &str, i: usize, run: usize) -> bool {
    if run > 3 || !text[i + run..].starts_with([' ', '\u{a0}']) && i + run < text.len() {
        return false;
    }
    let before = text[..i].trim_end_matches([' ', '\u{a0}']);
    if before.len() == i {
        return false;
    }
    let prev = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let call_sign = |w: &str| {
        let w = ["-TV", "-DT", "-FM", "-AM"]
            .iter()
            .find_map(|s| w.strip_suffix(s))
            .unwrap_or(w);
        (3..=4).contains(&w.len())
            && w.starts_with(['K', 'W'])
            && w.bytes().all(|b| b.is_ascii_uppercase())
    };
    let next = text[i + run..]
        .trim_start_matches([' ', '\u{a0}'])
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    call_sign(prev) || NETWORKS.contains(&prev) || STATION_WORDS.contains(&next)
}

/// Words that follow a model's number (`737 MAX`, `A320neo` aside: letters
/// first are no figure at all, `787 Dreamliner`).
const MODEL_WORDS: &[&str] = &[
    "MAX",
    "Max",
    "NEO",
    "neo",
    "XWB",
    "XLR",
    "LR",
    "ER",
    "Dreamliner",
    "Freighter",
];

/// Makers whose products are named by number (`Boeing 737`, `Boeing's 777`).
const MODEL_MAKERS: &[&str] = &["Boeing", "Airbus", "Embraer", "Bombardier", "Cessna"];

/// True when the three or four digits at `i` (`run` bytes) are a model's
/// number, part of a product's name: before a model word (`737 MAX`), after
/// a maker (`Boeing 737`, `Boeing's 777`), or listed beside one of those
/// (`737 MAX, 777 and 767 airplanes`, `the 767, 777 and 737 MAX`). A model
/// counts nothing.
pub(super) fn model_number(text: &str, i: usize, run: usize) -> bool {
    let model_at = |i: usize, run: usize| -> bool {
        if !(3..=4).contains(&run) {
            return false;
        }
        let after = &text[i + run..];
        if after.starts_with([',', '.']) && after[1..].starts_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
        let next = after
            .strip_prefix([' ', '\u{a0}', '-'])
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let before = text[..i].trim_end_matches([' ', '\u{a0}']);
        let prev = before
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        let prev = prev
            .strip_suffix("'s")
            .or_else(|| prev.strip_suffix("\u{2019}s"))
            .unwrap_or(prev);
        MODEL_WORDS.contains(&next) || MODEL_MAKERS.contains(&prev)
    };
    if !(3..=4).contains(&run) {
        return false;
    }
    if model_at(i, run) {
        return true;
    }
    // A sibling in a list: the digit runs joined to this one by `, ` or
    // ` and ` / ` or ` (a model word may follow each), one of them a model.
    let joins = [", ", " and ", " or ", ", and "];
    let mut at = i;
    // Back.
    loop {
        let before = &text[..at];
        let Some(j) = joins.iter().find_map(|j| before.strip_suffix(j)) else {
            break;
        };
        // A model word after the digits (`737 MAX, 777`), and nothing else.
        let j = MODEL_WORDS
            .iter()
            .find_map(|w| j.strip_suffix(w).and_then(|j| j.strip_suffix(' ')))
            .unwrap_or(j);
        let r = j.len() - j.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if !(3..=4).contains(&r) || j.len() < r {
            break;
        }
        let start = j.len() - r;
        if model_at(start, r) {
            return true;
        }
        at = start;
    }
    // Forward.
    let mut end = i + run;
    loop {
        let mut after = &text[end..];
        let word = after
            .strip_prefix(' ')
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if MODEL_WORDS.contains(&word) {
            after = &after[1 + word.len()..];
        }
        let Some(rest) = joins.iter().find_map(|j| after.strip_prefix(j)) else {
            return false;
        };
        let r = rest.bytes().take_while(u8::is_ascii_digit).count();
        let start = text.len() - rest.len();
        if !(3..=4).contains(&r) {
            return false;
        }
        if model_at(start, r) {
            return true;
        }
        end = start + r;
    }
}
