//! `avenir` — the content author's command line. Only parses arguments and prints; the work is
//! done by `avenir-content` (checking, test cases, graph) and `avenir-core` (evaluation).
//!
//! ```text
//! avenir lint  [DIR] [--today YYYY-MM-DD] [--stale] [--format text|json]
//! avenir test  [DIR] [--coverage]
//! avenir graph [DIR] [--format mermaid|html] [-o FILE]
//! avenir diff  OLD NEW
//! avenir hsds export [DIR] [--format json|csv] [-o FILE|OUTDIR]
//! avenir hsds import FILE.json|DIR|FILE.csv… [-o FILE.toml]
//! avenir site  FILE [DIR] [--languages "hr en ar"]
//! avenir status [DIR]
//! ```

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use avenir_content::diag::{Diags, SourceFile};
use avenir_content::diag::{Renderer, escape, escape_text, is_unsafe, shown};
use avenir_content::{Checked, Diagnostic, Severity, cases, check, check_listing_stale, fs, graph, hsds, render_all};
use avenir_core::model::{Assessment, Date};

mod diff;

const USAGE: &str = "usage:
  avenir lint  [DIR] [--today YYYY-MM-DD] [--stale] [--format text|json]
      check an assessment directory; every problem at once (at most 200 shown, the others
      counted; JSON: {errors, warnings, not_shown, diagnostics}) (exit 1 on errors);
      --stale lists every source whose page is older than `stale_after_months` or undated
  avenir test  [DIR] [--coverage]
      run the test cases in DIR/tests/*.toml (exit 1 on a failure); --coverage lists every
      rule condition and which outcomes (true, false, unknown) the cases gave it
  avenir graph [DIR] [--format mermaid|html] [-o FILE]
      the question flow as Mermaid text, or as a self-contained HTML page
  avenir diff  OLD NEW
      what changes for whom between two versions of an assessment: test cases and answer
      profiles whose results change (exit 3 when the profiles could not be compared)
  avenir hsds export [DIR] [--format json|csv] [-o FILE|OUTDIR]
      the contacts as Open Referral HSDS 3.0 JSON (a list of services), or as its CSV tables
      (services.csv, phones.csv…) written into OUTDIR; confidential contacts without any location
  avenir hsds import FILE.json|DIR|FILE.csv… [-o FILE.toml]
      HSDS services as [[contact]]s to review, from JSON or from CSV tables (a folder of them, or
      the files); problems are printed like lint's (exit 1 on errors); a contact without a source
      stays invalid until you add one
  avenir site  FILE [DIR] [--languages \"hr en ar\"]
      check an embedding site's own file (contacts, programmes and their [texts]) against the
      content in DIR, as the widget does in the browser (exit 1 on errors); texts missing in a
      language are reported only for the languages given, as the site's `languages` setting
  avenir status [DIR]
      a table per country of stay and of return, as Markdown: programmes, contacts, source pages,
      the oldest date a page states, and open points (criteria left to a counsellor, undated
      pages, dangerous returns without a protection contact); docs/content-status.md is its output
DIR defaults to assessments/default. Only regular files are read (a symbolic link only to a file
in the folder), at most 4 MB each and 32 MB together, in UTF-8.
exit status: 0 no error; 1 errors in the files checked (lint, site, hsds import: a file that
cannot be read too) or a failing test case; 2 the command cannot run (usage, a missing folder;
test, graph, diff, status and hsds export: content with errors or files that cannot be read);
3 diff could not compare the answer profiles.";

struct Args {
    positional: Vec<String>,
    flags: Vec<(String, Option<String>)>,
}

impl Args {
    fn parse(raw: &[String]) -> Args {
        let mut positional = Vec::new();
        let mut flags = Vec::new();
        let mut it = raw.iter().peekable();
        while let Some(a) = it.next() {
            if a.starts_with('-') {
                let takes_value = matches!(a.as_str(), "--today" | "--format" | "-o" | "--languages");
                flags.push((a.clone(), if takes_value { it.next().cloned() } else { None }));
            } else {
                positional.push(a.clone());
            }
        }
        Args { positional, flags }
    }

    fn flag(&self, name: &str) -> bool {
        self.flags.iter().any(|(f, _)| f == name)
    }

    fn value(&self, name: &str) -> Option<&str> {
        self.flags.iter().find(|(f, _)| f == name).and_then(|(_, v)| v.as_deref())
    }

    fn dir(&self, i: usize) -> PathBuf {
        PathBuf::from(self.positional.get(i).map_or("assessments/default", String::as_str))
    }
}

fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    let Some(command) = raw.first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let args = Args::parse(&raw[1..]);
    let result = match command.as_str() {
        "lint" => lint(&args),
        "test" => test(&args),
        "graph" => graph_cmd(&args),
        "diff" if args.positional.len() == 2 => diff::run(&args.dir(0), &args.dir(1)),
        "hsds" if args.positional.first().is_some_and(|s| s == "export") => hsds_export(&args),
        "hsds" if args.positional.first().is_some_and(|s| s == "import") && args.positional.len() >= 2 => {
            hsds_import(&args)
        }
        "site" if !args.positional.is_empty() => site(&args),
        "status" => status(&args),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
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
fn status(args: &Args) -> Result<ExitCode, String> {
    let a = load_valid(&args.dir(0))?;
    print!("{}", avenir_content::status::render(&a));
    Ok(ExitCode::SUCCESS)
}

/// `avenir site FILE [DIR]`: an embedding site's own file, checked as the widget checks it.
fn site(args: &Args) -> Result<ExitCode, String> {
    let path = &args.positional[0];
    let text = match fs::read_file(Path::new(path)) {
        Ok(file) => file.text,
        Err(e) => return unreadable(e).map(|()| ExitCode::FAILURE),
    };
    let dir = args.dir(1);
    let content = fs::read_dir(&dir).or_else(|e| unreadable(e).and(Err(cannot_read(&dir))))?;
    let (problems, code) = match avenir_content::site::check(&content, path, &text, args.value("--languages")) {
        Ok((site, problems)) => {
            // Parts with errors are left out and the rest is used, as the widget does: the
            // author still has errors to fix.
            let left_out = problems.iter().filter(|p| p.starts_with("error: left out")).count();
            println!(
                "{}: {} contact(s), {} programme(s), texts in {} language(s); {} warning(s){}",
                escape(path),
                site.contacts.len(),
                site.programmes.len(),
                site.texts.len(),
                problems.iter().filter(|w| w.starts_with("warning[")).count(),
                if left_out > 0 {
                    format!("; {left_out} part(s) with errors left out (see below)")
                } else {
                    String::new()
                }
            );
            (problems, if left_out > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
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

fn lint(args: &Args) -> Result<ExitCode, String> {
    let dir = args.dir(0);
    let today = match args.value("--today") {
        Some(s) => Some(Date::parse(s).ok_or(format!("--today {s}: write the date as YYYY-MM-DD"))?),
        None => None,
    };
    // Files that cannot be read are the problems reported, and nothing is checked.
    let (mut all_files, mut diagnostics, assessment) = match fs::read_dir(&dir) {
        Ok(files) => {
            let checked = if args.flag("--stale") { check_listing_stale(&files, today) } else { check(&files, today) };
            (files, checked.diagnostics, checked.assessment)
        }
        Err(fs::ReadError::Files { files, diagnostics }) => (files, diagnostics, None),
        Err(io) => return Err(io.to_string()),
    };
    // Test cases are checked too: an outdated case is a problem of the content.
    if let Some(a) = &assessment {
        let (tests, mut d) = match fs::read_tests(&dir) {
            Ok(tests) => (tests, Diags::default()),
            Err(fs::ReadError::Files { files, diagnostics }) => (files, Diags(diagnostics)),
            Err(io) => return Err(io.to_string()),
        };
        if !d.has_errors() {
            cases::read(&tests, a, &mut d);
        }
        let offset = all_files.len();
        diagnostics.extend(d.0.into_iter().map(|x| Diagnostic { file: x.file + offset, ..x }));
        all_files.extend(tests);
    }
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = diagnostics.len() - errors;
    match args.value("--format").unwrap_or("text") {
        "json" => println!("{}", to_json(&diagnostics, &all_files)),
        "text" => {
            print_all(&diagnostics, &all_files);
            eprintln!("{}: {errors} error(s), {warnings} warning(s)", escape(&dir.display().to_string()));
        }
        other => return Err(format!("--format {other}: use text or json")),
    }
    Ok(if errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// Prints the diagnostics shown (at most `SHOWN_LIMIT`) to stderr, and how many were not.
fn print_all(diagnostics: &[Diagnostic], files: &[SourceFile]) {
    for text in render_all(diagnostics, files) {
        eprintln!("{text}");
    }
}

/// `--format json`: the counts, and the diagnostics shown (at most `SHOWN_LIMIT`, as in text);
/// `not_shown` says how many were left out.
fn to_json(diagnostics: &[Diagnostic], files: &[SourceFile]) -> String {
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
    let report = serde_json::json!({
        "errors": errors,
        "warnings": diagnostics.len() - errors,
        "not_shown": shown.left_out(),
        "diagnostics": items,
    });
    json_text(&report)
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

fn test(args: &Args) -> Result<ExitCode, String> {
    let dir = args.dir(0);
    let a = load_valid(&dir)?;
    let files = fs::read_tests(&dir).or_else(|e| unreadable(e).and(Err(cannot_read(&dir.join("tests")))))?;
    let mut d = Diags::default();
    let all = cases::read(&files, &a, &mut d);
    print_all(&d.0, &files);
    if d.has_errors() {
        return Ok(ExitCode::FAILURE);
    }
    let mut failed = 0;
    for c in &all {
        let (line, col) = files[c.file].line_col(c.span.start);
        let diffs = cases::run(&a, c);
        if diffs.is_empty() {
            println!("ok    {}", escape(&c.name));
        } else {
            failed += 1;
            println!("FAIL  {}  ({}:{line}:{col})", escape(&c.name), escape(&files[c.file].path));
            for diff in diffs {
                println!("        {}", escape(&diff));
            }
        }
    }
    let cov = cases::coverage(&a, &all);
    let (seen, total) = cov.counts();
    if args.flag("--coverage") {
        println!("\ncoverage of rule conditions (✓ some case gave this outcome, · none did, – none can):");
        for (name, s) in &cov.conditions {
            let mark = |seen: cases::Seen| match seen {
                cases::Seen::Yes => "✓",
                cases::Seen::No => "·",
                cases::Seen::Impossible => "–",
            };
            println!("  true {}  false {}  unknown {}   {}", mark(s[0]), mark(s[1]), mark(s[2]), escape(name));
        }
    }
    println!(
        "\n{} passed, {failed} failed\ncoverage: {seen} of {total} condition outcomes ({}%)",
        all.len() - failed,
        (seen * 100).checked_div(total).unwrap_or(100)
    );
    Ok(if failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

fn graph_cmd(args: &Args) -> Result<ExitCode, String> {
    let a = load_valid(&args.dir(0))?;
    let text = match args.value("--format").unwrap_or("mermaid") {
        "mermaid" => graph::mermaid(&a),
        "html" => graph::html(&a),
        other => return Err(format!("--format {other}: use mermaid or html")),
    };
    match args.value("-o") {
        Some(path) => std::fs::write(path, text).map_err(|e| format!("cannot write {path}: {e}"))?,
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}

fn hsds_export(args: &Args) -> Result<ExitCode, String> {
    let dir = args.dir(1);
    let a = load_valid(&dir)?;
    match (args.value("--format").unwrap_or("json"), args.value("-o")) {
        ("json", out) => {
            let json = json_text(&hsds::export(&a.contacts)) + "\n";
            match out {
                Some(path) => {
                    std::fs::write(path, json).map_err(|e| format!("cannot write {path}: {e}"))?;
                    eprintln!("{}: {} contact(s) written to {path}", dir.display(), a.contacts.len());
                }
                None => print!("{json}"),
            }
        }
        ("csv", Some(out)) => {
            std::fs::create_dir_all(out).map_err(|e| format!("cannot create {out}: {e}"))?;
            let tables = hsds::export_csv(&a.contacts);
            for (name, text) in &tables {
                let path = Path::new(out).join(name);
                std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            }
            eprintln!(
                "{}: {} contact(s) written to {out} ({} CSV files)",
                dir.display(),
                a.contacts.len(),
                tables.len()
            );
        }
        ("csv", None) => return Err("--format csv writes one file per table: give the folder with -o OUTDIR".into()),
        (other, _) => return Err(format!("unknown format `{other}`: json or csv")),
    }
    Ok(ExitCode::SUCCESS)
}

/// One HSDS JSON file, a folder of HSDS CSV tables, or CSV files.
fn hsds_import(args: &Args) -> Result<ExitCode, String> {
    let inputs = &args.positional[1..];
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
    print_all(&imported.diagnostics, &files);
    let errors = imported.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = imported.diagnostics.len() - errors;
    match args.value("-o") {
        Some(out) => std::fs::write(out, &imported.toml).map_err(|e| format!("cannot write {out}: {e}"))?,
        None => print!("{}", imported.toml),
    }
    eprintln!("{}: {} contact(s), {errors} error(s), {warnings} warning(s)", escape(&from), imported.contacts);
    Ok(if errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}
