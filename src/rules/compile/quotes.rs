//! The `quotes:` section: quotes the desk has confirmed word for word.
//!
//! Each needs a speaker and words enough to be recognised in a draft (five,
//! the least `misquote` aligns); `said:` is free text for messages. A speaker
//! the sheet declares (by name or alias) is written as the declared name; a
//! speaker a slip away from a declared person is refused with a did-you-mean,
//! since a confirmed quote given to a misspelt name would check nobody's
//! quotes. The words are kept as the YAML value reads; `RuleQuote::at` says
//! where they sit in the sheet when the sheet writes them byte for byte, so
//! a finding can point at the very words.

use super::*;
use crate::rules::RuleQuote;

/// Words a confirmed quote needs: fewer can never be aligned with a draft's
/// quote (`misquote` and `quote-drift` need five shared words).
pub const MIN_WORDS: usize = 5;

pub(super) fn quotes(text: &str, raw: &RawRuleSet, set: &mut RuleSet, errors: &mut Vec<RuleError>) {
    let mut seen: BTreeMap<(String, Vec<String>), Span> = BTreeMap::new();
    for q in &raw.quotes {
        let item = span_of(text, q);
        let q = &q.value;
        let speaker = match &q.speaker {
            Some(s) if !s.value.trim().is_empty() => s,
            given => {
                let span = given.as_ref().map_or(item, |s| span_of(text, s));
                let mut e = err(
                    Some(span),
                    "a confirmed quote needs a speaker",
                    "no speaker",
                );
                e.help = Some("write `speaker: NAME`, the person who said the words".into());
                errors.push(e);
                continue;
            }
        };
        let words_of = match &q.text {
            Some(t) if !t.value.trim().is_empty() => t,
            given => {
                let span = given.as_ref().map_or(item, |t| span_of(text, t));
                let mut e = err(Some(span), "a confirmed quote needs its words", "no words");
                e.help = Some("write `text: \"…\"`, the exact words as they were said".into());
                errors.push(e);
                continue;
            }
        };
        if !not_blank(text, q.said.as_ref(), "place where it was said", errors) {
            continue;
        }
        let Some(name) = declared_speaker(text, speaker, set, errors) else {
            continue;
        };
        let span = span_of(text, words_of);
        let value = &words_of.value;
        let words: Vec<String> = crate::extract::quote::words(value, Span::new(0, value.len()))
            .into_iter()
            .filter_map(|w| w.norm.map(String::from))
            .collect();
        if words.len() < MIN_WORDS {
            let mut e = err(
                Some(span),
                format!(
                    "a confirmed quote of {} word{} is too short to recognise in a draft",
                    words.len(),
                    if words.len() == 1 { "" } else { "s" }
                ),
                "too short",
            );
            e.help = Some(format!(
                "give the full sentence as it was said: quotes are compared by {MIN_WORDS} words or more"
            ));
            errors.push(e);
            continue;
        }
        let key = (name.to_lowercase(), words);
        if let Some(first) = seen.get(&key) {
            let mut e = err(
                Some(span),
                format!("this quote of `{name}` is confirmed twice"),
                "confirmed again here",
            );
            e.also.push((*first, "first confirmed here".into()));
            errors.push(e);
            continue;
        }
        seen.insert(key, span);
        set.quotes.push(RuleQuote {
            speaker: name,
            text: value.clone(),
            said: q.said.as_ref().map(|s| s.value.trim().to_string()),
            span,
            at: verbatim(text, span, value),
            position: crate::source::LineIndex::new(text).line_col(text, span.start),
        });
    }
}

/// The speaker as the sheet declares them (a declared name or alias gives
/// the name); `None`, with an error, for a slip of a declared person's name.
fn declared_speaker(
    text: &str,
    speaker: &Spanned<String>,
    set: &RuleSet,
    errors: &mut Vec<RuleError>,
) -> Option<String> {
    let written = speaker.value.trim();
    let lower = written.to_lowercase();
    let declared = set.entities.iter().find(|e| {
        e.name.to_lowercase() == lower || e.aliases.iter().any(|a| a.to_lowercase() == lower)
    });
    if let Some(e) = declared {
        return Some(e.name.clone());
    }
    let people = set
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| e.name.as_str());
    let slip = people
        .filter(|n| strsim::damerau_levenshtein(&n.to_lowercase(), &lower) <= 2)
        .min_by_key(|n| strsim::damerau_levenshtein(&n.to_lowercase(), &lower));
    if let Some(name) = slip {
        let mut e = err(
            Some(span_of(text, speaker)),
            format!("speaker `{written}` is not declared, but `{name}` is"),
            "not a declared person",
        );
        e.help = Some(format!(
            "did you mean `{name}`? write the speaker as the sheet's entities name them"
        ));
        errors.push(e);
        return None;
    }
    Some(written.to_string())
}

/// Where `value` starts in the sheet when the sheet writes it byte for byte
/// at `span` (past an opening quote mark); `None` for escapes or folding.
fn verbatim(text: &str, span: Span, value: &str) -> Option<usize> {
    [span.start, content_start(text, span)]
        .into_iter()
        .find(|&at| text.get(at..at + value.len()) == Some(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(yaml: &str) -> Vec<String> {
        compile("s.yaml", yaml, 0)
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| e.message)
            .collect()
    }

    const MEMO: &str = "We are convinced that we need to be organized more leanly";

    #[test]
    fn a_confirmed_quote_keeps_its_words_and_where_they_are() {
        let yaml = format!(
            "entities:\n  - name: Andy Jassy\n    kind: person\n    aliases: [Jassy]\nquotes:\n  - speaker: Jassy\n    text: \"{MEMO}\"\n    said: memo to staff\n"
        );
        let set = compile("s.yaml", &yaml, 0).unwrap();
        let q = &set.quotes[0];
        assert_eq!(q.speaker, "Andy Jassy");
        assert_eq!(q.said.as_deref(), Some("memo to staff"));
        let at = q.at.unwrap();
        assert_eq!(&yaml[at..at + q.text.len()], MEMO);
        assert!(q.span.contains(&Span::new(at, at + 2)));
    }

    #[test]
    fn escaped_words_are_kept_but_not_pointed_into() {
        let yaml = "quotes:\n  - speaker: Jane Roe\n    text: \"We are \\\"convinced\\\" this is right\"\n";
        let set = compile("s.yaml", yaml, 0).unwrap();
        assert_eq!(set.quotes[0].text, "We are \"convinced\" this is right");
        assert_eq!(set.quotes[0].at, None);
    }

    #[test]
    fn a_quote_without_speaker_or_words_is_refused() {
        let e = errors(&format!("quotes:\n  - text: \"{MEMO}\"\n"));
        assert_eq!(e, ["a confirmed quote needs a speaker"]);
        let e = errors("quotes:\n  - speaker: Jane Roe\n    text: \"  \"\n");
        assert_eq!(e, ["a confirmed quote needs its words"]);
        let e = errors("quotes:\n  - speaker: Jane Roe\n");
        assert_eq!(e, ["a confirmed quote needs its words"]);
        let e = errors(&format!(
            "quotes:\n  - speaker: Jane Roe\n    text: \"{MEMO}\"\n    said: \"\"\n"
        ));
        assert_eq!(e, ["an empty place where it was said"]);
    }

    #[test]
    fn a_short_duplicate_or_misspelt_quote_is_refused() {
        let e = errors("quotes:\n  - speaker: Jane Roe\n    text: very disappointed\n");
        assert!(e[0].contains("of 2 words is too short"), "{e:?}");
        let twice = format!(
            "quotes:\n  - speaker: Jane Roe\n    text: \"{MEMO}\"\n  - speaker: Jane Roe\n    text: \"{}\"\n",
            MEMO.to_uppercase()
        );
        assert_eq!(
            errors(&twice),
            ["this quote of `Jane Roe` is confirmed twice"]
        );
        let slip = format!(
            "entities:\n  - name: Andy Jassy\n    kind: person\nquotes:\n  - speaker: Andy Jasy\n    text: \"{MEMO}\"\n"
        );
        assert_eq!(
            errors(&slip),
            ["speaker `Andy Jasy` is not declared, but `Andy Jassy` is"]
        );
    }
}
