//! Opening hours in the common subset of OpenStreetMap's `opening_hours` syntax:
//! `Mo-Fr 09:00-12:30,13:30-16:00; Sa 10:00-12:00`, `Mo,Tu,Th,Fr 09:00-11:00`, or `24/7`.
//! Parsed when the content is checked; the UI renders day names and times with `Intl`.

use serde::{Deserialize, Serialize};

pub const DAY_CODES: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHours {
    /// Open around the clock (`24/7`).
    pub always: bool,
    pub rules: Vec<HoursRule>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoursRule {
    /// Bit 0 = Monday … bit 6 = Sunday.
    pub days: u8,
    /// Opening spans in minutes after midnight, `start < end`.
    pub spans: Vec<(u16, u16)>,
}

impl HoursRule {
    /// Day indexes (0 = Monday) grouped into runs of consecutive days: `Mo-Fr` → `[(0, 4)]`.
    pub fn day_runs(&self) -> Vec<(usize, usize)> {
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for d in (0..7).filter(|d| self.days & (1 << d) != 0) {
            match runs.last_mut() {
                Some((_, end)) if *end + 1 == d => *end = d,
                _ => runs.push((d, d)),
            }
        }
        runs
    }
}

/// The text form [`parse`] reads: `Mo-Fr 09:00-12:30,13:30-16:00; Sa,Su 10:00-12:00` or
/// `24/7` (two days in a row are written `Sa,Su`).
impl std::fmt::Display for OpeningHours {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.always {
            return f.write_str("24/7");
        }
        for (i, rule) in self.rules.iter().enumerate() {
            f.write_str(if i == 0 { "" } else { "; " })?;
            for (j, (a, b)) in rule.day_runs().into_iter().enumerate() {
                let join = match b - a {
                    0 => "",
                    1 => ",",
                    _ => "-",
                };
                let end = if a == b { "" } else { DAY_CODES[b] };
                write!(f, "{}{}{join}{end}", if j == 0 { "" } else { "," }, DAY_CODES[a])?;
            }
            for (j, (a, b)) in rule.spans.iter().enumerate() {
                let sep = if j == 0 { " " } else { "," };
                write!(f, "{sep}{:02}:{:02}-{:02}:{:02}", a / 60, a % 60, b / 60, b % 60)?;
            }
        }
        Ok(())
    }
}

/// Parses opening hours; the error says what is wrong and shows the expected form.
pub fn parse(src: &str) -> Result<OpeningHours, String> {
    let src = src.trim();
    if src == "24/7" {
        return Ok(OpeningHours { always: true, rules: Vec::new() });
    }
    let mut rules = Vec::new();
    for part in src.split(';').map(str::trim) {
        let (days, times) = part
            .split_once(' ')
            .ok_or_else(|| format!("`{part}` needs days and times, such as `Mo-Fr 09:00-12:00`"))?;
        rules.push(HoursRule { days: parse_days(days)?, spans: parse_spans(times.trim())? });
    }
    Ok(OpeningHours { always: false, rules })
}

fn day(code: &str) -> Result<usize, String> {
    DAY_CODES
        .iter()
        .position(|d| *d == code)
        .ok_or_else(|| format!("`{code}` is not a day; use {}", DAY_CODES.join(", ")))
}

fn parse_days(s: &str) -> Result<u8, String> {
    let mut mask = 0u8;
    for item in s.split(',') {
        match item.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (day(a)?, day(b)?);
                if a > b {
                    return Err(format!("`{item}` runs backwards; write the earlier day first"));
                }
                (a..=b).for_each(|d| mask |= 1 << d);
            }
            None => mask |= 1 << day(item)?,
        }
    }
    Ok(mask)
}

fn minutes(s: &str) -> Result<u16, String> {
    let bad = || format!("`{s}` is not a time; write 24-hour time such as `09:30`");
    let (h, m) = s.split_once(':').ok_or_else(bad)?;
    if h.len() != 2 || m.len() != 2 {
        return Err(bad());
    }
    let (h, m): (u16, u16) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if h > 24 || m > 59 || (h == 24 && m != 0) {
        return Err(bad());
    }
    Ok(h * 60 + m)
}

fn parse_spans(s: &str) -> Result<Vec<(u16, u16)>, String> {
    let mut spans = Vec::new();
    for item in s.split(',').map(str::trim) {
        let (a, b) =
            item.split_once('-').ok_or_else(|| format!("`{item}` needs a start and an end, such as `09:00-12:00`"))?;
        let (a, b) = (minutes(a)?, minutes(b)?);
        if a >= b {
            return Err(format!("`{item}` ends before it starts"));
        }
        spans.push((a, b));
    }
    Ok(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_what_it_reads() {
        for text in ["24/7", "Mo-Fr 09:00-12:30,13:30-16:00; Sa,Su 10:00-12:00", "Mo,We,Fr-Su 08:00-24:00"] {
            assert_eq!(parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn parses_common_forms() {
        let h = parse("Mo-Fr 12:00-15:00").unwrap();
        assert_eq!(h.rules, vec![HoursRule { days: 0b0011111, spans: vec![(720, 900)] }]);
        let h = parse("Mo,Tu,Th,Fr 09:00-11:00; Su 09:00-12:30,13:30-16:00").unwrap();
        assert_eq!(h.rules[0].day_runs(), vec![(0, 1), (3, 4)]);
        assert_eq!(h.rules[1].spans, vec![(540, 750), (810, 960)]);
        assert!(parse("24/7").unwrap().always);
    }

    #[test]
    fn rejects_with_reasons() {
        for (bad, says) in [
            ("Mon-Fri 09:00-12:00", "not a day"),
            ("Mo-Fr 9:00-12:00", "not a time"),
            ("Mo-Fr 12:00-09:00", "ends before"),
            ("Fr-Mo 09:00-12:00", "backwards"),
            ("Mo-Fr", "needs days and times"),
            ("Mo 25:00-26:00", "not a time"),
        ] {
            let err = parse(bad).unwrap_err();
            assert!(err.contains(says), "{bad}: {err}");
        }
    }
}
