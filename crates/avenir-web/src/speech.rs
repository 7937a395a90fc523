//! Read-aloud with the browser's speech synthesis, only with voices that run on the device (a
//! network voice would send the text to a third party). The choice of voice is the core's
//! (`text::pick_voice`); this reads the text and hands it to the platform.
//!
//! Where content ships recordings of the texts (`audio/<lang>/<key>.<ext>`), they are played
//! instead. The first time, every recording of the language is fetched at once and kept in
//! memory, so that no request ever says which text, question or result a person listened to.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

thread_local! {
    /// The recordings fetched for one language: (language, [(file, object URL)]).
    static CLIPS: RefCell<(String, Vec<(String, String)>)> = const { RefCell::new((String::new(), Vec::new())) };
    /// What is playing now, and what plays the next clip when it ends.
    static PLAYING: RefCell<Option<(web_sys::HtmlAudioElement, gloo_events::EventListener)>> = const { RefCell::new(None) };
}

/// Stops whatever is being read or played.
fn stop() {
    if let Some((audio, _)) = PLAYING.with(|p| p.borrow_mut().take()) {
        let _ = audio.pause();
    }
    if let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
        synth.cancel();
    }
}

/// Plays the recordings `files` one after another, fetching all of `every` (the language's
/// recordings) first if they are not in memory yet. `Err` if they cannot be had (offline before
/// they were ever fetched): the caller then reads the text with the device's voice.
pub async fn play(assets: &str, lang: &str, every: &[String], files: &[String]) -> Result<(), Unavailable> {
    stop();
    if CLIPS.with(|c| c.borrow().0 != lang) {
        let mut clips = Vec::new();
        for file in every {
            let bytes =
                crate::i18n::fetch_bytes(format!("{assets}audio/{lang}/{file}")).await.ok_or(Unavailable::NoVoice)?;
            let blob = web_sys::Blob::new_with_buffer_source_sequence(&js_sys::Array::of1(&bytes))
                .map_err(|_| Unavailable::NoVoice)?;
            clips.push((
                file.clone(),
                web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| Unavailable::NoVoice)?,
            ));
        }
        CLIPS.with(|c| *c.borrow_mut() = (lang.to_string(), clips));
    }
    let urls: Vec<String> = CLIPS.with(|c| {
        let clips = &c.borrow().1;
        files.iter().filter_map(|f| clips.iter().find(|(name, _)| name == f).map(|(_, url)| url.clone())).collect()
    });
    if urls.len() != files.len() {
        return Err(Unavailable::NoVoice);
    }
    play_from(std::rc::Rc::new(urls), 0);
    Ok(())
}

fn play_from(urls: std::rc::Rc<Vec<String>>, i: usize) {
    let Some(url) = urls.get(i) else { return };
    let Ok(audio) = web_sys::HtmlAudioElement::new_with_src(url) else { return };
    let next = gloo_events::EventListener::once(&audio, "ended", move |_| play_from(urls, i + 1));
    let _ = audio.play();
    PLAYING.with(|p| *p.borrow_mut() = Some((audio, next)));
}

/// Why nothing could be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unavailable {
    /// No speech synthesis in this browser, or no voice for the language on the device.
    NoVoice,
}

/// Reads `text` aloud in `lang`, stopping what was being read.
pub fn speak(text: &str, lang: &str) -> Result<(), Unavailable> {
    let synth = web_sys::window().and_then(|w| w.speech_synthesis().ok()).ok_or(Unavailable::NoVoice)?;
    let voices: Vec<web_sys::SpeechSynthesisVoice> =
        synth.get_voices().iter().map(|v| v.unchecked_into::<web_sys::SpeechSynthesisVoice>()).collect();
    let described: Vec<(String, bool)> = voices.iter().map(|v| (v.lang(), v.local_service())).collect();
    let voice =
        avenir_core::text::pick_voice(&described, lang).and_then(|i| voices.get(i)).ok_or(Unavailable::NoVoice)?;
    let utterance = web_sys::SpeechSynthesisUtterance::new_with_text(text).map_err(|_| Unavailable::NoVoice)?;
    utterance.set_lang(lang);
    utterance.set_voice(Some(voice));
    stop();
    synth.speak(&utterance);
    Ok(())
}

/// The text of an element as shown (its rendered text), without the listen button's own label.
pub fn visible_text(element: &web_sys::HtmlElement) -> String {
    let clone = element.clone_node_with_deep(true).ok().and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(clone) = clone else { return element.inner_text() };
    if let Ok(buttons) = clone.query_selector_all(".listen, .listen-status, [aria-hidden=\"true\"]") {
        for i in 0..buttons.length() {
            if let Some(b) = buttons.get(i)
                && let Some(parent) = b.parent_node() {
                    let _ = parent.remove_child(&b);
                }
        }
    }
    clone.text_content().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ")
}
