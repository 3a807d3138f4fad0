//! factlint's one integration-test binary, in themed modules.

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
