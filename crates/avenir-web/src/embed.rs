//! The host page's settings when the widget is embedded with `<avenir-assessment>`: `frame.js`
//! writes them from the frame's address onto `#avenir-root` (`data-languages`, `data-country`,
//! `data-accent`, `data-exit-url`) before the widget starts. Every decision is the core's
//! ([`avenir_core::embed::check`]); this applies what passed and reports what did not, for the
//! site's author only: `data-problems` on the root and an `avenir-configured` event, which
//! `frame.js` passes to the console and to the host page's debug panel.

use avenir_core::Assessment;
use avenir_core::embed::{Settings, check};
use wasm_bindgen::{JsCast, JsValue};

use crate::views::root_attribute;

/// Checks and applies the settings; returns the fixed answer to the country of stay, if any.
pub fn configure(a: &Assessment) -> Option<(String, String)> {
    let (languages, country, accent, exit) = (
        root_attribute("data-languages"),
        root_attribute("data-country"),
        root_attribute("data-accent"),
        root_attribute("data-exit-url"),
    );
    let checked = check(
        a,
        &Settings {
            languages: languages.as_deref(),
            country: country.as_deref(),
            accent: accent.as_deref(),
            exit_url: exit.as_deref(),
        },
    );
    if let Some((brand, dark)) = checked.accent {
        set_colour("--brand", &brand.hex());
        set_colour("--brand-dark", &dark.hex());
    }
    report(&checked.problems);
    checked.country
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
    let window = web_sys::window()?;
    let root = window.document()?.get_element_by_id("avenir-root")?;
    root.set_attribute("data-problems", &problems.join("\n")).ok()?;
    window.dispatch_event(&web_sys::Event::new("avenir-configured").ok()?).ok().map(drop)
}
