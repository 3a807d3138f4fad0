//! The subcommands: each loads, runs the pipeline and renders, returning an exit code.
//!
//! This is the glue between the CLI and the pure pipeline stages; it decides
//! what goes to standard output (results) and standard error (problems with
//! the run), and maps the outcome to 0 (clean), 1 (findings) or 2 (the run
//! failed: bad input, bad rule set, bad flags).

pub mod check;
pub mod claims;
pub mod explain;

use std::io::{self, Write};

use crate::load::LoadError;

/// Exit code: nothing to report.
pub const EXIT_OK: u8 = 0;
/// Exit code: findings at or above the failing severity.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code: the run itself failed.
pub const EXIT_ERROR: u8 = 2;

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

/// Reports input problems on standard error, one line each.
pub fn report_load_errors(errors: &[LoadError]) {
    let mut err = io::stderr().lock();
    for e in errors {
        let _ = writeln!(err, "error: {e}");
    }
}
