//! `avenir diff OLD NEW`: prints what changes for whom (see `avenir_content::changes`).

use std::path::Path;
use std::process::ExitCode;

use avenir_content::changes::{self, diff};
use avenir_content::diag::Diags;
use avenir_content::{cases, fs};

use crate::args::Report;

/// The exit status when the answer profiles could not all be compared.
pub const NOT_COMPARED: u8 = 3;

pub fn run(old_dir: &Path, new_dir: &Path, format: Report) -> Result<ExitCode, String> {
    let old = crate::load_valid(old_dir)?;
    let new = crate::load_valid(new_dir)?;
    // The new version's test cases (they describe what the author now expects).
    let files = fs::read_tests(new_dir)
        .or_else(|e| crate::unreadable(e).and(Err(crate::cannot_read(&new_dir.join("tests")))))?;
    let mut d = Diags::default();
    let all = cases::read(&files, &new, &mut d);
    crate::print_all(&d.0, &files);
    let report = diff(&old, &new, &all);
    if format == Report::Json {
        return Ok(json(&report, all.len()));
    }

    print!("{}", changes::render(&report, all.len()));
    if !report.complete {
        // Not a comparison: a script must not take it for "nothing changes" (exit 0).
        return Ok(ExitCode::from(NOT_COMPARED));
    }
    Ok(ExitCode::SUCCESS)
}

/// `--format json`: the same report, with the status the text gives.
fn json(report: &avenir_content::changes::Report, cases: usize) -> ExitCode {
    let changed: usize = report.groups.iter().map(|g| g.profiles).sum();
    let groups: Vec<serde_json::Value> = report
        .groups
        .iter()
        .map(|g| {
            let example: serde_json::Map<String, serde_json::Value> =
                g.example.iter().map(|(q, a)| (q.clone(), a.clone().into())).collect();
            serde_json::json!({ "profiles": g.profiles, "changes": g.changes, "example": example })
        })
        .collect();
    let value = serde_json::json!({
        "cases_compared": cases,
        "cases": report.cases.iter().map(|(name, changes)| serde_json::json!({ "name": name, "changes": changes })).collect::<Vec<_>>(),
        "complete": report.complete,
        "profiles": report.profiles,
        "changed": changed,
        "questions": report.questions,
        "groups": groups,
    });
    println!("{}", crate::json_text(&value));
    if report.complete { ExitCode::SUCCESS } else { ExitCode::from(NOT_COMPARED) }
}
