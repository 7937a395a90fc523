//! `cargo xtask build`: the web app in `dist/`, ready to be served as static files.
//!
//! 1. `setup` (installs what is missing);
//! 2. `wasm-pack build crates/avenir-web --target web --release` into `target/avenir-web-pkg/`
//!    (the crate sets `wasm-opt = false`: wasm-pack's own download of binaryen fails here);
//! 3. npm's `wasm-opt -Oz` (never `--all-features`: Chromium rejects its output);
//! 4. `dist/` = every file of `www/` + `pkg/avenir_web.js` + `pkg/avenir_web_bg.wasm`;
//! 5. the size table, printed and written to `target/sizes.json`.

use std::fs;
use std::path::{Path, PathBuf};

use crate::sizes::TEXTS;
use crate::util::{self, Result, relative, run, tool};
use crate::{setup, sizes};

/// Where wasm-pack writes the JS glue and the unoptimised wasm.
const PKG_OUT: &str = "target/avenir-web-pkg";
/// The folder inside `dist/` for the two files from wasm-pack (`www/boot.js` imports from it).
const DIST_PKG: &str = "pkg";
const GLUE: &str = "avenir_web.js";
const WASM: &str = "avenir_web_bg.wasm";

pub fn dist_dir() -> PathBuf {
    util::repo_root().join("dist")
}

/// Writes the other languages' texts, from the same content the widget embeds.
fn texts(dist: &Path) -> Result {
    let dir = std::env::var("AVENIR_CONTENT")
        .map(PathBuf::from)
        .unwrap_or_else(|_| util::repo_root().join("assessments/default"));
    let files = avenir_content::fs::read_dir(&dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let checked = avenir_content::check(&files, None);
    let assessment =
        checked.assessment.ok_or(format!("{} has errors: run `cargo avenir lint {}`", dir.display(), dir.display()))?;
    let out = dist.join(TEXTS);
    fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    for (tag, bytes) in avenir_content::bundle::languages(&assessment)? {
        let path = out.join(format!("{tag}.bin"));
        fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// Builds `dist/` and returns its path.
pub fn build() -> Result<PathBuf> {
    setup::setup()?;
    let root = util::repo_root();
    let crate_dir = root.join("crates").join("avenir-web");
    let www = root.join("www");
    for needed in [&crate_dir, &www] {
        if !needed.is_dir() {
            return Err(format!("{} is missing: nothing to build", needed.display()));
        }
    }

    let pkg = root.join(PKG_OUT);
    run(
        tool("wasm-pack")
            .args(["build", "crates/avenir-web", "--target", "web", "--release", "--no-typescript", "--out-dir"])
            .arg(&pkg)
            .current_dir(&root),
        "see the compiler's message above; `cargo check -p avenir-web --target wasm32-unknown-unknown` shows the same",
    )?;

    let dist = dist_dir();
    if dist.exists() {
        fs::remove_dir_all(&dist).map_err(|e| format!("cannot remove the old {}: {e}", dist.display()))?;
    }
    copy_dir(&www, &dist)?;
    let dist_pkg = dist.join(DIST_PKG);
    fs::create_dir_all(&dist_pkg).map_err(|e| format!("cannot create {}: {e}", dist_pkg.display()))?;
    copy_file(&pkg.join(GLUE), &dist_pkg.join(GLUE))?;

    let wasm_opt = util::e2e_dir().join("node_modules").join(".bin").join("wasm-opt");
    run(
        tool(&wasm_opt).arg("-Oz").arg(pkg.join(WASM)).arg("-o").arg(dist_pkg.join(WASM)),
        "wasm-opt comes from the npm package binaryen in tests/e2e: `cd tests/e2e && npm ci`",
    )?;

    texts(&dist)?;

    // First load: everything but the other languages' texts, which load only when chosen.
    let (rows, lazy) = sizes::first_load(sizes::measure(&dist)?);
    println!("\nFirst load:\n{}", sizes::table(&rows));
    println!("Loaded only when that language is chosen:\n{}", sizes::table(&lazy));
    let rows: Vec<sizes::Row> = rows.into_iter().chain(lazy).collect();
    let json_path = root.join("target").join("sizes.json");
    fs::write(&json_path, sizes::json(&rows)).map_err(|e| format!("cannot write {}: {e}", json_path.display()))?;
    println!("Sizes written to {}", relative(&json_path));
    Ok(dist)
}

/// Copies every file under `from` to `to`, keeping the folders.
pub fn copy_dir(from: &Path, to: &Path) -> Result {
    fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    let entries = fs::read_dir(from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", from.display()))?;
        let (source, target) = (entry.path(), to.join(entry.file_name()));
        if source.is_dir() {
            copy_dir(&source, &target)?;
        } else {
            copy_file(&source, &target)?;
        }
    }
    Ok(())
}

fn copy_file(from: &Path, to: &Path) -> Result {
    fs::copy(from, to).map(drop).map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}
