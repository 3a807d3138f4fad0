//! Reading drafts: the only input I/O of a run.
//!
//! Expands paths (files, directories walked with `.gitignore` honoured and
//! symbolic links followed, folders tagged `CACHEDIR.TAG` skipped, `-` for
//! standard input) into `Document`s with their exact bytes, and turns everything that cannot be read — missing
//! paths, empty directories, FIFOs and other non-regular files, non-UTF-8
//! bytes, UTF-16, binary files, files over the size limit, symbolic-link
//! loops and links out of a walked directory — into `LoadError`s that name
//! the file (and line/column where there is one). One bad file never stops
//! the others from loading. Every read is bounded in size, and nothing is
//! opened before its metadata says it is a regular file, so no read waits on
//! a pipe or a device. Nothing here writes.

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
    /// `--stdin-filename`: the name standard input is read as (its
    /// extension picks the format); the file of that name on disk is then
    /// not read, since standard input is its newer text.
    pub stdin_name: Option<String>,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            include: Vec::new(),
            exclude: Vec::new(),
            glob_base: None,
            stdin_name: None,
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
    if let Some(name) = &opts.stdin_name
        && let Ok(canonical) = std::fs::canonicalize(name)
    {
        out.seen.insert(canonical);
    }
    for p in paths {
        if p == "-" {
            let mut buf = Vec::new();
            let read = io::stdin()
                .lock()
                .take(opts.max_file_size.saturating_add(1))
                .read_to_end(&mut buf);
            match read {
                Ok(_) => {
                    let name = opts.stdin_name.clone().unwrap_or_else(|| "-".into());
                    out.push_bytes(name, buf, opts)
                }
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
    // Drafts in path order, whatever order they were named in, so every
    // output (and every tie a check breaks by draft order) is the same for
    // `a.txt b.txt` and `b.txt a.txt`.
    out.docs.sort_by(|a, b| a.path.cmp(&b.path));
    for (i, d) in out.docs.iter_mut().enumerate() {
        d.id = DocId(i as u32);
    }
    out.errors.sort_by(|a, b| a.path.cmp(&b.path));
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

/// What a file that is not a regular file is, for the message refusing it.
fn not_regular(t: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO (named pipe), not a regular file; factlint reads only regular files";
        }
        if t.is_socket() {
            return "a socket, not a regular file; factlint reads only regular files";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device, not a regular file; factlint reads only regular files";
        }
    }
    if t.is_dir() {
        return "a directory, not a file";
    }
    "not a regular file; factlint reads only regular files"
}

/// Reads at most `limit` bytes of the regular file at `path`.
///
/// The metadata is checked before the file is opened, so a FIFO or a device
/// is refused rather than waited on, and again on the open handle, so a
/// device swapped in between is not read either; on Unix the open itself is
/// non-blocking (`O_NONBLOCK`), so a FIFO swapped in at that very instant
/// cannot hold it up. A file larger than `limit` is refused with `too_big`'s
/// message, however its size is reported (files under `/proc` say 0).
fn read_regular(
    path: &str,
    limit: u64,
    too_big: impl Fn(u64) -> String,
) -> Result<Vec<u8>, LoadError> {
    let meta = std::fs::metadata(path).map_err(|e| err(path, describe_io(&e)))?;
    if !meta.is_file() {
        return Err(err(path, not_regular(meta.file_type()).into()));
    }
    if meta.len() > limit {
        return Err(err(path, too_big(limit)));
    }
    let file = open_nonblocking(path).map_err(|e| err(path, describe_io(&e)))?;
    match file.metadata() {
        Ok(m) if m.is_file() => {}
        Ok(m) => return Err(err(path, not_regular(m.file_type()).into())),
        Err(e) => return Err(err(path, describe_io(&e))),
    }
    // Sized from the file's length (one more byte to see that it did not
    // grow): a buffer grown by doubling would keep up to half its bytes
    // unused for the whole run, and every draft is kept.
    let hint = meta.len().min(limit).saturating_add(1);
    let mut buf = Vec::with_capacity(usize::try_from(hint).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut buf)
        .map_err(|e| err(path, describe_io(&e)))?;
    if buf.len() as u64 > limit {
        return Err(err(path, too_big(limit)));
    }
    Ok(buf)
}

/// Opens `path` for reading without ever waiting on it (a FIFO with no writer
/// would block a plain open).
fn open_nonblocking(path: &str) -> io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// The message refusing a draft over the size limit.
fn draft_too_big(limit: u64) -> String {
    format!("file is larger than the size limit of {limit} bytes (raise it with --max-file-size)")
}

/// Checks that `bytes` are UTF-8 text and returns them as a string; UTF-16
/// and UTF-32 (recognised by their byte-order mark), NUL bytes and invalid
/// UTF-8 are errors naming the file, with line and column where there is one.
pub fn decode(path: &str, bytes: Vec<u8>) -> Result<String, LoadError> {
    let wide = if bytes.starts_with(&[0xff, 0xfe, 0, 0]) || bytes.starts_with(&[0, 0, 0xfe, 0xff]) {
        Some("UTF-32")
    } else if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        Some("UTF-16")
    } else {
        None
    };
    if let Some(encoding) = wide {
        return Err(err(
            path,
            format!("{encoding} text (byte-order mark); convert it to UTF-8"),
        ));
    }
    if let Some(nul) = memchr::memchr(0, &bytes) {
        return Err(LoadError {
            path: path.to_string(),
            position: Some(position_of(&bytes, nul)),
            message: "binary file (NUL byte); factlint reads only text".into(),
        });
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.into_bytes();
        LoadError {
            path: path.to_string(),
            position: Some(position_of(&bytes, at)),
            message: format!(
                "invalid UTF-8 (byte 0x{:02x} at offset {at}); save the file as UTF-8",
                bytes.get(at).copied().unwrap_or(0)
            ),
        }
    })
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

/// True when the include/exclude globs of `opts` keep the draft at `rel`
/// (relative to `opts.glob_base`, else to the folder it was found in), as a
/// walk would; used by the language server, which lists one folder itself.
pub fn globs_keep(opts: &LoadOptions, rel: &Path) -> bool {
    GlobFilter::new(opts, &mut Vec::new()).keeps(rel)
}

/// True when `path` has a draft's extension.
fn is_draft(path: &Path) -> bool {
    path.extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| DRAFT_EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()))
}

/// Symbolic links of a walk that point out of the walked directory: they
/// are not followed, and each is reported.
type Escapes = std::sync::Arc<std::sync::Mutex<Vec<PathBuf>>>;

impl Loaded {
    fn walk(&mut self, dir: &str, filter: &GlobFilter, opts: &LoadOptions) {
        let mut files: Vec<PathBuf> = Vec::new();
        // Links are followed (the walker reports loops), but only within the
        // walked directory: a committed link to `/` or to a secret elsewhere
        // is neither walked nor read.
        let root = std::fs::canonicalize(dir).unwrap_or_else(|_| PathBuf::from(dir));
        let escapes: Escapes = Default::default();
        let found = escapes.clone();
        let walker = ignore::WalkBuilder::new(dir)
            .require_git(false)
            .follow_links(true)
            .sort_by_file_path(|a, b| a.cmp(b))
            .filter_entry(move |e| {
                // A cache folder (factlint's claims cache, or any other with a
                // `CACHEDIR.TAG`) holds no drafts, wherever it was put.
                if e.depth() > 0
                    && e.file_type().is_some_and(|t| t.is_dir())
                    && e.path().join("CACHEDIR.TAG").is_file()
                {
                    return false;
                }
                if e.depth() == 0 || !e.path_is_symlink() {
                    return true;
                }
                match std::fs::canonicalize(e.path()) {
                    Ok(target) if target.starts_with(&root) => true,
                    // A broken link: let the walker report it.
                    Err(_) => true,
                    Ok(_) => {
                        if let Ok(mut f) = found.lock() {
                            f.push(e.path().to_path_buf());
                        }
                        false
                    }
                }
            })
            .build();
        for entry in walker {
            match entry {
                Ok(e) => {
                    let Some(t) = e.file_type() else { continue };
                    if t.is_dir() || !is_draft(e.path()) {
                        continue;
                    }
                    let absolute = std::env::current_dir()
                        .map(|c| c.join(e.path()))
                        .unwrap_or_else(|_| e.path().to_path_buf());
                    let rel = match &opts.glob_base {
                        Some(base) => absolute.strip_prefix(base).unwrap_or(e.path()),
                        None => e.path().strip_prefix(dir).unwrap_or(e.path()),
                    };
                    if !filter.keeps(rel) {
                        continue;
                    }
                    if t.is_file() {
                        files.push(e.path().to_path_buf());
                    } else {
                        let shown = e.path().to_string_lossy();
                        self.errors.push(err(&shown, not_regular(t).into()));
                    }
                }
                Err(e) => {
                    if let Some(e) = walk_error(dir, &e) {
                        self.errors.push(e);
                    }
                }
            }
        }
        let escapes = escapes.lock().map(|e| e.clone()).unwrap_or_default();
        let mut refused = 0;
        for link in &escapes {
            let is_dir = std::fs::metadata(link).is_ok_and(|m| m.is_dir());
            if is_dir || is_draft(link) {
                refused += 1;
                self.errors.push(err(
                    &link.to_string_lossy(),
                    format!(
                        "symbolic link to a {} outside {dir}; not followed (name it on the command line to check it)",
                        if is_dir { "directory" } else { "file" }
                    ),
                ));
            }
        }
        if files.is_empty() && refused == 0 {
            self.errors.push(err(
                dir,
                "no drafts (*.txt, *.md, *.markdown) in this directory".into(),
            ));
        }
        // Each file is read, checked as text and normalised on its own, so
        // the files are read side by side (an archive's thousands of drafts
        // were read on one thread while the other core waited); what they
        // gave is then kept in walk order, as reading them one by one did.
        // A file seen before (by another path) is dropped at that point,
        // as before, unread there or not.
        use rayon::prelude::*;
        let read: Vec<(Option<PathBuf>, Result<Document, LoadError>)> = files
            .par_iter()
            .map(|f| {
                let path = f.to_string_lossy().into_owned();
                (std::fs::canonicalize(&path).ok(), read_draft(path, opts))
            })
            .collect();
        for (canonical, doc) in read {
            if let Some(canonical) = canonical
                && !self.seen.insert(canonical)
            {
                continue;
            }
            match doc {
                Ok(mut d) => {
                    d.id = DocId(self.docs.len() as u32);
                    self.docs.push(d);
                }
                Err(e) => self.errors.push(e),
            }
        }
    }

    fn read_file(&mut self, path: String, opts: &LoadOptions) {
        if let Ok(canonical) = std::fs::canonicalize(&path)
            && !self.seen.insert(canonical)
        {
            return;
        }
        match read_regular(&path, opts.max_file_size, draft_too_big) {
            Ok(buf) => self.push_bytes(path, buf, opts),
            Err(e) => self.errors.push(e),
        }
    }

    fn push_bytes(&mut self, path: String, bytes: Vec<u8>, opts: &LoadOptions) {
        match draft_of(path, bytes, opts) {
            Ok(mut d) => {
                d.id = DocId(self.docs.len() as u32);
                self.docs.push(d);
            }
            Err(e) => self.errors.push(e),
        }
    }
}

/// Reads one draft: `read_regular`, then `draft_of`.
fn read_draft(path: String, opts: &LoadOptions) -> Result<Document, LoadError> {
    let bytes = read_regular(&path, opts.max_file_size, draft_too_big)?;
    draft_of(path, bytes, opts)
}

/// A draft's bytes as a document (its id is set where it is kept).
fn draft_of(path: String, bytes: Vec<u8>, opts: &LoadOptions) -> Result<Document, LoadError> {
    if bytes.len() as u64 > opts.max_file_size {
        return Err(err(&path, draft_too_big(opts.max_file_size)));
    }
    let text = decode(&path, bytes)?;
    Ok(Document::new(DocId(0), path, text))
}

/// A primary source to read: its path and, when the user said, its author and kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceSpec {
    /// The path, as shown to the user.
    pub path: String,
    /// The author, when a story sheet or factlint.yaml names one.
    pub author: Option<String>,
    /// The kind (`memo`, `release`, `filing`, `transcript`), when named.
    pub kind: Option<String>,
}

/// Reads the primary sources into `loaded`, after its drafts: each is read
/// like a draft (same reader, limits and errors), a file named twice is read
/// once (the first naming's author and kind win), and a draft that is also
/// a source (a source inside a checked folder) stops being a draft. Sources
/// get the ids after the drafts', in path order.
pub fn load_sources(specs: &[SourceSpec], opts: &LoadOptions, loaded: &mut Loaded) {
    let mut seen: Vec<std::path::PathBuf> = Vec::new();
    let mut sources = Vec::new();
    for spec in specs {
        let canonical = std::fs::canonicalize(&spec.path).ok();
        if let Some(c) = &canonical {
            if seen.contains(c) {
                continue;
            }
            seen.push(c.clone());
        }
        let text = read_regular(&spec.path, opts.max_file_size, draft_too_big)
            .and_then(|bytes| decode(&spec.path, bytes));
        match text {
            Ok(text) => sources.push(Document::source(
                DocId(0),
                spec.path.clone(),
                text,
                spec.author.clone(),
                spec.kind.clone(),
            )),
            Err(e) => loaded.errors.push(e),
        }
    }
    if sources.is_empty() {
        return;
    }
    loaded.docs.retain(|d| {
        d.path == "-" || std::fs::canonicalize(&d.path).map_or(true, |c| !seen.contains(&c))
    });
    sources.sort_by(|a, b| a.path.cmp(&b.path));
    loaded.docs.extend(sources);
    for (i, d) in loaded.docs.iter_mut().enumerate() {
        d.id = DocId(i as u32);
    }
}

/// The error of a failed walk step, or `None` for one not worth reporting (a
/// broken link that would not have been read anyway).
fn walk_error(dir: &str, e: &ignore::Error) -> Option<LoadError> {
    let (path, message) = walk_problem(e)?;
    let path = path.map_or_else(|| dir.to_string(), |p| p.to_string_lossy().into_owned());
    Some(err(&path, message))
}

/// The innermost path and what went wrong there, for `walk_error`.
fn walk_problem(e: &ignore::Error) -> Option<(Option<PathBuf>, String)> {
    match e {
        ignore::Error::Loop { ancestor, child } => Some((
            Some(child.clone()),
            format!(
                "symbolic link loop: it leads back to {}; not followed",
                ancestor.display()
            ),
        )),
        ignore::Error::WithPath { path, err: inner } => {
            let link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
            if link && std::fs::metadata(path).is_err() {
                let what = "broken symbolic link (its target does not exist)";
                return is_draft(path).then(|| (Some(path.clone()), what.into()));
            }
            let (inner_path, message) = walk_problem(inner)?;
            Some((inner_path.or_else(|| Some(path.clone())), message))
        }
        ignore::Error::WithDepth { err: inner, .. } => walk_problem(inner),
        other => Some((None, format!("cannot walk: {other}"))),
    }
}

/// Largest rule or config file read, in bytes.
pub const MAX_RULE_FILE_SIZE: u64 = 4 * 1024 * 1024;

/// Reads a rule set or config file as UTF-8 text: a regular file of at most
/// `MAX_RULE_FILE_SIZE` bytes, checked like a draft (UTF-16, NUL bytes,
/// invalid UTF-8).
pub fn read_text_file(path: &str) -> Result<String, LoadError> {
    let bytes = read_regular(path, MAX_RULE_FILE_SIZE, |limit| {
        format!("larger than {limit} bytes; rule sets and config files are small")
    })?;
    decode(path, bytes)
}

/// Line and column (in characters of the valid prefix) of byte `at`.
fn position_of(bytes: &[u8], at: usize) -> (usize, usize) {
    let at = at.min(bytes.len());
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
    fn utf16_and_utf32_are_named_not_called_binary() {
        for (bytes, name) in [
            (&b"\xff\xfeA\x00"[..], "UTF-16"),
            (b"\xfe\xff\x00A", "UTF-16"),
            (b"\xff\xfe\x00\x00A\x00\x00\x00", "UTF-32"),
        ] {
            let l = load_bytes(bytes);
            assert!(l.errors[0].message.starts_with(name), "{:?}", l.errors);
        }
    }

    #[test]
    fn a_byte_order_mark_is_kept_in_the_text() {
        let l = load_bytes(b"\xef\xbb\xbfAcme");
        assert_eq!(l.docs[0].text, "\u{feff}Acme");
    }

    #[test]
    fn the_largest_size_limit_does_not_wrap() {
        let path =
            std::env::temp_dir().join(format!("factlint-load-max-{}.txt", std::process::id()));
        std::fs::write(&path, "Acme").unwrap();
        let read = read_regular(&path.to_string_lossy(), u64::MAX, draft_too_big);
        let _ = std::fs::remove_file(&path);
        assert_eq!(read.unwrap(), b"Acme");
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_refused_without_reading_it() {
        let e = read_regular("/dev/null", 10, draft_too_big).unwrap_err();
        assert!(e.message.starts_with("a device"), "{e}");
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
