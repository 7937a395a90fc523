//! The JSON Schemas in `docs/schema/` give editors completion and hover help for the content files
//! (through Taplo, see `.taplo.toml`); the reader is what really checks them. This test keeps the
//! two in step: for each kind of table, the property names in the schema must be exactly the keys
//! the reader allows, and every table schema must refuse other keys.
//!
//! The reader's keys are taken from the source text of `src/build/` and `src/cases.rs`, so that
//! the reader needs no change for this test. What the parsing assumes (when one of these stops
//! holding, the test fails and names the call, rather than passing silently):
//! - a table's keys are listed in an `x.allow_keys(KEYS, d)` call, where KEYS is a literal
//!   `&["a", "b", …]` or the name of a `const NAME: … = &[…];` (or `[…]`) in the same file;
//! - the table a call checks is named by the last `Table::new(…, "what", …)` or `what: "…"`
//!   before the call in the same function, or else by the function's name (`fn question`);
//! - each such name appears in [`TABLES`] below, which says where its schema is.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::Value;

const CONTENT: &str = "avenir-content.schema.json";
const TESTS: &str = "avenir-tests.schema.json";

/// (source file, name of the table in that file, schema file, JSON pointer to the table's schema).
/// The `source` table has two schemas: the one for `source = {…}` and the one for list items.
const TABLES: &[(&str, &str, &str, &str)] = &[
    ("build.rs", "the file", CONTENT, ""),
    ("build.rs", "[assessment]", CONTENT, "/properties/assessment"),
    ("build.rs", "a language", CONTENT, "/definitions/language"),
    ("build.rs", "list", CONTENT, "/definitions/list"),
    ("build.rs", "question", CONTENT, "/definitions/question"),
    ("build.rs", "programme", CONTENT, "/definitions/programme"),
    ("build.rs", "a criterion", CONTENT, "/definitions/criterion"),
    ("build.rs", "need", CONTENT, "/definitions/need"),
    ("build.rs", "contact", CONTENT, "/definitions/contact"),
    ("build.rs", "`source`", CONTENT, "/definitions/source"),
    ("build.rs", "`source`", CONTENT, "/definitions/source_entry"),
    ("cases.rs", "a test file", TESTS, ""),
    ("cases.rs", "case", TESTS, "/definitions/case"),
    ("cases.rs", "`expect`", TESTS, "/definitions/expect"),
];

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Ident(String),
    Str(String),
    Punct(char),
}

/// A minimal Rust lexer: identifiers, string literals (plain, byte and raw) and punctuation, each
/// with its line; comments, char literals, lifetimes and numbers are skipped.
fn lex(src: &str) -> Vec<(Tok, usize)> {
    let c: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    let at = |i: usize| c.get(i).copied().unwrap_or('\0');
    while i < c.len() {
        let ch = c[i];
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if ch.is_whitespace() {
            i += 1;
        } else if ch == '/' && at(i + 1) == '/' {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    line += usize::from(c[i] == '\n');
                    i += 1;
                }
            }
        } else if ch == '"' || (ch == 'b' && at(i + 1) == '"') {
            let start_line = line;
            i += if ch == 'b' { 2 } else { 1 };
            let mut s = String::new();
            while i < c.len() && c[i] != '"' {
                if c[i] == '\\' {
                    s.push(at(i + 1));
                    i += 2;
                } else {
                    line += usize::from(c[i] == '\n');
                    s.push(c[i]);
                    i += 1;
                }
            }
            i += 1;
            out.push((Tok::Str(s), start_line));
        } else if (ch == 'r' || (ch == 'b' && at(i + 1) == 'r'))
            && matches!(at(i + 1 + usize::from(ch == 'b')), '"' | '#')
            && {
                let mut j = i + 1 + usize::from(ch == 'b');
                while at(j) == '#' {
                    j += 1;
                }
                at(j) == '"'
            }
        {
            // Raw string: r"…", r#"…"#, br"…".
            let start_line = line;
            i += 1 + usize::from(ch == 'b');
            let mut hashes = 0;
            while at(i) == '#' {
                hashes += 1;
                i += 1;
            }
            i += 1;
            let close: String = std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
            let rest: String = c[i..].iter().collect();
            let end = rest.find(&close).unwrap_or(rest.len());
            let s: String = rest[..end].to_string();
            line += s.matches('\n').count();
            i += s.chars().count() + close.chars().count();
            out.push((Tok::Str(s), start_line));
        } else if ch == '\'' {
            // A char literal ('x', '\n', '\u{2068}') or a lifetime ('a).
            if at(i + 1) == '\\' {
                i += 2;
                while i < c.len() && c[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                i += 1;
            }
        } else if ch.is_alphabetic() || ch == '_' {
            let start = i;
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
            out.push((Tok::Ident(c[start..i].iter().collect()), line));
        } else if ch.is_ascii_digit() {
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_' || c[i] == '.') {
                i += 1;
            }
        } else {
            out.push((Tok::Punct(ch), line));
            i += 1;
        }
    }
    out
}

fn ident(t: Option<&(Tok, usize)>, name: &str) -> bool {
    matches!(t, Some((Tok::Ident(s), _)) if s == name)
}

fn punct(t: Option<&(Tok, usize)>, p: char) -> bool {
    matches!(t, Some((Tok::Punct(q), _)) if *q == p)
}

/// The string literals from the `[` at `toks[open]` to its matching `]`.
fn strings_in_brackets(toks: &[(Tok, usize)], open: usize) -> Vec<String> {
    let mut depth = 0;
    let mut out = Vec::new();
    for (t, _) in &toks[open..] {
        match t {
            Tok::Punct('[') => depth += 1,
            Tok::Punct(']') => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            Tok::Str(s) => out.push(s.clone()),
            _ => {}
        }
    }
    out
}

/// Every `allow_keys` call of a source file: (table name, line, keys).
fn allowed_keys(file: &str, src: &str) -> Vec<(String, usize, BTreeSet<String>)> {
    let toks = lex(src);
    // `const NAME: … = &[…];`
    let mut consts: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for i in 0..toks.len() {
        if let (true, Some((Tok::Ident(name), _))) = (ident(toks.get(i), "const"), toks.get(i + 1)) {
            let eq = (i..toks.len()).find(|&j| punct(toks.get(j), '=') || punct(toks.get(j), ';'));
            if let Some(eq) = eq.filter(|&j| punct(toks.get(j), '=')) {
                if let Some(open) = (eq..toks.len()).take(3).find(|&j| punct(toks.get(j), '[')) {
                    consts.insert(name.clone(), strings_in_brackets(&toks, open));
                }
            }
        }
    }
    let mut out = Vec::new();
    let mut function: Option<String> = None;
    let mut label: Option<String> = None;
    for i in 0..toks.len() {
        if let (true, Some((Tok::Ident(name), _))) = (ident(toks.get(i), "fn"), toks.get(i + 1)) {
            function = Some(name.clone());
            label = None;
        }
        // `Table::new(…, "what", …)`: its first string literal.
        if ident(toks.get(i), "Table")
            && punct(toks.get(i + 1), ':')
            && punct(toks.get(i + 2), ':')
            && ident(toks.get(i + 3), "new")
            && punct(toks.get(i + 4), '(')
        {
            let mut depth = 0;
            for (t, _) in &toks[i + 4..] {
                match t {
                    Tok::Punct('(') => depth += 1,
                    Tok::Punct(')') => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    Tok::Str(s) => {
                        label = Some(s.clone());
                        break;
                    }
                    _ => {}
                }
            }
        }
        // `what: "…"` in a `Table { … }` literal.
        if ident(toks.get(i), "what") && punct(toks.get(i + 1), ':') {
            if let Some((Tok::Str(s), _)) = toks.get(i + 2) {
                label = Some(s.clone());
            }
        }
        if ident(toks.get(i), "allow_keys") && punct(toks.get(i + 1), '(') {
            let line = toks[i].1;
            let keys = match (toks.get(i + 2), toks.get(i + 3)) {
                (Some((Tok::Punct('&'), _)), Some((Tok::Punct('['), _))) => strings_in_brackets(&toks, i + 3),
                (Some((Tok::Ident(name), _)), _) if consts.contains_key(name) => consts[name].clone(),
                _ if function.as_deref() == Some("allow_keys") => continue, // its definition
                other => panic!("{file}:{line}: cannot read the keys of this allow_keys call ({other:?})"),
            };
            let Some(table) = label.clone().or(function.clone()) else {
                panic!("{file}:{line}: allow_keys outside a function");
            };
            assert!(!keys.is_empty(), "{file}:{line}: allow_keys with no keys");
            out.push((table, line, keys.into_iter().collect()));
        }
    }
    out
}

/// A module's source: `src/<file>`, or, for a folder module (`build/`), its files joined in
/// name order (a `const` list in one file read where another uses it).
fn module_source(file: &str) -> String {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let path = src.join(file);
    if path.is_file() {
        return std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    let dir = src.join(file.trim_end_matches(".rs"));
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{} (nor {}): {e}", path.display(), dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{}: no .rs file", dir.display());
    files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect::<Vec<_>>().join("\n")
}

fn schema(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/schema").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display()))
}

#[test]
fn schema_properties_are_the_keys_the_reader_allows() {
    let schemas: BTreeMap<&str, Value> = [CONTENT, TESTS].into_iter().map(|n| (n, schema(n))).collect();
    let mut problems = Vec::new();
    let mut checked = BTreeSet::new();
    for file in ["build.rs", "cases.rs"] {
        let src = module_source(file);
        let calls = allowed_keys(file, &src);
        for (f, table, ..) in TABLES.iter().filter(|t| t.0 == file) {
            if !calls.iter().any(|(name, ..)| name == table) {
                problems.push(format!("{f}: no allow_keys call found for `{table}` (renamed? update TABLES)"));
            }
        }
        for (table, line, keys) in calls {
            let targets: Vec<_> = TABLES.iter().filter(|t| t.0 == file && t.1 == table).collect();
            if targets.is_empty() {
                problems.push(format!(
                    "{file}:{line}: allow_keys for `{table}` has no schema; add it to the schema and to TABLES"
                ));
            }
            for (_, _, schema_file, pointer) in targets {
                checked.insert((*schema_file, *pointer));
                let Some(s) = schemas[schema_file].pointer(pointer) else {
                    problems.push(format!("{schema_file}: no `{pointer}` (for `{table}`, {file}:{line})"));
                    continue;
                };
                let props: BTreeSet<String> =
                    s["properties"].as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default();
                let only_reader: Vec<_> = keys.difference(&props).collect();
                let only_schema: Vec<_> = props.difference(&keys).collect();
                if !only_reader.is_empty() || !only_schema.is_empty() {
                    problems.push(format!(
                        "`{table}` ({file}:{line}) vs {schema_file}#{pointer}: keys missing in the schema: \
                         {only_reader:?}; properties the reader refuses: {only_schema:?}"
                    ));
                }
                if s["additionalProperties"] != Value::Bool(false) {
                    problems.push(format!("{schema_file}#{pointer}: needs \"additionalProperties\": false"));
                }
            }
        }
    }
    // Every table schema is compared with the reader: none is left unchecked.
    for (name, s) in &schemas {
        let defs = s["definitions"].as_object().map(|o| o.keys().cloned().collect::<Vec<_>>()).unwrap_or_default();
        for d in defs {
            let pointer = format!("/definitions/{d}");
            if !checked.iter().any(|(f, p)| f == name && *p == pointer) {
                problems.push(format!("{name}#{pointer} is compared with no allow_keys call; add it to TABLES"));
            }
        }
    }
    assert!(problems.is_empty(), "the schemas and the reader disagree:\n  {}", problems.join("\n  "));
}

#[test]
fn the_lexer_reads_what_the_test_relies_on() {
    let src = r##"
        const KEYS: &[&str] = &["a", "b"];
        // t.allow_keys(&["commented"], d);
        fn first(t: &Table<'_, '_>) {
            let c = '"'; let e = '\\'; let r = r#"x"y"#;
            t.allow_keys(&[
                "x", "y",
            ], d);
        }
        fn second() {
            let t = Table::new(f, s, v, "a thing", d)?;
            t.allow_keys(KEYS, d);
        }
    "##;
    let calls = allowed_keys("test", src);
    let got: Vec<(String, Vec<String>)> = calls.into_iter().map(|(t, _, k)| (t, k.into_iter().collect())).collect();
    let want = [("first", vec!["x", "y"]), ("a thing", vec!["a", "b"])];
    let want: Vec<(String, Vec<String>)> =
        want.iter().map(|(t, k)| (t.to_string(), k.iter().map(|s| s.to_string()).collect())).collect();
    assert_eq!(got, want);
}
