//! factlint's one integration-test binary, in themed modules.

mod checks;
mod cli;
mod conformance;
mod conventions;
mod hostile;
mod lsp;
mod numbers;
mod people;
mod properties;
mod roundtrip;
mod rules;
mod table;
