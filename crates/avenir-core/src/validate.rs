//! Field checks on content values: the one copy of them. The authoring checker
//! (`avenir-content`) calls these for every value it reads and places the problem at the value's
//! line and column; the widget will call the same functions on contacts an embedding site
//! supplies at run time. Each returns the clean value, or a [`Problem`] with its stable code.

use crate::hours::{self, OpeningHours};
use crate::model::{Date, Phone};

/// What is wrong with one value: a code from `docs/errors.md`, a message and a hint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub code: &'static str,
    pub message: String,
    pub hint: String,
}

fn problem(code: &'static str, message: String, hint: &str) -> Problem {
    Problem { code, message, hint: hint.to_string() }
}

/// A web address: `http(s)://host.tld/…`, no spaces (E0202).
pub fn url(u: &str) -> Result<String, Problem> {
    let rest = u.strip_prefix("https://").or_else(|| u.strip_prefix("http://"));
    let ok = rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        host.contains('.') && !host.starts_with('.') && !host.ends_with('.') && !r.contains(char::is_whitespace)
    });
    if ok {
        Ok(u.to_string())
    } else {
        Err(problem("E0202", format!("`{u}` is not a web address"), "write the full address, starting with https://"))
    }
}

/// A phone number: international (E.164: `+`, 8 to 15 digits, spaces allowed) or a short
/// number (3 to 6 digits, such as 112) that works only inside its country (E0203).
pub fn phone(p: &str) -> Result<Phone, Problem> {
    let digits: String = p.chars().filter(char::is_ascii_digit).collect();
    let international = p.starts_with('+') && (8..=15).contains(&digits.len());
    let short = !p.starts_with('+') && (3..=6).contains(&digits.len());
    let clean = p.strip_prefix('+').unwrap_or(p).chars().all(|c| c.is_ascii_digit() || c == ' ');
    if clean && (international || short) {
        Ok(Phone {
            dial: if international { format!("+{digits}") } else { digits },
            display: p.to_string(),
            national: None,
        })
    } else {
        Err(problem(
            "E0203",
            format!("`{p}` is not an international phone number"),
            "write + country code and number, such as \"+32 2 511 50 45\" (E.164, spaces allowed); only short numbers such as \"112\" go without +",
        ))
    }
}

/// An e-mail address: one `@`, a dotted domain, no spaces (E0204).
pub fn email(e: &str) -> Result<String, Problem> {
    let ok = e
        .split_once('@')
        .is_some_and(|(l, dom)| !l.is_empty() && dom.contains('.') && !dom.starts_with('.') && !dom.ends_with('.'))
        && !e.contains(char::is_whitespace)
        && e.matches('@').count() == 1;
    if ok {
        Ok(e.to_string())
    } else {
        Err(problem("E0204", format!("`{e}` is not an e-mail address"), "such as \"name@example.org\""))
    }
}

/// Opening hours (E0205); see [`crate::hours`].
pub fn opening_hours(h: &str) -> Result<OpeningHours, Problem> {
    hours::parse(h).map_err(|msg| {
        problem(
            "E0205",
            format!("opening hours: {msg}"),
            "such as \"Mo-Fr 09:00-12:30,13:30-16:00; Sa 10:00-12:00\" or \"24/7\"",
        )
    })
}

/// The date a source was checked: a real `YYYY-MM-DD` date, not after `today` when given
/// (E0201). A date more than 12 months before `today` is fine here but worth a warning:
/// see [`stale`].
pub fn checked_date(text: &str, today: Option<Date>) -> Result<Date, Problem> {
    let date = Date::parse(text).ok_or_else(|| {
        problem("E0201", format!("`{text}` is not a date"), "write the date as YYYY-MM-DD, such as 2026-11-23")
    })?;
    match today {
        Some(today) if date > today => Err(problem(
            "E0201",
            format!("checked on {date}, which is in the future"),
            "write the day you read the source",
        )),
        _ => Ok(date),
    }
}

/// W0402: a source checked 12 months or more before `today`.
pub fn stale(date: Date, today: Date) -> Option<Problem> {
    (date.months_until(today) >= 12).then(|| {
        problem(
            "W0402",
            format!("checked on {date}, more than 12 months ago"),
            "read the source again and update `checked`, or the content",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones() {
        assert_eq!(phone("+32 2 511 50 45").unwrap().dial, "+3225115045");
        assert_eq!(phone("112").unwrap().dial, "112");
        assert_eq!(phone("116 006").unwrap().dial, "116006");
        for bad in ["02 511 50 45", "+32-2-511", "+1 23", "phone", "+32 2 511 50 45 999 999 9", "++32 2 511 50 45"] {
            assert_eq!(phone(bad).unwrap_err().code, "E0203", "{bad}");
        }
    }

    #[test]
    fn urls_and_emails() {
        assert!(url("https://www.example.org/a?b#c").is_ok());
        for bad in ["www.example.org", "https://", "https://localhost", "https://exa mple.org", "ftp://example.org"] {
            assert_eq!(url(bad).unwrap_err().code, "E0202", "{bad}");
        }
        assert!(email("help@example.org").is_ok());
        for bad in ["help-at-example.org", "@example.org", "a@b", "a@@b.org", "a b@example.org", "a@.org"] {
            assert_eq!(email(bad).unwrap_err().code, "E0204", "{bad}");
        }
    }

    #[test]
    fn dates() {
        let today = Date::parse("2026-11-23");
        assert!(checked_date("2026-11-23", today).is_ok());
        assert_eq!(checked_date("2026-11-24", today).unwrap_err().code, "E0201");
        assert_eq!(checked_date("2026-02-30", None).unwrap_err().code, "E0201");
        assert!(stale(Date::parse("2025-11-23").unwrap(), today.unwrap()).is_some());
        assert!(stale(Date::parse("2025-11-24").unwrap(), today.unwrap()).is_none());
    }
}
