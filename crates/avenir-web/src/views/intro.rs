//! The start page: what this is, that answers stay on the phone and how anyone can check that,
//! that the result is indicative, and how long it takes. The language picker is just above.
//! When answers were saved on an earlier visit, it offers to continue or to delete everything
//! (it never shows an answer before the person asks for it).

use avenir_core::screen::Notice;
use avenir_core::text::ui;
use yew::prelude::*;

use super::ScreenProps;
use crate::state::Action;

#[function_component(IntroPage)]
pub fn intro_page(p: &ScreenProps) -> Html {
    let tr = &p.tr;
    let resumable = p.state.resumable.is_some();
    let onsubmit = {
        let d = p.dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            d.emit(if resumable { Action::Resume } else { Action::Begin });
        })
    };
    // The counsellor build opens its view at once; in the person's build the new `#counsellor`
    // makes `boot.js` load the counsellor build (the person's first load has no counsellor view).
    let counsellor = super::COUNSELLOR.then(|| p.dispatch.reform(|_: MouseEvent| Action::Counsellor));
    html! {
        <form class="intro readable" {onsubmit}>
            <h1 ref={p.heading.clone()} tabindex="-1">{ tr.t(ui::START_TITLE) }</h1>
            if p.state.notice == Some(Notice::Deleted) {
                <p class="notice" role="status">{ tr.t(ui::DELETED) }</p>
            }
            <super::listen::Listen tr={tr.clone()} keys={[ui::START_TITLE, ui::START_WHAT, ui::START_PRIVATE, ui::START_CHECK, ui::START_INDICATIVE].map(String::from).to_vec()} />
            <p>{ tr.t(ui::START_WHAT) }</p>
            <div class="private">
                <p><strong>{ tr.t(ui::START_PRIVATE) }</strong></p>
                <p>{ tr.t(ui::START_CHECK) }</p>
            </div>
            <p class="indicative">{ tr.t(ui::START_INDICATIVE) }</p>
            if resumable {
                <div class="resume">
                    <p><strong>{ tr.t(ui::RESUME_FOUND) }</strong></p>
                    <button type="submit" class="primary">{ tr.t(ui::RESUME) }</button>
                    <super::keep::DeleteButton tr={tr.clone()} delete={p.delete.clone()} />
                </div>
            } else {
                <button type="submit" class="primary">{ tr.t(ui::START) }</button>
            }
            <p class="for-counsellors"><a href="#counsellor" onclick={counsellor}>{ tr.t(ui::FOR_COUNSELLORS) }</a></p>
        </form>
    }
}
