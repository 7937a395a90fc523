//! Read-aloud with the browser's speech synthesis, only with voices that run on the device (a
//! network voice would send the text to a third party). The choice of voice is the core's
//! (`text::pick_voice`); this reads the text and hands it to the platform.

use wasm_bindgen::JsCast;

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
    synth.cancel();
    synth.speak(&utterance);
    Ok(())
}

/// The text of an element as shown (its rendered text), without the listen button's own label.
pub fn visible_text(element: &web_sys::HtmlElement) -> String {
    let clone = element.clone_node_with_deep(true).ok().and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(clone) = clone else { return element.inner_text() };
    if let Ok(buttons) = clone.query_selector_all(".listen, .listen-status, [aria-hidden=\"true\"]") {
        for i in 0..buttons.length() {
            if let Some(b) = buttons.get(i) {
                if let Some(parent) = b.parent_node() {
                    let _ = parent.remove_child(&b);
                }
            }
        }
    }
    clone.text_content().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ")
}
