//! `factlint lsp` spoken to over JSON-RPC, as an editor does: diagnostics on
//! open and change, related information into the other drafts, settings
//! read again on save, errors for bad requests, the exit status; and the same
//! session end to end in Neovim (tests/nvim/init.lua).

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// The seed draft that names Amazon's CEO `Andy Garcetti`.
const SEED: &str = "001_38fefaf1efd2f0c3.txt";

/// How long any one answer may take before the test fails.
const WAIT: Duration = Duration::from_secs(60);

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/amazon-2025")
}

/// A fresh folder holding a copy of the seed drafts.
fn copy_of_seeds(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factlint-lsp-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for e in std::fs::read_dir(seeds()).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
    }
    dir
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// A running `factlint lsp` and what it sends, message by message.
struct Server {
    child: Child,
    stdin: Option<ChildStdin>,
    messages: Receiver<Value>,
}

impl Server {
    fn start() -> Server {
        Server::start_with(&["lsp"])
    }

    fn start_with(args: &[&str]) -> Server {
        let mut child = crate::factlint_command()
            .args(args)
            .env_remove("RUST_BACKTRACE")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("factlint lsp starts");
        let stdout = child.stdout.take().unwrap();
        let (tx, messages) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    if r.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length:") {
                        length = v.trim().parse::<usize>().ok();
                    }
                }
                let mut body = vec![0; length.expect("a Content-Length header")];
                if r.read_exact(&mut body).is_err() {
                    return;
                }
                let v: Value = serde_json::from_slice(&body).expect("the server sends JSON");
                if tx.send(v).is_err() {
                    return;
                }
            }
        });
        let stdin = child.stdin.take();
        Server {
            child,
            stdin,
            messages,
        }
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        let stdin = self.stdin.as_mut().unwrap();
        write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        stdin.flush().unwrap();
    }

    fn request(&mut self, id: u64, method: &str, params: Value) -> Value {
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.next(|m| m["id"] == id)
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// The next message `keep` accepts (others, such as log messages, are skipped).
    fn next(&mut self, keep: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.messages.recv_timeout(left) {
                Ok(m) if keep(&m) => return m,
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout) => {
                    let _ = self.child.kill();
                    panic!("no awaited message from the server within {WAIT:?}");
                }
                Err(RecvTimeoutError::Disconnected) => panic!("the server closed its output"),
            }
        }
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        let m = self.next(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        });
        m["params"]["diagnostics"].as_array().unwrap().clone()
    }

    fn initialize(&mut self, root: &Path) {
        let r = self.request(
            1,
            "initialize",
            json!({"processId": null, "rootUri": uri(root), "capabilities": {}}),
        );
        assert_eq!(r["result"]["capabilities"]["textDocumentSync"]["change"], 1);
        self.notify("initialized", json!({}));
    }

    fn open(&mut self, path: &Path, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri(path), "languageId": "plaintext", "version": 1, "text": text}}),
        );
    }

    /// Closes the server's input and waits for its exit status.
    fn exit_status(mut self) -> Option<i32> {
        drop(self.stdin.take());
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                return s.code();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("the server did not exit");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// The text an LSP range covers in `text` (characters in UTF-16 units).
fn text_at<'t>(text: &'t str, range: &Value) -> &'t str {
    let offset = |p: &Value| {
        let line = p["line"].as_u64().unwrap() as usize;
        let character = p["character"].as_u64().unwrap() as usize;
        let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        let mut units = 0;
        for (i, c) in text[start..].char_indices() {
            if units >= character {
                return start + i;
            }
            units += c.len_utf16();
        }
        text.len()
    };
    &text[offset(&range["start"])..offset(&range["end"])]
}

fn role_conflicts(diagnostics: &[Value]) -> Vec<&Value> {
    diagnostics
        .iter()
        .filter(|d| d["code"] == "role-conflict")
        .collect()
}

#[test]
fn a_seed_draft_gets_its_role_conflict_and_a_change_clears_it() {
    let folder = seeds();
    let path = folder.join(SEED);
    let text = std::fs::read_to_string(&path).unwrap();
    let mut s = Server::start();
    s.initialize(&folder);
    s.open(&path, &text);
    let diagnostics = s.diagnostics(&uri(&path));
    let conflicts = role_conflicts(&diagnostics);
    assert_eq!(conflicts.len(), 1, "{diagnostics:#?}");
    let d = conflicts[0];
    assert_eq!(text_at(&text, &d["range"]), "Andy Garcetti");
    assert_eq!(d["severity"], 1);
    assert_eq!(d["source"], "factlint");
    let message = d["message"].as_str().unwrap();
    assert!(message.contains("`Andy Jassy`") && message.contains("\nhelp: "));
    let related = d["relatedInformation"].as_array().unwrap();
    assert!(!related.is_empty());
    for r in related {
        let target = r["location"]["uri"].as_str().unwrap();
        let other = target.strip_prefix("file://").unwrap();
        assert_ne!(
            other,
            path.to_str().unwrap(),
            "evidence is in another draft"
        );
        assert!(other.starts_with(folder.to_str().unwrap()));
        let other_text = std::fs::read_to_string(other).unwrap();
        assert_eq!(text_at(&other_text, &r["location"]["range"]), "Andy Jassy");
        assert_eq!(r["message"], "named CEO here");
    }

    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri(&path), "version": 2},
               "contentChanges": [{"text": text.replace("Garcetti", "Jassy")}]}),
    );
    let after = s.diagnostics(&uri(&path));
    assert!(role_conflicts(&after).is_empty(), "{after:#?}");

    let r = s.request(2, "shutdown", Value::Null);
    assert!(r["result"].is_null() && r.get("error").is_none(), "{r}");
    s.notify("exit", Value::Null);
    assert_eq!(s.exit_status(), Some(0));
}

#[test]
fn an_incremental_change_is_applied_in_utf16_units() {
    let folder = seeds();
    let path = folder.join(SEED);
    let text = std::fs::read_to_string(&path).unwrap();
    let mut s = Server::start();
    s.initialize(&folder);
    s.open(&path, &text);
    let d = role_conflicts(&s.diagnostics(&uri(&path)))[0].clone();
    // Replace the surname only, by the range the server gave (its end).
    let mut range = d["range"].clone();
    range["start"]["character"] = json!(range["end"]["character"].as_u64().unwrap() - 8);
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri(&path), "version": 2},
               "contentChanges": [{"range": range, "text": "Jassy"}]}),
    );
    assert!(role_conflicts(&s.diagnostics(&uri(&path))).is_empty());
    s.request(2, "shutdown", Value::Null);
    s.notify("exit", Value::Null);
    assert_eq!(s.exit_status(), Some(0));
}

#[test]
fn factlint_yaml_is_honoured_and_read_again_on_save() {
    let folder = copy_of_seeds("config");
    let config = folder.join("factlint.yaml");
    std::fs::write(&config, "checks:\n  role-conflict: off\n").unwrap();
    let path = folder.join(SEED);
    let text = std::fs::read_to_string(&path).unwrap();
    let mut s = Server::start();
    s.initialize(&folder);
    s.open(&path, &text);
    let off = s.diagnostics(&uri(&path));
    assert!(role_conflicts(&off).is_empty(), "{off:#?}");

    std::fs::write(&config, "checks:\n  role-conflict: warning\n").unwrap();
    s.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": uri(&config)}}),
    );
    let on = s.diagnostics(&uri(&path));
    let conflicts = role_conflicts(&on);
    assert_eq!(conflicts.len(), 1, "{on:#?}");
    assert_eq!(conflicts[0]["severity"], 2, "the config's severity");

    // Excluded by the config, a draft is no longer evidence.
    std::fs::write(
        &config,
        "exclude: [\"000_*\", \"002_*\", \"003_*\", \"004_*\"]\n",
    )
    .unwrap();
    s.notify("workspace/didChangeWatchedFiles", json!({"changes": []}));
    let alone = s.diagnostics(&uri(&path));
    assert!(role_conflicts(&alone).is_empty(), "{alone:#?}");
    s.request(2, "shutdown", Value::Null);
    s.notify("exit", Value::Null);
    assert_eq!(s.exit_status(), Some(0));
    let _ = std::fs::remove_dir_all(&folder);
}

#[test]
fn bad_requests_get_errors_and_the_session_goes_on() {
    let folder = seeds();
    let mut s = Server::start();
    let early = s.request(7, "textDocument/hover", json!({}));
    assert_eq!(early["error"]["code"], -32002, "{early}");
    s.initialize(&folder);
    let unknown = s.request(8, "textDocument/hover", json!({}));
    assert_eq!(unknown["error"]["code"], -32601, "{unknown}");
    // Bad parameters are logged, never fatal.
    s.notify("textDocument/didOpen", json!({"textDocument": 5}));
    let log = s.next(|m| m["method"] == "window/logMessage");
    assert!(
        log["params"]["message"]
            .as_str()
            .unwrap()
            .contains("didOpen")
    );
    // A file that is not a draft is not checked; a draft still is.
    s.open(&folder.join("notes.yaml"), "a: 1\n");
    let path = folder.join(SEED);
    s.open(&path, &std::fs::read_to_string(&path).unwrap());
    assert!(!role_conflicts(&s.diagnostics(&uri(&path))).is_empty());
    // `exit` without `shutdown`: status 1, as LSP says.
    s.notify("exit", Value::Null);
    assert_eq!(s.exit_status(), Some(1));
}

#[test]
fn an_unreadable_draft_is_logged_and_the_others_still_checked() {
    let folder = copy_of_seeds("unreadable");
    std::fs::write(folder.join("broken.txt"), b"CEO \xff\xfe here\n").unwrap();
    let path = folder.join(SEED);
    let mut s = Server::start();
    s.initialize(&folder);
    s.open(&path, &std::fs::read_to_string(&path).unwrap());
    // Diagnostics first, then the run's problems in the log.
    assert_eq!(role_conflicts(&s.diagnostics(&uri(&path))).len(), 1);
    let log = s.next(|m| m["method"] == "window/logMessage");
    let line = log["params"]["message"].as_str().unwrap();
    assert!(
        line.contains("broken.txt") && line.contains("invalid UTF-8"),
        "{line}"
    );
    s.request(2, "shutdown", Value::Null);
    s.notify("exit", Value::Null);
    assert_eq!(s.exit_status(), Some(0));
    let _ = std::fs::remove_dir_all(&folder);
}

#[test]
fn closed_input_without_exit_is_status_1() {
    // `--stdio`, which some clients pass, is accepted.
    let mut s = Server::start_with(&["lsp", "--stdio"]);
    s.initialize(&seeds());
    assert_eq!(s.exit_status(), Some(1));
}

/// Neovim, headless, runs tests/nvim/init.lua on a copy of the seed draft.
/// Without `nvim` the test is skipped, except under `CI=true`, where CI
/// must have installed it (`.ci/run` does).
#[test]
fn neovim_shows_the_role_conflict_and_clears_it() {
    let found = Command::new("nvim")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false");
        assert!(
            !ci,
            "nvim is missing, and CI is set (install the `neovim` package)"
        );
        eprintln!("skipped: nvim is not installed");
        return;
    }
    let folder = copy_of_seeds("nvim");
    let out = folder.join("nvim-output.log");
    let config = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/nvim/init.lua");
    let mut child = Command::new("nvim")
        .args(["--headless", "-n", "-i", "NONE", "-u"])
        .arg(&config)
        .arg(SEED)
        .current_dir(&folder)
        .env("FACTLINT_BIN", env!("CARGO_BIN_EXE_factlint"))
        .env("FACTLINT_NVIM_OUT", &out)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("nvim starts");
    let deadline = Instant::now() + Duration::from_secs(180);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("nvim did not finish");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let printed = std::fs::read_to_string(&out).unwrap_or_default();
    assert!(status.success(), "nvim failed: {status}\n{printed}");
    let lines: Vec<&str> = printed.lines().collect();
    let conflict = lines
        .iter()
        .position(|l| l.contains(" role-conflict [Andy Garcetti] CEO of `Amazon`"))
        .unwrap_or_else(|| panic!("no role-conflict on `Andy Garcetti`:\n{printed}"));
    assert!(
        lines[conflict..]
            .iter()
            .skip(1)
            .take_while(|l| l.starts_with("  related "))
            .any(|l| l.starts_with("  related 000_") && l.ends_with(" named CEO here")),
        "no related information into another draft:\n{printed}"
    );
    assert!(
        lines.contains(&"after the change: no role-conflict"),
        "{printed}"
    );
    assert_eq!(lines.last(), Some(&"server exit code 0"), "{printed}");
    assert_eq!(
        std::fs::read(folder.join(SEED)).unwrap(),
        std::fs::read(seeds().join(SEED)).unwrap(),
        "the draft is never written"
    );
    let _ = std::fs::remove_dir_all(&folder);
}

#[test]
fn a_declared_primary_source_is_evidence_never_a_draft() {
    let folder = std::env::temp_dir().join(format!("factlint-lsp-source-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/sources/acme-memo");
    for name in ["memo.md", "hasty.md"] {
        std::fs::copy(fixture.join(name), folder.join(name)).unwrap();
    }
    std::fs::write(
        folder.join("factlint.yaml"),
        "sources:\n  - {path: memo.md, author: Jane Roe, kind: memo}\n",
    )
    .unwrap();
    let draft = folder.join("hasty.md");
    let memo = folder.join("memo.md");
    let mut s = Server::start();
    s.initialize(&folder);
    s.open(&draft, &std::fs::read_to_string(&draft).unwrap());
    let found = s.diagnostics(&uri(&draft));
    assert!(found.iter().any(|d| d["code"] == "misquote"), "{found:#?}");
    // Opened, the memo gets no diagnostics: nothing is reported in a source.
    s.open(&memo, &std::fs::read_to_string(&memo).unwrap());
    let in_memo = s.diagnostics(&uri(&memo));
    assert!(in_memo.is_empty(), "{in_memo:#?}");
    s.request(2, "shutdown", Value::Null);
    s.notify("exit", Value::Null);
    assert_eq!(s.exit_status(), Some(0));
    let _ = std::fs::remove_dir_all(&folder);
}
