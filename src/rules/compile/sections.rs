//! The entity, quantity, severity and example sections of a rule set.

use super::*;

pub(super) fn entities(
    text: &str,
    raw: &RawRuleSet,
    set: &mut RuleSet,
    errors: &mut Vec<RuleError>,
) {
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
            parent: None,
            span,
        });
    }
}

/// Reports each blank string in `items` (`cues: [""]`): YAML reads it, but
/// it says nothing, and dropping it quietly could leave a quantity with no
/// cues or an entity with no role. True when none is blank.
pub(super) fn no_blanks(
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
pub(super) fn not_blank(
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

pub(super) fn valid_id(id: &str) -> bool {
    id.chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

pub(super) fn quantities(
    text: &str,
    raw: &RawRuleSet,
    set: &mut RuleSet,
    errors: &mut Vec<RuleError>,
) {
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
        ];
        let subjects = subjects(text, q.subject.as_ref(), errors);
        let Ok(subjects) = subjects else {
            continue;
        };
        if blanks.contains(&false) {
            continue;
        }
        if let Some(c) = &q.currency {
            let code = c.value.trim().to_uppercase();
            let known = known_currencies();
            let is_money = q.unit.as_ref().is_some_and(|u| {
                let u = u.value.trim();
                u.eq_ignore_ascii_case("money") || u.eq_ignore_ascii_case("per_share")
            });
            if !is_money {
                let mut r = err(
                    Some(span_of(text, c)),
                    "`currency` goes with `unit: money` or `unit: per_share`",
                    "no money unit",
                );
                r.help = Some("write `unit: money` (or `unit: per_share`) with `currency`, or the currency as the unit (`unit: USD`)".into());
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
                        "date",
                        "duration",
                        "per_share",
                        "USD",
                        "EUR",
                        "GBP",
                    ];
                    let mut r = err(s, format!("unknown unit `{u}`"), "not a unit");
                    r.help = Some(match did_you_mean(&u, options) {
                        Some(m) => {
                            format!("did you mean `{m}`? units: {UNITS}, or a currency code")
                        }
                        None => format!("units: {UNITS}, or a currency code (`USD`)"),
                    });
                    errors.push(r);
                    continue;
                }
            },
        };
        let fact = match &q.fact {
            None => None,
            Some(f) => match parse_fact(&f.value) {
                Ok(fact) => {
                    let written = q.unit.as_ref().map(|u| u.value.trim());
                    if let Some(BadFact { message, label }) =
                        unit_mismatch(&fact, &unit, &id, written)
                    {
                        let mut r = err(Some(span_of(text, f)), message, label);
                        r.help = Some(match unit {
                            QUnit::Date | QUnit::Duration => scale_help(&unit).into(),
                            _ => "write the figure in the quantity's unit (`14,000` people, `\"$8 billion\"` for `unit: USD`, `\"4%\"` for `unit: percent`), or correct the quantity's `unit`".into(),
                        });
                        errors.push(r);
                        continue;
                    }
                    match on_scale(&fact, &unit, &id, set.date) {
                        Ok(interval) => Some((Fact { interval, ..fact }, span_of(text, f))),
                        Err(BadFact { message, label }) => {
                            let mut r = err(Some(span_of(text, f)), message, label);
                            r.help = Some(scale_help(&unit).into());
                            errors.push(r);
                            continue;
                        }
                    }
                }
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
        let Ok(when) = when(text, q, set.date, errors) else {
            continue;
        };
        set.quantities.push(RuleQuantity {
            id,
            about: q.about.clone(),
            unit,
            subjects,
            cues: with_month_abbreviations(
                q.cues
                    .iter()
                    .map(|c| c.value.trim().to_lowercase())
                    .filter(|c| !c.is_empty()),
            ),
            exclude: with_month_abbreviations(
                q.exclude_near
                    .iter()
                    .map(|c| c.value.trim().to_lowercase())
                    .filter(|c| !c.is_empty()),
            ),
            fact: fact.as_ref().map(|f| f.0.interval),
            fact_text: fact.as_ref().and_then(|f| f.0.text.clone()),
            fact_point: fact.as_ref().and_then(|f| f.0.point()),
            fact_span: fact.as_ref().map(|f| f.1),
            source: q.source.clone(),
            when,
            span,
        });
    }
}

/// The dotted abbreviations drafts write a month as (`Feb. 1`, `Sept. 18`).
const MONTH_ABBREVIATIONS: &[(&str, &[&str])] = &[
    ("january", &["jan."]),
    ("february", &["feb."]),
    ("march", &["mar."]),
    ("april", &["apr."]),
    ("june", &["jun."]),
    ("july", &["jul."]),
    ("august", &["aug."]),
    ("september", &["sept.", "sep."]),
    ("october", &["oct."]),
    ("november", &["nov."]),
    ("december", &["dec."]),
];

/// Cue or exclusion words, lower case, with a month's dotted abbreviations
/// after the month (`exclude_near: [February]` keeps off `a 200
/// basis-point increase on Feb. 1` too).
fn with_month_abbreviations(words: impl Iterator<Item = String>) -> Vec<String> {
    let mut out = Vec::new();
    for w in words {
        let abbreviations = MONTH_ABBREVIATIONS
            .iter()
            .find(|(m, _)| *m == w)
            .map_or(&[][..], |(_, a)| *a);
        out.push(w);
        for a in abbreviations {
            if !out.iter().any(|o| o == a) {
                out.push((*a).to_string());
            }
        }
    }
    out
}

pub(super) fn severities(
    text: &str,
    raw: &RawRuleSet,
    set: &mut RuleSet,
    errors: &mut Vec<RuleError>,
) {
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

pub(super) fn examples(
    text: &str,
    raw: &RawRuleSet,
    set: &mut RuleSet,
    errors: &mut Vec<RuleError>,
) {
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
