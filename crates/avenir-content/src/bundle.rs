//! What the widget downloads, serialized with postcard: the assessment with only the default
//! language's texts (embedded in the wasm by `avenir-web`'s build script), and one file per
//! other language (`texts/<tag>.bin`, fetched from the same origin only when chosen).
//! One place for both, so that the build script and `cargo xtask build` cannot disagree.

use avenir_core::model::Assessment;

/// The bytes embedded in the widget.
pub fn widget(a: &Assessment) -> Result<Vec<u8>, String> {
    let mut slim = a.clone();
    slim.texts.truncate(1);
    postcard::to_allocvec(&slim).map_err(|e| format!("cannot serialize the assessment: {e}"))
}

/// `(tag, bytes)` for every language but the default one.
pub fn languages(a: &Assessment) -> Result<Vec<(String, Vec<u8>)>, String> {
    a.texts
        .iter()
        .skip(1)
        .map(|t| {
            Ok((
                t.lang.clone(),
                postcard::to_allocvec(t).map_err(|e| format!("cannot serialize texts {}: {e}", t.lang))?,
            ))
        })
        .collect()
}
