//! The command line, declared with clap's derive API.
//!
//! Each flag's doc comment is its `--help` text. This module only declares;
//! `settings` resolves the raw arguments into trusted settings and the
//! `commands` module runs them.

use clap::{Args, Parser, Subcommand, ValueEnum};

/// factlint: a fact-consistency linter for news writing.
///
/// Reads article drafts (plain text or Markdown), extracts the checkable claims in
/// them — numbers, money, percentages, dates, people, organisations, titles,
/// quotes — and reports where the drafts contradict each other.
#[derive(Debug, Parser)]
#[command(name = "factlint", version, about, long_about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,

    /// When to colour the output: `auto` colours a terminal unless NO_COLOR is set.
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto, global = true)]
    pub color: ColorWhen,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the drafts against each other and report contradictions.
    Check(CheckArgs),
    /// List every claim extracted from the drafts (the first debugging tool).
    Claims(ClaimsArgs),
    /// Explain a check: what it does, why, examples and limits (no CHECK: list them).
    Explain(ExplainArgs),
    /// Validate rule sets and list what they declare; `--test` runs their examples.
    Rules(RulesArgs),
    /// Write the pre-publish fact sheet: every claim, which agree, which conflict (HTML or Markdown).
    Report(ReportArgs),
    /// Run a language server for editors (LSP over standard input and output).
    ///
    /// Publishes diagnostics for open `.md`/`.txt` drafts, checked with the
    /// other drafts of their folder; see README, "Editors".
    Lsp(LspArgs),
    /// Print a shell completion script to standard output.
    Completions(CompletionsArgs),
    /// Print the manual page (roff) to standard output.
    Man,
}

/// Arguments of `factlint completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: Shell,
}

/// Shells `factlint completions` writes scripts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    /// Bash: `source <(factlint completions bash)`.
    Bash,
    /// Zsh: save as `_factlint` in a folder of `$fpath`.
    Zsh,
    /// Fish: save as `~/.config/fish/completions/factlint.fish`.
    Fish,
    /// Elvish.
    Elvish,
    /// PowerShell.
    Powershell,
}

/// Arguments of `factlint lsp`.
#[derive(Debug, Args)]
pub struct LspArgs {
    /// Talk over standard input and output: the only transport, so this
    /// changes nothing (accepted because many editors' clients pass it).
    #[arg(long)]
    pub stdio: bool,
}

/// Where rule sets come from.
#[derive(Debug, Args, Clone)]
pub struct RuleArgs {
    /// A rule set (YAML story sheet) to apply; repeatable; adds to factlint.yaml's.
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<String>,

    /// Ignore factlint.yaml (no config file at all).
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,

    /// Use this config file instead of looking for factlint.yaml in each
    /// checked path's folder and its parents.
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,

    /// Say on standard error which config file and rule sets are in use,
    /// and how many drafts were read.
    #[arg(long, short = 'v')]
    pub verbose: bool,
    /// A primary source (memo, release, filing, transcript) the drafts are
    /// checked against; repeatable; adds to the sheets' and factlint.yaml's.
    /// Its author and kind come from its front matter, a `From:` line or a signature.
    #[arg(long = "source", value_name = "FILE")]
    pub sources: Vec<String>,
}

/// Arguments of `factlint rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Rule files to validate (default: those factlint.yaml names).
    #[arg(value_name = "FILE")]
    pub files: Vec<String>,

    /// Run each rule set's inline examples and report which fail.
    #[arg(long)]
    pub test: bool,

    /// Ignore factlint.yaml in this directory and its parents.
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,

    /// Use this config file's rule sets instead of looking for factlint.yaml
    /// in this directory and its parents.
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,

    /// Say on standard error which config file and rule sets are in use.
    #[arg(long, short = 'v')]
    pub verbose: bool,
}

/// Arguments of `factlint check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Drafts to read.
    #[command(flatten)]
    pub input: InputArgs,

    /// Rule sets.
    #[command(flatten)]
    pub rules: RuleArgs,

    /// The claims cache.
    #[command(flatten)]
    pub cache: CacheArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,

    /// Also fail (exit 1) on warnings, or on warnings and notes.
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub deny: Option<DenyLevel>,

    /// Cut source lines in human output to this many columns (default:
    /// `COLUMNS`, else the terminal's width, else 100; 0 never cuts).
    #[arg(long, value_name = "N")]
    pub width: Option<usize>,
}

/// The claims cache (each draft's extracted claims, kept between runs).
#[derive(Debug, Args, Clone, Default)]
pub struct CacheArgs {
    /// Keep the claims cache in DIR (default: `FACTLINT_CACHE_DIR`, else
    /// `.factlint_cache` beside the factlint.yaml in use, else in the current
    /// directory). An unchanged draft's claims are read from it, not extracted again.
    #[arg(long, value_name = "DIR")]
    pub cache_dir: Option<String>,

    /// Neither read nor write the claims cache (also: `FACTLINT_NO_CACHE=1`).
    #[arg(long)]
    pub no_cache: bool,
}

/// Formats of `factlint check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// rustc-style diagnostics with source excerpts.
    Human,
    /// One finding a line: `path:line:col: severity[check]: message`.
    Short,
    /// Versioned JSON, the shape of SPEC 5.1.
    Json,
    /// SARIF 2.1.0 for code-scanning dashboards.
    Sarif,
    /// GitHub Actions workflow annotations.
    Github,
}

/// The lowest severity that fails the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DenyLevel {
    /// Warnings and errors fail the run.
    Warnings,
    /// Notes, warnings and errors fail the run.
    Notes,
}

/// Arguments of `factlint explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The check's id (`role-conflict`); none lists every check.
    #[arg(value_name = "CHECK")]
    pub check: Option<String>,
}

/// Where the drafts come from.
#[derive(Debug, Args, Clone)]
pub struct InputArgs {
    /// Draft files or directories (recursing into *.txt, *.md, *.markdown and
    /// honouring .gitignore); `-` reads standard input. Default: the current directory.
    #[arg(value_name = "PATH")]
    pub paths: Vec<String>,

    /// Refuse draft files larger than this many bytes [default: 67108864].
    #[arg(long, value_name = "BYTES")]
    pub max_file_size: Option<u64>,

    /// The name standard input (`-`) is read and reported as: its extension
    /// says whether it is Markdown, its folder is where factlint.yaml is
    /// looked for, and the file of that name on disk is not read as well.
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<String>,
}

/// Arguments of `factlint claims`.
#[derive(Debug, Args)]
pub struct ClaimsArgs {
    /// Drafts to read.
    #[command(flatten)]
    pub input: InputArgs,

    /// Rule sets whose quantities claims bind to (shown with the reason).
    #[command(flatten)]
    pub rules: RuleArgs,

    /// The claims cache.
    #[command(flatten)]
    pub cache: CacheArgs,

    /// Output format: a readable table, or JSON (`{"version": 1, "claims": [...]}`).
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Human)]
    pub format: ClaimsFormat,
}

/// Arguments of `factlint report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Drafts to read.
    #[command(flatten)]
    pub input: InputArgs,

    /// Rule sets.
    #[command(flatten)]
    pub rules: RuleArgs,

    /// The claims cache.
    #[command(flatten)]
    pub cache: CacheArgs,

    /// The file to write: `.html`/`.htm` (one self-contained page) or
    /// `.md`/`.markdown`; written atomically, never over an input.
    #[arg(long, value_name = "FILE")]
    pub out: String,
}

/// Formats of `factlint claims`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClaimsFormat {
    /// One claim a line: place, kind, text, value and interval, unit.
    Human,
    /// Versioned JSON, the shape of SPEC 5.1.
    Json,
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Colour when standard output is a terminal and NO_COLOR is unset.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
