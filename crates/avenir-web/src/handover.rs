//! The person's widget in two builds, so that the first visit carries no results' code
//! (issue 18). The first load (`pkg/avenir_web*`) has the start page, the questions, "check
//! your answers", saving on the phone and quick exit, but no results page, evaluation or
//! hand-off code. The build with the results (`--features results`, `pkg/avenir_results*`:
//! the whole widget) is fetched by `boot.js` once the first screen works, with the content's
//! results' part: the same files for everyone, on a timer, never on the person's progress.
//!
//! Once the results build is there (`boot.js` marks `#avenir-root` with `data-whole`), the
//! first build asks (an `avenir-handover` event) on every move to another screen the core calls
//! handable ([`avenir_core::screen::Screen::handable`]: no refusal, draft or notice on it, since
//! nothing else of it is handed over), and on the results, which it does not have (their heading
//! with "Loading…"). On the first ask `boot.js` only reads the bytes (`handover(false)`), and
//! the first build goes on; the results build is prepared on that screen apart from the page
//! (`prepare`, in short tasks). On the next ask — the next move, or at once on the results —
//! `boot.js` takes the bytes (`handover(true)`: the first build unmounts) and gives them to
//! `resume`: the prepared build is put in the page and moved to that screen, a screen change
//! (issue 18: every tap within 100 ms); none whole, a new one is mounted at once. What moves:
//! the session, the choice to save, the language and that language's texts as already
//! fetched. All of it in the page's memory:
//! no request, no storage, no message to a host page.

use avenir_core::Session;
use serde::{Deserialize, Serialize};

/// What the first build hands to the results build.
#[derive(Serialize, Deserialize)]
pub(crate) struct Handover {
    pub session: Session,
    /// The person chose "save on this phone".
    pub saving: bool,
    /// The language shown (or asked for).
    pub language: String,
    /// That language's text files as fetched (`texts/<tag>.bin`, `texts/<tag>.results.bin`),
    /// when it is not the default language; empty if they have not arrived (the results build
    /// then fetches them, as on a change of language).
    pub texts: Vec<Vec<u8>>,
}

#[cfg(not(feature = "results"))]
mod first {
    use std::cell::RefCell;

    use wasm_bindgen::prelude::*;

    use super::Handover;

    thread_local! {
        static ASKED: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    }

    /// Keeps what the results build needs, and asks `boot.js` to hand over: on the results
    /// screen (which this build does not have), or on a move once the results build is there.
    /// Whether it took over, there and then.
    /// `moving`: on a move, where `boot.js` may only read the bytes, to prepare the results
    /// build on that screen, and this build goes on (what it asked is then dropped); else on
    /// the results, where it is kept until taken.
    pub(crate) fn ask(session: avenir_core::Session, saving: bool, language: String, moving: bool) -> bool {
        let texts = crate::i18n::fetched(&crate::views::assets_base(), &language);
        let Ok(bytes) = postcard::to_allocvec(&Handover { session, saving, language, texts }) else { return false };
        ASKED.with(|a| *a.borrow_mut() = bytes);
        crate::tell("avenir-handover");
        ASKED.with(|a| {
            let taken = a.borrow().is_empty();
            if moving {
                a.borrow_mut().clear();
            }
            taken
        })
    }

    /// Called by `boot.js` once the results build is there: what [`ask`] kept, and, if `take`,
    /// this build unmounts (its listeners with it); else only a copy (to prepare the results
    /// build on that screen). Empty, and nothing happens, if it did not ask.
    #[wasm_bindgen]
    pub fn handover(take: bool) -> Vec<u8> {
        let bytes = ASKED.with(|a| if take { std::mem::take(&mut *a.borrow_mut()) } else { a.borrow().clone() });
        if take && !bytes.is_empty() {
            crate::unmount();
        }
        bytes
    }
}
#[cfg(not(feature = "results"))]
pub(crate) use first::ask;

#[cfg(feature = "results")]
mod results {
    use std::rc::Rc;

    use wasm_bindgen::prelude::*;

    use super::Handover;

    /// Called by `boot.js` once this build is there, with the content's two parts: the
    /// embedding site's settings are checked again, now with the programmes (an unknown
    /// programme to hide is reported to the site's author then).
    #[wasm_bindgen]
    pub fn ready(start: Vec<u8>, results: Vec<u8>) {
        crate::content::set(start, Some(results));
        if let Some(a) = crate::content::load() {
            crate::embed::configure(&a, true);
        }
    }

    fn decode(
        bytes: &[u8],
        prepared: bool,
    ) -> Option<(Option<Rc<avenir_core::text::Texts>>, Rc<crate::views::Handed>)> {
        let h = postcard::from_bytes::<Handover>(bytes).ok()?;
        let mut texts = h.texts.iter().filter_map(|b| postcard::from_bytes::<avenir_core::text::Texts>(b).ok());
        let texts = texts.next().map(|mut t| {
            t.messages.extend(texts.flat_map(|more| more.messages));
            crate::embed::add_site_texts(&mut t);
            Rc::new(t)
        });
        let handed = crate::views::Handed { session: h.session, saving: h.saving, language: h.language, prepared };
        Some((texts, Rc::new(handed)))
    }

    /// Called by `boot.js` with a copy of the first build's [`handover`](super) bytes on a
    /// move: this build is built on that screen apart from the page, in short tasks, and
    /// waits (an `avenir-prepared` event when whole), so that taking over later is a screen
    /// change in it, not a whole new widget (issue 18: every tap within 100 ms).
    #[wasm_bindgen]
    pub fn prepare(bytes: &[u8]) {
        if let Some((texts, handed)) = decode(bytes, true) {
            crate::mount(texts, Some(handed));
        }
    }

    /// Called by `boot.js` with the first build's [`handover`](super) bytes: this build takes
    /// its place — the one prepared, moved to the new screen, or else mounted at once.
    #[wasm_bindgen]
    pub fn resume(bytes: &[u8]) {
        let Some((texts, handed)) = decode(bytes, false) else { return };
        crate::take_over(texts, handed);
    }
}
