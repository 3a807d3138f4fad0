//! `factlint completions SHELL` and `factlint man`: shell completion scripts
//! (clap_complete) and the manual page (clap_mangen), generated from the
//! command line `cli` declares, written to standard output.
//!
//! The only module that uses clap_complete and clap_mangen.

use clap::CommandFactory;
use clap_complete::Shell as Target;

use super::{EXIT_ERROR, EXIT_OK, write_stdout};
use crate::cli::{Cli, Shell};

/// Runs `factlint completions SHELL`: the completion script for `shell`.
pub fn completions(shell: Shell) -> u8 {
    let target = match shell {
        Shell::Bash => Target::Bash,
        Shell::Zsh => Target::Zsh,
        Shell::Fish => Target::Fish,
        Shell::Elvish => Target::Elvish,
        Shell::Powershell => Target::PowerShell,
    };
    let mut buf = Vec::new();
    clap_complete::generate(target, &mut Cli::command(), "factlint", &mut buf);
    emit(&String::from_utf8_lossy(&buf))
}

/// Runs `factlint man`: the factlint(1) page, roff, on standard output.
pub fn man() -> u8 {
    match man_page() {
        Ok(page) => emit(&page),
        Err(e) => {
            eprintln!("error: cannot write the manual page: {e}");
            EXIT_ERROR
        }
    }
}

/// The factlint(1) page: the command, then one section per subcommand with
/// its synopsis, description and options (`FACTLINT CHECK`, …). The list of
/// subcommands points at those sections, since one page holds them all.
pub fn man_page() -> std::io::Result<String> {
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut page = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut page)?;
    let mut page = String::from_utf8_lossy(&page).into_owned();
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let display = sub.get_display_name().unwrap_or(sub.get_name());
        let heading = format!("factlint {}", sub.get_name());
        page = page.replace(
            &format!("{}(1)", display.replace('-', "\\-")),
            &format!("\\fB{heading}\\fR (below)"),
        );
    }
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let man = clap_mangen::Man::new(sub.clone());
        let mut part = Vec::new();
        man.render_synopsis_section(&mut part)?;
        man.render_description_section(&mut part)?;
        if sub.get_arguments().any(|a| !a.is_hide_set()) {
            man.render_options_section(&mut part)?;
        }
        let part = String::from_utf8_lossy(&part);
        page.push_str(&format!(
            ".SH \"FACTLINT {}\"\n",
            sub.get_name().to_uppercase()
        ));
        for line in part.lines() {
            match line {
                ".SH SYNOPSIS" => {}
                ".SH DESCRIPTION" => page.push_str(".PP\n"),
                // The string definitions every rendered part starts with,
                // already at the top of the page.
                l if l.starts_with(".ie \\n(.g .ds Aq") || l.starts_with(".el .ds Aq") => {}
                l if l.starts_with(".SH ") => {
                    let title = l.trim_start_matches(".SH ").trim_matches('"');
                    page.push_str(&format!(".SS \"{}\"\n", capitalised(title)));
                }
                l => {
                    page.push_str(l);
                    page.push('\n');
                }
            }
        }
    }
    Ok(ascii_roff(&page))
}

/// `page` with every non-ASCII character as a roff escape (`—` → `\[u2014]`),
/// so the page reads the same whatever input encoding troff assumes.
fn ascii_roff(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    for c in page.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&format!("\\[u{:04X}]", c as u32));
        }
    }
    out
}

fn capitalised(heading: &str) -> String {
    let lower = heading.to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn emit(s: &str) -> u8 {
    match write_stdout(s) {
        Ok(()) => EXIT_OK,
        Err(_) => EXIT_ERROR,
    }
}
