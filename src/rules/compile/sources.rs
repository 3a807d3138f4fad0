//! The `sources:` section: primary sources the drafts are checked against.
//!
//! A path is resolved against the folder of the file that names it and must
//! stay inside it (no absolute path, no `..`), as factlint.yaml's paths do:
//! a sheet someone else wrote cannot make factlint quote a file from
//! elsewhere. A kind, when given, is one of `source::primary::KINDS`.

use std::path::{Component, Path};

use super::*;
use crate::source::primary::KINDS;

/// `rel` joined to the folder of `naming_file`, when it stays inside that
/// folder; the result is as the user would write it (`dir/memo.md`).
pub fn source_path(naming_file: &str, rel: &str) -> Option<String> {
    let p = Path::new(rel);
    if rel.trim().is_empty()
        || p.components()
            .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir))
    {
        return None;
    }
    let dir = Path::new(naming_file).parent().unwrap_or(Path::new(""));
    Some(dir.join(p).to_string_lossy().into_owned())
}

/// The error for a kind that is not one of `KINDS`, with a did-you-mean.
pub fn source_kind_error(kind: &str, span: Option<Span>) -> Option<RuleError> {
    if KINDS.contains(&kind) {
        return None;
    }
    let mut e = err(span, format!("unknown source kind `{kind}`"), "not a kind");
    e.help = Some(match did_you_mean(kind, KINDS.iter().copied()) {
        Some(m) => format!("did you mean `{m}`? kinds: {}", KINDS.join(", ")),
        None => format!("kinds: {}", KINDS.join(", ")),
    });
    Some(e)
}

pub(super) fn sources(
    path: &str,
    text: &str,
    raw: &RawRuleSet,
    set: &mut RuleSet,
    errors: &mut Vec<RuleError>,
) {
    for s in &raw.sources {
        let span = span_of(text, &s.value.path);
        let Some(resolved) = source_path(path, &s.value.path.value) else {
            let mut e = err(
                Some(span),
                format!(
                    "source `{}` is not inside the folder of the rule set",
                    s.value.path.value
                ),
                "outside the rule set's folder",
            );
            e.help =
                Some("name a file beside the sheet or below it, or pass it with --source".into());
            errors.push(e);
            continue;
        };
        if let Some(k) = &s.value.kind
            && let Some(e) = source_kind_error(&k.value, Some(span_of(text, k)))
        {
            errors.push(e);
            continue;
        }
        set.sources.push(RuleSource {
            path: resolved,
            author: s.value.author.as_ref().map(|a| a.value.trim().to_string()),
            kind: s.value.kind.as_ref().map(|k| k.value.clone()),
            span,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_resolves_beside_its_sheet_and_stays_inside() {
        assert_eq!(
            source_path("a/rules.yaml", "memo.md").as_deref(),
            Some("a/rules.yaml".replace("rules.yaml", "memo.md").as_str())
        );
        assert_eq!(source_path("a/rules.yaml", "../memo.md"), None);
        assert_eq!(source_path("a/rules.yaml", "/etc/passwd"), None);
    }

    #[test]
    fn a_sheet_names_sources_with_author_and_kind() {
        let text = "sources:\n  - path: memo.md\n    author: Jane Roe\n    kind: memo\n";
        let set = compile("s/rules.yaml", text, 0).unwrap();
        assert_eq!(set.sources.len(), 1);
        assert_eq!(set.sources[0].path, "s/memo.md");
        assert_eq!(set.sources[0].author.as_deref(), Some("Jane Roe"));
        let bad = "sources:\n  - path: memo.md\n    kind: memmo\n";
        let errs = compile("s/rules.yaml", bad, 0).unwrap_err();
        assert!(errs[0].help.as_deref().unwrap().contains("`memo`"));
    }
}
