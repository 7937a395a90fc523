//! How long the studio's check takes natively on the default content (a probe, not a test).
use std::time::Instant;

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assessments/default");
    let mut files = avenir_content::fs::read_dir(&dir).unwrap();
    let tests = avenir_content::fs::read_tests(&dir).unwrap();
    files.truncate(files.len());
    for _ in 0..3 {
        let t = Instant::now();
        let checked = avenir_content::check(&files, avenir_core::model::Date::parse("2026-12-07"));
        let a = t.elapsed();
        let linted = avenir_content::memory::lint(files.clone(), tests.clone(), Vec::new(), None, false);
        println!(
            "check {:?}, lint with tests {:?}, {} diagnostics",
            a,
            t.elapsed() - a,
            checked.diagnostics.len() + linted.diagnostics.len()
        );
    }
}
