//! # avenir-config
//!
//! The checker of an embedding site's own file (contacts, programmes and their texts), for the
//! browser: `avenir-content`'s [`site::check`](avenir_content::site::check) (the same checker
//! as `avenir lint`) with the widget's content built in. A second wasm module, `dist/config/`,
//! loaded by `frame.js` only when a site gives a file: the person's phone never loads a parser
//! otherwise, and the widget's first load does not carry it (docs/embedding.md, its size).

use avenir_content::SourceFile;
use wasm_bindgen::prelude::*;

static CONTENT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content-files.bin"));

/// The content's source files, as built in.
pub fn content() -> Vec<SourceFile> {
    let named: Vec<(String, String)> = postcard::from_bytes(CONTENT).unwrap_or_default();
    named.into_iter().map(|(path, text)| SourceFile { path, text }).collect()
}

/// Checks the site's file `name` (its address, for the messages) with `text`, for a site that
/// offers `languages` (its `languages` setting; empty for all). Returns
/// `[site, problems]`: what the site adds (`avenir_core::embed::Site`) as postcard bytes for
/// the widget (`null` when the file has errors) and every problem rendered as `avenir lint`
/// prints it.
#[wasm_bindgen]
pub fn check_contacts(name: &str, text: &str, languages: &str) -> js_sys::Array {
    let (bytes, problems) = match avenir_content::site::check(&content(), name, text, Some(languages)) {
        Ok((site, warnings)) => (postcard::to_allocvec(&site).ok(), warnings),
        Err(problems) => (None, problems),
    };
    let bytes = bytes.map_or(JsValue::NULL, |b| js_sys::Uint8Array::from(&b[..]).into());
    let problems: js_sys::Array = problems.iter().map(|p| JsValue::from_str(p)).collect();
    js_sys::Array::of2(&bytes, &problems)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_built_in_content_is_the_widgets_and_checks() {
        let files = super::content();
        assert!(
            files.iter().any(|f| f.path == "contacts.toml"),
            "{:?}",
            files.iter().map(|f| &f.path).collect::<Vec<_>>()
        );
        assert!(files.iter().any(|f| f.path == "texts/en.ftl"));
        assert!(avenir_content::check(&files, None).assessment.is_some());
    }
}
