//! "Check your answers" (GOV.UK pattern): every answer that counts, each with a way to change
//! it, before the results.

use avenir_core::answers::Answer;
use avenir_core::model::{Question, QuestionKind, keys};
use avenir_core::session::Step;
use avenir_core::text::ui;
use yew::prelude::*;

use super::ScreenProps;
use crate::i18n::Tr;
use crate::state::Action;

/// An answer as the person gave it, in their language; `true` when the platform (`Intl`) named it.
pub(super) fn shown(q: &Question, answer: &Answer, tr: &Tr) -> (String, bool) {
    let option = |o: &str| {
        let key = match q.kind {
            QuestionKind::YesNo => keys::shared_option(o),
            _ => keys::option(&q.id, o),
        };
        tr.option_label(&key, o)
    };
    match answer {
        Answer::Choice(o) => option(o),
        Answer::Choices(os) => (tr.list(&os.iter().map(|o| option(o).0).collect::<Vec<_>>()), false),
        Answer::Number(n) => (tr.number(*n), true),
        Answer::DontKnow => (tr.t(&keys::shared_option(avenir_core::model::DONT_KNOW)), false),
        Answer::PreferNotToSay => (tr.t(&keys::shared_option(avenir_core::model::PREFER_NOT_TO_SAY)), false),
    }
}

#[function_component(ReviewPage)]
pub fn review_page(p: &ScreenProps) -> Html {
    let a = &p.state.content;
    let tr = &p.tr;
    let relevant = p.state.session.asked(a);
    let rows = a.questions.iter().zip(relevant).filter(|(_, r)| *r).filter_map(|(q, _)| {
        let answer = p.state.session.answers.get(&q.id)?;
        let change = {
            let (d, id) = (p.dispatch.clone(), q.id.clone());
            Callback::from(move |_: MouseEvent| d.emit(Action::Change(id.clone())))
        };
        let question = tr.t(&keys::question(&q.id));
        Some(html! {
            <div class="summary-row">
                <dt>{ question.clone() }</dt>
                { { let (text, intl) = shown(q, answer, tr); html! { <dd class="answer" data-l10n={intl.then_some("intl")}>{ text }</dd> } } }
                <dd class="change">
                    <button type="button" class="link" onclick={change}>
                        { tr.t(ui::CHANGE_ANSWER) }<span class="visually-hidden">{ ": " }{ question }</span>
                    </button>
                </dd>
            </div>
        })
    });
    let on_back = {
        let d = p.dispatch.clone();
        Callback::from(move |_| d.emit(Action::Back))
    };
    let onsubmit = {
        let d = p.dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            d.emit(Action::Confirm);
        })
    };
    debug_assert_eq!(p.state.session.step, Step::Review);
    html! {
        <form class="review" {onsubmit}>
            <button type="button" class="back" onclick={on_back}>
                <span class="chevron" aria-hidden="true"></span>{ tr.t(ui::BACK) }
            </button>
            <h1 ref={p.heading.clone()} tabindex="-1">{ tr.t(ui::REVIEW_TITLE) }</h1>
            <dl class="summary">{ for rows }</dl>
            <button type="submit" class="primary">{ tr.t(ui::SEE_RESULTS) }</button>
        </form>
    }
}
