//! Properties of the whole pipeline over generated drafts (issue 11, item 15).
//!
//! Drafts are built from fragments that extraction finds hard — figures,
//! currency signs, straight and curly quotes, no-break and thin spaces,
//! characters whose case mapping changes their byte length, Markdown, the
//! words extraction keys on — mixed with arbitrary characters. Each property
//! runs a modest number of cases so `cargo test` stays quick; the fuzz
//! targets in `fuzz/` search the same space for much longer.
//!
//! The library properties go through `factlint::run` and the JSON renderers;
//! the binary properties write drafts to a temporary folder and run
//! `factlint check` / `factlint claims` there.

use std::path::Path;

use crate::scratch::scratch;
use factlint::render::json;
use factlint::source::Sources;
use factlint::source::{DocId, Document};
use proptest::prelude::*;
use proptest::test_runner::RngSeed;
use serde_json::Value;

/// Fragments the generators draw from.
#[rustfmt::skip]
const FRAGMENTS: &[&str] = &[
    // figures
    "0", "1", "7", "12", "3.5", "1,200", "6,000", "1.2 million", "40%", "12.5 per cent", "½",
    "a third", "two", "fifteen", "hundred", "billion", "bn", "m", "2023", "Q3", "1990s", "-",
    "–", "—", "+", "/", "×", "1st", "%", ".", ",", ":", ";",
    // currency
    "$", "£", "€", "¥", "₹", "US$", "EUR", "£1.5bn", "$300m", "€2,5", "¢",
    // quotes
    "\"", "'", "“", "”", "‘", "’", "«", "»", "„",
    // spaces
    " ", " ", " ", "\u{a0}", "\u{2009}", "\u{202f}", "\u{200b}", "\t", "\n", "\n\n",
    // characters whose case mapping changes length, combining marks
    "İ", "ı", "ẞ", "ß", "Ⱦ", "ⱦ", "Ⱥ", "Σ", "ς", "ǅ", "ﬁ", "K", "Ω", "ŉ", "e\u{301}", "\u{308}",
    "😀",
    // words extraction keys on
    "according to ", "according to", "Reuters", "…", "said", " says ", "told", "chief executive",
    "CEO", "Acme", "Corvid Ltd",
    "Ms ", "Mr. ", "Smith", "Jane", "O'Brien", "ÉMILE", "rose from ", " to ", "fell", "by",
    " of ", "or", "and", "total", "staff", "jobs", "cut", "revenue", "in ", "year", "about",
    "more than", "(", ")",
    // Markdown
    "# ", "* ", "- ", "1. ", "> ", "**", "_", "```\n", "`code`", "[link](http://x)", "<b>",
    "<!-- ", " -->", "    ", "\\",
    // letters
    "a", "e", "s", "t", "A", "The ", "It ",
];

/// One piece of a draft: mostly fragments, sometimes any characters.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => "\\PC{1,3}",
    ]
}

/// A draft's text (LF line endings only, as generated).
fn draft_text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|v| v.concat())
}

/// How a draft's lines end.
#[derive(Clone, Copy, Debug)]
enum Endings {
    Lf,
    CrLf,
    LoneCr,
    Mixed,
}

/// Rewrites the line ends of `text` (generated with `\n`) as `endings`.
fn with_endings(text: &str, endings: Endings, bom: bool) -> String {
    let mut out = String::new();
    if bom {
        out.push('\u{feff}');
    }
    for (i, part) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str(match endings {
                Endings::Lf => "\n",
                Endings::CrLf => "\r\n",
                Endings::LoneCr => "\r",
                Endings::Mixed => ["\n", "\r\n", "\r"][i % 3],
            });
        }
        out.push_str(part);
    }
    out
}

/// One to three drafts, each plain text or Markdown.
fn drafts() -> impl Strategy<Value = Vec<(bool, String)>> {
    prop::collection::vec((any::<bool>(), draft_text()), 1..4)
}

/// One or two short drafts: many more cases in the same time, where a crash
/// needs only a few characters.
fn short_drafts() -> impl Strategy<Value = Vec<(bool, String)>> {
    let text = prop::collection::vec(piece(), 0..12).prop_map(|v| v.concat());
    prop::collection::vec((any::<bool>(), text), 1..3)
}

fn documents(drafts: &[(bool, String)]) -> Vec<Document> {
    drafts
        .iter()
        .enumerate()
        .map(|(i, (md, text))| {
            let ext = if *md { "md" } else { "txt" };
            Document::new(DocId(i as u32), format!("d{i}.{ext}"), text.as_str())
        })
        .collect()
}

/// The pipeline's two JSON documents (diagnostics, claims) and its errors.
struct Output {
    diagnostics: String,
    claims: String,
    errors: Vec<String>,
}

fn run(docs: &[Document]) -> Output {
    let opts = factlint::RunOptions {
        checks: true,
        ..Default::default()
    };
    let report = factlint::run(docs, &[], &opts);
    let sources = Sources::new(docs, &[], factlint::finding::places(&report.findings));
    let summary = json::Summary {
        files: docs.len(),
        claims: report.claims,
        suppressed: report.suppressed,
    };
    Output {
        diagnostics: json::diagnostics(&report.findings, &sources, summary),
        claims: json::claims(&report.corpus),
        errors: report
            .errors
            .iter()
            .map(|e| format!("{}: {}", e.path, e.message))
            .collect(),
    }
}

/// Line and column (1-based, columns in characters) a reader sees at byte
/// `offset`: `\r\n`, `\n` and a lone `\r` each end a line, and a byte-order
/// mark at the start of the file is not a character of line 1.
fn expected_line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let mut line = 1;
    let mut start = 0;
    let bytes = before.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let ends = b == b'\n' || (b == b'\r' && text.as_bytes().get(i + 1) != Some(&b'\n'));
        if ends {
            line += 1;
            start = i + 1;
        }
    }
    let mut col = before[start..].chars().count() + 1;
    if start == 0 && text.starts_with('\u{feff}') && offset > 0 {
        col -= 1;
    }
    (line, col)
}

/// Checks every span object of a JSON document against the drafts: offsets
/// on character boundaries, `text` equal to the file's bytes, line and
/// column as `expected_line_col` says.
fn check_json_spans(v: &Value, docs: &[Document]) -> Result<(), String> {
    let items: Vec<&Value> = match (v.get("claims"), v.get("diagnostics")) {
        (Some(Value::Array(cs)), _) => cs.iter().collect(),
        (_, Some(Value::Array(ds))) => ds
            .iter()
            .flat_map(|d| std::iter::once(d).chain(d["related"].as_array().into_iter().flatten()))
            .collect(),
        _ => return Err(format!("neither claims nor diagnostics: {v}")),
    };
    for it in items {
        let Some(doc) = docs
            .iter()
            .find(|d| Some(d.path.as_str()) == it["file"].as_str())
        else {
            continue;
        };
        let span = &it["span"];
        let (s, e) = (
            span["start"].as_u64().ok_or("no start")? as usize,
            span["end"].as_u64().ok_or("no end")? as usize,
        );
        // The file's own text: JSON offsets are bytes of the file, also
        // when matching read it in NFC.
        let text = doc.original_text();
        if s > e || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            return Err(format!(
                "span {s}..{e} of {} is not on char boundaries in {text:?}",
                doc.path
            ));
        }
        if it["text"].as_str() != Some(&text[s..e]) {
            return Err(format!(
                "text {} is not the bytes {s}..{e} of {text:?}",
                it["text"]
            ));
        }
        let got = (
            span["line"].as_u64().unwrap_or(0) as usize,
            span["column"].as_u64().unwrap_or(0) as usize,
        );
        let want = expected_line_col(text, s);
        if got != want {
            return Err(format!(
                "{}: byte {s} is line/column {want:?}, JSON says {got:?}, in {text:?}",
                doc.path
            ));
        }
    }
    Ok(())
}

fn parse(s: &str) -> Result<Value, TestCaseError> {
    serde_json::from_str(s)
        .map_err(|e| TestCaseError::fail(format!("JSON does not parse: {e}\n{s}")))
}

/// A fixed seed, so a run fails or passes the same way every time (set
/// `PROPTEST_RNG_SEED` to explore other cases).
fn config(cases: u32, max_shrink_iters: u32) -> ProptestConfig {
    let base = ProptestConfig::default();
    ProptestConfig {
        cases,
        max_shrink_iters,
        // The failures a run finds are reported, not kept in the source tree.
        failure_persistence: None,
        rng_seed: match base.rng_seed {
            RngSeed::Random => RngSeed::Fixed(11),
            seed => seed,
        },
        ..base
    }
}

proptest! {
    #![proptest_config(config(1024, 2000))]

    /// No stage of the pipeline fails (a panic there becomes an error naming
    /// the draft), on short drafts.
    #[test]
    fn the_pipeline_never_fails_on_short_drafts(drafts in short_drafts()) {
        let docs = documents(&drafts);
        let out = run(&docs);
        prop_assert!(out.errors.is_empty(), "{:?}", out.errors);
    }
}

proptest! {
    #![proptest_config(config(32, 2000))]

    /// No stage of the pipeline fails (a panic there becomes an error naming the draft).
    #[test]
    fn the_pipeline_never_fails(drafts in drafts()) {
        let docs = documents(&drafts);
        let out = run(&docs);
        prop_assert!(out.errors.is_empty(), "{:?}", out.errors);
    }


    /// Every claim and sentence lies on character boundaries and the claim's
    /// JSON `text` is the file's bytes under its span.
    #[test]
    fn claim_spans_are_char_boundaries_and_their_text_is_the_files(drafts in drafts()) {
        let docs = documents(&drafts);
        let opts = factlint::RunOptions { checks: true, ..Default::default() };
        let report = factlint::run(&docs, &[], &opts);
        for (doc, ex) in docs.iter().zip(&report.corpus.extractions) {
            for c in &ex.claims {
                let (s, e) = (c.span.start, c.span.end);
                prop_assert!(s <= e && e <= doc.text.len(), "claim {s}..{e} in {:?}", doc.text);
                prop_assert!(
                    doc.text.is_char_boundary(s) && doc.text.is_char_boundary(e),
                    "claim {s}..{e} in {:?}", doc.text
                );
            }
            for st in &ex.sentences {
                let (s, e) = (st.span.start, st.span.end);
                prop_assert!(
                    e <= doc.text.len() && doc.text.is_char_boundary(s) && doc.text.is_char_boundary(e),
                    "sentence {s}..{e} in {:?}", doc.text
                );
            }
        }
        let claims = parse(&json::claims(&report.corpus))?;
        for c in claims["claims"].as_array().into_iter().flatten() {
            let doc = docs.iter().find(|d| Some(d.path.as_str()) == c["file"].as_str());
            prop_assert!(doc.is_some(), "claim of an unknown file: {c}");
            let doc = doc.unwrap();
            let (s, e) = (c["span"]["start"].as_u64().unwrap() as usize, c["span"]["end"].as_u64().unwrap() as usize);
            prop_assert_eq!(c["text"].as_str(), doc.original_text().get(s..e), "in {:?}", doc.original_text());
        }
    }

    /// Both JSON documents always parse, with `version` 1.
    #[test]
    fn json_output_always_parses(drafts in drafts()) {
        let docs = documents(&drafts);
        let out = run(&docs);
        let d = parse(&out.diagnostics)?;
        prop_assert_eq!(&d["version"], &Value::from(1));
        prop_assert!(d["diagnostics"].is_array());
        let c = parse(&out.claims)?;
        prop_assert_eq!(&c["version"], &Value::from(1));
        prop_assert!(c["claims"].is_array());
    }

    /// Line and column agree with the byte offset, LF line endings.
    #[test]
    fn json_line_column_agree_with_offsets_lf(drafts in drafts()) {
        line_column_property(&drafts, Endings::Lf, false)?;
    }

    /// Line and column agree with the byte offset, CRLF line endings.
    #[test]
    fn json_line_column_agree_with_offsets_crlf(drafts in drafts()) {
        line_column_property(&drafts, Endings::CrLf, false)?;
    }

    /// Line and column agree with the byte offset, lone-CR line endings.
    #[test]
    fn json_line_column_agree_with_offsets_lone_cr(drafts in drafts()) {
        line_column_property(&drafts, Endings::LoneCr, false)?;
    }

    /// Line and column agree with the byte offset after a byte-order mark,
    /// with mixed line endings.
    #[test]
    fn json_line_column_agree_with_offsets_bom(drafts in drafts(), mixed in any::<bool>()) {
        let endings = if mixed { Endings::Mixed } else { Endings::Lf };
        line_column_property(&drafts, endings, true)?;
    }

    /// Two runs over the same drafts print the same JSON.
    #[test]
    fn output_is_the_same_on_every_run(drafts in drafts()) {
        let docs = documents(&drafts);
        let (a, b) = (run(&docs), run(&docs));
        prop_assert_eq!(a.diagnostics, b.diagnostics);
        prop_assert_eq!(a.claims, b.claims);
        prop_assert_eq!(a.errors, b.errors);
    }
}

fn line_column_property(
    drafts: &[(bool, String)],
    endings: Endings,
    bom: bool,
) -> Result<(), TestCaseError> {
    let drafts: Vec<(bool, String)> = drafts
        .iter()
        .map(|(md, t)| (*md, with_endings(t, endings, bom)))
        .collect();
    let docs = documents(&drafts);
    let out = run(&docs);
    for s in [&out.claims, &out.diagnostics] {
        check_json_spans(&parse(s)?, &docs).map_err(TestCaseError::fail)?;
    }
    Ok(())
}

/// Runs the binary in `dir` with `RAYON_NUM_THREADS=threads`: (exit code, stdout, stderr).
fn factlint_in(dir: &Path, args: &[String], threads: usize) -> (Option<i32>, String, String) {
    let o = crate::factlint_command()
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env("RAYON_NUM_THREADS", threads.to_string())
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("factlint runs");
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// Writes the drafts (with the given line endings) and returns their names.
fn write_drafts(dir: &Path, drafts: &[(bool, String)]) -> Vec<String> {
    documents(drafts)
        .iter()
        .map(|d| {
            std::fs::write(dir.join(&d.path), d.original_text()).expect("draft written");
            d.path.clone()
        })
        .collect()
}

proptest! {
    #![proptest_config(config(8, 48))]

    /// The binary never panics or reports an internal error; its JSON parses,
    /// and its spans agree with the files on disk.
    #[test]
    fn the_binary_never_fails_and_its_json_parses(drafts in drafts()) {
        let dir = scratch();
        let names = write_drafts(&dir, &drafts);
        let docs = documents(&drafts);
        for sub in ["check", "claims"] {
            let mut args = vec![sub.to_string(), "--format".into(), "json".into()];
            args.extend(names.iter().cloned());
            let (code, out, err) = factlint_in(&dir, &args, 2);
            prop_assert!(
                matches!(code, Some(0) | Some(1)) && !err.contains("internal error"),
                "factlint {}: exit {:?}\n{}", args.join(" "), code, err
            );
            let v = parse(&out)?;
            check_json_spans(&v, &docs).map_err(TestCaseError::fail)?;
        }
    }

    /// `factlint check` prints the same thing with one thread or two, and
    /// whatever the order of the files on the command line.
    #[test]
    fn check_output_is_the_same_across_threads_and_argument_order(drafts in drafts()) {
        same_across_threads_and_argument_order("check", &drafts)?;
    }

    /// `factlint claims` prints the same thing with one thread or two, and
    /// whatever the order of the files on the command line.
    #[test]
    fn claims_output_is_the_same_across_threads_and_argument_order(drafts in drafts()) {
        same_across_threads_and_argument_order("claims", &drafts)?;
    }
}

fn same_across_threads_and_argument_order(
    sub: &str,
    drafts: &[(bool, String)],
) -> Result<(), TestCaseError> {
    let dir = scratch();
    let names = write_drafts(&dir, drafts);
    let args = |names: &mut dyn Iterator<Item = &String>| {
        let mut a = vec![sub.to_string(), "--format".into(), "json".into()];
        a.extend(names.cloned());
        a
    };
    let (forward, reversed) = (args(&mut names.iter()), args(&mut names.iter().rev()));
    let one = factlint_in(&dir, &forward, 1);
    let two = factlint_in(&dir, &forward, 2);
    let rev = factlint_in(&dir, &reversed, 2);
    prop_assert_eq!(
        &one,
        &two,
        "RAYON_NUM_THREADS=1 vs 2: factlint {}",
        forward.join(" ")
    );
    prop_assert_eq!(
        &one,
        &rev,
        "argument order: factlint {} vs {}",
        forward.join(" "),
        reversed.join(" ")
    );
    Ok(())
}
