//! # avenir-web
//!
//! The widget: renders [`avenir_core::Session`] with Yew and sends it the person's actions.
//! It decides nothing: what is asked next, what counts, and every result come from the core.
//!
//! * [`content`]: the content, fetched beside the wasm in two parts (postcard bytes, checked by the build).
//! * `handover`: the first load has no results; the build with them (feature `results`)
//!   takes over, in memory, when the person reaches them.
//! * [`state`]: `State`, `Action` and `impl Reducible`, a thin wrapper of the core's session.
//! * [`i18n`]: text lookup and the platform's `Intl` for dates and opening hours.
//! * `views`: one component per screen.
//! * [`scan`] (counsellor build): reading the hand-off QR code from the camera or a photo.
//!
//! * [`embed`]: the host page's settings when embedded (`<avenir-assessment>`), checked by the core.
//! * [`storage`]: "save on this phone" (only when chosen) and "delete everything".
//!
//! Invariants: no request after load, no cookie, and no storage unless the person chose to save
//! on this phone (the browser tests prove it); no panic on any answer (the core's flow refuses invalid events instead).

pub mod content;
pub mod embed;
pub mod exit;
pub(crate) mod handover;
pub mod i18n;
#[cfg(feature = "counsellor")]
pub mod scan;
pub mod speech;
pub mod state;
pub mod storage;
pub(crate) mod views;
#[cfg(feature = "ssr")]
pub use views::prerender;

thread_local! {
    static APP: std::cell::RefCell<Option<yew::AppHandle<views::App>>> = const { std::cell::RefCell::new(None) };
}

/// Mounts the widget on `#avenir-root` (the page's placeholder, replaced on start), once
/// [`content::run`] has the questions' part of the content, or with the session `handed` over
/// by the first build (`handover`).
fn mount(texts: Option<std::rc::Rc<avenir_core::text::Texts>>, handed: Option<std::rc::Rc<views::Handed>>) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("avenir-root"))
    else {
        return;
    };
    root.set_inner_html("");
    let app = yew::Renderer::<views::App>::with_root_and_props(root, views::AppProps { texts, handed }).render();
    APP.with(|a| *a.borrow_mut() = Some(app));
}

/// Unmounts the widget (its listeners with it), for the results build to take over.
#[cfg(not(feature = "results"))]
fn unmount() {
    if let Some(app) = APP.with(|a| a.borrow_mut().take()) {
        app.destroy();
    }
}
