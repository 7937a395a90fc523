//! `hsds export` against the official Open Referral HSDS 3.0 JSON schemas (vendored, with their
//! licence, in `tests/hsds/spec/`): every exported service valid, formats (`uuid`, `uri`,
//! `email`) checked too; and the official examples imported without losing a location or a
//! schedule silently.
#![cfg(feature = "hsds")]

use std::collections::BTreeMap;
use std::path::PathBuf;

use avenir_content::{check, fs, hsds};
use jsonschema::{Draft, Registry, Resource};
use serde_json::Value;

fn spec() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/hsds/spec")
}

const BASE: &str = "https://openreferral.test/schema/";

/// Each violation of the service schema, as `instance path (schema keyword)`, counted over the
/// services.
fn violations(services: &[Value]) -> BTreeMap<String, usize> {
    let mut resources = Vec::new();
    for e in std::fs::read_dir(spec().join("schema")).unwrap() {
        let p = e.unwrap().path();
        let schema: Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
        let uri = format!("{BASE}{}", p.file_name().unwrap().to_string_lossy());
        resources.push((uri, Resource::from_contents(schema)));
    }
    let registry = Registry::new().extend(resources).unwrap().prepare().unwrap();
    let service: Value =
        serde_json::from_str(&std::fs::read_to_string(spec().join("schema/service.json")).unwrap()).unwrap();
    let validator = jsonschema::options()
        .with_draft(Draft::Draft202012)
        .with_base_uri(format!("{BASE}service.json"))
        .with_registry(&registry)
        .should_validate_formats(true)
        .build(&service)
        .expect("the HSDS service schema compiles");
    let mut count = BTreeMap::new();
    for s in services {
        for e in validator.iter_errors(s) {
            // Array indexes folded, so that the same violation of every service counts once.
            let path: String = e
                .instance_path()
                .as_str()
                .split('/')
                .map(|p| if p.parse::<usize>().is_ok() { "*" } else { p })
                .collect::<Vec<_>>()
                .join("/");
            let keyword = e.schema_path().as_str().rsplit('/').next().unwrap_or("").to_string();
            let what = if keyword == "required" { format!(": {e}") } else { String::new() };
            *count.entry(format!("{path} ({keyword}){what}")).or_insert(0) += 1;
        }
    }
    count
}

fn default_export() -> Vec<Value> {
    let files = fs::read_dir(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../assessments/default")).unwrap();
    let a = check(&files, None).assessment.expect("the default content is valid");
    hsds::export(&a.contacts).as_array().unwrap().clone()
}

#[test]
fn the_schema_validator_finds_violations() {
    // The validator is not a test that cannot fail: a service without its required fields and
    // with a non-UUID id is refused.
    let bad = serde_json::json!([{ "id": "not-a-uuid", "name": "x" }]);
    let found = violations(bad.as_array().unwrap());
    assert!(found.keys().any(|k| k.starts_with("/id (format)")), "{found:#?}");
    assert!(found.keys().any(|k| k.starts_with(" (required): \"status\"")), "{found:#?}");
    // The official example is valid.
    let example: Value =
        serde_json::from_str(&std::fs::read_to_string(spec().join("examples/service_full.json")).unwrap()).unwrap();
    assert_eq!(violations(&[example]), BTreeMap::new());
}

#[test]
fn the_export_is_valid_hsds_3() {
    let services = default_export();
    assert!(services.len() > 30, "{} services", services.len());
    let found = violations(&services);
    let total: usize = found.values().sum();
    assert!(found.is_empty(), "{total} violations in {} services:\n{found:#?}", services.len());
}

/// What an import of the official examples says it left out, and its TOML.
fn imported(imported: &hsds::Imported) -> (Vec<String>, &str) {
    let said = imported.diagnostics.iter().map(|d| format!("{} {}", d.code, d.message)).collect();
    (said, &imported.toml)
}

#[test]
fn the_official_examples_are_imported_without_losing_a_location_or_a_schedule_silently() {
    let json = std::fs::read_to_string(spec().join("examples/service_full.json")).unwrap();
    let from_json = hsds::import(&json, "service_full.json");
    let csv = fs::read_csv(&spec().join("examples/csv")).unwrap();
    let from_csv = hsds::import_csv(&csv, "csv");
    for result in [&from_json, &from_csv] {
        let (said, toml) = imported(result);
        assert_eq!(result.contacts, 1, "{said:#?}");
        // Its one location has only a postal address: imported, with its town.
        assert!(toml.contains("address = \"1-30 Main Street, MyVillage, ABC 1234 MyCity\""), "{toml}");
        assert!(toml.contains("city = \"MyCity\"\npostal_code = \"ABC 1234\""), "{toml}");
        // Its one schedule is temporary, and the location has one more: both said to be left out.
        let left_out = |what: &str| said.iter().any(|s| s.starts_with("W0606") && s.contains(what));
        assert!(left_out("a schedule valid only until 2005-01-01 is left out"), "{said:#?}");
        assert!(left_out("the schedules of a location are left out"), "{said:#?}");
    }
    // The tables the import does not read are named too.
    let (said, _) = imported(&from_csv);
    assert!(said.iter().any(|s| s.contains("`funding.csv` is not read")), "{said:#?}");
}

#[test]
fn a_second_location_with_an_address_is_said_to_be_left_out() {
    let location = |name: &str, street: &str| {
        serde_json::json!({ "location": { "name": name, "location_type": "physical",
            "addresses": [{ "address_1": street, "city": "Brussels", "postal_code": "1000", "address_type": "physical" }] } })
    };
    let service = serde_json::json!([{ "id": "x", "name": "Desk", "phones": [{ "number": "+32 2 000 00 00" }],
        "service_at_locations": [location("Main", "Street 1"), location("Annex", "Street 2")] }]);
    let imported = hsds::import(&serde_json::to_string_pretty(&service).unwrap(), "two.json");
    assert!(imported.toml.contains("address = \"Street 1, 1000 Brussels\""), "{}", imported.toml);
    let said: Vec<&str> = imported.diagnostics.iter().map(|d| d.message.as_str()).collect();
    assert!(said.iter().any(|m| m.contains("the location `Annex` is left out")), "{said:#?}");
    assert!(!said.iter().any(|m| m.contains("`Main`")), "{said:#?}");
}
