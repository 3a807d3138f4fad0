//! factlint: a fact-consistency linter for news writing.
//!
//! The pipeline runs one way: `load` reads drafts into `Document`s,
//! `extract` turns each document into claims (pure, in parallel), and the
//! renderers print them. See ARCHITECTURE.md for the map of the code.

pub mod autokey;
pub mod bind;
pub mod cache;
pub mod check_id;
pub mod checks;
pub mod claim;
pub mod cli;
pub mod commands;
pub mod extract;
pub mod finding;
pub mod index;
pub mod labels;
pub mod load;
pub mod markdown;
pub mod render;
pub mod rules;
pub mod settings;
pub mod source;
pub mod suppress;

use rayon::prelude::*;

use extract::{ExtractOptions, Extraction};
use source::Document;

/// Extracts every document, in parallel; results are in document order.
pub fn extract_all(docs: &[Document], opts: &ExtractOptions) -> Vec<Extraction> {
    docs.par_iter().map(|d| extract::extract(d, opts)).collect()
}

/// Like `extract_all`, but a draft whose extraction fails (a bug in factlint)
/// gets no claims and an error naming it, and the rest of the run goes on.
/// With a `cache`, a draft's claims are read from it when an earlier run
/// kept them, and kept there when they are extracted.
pub fn extract_all_guarded(
    docs: &[Document],
    opts: &ExtractOptions,
    cache: Option<&cache::Cache>,
    errors: &mut Vec<load::LoadError>,
) -> Vec<Extraction> {
    let results: Vec<Result<Extraction, String>> = docs
        .par_iter()
        .map(|d| {
            guarded(|| {
                let Some(cache) = cache else {
                    return compact(extract::extract(d, opts));
                };
                compact(cache.get(d, opts).unwrap_or_else(|| {
                    let ex = extract::extract(d, opts);
                    cache.put(d, opts, &ex);
                    ex
                }))
            })
        })
        .collect();
    results
        .into_iter()
        .zip(docs)
        .map(|(r, d)| match r {
            Ok(ex) => ex,
            Err(why) => {
                errors.push(load::LoadError {
                    path: d.path.clone(),
                    position: None,
                    message: format!(
                        "internal error while reading its claims, so it was skipped (a bug in factlint; please report it with this file): {why}"
                    ),
                });
                empty_extraction(d.id)
            }
        })
        .collect()
}

/// An extraction without spare capacity: every draft's claims are kept
/// until the run ends, and lists grown by doubling would keep up to half
/// their room unused (a third of the claims' memory on an archive).
fn compact(mut ex: Extraction) -> Extraction {
    ex.claims.shrink_to_fit();
    ex.sentences.shrink_to_fit();
    ex.relations.shrink_to_fit();
    match &mut ex.prose {
        Some(extract::Prose::Blanks(runs)) => runs.shrink_to_fit(),
        Some(extract::Prose::Whole(p)) => p.shrink_to_fit(),
        None => {}
    }
    ex
}

/// The message a panic carried, with where it happened when the hook of
/// `install_panic_hook` saw it.
pub fn panic_message(e: &(dyn std::any::Any + Send)) -> String {
    let msg = e
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| e.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into());
    let at = LAST_PANIC_AT.lock().ok().and_then(|mut l| l.take());
    match at {
        Some(at) => format!("{msg} (at {at})"),
        None => msg,
    }
}

/// How many panic guards are open (in any thread: rayon runs a guarded
/// stage's work on its own threads).
static GUARDS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
/// Where the last guarded panic happened.
static LAST_PANIC_AT: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// Installs the binary's panic hook: a panic inside a pipeline guard is
/// recorded (its place goes into the error that names the draft), any other
/// panic prints one line instead of a backtrace.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()));
        if GUARDS.load(std::sync::atomic::Ordering::SeqCst) > 0 {
            if let Ok(mut l) = LAST_PANIC_AT.lock() {
                *l = at;
            }
        } else {
            eprintln!("factlint: internal error (a bug in factlint; please report it): {info}");
        }
    }));
}

/// Runs `f`, turning a panic into its message.
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    use std::sync::atomic::Ordering;
    GUARDS.fetch_add(1, Ordering::SeqCst);
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    GUARDS.fetch_sub(1, Ordering::SeqCst);
    r.map_err(|e| panic_message(e.as_ref()))
}

/// What one run of the pipeline takes besides the drafts and rule sets.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    /// Extraction settings.
    pub extract: ExtractOptions,
    /// Severity overrides by check id (`None` = the check is off).
    pub overrides: std::collections::BTreeMap<String, Option<finding::Severity>>,
    /// Run the checks (`claims` only needs the index).
    pub checks: bool,
    /// The claims cache to read and fill (`None`: extract every draft).
    pub cache: Option<std::sync::Arc<cache::Cache>>,
}

/// What a run of the pipeline produced.
pub struct Report<'d> {
    /// The drafts, their resolved claims, bindings and keys.
    pub corpus: index::Corpus<'d>,
    /// Findings after severity overrides and suppressions, in a fixed
    /// order; their labels point into the drafts as on disk
    /// (`Document::original_text`), ready to render. Claims' spans (in
    /// `corpus`) point into the NFC text (`Document::text`) instead.
    pub findings: Vec<finding::Finding>,
    /// How many findings the drafts' suppression comments silenced.
    pub suppressed: usize,
    /// Claims extracted, over all drafts.
    pub claims: usize,
    /// Problems of the run itself (a stage that failed), each naming the
    /// draft or the stage; any of them makes the run exit 2.
    pub errors: Vec<load::LoadError>,
}

/// The pipeline, loaded drafts in, findings and claims out: extraction (per
/// draft, in parallel), the index, and the checks. Every stage runs under a
/// panic guard: a bug in factlint becomes an error naming the draft (or the
/// stage or check) in `Report::errors`, and the other drafts and checks are
/// still reported where possible.
pub fn run<'d>(
    docs: &'d [Document],
    rule_sets: &'d [rules::RuleSet],
    options: &RunOptions,
) -> Report<'d> {
    let mut errors = Vec::new();
    let extractions = extract_all_guarded(
        docs,
        &options.extract,
        options.cache.as_deref(),
        &mut errors,
    );
    let claims = extractions.iter().map(|e| e.claims.len()).sum();
    let mut corpus = index_guarded(
        docs,
        extractions,
        rule_sets,
        &options.extract,
        options.cache.as_deref(),
        &mut errors,
    );
    // The index is kept while the checks run and the output is written:
    // its lists without spare capacity.
    corpus.keyed.shrink_to_fit();
    corpus.bindings.shrink_to_fit();
    let (findings, suppressed) = if options.checks {
        check_guarded(&corpus, docs, &options.overrides, &mut errors)
    } else {
        (Vec::new(), 0)
    };
    Report {
        corpus,
        findings,
        suppressed,
        claims,
        errors,
    }
}

/// An extraction with no claims, for a draft that is left out of a stage.
fn empty_extraction(doc: source::DocId) -> Extraction {
    Extraction {
        doc,
        sentences: Vec::new(),
        claims: Vec::new(),
        relations: Vec::new(),
        prose: None,
    }
}

/// Builds the index; when that panics, finds the drafts that make it panic
/// on their own, leaves their claims out (naming them) and builds it again.
fn index_guarded<'d>(
    docs: &'d [Document],
    extractions: Vec<Extraction>,
    rule_sets: &'d [rules::RuleSet],
    extract_options: &ExtractOptions,
    cache: Option<&cache::Cache>,
    errors: &mut Vec<load::LoadError>,
) -> index::Corpus<'d> {
    let empty_all = || {
        docs.iter()
            .map(|d| empty_extraction(d.id))
            .collect::<Vec<_>>()
    };
    let build_with = |ex: Vec<Extraction>, cache: Option<&cache::Cache>| {
        guarded(|| {
            debug_panic_in("index");
            index::Corpus::new_cached(docs, ex, rule_sets, cache)
        })
    };
    // The retries below leave drafts out: they neither read nor keep keys.
    let build = |ex: Vec<Extraction>| build_with(ex, None);
    // The extractions move into the first try (no copy on the normal path);
    // after a panic they are read again (extraction is deterministic, and
    // its own errors were reported the first time).
    let why = match build_with(extractions, cache) {
        Ok(c) => return c,
        Err(why) => why,
    };
    let mut kept = extract_all_guarded(docs, extract_options, None, &mut Vec::new());
    // One draft at a time, the others empty: which drafts fail on their own?
    let mut culprits = Vec::new();
    for i in 0..docs.len() {
        let mut alone = empty_all();
        alone[i] = kept[i].clone();
        if let Err(why) = build(alone) {
            culprits.push((i, why));
        }
    }
    if !docs.is_empty() && culprits.len() == docs.len() {
        // Every draft fails alone: the stage itself is broken.
        errors.push(internal_error(
            "(index)",
            "indexing the drafts, so no draft was checked",
            &why,
        ));
        return index::Corpus::new(docs, empty_all(), &[]);
    }
    for (i, why) in &culprits {
        errors.push(internal_error(&docs[*i].path, "indexing its claims", why));
        kept[*i] = empty_extraction(docs[*i].id);
    }
    match build(kept) {
        Ok(c) => {
            if culprits.is_empty() {
                // It failed once and not again: still a bug, still reported.
                errors.push(internal_error(
                    "(index)",
                    "indexing the drafts (a second try passed)",
                    &why,
                ));
            }
            c
        }
        Err(why2) => {
            errors.push(internal_error(
                "(index)",
                "indexing the drafts together, so no draft was checked",
                &why2,
            ));
            index::Corpus::new(docs, empty_all(), &[])
        }
    }
}

/// The checks that read quote words (`Corpus::quote_words`).
const QUOTE_CHECKS: [&str; 4] = ["quote-drift", "quote-speaker", "misquote", "not-in-source"];

/// Runs the enabled checks one by one; a check that panics is named and
/// the others still report. Applies overrides and suppressions, then sorts.
fn check_guarded(
    corpus: &index::Corpus<'_>,
    docs: &[Document],
    over: &std::collections::BTreeMap<String, Option<finding::Severity>>,
    errors: &mut Vec<load::LoadError>,
) -> (Vec<finding::Finding>, usize) {
    let enabled: Vec<&dyn checks::Check> = checks::registry()
        .into_iter()
        .filter(|c| !matches!(over.get(c.id()), Some(None)))
        .collect();
    let ids: Vec<&'static str> = enabled.iter().map(|c| c.id()).collect();
    let run = |c: &dyn checks::Check, earlier: &[finding::Finding], errors: &mut Vec<_>| {
        let cx = checks::Context {
            corpus,
            options: checks::CheckOptions::default(),
            enabled: &ids,
            earlier,
        };
        match guarded(|| {
            debug_panic_in(c.id());
            checks::findings_of(c, &cx)
        }) {
            Ok(mut out) => {
                for f in &mut out {
                    if let Some(Some(s)) = over.get(f.check) {
                        f.severity = *s;
                    }
                }
                out
            }
            Err(why) => {
                errors.push(internal_error(
                    &format!("(check {})", c.id()),
                    "running the check, so its findings are missing",
                    &why,
                ));
                Vec::new()
            }
        }
    };
    // Quote words for the checks that compare quotes, split on every core
    // before they start (a failure here is left to those checks to meet
    // and report, as when each split them on first use).
    if ids.iter().any(|id| QUOTE_CHECKS.contains(id)) {
        let _ = guarded(|| corpus.split_quote_words());
    }
    // The checks are independent: run them side by side, then keep their
    // findings and errors in registry order, so the output does not depend
    // on which finished first.
    use rayon::prelude::*;
    let first: Vec<&dyn checks::Check> =
        enabled.iter().copied().filter(|c| !c.runs_last()).collect();
    let outs: Vec<(Vec<finding::Finding>, Vec<load::LoadError>)> = first
        .par_iter()
        .map(|c| {
            let mut errs = Vec::new();
            let out = run(*c, &[], &mut errs);
            (out, errs)
        })
        .collect();
    let mut findings = Vec::new();
    for (out, errs) in outs {
        findings.extend(out);
        errors.extend(errs);
    }
    checks::merge_misspelt_holders(&mut findings);
    checks::pinned::one_finding_per_pinned_figure(&mut findings);
    checks::one_finding_per_message(&mut findings);
    drop_in_sources(&mut findings, docs);
    if let Err(why) = guarded(|| checks::sources::settle(corpus, &mut findings)) {
        errors.push(internal_error(
            "(sources)",
            "comparing the drafts with their sources",
            &why,
        ));
    }
    // Checks about the other checks' findings (unused suppressions) see them
    // before suppressions apply.
    let mut last = Vec::new();
    for c in enabled.iter().filter(|c| c.runs_last()) {
        last.extend(run(*c, &findings, errors));
    }
    findings.extend(last);
    let suppressed = match guarded(|| suppress::apply(docs, &mut findings)) {
        Ok(n) => n,
        Err(why) => {
            errors.push(internal_error(
                "(suppressions)",
                "reading suppression comments",
                &why,
            ));
            0
        }
    };
    sort_findings(&mut findings, docs);
    finding::to_original(&mut findings, docs);
    (findings, suppressed)
}

/// A source is evidence, never a draft: nothing is reported in it. Drops
/// every finding whose primary label points into a primary source (its
/// related labels may: that is the source as evidence).
pub fn drop_in_sources(findings: &mut Vec<finding::Finding>, docs: &[Document]) {
    findings.retain(|f| match f.primary.place {
        finding::Place::Doc(d) => !docs.get(d.0 as usize).is_some_and(Document::is_source),
        finding::Place::Rules(_) => true,
    });
}

/// Debug builds only: panics when `FACTLINT_DEBUG_PANIC_IN` names this stage
/// (`index`, or a check id), so the tests can prove a bug there is reported
/// as an internal error naming the stage, exit 2, and the rest still runs.
fn debug_panic_in(stage: &str) {
    #[cfg(debug_assertions)]
    if std::env::var("FACTLINT_DEBUG_PANIC_IN").is_ok_and(|s| s == stage) {
        panic!("FACTLINT_DEBUG_PANIC_IN names {stage}");
    }
    #[cfg(not(debug_assertions))]
    let _ = stage;
}

/// An internal error (a bug in factlint) as a run error naming what failed.
fn internal_error(what: &str, doing: &str, why: &str) -> load::LoadError {
    load::LoadError {
        path: what.to_string(),
        position: None,
        message: format!(
            "internal error while {doing} (a bug in factlint; please report it with the drafts): {why}"
        ),
    }
}

/// Findings in a fixed order: file, offset, check, message.
pub fn sort_findings(findings: &mut [finding::Finding], docs: &[Document]) {
    let path = |f: &finding::Finding| match f.primary.place {
        finding::Place::Doc(d) => docs.get(d.0 as usize).map_or("", |d| d.path.as_str()),
        finding::Place::Rules(_) => "",
    };
    findings.sort_by(|a, b| {
        (path(a), a.primary.span.start, a.check, &a.message).cmp(&(
            path(b),
            b.primary.span.start,
            b.check,
            &b.message,
        ))
    });
}
