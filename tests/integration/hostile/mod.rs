//! The hostile-input table (issue 11, SPEC 7): every way a pull request can
//! hand factlint bad or pathological input, each with the message the user
//! must see and the exit code. A case writes its files into a fresh temporary
//! folder, runs the binary there, and checks that it never panicked (exit 101)
//! or aborted (134), that the exit code is the expected one, that standard
//! error (or output) says what the case expects, and that no input changed.
//!
//! The cases live in one file per theme (`pipeline`, `load`, `rules`); each
//! is a row of a table, so adding a case is adding a row.

mod load;
mod pipeline;
mod rules;

use std::path::{Path, PathBuf};
use std::process::Stdio;

/// One hostile input and what factlint must do with it.
pub struct Case {
    /// A short name, printed when the case fails.
    pub name: &'static str,
    /// Files to create, relative to the case's folder: (path, bytes).
    pub files: Vec<(&'static str, Vec<u8>)>,
    /// Arguments, run from the case's folder.
    pub args: Vec<String>,
    /// Expected exit code.
    pub exit: i32,
    /// Text standard error must contain (each item).
    pub stderr: Vec<&'static str>,
    /// Text standard output must contain (each item).
    pub stdout: Vec<&'static str>,
    /// Text neither stream may contain (each item).
    pub never: Vec<&'static str>,
    /// Environment variables set for the run.
    pub env: Vec<(&'static str, &'static str)>,
}

impl Case {
    /// A case with one file and the given arguments.
    pub fn new(name: &'static str, args: &[&str], exit: i32) -> Case {
        Case {
            name,
            files: Vec::new(),
            args: args.iter().map(|s| s.to_string()).collect(),
            exit,
            stderr: Vec::new(),
            stdout: Vec::new(),
            never: Vec::new(),
            env: Vec::new(),
        }
    }

    /// Sets an environment variable for the run.
    pub fn env(mut self, key: &'static str, value: &'static str) -> Case {
        self.env.push((key, value));
        self
    }

    /// Adds a file.
    pub fn file(mut self, path: &'static str, bytes: impl Into<Vec<u8>>) -> Case {
        self.files.push((path, bytes.into()));
        self
    }

    /// Standard error must contain `s`.
    pub fn err(mut self, s: &'static str) -> Case {
        self.stderr.push(s);
        self
    }

    /// Standard output must contain `s`.
    pub fn out(mut self, s: &'static str) -> Case {
        self.stdout.push(s);
        self
    }

    /// Neither stream may contain `s`.
    pub fn never(mut self, s: &'static str) -> Case {
        self.never.push(s);
        self
    }
}

/// A fresh empty folder for one case.
pub fn case_dir(name: &str) -> PathBuf {
    let slug: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let dir = std::env::temp_dir().join(format!("factlint-hostile-{}-{slug}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temporary folder");
    dir
}

/// Runs every case; collects all failures before failing, so one run shows them all.
pub fn run_table(cases: Vec<Case>) {
    let mut failures = Vec::new();
    for case in cases {
        if let Err(why) = run_case(&case) {
            failures.push(format!("[{}] {why}", case.name));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

fn run_case(case: &Case) -> Result<(), String> {
    let dir = case_dir(case.name);
    for (path, bytes) in &case.files {
        let p = dir.join(path);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
        }
        std::fs::write(&p, bytes).map_err(|e| e.to_string())?;
    }
    let before = snapshot(&dir);
    let out = crate::factlint_command()
        .args(&case.args)
        .current_dir(&dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env_remove("RUST_BACKTRACE")
        .envs(case.env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .map_err(|e| e.to_string())?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let shown = || format!("\n--- stdout\n{stdout}\n--- stderr\n{stderr}");
    let code = out.status.code().unwrap_or(-1);
    if code != case.exit {
        return Err(format!("exit {code}, expected {}{}", case.exit, shown()));
    }
    if stderr.contains("panicked") {
        return Err(format!("panicked{}", shown()));
    }
    for s in &case.stderr {
        if !stderr.contains(s) {
            return Err(format!("standard error lacks {s:?}{}", shown()));
        }
    }
    for s in &case.stdout {
        if !stdout.contains(s) {
            return Err(format!("standard output lacks {s:?}{}", shown()));
        }
    }
    for s in &case.never {
        if stdout.contains(s) || stderr.contains(s) {
            return Err(format!("output contains {s:?}{}", shown()));
        }
    }
    if snapshot(&dir) != before {
        return Err("an input file changed".into());
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

/// Every regular file under `dir` with its bytes.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            let Ok(ft) = e.file_type() else { continue };
            if ft.is_dir() {
                stack.push(p);
            } else if ft.is_file() {
                out.push((p.clone(), std::fs::read(&p).unwrap_or_default()));
            }
        }
    }
    out.sort();
    out
}
