//! An embedding site's own file (`<avenir-assessment contacts="…">`, docs/embedding.md): in the
//! content format, `[[contact]]` and `[[programme]]` tables and, under `[texts]`, their texts in
//! Fluent for each language the site writes (the content's default language at least), checked
//! by the same checker as `avenir lint` together with the content the widget runs (so that
//! rules, needs, contacts, languages and countries are checked against it). A contact with the
//! id of one of the content's replaces it (a CSO's own entry, kept current by the CSO); any
//! other contact, and every programme, is added: a programme needs an id of its own (to show
//! one's own version of a content programme, hide that one with `hide-programmes`).
//! Runs in the browser too (crate `avenir-config`, a second wasm module loaded only when a site
//! gives a file), so it does no I/O.

use std::ops::Range;

use avenir_core::embed::{Site, site_owns_text};
use avenir_core::model::ContactKind;
use avenir_core::text::Texts;
use toml::de::{DeTable, DeValue};

use crate::diag::{Diagnostic, Diags, Severity, SourceFile, render_all};

type Span = Range<usize>;

/// What a site's file may have.
const SITE_KEYS: [&str; 4] = ["contact", "programme", "texts", "list"];

/// The site's additions, checked; or every problem, rendered as `avenir lint` prints it (file,
/// line, column, the line underlined, a hint). Warnings are returned with the additions: those
/// of texts missing in a language (W0304) only for the languages the site offers (`offered`,
/// as its `languages` setting: all when `None` or empty).
///
/// A file with mistakes keeps what is valid: each error is placed in the part of the file it
/// is in (a `[[contact]]` or `[[programme]]` with its sub-tables, one language's texts or one
/// text of them, any other table), that part is left out (a contact's or programme's texts with
/// it) and the rest is checked again, at most [`ROUNDS`] times. The errors come back with the
/// additions, each part left out named after them (`error: left out …`), so that the author
/// knows exactly what the widget does not show and why; a valid contact, legal advice above
/// all, is never left out for another's mistake. Errors that no part of the site's file holds
/// (the file cannot be read at all, or a clash reported in the content) refuse the whole file.
pub fn check(
    content: &[SourceFile],
    name: &str,
    text: &str,
    offered: Option<&str>,
) -> Result<(Site, Vec<String>), Vec<String>> {
    let mut current = text.to_string();
    let mut errors: Vec<String> = Vec::new();
    let mut left_out: Vec<String> = Vec::new();
    for _ in 0..ROUNDS {
        let tried = attempt(content, name, &current, offered);
        let (site, reported, files) = match tried {
            Attempt::Checked { site, reported, files } => (site, reported, files),
            Attempt::Empty(problems) => return Err([errors, left_out, problems].concat()),
        };
        let failed: Vec<&Diagnostic> = reported.iter().filter(|d| d.severity == Severity::Error).collect();
        if failed.is_empty() {
            let Some(site) = site else { return Err([errors, left_out, render_all(&reported, &files)].concat()) };
            return Ok((site, [errors, left_out, render_all(&reported, &files)].concat()));
        }
        let parts = Parts::of(&current);
        let lines = crate::diag::LineIndex::new(&current);
        let at_site = files.len() - 1;
        let mut culprits: Vec<usize> = Vec::new();
        let mut chosen = vec![false; parts.parts.len()];
        // Errors placed elsewhere (texts the content lacks for a table the site may not have)
        // may be consequences of a part with an error of its own: that part goes first, and
        // they are looked at again without it.
        let mut placed: Vec<Diagnostic> = Vec::new();
        for d in &failed {
            let Some(part) = (d.file == at_site).then(|| parts.at(lines.line_of(d.span.start))).flatten() else {
                continue;
            };
            placed.push((*d).clone());
            for culprit in parts.culprits(part, &d.message) {
                if !chosen[culprit] {
                    chosen[culprit] = true;
                    culprits.push(culprit);
                }
            }
        }
        if culprits.is_empty() {
            return Err([errors, left_out, render_all(&reported, &files)].concat());
        }
        let failed = placed;
        errors.extend(render_all(&failed, &files));
        let mut gone: Vec<usize> = Vec::new();
        for (n, &part) in culprits.iter().enumerate() {
            if n < LEFT_OUT_SHOWN {
                left_out.push(format!(
                    "error: left out of {name}: {}, because of the error(s) above; the rest of the file is used",
                    parts.describe(part, name)
                ));
            }
            gone.extend(parts.with_texts(part));
        }
        if culprits.len() > LEFT_OUT_SHOWN {
            left_out.push(format!("error: … and {} more parts of {name} left out", culprits.len() - LEFT_OUT_SHOWN));
        }
        current = parts.blank(&current, &gone);
    }
    Err([
        errors,
        left_out,
        vec![format!("{name}: still has errors after leaving out {ROUNDS} rounds of parts: nothing of it is used")],
    ]
    .concat())
}

/// How many parts left out are named, each round (the host page shows 50 lines at most).
const LEFT_OUT_SHOWN: usize = 20;

/// How many times a site's file is checked again after leaving out the parts with errors.
const ROUNDS: usize = 4;

/// One check of a site's file: what it adds (when it has no error), its problems and the
/// files they are placed in (the site's last); or, for a file with nothing to add, why.
enum Attempt {
    Checked { site: Option<Site>, reported: Vec<Diagnostic>, files: Vec<SourceFile> },
    Empty(Vec<String>),
}

fn attempt(content: &[SourceFile], name: &str, text: &str, offered: Option<&str>) -> Attempt {
    let mut files: Vec<SourceFile> = content.to_vec();
    let site = files.len();
    let Read { contacts: own_contacts, programmes, texts, mut d } = read(site, text);
    let contacts: Vec<String> = own_contacts.iter().map(|(id, _)| id.clone()).collect();
    foreign_texts(text, &texts, &contacts, &programmes, site, &mut d);
    for f in &mut files {
        f.text = without(&f.text, &contacts);
    }
    // The checker reads `.toml` files as content: a site's file is one whatever its address.
    let path = if name.ends_with(".toml") { name.to_string() } else { format!("{name}.toml") };
    files.push(SourceFile { path, text: text.to_string() });
    let checked = crate::check(&files, None);
    d.0.extend(checked.diagnostics);
    if files[..site].iter().zip(content).any(|(f, c)| f.text != c.text) {
        protected_kept(content, &own_contacts, site, &mut d);
    }
    // Every error (a clash may be reported on the default file), and the site file's warnings.
    // Texts missing in a language (W0304) only for the languages the site offers.
    let offered: Vec<&str> = avenir_core::text::items(offered.unwrap_or("")).collect();
    let wanted = |d: &Diagnostic| {
        d.code != "W0304" || offered.is_empty() || offered.iter().any(|l| d.message.contains(&format!(" in {l}: ")))
    };
    // At most `diag::SHOWN_LIMIT` of them are rendered, and a line on the others: a hostile
    // file with 40,000 mistakes gives a short answer in the browser.
    let reported: Vec<Diagnostic> =
        d.0.into_iter().filter(|d| d.severity == Severity::Error || (d.file == site && wanted(d))).collect();
    let has_errors = reported.iter().any(|d| d.severity == Severity::Error);
    if !has_errors && contacts.is_empty() && programmes.is_empty() && texts.is_empty() {
        return Attempt::Empty(vec![format!("{name}: no [[contact]], [[programme]] or [texts] in it")]);
    }
    let site = match checked.assessment {
        Some(a) if !has_errors => Some(Site {
            contacts: a.contacts.into_iter().filter(|c| contacts.contains(&c.id)).collect(),
            programmes: a.programmes.into_iter().filter(|p| programmes.contains(&p.id)).collect(),
            texts,
        }),
        _ => None,
    };
    Attempt::Checked { site, reported, files }
}

/// The parts of a site's file that can be left out alone, by line (0-based): each top-level
/// table with its sub-tables (`[[programme.criterion]]`), and under `[texts]` each language's
/// string and each text in it. Read line by line, as an author sees the file: a line that
/// begins with `[` outside a multi-line string starts a table.
struct Parts {
    parts: Vec<Part>,
    /// For each line, the smallest part that holds it (`usize::MAX`: none).
    at_line: Vec<usize>,
    /// The site's contacts and programmes by (table, id), and each one's texts.
    items: std::collections::HashMap<(&'static str, String), usize>,
    texts_of: std::collections::HashMap<usize, Vec<usize>>,
}

struct Part {
    lines: Range<usize>,
    what: What,
}

enum What {
    /// `[[contact]]` or `[[programme]]` (the table's name), with its id if written plainly.
    Item(&'static str, Option<String>),
    /// Any other table, or a key outside any table.
    Table(String),
    /// One language's texts under `[texts]`.
    Language(String),
    /// One text: its language and key.
    Text(String, String),
}

impl Parts {
    fn of(text: &str) -> Parts {
        let lines: Vec<&str> = text.lines().collect();
        let mut parts: Vec<Part> = Vec::new();
        let mut table: Option<usize> = None;
        let mut language: Option<usize> = None;
        let mut in_string = false;
        for (i, line) in lines.iter().enumerate() {
            let trimmed = line.trim();
            let quotes = line.matches("\'\'\'").count() + line.matches("\"\"\"").count();
            if in_string {
                if let Some(l) = language {
                    parts[l].lines.end = i + 1;
                    if let Some(key) = message_key(line) {
                        let What::Language(tag) = &parts[l].what else { unreachable!() };
                        let tag = tag.clone();
                        parts.push(Part { lines: i..i + 1, what: What::Text(tag, key.to_string()) });
                    } else if line.starts_with([' ', '\t']) && !trimmed.is_empty() {
                        if let Some(last) = parts.last_mut().filter(|p| matches!(p.what, What::Text(..))) {
                            last.lines.end = i + 1;
                        }
                    }
                }
                if quotes % 2 == 1 {
                    in_string = false;
                    language = None;
                }
            } else if trimmed.starts_with('[') {
                let header = trimmed.trim_start_matches('[').split(']').next().unwrap_or("").trim();
                let sub = table.is_some_and(|t| match &parts[t].what {
                    What::Item(kind, _) => header.starts_with(&format!("{kind}.")),
                    _ => false,
                });
                if !sub {
                    let what = match header {
                        "contact" if trimmed.starts_with("[[") => What::Item("contact", None),
                        "programme" if trimmed.starts_with("[[") => What::Item("programme", None),
                        _ => What::Table(header.to_string()),
                    };
                    parts.push(Part { lines: i..i + 1, what });
                    table = Some(parts.len() - 1);
                }
            } else {
                let texts = table.is_some_and(|t| matches!(&parts[t].what, What::Table(h) if h == "texts"));
                match table {
                    Some(t) if texts && !trimmed.is_empty() && !trimmed.starts_with('#') => {
                        let tag = trimmed.split('=').next().unwrap_or("").trim().trim_matches('"').to_string();
                        parts.push(Part { lines: i..i + 1, what: What::Language(tag) });
                        if quotes % 2 == 1 {
                            in_string = true;
                            language = Some(parts.len() - 1);
                        }
                        let _ = t;
                    }
                    Some(t) => {
                        if let (What::Item(_, id @ None), Some((key, value))) =
                            (&mut parts[t].what, trimmed.split_once('='))
                        {
                            if key.trim() == "id" {
                                *id = Some(value.trim().trim_matches('"').to_string());
                            }
                        }
                        if quotes % 2 == 1 {
                            in_string = true;
                        }
                    }
                    None if !trimmed.is_empty() && !trimmed.starts_with('#') => {
                        parts.push(Part {
                            lines: i..i + 1,
                            what: What::Table(trimmed.split('=').next().unwrap_or("").trim().to_string()),
                        });
                        in_string = quotes % 2 == 1;
                    }
                    None => {}
                }
                continue;
            }
            if !in_string {
                if let Some(t) = table {
                    parts[t].lines.end = i + 1;
                }
            }
        }
        // A table runs to the line before the next top-level part.
        let starts: Vec<usize> = parts.iter().map(|p| p.lines.start).collect();
        for (n, part) in parts.iter_mut().enumerate() {
            if matches!(part.what, What::Item(..) | What::Table(_)) {
                let next = starts[n + 1..].iter().copied().find(|&s| s > part.lines.start);
                part.lines.end = part.lines.end.max(next.unwrap_or(lines.len()).min(lines.len()));
                while part.lines.end > part.lines.start + 1 && lines[part.lines.end - 1].trim().is_empty() {
                    part.lines.end -= 1;
                }
            }
        }
        let mut at_line = vec![usize::MAX; lines.len()];
        for rank in [2, 1, 0] {
            for (n, part) in parts.iter().enumerate().filter(|(_, p)| rank_of(&p.what) == rank) {
                for line in part.lines.clone().take_while(|&l| l < lines.len()) {
                    at_line[line] = n;
                }
            }
        }
        let mut items = std::collections::HashMap::new();
        for (n, part) in parts.iter().enumerate() {
            if let What::Item(kind, Some(id)) = &part.what {
                items.entry((*kind, id.clone())).or_insert(n);
            }
        }
        let mut parts = Parts { parts, at_line, items, texts_of: std::collections::HashMap::new() };
        for n in 0..parts.parts.len() {
            if let What::Text(_, key) = &parts.parts[n].what {
                if let Some(item) = parts.owner(key) {
                    parts.texts_of.entry(item).or_default().push(n);
                }
            }
        }
        parts
    }

    /// The smallest part that holds line `line` (a text before its language, a language
    /// before `[texts]`); none for a line outside every part.
    fn at(&self, line: usize) -> Option<usize> {
        self.at_line.get(line).copied().filter(|&n| n != usize::MAX)
    }

    /// What to leave out for an error in `part` that says `message`: a text of the site's own
    /// contact or programme takes the item (and so all its texts); an error placed at a
    /// language that names texts of the site's items (texts missing) takes those items; any
    /// other part goes alone.
    fn culprits(&self, part: usize, message: &str) -> Vec<usize> {
        match &self.parts[part].what {
            What::Text(_, key) => vec![self.owner(key).unwrap_or(part)],
            What::Language(_) => {
                let words = message.split(|c: char| c.is_whitespace() || c == ',' || c == ':' || c == '`');
                let mut items: Vec<usize> = words.filter_map(|w| self.owner(w)).collect();
                items.sort_unstable();
                items.dedup();
                if items.is_empty() { vec![part] } else { items }
            }
            _ => vec![part],
        }
    }

    /// `part` and, for a contact or programme, every text of it.
    fn with_texts(&self, part: usize) -> Vec<usize> {
        let mut out = vec![part];
        out.extend(self.texts_of.get(&part).into_iter().flatten().copied());
        out
    }

    /// The site's own contact or programme a text belongs to (`contact-<id>-…`,
    /// `programme-<id>…`, `criterion-<id>-…`; ids have no `-`).
    fn owner(&self, key: &str) -> Option<usize> {
        let (kind, rest) = if let Some(rest) = key.strip_prefix("contact-") {
            ("contact", rest)
        } else if let Some(rest) = key.strip_prefix("programme-").or_else(|| key.strip_prefix("criterion-")) {
            ("programme", rest)
        } else {
            return None;
        };
        let id = rest.split('-').next().unwrap_or(rest);
        self.items.get(&(kind, id.to_string())).copied()
    }

    /// How the author finds the part: what it is and its lines (1-based).
    fn describe(&self, part: usize, name: &str) -> String {
        let p = &self.parts[part];
        let lines = if p.lines.len() > 1 {
            format!("lines {}–{}", p.lines.start + 1, p.lines.end)
        } else {
            format!("line {}", p.lines.start + 1)
        };
        let what = match &p.what {
            What::Item(kind, Some(id)) => format!("the {kind} `{id}`"),
            What::Item(kind, None) => format!("a {kind} without an id"),
            What::Table(header) => format!("`{header}`"),
            What::Language(tag) => format!("the texts in `{tag}`"),
            What::Text(tag, key) => format!("the text `{key}` in `{tag}`"),
        };
        format!("{what} ({name}, {lines})")
    }

    /// `text` with the lines of `parts` left empty, so that every other line keeps its number.
    fn blank(&self, text: &str, parts: &[usize]) -> String {
        let count = self.at_line.len();
        let mut gone = vec![false; count];
        for &n in parts {
            for line in self.parts[n].lines.clone().take_while(|&l| l < count) {
                gone[line] = true;
            }
        }
        let kept: Vec<&str> = text.lines().enumerate().map(|(i, l)| if gone[i] { "" } else { l }).collect();
        kept.join("\n") + "\n"
    }
}

/// Tables first, then languages, then texts: the smaller part wins a line.
fn rank_of(what: &What) -> u8 {
    match what {
        What::Text(..) => 0,
        What::Language(_) => 1,
        _ => 2,
    }
}

/// The key of a Fluent message that starts on `line` (`key = …` at the line's start).
fn message_key(line: &str) -> Option<&str> {
    let (key, _) = line.split_once('=')?;
    let key = key.trim_end();
    let ok = !key.is_empty()
        && key.starts_with(|c: char| c.is_ascii_alphabetic())
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    ok.then_some(key)
}

/// E0404 at each of the site's contacts that would replace one of the content's independent
/// legal-advice or emergency contacts (by its id): a site adds its own beside them, never in
/// their place, so that no site can take legal advice or an emergency number away, nor put
/// something else under their label. The file is refused; the widget keeps its own contacts.
fn protected_kept(content: &[SourceFile], own: &[(String, Span)], file: usize, d: &mut Diags) {
    let Some(widget) = crate::check(content, None).assessment else { return };
    for (id, span) in own {
        let Some(theirs) = widget.contacts.iter().find(|c| c.id == *id) else { continue };
        let what = match theirs.kind {
            ContactKind::LegalAdvice => "independent legal-advice contacts",
            ContactKind::Emergency => "emergency contacts",
            ContactKind::Service => continue,
        };
        d.error(
            "E0404",
            file,
            span.clone(),
            format!("`{id}` is one of the widget's {what}: a site cannot replace it"),
            Some(
                "give your contact an id of its own: it is shown beside the widget's, as your organisation's; \
                 to correct the widget's entry, tell the widget's maintainers"
                    .into(),
            ),
        );
    }
}

/// E0002 at each text under `[texts]` that is not one of the site's own contacts' or
/// programmes' (`embed::site_owns_text`): a site never rewrites the widget's own texts (quick
/// exit, the privacy note, questions, answers, labels). Placed at the key's first line.
fn foreign_texts(text: &str, texts: &[Texts], contacts: &[String], programmes: &[String], file: usize, d: &mut Diags) {
    let contacts: Vec<&str> = contacts.iter().map(String::as_str).collect();
    let programmes: Vec<&str> = programmes.iter().map(String::as_str).collect();
    let mut seen: Vec<&str> = Vec::new();
    for key in texts.iter().flat_map(|t| t.messages.keys()) {
        // A selector's variants (`key[one]`: ftl's compilation) belong to their message.
        let owner = key.split('[').next().unwrap_or(key);
        if site_owns_text(owner, &contacts, &programmes) || seen.contains(&key.as_str()) {
            continue;
        }
        seen.push(key);
        let mut offset = 0;
        let at = text
            .split_inclusive('\n')
            .find_map(|line| {
                let start = offset;
                offset += line.len();
                let rest = line.strip_prefix(key.as_str())?;
                rest.trim_start().starts_with('=').then(|| start..start + key.len())
            })
            .unwrap_or(0..0);
        d.error(
            "E0002",
            file,
            at,
            format!("a site's file cannot write the text `{key}`: it is the widget's own"),
            Some(
                "a site writes only the texts of its own contacts (contact-<id>-about) and programmes \
                 (programme-<id>…, criterion-<id>-…); the widget's buttons, questions, answers and labels stay as they are"
                    .into(),
            ),
        );
    }
}

/// What a site's file has, from one reading of it: the ids of its contacts and programmes, its
/// texts (`[texts]`), and an error (E0002) for each part only the content can have (questions,
/// needs, languages, `[assessment]`). A syntax error is the checker's to report.
struct Read {
    /// Each `[[contact]]`'s id and where it is written.
    contacts: Vec<(String, Span)>,
    programmes: Vec<String>,
    texts: Vec<Texts>,
    d: Diags,
}

fn read(file: usize, text: &str) -> Read {
    let mut d = Diags::default();
    let (root, _) = DeTable::parse_recoverable(text);
    for (key, _) in root.get_ref().iter().filter(|(k, _)| !SITE_KEYS.contains(&k.get_ref().as_ref())) {
        d.error(
            "E0002",
            file,
            key.span(),
            format!("a site's file cannot have `{}`: it belongs to the widget's content", key.get_ref()),
            Some("a site's file has [[contact]], [[programme]], [[list]] and [texts] only".into()),
        );
    }
    let contacts = table_ids(root.get_ref(), "contact");
    let programmes = table_ids(root.get_ref(), "programme").into_iter().map(|(id, _)| id).collect();
    Read { contacts, programmes, texts: crate::build::inline_texts_of(text, root), d }
}

/// The ids of the `[[key]]` tables of a parsed file, each with the place of its value.
fn table_ids(root: &DeTable, key: &str) -> Vec<(String, Span)> {
    let Some(DeValue::Array(tables)) = root.get(key).map(|v| v.get_ref()) else { return Vec::new() };
    tables
        .iter()
        .filter_map(|t| match t.get_ref() {
            DeValue::Table(t) => {
                let id = t.get("id")?;
                match id.get_ref() {
                    DeValue::String(value) => Some((value.to_string(), id.span())),
                    _ => None,
                }
            }
            _ => None,
        })
        .collect()
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

    /// What a site's file adds (none when it is refused) and every problem, in one text.
    fn outcome(file: &str) -> (Option<Site>, String) {
        match check(&content(), "site.toml", file, None) {
            Ok((site, problems)) => (Some(site), problems.join("\n")),
            Err(problems) => (None, problems.join("\n")),
        }
    }

    fn ids(site: &Site) -> Vec<&str> {
        site.contacts.iter().map(|c| c.id.as_str()).collect()
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
        let (site, warnings) = check(&content(), "contacts.toml", GOOD, None).unwrap();
        assert_eq!((site.programmes.len(), site.texts.len()), (0, 0));
        assert_eq!(site.contacts.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["example_cso"]);
        assert_eq!(warnings, Vec::<String>::new());
        let legal = GOOD.replace("needs = [\"housing\"]", "kind = \"legal-advice\"");
        let (site, _) = check(&content(), "inline contacts", &legal, None).unwrap();
        assert_eq!(site.contacts.len(), 1, "a name without .toml");
    }

    #[test]
    fn a_mistake_is_reported_with_file_line_and_column() {
        let bad = GOOD.replace("stay_country", "stay_contry").replace("website", "web_site");
        let problems = check(&content(), "https://cso.example/contacts.toml", &bad, None).unwrap_err();
        let all = problems.join("\n");
        assert!(all.contains("--> https://cso.example/contacts.toml:5:12"), "{all}");
        assert!(all.contains("stay_country"), "a hint names the right question: {all}");
        assert!(all.contains("--> https://cso.example/contacts.toml:8:1"), "{all}");
        let empty = check(&content(), "empty.toml", "# nothing\n", None).unwrap_err();
        assert_eq!(empty, ["empty.toml: no [[contact]], [[programme]] or [texts] in it"]);
    }

    #[test]
    /// (A service: legal advice and emergency contacts cannot be replaced, see below.)
    fn an_id_of_the_default_content_replaces_that_contact() {
        let own = GOOD.replace("example_cso", "kok").replace("\"HR\"", "\"DE\"");
        let (site, _) = check(&content(), "contacts.toml", &own, None).unwrap();
        assert_eq!(site.contacts.len(), 1);
        assert_eq!((site.contacts[0].id.as_str(), site.contacts[0].name.as_str()), ("kok", "Example CSO"));
        // Twice the same id in the site's file is an error, as in the content: the second is
        // left out.
        let (site, all) = outcome(&format!("{GOOD}{GOOD}"));
        assert!(
            all.contains("error[")
                && all.contains("left out of site.toml: the contact `example_cso` (site.toml, lines 11–"),
            "{all}"
        );
        assert_eq!(site.as_ref().map(ids), Some(vec!["example_cso"]), "{all}");
    }

    #[test]
    fn a_site_cannot_replace_legal_advice_or_an_emergency_contact() {
        // Denmark's one legal-advice contact, replaced by a service, by legal advice for another
        // country, by one never shown, or by another number under the same label: all refused.
        let service = GOOD.replace("example_cso", "drc_asylum").replace("\"HR\"", "\"DK\"");
        let elsewhere =
            GOOD.replace("example_cso", "drc_asylum").replace("needs = [\"housing\"]", "kind = \"legal-advice\"");
        let never = elsewhere.replace(
            r#"applies = 'stay_country == "HR"'"#,
            r#"applies = 'stay_country == "DK" and stay_country == "HR"'"#,
        );
        let relabelled = elsewhere.replace("\"HR\"", "\"DK\"");
        let cases = [
            ("a service", &service),
            ("another country's", &elsewhere),
            ("never shown", &never),
            ("relabelled", &relabelled),
        ];
        for (what, file) in cases {
            let all =
                check(&content(), "site.toml", file, None).map(|_| String::new()).unwrap_or_else(|e| e.join("\n"));
            assert!(all.contains("error[E0404]") && all.contains("cannot replace"), "{what}: {all}");
            let line = file.lines().position(|l| l.contains("drc_asylum")).unwrap() + 1;
            assert!(all.contains(&format!("--> site.toml:{line}:")), "{what}, placed at its id: {all}");
        }
        // Adding legal advice of its own is fine: it is shown beside the widget's.
        let added = GOOD.replace("needs = [\"housing\"]", "kind = \"legal-advice\"");
        assert!(check(&content(), "site.toml", &added, None).is_ok());
    }

    #[test]
    fn a_site_cannot_rewrite_the_widgets_own_texts() {
        let keys = [
            "ui-exit-page = Continue",
            "ui-contact-legal = Return counselling",
            "option-yes = No",
            "question-exploitation = Are you happy?",
            "contact-brussels_legal_aid_office-about = Closed.",
        ];
        for key in keys {
            let file = format!("{GOOD}\n[texts]\nen = '''\ncontact-example_cso-about = Ours.\n{key}\n'''\n");
            let (site, all) = outcome(&file);
            // Only that text is left out: the contact and its own text are kept.
            let site = site.unwrap_or_else(|| panic!("{key}: the whole file refused: {all}"));
            assert_eq!(ids(&site), ["example_cso"], "{key}");
            assert!(site.texts[0].has("contact-example_cso-about") && site.texts[0].messages.len() == 1, "{key}");
            let name = key.split(' ').next().unwrap();
            assert!(all.contains(&format!("error: left out of site.toml: the text `{name}` in `en`")), "{key}: {all}");
            assert!(
                all.contains(&format!("error[E0002]: a site's file cannot write the text `{name}`")),
                "{key}: {all}"
            );
            let line = file.lines().position(|l| l == key).unwrap() + 1;
            assert!(all.contains(&format!("--> site.toml:{line}:1")), "{key}: {all}");
        }
        let own = format!("{GOOD}\n[texts]\nen = '''\ncontact-example_cso-about = Our own words.\n'''\n");
        let (site, _) = check(&content(), "site.toml", &own, None).unwrap();
        assert!(site.texts[0].has("contact-example_cso-about"));
    }

    #[test]
    fn removing_a_table_keeps_the_line_numbers() {
        let text = "a = 1\n[[contact]]\nid = \"x\"\nname = \"X\"\n\n[[contact]]\nid = \"y\"\n";
        assert_eq!(without(text, &["x".into()]), "a = 1\n\n\n\n\n[[contact]]\nid = \"y\"\n");
        assert_eq!(read(0, text).contacts.into_iter().map(|(id, _)| id).collect::<Vec<_>>(), ["x", "y"]);
        assert_eq!(without(text, &["z".into()]), text);
    }

    /// A programme of the site's own, with its texts in English; `{HR}` is replaced by more
    /// texts (or nothing).
    const PROGRAMME: &str = r#"
[[programme]]
id = "example_housing_fund"
applies = 'stay_country == "HR"'
contacts = ["example_cso"]
source = { url = "https://example.org/fund", checked = 2026-11-23 }

  [[programme.criterion]]
  id = "in_croatia"
  when = 'stay_country == "HR"'
  source = { url = "https://example.org/fund", checked = 2026-11-23 }

[texts]
en = '''
programme-example_housing_fund = Example housing fund
programme-example_housing_fund-runs = Example CSO.
programme-example_housing_fund-offers = A first month's rent.
programme-example_housing_fund-how = Call Example CSO.
criterion-example_housing_fund-in_croatia-met = You live in Croatia.
criterion-example_housing_fund-in_croatia-unmet = It is for people living in Croatia.
criterion-example_housing_fund-in_croatia-not-answered = It is for people living in Croatia.
'''
{HR}
"#;

    fn with_programme(more: &str) -> String {
        format!("{GOOD}{}", PROGRAMME.replace("{HR}", more))
    }

    #[test]
    fn a_site_adds_a_programme_with_its_texts() {
        let ar = "ar = '''\nprogramme-example_housing_fund = صندوق السكن\n'''";
        let (site, warnings) = check(&content(), "site.toml", &with_programme(ar), Some("ar en")).unwrap();
        assert_eq!(site.programmes.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["example_housing_fund"]);
        assert_eq!(site.programmes[0].criteria.len(), 1);
        let langs: Vec<&str> = site.texts.iter().map(|t| t.lang.as_str()).collect();
        assert_eq!(langs, ["en", "ar"]);
        assert_eq!(site.texts[0].messages.len(), 7, "the site's texts only, not the content's");
        assert!(site.texts[1].has("programme-example_housing_fund"));
        // Arabic lacks six of the texts: a warning (English is shown instead), as in content;
        // only for the languages the site offers, and placed in the site's file.
        assert_eq!(warnings.len(), 1, "{warnings:#?}");
        assert!(warnings[0].contains("warning[W0304]: 6 text(s) missing in ar"), "{warnings:#?}");
        let line = with_programme(ar).lines().position(|l| l == "ar = '''").unwrap() + 1;
        assert!(warnings[0].contains(&format!("--> site.toml:{line}:1")), "at `ar`, line {line}: {warnings:#?}");
        assert!(warnings[0].contains("under [texts]: ar = '''"), "{warnings:#?}");
        let (_, all) = check(&content(), "site.toml", &with_programme(ar), None).unwrap();
        let languages = content().iter().filter(|f| f.path.ends_with(".ftl")).count();
        assert_eq!(all.iter().filter(|w| w.contains("W0304")).count(), languages - 1, "{all:#?}");
    }

    #[test]
    fn a_mistake_in_the_sites_texts_is_placed_in_its_file() {
        let broken = with_programme("").replace("Call Example CSO.", "Call Example CSO.\n{ broken");
        let (site, all) = outcome(&broken);
        let line = broken.lines().position(|l| l == "{ broken").unwrap() + 1;
        // Fluent reports an unclosed placeable where it gives up: on that line or the next.
        assert!((line..=line + 1).any(|l| all.contains(&format!("--> site.toml:{l}:1"))), "{line}: {all}");
        assert!(all.contains("E0301"), "{all}");
        // The programme whose text it is is left out with all its texts; the contact is kept.
        let site = site.unwrap_or_else(|| panic!("refused: {all}"));
        assert_eq!((ids(&site), site.programmes.len()), (vec!["example_cso"], 0), "{all}");
        assert!(site.texts.iter().all(|t| t.messages.is_empty()), "{:?}", site.texts);
        assert!(
            all.contains("error: left out of site.toml: the programme `example_housing_fund` (site.toml, lines "),
            "{all}"
        );
        // A text the default language lacks is an error: the widget would have nothing to show.
        let missing = with_programme("").replace("programme-example_housing_fund-how = Call Example CSO.\n", "");
        let (site, all) = outcome(&missing);
        assert!(all.contains("E0302") && all.contains("programme-example_housing_fund-how"), "{all}");
        assert_eq!(site.map(|s| s.programmes.len()), Some(0), "{all}");
    }

    #[test]
    fn a_file_with_mistakes_keeps_what_is_valid() {
        // A valid legal-advice contact, a valid service, and a contact with two mistakes.
        let legal =
            GOOD.replace("example_cso", "example_law").replace("needs = [\"housing\"]", "kind = \"legal-advice\"");
        let bad = GOOD.replace("example_cso", "example_typo").replace("stay_country", "stay_contry");
        let file = format!("{legal}{bad}{GOOD}");
        let (site, all) = outcome(&file);
        let site = site.unwrap_or_else(|| panic!("refused: {all}"));
        assert_eq!(ids(&site), ["example_law", "example_cso"], "{all}");
        let start = file.lines().position(|l| l.contains("example_typo")).unwrap();
        assert!(all.contains(&format!("--> site.toml:{}:12", start + 3)), "the error at its place: {all}");
        assert!(
            all.contains(&format!(
                "error: left out of site.toml: the contact `example_typo` (site.toml, lines {start}–"
            )),
            "what was left out, and where: {all}"
        );
        // A contact that would replace the widget's legal advice is left out; the others stay.
        let replacing = GOOD.replace("example_cso", "drc_asylum").replace("\"HR\"", "\"DK\"");
        let (site, all) = outcome(&format!("{replacing}{GOOD}"));
        assert_eq!(site.as_ref().map(ids), Some(vec!["example_cso"]), "{all}");
        assert!(all.contains("E0404") && all.contains("the contact `drc_asylum`"), "{all}");
        // A programme with a mistake goes with its texts; the contacts stay.
        let taken = with_programme("").replace("example_housing_fund", "eurp");
        let (site, all) = outcome(&taken);
        assert!(all.contains("E0005"), "a content programme's id: {all}");
        let site = site.unwrap_or_else(|| panic!("refused: {all}"));
        assert_eq!((ids(&site), site.programmes.len()), (vec!["example_cso"], 0), "{all}");
        assert!(all.contains("left out of site.toml: the programme `eurp`"), "{all}");
        // A table whose header cannot be read is left out too.
        let (site, all) = outcome(&format!("{GOOD}\n[[contact]\nid = \"x\"\n"));
        assert_eq!(site.as_ref().map(ids), Some(vec!["example_cso"]), "{all}");
        assert!(all.contains("error[E0001]: TOML syntax"), "{all}");
    }

    #[test]
    fn a_site_cannot_take_a_programmes_id_or_add_questions_or_unknown_languages() {
        let question = format!("{GOOD}\n[[question]]\nid = \"x\"\ntype = \"yes-no\"\n");
        let (site, all) = outcome(&question);
        assert!(all.contains("E0002") && all.contains("cannot have `question`"), "{all}");
        assert_eq!(site.as_ref().map(ids), Some(vec!["example_cso"]), "the question left out: {all}");
        assert!(all.contains("left out of site.toml: `question`"), "{all}");
        let klingon = with_programme("tlh = '''\nprogramme-example_housing_fund = x\n'''");
        let (site, all) = outcome(&klingon);
        assert!(all.contains("texts in `tlh`, which is not a language of this content"), "{all}");
        assert_eq!(site.map(|s| s.programmes.len()), Some(1), "only the texts in tlh left out: {all}");
        let basic = with_programme("ar = \"programme-example_housing_fund = x\"");
        let (site, all) = outcome(&basic);
        assert!(all.contains("not written between ''' and '''"), "{all}");
        assert_eq!(site.map(|s| s.programmes.len()), Some(1), "only the texts in ar left out: {all}");
    }
}
