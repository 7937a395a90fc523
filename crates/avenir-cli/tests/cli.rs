//! The command line as CI and authors use it: exit status, JSON output, every subcommand.

use std::path::PathBuf;
use std::process::{Command, Output};

fn avenir(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_avenir")).args(args).output().expect("the avenir binary runs")
}

fn content() -> String {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assessments/default")).display().to_string()
}

/// A copy of the default content with `edit` applied to one file.
fn broken(file: &str, edit: impl Fn(&str) -> String) -> tempdir::Dir {
    let dir = tempdir::Dir::new();
    copy(&PathBuf::from(content()), &dir.0);
    let path = dir.0.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, edit(&text)).unwrap();
    dir
}

fn copy(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let target = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy(&p, &target)
        } else {
            std::fs::copy(&p, &target).unwrap();
        }
    }
}

/// Blanks every `[[contact]]` section of the content's `.toml` files but `contacts.toml` (such as
/// `stay-nl.toml`), up to the next other section: an import of all the content's contacts then
/// stands in for them in `contacts.toml` without a second contact of the same id.
fn without_other_contacts(dir: &std::path::Path) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if !name.ends_with(".toml") || name == "contacts.toml" {
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap();
        std::fs::write(&p, avenir_content::testing::without_contacts(&text)).unwrap();
    }
}

mod tempdir {
    pub struct Dir(pub std::path::PathBuf);
    impl Dir {
        pub fn new() -> Dir {
            let n = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
            Dir(std::env::temp_dir().join(format!("avenir-cli-test-{}-{n}", std::process::id())))
        }
    }
    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

#[test]
fn lint_passes_on_the_default_content_and_fails_with_json_on_errors() {
    let ok = avenir(&["lint", &content(), "--today", "2026-12-07"]);
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    let dir = broken("contacts.toml", |t| t.replacen("+32 2 511 50 45", "02 511 50 45", 1));
    let out = avenir(&["lint", dir.0.to_str().unwrap(), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    let first = &json["diagnostics"][0];
    assert_eq!(first["code"], "E0203");
    assert_eq!(first["severity"], "error");
    assert!(first["file"].as_str().unwrap().ends_with("contacts.toml"));
    assert!(first["line"].as_u64().unwrap() > 1 && first["column"] == 9);
    assert!(first["hint"].as_str().unwrap().contains("E.164"));
}

#[test]
fn test_reports_a_failing_case_and_exits_1() {
    let ok = avenir(&["test", &content()]);
    assert!(ok.status.success());
    assert!(String::from_utf8_lossy(&ok.stdout).contains("0 failed"));
    let dir = broken("tests/cases.toml", |t| {
        t.replacen(
            r#"fedasil_avr = "likely", eurp = "possibly" }"#,
            r#"fedasil_avr = "possibly", eurp = "possibly" }"#,
            1,
        )
    });
    let out = avenir(&["test", dir.0.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("FAIL  Refused applicant in Belgium returning to Albania, out of medicine"), "{text}");
    assert!(text.contains("cases.toml:8:1"), "{text}");
    assert!(text.contains("programme `fedasil_avr`: expected possibly, got likely"), "{text}");
}

#[test]
fn graph_and_diff_run() {
    let mermaid = avenir(&["graph", &content()]);
    assert!(mermaid.status.success());
    assert!(String::from_utf8_lossy(&mermaid.stdout).contains("\nflowchart TD\n"));
    let dir = broken("needs.toml", |t| t.replacen("when = 'children > 0'", "when = 'children > 1'", 1));
    let out = avenir(&["diff", &content(), dir.0.to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("need `children`: before-departure → not-shown"), "{text}");
    assert!(text.contains("children = 1"), "{text}");
}

#[test]
fn usage_on_unknown_command() {
    let out = avenir(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Usage: avenir <COMMAND>"));
}

#[test]
fn hsds_export_then_import_then_lint() {
    let dir = tempdir::Dir::new();
    copy(&PathBuf::from(content()), &dir.0);
    let json = dir.0.join("contacts.json");
    let out = avenir(&["hsds", "export", &content(), "-o", json.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let services: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert!(services.as_array().is_some_and(|s| s.len() > 10));
    // Imported over the content's own contacts, lint still passes: nothing is lost that counts.
    let toml = dir.0.join("contacts.toml");
    without_other_contacts(&dir.0);
    let out = avenir(&["hsds", "import", json.to_str().unwrap(), "-o", toml.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("0 error(s), 0 warning(s)"));
    let out = avenir(&["lint", dir.0.to_str().unwrap(), "--today", "2026-12-07"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn hsds_csv_export_then_import_gives_what_json_gives() {
    let dir = tempdir::Dir::new();
    copy(&PathBuf::from(content()), &dir.0);
    let tables = dir.0.join("hsds");
    let out = avenir(&["hsds", "export", &content(), "--format", "csv", "-o", tables.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for name in ["services.csv", "organizations.csv", "phones.csv", "schedules.csv", "x_avenir_sources.csv"] {
        assert!(tables.join(name).is_file(), "no {name}");
    }
    // HSDS's tabular form: `service_at_location.csv`, and the data package naming every table.
    let package: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(tables.join("datapackage.json")).unwrap()).unwrap();
    let mut named: Vec<String> =
        package["resources"].as_array().unwrap().iter().map(|r| r["path"].as_str().unwrap().to_string()).collect();
    let mut written: Vec<String> = std::fs::read_dir(&tables)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".csv"))
        .collect();
    named.sort();
    written.sort();
    assert_eq!(named, written);
    assert!(written.contains(&"service_at_location.csv".to_string()), "{written:?}");
    let from_csv = avenir(&["hsds", "import", tables.to_str().unwrap()]);
    assert!(from_csv.status.success(), "{}", String::from_utf8_lossy(&from_csv.stderr));
    assert!(String::from_utf8_lossy(&from_csv.stderr).contains("0 error(s), 0 warning(s)"));
    let json = dir.0.join("contacts.json");
    assert!(avenir(&["hsds", "export", &content(), "-o", json.to_str().unwrap()]).status.success());
    let from_json = avenir(&["hsds", "import", json.to_str().unwrap()]);
    // The same contacts; only the header comment, which names the file, differs.
    let contacts = |o: &Output| String::from_utf8_lossy(&o.stdout).split_once("\n\n").unwrap().1.to_string();
    assert_eq!(contacts(&from_csv), contacts(&from_json));
    // Imported over the content's own contacts, lint still passes.
    std::fs::write(dir.0.join("contacts.toml"), &from_csv.stdout).unwrap();
    without_other_contacts(&dir.0);
    let out = avenir(&["lint", dir.0.to_str().unwrap(), "--today", "2026-12-07"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // CSV is one file per table: it needs a folder.
    assert_eq!(avenir(&["hsds", "export", &content(), "--format", "csv"]).status.code(), Some(2));
}

#[test]
fn hsds_import_reads_a_folder_of_csv_tables_or_the_files() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/../avenir-content/tests/hsds/directory");
    let out = avenir(&["hsds", "import", folder]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("warning[W0605]") && err.contains("directory/services.csv:2:75"), "{err}");
    assert!(err.contains("2 contact(s), 0 error(s), 2 warning(s)"), "{err}");
    let toml = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(toml.contains("address = \"Example Street 1, 1000 Brussels\"") && toml.contains("# source = "), "{toml}");
    let mut files: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| p.ends_with(".csv"))
        .collect();
    files.sort();
    let mut args = vec!["hsds", "import"];
    args.extend(files.iter().map(String::as_str));
    let out = avenir(&args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let contacts = |s: &str| s.split_once("\n\n").unwrap().1.to_string();
    assert_eq!(contacts(&String::from_utf8_lossy(&out.stdout)), contacts(&toml));
    // A broken link is an error, placed in its cell.
    let services = files.iter().find(|f| f.ends_with("/services.csv")).unwrap();
    let phones = files.iter().find(|f| f.ends_with("/phones.csv")).unwrap();
    let out = avenir(&["hsds", "import", services, phones]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("error[E0609]") && err.contains("phones.csv:3:38"), "{err}");
    // JSON and CSV are not mixed.
    assert_eq!(avenir(&["hsds", "import", services, "x.json"]).status.code(), Some(2));
}

#[test]
fn hsds_import_reports_places_and_fails_on_errors() {
    let dir = tempdir::Dir::new();
    std::fs::create_dir_all(&dir.0).unwrap();
    let json = dir.0.join("bad.json");
    std::fs::write(&json, "[\n  { \"name\": \"Example Desk\", \"phones\": [ { \"number\": \"02 000 00 02\" } ] }\n]\n")
        .unwrap();
    let out = avenir(&["hsds", "import", json.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("error[E0203]") && err.contains("bad.json:2:53"), "{err}");
    assert!(err.contains("warning[W0605]"), "{err}");
    let toml = String::from_utf8_lossy(&out.stdout);
    assert!(toml.contains("# phone = \"02 000 00 02\"") && toml.contains("# source = "), "{toml}");
    assert_eq!(avenir(&["hsds", "import"]).status.code(), Some(2));
}

#[test]
fn site_checks_the_demo_sites_files_as_the_widget_does() {
    let demo = |name: &str| format!("{}/../../www/demo/{name}", env!("CARGO_MANIFEST_DIR"));
    let de = avenir(&["site", &demo("site-de.toml"), &content(), "--languages", "de en ar"]);
    assert!(de.status.success(), "{}", String::from_utf8_lossy(&de.stderr));
    let said = String::from_utf8_lossy(&de.stdout);
    assert!(said.contains("0 contact(s), 1 programme(s), texts in 3 language(s); 0 warning(s)"), "{said}");
    let hr = avenir(&["site", &demo("contacts-hr.toml"), &content()]);
    assert!(hr.status.success(), "{}", String::from_utf8_lossy(&hr.stderr));
    // The German programme offered in every language: its texts are missing in the others.
    let everywhere = avenir(&["site", &demo("site-de.toml"), &content()]);
    assert!(String::from_utf8_lossy(&everywhere.stderr).contains("warning[W0304]"));
    let broken = avenir(&["site", &demo("contacts-broken.toml"), &content()]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&broken.stderr).contains("contacts-broken.toml:8:12"));
}

#[test]
fn diff_exits_3_when_it_cannot_compare() {
    // A multiple-choice question whose 13 options a rule tests: 2^13 answers to it alone, more
    // than the comparison tries.
    let options: Vec<String> = (1..=13).map(|i| format!("o{i}")).collect();
    let dir = broken("texts/en.ftl", |t| {
        let texts: String = options.iter().map(|o| format!("option-many_needs-{o} = {o}\n")).collect();
        format!("{t}\nquestion-many_needs = Which?\nneed-many = Many\nneed-many-help = Help\n{texts}")
    });
    let quoted: Vec<String> = options.iter().map(|o| format!("\"{o}\"")).collect();
    let tests: Vec<String> = options.iter().map(|o| format!("many_needs has \"{o}\"")).collect();
    let extra = format!(
        "[[question]]\nid = \"many_needs\"\ntype = \"multi\"\noptions = [{}]\n\n\
         [[need]]\nid = \"many\"\nurgency = \"after-arrival\"\nwhen = '{}'\n",
        quoted.join(", "),
        tests.join(" or ")
    );
    std::fs::write(dir.0.join("zz-many.toml"), extra).unwrap();
    let out = avenir(&["diff", &content(), dir.0.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("not compared"), "{text}{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.status.code(), Some(3), "{text}");
}

#[test]
fn build_writes_the_widgets_content_files_and_nothing_from_content_with_errors() {
    let out = tempdir::Dir::new();
    let o = avenir(&["build", &content(), "--out", &out.0.display().to_string()]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let files = avenir_content::fs::read_dir(&PathBuf::from(content())).unwrap();
    let expected = avenir_content::bundle::files(&avenir_content::check(&files, None).assessment.unwrap()).unwrap();
    assert!(expected.len() > 10, "start, results and two files per other language");
    for (name, bytes) in &expected {
        assert_eq!(&std::fs::read(out.0.join(name)).unwrap(), bytes, "{name}");
    }
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), expected.len());

    let bad = broken("programmes.toml", |t| t.replacen("[[programme]]", "[[programme]]\nbogus = 1", 1));
    let empty = tempdir::Dir::new();
    std::fs::create_dir_all(&empty.0).unwrap();
    let o = avenir(&["build", &bad.0.display().to_string(), "--out", &empty.0.display().to_string()]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read_dir(&empty.0).unwrap().count(), 0, "nothing written");
}

#[test]
fn the_committed_content_status_is_what_status_prints() {
    let out = avenir(&["status", &content()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let path = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/content-status.md"));
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == String::from_utf8_lossy(&out.stdout),
        "docs/content-status.md is not current: run `cargo avenir status > docs/content-status.md`"
    );
    // Content with errors cannot be summarised.
    let dir = broken("contacts.toml", |t| t.replacen("+32 2 511 50 45", "02 511 50 45", 1));
    assert_eq!(avenir(&["status", dir.0.to_str().unwrap()]).status.code(), Some(2));
}
