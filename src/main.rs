//! The `factlint` binary: parse the command line, run, exit 0/1/2.

use std::process::ExitCode;

use clap::Parser;
use factlint::cli::{Cli, Command};
use factlint::commands;

fn main() -> ExitCode {
    // A failure inside factlint is reported once, as a line naming the draft
    // (see `extract_all_guarded`), not as a backtrace.
    factlint::install_panic_hook();
    let cli = Cli::parse();
    let code = match &cli.command {
        Command::Check(args) => commands::check::run(args, cli.color),
        Command::Claims(args) => commands::claims::run(args, cli.color),
        Command::Explain(args) => commands::explain::run(args),
        Command::Rules(args) => commands::rules::run(args, cli.color),
        Command::Completions(args) => commands::generate::completions(args.shell),
        Command::Man => commands::generate::man(),
        Command::Lsp(_) => commands::lsp::run(),
        Command::Report(args) => commands::report::run(args, cli.color),
    };
    ExitCode::from(code)
}
