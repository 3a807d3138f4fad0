//! Raw rule-set YAML → a validated `RuleSet`, or errors that point at the YAML.
//!
//! Every problem — YAML syntax, a wrong type, an unknown key (with a "did you
//! mean"), a duplicate id, an unknown check or severity, an invariant that
//! does not parse or names an unknown quantity — becomes a `RuleError` with
//! its byte span in the rule file, so it renders like any other diagnostic.
//! What compiles is trusted by the checks; nothing re-validates it.

use std::collections::BTreeMap;

use super::expr;
use super::raw::{self, RawFact, RawRuleSet, RawSilent, Spanned, YamlError};
use super::{
    Expect, QUnit, RuleEntity, RuleError, RuleExample, RuleInvariant, RuleQuantity, RuleRole,
    RuleSet,
};
use crate::checks;
use crate::claim::{EntityKind, Interval};
use crate::extract::titles;
use crate::extract::token::{Toks, tokenize};
use crate::finding::Severity;
use crate::source::Span;

/// The span of a spanned value in the file (past an opening quote), or the point it starts at.
fn span_of<T>(text: &str, s: &Spanned<T>) -> Span {
    let Some(start) = raw::offset(s) else {
        return point_of_line(
            text,
            s.referenced.line() as usize,
            s.referenced.column() as usize,
        );
    };
    let len = raw::length(s).unwrap_or(0);
    Span::new(start.min(text.len()), (start + len).min(text.len()))
}

/// The byte offset of 1-based line and column.
fn point_of_line(text: &str, line: usize, column: usize) -> Span {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let col: usize = text[start.min(text.len())..]
        .chars()
        .take(column.saturating_sub(1))
        .map(char::len_utf8)
        .sum();
    let at = (start + col).min(text.len());
    Span::new(at, at)
}

/// Where the characters of a scalar start: after a quote when it is quoted.
fn content_start(text: &str, span: Span) -> usize {
    match text[span.start..].chars().next() {
        Some('"' | '\'') => span.start + 1,
        _ => span.start,
    }
}

fn err(span: Option<Span>, message: impl Into<String>, label: impl Into<String>) -> RuleError {
    RuleError {
        span,
        message: message.into(),
        label: label.into(),
        help: None,
        also: Vec::new(),
    }
}

/// The closest of `options` to `word`, when close enough to be a typo.
pub fn did_you_mean<'a>(word: &str, options: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    options
        .into_iter()
        .map(|o| {
            (
                strsim::levenshtein(&word.to_lowercase(), &o.to_lowercase()),
                o,
            )
        })
        .filter(|(d, o)| *d <= 2.max(o.len() / 3))
        .min()
        .map(|(_, o)| o)
}

fn yaml_error(text: &str, e: YamlError) -> RuleError {
    let span = e
        .offset
        .map(|o| Span::new(o.min(text.len()), o.min(text.len())))
        .or_else(|| e.line_col.map(|(l, c)| point_of_line(text, l, c)));
    // Widen a point to the key or word it sits on.
    let span = span.map(|s| {
        let rest = &text[s.start..];
        let len = rest
            .find([':', '\n', ' ', ',', ']', '}'])
            .unwrap_or(rest.len());
        Span::new(s.start, s.start + len)
    });
    if let Some((field, allowed)) = &e.unknown {
        let mut r = err(span, format!("unknown key `{field}`"), "not a key here");
        let suggestion = did_you_mean(field, allowed.iter().map(String::as_str));
        r.help = Some(match suggestion {
            Some(s) => format!("did you mean `{s}`? allowed here: {}", allowed.join(", ")),
            None => format!("allowed here: {}", allowed.join(", ")),
        });
        return r;
    }
    if e.budget {
        let mut r = err(
            span,
            "the rule set is too large or too deeply nested to read",
            "stopped here",
        );
        r.help = Some("remove alias chains that multiply (an alias bomb) or deep nesting; rule sets are small, flat lists".into());
        return r;
    }
    let (message, help) = plain_words(&e.message);
    let mut r = err(span, message, "here");
    r.help = help;
    r
}

/// The YAML crate's wording, said the way an editor would.
fn plain_words(m: &str) -> (String, Option<String>) {
    let help = |h: &str| Some(h.to_string());
    if m.contains("expected sequence") {
        (
            "expected a list here".into(),
            help("write a list as `[a, b]` or as one `- item` a line"),
        )
    } else if m.contains("expected mapping") || m.contains("expected a map") {
        (
            "expected keys and values here".into(),
            help("write `key: value` pairs, each on its own line"),
        )
    } else if m.contains("null into string") {
        (
            "this key needs a value".into(),
            help("write the value after the colon, or remove the key"),
        )
    } else if m.contains("expected string") {
        (
            "expected text here".into(),
            help("quote the text if it contains `:`, `#`, `[` or `{`"),
        )
    } else if m.contains("did not find expected") || m.contains("mapping values are not allowed") {
        (
            format!("the YAML is malformed: {m}"),
            help("check the indentation: keys of one item line up, lists start with `- `"),
        )
    } else {
        (m.to_string(), None)
    }
}

/// Compiles one rule file. `file` is its index among the run's rule files.
pub fn compile(path: &str, text: &str, file: usize) -> Result<RuleSet, Vec<RuleError>> {
    let raw = raw::parse(text).map_err(|e| vec![yaml_error(text, e)])?;
    let mut errors = Vec::new();
    let set = build(path, text, file, raw, &mut errors);
    if errors.is_empty() {
        Ok(set)
    } else {
        Err(errors)
    }
}

fn build(
    path: &str,
    text: &str,
    file: usize,
    raw: RawRuleSet,
    errors: &mut Vec<RuleError>,
) -> RuleSet {
    let mut set = RuleSet {
        path: path.to_string(),
        file,
        story: raw.story.as_ref().map(|s| s.value.clone()),
        entities: Vec::new(),
        quantities: Vec::new(),
        invariants: Vec::new(),
        severities: BTreeMap::new(),
        examples: Vec::new(),
    };
    entities(text, &raw, &mut set, errors);
    quantities(text, &raw, &mut set, errors);
    invariants(text, &raw, &mut set, errors);
    severities(text, &raw, &mut set, errors);
    examples(text, &raw, &mut set, errors);
    set
}

fn entities(text: &str, raw: &RawRuleSet, set: &mut RuleSet, errors: &mut Vec<RuleError>) {
    let mut seen: BTreeMap<String, Span> = BTreeMap::new();
    for e in &raw.entities {
        let e = &e.value;
        let name = e.name.value.trim().to_string();
        let span = span_of(text, &e.name);
        if name.is_empty() {
            errors.push(err(Some(span), "an entity needs a name", "empty name"));
            continue;
        }
        if let Some(first) = seen.get(&name.to_lowercase()) {
            let mut r = err(
                Some(span),
                format!("entity `{name}` is declared twice"),
                "declared again here",
            );
            r.also.push((*first, "first declared here".into()));
            errors.push(r);
            continue;
        }
        seen.insert(name.to_lowercase(), span);
        let kind = match e.kind.as_ref().map(|k| k.value.trim().to_lowercase()) {
            None => {
                if e.roles.is_empty() {
                    EntityKind::Org
                } else {
                    EntityKind::Person
                }
            }
            Some(k) if k == "person" => EntityKind::Person,
            Some(k) if k == "org" || k == "organisation" || k == "organization" => EntityKind::Org,
            Some(k) => {
                let s = e.kind.as_ref().map(|x| span_of(text, x));
                let mut r = err(s, format!("unknown entity kind `{k}`"), "not a kind");
                r.help = Some("use `person` or `org`".into());
                errors.push(r);
                continue;
            }
        };
        let mut roles = Vec::new();
        for r in &e.roles {
            let title = r.value.title.value.trim();
            let toks = tokenize(title, Span::new(0, title.len()));
            let (key, base, single) = match titles::title(Toks(&toks)) {
                Ok((rest, m)) => {
                    let remit = titles::remit_len(rest.0);
                    let remit_words = if remit > 0 {
                        &rest.0[1..remit]
                    } else {
                        &[][..]
                    };
                    (
                        titles::key_with_remit(m.key, remit_words),
                        m.key.to_string(),
                        m.single,
                    )
                }
                Err(_) => (title.to_lowercase(), title.to_lowercase(), false),
            };
            roles.push(RuleRole {
                title: title.to_string(),
                key,
                base,
                single,
                org: r.value.org.as_ref().map(|o| o.value.trim().to_string()),
                span: span_of(text, &r.value.title),
            });
        }
        set.entities.push(RuleEntity {
            name,
            kind,
            aliases: e
                .aliases
                .iter()
                .map(|a| a.value.trim().to_string())
                .filter(|a| !a.is_empty())
                .collect(),
            roles,
            span,
        });
    }
}

fn valid_id(id: &str) -> bool {
    id.chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn quantities(text: &str, raw: &RawRuleSet, set: &mut RuleSet, errors: &mut Vec<RuleError>) {
    let mut seen: BTreeMap<String, Span> = BTreeMap::new();
    for q in &raw.quantities {
        let q = &q.value;
        let id = q.id.value.trim().to_string();
        let span = span_of(text, &q.id);
        if !valid_id(&id) {
            let mut r = err(
                Some(span),
                format!("`{id}` is not a usable quantity id"),
                "not an id",
            );
            r.help = Some(
                "use letters, digits and underscores, starting with a letter (`layoffs_2025`)"
                    .into(),
            );
            errors.push(r);
            continue;
        }
        if let Some(first) = seen.get(&id) {
            let mut r = err(
                Some(span),
                format!("quantity `{id}` is declared twice"),
                "declared again here",
            );
            r.also.push((*first, "first declared here".into()));
            errors.push(r);
            continue;
        }
        seen.insert(id.clone(), span);
        let unit = match q.unit.as_ref().map(|u| u.value.trim().to_string()) {
            None => QUnit::Any,
            Some(u) => match parse_unit(&u, q.currency.as_ref().map(|c| c.value.trim())) {
                Some(unit) => unit,
                None => {
                    let s = q.unit.as_ref().map(|x| span_of(text, x));
                    let options = [
                        "people",
                        "money",
                        "percent",
                        "percentage_points",
                        "count",
                        "USD",
                        "EUR",
                        "GBP",
                    ];
                    let mut r = err(s, format!("unknown unit `{u}`"), "not a unit");
                    r.help = Some(match did_you_mean(&u, options) {
                        Some(m) => format!("did you mean `{m}`? units: people, money, percent, percentage_points, count, or a currency code"),
                        None => "units: people, money, percent, percentage_points, count, or a currency code (`USD`)".into(),
                    });
                    errors.push(r);
                    continue;
                }
            },
        };
        let fact = match &q.fact {
            None => None,
            Some(f) => match parse_fact(&f.value) {
                Some(i) => Some((i, span_of(text, f))),
                None => {
                    let mut r = err(
                        Some(span_of(text, f)),
                        "the fact is not a figure factlint can read",
                        "not a figure",
                    );
                    r.help = Some("write a number (`14000`), a figure (`\"$8 billion\"`), a range (`\"13,000-15,000\"`) or `{min: …, max: …}`".into());
                    errors.push(r);
                    continue;
                }
            },
        };
        set.quantities.push(RuleQuantity {
            id,
            about: q.about.clone(),
            unit,
            subject: q.subject.as_ref().map(|s| s.value.trim().to_string()),
            cues: q
                .cues
                .iter()
                .map(|c| c.value.trim().to_lowercase())
                .filter(|c| !c.is_empty())
                .collect(),
            exclude: q
                .exclude_near
                .iter()
                .map(|c| c.value.trim().to_lowercase())
                .filter(|c| !c.is_empty())
                .collect(),
            fact: fact.map(|f| f.0),
            fact_span: fact.map(|f| f.1),
            source: q.source.clone(),
            span,
        });
    }
}

/// `people`, `money`, `percent`, `percentage_points`, `count`, or a currency code.
fn parse_unit(u: &str, currency: Option<&str>) -> Option<QUnit> {
    let lower = u.to_lowercase();
    Some(match lower.as_str() {
        "people" | "jobs" | "employees" | "staff" | "headcount" => QUnit::People,
        "money" => QUnit::Money(currency.map(str::to_uppercase)),
        "percent" | "%" => QUnit::Percent,
        "percentage_points" | "points" | "pp" => QUnit::PercentagePoints,
        "count" => QUnit::Count,
        _ if u.len() == 3 && u.chars().all(|c| c.is_ascii_alphabetic()) => {
            QUnit::Money(Some(u.to_uppercase()))
        }
        _ => return None,
    })
}

/// A pinned value as an interval (a single figure is exact: the sheet states the truth).
fn parse_fact(f: &RawFact) -> Option<Interval> {
    match f {
        RawFact::Number(v) => Some(Interval::point(*v)),
        RawFact::Range { min, max } => Some(Interval::new(
            min.unwrap_or(f64::NEG_INFINITY),
            max.unwrap_or(f64::INFINITY),
        )),
        RawFact::Text(t) => {
            let s = crate::extract::sentence::split(t);
            let found = crate::extract::quantity::scan(t, &s, Default::default());
            let q = &found.first()?.quantity;
            match (q.value, q.range) {
                (_, Some((a, b))) => Some(Interval::new(a, b)),
                (Some(v), None) => Some(Interval::point(v)),
                (None, None) => Some(q.interval),
            }
        }
    }
}

fn invariants(text: &str, raw: &RawRuleSet, set: &mut RuleSet, errors: &mut Vec<RuleError>) {
    let ids: Vec<String> = set.quantities.iter().map(|q| q.id.clone()).collect();
    let mut seen: BTreeMap<String, Span> = BTreeMap::new();
    for inv in &raw.invariants {
        let inv = &inv.value;
        let id = inv.id.value.trim().to_string();
        let id_span = span_of(text, &inv.id);
        if let Some(first) = seen.get(&id) {
            let mut r = err(
                Some(id_span),
                format!("invariant `{id}` is declared twice"),
                "declared again here",
            );
            r.also.push((*first, "first declared here".into()));
            errors.push(r);
            continue;
        }
        seen.insert(id.clone(), id_span);
        let span = span_of(text, &inv.expr);
        let start = content_start(text, span);
        let source = &inv.expr.value;
        let relation = match expr::parse(source) {
            Ok(r) => r,
            Err(e) => {
                let at = (start + e.at).min(text.len());
                let mut r = err(
                    Some(Span::new(at, (at + 1).min(span.end.max(at)))),
                    format!("invariant `{id}` does not parse: {}", e.message),
                    "here",
                );
                r.help = Some("write `a = b`, with numbers, quantity ids, `+ - * /` and parentheses on each side".into());
                errors.push(r);
                continue;
            }
        };
        let mut ok = true;
        for (name, at) in relation
            .left
            .vars()
            .into_iter()
            .chain(relation.right.vars())
        {
            if !ids.iter().any(|i| i == name) {
                let s = Span::new(start + at, start + at + name.len());
                let mut r = err(
                    Some(s),
                    format!("invariant `{id}` names an unknown quantity `{name}`"),
                    "no quantity has this id",
                );
                r.help = Some(match did_you_mean(name, ids.iter().map(String::as_str)) {
                    Some(m) => format!("did you mean `{m}`?"),
                    None if ids.is_empty() => "declare it under `quantities:` first".into(),
                    None => format!("quantities declared: {}", ids.join(", ")),
                });
                errors.push(r);
                ok = false;
            }
        }
        if ok {
            set.invariants.push(RuleInvariant {
                id,
                text: source.clone(),
                relation,
                message: inv.message.clone(),
                span,
            });
        }
    }
}

fn severities(text: &str, raw: &RawRuleSet, set: &mut RuleSet, errors: &mut Vec<RuleError>) {
    let known: Vec<&str> = checks::all_ids();
    for (check, level) in &raw.checks {
        let span = span_of(text, level);
        if !known.contains(&check.as_str()) {
            // The key has no span of its own; find it on the value's line.
            let line_start = text[..span.start.min(text.len())]
                .rfind('\n')
                .map_or(0, |p| p + 1);
            let key_at = text[line_start..]
                .find(check.as_str())
                .map(|p| line_start + p);
            let s = key_at
                .map(|k| Span::new(k, k + check.len()))
                .unwrap_or(span);
            let mut r = err(Some(s), format!("unknown check `{check}`"), "not a check");
            r.help = Some(match did_you_mean(check, known.iter().copied()) {
                Some(m) => format!("did you mean `{m}`? `factlint explain` lists the checks"),
                None => "`factlint explain` lists the checks".into(),
            });
            errors.push(r);
            continue;
        }
        let v = level.value.trim().to_lowercase();
        let sev = match v.as_str() {
            "off" | "false" => None,
            _ => match Severity::parse(&v) {
                Some(s) => Some(s),
                None => {
                    let mut r = err(
                        Some(span),
                        format!("unknown severity `{v}`"),
                        "not a severity",
                    );
                    r.help = Some("use `error`, `warning`, `note` or `off`".into());
                    errors.push(r);
                    continue;
                }
            },
        };
        set.severities.insert(check.clone(), sev);
    }
}

fn examples(text: &str, raw: &RawRuleSet, set: &mut RuleSet, errors: &mut Vec<RuleError>) {
    let known: Vec<&str> = checks::all_ids();
    let check_ok = |c: &str, span: Span, errors: &mut Vec<RuleError>| -> bool {
        if known.contains(&c) {
            return true;
        }
        let mut r = err(Some(span), format!("unknown check `{c}`"), "not a check");
        r.help = did_you_mean(c, known.iter().copied()).map(|m| format!("did you mean `{m}`?"));
        errors.push(r);
        false
    };
    for (n, ex) in raw.examples.iter().enumerate() {
        let span = span_of(text, ex);
        let ex = &ex.value;
        let mut drafts: Vec<String> = ex.drafts.iter().map(|d| d.value.clone()).collect();
        if let Some(t) = &ex.text {
            drafts.insert(0, t.value.clone());
        }
        if drafts.is_empty() {
            errors.push(err(
                Some(span),
                "an example needs `text` or `drafts`",
                "no draft",
            ));
            continue;
        }
        let expect = match (&ex.fires, &ex.silent) {
            (Some(f), None) => {
                if !check_ok(f.value.trim(), span_of(text, f), errors) {
                    continue;
                }
                Expect::Fires(f.value.trim().to_string())
            }
            (None, Some(s)) => match &s.value {
                RawSilent::All(true) => Expect::Silent(None),
                RawSilent::All(false) => {
                    errors.push(err(
                        Some(span_of(text, s)),
                        "`silent: false` says nothing",
                        "here",
                    ));
                    continue;
                }
                RawSilent::One(c) => {
                    if !check_ok(c.trim(), span_of(text, s), errors) {
                        continue;
                    }
                    Expect::Silent(Some(vec![c.trim().to_string()]))
                }
                RawSilent::Many(cs) => {
                    if !cs
                        .iter()
                        .all(|c| check_ok(c.trim(), span_of(text, s), errors))
                    {
                        continue;
                    }
                    Expect::Silent(Some(cs.iter().map(|c| c.trim().to_string()).collect()))
                }
            },
            _ => {
                let mut r = err(
                    Some(span),
                    "an example says either `fires: CHECK` or `silent: CHECK`",
                    "neither or both",
                );
                r.help = Some(
                    "add `fires: role-conflict` (the check that must fire) or `silent: true`"
                        .into(),
                );
                errors.push(r);
                continue;
            }
        };
        set.examples.push(RuleExample {
            name: ex
                .name
                .clone()
                .unwrap_or_else(|| format!("example {}", n + 1)),
            drafts,
            expect,
            span,
        });
    }
}
