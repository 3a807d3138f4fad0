//! Raw rule-set YAML → a validated `RuleSet`, or errors that point at the YAML.
//!
//! Every problem — YAML syntax, a wrong type, an unknown key (with a "did you
//! mean"), a duplicate id, an unknown check or severity, an invariant that
//! does not parse or names an unknown quantity — becomes a `RuleError` with
//! its byte span in the rule file, so it renders like any other diagnostic.
//! What compiles is trusted by the checks; nothing re-validates it.

use std::collections::BTreeMap;

use super::expr;
use super::raw::{self, RawFact, RawRange, RawRuleSet, RawSilent, Spanned, YamlError};
use super::{
    Expect, MAX_NUMBER, QUnit, RuleEntity, RuleError, RuleExample, RuleInvariant, RuleQuantity,
    RuleRole, RuleSet,
};
use crate::claim::{EntityKind, Interval};
use crate::extract::token::{Toks, tokenize};
use crate::extract::{lexicon, titles};
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
    if let Some(help) = e.help {
        let label = if e.budget { "stopped here" } else { "here" };
        let mut r = err(span, e.message, label);
        r.help = Some(help);
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
    } else if m.contains("untagged enum RawFact") {
        (
            "the fact is not a figure factlint can read".into(),
            help(
                "write a number (`14000`), a figure (`\"$8 billion\"`), a range (`\"13,000-15,000\"`) or `{min: …, max: …}` (only those two keys)",
            ),
        )
    } else if m.contains("untagged enum RawSilent") {
        (
            "`silent` takes a check, a list of checks, or `true`".into(),
            help(
                "write `silent: quote-drift`, `silent: [quote-drift, role-conflict]` or `silent: true`",
            ),
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
    let raw = raw::parse(text).map_err(|e| vec![yaml_error(text, *e)])?;
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
        let titles: Vec<&Spanned<String>> = e.roles.iter().map(|r| &r.value.title).collect();
        let blank_title = titles
            .iter()
            .filter(|t| !not_blank(text, Some(t), "title", errors))
            .count()
            > 0;
        let blank_org = e
            .roles
            .iter()
            .filter(|r| !not_blank(text, r.value.org.as_ref(), "organisation", errors))
            .count()
            > 0;
        if !no_blanks(text, &e.aliases, "alias", errors) || blank_title || blank_org {
            continue;
        }
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

/// Reports each blank string in `items` (`cues: [""]`): YAML reads it, but
/// it says nothing, and dropping it quietly could leave a quantity with no
/// cues or an entity with no role. True when none is blank.
fn no_blanks(
    text: &str,
    items: &[Spanned<String>],
    what: &str,
    errors: &mut Vec<RuleError>,
) -> bool {
    let mut ok = true;
    for i in items.iter().filter(|i| i.value.trim().is_empty()) {
        let mut r = err(Some(span_of(text, i)), format!("an empty {what}"), "empty");
        r.help = Some(format!("write the {what}, or remove the item"));
        errors.push(r);
        ok = false;
    }
    ok
}

/// Reports a blank optional string (`subject: ""`). True when it is not blank.
fn not_blank(
    text: &str,
    item: Option<&Spanned<String>>,
    what: &str,
    errors: &mut Vec<RuleError>,
) -> bool {
    no_blanks(
        text,
        item.map(std::slice::from_ref).unwrap_or(&[]),
        what,
        errors,
    )
}

/// The currency codes the figure grammar can give a figure (`$` is `USD`,
/// `euros` is `EUR`): a quantity in any other currency would never bind.
fn known_currencies() -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = lexicon::CURRENCY_PREFIXES
        .iter()
        .map(|(_, c)| *c)
        .chain(lexicon::CURRENCY_WORDS.iter().map(|(_, (c, _))| *c))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    codes
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
        let blanks = [
            no_blanks(text, &q.cues, "cue", errors),
            no_blanks(text, &q.exclude_near, "`exclude_near` word", errors),
            not_blank(text, q.subject.as_ref(), "subject", errors),
        ];
        if blanks.contains(&false) {
            continue;
        }
        if let Some(c) = &q.currency {
            let code = c.value.trim().to_uppercase();
            let known = known_currencies();
            let is_money = q
                .unit
                .as_ref()
                .is_some_and(|u| u.value.trim().eq_ignore_ascii_case("money"));
            if !is_money {
                let mut r = err(
                    Some(span_of(text, c)),
                    "`currency` goes with `unit: money`",
                    "no money unit",
                );
                r.help = Some("write `unit: money` with `currency`, or the currency as the unit (`unit: USD`)".into());
                errors.push(r);
                continue;
            }
            if !known.contains(&code.as_str()) {
                errors.push(unknown_currency(text, c, &code, &known));
                continue;
            }
        }
        let unit = match q.unit.as_ref().map(|u| u.value.trim().to_string()) {
            None => QUnit::Any,
            Some(u) => match parse_unit(&u, q.currency.as_ref().map(|c| c.value.trim())) {
                Some(QUnit::Money(Some(code))) if !known_currencies().contains(&code.as_str()) => {
                    if let Some(x) = &q.unit {
                        errors.push(unknown_currency(text, x, &code, &known_currencies()));
                    }
                    continue;
                }
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
                Ok(i) => Some((i, span_of(text, f))),
                Err(BadFact { message, label }) => {
                    let mut r = err(Some(span_of(text, f)), message, label);
                    r.help = Some(format!(
                        "write a number (`14000`), a figure (`\"$8 billion\"`), a range (`\"13,000-15,000\"`) or `{{min: …, max: …}}`, with the smaller end first, each of at most {}",
                        expr::show_limit(MAX_NUMBER)
                    ));
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

/// A currency code no figure can be in (`unit: ppl`, `currency: USDD`).
fn unknown_currency(text: &str, at: &Spanned<String>, code: &str, known: &[&str]) -> RuleError {
    let mut r = err(
        Some(span_of(text, at)),
        format!(
            "`{code}` is not a unit or a currency factlint reads in drafts, so no figure would ever bind"
        ),
        "unknown currency",
    );
    let units = ["people", "money", "percent", "count"];
    r.help = Some(
        match did_you_mean(code, known.iter().copied().chain(units)) {
            Some(m) => format!("did you mean `{m}`? currencies: {}", known.join(", ")),
            None => format!(
                "units: people, money, percent, percentage_points, count; currencies: {}",
                known.join(", ")
            ),
        },
    );
    r
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

/// Why a fact cannot be pinned.
struct BadFact {
    message: String,
    label: &'static str,
}

fn bad_fact(message: impl Into<String>, label: &'static str) -> BadFact {
    BadFact {
        message: message.into(),
        label,
    }
}

/// A number a fact may use: finite, at most [`MAX_NUMBER`] either way.
fn in_range(v: f64) -> bool {
    v.is_finite() && v.abs() <= MAX_NUMBER
}

/// A pinned value as an interval (a single figure is exact: the sheet states
/// the truth). Refused: no figure, a number past [`MAX_NUMBER`] or not
/// finite, a range whose low end is above its high end, `{}` with neither end.
fn parse_fact(f: &RawFact) -> Result<Interval, BadFact> {
    let too_large = || {
        bad_fact(
            format!(
                "the fact is larger than {}, the largest figure factlint reads",
                expr::show_limit(MAX_NUMBER)
            ),
            "too large",
        )
    };
    let interval = match f {
        RawFact::Number(v) => {
            if !in_range(*v) {
                return Err(too_large());
            }
            Interval::point(*v)
        }
        RawFact::Range(RawRange { min, max }) => {
            if min.is_none() && max.is_none() {
                return Err(bad_fact(
                    "a fact range needs `min`, `max` or both",
                    "no bound",
                ));
            }
            if !min.is_none_or(in_range) || !max.is_none_or(in_range) {
                return Err(too_large());
            }
            Interval::new(
                min.unwrap_or(f64::NEG_INFINITY),
                max.unwrap_or(f64::INFINITY),
            )
        }
        RawFact::Text(t) => {
            let s = crate::extract::sentence::split(t);
            let found = crate::extract::quantity::scan(t, &s, Default::default());
            let Some(q) = found.first().map(|f| &f.quantity) else {
                return Err(bad_fact(
                    "the fact is not a figure factlint can read",
                    "not a figure",
                ));
            };
            let shown = |f: &crate::extract::quantity::Found| {
                t.get(f.span.start..f.span.end).unwrap_or("").to_string()
            };
            if let Some(second) = found.get(1) {
                return Err(bad_fact(
                    format!(
                        "the fact holds more than one figure (`{}`, then `{}`), and only one is pinned",
                        shown(&found[0]),
                        shown(second)
                    ),
                    "more than one figure",
                ));
            }
            // Digits outside the figure read (`"15,000-13,000"`: a range written
            // high to low reads as 15,000) would be ignored without a word.
            let span = found[0].span;
            let before = t.get(..span.start).unwrap_or("");
            let after = t.get(span.end..).unwrap_or("");
            if before
                .chars()
                .chain(after.chars())
                .any(|c| c.is_ascii_digit())
            {
                return Err(bad_fact(
                    format!(
                        "factlint reads only `{}` as the fact and would ignore the rest (`{}`)",
                        shown(&found[0]),
                        format!("{} {}", before.trim(), after.trim()).trim()
                    ),
                    "not one figure",
                ));
            }
            // A figure too long to be a number reads as unbounded or infinite.
            let stated = [q.value, q.range.map(|r| r.0), q.range.map(|r| r.1)];
            if stated.iter().flatten().any(|&v| !in_range(v))
                || (q.value.is_none()
                    && q.range.is_none()
                    && !(in_range(q.interval.low) && in_range(q.interval.high)))
            {
                return Err(too_large());
            }
            // As written, without the widening for implicit precision:
            // `"more than 27,000"` is 27,000 and up.
            let (low, high) = q.stated_bounds();
            Interval::new(
                low.unwrap_or(f64::NEG_INFINITY),
                high.unwrap_or(f64::INFINITY),
            )
        }
    };
    if interval.low > interval.high {
        return Err(bad_fact(
            format!(
                "the fact's low end ({}) is above its high end ({}), so no figure could match it",
                crate::labels::show(interval.low),
                crate::labels::show(interval.high)
            ),
            "min above max",
        ));
    }
    Ok(interval)
}

/// Bytes `[from, from + len)` of a scalar's value, for a value written as-is
/// from `start` (plain or quoted without escapes): clamped to the scalar and
/// to character boundaries, so an escaped or folded value still points inside it.
fn inner_span(text: &str, scalar: Span, start: usize, from: usize, len: usize) -> Span {
    let limit = scalar.end.max(start).min(text.len());
    let floor = |i: usize| {
        let mut i = i.min(limit);
        while i > 0 && !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let a = floor(start.saturating_add(from));
    let b = floor(start.saturating_add(from).saturating_add(len)).max(a);
    Span::new(a, b)
}

/// The byte length of the operand written at `at`: a parenthesised group, a
/// number or an id, a minus sign and what it negates.
fn operand_len(source: &str, at: usize) -> usize {
    let Some(rest) = source.get(at..) else {
        return 0;
    };
    let mut depth = 0usize;
    for (i, c) in rest.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            '-' if i == 0 => {}
            c if depth == 0 && !(c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '%') => {
                return i;
            }
            _ => {}
        }
    }
    rest.len()
}

fn invariants(text: &str, raw: &RawRuleSet, set: &mut RuleSet, errors: &mut Vec<RuleError>) {
    // Every declared id, even of a quantity refused for another reason (its
    // own error is reported; "unknown quantity" would be wrong), with
    // whether a draft can state it (cues) and whether the sheet pins it.
    let mut declared: BTreeMap<String, (bool, bool)> = BTreeMap::new();
    for q in &raw.quantities {
        let q = &q.value;
        let id = q.id.value.trim();
        if valid_id(id) {
            let cues = q.cues.iter().any(|c| !c.value.trim().is_empty());
            declared
                .entry(id.to_string())
                .or_insert((cues, q.fact.is_some()));
        }
    }
    let ids: Vec<&str> = declared.keys().map(String::as_str).collect();
    let mut seen: BTreeMap<String, Span> = BTreeMap::new();
    for inv in &raw.invariants {
        let inv = &inv.value;
        let id = inv.id.value.trim().to_string();
        let id_span = span_of(text, &inv.id);
        if id.is_empty() {
            let mut r = err(Some(id_span), "an invariant needs an id", "empty id");
            r.help = Some("name the relation (`layoff-share`); findings cite it".into());
            errors.push(r);
            continue;
        }
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
                let len = source
                    .get(e.at..)
                    .and_then(|r| r.chars().next())
                    .map_or(1, char::len_utf8);
                let (message, label, help) = if e.limit {
                    (
                        format!("invariant `{id}` is refused: {}", e.message),
                        "limit reached here",
                        format!(
                            "an invariant nests parentheses and minus signs at most {} deep and holds at most {} numbers and ids, each at most {}; split a long relation into several invariants",
                            expr::MAX_DEPTH,
                            expr::MAX_OPERANDS,
                            expr::show_limit(MAX_NUMBER)
                        ),
                    )
                } else {
                    (
                        format!("invariant `{id}` does not parse: {}", e.message),
                        "here",
                        "write `a = b`, with numbers, quantity ids, `+ - * /` and parentheses on each side".into(),
                    )
                };
                let mut r = err(
                    Some(inner_span(text, span, start, e.at, len)),
                    message,
                    label,
                );
                r.help = Some(help);
                errors.push(r);
                continue;
            }
        };
        let mut ok = true;
        let mut never: Vec<(&str, Span)> = Vec::new();
        for (name, at) in relation.vars() {
            let s = inner_span(text, span, start, at, name.len());
            match declared.get(name) {
                Some((false, false)) => {
                    if !never.iter().any(|(n, _)| *n == name) {
                        never.push((name, s));
                    }
                }
                Some(_) => {}
                None => {
                    let mut r = err(
                        Some(s),
                        format!("invariant `{id}` names an unknown quantity `{name}`"),
                        "no quantity has this id",
                    );
                    r.help = Some(match did_you_mean(name, ids.iter().copied()) {
                        Some(m) => format!("did you mean `{m}`?"),
                        None if ids.is_empty() => "declare it under `quantities:` first".into(),
                        None => format!("quantities declared: {}", ids.join(", ")),
                    });
                    errors.push(r);
                    ok = false;
                }
            }
        }
        // Nothing binds to it and it has no value: the invariant could never be
        // checked. Said once the ids are right, so a typo is not reported twice.
        let ids_right = ok;
        for (name, s) in never.into_iter().filter(|_| ids_right) {
            let mut r = err(
                Some(s),
                format!(
                    "invariant `{id}` can never be checked: quantity `{name}` has no `cues` and no `fact`"
                ),
                "never has a value",
            );
            r.help = Some(format!(
                "give `{name}` the `cues` that find it in a draft, or the `fact` that pins it"
            ));
            errors.push(r);
            ok = false;
        }
        // A divisor that is 0 whatever the drafts say: a literal (`a / 0`), or
        // made only of constants (quantities with a fact and no cues).
        let constant = |n: &str| {
            set.quantities
                .iter()
                .find(|q| q.id == n && q.cues.is_empty())
                .and_then(|q| q.fact)
        };
        for (divisor, at) in relation.divisors() {
            if divisor.vars().iter().any(|(n, _)| constant(n).is_none()) {
                continue;
            }
            // A divisor with a zero divisor of its own is reported as that one.
            let Ok(value) = divisor.eval(&|n| constant(n).unwrap_or(Interval::point(0.0))) else {
                continue;
            };
            if !value.contains(0.0) {
                continue;
            }
            let shown = source.get(at..at + operand_len(source, at)).unwrap_or("");
            let message = if divisor.vars().is_empty() {
                format!("invariant `{id}` divides by zero: `{shown}` is 0")
            } else {
                format!(
                    "invariant `{id}` divides by zero: with the sheet's facts, `{shown}` comes to {}–{}",
                    crate::labels::show(value.low),
                    crate::labels::show(value.high)
                )
            };
            let mut r = err(
                Some(inner_span(text, span, start, at, shown.len().max(1))),
                message,
                "divisor can be 0",
            );
            r.help = Some("a quotient with a divisor of 0 has no value, so the relation could never be checked; fix the divisor, or compare products (`a = 0.04 * b`)".into());
            errors.push(r);
            ok = false;
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
    let known: Vec<&str> = crate::check_id::all();
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
    let known: Vec<&str> = crate::check_id::all();
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
                RawSilent::Many(cs) if cs.is_empty() => {
                    let mut r = err(
                        Some(span_of(text, s)),
                        "`silent: []` names no check, so the example tests nothing",
                        "no check",
                    );
                    r.help = Some("name the checks that must stay silent, or write `silent: true` for every check".into());
                    errors.push(r);
                    continue;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn text_fact(t: &str) -> Result<Interval, String> {
        parse_fact(&RawFact::Text(t.into())).map_err(|e| e.message)
    }

    #[test]
    fn facts_written_as_figures_pin_what_they_state() {
        assert_eq!(text_fact("14,000"), Ok(Interval::point(14_000.0)));
        assert_eq!(text_fact("$8 billion"), Ok(Interval::point(8e9)));
        assert_eq!(
            text_fact("13,000-15,000"),
            Ok(Interval::new(13_000.0, 15_000.0))
        );
        assert_eq!(
            text_fact("more than 27,000"),
            Ok(Interval::new(27_000.0, f64::INFINITY))
        );
    }

    #[test]
    fn facts_no_figure_could_match_are_refused() {
        assert!(text_fact("1e400").unwrap_err().contains("larger than"));
        assert!(
            text_fact(&"9".repeat(400))
                .unwrap_err()
                .contains("larger than")
        );
        assert!(text_fact("lots").unwrap_err().contains("not a figure"));
        assert!(
            text_fact("15,000 or 16,000")
                .unwrap_err()
                .contains("more than one figure")
        );
        assert!(
            text_fact("15,000-13,000")
                .unwrap_err()
                .contains("would ignore the rest (`-13,000`)")
        );
        let range = |min, max| parse_fact(&RawFact::Range(RawRange { min, max }));
        assert!(range(Some(2000.0), Some(10.0)).is_err());
        assert!(range(None, None).is_err());
        assert!(range(Some(f64::NAN), None).is_err());
        assert!(range(Some(0.0), Some(1e19)).is_err());
        assert_eq!(
            range(Some(10.0), None).ok(),
            Some(Interval::new(10.0, f64::INFINITY))
        );
        assert!(parse_fact(&RawFact::Number(f64::INFINITY)).is_err());
        assert!(parse_fact(&RawFact::Number(-2e18)).is_err());
    }
}
