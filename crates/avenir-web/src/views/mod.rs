//! Screens. Each receives the state and a dispatcher; none holds state of its own.

#[cfg(feature = "counsellor")]
mod counsellor;
#[cfg(feature = "counsellor")]
mod desk;
#[cfg(feature = "results")]
mod fold;
mod intro;
mod keep;
mod listen;
mod question;
#[cfg(feature = "results")]
mod results;
mod review;
#[cfg(feature = "counsellor")]
mod summary;

use std::rc::Rc;

use avenir_core::session::Step;
use avenir_core::text::ui;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::content;
use crate::i18n::Tr;
use crate::state::{Action, State};

/// What a whole-screen view receives: the state, the texts, a way to act, and its heading (which
/// gets the focus when the screen changes).
#[derive(Properties, PartialEq)]
pub struct ScreenProps {
    pub state: UseReducerHandle<State>,
    pub tr: Tr,
    pub dispatch: Callback<Action>,
    pub heading: NodeRef,
    /// "Delete everything": the widget's storage, offline files and service worker.
    pub delete: Callback<()>,
}

thread_local! {
    /// The part of its [`REHEARSAL`] the widget is in (0: none): the question page draws the
    /// first question, as Start will show it, apart from the page, never shown: in part 1
    /// without its answers' controls, in part 2 whole. (Not a field of [`ScreenProps`]: one
    /// more field costs the first load about 200 B brotli.)
    static REHEARSING: std::cell::Cell<u8> = const { std::cell::Cell::new(0) };
}

pub(crate) fn rehearsing() -> u8 {
    REHEARSING.get()
}

/// What `content::run` mounts the widget with.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The texts of the language shown first when it is not the default language, fetched
    /// before the widget took over the start page.
    pub texts: Option<Rc<avenir_core::text::Texts>>,
    /// The session handed over by the person's first build (`crate::handover`).
    pub handed: Option<Rc<Handed>>,
}

/// Where the first build was when it handed over to the results build.
#[derive(PartialEq)]
pub struct Handed {
    pub session: avenir_core::Session,
    pub saving: bool,
    pub language: String,
    /// Built apart from the page ahead of the handover (`handover::prepare`): it waits, whole,
    /// for the session it takes over with (`crate::take_over`).
    pub prepared: bool,
}

/// Handed over to be shown at once, in the page (not prepared apart from it first): the
/// widget mounts on `#avenir-root` itself and is whole from its first render.
pub(crate) fn at_once(handed: &Option<Rc<Handed>>) -> bool {
    handed.as_ref().is_some_and(|h| !h.prepared)
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // Embedded: the host page's settings, checked once. The widget starts at once with its own
    // contacts; a site's own file, when it gives one, is checked meanwhile (`boot.js` (its embedding part), with
    // `avenir-config`, whatever its size) and its contacts and programmes join when ready.
    // The content's results' part arrives once the first screen works (`boot.js`).
    let complete = use_state(content::complete);
    {
        let complete = complete.clone();
        use_effect_with((), move |_| {
            if content::complete() {
                complete.set(true);
            }
            let listener = web_sys::window()
                .map(|w| gloo_events::EventListener::new(&w, "avenir-results", move |_| complete.set(true)));
            move || drop(listener)
        });
    }
    let loaded = use_memo(*complete, |complete| content::load().map(|c| (crate::embed::configure(&c, *complete), c)));
    let checked = use_state(crate::embed::site_checked);
    {
        let checked = checked.clone();
        use_effect_with((), move |_| {
            // It may have come between the first render and this listener.
            if crate::embed::site_checked() {
                checked.set(true);
            }
            let listener = web_sys::window()
                .map(|w| gloo_events::EventListener::new(&w, "avenir-contacts", move |_| checked.set(true)));
            move || drop(listener)
        });
    }
    let site = use_memo((*checked, *complete), {
        let loaded = loaded.clone();
        move |_| loaded.as_ref().as_ref().map(|(e, c)| crate::embed::site_content(c.clone(), e))
    });
    // Only if the content's bytes were damaged: the apology below replaces the start page at
    // once (else `Widget` does, when whole: `crate::shown`).
    let whole = loaded.is_some() && site.is_some();
    // The widget in a task after this one's (the first calls of Yew's own code, which compile
    // it, are most of this one): no task of the start is long. Handed over, or the apology, at
    // once.
    let begun = use_state(|| u8::from(props.handed.is_some() || !whole));
    {
        let begun = begun.clone();
        use_effect_with((), move |_| {
            if !whole {
                crate::shown();
            } else if *begun == 0 {
                advance(begun, 1);
            }
        });
    }
    match (&*loaded, &*site) {
        _ if *begun == 0 => Html::default(),
        (Some((e, _)), Some(c)) => {
            html! { <Widget content={c.clone()} complete={*complete} fixed={e.fixed.clone()} texts={props.texts.clone()} handed={props.handed.clone()} /> }
        }
        // Only if the content's bytes were damaged: an apology, never a blank page.
        _ => html! {
            <main id="avenir" class="avenir" lang="en">
                <h1>{ "Avenir" }</h1>
                <p role="alert">{ "This assessment could not be loaded. Please try again later, or ask a counsellor." }</p>
            </main>
        },
    }
}

#[derive(Properties, PartialEq)]
struct WidgetProps {
    content: Rc<avenir_core::Assessment>,
    /// Whether `content` has its results' part.
    complete: bool,
    /// The first language's texts, when it is not the default language ([`AppProps`]).
    texts: Option<Rc<avenir_core::text::Texts>>,
    /// The host page's answer to the country of stay (embedded), already checked.
    fixed: Option<(String, String)>,
    handed: Option<Rc<Handed>>,
}

/// The stage in which the widget, built apart from the page, draws once, never shown, the
/// screen the person's next tap will be the first to show: in the first build, the first
/// question, before the start page is shown ([`rehearsing`]); in the results build prepared
/// ahead of the handover, the results, for the answers so far. The wasm functions that draw it
/// are compiled on their first call, and the `Intl` objects it uses made, then rather than on
/// that tap (issue 18: every tap ≤ 100 ms at a 6× slowdown; docs/performance.md). In two
/// parts, each in a task of its own ([`rehearsing`]): a task over 50 ms at Lighthouse's 4×
/// slowdown would make the start page's time to interactive the end of that task.
const REHEARSAL: u8 = 2;

/// The last of the stages in which the widget is first built ([`Widget`]).
const WHOLE: u8 = REHEARSAL + 2;

#[function_component(Widget)]
fn widget(props: &WidgetProps) -> Html {
    // On start (nothing handed over), built apart from the page in tasks of their own: the
    // state, the frame, the rehearsal ([`REHEARSAL`]), the screen; then it replaces the start
    // page (`crate::mount`, `crate::shown`). Handed over, at once.
    let stage = use_state(|| if at_once(&props.handed) { WHOLE } else { 0 });
    let prepared = props.handed.as_ref().is_some_and(|h| h.prepared);
    {
        let stage = stage.clone();
        use_effect_with(*stage, move |now| {
            if *now < WHOLE {
                advance(stage.clone(), now + 1);
            } else if !prepared {
                crate::shown();
            }
        });
    }
    // Answers saved on this phone by an earlier visit (only if the person chose to save).
    // Not read again when the first build handed its session over: it has it.
    let saved = use_memo((), {
        let (c, handed) = (props.content.clone(), props.handed.is_some());
        move |_| if handed { None } else { crate::storage::load(&c) }
    });
    let state = use_reducer({
        let (c, saved, fixed, complete) = (props.content.clone(), saved.clone(), props.fixed.clone(), props.complete);
        let handed = props.handed.clone();
        // `#counsellor` opens the counsellor view (read once; the hash is never sent). `boot.js`
        // loads the counsellor build for it; the person's build has no counsellor view.
        let hash = web_sys::window().and_then(|w| w.location().hash().ok());
        move || {
            match handed {
                Some(h) => State::handed(c, complete, h.session.clone(), h.saving),
                None => State::new(
                    c,
                    complete,
                    saved.as_ref().clone().map(|(session, _)| session),
                    COUNSELLOR && hash.as_deref() == Some("#counsellor"),
                ),
            }
            .fix(fixed.as_ref())
        }
    });
    // The language: the one saved with the answers, the start page's, or the browser's
    // preferred languages (`i18n::initial_language`), then the picker; nothing is stored.
    // Other languages than the default are fetched when chosen. An embedding site may restrict
    // and order the languages: `data-languages="hr en ar"`.
    let offered = use_memo((), {
        let c = props.content.clone();
        move |_| avenir_core::text::offered(&c.languages, root_attribute("data-languages").as_deref())
    });
    let wanted = use_state({
        let (c, handed) = (props.content.clone(), props.handed.clone());
        move || handed.map_or_else(|| crate::i18n::initial_language(&c), |h| h.language.clone())
    });
    let shown = use_state({
        let texts = props.texts.clone();
        move || texts
    });
    // Prepared apart from the page (`handover::prepare`), once whole: waits for the session it
    // takes over with, on the first build's next move (`crate::take_over`): a screen change.
    #[cfg(feature = "results")]
    {
        let (state, wanted, shown) = (state.clone(), wanted.clone(), shown.clone());
        use_effect_with(*stage == WHOLE && prepared, move |ready| {
            if *ready {
                crate::prepared(Callback::from(
                    move |(texts, h): (Option<Rc<avenir_core::text::Texts>>, Rc<Handed>)| {
                        shown.set(texts);
                        wanted.set(h.language.clone());
                        state.dispatch(crate::state::Msg::Handed(h.session.clone(), h.saving));
                    },
                ));
            }
        });
    }
    let failed = use_state(|| false);
    // A language's texts on their way (`aria-busy`: screen readers wait for the whole page).
    let busy = use_state(|| false);
    // The language last asked for: a file that arrives after another language was chosen is
    // dropped.
    let latest = use_mut_ref(String::new);
    {
        let (content, shown, failed, busy) = (props.content.clone(), shown.clone(), failed.clone(), busy.clone());
        use_effect_with((*wanted).clone(), move |tag| {
            latest.replace(tag.clone());
            if *tag == content.default_language {
                shown.set(None);
            } else if shown.as_ref().is_none_or(|t| t.lang != *tag) {
                let tag = tag.clone();
                // The language's two files, like the content's: what the questions need, shown
                // as soon as it is here, then what the results need (both asked for at once).
                let (start, results) = crate::i18n::fetch_texts(&assets_base(), &tag);
                let current = move || *latest.borrow() == tag;
                busy.set(true);
                wasm_bindgen_futures::spawn_local(async move {
                    let Some(mut t) = start.await else {
                        if current() {
                            failed.set(true);
                            busy.set(false);
                        }
                        return;
                    };
                    crate::embed::add_site_texts(&mut t);
                    if current() {
                        failed.set(false);
                        shown.set(Some(Rc::new(t.clone())));
                    }
                    // (The first build only keeps the results' texts: `i18n::fetch_texts`.)
                    #[cfg(not(feature = "results"))]
                    results.await;
                    #[cfg(feature = "results")]
                    if let Some(more) = results.await {
                        t.messages.extend(more.messages);
                        crate::embed::add_site_texts(&mut t);
                        if current() {
                            shown.set(Some(Rc::new(t)));
                        }
                    }
                    if current() {
                        busy.set(false);
                    }
                });
            }
        });
    }
    // The content's results' part, or an embedding site's file checked while the person
    // answers: its contacts and programmes into the state, its texts into the language shown.
    {
        let (state, shown) = (state.clone(), shown.clone());
        use_effect_with((props.content.clone(), props.complete), move |(content, complete)| {
            if !Rc::ptr_eq(content, &state.content) {
                state.dispatch(crate::state::Msg::Content(content.clone(), *complete));
                if let Some(t) = shown.as_ref() {
                    let mut t = (**t).clone();
                    crate::embed::add_site_texts(&mut t);
                    shown.set(Some(Rc::new(t)));
                }
            }
        });
    }
    let loading =
        *wanted != props.content.default_language && shown.as_ref().is_none_or(|t| t.lang != *wanted) && !*failed;
    let tr = Tr::new(props.content.clone(), (*shown).clone());
    let heading = use_node_ref();
    let root = use_node_ref();

    // Quick exit. `announce` is what the live region says while Shift is being pressed.
    let announce = use_state(String::new);
    let exit = {
        let (state, root, content) = (state.clone(), root.clone(), props.content.clone());
        Callback::from(move |_: ()| {
            crate::storage::forget(&content);
            state.dispatch(Action::Forget.into());
            crate::exit::leave(
                root.cast::<web_sys::Element>(),
                &crate::exit::exit_url(root_attribute("data-exit-url")),
            );
        })
    };
    // On the counsellor's desk, Shift ×3 does nothing: a counsellor types (the exit button
    // stays).
    #[cfg(feature = "counsellor")]
    let desk = state.counsellor.is_some();
    {
        let (exit, announce, state, content) = (exit.clone(), announce.clone(), state.clone(), props.content.clone());
        let more_texts = (tr.t(ui::EXIT_PRESS_TWO), tr.t(ui::EXIT_PRESS_ONE));
        #[cfg(feature = "counsellor")]
        let more_texts = (more_texts, desk);
        use_effect_with(more_texts, move |texts| {
            #[cfg(feature = "counsellor")]
            let ((two, one), desk) = (&texts.0, texts.1);
            #[cfg(not(feature = "counsellor"))]
            let ((two, one), desk) = (texts, false);
            let (two, one) = (two.clone(), one.clone());
            let document = web_sys::window().and_then(|w| w.document()).filter(|_| !desk);
            let presses = std::rc::Rc::new(std::cell::RefCell::new(avenir_core::exit::ShiftPresses::default()));
            let keys = document.as_ref().map(|d| {
                gloo_events::EventListener::new(d, "keydown", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                    if e.key() != "Shift" {
                        presses.borrow_mut().other_key();
                        return;
                    }
                    if e.repeat() {
                        return;
                    }
                    match presses.borrow_mut().press(crate::exit::now_ms()) {
                        avenir_core::exit::Press::Exit => exit.emit(()),
                        avenir_core::exit::Press::More(2) => announce.set(two.clone()),
                        avenir_core::exit::Press::More(_) => announce.set(one.clone()),
                    }
                })
            });
            // Restored from the back/forward cache: start as on opening, never with what was on
            // screen (after a quick exit, nothing is saved any more).
            let restored = web_sys::window().map(|w| {
                gloo_events::EventListener::new(&w, "pageshow", move |e| {
                    if e.dyn_ref::<web_sys::PageTransitionEvent>().is_some_and(|e| e.persisted()) {
                        state.dispatch(Action::Reopen(crate::storage::load(&content).map(|(s, _)| s)).into());
                    }
                })
            });
            move || drop((keys, restored))
        });
    }

    // Browser side effect, in an effect: on every new screen, move focus to its heading and
    // scroll to the top of the widget, as a screen-reader user expects after a page change.
    // This page's own scroll only (never `scrollIntoView`, nor a focus that scrolls): when
    // embedded, scrolling the host page on each new screen would tell it how many screens, and
    // so which questions, the person went through.
    {
        let (heading, root) = (heading.clone(), root.clone());
        use_effect_with(state.moves, move |screen| {
            if *screen > 0 {
                if let (Some(w), Some(r)) = (web_sys::window(), root.cast::<web_sys::HtmlElement>()) {
                    w.scroll_to_with_x_and_y(0.0, r.offset_top().into());
                }
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(true);
                    let _ = h.focus_with_options(&options);
                }
            }
        });
    }

    // Saving on this phone, only after the person chose it: after every change of the answers,
    // the screen or the language. `save_failed` when the browser refuses.
    let save_failed = use_state(|| false);
    {
        let (content, save_failed) = (props.content.clone(), save_failed.clone());
        let saving = state.saving.then(|| state.to_save());
        use_effect_with((saving, (*wanted).clone()), move |(saving, language)| {
            if let Some(session) = saving {
                save_failed.set(!crate::storage::save(&content, session, language));
            }
        });
    }
    let delete = {
        let (state, save_failed) = (state.clone(), save_failed.clone());
        Callback::from(move |_: ()| {
            state.dispatch(Action::Forget.into());
            save_failed.set(false);
            crate::storage::delete_everything();
        })
    };

    // The first build, on the results: asks the results build to take over, with the session,
    // the choice to save and the language (again if the language changes meanwhile).
    #[cfg(not(feature = "results"))]
    {
        let at_results = state.session.step == Step::Results;
        let asked = at_results.then(|| (state.session.clone(), state.saving, (*wanted).clone()));
        use_effect_with(asked, move |asked| {
            if let Some((session, saving, language)) = asked.clone() {
                crate::handover::ask(session, saving, language, false);
            }
        });
    }
    // Once the results build is there (`data-whole`), the first build's next move to another
    // screen is the results build's: it takes over on the new screen (`crate::handover`), so
    // this build never renders it.
    let dispatch = {
        let state = state.clone();
        #[cfg(not(feature = "results"))]
        let wanted = wanted.clone();
        Callback::from(move |a: Action| {
            // The move is made here, on the state this screen shows (Yew renders every change
            // before the next event), and either handed over or kept.
            #[cfg(not(feature = "results"))]
            if root_attribute("data-whole").is_some() {
                let next = yew::Reducible::reduce(Rc::new((*state).clone()), a.into());
                if !(next.moves != state.moves
                    && next.handable()
                    && crate::handover::ask(next.session.clone(), next.saving, (*wanted).clone(), true))
                {
                    state.dispatch(crate::state::Msg::Next(next));
                }
                return;
            }
            state.dispatch(a.into())
        })
    };
    // The first build rehearses the first question on the start page, in two parts; the results
    // build, prepared apart from the page, the results, for the answers so far, once (its
    // preparation follows a move, not the start page's first paint).
    let rehearsal = (REHEARSAL..WHOLE).contains(&*stage)
        && match cfg!(feature = "results") {
            true => prepared && *stage == REHEARSAL,
            false => state.session.step == Step::Intro,
        };
    REHEARSING.set(if rehearsal { *stage + 1 - REHEARSAL } else { 0 });
    let (tr2, dispatch2, delete2) = (tr.clone(), dispatch.clone(), delete.clone());
    let screen = |view: fn(ScreenProps) -> Html| {
        view(ScreenProps {
            state: state.clone(),
            tr: tr2.clone(),
            dispatch: dispatch2.clone(),
            heading: heading.clone(),
            delete: delete2.clone(),
        })
    };
    let body = match state.session.step {
        _ if *stage < REHEARSAL => Html::default(),
        #[cfg(not(feature = "results"))]
        _ if rehearsal => screen(|p| html! { <question::QuestionPage ..p /> }),
        #[cfg(feature = "results")]
        _ if rehearsal => screen(|p| html! { <results::ResultsPage ..p /> }),
        #[cfg(feature = "counsellor")]
        _ if state.counsellor.is_some() => screen(|p| html! { <counsellor::CounsellorPage ..p /> }),
        Step::Question(_) => screen(|p| html! { <question::QuestionPage ..p /> }),
        Step::Intro => screen(|p| html! { <intro::IntroPage ..p /> }),
        Step::Review => screen(|p| html! { <review::ReviewPage ..p /> }),
        #[cfg(feature = "results")]
        Step::Results => screen(|p| html! { <results::ResultsPage ..p /> }),
        // The first build has no results: their heading, "Loading…", and the results build
        // takes over as soon as it is there (`crate::handover`).
        #[cfg(not(feature = "results"))]
        Step::Results => screen(|p| {
            html! {
                <div class="results preparing">
                    <h1 ref={p.heading} tabindex="-1">{ p.tr.t(ui::RESULTS_TITLE) }</h1>
                    <p class="loading" role="status">{ p.tr.t(ui::LOADING) }</p>
                </div>
            }
        }),
    };
    let keep = ((rehearsing() == 2 || state.session.step != Step::Intro) && state.counsellor.is_none()).then(|| {
        html! { <keep::Keep tr={tr.clone()} saving={state.saving} failed={*save_failed} dispatch={dispatch.clone()} delete={delete.clone()} /> }
    });
    // Until the first choice of language has arrived, no text in another language flashes up.
    // Once the widget has shown a screen, a later choice keeps it, in the language shown, until
    // the new one is here (`aria-busy`): the screen is then the same elements with new texts, so
    // what the person opened on the results stays open (a screen rebuilt from "…" would show
    // them collapsed again, and at the top). In the builds with the results only: the first
    // build's screens have nothing to keep open, and its bytes are the person's first load.
    #[cfg(feature = "results")]
    let painted = use_mut_ref(|| false);
    #[cfg(feature = "results")]
    let first = !*painted.borrow();
    #[cfg(not(feature = "results"))]
    let first = true;
    if loading && shown.is_none() && first {
        return html! { <p class="loading" ref={root}>{ "…" }</p> };
    }
    if *stage == 0 {
        return Html::default();
    }
    #[cfg(feature = "results")]
    painted.replace(true);
    let on_language = {
        let wanted = wanted.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                wanted.set(select.value());
            }
        })
    };
    let exit_url = crate::exit::exit_url(root_attribute("data-exit-url"));
    let shell = Shell {
        tr: &tr,
        languages: &offered,
        wanted: &wanted,
        on_language,
        exit: Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            exit.emit(());
        }),
        exit_url,
        announce: &announce,
        // Whether there is a keyboard, as the page's "avenir-keys" says (boot.js: a fine pointer
        // that hovers, or a key pressed), read at each render: only then does the exit button
        // name the Shift ×3 hint, which is hidden otherwise (style.css). After a first key
        // press the hint shows at once, and is named from the next render on.
        keyboard: has_keyboard(),
        failed: *failed,
        busy: *busy,
        root,
        // (The first build's "Loading…" on the results keeps the masthead: none of this code in
        // its first load. The results build, which takes over at once, lays the results out.)
        #[cfg(feature = "results")]
        results: state.session.step == Step::Results && state.counsellor.is_none(),
        #[cfg(feature = "counsellor")]
        desk,
    };
    shell.render(body, keep)
}

/// The frame of every screen: quick exit, the language picker, the service's name and privacy
/// note, and notes on the language shown, around the screen's `body`. The widget renders it,
/// and so does the build, for the start page in `index.html` before the wasm arrives
/// ([`prerender`]): the same markup, so nothing moves when the widget takes over.
pub(crate) struct Shell<'a> {
    pub tr: &'a Tr,
    pub languages: &'a [avenir_core::text::Language],
    pub wanted: &'a str,
    pub on_language: Callback<Event>,
    /// Quick exit. A link to `exit_url`, so that it works before the wasm has arrived too; the
    /// widget's handler then does the whole exit (and keeps the link from being followed).
    pub exit: Callback<MouseEvent>,
    pub exit_url: String,
    /// What the live region says while Shift is being pressed.
    pub announce: &'a str,
    /// A keyboard is there ([`has_keyboard`]): the Shift ×3 hint is shown, and the exit button
    /// names it (never while it is hidden).
    pub keyboard: bool,
    /// The chosen language's file could not be had.
    pub failed: bool,
    /// The chosen language's texts are on their way.
    pub busy: bool,
    pub root: NodeRef,
    /// The results: the service's name and privacy note, read on every screen before, give
    /// their room to what to do now (issue 17: the first screen); the privacy note is then at
    /// the foot of the page. The results build only.
    #[cfg(feature = "results")]
    pub results: bool,
    /// The counsellor's desk: no person-facing chrome (the service's name and privacy note
    /// addressed to the person, the Shift ×3 hint); its heading and the page's title say what
    /// it is.
    #[cfg(feature = "counsellor")]
    pub desk: bool,
}

impl Shell<'_> {
    pub(crate) fn render(self, body: Html, keep: Option<Html>) -> Html {
        let tr = self.tr;
        let languages = self.languages;
        let wanted = self.wanted;
        #[cfg(feature = "counsellor")]
        let desk = self.desk;
        #[cfg(not(feature = "counsellor"))]
        let desk = false;
        #[cfg(feature = "results")]
        let results = self.results;
        #[cfg(not(feature = "results"))]
        let results = false;
        html! {
            <main id="avenir" class="avenir" lang={tr.lang().to_string()} dir={tr.dir()} aria-busy={self.busy.then_some("true")} ref={self.root}>
                // Quick exit and the language picker share the bar that stays in view, so that the
                // first screen keeps its room for what the screen is about (issue 17).
                <div class="exit-bar">
                    if languages.iter().filter(|l| !l.pseudo).count() > 1 {
                        <div class="language">
                            <label for="avenir-language">
                                <svg class="icon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm6.9 6h-2.9a15.7 15.7 0 0 0-1.4-3.6A8 8 0 0 1 18.9 8zM12 4c.8 1.2 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.8 1.9-4zM4.3 14a8.2 8.2 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4H4.3zm.8 2h2.9c.3 1.3.8 2.5 1.4 3.6A8 8 0 0 1 5.1 16zM8 8H5.1a8 8 0 0 1 4.3-3.6C8.8 5.5 8.3 6.7 8 8zm4 12c-.8-1.2-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.8-1.9 4zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4zm.3 5.6c.6-1.1 1.1-2.3 1.4-3.6h2.9a8 8 0 0 1-4.3 3.6zM16.3 14a16.5 16.5 0 0 0 0-4h3.4a8.2 8.2 0 0 1 0 4h-3.4z" fill="currentColor"/></svg>
                                <span class="visually-hidden">{ tr.t(ui::LANGUAGE) }</span>
                            </label>
                            <select id="avenir-language" onchange={self.on_language}>
                                { for languages.iter().filter(|l| !l.pseudo || l.tag == wanted).map(|l| html! {
                                    <option value={l.tag.clone()} lang={l.tag.clone()} dir={l.dir.as_str()} translate="no" selected={l.tag == wanted}>{ &l.name }</option>
                                }) }
                            </select>
                        </div>
                    }
                    // A link with the role of a button, as GOV.UK's "Exit this page" component.
                    <a href={self.exit_url} role="button" class="exit" rel="noreferrer" onclick={self.exit} aria-describedby={(!desk && self.keyboard).then_some("avenir-exit-hint")}>{ tr.t(ui::EXIT_PAGE) }</a>
                    if !desk { <p class="exit-hint" id="avenir-exit-hint">{ tr.t(ui::EXIT_HINT) }</p> }
                </div>
                <p class="visually-hidden" aria-live="polite">{ self.announce }</p>
                if !desk && !results {
                <header class="masthead">
                    <p class="service-name">{ tr.t(ui::TITLE) }</p>
                    <p class="privacy-note">
                        <svg class="icon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path d="M6 10V8a6 6 0 1 1 12 0v2h1a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V11a1 1 0 0 1 1-1h1zm2 0h8V8a4 4 0 1 0-8 0v2z" fill="currentColor"/></svg>
                        { tr.t(ui::PRIVACY_NOTE) }
                    </p>
                </header>
                }
                if tr.language().is_some_and(|l| !l.reviewed) {
                    <p class="draft-note">{ tr.t(ui::DRAFT_TRANSLATION) }</p>
                }
                if self.failed {
                    <p class="draft-note" role="status">{ tr.t(ui::LANGUAGE_FAILED) }</p>
                }
                { body }
                if results {
                    <p class="privacy-note">
                        <svg class="icon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path d="M6 10V8a6 6 0 1 1 12 0v2h1a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V11a1 1 0 0 1 1-1h1zm2 0h8V8a4 4 0 1 0-8 0v2z" fill="currentColor"/></svg>
                        { tr.t(ui::PRIVACY_NOTE) }
                    </p>
                }
                { for keep }
            </main>
        }
    }
}

/// The start page as the widget first shows it, rendered at build time (Yew's server-side
/// rendering, feature `ssr`) for `index.html`: readable before the wasm arrives.
#[cfg(feature = "ssr")]
pub mod prerender {
    use std::rc::Rc;

    use avenir_core::Assessment;
    use avenir_core::text::Texts;
    use yew::prelude::*;

    use super::{Shell, intro::IntroPage};
    use crate::i18n::Tr;
    use crate::state::State;

    #[derive(Properties, PartialEq)]
    pub struct Props {
        pub content: Rc<Assessment>,
        /// The language's texts when it is not the default language.
        pub texts: Option<Rc<Texts>>,
    }

    #[function_component(Prerender)]
    fn prerender(p: &Props) -> Html {
        let state = use_reducer(|| State::new(p.content.clone(), false, None, false));
        let tr = Tr::new(p.content.clone(), p.texts.clone());
        let offered = avenir_core::text::offered(&p.content.languages, None);
        let body = html! {
            <IntroPage state={state} tr={tr.clone()} dispatch={Callback::noop()} heading={NodeRef::default()} delete={Callback::noop()} />
        };
        Shell {
            tr: &tr,
            languages: &offered,
            wanted: tr.lang(),
            on_language: Callback::noop(),
            exit: Callback::noop(),
            exit_url: crate::exit::exit_url(None),
            announce: "",
            keyboard: false,
            failed: false,
            busy: false,
            root: NodeRef::default(),
        }
        .render(body, None)
    }

    /// The start page's markup in the language of `texts` (the default language when `None`).
    pub fn render(content: Rc<Assessment>, texts: Option<Rc<Texts>>) -> String {
        futures::executor::block_on(
            yew::LocalServerRenderer::<Prerender>::with_props(Props { content, texts }).hydratable(false).render(),
        )
    }
}

/// Whether this is the counsellor build (feature `counsellor`, `pkg/avenir_counsellor*`).
pub(crate) const COUNSELLOR: bool = cfg!(feature = "counsellor");

/// Where the widget's files are: `boot.js` writes it on the root element (`data-assets`), so that
/// the language files are found beside the wasm wherever the widget is hosted.
pub(crate) fn assets_base() -> String {
    root_attribute("data-assets").unwrap_or_else(|| "./".to_string())
}

/// Whether the page has a keyboard: boot.js marks it `avenir-keys` for a fine pointer that
/// hovers, and at the first key pressed (style.css shows the Shift ×3 hint then).
fn has_keyboard() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|e| e.matches(".avenir-keys").unwrap_or(false))
}

/// An attribute of the element the widget is mounted on (its configuration by the host page).
pub(crate) fn root_attribute(name: &str) -> Option<String> {
    crate::root()?.get_attribute(name)
}

/// `stage` set to `next` in a task of its own, after this one: how the widget is built in short
/// tasks ([`App`], [`Widget`]).
fn advance(stage: UseStateHandle<u8>, next: u8) {
    crate::later(Box::new(move || stage.set(next)));
}
