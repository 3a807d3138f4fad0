//! Hostile drafts that used to crash the pipeline (issue 11, items 1–4).

use super::{Case, run_table};

#[test]
fn pipeline_cases() {
    let mut cases = Vec::new();
    for (name, after) in [
        ("no-break space after 'according to'", "\u{a0}"),
        ("ellipsis after 'according to'", "\u{2026}"),
        ("em dash after 'according to'", "\u{2014}"),
        ("curly apostrophe after 'according to'", "\u{2019}"),
    ] {
        cases.push(
            Case::new(name, &["check", "a.txt", "b.txt"], 0)
                .file(
                    "a.txt",
                    format!("Acme cut 500 jobs, according to{after}Reuters."),
                )
                .file("b.txt", "Acme cut 500 jobs, Reuters reported.")
                .out("in 2 files")
                .never("internal error"),
        );
    }
    for (name, text) in [
        ("lower case longer: dotted capital I", "\u{130}5 \u{1e9e}"),
        (
            "lower case shorter: capital sharp s",
            "\u{1e9e}1\u{202f}\u{23e}",
        ),
    ] {
        cases.push(
            Case::new(name, &["check", "a.txt"], 0)
                .file("a.txt", text)
                .out("in 1 file")
                .never("internal error"),
        );
    }
    // A draft that cannot be read is named; the others are still checked.
    cases.push(
        Case::new(
            "one missing draft among good ones",
            &["check", "a.txt", "gone.txt"],
            2,
        )
        .file("a.txt", "Acme cut 500 jobs.")
        .err("gone.txt")
        .out("in 1 file"),
    );
    run_table(cases);
}
