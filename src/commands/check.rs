//! `factlint check`: the pipeline end to end, rendered, mapped to an exit code.

use super::{EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, report_load_errors, use_color, write_stdout};
use crate::checks::{self, CheckOptions, Context};
use crate::cli::{CheckArgs, CheckFormat, ColorWhen, DenyLevel};
use crate::extract::ExtractOptions;
use crate::finding::{Finding, Severity};
use crate::index::{Aliases, Corpus};
use crate::load::{LoadOptions, load};
use crate::render::{self, human::Sources, json::Summary};

/// Runs `factlint check`.
pub fn run(args: &CheckArgs, color: ColorWhen) -> u8 {
    let opts = LoadOptions {
        max_file_size: args.input.max_file_size,
        ..LoadOptions::default()
    };
    let loaded = load(&args.input.paths, &opts);
    let extractions = crate::extract_all(&loaded.docs, &ExtractOptions::default());
    let claims: usize = extractions.iter().map(|e| e.claims.len()).sum();
    let corpus = Corpus::new(&loaded.docs, extractions, &Aliases::default());
    let registry = checks::registry();
    let cx = Context {
        corpus: &corpus,
        options: CheckOptions::default(),
    };
    let mut findings = checks::run_all(&cx, &registry);
    crate::suppress::apply(&loaded.docs, &mut findings);
    sort(&mut findings, &loaded.docs);

    let sources = Sources::new(&loaded.docs, &[], &findings);
    let summary = Summary {
        files: loaded.docs.len(),
        claims,
    };
    let out = match args.format {
        CheckFormat::Human => {
            let mut s = render::human::render(&findings, &sources, use_color(color));
            s.push_str(&tally(&findings, summary));
            s
        }
        CheckFormat::Short => render::short::render(&findings, &sources),
        CheckFormat::Json => render::json::diagnostics(&findings, &sources, summary),
        CheckFormat::Sarif => render::sarif::render(&findings, &sources, &registry),
        CheckFormat::Github => render::github::render(&findings, &sources),
    };
    report_load_errors(&loaded.errors);
    if let Err(e) = write_stdout(&out) {
        eprintln!("error: cannot write output: {e}");
        return EXIT_ERROR;
    }
    let fail_at = match args.deny {
        None => Severity::Error,
        Some(DenyLevel::Warnings) => Severity::Warning,
        Some(DenyLevel::Notes) => Severity::Note,
    };
    if !loaded.errors.is_empty() {
        EXIT_ERROR
    } else if findings.iter().any(|f| f.severity >= fail_at) {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}

/// Findings in a fixed order: file, offset, check.
pub fn sort(findings: &mut [Finding], docs: &[crate::source::Document]) {
    let path = |f: &Finding| match f.primary.place {
        crate::finding::Place::Doc(d) => docs.get(d.0 as usize).map_or("", |d| d.path.as_str()),
        crate::finding::Place::Rules(_) => "",
    };
    findings.sort_by(|a, b| {
        (path(a), a.primary.span.start, a.check, &a.message).cmp(&(
            path(b),
            b.primary.span.start,
            b.check,
            &b.message,
        ))
    });
}

/// The last line of human output: counts by severity.
fn tally(findings: &[Finding], s: Summary) -> String {
    let n = |sev: Severity| findings.iter().filter(|f| f.severity == sev).count();
    let plural = |k: usize, word: &str| format!("{k} {word}{}", if k == 1 { "" } else { "s" });
    format!(
        "factlint: {}, {}, {} in {} ({})\n",
        plural(n(Severity::Error), "error"),
        plural(n(Severity::Warning), "warning"),
        plural(n(Severity::Note), "note"),
        plural(s.files, "file"),
        plural(s.claims, "claim")
    )
}
