//! Screens. Each receives the state and a dispatcher; none holds state of its own.

mod question;
mod results;

use std::rc::Rc;

use avenir_core::session::Step;
use avenir_core::text::ui;
use yew::prelude::*;

use crate::content;
use crate::i18n::Tr;
use crate::state::{Action, State};

#[function_component(App)]
pub fn app() -> Html {
    match content::load() {
        Some(c) => html! { <Widget content={c} /> },
        // Only if the embedded bytes were damaged: an apology, never a blank page.
        None => html! {
            <main id="avenir" class="avenir" lang="en">
                <h1>{ "Avenir" }</h1>
                <p role="alert">{ "This assessment could not be loaded. Please try again later, or ask a counsellor." }</p>
            </main>
        },
    }
}

#[derive(Properties, PartialEq)]
struct WidgetProps {
    content: Rc<avenir_core::Assessment>,
}

#[function_component(Widget)]
fn widget(props: &WidgetProps) -> Html {
    let state = use_reducer({
        let c = props.content.clone();
        move || State::new(c)
    });
    // The browser's preferred languages choose the language; nothing is stored.
    let lang = use_memo((), {
        let c = props.content.clone();
        move |_| crate::i18n::preferred_language(&c)
    });
    let tr = Tr::new(props.content.clone(), &lang);
    let heading = use_node_ref();
    let root = use_node_ref();

    // Browser side effect, in an effect: on every new screen, move focus to its heading and
    // scroll to the top of the widget, as a screen-reader user expects after a page change.
    {
        let (heading, root) = (heading.clone(), root.clone());
        use_effect_with(state.screen, move |screen| {
            if *screen > 0 {
                if let Some(r) = root.cast::<web_sys::Element>() {
                    r.scroll_into_view();
                }
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    }

    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let body = match state.session.step {
        Step::Question(i) => {
            html! { <question::QuestionPage index={i} state={state.clone()} tr={tr.clone()} {dispatch} heading={heading.clone()} /> }
        }
        Step::Results => {
            html! { <results::ResultsPage state={state.clone()} tr={tr.clone()} {dispatch} heading={heading.clone()} /> }
        }
    };
    html! {
        <main id="avenir" class="avenir" lang={tr.lang().to_string()} dir={tr.dir()} ref={root}>
            <header class="masthead">
                <p class="service-name">{ tr.t(ui::TITLE) }</p>
                <p class="privacy-note">
                    <svg class="icon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path d="M6 10V8a6 6 0 1 1 12 0v2h1a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V11a1 1 0 0 1 1-1h1zm2 0h8V8a4 4 0 1 0-8 0v2z" fill="currentColor"/></svg>
                    { tr.t(ui::PRIVACY_NOTE) }
                </p>
            </header>
            { body }
        </main>
    }
}
