//! `avenir` — the content author's command line. Only parses arguments (with clap, in
//! `args.rs`) and prints; the work is done by `avenir-content` (checking, test cases, graph) and
//! `avenir-core` (evaluation). `avenir --help` lists the subcommands, `avenir SUB --help` each
//! one's arguments.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use avenir_content::diag::{Diags, SourceFile};
use avenir_content::diag::{Renderer, escape, escape_text, is_unsafe, shown};
use avenir_content::{Checked, Diagnostic, Severity, Style, cases, check, fs, graph, hsds, memory, render_all_styled};
use avenir_core::model::{Assessment, Date};
use clap::{CommandFactory, Parser};

mod args;
mod diff;

use args::{Cli, Command, ExportFormat, GraphFormat, HsdsCommand, LintFormat, Report};

fn main() -> ExitCode {
    // Usage errors exit with 2, `--help` and `--version` with 0 (clap's own statuses).
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Lint(a) => lint(&a),
        Command::Test(a) => test(&a),
        Command::Graph(a) => graph_cmd(&a),
        Command::Diff(a) => diff::run(&a.old, &a.new, a.format),
        Command::Hsds(HsdsCommand::Export(a)) => hsds_export(&a),
        Command::Hsds(HsdsCommand::Import(a)) => hsds_import(&a),
        Command::Site(a) => site(&a),
        Command::Status(a) => status(&a.dir),
        Command::Build(a) => build(&a.dir, &a.out),
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "avenir", &mut std::io::stdout());
            Ok(ExitCode::SUCCESS)
        }
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {}", escape_text(&message));
            ExitCode::from(2)
        }
    }
}

/// `avenir status [DIR]`: what the content has per country, and how current its sources are.
fn status(dir: &Path) -> Result<ExitCode, String> {
    let a = load_valid(dir)?;
    print!("{}", avenir_content::status::render(&a));
    Ok(ExitCode::SUCCESS)
}

/// `avenir build [DIR] --out OUT`: the widget's content files, as `cargo xtask build` writes
/// them (`avenir_content::bundle`); each file's path is printed.
fn build(dir: &Path, out: &Path) -> Result<ExitCode, String> {
    let a = load_valid(dir)?;
    for (name, bytes) in avenir_content::bundle::files(&a)? {
        let path = out.join(&name);
        let written =
            path.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::write(&path, &bytes));
        written.map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("{}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// `avenir site FILE [DIR]`: an embedding site's own file, checked as the widget checks it.
fn site(args: &args::SiteArgs) -> Result<ExitCode, String> {
    let path = &args.file;
    let text = match fs::read_file(Path::new(path)) {
        Ok(file) => file.text,
        Err(e) => return unreadable(e).map(|()| ExitCode::FAILURE),
    };
    let dir = &args.dir;
    let content = fs::read_dir(dir).or_else(|e| unreadable(e).and(Err(cannot_read(dir))))?;
    let json = args.format == Report::Json;
    let checked = avenir_content::site::check(&content, path, &text, args.languages.as_deref());
    let warnings = |problems: &[String]| problems.iter().filter(|w| w.starts_with("warning[")).count();
    let (problems, code) = match checked {
        Ok((site, problems)) => {
            // Parts with errors are left out and the rest is used, as the widget does: the
            // author still has errors to fix.
            let left_out = problems.iter().filter(|p| p.starts_with("error: left out")).count();
            let code = if left_out > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS };
            if json {
                let report = serde_json::json!({
                    "contacts": site.contacts.len(), "programmes": site.programmes.len(),
                    "languages": site.texts.len(), "warnings": warnings(&problems), "left_out": left_out,
                    "problems": problems,
                });
                println!("{}", json_text(&report));
                return Ok(code);
            }
            println!(
                "{}: {} contact(s), {} programme(s), texts in {} language(s); {} warning(s){}",
                escape(path),
                site.contacts.len(),
                site.programmes.len(),
                site.texts.len(),
                warnings(&problems),
                if left_out > 0 {
                    format!("; {left_out} part(s) with errors left out (see below)")
                } else {
                    String::new()
                }
            );
            (problems, code)
        }
        Err(problems) if json => {
            // Refused as a whole: nothing of the file is used.
            let report = serde_json::json!({ "refused": true, "warnings": warnings(&problems), "problems": problems });
            println!("{}", json_text(&report));
            return Ok(ExitCode::from(1));
        }
        Err(problems) => (problems, ExitCode::from(1)),
    };
    for p in &problems {
        eprintln!("{p}");
    }
    Ok(code)
}

/// Files that cannot be read as content (E0007–E0009): their diagnostics printed, `Ok`; the
/// error for `main` when the folder itself cannot be read.
fn unreadable(e: fs::ReadError) -> Result<(), String> {
    match e {
        fs::ReadError::Files { files, diagnostics } => {
            print_all(&diagnostics, &files);
            Ok(())
        }
        io => Err(io.to_string()),
    }
}

fn cannot_read(dir: &Path) -> String {
    format!("{}: files that cannot be read as content; see above", escape(&dir.display().to_string()))
}

/// Reads and checks an assessment directory. Files that cannot be read are printed, and
/// nothing is checked then.
pub fn load(dir: &Path, today: Option<Date>) -> Result<(Vec<SourceFile>, Checked), String> {
    let files = fs::read_dir(dir).or_else(|e| unreadable(e).and(Err(cannot_read(dir))))?;
    let checked = check(&files, today);
    Ok((files, checked))
}

/// Loads an assessment that must be free of errors, printing them if it is not.
pub fn load_valid(dir: &Path) -> Result<Assessment, String> {
    let (files, checked) = load(dir, None)?;
    match checked.assessment {
        Some(a) => Ok(a),
        None => {
            let errors: Vec<Diagnostic> =
                checked.diagnostics.iter().filter(|d| d.severity == Severity::Error).cloned().collect();
            print_all(&errors, &files);
            Err(format!("{} has {} error(s); see `avenir lint`", dir.display(), checked.errors()))
        }
    }
}

fn lint(args: &args::LintArgs) -> Result<ExitCode, String> {
    let dir = &args.dir;
    let today: Option<Date> = args.today;
    // Files that cannot be read are the problems reported, and nothing is checked.
    let content = match fs::read_dir(dir) {
        Ok(files) => files,
        Err(fs::ReadError::Files { files, diagnostics }) => {
            return Ok(lint_report(args, &diagnostics, &files));
        }
        Err(io) => return Err(io.to_string()),
    };
    let (tests, unreadable) = match fs::read_tests(dir) {
        Ok(tests) => (tests, Vec::new()),
        Err(fs::ReadError::Files { files, diagnostics }) => (files, diagnostics),
        Err(io) => return Err(io.to_string()),
    };
    let linted = memory::lint(content, tests, unreadable, today, args.stale);
    Ok(lint_report(args, &linted.diagnostics, &linted.files))
}

/// Prints `avenir lint`'s diagnostics in the format asked for; exit status 1 with an error.
fn lint_report(args: &args::LintArgs, diagnostics: &[Diagnostic], all_files: &[SourceFile]) -> ExitCode {
    let dir = &args.dir;
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = diagnostics.len() - errors;
    match args.format {
        LintFormat::Json => println!("{}", json_text(&diagnostics_json(diagnostics, all_files))),
        LintFormat::Text | LintFormat::Short => {
            print_styled(diagnostics, all_files, args.format == LintFormat::Short);
            eprintln!("{}: {errors} error(s), {warnings} warning(s)", escape(&dir.display().to_string()));
        }
    }
    if errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

/// Prints the diagnostics shown (at most `SHOWN_LIMIT`) to stderr, and how many were not.
fn print_all(diagnostics: &[Diagnostic], files: &[SourceFile]) {
    print_styled(diagnostics, files, false);
}

/// As `print_all`, in rustc's one-line form when `short`; in colour when stderr is a terminal
/// and `NO_COLOR` is not set (or `CLICOLOR_FORCE` is: <https://no-color.org>, <https://bixense.com/clicolors/>).
fn print_styled(diagnostics: &[Diagnostic], files: &[SourceFile], short: bool) {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
    let color = !set("NO_COLOR") && (set("CLICOLOR_FORCE") || std::io::stderr().is_terminal());
    for text in render_all_styled(diagnostics, files, Style { color, short }) {
        eprintln!("{text}");
    }
}

/// `--format json`: the counts, and the diagnostics shown (at most `SHOWN_LIMIT`, as in text);
/// `not_shown` says how many were left out. An object, for the report to add to.
fn diagnostics_json(diagnostics: &[Diagnostic], files: &[SourceFile]) -> serde_json::Value {
    let shown = shown(diagnostics);
    let r = Renderer::new(files);
    let items: Vec<serde_json::Value> = shown
        .diagnostics
        .iter()
        .map(|d| {
            let (line, column) = r.line_col(d.file, d.span.start);
            let (end_line, end_column) = r.line_col(d.file, d.span.end);
            serde_json::json!({
                "code": d.code,
                "severity": match d.severity { Severity::Error => "error", Severity::Warning => "warning" },
                "file": files[d.file].path, "line": line, "column": column, "end_line": end_line, "end_column": end_column,
                "message": d.message, "hint": d.hint,
            })
        })
        .collect();
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    serde_json::json!({
        "errors": errors,
        "warnings": diagnostics.len() - errors,
        "not_shown": shown.left_out(),
        "diagnostics": items,
    })
}

/// Pretty JSON in which every character that could act on a terminal or hide text is written
/// as a `\uXXXX` escape: serde_json escapes the C0 controls only, and DEL, the C1 controls
/// and the bidirectional overrides could come from an imported file. The same JSON value.
fn json_text(value: &serde_json::Value) -> String {
    let text = serde_json::to_string_pretty(value).unwrap_or_else(|_| "null".into());
    if !text.chars().any(is_unsafe) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        // Only inside strings: JSON has no other place for such a character.
        if is_unsafe(c) && c != '\n' {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

fn test(args: &args::TestArgs) -> Result<ExitCode, String> {
    let dir = &args.dir;
    let a = load_valid(dir)?;
    let files = fs::read_tests(dir).or_else(|e| unreadable(e).and(Err(cannot_read(&dir.join("tests")))))?;
    let mut d = Diags::default();
    let all = cases::read(&files, &a, &mut d);
    let json = args.format == Report::Json;
    if d.has_errors() {
        if json {
            println!("{}", json_text(&diagnostics_json(&d.0, &files)));
        } else {
            print_all(&d.0, &files);
        }
        return Ok(ExitCode::FAILURE);
    }
    if !json {
        print_all(&d.0, &files);
        let (text, failed) = cases::report(&a, &files, &all, args.coverage);
        print!("{text}");
        return Ok(if failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS });
    }
    let results: Vec<(&cases::Case, Vec<String>)> = all.iter().map(|c| (c, cases::run(&a, c))).collect();
    let failed = results.iter().filter(|(_, diffs)| !diffs.is_empty()).count();
    let cov = cases::coverage(&a, &all);
    let (seen, total) = cov.counts();
    let percent = (seen * 100).checked_div(total).unwrap_or(100);
    let code = if failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS };
    {
        let outcome = |seen: cases::Seen| match seen {
            cases::Seen::Yes => "seen",
            cases::Seen::No => "not-seen",
            cases::Seen::Impossible => "impossible",
        };
        let cases: Vec<serde_json::Value> = results
            .iter()
            .map(|(c, diffs)| {
                let (line, column) = files[c.file].line_col(c.span.start);
                serde_json::json!({ "name": c.name, "file": files[c.file].path, "line": line, "column": column,
                    "ok": diffs.is_empty(), "differences": diffs })
            })
            .collect();
        let conditions: Vec<serde_json::Value> = cov
            .conditions
            .iter()
            .map(|(name, s)| {
                serde_json::json!({ "condition": name, "true": outcome(s[0]), "false": outcome(s[1]), "unknown": outcome(s[2]) })
            })
            .collect();
        let report = serde_json::json!({
            "passed": all.len() - failed, "failed": failed, "cases": cases,
            "coverage": { "seen": seen, "total": total, "percent": percent, "conditions": conditions },
            "diagnostics": diagnostics_json(&d.0, &files)["diagnostics"],
        });
        println!("{}", json_text(&report));
        Ok(code)
    }
}

fn graph_cmd(args: &args::GraphArgs) -> Result<ExitCode, String> {
    let a = load_valid(&args.dir)?;
    let text = match args.format {
        GraphFormat::Mermaid => graph::mermaid(&a),
        GraphFormat::Html => graph::html(&a),
    };
    match &args.o {
        Some(path) => std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?,
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}

fn hsds_export(args: &args::ExportArgs) -> Result<ExitCode, String> {
    let dir = &args.dir;
    let a = load_valid(dir)?;
    match (args.format, &args.o) {
        (ExportFormat::Json, out) => {
            let json = json_text(&hsds::export(&a.contacts)) + "\n";
            match out {
                Some(path) => {
                    std::fs::write(path, json).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                    eprintln!("{}: {} contact(s) written to {}", dir.display(), a.contacts.len(), path.display());
                }
                None => print!("{json}"),
            }
        }
        (ExportFormat::Csv, Some(out)) => {
            std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
            let tables = hsds::export_csv(&a.contacts);
            for (name, text) in &tables {
                let path = out.join(name);
                std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            }
            eprintln!(
                "{}: {} contact(s) written to {} ({} files)",
                dir.display(),
                a.contacts.len(),
                out.display(),
                tables.len()
            );
        }
        (ExportFormat::Csv, None) => {
            return Err("--format csv writes one file per table: give the folder with -o OUTDIR".into());
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// One HSDS JSON file, a folder of HSDS CSV tables, or CSV files.
fn hsds_import(args: &args::ImportArgs) -> Result<ExitCode, String> {
    let inputs = &args.inputs[..];
    let is_csv = |p: &String| Path::new(p).extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    // Files that cannot be read are printed, and the import fails (exit 1).
    let failed = |e| unreadable(e).map(|()| ExitCode::FAILURE);
    let (from, files, imported) = match inputs {
        [dir] if Path::new(dir).is_dir() => {
            let files = match fs::read_csv(Path::new(dir)) {
                Ok(files) => files,
                Err(e) => return failed(e),
            };
            if files.is_empty() {
                return Err(format!("{} has no .csv files: give a folder of HSDS CSV tables", escape(dir)));
            }
            let imported = hsds::import_csv(&files, dir);
            (dir.clone(), files, imported)
        }
        [path] if !is_csv(path) => {
            let text = match fs::read_file(Path::new(path)) {
                Ok(file) => file.text,
                Err(e) => return failed(e),
            };
            let imported = hsds::import(&text, path);
            (path.clone(), vec![SourceFile { path: path.clone(), text }], imported)
        }
        paths if paths.iter().all(is_csv) => {
            let read: Vec<&Path> = paths.iter().map(Path::new).collect();
            let files: Vec<SourceFile> = match fs::read_files(&read) {
                Ok(files) => files.into_iter().zip(paths).map(|(f, p)| SourceFile { path: p.clone(), ..f }).collect(),
                Err(e) => return failed(e),
            };
            let from = paths.join(", ");
            let imported = hsds::import_csv(&files, &from);
            (from, files, imported)
        }
        _ => return Err("give one HSDS JSON file, a folder of HSDS CSV tables, or the CSV files".into()),
    };
    let errors = imported.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = imported.diagnostics.len() - errors;
    let code = if errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS };
    if let Some(out) = &args.o {
        std::fs::write(out, &imported.toml).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    }
    if args.format == Report::Json {
        let mut report = diagnostics_json(&imported.diagnostics, &files);
        report["contacts"] = imported.contacts.into();
        if args.o.is_none() {
            report["toml"] = imported.toml.into();
        }
        println!("{}", json_text(&report));
        return Ok(code);
    }
    print_all(&imported.diagnostics, &files);
    if args.o.is_none() {
        print!("{}", imported.toml);
    }
    eprintln!("{}: {} contact(s), {errors} error(s), {warnings} warning(s)", escape(&from), imported.contacts);
    Ok(code)
}
