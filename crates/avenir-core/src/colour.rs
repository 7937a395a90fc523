//! An embedding site's accent colour, checked for WCAG 2.2 AA contrast before the widget uses
//! it: the accent is the background of the main buttons (white text on it, 4.5:1, success
//! criterion 1.4.3) and the border of boxes and focus shadows on the white page (3:1, 1.4.11).
//! A colour that fails is refused with the ratio it reached, and the widget keeps its own.

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

pub const WHITE: Rgb = Rgb(255, 255, 255);
/// Text on the widget's buttons and in its coloured bars (WCAG 2.2 AA, 1.4.3).
pub const TEXT_MIN: f64 = 4.5;

/// Why an accent colour was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum ColourProblem {
    /// Not `#rgb` or `#rrggbb`.
    NotAColour,
    /// White text on it reaches only this contrast ratio (4.5 needed).
    LowContrast(f64),
}

impl std::fmt::Display for ColourProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ColourProblem::NotAColour => write!(f, "is not a colour: write it as #rrggbb or #rgb"),
            // Integers only: formatting floats would add kilobytes to the widget's wasm.
            ColourProblem::LowContrast(r) => {
                let hundredths = (r * 100.0).floor() as u32;
                write!(
                    f,
                    "gives white text a contrast of only {}.{:02}:1, WCAG 2.2 AA needs 4.5:1: choose a darker shade",
                    hundredths / 100,
                    hundredths % 100
                )
            }
        }
    }
}

impl Rgb {
    /// `#rgb` or `#rrggbb` (case-insensitive, spaces around allowed).
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize, len: usize| u8::from_str_radix(&hex[i * len..i * len + len], 16).ok();
        match hex.len() {
            3 => Some(Rgb(digit(0, 1)? * 17, digit(1, 1)? * 17, digit(2, 1)? * 17)),
            6 => Some(Rgb(digit(0, 2)?, digit(1, 2)?, digit(2, 2)?)),
            _ => None,
        }
    }

    /// WCAG's relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = c as f64 / 255.0;
            if c <= 0.04045 { c / 12.92 } else { pow_2_4((c + 0.055) / 1.055) }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// The same colour mixed with black: `keep` of it remains (the pressed/hover shade).
    pub fn darker(self, keep: f64) -> Rgb {
        let mix = |c: u8| (c as f64 * keep).round() as u8;
        Rgb(mix(self.0), mix(self.1), mix(self.2))
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// `x` to the power 2.4 for `x` in 0..=1, as `x² · x^0.4`, the fifth root of `x²` by Newton's
/// method: `powf` would bring a libm routine of some kilobytes into the widget's wasm.
fn pow_2_4(x: f64) -> f64 {
    let square = x * x;
    if square <= 0.0 {
        return 0.0;
    }
    // y⁵ = x²: from above (y = 1 ≥ the root), Newton's steps fall monotonically onto the root.
    let mut y: f64 = 1.0;
    for _ in 0..60 {
        let y4 = y * y * y * y;
        let next = y - (y4 * y - square) / (5.0 * y4);
        if next >= y {
            break;
        }
        y = next;
    }
    square * y
}

/// WCAG's contrast ratio of two colours, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (x, y) = (a.luminance(), b.luminance());
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// The accent and its darker shade, if white text on the accent reaches 4.5:1 (then the
/// accent also reaches 3:1 against the white page, and the darker shade more).
pub fn accent(text: &str) -> Result<(Rgb, Rgb), ColourProblem> {
    let colour = Rgb::parse(text).ok_or(ColourProblem::NotAColour)?;
    let ratio = contrast(colour, WHITE);
    if ratio < TEXT_MIN {
        return Err(ColourProblem::LowContrast(ratio));
    }
    Ok((colour, colour.darker(0.65)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_match_wcag_examples() {
        assert!((contrast(Rgb(0, 0, 0), WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast(WHITE, WHITE) - 1.0).abs() < 1e-9);
        // #767676 on white is the well-known lightest grey that passes 4.5:1 (4.54).
        let grey = contrast(Rgb::parse("#767676").unwrap(), WHITE);
        assert!((4.5..4.6).contains(&grey), "{grey}");
        assert!(contrast(Rgb::parse("#777").unwrap(), WHITE) < 4.5);
        // The widget's own blue.
        assert!(contrast(Rgb::parse("#1d4f91").unwrap(), WHITE) > 8.0);
    }

    #[test]
    fn the_power_matches_powf() {
        for i in 0..=1000 {
            let x = i as f64 / 1000.0;
            assert!((pow_2_4(x) - x.powf(2.4)).abs() < 1e-12, "{x}: {} vs {}", pow_2_4(x), x.powf(2.4));
        }
    }

    #[test]
    fn reads_hex_colours_only() {
        assert_eq!(Rgb::parse("#1D4f91"), Some(Rgb(0x1d, 0x4f, 0x91)));
        assert_eq!(Rgb::parse(" #fff "), Some(WHITE));
        for bad in ["", "#", "fff", "#ffff", "#12345g", "red", "#ééé", "rgb(0,0,0)", "#1234567"] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
        assert_eq!(Rgb(0x1d, 0x4f, 0x91).hex(), "#1d4f91");
    }

    #[test]
    fn an_accent_passes_only_with_enough_contrast() {
        let (accent_colour, dark) = accent("#00703c").unwrap();
        assert_eq!(accent_colour, Rgb(0, 0x70, 0x3c));
        assert!(contrast(dark, WHITE) > contrast(accent_colour, WHITE));
        assert!(contrast(accent_colour, WHITE) >= 3.0, "UI components on the page");
        assert_eq!(accent("yellow"), Err(ColourProblem::NotAColour));
        let Err(ColourProblem::LowContrast(r)) = accent("#ffdd00") else { panic!("yellow passed") };
        assert!(r < 1.5, "{r}");
        let message = ColourProblem::LowContrast(r).to_string();
        assert!(message.contains(":1") && message.contains("4.5:1"), "{message}");
        assert!(accent("#767676").is_ok() && accent("#777777").is_err());
    }
}
