//! `factlint lsp`: a language server over standard input and output.
//!
//! It publishes diagnostics for open `.md`, `.markdown` and `.txt` drafts
//! when they are opened, changed and saved. A draft is checked with the
//! other drafts of its folder (not its subfolders), as `factlint check` run
//! in that folder would check them: the nearest `factlint.yaml` there or
//! above names the rule sets, the include/exclude globs pick the other
//! drafts (the open draft itself is always checked, like a file named on
//! the command line), and the text of an open buffer replaces the file's on
//! disk. Cross-draft evidence becomes the diagnostic's related information.
//! Settings and rule sets are read again at every check, so an edit to them
//! takes effect at the next change or save of a draft, or when the client
//! reports a changed file (`workspace/didChangeWatchedFiles`).
//!
//! `transport` owns the wire (the `lsp-server` library); `diagnostics` maps
//! findings to LSP's shapes; this file holds the session and the runs.

pub mod diagnostics;
pub mod transport;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

use lsp_types::{
    DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams,
    MessageType, PublishDiagnosticsParams, Uri,
};
use serde_json::{Value, json};

use self::diagnostics::{Text, path_to_uri, uri_to_path};
use self::transport::{Id, Incoming, Received, Transport};
use crate::finding::Place;
use crate::load::{self, DRAFT_EXTENSIONS};
use crate::source::{DocId, Document};

/// How long the server waits after a change for the next one before it
/// checks (a burst of keystrokes is checked once).
const SETTLE: Duration = Duration::from_millis(120);

/// An open draft: the client's URI for it and the buffer's text.
struct Buffer {
    uri: Uri,
    text: String,
}

/// The session's state.
#[derive(Default)]
struct Server {
    /// Open drafts by path.
    open: BTreeMap<PathBuf, Buffer>,
    /// `initialize` was answered.
    initialized: bool,
    /// `shutdown` was answered.
    shutdown: bool,
    /// A check is due.
    dirty: bool,
    /// What the last check logged, so a problem is logged once, not at every keystroke.
    logged: BTreeSet<String>,
}

/// Runs the server until `exit`: 0 when `shutdown` came first, else 1.
pub fn run() -> u8 {
    let transport = Transport::stdio();
    let mut server = Server::default();
    let code = loop {
        let timeout = server.dirty.then_some(SETTLE);
        match transport.receive(timeout) {
            Received::Message(m) => {
                if let Some(code) = server.handle(&transport, m) {
                    break code;
                }
            }
            Received::Timeout => server.check(&transport),
            Received::Closed => break 1,
        }
    };
    transport.close();
    code
}

impl Server {
    /// Handles one message; `Some(code)` ends the session.
    fn handle(&mut self, t: &Transport, message: Incoming) -> Option<u8> {
        match message {
            Incoming::Request { id, method, params } => self.request(t, id, &method, params),
            Incoming::Notification { method, params } => {
                if method == "exit" {
                    return Some(if self.shutdown { 0 } else { 1 });
                }
                if self.initialized && !self.shutdown {
                    self.notification(t, &method, params);
                }
            }
            Incoming::Response => {}
        }
        None
    }

    /// Answers a request.
    fn request(&mut self, t: &Transport, id: Id, method: &str, _params: Value) {
        if self.shutdown {
            t.reply_error(
                id,
                transport::INVALID_REQUEST,
                "the server is shutting down".into(),
            );
            return;
        }
        match method {
            "initialize" if !self.initialized => {
                self.initialized = true;
                t.reply(id, capabilities());
            }
            _ if !self.initialized => t.reply_error(
                id,
                transport::SERVER_NOT_INITIALIZED,
                format!("`{method}` before `initialize`"),
            ),
            "initialize" => t.reply_error(
                id,
                transport::INVALID_REQUEST,
                "`initialize` was already sent".into(),
            ),
            "shutdown" => {
                self.shutdown = true;
                t.reply(id, Value::Null);
            }
            _ => t.reply_error(
                id,
                transport::METHOD_NOT_FOUND,
                format!("factlint does not handle `{method}`"),
            ),
        }
    }

    /// Acts on a notification; bad parameters are logged, never fatal.
    fn notification(&mut self, t: &Transport, method: &str, params: Value) {
        let bad = |e: serde_json::Error| format!("factlint: bad parameters of `{method}`: {e}");
        match method {
            "textDocument/didOpen" => {
                match serde_json::from_value::<DidOpenTextDocumentParams>(params) {
                    Ok(p) => {
                        let Some(path) = draft_path(&p.text_document.uri) else {
                            return;
                        };
                        self.open.insert(
                            path,
                            Buffer {
                                uri: p.text_document.uri,
                                text: p.text_document.text,
                            },
                        );
                        self.dirty = true;
                    }
                    Err(e) => log(t, MessageType::ERROR, &bad(e)),
                }
            }
            "textDocument/didChange" => {
                match serde_json::from_value::<DidChangeTextDocumentParams>(params) {
                    Ok(p) => {
                        let path = draft_path(&p.text_document.uri);
                        let Some(buffer) = path.and_then(|p| self.open.get_mut(&p)) else {
                            return;
                        };
                        for change in p.content_changes {
                            match change.range {
                                None => buffer.text = change.text,
                                Some(r) => {
                                    let text = Text::new(&buffer.text);
                                    let start = text.offset(r.start);
                                    let end = text.offset(r.end).max(start);
                                    buffer.text.replace_range(start..end, &change.text);
                                }
                            }
                        }
                        self.dirty = true;
                    }
                    Err(e) => log(t, MessageType::ERROR, &bad(e)),
                }
            }
            "textDocument/didClose" => {
                match serde_json::from_value::<DidCloseTextDocumentParams>(params) {
                    Ok(p) => {
                        let path = draft_path(&p.text_document.uri);
                        if let Some(buffer) = path.and_then(|p| self.open.remove(&p)) {
                            publish(t, buffer.uri, Vec::new());
                            // The folder's other drafts now read this one from disk.
                            self.dirty = true;
                        }
                    }
                    Err(e) => log(t, MessageType::ERROR, &bad(e)),
                }
            }
            // A save (of a draft, factlint.yaml or a rule set) or a file
            // changed on disk: check again, reading settings afresh.
            "textDocument/didSave" | "workspace/didChangeWatchedFiles" => self.dirty = true,
            _ => {}
        }
    }

    /// Checks every folder with an open draft and publishes each open
    /// draft's diagnostics (an empty list clears those that went away).
    fn check(&mut self, t: &Transport) {
        self.dirty = false;
        let folders: BTreeSet<PathBuf> = self
            .open
            .keys()
            .filter_map(|p| p.parent().map(Path::to_path_buf))
            .collect();
        let mut logs = Vec::new();
        for folder in &folders {
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                check_folder(folder, &self.open)
            }));
            match outcome {
                Ok((published, problems)) => {
                    for (uri, diagnostics) in published {
                        publish(t, uri, diagnostics);
                    }
                    logs.extend(problems);
                }
                Err(e) => logs.push(format!(
                    "internal error while checking {} (a bug in factlint; please report it): {}",
                    folder.display(),
                    crate::panic_message(e.as_ref())
                )),
            }
        }
        let now: BTreeSet<String> = logs.into_iter().collect();
        for line in now.difference(&self.logged) {
            log(t, MessageType::WARNING, &format!("factlint: {line}"));
        }
        self.logged = now;
    }
}

/// What the server offers: full-text sync of open drafts, saves, UTF-16 positions.
fn capabilities() -> Value {
    json!({
        "capabilities": {
            "positionEncoding": "utf-16",
            "textDocumentSync": {
                "openClose": true,
                "change": 1,
                "save": { "includeText": false }
            }
        },
        "serverInfo": { "name": "factlint", "version": env!("CARGO_PKG_VERSION") }
    })
}

/// The path of a `file:` URI naming a draft (`.md`, `.markdown`, `.txt`),
/// with its folder's symbolic links resolved so that every name of one file
/// is one key; `None` for anything else.
fn draft_path(uri: &Uri) -> Option<PathBuf> {
    let path = uri_to_path(uri.as_str())?;
    if !is_draft(&path) {
        return None;
    }
    let name = path.file_name()?;
    let folder = path.parent()?;
    let folder = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_path_buf());
    Some(folder.join(name))
}

/// True when the path has a draft's extension.
fn is_draft(path: &Path) -> bool {
    path.extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| DRAFT_EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()))
}

/// Sends `window/logMessage`.
fn log(t: &Transport, typ: MessageType, message: &str) {
    t.notify(
        "window/logMessage",
        json!({ "type": typ, "message": message }),
    );
}

/// Sends `textDocument/publishDiagnostics`.
fn publish(t: &Transport, uri: Uri, diagnostics: Vec<lsp_types::Diagnostic>) {
    t.notify(
        "textDocument/publishDiagnostics",
        PublishDiagnosticsParams {
            uri,
            diagnostics,
            version: None,
        },
    );
}

/// The diagnostics of one folder's open drafts, and the problems of the run
/// (unreadable drafts, a bad config or rule set, a failed stage), each a line.
type Checked = (Vec<(Uri, Vec<lsp_types::Diagnostic>)>, Vec<String>);

/// Checks the drafts of `folder`: its open buffers and, from disk, the
/// other drafts the settings keep.
fn check_folder(folder: &Path, open: &BTreeMap<PathBuf, Buffer>) -> Checked {
    let mut problems = Vec::new();
    // Settings are found from the draft's folder upward, as `factlint check
    // FOLDER` finds them.
    let choice = crate::settings::ConfigChoice {
        start_dirs: vec![folder.to_path_buf()],
        ..Default::default()
    };
    let prepared = super::prepare_with(&choice, false);
    if prepared.failed {
        problems.push(format!(
            "the settings or rule sets of {} have errors, so some rules are not applied; run `factlint rules` there to see them",
            folder.display()
        ));
    }
    let input = crate::cli::InputArgs {
        paths: Vec::new(),
        max_file_size: None,
        stdin_filename: None,
    };
    let options = super::check::load_options(&input, &prepared);
    let mut docs = Vec::new();
    let mut from_disk = Vec::new();
    for path in folder_drafts(folder, &options) {
        if !open.contains_key(&path) {
            from_disk.push(path.to_string_lossy().into_owned());
        }
    }
    if !from_disk.is_empty() {
        let loaded = load::load(&from_disk, &options);
        docs.extend(loaded.docs);
        problems.extend(loaded.errors.iter().map(ToString::to_string));
    }
    for (path, buffer) in open.iter().filter(|(p, _)| p.parent() == Some(folder)) {
        if buffer.text.len() as u64 > options.max_file_size {
            problems.push(format!(
                "{}: larger than the size limit of {} bytes; not checked",
                path.display(),
                options.max_file_size
            ));
            continue;
        }
        docs.push(Document::new(
            DocId(0),
            path.to_string_lossy().into_owned(),
            buffer.text.clone(),
        ));
    }
    docs.sort_by(|a, b| a.path.cmp(&b.path));
    for (i, d) in docs.iter_mut().enumerate() {
        d.id = DocId(i as u32);
    }
    // The primary sources the story sheets and factlint.yaml declare are
    // evidence, read from disk, never drafts (even when open or in the folder).
    let mut loaded = load::Loaded::default();
    loaded.docs = docs;
    load::load_sources(
        &super::check::source_specs(&[], &prepared),
        &options,
        &mut loaded,
    );
    problems.extend(loaded.errors.iter().map(ToString::to_string));
    let docs = loaded.docs;
    let run_options = crate::RunOptions {
        overrides: super::overrides(&prepared),
        checks: true,
        ..Default::default()
    };
    let report = crate::run(&docs, &prepared.sets, &run_options);
    problems.extend(report.errors.iter().map(ToString::to_string));

    // Findings point into each draft's own text (not its NFC form), which is
    // also what the editor holds.
    let texts: Vec<Text<'_>> = docs.iter().map(|d| Text::new(d.original_text())).collect();
    // Rule-file paths are shown relative to the working directory.
    let cwd = std::env::current_dir().unwrap_or_default();
    let rule_texts: Vec<Text<'_>> = prepared.others.iter().map(|o| Text::new(&o.text)).collect();
    let uri_of = |path: &Path| -> Option<Uri> {
        match open.get(path) {
            Some(b) => Some(b.uri.clone()),
            None => path_to_uri(path),
        }
    };
    let locate = |label: &crate::finding::Label| -> Option<(Uri, &Text<'_>)> {
        match label.place {
            Place::Doc(id) => {
                let d = docs.get(id.0 as usize)?;
                Some((uri_of(Path::new(&d.path))?, texts.get(id.0 as usize)?))
            }
            Place::Rules(i) => {
                let other = prepared.others.get(i)?;
                Some((path_to_uri(&cwd.join(&other.path))?, rule_texts.get(i)?))
            }
        }
    };
    // Every open draft of the folder gets a list: one that was not checked
    // (over the size limit) gets an empty one, so no stale diagnostic stays.
    let mut published = Vec::new();
    for (path, buffer) in open.iter().filter(|(p, _)| p.parent() == Some(folder)) {
        let i = docs.iter().position(|d| Path::new(&d.path) == path);
        let diagnostics = match i {
            Some(i) => report
                .findings
                .iter()
                .filter(|f| f.primary.place == Place::Doc(DocId(i as u32)))
                .map(|f| diagnostics::diagnostic(f, &texts[i], &locate))
                .collect(),
            None => Vec::new(),
        };
        published.push((buffer.uri.clone(), diagnostics));
    }
    (published, problems)
}

/// The drafts on disk in `folder` (not its subfolders) that the settings'
/// include/exclude globs keep, and that are regular files or links to files
/// inside the folder.
fn folder_drafts(folder: &Path, options: &load::LoadOptions) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| is_draft(p))
        .filter(|p| {
            std::fs::canonicalize(p)
                .is_ok_and(|target| target.starts_with(folder) && target.is_file())
        })
        .filter(|p| {
            let rel = match &options.glob_base {
                Some(base) => p.strip_prefix(base).unwrap_or(p),
                None => p.strip_prefix(folder).unwrap_or(p),
            };
            load::globs_keep(options, rel)
        })
        .collect();
    out.sort();
    out
}
