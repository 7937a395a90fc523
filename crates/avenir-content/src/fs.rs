//! Reading an assessment directory: every `.toml` file in it, every `.ftl` file under
//! `texts/`, and the names (not the bytes) of the recordings under `audio/<lang>/`, in a stable
//! order; and the CSV tables of an HSDS directory. The only I/O in this crate.

use std::path::Path;

use crate::diag::SourceFile;

pub fn read_dir(dir: &Path) -> std::io::Result<Vec<SourceFile>> {
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let p = entry?.path();
        if p.extension().is_some_and(|e| e == "toml") {
            paths.push(p);
        }
    }
    let texts = dir.join("texts");
    if texts.is_dir() {
        for entry in std::fs::read_dir(&texts)? {
            let p = entry?.path();
            if p.extension().is_some_and(|e| e == "ftl") {
                paths.push(p);
            }
        }
    }
    let audio = dir.join(AUDIO);
    let mut recordings = Vec::new();
    if audio.is_dir() {
        for lang in std::fs::read_dir(&audio)? {
            let lang = lang?.path();
            if lang.is_dir() {
                for file in std::fs::read_dir(&lang)? {
                    recordings.push(file?.path());
                }
            }
        }
    }
    paths.sort();
    recordings.sort();
    let read =
        paths.into_iter().map(|p| Ok(SourceFile { text: std::fs::read_to_string(&p)?, path: p.display().to_string() }));
    // A recording is listed by name only: its bytes are copied to the site, never read here.
    let listed = recordings.into_iter().map(|p| Ok(SourceFile { text: String::new(), path: p.display().to_string() }));
    read.chain(listed).collect()
}

/// Every `.csv` file in a folder, in name order: the tables of an HSDS directory.
pub fn read_csv(dir: &Path) -> std::io::Result<Vec<SourceFile>> {
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let p = entry?.path();
        if p.is_file() && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) {
            paths.push(p);
        }
    }
    paths.sort();
    paths
        .into_iter()
        .map(|p| Ok(SourceFile { text: std::fs::read_to_string(&p)?, path: p.display().to_string() }))
        .collect()
}

/// For build scripts that build the content in (avenir-web, avenir-config): the folder
/// (`$AVENIR_CONTENT`, or `assessments/default` from the crate at `manifest_dir`) and its files,
/// with Cargo's `rerun-if` lines printed, so that both build the same content.
pub fn for_build(manifest_dir: &Path) -> (std::path::PathBuf, std::io::Result<Vec<SourceFile>>) {
    let dir = std::env::var("AVENIR_CONTENT")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| manifest_dir.join("../../assessments/default"));
    println!("cargo:rerun-if-env-changed=AVENIR_CONTENT");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed={}", dir.join("texts").display());
    let files = read_dir(&dir);
    for f in files.iter().flatten() {
        println!("cargo:rerun-if-changed={}", f.path);
    }
    (dir, files)
}

/// The folder of an assessment with recorded texts: `audio/<lang>/<text key>.<extension>`.
pub const AUDIO: &str = "audio";

/// The test cases of an assessment: every `.toml` file under `DIR/tests/`.
pub fn read_tests(dir: &Path) -> std::io::Result<Vec<SourceFile>> {
    let tests = dir.join("tests");
    if !tests.is_dir() {
        return Ok(Vec::new());
    }
    let mut paths: Vec<_> = std::fs::read_dir(&tests)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| Ok(SourceFile { text: std::fs::read_to_string(&p)?, path: p.display().to_string() }))
        .collect()
}
