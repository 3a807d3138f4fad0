//! The report as one self-contained HTML page: inline CSS and a tiny inline
//! script, no external resources, readable on a phone and printable.
//!
//! Findings are `<details>` panels (they open without the script; the script
//! only opens the one a marker points at, and opens all before printing).
//! Every draft-derived string is written through `escape_html`.

use std::fmt::Write as _;

use super::escape_html as esc;
use super::model::{Draft, Evidence, FindingView, Group, GroupKind, ReportModel, STATUS_RULE};
use crate::finding::Severity;
use crate::source::Span;

/// The page's style sheet.
const CSS: &str = r#"
:root{--fg:#1d1f23;--muted:#5c6370;--line:#d9dce1;--bg:#fff;--soft:#f5f6f8;
--conflict:#b3261e;--fact:#1b6e3a;--agree:#1f5fa8;--unverified:#7a6a00;--note:#555}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1180px;padding:0 16px 48px;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header{border-bottom:2px solid var(--fg);margin-bottom:8px}
h1{font-size:1.6em;margin:16px 0 4px}h2{font-size:1.3em;margin:28px 0 8px;border-bottom:1px solid var(--line)}
h3{font-size:1.1em;margin:20px 0 6px}h4{font-size:1em;margin:18px 0 4px}
nav a{margin-right:14px}
a{color:var(--agree)}
.muted,.about{color:var(--muted)}
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{border:1px solid var(--line);border-radius:6px;padding:8px 12px;min-width:150px;background:var(--soft)}
.card b{font-size:1.4em;display:block}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.92em;margin:8px 0}
th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{background:var(--soft)}
table.kinds,table.drafts{width:auto}
td.sentence{min-width:240px;max-width:480px}
td.value{min-width:120px}
td.sentence mark{background:#fff2a8}
.st{font-weight:600}
.st-conflicts{color:var(--conflict)}.st-fact{color:var(--fact)}.st-agrees{color:var(--agree)}.st-unverified{color:var(--unverified)}
.verdict{font-size:.85em;font-weight:600;margin-left:8px;padding:1px 6px;border-radius:4px;background:var(--soft)}
.sev{display:inline-block;font-size:.8em;font-weight:700;text-transform:uppercase;padding:0 5px;border-radius:3px;color:#fff;margin-right:6px}
.sev-error{background:var(--conflict)}.sev-warning{background:#a05a00}.sev-note{background:var(--note)}
details.finding{border:1px solid var(--line);border-radius:6px;margin:6px 0;padding:4px 10px;background:var(--bg)}
details.finding[open]{background:var(--soft)}
details.finding.sel{outline:3px solid var(--agree)}
details.finding summary{cursor:pointer}
.check{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;color:var(--muted)}
.evidence li{margin:2px 0}
code,.text{font-family:ui-monospace,Menlo,Consolas,monospace}
pre.text{white-space:pre-wrap;word-wrap:break-word;overflow-wrap:anywhere;background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:10px;font-size:.88em;line-height:1.55}
.c{border-bottom:2px solid #9aa5b1}
.c.k-count,.c.k-money,.c.k-percent,.c.k-percentage_points{background:#e6effa}
.c.k-role{background:#efe6fa}.c.k-quote{background:#f1f1e4}
.c.st-conflicts{background:#fbdad7;border-bottom-color:var(--conflict)}
.c.st-fact{border-bottom-color:var(--fact)}.c.st-agrees{border-bottom-color:var(--agree)}
.flagged{text-decoration:underline wavy var(--conflict)}
a.fmark{display:inline-block;font-size:.75em;font-weight:700;color:#fff;border-radius:8px;padding:0 5px;margin-left:2px;text-decoration:none;vertical-align:super;line-height:1.3}
svg.chart{max-width:760px;display:block;margin:6px 0 10px;font:12px system-ui,sans-serif;color:#1f5fa8}
svg.chart text{fill:var(--fg)}
svg.chart .span,svg.chart .cap,svg.chart .point{fill:currentColor}
svg.chart .arrow{fill:none;stroke:currentColor;stroke-width:2}
svg.chart .bar.st-conflicts{color:var(--conflict)}svg.chart .bar.st-fact{color:var(--fact)}
svg.chart .bar.st-unverified{color:#8a7a10}
svg.chart .fact-band{fill:#1b6e3a;fill-opacity:.14;stroke:#1b6e3a;stroke-dasharray:3 3}
svg.chart .axis,svg.chart .tick{stroke:var(--muted)}
svg.chart text.tick{fill:var(--muted);stroke:none;font-size:11px}
footer{margin-top:36px;border-top:1px solid var(--line);color:var(--muted);font-size:.9em}
@media (max-width:640px){body{padding:0 8px 32px;font-size:14px}td.sentence{min-width:200px}h1{font-size:1.3em}}
@media print{nav,a.fmark,.noprint{display:none}body{max-width:none;font-size:11px}
details.finding{break-inside:avoid}details.finding>*{display:block}
.group{break-inside:avoid-page}pre.text{white-space:pre-wrap;border:none}
a{color:inherit;text-decoration:none}}
"#;

/// The page's script: a finding marker opens and highlights its panel; all
/// panels open before printing; `data-js-ok` on `<body>` says it ran.
const JS: &str = r#"
(function(){
  function show(hash){
    var el=document.getElementById(hash.slice(1));
    if(!el||el.tagName!=="DETAILS")return;
    el.open=true;el.classList.add("sel");
    setTimeout(function(){el.classList.remove("sel");},1600);
  }
  document.addEventListener("click",function(e){
    var a=e.target.closest&&e.target.closest("a.fmark,a.flink");
    if(a)show(a.getAttribute("href"));
  });
  window.addEventListener("beforeprint",function(){
    document.querySelectorAll("details.finding").forEach(function(d){d.open=true;});
  });
  if(location.hash)show(location.hash);
  document.body.setAttribute("data-js-ok","1");
})();
"#;

/// The whole page.
pub fn render(m: &ReportModel) -> String {
    let mut s = String::with_capacity(64 * 1024);
    let title = if m.stories.is_empty() {
        "Fact sheet".to_string()
    } else {
        format!("Fact sheet: {}", m.stories.join(", "))
    };
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n\
         <nav><a href=\"#summary\">Summary</a><a href=\"#findings\">Findings</a>\
         <a href=\"#tables\">Fact tables</a><a href=\"#drafts\">Drafts</a></nav>\n</header>\n",
        esc(&title),
        esc(&title)
    );
    summary(&mut s, m);
    findings(&mut s, m);
    tables(&mut s, m);
    drafts(&mut s, m);
    let _ = write!(
        s,
        "<footer>\n<p><b>Status.</b> {}</p>\n<p>Charts: one bar per claim over a shared axis; \
         a capped end is a stated bound, an arrow fading to the edge an open one \
         (<i>more than</i>); a green band is the pinned fact. Overlapping bars agree; \
         a gap between bars is a conflict.</p>\n<p>Made by factlint report.</p>\n</footer>\n\
         <script>{JS}</script>\n</body>\n</html>\n",
        esc(STATUS_RULE)
    );
    s
}

fn summary(s: &mut String, m: &ReportModel) {
    let _ = write!(
        s,
        "<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n\
         <div class=\"card\"><b>{}</b>drafts</div>\n<div class=\"card\"><b>{}</b>claims</div>\n\
         <div class=\"card\"><b>{}</b>errors</div>\n<div class=\"card\"><b>{}</b>warnings</div>\n\
         <div class=\"card\"><b>{}</b>notes</div>\n</div>\n",
        m.drafts.iter().filter(|d| !d.source).count(),
        m.claims(),
        m.count(Severity::Error),
        m.count(Severity::Warning),
        m.count(Severity::Note)
    );
    s.push_str("<div class=\"scroll\"><table class=\"kinds\">\n<thead><tr><th>claims by kind</th><th>count</th></tr></thead>\n<tbody>\n");
    for (kind, n) in &m.claims_by_kind {
        let _ = writeln!(s, "<tr><td>{}</td><td>{n}</td></tr>", esc(kind));
    }
    s.push_str("</tbody></table></div>\n");
    s.push_str("<div class=\"scroll\"><table class=\"drafts\">\n<thead><tr><th>draft</th><th>claims</th><th>findings here</th></tr></thead>\n<tbody>\n");
    for (d, draft) in m.drafts.iter().enumerate() {
        let _ = writeln!(
            s,
            "<tr><td><a href=\"#d-{d}\">{}</a>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&draft.path),
            if draft.source {
                " (primary source)"
            } else {
                ""
            },
            draft.marks.len(),
            draft.findings.len()
        );
    }
    s.push_str("</tbody></table></div>\n</section>\n");
}

fn place(e: &Evidence) -> String {
    let file = match e.doc {
        Some(d) => format!("<a href=\"#d-{d}\">{}</a>", esc(&e.file)),
        None => esc(&e.file),
    };
    format!("{file}:{}", e.line)
}

fn finding(s: &mut String, n: usize, f: &FindingView) {
    let sev = f.severity.as_str();
    let _ = write!(
        s,
        "<details class=\"finding\" id=\"f-{n}\"><summary><b>#{}</b> <span class=\"sev sev-{sev}\">{sev}</span>\
         <span class=\"msg\">{}</span> <span class=\"check\">[{}]</span> <span class=\"muted\">{}</span></summary>\n\
         <p class=\"help\"><b>Help:</b> {}</p>\n<ul class=\"evidence\">\n<li><b>here</b> {} — <q>{}</q> {}</li>\n",
        n + 1,
        esc(&f.message),
        esc(f.check),
        place(&f.primary),
        esc(&f.help),
        place(&f.primary),
        esc(&f.primary.text),
        esc(&f.primary.message)
    );
    for r in &f.related {
        let _ = writeln!(
            s,
            "<li>{} — <q>{}</q> {}</li>",
            place(r),
            esc(&r.text),
            esc(&r.message)
        );
    }
    s.push_str("</ul>\n</details>\n");
}

fn findings(s: &mut String, m: &ReportModel) {
    s.push_str("<section id=\"findings\">\n<h2>Findings</h2>\n");
    if m.findings.is_empty() {
        s.push_str("<p>No findings: the drafts do not contradict each other or the sheet.</p>\n");
    }
    for (n, f) in m.findings.iter().enumerate() {
        finding(s, n, f);
    }
    s.push_str("</section>\n");
}

fn tables(s: &mut String, m: &ReportModel) {
    s.push_str("<section id=\"tables\">\n<h2>Fact tables</h2>\n");
    let mut section: Option<GroupKind> = None;
    for (g, group) in m.groups.iter().enumerate() {
        if section != Some(group.kind) {
            section = Some(group.kind);
            let _ = writeln!(s, "<h3>{}</h3>", group.kind.section());
        }
        table(s, g, group);
    }
    s.push_str("</section>\n");
}

fn table(s: &mut String, g: usize, group: &Group) {
    let verdict = match group.verdict() {
        Some("conflict") => "<span class=\"verdict st-conflicts\">conflict</span>",
        Some(_) => "<span class=\"verdict st-agrees\">consistent</span>",
        None => "",
    };
    let _ = writeln!(
        s,
        "<div class=\"group\" id=\"g-{g}\">\n<h4>{}{verdict}</h4>",
        esc(&group.title)
    );
    let about: Vec<String> = group
        .about
        .iter()
        .map(|a| esc(a))
        .chain(
            group
                .fact_text
                .iter()
                .map(|f| format!("pinned fact: <b>{}</b>", esc(f))),
        )
        .collect();
    if !about.is_empty() {
        let _ = writeln!(s, "<p class=\"about\">{}</p>", about.join(" — "));
    }
    if group.chartable()
        && let Some(svg) = super::svg::chart(group, &format!("chart-{g}"))
    {
        s.push_str(&svg);
    }
    s.push_str(
        "<div class=\"scroll\"><table class=\"facts\">\n<thead><tr><th>draft</th><th>line</th>\
         <th>claim</th><th>status</th><th>value</th><th>sentence</th></tr></thead>\n<tbody>\n",
    );
    for r in &group.rows {
        let links: String = r
            .findings
            .iter()
            .map(|n| format!(" <a class=\"flink\" href=\"#f-{n}\">#{}</a>", n + 1))
            .collect();
        let _ = writeln!(
            s,
            "<tr><td><a href=\"#c-{}-{}\">{}</a></td><td>{}</td><td>{}</td><td class=\"st st-{}\">{}{links}</td>\
             <td class=\"value\">{}</td><td class=\"sentence\">{}</td></tr>",
            r.claim.doc,
            r.claim.claim,
            esc(&r.draft),
            r.line,
            esc(&r.text),
            r.status.class(),
            r.status.label(),
            esc(&r.value),
            sentence_with(&r.sentence, &r.text),
        );
    }
    s.push_str("</tbody></table></div>\n</div>\n");
}

/// The sentence, escaped, with the claim's words marked where they first occur.
fn sentence_with(sentence: &str, words: &str) -> String {
    match (!words.is_empty()).then(|| sentence.find(words)).flatten() {
        Some(at) => format!(
            "{}<mark>{}</mark>{}",
            esc(&sentence[..at]),
            esc(words),
            esc(&sentence[at + words.len()..])
        ),
        None => esc(sentence),
    }
}

fn drafts(s: &mut String, m: &ReportModel) {
    s.push_str("<section id=\"drafts\">\n<h2>Drafts</h2>\n<p class=\"muted noprint\">Claims are highlighted (red: in conflict); a numbered marker is a finding — select it for its message, help and evidence.</p>\n");
    for (d, draft) in m.drafts.iter().enumerate() {
        let _ = write!(
            s,
            "<article class=\"draft\" id=\"d-{d}\">\n<h3>{}</h3>\n<pre class=\"text\">",
            esc(&draft.path)
        );
        draft_text(s, d, draft, m);
        s.push_str("</pre>\n</article>\n");
    }
    s.push_str("</section>\n");
}

/// A draft's text, escaped, its claims wrapped in highlights and a marker
/// after the words each finding reports.
fn draft_text(s: &mut String, d: usize, draft: &Draft, m: &ReportModel) {
    let text = draft.text.as_str();
    let ok = |sp: &Span| {
        sp.start <= sp.end
            && sp.end <= text.len()
            && text.is_char_boundary(sp.start)
            && text.is_char_boundary(sp.end)
    };
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for mk in draft.marks.iter().filter(|mk| ok(&mk.span)) {
        cuts.extend([mk.span.start, mk.span.end]);
    }
    for (_, sp) in draft.findings.iter().filter(|(_, sp)| ok(sp)) {
        cuts.extend([sp.start, sp.end]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    // Marks by start, so the ones covering a segment are found by a sweep.
    let mut order: Vec<usize> = (0..draft.marks.len())
        .filter(|&k| ok(&draft.marks[k].span))
        .collect();
    order.sort_by_key(|&k| draft.marks[k].span.start);
    let mut next = 0;
    let mut active: Vec<usize> = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        while next < order.len() && draft.marks[order[next]].span.start <= a {
            let k = order[next];
            let _ = write!(s, "<span id=\"c-{d}-{k}\"></span>");
            active.push(k);
            next += 1;
        }
        active.retain(|&k| draft.marks[k].span.end > a);
        let seg = esc(&text[a..b]);
        let flagged = draft
            .findings
            .iter()
            .any(|(_, sp)| sp.start <= a && b <= sp.end && sp.start < sp.end);
        let inner = active
            .iter()
            .filter(|&&k| draft.marks[k].span.start <= a && b <= draft.marks[k].span.end)
            .min_by_key(|&&k| (draft.marks[k].span.len(), k));
        match inner {
            Some(&k) => {
                let mk = &draft.marks[k];
                let _ = write!(
                    s,
                    "<span class=\"c k-{} st-{}{}\" title=\"{}: {}\">{seg}</span>",
                    mk.kind,
                    mk.status.class(),
                    if flagged { " flagged" } else { "" },
                    esc(mk.kind),
                    esc(&format!("{} — {}", mk.value, mk.status.label()))
                );
            }
            None if flagged => {
                let _ = write!(s, "<span class=\"flagged\">{seg}</span>");
            }
            None => s.push_str(&seg),
        }
        for (n, sp) in &draft.findings {
            if sp.end == b && ok(sp) {
                let f = &m.findings[*n];
                let _ = write!(
                    s,
                    "<a class=\"fmark sev-{}\" href=\"#f-{n}\" title=\"{}\">{}</a>",
                    f.severity.as_str(),
                    esc(&f.message),
                    n + 1
                );
            }
        }
    }
}
