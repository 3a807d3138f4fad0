//! The invariant expression parser (`rules::expr::parse`) on arbitrary text;
//! a parsed relation is also walked and evaluated.
#![no_main]
use factlint::claim::Interval;
use factlint::rules::expr;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match expr::parse(text) {
        Ok(rel) => {
            for (name, at) in rel.left.vars().into_iter().chain(rel.right.vars()) {
                assert_eq!(text.get(at..at + name.len()), Some(name), "var offset");
            }
            let _ = rel.violated(&|_| Interval::point(2.0));
        }
        Err(e) => {
            assert!(
                e.at <= text.len() && text.is_char_boundary(e.at),
                "error offset {}",
                e.at
            );
        }
    }
});
