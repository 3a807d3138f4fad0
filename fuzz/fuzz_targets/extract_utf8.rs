//! Extraction (plain text and Markdown) on arbitrary UTF-8.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        factlint_fuzz::extract_both(text);
    }
});
