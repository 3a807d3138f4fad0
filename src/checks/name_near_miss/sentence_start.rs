//! A surname alone, misspelt, opening a sentence: `Kotik also told staff`
//! after `Bobby Kotick`. A capitalised first word is no name to extraction
//! (every sentence opens with one), so it is read here: the sentence's
//! first word, followed by a word of saying or going on (`said`, `told`,
//! `added`, `also`, `additionally`), a letter or two from the surname of
//! the one person the draft names in full, written nowhere else in the
//! drafts, and no given name of its own.

use super::super::{Context, Violation, claim_label};
use super::slip_of;
use crate::claim::{ClaimId, ClaimKind, EntityKind};
use crate::extract::names::is_first_name;
use crate::finding::Label;
use crate::source::Span;

/// Words after a surname that make the sentence's first word a person.
const FOLLOW: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "also",
    "additionally",
    "wrote",
    "noted",
    "insisted",
    "argued",
    "warned",
    "replied",
];

/// The first word of the sentence at `start..end` when it may be a surname
/// opening it (see the module doc): its span.
fn opening_surname(text: &str, start: usize, end: usize) -> Option<Span> {
    let s = text.get(start..end)?;
    let lead = s.len()
        - s.trim_start_matches([' ', '*', '_', '#', '-', '"', '“', '\''])
            .len();
    let rest = &s[lead..];
    let len = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    let word = &rest[..len];
    let mut chars = word.chars();
    let shaped = chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && word.chars().count() >= 5;
    let next = rest[len..].strip_prefix(' ')?;
    let next = next
        .split(' ')
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphabetic());
    (shaped && FOLLOW.contains(&next) && !is_first_name(word)).then(|| Span {
        start: start + lead,
        end: start + lead + len,
    })
}

/// Reports each misspelt surname opening a sentence (see the module doc).
pub(super) fn report(cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
    let docs = cx.corpus.docs;
    for (doc, ex) in cx.corpus.extractions.iter().enumerate() {
        let text = &docs[doc].text;
        // The draft's people named in full, with their mentions.
        let mut people: Vec<(&str, Vec<ClaimId>)> = Vec::new();
        for (i, c) in ex.claims.iter().enumerate() {
            let ClaimKind::Entity(e) = &c.kind else {
                continue;
            };
            if e.kind != EntityKind::Person || !e.name.contains(' ') {
                continue;
            }
            let id = ClaimId { doc, claim: i };
            match people.iter_mut().find(|(n, _)| *n == e.name) {
                Some((_, ids)) => ids.push(id),
                None => people.push((&e.name, vec![id])),
            }
        }
        if people.is_empty() {
            continue;
        }
        for s in &ex.sentences {
            let Some(span) = opening_surname(text, s.span.start, s.span.end) else {
                continue;
            };
            let word = &text[span.start..span.end];
            let near: Vec<&(&str, Vec<ClaimId>)> = people
                .iter()
                .filter(|(full, _)| slip_of(word, full))
                .collect();
            let [(full, ids)] = near[..] else {
                continue;
            };
            // Written anywhere else in the drafts, or by anyone named: a
            // name (or word) in its own right. Asked only of a near miss:
            // the drafts are searched once per candidate, and they are rare.
            let elsewhere = docs
                .iter()
                .enumerate()
                .any(|(d, other)| d != doc && other.text.contains(word))
                || text.matches(word).count() > 1
                || people.iter().any(|(n, _)| n.split(' ').any(|w| w == word));
            if elsewhere {
                continue;
            }
            // A word the other passes reported already is not reported again.
            let reported = out.iter().any(|v| {
                v.primary.place == Label::doc(ex.doc, span, "").place
                    && v.primary.span.start < span.end
                    && span.start < v.primary.span.end
            });
            if reported {
                continue;
            }
            let surname = full.rsplit(' ').next().unwrap_or(full);
            out.push(
                Violation::new(
                    format!(
                        "`{word}` looks like a misspelling of `{surname}`: this draft names `{full}` in full"
                    ),
                    Label::doc(ex.doc, span, format!("did you mean `{surname}`?")),
                    ids.iter()
                        .take(3)
                        .map(|&m| claim_label(cx, m, "spelled this way here"))
                        .collect(),
                    "correct the spelling, or name the person in full if this is someone else",
                )
                .with_suggestion(surname),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::opening_surname;

    #[test]
    fn a_capitalised_first_word_before_a_saying_word() {
        let t = "Kotik also told staff the deal would close.";
        assert_eq!(
            opening_surname(t, 0, t.len()).map(|s| &t[s.start..s.end]),
            Some("Kotik")
        );
        let t = "**Jelenik said** the board agreed.";
        assert_eq!(
            opening_surname(t, 0, t.len()).map(|s| &t[s.start..s.end]),
            Some("Jelenik")
        );
        // Not before such a word, a given name, or short.
        for t in ["Kotik wants more.", "Bobby said so.", "Levi said so."] {
            assert!(opening_surname(t, 0, t.len()).is_none(), "{t}");
        }
    }
}
