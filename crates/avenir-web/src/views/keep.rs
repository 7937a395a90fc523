//! "Save on this phone" and "delete everything", below every question, "check your answers"
//! and the results. Saving happens only on this explicit choice; deleting is always there,
//! because the offline copy of the widget is kept even without it.

use avenir_core::text::ui;
use yew::prelude::*;

use crate::i18n::Tr;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub tr: Tr,
    pub saving: bool,
    /// The browser refused to store (a private window, storage blocked or full).
    pub failed: bool,
    pub dispatch: Callback<Action>,
    pub delete: Callback<()>,
}

#[function_component(Keep)]
pub fn keep(p: &Props) -> Html {
    let tr = &p.tr;
    let save = p.dispatch.reform(|_: MouseEvent| Action::Save);
    html! {
        <section class="keep" aria-label={tr.t(ui::SAVE)}>
            if p.failed {
                <p role="status">{ tr.t(ui::SAVE_FAILED) }</p>
            } else if p.saving {
                <p role="status" class="saved">
                    <svg class="icon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" fill="currentColor"/></svg>
                    { tr.t(ui::SAVED) }
                </p>
            } else if crate::storage::available() {
                <button type="button" class="secondary" onclick={save} aria-describedby="avenir-save-hint">{ tr.t(ui::SAVE) }</button>
                <p class="hint" id="avenir-save-hint">{ tr.t(ui::SAVE_HINT) }</p>
            }
            <DeleteButton tr={tr.clone()} delete={p.delete.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct DeleteProps {
    pub tr: Tr,
    pub delete: Callback<()>,
}

/// "Delete everything", with what it deletes as its description.
#[function_component(DeleteButton)]
pub fn delete_button(p: &DeleteProps) -> Html {
    let id = "avenir-delete-hint";
    html! {
        <>
            <button type="button" class="secondary delete" onclick={p.delete.reform(|_: MouseEvent| ())} aria-describedby={id}>{ p.tr.t(ui::DELETE_EVERYTHING) }</button>
            <p class="hint" {id}>{ p.tr.t(ui::DELETE_HINT) }</p>
        </>
    }
}
