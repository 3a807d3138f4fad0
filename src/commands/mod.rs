//! The subcommands: each loads, runs the pipeline and renders, returning an exit code.
//!
//! This is the glue between the CLI and the pure pipeline stages; it decides
//! what goes to standard output (results) and standard error (problems with
//! the run), and maps the outcome to 0 (clean), 1 (findings) or 2 (the run
//! failed: bad input, bad rule set, bad flags).

pub mod check;
pub mod claims;
pub mod explain;
pub mod generate;
pub mod lsp;
pub mod report;
pub mod rules;

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::Arc;

use crate::cache::Cache;
use crate::cli::{CacheArgs, InputArgs, RuleArgs};
use crate::finding::Severity;
use crate::load::{self, LoadError};
use crate::render::{self, human::OtherFile};
use crate::rules::{RuleError, RuleSet, compile};
use crate::settings::{self, ConfigChoice, Settings};
use crate::source::LineIndex;

/// Exit code: nothing to report.
pub const EXIT_OK: u8 = 0;
/// Exit code: findings at or above the failing severity.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code: the run itself failed.
pub const EXIT_ERROR: u8 = 2;

/// Leaves `value` to the process's exit instead of freeing it: `check` and
/// `claims` end right after their output, and freeing an archive's drafts,
/// claims, keys and index piece by piece took the main thread a fifth of a
/// second at 50 MB (perf), after the output was written, while the other
/// core waited. Only for a one-shot command's last values: nothing with an
/// effect on drop (the claims cache) is left this way.
pub fn leave_to_exit<T>(value: T) {
    std::mem::forget(value);
}

/// Writes to standard output; a closed pipe (`| head`) is not an error.
pub fn write_stdout(s: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// True when output to standard output should be coloured.
pub fn use_color(when: crate::cli::ColorWhen) -> bool {
    use std::io::IsTerminal;
    match when {
        crate::cli::ColorWhen::Always => true,
        crate::cli::ColorWhen::Never => false,
        crate::cli::ColorWhen::Auto => {
            io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var("TERM").map_or(true, |t| t != "dumb")
        }
    }
}

/// Settings, the run's rule sets, and the files they were read from.
pub struct Prepared {
    /// Resolved settings.
    pub settings: Settings,
    /// Rule files then the config file, as `Place::Rules` indexes them.
    pub others: Vec<OtherFile>,
    /// Rule sets that compiled.
    pub sets: Vec<RuleSet>,
    /// True when any rule or config file could not be read or compiled.
    pub failed: bool,
}

/// The config choice of a command that reads drafts: `--rules`,
/// `--no-config`, `--config`, and discovery from each checked path's folder.
pub fn choice(rules: &RuleArgs, paths: &[String], stdin_name: Option<&str>) -> ConfigChoice {
    let start_dirs = paths
        .iter()
        .map(|p| match (p.as_str(), stdin_name) {
            ("-", Some(name)) => settings::start_dir(name),
            ("-", None) => ".".into(),
            (p, _) => settings::start_dir(p),
        })
        .collect();
    ConfigChoice {
        rules: rules.rules.clone(),
        no_config: rules.no_config,
        config: rules.config.clone(),
        start_dirs,
    }
}

/// The paths to read: `--stdin-filename` alone reads standard input; with
/// paths, one of them must be `-`.
pub fn input_paths(input: &InputArgs) -> Result<Vec<String>, String> {
    match &input.stdin_filename {
        Some(_) if input.paths.is_empty() => Ok(vec!["-".into()]),
        Some(name) if !input.paths.iter().any(|p| p == "-") => Err(format!(
            "--stdin-filename {} names standard input, but `-` is not among the paths to read",
            render::visible(name)
        )),
        _ => Ok(input.paths.clone()),
    }
}

/// With `--verbose`: the config file and rule sets in use, on standard error.
pub fn say_config(choice: &ConfigChoice, prepared: &Prepared) {
    let mut err = io::stderr().lock();
    let config = match (&prepared.settings.config, choice.no_config) {
        (_, true) => "none (--no-config)".to_string(),
        (Some((path, _)), _) if choice.config.is_some() => format!("{path} (--config)"),
        (Some((path, _)), _) => format!(
            "{path} (the nearest {} above the drafts)",
            settings::CONFIG_FILE
        ),
        (None, _) => format!(
            "none (no {} in the drafts' folders or their parents)",
            settings::CONFIG_FILE
        ),
    };
    let _ = writeln!(err, "factlint: config: {}", render::visible(&config));
    if prepared.settings.rule_files.is_empty() {
        let _ = writeln!(err, "factlint: rule sets: none");
    }
    for r in &prepared.settings.rule_files {
        let _ = writeln!(err, "factlint: rule set: {}", render::visible(r));
    }
}

/// Resolves settings for the config choice and compiles every rule file,
/// reporting problems on standard error.
///
/// A rule file not named `*.yaml` or `*.yml` that fails to compile is
/// reported by position only: whatever file was named, its lines are never
/// quoted into a CI log.
pub fn prepare_with(choice: &ConfigChoice, color: bool) -> Prepared {
    let (settings, mut config_errors) = settings::resolve(choice);
    let mut others = Vec::new();
    let mut errors: Vec<(usize, RuleError)> = Vec::new();
    let mut sets = Vec::new();
    let mut load_errors = Vec::new();
    for path in &settings.rule_files {
        match load::read_text_file(path) {
            Ok(text) => {
                let i = others.len();
                match compile::compile(path, &text, i) {
                    Ok(set) => sets.push(set),
                    Err(es) if is_yaml_name(path) => errors.extend(es.into_iter().map(|e| (i, e))),
                    Err(es) => load_errors.push(unquoted(path, &text, &es)),
                }
                others.push(OtherFile {
                    path: path.clone(),
                    text,
                });
            }
            Err(e) => load_errors.push(e),
        }
    }
    if let Some((path, text)) = &settings.config {
        let i = others.len();
        others.push(OtherFile {
            path: path.clone(),
            text: text.clone(),
        });
        errors.extend(config_errors.drain(..).map(|e| (i, e)));
    }
    report_load_errors(&load_errors);
    // The config file could not be read: its problems (which name it) have
    // no text to point into.
    for e in &config_errors {
        eprintln!("error: {}", render::visible(&e.message));
    }
    if !errors.is_empty() {
        let mut err = io::stderr().lock();
        let _ =
            err.write_all(render::human::render_rule_errors(&errors, &others, color).as_bytes());
    }
    let failed = !errors.is_empty() || !load_errors.is_empty() || !config_errors.is_empty();
    Prepared {
        settings,
        others,
        sets,
        failed,
    }
}

/// True when `path` is named like a YAML file.
fn is_yaml_name(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".yaml") || lower.ends_with(".yml")
}

/// The compile errors of a rule file not named like YAML, as one error with
/// the first problem's position and none of the file's words.
fn unquoted(path: &str, text: &str, es: &[RuleError]) -> LoadError {
    let position = es.iter().find_map(|e| e.span).map(|s| {
        let lc = LineIndex::new(text).line_col(text, s.start);
        (lc.line, lc.column)
    });
    LoadError {
        path: path.to_string(),
        position,
        message: "not a valid rule set (lines are quoted only from files named *.yaml or *.yml)"
            .into(),
    }
}

/// Severity overrides: rule sets in order, then the config file (`None` = off).
pub fn overrides(p: &Prepared) -> BTreeMap<String, Option<Severity>> {
    let mut m = BTreeMap::new();
    for s in &p.sets {
        m.extend(s.severities.iter().map(|(k, v)| (k.clone(), *v)));
    }
    m.extend(p.settings.severities.iter().map(|(k, v)| (k.clone(), *v)));
    m
}

/// The claims cache a command uses (`settings::cache_dir`), or `None` with
/// `--no-cache` or `FACTLINT_NO_CACHE`.
pub fn open_cache(args: &CacheArgs, p: &Prepared) -> Option<Arc<Cache>> {
    if args.no_cache || settings::env_flag(std::env::var_os("FACTLINT_NO_CACHE").as_deref()) {
        return None;
    }
    let dir = settings::cache_dir(
        args.cache_dir.as_deref(),
        std::env::var_os("FACTLINT_CACHE_DIR").as_deref(),
        p.settings.config_dir.as_deref(),
    );
    Some(Arc::new(Cache::new(dir)))
}

/// After a run: with `--verbose`, what the claims cache did; a problem
/// writing it, as one warning (the run itself is not affected).
pub fn say_cache(cache: Option<&Cache>, verbose: bool) {
    let mut err = io::stderr().lock();
    let Some(cache) = cache else {
        if verbose {
            let _ = writeln!(err, "factlint: claims cache: off");
        }
        return;
    };
    let stats = cache.stats();
    if verbose {
        let _ = writeln!(
            err,
            "factlint: claims cache: {} read, {} extracted, {} written ({}); automatic keys: {} drafts read, {} worked out",
            stats.hits,
            stats.misses,
            stats.written,
            render::visible(&cache.root().to_string_lossy()),
            stats.pack_hits,
            stats.pack_misses
        );
    }
    if let Some(problem) = stats.problem {
        let _ = writeln!(
            err,
            "warning: {} (the run goes on without it; --no-cache skips it)",
            render::visible(&problem)
        );
    }
}

/// True when standard error should be coloured.
pub fn stderr_color(when: crate::cli::ColorWhen) -> bool {
    use std::io::IsTerminal;
    match when {
        crate::cli::ColorWhen::Always => true,
        crate::cli::ColorWhen::Never => false,
        crate::cli::ColorWhen::Auto => {
            io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// Reports input problems on standard error, one line each, with control
/// characters (from file names) made visible.
pub fn report_load_errors(errors: &[LoadError]) {
    let mut err = io::stderr().lock();
    for e in errors {
        let _ = writeln!(err, "error: {}", render::visible(&e.to_string()));
    }
}
