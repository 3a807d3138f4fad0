//! `factlint explain [CHECK]`: a check's documentation, or the list of checks.

use super::{EXIT_ERROR, EXIT_OK, write_stdout};
use crate::checks::{self, Check};
use crate::cli::ExplainArgs;

/// Runs `factlint explain`.
pub fn run(args: &ExplainArgs) -> u8 {
    let registry = checks::registry();
    let out = match &args.check {
        None => list(&registry),
        Some(id) => match checks::by_id(id) {
            Some(c) => format!(
                "{}\n\nDefault severity: {}.\n",
                checks::documentation(c),
                c.default_severity()
            ),
            None => {
                let best = registry
                    .iter()
                    .map(|c| (strsim::levenshtein(id, c.id()), c.id()))
                    .min()
                    .filter(|(d, _)| *d <= 3)
                    .map(|(_, c)| format!(" (did you mean `{c}`?)"))
                    .unwrap_or_default();
                eprintln!("error: no check named `{id}`{best}; `factlint explain` lists them");
                return EXIT_ERROR;
            }
        },
    };
    match write_stdout(&out) {
        Ok(()) => EXIT_OK,
        Err(_) => EXIT_ERROR,
    }
}

fn list(registry: &[&dyn Check]) -> String {
    let w = registry.iter().map(|c| c.id().len()).max().unwrap_or(0);
    let mut s = String::new();
    for c in registry {
        s.push_str(&format!(
            "{:<w$}  {:<7}  {}\n",
            c.id(),
            c.default_severity().as_str(),
            checks::summary(*c),
            w = w
        ));
    }
    s
}
