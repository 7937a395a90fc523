//! Sources: each rule's and contact's pages, their dates, and stale pages.

use super::*;

/// `source = { url = …, checked = … }`, or a list of them: `source = [{ … }, { … }]`.
pub(super) fn read_sources(
    t: &Table,
    today: Option<Date>,
    seen: &mut Vec<(usize, Span, Source)>,
    d: &mut Diags,
) -> Option<Vec<Source>> {
    let Some(v) = t.get("source") else {
        d.error(
            "E0401",
            t.file,
            t.span.start..t.span.start + 1,
            format!("{} has no source", t.what),
            Some("add `source = { url = \"https://…\", checked = 2026-11-23 }`: nothing ships without a source".into()),
        );
        return None;
    };
    let items: Vec<_> = match v.get_ref() {
        toml::de::DeValue::Array(a) if !a.is_empty() => a.iter().collect(),
        _ => vec![v],
    };
    let sources: Vec<Option<Source>> = items
        .into_iter()
        .map(|v| {
            let s = read_source(t, v, today, d);
            if let Some(s) = &s {
                seen.push((t.file, v.span(), s.clone()));
            }
            s
        })
        .collect();
    sources.into_iter().collect()
}

pub(super) fn read_source<'a, 'i>(
    t: &Table<'a, 'i>,
    v: &'a toml::Spanned<toml::de::DeValue<'i>>,
    today: Option<Date>,
    d: &mut Diags,
) -> Option<Source> {
    let s = Table::new(t.file, t.text, v, "`source`", d)?;
    s.allow_keys(&["url", "checked", "published", "updated"], d);
    let url = s.req_str("url", "\"https://…\"", d).and_then(|u| field(validate::url(&u.value), t.file, u.span, d));
    let checked = match s.date_text("checked", d) {
        // A date TOML could not read: its syntax error (E0001) says so.
        None if s.get("checked").is_some() => None,
        None => {
            d.error(
                "E0004",
                t.file,
                v.span(),
                "the source has no `checked` date",
                Some("add `checked = 2026-11-23`, the day you read the source".into()),
            );
            None
        }
        Some((text, span)) => {
            let date = field(validate::checked_date(&text, today), t.file, span.clone(), d);
            if let Some(w) = date.zip(today).and_then(|(date, today)| validate::stale(date, today)) {
                d.warning(w.code, t.file, span, w.message, Some(w.hint));
            }
            date
        }
    };
    let own = page_date(&s, checked.or(today), d);
    Some(Source { url: url?, checked: checked?, own })
}

/// A source's own date: `published = …` or `updated = …`, as the page states it, to the day,
/// the month (`"2023-03"`) or the year (`"2022"`). Never after the day the page was read.
pub(super) fn page_date(s: &Table, read_on: Option<Date>, d: &mut Diags) -> Option<PageDate> {
    let published = s.date_text("published", d);
    let updated = s.date_text("updated", d);
    let ((text, span), is_updated) = match (published, updated) {
        (Some(p), None) => (p, false),
        (None, Some(u)) => (u, true),
        (None, None) => return None,
        (Some(_), Some((_, span))) => {
            d.error(
                "E0208",
                s.file,
                span,
                "a source has either `published` or `updated`, not both",
                Some("keep the date the page shows most prominently, usually the last update".into()),
            );
            return None;
        }
    };
    let Some(date) = PageDate::parse(&text, is_updated) else {
        d.error(
            "E0208",
            s.file,
            span,
            format!("`{text}` is not a page date"),
            Some("write the date as the page gives it: 2023-03-15, \"2023-03\" or \"2023\"".into()),
        );
        return None;
    };
    if read_on.is_some_and(|r| date.earliest() > r) {
        d.error(
            "E0208",
            s.file,
            span,
            format!("the page's date {date} is after the day it was read"),
            Some("a page cannot be dated after `checked`: check both dates".into()),
        );
        return None;
    }
    Some(date)
}

/// W0403: sources whose page is older than `months` before `today`, or undated. One warning
/// for all of them at the first, or with `list` one per source.
pub(super) fn stale_pages(seen: &[(usize, Span, Source)], today: Date, months: i64, list: bool, d: &mut Diags) {
    let mut stale: Vec<&(usize, Span, Source)> =
        seen.iter().filter(|(_, _, s)| s.own.is_none_or(|own| i64::from(own.months_before(today)) > months)).collect();
    stale.sort_by_key(|(file, span, _)| (*file, span.start));
    // A page cited in several places is one source: listed once, where it is first written.
    let mut listed = BTreeSet::new();
    stale.retain(|(_, _, s)| listed.insert((s.url.clone(), s.own.map(|o| o.to_string()))));
    let Some((file, span, _)) = stale.first() else { return };
    if list {
        for (file, span, s) in &stale {
            let message = match s.own {
                Some(own) => {
                    format!("the page is of {own}, more than {months} months before {today} (checked {})", s.checked)
                }
                None => format!("the page shows no date (checked {})", s.checked),
            };
            d.warning(
                "W0403",
                *file,
                span.clone(),
                message,
                Some("look for a newer page, or re-read this one and write `published` or `updated`".into()),
            );
        }
    } else {
        d.warning(
            "W0403",
            *file,
            span.clone(),
            format!(
                "{} source(s) are pages older than {months} months or without a date, such as this one",
                stale.len()
            ),
            Some("`avenir lint --stale` lists them all; look for newer pages".into()),
        );
    }
}
