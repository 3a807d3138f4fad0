//! `factlint claims`: what extraction found, as a table or JSON.

use super::{EXIT_ERROR, EXIT_OK, report_load_errors, write_stdout};
use crate::cli::{ClaimsArgs, ClaimsFormat};
use crate::extract::ExtractOptions;
use crate::load::{LoadOptions, load};
use crate::render;

/// Runs `factlint claims`.
pub fn run(args: &ClaimsArgs) -> u8 {
    let opts = LoadOptions {
        max_file_size: args.input.max_file_size,
        ..LoadOptions::default()
    };
    let loaded = load(&args.input.paths, &opts);
    let extractions = crate::extract_all(&loaded.docs, &ExtractOptions::default());
    let items = loaded
        .docs
        .iter()
        .zip(&extractions)
        .map(|(d, e)| (d, e.claims.as_slice()));
    let out = match args.format {
        ClaimsFormat::Human => render::claims::table(items),
        ClaimsFormat::Json => render::json::claims(items),
    };
    report_load_errors(&loaded.errors);
    if let Err(e) = write_stdout(&out) {
        eprintln!("error: cannot write output: {e}");
        return EXIT_ERROR;
    }
    if loaded.errors.is_empty() {
        EXIT_OK
    } else {
        EXIT_ERROR
    }
}
