//! Contacts: their fields, each checked by `avenir_core::validate`.

use super::*;

/// Runs one of the core's field checks and reports its problem at `span`.
pub(super) fn field<T>(result: Result<T, validate::Problem>, file: usize, span: Span, d: &mut Diags) -> Option<T> {
    result.map_err(|p| d.error(p.code, file, span, p.message, Some(p.hint))).ok()
}

pub(super) fn contact(t: &Table, parts: &mut Parts, today: Option<Date>, d: &mut Diags) {
    t.allow_keys(
        &[
            "id",
            "name",
            "kind",
            "applies",
            "needs",
            "phone",
            "phone_national",
            "email",
            "website",
            "address",
            "city",
            "postal_code",
            "confidential",
            "hours",
            "languages",
            "countries",
            "regions",
            "source",
        ],
        d,
    );
    let id = id(t, "contact", parts, d);
    let name = t.req_str("name", "\"Organisation name\"", d);
    let kind = match t.str("kind", d) {
        None => Some(ContactKind::Service),
        Some(s) => match s.value.as_str() {
            "service" => Some(ContactKind::Service),
            "legal-advice" => Some(ContactKind::LegalAdvice),
            "emergency" => Some(ContactKind::Emergency),
            other => {
                d.error(
                    "E0003",
                    t.file,
                    s.span,
                    format!("unknown contact kind `{other}`"),
                    Some("use \"service\", \"legal-advice\" or \"emergency\"".into()),
                );
                None
            }
        },
    };
    let applies = expr_field(t, "applies", parts, false, d);
    let needs = t.str_list("needs", d);
    let mut phone = t.str("phone", d).and_then(|p| field(validate::phone(&p.value), t.file, p.span, d));
    // The national form of a free number (0800 …), which may be the only one diallable inside
    // the country: digits, spaces and at most one leading `0` group, as printed.
    if let Some(n) = t.str("phone_national", d) {
        let ok = n.value.starts_with('0')
            && n.value.chars().all(|c| c.is_ascii_digit() || c == ' ')
            && (5..=20).contains(&n.value.chars().filter(char::is_ascii_digit).count());
        if !ok {
            d.error(
                "E0203",
                t.file,
                n.span,
                format!("`{}` is not a national phone number", n.value),
                Some("write the number as printed for calls inside the country, such as \"0800 32 745\"".into()),
            );
        } else if let Some(p) = &mut phone {
            p.national = Some(n.value);
        } else {
            d.error(
                "E0004",
                t.file,
                n.span,
                "`phone_national` needs `phone`, the international form",
                Some("add `phone = \"+32 800 32 745\"`".into()),
            );
        }
    }
    let email = t.str("email", d).and_then(|e| field(validate::email(&e.value), t.file, e.span, d));
    let website = t.str("website", d).and_then(|w| field(validate::url(&w.value), t.file, w.span, d));
    let hours = t.str("hours", d).and_then(|h| field(validate::opening_hours(&h.value), t.file, h.span, d));
    let languages = t.str_list("languages", d).into_iter().map(|l| l.value).collect();
    let countries = t
        .str_list("countries", d)
        .into_iter()
        .filter(|c| {
            let ok = c.value.len() == 2 && c.value.chars().all(|ch| ch.is_ascii_uppercase());
            kept(c, ok, t.file, "a country code", "use ISO 3166 codes in capitals, such as \"BE\" or \"XK\"", d)
        })
        .map(|c| c.value)
        .collect();
    let regions = t.str_list("regions", d).into_iter().map(|r| r.value).collect();
    let confidential = t.bool("confidential", false, d);
    let address = t.str("address", d).and_then(|a| {
        if confidential {
            d.error(
                "E0207",
                t.file,
                a.span,
                format!("confidential contact `{}` has an address", id.as_deref().unwrap_or("?")),
                Some("a confidential contact shows only its phone or intake point".into()),
            );
            return None;
        }
        Some(a.value)
    });
    let town = avenir_core::model::Town {
        city: t.str("city", d).map(|c| c.value),
        postal_code: t.str("postal_code", d).map(|p| p.value),
    };
    if let Some(a) = t.str("address", d).filter(|_| !confidential && town.city.is_none()) {
        d.warning(
            "W0209",
            t.file,
            a.span,
            "an address without its `city`: the contact's Open Referral (HSDS) export needs it",
            Some("add `city = \"…\"` and `postal_code = \"…\"` as the address gives them (`postal_code = \"\"` where it has none)".into()),
        );
    }
    let source = read_sources(t, today, &mut parts.sources_seen, d);
    if phone.is_none() && email.is_none() && website.is_none() && address.is_none() && t.get("phone").is_none() {
        d.error(
            "E0004",
            t.file,
            t.span.start..t.span.start + 1,
            format!("contact `{}` has no phone, e-mail, website or address", id.as_deref().unwrap_or("?")),
            Some("a person needs at least one way to reach it".into()),
        );
    }
    if let (Some(id), Some(name), Some(kind), Some(source)) = (id, name, kind, source) {
        let c = Contact {
            id,
            name: name.value,
            kind,
            applies,
            needs: Vec::new(),
            phone,
            email,
            website,
            address,
            town,
            confidential,
            hours,
            languages,
            countries,
            regions,
            sources: source,
            site: false,
        };
        parts.contacts.push((c, t.file, needs));
    }
}
