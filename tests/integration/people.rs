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

/// The table: `tables/people.txt`, one row per line, fields split on ` | `,
/// `-` for an empty field and `\n` for a line break inside a draft. Under
/// `## roles`: `draft | org | title key | person | qualifier`; under
/// `## quotes`: `draft | speaker | words of the quote`; under `## no-people`:
/// a draft with `{marked}` words.
const TABLE: &str = include_str!("tables/people.txt");

/// The rows of one `## section` of the table, split into fields (`-` empty,
/// `\n` a line break).
fn section(name: &str) -> Vec<Vec<String>> {
    crate::table::rows(TABLE, name)
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|f| match f {
                    "-" => String::new(),
                    f => f.replace("\\n", "\n"),
                })
                .collect()
        })
        .collect()
}

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
    let rows = section("roles");
    for fields in &rows {
        let [text, org, key, person, qualifier] = &fields[..] else {
            panic!("a roles row needs five fields: {fields:?}");
        };
        let roles: Vec<_> = claims(text)
            .into_iter()
            .filter_map(|c| match c.kind {
                ClaimKind::Role(r) => Some(r),
                _ => None,
            })
            .collect();
        let hit = roles.iter().any(|r| {
            norm(r.org.as_deref().unwrap_or("")) == norm(org)
                && r.title_key == *key
                && r.person == *person
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
        rows.len(),
        failures.join("\n")
    );
}

#[test]
fn every_quote_row_is_attributed() {
    let mut failures = Vec::new();
    let rows = section("quotes");
    for fields in &rows {
        let [text, speaker, words] = &fields[..] else {
            panic!("a quotes row needs three fields: {fields:?}");
        };
        let quotes: Vec<_> = claims(text)
            .into_iter()
            .filter_map(|c| match c.kind {
                ClaimKind::Quote(q) => Some(q),
                _ => None,
            })
            .collect();
        let hit = quotes.iter().any(|q| {
            q.quote.contains(words.as_str()) && q.speaker.as_deref().unwrap_or("") == speaker
        });
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
        rows.len(),
        failures.join("\n")
    );
}

/// A row's draft without its `{` `}` marks, and the span they marked.
fn unmark(row: &str) -> (String, Span) {
    let a = row.find('{').expect("a marked span");
    let b = row.find('}').expect("a marked span");
    let text = format!("{}{}{}", &row[..a], &row[a + 1..b], &row[b + 1..]);
    (text, Span::new(a, b - 1))
}

#[test]
fn marked_words_are_never_people() {
    let mut failures = Vec::new();
    for fields in section("no-people") {
        let row = fields[0].as_str();
        let (text, marked) = unmark(row);
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

#[test]
fn marked_words_are_people() {
    let mut failures = Vec::new();
    for fields in section("people") {
        let row = fields[0].as_str();
        let (text, marked) = unmark(row);
        let kinds: Vec<EntityKind> = claims(&text)
            .iter()
            .filter(|c| c.span == marked)
            .filter_map(|c| match &c.kind {
                ClaimKind::Entity(e) => Some(e.kind),
                _ => None,
            })
            .collect();
        if kinds != [EntityKind::Person] {
            failures.push(format!("{row}: read as {kinds:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
