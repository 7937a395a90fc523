//! # avenir-qr
//!
//! The hand-off code ([`avenir_core::handoff`](../avenir_core/handoff/index.html)) as a QR code,
//! so that a counsellor can read a person's answers from their phone with a camera instead of
//! typing them. Nothing passes through a server: the phone draws the code, the counsellor's
//! device reads it from a camera frame or a photo.
//!
//! * [`encode`] (feature `encode`, in every build of the widget): the code → a [`Matrix`] of
//!   modules, drawn as one SVG path ([`Matrix::svg_path`]) with its quiet zone. The text is the
//!   code exactly as shown (`5FX2-GNFT-6YJE-WR19`): Crockford base32 and `-` are all in the QR
//!   alphanumeric set, so its 19 characters (up to 20) fit a 21×21 version 1 code at level M —
//!   big modules, easy to read from a cheap phone's screen.
//! * [`decode_luma`] / [`decode_rgba`] (feature `decode`, only in the counsellor build): pixels →
//!   the text of the first QR code found, or `None`. Any bytes and any size are accepted; a
//!   frame without a code, or a damaged one, is `None`, never a panic.
//!
//! The crate knows nothing of the browser; the widget passes in the text and the pixels.

#[cfg(feature = "encode")]
pub use encode::{Matrix, QUIET_ZONE, encode};

#[cfg(feature = "encode")]
mod encode {
    use qrcodegen::{QrCode, QrCodeEcc};

    /// Light modules around the code, as the standard asks (4): without them scanners fail.
    pub const QUIET_ZONE: usize = 4;

    /// The modules of a QR code, row by row, `true` for dark.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct Matrix {
        width: usize,
        dark: Vec<bool>,
    }

    /// The QR code of `text` at error correction level M (15 % of the code may be damaged or
    /// glared). `None` only if the text is too long for any QR code.
    pub fn encode(text: &str) -> Option<Matrix> {
        let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
        let width = usize::try_from(code.size()).ok()?;
        let dark = (0..code.size())
            .flat_map(|y| (0..code.size()).map(move |x| (x, y)))
            .map(|(x, y)| code.get_module(x, y))
            .collect();
        Some(Matrix { width, dark })
    }

    impl Matrix {
        /// Modules per side, without the quiet zone.
        pub fn width(&self) -> usize {
            self.width
        }

        /// Modules per side with the quiet zone: the SVG's `viewBox` is `0 0 side side`.
        pub fn side(&self) -> usize {
            self.width + 2 * QUIET_ZONE
        }

        pub fn is_dark(&self, x: usize, y: usize) -> bool {
            x < self.width && y < self.width && self.dark[y * self.width + x]
        }

        /// One SVG path for all dark modules (a rectangle per horizontal run), offset by the
        /// quiet zone: `M4 4h7v1h-7z…`.
        pub fn svg_path(&self) -> String {
            let mut d = String::new();
            for y in 0..self.width {
                let mut x = 0;
                while x < self.width {
                    if !self.is_dark(x, y) {
                        x += 1;
                        continue;
                    }
                    let start = x;
                    while x < self.width && self.is_dark(x, y) {
                        x += 1;
                    }
                    let run = x - start;
                    d.push_str(&format!("M{} {}h{run}v1h-{run}z", start + QUIET_ZONE, y + QUIET_ZONE));
                }
            }
            d
        }

        /// The code as a greyscale image, `scale` pixels per module, quiet zone included:
        /// `(side, pixels)`. For tests and for checking a drawing without a browser.
        pub fn raster(&self, scale: usize) -> (usize, Vec<u8>) {
            let side = self.side() * scale;
            let pixels = (0..side * side)
                .map(|i| {
                    let (x, y) = ((i % side) / scale, (i / side) / scale);
                    let dark = x >= QUIET_ZONE && y >= QUIET_ZONE && self.is_dark(x - QUIET_ZONE, y - QUIET_ZONE);
                    if dark { 0 } else { 255 }
                })
                .collect();
            (side, pixels)
        }
    }
}

/// The text of the first QR code in a greyscale image (`luma.len()` should be
/// `width × height`; a shorter buffer reads as white beyond its end).
#[cfg(feature = "decode")]
pub fn decode_luma(width: usize, height: usize, luma: &[u8]) -> Option<String> {
    // Images bigger than a camera frame are not worth the time (and guard the arithmetic).
    if width == 0 || height == 0 || width > 4096 || height > 4096 {
        return None;
    }
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        luma.get(y * width + x).copied().unwrap_or(255)
    });
    image.detect_grids().into_iter().find_map(|grid| grid.decode().ok().map(|(_, text)| text))
}

/// The same from RGBA pixels, as a canvas's `getImageData` gives them.
#[cfg(feature = "decode")]
pub fn decode_rgba(width: usize, height: usize, rgba: &[u8]) -> Option<String> {
    let luma: Vec<u8> = rgba
        .chunks_exact(4)
        .map(|p| ((u32::from(p[0]) * 299 + u32::from(p[1]) * 587 + u32::from(p[2]) * 114) / 1000) as u8)
        .collect();
    decode_luma(width, height, &luma)
}

#[cfg(all(test, feature = "encode", feature = "decode"))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_hand_off_code_is_a_small_code_with_big_modules() {
        // Format 2 (every answer, without the personal ones) and format 1 of the default content.
        for code in ["5FX2-GNFT-6YJE-WR19", "5FX2-GQFT-590S-7", "2ZJZ-PC72-GJDX-ZNV"] {
            let m = encode(code).unwrap();
            assert_eq!(m.width(), 21, "version 1: the largest modules for a phone screen");
            assert_eq!(m.side(), 29);
        }
        // One character more than a version 1 code holds at level M.
        assert_eq!(encode("5FX2-GNFT-6YJE-WR19-X").unwrap().width(), 25);
    }

    #[test]
    fn the_path_draws_exactly_the_dark_modules() {
        let m = encode("2ZJZ-PC72-GJDX-ZNV").unwrap();
        let mut drawn = vec![false; m.width() * m.width()];
        let d = m.svg_path();
        for rect in d.split('M').filter(|s| !s.is_empty()) {
            let (xy, rest) = rect.split_once('h').unwrap();
            let (x, y) = xy.split_once(' ').unwrap();
            let run: usize = rest.split_once('v').unwrap().0.parse().unwrap();
            let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
            for dx in 0..run {
                let i = (y - QUIET_ZONE) * m.width() + x - QUIET_ZONE + dx;
                assert!(!drawn[i], "a module drawn twice");
                drawn[i] = true;
            }
        }
        for y in 0..m.width() {
            for x in 0..m.width() {
                assert_eq!(drawn[y * m.width() + x], m.is_dark(x, y), "module {x},{y}");
            }
        }
    }

    #[test]
    fn a_drawn_code_reads_back() {
        let m = encode("2ZJZ-PC72-GJDX-ZNV").unwrap();
        let (side, pixels) = m.raster(4);
        assert_eq!(decode_luma(side, side, &pixels).as_deref(), Some("2ZJZ-PC72-GJDX-ZNV"));
    }

    #[test]
    fn a_code_inside_a_bigger_noisy_photo_reads_back() {
        let m = encode("0000-1111-2222-3333-4444").unwrap();
        let (side, pixels) = m.raster(5);
        let (w, h) = (side + 130, side + 70);
        // A grey, speckled background with the code off centre, in RGBA.
        let mut rgba = Vec::with_capacity(w * h * 4);
        for y in 0..h {
            for x in 0..w {
                let inside = (60..60 + side).contains(&x) && (30..30 + side).contains(&y);
                let v = if inside { pixels[(y - 30) * side + x - 60] } else { 150 + ((x * 7 + y * 13) % 40) as u8 };
                let v = if inside { v.saturating_sub(((x + y) % 3) as u8 * 10) } else { v };
                rgba.extend_from_slice(&[v, v, v, 255]);
            }
        }
        assert_eq!(decode_rgba(w, h, &rgba).as_deref(), Some("0000-1111-2222-3333-4444"));
    }

    #[test]
    fn no_code_is_none() {
        assert_eq!(decode_luma(64, 48, &[255; 64 * 48]), None);
        assert_eq!(decode_luma(0, 0, &[]), None);
        assert_eq!(decode_luma(5000, 1, &[]), None);
        assert_eq!(decode_rgba(3, 3, &[1, 2, 3]), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Every hand-off code, of any length the format produces, is drawn and read back.
        #[test]
        fn any_code_round_trips(groups in prop::collection::vec("[0-9A-HJKMNP-TV-Z]{4}", 1..8), scale in 2usize..6) {
            let text = groups.join("-");
            let m = encode(&text).unwrap();
            let (side, pixels) = m.raster(scale);
            prop_assert_eq!(decode_luma(side, side, &pixels), Some(text));
        }

        /// Garbage pixels of any size never panic.
        #[test]
        fn garbage_never_panics(w in 0usize..80, h in 0usize..80, bytes in prop::collection::vec(any::<u8>(), 0..4000)) {
            let _ = decode_luma(w, h, &bytes);
            let _ = decode_rgba(w, h, &bytes);
        }
    }
}
