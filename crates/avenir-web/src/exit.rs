//! Quick exit: the button and Shift pressed three times (the count is kept by
//! `avenir_core::exit`). Leaving clears the answers and the page at once, then replaces the
//! page (the top page when embedded) with a neutral site, so that no history entry leads back;
//! a page restored from the back/forward cache starts empty.

/// Where quick exit goes unless the host page sets `data-exit-url` (an `https://` address).
pub const DEFAULT_EXIT_URL: &str = "https://www.bbc.com/weather";

/// The neutral site to go to.
pub fn exit_url(configured: Option<String>) -> String {
    configured.filter(|u| avenir_core::exit::is_exit_url(u)).unwrap_or_else(|| DEFAULT_EXIT_URL.to_string())
}

/// Empties the widget and replaces the page. Called after the state has been cleared.
pub fn leave(root: Option<web_sys::Element>, url: &str) {
    if let Some(root) = root {
        root.set_inner_html("");
    }
    let Some(window) = web_sys::window() else { return };
    // Embedded: `frame.js` asks the host page to leave too (`embed.js` replaces it), in case
    // the browser refuses this frame's navigation of the top page below.
    if let Ok(event) = web_sys::Event::new("avenir-exit") {
        let _ = window.dispatch_event(&event);
    }
    // The top page when embedded (allowed on a user's click or key press), else this page.
    let top = window.top().ok().flatten();
    let replaced = top.map(|t| t.location().replace(url).is_ok()).unwrap_or(false);
    if !replaced {
        let _ = window.location().replace(url);
    }
}

/// Milliseconds since the page loaded, for counting key presses.
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}
