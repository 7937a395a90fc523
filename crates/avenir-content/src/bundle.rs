//! What the widget downloads, serialized with postcard: the assessment with only the default
//! language's texts (embedded in the wasm by `avenir-web`'s build script), and one file per
//! other language (`texts/<tag>.bin`, fetched from the same origin only when chosen).
//! One place for both, so that the build script and `cargo xtask build` cannot disagree.

use avenir_core::model::Assessment;
use avenir_core::text::{self, Language, PSEUDO_LOCALES, Texts};

/// The bytes embedded in the widget: the default language's texts only, and the language list
/// with the pseudo-locales (never offered in the picker; see [`avenir_core::text::PSEUDO_LOCALES`]).
pub fn widget(a: &Assessment) -> Result<Vec<u8>, String> {
    let mut slim = a.clone();
    slim.texts.truncate(1);
    for (tag, dir) in PSEUDO_LOCALES {
        let name = format!("[{tag}]");
        slim.languages.push(Language { tag: tag.to_string(), name, dir, reviewed: true, pseudo: true });
    }
    postcard::to_allocvec(&slim).map_err(|e| format!("cannot serialize the assessment: {e}"))
}

/// `(tag, bytes)` for every language but the default one, and for the pseudo-locales.
pub fn languages(a: &Assessment) -> Result<Vec<(String, Vec<u8>)>, String> {
    let pseudo: Vec<Texts> =
        a.texts.first().map_or(Vec::new(), |t| PSEUDO_LOCALES.iter().map(|(tag, _)| text::pseudo(t, tag)).collect());
    let serialize = |t: &Texts| postcard::to_allocvec(t).map_err(|e| format!("cannot serialize texts {}: {e}", t.lang));
    a.texts.iter().skip(1).chain(&pseudo).map(|t| Ok((t.lang.clone(), serialize(t)?))).collect()
}
