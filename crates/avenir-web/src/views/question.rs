//! One question per screen, in the GOV.UK "question page" pattern.

use avenir_core::model::{DONT_KNOW, PREFER_NOT_TO_SAY, keys};
use avenir_core::text::ui;
use yew::prelude::*;

use crate::i18n::Tr;
use crate::state::{Action, State};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub index: usize,
    pub state: UseReducerHandle<State>,
    pub tr: Tr,
    pub dispatch: Callback<Action>,
    pub heading: NodeRef,
}

#[function_component(QuestionPage)]
pub fn question_page(p: &Props) -> Html {
    let a = &p.state.content;
    let Some(q) = a.questions.get(p.index) else {
        return html! {};
    };
    let tr = &p.tr;
    let (n, total) = p.state.session.progress(a);
    let chosen = p.state.session.answers.get(&q.id).map(str::to_string);
    let why_key = keys::question_why(&q.id);
    let hint_key = keys::question_hint(&q.id);
    let error_id = "answer-error";

    let onsubmit = {
        let d = p.dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            d.emit(Action::Continue);
        })
    };
    let back = {
        let d = p.dispatch.clone();
        Callback::from(move |_| d.emit(Action::Back))
    };

    let options = q.all_options().into_iter().map(|(value, key)| {
        let id = format!("opt-{}-{value}", q.id);
        let onchange = {
            let d = p.dispatch.clone();
            let v = value.to_string();
            Callback::from(move |_: Event| d.emit(Action::Choose(v.clone())))
        };
        // "Don't know" and "prefer not to say" stand apart from the real options.
        let separate = value == DONT_KNOW || (value == PREFER_NOT_TO_SAY && !q.dont_know);
        html! {
            <>
                if separate { <p class="or" aria-hidden="true">{ "—" }</p> }
                <div class="option">
                    <input type="radio" name="answer" id={id.clone()} value={value.to_string()}
                        checked={chosen.as_deref() == Some(value)} {onchange} />
                    <label for={id}>{ tr.t(&key) }</label>
                </div>
            </>
        }
    });

    let describedby = {
        let mut ids = Vec::new();
        if tr.has(&hint_key) {
            ids.push("question-hint")
        }
        if p.state.no_answer {
            ids.push(error_id)
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };

    html! {
        <form class="question" {onsubmit} novalidate=true>
            if n > 1 {
                <button type="button" class="back" onclick={back}>
                    <span class="chevron" aria-hidden="true"></span>{ tr.t(ui::BACK) }
                </button>
            }
            <p class="progress">{ tr.t_args(ui::PROGRESS, &[("n", &n.to_string()), ("total", &total.to_string())]) }</p>
            <div class={classes!("field", p.state.no_answer.then_some("field-error"))}>
                <fieldset aria-describedby={describedby}>
                    <legend><h1 ref={p.heading.clone()} tabindex="-1">{ tr.t(&keys::question(&q.id)) }</h1></legend>
                    if tr.has(&hint_key) {
                        <p class="hint" id="question-hint">{ tr.t(&hint_key) }</p>
                    }
                    if tr.has(&why_key) {
                        <details class="why">
                            <summary>{ tr.t(ui::WHY_WE_ASK) }</summary>
                            <p>{ tr.t(&why_key) }</p>
                        </details>
                    }
                    if p.state.no_answer {
                        <p class="error-message" id={error_id} role="alert">{ tr.t(ui::CHOOSE_AN_ANSWER) }</p>
                    }
                    <div class="options">{ for options }</div>
                </fieldset>
            </div>
            <button type="submit" class="primary">{ tr.t(ui::CONTINUE) }</button>
        </form>
    }
}
