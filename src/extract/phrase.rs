//! Whole-word phrase matching, the one word-boundary rule every stage uses
//! to find cue words in lower-cased text (automatic keys, rule-set binding,
//! word families), and the `## section` table format word lists are kept in.
//!
//! A word character is a letter, a digit or a hyphen, so `cut` is not found
//! in `cuts`, `cutoff` or `pre-cut`, and `lay-off` is one word. Matching is
//! byte-exact: callers lower-case first (`located::lower_same_offsets`).

/// True for a character that continues a word.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

/// True when `hay[at..]` starts a word (nothing word-like just before it).
pub fn starts_word(hay: &str, at: usize) -> bool {
    !hay.get(..at)
        .and_then(|b| b.chars().next_back())
        .is_some_and(is_word_char)
}

/// True when `hay[..at]` ends a word (nothing word-like just after it).
pub fn ends_word(hay: &str, at: usize) -> bool {
    !hay.get(at..)
        .and_then(|a| a.chars().next())
        .is_some_and(is_word_char)
}

/// True when `hay` ends with the whole words `phrase` (nothing word-like
/// just before them): `the year to` ends `for the year to`, not `the
/// halfyear to`.
pub fn ends_with_phrase(hay: &str, phrase: &str) -> bool {
    hay.strip_suffix(phrase)
        .is_some_and(|rest| starts_word(hay, rest.len()))
}

/// Where `needle` occurs in `hay`, left to right, not overlapping (what
/// `str::match_indices` finds), found with `memchr` on its first byte rather
/// than by building a two-way searcher for every call.
fn occurrences<'h>(hay: &'h str, needle: &'h str) -> impl Iterator<Item = usize> + 'h {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let mut from = 0;
    std::iter::from_fn(move || {
        let (&first, _) = n.split_first()?;
        while let Some(k) = memchr::memchr(first, h.get(from..)?) {
            let at = from + k;
            if h[at..].starts_with(n) {
                from = at + n.len();
                return Some(at);
            }
            from = at + 1;
        }
        None
    })
}

/// Positions where `phrase` stands as whole words in `hay`.
pub fn find_all(hay: &str, phrase: &str) -> Vec<usize> {
    if phrase.is_empty() {
        return hay
            .match_indices(phrase)
            .filter(|(i, m)| starts_word(hay, *i) && ends_word(hay, i + m.len()))
            .map(|(i, _)| i)
            .collect();
    }
    occurrences(hay, phrase)
        .filter(|&i| starts_word(hay, i) && ends_word(hay, i + phrase.len()))
        .collect()
}

/// True when `phrase` stands as whole words in `hay`.
pub fn has(hay: &str, phrase: &str) -> bool {
    !find_all(hay, phrase).is_empty()
}

/// Positions where `stem` starts a word in `hay` (`layoff` is found in
/// `layoffs`): for cue words a user writes as stems.
pub fn find_word_starts(hay: &str, stem: &str) -> Vec<usize> {
    if stem.is_empty() {
        return hay
            .match_indices(stem)
            .filter(|(i, _)| starts_word(hay, *i))
            .map(|(i, _)| i)
            .collect();
    }
    occurrences(hay, stem)
        .filter(|&i| starts_word(hay, i))
        .collect()
}

/// A table of phrases, each standing for a value (a family of words for one
/// predicate, or each word for itself), searched in one pass.
pub struct PhraseSet<T> {
    /// The values, in table order.
    values: Vec<T>,
    /// The value index of each pattern.
    of_pattern: Vec<usize>,
    /// The matcher over every phrase; `None` for an empty table.
    finder: Option<aho_corasick::AhoCorasick>,
}

impl<T: Copy + PartialEq> PhraseSet<T> {
    /// Families: each value with the phrases that name it.
    pub fn new(families: &[(T, Vec<&str>)]) -> PhraseSet<T> {
        let mut of_pattern = Vec::new();
        let mut phrases = Vec::new();
        for (i, (_, ws)) in families.iter().enumerate() {
            for w in ws {
                of_pattern.push(i);
                phrases.push(*w);
            }
        }
        PhraseSet {
            values: families.iter().map(|(v, _)| *v).collect(),
            of_pattern,
            // Always a DFA: the tables are built once and searched for every
            // figure, and the automatic choice takes a slower NFA past 100 phrases.
            finder: aho_corasick::AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(&phrases)
                .ok(),
        }
    }

    /// The values whose phrases stand as whole words in `hay`, in table
    /// order. A phrase inside a longer one found at the same place counts
    /// only as the longer (`capital spending` is not also `spending`).
    pub fn in_text(&self, hay: &str) -> Vec<T> {
        let Some(finder) = &self.finder else {
            return Vec::new();
        };
        let mut matches = finder
            .find_overlapping_iter(hay)
            .filter(|m| starts_word(hay, m.start()) && ends_word(hay, m.end()))
            .map(|m| (m.start(), m.end(), self.of_pattern[m.pattern().as_usize()]));
        // Most calls find nothing or one phrase: no ordering to settle, and
        // no list of matches made.
        let Some(first) = matches.next() else {
            return Vec::new();
        };
        let Some(second) = matches.next() else {
            return vec![self.values[first.2]];
        };
        let mut found: Vec<(usize, usize, usize)> = vec![first, second];
        found.extend(matches);
        // By start, longest first: a match ending within the furthest end so
        // far (of one starting earlier or at once and longer) is inside it.
        found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut seen = vec![false; self.values.len()];
        let mut furthest = 0;
        for (start, end, v) in found {
            if end <= furthest && start < furthest {
                continue;
            }
            furthest = furthest.max(end);
            seen[v] = true;
        }
        self.values
            .iter()
            .zip(seen)
            .filter(|(_, s)| *s)
            .map(|(v, _)| *v)
            .collect()
    }

    /// The first value (in table order) found in `hay`.
    pub fn first_in(&self, hay: &str) -> Option<T> {
        self.in_text(hay).first().copied()
    }
}

impl PhraseSet<&'static str> {
    /// Each phrase its own value.
    pub fn words(list: &[&'static str]) -> PhraseSet<&'static str> {
        let families: Vec<(&'static str, Vec<&str>)> =
            list.iter().map(|w| (*w, vec![*w])).collect();
        PhraseSet::new(&families)
    }
}

/// The rows of one `## name` section of a table in the format the data files
/// and test tables share: `## name` headings, `#` comments, one row per line
/// with fields split on ` | `, trimmed.
pub fn section<'t>(table: &'t str, name: &str) -> Vec<Vec<&'t str>> {
    let mut current = "";
    let mut rows = Vec::new();
    for line in table.lines() {
        let line = line.trim();
        if let Some(h) = line.strip_prefix("## ") {
            current = h.trim();
        } else if !line.is_empty() && !line.starts_with('#') && current == name {
            rows.push(line.split(" | ").map(str::trim).collect());
        }
    }
    rows
}

/// The section names of a table, in order.
pub fn sections(table: &str) -> Vec<&str> {
    table
        .lines()
        .filter_map(|l| l.trim().strip_prefix("## ").map(str::trim))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_inside_a_longer_word_is_not_found() {
        assert_eq!(find_all("cuts and cut-off, cut.", "cut"), vec![18]);
        assert!(has("it will lay off staff", "lay off"));
        assert!(!has("layoffs", "layoff"));
    }

    #[test]
    fn occurrences_are_what_match_indices_finds() {
        for (hay, needle) in [
            ("aaaa", "aa"),
            ("cut cuts ’cut’", "cut"),
            ("é cut é", "é"),
            ("", "x"),
        ] {
            let want: Vec<usize> = hay.match_indices(needle).map(|(i, _)| i).collect();
            assert_eq!(occurrences(hay, needle).collect::<Vec<_>>(), want);
        }
        assert_eq!(find_all("", ""), vec![0]);
    }

    #[test]
    fn a_stem_is_found_at_the_start_of_a_word() {
        assert_eq!(
            find_word_starts("layoffs and mid-layoff", "layoff"),
            vec![0]
        );
    }

    #[test]
    fn a_phrase_set_reports_each_value_once_in_table_order() {
        let set = PhraseSet::new(&[(1, vec!["cut", "cuts"]), (2, vec!["hire"])]);
        assert_eq!(set.in_text("hire and cuts, cut"), vec![1, 2]);
        assert_eq!(set.first_in("nothing"), None);
    }

    #[test]
    fn a_phrase_inside_a_longer_one_counts_as_the_longer() {
        let set = PhraseSet::new(&[(1, vec!["capital spending"]), (2, vec!["spending"])]);
        assert_eq!(set.in_text("capital spending rose"), vec![1]);
        assert_eq!(set.in_text("capital spending and spending"), vec![1, 2]);
    }

    #[test]
    fn offsets_past_the_end_are_word_edges() {
        assert!(starts_word("", 0));
        assert!(ends_word("abc", 3));
        assert!(ends_word("abc", 99));
    }

    #[test]
    fn a_section_holds_its_rows_split_on_bars() {
        let t = "# c\n## a\nx | y\n\n## b\nz\n";
        assert_eq!(section(t, "a"), vec![vec!["x", "y"]]);
        assert_eq!(sections(t), vec!["a", "b"]);
    }
}
