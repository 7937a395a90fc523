//! Saving on this phone, only when the person chooses it, and "delete everything".
//!
//! Without that choice nothing is written anywhere (the browser tests search every store for
//! the answers). When chosen, the session is written to `localStorage` after every change as
//! postcard bytes in hex, with the content version and the language. Reading back never fails
//! loudly: unreadable bytes are deleted, and answers the content no longer has are dropped by
//! [`avenir_core::Session::restore`].

use avenir_core::{Assessment, Session};
use serde::{Deserialize, Serialize};

/// Every key and cache of the widget starts with this, so that deleting everything
/// touches nothing of a site the widget is embedded in.
const PREFIX: &str = "avenir-";

#[derive(Serialize, Deserialize)]
struct Saved {
    /// The content version the answers were given under.
    version: String,
    language: String,
    session: Session,
}

fn key(a: &Assessment) -> String {
    format!("{PREFIX}saved-{}", a.id)
}

fn local() -> Option<web_sys::Storage> {
    // Storage can be blocked (a private window, an iframe's third-party storage settings).
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether this browsing context can store at all: not in an embed without an origin of its
/// own (a sandboxed frame), nor where the browser blocks storage; "save on this phone" is then
/// not offered.
pub fn available() -> bool {
    local().is_some()
}

/// The session and language saved on an earlier visit, if any.
pub fn load(a: &Assessment) -> Option<(Session, String)> {
    let store = local()?;
    let text = store.get_item(&key(a)).ok().flatten()?;
    match from_hex(&text).and_then(|bytes| postcard::from_bytes::<Saved>(&bytes).ok()) {
        Some(saved) => Some((saved.session, saved.language)),
        None => {
            let _ = store.remove_item(&key(a));
            None
        }
    }
}

/// Writes the session. Returns false when the browser refuses (storage blocked or full).
pub fn save(a: &Assessment, session: &Session, language: &str) -> bool {
    let saved = Saved { version: a.version.clone(), language: language.to_string(), session: session.clone() };
    let Ok(bytes) = postcard::to_allocvec(&saved) else { return false };
    local().is_some_and(|s| s.set_item(&key(a), &to_hex(&bytes)).is_ok())
}

/// Removes the saved answers at once (quick exit needs no more).
pub fn forget(a: &Assessment) {
    if let Some(s) = local() {
        let _ = s.remove_item(&key(a));
    }
}

/// Deletes everything the widget keeps on this phone: the saved answers with every other key
/// of its own (they all start with `avenir-`) at once; then `boot.js`, on the `avenir-delete` event, removes the offline copy (its
/// caches and service worker), which the page's script can do in a few lines of JS.
pub fn delete_everything() {
    let Some(window) = web_sys::window() else { return };
    for store in [window.local_storage(), window.session_storage()].into_iter().filter_map(|s| s.ok().flatten()) {
        let keys: Vec<String> = (0..store.length().unwrap_or(0)).filter_map(|i| store.key(i).ok().flatten()).collect();
        for k in keys.iter().filter(|k| k.starts_with(PREFIX)) {
            let _ = store.remove_item(k);
        }
    }
    crate::tell("avenir-delete");
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok()).collect()
}
