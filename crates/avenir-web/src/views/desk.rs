//! The counsellor's desk (counsellor build only): beside the answers, the open points — each
//! settled in place with the question's own control — and the programmes with their verdicts as
//! a table; below them, the counsellor's notes. What is open is the core's `desk::open`; the
//! notes are the core's `Notes`, kept in the page's memory only. No Listen button on the desk
//! (`NoListen`): a counsellor reads.

use avenir_core::desk::{Gap, open};
use avenir_core::evaluate::evaluate;
use avenir_core::model::keys;
use avenir_core::screen::{Counsellor, Note};
use avenir_core::text::ui;
use avenir_core::{Answer, Assessment};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::i18n::Tr;
use crate::state::Action;

/// Given by the desk to what it contains: `Listen` renders nothing under it.
#[derive(Clone, Copy, PartialEq)]
pub struct NoListen;

/// The open points and the table of programmes, for the answers on the desk.
pub(super) fn overview(a: &Assessment, c: &Counsellor, tr: &Tr, dispatch: &Callback<Action>) -> Html {
    let answers = &c.session.answers;
    let out = evaluate(a, answers);
    let open = open(a, answers, &out, &c.not_shared);
    let name = |p: &str| tr.t(&keys::programme(p));
    let points = open.points.iter().map(|point| {
        let q = point.question;
        let title = format!("op-{}", q.id);
        let d = {
            let (d, id) = (dispatch.clone(), q.id.clone());
            Callback::from(move |x: Action| d.emit(Action::Answer(id.clone(), Box::new(x))))
        };
        let gap = match point.gap {
            Gap::DontKnow => "dont-know",
            Gap::PreferNotToSay => "prefer-not-to-say",
            Gap::NotShared => "not-shared",
            Gap::Unanswered => "unanswered",
        };
        let settles = point.settles.iter().map(|p| name(p)).collect::<Vec<_>>();
        // The question's own control, so that the point is settled here; "don't know" and
        // "prefer not to say" are not offered again for a point that is one of them.
        let now = answers.get(&q.id).filter(|x| !matches!(x, Answer::DontKnow | Answer::PreferNotToSay));
        html! {
            <li class="open-point" data-question={q.id.clone()} data-gap={gap}>
                <p id={title.clone()}>
                    <span class="q">{ tr.t(&keys::question(&q.id)) }</span>{ " " }
                    <strong class="gap">{ super::results::answer_text(q, answers, &c.not_shared, tr) }</strong>
                </p>
                if !settles.is_empty() {
                    <p class="settles">{ tr.t_args(ui::DESK_SETTLES, &[("programmes", &tr.list(&settles))]) }</p>
                }
                <div role="group" aria-labelledby={title.clone()}>
                    { super::question::controls(q, now, None, tr, &d, &format!("open-{}", q.id), &title) }
                </div>
            </li>
        }
    });
    let to_check = open.to_check.iter().map(|(p, c)| {
        html! {
            <li>
                <strong>{ name(p) }</strong>{ ": " }
                { tr.t(&keys::criterion(p, &c.criterion.id, c.outcome_id())) }
            </li>
        }
    });
    let rows = out.programmes.iter().map(|r| {
        html! {
            <tr data-likelihood={r.likelihood.id()} data-programme={r.programme.id.clone()}>
                <th scope="row">{ name(&r.programme.id) }</th>
                <td><span class={classes!("tag", format!("tag-{}", r.likelihood.id()))}>{ tr.t(super::results::verdict(r)) }</span></td>
            </tr>
        }
    });
    html! {
        <div class="desk-side">
            <section class="open-points" aria-labelledby="h-open">
                <h2 id="h-open">{ tr.t(ui::DESK_OPEN) }</h2>
                if open.is_empty() {
                    <p>{ tr.t(ui::DESK_OPEN_NONE) }</p>
                }
                if !open.points.is_empty() {
                    <ul class="open-list">{ for points }</ul>
                }
                if !open.to_check.is_empty() {
                    <h3>{ tr.t(ui::DESK_TO_CHECK) }</h3>
                    <ul class="to-check">{ for to_check }</ul>
                }
            </section>
            <section class="verdicts" aria-labelledby="h-verdicts">
                <h2 id="h-verdicts">{ tr.t(ui::PROGRAMMES) }</h2>
                <table>
                    <thead><tr><th scope="col">{ tr.t(ui::DESK_PROGRAMME) }</th><th scope="col">{ tr.t(ui::DESK_RESULT) }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </section>
        </div>
    }
}

/// The counsellor's notes: typed here, kept in memory only (the core's `Notes`), printed with
/// the summary. No `name` on the fields and no form: nothing here can be submitted.
pub(super) fn notes(c: &Counsellor, tr: &Tr, dispatch: &Callback<Action>) -> Html {
    let field = |which: Note, key: &'static str, id: &'static str, value: &str| {
        let oninput = dispatch.reform(move |e: InputEvent| {
            let text = e.target_dyn_into::<HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default();
            Action::Note(which, text)
        });
        html! {
            <div class="note">
                <label for={id}>{ tr.t(key) }</label>
                <textarea {id} rows="2" autocomplete="off" spellcheck="false" value={value.to_string()} {oninput} aria-describedby="notes-hint" />
                <p class="print-only note-text">{ value }</p>
            </div>
        }
    };
    html! {
        <section class="desk-notes" aria-labelledby="h-desk-notes">
            <h2 id="h-desk-notes">{ tr.t(ui::NOTES) }</h2>
            <p class="hint" id="notes-hint">{ tr.t(ui::DESK_NOTES_HINT) }</p>
            { field(Note::Vulnerabilities, ui::DESK_VULNERABILITIES, "note-vulnerabilities", &c.notes.vulnerabilities) }
            { field(Note::Family, ui::DESK_FAMILY, "note-family", &c.notes.family) }
            { field(Note::Consent, ui::DESK_CONSENT, "note-consent", &c.notes.consent) }
        </section>
    }
}

/// The desk's answers handed back to the person as a new code, when one was changed: the same
/// notice, choice and code as on the phone (`results::handoff_body`), the person reading the
/// desk's screen. Hidden again as soon as an answer changes (the core's `Screen::handoff`, in
/// the counsellor view).
pub(super) fn handback(
    a: &Assessment,
    c: &Counsellor,
    handoff: Option<&avenir_core::screen::Handoff>,
    tr: &Tr,
    dispatch: &Callback<Action>,
) -> Html {
    let make = |share: avenir_core::handoff::Share| {
        let d = dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::MakeCode(share, super::results::random())))
    };
    let left_out = super::results::asked_left_out(a, &c.session.answers);
    let toggle = dispatch.reform(|_: MouseEvent| Action::ShowCode);
    html! {
        <section class="handoff handback">
            <button type="button" class="secondary" aria-expanded={handoff.is_some().to_string()} onclick={toggle}>{ tr.t(ui::DESK_HANDBACK) }</button>
            if let Some(h) = handoff { { super::results::handoff_body(h, &left_out, &make, tr) } }
        </section>
    }
}
