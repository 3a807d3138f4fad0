//! factlint: a fact-consistency linter for news writing.
//!
//! The pipeline runs one way: `load` reads drafts into `Document`s,
//! `extract` turns each document into claims (pure, in parallel), and the
//! renderers print them. See ARCHITECTURE.md for the map of the code.

pub mod autokey;
pub mod bind;
pub mod checks;
pub mod claim;
pub mod cli;
pub mod commands;
pub mod extract;
pub mod finding;
pub mod index;
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
pub fn extract_all_guarded(
    docs: &[Document],
    opts: &ExtractOptions,
    errors: &mut Vec<load::LoadError>,
) -> Vec<Extraction> {
    let results: Vec<Result<Extraction, String>> = docs
        .par_iter()
        .map(|d| {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract::extract(d, opts)))
                .map_err(|e| panic_message(e.as_ref()))
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
                Extraction {
                    doc: d.id,
                    sentences: Vec::new(),
                    claims: Vec::new(),
                    relations: Vec::new(),
                }
            }
        })
        .collect()
}

/// The message a panic carried.
pub fn panic_message(e: &(dyn std::any::Any + Send)) -> String {
    e.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| e.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}
