//! HSDS 3.0 in its tabular form: one CSV file per table (`services.csv`, `phones.csv`…), with
//! a header row of HSDS's field names, rows linked by foreign keys (`service_id`,
//! `organization_id`, `location_id`, `service_at_location_id`).
//!
//! The import reads the tables into the same spanned tree the JSON import reads (a service with
//! its `organization`, `phones`, `schedules`, `languages` and `service_at_locations[].location`
//! with `addresses`), every value placed at its cell, so that one function, `contact`, writes
//! every contact whichever form it came in. The export flattens [`super::export`]'s services
//! into the tables.
//!
//! What HSDS has no field for (our `x_avenir_…` extensions): columns of `services.csv`, lists with
//! `;` between items, and one more table, `x_avenir_sources.csv` (`service_id`, `url`, `checked`).

use serde_json::Value;

use super::{J, Node, export};
use crate::diag::{Diags, SourceFile, Span, did_you_mean};
use avenir_core::model::Contact;

/// A table the import reads and the export writes.
struct Spec {
    file: &'static str,
    /// The columns the export writes, in this order.
    columns: &'static [&'static str],
    /// The columns the import cannot do without.
    required: &'static [&'static str],
    /// What the rows belong to: the import needs at least one of these columns.
    links: &'static [&'static str],
}

const ORGANIZATIONS: &str = "organizations.csv";
const SERVICES: &str = "services.csv";
const LOCATIONS: &str = "locations.csv";
const SERVICE_AT_LOCATIONS: &str = "service_at_location.csv";
const ADDRESSES: &str = "addresses.csv";
const PHONES: &str = "phones.csv";
const SCHEDULES: &str = "schedules.csv";
const LANGUAGES: &str = "languages.csv";
const SOURCES: &str = "x_avenir_sources.csv";

const SPECS: [Spec; 9] = [
    Spec { file: ORGANIZATIONS, columns: &["id", "name", "description"], required: &["id", "name"], links: &[] },
    Spec {
        file: SERVICES,
        columns: &[
            "id",
            "organization_id",
            "name",
            "x_avenir_id",
            "email",
            "url",
            "status",
            "x_avenir_kind",
            "x_avenir_needs",
            "x_avenir_confidential",
            "x_avenir_countries",
            "x_avenir_regions",
        ],
        required: &["id", "name"],
        links: &[],
    },
    Spec { file: LOCATIONS, columns: &["id", "location_type", "name"], required: &["id"], links: &[] },
    Spec {
        file: SERVICE_AT_LOCATIONS,
        columns: &["id", "service_id", "location_id"],
        required: &["service_id", "location_id"],
        links: &[],
    },
    Spec {
        file: ADDRESSES,
        columns: &[
            "id",
            "location_id",
            "address_type",
            "address_1",
            "city",
            "state_province",
            "postal_code",
            "country",
        ],
        required: &["location_id"],
        links: &[],
    },
    Spec {
        file: PHONES,
        columns: &["id", "service_id", "number"],
        required: &["number"],
        links: &["service_id", "location_id", "service_at_location_id"],
    },
    Spec {
        file: SCHEDULES,
        columns: &["id", "service_id", "freq", "byday", "opens_at", "closes_at", "description"],
        required: &[],
        links: &["service_id", "location_id", "service_at_location_id"],
    },
    Spec {
        file: LANGUAGES,
        columns: &["id", "service_id", "code"],
        required: &[],
        links: &["service_id", "location_id"],
    },
    Spec { file: SOURCES, columns: &["id", "service_id", "url", "checked"], required: &["service_id"], links: &[] },
];

/// The file names of the tables the import reads (`services.csv`…), in the order it reads them.
pub fn table_names() -> impl Iterator<Item = &'static str> {
    SPECS.iter().map(|s| s.file)
}

/// The foreign keys, each with the table whose `id` it names.
const KEYS: [(&str, &str); 4] = [
    ("service_id", SERVICES),
    ("organization_id", ORGANIZATIONS),
    ("location_id", LOCATIONS),
    ("service_at_location_id", SERVICE_AT_LOCATIONS),
];

/// Columns holding a list, `;` between the items.
const LISTS: [&str; 3] = ["x_avenir_needs", "x_avenir_countries", "x_avenir_regions"];
const LIST_SEPARATOR: char = ';';
/// The column holding true or false.
const FLAG: &str = "x_avenir_confidential";

// ------------------------------------------------------------------------------------------
// Reading
// ------------------------------------------------------------------------------------------

/// A CSV table; every span is an offset in the files read one after the other.
struct Table {
    header: Span,
    columns: Vec<(String, Span)>,
    rows: Vec<Row>,
    /// Per column looked up by, the rows of each value: built once, so that joining 40,000
    /// phones to 40,000 services does not read every phone for every service.
    index: std::cell::RefCell<std::collections::BTreeMap<usize, std::collections::BTreeMap<String, Vec<usize>>>>,
}

struct Row {
    span: Span,
    /// Each cell's value (unquoted, trimmed) and place (quotes included).
    cells: Vec<(String, Span)>,
}

impl Table {
    fn col(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|(c, _)| c == name)
    }

    /// A cell's value, if not empty.
    fn value<'r>(&self, row: &'r Row, col: &str) -> Option<&'r str> {
        row.cells.get(self.col(col)?).map(|(v, _)| v.as_str()).filter(|v| !v.is_empty())
    }

    fn rows_of(&self, col: &str, id: &str) -> impl Iterator<Item = &Row> {
        let Some(c) = self.col(col) else { return Vec::new().into_iter() };
        let mut index = self.index.borrow_mut();
        let by_value = index.entry(c).or_insert_with(|| {
            let mut by_value: std::collections::BTreeMap<String, Vec<usize>> = Default::default();
            for (i, r) in self.rows.iter().enumerate() {
                if let Some((v, _)) = r.cells.get(c) {
                    by_value.entry(v.clone()).or_default().push(i);
                }
            }
            by_value
        });
        let rows: Vec<&Row> = by_value.get(id).map_or(Vec::new(), |at| at.iter().map(|&i| &self.rows[i]).collect());
        rows.into_iter()
    }

    /// A row as a JSON object would be: one member per column, at its cell.
    fn node(&self, row: &Row) -> Node {
        let members = self
            .columns
            .iter()
            .zip(&row.cells)
            .map(|((name, key_span), (value, span))| {
                let v = if name == FLAG {
                    // Anything but `false` (reported when read) keeps the contact confidential.
                    J::Bool(!value.is_empty() && !value.eq_ignore_ascii_case("false"))
                } else if LISTS.contains(&name.as_str()) {
                    J::Arr(
                        value
                            .split(LIST_SEPARATOR)
                            .map(str::trim)
                            .filter(|s| !s.is_empty())
                            .map(|s| Node { v: J::Str(s.to_string()), span: span.clone() })
                            .collect(),
                    )
                } else {
                    J::Str(value.clone())
                };
                (name.clone(), key_span.clone(), Node { v, span: span.clone() })
            })
            .collect();
        Node { v: J::Obj(members), span: row.span.clone() }
    }
}

/// The tables read, in the order of [`SPECS`].
struct Tables(Vec<Option<Table>>);

impl Tables {
    fn get(&self, file: &str) -> Option<&Table> {
        SPECS.iter().position(|s| s.file == file).and_then(|i| self.0[i].as_ref())
    }

    fn find(&self, file: &str, id: &str) -> Option<&Row> {
        self.get(file)?.rows_of("id", id).next()
    }

    /// The rows of `file` whose `col` is `id`, as objects.
    fn children(&self, file: &str, col: &str, id: Option<&str>) -> Vec<Node> {
        match (self.get(file), id) {
            (Some(t), Some(id)) => t.rows_of(col, id).map(|r| t.node(r)).collect(),
            _ => Vec::new(),
        }
    }

    /// A service row with what belongs to it, in the shape of an HSDS JSON service.
    fn service(&self, t: &Table, row: &Row) -> Node {
        let id = t.value(row, "id");
        let mut s = t.node(row);
        if let (Some(orgs), Some(o)) = (self.get(ORGANIZATIONS), t.value(row, "organization_id")) {
            if let Some(org) = orgs.rows_of("id", o).next() {
                set(&mut s, "organization", orgs.node(org));
            }
        }
        for (key, file) in [("phones", PHONES), ("schedules", SCHEDULES), ("languages", LANGUAGES)] {
            set_list(&mut s, key, self.children(file, "service_id", id));
        }
        set_list(&mut s, "x_avenir_sources", self.children(SOURCES, "service_id", id));
        let mut at = Vec::new();
        if let (Some(sal), Some(id)) = (self.get(SERVICE_AT_LOCATIONS), id) {
            for r in sal.rows_of("service_id", id) {
                let mut n = sal.node(r);
                if let Some(location) = self.location(sal.value(r, "location_id"), sal.value(r, "id")) {
                    set(&mut n, "location", location);
                }
                at.push(n);
            }
        }
        set_list(&mut s, "service_at_locations", at);
        s
    }

    /// A location with its addresses, and the phones and schedules of it or of the service there.
    fn location(&self, id: Option<&str>, service_at_location: Option<&str>) -> Option<Node> {
        let row = self.find(LOCATIONS, id?)?;
        let mut n = self.get(LOCATIONS)?.node(row);
        set_list(&mut n, "addresses", self.children(ADDRESSES, "location_id", id));
        for (key, file) in [("phones", PHONES), ("schedules", SCHEDULES)] {
            let mut items = self.children(file, "location_id", id);
            items.extend(self.children(file, "service_at_location_id", service_at_location));
            set_list(&mut n, key, items);
        }
        Some(n)
    }
}

/// Sets an object's member (in place of a column of that name).
fn set(obj: &mut Node, key: &str, value: Node) {
    if let J::Obj(members) = &mut obj.v {
        members.retain(|(k, _, _)| k != key);
        members.push((key.to_string(), value.span.clone(), value));
    }
}

fn set_list(obj: &mut Node, key: &str, items: Vec<Node>) {
    let span = obj.span.clone();
    set(obj, key, Node { v: J::Arr(items), span });
}

/// The services of HSDS CSV files, in the shape of HSDS JSON services, and where each file
/// starts in the offsets their spans use.
pub(super) fn services(files: &[SourceFile], d: &mut Diags) -> (Vec<Node>, Vec<usize>) {
    let mut starts = Vec::new();
    let mut at = 0;
    for f in files {
        starts.push(at);
        at += f.text.len() + 1;
    }
    let mut tables = Tables(SPECS.iter().map(|_| None).collect());
    for (f, &base) in files.iter().zip(&starts) {
        let name = file_name(&f.path);
        if name == DATAPACKAGE {
            // The tabular form's descriptor: the tables are read by their names.
            continue;
        }
        let Some(i) = SPECS.iter().position(|s| s.file == name) else {
            let hint = match did_you_mean(name, SPECS.iter().map(|s| s.file)) {
                Some(m) => format!("did you mean `{m}`?"),
                None => format!("the import reads {}", SPECS.map(|s| s.file).join(", ")),
            };
            d.warning(
                "W0606",
                0,
                base..base + 1,
                format!("`{name}` is not read: it is not a table the import reads"),
                Some(hint),
            );
            continue;
        };
        if tables.0[i].is_some() {
            d.warning(
                "W0606",
                0,
                base..base + 1,
                format!("a second `{name}` is left out"),
                Some("give each table once".into()),
            );
            continue;
        }
        tables.0[i] = read(&SPECS[i], name, &f.text, base, d);
    }
    check_keys(&tables, d);
    let Some(svc) = tables.get(SERVICES) else {
        // When it was given, its problem is reported already.
        if !files.iter().any(|f| file_name(&f.path) == SERVICES) && !files.is_empty() {
            d.error(
                "E0608",
                0,
                0..1,
                "no `services.csv`: the services are what is imported",
                Some("give the folder with all the tables, or `services.csv` with the others".into()),
            );
        }
        return (Vec::new(), starts);
    };
    let services = svc.rows.iter().map(|r| tables.service(svc, r)).collect();
    (services, starts)
}

fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// One CSV file; `None` (with a diagnostic) when a column it needs is missing.
fn read(spec: &Spec, name: &str, text: &str, base: usize, d: &mut Diags) -> Option<Table> {
    // A spreadsheet's byte order mark is not part of the first column's name.
    let skip = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let body = &text[skip..];
    let base = base + skip;
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(body.as_bytes());
    let mut records = Vec::new();
    // The text is UTF-8 already, so the csv crate finds nothing to refuse.
    for record in reader.records().map_while(Result::ok) {
        let start = record.position().map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
        records.push((start, record));
    }
    let mut rows = Vec::new();
    let mut header: Option<Table> = None;
    for (start, record) in records {
        let spans = match locate(body, start, record.len()) {
            Ok(spans) => spans,
            Err(quote) => {
                d.error(
                    "E0607",
                    0,
                    base + quote..base + quote + 1,
                    format!("CSV syntax: a quote in `{name}` is not closed"),
                    Some("close the cell with `\"`; write a quote inside a quoted cell as `\"\"`".into()),
                );
                break; // the rest of the file is inside the quotes
            }
        };
        let cells: Vec<(String, Span)> =
            record.iter().zip(spans).map(|(v, s)| (v.trim().to_string(), base + s.start..base + s.end)).collect();
        let span = cells.first().map_or(base + start, |c| c.1.start)..cells.last().map_or(base + start, |c| c.1.end);
        match &header {
            None => header = Some(Table { header: span, columns: cells, rows: Vec::new(), index: Default::default() }),
            Some(h) if cells.len() != h.columns.len() => {
                let (n, m) = (cells.len(), h.columns.len());
                let at = match cells.get(m) {
                    Some((_, extra)) => extra.clone(),
                    None => span.end..span.end + 1,
                };
                d.error(
                    "E0607",
                    0,
                    at,
                    format!("CSV syntax: this row of `{name}` has {n} cells, its header {m}; the row is left out"),
                    Some(if n > m {
                        "a cell with a comma in it is written in quotes: \"Example Street 1, Brussels\"".into()
                    } else {
                        "give every column a cell, empty ones too: `a,,c`".into()
                    }),
                );
            }
            Some(_) => rows.push(Row { span, cells }),
        }
    }
    let mut table = header.unwrap_or(Table {
        header: base..base,
        columns: Vec::new(),
        rows: Vec::new(),
        index: Default::default(),
    });
    table.rows = rows;
    let hint = |col: &str| format!("the header row names the columns with HSDS's field names: add `{col}`");
    if let Some(col) = spec.required.iter().find(|c| table.col(c).is_none()) {
        d.error(
            "E0608",
            0,
            table.header.start..table.header.end.max(table.header.start + 1),
            format!("`{name}` has no `{col}` column; it is not read"),
            Some(hint(col)),
        );
        return None;
    }
    if !spec.links.is_empty() && spec.links.iter().all(|c| table.col(c).is_none()) {
        d.error(
            "E0608",
            0,
            table.header.start..table.header.end.max(table.header.start + 1),
            format!(
                "`{name}` has none of the columns {}; it is not read",
                spec.links.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", ")
            ),
            Some(hint(spec.links[0])),
        );
        return None;
    }
    if let Some(c) = table.col(FLAG) {
        for row in &table.rows {
            let (v, span) = &row.cells[c];
            if !(v.is_empty() || v.eq_ignore_ascii_case("true") || v.eq_ignore_ascii_case("false")) {
                d.error(
                    "E0003",
                    0,
                    span.clone(),
                    format!("`{FLAG}` is true or false, not `{v}`"),
                    Some("write `true` or `false`; until then the contact is read as confidential".into()),
                );
            }
        }
    }
    Some(table)
}

/// The byte spans of a record's `n` cells, from where it starts: the csv crate gives the values,
/// not their places; it starts a record where the one before ended, before any line ends and
/// blank lines (which it skips). `Err` with the place of an opening quote that is never closed.
fn locate(text: &str, mut i: usize, n: usize) -> Result<Vec<Span>, usize> {
    let b = text.as_bytes();
    while matches!(b.get(i), Some(b'\n' | b'\r')) {
        i += 1;
    }
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let start = i;
        if b.get(i) == Some(&b'"') {
            i += 1;
            loop {
                match b.get(i) {
                    None => return Err(start),
                    Some(b'"') if b.get(i + 1) == Some(&b'"') => i += 2,
                    Some(b'"') => {
                        i += 1;
                        break;
                    }
                    Some(_) => i += 1,
                }
            }
        }
        while !matches!(b.get(i), None | Some(b',' | b'\n' | b'\r')) {
            i += 1;
        }
        out.push(start..i);
        if b.get(i) == Some(&b',') {
            i += 1;
        }
    }
    Ok(out)
}

/// Every foreign key names a row: E0609 at each cell that names none.
fn check_keys(tables: &Tables, d: &mut Diags) {
    for (spec, table) in SPECS.iter().zip(&tables.0) {
        let Some(table) = table else { continue };
        for (col, target) in KEYS {
            let Some(c) = table.col(col) else { continue };
            let ids: std::collections::BTreeSet<&str> = tables
                .get(target)
                .map(|t| t.rows.iter().filter_map(|r| t.value(r, "id")).collect())
                .unwrap_or_default();
            for row in &table.rows {
                let (v, span) = &row.cells[c];
                if v.is_empty() || ids.contains(v.as_str()) {
                    continue;
                }
                let hint = match (tables.get(target), d.did_you_mean(v, ids.iter().copied())) {
                    (None, _) => format!("no `{target}` was read: add it, or empty the cell"),
                    (Some(_), Some(m)) => format!("did you mean `{m}`? Until it names a row, this row is not linked"),
                    (Some(_), None) => {
                        format!(
                            "use the `id` of a row of `{target}`, or empty the cell; until then this row is not linked"
                        )
                    }
                };
                d.error(
                    "E0609",
                    0,
                    span.clone(),
                    format!("`{}`: `{col}` `{v}` is not the `id` of a row of `{target}`", spec.file),
                    Some(hint),
                );
            }
        }
    }
}

// ------------------------------------------------------------------------------------------
// Export
// ------------------------------------------------------------------------------------------

/// Our contacts as HSDS 3.0 CSV tables: each file's name and text. The same services as
/// [`export`], flattened: objects inside a service become rows of their table, linked by id.
pub fn export_csv(contacts: &[Contact]) -> Vec<(&'static str, String)> {
    let mut rows: Vec<Vec<Value>> = SPECS.iter().map(|_| Vec::new()).collect();
    let mut add = |file: &str, row: Value| {
        if let Some(i) = SPECS.iter().position(|s| s.file == file) {
            rows[i].push(row);
        }
    };
    let services = export(contacts);
    let mut organizations: Vec<&Value> = Vec::new();
    for s in services.as_array().into_iter().flatten() {
        let sid = &s["id"];
        let linked = |v: &Value| {
            let mut v = v.clone();
            v["service_id"] = sid.clone();
            v
        };
        let org = &s["organization"];
        if !organizations.iter().any(|o| o["id"] == org["id"]) {
            organizations.push(org);
            add(ORGANIZATIONS, org.clone());
        }
        let mut svc = s.clone();
        svc["organization_id"] = org["id"].clone();
        add(SERVICES, svc);
        for (key, file) in [("phones", PHONES), ("schedules", SCHEDULES), ("languages", LANGUAGES)] {
            s[key].as_array().into_iter().flatten().for_each(|x| add(file, linked(x)));
        }
        for (i, src) in s["x_avenir_sources"].as_array().into_iter().flatten().enumerate() {
            let mut src = linked(src);
            let ours = s["x_avenir_id"].as_str().unwrap_or("");
            src["id"] = Value::String(super::uuid_of(&format!("{ours}-source-{}", i + 1)));
            add(SOURCES, src);
        }
        for sal in s["service_at_locations"].as_array().into_iter().flatten() {
            let location = &sal["location"];
            let mut link = linked(sal);
            link["location_id"] = location["id"].clone();
            add(SERVICE_AT_LOCATIONS, link);
            add(LOCATIONS, location.clone());
            location["addresses"].as_array().into_iter().flatten().for_each(|a| add(ADDRESSES, a.clone()));
        }
    }
    let mut files: Vec<(&'static str, String)> =
        SPECS.iter().zip(&rows).map(|(spec, rows)| (spec.file, csv_text(spec.columns, rows))).collect();
    files.push((DATAPACKAGE, datapackage()));
    files
}

/// The descriptor HSDS's tabular form requires beside its tables (a Frictionless tabular data
/// package): each table as a resource, its columns as fields.
pub const DATAPACKAGE: &str = "datapackage.json";

fn datapackage() -> String {
    let resources: Vec<Value> = SPECS
        .iter()
        .map(|spec| {
            let fields: Vec<Value> = spec
                .columns
                .iter()
                .map(|c| {
                    let kind = if *c == "x_avenir_confidential" { "boolean" } else { "string" };
                    serde_json::json!({ "name": c, "type": kind })
                })
                .collect();
            serde_json::json!({
                "name": spec.file.trim_end_matches(".csv"),
                "path": spec.file,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": { "fields": fields },
            })
        })
        .collect();
    let package = serde_json::json!({
        "name": "avenir-contacts",
        "title": "Avenir's contacts as Open Referral HSDS 3.0 tables",
        "profile": "tabular-data-package",
        "resources": resources,
    });
    serde_json::to_string_pretty(&package).expect("JSON of strings") + "\n"
}

fn csv_text(columns: &[&str], rows: &[Value]) -> String {
    let cell = |v: &Value| match v {
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => {
            items.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(&LIST_SEPARATOR.to_string())
        }
        Value::Null | Value::Object(_) => String::new(),
    };
    let mut w = csv::Writer::from_writer(Vec::new());
    let records = std::iter::once(columns.iter().map(|c| (*c).to_string()).collect::<Vec<_>>())
        .chain(rows.iter().map(|r| columns.iter().map(|c| cell(&r[*c])).collect()));
    for record in records {
        w.write_record(&record).expect("writing to memory");
    }
    String::from_utf8(w.into_inner().expect("writing to memory")).expect("written from strings")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_located() {
        let t = "a,\"b, \"\"c\"\"\",d\r\n\"x\"y,,z\n";
        assert_eq!(locate(t, 0, 3), Ok(vec![0..1, 2..12, 13..14]));
        let second = t.find('\n').unwrap() + 1;
        let spans = locate(t, second - 1, 3).unwrap();
        assert_eq!(spans.iter().map(|s| &t[s.clone()]).collect::<Vec<_>>(), ["\"x\"y", "", "z"]);
        assert_eq!(locate("a,\"b\nc", 0, 2), Err(2));
    }

    #[test]
    fn records_start_where_the_csv_crate_says() {
        let text = "id,name\n\n1,\"A, B\"\r\n2,C\n";
        let mut d = Diags::default();
        let t = read(&SPECS[1], "services.csv", text, 0, &mut d).unwrap();
        assert!(d.0.is_empty(), "{:?}", d.0);
        let cells: Vec<Vec<&str>> =
            t.rows.iter().map(|r| r.cells.iter().map(|(_, s)| &text[s.clone()]).collect()).collect();
        assert_eq!(cells, [vec!["1", "\"A, B\""], vec!["2", "C"]]);
        assert_eq!(t.rows[0].cells[1].0, "A, B");
    }
}
