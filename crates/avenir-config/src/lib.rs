//! # avenir-config
//!
//! The checker of an embedding site's own file (contacts, programmes and their texts), for the
//! browser: `avenir-content`'s [`site::check`](avenir_content::site::check) (the same checker
//! as `avenir lint`) with the widget's content built in. A second wasm module, `dist/config/`,
//! loaded by `boot.js` (its embedding part) only when a site gives a file: the person's phone never loads a parser
//! otherwise, and the widget's first load does not carry it (docs/embedding.md, its size).
//!
//! A site's contacts in Open Referral HSDS (JSON, or the CSV tables of a datapackage) are first
//! converted to the content format by [`hsds_to_toml`] (`avenir hsds import`'s reading), then
//! checked by [`check_contacts`] like any site's file.

use avenir_content::SourceFile;
use avenir_content::hsds::{self, SiteFile};
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

/// Converts a site's contacts given in Open Referral HSDS to the content format. `files` is a
/// list of `{name, table, text}`: one JSON file (`table` empty or absent), or the CSV tables of a
/// datapackage, each with the table it holds (`services.csv`, `phones.csv`…); `name` is its
/// address, for the messages. Returns `[toml, problems]`: the `[[contact]]` tables to check
/// with [`check_contacts`] (`null` when the import found an error: then the widget shows its own
/// contacts) and every problem, placed in the HSDS files, rendered as `avenir lint` prints it.
#[wasm_bindgen]
pub fn hsds_to_toml(files: js_sys::Array) -> js_sys::Array {
    let field = |file: &JsValue, key: &str| {
        js_sys::Reflect::get(file, &JsValue::from_str(key)).ok().and_then(|v| v.as_string()).unwrap_or_default()
    };
    let files: Vec<SiteFile> = files
        .iter()
        .map(|f| SiteFile { name: field(&f, "name"), table: field(&f, "table"), text: field(&f, "text") })
        .collect();
    let out = hsds::for_site(&files);
    let toml = out.toml.map_or(JsValue::NULL, |t| JsValue::from_str(&t));
    let problems: js_sys::Array = out.problems.iter().map(|p| JsValue::from_str(p)).collect();
    js_sys::Array::of2(&toml, &problems)
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
