//! HSDS services (JSON, or the CSV tables read into the same tree) → `[[contact]]` blocks in the
//! authoring format, every problem a diagnostic placed in the file.

use super::*;

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
pub(super) fn write(from: &str, services: &[(&Node, Option<&Node>)], mut d: Diags, starts: &[usize]) -> Imported {
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
pub(super) fn offset_of(text: &str, line: usize, column: usize) -> usize {
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
pub(super) fn services<'a>(root: &'a Node, d: &mut Diags) -> Vec<(&'a Node, Option<&'a Node>)> {
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

pub(super) fn toml_str(s: &str) -> String {
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

pub(super) fn toml_list<'s>(items: impl IntoIterator<Item = &'s str>) -> String {
    format!("[{}]", items.into_iter().map(toml_str).collect::<Vec<_>>().join(", "))
}

pub(super) fn valid_id(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Our id for a service: its `x_avenir_id` (our export's) or its HSDS id when that is one of
/// ours, else one made from the name.
pub(super) fn make_id(svc: &Node, name: &str, ids: &mut Ids) -> String {
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
pub(super) struct Ids {
    pub(super) taken: std::collections::BTreeSet<String>,
    pub(super) next: std::collections::BTreeMap<String, usize>,
}

impl Ids {
    /// `base`, or `base_2`, `base_3`… the first not taken.
    pub(super) fn take(&mut self, base: String) -> String {
        let mut id = base.clone();
        let n = self.next.entry(base.clone()).or_insert(2);
        while self.taken.contains(&id) {
            id = format!("{base}_{n}");
            *n += 1;
        }
        self.taken.insert(id.clone());
        id
    }

    pub(super) fn len(&self) -> usize {
        self.taken.len()
    }
}

/// A BCP 47 tag in the usual form: a 2- or 3-letter language, then subtags of letters or digits.
pub(super) fn language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// One `key = value` line, or the line commented out with the reason when the value is refused.
pub(super) fn field_line(out: &mut String, key: &str, value: &str, problem: Option<&validate::Problem>) {
    match problem {
        None => {
            let _ = writeln!(out, "{key} = {}", toml_str(value));
        }
        Some(p) => {
            let _ = writeln!(out, "# {key} = {}    # refused ({}): fix it, or leave it out", toml_str(value), p.code);
        }
    }
}

pub(super) fn report(d: &mut Diags, p: &validate::Problem, span: Span) {
    d.error(p.code, 0, span, p.message.clone(), Some(p.hint.clone()));
}

/// The first address of `kind` (`physical`, `postal`) of a location; an address without a type
/// is physical.
pub(super) fn address_of<'a>(l: &'a Node, kind: &str) -> Option<&'a Node> {
    l.arr("addresses")
        .iter()
        .chain(l.arr("physical_addresses"))
        .chain(l.arr("postal_addresses"))
        .find(|a| a.str("address_type").map_or("physical", |(t, _)| t) == kind)
}

/// The locations of a service (`service_at_locations[].location`, or `locations`).
pub(super) fn locations(svc: &Node) -> Vec<&Node> {
    let mut out: Vec<&Node> = svc.arr("service_at_locations").iter().filter_map(|sal| sal.get("location")).collect();
    out.extend(svc.arr("locations").iter());
    out.retain(|l| l.is_obj());
    out
}

pub(super) fn contact(svc: &Node, org: Option<&Node>, ids: &mut Ids, d: &mut Diags) -> Option<String> {
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
