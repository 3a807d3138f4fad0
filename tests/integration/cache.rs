//! The claims cache as a user meets it: a re-run reads unchanged drafts'
//! claims from it and prints byte for byte what a cold run prints; a changed
//! draft is extracted again; damaged entries are misses; runs at once share
//! it safely; it is never read as drafts; `--no-cache` leaves no trace.

use std::path::{Path, PathBuf};
use std::process::Output;

/// A scratch folder holding a copy of the seed corpus and a Markdown story.
fn project(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factlint-it-cache-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let drafts = dir.join("drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for from in [
        "fixtures/amazon-2025",
        "fixtures/zero-config/boeing-2024-planted",
    ] {
        for e in std::fs::read_dir(root.join(from)).unwrap().flatten() {
            std::fs::copy(e.path(), drafts.join(e.file_name())).unwrap();
        }
    }
    dir
}

/// Runs factlint in `dir` with the cache on (no `FACTLINT_NO_CACHE`).
fn run(dir: &Path, args: &[&str]) -> Output {
    crate::factlint_command()
        .env_remove("FACTLINT_NO_CACHE")
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .output()
        .expect("factlint runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The `read, extracted, written` counts `-v` reports.
fn counts(o: &Output) -> (usize, usize, usize) {
    let err = stderr(o);
    let line = err
        .lines()
        .find_map(|l| l.strip_prefix("factlint: claims cache: "))
        .unwrap_or_else(|| panic!("no cache line in {err}"));
    let n: Vec<usize> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| !w.is_empty())
        .take(3)
        .map(|w| w.parse().unwrap())
        .collect();
    (n[0], n[1], n[2])
}

/// Every file under `dir`.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

const CHECK: &[&str] = &["check", "--format", "json", "--no-config", "-v", "drafts"];

#[test]
fn a_second_run_reads_every_draft_from_the_cache_and_prints_the_same() {
    let dir = project("warm");
    let cold = run(&dir, CHECK);
    let drafts = files(&dir.join("drafts")).len();
    assert_eq!(counts(&cold), (0, drafts, drafts), "{}", stderr(&cold));
    let warm = run(&dir, CHECK);
    assert_eq!(counts(&warm), (drafts, 0, 0), "{}", stderr(&warm));
    assert!(
        stderr(&warm).contains(&format!(
            "automatic keys: {drafts} drafts read, 0 worked out"
        )),
        "{}",
        stderr(&warm)
    );
    assert_eq!(cold.stdout, warm.stdout);
    assert_eq!(cold.status.code(), warm.status.code());
    let uncached = run(&dir, &[CHECK, &["--no-cache"]].concat());
    assert_eq!(cold.stdout, uncached.stdout);
    let cache = dir.join(".factlint_cache");
    assert!(cache.join("CACHEDIR.TAG").is_file());
    assert_eq!(
        std::fs::read_to_string(cache.join(".gitignore")).unwrap(),
        "*\n"
    );
    for cmd in [&["claims", "--format", "json"][..], &["claims"][..]] {
        let args = [cmd, &["--no-config", "drafts"]].concat();
        let (a, b) = (run(&dir, &args), run(&dir, &args));
        assert_eq!(a.stdout, b.stdout);
        assert_eq!(
            a.stdout,
            run(&dir, &[&args[..], &["--no-cache"]].concat()).stdout
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_changed_draft_alone_is_extracted_again() {
    let dir = project("changed");
    let first = run(&dir, CHECK);
    let drafts = files(&dir.join("drafts")).len();
    let blog = dir.join("drafts/blog.md");
    let text = std::fs::read_to_string(&blog).unwrap();
    std::fs::write(
        &blog,
        format!("{text}\nThe company said it had 150,000 staff.\n"),
    )
    .unwrap();
    let second = run(&dir, CHECK);
    assert_eq!(counts(&second), (drafts - 1, 1, 1), "{}", stderr(&second));
    assert_ne!(first.stdout, second.stdout);
    let fresh = run(&dir, &[CHECK, &["--no-cache"]].concat());
    assert_eq!(second.stdout, fresh.stdout);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn damaged_entries_are_read_as_misses() {
    let dir = project("damaged");
    let cold = run(&dir, CHECK);
    let cache = dir.join(".factlint_cache");
    // The claims entries (the automatic keys' pack is damaged too).
    let all: Vec<PathBuf> = files(&cache)
        .into_iter()
        .filter(|p| p.parent() != Some(cache.as_path()))
        .collect();
    let entries: Vec<&PathBuf> = all
        .iter()
        .filter(|p| p.to_string_lossy().contains("claims-"))
        .collect();
    assert_eq!(all.len(), entries.len() + 1, "{all:?}");
    assert!(!entries.is_empty());
    for (i, e) in all.iter().enumerate() {
        let bytes = std::fs::read(e).unwrap();
        let damaged = match i % 3 {
            0 => bytes[..bytes.len() / 2].to_vec(),
            1 => b"not an entry at all".to_vec(),
            _ => bytes.iter().map(|b| b ^ 0x55).collect(),
        };
        std::fs::write(e, damaged).unwrap();
    }
    let after = run(&dir, CHECK);
    assert_eq!(counts(&after), (0, entries.len(), entries.len()));
    assert!(
        stderr(&after).contains(&format!(
            "automatic keys: 0 drafts read, {} worked out",
            entries.len()
        )),
        "{}",
        stderr(&after)
    );
    assert_eq!(cold.stdout, after.stdout);
    assert_eq!(cold.status.code(), after.status.code());
    assert!(!stderr(&after).contains("error"), "{}", stderr(&after));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn four_runs_at_once_share_one_cache() {
    let dir = project("concurrent");
    let reference = run(&dir, &[CHECK, &["--no-cache"]].concat());
    let children: Vec<_> = (0..4)
        .map(|_| {
            crate::factlint_command()
                .env_remove("FACTLINT_NO_CACHE")
                .args(CHECK)
                .current_dir(&dir)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("factlint starts")
        })
        .collect();
    for child in children {
        let o = child.wait_with_output().unwrap();
        assert_eq!(o.status.code(), reference.status.code(), "{}", stderr(&o));
        assert_eq!(o.stdout, reference.stdout);
        assert!(!stderr(&o).contains("warning"), "{}", stderr(&o));
    }
    let leftovers: Vec<PathBuf> = files(&dir.join(".factlint_cache"))
        .into_iter()
        .filter(|p| p.to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let warm = run(&dir, CHECK);
    assert_eq!(counts(&warm).1, 0);
    assert_eq!(warm.stdout, reference.stdout);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_cache_inside_the_drafts_folder_is_never_read_as_drafts() {
    let dir = project("inside");
    // Named like a draft folder, not hidden: the walker must still skip it.
    let args = [CHECK, &["--cache-dir", "drafts/cache.md"]].concat();
    let cold = run(&dir, &args);
    let warm = run(&dir, &args);
    assert!(dir.join("drafts/cache.md/CACHEDIR.TAG").is_file());
    let drafts = std::fs::read_dir(dir.join("drafts")).unwrap().count() - 1;
    for o in [&cold, &warm] {
        assert!(
            stderr(o).contains(&format!("read {drafts} drafts")),
            "{}",
            stderr(o)
        );
    }
    assert_eq!(counts(&warm), (drafts, 0, 0));
    assert_eq!(cold.stdout, warm.stdout);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_variable_picks_the_folder_and_no_cache_writes_nothing() {
    let dir = project("where");
    let o = run(&dir, &[CHECK, &["--no-cache"]].concat());
    assert!(stderr(&o).contains("factlint: claims cache: off"));
    assert!(!dir.join(".factlint_cache").exists());
    let elsewhere = dir.join("elsewhere");
    let o = crate::factlint_command()
        .env_remove("FACTLINT_NO_CACHE")
        .env("FACTLINT_CACHE_DIR", &elsewhere)
        .args(CHECK)
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(elsewhere.join("CACHEDIR.TAG").is_file(), "{}", stderr(&o));
    assert!(!dir.join(".factlint_cache").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_unwritable_cache_is_one_warning_and_the_run_goes_on() {
    let dir = project("unwritable");
    std::fs::write(dir.join("blocked"), "a file, not a folder").unwrap();
    let reference = run(&dir, &[CHECK, &["--no-cache"]].concat());
    let o = run(&dir, &[CHECK, &["--cache-dir", "blocked"]].concat());
    assert_eq!(o.status.code(), reference.status.code());
    assert_eq!(o.stdout, reference.stdout);
    let err = stderr(&o);
    assert_eq!(
        err.matches("warning: cannot write the claims cache")
            .count(),
        1,
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
