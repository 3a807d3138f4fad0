//! Reading drafts: the only input I/O of a run.
//!
//! Expands paths (files, directories walked with `.gitignore` honoured, `-`
//! for standard input) into `Document`s with their exact bytes, and turns
//! everything that cannot be read — missing paths, empty directories,
//! non-UTF-8 bytes, binary files, files over the size limit — into
//! `LoadError`s that name the file (and line/column where there is one).
//! One bad file never stops the others from loading. Nothing here writes.

use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::source::{DocId, Document, LineIndex};

/// Extensions of draft files found when walking a directory.
pub const DRAFT_EXTENSIONS: &[&str] = &["txt", "md", "markdown"];

/// Default largest file read, in bytes (64 MiB).
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// Why a path could not become a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// The path as the user gave it or as the walk found it.
    pub path: String,
    /// 1-based line and column of the problem, when it has a place in the file.
    pub position: Option<(usize, usize)>,
    /// What went wrong, lower-case, no trailing period.
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, col)) => write!(f, "{}:{line}:{col}: {}", self.path, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// How paths are expanded and read.
#[derive(Clone, Debug)]
pub struct LoadOptions {
    /// Files larger than this many bytes are refused.
    pub max_file_size: u64,
    /// Globs a walked file must match (empty: all drafts).
    pub include: Vec<String>,
    /// Globs that drop a walked file.
    pub exclude: Vec<String>,
    /// The folder globs are relative to (the config file's); default: the walked directory.
    pub glob_base: Option<PathBuf>,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            include: Vec::new(),
            exclude: Vec::new(),
            glob_base: None,
        }
    }
}

/// The documents that loaded and the errors of those that did not.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Documents in load order; `DocId` is the index.
    pub docs: Vec<Document>,
    /// One error per path that could not be read.
    pub errors: Vec<LoadError>,
    /// Files already read, by canonical path: a file named twice
    /// (`a.txt ./a.txt`, or a file inside a directory also given) is read once.
    seen: std::collections::HashSet<PathBuf>,
}

/// Expands and reads `paths`; no paths means the current directory.
pub fn load(paths: &[String], opts: &LoadOptions) -> Loaded {
    let mut out = Loaded::default();
    let default = vec![".".to_string()];
    let paths = if paths.is_empty() { &default } else { paths };
    let filter = GlobFilter::new(opts, &mut out.errors);
    for p in paths {
        if p == "-" {
            let mut buf = Vec::new();
            let read = io::stdin()
                .lock()
                .take(opts.max_file_size + 1)
                .read_to_end(&mut buf);
            match read {
                Ok(_) => out.push_bytes("-".into(), buf, opts),
                Err(e) => out
                    .errors
                    .push(err("-", format!("cannot read standard input: {e}"))),
            }
            continue;
        }
        let path = Path::new(p);
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => out.walk(p, &filter, opts),
            Ok(_) => out.read_file(p.clone(), opts),
            Err(e) => out.errors.push(err(p, describe_io(&e))),
        }
    }
    out
}

fn err(path: &str, message: String) -> LoadError {
    LoadError {
        path: path.to_string(),
        position: None,
        message,
    }
}

fn describe_io(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => format!("cannot read: {e}"),
    }
}

/// Include/exclude globs, compiled once.
struct GlobFilter {
    include: Option<globset::GlobSet>,
    exclude: Option<globset::GlobSet>,
}

impl GlobFilter {
    fn new(opts: &LoadOptions, errors: &mut Vec<LoadError>) -> GlobFilter {
        let build = |globs: &[String], errors: &mut Vec<LoadError>| -> Option<globset::GlobSet> {
            if globs.is_empty() {
                return None;
            }
            let mut b = globset::GlobSetBuilder::new();
            for g in globs {
                match globset::Glob::new(g) {
                    Ok(glob) => {
                        b.add(glob);
                    }
                    Err(e) => errors.push(err(g, format!("invalid glob: {}", e.kind()))),
                }
            }
            b.build().ok()
        };
        GlobFilter {
            include: build(&opts.include, errors),
            exclude: build(&opts.exclude, errors),
        }
    }

    fn keeps(&self, rel: &Path) -> bool {
        let included = self.include.as_ref().is_none_or(|s| s.is_match(rel));
        let excluded = self.exclude.as_ref().is_some_and(|s| s.is_match(rel));
        included && !excluded
    }
}

impl Loaded {
    fn walk(&mut self, dir: &str, filter: &GlobFilter, opts: &LoadOptions) {
        let mut files: Vec<PathBuf> = Vec::new();
        let walker = ignore::WalkBuilder::new(dir)
            .require_git(false)
            .sort_by_file_path(|a, b| a.cmp(b))
            .build();
        for entry in walker {
            match entry {
                Ok(e) => {
                    let is_file = e.file_type().is_some_and(|t| t.is_file());
                    let draft = e
                        .path()
                        .extension()
                        .and_then(|x| x.to_str())
                        .is_some_and(|x| {
                            DRAFT_EXTENSIONS.contains(&x.to_ascii_lowercase().as_str())
                        });
                    let absolute = std::env::current_dir()
                        .map(|c| c.join(e.path()))
                        .unwrap_or_else(|_| e.path().to_path_buf());
                    let rel = match &opts.glob_base {
                        Some(base) => absolute.strip_prefix(base).unwrap_or(e.path()),
                        None => e.path().strip_prefix(dir).unwrap_or(e.path()),
                    };
                    if is_file && draft && filter.keeps(rel) {
                        files.push(e.path().to_path_buf());
                    }
                }
                Err(e) => self
                    .errors
                    .push(err(dir, format!("cannot walk directory: {e}"))),
            }
        }
        if files.is_empty() {
            self.errors.push(err(
                dir,
                "no drafts (*.txt, *.md, *.markdown) in this directory".into(),
            ));
        }
        for f in files {
            self.read_file(f.to_string_lossy().into_owned(), opts);
        }
    }

    fn read_file(&mut self, path: String, opts: &LoadOptions) {
        if let Ok(canonical) = std::fs::canonicalize(&path)
            && !self.seen.insert(canonical)
        {
            return;
        }
        let mut buf = Vec::new();
        let read =
            File::open(&path).and_then(|f| f.take(opts.max_file_size + 1).read_to_end(&mut buf));
        match read {
            Ok(_) => self.push_bytes(path, buf, opts),
            Err(e) => self.errors.push(err(&path, describe_io(&e))),
        }
    }

    fn push_bytes(&mut self, path: String, bytes: Vec<u8>, opts: &LoadOptions) {
        if bytes.len() as u64 > opts.max_file_size {
            self.errors.push(err(
                &path,
                format!(
                    "file is larger than the size limit of {} bytes (raise it with --max-file-size)",
                    opts.max_file_size
                ),
            ));
            return;
        }
        if let Some(nul) = bytes.iter().position(|&b| b == 0) {
            let (line, col) = position_of(&bytes, nul);
            self.errors.push(LoadError {
                path,
                position: Some((line, col)),
                message: "binary file (NUL byte); drafts must be text".into(),
            });
            return;
        }
        match String::from_utf8(bytes) {
            Ok(text) => {
                let id = DocId(self.docs.len() as u32);
                self.docs.push(Document::new(id, path, text));
            }
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let bytes = e.into_bytes();
                let (line, col) = position_of(&bytes, at);
                self.errors.push(LoadError {
                    path,
                    position: Some((line, col)),
                    message: format!(
                        "invalid UTF-8 (byte 0x{:02x} at offset {at}); save the draft as UTF-8",
                        bytes[at]
                    ),
                });
            }
        }
    }
}

/// Largest rule or config file read, in bytes.
pub const MAX_RULE_FILE_SIZE: u64 = 4 * 1024 * 1024;

/// Reads a rule set or config file as UTF-8 text.
pub fn read_text_file(path: &str) -> Result<String, LoadError> {
    let mut buf = Vec::new();
    File::open(path)
        .and_then(|f| f.take(MAX_RULE_FILE_SIZE + 1).read_to_end(&mut buf))
        .map_err(|e| err(path, describe_io(&e)))?;
    if buf.len() as u64 > MAX_RULE_FILE_SIZE {
        return Err(err(
            path,
            format!("larger than {MAX_RULE_FILE_SIZE} bytes; rule sets are small files"),
        ));
    }
    String::from_utf8(buf).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.into_bytes();
        LoadError {
            path: path.to_string(),
            position: Some(position_of(&bytes, at)),
            message: "invalid UTF-8; save the file as UTF-8".into(),
        }
    })
}

/// Line and column (in characters of the valid prefix) of byte `at`.
fn position_of(bytes: &[u8], at: usize) -> (usize, usize) {
    let valid = match std::str::from_utf8(&bytes[..at]) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or(""),
    };
    let lc = LineIndex::new(valid).line_col(valid, valid.len());
    (lc.line, lc.column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_bytes(bytes: &[u8]) -> Loaded {
        let mut l = Loaded::default();
        l.push_bytes("x.txt".into(), bytes.to_vec(), &LoadOptions::default());
        l
    }

    #[test]
    fn invalid_utf8_names_line_and_column() {
        let l = load_bytes(b"ok\nab\xffc");
        assert_eq!(l.errors[0].position, Some((2, 3)));
        assert!(l.errors[0].message.contains("invalid UTF-8"));
    }

    #[test]
    fn a_nul_byte_means_binary() {
        assert!(
            load_bytes(b"PK\x03\x04\x00").errors[0]
                .message
                .starts_with("binary file")
        );
    }

    #[test]
    fn an_empty_file_is_a_document() {
        let l = load_bytes(b"");
        assert_eq!((l.docs.len(), l.errors.len()), (1, 0));
    }

    #[test]
    fn oversize_files_are_refused() {
        let mut l = Loaded::default();
        let opts = LoadOptions {
            max_file_size: 4,
            ..LoadOptions::default()
        };
        l.push_bytes("big.txt".into(), b"12345".to_vec(), &opts);
        assert!(l.errors[0].message.contains("size limit"));
    }
}
