//! Hostile files and paths: loading, configuration and terminal output
//! (issue 11, items 9, 11, 12 and 13; SPEC 7).
//!
//! Cases that need what a case folder cannot hold — a FIFO, symbolic links,
//! a secret outside the project — use one shared folder beside the case
//! folders (`outside()`), named by absolute path or by `../` from a case.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::{Case, run_table};

/// What the secret files outside the project hold: it must never be printed.
const SECRET: &str = "token=hunter2-never-print-me";

/// The shared folder outside every case folder, made once:
///
/// - `secret.txt`, `secret.yaml`: a secret whose first line is not YAML;
/// - `fifo.txt`: a FIFO (a watchdog opens it for writing, so code that
///   wrongly waits on it sees an empty file instead of hanging the test);
/// - `walk-links/`: a draft reached only through a link, a link loop, links
///   to a file and a directory outside, a broken link, a FIFO draft.
fn outside() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("factlint-load-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("walk-links/store")).unwrap();
        std::fs::create_dir_all(dir.join("elsewhere")).unwrap();
        std::fs::write(dir.join("secret.txt"), format!("{SECRET}\n")).unwrap();
        std::fs::write(dir.join("secret.yaml"), format!("{SECRET}\n")).unwrap();
        std::fs::write(dir.join("elsewhere/leak.txt"), format!("{SECRET}\n")).unwrap();
        let w = dir.join("walk-links");
        std::fs::write(w.join("a.txt"), "Acme cut 500 jobs.\n").unwrap();
        std::fs::write(w.join("store/b.draft"), "Acme cut 700 jobs.\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::symlink;
            symlink("store/b.draft", w.join("b.txt")).unwrap();
            symlink(".", w.join("loop")).unwrap();
            symlink("../secret.txt", w.join("out.txt")).unwrap();
            symlink("../elsewhere", w.join("elsewhere")).unwrap();
            symlink("missing.txt", w.join("broken.txt")).unwrap();
            for fifo in [dir.join("fifo.txt"), w.join("pipe.md")] {
                let made = std::process::Command::new("mkfifo").arg(&fifo).status();
                assert!(made.is_ok_and(|s| s.success()), "mkfifo {fifo:?}");
                std::thread::spawn(move || {
                    loop {
                        // Blocks until a reader opens the FIFO; then closes at once.
                        let _ = std::fs::OpenOptions::new().write(true).open(&fifo);
                        std::thread::sleep(std::time::Duration::from_millis(20));
                    }
                });
            }
        }
        dir
    })
}

/// `outside()/rel` as a string.
fn out_path(rel: &str) -> String {
    outside().join(rel).to_string_lossy().into_owned()
}

/// `rel` inside `outside()`, as a case folder reaches it with `../`.
fn up(rel: &str) -> String {
    let name = outside()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    format!("../{name}/{rel}")
}

const DRAFT: &str = "Acme cut 500 jobs.\n";

/// Item 9: a size limit near `u64::MAX` must not wrap to 0 (every draft
/// read as empty, exit 0); out-of-range values are refused.
#[test]
fn size_limits_never_wrap() {
    run_table(vec![
        Case::new(
            "--max-file-size u64::MAX reads the draft",
            &["claims", "--max-file-size", "18446744073709551615", "a.txt"],
            0,
        )
        .file("a.txt", DRAFT)
        .out("a.txt:1:10")
        .out("2 claims")
        .never("panicked"),
        Case::new(
            "max_file_size u64::MAX in the config",
            &["claims", "a.txt"],
            0,
        )
        .file("a.txt", DRAFT)
        .file("factlint.yaml", "max_file_size: 18446744073709551615\n")
        .out("a.txt:1:10"),
        Case::new(
            "--max-file-size beyond u64 is refused",
            &["check", "--max-file-size", "18446744073709551616", "a.txt"],
            2,
        )
        .file("a.txt", DRAFT)
        .err("--max-file-size"),
        Case::new(
            "negative max_file_size in the config",
            &["check", "a.txt"],
            2,
        )
        .file("a.txt", DRAFT)
        .file("factlint.yaml", "max_file_size: -1\n")
        .err("factlint.yaml:1:16"),
        Case::new(
            "a draft over the size limit, the other still checked",
            &["check", "--max-file-size", "40", "big.txt", "a.txt"],
            2,
        )
        .file("big.txt", DRAFT.repeat(3))
        .file("a.txt", DRAFT)
        .err("big.txt: file is larger than the size limit of 40 bytes")
        .out("in 1 file"),
    ]);
}

/// Item 11: what factlint.yaml names stays inside its folder; a file is never
/// quoted unless it is named like YAML; config and rule files are bounded.
#[test]
fn config_cannot_reach_outside_the_project() {
    let mut cases = Vec::new();
    for (name, target) in [
        ("config names ../secret", up("secret.yaml")),
        ("config names an absolute path", out_path("secret.yaml")),
        (
            "config names /proc/self/environ",
            "/proc/self/environ".into(),
        ),
        (
            "config climbs out through a subfolder",
            "rules/../../x/y.yaml".into(),
        ),
    ] {
        cases.push(
            Case::new(name, &["check", "a.txt"], 2)
                .file("a.txt", DRAFT)
                .file("factlint.yaml", format!("rules:\n  - {target}\n"))
                .err("is outside the folder that holds factlint.yaml; not read")
                .err("factlint.yaml:2:5")
                .out("in 1 file")
                .never(SECRET)
                // The harness sets NO_COLOR=1, so it is in /proc/self/environ.
                .never("NO_COLOR=1"),
        );
    }
    cases.extend([
        Case::new("config names a rule file inside", &["rules"], 0)
            .file("factlint.yaml", "rules:\n  - rules/story.yaml\n")
            .file("rules/story.yaml", "story: inside\n")
            .out("story `inside`"),
        Case::new(
            "--rules names a non-YAML file: position, no line",
            &["check", "--rules", &up("secret.txt"), "a.txt"],
            2,
        )
        .file("a.txt", DRAFT)
        .err("secret.txt:1:1: not a valid rule set")
        .never(SECRET),
        Case::new(
            "factlint rules on a non-YAML file: position, no line",
            &["rules", &out_path("secret.txt")],
            2,
        )
        .err("not a valid rule set")
        .never(SECRET),
        Case::new(
            "--rules names a YAML file: the offending line is quoted",
            &["rules", "story.yaml"],
            2,
        )
        .file("story.yaml", "story: x\nentities: [oops\n")
        .err("story.yaml:"),
        Case::new("a config file over the size limit", &["check", "a.txt"], 2)
            .file("a.txt", DRAFT)
            .file("factlint.yaml", "# padding\n".repeat(500_000))
            .err("factlint.yaml: larger than 4194304 bytes"),
        Case::new("a rule file over the size limit", &["rules", "big.yaml"], 2)
            .file("big.yaml", "# padding\n".repeat(500_000))
            .err("big.yaml: larger than 4194304 bytes"),
        Case::new("a UTF-16 config file", &["check", "a.txt"], 2)
            .file("a.txt", DRAFT)
            .file(
                "factlint.yaml",
                b"\xff\xfer\x00:\x00 \x00[\x00]\x00".to_vec(),
            )
            .err("UTF-16"),
    ]);
    run_table(cases);
}

/// Item 12: FIFOs and devices are refused, never waited on; links in a walked
/// directory are followed inside it, loops and links out are reported.
#[cfg(unix)]
#[test]
fn pipes_devices_and_links() {
    let fifo = out_path("fifo.txt");
    let walk = out_path("walk-links");
    run_table(vec![
        Case::new("a FIFO named as a draft", &["check", &fifo, "a.txt"], 2)
            .file("a.txt", DRAFT)
            .err("fifo.txt: a FIFO (named pipe), not a regular file")
            .out("in 1 file"),
        Case::new(
            "a FIFO as --rules",
            &["check", "--rules", &fifo, "a.txt"],
            2,
        )
        .file("a.txt", DRAFT)
        .err("fifo.txt: a FIFO (named pipe)"),
        Case::new("a FIFO to factlint rules", &["rules", &fifo], 2).err("a FIFO (named pipe)"),
        Case::new("a device named as a draft", &["check", "/dev/zero"], 2)
            .err("/dev/zero: a device, not a regular file"),
        Case::new("a directory named as --rules", &["rules", "d"], 2)
            .file("d/x.yaml", "story: x\n")
            .err("d: a directory, not a file"),
        Case::new("links in a walked directory", &["claims", &walk], 2)
            // Reached only through the link `b.txt`: followed.
            .out("b.txt:1:10")
            .out("a.txt:1:10")
            .err("loop: symbolic link loop")
            .err("out.txt: symbolic link to a file outside")
            .err("elsewhere: symbolic link to a directory outside")
            .err("broken.txt: broken symbolic link")
            .err("pipe.md: a FIFO (named pipe)")
            .never(SECRET),
    ]);
}

/// SPEC 7 and item 13: encodings, line endings and positions.
#[test]
fn encodings_line_endings_and_positions() {
    run_table(vec![
        Case::new("LF", &["claims", "a.txt"], 0)
            .file("a.txt", "Intro.\nAcme cut 500 jobs.\n")
            .out("a.txt:2:10"),
        Case::new("CRLF", &["claims", "a.txt"], 0)
            .file("a.txt", "Intro.\r\nAcme cut 500 jobs.\r\n")
            .out("a.txt:2:10"),
        Case::new("lone CR", &["claims", "a.txt"], 0)
            .file("a.txt", "Intro.\rAcme cut 500 jobs.\r")
            .out("a.txt:2:10"),
        Case::new("mixed line endings", &["claims", "a.txt"], 0)
            .file("a.txt", "One.\r\nTwo.\rThree.\n\rAcme cut 500 jobs.")
            .out("a.txt:5:10"),
        Case::new(
            "lone CR in JSON positions",
            &["claims", "--format", "json", "a.txt"],
            0,
        )
        .file("a.txt", "Intro.\rAcme cut 500 jobs.")
        .out("\"start\": 16,\n        \"end\": 19,\n        \"line\": 2,\n        \"column\": 10"),
        Case::new("a UTF-8 byte-order mark", &["claims", "a.txt"], 0)
            .file("a.txt", "\u{feff}Acme cut 500 jobs.")
            .out("a.txt:1:1 ")
            .out("a.txt:1:10"),
        Case::new(
            "a byte-order mark keeps byte offsets",
            &["claims", "--format", "json", "a.txt"],
            0,
        )
        .file("a.txt", "\u{feff}Acme cut 500 jobs.")
        .out("\"start\": 12,\n        \"end\": 15,\n        \"line\": 1,\n        \"column\": 10"),
        Case::new("UTF-16 LE", &["check", "a.txt"], 2)
            .file("a.txt", b"\xff\xfeA\x00c\x00m\x00e\x00".to_vec())
            .err("a.txt: UTF-16 text (byte-order mark); convert it to UTF-8")
            .never("binary"),
        Case::new("UTF-16 BE", &["check", "a.txt"], 2)
            .file("a.txt", b"\xfe\xff\x00A\x00c\x00m\x00e".to_vec())
            .err("a.txt: UTF-16 text")
            .never("binary"),
        Case::new("invalid UTF-8 after a lone CR", &["check", "a.txt"], 2)
            .file("a.txt", b"ok\rab\xffc".to_vec())
            .err("a.txt:2:3: invalid UTF-8"),
        Case::new(
            "invalid UTF-8 after a byte-order mark",
            &["check", "a.txt"],
            2,
        )
        .file("a.txt", b"\xef\xbb\xbfab\xffc".to_vec())
        .err("a.txt:1:3: invalid UTF-8"),
        Case::new(
            "a binary file, the other still checked",
            &["check", "x.txt", "a.txt"],
            2,
        )
        .file("x.txt", b"PK\x03\x04\x00\x00".to_vec())
        .file("a.txt", DRAFT)
        .err("x.txt:1:5: binary file")
        .out("in 1 file"),
        Case::new("an empty file is a valid draft", &["check", "a.txt"], 0)
            .file("a.txt", "")
            .out("in 1 file (0 claims)"),
        Case::new("an unreadable path", &["check", "nope.txt", "a.txt"], 2)
            .file("a.txt", DRAFT)
            .err("nope.txt: no such file or directory")
            .out("in 1 file"),
        Case::new("a directory without drafts", &["check", "d", "a.txt"], 2)
            .file("d/x.png", "png")
            .file("a.txt", DRAFT)
            .err("d: no drafts")
            .out("in 1 file"),
    ]);
}

/// Two drafts that disagree, so every format prints excerpts and messages;
/// the first hides terminal escape sequences, the second's name does too.
/// Rows add `never("\x1b")`, except in colour, where factlint's own escapes
/// are expected.
fn escaping(name: &'static str, args: &[&str]) -> Case {
    Case::new(name, args, 1)
        .file(
            "a.txt",
            "Acme cut 500 jobs.\x1b[2J\x1b]0;pwned\x07 Acme CEO Ana Reyes said so.\u{202e}\n",
        )
        .file(
            "b\x1b[31m.txt",
            "Acme cut 700 jobs. Acme CEO Bob Smith said so.\u{9b}\n",
        )
        .never("\x07")
        .never("\u{202e}")
        .never("\u{9b}")
}

/// Item 13: control characters from drafts and file names are escaped in
/// everything printed for a terminal; JSON and SARIF escape them as JSON.
#[test]
fn control_characters_are_never_printed_raw() {
    run_table(vec![
        escaping("human", &["check", "--color", "never", "."])
            .never("\x1b")
            .out("\\u{1b}[2J\\u{1b}]0;pwned\\u{7}")
            .out("b\\u{1b}[31m.txt"),
        escaping("human in colour", &["check", "--color", "always", "."])
            .never("\x1b[2J")
            .never("\x1b]0;")
            .never("\x1b[31m.txt"),
        escaping("short", &["check", "--format", "short", "."])
            .never("\x1b")
            .out("b\\u{1b}[31m.txt:1:10"),
        escaping("github", &["check", "--format", "github", "."])
            .never("\x1b")
            .out("b\\u{1b}[31m.txt"),
        escaping("json", &["check", "--format", "json", "."])
            .never("\x1b")
            .out("b\\u001b[31m.txt"),
        escaping("sarif", &["check", "--format", "sarif", "."])
            .never("\x1b")
            .out("\"uri\": \"b%1B%5B31m.txt\""),
        Case::new("claims table", &["claims", "."], 0)
            .file("a\x1b]0;x\x07.txt", "Acme\x1b[2J cut 500 jobs.\n")
            .out("a\\u{1b}]0;x\\u{7}.txt:1:")
            .never("\x1b")
            .never("\x07"),
        Case::new("claims JSON", &["claims", "--format", "json", "."], 0)
            .file("a.txt", "Acme cut 500 jobs.\x1b[2J\u{9b}\n")
            .never("\x1b")
            .never("\u{9b}"),
        Case::new("a load error names a file with escapes", &["check", "."], 2)
            .file("x\x1b[2J.txt", b"\x00".to_vec())
            .err("x\\u{1b}[2J.txt:1:1: binary file")
            .never("\x1b"),
        Case::new(
            "a rule error quotes a line with escapes",
            &["rules", "s.yaml"],
            2,
        )
        .file("s.yaml", "story: x\n\x1b[2Jbad: 1\n")
        .err("\\u{1b}[2Jbad")
        .never("\x1b"),
    ]);
}
