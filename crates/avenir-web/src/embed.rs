//! The host page's settings when the widget is embedded with `<avenir-assessment>`: `boot.js` (its embedding part)
//! writes them from the frame's address onto `#avenir-root` (`data-languages`, `data-country`,
//! `data-accent`, `data-exit-url`, `data-hide-programmes`, and `data-contacts="pending"` when
//! the site gives a file of its own, checked while the widget runs) before the widget starts. Every decision is the core's
//! ([`avenir_core::embed::check`]); this applies what passed and reports what did not, for the
//! site's author only: `data-problems` on the root and an `avenir-configured` event, which
//! `boot.js` (its embedding part) passes to the console and to the host page's debug panel.

use avenir_core::Assessment;
use avenir_core::embed::{Settings, check};
use wasm_bindgen::{JsCast, JsValue};

use crate::views::root_attribute;

/// What the widget does with the settings that passed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Embedding {
    /// The fixed answer to the country of stay.
    pub fixed: Option<(String, String)>,
    /// Programmes not shown.
    pub hidden: Vec<String>,
}

/// Checks and applies the settings, and reports what was left out (`boot.js` (its embedding part) passes on each
/// problem once). Before the content's results' part has arrived (`complete`: the person's
/// first build never has it), the programmes to hide cannot be checked: they are then left for
/// a later call, in the build with the results.
pub fn configure(a: &Assessment, complete: bool) -> Embedding {
    let (languages, country, accent, exit, hide) = (
        root_attribute("data-languages"),
        root_attribute("data-country"),
        root_attribute("data-accent"),
        root_attribute("data-exit-url"),
        root_attribute("data-hide-programmes"),
    );
    let checked = check(
        a,
        &Settings {
            languages: languages.as_deref(),
            country: country.as_deref(),
            accent: accent.as_deref(),
            exit_url: exit.as_deref(),
            hide_programmes: hide.as_deref().filter(|_| complete),
        },
    );
    if let Some((brand, dark)) = checked.accent {
        set_colour("--brand", &brand.hex());
        set_colour("--brand-dark", &dark.hex());
    }
    report(&checked.problems);
    Embedding { fixed: checked.country, hidden: checked.hidden }
}

#[cfg(feature = "results")]
pub use site::*;

/// What an embedding site's own file adds (contacts, programmes, their texts) shows only on the
/// results: the person's first build, which has none, ignores it (`boot.js` gives it to the
/// results build too), so that its first load has no code to read programmes and contacts.
#[cfg(not(feature = "results"))]
mod site {
    use std::rc::Rc;

    use avenir_core::Assessment;
    use avenir_core::text::Texts;
    use wasm_bindgen::prelude::*;

    use super::Embedding;

    pub fn site_content(a: Rc<Assessment>, _: &Embedding) -> Rc<Assessment> {
        a
    }

    pub fn add_site_texts(_: &mut Texts) {}

    pub fn site_checked() -> bool {
        false
    }

    /// Called by `boot.js` in every running build with the site's checked file: not needed here.
    #[wasm_bindgen]
    pub fn contacts(_: &[u8]) {}
}
#[cfg(not(feature = "results"))]
pub use site::*;

#[cfg(feature = "results")]
mod site {
    use std::cell::RefCell;
    use std::rc::Rc;

    use avenir_core::Assessment;
    use avenir_core::embed::Site;
    use avenir_core::text::Texts;
    use wasm_bindgen::prelude::*;

    use super::Embedding;

    /// The content as this site shows it (the core's [`Site::apply`]): its own contacts first, its
    /// programmes added (once its file has been checked: [`site_checked`]), the hidden programmes
    /// left out.
    pub fn site_content(a: Rc<Assessment>, e: &Embedding) -> Rc<Assessment> {
        SITE.with(|s| {
            let mut site = s.borrow_mut();
            if site.as_ref().is_none_or(Site::is_empty) && e.hidden.is_empty() {
                return a;
            }
            let Some(mut a) = crate::content::decode() else { return a };
            match site.as_mut() {
                Some(site) => site.apply(&mut a, &e.hidden),
                // Not checked yet: only the hidden programmes left out ([`site_checked`] stays false).
                None => Site::default().apply(&mut a, &e.hidden),
            }
            Rc::new(a)
        })
    }

    /// The site's texts in `t`'s language, added to a language's texts when they are fetched.
    pub fn add_site_texts(t: &mut Texts) {
        SITE.with(|s| s.borrow().as_ref().map(|site| site.add_texts(t)));
    }

    thread_local! {
        /// What the site adds, once checked (`boot.js` (its embedding part) → [`contacts`]); `None` until then.
        static SITE: RefCell<Option<Site>> = const { RefCell::new(None) };
    }

    /// Whether the site's own file has been checked (with or without something to add).
    pub fn site_checked() -> bool {
        SITE.with(|c| c.borrow().is_some())
    }

    /// Called by `boot.js` (on `frame-contacts.js`'s `avenir-site` event, in every build that runs) with what the site adds (contacts, programmes, their texts) as checked
    /// by `avenir-config` (postcard bytes of a [`Site`]; empty when the file had errors or could
    /// not be read): the widget, running since it loaded, shows them from then on (an
    /// `avenir-contacts` event). Never an answer: this only goes into the widget.
    #[wasm_bindgen]
    pub fn contacts(bytes: &[u8]) {
        let site: Site = postcard::from_bytes(bytes).unwrap_or_default();
        SITE.with(|c| *c.borrow_mut() = Some(site));
        crate::tell("avenir-contacts");
    }
}

/// A custom property on the page's root element, through the CSS object model (which the
/// widget's policy allows, unlike a `style` attribute).
fn set_colour(name: &str, value: &str) -> Option<()> {
    let root = web_sys::window()?.document()?.document_element()?;
    let style = js_sys::Reflect::get(&root, &"style".into()).ok()?;
    let set = js_sys::Reflect::get(&style, &"setProperty".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    set.call2(&style, &JsValue::from_str(name), &JsValue::from_str(value)).ok().map(drop)
}

fn report(problems: &[String]) -> Option<()> {
    crate::root()?.set_attribute("data-problems", &problems.join("\n")).ok()?;
    crate::tell("avenir-configured");
    Some(())
}
