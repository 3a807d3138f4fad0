//! The human table of `factlint claims`: one claim a line.
//!
//! `file:line:col  kind  text  value [low, high]  unit`, with the fields of
//! roles and quotes in place of the numbers. Aligned columns, no colour, so it
//! diffs and greps well; control characters from drafts are shown as escapes
//! (`\u{1b}`).

use std::collections::HashMap;
use std::io::{self, Write};

use super::{human_number, json};
use crate::bind::Binding;
use crate::claim::ClaimId;
use crate::claim::{Claim, ClaimKind, Quantity};
use crate::index::Corpus;
use crate::source::LineIndex;

/// Renders the claims of each document as an aligned table; a figure bound to
/// a rule-set quantity ends with `→ id (why)`, one with an automatic key with
/// `→ key (why)`, and one without with `· no key: why`.
pub fn table(corpus: &Corpus<'_>) -> String {
    let matched = source_matches(corpus);
    let bound = super::json::bindings_by_claim(&corpus.bindings);
    let mut rows: Vec<[String; 4]> = Vec::new();
    for (d, (doc, ex)) in corpus.docs.iter().zip(&corpus.extractions).enumerate() {
        let lines = LineIndex::new(doc.original_text());
        for (k, c) in ex.claims.iter().enumerate() {
            let lc = lines.line_col(doc.original_text(), doc.original_span(c.span).start);
            let text = one_line(doc.slice(c.span));
            let mut detail = detail(c);
            if let Some(b) = bound.get(&ClaimId { doc: d, claim: k }) {
                let id = &corpus.rules[b.set].quantities[b.quantity].id;
                detail.push_str(&format!("  → {id} ({})", b.why));
            } else if let Some(k) = corpus.keyed_of(ClaimId { doc: d, claim: k }) {
                match &k.key {
                    Some(key) => detail.push_str(&format!("  → {key} ({})", k.why)),
                    None => detail.push_str(&format!("  · no key: {}", k.why)),
                }
            }
            if let Some(m) = matched.get(&ClaimId { doc: d, claim: k }) {
                detail.push_str(&format!(
                    "  ⇒ {} {}: `{}` ({})",
                    m.status,
                    m.place,
                    one_line(&m.text),
                    m.how
                ));
            }
            rows.push([
                super::visible(&format!("{}:{}:{}", doc.path, lc.line, lc.column)).into_owned(),
                c.kind_name().to_string(),
                super::visible(&text).into_owned(),
                super::visible(&detail).into_owned(),
            ]);
        }
    }
    let w0 = rows.iter().map(|r| r[0].chars().count()).max().unwrap_or(0);
    let w1 = rows.iter().map(|r| r[1].len()).max().unwrap_or(0);
    let w2 = rows
        .iter()
        .map(|r| r[2].chars().count())
        .max()
        .unwrap_or(0)
        .min(40);
    let mut out = String::new();
    for r in &rows {
        let line = format!(
            "{:<w0$}  {:<w1$}  {:<w2$}  {}",
            r[0],
            r[1],
            r[2],
            r[3],
            w0 = w0,
            w1 = w1,
            w2 = w2
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str(&format!("{} claims\n", rows.len()));
    out
}

/// What a draft claim was matched with in a primary source or a quote the
/// story sheet confirms.
#[derive(Clone, Debug)]
pub struct SourceMatch {
    /// `agrees with`, `differs from` or `not found in`.
    pub status: &'static str,
    /// The source's words as `path:line:col` (the path alone when not found).
    pub place: String,
    /// The source's words (empty when not found).
    pub text: String,
    /// How the claim was matched (`same key`, `quote of Jane Roe`).
    pub how: String,
}

/// Each draft claim matched with a source: quotes with their passage,
/// figures with the source's figure (`checks::sources`).
pub fn source_matches(corpus: &Corpus<'_>) -> std::collections::HashMap<ClaimId, SourceMatch> {
    use crate::checks::sources::{
        QuoteOutcome, figure_matches, quote_matches, sheet_quote_matches,
    };
    let mut out = std::collections::HashMap::new();
    let place = |doc: usize, span: crate::source::Span| {
        let d = &corpus.docs[doc];
        let lc = LineIndex::new(d.original_text())
            .line_col(d.original_text(), d.original_span(span).start);
        format!("{}:{}:{}", d.path, lc.line, lc.column)
    };
    for m in figure_matches(corpus) {
        let s = corpus.claim(m.source);
        out.insert(
            m.figure,
            SourceMatch {
                status: if m.conflict {
                    "differs from"
                } else {
                    "agrees with"
                },
                place: place(m.source.doc, s.span),
                text: corpus.text(m.source).to_string(),
                how: format!("by {}", m.how),
            },
        );
    }
    for m in quote_matches(corpus) {
        let how = if m.speaker.is_empty() {
            "an unattributed quote".to_string()
        } else {
            format!("quote of {}", m.speaker)
        };
        let d = &corpus.docs[m.source];
        let v = match &m.outcome {
            QuoteOutcome::Found { passage, diffs } => SourceMatch {
                status: if diffs.is_empty() {
                    "agrees with"
                } else {
                    "differs from"
                },
                place: place(m.source, *passage),
                text: d.slice(*passage).to_string(),
                how,
            },
            QuoteOutcome::Missing => SourceMatch {
                status: "not found in",
                place: d.path.clone(),
                text: String::new(),
                how,
            },
        };
        out.insert(m.quote, v);
    }
    // A quote the story sheet confirms, when no source file matched it; of
    // two confirmed quotes one draft quote holds, the one it differs from.
    let mut sheet = sheet_quote_matches(corpus);
    sheet.sort_by_key(|m| (m.quote, m.diffs.is_empty()));
    for m in sheet {
        let set = &corpus.rules[m.set];
        let q = &set.quotes[m.confirmed];
        out.entry(m.quote).or_insert_with(|| SourceMatch {
            status: if m.diffs.is_empty() {
                "agrees with"
            } else {
                "differs from"
            },
            place: format!("{}:{}:{}", set.path, q.position.line, q.position.column),
            text: q
                .text
                .get(m.passage.start..m.passage.end)
                .unwrap_or("")
                .to_string(),
            how: format!("confirmed quote of {}", q.speaker),
        });
    }
    out
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn detail(c: &Claim) -> String {
    match &c.kind {
        ClaimKind::Quantity(q) => quantity(q),
        other => not_a_quantity(other).unwrap_or_default(),
    }
}

/// How the claims table (and the report) shows a claim that is not a
/// figure: a name, `org · title · person (qualifier)`, `by speaker`.
pub fn not_a_quantity(kind: &ClaimKind) -> Option<String> {
    Some(match kind {
        ClaimKind::Quantity(_) => return None,
        ClaimKind::Entity(e) => e.name.to_string(),
        ClaimKind::Role(r) => {
            let mut s = format!(
                "{} · {} · {}",
                r.org.as_deref().unwrap_or("?"),
                r.title,
                r.person
            );
            if let Some(q) = &r.qualifier {
                s.push_str(&format!(" ({q})"));
            }
            s
        }
        ClaimKind::Quote(q) => format!("by {}", q.speaker.as_deref().unwrap_or("?")),
    })
}

fn quantity(q: &Quantity) -> String {
    if let Some(p) = &q.period {
        return format!("period {p}");
    }
    let value = q.value.map_or("-".to_string(), human_number);
    let mut s = format!(
        "{value} [{}, {}]",
        human_number(q.interval.low),
        human_number(q.interval.high)
    );
    let mut unit = q.unit.as_str().to_string();
    if let Some(c) = q.currency {
        unit = c.to_string();
    }
    if let Some(n) = &q.noun {
        unit.push_str(&format!(" ({n})"));
    }
    s.push_str(&format!("  {unit}"));
    if let Some(x) = &q.qualifier {
        s.push_str(&format!("  «{}»", x.words));
    }
    s
}

/// `{"version": 1, "claims": [...]}` (`json::claims`) written to `w`: the
/// drafts' claims rendered side by side (each draft's on its own, at the
/// depth the array puts them) a batch of about `batch_bytes` of draft text
/// at a time (output is about ten times its text; at least one draft a
/// batch), and written in draft order, so memory holds one batch's output,
/// not the document's. The bytes are those of serialising the document
/// through one `json::write_printable` (tested).
pub(super) fn write_json<W: Write>(
    w: &mut W,
    corpus: &Corpus<'_>,
    batch_bytes: usize,
) -> io::Result<()> {
    use rayon::prelude::*;
    let all = AllClaims {
        corpus,
        bound: json::bindings_by_claim(&corpus.bindings),
        matched: source_matches(corpus),
    };
    write!(
        w,
        "{{\n  \"version\": {},\n  \"claims\": [",
        json::JSON_VERSION
    )?;
    let mut first = true;
    let docs: Vec<usize> = (0..corpus.docs.len().min(corpus.extractions.len())).collect();
    for batch in batches(corpus, &docs, batch_bytes) {
        let rendered: Vec<Vec<u8>> = batch.par_iter().map(|&d| all.draft(d)).collect();
        for r in rendered.iter().filter(|r| !r.is_empty()) {
            // Every claim is rendered after `,`: the array's first one is not.
            w.write_all(if first { &r[1..] } else { r })?;
            first = false;
        }
    }
    w.write_all(if first { b"]\n}\n" } else { b"\n  ]\n}\n" })
}

/// Drafts in batches of about `batch_bytes` of text, at least one a batch.
fn batches<'a>(corpus: &Corpus<'_>, docs: &'a [usize], batch_bytes: usize) -> Vec<&'a [usize]> {
    let mut out = Vec::new();
    let (mut start, mut bytes) = (0, 0);
    for (i, &d) in docs.iter().enumerate() {
        bytes += corpus.docs[d].original_text().len();
        if bytes >= batch_bytes {
            out.push(&docs[start..=i]);
            (start, bytes) = (i + 1, 0);
        }
    }
    if start < docs.len() {
        out.push(&docs[start..]);
    }
    out
}

/// Every claim of a corpus, with what `claims` adds to each.
struct AllClaims<'a> {
    corpus: &'a Corpus<'a>,
    bound: HashMap<ClaimId, &'a Binding>,
    /// What each draft claim was matched with in a primary source.
    matched: HashMap<ClaimId, SourceMatch>,
}

impl AllClaims<'_> {
    /// Claim `k` of draft `d`, ready to serialise.
    fn claim<'b>(&'b self, d: usize, k: usize, lines: &'b LineIndex) -> json::ClaimJson<'b> {
        let id = ClaimId { doc: d, claim: k };
        let bound = self.bound.get(&id).copied();
        json::corpus_claim(self.corpus, id, lines, bound, self.matched.get(&id))
    }

    /// Draft `d`'s claims as elements of the `claims` array: each `,`, a
    /// line break, the indent and the claim (two levels deep).
    fn draft(&self, d: usize) -> Vec<u8> {
        let claims = &self.corpus.extractions[d].claims;
        let mut out = Vec::new();
        if claims.is_empty() {
            return out;
        }
        let lines = LineIndex::new(self.corpus.docs[d].original_text());
        for k in 0..claims.len() {
            out.extend_from_slice(b",\n    ");
            // Written directly in `Printable`'s layout (render/json/direct.rs),
            // byte for byte what the serializer gives (tested below).
            self.claim(d, k, &lines).write_to(&mut out, 2);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Document;
    use serde::Serialize;

    /// The claims array as one serde value: the slow way, the reference.
    impl Serialize for AllClaims<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeSeq;
            let mut seq = s.serialize_seq(None)?;
            for (d, doc) in self.corpus.docs.iter().enumerate() {
                let lines = LineIndex::new(doc.original_text());
                for k in 0..self.corpus.extractions[d].claims.len() {
                    seq.serialize_element(&self.claim(d, k, &lines))?;
                }
            }
            seq.end()
        }
    }

    #[derive(Serialize)]
    struct ClaimsJson<'a> {
        version: u32,
        claims: AllClaims<'a>,
    }

    /// The whole document through one serializer.
    fn reference(corpus: &Corpus<'_>) -> String {
        json::to_string(|w| {
            let claims = AllClaims {
                corpus,
                bound: json::bindings_by_claim(&corpus.bindings),
                matched: source_matches(corpus),
            };
            let version = json::JSON_VERSION;
            json::write_printable(w, &ClaimsJson { version, claims })
        })
    }

    /// `write_claims` (drafts rendered side by side, in batches) writes
    /// the bytes of serialising the whole document through one serializer.
    #[test]
    fn claims_rendered_side_by_side_are_the_whole_document() {
        let mut dirs = vec![std::path::PathBuf::from("fixtures/amazon-2025")];
        let mut tuning: Vec<_> = std::fs::read_dir("fixtures/real-style")
            .unwrap()
            .filter_map(|e| Some(e.ok()?.path().join("drafts")))
            .filter(|p| p.is_dir())
            .collect();
        tuning.sort();
        dirs.extend(tuning.into_iter().take(6));
        let mut files: Vec<_> = dirs
            .iter()
            .flat_map(|d| std::fs::read_dir(d).unwrap())
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "md" || x == "txt"))
            .collect();
        files.sort();
        let mut docs: Vec<Document> = files
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let text = std::fs::read_to_string(p).unwrap();
                Document::new(crate::source::DocId(i as u32), p.to_string_lossy(), text)
            })
            .collect();
        // A hidden control character and a draft with no claims.
        docs.push(Document::new(
            crate::source::DocId(docs.len() as u32),
            "ctl.txt",
            "Acme Corp cut 500 jobs. \u{201c}We cut\u{202e} costs\u{85} and\u{7f} staff \
             this year,\u{201d} said Ann Lee, chief executive of Acme Corp.",
        ));
        docs.push(Document::new(
            crate::source::DocId(docs.len() as u32),
            "none.txt",
            "nothing here",
        ));
        let report = crate::run(&docs, &[], &crate::RunOptions::default());
        let corpus = report.corpus;
        assert!(
            corpus
                .extractions
                .iter()
                .map(|e| e.claims.len())
                .sum::<usize>()
                > 500
        );
        let whole = reference(&corpus);
        assert!(whole.contains("\\u202e"));
        for batch in [1, 5_000, 1 << 20] {
            let parts = json::to_string(|w| write_json(w, &corpus, batch));
            assert_eq!(parts, whole, "batches of {batch} bytes");
        }
        // No drafts: an empty array, as serde writes it.
        let empty = crate::run(&[], &[], &crate::RunOptions::default()).corpus;
        let parts = json::to_string(|w| json::write_claims(w, &empty));
        assert_eq!(parts, reference(&empty));
    }
}
