//! The assessment compiled into the build by `build.rs`.

use std::rc::Rc;

use avenir_core::Assessment;

static CONTENT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.bin"));

/// Decodes the embedded assessment. `None` only if the bytes were corrupted after the build;
/// the UI then shows an apology instead of a blank page.
pub fn load() -> Option<Rc<Assessment>> {
    decode().map(Rc::new)
}

/// A copy of its own, decoded again (for an embedding site's changes: cheaper in the wasm than
/// the code to clone the whole model).
pub fn decode() -> Option<Assessment> {
    postcard::from_bytes(CONTENT).ok()
}
