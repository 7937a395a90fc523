//! The command line's definition (clap, derive): one struct per subcommand. Help, `--version`,
//! suggestions for mistyped flags and completions all come from here.

use std::path::PathBuf;

use avenir_core::model::Date;
use clap::{Args, Parser, Subcommand, ValueEnum};

const DEFAULT_DIR: &str = "assessments/default";

const AFTER_HELP: &str = "\
DIR defaults to assessments/default. Only regular files are read (a symbolic link only to a file
in the folder), at most 4 MB each and 32 MB together, in UTF-8.

Exit status: 0 no error; 1 errors in the files checked (lint, site, hsds import: a file that
cannot be read too) or a failing test case; 2 the command cannot run (usage, a missing folder;
test, graph, diff, status and hsds export: content with errors or files that cannot be read);
3 diff could not compare the answer profiles.";

/// The content author's command line: check, test, picture and compare an assessment, and
/// exchange its contacts as Open Referral HSDS.
#[derive(Parser)]
#[command(name = "avenir", version, after_help = AFTER_HELP, arg_required_else_help = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Check an assessment directory: every problem at once (at most 200 shown, the others
    /// counted); exit 1 on errors
    Lint(LintArgs),
    /// Run the test cases in DIR/tests/*.toml; exit 1 on a failure
    Test(TestArgs),
    /// The question flow as Mermaid text, or as a self-contained HTML page
    Graph(GraphArgs),
    /// What changes for whom between two versions of an assessment: test cases and answer
    /// profiles whose results change (exit 3 when the profiles could not be compared)
    Diff(DiffArgs),
    /// Open Referral HSDS 3.0: export the contacts, or import a directory's services
    #[command(subcommand)]
    Hsds(HsdsCommand),
    /// Check an embedding site's own file (contacts, programmes and their [texts]) against the
    /// content in DIR, as the widget does in the browser; exit 1 on errors
    Site(SiteArgs),
    /// A table per country of stay and of return, as Markdown (docs/content-status.md is its
    /// output)
    Status(StatusArgs),
    /// The content files the widget reads (content/start.bin, content/results.bin and
    /// texts/<tag>.bin, texts/<tag>.results.bin per other language), written under OUT as
    /// `cargo xtask build` writes them under dist/: to publish a content change without building
    /// the widget
    Build(BuildArgs),
    /// A completion script for a shell, printed (for example `avenir completions bash >
    /// ~/.local/share/bash-completion/completions/avenir`)
    Completions {
        /// The shell
        shell: clap_complete::Shell,
    },
}

/// How a subcommand that reports prints its report on stdout.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Report {
    /// For a person: problems on stderr, rustc-style
    Text,
    /// For a program: one JSON document on stdout
    Json,
}

#[derive(Args)]
pub struct LintArgs {
    /// The assessment directory
    #[arg(default_value = DEFAULT_DIR)]
    pub dir: PathBuf,
    /// Today's date: a `checked` date after it is an error, and pages are old relative to it
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = date)]
    pub today: Option<Date>,
    /// List every source whose page is older than `stale_after_months`, or undated
    #[arg(long)]
    pub stale: bool,
    /// text, short (one line per problem), or JSON: {errors, warnings, not_shown, diagnostics}
    #[arg(long, value_enum, default_value_t = LintFormat::Text)]
    pub format: LintFormat,
}

/// `lint`'s reports: `Report`'s, and rustc's one-line form.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LintFormat {
    /// For a person: problems on stderr, rustc-style
    Text,
    /// One line per problem on stderr: `path:line:column: error[CODE]: message`
    Short,
    /// For a program: one JSON document on stdout
    Json,
}

#[derive(Args)]
pub struct TestArgs {
    /// The assessment directory
    #[arg(default_value = DEFAULT_DIR)]
    pub dir: PathBuf,
    /// List every rule condition and which outcomes (true, false, unknown) the cases gave it
    #[arg(long)]
    pub coverage: bool,
    /// text, or JSON: {passed, failed, cases, coverage, diagnostics}
    #[arg(long, value_enum, default_value_t = Report::Text)]
    pub format: Report,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum GraphFormat {
    Mermaid,
    Html,
}

#[derive(Args)]
pub struct GraphArgs {
    /// The assessment directory
    #[arg(default_value = DEFAULT_DIR)]
    pub dir: PathBuf,
    #[arg(long, value_enum, default_value_t = GraphFormat::Mermaid)]
    pub format: GraphFormat,
    /// Write to FILE instead of stdout
    #[arg(short, value_name = "FILE")]
    pub o: Option<PathBuf>,
}

#[derive(Args)]
pub struct DiffArgs {
    /// The old version's assessment directory
    pub old: PathBuf,
    /// The new version's assessment directory (its test cases are used)
    pub new: PathBuf,
    /// text, or JSON: {cases, complete, profiles, changed, questions, groups}
    #[arg(long, value_enum, default_value_t = Report::Text)]
    pub format: Report,
}

#[derive(Subcommand)]
pub enum HsdsCommand {
    /// The contacts as HSDS 3.0 JSON (a list of services), or as its CSV tables written into
    /// OUTDIR with their datapackage.json; confidential contacts without any location
    Export(ExportArgs),
    /// HSDS services as [[contact]]s to review, from JSON or from CSV tables (a folder of them,
    /// or the files); a contact without a source stays invalid until you add one; exit 1 on
    /// errors
    Import(ImportArgs),
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
    Csv,
}

#[derive(Args)]
pub struct ExportArgs {
    /// The assessment directory
    #[arg(default_value = DEFAULT_DIR)]
    pub dir: PathBuf,
    #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
    pub format: ExportFormat,
    /// JSON: write to FILE instead of stdout; CSV: the folder to write the tables into
    #[arg(short, value_name = "FILE|OUTDIR")]
    pub o: Option<PathBuf>,
}

#[derive(Args)]
pub struct ImportArgs {
    /// One HSDS JSON file, a folder of HSDS CSV tables, or CSV files
    #[arg(required = true, value_name = "FILE.json|DIR|FILE.csv")]
    pub inputs: Vec<String>,
    /// Write the contacts' TOML to FILE instead of stdout
    #[arg(short, value_name = "FILE.toml")]
    pub o: Option<PathBuf>,
    /// text, or JSON: {contacts, errors, warnings, not_shown, diagnostics, toml}
    #[arg(long, value_enum, default_value_t = Report::Text)]
    pub format: Report,
}

#[derive(Args)]
pub struct SiteArgs {
    /// The site's own file
    pub file: String,
    /// The assessment directory
    #[arg(default_value = DEFAULT_DIR)]
    pub dir: PathBuf,
    /// The site's `languages` setting: texts missing in a language are reported only for these
    #[arg(long, value_name = "\"hr en ar\"")]
    pub languages: Option<String>,
    /// text, or JSON: {contacts, programmes, languages, warnings, left_out, problems}
    #[arg(long, value_enum, default_value_t = Report::Text)]
    pub format: Report,
}

#[derive(Args)]
pub struct StatusArgs {
    /// The assessment directory
    #[arg(default_value = DEFAULT_DIR)]
    pub dir: PathBuf,
}

#[derive(Args)]
pub struct BuildArgs {
    /// The assessment directory
    #[arg(default_value = DEFAULT_DIR)]
    pub dir: PathBuf,
    /// The folder to write into (the widget's folder, such as dist/): its content/ and texts/
    /// files are replaced
    #[arg(short, long)]
    pub out: PathBuf,
}

fn date(s: &str) -> Result<Date, String> {
    Date::parse(s).ok_or_else(|| "write the date as YYYY-MM-DD".to_string())
}
