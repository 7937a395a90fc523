//! `avenir` — the content author's command line. Only parses arguments and prints; the work is
//! done by `avenir-content`.
//!
//! ```text
//! avenir lint [DIR]     check an assessment directory (default: assessments/default)
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use avenir_content::{check, fs, render};
use avenir_core::model::Date;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("lint") => lint(
            args.get(1).map_or("assessments/default", String::as_str),
            args.iter().any(|a| a == "--today").then(|| today_arg(&args)).flatten(),
        ),
        _ => {
            eprintln!(
                "usage: avenir lint [DIR] [--today YYYY-MM-DD]\n\n  lint   check an assessment directory and report every problem (exit 1 on errors)"
            );
            ExitCode::from(2)
        }
    }
}

fn today_arg(args: &[String]) -> Option<Date> {
    let i = args.iter().position(|a| a == "--today")?;
    args.get(i + 1).and_then(|s| Date::parse(s))
}

fn lint(dir: &str, today: Option<Date>) -> ExitCode {
    let files = match fs::read_dir(&PathBuf::from(dir)) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: cannot read {dir}: {e}");
            return ExitCode::from(2);
        }
    };
    let checked = check(&files, today);
    for d in &checked.diagnostics {
        eprintln!("{}", render(d, &files));
    }
    eprintln!("{dir}: {} error(s), {} warning(s)", checked.errors(), checked.warnings());
    if checked.errors() > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
