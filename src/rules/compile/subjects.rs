//! What a quantity is about (`subject:`, one entity or a list) and which
//! organisation another is part of (`parent:` on an entity).

use super::*;
use crate::rules::raw::RawSubject;

/// A quantity's subjects: `subject: Amazon` or `subject: [Google,
/// Alphabet]`. A blank subject or an empty list is refused (`Err`, the
/// error pushed): it would quietly bind figures about anyone.
pub(super) fn subjects(
    text: &str,
    subject: Option<&Spanned<RawSubject>>,
    errors: &mut Vec<RuleError>,
) -> Result<Vec<String>, ()> {
    let Some(s) = subject else {
        return Ok(Vec::new());
    };
    let names: Vec<String> = match &s.value {
        RawSubject::One(n) => vec![n.trim().to_string()],
        RawSubject::Many(ns) => ns.iter().map(|n| n.trim().to_string()).collect(),
    };
    if names.is_empty() || names.iter().any(String::is_empty) {
        let mut r = err(
            Some(span_of(text, s)),
            if names.is_empty() {
                "an empty list of subjects".to_string()
            } else {
                "an empty subject".to_string()
            },
            "empty",
        );
        r.help = Some(
            "write the entity the figure is about (`subject: Amazon`, `subject: [Google, Alphabet]`), or remove the key".into(),
        );
        errors.push(r);
        return Err(());
    }
    Ok(names)
}

/// Checks each `parent:` against the declared organisations and records
/// it: a parent must be another organisation the sheet declares, and only
/// an organisation has one.
pub(super) fn parents(
    text: &str,
    raw: &RawRuleSet,
    set: &mut RuleSet,
    errors: &mut Vec<RuleError>,
) {
    for e in &raw.entities {
        let Some(p) = &e.value.parent else {
            continue;
        };
        let name = e.value.name.value.trim();
        let parent = p.value.trim();
        let Some(child) = set.entities.iter().position(|x| x.name == name) else {
            continue;
        };
        let found = set.entities.iter().find(|x| {
            x.name.eq_ignore_ascii_case(parent)
                || x.aliases.iter().any(|a| a.eq_ignore_ascii_case(parent))
        });
        let problem = if set.entities[child].kind != EntityKind::Org {
            Some((
                format!("`{name}` is a person; only an organisation has a `parent`"),
                "not an organisation",
                "remove `parent`, or give the entity `kind: org`".to_string(),
            ))
        } else if parent.is_empty() {
            Some((
                "an empty parent".to_string(),
                "empty",
                "write the organisation it is part of, or remove the key".to_string(),
            ))
        } else {
            match found {
                None => {
                    let orgs = set
                        .entities
                        .iter()
                        .filter(|x| x.kind == EntityKind::Org)
                        .map(|x| x.name.as_str());
                    Some((
                        format!("the parent `{parent}` is not an organisation this sheet declares"),
                        "not declared",
                        match did_you_mean(parent, orgs) {
                            Some(m) => format!(
                                "did you mean `{m}`? declare the parent under `entities` with `kind: org`"
                            ),
                            None => "declare the parent under `entities` with `kind: org`".into(),
                        },
                    ))
                }
                Some(x) if x.name == name => Some((
                    format!("`{name}` cannot be its own parent"),
                    "itself",
                    "name the organisation it is part of".into(),
                )),
                Some(x) if x.kind != EntityKind::Org => Some((
                    format!("the parent `{parent}` is a person, not an organisation"),
                    "not an organisation",
                    "name the organisation it is part of".into(),
                )),
                Some(_) => None,
            }
        };
        match problem {
            Some((message, label, help)) => {
                let mut r = err(Some(span_of(text, p)), message, label);
                r.help = Some(help);
                errors.push(r);
            }
            None => set.entities[child].parent = found.map(|x| x.name.clone()),
        }
    }
}
