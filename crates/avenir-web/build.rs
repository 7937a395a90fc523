//! Checks the assessment with `avenir-content` (the same checker as `avenir lint`) and embeds
//! it, serialized with postcard, so the phone never parses TOML or Fluent and no request is
//! needed to get the content. Errors stop the build with file, line, column and hint.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let (dir, files) = avenir_content::fs::for_build(&manifest);
    let files = match files {
        Ok(f) => f,
        Err(e) => fail(&format!("cannot read the assessment at {}: {e}", dir.display())),
    };
    let checked = avenir_content::check(&files, None);
    for d in &checked.diagnostics {
        for line in avenir_content::render(d, &files).lines() {
            println!("cargo:warning={line}");
        }
    }
    let Some(assessment) = checked.assessment else {
        fail(&format!(
            "the assessment at {} has {} error(s); run `cargo avenir lint {}`",
            dir.display(),
            checked.errors(),
            dir.display()
        ));
    };
    let bytes = avenir_content::bundle::widget(&assessment).unwrap_or_else(|e| fail(&e));
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("content.bin");
    if let Err(e) = std::fs::write(&out, bytes) {
        fail(&format!("cannot write {}: {e}", out.display()));
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("error: {msg}");
    std::process::exit(1);
}
