//! The assessment compiled into the build by `build.rs`.

use std::rc::Rc;

use avenir_core::Assessment;

static CONTENT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.bin"));

/// Decodes the embedded assessment. `None` only if the bytes were corrupted after the build;
/// the UI then shows an apology instead of a blank page.
pub fn load() -> Option<Rc<Assessment>> {
    postcard::from_bytes(CONTENT).ok().map(Rc::new)
}
