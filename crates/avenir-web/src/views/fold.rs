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
