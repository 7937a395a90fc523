//! A "Listen" button that reads aloud the element it belongs to (its nearest `.readable`
//! ancestor), or says that the device has no voice for the language. When content ships a
//! recording of every text in `keys` (in the shown language), those are played instead.

use avenir_core::text::ui;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::Tr;
use crate::speech;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub tr: Tr,
    /// The text keys the element shows, in reading order (empty: always the device's voice).
    #[prop_or_default]
    pub keys: Vec<String>,
}

#[function_component(Listen)]
pub fn listen(p: &Props) -> Html {
    // Not on the counsellor's desk: a counsellor reads.
    #[cfg(feature = "counsellor")]
    if use_context::<super::desk::NoListen>().is_some() {
        return html! {};
    }
    let no_voice = use_state(|| false);
    let onclick = {
        let (no_voice, lang) = (no_voice.clone(), p.tr.lang().to_string());
        let recorded = p.tr.recordings(&p.keys).map(|files| (files, p.tr.all_recordings()));
        Callback::from(move |e: MouseEvent| {
            let readable = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest(".readable").ok().flatten())
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
            let text = readable.map(|el| speech::visible_text(&el)).unwrap_or_default();
            match recorded.clone() {
                Some((files, every)) => {
                    let (no_voice, lang) = (no_voice.clone(), lang.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let played = speech::play(&super::assets_base(), &lang, &every, &files).await;
                        no_voice.set(played.is_err() && speech::speak(&text, &lang).is_err());
                    });
                }
                None => no_voice.set(speech::speak(&text, &lang).is_err()),
            }
        })
    };
    let language = p.tr.language().map_or(String::new(), |l| l.name.clone());
    html! {
        <>
            <button type="button" class="listen" {onclick}>
                <svg class="icon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" fill="currentColor"/></svg>
                { p.tr.t(ui::LISTEN) }
            </button>
            <p class="listen-status" role="status">
                if *no_voice { { p.tr.t_args(ui::NO_VOICE, &[("language", &language)]) } }
            </p>
        </>
    }
}
