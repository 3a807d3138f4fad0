//! The rule-set loader (`rules::compile::compile`) on arbitrary text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = factlint::rules::compile::compile("rules.yaml", text, 0);
    }
});
