//! What the widget downloads, serialized with postcard. The wasm holds no content: the content
//! is files beside it, the same for everyone, so that no request says anything about a person
//! and a changed content needs no new wasm.
//!
//! * [`START`]: what the questions need — the questions, the languages and the default
//!   language's texts but the results' — fetched with the wasm, in the first load;
//! * [`RESULTS`]: what only the results need — programmes, needs, contacts and their texts in the
//!   default language ([`avenir_core::model::ResultsPart`]) — fetched once the first screen works,
//!   so that the first visit does not grow with them;
//! * `texts/<tag>.bin` and `texts/<tag>.results.bin`: every other language's texts, split the same
//!   way, fetched when it is chosen.
//!
//! One place for all of them, so that `cargo xtask build` and the tests cannot disagree.

use avenir_core::model::Assessment;
use avenir_core::text::{self, Language, PSEUDO_LOCALES, Texts};

/// The questions' part of the content, under `dist/`.
pub const START: &str = "content/start.bin";
/// The results' part of the content, under `dist/`.
pub const RESULTS: &str = "content/results.bin";

/// `(START bytes, RESULTS bytes)`: the default language's texts only, and the language list
/// with the pseudo-locales (never offered in the picker; see [`avenir_core::text::PSEUDO_LOCALES`]).
pub fn widget(a: &Assessment) -> Result<(Vec<u8>, Vec<u8>), String> {
    let mut slim = a.clone();
    slim.texts.truncate(1);
    for (tag, dir) in PSEUDO_LOCALES {
        let name = format!("[{tag}]");
        slim.languages.push(Language { tag: tag.to_string(), name, dir, reviewed: true, pseudo: true });
    }
    let (start, results) = slim.split();
    let start = postcard::to_allocvec(&start).map_err(|e| format!("cannot serialize the questions' part: {e}"))?;
    let results = postcard::to_allocvec(&results).map_err(|e| format!("cannot serialize the results' part: {e}"))?;
    Ok((start, results))
}

/// `(tag, questions' texts, results' texts)` of one language.
pub type LanguageFiles = (String, Vec<u8>, Vec<u8>);

/// `(tag, questions' texts, results' texts)` for every language but the default one, and for
/// the pseudo-locales: each language in two files, split as the content is
/// ([`avenir_core::model::keys::for_results`]).
pub fn languages(a: &Assessment) -> Result<Vec<LanguageFiles>, String> {
    let pseudo: Vec<Texts> =
        a.texts.first().map_or(Vec::new(), |t| PSEUDO_LOCALES.iter().map(|(tag, _)| text::pseudo(t, tag)).collect());
    let serialize = |t: &Texts| postcard::to_allocvec(t).map_err(|e| format!("cannot serialize texts {}: {e}", t.lang));
    a.texts
        .iter()
        .skip(1)
        .chain(&pseudo)
        .map(|t| {
            let mut start = t.clone();
            let results = start.take_results();
            Ok((t.lang.clone(), serialize(&start)?, serialize(&results)?))
        })
        .collect()
}

/// Every file of the content for `dist/`: [`START`], [`RESULTS`], and for every other
/// language `texts/<tag>.bin` and `texts/<tag>.results.bin`.
pub fn files(a: &Assessment) -> Result<Vec<(String, Vec<u8>)>, String> {
    let (start, results) = widget(a)?;
    let mut out = vec![(START.to_string(), start), (RESULTS.to_string(), results)];
    for (tag, start, results) in languages(a)? {
        out.push((format!("texts/{tag}.bin"), start));
        out.push((format!("texts/{tag}.results.bin"), results));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use avenir_core::model::ResultsPart;

    #[test]
    fn the_two_parts_make_the_whole_content() {
        let files =
            crate::fs::read_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assessments/default"))
                .unwrap();
        let a = crate::check(&files, None).assessment.unwrap();
        let (start, results) = super::widget(&a).unwrap();
        let mut start = postcard::from_bytes::<avenir_core::model::StartPart>(&start).unwrap().into_assessment();
        let results: ResultsPart = postcard::from_bytes(&results).unwrap();
        assert!(start.programmes.is_empty() && start.contacts.is_empty() && start.needs.is_empty());
        assert!(start.texts[0].messages.keys().all(|k| !avenir_core::model::keys::for_results(k)));
        assert_eq!(start.questions, a.questions);
        start.join(results);
        // A contact's town (city, postal code) is for exchange formats only, never shipped.
        let mut contacts = a.contacts.clone();
        contacts.iter_mut().for_each(|c| c.town = Default::default());
        assert!(contacts != a.contacts, "the default content has towns: the test sees them dropped");
        assert_eq!((&start.programmes, &start.needs, &start.contacts), (&a.programmes, &a.needs, &contacts));
        assert_eq!(start.texts[0], a.texts[0]);
        // Every rule reads its question by index (`expr::At`, set by the checker), after the
        // round trip too: evaluation then finds answers without searching.
        let mut refs = 0;
        for (name, e) in start.conditions() {
            e.each_question(&mut |at, q| {
                refs += 1;
                assert_eq!(start.questions.get(at.0 as usize).map(|q| q.id.as_str()), Some(q), "{name}");
            });
        }
        assert!(refs > 50, "{refs} question references");
    }
}
