//! Conventions the code keeps, checked on its source: the stages import one
//! way only (ARCHITECTURE.md), and no source file grows past 800 lines. Each top-level module of `src/` has a place in
//! `STAGE_ORDER`; a module may name (`crate::x`) only modules at or before its
//! own place, so no two stages import each other.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Top-level modules of `src/`, leaves first. `lib.rs` (the pipeline that
/// joins them) and `main.rs` may name any of them.
const STAGE_ORDER: &[&str] = &[
    "source", "check_id", "claim", "labels", "finding", "markdown", "extract", "cache", "rules",
    "bind", "autokey", "index", "suppress", "checks", "render", "load", "settings", "cli",
    "commands",
];

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("src is readable").flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The top-level modules a source text names through `crate::`, including
/// grouped imports (`use crate::{a, b::c}`); the crate root's own items
/// (`crate::run`) are not modules and are left out.
fn named_modules(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                out.insert(name);
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            out.insert(name);
        }
    }
    out.retain(|m| STAGE_ORDER.contains(&m.as_str()));
    out
}

#[test]
fn stages_import_one_way_only() {
    let root = src();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    let rank = |m: &str| STAGE_ORDER.iter().position(|s| *s == m);
    let mut wrong = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(&root).unwrap_or(f);
        let first = rel
            .components()
            .next()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .unwrap_or_default();
        let module = first.trim_end_matches(".rs").to_string();
        if module == "lib" || module == "main" {
            continue;
        }
        let Some(mine) = rank(&module) else {
            wrong.push(format!(
                "{}: module `{module}` has no place in STAGE_ORDER",
                rel.display()
            ));
            continue;
        };
        let text = std::fs::read_to_string(f).unwrap_or_default();
        for m in named_modules(&text) {
            if rank(&m).is_some_and(|theirs| theirs > mine) {
                wrong.push(format!(
                    "{}: `{module}` names the later stage `{m}`",
                    rel.display()
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the stage order:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_reader_sees_grouped_imports() {
    let m = named_modules("use crate::{claim::Claim, index::Corpus};\nlet x = crate::run(a);");
    assert_eq!(m.into_iter().collect::<Vec<_>>(), vec!["claim", "index"]);
}

/// The most lines one source file may hold: a file past it is a warehouse,
/// to be split by concern.
const MAX_LINES: usize = 800;

#[test]
fn no_source_file_is_a_warehouse() {
    let root = src();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let big: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let n = std::fs::read_to_string(f).ok()?.lines().count();
            (n > MAX_LINES).then(|| format!("{}: {n} lines", f.display()))
        })
        .collect();
    assert!(
        big.is_empty(),
        "files over {MAX_LINES} lines:\n{}",
        big.join("\n")
    );
}

/// Every test runs the binary through `factlint_command` (main.rs), which
/// turns the claims cache off: no test reads another's cache or leaves one
/// in the repository.
#[test]
fn tests_run_the_binary_through_one_helper() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/integration");
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    let direct = ["Command::new(env!(", "\"CARGO_BIN_EXE_factlint\"))"].concat();
    let offenders: Vec<_> = files
        .iter()
        .filter(|f| !f.ends_with("main.rs"))
        .filter(|f| std::fs::read_to_string(f).is_ok_and(|t| t.contains(&direct)))
        .collect();
    assert!(
        offenders.is_empty(),
        "use crate::factlint_command(): {offenders:?}"
    );
}
