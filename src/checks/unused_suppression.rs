//! # unused-suppression
//!
//! ## What it checks
//! Suppression comments in the drafts (`<!-- factlint-disable-next-line
//! CHECK -->`, `<!-- factlint-disable CHECK -->`, `factlint: ignore CHECK`)
//! that silence nothing: the check they name raised nothing in the stretch
//! they cover, or the name is not a check at all (`role-conflct`).
//!
//! ## Why it matters
//! A suppression outlives the finding it was written for: once the draft is
//! fixed, the comment stays and would silence the next, real mistake on that
//! line. A misspelt check name silences nothing while looking as if it does.
//!
//! ## Example
//! `<!-- factlint-disable-next-line role-conflict -->` above a line where no
//! role conflicts: warns on `role-conflict` in the comment. Above the line
//! that names the wrong CEO, it silences that finding and stays silent itself.
//! `<!-- factlint-disable-next-line role-conflct -->`: warns that
//! `role-conflct` is not a check, suggesting `role-conflict`.
//!
//! ## Options
//! Severity warning. A suppression of a check that is turned off in this run
//! is not reported (it may matter under another config). Turn the check off
//! with `checks: {unused-suppression: off}`; silence one report with a
//! suppression naming `unused-suppression`.
//!
//! ## Limits
//! It runs after every other check, on their findings before suppression; a
//! suppression naming `unused-suppression` itself is never reported. A
//! directive silences a stretch of lines, so one that silences one of two
//! findings on its line is used.

use super::{Check, Context, Violation};
use crate::check_id;
use crate::finding::{Label, Place};
use crate::rules::compile::did_you_mean;
use crate::suppress::directives;

/// The `unused-suppression` check.
pub struct UnusedSuppression;

/// Its id, also named by directives that are never reported.
const ID: &str = "unused-suppression";

impl Check for UnusedSuppression {
    fn id(&self) -> &'static str {
        ID
    }

    fn default_severity(&self) -> crate::finding::Severity {
        crate::finding::Severity::Warning
    }

    fn source(&self) -> &'static str {
        include_str!("unused_suppression.rs")
    }

    fn runs_last(&self) -> bool {
        true
    }

    fn run(&self, cx: &Context<'_, '_>, out: &mut Vec<Violation>) {
        for doc in cx.corpus.docs {
            let found = |check: Option<&str>, d: &crate::suppress::Directive| {
                cx.earlier.iter().any(|f| {
                    f.primary.place == Place::Doc(doc.id)
                        && check.is_none_or(|c| c == f.check)
                        && d.covers(f.check, f.primary.span.start)
                })
            };
            for d in directives(doc) {
                if d.checks.is_empty() {
                    if !found(None, &d) {
                        out.push(Violation::new(
                            "no check reports anything where this suppression applies",
                            Label::doc(doc.id, d.at, "silences nothing"),
                            Vec::new(),
                            "remove the comment, so it cannot hide a later mistake",
                        ));
                    }
                    continue;
                }
                for (name, at) in &d.checks {
                    if name == ID {
                        continue;
                    }
                    if !check_id::is_known(name) {
                        let help = match did_you_mean(name, check_id::ALL.iter().copied()) {
                            Some(m) => {
                                format!("did you mean `{m}`? `factlint explain` lists the checks")
                            }
                            None => "name a check that `factlint explain` lists".into(),
                        };
                        out.push(Violation::new(
                            format!(
                                "`{name}` is not a check, so this suppression silences nothing"
                            ),
                            Label::doc(doc.id, *at, "not a check"),
                            Vec::new(),
                            help,
                        ));
                    } else if cx.enabled.contains(&name.as_str()) && !found(Some(name), &d) {
                        out.push(Violation::new(
                            format!("`{name}` reports nothing where this suppression applies"),
                            Label::doc(doc.id, *at, "silences nothing"),
                            Vec::new(),
                            format!("remove `{name}` from the comment, so it cannot hide a later mistake"),
                        ));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::findings;

    fn messages(text: &str) -> Vec<String> {
        findings(&UnusedSuppression, &[("d.md", text)], None)
            .into_iter()
            .map(|f| f.message)
            .collect()
    }

    #[test]
    fn a_suppression_over_nothing_is_reported() {
        let m = messages("<!-- factlint-disable-next-line percent-of -->\nAcme cut 10 jobs.\n");
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(
            m,
            ["`percent-of` reports nothing where this suppression applies"]
        );
    }

    #[test]
    fn an_unknown_check_is_reported() {
        let m = messages("<!-- factlint-disable-next-line percent-off -->\nAcme cut 10 jobs.\n");
        assert_eq!(
            m,
            ["`percent-off` is not a check, so this suppression silences nothing"]
        );
    }

    #[test]
    fn a_suppression_naming_this_check_is_never_reported() {
        assert!(messages("<!-- factlint-disable unused-suppression -->\nAcme.\n").is_empty());
    }
}
