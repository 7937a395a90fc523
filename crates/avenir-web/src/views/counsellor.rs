//! The counsellor view (`#counsellor`, or "For counsellors" on the start page): a code typed
//! from the person's phone, every question on one page, and the results with, for every
//! criterion, its value, the answers it read and its sources. Nothing is sent or stored.

use avenir_core::model::keys;
use avenir_core::screen::CodeProblem;
use avenir_core::text::ui;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::ScreenProps;
use crate::state::Action;

#[function_component(CounsellorPage)]
pub fn counsellor_page(p: &ScreenProps) -> Html {
    let a = &p.state.content;
    let tr = &p.tr;
    let Some(c) = &p.state.counsellor else { return html! {} };
    let answers = &c.session.answers;
    let input = use_node_ref();
    let onsubmit = {
        let (d, input) = (p.dispatch.clone(), input.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(i) = input.cast::<HtmlInputElement>() {
                d.emit(Action::Code(i.value()));
            }
        })
    };
    let back = p.dispatch.reform(|_: MouseEvent| Action::Back);
    let problem = c.problem.map(|p| match p {
        CodeProblem::Check => ui::CODE_CHECK,
        CodeProblem::OtherVersion => ui::CODE_OTHER_VERSION,
        CodeProblem::Unsupported => ui::CODE_UNSUPPORTED,
        CodeProblem::NotACode => ui::CODE_NOT_A_CODE,
    });
    let relevant = answers.counted(a).relevant;
    let questions = a.questions.iter().zip(relevant).map(|(q, asked)| {
        let title = format!("cq-{}", q.id);
        let d = {
            let (d, id) = (p.dispatch.clone(), q.id.clone());
            Callback::from(move |x: Action| d.emit(Action::Answer(id.clone(), Box::new(x))))
        };
        let error = c.error.as_ref().filter(|(e, _)| *e == q.id).map(|(_, e)| super::question::error_text(*e, q, tr));
        html! {
            <fieldset class={classes!("cq", (!asked).then_some("not-asked"))} disabled={!asked} data-question={q.id.clone()}>
                <legend id={title.clone()}>{ tr.t(&keys::question(&q.id)) }</legend>
                if !asked { <p class="hint">{ tr.t(ui::NOT_ASKED) }</p> }
                if let Some(e) = error { <p class="error-message" role="alert">{ e }</p> }
                <p class="print-answer">{ super::results::answer_text(q, answers, tr) }</p>
                { super::question::controls(q, answers.get(&q.id), None, tr, &d, &q.id, &title) }
            </fieldset>
        }
    });
    html! {
        <div class="counsellor">
            <button type="button" class="back" onclick={back}>
                <span class="chevron" aria-hidden="true"></span>{ tr.t(ui::BACK) }
            </button>
            <h1 ref={p.heading.clone()} tabindex="-1">{ tr.t(ui::COUNSELLOR_TITLE) }</h1>
            <form class="code-form" {onsubmit} novalidate=true>
                <label for="handoff-code">{ tr.t(ui::CODE_LABEL) }</label>
                if let Some(key) = problem {
                    <p class="error-message" id="handoff-error" role="alert">{ tr.t(key) }</p>
                }
                <input type="text" id="handoff-code" class="code" ref={input} translate="no" dir="ltr" autocomplete="off"
                    autocapitalize="characters" spellcheck="false" aria-describedby={problem.map(|_| "handoff-error")} />
                <button type="submit" class="secondary">{ tr.t(ui::CODE_READ) }</button>
            </form>
            <section class="answers" aria-labelledby="h-answers">
                <h2 id="h-answers">{ tr.t(ui::ANSWERS) }</h2>
                { for questions }
            </section>
            { super::results::outcome(a, answers, tr, None) }
        </div>
    }
}
