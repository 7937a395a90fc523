//! Our contacts as HSDS 3.0 services (JSON): organization, phones, e-mail, url, locations with an
//! address, schedules, languages, and `x_avenir_…` fields for what HSDS has no field for.

use super::*;

pub(super) const HSDS_DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// Our contacts as HSDS 3.0 services (a JSON array). Ids are UUIDs, as HSDS requires: version 5
/// of our contact id, suffixed for the objects inside a service (`<id>-phone-1`…; see
/// [`uuid_of`]), so the same content always gives the same file; our id itself is kept in
/// `x_avenir_id`, which the import reads back.
pub fn export(contacts: &[Contact]) -> Value {
    Value::Array(contacts.iter().map(service).collect())
}

/// The HSDS id (a version 5 UUID in the URL namespace, of `urn:avenir:hsds:` and `name`) of the
/// object we call `name`: a contact's id, or `<contact id>-phone-1` and the like.
pub fn uuid_of(name: &str) -> String {
    uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, format!("urn:avenir:hsds:{name}").as_bytes()).to_string()
}

/// What the content says of a contact, in words: HSDS requires an organization's description,
/// and the content has no other (its texts are per language and optional).
pub(super) fn description(c: &Contact) -> String {
    let kind = match c.kind {
        ContactKind::Service => "A service",
        ContactKind::LegalAdvice => "Legal advice",
        ContactKind::Emergency => "An emergency number",
    };
    let mut out = kind.to_string();
    if !c.countries.is_empty() {
        let _ = write!(out, " in {}", c.countries.join(", "));
    }
    if !c.needs.is_empty() {
        let _ = write!(out, ", for: {}", c.needs.join(", "));
    }
    out + "."
}

pub(super) fn service(c: &Contact) -> Value {
    let id = &c.id;
    let uuid = |part: &str| uuid_of(&format!("{id}-{part}"));
    let mut s = serde_json::Map::new();
    s.insert("id".into(), json!(uuid_of(id)));
    s.insert("name".into(), json!(c.name));
    s.insert("status".into(), json!("active"));
    s.insert(
        "organization".into(),
        json!({ "id": uuid("organization"), "name": c.name, "description": description(c) }),
    );
    if let Some(e) = &c.email {
        s.insert("email".into(), json!(e));
    }
    if let Some(u) = &c.website.as_ref().filter(|_| !c.confidential) {
        s.insert("url".into(), json!(u));
    }
    let phones: Vec<Value> = c.phone.iter().map(|p| json!({ "id": uuid("phone-1"), "number": p.display })).collect();
    s.insert("phones".into(), Value::Array(phones));
    s.insert("schedules".into(), Value::Array(c.hours.as_ref().map_or_else(Vec::new, |h| schedules(id, h))));
    let languages: Vec<Value> = c
        .languages
        .iter()
        .enumerate()
        .map(|(i, l)| json!({ "id": uuid(&format!("language-{}", i + 1)), "code": l }))
        .collect();
    s.insert("languages".into(), Value::Array(languages));
    // A confidential place has no location at all: not even a city or a country.
    let locations: Vec<Value> = match (&c.address, c.confidential) {
        (Some(a), false) => {
            let town = &c.town;
            let mut address = json!({
                "id": uuid("address-1"),
                "location_id": uuid("location-1"),
                "address_type": "physical",
                "address_1": street(a, town.postal_code.as_deref(), town.city.as_deref()),
                // HSDS requires all three; the content has no state or province (EU addresses
                // rarely give one): empty, as an unknown postal code is.
                "city": town.city.as_deref().unwrap_or(""),
                "postal_code": town.postal_code.as_deref().unwrap_or(""),
                "state_province": "",
            });
            if let [country] = c.countries.as_slice() {
                address["country"] = json!(country);
            }
            vec![json!({
                "id": uuid("service-at-location-1"),
                "service_id": uuid_of(id),
                "location": {
                    "id": uuid("location-1"),
                    "location_type": "physical",
                    "name": c.name,
                    "addresses": [address],
                },
            })]
        }
        _ => Vec::new(),
    };
    s.insert("service_at_locations".into(), Value::Array(locations));
    s.insert("x_avenir_id".into(), json!(id));
    s.insert(
        "x_avenir_kind".into(),
        json!(match c.kind {
            ContactKind::Service => "service",
            ContactKind::LegalAdvice => "legal-advice",
            ContactKind::Emergency => "emergency",
        }),
    );
    s.insert("x_avenir_needs".into(), json!(c.needs));
    s.insert("x_avenir_confidential".into(), json!(c.confidential));
    s.insert("x_avenir_countries".into(), json!(c.countries));
    if !c.confidential {
        s.insert("x_avenir_regions".into(), json!(c.regions));
    }
    let sources: Vec<Value> =
        c.sources.iter().map(|src| json!({ "url": src.url, "checked": src.checked.to_string() })).collect();
    s.insert("x_avenir_sources".into(), Value::Array(sources));
    Value::Object(s)
}

/// The street part of an address as printed: without its trailing `, <postal code> <city>` (or
/// `, <city>`), which HSDS has fields for; the whole address when it does not end so.
pub(super) fn street<'a>(address: &'a str, postal_code: Option<&str>, city: Option<&str>) -> &'a str {
    let Some(city) = city.filter(|c| !c.is_empty()) else { return address };
    let town = match postal_code.filter(|p| !p.is_empty()) {
        Some(p) => format!("{p} {city}"),
        None => city.to_string(),
    };
    address.strip_suffix(town.as_str()).and_then(|s| s.strip_suffix(", ")).filter(|s| !s.is_empty()).unwrap_or(address)
}

pub(super) fn hhmm(minutes: u16) -> String {
    // HSDS times are HH:MM; midnight at the end of a day is written 23:59, as HSDS advises.
    let m = minutes.min(23 * 60 + 59);
    format!("{:02}:{:02}", m / 60, m % 60)
}

pub(super) fn schedules(id: &str, h: &OpeningHours) -> Vec<Value> {
    let mut out = Vec::new();
    let mut push = |byday: String, open: u16, close: u16, description: Option<&str>| {
        let mut s = json!({
            "id": uuid_of(&format!("{id}-schedule-{}", out.len() + 1)),
            "service_id": uuid_of(id),
            "freq": "WEEKLY",
            "byday": byday,
            "opens_at": hhmm(open),
            "closes_at": hhmm(close),
        });
        if let Some(d) = description {
            s["description"] = json!(d);
        }
        out.push(s);
    };
    if h.always {
        push(HSDS_DAYS.join(","), 0, 24 * 60, Some("24/7"));
    }
    for rule in &h.rules {
        let byday: Vec<&str> = (0..7).filter(|d| rule.days & (1 << d) != 0).map(|d| HSDS_DAYS[d]).collect();
        for &(open, close) in &rule.spans {
            push(byday.join(","), open, close, None);
        }
    }
    out
}
