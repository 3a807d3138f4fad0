//! Extraction (plain text and Markdown) on text built from the fuzz bytes by
//! picking fragments: figures, currency, quotes, odd spaces, case-changing
//! characters, Markdown (see `factlint_fuzz::FRAGMENTS`).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = factlint_fuzz::biased(data);
    factlint_fuzz::extract_both(&text);
});
