//! `.taplo.toml` (the editors' TOML tool): it parses, its rules name the schemas, and its
//! `[formatting]` keeps the content files as authors write them, so that a format-on-save
//! does not rewrite them (nothing reordered, aligned, expanded or collapsed; criteria indented
//! under their programme, test cases flat).

use toml::{Table, Value};

#[test]
fn taplo_formatting_keeps_the_content_files_as_written() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../.taplo.toml");
    let config: Table = std::fs::read_to_string(path).unwrap().parse().expect(".taplo.toml is TOML");
    let formatting = config["formatting"].as_table().expect("a [formatting] section");
    let want = [
        ("reorder_keys", Value::Boolean(false)),
        ("reorder_arrays", Value::Boolean(false)),
        ("align_entries", Value::Boolean(false)),
        ("align_comments", Value::Boolean(false)),
        ("array_auto_expand", Value::Boolean(false)),
        ("array_auto_collapse", Value::Boolean(false)),
        ("compact_arrays", Value::Boolean(true)),
        ("compact_inline_tables", Value::Boolean(false)),
        ("indent_tables", Value::Boolean(false)),
        ("indent_string", Value::String("  ".into())),
        ("trailing_newline", Value::Boolean(true)),
        ("crlf", Value::Boolean(false)),
    ];
    for (key, value) in &want {
        assert_eq!(formatting.get(*key), Some(value), "[formatting] {key}");
    }
    assert!(formatting["allowed_blank_lines"].as_integer() >= Some(2));
    assert!(formatting["column_width"].as_integer() >= Some(200), "no line is wrapped");
    // Taplo's own keys only (a misspelt key is ignored by Taplo, silently).
    const KNOWN: [&str; 19] = [
        "align_entries",
        "align_comments",
        "align_single_comments",
        "array_trailing_comma",
        "array_auto_expand",
        "inline_table_expand",
        "array_auto_collapse",
        "compact_arrays",
        "compact_inline_tables",
        "compact_entries",
        "column_width",
        "indent_tables",
        "indent_entries",
        "indent_string",
        "trailing_newline",
        "reorder_keys",
        "reorder_arrays",
        "allowed_blank_lines",
        "crlf",
    ];
    for key in formatting.keys() {
        assert!(KNOWN.contains(&key.as_str()), "[formatting] {key} is not a Taplo option");
    }
    // The content rule indents criteria under their programme, as the files do; tests stay flat.
    let rules = config["rule"].as_array().unwrap();
    let rule = |name: &str| rules.iter().find(|r| r["name"].as_str() == Some(name)).unwrap();
    assert_eq!(rule("avenir-content")["formatting"]["indent_tables"].as_bool(), Some(true));
    assert_eq!(rule("avenir-content")["schema"]["path"].as_str(), Some("docs/schema/avenir-content.schema.json"));
    assert!(rule("avenir-tests").get("formatting").is_none());
}
