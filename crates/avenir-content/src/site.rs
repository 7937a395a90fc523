//! An embedding site's own contacts (`<avenir-assessment contacts="…">`, docs/embedding.md):
//! a file of `[[contact]]` tables in the content format, checked by the same checker as
//! `avenir lint`, together with the content the widget runs (so that rules, needs, languages
//! and countries are checked against it). A contact with the id of one of the content's
//! replaces it (a CSO's own entry, kept current by the CSO); any other id is added.
//! Runs in the browser too (crate `avenir-config`, a second wasm module loaded only when a site
//! gives contacts), so it does no I/O.

use avenir_core::model::Contact;

use crate::diag::{Severity, SourceFile, render};

/// The site's contacts, checked; or every problem, rendered as `avenir lint` prints it (file,
/// line, column, the line underlined, a hint). Warnings are returned with the contacts.
pub fn contacts(content: &[SourceFile], name: &str, text: &str) -> Result<(Vec<Contact>, Vec<String>), Vec<String>> {
    let ids = contact_ids(text);
    let mut files: Vec<SourceFile> =
        content.iter().map(|f| SourceFile { path: f.path.clone(), text: without(&f.text, &ids) }).collect();
    // The checker reads `.toml` files as content: a site's file is one whatever its address.
    let path = if name.ends_with(".toml") { name.to_string() } else { format!("{name}.toml") };
    files.push(SourceFile { path, text: text.to_string() });
    let checked = crate::check(&files, None);
    let site = files.len() - 1;
    // Every error (a clash may be reported on the default file), and the site file's warnings.
    let shown: Vec<String> = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error || d.file == site)
        .map(|d| render(d, &files))
        .collect();
    match checked.assessment {
        Some(_) if ids.is_empty() => Err(vec![format!("{name}: no [[contact]] in it")]),
        Some(a) => Ok((a.contacts.into_iter().filter(|c| ids.contains(&c.id)).collect(), shown)),
        None => Err(shown),
    }
}

/// The `[[contact]]` tables of a TOML text: (first line, end line, its `id` if written plainly).
fn contact_tables(text: &str) -> Vec<(usize, usize, Option<String>)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut tables = Vec::new();
    for (start, _) in lines.iter().enumerate().filter(|(_, l)| l.trim() == "[[contact]]") {
        let end = (start + 1..lines.len()).find(|&i| lines[i].trim_start().starts_with('[')).unwrap_or(lines.len());
        let id = lines[start + 1..end].iter().find_map(|l| {
            let (key, value) = l.split_once('=')?;
            (key.trim() == "id").then(|| value.trim().trim_matches('"').to_string())
        });
        tables.push((start, end, id));
    }
    tables
}

/// The ids of the contacts in a site's file.
fn contact_ids(text: &str) -> Vec<String> {
    contact_tables(text).into_iter().filter_map(|(_, _, id)| id).collect()
}

/// `text` without the contact tables whose id is in `ids`: their lines are left empty, so that
/// every other line keeps its number in the messages.
fn without(text: &str, ids: &[String]) -> String {
    let gone: Vec<(usize, usize)> = contact_tables(text)
        .into_iter()
        .filter(|(_, _, id)| id.as_ref().is_some_and(|id| ids.contains(id)))
        .map(|(start, end, _)| (start, end))
        .collect();
    if gone.is_empty() {
        return text.to_string();
    }
    let kept: Vec<&str> = text
        .lines()
        .enumerate()
        .map(|(i, l)| if gone.iter().any(|(s, e)| (*s..*e).contains(&i)) { "" } else { l })
        .collect();
    kept.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> Vec<SourceFile> {
        crate::fs::read_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assessments/default"))
            .unwrap()
    }

    const GOOD: &str = r#"
[[contact]]
id = "example_cso"
name = "Example CSO"
applies = 'stay_country == "HR"'
countries = ["HR"]
needs = ["housing"]
website = "https://example.org/"
source = { url = "https://example.org/about", checked = 2026-11-23 }
"#;

    #[test]
    fn a_good_file_gives_its_contacts_only() {
        let (contacts, warnings) = contacts(&content(), "contacts.toml", GOOD).unwrap();
        assert_eq!(contacts.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["example_cso"]);
        assert_eq!(warnings, Vec::<String>::new());
        let legal = GOOD.replace("needs = [\"housing\"]", "kind = \"legal-advice\"");
        let (contacts, _) = super::contacts(&content(), "inline contacts", &legal).unwrap();
        assert_eq!(contacts.len(), 1, "a name without .toml");
    }

    #[test]
    fn a_mistake_is_reported_with_file_line_and_column() {
        let bad = GOOD.replace("stay_country", "stay_contry").replace("website", "web_site");
        let problems = contacts(&content(), "https://cso.example/contacts.toml", &bad).unwrap_err();
        let all = problems.join("\n");
        assert!(all.contains("--> https://cso.example/contacts.toml:5:12"), "{all}");
        assert!(all.contains("stay_country"), "a hint names the right question: {all}");
        assert!(all.contains("--> https://cso.example/contacts.toml:8:1"), "{all}");
        let empty = contacts(&content(), "empty.toml", "# nothing\n").unwrap_err();
        assert_eq!(empty, ["empty.toml: no [[contact]] in it"]);
    }

    #[test]
    fn an_id_of_the_default_content_replaces_that_contact() {
        let own = GOOD.replace("example_cso", "pro_asyl").replace("\"HR\"", "\"DE\"");
        let (contacts, _) = contacts(&content(), "contacts.toml", &own).unwrap();
        assert_eq!(contacts.len(), 1);
        assert_eq!((contacts[0].id.as_str(), contacts[0].name.as_str()), ("pro_asyl", "Example CSO"));
        // Twice the same id in the site's file is an error, as in the content.
        assert!(super::contacts(&content(), "contacts.toml", &format!("{GOOD}{GOOD}")).is_err());
    }

    #[test]
    fn removing_a_table_keeps_the_line_numbers() {
        let text = "a = 1\n[[contact]]\nid = \"x\"\nname = \"X\"\n\n[[contact]]\nid = \"y\"\n";
        assert_eq!(without(text, &["x".into()]), "a = 1\n\n\n\n\n[[contact]]\nid = \"y\"\n");
        assert_eq!(contact_ids(text), ["x", "y"]);
        assert_eq!(without(text, &["z".into()]), text);
    }
}
