//! `factlint report`: the pre-publish fact sheet, written to one file.
//!
//! Loads and runs exactly as `check` does (`factlint::run` with the checks
//! on), builds the report model and writes HTML or Markdown, chosen by the
//! output's extension. The file is written atomically (`OUT.tmp-<pid>` in the
//! same folder, then renamed), never over an input draft or a rule file, and
//! no other file is created but the claims cache's entries. Findings do
//! not fail the command: exit 0 when the sheet is written, 2 when the run
//! or the write fails.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{EXIT_ERROR, EXIT_OK, overrides, report_load_errors};
use crate::cli::{ColorWhen, ReportArgs};
use crate::render::{self, report};

/// The formats of the sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    /// One self-contained HTML page.
    Html,
    /// Markdown with the same tables.
    Markdown,
}

/// The format an output path asks for by its extension (`.html`, `.htm`,
/// `.md`, `.markdown`, any case); `None` for another.
pub fn format_of(out: &str) -> Option<ReportFormat> {
    let ext = Path::new(out).extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => Some(ReportFormat::Html),
        "md" | "markdown" => Some(ReportFormat::Markdown),
        _ => None,
    }
}

/// Runs `factlint report`.
pub fn run(args: &ReportArgs, color: ColorWhen) -> u8 {
    let shown = render::visible(&args.out).into_owned();
    let Some(format) = format_of(&args.out) else {
        eprintln!(
            "error: {shown}: cannot tell the report's format from its name (use .html, .htm, .md or .markdown)"
        );
        return EXIT_ERROR;
    };
    let (prepared, mut loaded) =
        match super::check::prepare_and_load(&args.rules, &args.input, color) {
            Ok(x) => x,
            Err(code) => return code,
        };
    let inputs: Vec<&str> = loaded
        .docs
        .iter()
        .map(|d| d.path.as_str())
        .chain(prepared.others.iter().map(|o| o.path.as_str()))
        .collect();
    if let Some(input) = overwrites_input(&args.out, &inputs) {
        report_load_errors(&loaded.errors);
        eprintln!(
            "error: {shown}: refusing to write the report over an input file ({})",
            render::visible(input)
        );
        return EXIT_ERROR;
    }
    let options = crate::RunOptions {
        overrides: overrides(&prepared),
        checks: true,
        cache: super::open_cache(&args.cache, &prepared),
        ..Default::default()
    };
    let run = crate::run(&loaded.docs, &prepared.sets, &options);
    super::say_cache(options.cache.as_deref(), args.rules.verbose);
    loaded.errors.extend(run.errors);
    report_load_errors(&loaded.errors);
    if !loaded.errors.is_empty() || prepared.failed {
        eprintln!("error: {shown}: not written, the run had errors (see above)");
        return EXIT_ERROR;
    }
    let model = report::build(&run.corpus, &run.findings, &prepared.others);
    let text = match format {
        ReportFormat::Html => report::html::render(&model),
        ReportFormat::Markdown => report::markdown::render(&model),
    };
    if let Err(e) = write_atomically(Path::new(&args.out), text.as_bytes()) {
        eprintln!("error: {shown}: cannot write the report: {e}");
        return EXIT_ERROR;
    }
    let plural = |k: usize, word: &str| format!("{k} {word}{}", if k == 1 { "" } else { "s" });
    eprintln!(
        "factlint: wrote {shown} ({}, {}, {})",
        plural(model.drafts.iter().filter(|d| !d.source).count(), "draft"),
        plural(model.claims(), "claim"),
        plural(model.findings.len(), "finding")
    );
    EXIT_OK
}

/// The input `out` would overwrite, if any: a draft or rule file that is
/// the same file (by canonical path, so `./a.txt` and a link to it count).
fn overwrites_input<'a>(out: &str, inputs: &[&'a str]) -> Option<&'a str> {
    let target = canonical_target(Path::new(out))?;
    inputs
        .iter()
        .copied()
        .filter(|p| *p != "-")
        .find(|p| fs::canonicalize(p).is_ok_and(|c| c == target))
}

/// Where writing `out` would land: the file's canonical path when it exists,
/// else its folder's canonical path joined with its name.
fn canonical_target(out: &Path) -> Option<PathBuf> {
    if let Ok(c) = fs::canonicalize(out) {
        return Some(c);
    }
    let name = out.file_name()?;
    let dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Some(fs::canonicalize(dir).ok()?.join(name))
}

/// Writes `bytes` to `out` through `OUT.tmp-<pid>` in the same folder and a
/// rename, so a reader never sees half a report; the temporary file is
/// removed when anything fails.
pub fn write_atomically(out: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if out.is_dir() {
        return Err(std::io::Error::other("it is a directory"));
    }
    let mut tmp_name = out.file_name().unwrap_or_default().to_os_string();
    tmp_name.push(format!(".tmp-{}", std::process::id()));
    let tmp = out.with_file_name(tmp_name);
    let result = (|| {
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, out)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_follows_the_extension() {
        assert_eq!(format_of("review.html"), Some(ReportFormat::Html));
        assert_eq!(format_of("a/b.HTM"), Some(ReportFormat::Html));
        assert_eq!(format_of("review.md"), Some(ReportFormat::Markdown));
        assert_eq!(format_of("x.markdown"), Some(ReportFormat::Markdown));
        assert_eq!(format_of("review.pdf"), None);
        assert_eq!(format_of("review"), None);
    }
}
