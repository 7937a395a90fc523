//! Contacts to and from Open Referral's Human Services Data Specification (HSDS 3.0), so that a
//! civil-society organisation with a service directory needs no retyping.
//!
//! - [`export`]: our contacts as an array of HSDS services, each with its organization, phones,
//!   e-mail, url, locations with an address, schedules (one per rule and opening span, `byday`
//!   such as `MO,TU`) and languages; what HSDS has no field for goes into `x_avenir_…` fields
//!   (kind, needs, confidential, countries, regions, sources). A confidential contact is
//!   exported without any location or address.
//! - [`import`]: HSDS JSON (an array of services, a page `{ "contents": [...] }`, organizations
//!   with their `services`, or one service) → `[[contact]]` blocks in our authoring format, for
//!   the author to review. Every problem is a [`Diagnostic`] placed in the JSON file. A value our
//!   checks refuse is written commented out; a contact without `x_avenir_sources` gets a
//!   commented-out `source` to fill in, and stays invalid until the author does: a source is
//!   never invented.
//! - [`import_csv`] and [`export_csv`]: the same in HSDS's tabular form (CSV files, one per
//!   table; see `tables`). The tables are read into the tree the JSON import reads, so the one
//!   function that writes a contact, `contact`, serves both.
//! - [`for_site`]: the import for an embedding site's own contacts in the browser (JSON, or
//!   CSV tables from a datapackage), any error refusing them all (see `for_site`).

use std::fmt::Write as _;

use avenir_core::hours::{HoursRule, OpeningHours};
use avenir_core::model::{Contact, ContactKind};
use avenir_core::validate;
use serde_json::{Value, json};

use crate::diag::{Diagnostic, Diags, SourceFile, Span};

mod for_site;
mod tables;
pub use for_site::{ForSite, SiteFile, for_site};
pub use tables::{DATAPACKAGE, export_csv, table_names};

const HSDS_DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

// ------------------------------------------------------------------------------------------
// Export
// ------------------------------------------------------------------------------------------

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
fn description(c: &Contact) -> String {
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

fn service(c: &Contact) -> Value {
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
fn street<'a>(address: &'a str, postal_code: Option<&str>, city: Option<&str>) -> &'a str {
    let Some(city) = city.filter(|c| !c.is_empty()) else { return address };
    let town = match postal_code.filter(|p| !p.is_empty()) {
        Some(p) => format!("{p} {city}"),
        None => city.to_string(),
    };
    address.strip_suffix(town.as_str()).and_then(|s| s.strip_suffix(", ")).filter(|s| !s.is_empty()).unwrap_or(address)
}

fn hhmm(minutes: u16) -> String {
    // HSDS times are HH:MM; midnight at the end of a day is written 23:59, as HSDS advises.
    let m = minutes.min(23 * 60 + 59);
    format!("{:02}:{:02}", m / 60, m % 60)
}

fn schedules(id: &str, h: &OpeningHours) -> Vec<Value> {
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

// ------------------------------------------------------------------------------------------
// A JSON tree with byte spans, for placing diagnostics (serde_json's `Value` has none).
// ------------------------------------------------------------------------------------------

#[derive(Debug)]
enum J {
    Null,
    Bool(bool),
    Num(String),
    Str(String),
    Arr(Vec<Node>),
    /// Members with the span of their key.
    Obj(Vec<(String, Span, Node)>),
}

#[derive(Debug)]
struct Node {
    v: J,
    span: Span,
}

impl Node {
    /// A member; of two with the same key, the last, as JSON parsers (serde_json, browsers') read
    /// them.
    fn get(&self, key: &str) -> Option<&Node> {
        match &self.v {
            J::Obj(members) => members.iter().rev().find(|(k, _, _)| k == key).map(|(_, _, n)| n),
            _ => None,
        }
    }

    /// A non-empty string member (null and "" count as absent).
    fn str(&self, key: &str) -> Option<(&str, Span)> {
        match self.get(key) {
            Some(Node { v: J::Str(s), span }) if !s.trim().is_empty() => Some((s.as_str(), span.clone())),
            _ => None,
        }
    }

    fn arr(&self, key: &str) -> &[Node] {
        match self.get(key) {
            Some(Node { v: J::Arr(items), .. }) => items,
            _ => &[],
        }
    }

    /// Where a member is, even empty or null; else the object's first character.
    fn place(&self, key: &str) -> Span {
        self.get(key).map_or(self.span.start..self.span.start + 1, |n| n.span.clone())
    }

    fn is_obj(&self) -> bool {
        matches!(self.v, J::Obj(_))
    }

    fn kind(&self) -> &'static str {
        match self.v {
            J::Null => "null",
            J::Bool(_) => "true or false",
            J::Num(_) => "a number",
            J::Str(_) => "text",
            J::Arr(_) => "a list",
            J::Obj(_) => "an object",
        }
    }
}

/// Parses text serde_json has already accepted; `None` only on input it would refuse.
struct Parser<'a> {
    s: &'a str,
    i: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.s.as_bytes().get(self.i).is_some_and(u8::is_ascii_whitespace) {
            self.i += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Option<Node> {
        self.ws();
        let start = self.i;
        let b = *self.s.as_bytes().get(self.i)?;
        if depth > 128 {
            return None;
        }
        let v = match b {
            b'{' => {
                self.i += 1;
                let mut members = Vec::new();
                loop {
                    self.ws();
                    if self.s.as_bytes().get(self.i) == Some(&b'}') {
                        self.i += 1;
                        break;
                    }
                    let key_start = self.i;
                    let key = self.string()?;
                    let key_span = key_start..self.i;
                    self.ws();
                    (self.s.as_bytes().get(self.i) == Some(&b':')).then_some(())?;
                    self.i += 1;
                    let v = self.value(depth + 1)?;
                    members.push((key, key_span, v));
                    self.ws();
                    match self.s.as_bytes().get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b'}') => {
                            self.i += 1;
                            break;
                        }
                        _ => return None,
                    }
                }
                J::Obj(members)
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.ws();
                    if self.s.as_bytes().get(self.i) == Some(&b']') {
                        self.i += 1;
                        break;
                    }
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    match self.s.as_bytes().get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            break;
                        }
                        _ => return None,
                    }
                }
                J::Arr(items)
            }
            b'"' => J::Str(self.string()?),
            b't' | b'f' | b'n' => {
                let word = ["true", "false", "null"].into_iter().find(|w| self.s[self.i..].starts_with(w))?;
                self.i += word.len();
                match word {
                    "true" => J::Bool(true),
                    "false" => J::Bool(false),
                    _ => J::Null,
                }
            }
            _ => {
                let len = self.s[self.i..]
                    .find(|c: char| !(c.is_ascii_digit() || "+-.eE".contains(c)))
                    .unwrap_or(self.s.len() - self.i);
                (len > 0).then_some(())?;
                self.i += len;
                J::Num(self.s[start..self.i].to_string())
            }
        };
        Some(Node { v, span: start..self.i })
    }

    fn string(&mut self) -> Option<String> {
        let start = self.i;
        (self.s.as_bytes().get(self.i) == Some(&b'"')).then_some(())?;
        self.i += 1;
        loop {
            match *self.s.as_bytes().get(self.i)? {
                b'\\' => self.i += 2,
                b'"' => {
                    self.i += 1;
                    break;
                }
                _ => self.i += 1,
            }
        }
        serde_json::from_str(self.s.get(start..self.i)?).ok()
    }
}

// ------------------------------------------------------------------------------------------
// Import
// ------------------------------------------------------------------------------------------

/// What an import gives: the contacts as TOML in our authoring format, how many there are, and
/// every problem found, placed in the file it was read from (`file` is an index into the files
/// given: always 0 for JSON).
#[derive(Debug)]
pub struct Imported {
    pub toml: String,
    pub contacts: usize,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads HSDS JSON. `file` is the path shown in the TOML's header comment; diagnostics refer to
/// it as file 0, so render them with `[SourceFile { path: file, text: json_text }]`.
pub fn import(json_text: &str, file: &str) -> Imported {
    let mut d = Diags::default();
    // A byte order mark, which some Windows editors write, is passed over, as in CSV (places stay
    // those of the whole text).
    let bom = if json_text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    if let Err(e) = serde_json::from_str::<Value>(&json_text[bom..]) {
        let at = bom + offset_of(&json_text[bom..], e.line(), e.column());
        let msg = e.to_string();
        let msg = msg.rsplit_once(" at line ").map_or(msg.as_str(), |(m, _)| m);
        d.error(
            "E0601",
            0,
            at..at + 1,
            format!("JSON syntax: {msg}"),
            Some("an HSDS file is JSON: check commas, quotes and brackets near here".into()),
        );
        return write(file, &[], d, &[0]);
    }
    let Some(root) = (Parser { s: json_text, i: bom }).value(0) else {
        d.error("E0601", 0, 0..1, "JSON too deeply nested", None);
        return write(file, &[], d, &[0]);
    };
    let services = services(&root, &mut d);
    write(file, &services, d, &[0])
}

/// Reads HSDS CSV: the tables of HSDS 3.0's tabular form (`services.csv`, `organizations.csv`,
/// `phones.csv`…), each file named after its table (see `docs/authoring.md`). `from` (a folder,
/// or the files) is shown in the TOML's header comment; diagnostics refer to `files` by index.
pub fn import_csv(files: &[SourceFile], from: &str) -> Imported {
    let mut d = Diags::default();
    let (services, starts) = tables::services(files, &mut d);
    let services: Vec<(&Node, Option<&Node>)> = services.iter().map(|s| (s, None)).collect();
    write(from, &services, d, &starts)
}

/// The one place that turns services into `[[contact]]` blocks, whichever file they came from.
/// The services' spans are offsets in the files read one after the other, file `i` starting at
/// `starts[i]`; the diagnostics are placed back in their own file.
fn write(from: &str, services: &[(&Node, Option<&Node>)], mut d: Diags, starts: &[usize]) -> Imported {
    let from = crate::diag::escape(from);
    let mut toml = format!(
        "# Imported from {from} by `avenir hsds import`. Review every contact before use:\n\
         # add `applies` (where it is shown), `needs`, and a source for each contact: the page where\n\
         # its details are published and the day you read it. Never invent one.\n"
    );
    let mut ids = Ids::default();
    for (svc, org) in services {
        if let Some(block) = contact(svc, *org, &mut ids, &mut d) {
            toml.push('\n');
            toml.push_str(&block);
        }
    }
    let mut diagnostics = d.0;
    diagnostics.sort_by_key(|x| (x.span.start, x.severity));
    for x in &mut diagnostics {
        x.file = starts.iter().rposition(|&s| s <= x.span.start).unwrap_or(0);
        let start = starts.get(x.file).copied().unwrap_or(0);
        x.span = x.span.start - start..x.span.end.saturating_sub(start);
    }
    Imported { toml, contacts: ids.len(), diagnostics }
}

/// 1-based line and byte column (as serde_json reports them) → byte offset.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let mut at = (line_start + column.saturating_sub(1)).min(text.len().saturating_sub(1));
    // serde_json counts bytes: at the end of the text, or at a character of several bytes, the
    // place starts where that character does.
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The services in any of the accepted shapes, each with its organization when nested in one.
fn services<'a>(root: &'a Node, d: &mut Diags) -> Vec<(&'a Node, Option<&'a Node>)> {
    let mut out = Vec::new();
    let mut item = |n: &'a Node, d: &mut Diags| {
        if !n.is_obj() {
            d.error(
                "E0601",
                0,
                n.span.clone(),
                format!("expected an HSDS service (an object), found {}", n.kind()),
                None,
            );
        } else if matches!(n.get("services"), Some(Node { v: J::Arr(_), .. })) && n.get("organization").is_none() {
            // An organization with its services.
            out.extend(n.arr("services").iter().filter(|s| s.is_obj()).map(|s| (s, Some(n))));
        } else {
            out.push((n, None));
        }
    };
    match &root.v {
        J::Arr(items) => items.iter().for_each(|n| item(n, d)),
        J::Obj(_) => match root.get("contents") {
            Some(Node { v: J::Arr(items), .. }) => items.iter().for_each(|n| item(n, d)),
            _ => item(root, d),
        },
        _ => d.error(
            "E0601",
            0,
            root.span.clone(),
            format!("expected HSDS services (a list or an object), found {}", root.kind()),
            Some("export services from the directory as JSON: a list of services, or a page with `contents`".into()),
        ),
    }
    out
}

fn toml_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            // Controls, and the bidirectional overrides that can hide text ("Trojan Source").
            c if crate::diag::is_unsafe(c) => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn toml_list<'s>(items: impl IntoIterator<Item = &'s str>) -> String {
    format!("[{}]", items.into_iter().map(toml_str).collect::<Vec<_>>().join(", "))
}

fn valid_id(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Our id for a service: its `x_avenir_id` (our export's) or its HSDS id when that is one of
/// ours, else one made from the name.
fn make_id(svc: &Node, name: &str, ids: &mut Ids) -> String {
    let ours = svc.str("x_avenir_id").filter(|(id, _)| valid_id(id)).or_else(|| svc.str("id"));
    let base = match ours {
        Some((id, _)) if valid_id(id) => id.to_string(),
        _ => {
            // Whole words of the name, up to 40 characters.
            let lower = name.to_lowercase();
            let mut slug = String::new();
            for word in lower.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
                if !slug.is_empty() && slug.len() + 1 + word.len() > 40 {
                    break;
                }
                if !slug.is_empty() {
                    slug.push('_');
                }
                slug.push_str(word);
            }
            if slug.starts_with(|c: char| c.is_ascii_lowercase()) { slug } else { format!("contact_{slug}") }
        }
    };
    ids.take(base)
}

/// The ids given so far, and for each base the next number to try after it: 40,000 services of
/// one name get `x`, `x_2`… `x_40000` without trying every number for each.
#[derive(Default)]
struct Ids {
    taken: std::collections::BTreeSet<String>,
    next: std::collections::BTreeMap<String, usize>,
}

impl Ids {
    /// `base`, or `base_2`, `base_3`… the first not taken.
    fn take(&mut self, base: String) -> String {
        let mut id = base.clone();
        let n = self.next.entry(base.clone()).or_insert(2);
        while self.taken.contains(&id) {
            id = format!("{base}_{n}");
            *n += 1;
        }
        self.taken.insert(id.clone());
        id
    }

    fn len(&self) -> usize {
        self.taken.len()
    }
}

/// A BCP 47 tag in the usual form: a 2- or 3-letter language, then subtags of letters or digits.
fn language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// One `key = value` line, or the line commented out with the reason when the value is refused.
fn field_line(out: &mut String, key: &str, value: &str, problem: Option<&validate::Problem>) {
    match problem {
        None => {
            let _ = writeln!(out, "{key} = {}", toml_str(value));
        }
        Some(p) => {
            let _ = writeln!(out, "# {key} = {}    # refused ({}): fix it, or leave it out", toml_str(value), p.code);
        }
    }
}

fn report(d: &mut Diags, p: &validate::Problem, span: Span) {
    d.error(p.code, 0, span, p.message.clone(), Some(p.hint.clone()));
}

/// The first address of `kind` (`physical`, `postal`) of a location; an address without a type
/// is physical.
fn address_of<'a>(l: &'a Node, kind: &str) -> Option<&'a Node> {
    l.arr("addresses")
        .iter()
        .chain(l.arr("physical_addresses"))
        .chain(l.arr("postal_addresses"))
        .find(|a| a.str("address_type").map_or("physical", |(t, _)| t) == kind)
}

/// The locations of a service (`service_at_locations[].location`, or `locations`).
fn locations(svc: &Node) -> Vec<&Node> {
    let mut out: Vec<&Node> = svc.arr("service_at_locations").iter().filter_map(|sal| sal.get("location")).collect();
    out.extend(svc.arr("locations").iter());
    out.retain(|l| l.is_obj());
    out
}

fn contact(svc: &Node, org: Option<&Node>, ids: &mut Ids, d: &mut Diags) -> Option<String> {
    let Some((service_name, _)) = svc.str("name") else {
        let org_name = svc.get("organization").or(org).and_then(|o| o.str("name")).map(|(n, _)| n);
        d.error(
            "E0602",
            0,
            svc.place("name"),
            "a service has no `name`",
            Some(match org_name {
                Some(o) => format!("add \"name\" to the service, such as its organization's name \"{o}\""),
                None => "add \"name\": the organisation's own name, as it writes it".into(),
            }),
        );
        return None;
    };
    match svc.str("status") {
        Some((status @ ("inactive" | "defunct"), span)) => {
            d.warning(
                "W0606",
                0,
                span,
                format!("`{service_name}` is {status}: it is left out"),
                Some("only active services are imported".into()),
            );
            return None;
        }
        Some((status @ "temporarily closed", span)) => d.warning(
            "W0606",
            0,
            span,
            format!("`{service_name}` is {status}: it is imported, but check it before use"),
            None,
        ),
        _ => {}
    }
    // Our `name` is the organisation's own name: "Organisation – service" when they differ.
    let org_name = svc.get("organization").or(org).and_then(|o| o.str("name")).map(|(n, _)| n.trim());
    let name = match org_name {
        Some(o) if !service_name.contains(o) => format!("{o} – {}", service_name.trim()),
        _ => service_name.trim().to_string(),
    };
    let id = make_id(svc, service_name, ids);
    let name = name.as_str();
    let mut out = String::from("[[contact]]\n");
    let _ = writeln!(out, "id = {}", toml_str(&id));
    let _ = writeln!(out, "name = {}", toml_str(name));
    let kind = svc.str("x_avenir_kind");
    match kind {
        Some((k @ ("legal-advice" | "emergency"), _)) => {
            let _ = writeln!(out, "kind = {}", toml_str(k));
        }
        Some(("service", _)) | None => {}
        Some((other, span)) => d.error(
            "E0003",
            0,
            span,
            format!("unknown contact kind `{other}`"),
            Some("use \"service\", \"legal-advice\" or \"emergency\"".into()),
        ),
    }
    // Anything but `false` (or no member) is read as confidential: the safe side for a shelter.
    let confidential = match svc.get("x_avenir_confidential") {
        None | Some(Node { v: J::Bool(false) | J::Null, .. }) => false,
        Some(Node { v: J::Bool(true), .. }) => true,
        Some(other) => {
            d.error(
                "E0003",
                0,
                other.span.clone(),
                "`x_avenir_confidential` is not `true` or `false`",
                Some("write true or false, without quotes; until then the contact is treated as confidential".into()),
            );
            true
        }
    };
    if confidential {
        out.push_str("confidential = true\n");
    }
    let strings = |key: &str| -> Vec<&str> {
        svc.arr(key)
            .iter()
            .filter_map(|n| match &n.v {
                J::Str(s) => Some(s.as_str()),
                _ => None,
            })
            .collect()
    };
    let countries = strings("x_avenir_countries");
    if !countries.is_empty() {
        let _ = writeln!(out, "countries = {}", toml_list(countries.iter().copied()));
    }
    let needs = strings("x_avenir_needs");
    if !needs.is_empty() {
        let _ = writeln!(out, "needs = {}", toml_list(needs.iter().copied()));
    }

    // Phones: the service's, else its locations'. Our contacts have one.
    let locs = locations(svc);
    let mut phones: Vec<&Node> = svc.arr("phones").iter().collect();
    if phones.is_empty() {
        phones = locs.iter().flat_map(|l| l.arr("phones")).collect();
    }
    let numbers: Vec<(&str, Span)> = phones.iter().filter_map(|p| p.str("number")).collect();
    if let Some((number, span)) = numbers.first() {
        let checked = validate::phone(number);
        if let Err(p) = &checked {
            report(d, p, span.clone());
        }
        field_line(&mut out, "phone", number, checked.as_ref().err());
    }
    for (number, span) in numbers.iter().skip(1) {
        d.warning(
            "W0606",
            0,
            span.clone(),
            format!("`{name}`: only the first phone number is imported; `{number}` is left out"),
            Some("a contact has one phone; make another contact for another line, if it serves other people".into()),
        );
    }
    if let Some((email, span)) =
        svc.str("email").or_else(|| org.or(svc.get("organization")).and_then(|o| o.str("email")))
    {
        let checked = validate::email(email);
        if let Err(p) = &checked {
            report(d, p, span);
        }
        field_line(&mut out, "email", email, checked.as_ref().err());
    }
    if let Some((url, span)) = svc.str("url").or_else(|| org.or(svc.get("organization")).and_then(|o| o.str("website")))
    {
        if confidential {
            d.warning(
                "W0606",
                0,
                span,
                format!("`{name}` is confidential: its website is left out"),
                Some("a confidential contact shows only its name, phone, e-mail, hours and languages".into()),
            );
        } else {
            let checked = validate::url(url);
            if let Err(p) = &checked {
                report(d, p, span);
            }
            field_line(&mut out, "website", url, checked.as_ref().err());
        }
    }

    // Address: the first physical address of the first location that has one, else the first
    // postal address (ours is "the postal address as printed"); never a virtual one.
    let chosen = ["physical", "postal"]
        .iter()
        .find_map(|kind| locs.iter().enumerate().find_map(|(i, l)| address_of(l, kind).map(|a| (i, a))));
    // A contact has one place: every other location is left out, and said so.
    // A location with an address that is not the contact's (a location without one, such as a
    // phone line, loses nothing: its phones and schedules are read above and below).
    let has_address = |l: &Node| ["physical", "postal"].iter().any(|kind| address_of(l, kind).is_some());
    for (_, l) in locs.iter().enumerate().filter(|(i, l)| chosen.is_some_and(|(c, _)| c != *i) && has_address(l)) {
        let what = l.str("name").map_or_else(|| "a location".to_string(), |(n, _)| format!("the location `{n}`"));
        let why = "a contact has one address";
        d.warning(
            "W0606",
            0,
            l.span.start..l.span.start + 1,
            format!("`{name}`: {what} is left out: {why}"),
            Some("make another contact for another place, if it serves other people".into()),
        );
    }
    if let Some((_, a)) = chosen {
        let street = [a.str("address_1"), a.str("address_2")].into_iter().flatten().map(|(s, _)| s.trim());
        let town = [a.str("postal_code"), a.str("city")]
            .into_iter()
            .flatten()
            .map(|(s, _)| s.trim())
            .collect::<Vec<_>>()
            .join(" ");
        let street: Vec<&str> = street.collect();
        // The town, unless the street lines already give it (an address_1 written whole).
        let city = a.str("city").map_or("", |(c, _)| c.trim());
        let given = !city.is_empty() && street.iter().any(|s| s.contains(city));
        let text = street
            .into_iter()
            .chain((!town.is_empty() && !given).then_some(town.as_str()))
            .collect::<Vec<_>>()
            .join(", ");
        if confidential {
            d.warning(
                "W0606",
                0,
                a.span.start..a.span.start + 1,
                format!("`{name}` is confidential: its address is left out"),
                Some("a confidential contact shows only its phone or intake point, never an address".into()),
            );
        } else if !text.is_empty() {
            let _ = writeln!(out, "address = {}", toml_str(&text));
            if let Some((city, _)) = a.str("city").filter(|(c, _)| !c.trim().is_empty()) {
                let _ = writeln!(out, "city = {}", toml_str(city.trim()));
                let postal = a.str("postal_code").map_or("", |(p, _)| p.trim());
                let _ = writeln!(out, "postal_code = {}", toml_str(postal));
            }
        }
    }

    // Opening hours: the service's schedules, else its first location's; the others said to be
    // left out.
    let mut schedules: Vec<&Node> = svc.arr("schedules").iter().collect();
    let mut used = None;
    if schedules.is_empty() {
        used = locs.iter().position(|l| !l.arr("schedules").is_empty());
        schedules = used.map_or_else(Vec::new, |i| locs[i].arr("schedules").iter().collect());
    }
    for (_, l) in locs.iter().enumerate().filter(|(i, l)| Some(*i) != used && !l.arr("schedules").is_empty()) {
        let first = &l.arr("schedules")[0];
        d.warning(
            "W0606",
            0,
            first.span.start..first.span.start + 1,
            format!(
                "`{name}`: the schedules of a location are left out: the contact's hours are {}",
                if used.is_some() { "another location's" } else { "the service's" }
            ),
            Some("check that the contact's hours are right for where a person goes".into()),
        );
    }
    if !schedules.is_empty() {
        match hours(&schedules, d) {
            Some(h) => {
                let checked = validate::opening_hours(&h);
                // Our own writing of hours the core refuses is a bug here, not the author's.
                debug_assert!(checked.is_ok(), "{h}");
                field_line(&mut out, "hours", &h, checked.as_ref().err());
            }
            None => out.push_str("# hours = \"…\"    # the schedules could not be read: write them by hand\n"),
        }
    }

    // Languages.
    let mut langs: Vec<&str> = Vec::new();
    for l in svc.arr("languages") {
        match l.str("code") {
            Some((code, _)) if language_tag(code) => langs.push(code),
            Some((code, span)) => d.error(
                "E0604",
                0,
                span,
                format!("`{code}` is not a language code"),
                Some("use a BCP 47 tag such as \"en\", \"fr\", \"ar\" or \"pt-BR\"; it is left out".into()),
            ),
            None => d.error(
                "E0604",
                0,
                l.place("code"),
                match l.str("name") {
                    Some((n, _)) => format!("the language `{n}` has no `code`"),
                    None => "a language has no `code`".into(),
                },
                Some("add \"code\": a BCP 47 tag such as \"en\", \"fr\" or \"ar\"; it is left out".into()),
            ),
        }
    }
    if !langs.is_empty() {
        let _ = writeln!(out, "languages = {}", toml_list(langs.iter().copied()));
    }
    if !confidential {
        let regions = strings("x_avenir_regions");
        if !regions.is_empty() {
            let _ = writeln!(out, "regions = {}", toml_list(regions.iter().copied()));
        }
    }

    // Sources: only those the file states (our own export's); never invented.
    // Sources: only those the file states (our own export's); never invented.
    let mut sources: Vec<String> = Vec::new();
    let mut refused = false;
    for src in svc.arr("x_avenir_sources") {
        let (Some((url, url_span)), Some((checked, date_span))) = (src.str("url"), src.str("checked")) else {
            d.error(
                "E0004",
                0,
                src.span.start..src.span.start + 1,
                "a source needs `url` and `checked`",
                Some("such as { \"url\": \"https://example.org/page\", \"checked\": \"2026-11-23\" }".into()),
            );
            refused = true;
            continue;
        };
        match (validate::url(url), validate::checked_date(checked, None)) {
            (Ok(url), Ok(date)) => sources.push(format!("{{ url = {}, checked = {date} }}", toml_str(&url))),
            (u, c) => {
                for (p, span) in [(u.err(), url_span), (c.err(), date_span)] {
                    if let Some(p) = p {
                        report(d, &p, span);
                    }
                }
                refused = true;
            }
        }
    }
    match sources.as_slice() {
        [] => {
            if !refused {
                d.warning(
                    "W0605",
                    0,
                    svc.str("name").map_or(svc.span.clone(), |(_, s)| s),
                    format!("`{name}` has no source: the imported contact stays invalid until you add one"),
                    Some(format!(
                        "in the TOML, uncomment `source` under contact `{id}` and give the page where its details are published and the day you read it"
                    )),
                );
            }
            out.push_str("# source = [ { url = \"https://…\", checked = YYYY-MM-DD } ]    # add: where these details are published\n");
        }
        [one] => {
            let _ = writeln!(out, "source = {one}");
        }
        many => {
            out.push_str("source = [\n");
            for one in many {
                let _ = writeln!(out, "  {one},");
            }
            out.push_str("]\n");
        }
    }
    Some(out)
}

/// `HH:MM`, `HH:MM:SS`, with an optional time zone (`Z`, `+01:00`) that is dropped: contacts'
/// hours are read as local time.
fn time(s: &str) -> Option<u16> {
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
fn hours(schedules: &[&Node], d: &mut Diags) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The days part of the opening hours text (written by the core's formatter).
    fn days_text(days: u8) -> String {
        let hours = OpeningHours { always: false, rules: vec![HoursRule { days, spans: vec![(0, 60)] }] };
        hours.to_string().trim_end_matches(" 00:00-01:00").to_string()
    }

    #[test]
    fn times_and_days() {
        assert_eq!(time("09:30"), Some(570));
        assert_eq!(time("09:30:00"), Some(570));
        assert_eq!(time("09:30Z"), Some(570));
        assert_eq!(time("09:30+01:00"), Some(570));
        assert_eq!(time("09:30:00+01:00"), Some(570));
        assert_eq!(time("09:30:15"), None);
        assert_eq!(time("9:30"), None);
        assert_eq!(time("25:00"), None);
        assert_eq!(days_text(0b0011111), "Mo-Fr");
        assert_eq!(days_text(0b0011011), "Mo,Tu,Th,Fr");
        assert_eq!(days_text(0b1000101), "Mo,We,Su");
    }

    #[test]
    fn language_tags() {
        for ok in ["en", "fr", "pt-BR", "zh-Hant", "ckb"] {
            assert!(language_tag(ok), "{ok}");
        }
        for bad in ["English", "EN", "e", "en_GB", "fr-", ""] {
            assert!(!language_tag(bad), "{bad}");
        }
    }

    #[test]
    fn toml_strings_escape() {
        assert_eq!(toml_str("a \"b\" \\ c\n"), "\"a \\\"b\\\" \\\\ c\\n\"");
        // Terminal escapes and bidirectional overrides: escaped, and read back as they were.
        let evil = "x\u{1b}[2J\u{1b}]0;pwned\u{7}\u{202e}txt.exe\u{2066}\u{7f}\u{9b}";
        let written = toml_str(evil);
        assert_eq!(written, "\"x\\u001B[2J\\u001B]0;pwned\\u0007\\u202Etxt.exe\\u2066\\u007F\\u009B\"");
        let read: toml::Table = toml::from_str(&format!("a = {written}")).unwrap();
        assert_eq!(read["a"].as_str(), Some(evil));
    }

    #[test]
    fn offsets_from_line_and_column() {
        let t = "[\n  {\"a\": 1,}\n]";
        assert_eq!(offset_of(t, 2, 3), 4);
        assert_eq!(&t[offset_of(t, 2, 11)..][..1], "}");
    }
}
