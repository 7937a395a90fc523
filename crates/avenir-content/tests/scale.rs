//! Checking stays near-linear in the size of what it checks: 40,000 questions, texts, options
//! or services (a few megabytes, within the 4 MB a file may have) are checked in seconds, where
//! a check that compares every item with every other would take hours. No timings are
//! asserted (machines are noisy): a regression shows as a test that does not end.

use std::path::PathBuf;

use avenir_content::diag::{SHOWN_LIMIT, SourceFile};
use avenir_content::{check, fs, render_all};

const N: usize = 40_000;

fn default_files() -> Vec<SourceFile> {
    fs::read_dir(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../assessments/default")).unwrap()
}

fn with(path: &str, text: String) -> Vec<SourceFile> {
    let mut files = default_files();
    files.push(SourceFile { path: path.into(), text });
    files
}

fn count(files: &[SourceFile], code: &str) -> usize {
    check(files, None).diagnostics.iter().filter(|d| d.code == code).count()
}

#[test]
fn a_chain_of_40000_questions_and_a_circle_of_them() {
    // Each shown depending on the one before: no circle, and every condition can be true.
    let chain: String =
        std::iter::once("[[question]]\nid = \"q0\"\ntype = \"yes-no\"\n".to_string())
            .chain((1..N).map(|i| {
                format!("[[question]]\nid = \"q{i}\"\ntype = \"yes-no\"\nrelevant = 'q{} == \"yes\"'\n", i - 1)
            }))
            .collect();
    let checked = check(&with("zz.toml", chain), None);
    assert!(checked.diagnostics.iter().all(|d| d.code != "E0105" && d.code != "E0108"));
    // The first depends on the last: one circle of 40,000, each question's error reported.
    let circle: String = (0..N)
        .map(|i| {
            format!("[[question]]\nid = \"q{i}\"\ntype = \"yes-no\"\nrelevant = 'q{} == \"yes\"'\n", (i + N - 1) % N)
        })
        .collect();
    let files = with("zz.toml", circle);
    let checked = check(&files, None);
    let circles: Vec<_> = checked.diagnostics.iter().filter(|d| d.code == "E0105").collect();
    assert_eq!(circles.len(), N);
    assert!(circles[0].message.contains("q0 → q39999 → q39998"), "{}", circles[0].message);
    assert!(circles[0].message.len() < 200, "{}", circles[0].message);
    let shown = render_all(&checked.diagnostics, &files);
    assert!(shown.len() <= SHOWN_LIMIT + 1);
}

#[test]
fn forty_thousand_questions_in_groups() {
    let text: String =
        (0..N).map(|i| format!("[[question]]\nid = \"q{i}\"\ngroup = \"g{}\"\ntype = \"yes-no\"\n", i / 2)).collect();
    let checked = check(&with("zz.toml", text), None);
    let missing = checked.diagnostics.iter().find(|d| d.code == "E0302").unwrap();
    // Each question's text and each group's, once.
    assert!(missing.message.starts_with(&format!("{} text(s) missing in en", N + N / 2)), "{}", missing.message);
}

#[test]
fn forty_thousand_unused_texts() {
    let mut files = default_files();
    let en = files.iter_mut().find(|f| f.path.ends_with("texts/en.ftl")).unwrap();
    for i in 0..N {
        en.text.push_str(&format!("unused-text-number-{i} = x\n"));
    }
    let checked = check(&files, None);
    let unused: Vec<_> = checked.diagnostics.iter().filter(|d| d.code == "W0305").collect();
    assert_eq!(unused.len(), N);
    // Each placed at its own line, found in one reading of the file.
    let last = unused.last().unwrap();
    let en = files.iter().find(|f| f.path.ends_with("texts/en.ftl")).unwrap();
    assert!(en.text[last.span.clone()].starts_with("unused-text-number-"));
}

#[test]
fn forty_thousand_options_and_rules_with_others() {
    let options: Vec<String> = (0..N).map(|i| format!("\"o{i}\"")).collect();
    let mut text = format!("[[question]]\nid = \"big\"\ntype = \"single\"\noptions = [{}]\n", options.join(","));
    for i in 0..2_000 {
        text.push_str(&format!("[[need]]\nid = \"n{i}\"\nurgency = \"immediate\"\nwhen = 'big == \"p{i}\"'\n"));
    }
    let files = with("zz.toml", text);
    let checked = check(&files, None);
    let unknown: Vec<_> = checked.diagnostics.iter().filter(|d| d.code == "E0103").collect();
    assert_eq!(unknown.len(), 2_000);
    // The hint lists a few options, not 40,000.
    assert!(unknown.iter().all(|d| d.hint.as_ref().is_some_and(|h| h.len() < 500)), "{:?}", unknown[0].hint);
}

#[test]
fn twenty_thousand_unknown_questions_lists_and_needs() {
    let n = N / 2;
    let text: String = (0..n)
        .map(|i| format!("[[contact]]\nid = \"c{i}\"\nname = \"C\"\nphone = \"112\"\nneeds = [\"n{i}\"]\napplies = 'q{i} == \"yes\" or c in l{i}'\nsource = {{ url = \"https://example.org\", checked = 2026-01-01 }}\n"))
        .collect();
    let files = with("zz.toml", text);
    assert!(files.last().unwrap().text.len() < 4 << 20, "within the 4 MB a file may have");
    assert_eq!(count(&files, "E0206"), n);
}

#[cfg(feature = "hsds")]
#[test]
fn forty_thousand_services_of_one_name_in_json_and_csv() {
    let services: Vec<serde_json::Value> =
        (0..N).map(|_| serde_json::json!({ "name": "Desk", "phones": [{ "number": "+32 2 000 00 00" }] })).collect();
    let imported = avenir_content::hsds::import(&serde_json::Value::Array(services).to_string(), "x.json");
    assert_eq!(imported.contacts, N);
    assert!(imported.toml.contains("id = \"desk_40000\""));
    let services = SourceFile {
        path: "services.csv".into(),
        text: std::iter::once("id,name\n".to_string()).chain((0..N).map(|i| format!("s{i},Desk\n"))).collect(),
    };
    let phones = SourceFile {
        path: "phones.csv".into(),
        text: std::iter::once("id,service_id,number\n".to_string())
            .chain((0..N).map(|i| format!("p{i},s{},+32 2 000 00 00\n", N - 1 - i)))
            .chain((0..N).map(|i| format!("x{i},missing{i},+32 2 000 00 00\n")))
            .collect(),
    };
    let imported = avenir_content::hsds::import_csv(&[phones, services], "tables");
    assert_eq!(imported.contacts, N);
    assert_eq!(imported.diagnostics.iter().filter(|d| d.code == "E0609").count(), N);
}
