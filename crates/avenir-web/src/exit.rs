//! Quick exit: the button and Shift pressed three times (the count is kept by
//! `avenir_core::exit`). Leaving clears the answers and the page at once, then (`boot.js`) the
//! offline copy, and replaces the page (the top page when embedded) with a neutral site, so
//! that no history entry leads back; a page restored from the back/forward cache starts empty.

/// Where quick exit goes unless the host page sets `data-exit-url` (an `https://` address).
pub const DEFAULT_EXIT_URL: &str = "https://www.bbc.com/weather";

/// The neutral site to go to.
pub fn exit_url(configured: Option<String>) -> String {
    configured.filter(|u| avenir_core::exit::is_exit_url(u)).unwrap_or_else(|| DEFAULT_EXIT_URL.to_string())
}

/// Empties the widget and hands quick exit to `boot.js`: the checked address on
/// `#avenir-root`'s `data-leave`, and an `avenir-exit` event. `boot.js` clears the offline copy
/// (its language file would tell which language was used) and replaces the page, the top page
/// when embedded. Called after the state and the saved answers have been cleared.
pub fn leave(root: Option<web_sys::Element>, url: &str) {
    if let Some(root) = root {
        root.set_inner_html("");
    }
    if let Some(r) = crate::root() {
        let _ = r.set_attribute("data-leave", url);
    }
    crate::tell("avenir-exit");
}

/// Milliseconds since the page loaded, for counting key presses.
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}
