//! The summaries a counsellor prints after a first meeting (counsellor build only): the meeting
//! record (the whole desk, as before), a referral summary for a reintegration partner, and a
//! take-home summary for the person in their language beside the counsellor's. What goes in a
//! referral is the core's `desk::referral`; the notes are the core's `Notes`. Everything is
//! made on the device and printed by the browser: nothing is sent or stored. The only request
//! is the person's language's texts when it is chosen (`i18n::fetch_texts`, which says which
//! language, nothing else).

use std::rc::Rc;

use avenir_core::desk::{referral, return_country_question};
use avenir_core::evaluate::{Likelihood, evaluate};
use avenir_core::model::{Contact, keys};
use avenir_core::screen::{Counsellor, Note};
use avenir_core::text::{Texts, ui};
use avenir_core::{Assessment, model::Date};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::i18n::Tr;
use crate::state::{Action, State};

/// What is printed.
#[derive(Clone, Copy, PartialEq)]
enum Print {
    /// The desk as it is: answers, results with reasons, notes.
    Record,
    Referral,
    TakeHome,
}

impl Print {
    fn id(self) -> &'static str {
        match self {
            Print::Record => "record",
            Print::Referral => "referral",
            Print::TakeHome => "takehome",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct SummariesProps {
    pub state: UseReducerHandle<State>,
    pub tr: Tr,
    pub dispatch: Callback<Action>,
}

/// The choice of what to print, the referral's programme, the person's language and the
/// organisation, and the summary chosen as it will be printed.
#[function_component(Summaries)]
pub fn summaries(p: &SummariesProps) -> Html {
    let tr = &p.tr;
    let content = p.state.content.clone();
    let print = use_state(|| Print::Record);
    // The person's language: the desk's until the counsellor chooses another.
    let person = use_state(|| tr.lang().to_string());
    let person_texts = use_state(|| None::<Rc<Texts>>);
    let failed = use_state(|| false);
    // The organisation: as typed on this desk before (it is the counsellor's, not a person's:
    // it stays in memory for the next person), else an embedding site's setting.
    let organisation = use_state(|| {
        Some(ORGANISATION.with(|o| o.borrow().clone()))
            .filter(|o| !o.is_empty())
            .or_else(|| crate::views::root_attribute("data-organisation"))
            .unwrap_or_default()
    });
    {
        let (content, person_texts, failed, desk) =
            (content.clone(), person_texts.clone(), failed.clone(), tr.lang().to_string());
        use_effect_with((*person).clone(), move |tag| {
            failed.set(false);
            let wanted = *tag != content.default_language && *tag != desk;
            if wanted && person_texts.as_ref().is_none_or(|t| t.lang != *tag) {
                // Both of the language's files, as when a person chooses it (`i18n`).
                let (start, results) = crate::i18n::fetch_texts(&crate::views::assets_base(), tag);
                wasm_bindgen_futures::spawn_local(async move {
                    match (start.await, results.await) {
                        (Some(mut t), Some(more)) => {
                            t.messages.extend(more.messages);
                            crate::embed::add_site_texts(&mut t);
                            person_texts.set(Some(Rc::new(t)));
                        }
                        _ => failed.set(true),
                    }
                });
            }
        });
    }
    let Some(c) = p.state.counsellor.as_ref() else { return html! {} };
    // The person's texts: the desk's own, the default language's, or the fetched ones.
    let person_tr = if *person == tr.lang() {
        Some(tr.clone())
    } else if *person == content.default_language {
        Some(Tr::new(content.clone(), None))
    } else {
        person_texts.as_ref().filter(|t| t.lang == *person).map(|t| Tr::new(content.clone(), Some(t.clone())))
    };
    let choose = |which: Print| {
        let print = print.clone();
        Callback::from(move |_: Event| print.set(which))
    };
    let on_person = {
        let person = person.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                person.set(s.value());
            }
        })
    };
    let on_programme = p.dispatch.reform(|e: Event| {
        let value = e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value()).unwrap_or_default();
        Action::Note(Note::Programme, value)
    });
    let on_organisation = {
        let organisation = organisation.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                ORGANISATION.with(|o| o.replace(i.value()));
                organisation.set(i.value());
            }
        })
    };
    let print_now = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let out = evaluate(&content, &c.session.answers);
    let fitting: Vec<_> = out.programmes.iter().filter(|r| r.likelihood != Likelihood::NotLikely).collect();
    let offered =
        avenir_core::text::offered(&content.languages, crate::views::root_attribute("data-languages").as_deref());
    let date = today();
    let radio = |which: Print, key: &'static str| {
        let id = format!("print-{}", which.id());
        html! {
            <div class="option">
                <input type="radio" id={id.clone()} name="desk-print" value={which.id()} checked={*print == which} onchange={choose(which)} />
                <label for={id}>{ tr.t(key) }</label>
            </div>
        }
    };
    html! {
        <section class="summaries" data-print={print.id()} aria-labelledby="h-summaries">
            <h2 id="h-summaries">{ tr.t(ui::DESK_SUMMARIES) }</h2>
            <div class="summary-controls">
                <fieldset class="print-choice">
                    <legend>{ tr.t(ui::DESK_PRINT) }</legend>
                    <div class="options">
                        { radio(Print::Record, ui::DESK_PRINT_RECORD) }
                        { radio(Print::Referral, ui::DESK_PRINT_REFERRAL) }
                        { radio(Print::TakeHome, ui::DESK_PRINT_TAKEHOME) }
                    </div>
                </fieldset>
                <div class="summary-fields">
                    <div class="field">
                        <label for="desk-programme">{ tr.t(ui::DESK_CHOSEN) }</label>
                        <select id="desk-programme" onchange={on_programme}>
                            <option value="" selected={c.notes.programme.is_empty()}>{ tr.t(ui::DESK_NONE_CHOSEN) }</option>
                            { for fitting.iter().map(|r| html! {
                                <option value={r.programme.id.clone()} selected={c.notes.programme == r.programme.id}>
                                    { tr.t(&keys::programme(&r.programme.id)) }{ " — " }{ tr.t(super::results::verdict(r)) }
                                </option>
                            }) }
                        </select>
                    </div>
                    <div class="field">
                        <label for="desk-person-language">{ tr.t(ui::DESK_PERSON_LANGUAGE) }</label>
                        <select id="desk-person-language" onchange={on_person}>
                            { for offered.iter().filter(|l| !l.pseudo).map(|l| html! {
                                <option value={l.tag.clone()} lang={l.tag.clone()} dir={l.dir.as_str()} translate="no" selected={l.tag == *person}>{ &l.name }</option>
                            }) }
                        </select>
                    </div>
                    <div class="field">
                        <label for="desk-organisation">{ tr.t(ui::DESK_ORGANISATION) }</label>
                        <input type="text" id="desk-organisation" autocomplete="organization" value={(*organisation).clone()} oninput={on_organisation} />
                    </div>
                </div>
                <button type="button" class="secondary print" onclick={print_now}>{ tr.t(ui::DESK_PRINT_BUTTON) }</button>
                if *failed { <p class="error-message" role="alert">{ tr.t(ui::LANGUAGE_FAILED) }</p> }
            </div>
            {
                match *print {
                    Print::Record => html! {},
                    Print::Referral => referral_summary(&content, c, tr, &organisation, date),
                    Print::TakeHome => match &person_tr {
                        Some(person_tr) => take_home(&content, c, &[person_tr, tr], &organisation, date),
                        None => html! { <p class="loading" role="status">{ tr.t(ui::LOADING) }</p> },
                    },
                }
            }
        </section>
    }
}

thread_local! {
    /// The organisation as typed on this desk (in the page's memory only, never stored).
    static ORGANISATION: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Today's date on this device.
fn today() -> Date {
    let d = js_sys::Date::new_0();
    Date { year: d.get_full_year() as u16, month: d.get_month() as u8 + 1, day: d.get_date() as u8 }
}

/// A contact's name in the reader's language where the content translates it.
fn contact_name(k: &Contact, tr: &Tr) -> Html {
    let key = keys::contact_name(&k.id);
    if !k.site && tr.has(&key) {
        super::results::text(tr, &key)
    } else {
        html! { <bdi translate="no">{ &k.name }</bdi> }
    }
}

/// How to reach a contact on paper: its numbers and e-mail, never a link to follow.
fn reach(k: &Contact, tr: &Tr) -> Html {
    html! {
        <>
            if let Some(ph) = &k.phone {
                { " · " }<bdi dir="ltr" translate="no" class="number">{ &ph.display }</bdi>
                if let Some(n) = &ph.national {
                    { " (" }{ tr.t(ui::CONTACT_PHONE_NATIONAL) }{ " " }<bdi dir="ltr" translate="no" class="number">{ n }</bdi>{ ")" }
                }
            }
            if let Some(e) = &k.email {
                { " · " }<bdi dir="ltr" translate="no">{ e }</bdi>
            }
        </>
    }
}

/// The referral summary, in the counsellor's language: what the EU's Reintegration Assistance
/// Tool asks for (country of return, programme, reintegration partner, type of support, family
/// composition, vulnerabilities, signed consent), with the needs.
fn referral_summary(a: &Assessment, c: &Counsellor, tr: &Tr, organisation: &str, date: Date) -> Html {
    let answers = &c.session.answers;
    let out = evaluate(a, answers);
    let r = referral(a, answers, &out, &c.notes.programme);
    let country = return_country_question(a).map(|q| super::results::answer_text(q, answers, &c.not_shared, tr));
    let note = |text: &str| html! { <dd class="note-text">{ text.to_string() }</dd> };
    html! {
        <article class="summary referral" aria-labelledby="h-referral">
            <h2 id="h-referral">{ tr.t(ui::DESK_REFERRAL_TITLE) }</h2>
            <dl class="referral-facts">
                <dt>{ tr.t(ui::DESK_DATE) }</dt><dd data-l10n="intl">{ tr.date(date) }</dd>
                <dt>{ tr.t(ui::DESK_ORGANISATION) }</dt><dd><bdi translate="no">{ organisation }</bdi></dd>
                if let Some(country) = country {
                    <dt>{ tr.t(ui::DESK_RETURN_COUNTRY) }</dt><dd>{ country }</dd>
                }
                <dt>{ tr.t(ui::DESK_CHOSEN) }</dt>
                <dd class="chosen">
                    if let Some(p) = r.programme {
                        <strong>{ tr.t(&keys::programme(&p.programme.id)) }</strong>{ " — " }{ tr.t(super::results::verdict(p)) }
                    } else {
                        { tr.t(ui::DESK_NONE_CHOSEN) }
                    }
                </dd>
                if let Some(p) = r.programme {
                    <dt>{ tr.t(ui::DESK_SUPPORT) }</dt><dd>{ super::results::text(tr, &keys::programme_offers(&p.programme.id)) }</dd>
                }
                <dt>{ tr.t(ui::DESK_PARTNER) }</dt>
                <dd class="partners">
                    if r.partners.is_empty() {
                        { tr.t(ui::DESK_NO_PARTNER) }
                    } else {
                        <ul>{ for r.partners.iter().map(|k| html! { <li>{ contact_name(k, tr) }{ reach(k, tr) }</li> }) }</ul>
                    }
                </dd>
                <dt>{ tr.t(ui::DESK_NEEDS) }</dt>
                <dd class="needs-list">
                    if out.needs.is_empty() {
                        { tr.t(ui::NO_NEEDS) }
                    } else {
                        <ul>{ for out.needs.iter().map(|n| {
                            let (class, label) = super::results::urgency(n.urgency);
                            html! { <li>{ tr.t(&keys::need(&n.need.id)) }{ " " }<span class={classes!("tag", class)}>{ tr.t(label) }</span></li> }
                        }) }</ul>
                    }
                </dd>
                <dt>{ tr.t(ui::DESK_FAMILY) }</dt>{ note(&c.notes.family) }
                <dt>{ tr.t(ui::DESK_VULNERABILITIES) }</dt>{ note(&c.notes.vulnerabilities) }
                <dt>{ tr.t(ui::DESK_CONSENT) }</dt>{ note(&c.notes.consent) }
            </dl>
            <p class="consent-statement">{ tr.t(ui::DESK_REFERRAL_CONSENT) }</p>
            <div class="signatures">
                <p class="signature">{ tr.t(ui::DESK_SIGNATURE_PERSON) }</p>
                <p class="signature">{ tr.t(ui::DESK_SIGNATURE_COUNSELLOR) }</p>
            </div>
            <p class="indicative">{ tr.t(ui::INDICATIVE) }</p>
            <p class="version">{ tr.t_args(ui::CONTENT_VERSION, &[("version", &a.version)]) }</p>
        </article>
    }
}

/// The take-home summary: one column per language (the person's first, then the counsellor's;
/// one when they are the same), each row the same item in both, so that the person and anyone
/// helping them read it side by side. Each cell has its language and direction. A language in
/// draft says so in a footnote, in that language.
fn take_home(a: &Assessment, c: &Counsellor, langs: &[&Tr], organisation: &str, date: Date) -> Html {
    let langs: Vec<&Tr> =
        if langs.len() == 2 && langs[0].lang() == langs[1].lang() { vec![langs[0]] } else { langs.to_vec() };
    let answers = &c.session.answers;
    let out = evaluate(a, answers);
    // A chosen programme first, then the others that may fit.
    let mut programmes: Vec<_> = out.programmes.iter().filter(|r| r.likelihood != Likelihood::NotLikely).collect();
    if let Some(i) = programmes.iter().position(|r| r.programme.id == c.notes.programme) {
        let chosen = programmes.remove(i);
        programmes.insert(0, chosen);
    }
    // The contacts of the results, then the reintegration partners in the country of return
    // (the chosen programme's first) that are not among them: their numbers go home too.
    let partners = referral(a, answers, &out, &c.notes.programme).partners;
    let mut contacts: Vec<&Contact> = out.contacts.iter().map(|k| k.contact).collect();
    for k in partners {
        if !contacts.iter().any(|x| x.id == k.id) {
            contacts.push(k);
        }
    }
    let row = |class: &'static str, cell: &dyn Fn(&Tr) -> Html| {
        html! {
            <tr class={class}>
                { for langs.iter().map(|t| html! { <td lang={t.lang().to_string()} dir={t.dir()}>{ cell(t) }</td> }) }
            </tr>
        }
    };
    let heading = |key: &'static str| {
        html! {
            <tr class="group">
                { for langs.iter().map(|t| html! { <th scope="colgroup" lang={t.lang().to_string()} dir={t.dir()}>{ t.t(key) }</th> }) }
            </tr>
        }
    };
    let draft = |t: &Tr| t.language().is_some_and(|l| !l.reviewed);
    html! {
        <article class="summary takehome" data-columns={langs.len().to_string()} aria-labelledby="h-takehome">
            <h2 id="h-takehome" class="visually-hidden">{ langs[0].t(ui::DESK_TAKEHOME_TITLE) }</h2>
            <table class="bilingual">
                <thead>
                    <tr class="title">
                        { for langs.iter().map(|t| html! {
                            <th scope="col" lang={t.lang().to_string()} dir={t.dir()}>
                                { t.t(ui::DESK_TAKEHOME_TITLE) }
                                if draft(t) { <sup class="footnote-mark" aria-hidden="true">{ "*" }</sup> }
                            </th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { row("meta", &|t| html! {
                        <>
                            <p>{ t.t(ui::DESK_DATE) }{ ": " }<span data-l10n="intl">{ t.date(date) }</span></p>
                            if !organisation.is_empty() {
                                <p>{ t.t(ui::DESK_ORGANISATION) }{ ": " }<bdi translate="no">{ organisation }</bdi></p>
                            }
                            <p class="indicative">{ t.t(ui::INDICATIVE) }</p>
                        </>
                    }) }
                </tbody>
                if !out.needs.is_empty() {
                    <tbody class="needs-part">
                        { heading(ui::NEEDS) }
                        { for out.needs.iter().map(|n| row("item", &|t| {
                            let (class, label) = super::results::urgency(n.urgency);
                            html! {
                                <>
                                    <h3>{ t.t(&keys::need(&n.need.id)) }{ " " }<span class={classes!("tag", class)}>{ t.t(label) }</span></h3>
                                    <p>{ super::results::text(t, &keys::need_help(&n.need.id)) }</p>
                                </>
                            }
                        })) }
                    </tbody>
                }
                if !programmes.is_empty() {
                    <tbody class="programmes-part">
                        { heading(ui::PROGRAMMES) }
                        { for programmes.iter().map(|r| row("item", &|t| html! {
                            <>
                                <h3>{ super::results::text(t, &keys::programme(&r.programme.id)) }{ " " }
                                    <span class={classes!("tag", format!("tag-{}", r.likelihood.id()))}>{ t.t(super::results::verdict(r)) }</span></h3>
                                <p><strong>{ t.t(ui::HOW) }{ ": " }</strong>{ super::results::text(t, &keys::programme_how(&r.programme.id)) }</p>
                            </>
                        })) }
                    </tbody>
                }
                if !contacts.is_empty() {
                    <tbody class="contacts-part">
                        { heading(ui::CONTACTS) }
                        { for contacts.iter().map(|k| row("item contact-line", &|t| html! {
                            <p><strong>{ contact_name(k, t) }</strong>{ reach(k, t) }</p>
                        })) }
                    </tbody>
                }
                // A footnote, not a banner: the last row, under the language's own column (a
                // table's footer would be repeated on every printed page).
                if langs.iter().any(|t| draft(t)) {
                    <tbody class="footnotes">
                        { row("footnote", &|t| html! {
                            if draft(t) { <p><span aria-hidden="true">{ "* " }</span>{ t.t(ui::DRAFT_TRANSLATION) }</p> }
                        }) }
                    </tbody>
                }
            </table>
        </article>
    }
}
