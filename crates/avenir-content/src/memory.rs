//! An assessment folder given in memory, as `(path, text)` pairs relative to the folder: the
//! twin of [`fs`](crate::fs) for a caller that has no file system, such as the content studio in
//! the browser (`crates/avenir-studio`), which receives the author's files from the page.
//!
//! The files are chosen and ordered as [`fs::read_dir`](crate::fs::read_dir) and
//! [`fs::read_tests`](crate::fs::read_tests) choose and order them (every `.toml` at the top,
//! every `.ftl` under `texts/`, the names of the recordings under `audio/<lang>/`, every `.toml`
//! under `tests/`; by path, component by component), so that the same folder gives the same
//! diagnostics and the same bundle either way. The limits of `fs` hold too (E0009). Checking is
//! [`lint`], the one function behind `avenir lint` and the studio.

use std::path::Path;

use avenir_core::model::{Assessment, Date};

use crate::diag::{Diagnostic, Diags, Severity, SourceFile};
use crate::fs::{AUDIO, MAX_FILE_BYTES, MAX_FILES, MAX_TOTAL_BYTES};

/// A folder's files, as `fs` reads them.
#[derive(Clone, Debug, Default)]
pub struct Folder {
    /// The content: what [`crate::check`] reads.
    pub content: Vec<SourceFile>,
    /// The test cases, `tests/*.toml`.
    pub tests: Vec<SourceFile>,
    /// Files too large or too many (E0009), each placed in a file of [`Folder::refused`].
    pub problems: Vec<Diagnostic>,
    pub refused: Vec<SourceFile>,
}

/// The place of a file in the folder, or `None` for a file that is not content (a README,
/// a picture): `Some(false)` content, `Some(true)` a test case file.
fn place(path: &str) -> Option<bool> {
    let parts: Vec<&str> = path.split('/').collect();
    let ext = |name: &str, e: &str| Path::new(name).extension().is_some_and(|x| x == e);
    match parts[..] {
        [name] if ext(name, "toml") => Some(false),
        ["texts", name] if ext(name, "ftl") => Some(false),
        [AUDIO, _, name] if !name.is_empty() => Some(false),
        ["tests", name] if ext(name, "toml") => Some(true),
        _ => None,
    }
}

impl Folder {
    /// The folder's files, by their paths relative to it (`contacts.toml`, `texts/ar.ftl`,
    /// `tests/cases.toml`; `\` is read as `/`, and a leading `./` is dropped). Other files are
    /// left out, as `fs` leaves them; a recording keeps its name only.
    pub fn from_files(files: impl IntoIterator<Item = (String, String)>) -> Folder {
        let mut named: Vec<(String, String)> = files
            .into_iter()
            .map(|(p, t)| {
                let p = p.replace('\\', "/");
                (p.strip_prefix("./").map(str::to_string).unwrap_or(p), t)
            })
            .filter(|(p, _)| place(p).is_some())
            .collect();
        named.sort_by(|a, b| Path::new(&a.0).cmp(Path::new(&b.0)));
        named.dedup_by(|a, b| a.0 == b.0);
        let mut folder = Folder::default();
        let mut total = 0u64;
        for (i, (path, mut text)) in named.into_iter().enumerate() {
            if path.starts_with(AUDIO) {
                text.clear();
            }
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            let size = text.len() as u64;
            let refused = if i >= MAX_FILES {
                Some(format!("more than {MAX_FILES} files; `{path}` is not read"))
            } else if size > MAX_FILE_BYTES {
                Some(format!("`{path}` has more than {} MB; a content file has at most that", MAX_FILE_BYTES >> 20))
            } else if total + size > MAX_TOTAL_BYTES {
                Some(format!("with `{path}`, the files have more than {} MB together", MAX_TOTAL_BYTES >> 20))
            } else {
                None
            };
            if let Some(message) = refused {
                folder.problems.push(Diagnostic {
                    code: "E0009",
                    severity: Severity::Error,
                    file: folder.refused.len(),
                    span: 0..0,
                    message,
                    hint: Some("an assessment's files have a few megabytes at most: remove what is not content".into()),
                });
                folder.refused.push(SourceFile { path, text: String::new() });
                continue;
            }
            total += size;
            let file = SourceFile { path: path.clone(), text };
            if place(&path) == Some(true) { folder.tests.push(file) } else { folder.content.push(file) }
        }
        folder
    }
}

/// What `avenir lint` reports: every diagnostic, of the content then of its test cases (read
/// only when the content has no error), each indexing `files` (the content's files, then the
/// test files), and the assessment when the content has no error.
#[derive(Debug)]
pub struct Linted {
    pub files: Vec<SourceFile>,
    pub diagnostics: Vec<Diagnostic>,
    pub assessment: Option<Assessment>,
}

impl Linted {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Error).count()
    }
}

/// Checks the content and its test cases, as `avenir lint` does: `tests_unreadable` are the
/// problems of test files that could not be read (then the cases are not read). `list_stale`
/// lists every stale source (`--stale`).
pub fn lint(
    content: Vec<SourceFile>,
    tests: Vec<SourceFile>,
    tests_unreadable: Vec<Diagnostic>,
    today: Option<Date>,
    list_stale: bool,
) -> Linted {
    let checked = crate::checked(&content, today, list_stale);
    let (mut files, mut diagnostics) = (content, checked.diagnostics);
    // Test cases are checked too: an outdated case is a problem of the content.
    if let Some(a) = &checked.assessment {
        let mut d = Diags(tests_unreadable);
        if !d.has_errors() {
            crate::cases::read(&tests, a, &mut d);
        }
        let offset = files.len();
        diagnostics.extend(d.0.into_iter().map(|x| Diagnostic { file: x.file + offset, ..x }));
        files.extend(tests);
    }
    Linted { files, diagnostics, assessment: checked.assessment }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn default_folder() -> (std::path::PathBuf, Folder) {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assessments/default");
        let prefix = format!("{}/", dir.display());
        let relative = |files: Vec<SourceFile>| -> Vec<(String, String)> {
            files.into_iter().map(|f| (f.path.strip_prefix(&prefix).unwrap_or(&f.path).to_string(), f.text)).collect()
        };
        let mut all = relative(crate::fs::read_dir(&dir).unwrap());
        all.extend(relative(crate::fs::read_tests(&dir).unwrap()));
        // What is not content is left out, as `fs` leaves it out.
        all.push(("README.md".into(), "# notes".into()));
        all.push(("texts/notes.txt".into(), "x".into()));
        all.reverse();
        (dir, Folder::from_files(all))
    }

    #[test]
    fn a_folder_in_memory_is_read_and_checked_as_on_disk() {
        let (dir, folder) = default_folder();
        let on_disk = crate::fs::read_dir(&dir).unwrap();
        let names = |files: &[SourceFile]| {
            files.iter().map(|f| f.path.rsplit("default/").next().unwrap().to_string()).collect::<Vec<_>>()
        };
        assert_eq!(names(&folder.content), names(&on_disk));
        assert_eq!(folder.tests.len(), crate::fs::read_tests(&dir).unwrap().len());
        assert!(folder.problems.is_empty());
        let today = Date::parse("2026-12-07");
        let disk = crate::check(&on_disk, today);
        let linted = lint(folder.content.clone(), folder.tests.clone(), Vec::new(), today, false);
        let codes = |d: &[Diagnostic]| d.iter().map(|d| (d.code, d.file, d.span.clone())).collect::<Vec<_>>();
        assert_eq!(codes(&linted.diagnostics), codes(&disk.diagnostics));
        assert_eq!(linted.assessment, disk.assessment);
        assert!(linted.assessment.is_some());
    }

    #[test]
    fn an_error_in_a_test_case_is_placed_in_its_file() {
        let (_, mut folder) = default_folder();
        let cases = folder.tests.iter_mut().find(|f| f.path == "tests/cases.toml").unwrap();
        cases.text.push_str("\n[[case]]\nname = \"x\"\nanswers = { no_such_question = \"a\" }\n");
        let linted = lint(folder.content, folder.tests, Vec::new(), None, false);
        let d = linted.diagnostics.iter().find(|d| d.severity == Severity::Error).expect("an error");
        assert_eq!(linted.files[d.file].path, "tests/cases.toml");
    }

    #[test]
    fn files_too_large_are_refused() {
        let big = "#".repeat(MAX_FILE_BYTES as usize + 1);
        let folder = Folder::from_files([("a.toml".to_string(), big), ("b.toml".to_string(), String::new())]);
        assert_eq!(folder.problems.len(), 1);
        assert_eq!(folder.problems[0].code, "E0009");
        assert_eq!(folder.refused[0].path, "a.toml");
        assert_eq!(folder.content.len(), 1);
    }
}
