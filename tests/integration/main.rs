//! factlint's one integration-test binary, in themed modules.

mod checks;
mod cli;
mod conformance;
mod conventions;
mod hostile;
mod numbers;
mod people;
mod properties;
mod report;
mod roundtrip;
mod rules;
mod table;
