//! How long the studio's check takes natively on the default content (a probe, not a test):
//! `cargo run --release -p avenir-studio --example check_time [RUNS]`, the fastest of RUNS (3).
use std::time::{Duration, Instant};

fn main() {
    let runs: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(3);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assessments/default");
    let files = avenir_content::fs::read_dir(&dir).unwrap();
    let tests = avenir_content::fs::read_tests(&dir).unwrap();
    let (mut fastest_check, mut fastest_lint) = (Duration::MAX, Duration::MAX);
    for _ in 0..runs {
        let t = Instant::now();
        let checked = avenir_content::check(&files, avenir_core::model::Date::parse("2026-12-07"));
        let a = t.elapsed();
        let linted = avenir_content::memory::lint(files.clone(), tests.clone(), Vec::new(), None, false);
        let b = t.elapsed() - a;
        println!(
            "check {a:?}, lint with tests {b:?}, {} diagnostics",
            checked.diagnostics.len() + linted.diagnostics.len()
        );
        (fastest_check, fastest_lint) = (fastest_check.min(a), fastest_lint.min(b));
    }
    println!("fastest of {runs}: check {fastest_check:?}, lint with tests {fastest_lint:?}");
}
