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

/// What the lead-in of a list (`At the group level, Samsung reported:`)
/// says of a figure's subject, for a figure whose own words name no
/// organisation: `Some(true)` when it names one of `names` (the subject's
/// names, lower case), `Some(false)` when it names only other organisations
/// the sheet declares (the parent too: a group's figures are not its
/// division's), `None` when it names none.
pub(super) fn lead_in_names(set: &RuleSet, lead_in: &str, names: &[String]) -> Option<bool> {
    if lead_in.is_empty() {
        return None;
    }
    let said = |n: &str| !crate::extract::phrase::find_word_starts(lead_in, n).is_empty();
    if names.iter().any(|n| said(n)) {
        return Some(true);
    }
    set.entities
        .iter()
        .filter(|e| e.kind == crate::claim::EntityKind::Org)
        .any(|e| all_names(e).any(|n| said(&n)))
        .then_some(false)
}

/// For a quantity with no `subject`, an organisation the sheet declares,
/// named right after the figure (`a further €5.5m against WhatsApp`), that
/// is neither the draft's main subject nor its kin and that the quantity's
/// `about` and cues never name: the figure is that organisation's, as a
/// figure beside a rival's name is for a quantity with a subject. `after`
/// holds the organisations named in the four words after the figure
/// (lower case), `main` the draft's main subject.
pub(super) fn declared_other_after(
    set: &RuleSet,
    rq: &crate::rules::RuleQuantity,
    after: &[String],
    main: Option<&str>,
) -> Option<String> {
    if !rq.subjects.is_empty() {
        return None;
    }
    let about = rq.about.as_deref().unwrap_or("").to_lowercase();
    let home: Vec<String> = main
        .map(|m| {
            let mut v = names(set, &[m.to_string()]);
            v.extend(kin(set, &[m.to_string()]));
            v
        })
        .unwrap_or_default();
    after.iter().find_map(|o| {
        let e = entity(set, o).filter(|e| e.kind == crate::claim::EntityKind::Org)?;
        let said = all_names(e).any(|n| {
            home.contains(&n)
                || !crate::extract::phrase::find_word_starts(&about, &n).is_empty()
                || rq.cues.iter().any(|c| c.contains(n.as_str()))
        });
        (!said).then(|| e.name.clone())
    })
}

/// Whether the words between an organisation's name and a figure, `gap`
/// (lower case), attach the figure to that name: a bracket opened right
/// after the name and not closed before the figure (`Kroger (about 2,700
/// stores)`), or a relative clause on the name with no break before the
/// figure (`Kroger, which operates about 2,700 stores`).
pub(super) fn attached(gap: &str) -> bool {
    if let Some(inner) = gap.trim_start().strip_prefix('(') {
        return !inner.contains([')', '(']);
    }
    let Some(rest) = gap.trim_start().strip_prefix(',') else {
        return false;
    };
    let rest = rest.trim_start();
    ["which ", "who ", "whose "]
        .iter()
        .any(|r| rest.starts_with(r))
        && !rest.contains([',', ';', ':', '(', ')', '\u{2014}', '\u{2013}'])
}

/// Whether the subject's mention at `p` in `text` (lower case) belongs to
/// another figure than the one at `figure_at`: `for` right before the
/// name and a figure right before `for` (`winning 283 votes to 44 for
/// Julius Malema`: Malema's are the 44).
pub(super) fn owned_by_another(text: &str, p: usize, figure_at: usize) -> bool {
    // The mention may be the end of a longer name (`malema` in `julius
    // malema`): try from each of the two words before it too.
    let mut at = p;
    for _ in 0..3 {
        if for_another(text, at, figure_at) {
            return true;
        }
        let Some(before) = text.get(..at) else {
            return false;
        };
        let word = before.trim_end();
        if word.len() == before.len() && at != p {
            return false;
        }
        match word.rfind(|c: char| !c.is_alphabetic() && c != '-' && c != '.') {
            Some(i) if word[i..].starts_with(' ') && i + 1 < word.len() => at = i + 1,
            _ => return false,
        }
    }
    false
}

/// `for` and a figure other than the one at `figure_at` right before `at`.
fn for_another(text: &str, at: usize, figure_at: usize) -> bool {
    let Some(before) = text.get(..at).map(str::trim_end) else {
        return false;
    };
    let Some(rest) = before.strip_suffix("for") else {
        return false;
    };
    if rest.ends_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    let rest = rest.trim_end();
    let word_at = rest.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let word = &rest[word_at..];
    word.contains(|c: char| c.is_ascii_digit()) && word_at != figure_at
}

/// True when the mention at `p` (window offsets) is one member of a list of
/// organisations the window names before the figure at `figure_at`, joined
/// by commas and `and` (`the PML-N, PPP and MQM-P hold 146 seats`): the
/// figure is the list's together, not one member's. A comma alone joins no
/// list (`Across Lowland, the Harbour Party won`).
pub(super) fn one_of_a_list(w: &super::Window<'_>, p: usize) -> bool {
    let spans = &w.s.org_spans;
    let Some(i) = spans.iter().position(|(_, a, b)| *a <= p && p < *b) else {
        return false;
    };
    if spans[i].2 > w.figure_at {
        return false;
    }
    // How two names are joined: `Some(true)` by `and`, `or` or `&` (with
    // commas and articles), `Some(false)` by a comma alone, else `None`.
    let join = |a: usize, b: usize| -> Option<bool> {
        let gap = w.s.text.get(a..b)?;
        let words: Vec<&str> = gap
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|t| !t.is_empty())
            .collect();
        let conj = words.iter().any(|t| matches!(*t, "and" | "or" | "&"));
        let ok = (conj || gap.contains(','))
            && words
                .iter()
                .all(|t| matches!(*t, "and" | "or" | "&" | "the" | "its"));
        ok.then_some(conj)
    };
    let (mut first, mut last, mut conj) = (i, i, false);
    while first > 0 {
        match join(spans[first - 1].2, spans[first].1) {
            Some(c) => {
                conj |= c;
                first -= 1;
            }
            None => break,
        }
    }
    while last + 1 < spans.len() && spans[last + 1].2 <= w.figure_at {
        match join(spans[last].2, spans[last + 1].1) {
            Some(c) => {
                conj |= c;
                last += 1;
            }
            None => break,
        }
    }
    last > first && conj
}

/// The organisation that opens the figure's own clause, or that the figure
/// hangs on by a bracket or a relative clause (`the Trinamool Congress won
/// 29 of 42 seats`, `Kroger (about 2,700 stores)`, `Kroger, which
/// operates`): what the figure is about. Lower case.
pub(super) fn clause_owner<'w>(w: &super::Window<'w>) -> Option<&'w str> {
    let before = w.s.org_spans.partition_point(|(_, _, b)| *b <= w.figure_at);
    w.s.org_spans[..before]
        .iter()
        .rev()
        .take_while(|(_, a, b)| {
            *a >= w.s.own_from
                && (w.s.breaks_between(*b, w.figure_at) == 0
                    || w.s.text.get(*b..w.figure_at).is_some_and(attached))
        })
        .next()
        .map(|(o, _, _)| o.as_str())
}

#[cfg(test)]
mod tests {
    use super::{attached, owned_by_another};

    #[test]
    fn a_name_after_another_figure_and_for_is_that_figures() {
        let t = "winning 283 votes to 44 for julius malema";
        let p = t.find("julius").unwrap();
        assert!(owned_by_another(t, p, t.find("283").unwrap()));
        assert!(!owned_by_another(t, p, t.find("44").unwrap()));
        let p = t.find("malema").unwrap();
        assert!(owned_by_another(t, p, t.find("283").unwrap()));
        let t = "44 votes went for julius malema";
        assert!(!owned_by_another(t, t.find("julius").unwrap(), 0));
    }

    #[test]
    fn a_bracket_or_relative_clause_attaches_a_figure_to_a_name() {
        assert!(attached(" (about "));
        assert!(attached(", which operates about "));
        assert!(!attached(", which said on monday, that it had "));
        assert!(!attached(" agreed to buy albertsons, which has "));
        assert!(!attached(" (nyse) said it had "));
    }
}
