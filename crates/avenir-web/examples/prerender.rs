//! The start page rendered at build time, for `index.html` (run by `cargo xtask build`):
//!
//!     cargo run -p avenir-web --features ssr --example prerender -- CONTENT_DIR OUT_DIR
//!
//! writes `OUT_DIR/<tag>.html` for every language of the content: the markup the widget shows
//! first, from the same components (Yew's server-side rendering), so that a person reads the
//! start page before the wasm has arrived and nothing moves when it takes over; and
//! `OUT_DIR/pages.tsv`, one line per language (the default first): tag, direction, and the
//! page's title in that language.

use std::path::PathBuf;
use std::rc::Rc;

fn main() {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [content, out] = args.as_slice() else {
        eprintln!("usage: prerender CONTENT_DIR OUT_DIR");
        std::process::exit(2);
    };
    let files = avenir_content::fs::read_dir(content)
        .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", content.display())));
    let Some(mut a) = avenir_content::check(&files, None).assessment else {
        fail(&format!("{} has errors: run `cargo avenir lint {}`", content.display(), content.display()));
    };
    let others: Vec<_> = a.texts.drain(1..).collect();
    let a = Rc::new(a);
    std::fs::create_dir_all(out).unwrap_or_else(|e| fail(&format!("cannot create {}: {e}", out.display())));
    let pages = std::iter::once((a.default_language.clone(), None))
        .chain(others.into_iter().map(|t| (t.lang.clone(), Some(Rc::new(t)))));
    let mut manifest = String::new();
    for (tag, texts) in pages {
        let title = avenir_core::text::lookup(
            texts.as_deref().unwrap_or(&a.texts[0]),
            a.texts.first(),
            avenir_core::text::ui::TITLE,
            &[],
        );
        let dir = a.language(&tag).map_or("ltr", |l| l.dir.as_str());
        manifest.push_str(&format!("{tag}\t{dir}\t{}\n", title.replace(['\t', '\n'], " ")));
        let html = avenir_web::prerender::render(a.clone(), texts);
        let path = out.join(format!("{tag}.html"));
        std::fs::write(&path, html).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
    }
    let path = out.join("pages.tsv");
    std::fs::write(&path, manifest).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
}

fn fail(msg: &str) -> ! {
    eprintln!("error: {msg}");
    std::process::exit(1);
}
