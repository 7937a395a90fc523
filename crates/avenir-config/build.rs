//! Embeds the content the widget runs (`$AVENIR_CONTENT` or `assessments/default`), as its
//! source files, so that a site's contacts are checked against exactly that content.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let (dir, files) = avenir_content::fs::for_build(&manifest);
    let files = files.unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    let prefix = format!("{}/", dir.display());
    // Paths relative to the content folder, as an author would name them.
    let named: Vec<(String, String)> = files
        .into_iter()
        .map(|f| (f.path.strip_prefix(&prefix).unwrap_or(&f.path).replace('\\', "/"), f.text))
        .collect();
    let bytes = postcard::to_allocvec(&named).expect("postcard");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("content-files.bin");
    std::fs::write(&out, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
