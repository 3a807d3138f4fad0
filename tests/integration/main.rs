//! factlint's one integration-test binary, in themed modules.

mod cache;
mod checks;
mod cli;
mod config;
mod conformance;
mod conventions;
mod hostile;
mod lsp;
mod numbers;
mod people;
mod properties;
mod quotes;
mod report;
mod roundtrip;
mod rules;
mod sarif;
mod scratch;
mod sources;
mod table;

/// The factlint binary as every test runs it: with the claims cache off
/// (`FACTLINT_NO_CACHE`), so no test reads another's entries or leaves a
/// `.factlint_cache` in the repository. The cache's own tests turn it back
/// on with a folder of their own.
pub fn factlint_command() -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_factlint"));
    cmd.env("FACTLINT_NO_CACHE", "1")
        .env_remove("FACTLINT_CACHE_DIR");
    cmd
}
