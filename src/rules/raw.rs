//! The rule-set file as written: serde structs mirroring the YAML.
//!
//! The only module that knows the YAML crate (serde-saphyr, the maintained
//! serde successor to the archived serde_yaml, which can point at values).
//! Unknown keys are refused; values an editor can get wrong carry their
//! position (`Spanned`) so `compile` can point at them. Parsing is bounded:
//! alias bombs and absurd nesting fail fast.

use std::collections::BTreeMap;

use serde::Deserialize;
pub use serde_saphyr::Spanned;

/// A whole rule-set file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRuleSet {
    /// A short name for the story.
    pub story: Option<Spanned<String>>,
    /// What the sheet covers.
    pub description: Option<String>,
    /// The story's date, `2025-03-07`: the year of dates drafts write without one.
    pub date: Option<Spanned<String>>,
    /// People and organisations.
    #[serde(default)]
    pub entities: Vec<Spanned<RawEntity>>,
    /// Figures the drafts state.
    #[serde(default)]
    pub quantities: Vec<Spanned<RawQuantity>>,
    /// Relations between quantities.
    #[serde(default)]
    pub invariants: Vec<Spanned<RawInvariant>>,
    /// Severity overrides: check id → `error`, `warning`, `note` or `off`.
    #[serde(default)]
    pub checks: BTreeMap<String, Spanned<String>>,
    /// Inline examples that must fire a check or stay silent.
    #[serde(default)]
    pub examples: Vec<Spanned<RawExample>>,
    /// Primary sources the drafts are checked against.
    #[serde(default)]
    pub sources: Vec<Spanned<RawSource>>,
    /// Quotes the desk has confirmed word for word.
    #[serde(default)]
    pub quotes: Vec<Spanned<RawQuote>>,
}

/// A confirmed quote: who said it, the exact words, and where it was said.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuote {
    /// The person quoted (`Andy Jassy`).
    pub speaker: Option<Spanned<String>>,
    /// The exact words.
    pub text: Option<Spanned<String>>,
    /// Where and when it was said (`memo to staff, 28 October 2025`).
    pub said: Option<Spanned<String>>,
}

/// A primary source: a file (relative to the file naming it), its author and kind.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    /// The file, relative to the rule set or config file.
    pub path: Spanned<String>,
    /// Who wrote it (`Jane Roe`).
    pub author: Option<Spanned<String>>,
    /// `memo`, `release`, `filing` or `transcript`.
    pub kind: Option<Spanned<String>>,
}

/// A person or organisation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntity {
    /// The name as it should be written.
    pub name: Spanned<String>,
    /// `person` or `org`.
    pub kind: Option<Spanned<String>>,
    /// Other names for it (`AWS`).
    #[serde(default)]
    pub aliases: Vec<Spanned<String>>,
    /// Titles the person holds.
    #[serde(default)]
    pub roles: Vec<Spanned<RawRole>>,
    /// For an organisation, the organisation it is part of (`Alphabet` for `Google`).
    pub parent: Option<Spanned<String>>,
    /// A note for editors.
    pub note: Option<String>,
}

/// A title a person holds at an organisation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRole {
    /// The title (`CEO`, `chief executive`, `SVP`).
    pub title: Spanned<String>,
    /// The organisation.
    pub org: Option<Spanned<String>>,
}

/// A figure the drafts state.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuantity {
    /// The id invariants use (`layoffs_2025`).
    pub id: Spanned<String>,
    /// What it is, for editors.
    pub about: Option<String>,
    /// `people`, `money`, `percent`, `percentage_points`, `count`, or a currency code.
    pub unit: Option<Spanned<String>>,
    /// ISO code for money (`USD`).
    pub currency: Option<Spanned<String>>,
    /// The entity the figure is about, or a list of them (`[Google, Alphabet]`).
    pub subject: Option<Spanned<RawSubject>>,
    /// Words or word beginnings that must stand near the figure.
    #[serde(default)]
    pub cues: Vec<Spanned<String>>,
    /// Words that, standing near a figure, mean it is another quantity.
    #[serde(default)]
    pub exclude_near: Vec<Spanned<String>>,
    /// The value the story pins: a number, `13,000-15,000`, or `{min, max}`.
    pub fact: Option<Spanned<RawFact>>,
    /// The period the figure covers (`Q2 2024`, `2023`, `first half of 2024`).
    pub period: Option<Spanned<String>>,
    /// The day a snapshot is taken (`end of 2023`, `June 30, 2024`).
    pub as_of: Option<Spanned<String>>,
    /// Where the pinned value comes from.
    pub source: Option<String>,
}

/// `subject: Amazon` or `subject: [Google, Alphabet]`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RawSubject {
    /// One entity.
    One(String),
    /// Several: a figure about any of them is the quantity's.
    Many(Vec<String>),
}

/// A pinned value.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RawFact {
    /// `14000`.
    Number(f64),
    /// `"14,000"`, `"13,000-15,000"`, `"$8 billion"`.
    Text(String),
    /// `{min: 13000, max: 15000}`.
    Range(RawRange),
}

/// `{min: 13000, max: 15000}`; either end may be left out (unbounded), not both.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRange {
    /// Lowest value.
    pub min: Option<f64>,
    /// Highest value.
    pub max: Option<f64>,
}

/// A relation between quantities.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawInvariant {
    /// A name for the relation.
    pub id: Spanned<String>,
    /// `layoffs_2025 = 0.04 * corporate_staff`.
    pub expr: Spanned<String>,
    /// What to tell the writer when it breaks.
    pub message: Option<String>,
}

/// A draft that must fire a check, or stay silent.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawExample {
    /// A name for the example.
    pub name: Option<String>,
    /// One draft.
    pub text: Option<Spanned<String>>,
    /// Several drafts, for checks that compare drafts.
    #[serde(default)]
    pub drafts: Vec<Spanned<String>>,
    /// The check that must fire.
    pub fires: Option<Spanned<String>>,
    /// The checks that must stay silent (`true`: every check).
    pub silent: Option<Spanned<RawSilent>>,
}

/// `silent: quote-drift`, `silent: [a, b]` or `silent: true`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RawSilent {
    /// Every check.
    All(bool),
    /// One check.
    One(String),
    /// Several checks.
    Many(Vec<String>),
}

/// A YAML problem: its message, byte offset and 1-based line/column when known,
/// and for an unknown key, the key and the keys allowed there.
#[derive(Debug, Clone, PartialEq)]
pub struct YamlError {
    /// What the YAML crate said.
    pub message: String,
    /// Byte offset, when known.
    pub offset: Option<usize>,
    /// 1-based line and column, when known.
    pub line_col: Option<(usize, usize)>,
    /// For an unknown key: the key and the allowed keys.
    pub unknown: Option<(String, Vec<String>)>,
    /// True when a resource limit (alias expansion, nesting, size) was hit.
    pub budget: bool,
    /// What to do, when the problem is one this module words itself
    /// (a limit, a second document, a duplicate key, a runaway number).
    pub help: Option<String>,
}

/// Deepest nesting of lists and maps a rule file may use.
pub const MAX_DEPTH: usize = 32;

/// A problem the YAML crate reports in its own terms, said the way an editor
/// would: the sentence, what to do, and whether a resource limit was hit.
/// `what` names the file (`a rule file`). `None` for the rest.
fn plain(e: &serde_saphyr::Error, max_depth: usize, what: &str) -> Option<(String, String, bool)> {
    use serde_saphyr::Error as E;
    use serde_saphyr::budget::BudgetBreach as B;
    let mut e = e.without_snippet();
    while let E::AliasError { error, .. } | E::WithSnippet { error, .. } = e {
        e = error;
    }
    // The YAML parser has a nesting limit of its own for `[[[…` and `{{{…`.
    let parser_depth = matches!(e, E::ExternalMessage { .. } | E::Message { .. })
        && e.to_string().contains("recursion limit");
    Some(match e {
        _ if parser_depth => (
            format!(
                "lists and maps nest more than {max_depth} deep here, deeper than factlint reads"
            ),
            "a rule set is a few flat lists; remove the extra `[` or `{` or indentation".into(),
            true,
        ),
        E::Budget {
            breach: B::Depth { .. },
            ..
        } => (
            format!(
                "lists and maps nest more than {max_depth} deep here, deeper than factlint reads"
            ),
            "a rule set is a few flat lists; remove the extra `[` or `{` or indentation".into(),
            true,
        ),
        E::Budget {
            breach: B::Documents { .. },
            ..
        }
        | E::MultipleDocuments { .. } => (
            format!("{what} holds one YAML document, and a second one starts here"),
            "remove the `---` line; a second rule set goes in a file of its own".into(),
            false,
        ),
        E::Budget {
            breach: B::Aliases { .. } | B::Anchors { .. } | B::AliasAnchorRatio { .. },
            ..
        } => (
            "the rule set uses too many YAML aliases (`*name`) to read safely".into(),
            "remove alias chains that multiply (an alias bomb); write the values out".into(),
            true,
        ),
        E::Budget { .. } => (
            "the rule set is too large to read".into(),
            "rule sets are small, flat lists; split this one or remove what repeats".into(),
            true,
        ),
        E::NonFiniteFloat { .. } => (
            "this number is too large, infinite or not a number".into(),
            format!(
                "write a figure of at most {} (`14000`, `\"$8 billion\"`)",
                super::expr::show_limit(super::MAX_NUMBER)
            ),
            false,
        ),
        E::DuplicateMappingKey { key, .. } => (
            match key {
                Some(k) => format!("the key `{k}` is given twice"),
                None => "this key is given twice".into(),
            },
            "keep one of them: YAML would silently use only one".into(),
            false,
        ),
        _ => return None,
    })
}

/// Parses rule-set text with bounded resources.
pub fn parse(text: &str) -> Result<RawRuleSet, Box<YamlError>> {
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            max_aliases: 1_000,
            max_anchors: 1_000,
            max_nodes: 100_000,
            max_events: 500_000,
            max_recorded_anchor_events: 100_000,
            max_documents: 1,
        },
    };
    serde_saphyr::from_str_with_options::<RawRuleSet>(text, options).map_err(|e| {
        let loc = e.location();
        // The crate's message carries its own snippet; keep the sentence only.
        let full = e.to_string();
        let first = full.lines().next().unwrap_or("").to_string();
        let message = match first.split_once(": ") {
            Some((_, rest)) if first.starts_with("error") => match rest.split_once(": ") {
                Some((_, m)) if rest.starts_with("line ") => m.to_string(),
                _ => rest.to_string(),
            },
            _ => first,
        };
        let lower = message.to_lowercase();
        let said = plain(&e, MAX_DEPTH, "a rule file");
        Box::new(YamlError {
            offset: loc.and_then(|l| l.span().byte_offset()).map(|o| o as usize),
            line_col: loc
                .filter(|l| l.line() > 0)
                .map(|l| (l.line() as usize, l.column() as usize)),
            unknown: unknown_field(&message),
            budget: said.as_ref().map_or_else(
                || {
                    lower.contains("budget")
                        || lower.contains("limit")
                        || lower.contains("depth")
                        || lower.contains("exceed")
                },
                |s| s.2,
            ),
            help: said.as_ref().map(|s| s.1.clone()),
            message: said.map_or(message, |s| s.0),
        })
    })
}

/// `unknown field `alias`, expected one of name, kind, aliases`: the key and the allowed keys.
fn unknown_field(message: &str) -> Option<(String, Vec<String>)> {
    let rest = message.strip_prefix("unknown field `")?;
    let (field, rest) = rest.split_once('`')?;
    let allowed = rest
        .split_once("expected one of ")
        .map(|(_, list)| {
            list.split(", ")
                .map(|s| s.trim_matches('`').to_string())
                .collect()
        })
        .or_else(|| {
            rest.split_once("expected ")
                .map(|(_, one)| vec![one.trim_matches('`').to_string()])
        })
        .unwrap_or_default();
    Some((field.to_string(), allowed))
}

/// The byte offset of a spanned value, when known.
pub fn offset<T>(s: &Spanned<T>) -> Option<usize> {
    s.referenced.span().byte_offset().map(|o| o as usize)
}

/// The byte length of a spanned value, when known.
pub fn length<T>(s: &Spanned<T>) -> Option<usize> {
    s.referenced.span().byte_len().map(|o| o as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_key_is_located() {
        let e = parse("story: x\nentities:\n  - name: Amazon\n    alias: [AWS]\n").unwrap_err();
        assert_eq!(e.line_col, Some((4, 5)));
        assert_eq!(e.unknown.as_ref().map(|u| u.0.as_str()), Some("alias"));
    }

    #[test]
    fn deep_nesting_is_refused_naming_the_limit() {
        for n in [40, 100_000] {
            let text = format!(
                "quantities:\n  - id: a\n    fact: {}{}\n",
                "[".repeat(n),
                "]".repeat(n)
            );
            let e = parse(&text).unwrap_err();
            assert!(e.message.contains("more than 32 deep"), "{n}: {e:?}");
            assert_eq!(e.line_col.map(|l| l.0), Some(3), "{n}: {e:?}");
        }
    }

    #[test]
    fn a_second_document_is_named_as_such() {
        let e = parse("story: a\n---\nstory: b\n").unwrap_err();
        assert!(e.message.contains("holds one YAML document"), "{e:?}");
        assert_eq!(e.line_col, Some((2, 1)));
    }

    #[test]
    fn values_carry_byte_offsets() {
        let r = parse("story: x\nentities:\n  - name: Amazon\n").unwrap();
        assert_eq!(offset(&r.entities[0].value.name), Some(29));
    }
}

/// `factlint.yaml`: project settings found in the current directory or a parent.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    /// Rule files, relative to the config file.
    #[serde(default)]
    pub rules: Vec<Spanned<String>>,
    /// Globs a walked draft must match.
    #[serde(default)]
    pub include: Vec<String>,
    /// Globs that drop a walked draft.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Severity overrides: check id → `error`, `warning`, `note` or `off`.
    #[serde(default)]
    pub checks: BTreeMap<String, Spanned<String>>,
    /// Largest draft read, in bytes.
    pub max_file_size: Option<u64>,
    /// Primary sources the drafts are checked against, relative to the config file.
    #[serde(default)]
    pub sources: Vec<Spanned<RawSource>>,
}

/// Parses `factlint.yaml` with the same bounds as a rule set.
pub fn parse_config(text: &str) -> Result<RawConfig, Box<YamlError>> {
    if text.trim().is_empty() {
        return Ok(RawConfig::default());
    }
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: 16,
            max_aliases: 100,
            max_nodes: 10_000,
            max_documents: 1,
        },
    };
    serde_saphyr::from_str_with_options::<RawConfig>(text, options).map_err(|e| {
        let loc = e.location();
        let full = e.to_string();
        let first = full.lines().next().unwrap_or("").to_string();
        let message = first.rsplit(": ").next().unwrap_or(&first).to_string();
        let said = plain(&e, 16, "factlint.yaml");
        let message = said.as_ref().map_or(message, |s| s.0.clone());
        Box::new(YamlError {
            offset: loc.and_then(|l| l.span().byte_offset()).map(|o| o as usize),
            line_col: loc
                .filter(|l| l.line() > 0)
                .map(|l| (l.line() as usize, l.column() as usize)),
            unknown: unknown_field(
                first
                    .split_once("unknown field")
                    .map(|(_, r)| format!("unknown field{r}"))
                    .as_deref()
                    .unwrap_or(""),
            ),
            budget: said.as_ref().is_some_and(|s| s.2),
            help: said.map(|s| s.1),
            message,
        })
    })
}
