use std::path::{Path, PathBuf};

use avenir_content::memory::Folder;
use avenir_content::{Severity, bundle, fs};

use super::*;

fn default_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assessments/default")
}

/// The default content as the studio receives it: paths relative to the folder.
fn default_files() -> Vec<(String, String)> {
    let dir = default_dir();
    let prefix = format!("{}/", dir.display());
    let mut files = fs::read_dir(&dir).unwrap();
    files.extend(fs::read_tests(&dir).unwrap());
    files.into_iter().map(|f| (f.path.strip_prefix(&prefix).unwrap().to_string(), f.text)).collect()
}

fn edited(path: &str, edit: impl Fn(&str) -> String) -> Folder {
    let files = default_files().into_iter().map(|(p, t)| {
        let t = if p == path { edit(&t) } else { t };
        (p, t)
    });
    Folder::from_files(files)
}

#[test]
fn the_built_files_are_the_bytes_the_build_writes() {
    // What `cargo xtask build` writes: the folder read from disk, checked, bundled.
    let on_disk = avenir_content::check(&fs::read_dir(&default_dir()).unwrap(), None).assessment.unwrap();
    let expected = bundle::files(&on_disk).unwrap();
    let got = bundle_files(&Folder::from_files(default_files())).unwrap();
    assert_eq!(got.iter().map(|(n, _)| n).collect::<Vec<_>>(), expected.iter().map(|(n, _)| n).collect::<Vec<_>>());
    assert!(got.len() > 20, "{} files", got.len());
    for ((name, a), (_, b)) in got.iter().zip(&expected) {
        assert!(a == b, "{name} differs");
    }
}

#[test]
fn an_error_is_placed_and_fixed() {
    let clean = linted(Folder::from_files(default_files()), None, false);
    assert_eq!(clean.errors(), 0);
    let broken = edited("contacts.toml", |t| t.replacen("[[contact]]\nid = ", "[[contact]]\nidd = ", 1));
    let linted = linted(broken, None, false);
    let errors: Vec<_> = linted.diagnostics.iter().filter(|d| d.severity == Severity::Error).collect();
    let placed = |d: &&&Diagnostic| {
        linted.files[d.file].path == "contacts.toml" && &linted.files[d.file].text[d.span.clone()] == "idd"
    };
    let d = errors.iter().find(placed).unwrap_or_else(|| panic!("{errors:?}"));
    assert!(d.message.contains("idd"), "{d:?}");
    assert!(linted.assessment.is_none());
}

#[test]
fn the_tests_run_with_full_coverage() {
    let (text, failed) = tests_report(&Folder::from_files(default_files())).unwrap();
    assert_eq!(failed, 0, "{text}");
    assert!(text.contains("(100%)"), "{text}");
    assert!(text.contains("coverage of rule conditions"), "{text}");
    // A case that no longer holds fails, with its place.
    let broken = edited("tests/cases.toml", |t| t.replacen("= \"likely\"", "= \"not-likely\"", 1));
    let (text, failed) = tests_report(&broken).unwrap();
    assert_eq!(failed, 1, "{text}");
    assert!(text.contains("FAIL  ") && text.contains("(tests/cases.toml:"), "{text}");
}

#[test]
fn the_diff_shows_a_phone_number_edited() {
    let published = Folder::from_files(default_files());
    let text = diff_report(&published, &published).unwrap();
    assert!(
        text.contains("test cases whose results change: 0 of") && text.ends_with("files changed:\n  none\n"),
        "{text}"
    );
    let (phone, changed) = ("phone = \"+32 800 32 745\"", "phone = \"+32 800 32 746\"");
    let edited = edited("contacts.toml", |t| t.replacen(phone, changed, 1));
    let text = diff_report(&published, &edited).unwrap();
    assert!(text.contains("  contacts.toml\n"), "{text}");
    assert!(text.contains(&format!("- {}", phone)) && text.contains(&format!("+ {}", changed)), "{text}");
}

#[test]
fn the_status_lists_missing_texts_per_language() {
    let ar = default_files().into_iter().find(|(p, _)| p == "texts/ar.ftl").unwrap().1;
    let first = ar.lines().find(|l| l.starts_with("ui-")).unwrap().to_string();
    let edited = edited("texts/ar.ftl", |t| t.replacen(&format!("{first}\n"), "\n", 1));
    let linted = linted(edited, Date::parse("2026-12-07"), true);
    let listed = status_list(&linted);
    // Missing texts first, then every stale source, none left out.
    assert_eq!(listed[0].code, "W0304", "{listed:?}");
    assert!(listed.iter().any(|d| linted.files[d.file].path == "texts/ar.ftl" && d.message.contains(" in ar")));
    let stale = listed.iter().filter(|d| d.code == "W0403").count();
    assert!(stale > avenir_content::diag::SHOWN_LIMIT, "{stale} stale sources, all listed");
}
