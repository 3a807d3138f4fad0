//! `factlint claims`: what extraction found, resolved across the drafts, as a
//! table or JSON; with rule sets, which quantity each figure bound to and why.

use super::{EXIT_ERROR, EXIT_OK, report_load_errors, write_stdout};
use crate::cli::{ClaimsArgs, ClaimsFormat, ColorWhen};
use crate::render;

/// Runs `factlint claims`.
pub fn run(args: &ClaimsArgs, color: ColorWhen) -> u8 {
    let (prepared, mut loaded) =
        match super::check::prepare_and_load(&args.rules, &args.input, color) {
            Ok(x) => x,
            Err(code) => return code,
        };
    let options = crate::RunOptions {
        cache: super::open_cache(&args.cache, &prepared),
        ..Default::default()
    };
    let report = crate::run(&loaded.docs, &prepared.sets, &options);
    super::say_cache(options.cache.as_deref(), args.rules.verbose);
    loaded.errors.extend(report.errors);
    let corpus = report.corpus;
    report_load_errors(&loaded.errors);
    let written = match args.format {
        ClaimsFormat::Human => write_stdout(&render::claims::table(&corpus)),
        ClaimsFormat::Json => {
            super::check::stream_stdout(|w| render::json::write_claims(w, &corpus))
        }
    };
    if let Err(e) = written {
        eprintln!("error: cannot write output: {e}");
        return EXIT_ERROR;
    }
    let code = if loaded.errors.is_empty() && !prepared.failed {
        EXIT_OK
    } else {
        EXIT_ERROR
    };
    super::leave_to_exit(corpus);
    super::leave_to_exit(loaded);
    code
}
