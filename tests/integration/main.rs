//! factlint's one integration-test binary, in themed modules.

mod checks;
mod cli;
mod hostile;
mod conformance;
mod numbers;
mod people;
mod roundtrip;
mod rules;
mod table;
