//! The start page: what this is, that answers stay on the phone and how anyone can check that,
//! that the result is indicative, and how long it takes. The language picker is just above.

use avenir_core::text::ui;
use yew::prelude::*;

use crate::i18n::Tr;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub tr: Tr,
    pub dispatch: Callback<Action>,
    pub heading: NodeRef,
}

#[function_component(IntroPage)]
pub fn intro_page(p: &Props) -> Html {
    let tr = &p.tr;
    let onsubmit = {
        let d = p.dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            d.emit(Action::Begin);
        })
    };
    html! {
        <form class="intro readable" {onsubmit}>
            <h1 ref={p.heading.clone()} tabindex="-1">{ tr.t(ui::START_TITLE) }</h1>
            <super::listen::Listen tr={tr.clone()} />
            <p>{ tr.t(ui::START_WHAT) }</p>
            <div class="private">
                <p><strong>{ tr.t(ui::START_PRIVATE) }</strong></p>
                <p>{ tr.t(ui::START_CHECK) }</p>
            </div>
            <p class="indicative">{ tr.t(ui::START_INDICATIVE) }</p>
            <button type="submit" class="primary">{ tr.t(ui::START) }</button>
        </form>
    }
}
