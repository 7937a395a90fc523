//! Quick exit, GOV.UK's "Exit this page" pattern: the Shift key pressed three times, each within
//! five seconds of the last, leaves the page. Any other key starts the count again.

/// Counts Shift presses; the UI calls [`ShiftPresses::press`] with the time of each.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShiftPresses {
    last_ms: Option<f64>,
    count: u8,
}

/// What a press means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Press {
    /// Counted: this many more presses leave the page (announced to screen readers).
    More(u8),
    /// Leave now.
    Exit,
}

impl ShiftPresses {
    pub const PRESSES: u8 = 3;
    pub const WINDOW_MS: f64 = 5_000.0;

    pub fn press(&mut self, now_ms: f64) -> Press {
        let within = self.last_ms.is_some_and(|last| now_ms - last <= Self::WINDOW_MS && now_ms >= last);
        self.count = if within { self.count + 1 } else { 1 };
        self.last_ms = Some(now_ms);
        if self.count >= Self::PRESSES {
            *self = ShiftPresses::default();
            Press::Exit
        } else {
            Press::More(Self::PRESSES - self.count)
        }
    }

    /// Another key: the count starts again.
    pub fn other_key(&mut self) {
        *self = ShiftPresses::default();
    }
}

/// Whether quick exit may go to `url`: an `https://` address the checks accept (a host page's
/// `exit-url`; anything else leaves the default).
pub fn is_exit_url(url: &str) -> bool {
    url.starts_with("https://") && crate::validate::url(url).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_presses_within_the_window_exit() {
        let mut s = ShiftPresses::default();
        assert_eq!(s.press(0.0), Press::More(2));
        assert_eq!(s.press(1_000.0), Press::More(1));
        assert_eq!(s.press(5_900.0), Press::Exit);
        // After an exit the count starts again.
        assert_eq!(s.press(6_000.0), Press::More(2));
    }

    #[test]
    fn only_plain_https_addresses_are_exit_addresses() {
        // The one check (embed.js follows the address the widget sends it): what a browser's
        // URL parser would repair or read otherwise is refused, not guessed at.
        for ok in ["https://www.bbc.com/weather", "https://example.org/?q=1#x"] {
            assert!(is_exit_url(ok), "{ok}");
        }
        for bad in [
            " https://example.org/",
            "https:example.org",
            "https:/example.org",
            "HTTPS://example.org/",
            "http://example.org/",
            "javascript:alert(1)//https://x.org",
            "https://example.org/\nx",
            "https://exa mple.org/",
            "https://localhost/",
            "https://.org/",
            "",
        ] {
            assert!(!is_exit_url(&bad.replace("\\n", "\n")), "{bad}");
        }
    }

    #[test]
    fn slow_presses_and_other_keys_start_again() {
        let mut s = ShiftPresses::default();
        s.press(0.0);
        assert_eq!(s.press(5_001.0), Press::More(2));
        s.press(5_100.0);
        s.other_key();
        assert_eq!(s.press(5_200.0), Press::More(2));
        // A clock going backwards (a restored page) does not count as within the window.
        assert_eq!(s.press(100.0), Press::More(2));
    }
}
