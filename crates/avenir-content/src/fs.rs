//! Reading an assessment directory: every `.toml` file in it and every `.ftl` file under
//! `texts/`, in a stable order. The only I/O in this crate.

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
    paths.sort();
    paths
        .into_iter()
        .map(|p| Ok(SourceFile { text: std::fs::read_to_string(&p)?, path: p.display().to_string() }))
        .collect()
}
