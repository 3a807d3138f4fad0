//! The names a quantity's subjects go by, and their kin: the organisation
//! a subject is part of and the organisations that are part of it
//! (`parent:` on an entity), which are never rivals for its figures.

use crate::rules::{RuleEntity, RuleSet};

/// The declared entity a subject names, by its name or an alias.
fn entity<'a>(set: &'a RuleSet, name: &str) -> Option<&'a RuleEntity> {
    set.entities.iter().find(|e| {
        e.name.eq_ignore_ascii_case(name) || e.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
    })
}

/// An entity's name and aliases, lower case.
fn all_names(e: &RuleEntity) -> impl Iterator<Item = String> + '_ {
    std::iter::once(&e.name)
        .chain(&e.aliases)
        .map(|n| n.to_lowercase())
}

/// The subjects as written, then the aliases the sheet gives each, lower case.
pub(super) fn names(set: &RuleSet, subjects: &[String]) -> Vec<String> {
    let mut out: Vec<String> = subjects.iter().map(|s| s.to_lowercase()).collect();
    for s in subjects {
        if let Some(e) = set.entities.iter().find(|e| e.name.eq_ignore_ascii_case(s)) {
            out.extend(e.aliases.iter().map(|a| a.to_lowercase()));
        }
    }
    out
}

/// The names (lower case) of each subject's parent and of the
/// organisations whose parent it is.
pub(super) fn kin(set: &RuleSet, subjects: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for s in subjects {
        let Some(e) = entity(set, s) else {
            continue;
        };
        if let Some(p) = e.parent.as_deref().and_then(|p| entity(set, p)) {
            out.extend(all_names(p));
        }
        for child in set
            .entities
            .iter()
            .filter(|c| c.parent.as_deref() == Some(e.name.as_str()))
        {
            out.extend(all_names(child));
        }
    }
    out
}
