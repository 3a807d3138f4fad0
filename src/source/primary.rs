//! Primary sources: a memo, a press release, a filing, a transcript that the
//! drafts are checked against.
//!
//! A source is a `Document` like a draft (same reader, same extraction), with
//! a `Role::Source` that says who wrote it and who says what in it. This
//! module reads that from the text alone (pure, no I/O): the author and kind
//! from YAML-style front matter (`author: Jane Roe`, `kind: memo`), else the
//! author from a `From:` line or a closing signature; in a transcript, each
//! `NAME:` at the start of a line gives the speaker of what follows it (a
//! `Turn`). What a story sheet or factlint.yaml says about a source wins over
//! what the text says.

use super::Span;

/// The kinds of source factlint knows; a kind is only a label in messages.
pub const KINDS: &[&str] = &["memo", "release", "filing", "transcript"];

/// Who says what in a source.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceInfo {
    /// The author, whose words the source's prose is (none for a transcript
    /// whose every line has a speaker).
    pub author: Option<String>,
    /// `memo`, `release`, `filing` or `transcript` (or what the user wrote).
    pub kind: Option<String>,
    /// In a transcript: who speaks each stretch of the text.
    pub turns: Vec<Turn>,
}

/// A stretch of a transcript and its speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Turn {
    /// The speaker as the transcript names them (`JANE ROE` → `Jane Roe`).
    pub speaker: String,
    /// What they say: from after `NAME:` to the next turn.
    pub span: Span,
}

impl SourceInfo {
    /// Reads a source's author, kind and turns from its text; `author` and
    /// `kind` given by the user win.
    pub fn read(text: &str, author: Option<String>, kind: Option<String>) -> SourceInfo {
        let front = front_matter(text);
        let field = |k: &str| {
            front
                .iter()
                .find(|(key, _)| key.eq_ignore_ascii_case(k))
                .map(|(_, v)| v.clone())
                .filter(|v| !v.is_empty())
        };
        let turns = turns(text);
        let kind = kind.or_else(|| field("kind")).or_else(|| {
            if turns.len() >= 2 {
                Some("transcript".to_string())
            } else if from_line(text).is_some() {
                Some("memo".to_string())
            } else {
                None
            }
        });
        // Only a transcript has turns: elsewhere `Note:` is not a speaker.
        let turns = if kind.as_deref() == Some("transcript") {
            turns
        } else {
            Vec::new()
        };
        let author = author
            .or_else(|| field("author"))
            .or_else(|| from_line(text))
            .or_else(|| signature(text));
        SourceInfo {
            author,
            kind,
            turns,
        }
    }

    /// Who says the words at `at`: the transcript's speaker there, else the author.
    pub fn speaker_at(&self, at: usize) -> Option<&str> {
        self.turns
            .iter()
            .find(|t| t.span.start <= at && at < t.span.end)
            .map(|t| t.speaker.as_str())
            .or(self.author.as_deref())
    }

    /// What to call the source in messages: `the memo by Jane Roe`.
    pub fn describe(&self) -> String {
        let kind = self.kind.as_deref().unwrap_or("source");
        match &self.author {
            Some(a) => format!("the {kind} by {a}"),
            None => format!("the {kind}"),
        }
    }
}

/// `key: value` lines of front matter between `---` lines at the very start.
fn front_matter(text: &str) -> Vec<(String, String)> {
    let text = text.trim_start_matches('\u{feff}');
    let mut lines = text.lines();
    if lines.next().map(str::trim_end) != Some("---") {
        return Vec::new();
    }
    let mut out = Vec::new();
    for line in lines.take(64) {
        let line = line.trim_end();
        if line == "---" || line == "..." {
            return out;
        }
        if let Some((k, v)) = line.split_once(':') {
            let v = v.trim().trim_matches(['"', '\'']).trim();
            out.push((k.trim().to_string(), v.to_string()));
        }
    }
    // No closing line: not front matter.
    Vec::new()
}

/// The name of a `From:` line (`From: Jane Roe, chief executive` → `Jane Roe`).
fn from_line(text: &str) -> Option<String> {
    text.lines().take(40).find_map(|l| {
        let rest = l.trim().strip_prefix("From:")?;
        let name = rest.split([',', '<', '(']).next()?.trim();
        looks_like_name(name).then(|| name.to_string())
    })
}

/// A closing signature: the last short paragraph whose first line is a name
/// (two to four capitalised words, no sentence punctuation).
fn signature(text: &str) -> Option<String> {
    let paragraphs: Vec<&str> = text
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let last = paragraphs.last()?;
    if last.lines().count() > 3 {
        return None;
    }
    let first = last
        .lines()
        .next()?
        .trim()
        .trim_start_matches(['-', '—', ' ']);
    looks_like_name(first).then(|| first.to_string())
}

/// Two to four capitalised words of letters (and `.`, `'`, `-`), ≤ 40 bytes.
fn looks_like_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && s.len() <= 40
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-' | '\u{2019}'))
        })
}

/// Header words that end in a colon but name no speaker.
const NOT_SPEAKERS: &[&str] = &[
    "from", "to", "cc", "bcc", "subject", "date", "re", "author", "kind", "note", "source", "title",
];

/// The turns of a transcript: each line opening with `NAME:` (one to four
/// capitalised words) starts one, which runs to the next.
fn turns(text: &str) -> Vec<Turn> {
    let mut starts: Vec<(usize, usize, String)> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if let Some((name, rest)) = line.split_once(':')
            && let name = name.trim()
            && (1..=4).contains(&name.split_whitespace().count())
            && name.len() <= 40
            && !NOT_SPEAKERS.contains(&name.to_lowercase().as_str())
            && name.split_whitespace().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-'))
            })
            && !rest.trim().is_empty()
        {
            let body = at + line.len() - rest.len();
            starts.push((at, body, title_case(name)));
        }
        at += line.len();
    }
    let mut out = Vec::new();
    for (i, (_, body, speaker)) in starts.iter().enumerate() {
        let end = starts.get(i + 1).map_or(text.len(), |n| n.0);
        out.push(Turn {
            speaker: speaker.clone(),
            span: Span::new(*body, end.max(*body)),
        });
    }
    out
}

/// `JANE ROE` → `Jane Roe`; a name already in mixed case is kept.
fn title_case(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    name.split_whitespace()
        .map(|w| {
            let mut c = w.chars();
            c.next().map_or(String::new(), |f| {
                f.to_string() + &c.as_str().to_lowercase()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_gives_author_and_kind() {
        let s = SourceInfo::read(
            "---\nauthor: Jane Roe\nkind: memo\n---\nTeam,\n",
            None,
            None,
        );
        assert_eq!(s.author.as_deref(), Some("Jane Roe"));
        assert_eq!(s.kind.as_deref(), Some("memo"));
    }

    #[test]
    fn the_user_wins_over_the_text() {
        let s = SourceInfo::read(
            "---\nauthor: Jane Roe\n---\nx\n",
            Some("John Doe".into()),
            Some("release".into()),
        );
        assert_eq!(s.author.as_deref(), Some("John Doe"));
        assert_eq!(s.kind.as_deref(), Some("release"));
    }

    #[test]
    fn a_from_line_or_a_signature_names_the_author() {
        let s = SourceInfo::read(
            "From: Jane Roe, chief executive\n\nTeam, hello.\n",
            None,
            None,
        );
        assert_eq!(s.author.as_deref(), Some("Jane Roe"));
        assert_eq!(s.kind.as_deref(), Some("memo"));
        let s = SourceInfo::read(
            "We grew.\n\nMark Ode\nChief financial officer\n",
            None,
            None,
        );
        assert_eq!(s.author.as_deref(), Some("Mark Ode"));
        let s = SourceInfo::read("We grew.\n\nThank you all for the year.\n", None, None);
        assert_eq!(s.author, None);
    }

    #[test]
    fn a_transcript_has_a_speaker_per_turn() {
        let text = "MARY LAKE: How many?\nJane Roe: About 1,200.\nThat is all.\n";
        let s = SourceInfo::read(text, None, None);
        assert_eq!(s.kind.as_deref(), Some("transcript"));
        assert_eq!(s.turns.len(), 2);
        assert_eq!(s.turns[0].speaker, "Mary Lake");
        let at = text.find("That").unwrap();
        assert_eq!(s.speaker_at(at), Some("Jane Roe"));
        assert_eq!(s.speaker_at(text.find("How").unwrap()), Some("Mary Lake"));
    }
}
