//! `cargo xtask test`: everything CI checks, in order, stopping at the first failure.
//!
//! 1. native tests: `cargo test --workspace --exclude avenir-web` (avenir-web is wasm-only),
//!    the fuzz targets of `crates/avenir-fuzz` among them (their inputs tried are printed after);
//! 2. build: the same as `cargo xtask build` (which runs `setup` first);
//! 3. size budget: the first load's brotli bytes must not exceed `sizes::FIRST_LOAD_BUDGET`
//!    (bytes, never timings: the same answer on every machine), nor grow by more than
//!    `growth::MAX_GROWTH_PERCENT` with a content of 30 countries of stay and 60 of return;
//! 4. serve: `dist/` on a free port of 127.0.0.1, from a background thread, and a copy whose
//!    content ships recordings (`build::recorded_fixture`) on another;
//! 5. end-to-end: `node --test` on `tests/e2e/*.test.mjs`, with `AVENIR_URL`, `CHROMIUM`,
//!    `FIREFOX` (the studio's Firefox test), `APACHE2` (`apache.test.mjs` serves the release's
//!    `.htaccess` with it) and `AVENIR_CSP` (the policy the server sends, for the tests to
//!    compare) in the environment.

use std::fs;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::util::{self, Result, run, tool};
use crate::{build, growth, serve, setup, sizes};

pub fn test() -> Result {
    let mut timings = Vec::new();
    let outcome = stages(&mut timings);
    println!("\nStages:");
    for (name, duration, ok) in &timings {
        println!("  {name:<14} {:>7.1} s  {}", duration.as_secs_f64(), if *ok { "ok" } else { "FAILED" });
    }
    let total: Duration = timings.iter().map(|(_, duration, _)| *duration).sum();
    println!("  {:<14} {:>7.1} s", "total", total.as_secs_f64());
    outcome
}

fn stages(timings: &mut Vec<(&'static str, Duration, bool)>) -> Result {
    let mut stage = |name: &'static str, job: &mut dyn FnMut() -> Result| {
        println!("\n==> {name}");
        let start = Instant::now();
        let outcome = job();
        timings.push((name, start.elapsed(), outcome.is_ok()));
        outcome.map_err(|e| format!("stage `{name}` failed: {e}"))
    };

    // The fuzz targets (crates/avenir-fuzz) write one line each here; printed after the tests.
    let fuzz_reports = target_dir().join("fuzz").join("report");
    let _ = fs::remove_dir_all(&fuzz_reports);
    stage("native tests", &mut || {
        run(
            util::cargo().args(["test", "--workspace", "--exclude", "avenir-web"]).current_dir(util::repo_root()),
            "a native test failed: see its output above",
        )
    })?;
    print_fuzz_reports(&fuzz_reports);

    let mut dist = PathBuf::new();
    stage("build", &mut || build::build().map(|built| dist = built))?;

    stage("size budget", &mut || {
        let (first_load, _) = sizes::first_load(sizes::measure(&dist)?);
        sizes::check_budget(&first_load, sizes::FIRST_LOAD_BUDGET)?;
        let content = build::content_dir();
        let files =
            avenir_content::fs::read_dir(&content).map_err(|e| format!("cannot read {}: {e}", content.display()))?;
        let a = avenir_content::check(&files, None).assessment.ok_or("the content has errors")?;
        growth::check(&growth::measure(&a, &first_load)?)
    })?;

    let (mut url, mut recorded_url) = (String::new(), String::new());
    stage("serve", &mut || {
        let address = serve::spawn(dist.clone())?;
        url = format!("http://{address}/");
        println!("serving {} at {url}", util::relative(&dist));
        // The same widget with recordings in its content, for the read-aloud test.
        let recorded = build::recorded_fixture(&dist)?;
        recorded_url = format!("http://{}/", serve::spawn(recorded.clone())?);
        println!("serving {} at {recorded_url}", util::relative(&recorded));
        Ok(())
    })?;

    stage("end-to-end", &mut || {
        let files = test_files()?;
        run(
            tool("node")
                .args(["--test", "--test-reporter=spec"])
                .args(&files)
                .current_dir(util::repo_root())
                .env("AVENIR_URL", &url)
                .env("AVENIR_RECORDED_URL", &recorded_url)
                .env("CHROMIUM", setup::chromium_path())
                .env("FIREFOX", setup::firefox_path())
                .env("APACHE2", setup::apache_path())
                .env("AVENIR_CSP", serve::CSP),
            "an end-to-end test failed: see above; screenshots are in tests/e2e/out/. \
             To debug, run `cargo xtask serve` and `AVENIR_URL=http://127.0.0.1:8080/ node --test tests/e2e/*.test.mjs`",
        )
    })
}

/// Cargo's target directory: `$CARGO_TARGET_DIR`, else `target/` in the repository.
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| util::repo_root().join("target"), PathBuf::from)
}

/// The inputs each fuzz target tried (and what it found), as the targets wrote them.
fn print_fuzz_reports(dir: &std::path::Path) {
    let mut lines: Vec<String> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|entry| fs::read_to_string(entry.ok()?.path()).ok())
        .collect();
    lines.sort();
    if !lines.is_empty() {
        println!("\nFuzzing (AVENIR_FUZZ_SCALE=N tries N times as many; see ARCHITECTURE.md):");
        lines.iter().for_each(|line| println!("  {}", line.trim_end()));
    }
}

/// `tests/e2e/*.test.mjs`, named explicitly: `node --test DIR` differs between Node versions.
fn test_files() -> Result<Vec<PathBuf>> {
    let dir = util::e2e_dir();
    let entries = fs::read_dir(&dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.file_name().is_some_and(|name| name.to_string_lossy().ends_with(".test.mjs")))
        .map(|path| PathBuf::from(util::relative(&path)))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("no *.test.mjs in {}", dir.display()));
    }
    Ok(files)
}
