//! HSDS schedules → opening hours (`Mo-Fr 09:00-12:00`).

use super::*;

/// `HH:MM`, `HH:MM:SS`, with an optional time zone (`Z`, `+01:00`) that is dropped: contacts'
/// hours are read as local time.
pub(super) fn time(s: &str) -> Option<u16> {
    let core = s.trim().trim_end_matches('Z');
    // Drop the seconds (only `:00`), then a UTC offset.
    let core = match (core.get(..5), core.get(5..8), core.get(8..)) {
        (Some(hm), Some(":00"), Some(rest)) => format!("{hm}{rest}"),
        _ => core.to_string(),
    };
    let core = match core.get(5..) {
        Some(rest) if rest.starts_with(['+', '-']) => &core[..5],
        _ => core.as_str(),
    };
    let b = core.as_bytes();
    if b.len() != 5 || b[2] != b':' {
        return None;
    }
    let (h, m): (u16, u16) = (core[..2].parse().ok()?, core[3..].parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// Weekly schedules → our opening hours text; `None` (with a diagnostic) when one cannot be read.
pub(super) fn hours(schedules: &[&Node], d: &mut Diags) -> Option<String> {
    let bad = |d: &mut Diags, span: Span, msg: String| {
        d.error(
            "E0603",
            0,
            span,
            format!("schedule: {msg}"),
            Some("a weekly schedule: \"freq\": \"WEEKLY\", \"byday\": \"MO,TU\", \"opens_at\": \"09:00\", \"closes_at\": \"12:00\"; the hours are left out".into()),
        );
    };
    let mut rules: Vec<(u8, Vec<(u16, u16)>)> = Vec::new();
    let mut ok = true;
    for s in schedules {
        let at = s.span.start..s.span.start + 1;
        if let Some((freq, span)) = s.str("freq").filter(|(f, _)| !f.eq_ignore_ascii_case("WEEKLY")) {
            bad(d, span, format!("`{freq}` schedules cannot be imported; only weekly ones"));
            ok = false;
            continue;
        }
        let interval = match s.get("interval") {
            Some(Node { v: J::Num(n) | J::Str(n), span }) => Some((n.trim(), span.clone())),
            _ => None,
        };
        if let Some((n, span)) = interval.filter(|(n, _)| !matches!(*n, "1" | "1.0" | "")) {
            bad(d, span, format!("every {n} weeks cannot be imported; only every week"));
            ok = false;
            continue;
        }
        if let Some((until, span)) = s.str("valid_to").or_else(|| s.str("until")) {
            d.warning(
                "W0606",
                0,
                span,
                format!("a schedule valid only until {until} is left out"),
                Some(
                    "our opening hours are the regular ones: write a temporary change in the contact's `about` text"
                        .into(),
                ),
            );
            continue;
        }
        let Some((byday, day_span)) = s.str("byday") else {
            bad(d, s.place("byday"), "no `byday`: on which days is it open?".into());
            ok = false;
            continue;
        };
        let mut mask = 0u8;
        for part in byday.split(',').map(str::trim) {
            match HSDS_DAYS.iter().position(|x| x.eq_ignore_ascii_case(part)) {
                Some(i) => mask |= 1 << i,
                None => {
                    bad(d, day_span.clone(), format!("`{part}` is not a day; use MO, TU, WE, TH, FR, SA, SU"));
                    ok = false;
                }
            }
        }
        let times: Vec<Option<u16>> = ["opens_at", "closes_at"]
            .iter()
            .map(|key| match s.str(key) {
                None => {
                    bad(d, s.place(key), format!("no `{key}`"));
                    None
                }
                Some((t, span)) => {
                    let m = time(t);
                    if m.is_none() {
                        bad(d, span, format!("`{t}` is not a time; write HH:MM, such as \"09:30\""));
                    }
                    m
                }
            })
            .collect();
        let (Some(open), Some(close)) = (times[0], times[1]) else {
            ok = false;
            continue;
        };
        // 23:59 closes at the end of the day.
        let close = if close == 23 * 60 + 59 { 24 * 60 } else { close };
        if open >= close {
            bad(d, s.str("closes_at").map_or(at, |(_, sp)| sp), "it closes before it opens".into());
            ok = false;
            continue;
        }
        if mask == 0 {
            continue;
        }
        match rules.iter_mut().find(|(m, _)| *m == mask) {
            Some((_, spans)) => spans.push((open, close)),
            None => rules.push((mask, vec![(open, close)])),
        }
    }
    // No weekly rule left (every schedule only temporary): no hours to write; `OpeningHours`
    // without rules would be the empty text, which the core refuses.
    if !ok || rules.is_empty() {
        return None;
    }
    let always = matches!(rules.as_slice(), [(0x7f, spans)] if spans.as_slice() == [(0, 24 * 60)]);
    let rules = if always { Vec::new() } else { rules };
    let rules = rules
        .into_iter()
        .map(|(days, mut spans)| {
            spans.sort_unstable();
            HoursRule { days, spans }
        })
        .collect();
    Some(OpeningHours { always, rules }.to_string())
}
