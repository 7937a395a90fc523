//! Golden tests: one directory per diagnostic code under `tests/diagnostics/`, named
//! `<CODE>-<what>`. Its files are added to the default content (a file with the name of a
//! default file replaces it), everything is checked with `--today 2026-12-06`, and the rendered
//! diagnostics must equal `expected.txt` (code, file:line:column, underline, hint).
//! `UPDATE_EXPECT=1 cargo test -p avenir-content --test diagnostics` rewrites the files.
//!
//! A tidy check: every code in `docs/errors.md` has a directory here, and every directory's
//! code is produced by its files. A directory with an `hsds.json` (the E06xx codes) is an
//! Open Referral HSDS file given to `avenir hsds import` instead, and one with `.csv` files
//! holds HSDS CSV tables, imported together.

use std::path::{Path, PathBuf};

use avenir_content::diag::SourceFile;
use avenir_content::{Diagnostic, check, fs, render, render_all};
use avenir_core::model::Date;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A case's files, read as the CLI reads them (`fs::read_file`: regular files only, at most
/// 4 MB, in UTF-8, a byte order mark dropped), with their paths in the case; or, when some
/// cannot be read, those problems rendered (the CLI checks nothing then). The case is read
/// from a copy in which each `NAME.make` file is replaced by the file NAME it describes, for
/// what is not committed to the repository: `symlink TARGET` (a symbolic link), or
/// `repeat COUNT LINE` (a file of LINE written COUNT times).
fn case_files(case: &Path) -> Result<Vec<(String, String)>, String> {
    let copy = std::env::temp_dir().join(format!(
        "avenir-golden-{}-{}",
        case.file_name().unwrap().to_string_lossy(),
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&copy);
    make(case, &copy);
    let mut paths = Vec::new();
    walk(&copy, Path::new(""), &mut paths);
    paths.sort();
    let mut files = Vec::new();
    let mut unreadable = Vec::new();
    let mut problems = Vec::new();
    for rel in paths {
        match fs::read_file(&copy.join(&rel)) {
            Ok(f) => files.push((rel.display().to_string(), f.text)),
            Err(fs::ReadError::Files { files: bad, diagnostics }) => {
                let offset = unreadable.len();
                problems.extend(diagnostics.into_iter().map(|d| Diagnostic { file: d.file + offset, ..d }));
                let shown = format!("case/{}", rel.display());
                let real = copy.join(&rel).display().to_string();
                unreadable.extend(bad.into_iter().map(|f| SourceFile { path: shown.clone(), ..f }));
                for d in &mut problems[offset..] {
                    d.message = d.message.replace(&real, &shown);
                }
            }
            Err(e) => panic!("{e}"),
        }
    }
    let _ = std::fs::remove_dir_all(&copy);
    if problems.is_empty() { Ok(files) } else { Err(render_all(&problems, &unreadable).join("\n")) }
}

/// Copies a case, making the files its `.make` files describe.
fn make(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let p = entry.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if p.is_dir() {
            make(&p, &to.join(&name));
        } else if let Some(made) = name.strip_suffix(".make") {
            let recipe = std::fs::read_to_string(&p).unwrap();
            let (how, what) = recipe.trim_end().split_once(' ').unwrap();
            match how {
                #[cfg(unix)]
                "symlink" => std::os::unix::fs::symlink(what, to.join(made)).unwrap(),
                "repeat" => {
                    let (count, line) = what.split_once(' ').unwrap();
                    std::fs::write(to.join(made), format!("{line}\n").repeat(count.parse().unwrap())).unwrap();
                }
                other => panic!("{}: unknown recipe `{other}`", p.display()),
            }
        } else if name != "expected.txt" {
            std::fs::copy(&p, to.join(&name)).unwrap();
        }
    }
}

/// Every file (or link) under `dir`, relative to it; links are not followed into folders.
fn walk(dir: &Path, prefix: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let rel = prefix.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            walk(&entry.path(), &rel, out);
        } else {
            out.push(rel);
        }
    }
}

fn run(case: &Path) -> String {
    // HSDS import codes (E06xx): the case is one `hsds.json`, imported on its own.
    #[cfg(feature = "hsds")]
    if let Ok(text) = std::fs::read_to_string(case.join("hsds.json")) {
        let path = "case/hsds.json";
        let imported = avenir_content::hsds::import(&text, path);
        let files = [SourceFile { path: path.into(), text }];
        return imported.diagnostics.iter().map(|d| render(d, &files)).collect::<Vec<_>>().join("\n");
    }
    // HSDS CSV: the case's `.csv` files are the tables, imported on their own.
    #[cfg(feature = "hsds")]
    if let Ok(tables) = fs::read_csv(case).map(|t| t.into_iter().map(|f| (file_name(&f.path), f.text))) {
        let files: Vec<SourceFile> =
            tables.map(|(name, text)| SourceFile { path: format!("case/{name}"), text }).collect();
        if !files.is_empty() {
            let imported = avenir_content::hsds::import_csv(&files, "case");
            return imported.diagnostics.iter().map(|d| render(d, &files)).collect::<Vec<_>>().join("\n");
        }
    }
    let base_dir = root().join("../../assessments/default");
    // The base is the default content in its default language only, so that adding a language
    // to the content does not change every expected output.
    let mut files: Vec<SourceFile> = fs::read_dir(&base_dir)
        .unwrap()
        .into_iter()
        .map(|f| SourceFile { path: f.path.replace(&base_dir.display().to_string(), "default"), ..f })
        .filter(|f| !f.path.starts_with("default/texts/") || f.path == "default/texts/en.ftl")
        .map(|f| SourceFile { text: avenir_content::testing::only_english(&f.text), ..f })
        .collect();
    let case_files = match case_files(case) {
        Ok(files) => files,
        Err(problems) => return problems,
    };
    for (rel, text) in case_files {
        let replaced = files.iter_mut().find(|f| f.path == format!("default/{rel}"));
        match replaced {
            Some(f) => *f = SourceFile { path: format!("case/{rel}"), text },
            None => files.push(SourceFile { path: format!("case/{rel}"), text }),
        }
    }
    let checked = check(&files, Date::parse("2026-12-07"));
    checked.diagnostics.iter().map(|d| render(d, &files)).collect::<Vec<_>>().join("\n")
}

fn file_name(path: &str) -> String {
    Path::new(path).file_name().unwrap().to_string_lossy().into_owned()
}

#[test]
fn every_code_renders_as_expected() {
    let dir = root().join("tests/diagnostics");
    let mut cases: Vec<PathBuf> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    cases.sort();
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().to_string();
        let code = name.split('-').next().unwrap();
        let got = run(case);
        assert!(got.contains(&format!("[{code}]: ")), "{name}: its files do not produce {code}:\n{got}");
        let expected_path = case.join("expected.txt");
        if update {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if want != got {
            failures.push(format!("--- {name}: expected\n{want}\n--- got\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{}\n(run with UPDATE_EXPECT=1 to accept)", failures.join("\n"));
}

#[test]
fn every_documented_code_has_a_case() {
    let catalogue = std::fs::read_to_string(root().join("../../docs/errors.md")).unwrap();
    let documented: Vec<&str> = catalogue
        .lines()
        .filter_map(|l| l.strip_prefix("| ")?.split(' ').next())
        .filter(|c| {
            c.len() == 5 && (c.starts_with('E') || c.starts_with('W')) && c[1..].chars().all(|d| d.is_ascii_digit())
        })
        .collect();
    let cases: Vec<String> = std::fs::read_dir(root().join("tests/diagnostics"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().split('-').next().unwrap().to_string())
        .collect();
    // Test-case file codes (E05xx) are covered by tests/cases.rs with line and column.
    let missing: Vec<&&str> =
        documented.iter().filter(|c| !c.starts_with("E05") && !cases.iter().any(|k| k == *c)).collect();
    assert!(missing.is_empty(), "codes in docs/errors.md without a golden case: {missing:?}");
    assert!(documented.len() >= 30, "docs/errors.md lists only {} codes", documented.len());
}
