//! One question per screen, in the GOV.UK "question page" pattern, for every kind of question:
//! radios (one answer, yes/no), checkboxes (multiple choice), a select (long country lists),
//! a number field. "Don't know" and "prefer not to say" always stand apart, after an "or".

use avenir_core::answers::Answer;
use avenir_core::model::{DONT_KNOW, PREFER_NOT_TO_SAY, Question, QuestionKind, keys};
use avenir_core::session::FlowError;
use avenir_core::text::ui;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::ScreenProps;
use super::listen::Listen;
use crate::i18n::Tr;
use crate::state::Action;

/// Above this many options a country question is a select, not a list of radios.
const SELECT_ABOVE: usize = 12;

#[function_component(QuestionPage)]
pub fn question_page(p: &ScreenProps) -> Html {
    let a = &p.state.content;
    // The rehearsal ([`super::rehearsing`]): the content's first question (Start leads to it,
    // unless an embedding site answered it).
    let q = match super::rehearsing() > 0 {
        true => a.questions.first(),
        false => p.state.session.current(a),
    };
    let Some(q) = q else { return html! {} };
    let tr = &p.tr;
    let progress = p.state.session.progress(a);
    let answer = p.state.session.answers.get(&q.id);
    let why_key = keys::question_why(&q.id);
    let hint_key = keys::question_hint(&q.id);
    let error_id = "answer-error";
    let error = p.state.error.map(|e| error_text(e, q, tr));

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

    let describedby = {
        let mut ids = Vec::new();
        if tr.has(&hint_key) {
            ids.push("question-hint")
        }
        if error.is_some() {
            ids.push(error_id)
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };

    // What "Listen" reads, for recordings: the question, its hint, every option.
    let listen_keys: Vec<String> = std::iter::once(keys::question(&q.id))
        .chain(tr.has(&hint_key).then(|| hint_key.clone()))
        .chain(q.all_options().into_iter().map(|(_, key)| key))
        .collect();
    html! {
        <form class="question" {onsubmit} novalidate=true>
            // On the first question, Back returns to the start page.
            <button type="button" class="back" onclick={back}>
                <span class="chevron" aria-hidden="true"></span>{ tr.t(ui::BACK) }
            </button>
            <p class="progress">{ tr.t_count(
                if progress.follow_up { ui::PROGRESS_FOLLOW_UP } else { ui::PROGRESS },
                &[("n", &tr.number(progress.n as i64)), ("total", &tr.number(progress.total as i64))],
                &[("n", progress.n as i64), ("total", progress.total as i64)],
            ) }</p>
            <div class={classes!("field", "readable", error.is_some().then_some("field-error"))}>
                <fieldset aria-describedby={describedby}>
                    <legend><h1 ref={p.heading.clone()} tabindex="-1" id="question-title">{ tr.t(&keys::question(&q.id)) }</h1></legend>
                    <Listen tr={tr.clone()} keys={listen_keys} />
                    if tr.has(&hint_key) {
                        <p class="hint" id="question-hint">{ tr.t(&hint_key) }</p>
                    }
                    if tr.has(&why_key) {
                        <details class="why">
                            <summary>{ tr.t(ui::WHY_WE_ASK) }</summary>
                            <p>{ tr.t(&why_key) }</p>
                        </details>
                    }
                    if let Some(message) = &error {
                        <p class="error-message" id={error_id} role="alert">{ message }</p>
                    }
                    if super::rehearsing() != 1 {
                        { controls(q, answer, p.state.draft.as_deref(), tr, &p.dispatch, "answer", "question-title") }
                    }
                </fieldset>
            </div>
            <button type="submit" class="primary">{ tr.t(ui::CONTINUE) }</button>
        </form>
    }
}

/// Why an answer was refused, in words.
pub(super) fn error_text(e: FlowError, q: &Question, tr: &Tr) -> String {
    match (e, q.kind) {
        (FlowError::NotANumber | FlowError::OutOfRange, QuestionKind::Number { min, max }) => tr.t_count(
            ui::ENTER_A_NUMBER,
            &[("min", &tr.number(min)), ("max", &tr.number(max))],
            &[("min", min), ("max", max)],
        ),
        _ => tr.t(ui::CHOOSE_AN_ANSWER),
    }
}

/// The answer controls for the question's kind.
/// `name` groups the radios and makes the controls' ids (the question's id, or another where the
/// question has a second set of controls on the page); `title` is the id of the element naming
/// the question.
pub(super) fn controls(
    q: &Question,
    answer: Option<&Answer>,
    draft: Option<&str>,
    tr: &Tr,
    dispatch: &Callback<Action>,
    name: &str,
    title: &str,
) -> Html {
    let chosen = answer.and_then(Answer::option);
    let all = q.all_options();
    let (real, special): (Vec<_>, Vec<_>) =
        all.into_iter().partition(|(o, _)| *o != DONT_KNOW && *o != PREFER_NOT_TO_SAY);
    // `intl`: the label is a country named by the browser (`Intl.DisplayNames`), not a text.
    let radio = |value: &str, (label, intl): (String, bool), checked: bool| {
        let id = format!("opt-{name}-{value}");
        let onchange = {
            let (d, v) = (dispatch.clone(), value.to_string());
            Callback::from(move |_: Event| d.emit(Action::Choose(v.clone())))
        };
        html! {
            <div class="option">
                <input type="radio" name={name.to_string()} id={id.clone()} value={value.to_string()} {checked} {onchange} />
                <label for={id} data-l10n={intl.then_some("intl")}>{ label }</label>
            </div>
        }
    };
    let specials = html! {
        <>
            <p class="or" aria-hidden="true">{ "—" }</p>
            { for special.iter().map(|(o, key)| radio(o, (tr.t(key), false), chosen == Some(*o))) }
        </>
    };
    match q.kind {
        QuestionKind::Multi => {
            let ticked: &[String] = match answer {
                Some(Answer::Choices(os)) => os,
                _ => &[],
            };
            html! {
                <div class="options">
                    { for real.iter().map(|(o, key)| {
                        let id = format!("opt-{name}-{o}");
                        let onchange = {
                            let (d, v) = (dispatch.clone(), o.to_string());
                            Callback::from(move |_: Event| d.emit(Action::Toggle(v.clone())))
                        };
                        html! {
                            <div class="option checkbox">
                                <input type="checkbox" name={name.to_string()} id={id.clone()} value={o.to_string()}
                                    checked={ticked.iter().any(|t| t == o)} {onchange} />
                                <label for={id}>{ tr.t(key) }</label>
                            </div>
                        }
                    }) }
                    { specials }
                </div>
            }
        }
        QuestionKind::Number { min, max } => {
            let value = match (draft, answer) {
                (Some(text), _) => text.to_string(),
                (None, Some(Answer::Number(n))) => n.to_string(),
                _ => String::new(),
            };
            let oninput = {
                let d = dispatch.clone();
                Callback::from(move |e: InputEvent| {
                    if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                        d.emit(Action::Number(input.value()));
                    }
                })
            };
            html! {
                <div class="options">
                    <div class="number">
                        <input type="text" inputmode="numeric" autocomplete="off" id={format!("num-{name}")}
                            aria-labelledby={title.to_string()} {value} {oninput}
                            data-min={min.to_string()} data-max={max.to_string()} />
                    </div>
                    { specials }
                </div>
            }
        }
        QuestionKind::Country if real.len() > SELECT_ABOVE => {
            let onchange = {
                let d = dispatch.clone();
                Callback::from(move |e: Event| {
                    if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                        d.emit(Action::Choose(select.value()));
                    }
                })
            };
            // The content's `first`, in its order; then the other countries in the order of the
            // reader's language (`Intl.Collator`); then the question's own options, which are
            // not two capital letters ("another country"). A separator before each part.
            let labelled = tr.collate(real.iter().map(|(o, key)| (tr.option_label(key, o), *o)).collect());
            let part = |o: &str| match q.first.iter().any(|f| f == o) {
                true => 0,
                false if o.len() == 2 && o.bytes().all(|b| b.is_ascii_uppercase()) => 1,
                false => 2,
            };
            let option = |((label, _), o): &((String, bool), &str)| {
                html! {
                    <option value={o.to_string()} selected={chosen == Some(*o)}>{ label }</option>
                }
            };
            let mut items = vec![
                html! {
                    <option value="" selected={chosen.is_none() || special.iter().any(|(o, _)| Some(*o) == chosen)} disabled=true>{ tr.t(ui::CHOOSE_COUNTRY) }</option>
                },
                html! { <hr /> },
            ];
            for f in &q.first {
                if let Some(item) = labelled.iter().find(|(_, o)| o == f) {
                    items.push(option(item));
                }
            }
            for p in 1..3 {
                items.push(html! { <hr /> });
                for item in labelled.iter().filter(|(_, o)| part(o) == p) {
                    items.push(option(item));
                }
            }
            html! {
                <div class="options">
                    // Keyed by the question: two country questions in a row must not share one
                    // element, whose options the browser no longer re-selects from their
                    // `selected` once a person has chosen in it (Back would show the prompt).
                    <select key={q.id.clone()} class="select" name={name.to_string()} aria-labelledby={title.to_string()} {onchange}>
                        { for items }
                    </select>
                    { specials }
                </div>
            }
        }
        _ => html! {
            <div class="options">
                { for real.iter().map(|(o, key)| radio(o, tr.option_label(key, o), chosen == Some(*o))) }
                { specials }
            </div>
        },
    }
}
