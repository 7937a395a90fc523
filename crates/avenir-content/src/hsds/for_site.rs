//! An embedding site's own contacts given in HSDS (`<avenir-assessment contacts="…/services.json">`
//! or `…/datapackage.json` with CSV tables; docs/embedding.md): the same import as
//! `avenir hsds import`, for the browser (crate `avenir-config`). It gives the contacts in the
//! content format, which the caller then checks with [`crate::site::check`] (the checker of
//! `avenir lint`), and every problem rendered as `avenir lint` prints it, placed in the site's
//! own files (their addresses, line and column).
//!
//! Unlike the CLI, whose TOML an author reviews and completes, nothing here is completed by
//! hand: any error of the import (a refused value, a contact without a source) means no
//! contacts at all, and the widget shows its own. A missing `x_avenir_sources` is an error
//! (E0401) with a hint saying what to add to the HSDS file: a source is never invented.

use crate::diag::{Diagnostic, Severity, SourceFile, render_all};

use super::{import, import_csv};

/// One of the site's HSDS files.
#[derive(Clone, Debug)]
pub struct SiteFile {
    /// Shown in the messages: the file's address.
    pub name: String,
    /// The HSDS table a CSV file holds, as the import names it (`services.csv`, `phones.csv`…;
    /// see `avenir hsds import`); empty for a JSON file.
    pub table: String,
    pub text: String,
}

/// What a site's HSDS gave.
#[derive(Debug)]
pub struct ForSite {
    /// The contacts in the content format (`[[contact]]` tables), to be checked with
    /// [`crate::site::check`]; `None` when the import found an error or no service.
    pub toml: Option<String>,
    /// Every problem (errors and warnings), rendered as `avenir lint` prints it.
    pub problems: Vec<String>,
}

/// The site's HSDS files → contacts in the content format: one JSON file (`table` empty), or the
/// CSV tables of HSDS's tabular form, each named by its `table`.
pub fn for_site(files: &[SiteFile]) -> ForSite {
    let csv = !files.is_empty() && files.iter().all(|f| f.table.to_ascii_lowercase().ends_with(".csv"));
    let from = files.iter().map(|f| f.name.as_str()).collect::<Vec<_>>().join(", ");
    let shown: Vec<SourceFile> =
        files.iter().map(|f| SourceFile { path: f.name.clone(), text: f.text.clone() }).collect();
    let imported = match files {
        [] => return failed(vec!["no HSDS file was given".into()]),
        [json] if !csv => import(&json.text, &json.name),
        _ if csv => {
            let tables: Vec<SourceFile> =
                files.iter().map(|f| SourceFile { path: f.table.clone(), text: f.text.clone() }).collect();
            import_csv(&tables, &from)
        }
        _ => {
            return failed(vec![format!(
                "{from}: give one HSDS JSON file, or the CSV tables of a datapackage.json, not both"
            )]);
        }
    };
    let for_the_site: Vec<Diagnostic> = imported.diagnostics.iter().map(|d| for_the_site(d, csv)).collect();
    let problems = render_all(&for_the_site, &shown);
    let errors = imported.diagnostics.iter().any(|d| d.severity == Severity::Error || d.code == "W0605");
    if errors {
        return failed(problems);
    }
    if imported.contacts == 0 {
        let what = if csv { "no service in `services.csv`" } else { "no HSDS service in it" };
        let mut problems = problems;
        problems.push(format!("{from}: {what}"));
        return failed(problems);
    }
    ForSite { toml: Some(imported.toml), problems }
}

fn failed(problems: Vec<String>) -> ForSite {
    ForSite { toml: None, problems }
}

/// A diagnostic of the import as a site's author needs it: the missing source (a warning for the
/// CLI, whose author fills in the TOML) is an error here, with what to add to the HSDS file.
fn for_the_site(d: &Diagnostic, csv: bool) -> Diagnostic {
    if d.code != "W0605" {
        return d.clone();
    }
    let hint = if csv {
        "add a row for this service to `x_avenir_sources.csv` (a table of the datapackage, columns \
         `service_id,url,checked`): the page where its details are published and the day you read it, \
         such as `…,https://example.org/contact,2026-11-23`. The widget shows no contact without a \
         source, and never invents one"
    } else {
        "add to this service `\"x_avenir_sources\": [{ \"url\": \"https://…\", \"checked\": \"2026-11-23\" }]`: \
         the page where its details are published and the day you read it. The widget shows no \
         contact without a source, and never invents one"
    };
    Diagnostic {
        code: "E0401",
        severity: Severity::Error,
        message: match d.message.split_once(" has no source") {
            Some((who, _)) => format!("{who} has no source: the site's contacts are not used until it has one"),
            None => d.message.clone(),
        },
        hint: Some(hint.into()),
        ..d.clone()
    }
}
