//! The content, which the wasm does not hold: `boot.js` fetches its two parts beside the wasm
//! (`avenir_content::bundle`), the same files for everyone. [`run`] gets the questions' part
//! and starts the widget; [`results`] gets the results' part once the first screen works
//! (an `avenir-results` event), so that the first visit does not grow with the programmes and
//! contacts. Until then the results say they are being prepared.

use std::cell::RefCell;
use std::rc::Rc;

use avenir_core::Assessment;
#[cfg(feature = "results")]
use avenir_core::model::ResultsPart;
use avenir_core::model::StartPart;
use wasm_bindgen::prelude::*;

thread_local! {
    static START: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    static RESULTS: RefCell<Option<Vec<u8>>> = const { RefCell::new(None) };
}

/// Called by `boot.js` with the questions' part (`content/start.bin`): mounts the widget on
/// `#avenir-root`, replacing the start page rendered at build time — in another language than
/// the default one only once that language's texts are here, so that the page never changes
/// language, nor shows "loading", when the widget takes over.
#[wasm_bindgen]
pub fn run(start: Vec<u8>) {
    START.with(|s| *s.borrow_mut() = start);
    // The content decoded (kept for `crate::mount`), then its language chosen in a task of its
    // own (the first call of a wasm function compiles it, so that the start's first calls are
    // most of its work: issue 18, no task of the start is long).
    load();
    crate::later(Box::new(begin));
}

fn begin() {
    let Some(a) = load() else { return crate::mount(None, None) };
    let tag = crate::i18n::initial_language(&a);
    if tag == a.default_language {
        // (`crate::mount`'s own task is short: the widget is built in the tasks after it.)
        return crate::mount(None, None);
    }
    // Its two files asked for in a task of their own (the language's choice compiles the
    // JavaScript glue it calls: one task with both was Lighthouse's longest at the start).
    crate::later(Box::new(move || fetch(tag)));
}

fn fetch(tag: String) {
    let (start, results) = crate::i18n::fetch_texts(&crate::views::assets_base(), &tag);
    // Both files before the widget takes over, so that the results build, handed both, never
    // asks for them again (`handover`); the person's first build only keeps the results' texts,
    // without reading them (`i18n::fetch_texts`).
    wasm_bindgen_futures::spawn_local(async move {
        let texts = match start.await {
            #[allow(unused_mut)]
            Some(mut t) => {
                #[cfg(not(feature = "results"))]
                results.await;
                #[cfg(feature = "results")]
                if let Some(more) = results.await {
                    t.messages.extend(more.messages);
                }
                Some(Rc::new(t))
            }
            None => None,
        };
        crate::mount(texts, None);
    });
}

/// Both parts at once (the results build, when it takes over: `handover`).
#[cfg(feature = "results")]
pub(crate) fn set(start: Vec<u8>, results: Option<Vec<u8>>) {
    START.with(|s| *s.borrow_mut() = start);
    RESULTS.with(|r| *r.borrow_mut() = results.filter(|b| postcard::from_bytes::<ResultsPart>(b).is_ok()));
}

/// Called by `boot.js` with the results' part (`content/results.bin`), once the widget runs:
/// in the counsellor build (the person's first build has no results; the results build gets
/// both parts at once, `handover`).
#[cfg(feature = "results")]
#[wasm_bindgen]
pub fn results(bytes: Vec<u8>) {
    if postcard::from_bytes::<ResultsPart>(&bytes).is_err() {
        return;
    }
    RESULTS.with(|r| *r.borrow_mut() = Some(bytes));
    crate::tell("avenir-results");
}

/// Whether the results' part has arrived (it is kept only if it can be read); never in the
/// person's first build.
pub fn complete() -> bool {
    cfg!(feature = "results") && RESULTS.with(|r| r.borrow().is_some())
}

/// The content, decoded once for each state of its results' part (the results build decodes
/// it when it arrives, not again when it takes over). `None` only if the bytes were damaged;
/// the UI then shows an apology instead of a blank page.
pub fn load() -> Option<Rc<Assessment>> {
    let complete = complete();
    if let Some(a) = LOADED.with(|l| l.borrow().as_ref().filter(|(c, _)| *c == complete).map(|(_, a)| a.clone())) {
        return Some(a);
    }
    let a = Rc::new(decode()?);
    LOADED.with(|l| *l.borrow_mut() = Some((complete, a.clone())));
    Some(a)
}

thread_local! {
    /// [`load`]'s content, with whether it had the results' part.
    static LOADED: RefCell<Option<(bool, Rc<Assessment>)>> = const { RefCell::new(None) };
}

/// A copy of its own, decoded again (for an embedding site's changes: cheaper in the wasm than
/// the code to clone the whole model): the questions' part, with the results' part when it
/// has arrived.
pub fn decode() -> Option<Assessment> {
    #[allow(unused_mut)]
    let mut a = START.with(|s| postcard::from_bytes::<StartPart>(&s.borrow()).ok())?.into_assessment();
    // The person's first build never gets the results' part: no code to read it.
    #[cfg(feature = "results")]
    if let Some(part) =
        RESULTS.with(|r| r.borrow().as_deref().and_then(|b| postcard::from_bytes::<ResultsPart>(b).ok()))
    {
        a.join(part);
    }
    Some(a)
}
