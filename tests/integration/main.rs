//! factlint's one integration-test binary, in themed modules.

mod conformance;
mod numbers;
mod roundtrip;
