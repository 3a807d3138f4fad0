//! Roles and quotes, table-driven: sentences in many outlets' styles.
//!
//! `ROLES` rows: a short draft and the role it must yield — organisation (`""`
//! for none), title key (the normalised title: `ceo`, `cfo`, `svp`, `chair`,
//! `svp people experience technology`…), person, qualifier (`""` for none).
//! `QUOTES` rows: a short draft, the speaker (`""` for unattributed) and words
//! the quote must contain. `NO_PEOPLE` rows: drafts in which the `{marked}`
//! words must not be a person (headline words, sentence openers, months,
//! acronyms used as words, organisations).

use factlint::claim::{ClaimKind, EntityKind};
use factlint::extract::{ExtractOptions, extract};
use factlint::source::{DocId, Document, Span};

/// (draft, org, title key, person, qualifier)
const ROLES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "Amazon CEO Andy Jassy said the cuts would continue.",
        "Amazon",
        "ceo",
        "Andy Jassy",
        "",
    ),
    (
        "Beth Galetti, Amazon’s Senior Vice President of People Experience and Technology, wrote to staff.",
        "Amazon",
        "svp people experience technology",
        "Beth Galetti",
        "",
    ),
    (
        "Former CEO Jeff Bezos stepped down in 2021, Amazon said.",
        "Amazon",
        "ceo",
        "Jeff Bezos",
        "former",
    ),
];

/// (draft, speaker, words of the quote)
const QUOTES: &[(&str, &str, &str)] = &[
    (
        "“We are cutting layers,” said Amazon CEO Andy Jassy.",
        "Andy Jassy",
        "cutting layers",
    ),
    (
        "Scare quotes like “efficiency optimization” have no speaker.",
        "",
        "efficiency optimization",
    ),
];

/// Drafts whose `{marked}` words must not be reported as a person.
const NO_PEOPLE: &[&str] = &[
    "{Meanwhile}, Amazon cut jobs.",
    "Amazon Announces Job Cuts Amid {AI} Push\nAmazon cut jobs.",
];

fn claims(text: &str) -> Vec<factlint::claim::Claim> {
    let doc = Document::new(DocId(0), "row.txt", text);
    extract(&doc, &ExtractOptions::default()).claims
}

fn norm(s: &str) -> String {
    s.replace('\u{2019}', "'").to_lowercase()
}

#[test]
fn every_role_row_is_read() {
    let mut failures = Vec::new();
    for &(text, org, key, person, qualifier) in ROLES {
        let roles: Vec<_> = claims(text)
            .into_iter()
            .filter_map(|c| match c.kind {
                ClaimKind::Role(r) => Some(r),
                _ => None,
            })
            .collect();
        let hit = roles.iter().any(|r| {
            norm(r.org.as_deref().unwrap_or("")) == norm(org)
                && r.title_key == key
                && r.person == person
                && r.qualifier.as_deref().unwrap_or("") == qualifier
        });
        if !hit {
            let got: Vec<_> = roles
                .iter()
                .map(|r| {
                    format!(
                        "({:?}, {}, {}, {:?})",
                        r.org, r.title_key, r.person, r.qualifier
                    )
                })
                .collect();
            failures.push(format!(
                "{text}\n    want ({org}, {key}, {person}, {qualifier}); got {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        ROLES.len(),
        failures.join("\n")
    );
}

#[test]
fn every_quote_row_is_attributed() {
    let mut failures = Vec::new();
    for &(text, speaker, words) in QUOTES {
        let quotes: Vec<_> = claims(text)
            .into_iter()
            .filter_map(|c| match c.kind {
                ClaimKind::Quote(q) => Some(q),
                _ => None,
            })
            .collect();
        let hit = quotes
            .iter()
            .any(|q| q.quote.contains(words) && q.speaker.as_deref().unwrap_or("") == speaker);
        if !hit {
            let got: Vec<_> = quotes
                .iter()
                .map(|q| (q.speaker.clone(), q.quote.clone()))
                .collect();
            failures.push(format!(
                "{text}\n    want {speaker:?} saying {words:?}; got {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        QUOTES.len(),
        failures.join("\n")
    );
}

#[test]
fn marked_words_are_never_people() {
    let mut failures = Vec::new();
    for &row in NO_PEOPLE {
        let a = row.find('{').expect("a marked span");
        let b = row.find('}').expect("a marked span");
        let text = format!("{}{}{}", &row[..a], &row[a + 1..b], &row[b + 1..]);
        let marked = Span::new(a, b - 1);
        for c in claims(&text) {
            let person = match &c.kind {
                ClaimKind::Entity(e) => e.kind == EntityKind::Person,
                ClaimKind::Role(r) => r.person_span.overlaps(&marked),
                ClaimKind::Quote(q) => q.speaker_span.is_some_and(|s| s.overlaps(&marked)),
                _ => false,
            };
            if person && c.span.overlaps(&marked) {
                failures.push(format!(
                    "{row}: {:?} read as a person",
                    &text[c.span.start..c.span.end]
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
