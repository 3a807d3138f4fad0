//! `factlint check`: the pipeline end to end, rendered, mapped to an exit code.

use std::collections::BTreeMap;
use std::io::{self, BufWriter, Write};

use super::{
    EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, Prepared, overrides, report_load_errors, stderr_color,
    use_color, write_stdout,
};
use crate::checks;
use crate::cli::{CheckArgs, CheckFormat, ColorWhen, DenyLevel, InputArgs};
use crate::finding::{Finding, Severity};
use crate::load::{DEFAULT_MAX_FILE_SIZE, LoadOptions, load};
use crate::render::{self, json::Summary};
use crate::source::Document;
use crate::source::Sources;

/// Load options from the command line and the settings.
pub fn load_options(input: &InputArgs, p: &Prepared) -> LoadOptions {
    LoadOptions {
        max_file_size: input
            .max_file_size
            .or(p.settings.max_file_size)
            .unwrap_or(DEFAULT_MAX_FILE_SIZE),
        include: p.settings.include.clone(),
        exclude: p.settings.exclude.clone(),
        glob_base: p.settings.config_dir.clone(),
        stdin_name: input.stdin_filename.clone(),
    }
}

/// Resolves the paths, the config and rule sets, and reads the drafts: what
/// `check`, `claims` (and every command that reads drafts) start from. `Err`
/// is a bad combination of flags, already reported.
pub fn prepare_and_load(
    rules: &crate::cli::RuleArgs,
    input: &InputArgs,
    color: ColorWhen,
) -> Result<(Prepared, crate::load::Loaded), u8> {
    let paths = match super::input_paths(input) {
        Ok(p) => p,
        Err(why) => {
            eprintln!("error: {why}");
            return Err(EXIT_ERROR);
        }
    };
    let choice = super::choice(rules, &paths, input.stdin_filename.as_deref());
    let prepared = super::prepare_with(&choice, stderr_color(color));
    if rules.verbose {
        super::say_config(&choice, &prepared);
    }
    let options = load_options(input, &prepared);
    let mut loaded = load(&paths, &options);
    crate::load::load_sources(
        &source_specs(&rules.sources, &prepared),
        &options,
        &mut loaded,
    );
    if rules.verbose {
        let drafts = loaded.docs.iter().filter(|d| !d.is_source()).count();
        eprintln!(
            "factlint: read {} draft{}",
            drafts,
            if drafts == 1 { "" } else { "s" }
        );
        for d in loaded
            .docs
            .iter()
            .filter_map(|d| Some((d, d.source_info()?)))
        {
            eprintln!(
                "factlint: source: {} ({})",
                crate::render::visible(&d.0.path),
                d.1.describe()
            );
        }
    }
    Ok((prepared, loaded))
}

/// The primary sources of a run: the story sheets', then factlint.yaml's,
/// then `--source`'s (a file named twice keeps its first author and kind).
pub fn source_specs(cli_sources: &[String], p: &Prepared) -> Vec<crate::load::SourceSpec> {
    let mut specs: Vec<crate::load::SourceSpec> = p
        .sets
        .iter()
        .flat_map(|s| &s.sources)
        .map(|s| crate::load::SourceSpec {
            path: s.path.clone(),
            author: s.author.clone(),
            kind: s.kind.clone(),
        })
        .collect();
    specs.extend(p.settings.sources.iter().cloned());
    specs.extend(cli_sources.iter().map(|path| crate::load::SourceSpec {
        path: path.clone(),
        ..Default::default()
    }));
    specs
}

/// Runs the checks over a corpus with severity overrides (`None` = off); sorted findings.
/// Used by `rules --test`, whose drafts are the rule set's own examples.
pub fn findings(
    docs: &[Document],
    sets: &[crate::rules::RuleSet],
    over: &BTreeMap<String, Option<Severity>>,
) -> (Vec<Finding>, Vec<crate::load::LoadError>) {
    let options = crate::RunOptions {
        overrides: over.clone(),
        checks: true,
        ..Default::default()
    };
    let report = crate::run(docs, sets, &options);
    (report.findings, report.errors)
}

/// Runs `factlint check`.
pub fn run(args: &CheckArgs, color: ColorWhen) -> u8 {
    let (prepared, mut loaded) = match prepare_and_load(&args.rules, &args.input, color) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let options = crate::RunOptions {
        overrides: overrides(&prepared),
        checks: true,
        cache: super::open_cache(&args.cache, &prepared),
        ..Default::default()
    };
    let report = crate::run(&loaded.docs, &prepared.sets, &options);
    super::say_cache(options.cache.as_deref(), args.rules.verbose);
    loaded.errors.extend(report.errors);
    let (findings, claims, suppressed) = (report.findings, report.claims, report.suppressed);
    let corpus = report.corpus;

    let sources = Sources::new(
        &loaded.docs,
        &prepared.others,
        crate::finding::places(&findings),
    );
    let summary = Summary {
        files: loaded.docs.len(),
        claims,
        suppressed,
    };
    let registry = checks::registry();
    report_load_errors(&loaded.errors);
    let written = match args.format {
        CheckFormat::Json => {
            stream_stdout(|w| render::json::write_diagnostics(w, &findings, &sources, summary))
        }
        CheckFormat::Sarif => {
            stream_stdout(|w| render::sarif::write(w, &findings, &sources, &registry))
        }
        CheckFormat::Human => {
            let width = output_width(args.width);
            let mut s = render::human::render(&findings, &sources, use_color(color), width);
            s.push_str(&tally(&findings, summary));
            write_stdout(&s)
        }
        CheckFormat::Short => write_stdout(&render::short::render(&findings, &sources)),
        CheckFormat::Github => write_stdout(&render::github::render(&findings, &sources)),
    };
    if let Err(e) = written {
        eprintln!("error: cannot write output: {e}");
        return EXIT_ERROR;
    }
    let fail_at = match args.deny {
        None => Severity::Error,
        Some(DenyLevel::Warnings) => Severity::Warning,
        Some(DenyLevel::Notes) => Severity::Note,
    };
    let code = if !loaded.errors.is_empty() || prepared.failed {
        EXIT_ERROR
    } else if findings.iter().any(|f| f.severity >= fail_at) {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    };
    super::leave_to_exit(sources);
    super::leave_to_exit(corpus);
    super::leave_to_exit(findings);
    super::leave_to_exit(loaded);
    code
}

/// Runs `write` on standard output through a buffer, as it serialises: the
/// output is never held whole. A closed pipe (`| head`) is not an error.
pub fn stream_stdout(
    write: impl FnOnce(&mut BufWriter<io::StdoutLock<'static>>) -> io::Result<()>,
) -> io::Result<()> {
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    match write(&mut out).and_then(|_| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// The last line of human output: counts by severity.
fn tally(findings: &[Finding], s: Summary) -> String {
    let n = |sev: Severity| findings.iter().filter(|f| f.severity == sev).count();
    let plural = |k: usize, word: &str| format!("{k} {word}{}", if k == 1 { "" } else { "s" });
    let suppressed = if s.suppressed > 0 {
        format!(", {} suppressed", s.suppressed)
    } else {
        String::new()
    };
    format!(
        "factlint: {}, {}, {}{suppressed} in {} ({})\n",
        plural(n(Severity::Error), "error"),
        plural(n(Severity::Warning), "warning"),
        plural(n(Severity::Note), "note"),
        plural(s.files, "file"),
        plural(s.claims, "claim")
    )
}

/// The width human output is cut to: `--width` (0: never cut), else
/// `COLUMNS`, else the terminal's width when standard output is one, else 100.
fn output_width(flag: Option<usize>) -> Option<usize> {
    use std::io::IsTerminal;
    let width = flag
        .or_else(|| {
            std::env::var("COLUMNS")
                .ok()
                .and_then(|c| c.trim().parse().ok())
        })
        .or_else(|| {
            std::io::stdout()
                .is_terminal()
                .then(|| terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)))
                .flatten()
        })
        .unwrap_or(100);
    (width > 0).then_some(width)
}
