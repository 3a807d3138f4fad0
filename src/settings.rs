//! Settings: the command line and `factlint.yaml`, resolved once.
//!
//! A `factlint.yaml` names rule files (relative to itself), include/exclude
//! globs, severity overrides and the size limit. The one used is the nearest
//! above the checked paths' folders (the current folder when none is named;
//! `--stdin-filename`'s folder for standard input), or the one `--config`
//! names; `--rules` adds rule files to it; `--no-config` ignores it. Drafts
//! under two different config files are an error: one story sheet would be
//! held against another story's drafts.
//! Problems in the config file are `RuleError`s against that file, reported
//! like rule-set errors. After this, nothing reads configuration again.
//!
//! A config file arrives with the drafts (a pull request can change it), so
//! what it names must stay inside the folder that holds it: a rule file
//! outside (`../secret`, `/proc/self/environ`, a link out) is refused with
//! the reason and never read. The command line may name any path.

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Component, Path, PathBuf};

use crate::finding::Severity;
use crate::rules::RuleError;
use crate::rules::compile::did_you_mean;
use crate::rules::raw;
use crate::source::Span;

/// The name of the config file.
pub const CONFIG_FILE: &str = "factlint.yaml";

/// Resolved settings of a run.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    /// Rule files to load, config's first, then `--rules`.
    pub rule_files: Vec<String>,
    /// Primary sources the config names (paths as shown).
    pub sources: Vec<crate::load::SourceSpec>,
    /// Globs a walked draft must match.
    pub include: Vec<String>,
    /// Globs that drop a walked draft.
    pub exclude: Vec<String>,
    /// Severity overrides from the config (`None` = off).
    pub severities: BTreeMap<String, Option<Severity>>,
    /// Largest draft read, when the config sets it.
    pub max_file_size: Option<u64>,
    /// The config file used, with its text (for error rendering).
    pub config: Option<(String, String)>,
    /// The folder holding the config file, which its globs are relative to.
    pub config_dir: Option<PathBuf>,
}

/// Where the claims cache lives: `--cache-dir`, else `FACTLINT_CACHE_DIR`
/// (`env`), else `.factlint_cache` in the folder of the config file in use,
/// else in the current directory. An empty flag or variable counts as unset.
pub fn cache_dir(flag: Option<&str>, env: Option<&OsStr>, config_dir: Option<&Path>) -> PathBuf {
    if let Some(f) = flag.filter(|f| !f.is_empty()) {
        return PathBuf::from(f);
    }
    if let Some(e) = env.filter(|e| !e.is_empty()) {
        return PathBuf::from(e);
    }
    config_dir
        .unwrap_or(Path::new("."))
        .join(crate::cache::DIR_NAME)
}

/// True when an environment variable such as `FACTLINT_NO_CACHE` is set to
/// anything but empty, `0`, `false`, `no` or `off`.
pub fn env_flag(value: Option<&OsStr>) -> bool {
    value.is_some_and(|v| {
        let v = v.to_string_lossy().trim().to_ascii_lowercase();
        !matches!(v.as_str(), "" | "0" | "false" | "no" | "off")
    })
}

/// Finds `factlint.yaml` in `dir` or a parent: the nearest one there is,
/// whatever it is (a FIFO or a broken link there is reported, not skipped).
pub fn find_config(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .map(|d| d.join(CONFIG_FILE))
        .find(|p| p.symlink_metadata().is_ok())
}

/// A config-level problem with no place in the config text.
fn config_error(message: String) -> RuleError {
    RuleError {
        span: None,
        message,
        label: String::new(),
        help: None,
        also: Vec::new(),
    }
}

/// `rel` resolved against `base`, when it stays inside `base`: after
/// following symbolic links when the file exists, lexically when it does not.
fn inside(base: &Path, rel: &str) -> Option<PathBuf> {
    let joined = base.join(rel);
    let root = std::fs::canonicalize(base).unwrap_or_else(|_| base.to_path_buf());
    if let Ok(target) = std::fs::canonicalize(&joined) {
        return target.starts_with(&root).then_some(joined);
    }
    let mut depth = 0usize;
    for c in Path::new(rel).components() {
        match c {
            Component::Normal(_) => depth += 1,
            Component::CurDir => {}
            Component::ParentDir => depth = depth.checked_sub(1)?,
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(joined)
}

/// Which config file a run uses, as the command line asks.
#[derive(Clone, Debug, Default)]
pub struct ConfigChoice {
    /// Rule files named with `--rules`.
    pub rules: Vec<String>,
    /// `--no-config`: use no config file at all.
    pub no_config: bool,
    /// `--config FILE`: this file, and no discovery.
    pub config: Option<String>,
    /// The folders discovery starts from: each checked path's folder (a
    /// file's parent, a directory itself, standard input's
    /// `--stdin-filename` parent), relative to the current directory. Empty:
    /// the current directory.
    pub start_dirs: Vec<PathBuf>,
}

/// The folder config discovery starts from for one checked path.
pub fn start_dir(path: &str) -> PathBuf {
    let p = Path::new(path);
    if p.is_dir() {
        p.to_path_buf()
    } else {
        match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        }
    }
}

/// Shows `path` relative to `cwd` when it is inside it.
fn shown(path: &Path, cwd: &Path) -> String {
    path.strip_prefix(cwd)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
        .to_string_lossy()
        .into_owned()
}

/// The config file discovery finds: the nearest `factlint.yaml` above each
/// start folder. When the checked paths lie under different config files,
/// the first path's is used and the choice is an error naming both, since
/// one story sheet would then be applied to another story's drafts.
fn discover(start_dirs: &[PathBuf], cwd: &Path) -> (Option<PathBuf>, Vec<RuleError>) {
    let here = [PathBuf::from(".")];
    let dirs = if start_dirs.is_empty() {
        &here[..]
    } else {
        start_dirs
    };
    let mut found: Vec<PathBuf> = Vec::new();
    for d in dirs {
        let abs = cwd.join(d);
        if let Some(c) = find_config(&abs) {
            let key = std::fs::canonicalize(&c).unwrap_or_else(|_| c.clone());
            if !found
                .iter()
                .any(|f| std::fs::canonicalize(f).unwrap_or_else(|_| f.clone()) == key)
            {
                found.push(c);
            }
        }
    }
    let mut errors = Vec::new();
    if found.len() > 1 {
        let names: Vec<String> = found.iter().map(|f| shown(f, cwd)).collect();
        errors.push(config_error(format!(
            "the checked drafts lie under different config files ({}); {} is used for all of them: check each story's folder on its own, or choose one with --config FILE",
            names.join(", "),
            names[0]
        )));
    }
    (found.into_iter().next(), errors)
}

/// Resolves settings: the config file (unless `no_config`: the one
/// `--config` names, else the nearest one above each checked path), then the
/// CLI's rule files; with the problems found in the config file (empty when none).
pub fn resolve(choice: &ConfigChoice) -> (Settings, Vec<RuleError>) {
    let mut s = Settings::default();
    let mut errors = Vec::new();
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let path = if choice.no_config {
        None
    } else if let Some(named) = &choice.config {
        let p = PathBuf::from(named);
        Some(if p.is_absolute() { p } else { cwd.join(p) })
    } else {
        let (found, problems) = discover(&choice.start_dirs, &cwd);
        errors.extend(problems);
        found
    };
    if let Some(path) = path {
        let shown = shown(&path, &cwd);
        let dir = path.parent().unwrap_or(Path::new("."));
        let name = path.file_name().map_or_else(
            || CONFIG_FILE.to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        if choice.config.is_none() && inside(dir, &name).is_none() {
            errors.push(config_error(format!(
                "{shown} is a symbolic link to a file outside its folder; not read"
            )));
        } else {
            match crate::load::read_text_file(&path.to_string_lossy()) {
                Ok(text) => {
                    s.config_dir = path.parent().map(Path::to_path_buf);
                    apply_config(&path, &text, &mut s, &mut errors);
                    s.config = Some((shown, text));
                }
                Err(e) => {
                    let at = e
                        .position
                        .map_or(String::new(), |(l, c)| format!(":{l}:{c}"));
                    errors.push(config_error(format!("{shown}{at}: {}", e.message)));
                }
            }
        }
    }
    s.rule_files.extend(choice.rules.iter().cloned());
    (s, errors)
}

/// The error for a path in the config that leaves its folder: `what` is
/// how the message names it (`rule file`), `thing` how the help does
/// (`rule set`), `flag` the command-line flag that may name any file.
fn outside(text: &str, r: &raw::Spanned<String>, what: &str, thing: &str, flag: &str) -> RuleError {
    let at = raw::offset(r).unwrap_or(0).min(text.len());
    let len = raw::length(r).unwrap_or(0).min(text.len() - at);
    RuleError {
        span: Some(Span::new(at, at + len)),
        message: format!(
            "{what} `{}` is outside the folder that holds {CONFIG_FILE}; not read",
            r.value
        ),
        label: "outside the project".into(),
        help: Some(format!(
            "move the {thing} into the project, or name it with {flag} on the command line"
        )),
        also: Vec::new(),
    }
}

fn apply_config(path: &Path, text: &str, s: &mut Settings, errors: &mut Vec<RuleError>) {
    let raw = match raw::parse_config(text) {
        Ok(r) => r,
        Err(e) => {
            let at = e.offset.unwrap_or(0).min(text.len());
            let end = at + text[at..].find([':', '\n']).unwrap_or(0);
            let help = e.unknown.as_ref().map(|(field, allowed)| {
                match did_you_mean(field, allowed.iter().map(String::as_str)) {
                    Some(m) => format!("did you mean `{m}`? allowed: {}", allowed.join(", ")),
                    None => format!("allowed: {}", allowed.join(", ")),
                }
            });
            errors.push(RuleError {
                span: Some(Span::new(at, end)),
                message: match &e.unknown {
                    Some((f, _)) => format!("unknown key `{f}` in {CONFIG_FILE}"),
                    None => e.message,
                },
                label: "here".into(),
                help,
                also: Vec::new(),
            });
            return;
        }
    };
    let base = path.parent().unwrap_or(Path::new("."));
    let cwd = std::env::current_dir().unwrap_or_default();
    for r in &raw.rules {
        let Some(p) = inside(base, &r.value) else {
            errors.push(outside(text, r, "rule file", "rule set", "--rules"));
            continue;
        };
        let shown = p.strip_prefix(&cwd).map(Path::to_path_buf).unwrap_or(p);
        s.rule_files.push(shown.to_string_lossy().into_owned());
    }
    for src in &raw.sources {
        let r = &src.value.path;
        let Some(p) = inside(base, &r.value) else {
            errors.push(outside(text, r, "source", "source", "--source"));
            continue;
        };
        if let Some(k) = &src.value.kind {
            let at = raw::offset(k).unwrap_or(0).min(text.len());
            let len = raw::length(k).unwrap_or(0).min(text.len() - at);
            let span = Some(Span::new(at, at + len));
            if let Some(e) = crate::rules::compile::source_kind_error(&k.value, span) {
                errors.push(e);
                continue;
            }
        }
        let shown = p.strip_prefix(&cwd).map(Path::to_path_buf).unwrap_or(p);
        s.sources.push(crate::load::SourceSpec {
            path: shown.to_string_lossy().into_owned(),
            author: src
                .value
                .author
                .as_ref()
                .map(|a| a.value.trim().to_string()),
            kind: src.value.kind.as_ref().map(|k| k.value.clone()),
        });
    }
    s.include = raw.include;
    s.exclude = raw.exclude;
    s.max_file_size = raw.max_file_size;
    let known = crate::check_id::all();
    for (check, level) in &raw.checks {
        let v = level.value.trim().to_lowercase();
        let at = raw::offset(level).unwrap_or(0).min(text.len());
        if !known.contains(&check.as_str()) {
            errors.push(RuleError {
                span: Some(Span::new(at, at + level.value.len().min(text.len() - at))),
                message: format!("unknown check `{check}` in {CONFIG_FILE}"),
                label: "the severity of an unknown check".into(),
                help: did_you_mean(check, known.iter().copied())
                    .map(|m| format!("did you mean `{m}`?")),
                also: Vec::new(),
            });
            continue;
        }
        let sev = if v == "off" {
            None
        } else {
            Severity::parse(&v)
        };
        if sev.is_none() && v != "off" {
            errors.push(RuleError {
                span: Some(Span::new(at, at + level.value.len().min(text.len() - at))),
                message: format!("unknown severity `{v}`"),
                label: "not a severity".into(),
                help: Some("use `error`, `warning`, `note` or `off`".into()),
                also: Vec::new(),
            });
            continue;
        }
        s.severities.insert(check.clone(), sev);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_folder_is_the_flag_then_the_variable_then_beside_the_config() {
        let env = Some(OsStr::new("/tmp/env-cache"));
        let config = Some(Path::new("/story"));
        assert_eq!(cache_dir(Some("c"), env, config), PathBuf::from("c"));
        assert_eq!(
            cache_dir(None, env, config),
            PathBuf::from("/tmp/env-cache")
        );
        assert_eq!(
            cache_dir(Some(""), Some(OsStr::new("")), config),
            PathBuf::from("/story/.factlint_cache")
        );
        assert_eq!(
            cache_dir(None, None, None),
            PathBuf::from("./.factlint_cache")
        );
    }

    #[test]
    fn a_variable_set_to_zero_or_false_is_off() {
        assert!(env_flag(Some(OsStr::new("1"))));
        assert!(env_flag(Some(OsStr::new("yes"))));
        assert!(!env_flag(Some(OsStr::new("0"))));
        assert!(!env_flag(Some(OsStr::new("False"))));
        assert!(!env_flag(Some(OsStr::new(""))));
        assert!(!env_flag(None));
    }

    #[test]
    fn paths_that_stay_inside_are_kept() {
        let base = Path::new("/nonexistent-factlint-project");
        assert!(inside(base, "rules/story.yaml").is_some());
        assert!(inside(base, "./rules/../story.yaml").is_some());
    }

    #[test]
    fn paths_that_climb_out_or_are_absolute_are_refused() {
        let base = Path::new("/nonexistent-factlint-project");
        assert!(inside(base, "../secret").is_none());
        assert!(inside(base, "rules/../../secret").is_none());
        assert!(inside(base, "/etc/passwd").is_none());
        assert!(inside(base, "/proc/self/environ").is_none());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_folder_is_refused() {
        let dir = std::env::temp_dir().join(format!("factlint-settings-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("project")).unwrap();
        std::fs::write(dir.join("secret.yaml"), "x: 1\n").unwrap();
        std::fs::write(dir.join("project/story.yaml"), "x: 1\n").unwrap();
        std::os::unix::fs::symlink("../secret.yaml", dir.join("project/out.yaml")).unwrap();
        std::os::unix::fs::symlink("story.yaml", dir.join("project/in.yaml")).unwrap();
        let project = dir.join("project");
        assert!(inside(&project, "out.yaml").is_none());
        assert!(inside(&project, "in.yaml").is_some());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
