//! Open Referral HSDS: the default content's contacts survive export → import, confidential
//! places leave no location behind, a directory's file becomes contacts that stay invalid until
//! the author adds sources, and every import problem is placed at its line and column.
#![cfg(feature = "hsds")]

use std::path::PathBuf;

use avenir_content::diag::SourceFile;
use avenir_content::hsds::{self, Imported};
use avenir_content::{Severity, check, fs, render};
use avenir_core::model::{Assessment, Contact, Date};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn default_files() -> Vec<SourceFile> {
    fs::read_dir(&root().join("../../assessments/default")).unwrap()
}

fn default_content() -> Assessment {
    check(&default_files(), None).assessment.expect("the default content is valid")
}

/// The default content with `contacts.toml` replaced by `toml`.
fn with_contacts(toml: &str) -> Vec<SourceFile> {
    let mut files = default_files();
    let f = files.iter_mut().find(|f| f.path.ends_with("contacts.toml")).unwrap();
    f.text = toml.to_string();
    files
}

/// The same, `toml` having every contact of the content: those of its other files (such as
/// `stay-nl.toml`) are left out.
fn with_all_contacts(toml: &str) -> Vec<SourceFile> {
    let mut files = with_contacts(toml);
    for f in files.iter_mut().filter(|f| f.path.ends_with(".toml") && !f.path.ends_with("contacts.toml")) {
        f.text = avenir_content::testing::without_contacts(&f.text);
    }
    files
}

fn fixture(name: &str) -> (String, String) {
    let path = format!("tests/hsds/{name}");
    (std::fs::read_to_string(root().join(&path)).unwrap(), path)
}

fn rendered(imported: &Imported, text: &str, path: &str) -> Vec<String> {
    let files = [SourceFile { path: path.to_string(), text: text.to_string() }];
    imported.diagnostics.iter().map(|d| render(d, &files)).collect()
}

/// `code` at `line:col` in the rendered diagnostics.
fn has(diags: &[String], code: &str, place: &str) -> bool {
    diags.iter().any(|d| d.contains(&format!("[{code}]")) && d.contains(&format!(".json:{place}\n")))
}

#[test]
fn default_contacts_round_trip() {
    let mut a = default_content();
    // No default contact lists languages yet: give some, so that they travel too.
    a.contacts[0].languages = vec!["nl".into(), "fr".into(), "en".into()];
    a.contacts[3].languages = vec!["ar".into(), "pt-BR".into()];
    let json = serde_json::to_string_pretty(&hsds::export(&a.contacts)).unwrap();
    let imported = hsds::import(&json, "contacts.json");
    assert!(imported.diagnostics.is_empty(), "{:?}", imported.diagnostics);
    assert_eq!(imported.contacts, a.contacts.len());

    // The imported TOML, in place of contacts.toml, is valid content with the same contacts
    // (all but `applies`, which is about our questions and is not exported).
    let checked = check(&with_all_contacts(&imported.toml), None);
    let errors: Vec<_> = checked.diagnostics.iter().filter(|d| d.severity == Severity::Error).collect();
    assert!(errors.is_empty(), "{errors:?}\n{}", imported.toml);
    let back = checked.assessment.unwrap();
    assert_eq!(back.contacts.len(), a.contacts.len());
    for (was, now) in a.contacts.iter().zip(&back.contacts) {
        let expected = Contact {
            applies: None,
            // Nor are a phone's national form and the pages' own dates (HSDS has no field for them).
            phone: was.phone.clone().map(|p| avenir_core::model::Phone { national: None, ..p }),
            sources: was.sources.iter().map(|s| avenir_core::model::Source { own: None, ..s.clone() }).collect(),
            // A confidential contact's website is not exported: only its phone or intake point.
            website: if was.confidential { None } else { was.website.clone() },
            regions: if was.confidential { Vec::new() } else { was.regions.clone() },
            ..was.clone()
        };
        assert_eq!(now, &expected, "{}", was.id);
        assert_eq!(
            (&now.name, &now.phone, &now.email, &now.hours),
            (&was.name, &expected.phone, &was.email, &was.hours)
        );
        assert_eq!(now.languages, was.languages);
    }
}

#[test]
fn confidential_contacts_have_no_location() {
    let a = default_content();
    let exported = hsds::export(&a.contacts);
    let confidential: Vec<_> =
        exported.as_array().unwrap().iter().filter(|s| s["x_avenir_confidential"] == true).collect();
    assert!(!confidential.is_empty(), "the default content has confidential contacts");
    for s in &confidential {
        assert_eq!(s["service_at_locations"], serde_json::json!([]), "{}", s["id"]);
        for key in ["locations", "url", "x_avenir_regions"] {
            assert!(s.get(key).is_none(), "{} has {key}", s["id"]);
        }
        let text = s.to_string();
        assert!(!text.contains("address"), "{text}");
        assert!(s["phones"].as_array().is_some_and(|p| !p.is_empty()) || s.get("email").is_some());
    }
    // Every non-confidential contact with an address has one location with it.
    for c in a.contacts.iter().filter(|c| c.address.is_some()) {
        let s = exported.as_array().unwrap().iter().find(|s| s["x_avenir_id"] == c.id.as_str()).unwrap();
        let address = &s["service_at_locations"][0]["location"]["addresses"][0];
        // The street in `address_1`, the town in HSDS's own fields.
        let whole = c.address.as_deref().unwrap();
        assert!(whole.starts_with(address["address_1"].as_str().unwrap()), "{address}");
        assert_eq!(address["city"].as_str(), c.town.city.as_deref(), "{address}");
        assert_eq!(address["postal_code"].as_str(), c.town.postal_code.as_deref(), "{address}");
        assert_eq!(address["state_province"], "");
    }
}

#[test]
fn hours_become_weekly_schedules() {
    let mut a = default_content();
    a.contacts.truncate(1);
    a.contacts[0].hours = Some(avenir_core::hours::parse("Mo,Tu,Th 09:00-12:30,13:30-16:00; Sa 10:00-12:00").unwrap());
    let s = &hsds::export(&a.contacts)[0]["schedules"];
    let got: Vec<(String, String, String)> = s
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["byday"].as_str().unwrap().into(),
                x["opens_at"].as_str().unwrap().into(),
                x["closes_at"].as_str().unwrap().into(),
            )
        })
        .collect();
    let want = [("MO,TU,TH", "09:00", "12:30"), ("MO,TU,TH", "13:30", "16:00"), ("SA", "10:00", "12:00")];
    assert_eq!(got, want.map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())));
}

#[test]
fn a_directory_becomes_contacts_that_need_sources() {
    let (text, path) = fixture("directory.json");
    let imported = hsds::import(&text, &path);
    let diags = rendered(&imported, &text, &path);
    assert_eq!(imported.contacts, 2);
    assert!(imported.diagnostics.iter().all(|d| d.severity == Severity::Warning), "{diags:?}");
    assert!(has(&diags, "W0605", "12:15") && has(&diags, "W0605", "58:15"), "{diags:?}");
    let toml = &imported.toml;
    for line in [
        "id = \"example_return_desk\"",
        "name = \"Example Welcome Association – Example Return Desk\"",
        "phone = \"+32 2 000 00 00\"",
        "email = \"desk@example.org\"",
        "website = \"https://example.org/return-desk\"",
        "address = \"Example Street 1, 1000 Brussels\"",
        "hours = \"Mo-Fr 09:00-12:30,13:30-16:00; Sa 10:00-12:00\"",
        "languages = [\"fr\", \"ar\"]",
        "id = \"example_night_line\"",
        "phone = \"116 006\"",
        "hours = \"24/7\"",
        "# source = [ { url = \"https://…\", checked = YYYY-MM-DD } ]",
    ] {
        assert!(toml.lines().any(|l| l.starts_with(line)), "no `{line}` in\n{toml}");
    }
    // The contacts read as content, and stay invalid until a source is added: never invented.
    let checked = check(&with_contacts(&(default_contacts_text() + toml)), Date::parse("2026-12-07"));
    let no_source = checked.diagnostics.iter().filter(|d| d.code == "E0401").count();
    assert_eq!(no_source, 2, "{:?}", checked.diagnostics);
    assert!(checked.diagnostics.iter().filter(|d| d.severity == Severity::Error).all(|d| d.code == "E0401"));
    // With the sources filled in, it is valid.
    let sourced = toml.replace(
        "# source = [ { url = \"https://…\", checked = YYYY-MM-DD } ]",
        "source = [ { url = \"https://example.org/directory\", checked = 2026-11-20 } ] #",
    );
    let checked = check(&with_contacts(&(default_contacts_text() + &sourced)), Date::parse("2026-12-07"));
    assert_eq!(checked.errors(), 0, "{:?}", checked.diagnostics);
}

fn default_contacts_text() -> String {
    default_files().into_iter().find(|f| f.path.ends_with("contacts.toml")).unwrap().text + "\n"
}

#[test]
fn a_flat_list_of_services_is_read_too() {
    let (text, path) = fixture("directory.json");
    let page: serde_json::Value = serde_json::from_str(&text).unwrap();
    let flat = serde_json::to_string_pretty(&page["contents"]).unwrap();
    let imported = hsds::import(&flat, &path);
    assert_eq!(imported.contacts, 2);
    let from_page = hsds::import(&text, &path);
    assert_eq!(imported.toml, from_page.toml);
}

#[test]
fn import_problems_are_placed() {
    let (text, path) = fixture("errors.json");
    let imported = hsds::import(&text, &path);
    let diags = rendered(&imported, &text, &path);
    for (code, place) in
        [("E0602", "2:3"), ("E0203", "10:29"), ("E0603", "11:70"), ("E0604", "12:49"), ("W0605", "9:13")]
    {
        assert!(has(&diags, code, place), "no {code} at {place}:\n{}", diags.join("\n"));
    }
    assert_eq!(imported.diagnostics.len(), 5, "{}", diags.join("\n"));
    // The refused values are kept for the author, commented out; the TOML stays readable.
    assert!(imported.toml.contains("# phone = \"02 000 00 02\"    # refused (E0203)"));
    assert!(imported.toml.contains("# hours = "));
    assert!(!imported.toml.contains("languages ="));
    let checked = check(&with_contacts(&(default_contacts_text() + &imported.toml)), None);
    assert!(checked.diagnostics.iter().all(|d| d.code != "E0001"), "{:?}", checked.diagnostics);
}

#[test]
fn json_syntax_errors_have_line_and_column() {
    let text = "[\n  { \"name\": \"A\", },\n]\n";
    let imported = hsds::import(text, "bad.json");
    let diags = rendered(&imported, text, "bad.json");
    assert_eq!(imported.contacts, 0);
    assert!(has(&diags, "E0601", "2:18"), "{diags:?}");
    let imported = hsds::import("\"just text\"", "bad.json");
    assert_eq!(imported.diagnostics[0].code, "E0601");
}

#[test]
fn sources_in_the_file_are_checked_not_trusted() {
    let text = r#"[
  { "name": "Example Desk", "phones": [ { "number": "+32 2 000 00 00" } ],
    "x_avenir_sources": [ { "url": "example.org/desk", "checked": "2026-02-30" } ] },
  { "name": "Example \"Line\"\n[[contact]]", "phones": [ { "number": "+32 2 000 00 01" } ],
    "x_avenir_sources": [ { "url": "https://example.org/line", "checked": "2026-11-20" } ] }
]"#;
    let imported = hsds::import(text, "s.json");
    let diags = rendered(&imported, text, "s.json");
    assert!(has(&diags, "E0202", "3:36") && has(&diags, "E0201", "3:67"), "{}", diags.join("\n"));
    // A source that is refused is not written; the placeholder is, and no W0605 repeats it.
    assert!(!diags.iter().any(|d| d.contains("W0605")), "{}", diags.join("\n"));
    assert_eq!(imported.toml.matches("# source = ").count(), 1, "{}", imported.toml);
    // A quote or a newline in a value cannot break out of its TOML string.
    assert_eq!(imported.toml.lines().filter(|l| *l == "[[contact]]").count(), 2, "{}", imported.toml);
    assert!(imported.toml.contains(r#"name = "Example \"Line\"\n[[contact]]""#), "{}", imported.toml);
    let checked = check(&with_contacts(&(default_contacts_text() + &imported.toml)), None);
    assert!(checked.diagnostics.iter().all(|d| d.code != "E0001"), "{:?}", checked.diagnostics);
}

/// The TOML without its header comment (which names the file it came from).
fn contacts_part(toml: &str) -> &str {
    toml.find("\n\n").map_or(toml, |i| &toml[i..])
}

fn csv_files(tables: Vec<(&str, String)>, dir: &str) -> Vec<SourceFile> {
    tables.into_iter().map(|(name, text)| SourceFile { path: format!("{dir}/{name}"), text }).collect()
}

#[test]
fn csv_round_trip_gives_what_json_gives() {
    let mut a = default_content();
    a.contacts[0].languages = vec!["nl".into(), "fr".into(), "en".into()];
    a.contacts[3].languages = vec!["ar".into(), "pt-BR".into()];
    // A comma in a cell is quoted, and read back.
    a.contacts[1].regions = vec!["Brussels, Capital".into(), "Flanders".into()];
    let json = serde_json::to_string_pretty(&hsds::export(&a.contacts)).unwrap();
    let from_json = hsds::import(&json, "contacts.json");
    let files = csv_files(hsds::export_csv(&a.contacts), "out");
    let from_csv = hsds::import_csv(&files, "out");
    assert!(from_csv.diagnostics.is_empty(), "{:?}", from_csv.diagnostics);
    assert_eq!(from_csv.contacts, a.contacts.len());
    assert_eq!(contacts_part(&from_csv.toml), contacts_part(&from_json.toml));
}

fn rendered_csv(imported: &Imported, files: &[SourceFile]) -> Vec<String> {
    imported.diagnostics.iter().map(|d| render(d, files)).collect()
}

#[test]
fn a_csv_directory_gives_what_its_json_gives() {
    let dir = "tests/hsds/directory";
    let files = fs::read_csv(&root().join(dir)).unwrap();
    let files: Vec<SourceFile> = files
        .into_iter()
        .map(|f| SourceFile { path: format!("{dir}/{}", f.path.rsplit('/').next().unwrap()), ..f })
        .collect();
    let imported = hsds::import_csv(&files, dir);
    let diags = rendered_csv(&imported, &files);
    let (text, path) = fixture("directory.json");
    let from_json = hsds::import(&text, &path);
    assert_eq!(contacts_part(&imported.toml), contacts_part(&from_json.toml));
    assert_eq!(imported.contacts, 2);
    assert_eq!(diags.len(), 2, "{}", diags.join("\n"));
    for line in [2, 3] {
        assert!(
            diags.iter().any(|d| d.contains("[W0605]") && d.contains(&format!("services.csv:{line}:75\n"))),
            "{diags:?}"
        );
    }
    assert!(imported.toml.starts_with("# Imported from tests/hsds/directory by"), "{}", imported.toml);
}

#[test]
fn csv_problems_are_placed_in_their_cells() {
    let files = csv_files(
        vec![
            ("organizations.csv", "id,name\no1,Example Organisation\n".into()),
            (
                "services.csv",
                "id,organization_id,name,email,status\n\
                 s1,o1,Example Desk,desk@example,active\n\
                 s2,o9,,,\n\
                 s3,,Example Line,,active\n"
                    .into(),
            ),
            ("phones.csv", "id,service_id,number\np1,s1,02 000 00 02\np2,s7,+32 2 000 00 00\n".into()),
            ("schedules.csv", "service_id,freq,byday,opens_at,closes_at\ns3,WEEKLY,\"MO,XX\",09:00,12:00\n".into()),
            ("languages.csv", "service_id,name,code\ns3,French,French\ns3,Arabic,\n".into()),
            ("funding.csv", "id\nf1\n".into()),
        ],
        "dir",
    );
    let imported = hsds::import_csv(&files, "dir");
    let diags = rendered_csv(&imported, &files);
    let all = diags.join("\n");
    for (code, place) in [
        ("E0204", "services.csv:2:20"),
        ("E0609", "services.csv:3:4"),
        ("E0602", "services.csv:3:7"),
        ("W0605", "services.csv:2:7"),
        ("W0605", "services.csv:4:5"),
        ("E0203", "phones.csv:2:7"),
        ("E0609", "phones.csv:3:4"),
        ("E0603", "schedules.csv:2:11"),
        ("E0604", "languages.csv:2:11"),
        ("E0604", "languages.csv:3:11"),
        ("W0606", "funding.csv:1:1"),
    ] {
        assert!(
            diags.iter().any(|d| d.contains(&format!("[{code}]")) && d.contains(&format!("dir/{place}\n"))),
            "no {code} at {place}:\n{all}"
        );
    }
    assert_eq!(diags.len(), 11, "{all}");
    // The cell is underlined.
    let underlined = format!("2 | s1,o1,Example Desk,desk@example,active\n  | {}{}\n", " ".repeat(19), "^".repeat(12));
    assert!(all.contains(&underlined), "{all}");
    assert!(imported.toml.contains("# phone = \"02 000 00 02\"    # refused (E0203)"), "{}", imported.toml);
    assert_eq!(imported.contacts, 2);
}

#[test]
fn csv_from_a_spreadsheet_and_csv_without_services() {
    // A byte order mark and Windows line ends, as spreadsheets write them.
    let services = "\u{feff}id,name,status\r\ndesk,\"Example \"\"Return\"\" Desk\",active\r\n";
    let files = csv_files(vec![("services.csv", services.into())], "dir");
    let imported = hsds::import_csv(&files, "dir");
    let diags = rendered_csv(&imported, &files);
    assert_eq!(imported.contacts, 1);
    assert!(imported.toml.contains(r#"name = "Example \"Return\" Desk""#), "{}", imported.toml);
    assert!(
        diags.len() == 1 && diags[0].contains("[W0605]") && diags[0].contains("dir/services.csv:2:6\n"),
        "{diags:?}"
    );

    let files = csv_files(vec![("phones.csv", "id,service_id,number\np1,s1,+32 2 000 00 00\n".into())], "dir");
    let imported = hsds::import_csv(&files, "dir");
    let codes: Vec<&str> = imported.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["E0608", "E0609"], "{:?}", imported.diagnostics);
    assert_eq!(imported.contacts, 0);
    // An empty table has no columns.
    let files = csv_files(vec![("services.csv", String::new())], "dir");
    let imported = hsds::import_csv(&files, "dir");
    assert_eq!(imported.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(), ["E0608"]);
}

/// `"x_avenir_confidential": "yes"` (a string) is an error, and the contact is imported as
/// confidential: its address and website left out, never published by a typo.
#[test]
fn a_confidential_flag_that_is_not_a_boolean_is_read_as_confidential() {
    let text = r#"[{ "id": "s1", "name": "Safe house", "x_avenir_confidential": "yes",
  "url": "https://example.org/safe",
  "locations": [{ "id": "l1", "addresses": [{ "id": "a1", "address_1": "Rue Secrète 1, 1000 Bruxelles" }] }] }]"#;
    let imported = hsds::import(text, "safe.json");
    let diags = rendered(&imported, text, "safe.json");
    assert!(has(&diags, "E0003", "1:63"), "{}", diags.join("\n"));
    assert!(imported.toml.contains("confidential = true"), "{}", imported.toml);
    assert!(!imported.toml.contains("\naddress =") && !imported.toml.contains("\nwebsite ="), "{}", imported.toml);
}

// ------------------------------------------------------------------------------------------
// An embedding site's HSDS, in the browser (`hsds::for_site`, then `site::check`)
// ------------------------------------------------------------------------------------------

const SITE: &str = "https://cso.example/hsds/";

fn json_file(name: &str, text: &str) -> hsds::SiteFile {
    hsds::SiteFile { name: format!("{SITE}{name}"), table: String::new(), text: text.to_string() }
}

/// The fixture directory's tables, each at an address of its own name but `phones.csv`, which
/// is at `phone-numbers.csv` (a datapackage's `path` need not be its table's name).
fn site_tables(extra: &[(&str, &str)]) -> Vec<hsds::SiteFile> {
    let dir = root().join("tests/hsds/directory");
    let mut files: Vec<hsds::SiteFile> = fs::read_csv(&dir)
        .unwrap()
        .into_iter()
        .map(|f| {
            let table = f.path.rsplit('/').next().unwrap().to_string();
            let at = if table == "phones.csv" { "phone-numbers.csv".to_string() } else { table.clone() };
            hsds::SiteFile { name: format!("{SITE}{at}"), table, text: f.text }
        })
        .collect();
    files.extend(extra.iter().map(|(table, text)| hsds::SiteFile {
        name: format!("{SITE}{table}"),
        table: (*table).to_string(),
        text: (*text).to_string(),
    }));
    files
}

/// The fixture's JSON page with a source for each service (and `more`, merged into each).
fn sourced_json(more: serde_json::Value) -> String {
    let (text, _) = fixture("directory.json");
    let mut page: serde_json::Value = serde_json::from_str(&text).unwrap();
    for s in page["contents"].as_array_mut().unwrap() {
        s["x_avenir_sources"] =
            serde_json::json!([{ "url": "https://example.org/directory", "checked": "2026-11-20" }]);
        for (k, v) in more.as_object().unwrap() {
            s[k] = v.clone();
        }
    }
    serde_json::to_string_pretty(&page).unwrap()
}

/// The site's contacts as the widget checks them: `site::check` on the converted TOML.
fn site_checked(toml: &str, name: &str) -> Result<Vec<Contact>, Vec<String>> {
    avenir_content::site::check(&default_files(), name, toml, None).map(|(site, _)| site.contacts)
}

#[test]
fn a_sites_hsds_json_gives_its_contacts() {
    let json = sourced_json(serde_json::json!({ "x_avenir_kind": "legal-advice", "x_avenir_countries": ["BE"] }));
    let out = hsds::for_site(&[json_file("services.json", &json)]);
    assert_eq!(out.problems, Vec::<String>::new());
    let toml = out.toml.expect("contacts");
    let contacts = site_checked(&toml, &format!("{SITE}services.json, converted to contacts.toml")).unwrap();
    let names: Vec<&str> = contacts.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        ["Example Welcome Association – Example Return Desk", "Example Welcome Association – Example Night Line"]
    );
    assert!(contacts.iter().all(|c| c.kind == avenir_core::model::ContactKind::LegalAdvice && c.countries == ["BE"]));
    assert_eq!(contacts[0].sources[0].url, "https://example.org/directory");
    assert_eq!(contacts[1].phone.as_ref().unwrap().display, "116 006");
}

#[test]
fn a_sites_hsds_csv_tables_give_its_contacts() {
    let sources = "service_id,url,checked\n\
                   3f2a1c9e-8b7d-4e6f-9a1b-2c3d4e5f6a7b,https://example.org/directory,2026-11-20\n\
                   7e6d5c4b-3a29-4187-a6b5-c4d3e2f1a0b9,https://example.org/night,2026-11-21\n";
    let out = hsds::for_site(&site_tables(&[("x_avenir_sources.csv", sources)]));
    assert_eq!(out.problems, Vec::<String>::new());
    let contacts = site_checked(&out.toml.unwrap(), "datapackage.json, converted to contacts.toml").unwrap();
    assert_eq!(contacts.len(), 2);
    assert_eq!(contacts[0].phone.as_ref().unwrap().display, "+32 2 000 00 00", "phones.csv read by its table name");
    assert_eq!(contacts[1].sources[0].url, "https://example.org/night");
}

#[test]
fn a_sites_hsds_error_is_placed_in_its_file_and_refuses_the_contacts() {
    // JSON: the file's address, line and column.
    let (text, _) = fixture("errors.json");
    let out = hsds::for_site(&[json_file("errors.json", &text)]);
    assert!(out.toml.is_none(), "a file with errors gives no contacts");
    let all = out.problems.join("\n");
    assert!(all.contains("error[E0203]") && all.contains(&format!("--> {SITE}errors.json:10:29\n")), "{all}");

    // CSV: placed in the file it is in, named by its address (not its table).
    let sources = "service_id,url,checked\n3f2a1c9e-8b7d-4e6f-9a1b-2c3d4e5f6a7b,https://example.org/a,2026-11-20\n\
                   7e6d5c4b-3a29-4187-a6b5-c4d3e2f1a0b9,https://example.org/b,2026-11-20\n";
    let mut files = site_tables(&[("x_avenir_sources.csv", sources)]);
    let phones = files.iter_mut().find(|f| f.table == "phones.csv").unwrap();
    phones.text = phones.text.replace("+32 2 000 00 00", "02 000 00 00");
    let out = hsds::for_site(&files);
    assert!(out.toml.is_none());
    let all = out.problems.join("\n");
    assert!(all.contains("error[E0203]"), "{all}");
    assert!(all.contains(&format!("--> {SITE}phone-numbers.csv:2:79\n")), "{all}");
    assert!(all.contains("2 | a1b2c3d4-0000-4000-8000-000000000001,,3f2a"), "the line is shown: {all}");

    // A table that does not exist, or none at all: said, never a blank.
    let out = hsds::for_site(&[]);
    assert_eq!((out.toml, out.problems), (None, vec!["no HSDS file was given".to_string()]));
    let out = hsds::for_site(&[json_file("empty.json", "[]")]);
    assert_eq!(out.problems, [format!("{SITE}empty.json: no HSDS service in it")]);
}

#[test]
fn a_sites_hsds_without_sources_is_an_error_saying_what_to_add() {
    // JSON: the fixture has no `x_avenir_sources`.
    let (text, _) = fixture("directory.json");
    let out = hsds::for_site(&[json_file("services.json", &text)]);
    assert!(out.toml.is_none(), "a contact without a source is never accepted");
    assert_eq!(out.problems.len(), 2, "{:?}", out.problems);
    let first = &out.problems[0];
    assert!(
        first.starts_with("error[E0401]: `Example Welcome Association – Example Return Desk` has no source"),
        "{first}"
    );
    assert!(first.contains(&format!("--> {SITE}services.json:12:15\n")), "{first}");
    assert!(
        first.contains("\"x_avenir_sources\": [{ \"url\": \"https://…\", \"checked\": \"2026-11-23\" }]"),
        "{first}"
    );
    // CSV: the row to add to which table.
    let out = hsds::for_site(&site_tables(&[]));
    assert!(out.toml.is_none());
    assert!(
        out.problems.iter().all(|p| p.starts_with("error[E0401]") && p.contains("`x_avenir_sources.csv`")),
        "{:?}",
        out.problems
    );
    // And the import's own TOML, used anyway, is refused by the checker: no source is invented.
    let toml = hsds::import(&text, "services.json").toml;
    let refused = site_checked(&toml, "services.json, converted to contacts.toml").unwrap_err().join("\n");
    assert!(refused.contains("error[E0401]"), "{refused}");
}

#[test]
fn a_problem_only_the_content_format_shows_names_the_converted_file_and_its_line() {
    let json = sourced_json(serde_json::json!({ "x_avenir_needs": ["housin"] }));
    let out = hsds::for_site(&[json_file("services.json", &json)]);
    let name = format!("{SITE}services.json, converted to contacts.toml");
    let problems = site_checked(&out.toml.unwrap(), &name).unwrap_err().join("\n");
    assert!(problems.contains(&format!("--> {name}:")), "{problems}");
    assert!(problems.contains("| needs = [\"housin\"]"), "the TOML line is shown: {problems}");
    assert!(problems.contains("housing"), "with a hint: {problems}");
}

#[test]
fn embed_js_fetches_the_tables_the_import_reads() {
    let embed = std::fs::read_to_string(root().join("../../www/embed.js")).unwrap();
    let line = embed.lines().find(|l| l.starts_with("const HSDS_TABLES")).expect("HSDS_TABLES in embed.js");
    let listed: Vec<String> = line.split('\'').skip(1).step_by(2).map(|t| format!("{t}.csv")).collect();
    assert_eq!(listed, hsds::table_names().collect::<Vec<_>>());
}

#[test]
fn a_json_syntax_error_at_a_character_of_several_bytes_starts_at_that_character() {
    // Found by the fuzzer (crates/avenir-fuzz): the place was the character's last byte.
    for json in ["[{\"name\":\"é", "[{\"name\":\"\u{FFFD}", "[{\"\":\"\"},\u{FFFD}]"] {
        let imported = hsds::import(json, "x.json");
        let d = &imported.diagnostics[0];
        assert_eq!(d.code, "E0601");
        assert!(json.is_char_boundary(d.span.start), "{json:?}: {:?}", d.span);
    }
}

#[test]
fn a_service_whose_only_schedule_is_temporary_gets_no_hours() {
    // Found by the fuzzer (crates/avenir-fuzz): the hours were written as the empty text, which
    // the core refuses (a debug assertion in the import; `hours = ""` refused in a release).
    let json = r#"[{ "name": "E", "schedules": [ { "valid_to": "2026-12-31", "byday": "MO",
        "opens_at": "09:00", "closes_at": "12:00" } ] }]"#;
    let imported = hsds::import(json, "x.json");
    assert!(imported.diagnostics.iter().any(|d| d.code == "W0606"), "{:?}", imported.diagnostics);
    assert!(!imported.toml.lines().any(|l| l.starts_with("hours")), "{}", imported.toml);
}

#[test]
fn of_two_equal_keys_the_last_is_read_as_json_parsers_do() {
    let json = r#"[{ "name": "First", "name": "Second", "phones": [{ "number": "+32 2 000 00 00" }] }]"#;
    let parsed: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(parsed[0]["name"], "Second", "serde_json keeps the last");
    let imported = hsds::import(json, "dup.json");
    assert!(imported.toml.contains("name = \"Second\""), "{}", imported.toml);
    assert!(!imported.toml.contains("First"), "{}", imported.toml);
}

#[test]
fn a_byte_order_mark_is_passed_over_in_json_as_in_csv() {
    let json = "[\n  { \"name\": \"Example Desk\", \"phones\": [ { \"number\": \"02 000 00 02\" } ] }\n]\n";
    let plain = hsds::import(json, "a.json");
    let with_bom = format!("\u{feff}{json}");
    let marked = hsds::import(&with_bom, "a.json");
    assert!(!marked.diagnostics.iter().any(|d| d.code == "E0601"), "{:?}", marked.diagnostics);
    assert_eq!(marked.toml, plain.toml);
    // The same problem, at the same line and column (line 2: the mark is on line 1).
    let place = |text: &str, i: &Imported| {
        let d = i.diagnostics.iter().find(|d| d.code == "E0203").expect("the phone number refused");
        SourceFile { path: "a.json".into(), text: text.into() }.line_col(d.span.start)
    };
    assert_eq!(place(&with_bom, &marked), place(json, &plain));
    // A syntax error after the mark is placed in the whole text too.
    let broken = hsds::import("\u{feff}[\n  { \"name\": }\n]", "b.json");
    let d = &broken.diagnostics[0];
    assert_eq!(d.code, "E0601");
    let file = SourceFile { path: "b.json".into(), text: "\u{feff}[\n  { \"name\": }\n]".into() };
    assert_eq!(file.line_col(d.span.start), (2, 13));
    // And CSV the same way.
    let csv = |bom: &str| {
        let services = format!("{bom}id,name\ns1,Example Desk\n");
        let phones = "id,service_id,number\np1,s1,+32 2 000 00 00\n".to_string();
        let files = csv_files(vec![("services.csv", services), ("phones.csv", phones)], "t");
        hsds::import_csv(&files, "t").toml
    };
    assert_eq!(csv("\u{feff}"), csv(""));
}
