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
    // A bug in a stage (injected in debug builds) is an internal error naming
    // the stage, exit 2; the other checks and drafts still report.
    cases.push(
        Case::new("a panic in a check", &["check", "a.txt", "b.txt"], 2)
            .file("a.txt", "Acme cut 500 jobs in 2025.")
            .file("b.txt", "Acme cut 900 jobs in 2025.")
            .env("FACTLINT_DEBUG_PANIC_IN", "quantity-conflict")
            .err("(check quantity-conflict): internal error while running the check")
            .out("in 2 files")
            .never("panicked"),
    );
    cases.push(
        Case::new("a panic in the index", &["check", "a.txt", "b.txt"], 2)
            .file("a.txt", "Acme CEO Andy Jassy said 500 jobs would go.")
            .file("b.txt", "Acme CEO Andy Garcetti said 500 jobs would go.")
            .env("FACTLINT_DEBUG_PANIC_IN", "index")
            .err("(index): internal error while indexing the drafts")
            .out("in 2 files"),
    );
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

/// Pathological drafts of issue 11 (items 5–8) at a small size: they finish
/// with the right result (their time is measured by `benches/hostile.py`,
/// never asserted here), and a work cap that was hit is reported.
#[test]
fn pathological_drafts() {
    let figures = format!("Acme cut {}", vec!["5 jobs"; 375].join(" and "));
    let paragraphs = "Acme cut 500 jobs, CEO Andy Jassy said.\n\n".repeat(2000);
    let cases = vec![
        Case::new("one sentence of 375 figures", &["check", "a.txt"], 0)
            .file("a.txt", figures)
            .out("note[work-cap]: this sentence lists 375 figures")
            .never("internal error"),
        Case::new("money repeated 375 times", &["check", "a.txt"], 0)
            .file("a.txt", "$1.5 million and ".repeat(375))
            .out("in 1 file")
            .never("internal error"),
        Case::new("a run of 40,000 grouped digits", &["check", "a.txt"], 0)
            .file("a.txt", "1,0".repeat(40_000))
            .out("in 1 file")
            .never("internal error"),
        Case::new(
            "2,000 attributed paragraphs in one draft",
            &["check", "a.txt"],
            0,
        )
        .file("a.txt", paragraphs)
        .out("0 errors")
        .never("work-cap"),
        Case::new("50,000 unclosed straight quotes", &["check", "a.txt"], 0)
            .file("a.txt", "\"word ".repeat(50_000))
            .out("in 1 file"),
        Case::new("8,000 open curly quotes", &["check", "a.txt"], 0)
            .file(
                "a.txt",
                "Andy Jassy said \u{201c}we cut 5 jobs ".repeat(8000),
            )
            .out("in 1 file"),
    ];
    run_table(cases);
}

/// Many drafts naming one key with different figures: one run, every draft
/// read, findings cite a bounded number of other drafts.
#[test]
fn many_conflicting_drafts() {
    let mut case = Case::new("300 drafts with conflicting figures", &["check", "."], 0)
        .out("warning[quantity-conflict]")
        .out("in 300 files")
        .never("internal error");
    for i in 0..300 {
        let name: &'static str = Box::leak(format!("d{i:03}.txt").into_boxed_str());
        case = case.file(
            name,
            format!("Acme cut {} jobs in 2025.\n", 500 + (i % 3) * 400),
        );
    }
    run_table(vec![case]);
}
