//! A `<details>` whose content is built the first time it is opened (issue 18).
//!
//! Most of the results sit folded: a programme's reasons, facts and sources, a need's advice, a
//! contact's hours, languages and sources. Built at once, the page had 508 elements (the tests'
//! walk), most in closed `<details>`, for content most people never open; folded, 134. (On a
//! quiet machine this did not shorten the "See your results" tap, whose time is the handover,
//! the evaluation and the layout: `docs/performance.md`.) Folded, only the summary is built; a
//! tap on it builds the rest before the browser opens it (Yew renders in a microtask, which
//! runs before the click's default action), so the content is there when it shows.
//!
//! Lazy only under [`Lazy`]`(true)`, which the person's results page provides: the counsellor
//! view, which opens the programmes and prints the summary, builds everything. Printed, the
//! results show everything (the print style opens every `<details>`), so the page sets `Lazy`
//! to false when the browser is about to print ([`on_print`]).

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Whether folded content waits for its first opening.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Lazy(pub bool);

#[derive(Properties, PartialEq)]
pub struct FoldProps {
    #[prop_or_default]
    pub class: Classes,
    /// Open from the start (and so built at once).
    #[prop_or_default]
    pub open: bool,
    /// The `<summary>`'s content: always built.
    pub summary: Html,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Fold)]
pub fn fold(p: &FoldProps) -> Html {
    let lazy = use_context::<Lazy>().is_some_and(|l| l.0);
    let opened = use_state_eq(|| false);
    // The summary's click (a tap, Enter or Space, a screen reader's activation) comes before
    // the opening; `toggle` catches an opening without one (find in page).
    let open = {
        let opened = opened.clone();
        Callback::from(move |()| opened.set(true))
    };
    let built = !lazy || p.open || *opened;
    let onclick = (!built).then(|| open.reform(|_: MouseEvent| ()));
    let ontoggle = (!built).then(|| open.reform(|_: Event| ()));
    html! {
        <details class={p.class.clone()} open={p.open} {ontoggle}>
            <summary {onclick}>{ p.summary.clone() }</summary>
            if built { { p.children.clone() } }
        </details>
    }
}

/// Calls `print` when the browser is about to print or to lay out for print (`beforeprint`, and
/// the `print` media query turning on, as in a PDF export); the listeners live as long as the
/// returned value.
pub fn on_print(print: impl Fn() + Clone + 'static) -> Vec<gloo_events::EventListener> {
    let Some(w) = web_sys::window() else { return Vec::new() };
    let mut out = Vec::with_capacity(2);
    let p = print.clone();
    out.push(gloo_events::EventListener::new(&w, "beforeprint", move |_| p()));
    if let Ok(Some(q)) = w.match_media("print") {
        out.push(gloo_events::EventListener::new(&q, "change", move |_| print()));
    }
    out
}

/// What [`use_keep_place`] notes when the language picker changes: the place of the first
/// heading, summary or line at the top of the screen, the language shown then, and when.
struct Place {
    lang: String,
    index: u32,
    top: f64,
    at: f64,
}

/// The elements a place is noted by, in the page's order (the same in every language).
const PLACES: &str = "#avenir .results :is(h1, h2, h3, h4, summary, p, li, dt, dd)";

/// The first of [`PLACES`] that starts on the screen, below the bar that stays in view.
fn place_now() -> Option<Place> {
    let w = web_sys::window()?;
    // At the top of the page, the page stays at its top.
    if w.scroll_y().ok()? < 1.0 {
        return None;
    }
    let d = w.document()?;
    let root = d.get_element_by_id("avenir")?;
    let bar = d.query_selector(".exit-bar").ok().flatten().map_or(0.0, |b| b.get_bounding_client_rect().bottom());
    let list = d.query_selector_all(PLACES).ok()?;
    (0..list.length()).find_map(|index| {
        let el = list.item(index)?.dyn_into::<web_sys::Element>().ok()?;
        let r = el.get_bounding_client_rect();
        (r.height() > 0.0 && r.top() >= bar - 1.0).then(|| Place {
            lang: root.get_attribute("lang").unwrap_or_default(),
            index,
            top: r.top(),
            at: js_sys::Date::now(),
        })
    })
}

/// Switching language on the results: the page keeps its elements and changes their texts (the
/// widget keeps the screen while the new language's texts arrive), so what the person opened
/// stays open; this keeps the part they were reading where it was on the screen. When the
/// language picker changes (a listener in the capture phase, before the widget's), the first
/// heading, summary or line at the top of the screen is noted with its place; each time the
/// page's texts change to another language, the page's own window scrolls it back there, until
/// the page is no longer busy (or 10 s have passed). `lang` is the language shown.
#[hook]
pub fn use_keep_place(lang: String, texts: crate::i18n::Tr) {
    let place = use_mut_ref(|| None::<Place>);
    {
        let place = place.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                let capture = gloo_events::EventListenerOptions::run_in_capture_phase();
                gloo_events::EventListener::new_with_options(&w, "change", capture, move |e| {
                    let picker = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                    if picker.is_some_and(|p| p.id() == "avenir-language") {
                        *place.borrow_mut() = place_now();
                    }
                })
            });
            move || drop(listener)
        });
    }
    use_effect_with(texts, move |_| {
        let mut kept = place.borrow_mut();
        let Some(p) = kept.as_ref() else { return };
        let w = web_sys::window();
        let d = w.as_ref().and_then(|w| w.document());
        if p.lang != lang {
            let el = d.as_ref().and_then(|d| d.query_selector_all(PLACES).ok()).and_then(|l| l.item(p.index));
            if let (Some(w), Some(el)) = (&w, el.and_then(|n| n.dyn_into::<web_sys::Element>().ok())) {
                w.scroll_by_with_x_and_y(0.0, el.get_bounding_client_rect().top() - p.top);
            }
        }
        let busy = d.and_then(|d| d.get_element_by_id("avenir")).is_some_and(|r| r.has_attribute("aria-busy"));
        if (p.lang != lang && !busy) || js_sys::Date::now() - p.at > 10_000.0 {
            *kept = None;
        }
    });
}
