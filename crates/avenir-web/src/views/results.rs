//! The results: needs (urgent first), programmes with reasons, contacts; all from the core's
//! `evaluate`, rendered as they come.

use avenir_core::evaluate::{ContactResult, CriterionResult, Likelihood, ProgrammeResult, evaluate};
use avenir_core::handoff::{Share, left_out};
use avenir_core::logic::Tri;
use avenir_core::model::{ContactKind, Source, Urgency, keys};
use avenir_core::plan::{Why, plan};
use avenir_core::text::ui;
use avenir_core::{Answers, Assessment};
use yew::prelude::*;

use super::ScreenProps;
use super::fold::{Fold, Lazy, on_print, use_keep_place};
use super::listen::Listen;
use crate::i18n::Tr;
use crate::state::{Action, Handoff};

#[function_component(ResultsPage)]
pub fn results_page(p: &ScreenProps) -> Html {
    let a = &p.state.content;
    let tr = &p.tr;
    let act = |action: fn() -> Action| {
        let d = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(action()))
    };
    let change = |q: &str| {
        let d = p.dispatch.clone();
        let q = q.to_string();
        Callback::from(move |_: MouseEvent| d.emit(Action::Change(q.clone())))
    };
    let handoff = p.state.handoff.as_ref();
    // Each code with new random bits from the browser (the core has no random source).
    let make = |share: Share| {
        let d = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::MakeCode(share, random())))
    };
    let left_out = asked_left_out(a, &p.state.session.answers);
    // Folded content is built when first opened, and all of it when the page is printed.
    let printing = use_state_eq(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let listeners = on_print(move || printing.set(true));
            move || drop(listeners)
        });
    }
    // A change of language keeps what was opened open and the part being read in view.
    use_keep_place(tr.lang().to_string(), tr.clone());

    html! {
        <div class="results">
            // "Show my answers to a counsellor" on the first screen, beside Back (issue 17, 22).
            <div class="results-top">
                <button type="button" class="back" onclick={act(|| Action::Back)}>
                    <span class="chevron" aria-hidden="true"></span>{ tr.t(ui::BACK) }
                </button>
                <button type="button" class="link show-code" aria-expanded={handoff.is_some().to_string()} aria-controls="avenir-handoff" onclick={act(|| Action::ShowCode)}>{ tr.t(ui::SHOW_CODE) }</button>
            </div>
            <h1 ref={p.heading.clone()} tabindex="-1">{ tr.t(ui::RESULTS_TITLE) }</h1>
            <div class="handoff" id="avenir-handoff">
                // Before any code: what it holds, who can read it, and what to leave out.
                if let Some(h) = handoff { { handoff_body(h, &left_out, &make, tr) } }
            </div>
            <ContextProvider<Lazy> context={Lazy(!*printing)}>
                { outcome(p.state.complete.then_some(a), &p.state.session.answers, tr, Some(&change), &[]) }
            </ContextProvider<Lazy>>
            <div class="actions">
                <button type="button" class="secondary" onclick={act(|| Action::Back)}>{ tr.t(ui::CHANGE_ANSWERS) }</button>
                <button type="button" class="secondary" onclick={act(|| Action::Restart)}>{ tr.t(ui::START_AGAIN) }</button>
            </div>
        </div>
    }
}

/// The questions a code without the personal answers leaves out, of those asked.
pub(super) fn asked_left_out<'a>(a: &'a Assessment, answers: &Answers) -> Vec<&'a avenir_core::model::Question> {
    let relevant = answers.counted(a).relevant;
    a.questions.iter().zip(left_out(a)).zip(relevant).filter(|((_, l), r)| *l && *r).map(|((q, _), _)| q).collect()
}

/// The hand-off once asked for: before any code, what it holds, who can read it and what to
/// leave out; then the code as letters and as a QR code. On the person's results, and on the
/// counsellor's desk when the answers go back to the person (the same words, the same choice).
pub(super) fn handoff_body(
    h: &Handoff,
    left_out: &[&avenir_core::model::Question],
    make: &dyn Fn(Share) -> Callback<MouseEvent>,
    tr: &Tr,
) -> Html {
    html! {
        <>
            <p class="warning">{ tr.t(ui::CODE_WARNING) }</p>
            if !left_out.is_empty() {
                <p>{ tr.t(ui::CODE_CHOICE) }</p>
                <details class="left-out">
                    <summary>{ tr.t(ui::CODE_WHICH) }</summary>
                    <ul>{ for left_out.iter().map(|q| html! { <li>{ tr.t(&keys::question(&q.id)) }</li> }) }</ul>
                </details>
            }
            <button type="button" class="secondary share-all" onclick={make(Share::All)}>{ tr.t(ui::CODE_ALL) }</button>
            if !left_out.is_empty() {
                <button type="button" class="secondary share-without" onclick={make(Share::NotSensitive)}>{ tr.t(ui::CODE_WITHOUT) }</button>
            }
            <div aria-live="polite">
                if let Handoff::Code(_, share) = h {
                    <p>{ tr.t(if *share == Share::All { ui::CODE_NOTE } else { ui::CODE_NOTE_WITHOUT }) }</p>
                }
            </div>
            if let Handoff::Code(code, _) = h {
                { qr(code, tr) }
                <p>{ tr.t(ui::QR_NOTE) }</p>
                <p class="code" translate="no" dir="ltr">{ for code.split('-').map(|g| html! { <span>{ g }</span> }) }</p>
            }
        </>
    }
}

/// 16 bits from the browser's cryptographic random source (`crypto.getRandomValues`) for the
/// hand-off code's random part. Without one (no browser lacks it), zeros: the code is still
/// right, only the same for the same answers.
pub(super) fn random() -> u16 {
    let mut bytes = [0u8; 2];
    if let Some(c) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = c.get_random_values_with_u8_array(&mut bytes);
    }
    u16::from_le_bytes(bytes)
}

/// The hand-off code as a QR code (the same text as the letters below it), black on white in
/// every colour scheme, with its quiet zone, for a counsellor's camera.
fn qr(code: &str, tr: &Tr) -> Html {
    let Some(m) = avenir_qr::encode(code) else { return html! {} };
    let side = m.side().to_string();
    html! {
        <svg class="qr" role="img" aria-label={tr.t(ui::QR_LABEL)} viewBox={format!("0 0 {side} {side}")} shape-rendering="crispEdges">
            <rect width={side.clone()} height={side} fill="#fff" />
            <path d={m.svg_path()} fill="#000" />
        </svg>
    }
}

type Change<'c> = Option<&'c dyn Fn(&str) -> Callback<MouseEvent>>;

/// How many of an urgent need's contacts are named right under its heading, with their numbers
/// (emergency lines first, as the core's plan orders them); everything else about them and the
/// need's other contacts are one tap away. One: with two, a walk with signs of exploitation
/// needed 230 px for its need alone, and the first screen could not hold the programmes' list
/// and the indicative note (issue 17).
const URGENT_INLINE: usize = 1;

/// Above this many programmes likely or possibly (everyone's, for a person who did not say
/// where they live), their one-line list is itself one tap away, with their number.
const PROGRAMMES_OPEN: usize = 6;

/// The indicative note, needs, programmes with reasons, contacts and the dates: on the results,
/// and in the counsellor view (`change` is `None`: each reason then names the answers it read,
/// and `not_shared` the questions the person chose not to share). `a` is `None` until the
/// content's results' part has arrived (`State::complete`): the results then say they are
/// being prepared, and appear when it comes.
///
/// The first screen (issue 17): the next step and the urgent needs, each with its contacts'
/// numbers; the programmes likely or possibly, one line each with the verdict; one independent
/// legal advice with its number; the indicative note. Then the other needs one line each, the
/// other contacts and the programmes that probably do not fit, collapsed, and the dates.
pub(super) fn outcome(
    a: Option<&Assessment>,
    answers: &Answers,
    tr: &Tr,
    change: Change,
    not_shared: &[String],
) -> Html {
    let Some(a) = a else {
        return html! { <p class="loading" role="status">{ tr.t(ui::LOADING) }</p> };
    };
    let out = evaluate(a, answers);
    let plan = plan(&out);
    let from = change.is_none().then_some((a, answers, not_shared));
    let (fitting, not_fitting): (Vec<&ProgrammeResult>, Vec<&ProgrammeResult>) =
        out.programmes.iter().partition(|p| p.likelihood != Likelihood::NotLikely);
    // Independent legal advice, when it is not the next step itself: right under it, named with
    // its number (the same box: what to do now, and where to ask about every option).
    let legal = plan.legal.filter(|&c| plan.next.is_none_or(|n| n.contact != c));
    let next = plan.next.map(|n| {
        let why = match n.why {
            Why::Urgent(need) => tr.t_args(ui::NEXT_URGENT, &[("need", &tr.t(&keys::need(need)))]),
            Why::Programme(p) => tr.t_args(ui::NEXT_PROGRAMME, &[("programme", &tr.t(&keys::programme(p)))]),
            Why::LegalAdvice => tr.t(ui::NEXT_LEGAL),
        };
        html! {
            <div class="next-step">
                <h2 id="h-next">{ tr.t(ui::NEXT_STEP) }</h2>
                <p class="why">{ why }</p>
                // Named with its numbers; in full in the need it helps with, or with the contacts.
                { contact(&out.contacts[n.contact], tr, 3, false) }
                if let Some(c) = legal {
                    <section class="legal" aria-labelledby="h-legal">
                        <h3 id="h-legal">{ tr.t(ui::CONTACT_LEGAL) }</h3>
                        { contact(&out.contacts[c], tr, 4, false) }
                    </section>
                }
            </div>
        }
    });
    let need = |i: usize| {
        let (n, contacts) = (&out.needs[i], &plan.need_contacts[i]);
        let (class, label) = urgency(n.urgency);
        let urgent = n.urgency == Urgency::Immediate;
        // Shown in full in the first need it helps with, inside its details; named, with its
        // number, everywhere else.
        let full = |c: usize| plan.shown_in[c] == Some(i);
        // An urgent need's first contact with a number right under its heading, its number
        // beside "What you can do"; its advice, that contact's hours and languages, and the
        // need's other contacts one tap away. Another need: all of it one tap away.
        // The contacts of the next-step box (its contact and the independent legal advice),
        // named with their numbers right above the urgent needs, are not named again under an
        // urgent need's heading when it has another number to give (they stay in its details).
        let above = |c: usize| urgent && plan.next.is_some_and(|n| n.contact == c || legal == Some(c));
        let named: Vec<usize> = contacts.iter().copied().filter(|&c| !above(c)).collect();
        // When the need has no other number to give, those with a number are named with a
        // pointer to it instead: the person sees that the number above is the help for it.
        let has_phone = |c: usize| out.contacts[c].contact.phone.is_some();
        let pointed: Vec<usize> = match named.iter().any(|&c| has_phone(c)) {
            true => Vec::new(),
            false => contacts.iter().copied().filter(|&c| above(c) && has_phone(c)).collect(),
        };
        // Named under the heading: the first contacts with a number (the plan's order), else the
        // first ones; their number is what the first screen gives for this need.
        let mut inline: Vec<usize> = named.iter().copied().filter(|&c| has_phone(c)).collect();
        inline.extend(named.iter().copied().filter(|&c| !has_phone(c)));
        inline.truncate(if urgent { URGENT_INLINE } else { 0 });
        let inside: Vec<usize> = contacts.iter().copied().filter(|c| !inline.contains(c) || full(*c)).collect();
        let advice = html! {
            <>
                <p class="help">{ tr.t(&keys::need_help(&n.need.id)) }</p>
                <Listen tr={tr.clone()} />
                if !inside.is_empty() {
                    <div class="need-contacts">{ for inside.iter().map(|&c| contact(&out.contacts[c], tr, 4, full(c))) }</div>
                }
            </>
        };
        html! {
            <li class="need readable" data-urgency={n.urgency.id()}>
                if urgent {
                    <h3>{ tr.t(&keys::need(&n.need.id)) }{ " " }<span class={classes!("tag", class)}>{ tr.t(label) }</span></h3>
                    { for pointed.iter().map(|&c| html! {
                        <p class="above"><strong>{ contact_name(out.contacts[c].contact, tr) }</strong>{ " — " }{ tr.t(ui::NUMBER_ABOVE) }</p>
                    }) }
                    if !inline.is_empty() {
                        <div class="need-contacts">{ for inline.iter().map(|&c| contact(&out.contacts[c], tr, 4, false)) }</div>
                    }
                    <Fold class="advice" summary={html! { { tr.t(if named.len() > inline.len() { ui::NEED_ADVICE_MORE } else { ui::NEED_ADVICE }) } }}>
                        { advice }
                    </Fold>
                } else {
                    <Fold summary={html! {
                        <>
                            <h3>{ tr.t(&keys::need(&n.need.id)) }</h3>
                            <span class={classes!("tag", class)}>{ tr.t(label) }</span>
                        </>
                    }}>
                        { advice }
                    </Fold>
                }
            </li>
        }
    };
    let urgent: Vec<usize> = (0..out.needs.len()).filter(|&i| out.needs[i].urgency == Urgency::Immediate).collect();
    let later: Vec<usize> = (0..out.needs.len()).filter(|&i| out.needs[i].urgency != Urgency::Immediate).collect();
    // Every contact in full once: in the first need it helps with, or in the list of contacts
    // (the next step's and the first legal advice's too, named with their numbers above).
    let others: Vec<usize> = (0..out.contacts.len()).filter(|&c| plan.shown_in[c].is_none()).collect();
    let has_next = next.is_some();
    let lines =
        html! { <div class="programme-lines">{ for fitting.iter().map(|r| programme(r, tr, change, from)) }</div> };
    // The programmes for some countries of return only, while the person has named none: one
    // line with their number and the answer that would tell which one fits (the core's
    // `Outcome::for_return`; they are not listed).
    let for_return = (!out.for_return.is_empty()).then(|| {
        let n = out.for_return.programmes.len() as i64;
        let ask = change.zip(out.for_return.settle.first());
        html! {
            <p class="for-return">
                { tr.t_count(ui::PROGRAMMES_FOR_RETURN, &[("count", &tr.number(n))], &[("count", n)]) }
                if let Some((change, q)) = ask {
                    { " " }<button type="button" class="link" onclick={change(q)}>{ tr.t(ui::CHANGE_ANSWER) }</button>
                }
            </p>
        }
    });
    html! {
        <>
            // Indicative, in one short line, first; in full at the foot of the page.
            <p class="indicative">{ tr.t(ui::INDICATIVE_SHORT) }</p>
            // First what to do now and whom to call: the next step (and independent legal
            // advice), the urgent needs with their contacts' numbers, the programmes one line each.
            if has_next || !urgent.is_empty() {
                <section class="first" aria-labelledby={if has_next { "h-next" } else { "h-urgent" }}>
                    { for next }
                    if !urgent.is_empty() {
                        if !has_next { <h2 id="h-urgent">{ tr.t(ui::NEEDS) }</h2> }
                        <ul class="needs urgent">{ for urgent.iter().map(|&i| need(i)) }</ul>
                    }
                </section>
            }

            <section aria-labelledby="h-programmes">
                if fitting.is_empty() {
                    <h2 id="h-programmes">{ tr.t(ui::PROGRAMMES) }</h2>
                    <p>{ tr.t(ui::NO_PROGRAMMES) }</p>
                } else if fitting.len() > PROGRAMMES_OPEN && from.is_none() {
                    <Fold class="programme-list" summary={html! {
                        <>
                            <h2 id="h-programmes">{ tr.t(ui::PROGRAMMES) }</h2>
                            { " " }<span class="tag tag-possibly" data-l10n="intl">{ tr.number(fitting.len() as i64) }</span>
                        </>
                    }}>
                        { lines }
                    </Fold>
                } else {
                    <h2 id="h-programmes">{ tr.t(ui::PROGRAMMES) }</h2>
                    { lines }
                }
                { for for_return }
            </section>

            if out.needs.is_empty() {
                <section aria-labelledby="h-needs">
                    <h2 id="h-needs">{ tr.t(ui::NEEDS) }</h2>
                    <p>{ tr.t(ui::NO_NEEDS) }</p>
                </section>
            } else if !later.is_empty() {
                <section aria-labelledby="h-needs">
                    <h2 id="h-needs">{ tr.t(ui::NEEDS) }</h2>
                    // One line each (the evaluation's order), everything one tap away.
                    <ul class="needs">{ for later.iter().map(|&i| need(i)) }</ul>
                </section>
            }

            if !others.is_empty() {
                <Fold class="others" summary={html! { <h2 id="h-contacts">{ tr.t(ui::CONTACTS) }</h2> }}>
                    { for others.iter().map(|&c| contact(&out.contacts[c], tr, 3, true)) }
                </Fold>
            }

            if !not_fitting.is_empty() {
                <Fold class="not-likely" summary={html! { <h2>{ tr.t(ui::NOT_LIKELY_GROUP) }</h2> }}>
                    { for not_fitting.iter().map(|r| programme(r, tr, change, from)) }
                </Fold>
            }

            <footer class="about-result">
                <p class="indicative-full">{ tr.t(ui::INDICATIVE) }</p>
                if let Some(d) = out.oldest_check {
                    <p class="checked-date">{ tr.t_args(ui::CHECKED_ON, &[("date", &tr.date(d))]) }</p>
                }
                <p class="version">{ tr.t_args(ui::CONTENT_VERSION, &[("version", &a.version)]) }</p>
            </footer>
            // The counsellor's desk prints its own notes.
            if from.is_none() {
                <section class="notes print-only" aria-labelledby="h-notes">
                    <h2 id="h-notes">{ tr.t(ui::NOTES) }</h2>
                    <div class="notes-box"></div>
                </section>
            }
        </>
    }
}

pub(super) fn urgency(u: Urgency) -> (&'static str, &'static str) {
    match u {
        Urgency::Immediate => ("tag-urgent", ui::URGENCY_IMMEDIATE),
        Urgency::BeforeDeparture => ("tag-soon", ui::URGENCY_BEFORE_DEPARTURE),
        Urgency::AfterArrival => ("tag-later", ui::URGENCY_AFTER_ARRIVAL),
    }
}

fn programme(r: &ProgrammeResult, tr: &Tr, change: Change, from: From) -> Html {
    let id = &r.programme.id;
    let label = verdict(r);
    let heading_id = format!("programme-{id}");
    // Every source of the programme and of its criteria, once each (the oldest check kept).
    let mut all: Vec<Source> = Vec::new();
    for s in r.programme.sources.iter().chain(r.criteria.iter().flat_map(|c| &c.criterion.sources)) {
        match all.iter_mut().find(|x| x.url == s.url) {
            Some(x) if s.checked < x.checked => x.checked = s.checked,
            Some(_) => {}
            None => all.push(s.clone()),
        }
    }
    // One line each, its reasons and everything else one tap away (native <details>).
    html! {
        <article class="programme readable" data-likelihood={r.likelihood.id()} aria-labelledby={heading_id.clone()}>
            // Open in the counsellor view, whose reasons are what the meeting is about.
            <Fold open={from.is_some()} summary={html! {
                <>
                    <h3 id={heading_id}>{ text(tr, &keys::programme(id)) }</h3>
                    <span class={classes!("tag", format!("tag-{}", r.likelihood.id()))}>{ tr.t(label) }</span>
                </>
            }}>
                <Listen tr={tr.clone()} />
                if r.programme.site { <p class="from-site">{ tr.t(ui::FROM_SITE) }</p> }
                if r.programme.no_entitlement && r.likelihood == Likelihood::Possibly { <p class="no-right">{ tr.t(ui::NO_RIGHT) }</p> }
                <h4>{ tr.t(ui::WHY_RESULT) }</h4>
                <ul class="reasons">{ for r.criteria.iter().map(|c| reason(id, c, tr, change, from)) }</ul>
                <dl class="facts">
                    <dt>{ tr.t(ui::HOW) }</dt><dd>{ text(tr, &keys::programme_how(id)) }</dd>
                    <dt>{ tr.t(ui::OFFERS) }</dt><dd>{ text(tr, &keys::programme_offers(id)) }</dd>
                    <dt>{ tr.t(ui::RUNS) }</dt><dd>{ text(tr, &keys::programme_runs(id)) }</dd>
                </dl>
                <Fold class="sources-box" summary={html! { { tr.t(ui::SOURCES) } }}>
                    { sources(&all, tr) }
                </Fold>
            </Fold>
        </article>
    }
}

/// A programme's verdict's text key.
pub(super) fn verdict(r: &ProgrammeResult) -> &'static str {
    match r.likelihood {
        // No right to it: the most the criteria can say is that one meets what is published.
        Likelihood::Likely if r.programme.no_entitlement => ui::LIKELY_NO_RIGHT,
        Likelihood::Likely => ui::LIKELY,
        Likelihood::Possibly => ui::POSSIBLY,
        Likelihood::NotLikely => ui::NOT_LIKELY,
    }
}

type From<'f> = Option<(&'f Assessment, &'f Answers, &'f [String])>;

fn reason(programme: &str, c: &CriterionResult, tr: &Tr, change: Change, from: From) -> Html {
    // The counsellor view: each question the criterion reads, with its answer.
    let read = from.map(|(a, answers, not_shared)| {
        let mut qs = c.criterion.when.questions();
        qs.dedup();
        html! {
            <>
                <p class="settle">{ tr.t(ui::FROM_ANSWER) }</p>
                <ul class="settle-list">
                    { for qs.into_iter().filter_map(|q| a.question(q)).map(|q| html! {
                        <li>{ tr.t(&keys::question(&q.id)) }{ " — " }<strong>{ answer_text(q, answers, not_shared, tr) }</strong></li>
                    }) }
                </ul>
            </>
        }
    });
    let (class, icon, label) = match c.value {
        Tri::True => ("met", "✓", ui::REASON_MET),
        Tri::False => ("unmet", "✗", ui::REASON_UNMET),
        Tri::Unknown => ("unknown", "?", ui::REASON_UNKNOWN),
    };
    html! {
        <li class={classes!("reason", class)}>
            <span class="mark" aria-hidden="true">{ icon }</span>
            <div>
                <p><span class={classes!(from.is_none().then_some("visually-hidden"), "value")}>{ tr.t(label) }{ " " }</span>{ text(tr, &keys::criterion(programme, &c.criterion.id, c.outcome_id())) }</p>
                { for read }
                if let (false, Some(change)) = (c.settle.is_empty(), change) {
                    <p class="settle">{ tr.t(ui::SETTLE) }</p>
                    <ul class="settle-list">
                        { for c.settle.iter().map(|q| html! {
                            <li>
                                <span>{ tr.t(&keys::question(q)) }</span>{ " " }
                                <button type="button" class="link" onclick={change(q)}>{ tr.t(ui::CHANGE_ANSWER) }</button>
                            </li>
                        }) }
                    </ul>
                }
                if c.ask_counsellor() && from.is_none() {
                    <p class="settle">{ tr.t(ui::ASK_COUNSELLOR) }</p>
                }
            </div>
        </li>
    }
}

/// What a contact serves: its countries named by the platform, then its regions.
fn serves(k: &avenir_core::model::Contact, tr: &Tr) -> Vec<String> {
    let regions = keys::contact_regions(&k.id);
    let mut out: Vec<String> = k.countries.iter().map(|c| tr.region_name(c).unwrap_or_else(|| c.clone())).collect();
    if !k.site && tr.has(&regions) {
        out.push(tr.t(&regions));
    } else {
        out.extend(k.regions.iter().cloned());
    }
    out
}

/// A content text in the reader's language; one that is shown in the default language instead
/// (an embedding site's, not translated) is marked with its language and direction.
pub(super) fn text(tr: &Tr, key: &str) -> Html {
    match tr.fallback(key) {
        Some((lang, dir)) => html! { <span lang={lang} dir={dir}>{ tr.t(key) }</span> },
        None => html! { { tr.t(key) } },
    }
}

/// A question's answer as text, in the reader's language, or "not shared" (the person chose
/// not to), or "not answered".
pub(super) fn answer_text(
    q: &avenir_core::model::Question,
    answers: &Answers,
    not_shared: &[String],
    tr: &Tr,
) -> String {
    answers.get(&q.id).map_or_else(
        || tr.t(if not_shared.contains(&q.id) { ui::NOT_SHARED } else { ui::NOT_ANSWERED }),
        |x| super::review::shown(q, x, tr).0,
    )
}

/// The sources of a fact as links, each with the page's own date and the day it was checked:
/// "(page of March 2023, checked 6 December 2026)". A page re-read today may be years old.
fn sources(list: &[Source], tr: &Tr) -> Html {
    html! {
        <p class="sources">
            { tr.t(ui::SOURCE) }{ ":" }
            { for list.iter().enumerate().map(|(i, s)| {
                let own = match s.own {
                    Some(d) => tr.t_args(
                        if d.updated { ui::PAGE_UPDATED } else { ui::PAGE_PUBLISHED },
                        &[("date", &tr.page_date(d))],
                    ),
                    None => tr.t(ui::PAGE_UNDATED),
                };
                let checked = tr.t_args(ui::PAGE_CHECKED, &[("date", &tr.date(s.checked))]);
                html! {
                    <>
                        { if i > 0 { " · " } else { " " } }
                        <a href={s.url.clone()} rel="noreferrer noopener" target="_blank"><bdi dir="ltr" translate="no">{ short_url(&s.url) }</bdi></a>
                        // The page's own date and the checked date, joined in the reader's language.
                        { " (" }<span data-l10n="intl">{ tr.list(&[own, checked]) }</span>{ ")" }
                    </>
                }
            }) }
        </p>
    }
}

/// "example.org/path/page" from "https://www.example.org/path/page/": short, but enough to
/// tell two pages of one site apart.
fn short_url(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.strip_prefix("www.").unwrap_or(rest).trim_end_matches('/');
    if rest.chars().count() > 48 {
        let cut: String = rest.chars().take(47).collect();
        format!("{cut}…")
    } else {
        rest.to_string()
    }
}

/// "www.example.org" from "https://www.example.org/path".
fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

/// A contact's name in the reader's language where content translates it, else as the body
/// writes it; a site's contact always as the site writes it (one replacing the content's would
/// otherwise show the content's name).
fn contact_name(k: &avenir_core::model::Contact, tr: &Tr) -> Html {
    let key = keys::contact_name(&k.id);
    if !k.site && tr.has(&key) {
        text(tr, &key)
    } else {
        html! { <bdi translate="no">{ &k.name }</bdi> }
    }
}

/// A contact: its name and how to reach it at once (the phone number to tap), everything else
/// one tap away. `level` is its heading's level; `full` is false where it is only named again
/// (it is shown in full once on the page).
fn contact(c: &ContactResult, tr: &Tr, level: u8, full: bool) -> Html {
    let k = c.contact;
    let kind = match k.kind {
        ContactKind::Service => "service",
        ContactKind::LegalAdvice => "legal-advice",
        ContactKind::Emergency => "emergency",
    };
    let about = keys::contact_about(&k.id);
    let name = contact_name(k, tr);
    html! {
        <article class={classes!("contact", "readable", (!full).then_some("again"))} data-kind={kind}>
            if level == 3 { <h3>{ name }</h3> } else { <h4>{ name }</h4> }
            if k.kind == ContactKind::LegalAdvice { <p class="tag tag-legal">{ tr.t(ui::CONTACT_LEGAL) }</p> }
            if k.kind == ContactKind::Emergency { <p class="tag tag-urgent">{ tr.t(ui::CONTACT_EMERGENCY) }</p> }
            // The numbers to tap and, in full, everything else one tap away, on one line.
            <div class="reach">
            if let Some(ph) = &k.phone {
                <p class="call"><a class="tel" href={format!("tel:{}", ph.dial)} aria-label={format!("{} {}", tr.t(ui::CONTACT_PHONE), ph.display)}><bdi dir="ltr" translate="no">{ &ph.display }</bdi></a>
                    // Named again, a contact shows its international number only (it works from
                    // inside the country too); in full, the national one beside it.
                    if let (Some(n), true) = (&ph.national, full) {
                        <span class="national">{ " · " }{ tr.t(ui::CONTACT_PHONE_NATIONAL) }{ " " }
                        <a class="tel" href={format!("tel:{}", n.replace(' ', ""))}><bdi dir="ltr" translate="no">{ n }</bdi></a></span>
                    }
                </p>
            }
            if full {
                <Fold class="more" summary={html! { { tr.t(ui::CONTACT_MORE) } }}>
                    <Listen tr={tr.clone()} />
                    if k.site { <p class="from-site">{ tr.t(ui::FROM_SITE) }</p> }
                    if tr.has(&about) { <p>{ text(tr, &about) }</p> }
                    if !c.needs.is_empty() {
                        <p class="helps">{ tr.t(ui::CONTACT_HELPS_WITH) }{ " " }
                            { tr.list(&c.needs.iter().map(|n| tr.t(&keys::need(n))).collect::<Vec<_>>()) }</p>
                    }
                    <dl class="facts">
                    if let Some(e) = &k.email {
                        <dt>{ tr.t(ui::CONTACT_EMAIL) }</dt>
                        <dd><a href={format!("mailto:{e}")}><bdi dir="ltr" translate="no">{ e }</bdi></a></dd>
                    }
                    // A confidential place (a shelter) shows no website, address or region: only how
                    // to reach its intake (phone, e-mail), its hours and languages.
                    if let Some(w) = k.website.as_ref().filter(|_| !k.confidential) {
                        <dt>{ tr.t(ui::CONTACT_WEBSITE) }</dt>
                        <dd><a href={w.clone()} rel="noreferrer noopener" target="_blank"><bdi dir="ltr" translate="no">{ host(w) }</bdi></a></dd>
                    }
                    if let Some(addr) = k.address.as_ref().filter(|_| !k.confidential) {
                        <dt>{ tr.t(ui::CONTACT_ADDRESS) }</dt><dd><bdi translate="no">{ addr }</bdi></dd>
                    }
                    if let Some(h) = &k.hours {
                        <dt>{ tr.t(ui::CONTACT_HOURS) }</dt>
                        <dd>{ for tr.hours(h).into_iter().map(|line| html! { <span class="line" data-l10n="intl">{ line }</span> }) }</dd>
                    }
                    if !k.confidential && (!k.countries.is_empty() || !k.regions.is_empty()) {
                        <dt>{ tr.t(ui::CONTACT_SERVES) }</dt>
                        // Country names from the platform (Intl), the regions as a content text (or as
                        // written), joined as a list in the reader's language (Intl.ListFormat).
                        <dd data-l10n="intl">{ tr.list(&serves(k, tr)) }</dd>
                    }
                    if !k.languages.is_empty() {
                        <dt>{ tr.t(ui::CONTACT_LANGUAGES) }</dt>
                        <dd data-l10n="intl">{ tr.list(&k.languages.iter().map(|l| tr.language_name(l)).collect::<Vec<_>>()) }</dd>
                    }
                    </dl>
                    { sources(&k.sources, tr) }
                </Fold>
            }
            </div>
        </article>
    }
}
