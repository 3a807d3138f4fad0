//! `factlint rules [FILE]... [--test]`: validate rule sets, list what they
//! declare, and run their inline examples.

use super::{EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, stderr_color, write_stdout};
use crate::checks::show;
use crate::cli::{ColorWhen, RulesArgs};
use crate::rules::{Expect, QUnit, RuleExample, RuleSet};
use crate::source::{DocId, Document};

/// Runs `factlint rules`.
pub fn run(args: &RulesArgs, color: ColorWhen) -> u8 {
    let choice = crate::settings::ConfigChoice {
        rules: args.files.clone(),
        no_config: args.no_config || (!args.files.is_empty() && args.config.is_none()),
        config: args.config.clone(),
        start_dirs: Vec::new(),
    };
    let prepared = super::prepare_with(&choice, stderr_color(color));
    if args.verbose {
        super::say_config(&choice, &prepared);
    }
    if prepared.settings.rule_files.is_empty() {
        eprintln!(
            "error: no rule files: name them (`factlint rules rules/story.yaml`) or in factlint.yaml"
        );
        return EXIT_ERROR;
    }
    let mut out = String::new();
    let mut failed = 0;
    let mut broken = 0;
    for set in &prepared.sets {
        out.push_str(&describe(set));
        if args.test {
            for why in facts_breaking_invariants(set) {
                failed += 1;
                broken += 1;
                out.push_str(&format!("  FAIL  {why}\n"));
            }
            for ex in &set.examples {
                match run_example(set, ex) {
                    Ok(()) => out.push_str(&format!("  ok    {}\n", ex.name)),
                    Err(why) => {
                        failed += 1;
                        out.push_str(&format!("  FAIL  {}: {why}\n", ex.name));
                    }
                }
            }
        }
    }
    if args.test {
        let total: usize = prepared.sets.iter().map(|s| s.examples.len()).sum();
        out.push_str(&format!(
            "{} of {total} examples passed\n",
            total - (failed - broken)
        ));
        if broken > 0 {
            out.push_str(&format!(
                "{broken} invariant(s) broken by the sheet's own facts\n"
            ));
        }
    }
    if write_stdout(&crate::render::visible_text(&out)).is_err() || prepared.failed {
        return EXIT_ERROR;
    }
    if failed > 0 { EXIT_FINDINGS } else { EXIT_OK }
}

/// A unit as `rules` lists it: as binding names it, but for the two
/// written out in full here.
fn unit_name(u: &QUnit) -> String {
    match u {
        QUnit::Any => "any unit".into(),
        QUnit::Duration => "duration".into(),
        u => crate::bind::unit_name(u),
    }
}

/// What a rule set declares, a line per entry.
fn describe(set: &RuleSet) -> String {
    let mut s = format!(
        "{}: story `{}`\n",
        set.path,
        set.story.as_deref().unwrap_or("(unnamed)")
    );
    s.push_str(&format!("  entities ({})\n", set.entities.len()));
    for e in &set.entities {
        let mut parts = vec![e.kind.as_str().to_string()];
        if !e.aliases.is_empty() {
            parts.push(format!("also {}", e.aliases.join(", ")));
        }
        for r in &e.roles {
            parts.push(match &r.org {
                Some(o) => format!("{} of {o}", r.title),
                None => r.title.clone(),
            });
        }
        s.push_str(&format!("    {} ({})\n", e.name, parts.join("; ")));
    }
    s.push_str(&format!("  quantities ({})\n", set.quantities.len()));
    for q in &set.quantities {
        let mut parts = vec![unit_name(&q.unit)];
        if !q.subjects.is_empty() {
            parts.push(format!("about {}", q.subjects.join(" or ")));
        }
        if !q.cues.is_empty() {
            parts.push(format!("cues {}", q.cues.join(", ")));
        }
        if let Some(f) = q.fact {
            // The fact as the sheet writes it (`more than 11,000`), then what it means.
            let range = if f.low == f.high {
                show(f.low)
            } else {
                format!("{}–{}", show(f.low), show(f.high))
            };
            parts.push(match q.fact_text.as_deref() {
                Some(t) if t != range => format!("fact `{t}`, {range}"),
                _ => format!("fact {range}"),
            });
        }
        s.push_str(&format!("    {} ({})\n", q.id, parts.join("; ")));
    }
    s.push_str(&format!("  invariants ({})\n", set.invariants.len()));
    for i in &set.invariants {
        s.push_str(&format!("    {}: {}\n", i.id, i.text));
    }
    if !set.severities.is_empty() {
        let list: Vec<String> = set
            .severities
            .iter()
            .map(|(c, v)| format!("{c} {}", v.map_or("off", |s| s.as_str())))
            .collect();
        s.push_str(&format!("  checks: {}\n", list.join(", ")));
    }
    if !set.quotes.is_empty() {
        s.push_str(&format!("  quotes ({})\n", set.quotes.len()));
        for q in &set.quotes {
            let said = q
                .said
                .as_ref()
                .map(|w| format!(" ({w})"))
                .unwrap_or_default();
            s.push_str(&format!("    {}{said}: \"{}\"\n", q.speaker, q.text));
        }
    }
    s.push_str(&format!("  examples ({})\n", set.examples.len()));
    s
}

/// The sheet's invariants its own facts break: each invariant whose every
/// quantity has a pinned fact is evaluated on the facts alone (`1 + 1 = 5`
/// pinned is a sheet that can only report errors), each exact fact taken
/// to the precision it is written to. Invariants with a
/// quantity the sheet does not pin are left to the drafts.
pub fn facts_breaking_invariants(set: &RuleSet) -> Vec<String> {
    // A fact written as an exact figure (`86` for a share) stands for what
    // it rounds: half a unit of its last digit either side, as a draft's
    // figure would.
    let fact = |id: &str| {
        let f = set.quantities.iter().find(|q| q.id == id)?.fact?;
        if f.low != f.high {
            return Some(f);
        }
        let decimals = format!("{}", f.low)
            .split('.')
            .nth(1)
            .map_or(0, |d| d.len() as i32);
        let half = 0.5 * 10f64.powi(-decimals);
        Some(crate::claim::Interval::new(f.low - half, f.high + half))
    };
    set.invariants
        .iter()
        .filter(|inv| inv.relation.vars().iter().all(|(id, _)| fact(id).is_some()))
        .filter_map(|inv| {
            let env = |id: &str| fact(id).unwrap_or(crate::claim::Interval::new(0.0, 0.0));
            let (l, r, violated) = inv.relation.violated(&env).ok()?;
            let range = |i: crate::claim::Interval| {
                if i.low == i.high {
                    crate::labels::show(i.low)
                } else {
                    format!(
                        "{}–{}",
                        crate::labels::show(i.low),
                        crate::labels::show(i.high)
                    )
                }
            };
            violated.then(|| {
                format!(
                    "invariant `{}`: the sheet's own facts break it (`{}`: {} against {})",
                    inv.id,
                    inv.text,
                    range(l),
                    range(r)
                )
            })
        })
        .collect()
}

/// Runs one inline example with its own rule set; `Err` says what went wrong.
pub fn run_example(set: &RuleSet, ex: &RuleExample) -> Result<(), String> {
    let docs: Vec<Document> = ex
        .drafts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            Document::new(
                DocId(i as u32),
                format!("example-draft-{}.txt", i + 1),
                t.clone(),
            )
        })
        .collect();
    let sets = std::slice::from_ref(set);
    let options = crate::RunOptions {
        overrides: set.severities.clone(),
        checks: true,
        ..Default::default()
    };
    let report = crate::run(&docs, sets, &options);
    let (findings, errors) = (&report.findings, &report.errors);
    if let Some(e) = errors.first() {
        return Err(e.to_string());
    }
    let why = |head: String| format!("{head}{}", explain(&report));
    // A finding that stands for others on the same words (an invariant
    // folded into the `fact-mismatch` of a pinned figure) counts for them.
    let fired: Vec<&str> = findings
        .iter()
        .flat_map(|f| std::iter::once(f.check).chain(f.also.iter().copied()))
        .collect();
    match &ex.expect {
        Expect::Fires(c) if fired.contains(&c.as_str()) => Ok(()),
        Expect::Fires(c) => Err(why(format!(
            "expected `{c}` to fire; fired: {}",
            list(&fired)
        ))),
        Expect::Silent(None) if fired.is_empty() => Ok(()),
        Expect::Silent(None) => Err(why(format!("expected silence; fired: {}", list(&fired)))),
        Expect::Silent(Some(cs)) => {
            let loud: Vec<&str> = cs
                .iter()
                .map(String::as_str)
                .filter(|c| fired.contains(c))
                .collect();
            if loud.is_empty() {
                Ok(())
            } else {
                Err(why(format!("expected silence from {}", list(&loud))))
            }
        }
    }
}

/// Why an example came out as it did, a line each, for the editor who
/// cannot run `claims` on a sentence of the sheet: every finding that
/// fired, then every figure and date of the example's drafts with the
/// quantity it bound to and the cue that bound it, or why it bound to
/// none (`factlint claims --rules` says the same of a real draft).
fn explain(report: &crate::Report<'_>) -> String {
    let corpus = &report.corpus;
    let mut out = String::new();
    for f in &report.findings {
        let head = f.message.lines().next().unwrap_or("");
        out.push_str(&format!("\n        fired {}: {head}", f.check));
    }
    let bound = crate::render::json::bindings_by_claim(&corpus.bindings);
    let several = corpus.docs.len() > 1;
    for (d, (doc, ex)) in corpus.docs.iter().zip(&corpus.extractions).enumerate() {
        for (k, c) in ex.claims.iter().enumerate() {
            if c.quantity().is_none() {
                continue;
            }
            let id = crate::claim::ClaimId { doc: d, claim: k };
            let what = if let Some(b) = bound.get(&id) {
                let q = &corpus.rules[b.set].quantities[b.quantity].id;
                format!("→ {q} ({})", b.why)
            } else {
                let why = corpus.keyed_of(id).map_or("", |k| k.why.as_str());
                match why.find("not bound: ") {
                    Some(at) => why[at..].to_string(),
                    None => "binds to no quantity: no cue of one stands near it".into(),
                }
            };
            let draft = if several {
                format!(" (draft {})", d + 1)
            } else {
                String::new()
            };
            out.push_str(&format!("\n        `{}`{draft} {what}", doc.slice(c.span)));
        }
    }
    out
}

fn list(ids: &[&str]) -> String {
    if ids.is_empty() {
        return "nothing".into();
    }
    let mut v: Vec<&str> = ids.to_vec();
    v.dedup();
    v.iter()
        .map(|c| format!("`{c}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
