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
    /// The widget being built apart from the page, until it replaces the start page ([`shown`]).
    static APART: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
}

pub(crate) fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("avenir-root")
}

/// Mounts the widget on `#avenir-root` (the page's placeholder, replaced on start), once
/// [`content::run`] has the questions' part of the content, or with the session `handed` over
/// by the first build (`handover`).
///
/// On start, the widget is built in an element apart from the page (`.avenir-host`, which
/// style.css lays out as if it were not there), in tasks of their own (`views::App`,
/// `views::Widget`), and replaces the start page rendered at build time once whole
/// ([`shown`]): no task of the start is long, and nothing on the page changes until then
/// (issue 18: time to interactive is the end of the last task over 50 ms, and the first calls
/// of the wasm's functions, compiled then, are most of the start's work).
fn mount(texts: Option<std::rc::Rc<avenir_core::text::Texts>>, handed: Option<std::rc::Rc<views::Handed>>) {
    let Some(root) = root() else { return };
    let host = if views::at_once(&handed) {
        root.set_inner_html("");
        root
    } else {
        let Some(Ok(host)) = web_sys::window().and_then(|w| w.document()).map(|d| d.create_element("div")) else {
            return;
        };
        host.set_class_name("avenir-host");
        APART.with(|a| *a.borrow_mut() = Some(host.clone()));
        host
    };
    let app = yew::Renderer::<views::App>::with_root_and_props(host, views::AppProps { texts, handed }).render();
    APP.with(|a| *a.borrow_mut() = Some(app));
}

/// The widget is whole: it takes the start page's place if it was built apart, and runs (the
/// browser tests and `boot.js` wait for `data-running`).
pub(crate) fn shown() {
    let Some(root) = root() else { return };
    if let Some(host) = APART.with(|a| a.borrow_mut().take()) {
        root.set_inner_html("");
        let _ = root.append_child(&host);
    }
    let _ = root.set_attribute("data-running", "");
}

#[cfg(feature = "results")]
type TakeOver = yew::Callback<(Option<std::rc::Rc<avenir_core::text::Texts>>, std::rc::Rc<views::Handed>)>;

#[cfg(feature = "results")]
thread_local! {
    /// The results build prepared apart from the page, whole: how it takes over.
    static PREPARED: std::cell::RefCell<Option<TakeOver>> = const { std::cell::RefCell::new(None) };
}

/// The results build, prepared apart from the page, is whole (`handover::prepare`): it waits
/// for the session it takes over with; `boot.js` is told (`avenir-prepared`).
#[cfg(feature = "results")]
pub(crate) fn prepared(take: TakeOver) {
    PREPARED.with(|p| *p.borrow_mut() = Some(take));
    tell("avenir-prepared");
}

/// The results build takes the first build's place (which has unmounted): the one prepared
/// apart from the page is put in the page and moved to the handed screen, or else a new one is
/// mounted at once (one still being prepared is dropped). `data-handed` on `#avenir-root` says
/// it happened (the browser tests read it).
#[cfg(feature = "results")]
pub(crate) fn take_over(texts: Option<std::rc::Rc<avenir_core::text::Texts>>, handed: std::rc::Rc<views::Handed>) {
    let Some(root) = root() else { return };
    let _ = root.set_attribute("data-handed", "");
    // Prepared: it is apart from the page (`mount`), and `shown` puts it there.
    if let Some(take) = PREPARED.with(|p| p.borrow_mut().take()) {
        shown();
        take.emit((texts, handed));
        return;
    }
    if let Some(app) = APP.with(|a| a.borrow_mut().take()) {
        app.destroy();
    }
    APART.with(|a| a.borrow_mut().take());
    mount(texts, Some(handed));
}

/// An event of that name on `window`: how the widget tells `boot.js` (and the browser tests)
/// that something happened (`avenir-exit`, `avenir-delete`, `avenir-handover`…).
pub(crate) fn tell(name: &str) {
    if let Some(window) = web_sys::window()
        && let Ok(event) = web_sys::Event::new(name)
    {
        let _ = window.dispatch_event(&event);
    }
}

/// `f` in a task of its own, after this one. (Boxed: one instance of the closure's glue for
/// every caller, not one each.)
pub(crate) fn later(f: Box<dyn FnOnce()>) {
    use wasm_bindgen::JsCast;
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback(wasm_bindgen::closure::Closure::once_into_js(f).unchecked_ref());
    }
}

/// Unmounts the widget (its listeners with it), for the results build to take over.
#[cfg(not(feature = "results"))]
fn unmount() {
    if let Some(app) = APP.with(|a| a.borrow_mut().take()) {
        app.destroy();
    }
}
