//! `factlint report`: the fact sheet as Markdown (snapshot) and HTML, the
//! hostile fixture rendered as text, the write refusing inputs and leaving
//! no temporary file, and the page as headless Chromium renders it.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use crate::cli::factlint;
use crate::scratch::scratch;

const SEEDS: &str = "fixtures/amazon-2025";
const SHEET: &str = "rules/amazon-2025.yaml";
const HOSTILE: &str = "fixtures/report/hostile";

/// Runs `factlint report INPUTS --out OUT`; the output and the file's text.
fn report(inputs: &[&str], out: &Path) -> (Output, String) {
    let out_s = out.to_str().unwrap();
    let mut args = vec!["report"];
    args.extend_from_slice(inputs);
    args.extend_from_slice(&["--out", out_s]);
    let o = factlint(&args);
    let text = std::fs::read_to_string(out).unwrap_or_default();
    (o, text)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The files in a folder, by name, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// The part of an HTML page from the fact table titled `title` to the end of its group.
fn group<'a>(html: &'a str, title: &str) -> &'a str {
    let at = html
        .find(&format!("<h4>{title}"))
        .unwrap_or_else(|| panic!("no table {title}"));
    let rest = &html[at..];
    &rest[..rest.find("</table>").expect("the table ends")]
}

#[test]
fn the_markdown_sheet_of_the_seeds() {
    let dir = scratch();
    let out = dir.join("review.md");
    let (o, md) = report(&[SEEDS, "--rules", SHEET], &out);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(names(&dir), ["review.md"]);
    insta::assert_snapshot!("report_amazon_markdown", md);
}

#[test]
fn the_html_sheet_shows_the_conflicts_the_chart_and_the_agreement() {
    let dir = scratch();
    let out = dir.join("review.html");
    let (o, html) = report(&[SEEDS, "--rules", SHEET], &out);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(html.starts_with("<!DOCTYPE html>"));
    // The CEO conflict: a finding and the role table.
    assert!(html.contains("CEO of `Amazon` is named `Andy Garcetti` here but `Andy Jassy`"));
    let ceo = group(&html, "Amazon · CEO");
    assert!(ceo.contains("verdict st-conflicts"));
    assert!(ceo.contains("Amazon CEO Andy Garcetti"));
    // The Anthropic investment: a chart of two bars that do not overlap.
    let anthropic = group(&html, "anthropic_investment");
    assert!(anthropic.contains("<svg class=\"chart\""));
    assert_eq!(
        anthropic.matches("<g class=\"bar st-conflicts\"").count(),
        2
    );
    assert!(anthropic.contains("$4B") && anthropic.contains("US$8 billion"));
    // The layoff figures agree with each other and the pinned fact.
    let layoffs = group(&html, "layoffs_2025");
    assert!(layoffs.contains("verdict st-agrees"));
    assert!(!layoffs.contains("st-conflicts"));
    assert!(layoffs.matches("matches the pinned fact").count() >= 5);
    // Each finding has a panel with its help, and a marker in its draft.
    for n in 0..5 {
        assert!(html.contains(&format!("<details class=\"finding\" id=\"f-{n}\">")));
        assert!(html.contains(&format!("href=\"#f-{n}\"")));
    }
    assert!(html.contains("Help:</b> use the name the other sources agree on"));
    // Self-contained: nothing loaded from elsewhere.
    for attr in [
        "src=\"http",
        "href=\"http",
        "src=\"//",
        "href=\"//",
        "@import",
        "url(http",
    ] {
        assert!(!html.contains(attr), "{attr} in the page");
    }
}

#[test]
fn the_markdown_sheet_carries_the_same_tables() {
    let dir = scratch();
    let (_, html) = report(&[SEEDS, "--rules", SHEET], &dir.join("r.html"));
    let (_, md) = report(&[SEEDS, "--rules", SHEET], &dir.join("r.md"));
    let tables = |s: &str, open: &str| s.matches(open).count();
    assert_eq!(
        tables(&html, "<table class=\"facts\">"),
        tables(&md, "\n#### ")
    );
    let rows = |s: &str| s.matches("<td class=\"st st-").count();
    let md_rows = md
        .lines()
        .filter(|l| l.starts_with("| ") && l.matches(" | ").count() == 5)
        .filter(|l| !l.starts_with("| draft |"))
        .count();
    assert_eq!(rows(&html), md_rows);
}

#[test]
fn hostile_drafts_render_as_text() {
    let dir = scratch();
    let (o, html) = report(&[HOSTILE], &dir.join("h.html"));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let (o, md) = report(&[HOSTILE], &dir.join("h.md"));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for page in [&html, &md] {
        for raw in [
            "<script>alert",
            "</table><script>",
            "<img src=x",
            "<b>stronger",
        ] {
            assert!(!page.contains(raw), "{raw} unescaped");
        }
    }
    assert!(tags_with(&html, "onmouseover").is_empty());
    assert!(!html.contains("onmouseover=\"") && !html.contains("onmouseover='"));
    assert!(html.contains("&lt;script&gt;alert("));
    assert!(html.contains("&quot; onmouseover=&quot;x"));
    assert!(md.contains("&lt;script&gt;alert("));
    // The page's own structure is intact: one script, tables balanced.
    assert_eq!(html.matches("<script").count(), 1);
    assert_eq!(
        html.matches("<table").count(),
        html.matches("</table>").count()
    );
    // Each status by its rule: figures a finding points at conflict, one
    // speaker's quotes in two drafts agree, a figure stated once is unverified.
    let status_of = |claim: &str| -> Vec<&str> {
        md.lines()
            .filter(|l| l.contains(&format!(" | {claim} | ")))
            .map(|l| l.split(" | ").nth(3).unwrap_or(""))
            .collect()
    };
    assert_eq!(status_of("1,200"), ["conflicts #3"]);
    assert_eq!(status_of("2,500"), ["conflicts #3"]);
    assert_eq!(status_of("Acme CEO John Smith"), ["conflicts #1 #2"]);
    assert_eq!(status_of("2"), ["unverified"]);
    assert_eq!(
        md.lines()
            .filter(|l| l.contains(" | agrees | by Jane Smith | "))
            .count(),
        3
    );
    // The hostile drafts still conflict, and are still charted.
    assert!(html.contains("role-conflict") && html.contains("<svg class=\"chart\""));
}

#[test]
fn the_report_is_never_written_over_an_input() {
    let dir = scratch();
    // A Markdown draft, and a Markdown report named like it.
    let draft = dir.join("a.md");
    let original = "Acme CEO Jane Smith said Acme will cut 1,200 jobs this year.\n";
    std::fs::write(&draft, original).unwrap();
    let a = draft.to_str().unwrap();
    let o = factlint(&["report", a, "--out", a]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("refusing to write the report over an input file"));
    assert_eq!(std::fs::read_to_string(&draft).unwrap(), original);
    // Through another spelling of the same path, the draft found in its folder.
    let dotted = format!("{}/./a.md", dir.display());
    let o = factlint(&["report", dir.to_str().unwrap(), "--out", &dotted]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&draft).unwrap(), original);
    // Nor over a rule file.
    let sheet = dir.join("sheet.md");
    std::fs::write(&sheet, "story: x\n").unwrap();
    let s = sheet.to_str().unwrap();
    let o = factlint(&["report", a, "--rules", s, "--out", s]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("refusing to write the report over an input file"));
    assert_eq!(std::fs::read_to_string(&sheet).unwrap(), "story: x\n");
    assert_eq!(names(&dir), ["a.md", "sheet.md"]);
}

#[test]
fn the_write_is_atomic_and_leaves_nothing_else() {
    let dir = scratch();
    let out = dir.join("review.html");
    std::fs::write(&out, "old").unwrap();
    let (o, html) = report(&[HOSTILE], &out);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(names(&dir), ["review.html"]);
    // A folder that does not exist: exit 2, nothing created.
    let o = factlint(&[
        "report",
        HOSTILE,
        "--out",
        dir.join("missing/r.html").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(names(&dir), ["review.html"]);
}

#[test]
fn an_unknown_extension_is_refused() {
    let dir = scratch();
    let out = dir.join("review.pdf");
    let (o, _) = report(&[HOSTILE], &out);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("review.pdf: cannot tell the report's format"));
    assert!(names(&dir).is_empty());
}

/// Runs a command with a time limit, reading its output as it comes (a
/// dumped page is larger than a pipe holds); `None` when it did not finish
/// (it is then killed, by its id).
fn run_for(cmd: &mut Command, limit: Duration) -> Option<Output> {
    let child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(limit) {
        Ok(out) => out.ok(),
        Err(_) => {
            let _ = Command::new("kill").arg(pid.to_string()).status();
            None
        }
    }
}

/// The tags of a page (from `<` to `>`) that hold `word`: in a serialised
/// page, text and attribute values hold no `<` or `>` of their own.
fn tags_with<'a>(page: &'a str, word: &str) -> Vec<&'a str> {
    page.split('<')
        .skip(1)
        .map(|t| &t[..t.find('>').unwrap_or(t.len())])
        .filter(|t| t.contains(word))
        .collect()
}

/// Headless Chromium with a fresh profile and no network activity of its own.
fn chromium(profile: &Path, extra: &[&str], page: &Path) -> Output {
    let mut cmd = Command::new("chromium");
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .args(extra)
    .arg(format!("file://{}", page.display()));
    run_for(&mut cmd, Duration::from_secs(120)).expect("chromium finishes within two minutes")
}

/// True when Chromium can be run; under `CI=true` its absence fails the test.
fn have_chromium() -> bool {
    let found = Command::new("chromium")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false");
        assert!(
            !ci,
            "chromium is missing and CI is set (.ci/run installs it)"
        );
        println!("skipped: chromium is not installed (apt-get install -y chromium)");
    }
    found
}

#[test]
fn chromium_renders_the_sheet_without_errors() {
    if !have_chromium() {
        return;
    }
    let dir = scratch();
    let page = dir.join("review.html");
    let (o, _) = report(&[SEEDS, "--rules", SHEET], &page);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let dump = chromium(
        &dir.join("profile-dom"),
        &["--enable-logging=stderr", "--v=0", "--dump-dom"],
        &page,
    );
    let dom = String::from_utf8_lossy(&dump.stdout);
    let log = String::from_utf8_lossy(&dump.stderr);
    // The inline script ran to its end without throwing.
    assert!(
        dom.contains("<body data-js-ok=\"1\">"),
        "the script did not run"
    );
    for bad in ["Uncaught", "CONSOLE("] {
        let lines: Vec<&str> = log.lines().filter(|l| l.contains(bad)).collect();
        assert!(lines.is_empty(), "the page logged: {lines:?}");
    }
    assert!(dom.contains("CEO of `Amazon` is named `Andy Garcetti` here but `Andy Jassy`"));
    assert_eq!(dom.matches("<details class=\"finding\"").count(), 5);
    assert!(dom.contains("<table class=\"facts\">"));
    let anthropic = group(&dom, "anthropic_investment");
    assert!(anthropic.contains("<svg class=\"chart\""));
    assert_eq!(anthropic.matches("class=\"bar st-conflicts\"").count(), 2);
    assert!(group(&dom, "layoffs_2025").contains("verdict st-agrees"));
    // The screenshot, as a test artifact under the target folder.
    let artifacts = Path::new(env!("CARGO_TARGET_TMPDIR")).join("test-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let png = artifacts.join("report.png");
    let _ = std::fs::remove_file(&png);
    chromium(
        &dir.join("profile-shot"),
        &[
            &format!("--screenshot={}", png.display()),
            "--window-size=1200,2000",
        ],
        &page,
    );
    let bytes = std::fs::read(&png).expect("chromium saved a screenshot");
    assert!(bytes.starts_with(b"\x89PNG") && bytes.len() > 10_000);
    println!("screenshot: {}", png.display());
}

#[test]
fn chromium_shows_the_hostile_drafts_as_text() {
    if !have_chromium() {
        return;
    }
    let dir = scratch();
    let page = dir.join("hostile.html");
    let (o, _) = report(&[HOSTILE], &page);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let dump = chromium(&dir.join("profile"), &["--dump-dom"], &page);
    let dom = String::from_utf8_lossy(&dump.stdout);
    assert!(dom.contains("<body data-js-ok=\"1\">"));
    // Only the page's own script and no element a draft wrote.
    assert_eq!(dom.matches("<script").count(), 1);
    assert!(!dom.contains("<img") && !dom.contains("<b>stronger"));
    assert_eq!(tags_with(&dom, "onmouseover"), Vec::<&str>::new());
    assert_eq!(tags_with(&dom, "alert"), Vec::<&str>::new());
    assert!(dom.contains("&lt;script&gt;alert("));
}

#[test]
fn claims_a_primary_source_states_the_same_way_are_marked() {
    let dir = scratch();
    let src = "fixtures/sources/acme-memo/memo.md";
    let (o, md) = report(
        &["fixtures/sources/acme-memo", "--source", src],
        &dir.join("r.md"),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(md.contains("memo.md (primary source)"), "{md}");
    assert!(md.contains("- drafts: 2\n"), "{md}");
    let faithful = md
        .lines()
        .filter(|l| l.contains("faithful.md |") && l.contains("matches the source"))
        .count();
    assert!(faithful >= 2, "{md}");
    // Without the source nothing is verified against it.
    let (_, bare) = report(&["fixtures/sources/acme-memo"], &dir.join("b.md"));
    assert!(!bare.contains("matches the source |"), "{bare}");
}
