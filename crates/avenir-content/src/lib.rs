//! # avenir-content
//!
//! Turns the authoring files under `assessments/<name>/` (TOML for structure and rules, Fluent
//! for texts) into an [`Assessment`], reporting *every* problem at once with a stable code,
//! file, line, column and a hint (the pipeline of pyxform: parse → build → validate).
//!
//! The checker never panics and never stops at the first problem: each part is checked on its
//! own, and cross-references are checked against whatever parts were readable. It does no I/O
//! except in [`fs`], which the CLI and the web build script use to read a directory; [`memory`]
//! takes the same folder as `(path, text)` pairs (the content studio in the browser).

mod build;
pub mod bundle;
pub mod cases;
pub mod changes;
pub mod diag;
pub mod fs;
mod ftl;
pub mod graph;
#[cfg(feature = "hsds")]
pub mod hsds;
pub mod memory;
mod reader;
pub mod site;
pub mod status;
pub mod testing;

use avenir_core::model::{Assessment, Date};

pub use diag::{Diagnostic, Severity, SourceFile, Style, render, render_all, render_all_styled};

/// What checking produced: the assessment if there was no error, and all diagnostics
/// (errors and warnings) in file and position order.
#[derive(Debug)]
pub struct Checked {
    pub assessment: Option<Assessment>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Error).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Warning).count()
    }
}

/// [`check`], listing every stale source (W0403) instead of one warning for all of them.
pub fn check_listing_stale(files: &[SourceFile], today: Option<Date>) -> Checked {
    checked(files, today, true)
}

/// Checks and builds an assessment from its files (`.toml` and `texts/<lang>.ftl`).
/// `today`, when given, enables the warning for facts checked more than 12 months ago.
pub fn check(files: &[SourceFile], today: Option<Date>) -> Checked {
    checked(files, today, false)
}

fn checked(files: &[SourceFile], today: Option<Date>, list_stale: bool) -> Checked {
    let mut d = diag::Diags::default();
    let assessment = build::build_listing(files, today, list_stale, &mut d);
    let mut diagnostics = d.0;
    diagnostics.sort_by_key(|d| (d.file, d.span.start, d.severity));
    diagnostics.dedup();
    let has_errors = diagnostics.iter().any(|d| d.severity == Severity::Error);
    Checked { assessment: if has_errors { None } else { assessment }, diagnostics }
}

#[cfg(test)]
mod tests;
