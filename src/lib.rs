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
