//! The counsellor view (`#counsellor`, or "For counsellors" on the start page): a code typed
//! from the person's phone, every question on one page, and the results with, for every
//! criterion, its value, the answers it read and its sources. Nothing is sent or stored.
//! The code can also be read as a QR code, from the camera or a photo (`crate::scan`).

use avenir_core::model::keys;
use avenir_core::screen::CodeProblem;
use avenir_core::text::ui;
use web_sys::{HtmlInputElement, HtmlVideoElement};
use yew::prelude::*;

use super::ScreenProps;
use super::desk::NoListen;
use crate::state::Action;

/// A question and whether it is asked, given the answers so far.
type Asked<'a> = (&'a avenir_core::model::Question, bool);

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
    // Back to the start page, in this build; the address loses `#counsellor` without a reload.
    let back = p.dispatch.reform(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let path = w.location().pathname().unwrap_or_default() + &w.location().search().unwrap_or_default();
            let _ = w.history().and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path)));
        }
        Action::Back
    });
    // The code field empties after each code read, ready for the next person's.
    {
        let input = input.clone();
        use_effect_with(c.reads, move |_| {
            if let Some(i) = input.cast::<HtmlInputElement>() {
                i.set_value("");
            }
        });
    }
    // The page's title says what it is, and goes back to the start page's on leaving.
    {
        // Its text is in the content's results' part, there once `complete`.
        let title = p.state.complete.then(|| tr.t(ui::DESK_PAGE_TITLE));
        use_effect_with(title, |title| {
            let document = web_sys::window().and_then(|w| w.document()).filter(|_| title.is_some());
            let before = document.as_ref().map(web_sys::Document::title);
            if let (Some(d), Some(t)) = (&document, title) {
                d.set_title(t);
            }
            move || {
                if let (Some(d), Some(t)) = (document, before) {
                    d.set_title(&t);
                }
            }
        });
    }
    let scanner = html! { <Scanner tr={tr.clone()} dispatch={p.dispatch.clone()} input={input.clone()} /> };
    let problem = c.problem.map(|p| match p {
        CodeProblem::Check => ui::CODE_CHECK,
        CodeProblem::OtherVersion => ui::CODE_OTHER_VERSION,
        CodeProblem::Unsupported => ui::CODE_UNSUPPORTED,
        CodeProblem::NotACode => ui::CODE_NOT_A_CODE,
    });
    let relevant = answers.counted(a).relevant;
    let complete = p.state.complete;
    let question = |(q, asked): Asked| {
        let title = format!("cq-{}", q.id);
        let d = {
            let (d, id) = (p.dispatch.clone(), q.id.clone());
            Callback::from(move |x: Action| d.emit(Action::Answer(id.clone(), Box::new(x))))
        };
        let error = c.error.as_ref().filter(|(e, _)| *e == q.id).map(|(_, e)| super::question::error_text(*e, q, tr));
        // The person chose not to share it (and the counsellor has not asked it since).
        let not_shared = answers.get(&q.id).is_none() && c.not_shared.contains(&q.id);
        // The answer as text; its control only when the counsellor chooses to change it.
        let editing = c.editing.as_deref() == Some(q.id.as_str()) || error.is_some();
        let edit = {
            let (d, id) = (p.dispatch.clone(), q.id.clone());
            Callback::from(move |_: MouseEvent| d.emit(Action::Edit(id.clone())))
        };
        html! {
            // "Not shared" is shown on screen and printed; "not asked" neither.
            <fieldset class={classes!("cq", (!asked && !not_shared).then_some("not-asked"), not_shared.then_some("not-shared"))} disabled={!asked} data-question={q.id.clone()}>
                <legend id={title.clone()}>{ tr.t(&keys::question(&q.id)) }</legend>
                if !asked && !not_shared { <p class="hint">{ tr.t(ui::NOT_ASKED) }</p> }
                // Before the answer, so that it sits at the end of the answer's first line.
                if asked && complete {
                    <button type="button" class="link change" aria-expanded={editing.to_string()} aria-describedby={title.clone()} onclick={edit}>{ tr.t(ui::DESK_CHANGE) }</button>
                }
                <p class="print-answer">{ super::results::answer_text(q, answers, &c.not_shared, tr) }</p>
                if let Some(e) = error { <p class="error-message" role="alert">{ e }</p> }
                if editing || !complete { { super::question::controls(q, answers.get(&q.id), None, tr, &d, &q.id, &title) } }
            </fieldset>
        }
    };
    // Questions under the content's groups (in the order each group first appears), each
    // group a section with its heading; questions without a group stand on their own.
    let mut groups: Vec<(Option<&str>, Vec<Asked>)> = Vec::new();
    for (q, on) in a.questions.iter().zip(relevant) {
        match groups.iter_mut().find(|(g, _)| g.is_some() && *g == q.group.as_deref()) {
            Some((_, members)) => members.push((q, on)),
            None => groups.push((q.group.as_deref(), vec![(q, on)])),
        }
    }
    let questions = groups.into_iter().map(|(group, members)| match group {
        Some(g) => {
            let id = format!("cg-{g}");
            // The heading and the group's first question kept together (printed in columns, a
            // heading never ends a column alone; Chromium does not honour `break-after: avoid`
            // there).
            let mut members = members.into_iter();
            let first = members.next();
            html! {
                <section class="cgroup" aria-labelledby={id.clone()}>
                    <div class="cgroup-start">
                        <h3 {id}>{ tr.t(&keys::group(g)) }</h3>
                        { for first.map(question) }
                    </div>
                    { for members.map(question) }
                </section>
            }
        }
        None => html! { <>{ for members.into_iter().map(question) }</> },
    });
    let new_person = p.dispatch.reform(|_: MouseEvent| Action::NewPerson);
    // Before any code or answer, what to do, instead of every programme as "possibly".
    let blank = c.blank();
    html! {
        <ContextProvider<NoListen> context={NoListen}>
        <div class="counsellor">
            // The desk's styles: only in this build, never in a person's first load (and kept
            // by the offline copy with the counsellor build).
            <link rel="stylesheet" href={format!("{}pkg/avenir_counsellor.css", super::assets_base())} />
            <div class="desk-head">
                <button type="button" class="back" onclick={back}>
                    <span class="chevron" aria-hidden="true"></span>{ tr.t(ui::BACK) }
                </button>
                <h1 ref={p.heading.clone()} tabindex="-1">{ tr.t(ui::COUNSELLOR_TITLE) }</h1>
                if complete {
                    <button type="button" class="secondary new-person" onclick={new_person}>{ tr.t(ui::DESK_NEW_PERSON) }</button>
                }
            </div>
            <div class="desk-code">
                <form class="code-form" {onsubmit} novalidate=true>
                    <label for="handoff-code">{ tr.t(ui::CODE_LABEL) }</label>
                    if let Some(key) = problem {
                        <p class="error-message" id="handoff-error" role="alert">{ tr.t(key) }</p>
                    }
                    if c.cleared { <p class="hint" role="status">{ tr.t(ui::CODE_CLEARED) }</p> }
                    <input type="text" id="handoff-code" class="code" ref={input} translate="no" dir="ltr" autocomplete="off"
                        autocapitalize="characters" spellcheck="false" aria-describedby={problem.map(|_| "handoff-error")} />
                    <button type="submit" class="secondary">{ tr.t(ui::CODE_READ) }</button>
                </form>
                { scanner }
            </div>
            if complete && blank {
                <p class="desk-start">{ tr.t(ui::DESK_START) }</p>
            }
            <div class="desk">
                <section class="answers" aria-labelledby="h-answers">
                    <h2 id="h-answers">{ tr.t(ui::ANSWERS) }</h2>
                    { for questions }
                </section>
                if complete && !blank {
                    { super::desk::overview(a, c, tr, &p.dispatch) }
                }
            </div>
            if complete { { super::desk::notes(c, tr, &p.dispatch) } }
            if complete && !blank {
                { super::desk::handback(a, c, p.state.handoff.as_ref(), tr, &p.dispatch) }
                <super::summary::Summaries state={p.state.clone()} tr={tr.clone()} dispatch={p.dispatch.clone()} />
            }
            if !blank {
                { super::results::outcome(complete.then_some(a), answers, tr, None, &c.not_shared) }
            }
        </div>
        </ContextProvider<NoListen>>
    }
}

#[derive(Properties, PartialEq)]
struct ScannerProps {
    tr: crate::i18n::Tr,
    dispatch: Callback<Action>,
    /// The code field: what is read is written there too, so the counsellor sees it.
    input: NodeRef,
}

/// "Scan the QR code with the camera" and "Or read the code from a photo": what is read goes
/// into the code field and is read as if typed (`Action::Code`).
#[function_component(Scanner)]
fn scanner(p: &ScannerProps) -> Html {
    let tr = &p.tr;
    let scanning = use_state(|| false);
    let problem = use_state(|| None::<&'static str>);
    let video = use_node_ref();
    let read = {
        let (d, input, problem) = (p.dispatch.clone(), p.input.clone(), problem.clone());
        Callback::from(move |text: Option<String>| match text {
            Some(text) => {
                if let Some(i) = input.cast::<HtmlInputElement>() {
                    i.set_value(&text);
                }
                problem.set(None);
                d.emit(Action::Code(text));
            }
            None => {
                problem.set(Some(ui::SCAN_NONE));
                // Most likely the next person's photo: the answers shown go (the core decides).
                d.emit(Action::NoCode);
            }
        })
    };
    {
        let (video, scanning, problem, read) = (video.clone(), scanning.clone(), problem.clone(), read.clone());
        use_effect_with(*scanning, move |on| {
            let camera = video.cast::<HtmlVideoElement>().filter(|_| *on).map(|v| {
                let failed = scanning.clone();
                crate::scan::camera(
                    v,
                    move |text| {
                        scanning.set(false);
                        read.emit(Some(text));
                    },
                    move || {
                        failed.set(false);
                        problem.set(Some(ui::SCAN_FAILED));
                    },
                )
            });
            move || camera.iter().for_each(crate::scan::Scan::stop)
        });
    }
    let toggle = {
        let (scanning, problem) = (scanning.clone(), problem.clone());
        Callback::from(move |_: MouseEvent| {
            problem.set(None);
            scanning.set(!*scanning);
        })
    };
    let onchange = Callback::from(move |e: Event| {
        let Some(field) = e.target_dyn_into::<HtmlInputElement>() else { return };
        let file = field.files().and_then(|f| f.get(0));
        field.set_value("");
        if let Some(file) = file {
            let read = read.clone();
            wasm_bindgen_futures::spawn_local(async move { read.emit(crate::scan::photo(file).await) });
        }
    });
    html! {
        <div class="scan">
            <button type="button" class="secondary" aria-expanded={scanning.to_string()} onclick={toggle}>
                { tr.t(if *scanning { ui::SCAN_STOP } else { ui::SCAN }) }
            </button>
            if *scanning {
                <p class="hint" id="scan-hint">{ tr.t(ui::SCAN_HINT) }</p>
                <video ref={video} class="scanner" autoplay=true muted=true playsinline=true aria-describedby="scan-hint"></video>
            }
            // The platform's file button speaks the browser's language, not the page's: the
            // input is hidden and its label is the button (focus shows on the label).
            <input type="file" id="scan-photo" class="visually-hidden" accept="image/*" {onchange} />
            <label for="scan-photo" class="secondary">{ tr.t(ui::SCAN_PHOTO) }</label>
            if let Some(key) = *problem {
                <p class="error-message" role="alert">{ tr.t(key) }</p>
            }
        </div>
    }
}
