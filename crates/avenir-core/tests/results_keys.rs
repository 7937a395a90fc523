//! The interface texts that only the results use (`ui::RESULTS`) travel in the content's
//! results' part, not in the first load (`keys::for_results`). The person's first build must
//! then never show one: this reads the widget's sources and fails if a file of the first build
//! names one. The views only the build with the results compiles are skipped; a first-build
//! file that needs one under `#[cfg(feature = "results")]` must move that code to one of them.

use std::path::Path;

use avenir_core::text::ui;

/// Views compiled only with the `results` feature (see `views/mod.rs`).
const RESULTS_ONLY: &[&str] = &["results.rs", "counsellor.rs", "desk.rs", "summary.rs", "fold.rs"];

#[test]
fn the_first_build_names_no_text_of_the_results_part() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../avenir-web/src");
    // Constant names of the results' keys: `ui::NEEDS` is the constant for "ui-needs".
    let names: Vec<String> =
        ui::RESULTS.iter().map(|key| key.trim_start_matches("ui-").replace('-', "_").to_ascii_uppercase()).collect();
    assert!(names.iter().any(|n| n == "NEXT_STEP"), "the constants are not named after their keys");
    let mut found = Vec::new();
    let mut files = 0;
    for dir in [src.clone(), src.join("views")] {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if path.extension().is_none_or(|e| e != "rs")
                || (dir.ends_with("views") && RESULTS_ONLY.contains(&name.as_str()))
            {
                continue;
            }
            files += 1;
            let text = std::fs::read_to_string(&path).unwrap();
            for n in &names {
                let used = text
                    .match_indices(&format!("ui::{n}"))
                    .any(|(i, m)| !text[i + m.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_'));
                if used {
                    found.push(format!("{name}: ui::{n}"));
                }
            }
        }
    }
    assert!(files >= 10, "the widget's sources were not found ({files} files)");
    assert!(found.is_empty(), "first-build files name texts of the results' part: {found:?}");
}
