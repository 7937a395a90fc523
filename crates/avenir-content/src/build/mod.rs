//! Building the model from parsed files, and the cross-checks between its parts.
//!
//! One file per concern: this file reads the files and puts the parts together
//! ([`build_listing`]); `questions.rs` (questions, their conditions and the cycles between them),
//! `programmes.rs` (programmes, criteria, needs, cross-references), `contacts.rs`, `lists.rs`,
//! `sources.rs` (sources and their dates), `texts.rs` (texts: inline, recordings, missing and
//! unused), `analyse.rs` (what the rules can never do).

use std::collections::{BTreeMap, BTreeSet};

use avenir_core::expr::{self, Expr, RefOp};
use avenir_core::model::*;
use avenir_core::text::{Direction, Language, Texts, recorded_key, ui};
use avenir_core::{analysis, validate};
use toml::Spanned;
use toml::de::DeTable;

use crate::diag::{Diagnostic, Diags, Renderer, SHOWN_LIMIT, SourceFile, Span, did_you_mean, list_of};
use crate::ftl;
use crate::reader::{Str, Table};

mod analyse;
mod contacts;
mod lists;
mod programmes;
mod questions;
mod sources;
mod texts;

pub(crate) use texts::inline_texts_of;

use analyse::*;
use contacts::*;
use lists::*;
use programmes::*;
use questions::*;
use sources::*;
use texts::*;

const TOP_KEYS: &[&str] = &["assessment", "language", "list", "question", "programme", "need", "contact", "texts"];

const QUESTION_TYPES: [&str; 5] = ["single", "multi", "yes-no", "number", "country"];

/// A parsed TOML file.
struct Doc<'i> {
    file: usize,
    text: &'i str,
    root: Spanned<DeTable<'i>>,
}

impl<'i> Doc<'i> {
    /// The file's top-level table.
    fn table(&self) -> Table<'_, 'i> {
        Table {
            file: self.file,
            text: self.text,
            table: self.root.get_ref(),
            span: self.root.span(),
            what: "the file".into(),
        }
    }
}

/// Everything built so far, kept with the places that later checks need.
#[derive(Default)]
struct Parts<'f> {
    /// The files' places, for messages that name another place.
    places: Renderer<'f>,
    questions: Vec<(Question, usize, Option<Str>)>,
    programmes: Vec<(Programme, usize, Vec<Str>)>,
    needs: Vec<Need>,
    contacts: Vec<(Contact, usize, Vec<Str>)>,
    /// Every id with where it was defined, per kind, for duplicate checks; and for references:
    /// an item with an error is left out of the parts, but what names it is not reported too.
    ids: BTreeMap<(&'static str, String), (usize, Span)>,
    /// Each question's index in `questions` (the first, for an id given twice).
    question_index: BTreeMap<String, usize>,
    /// Shared value lists: values and sources.
    lists: BTreeMap<String, (Vec<String>, Vec<Source>)>,
    /// Every source as written, with its place: for the page-date check (W0403).
    sources_seen: Vec<(usize, Span, Source)>,
    /// Criteria marked `discretionary = true`, by programme and criterion id: never true, and
    /// left out of the "never likely" check like `unknown`.
    discretionary: BTreeSet<(String, String)>,
    /// Where each criterion's id is written, by programme and criterion id: for E0112.
    criterion_places: BTreeMap<(String, String), (usize, Span)>,
}

/// Months after which a page's own date makes its source stale (W0403), unless the content sets
/// `stale_after_months` in `[assessment]`.
pub const STALE_AFTER_MONTHS: i64 = 24;

/// TOML syntax errors reported per file, at most (the last says how many more there are): each
/// is shown with its line, and a long line of nonsense made one error per few characters, each
/// with the whole line: 13,315 errors and 835 MB of rendered messages for a site's file of
/// 49 KB (found by `crates/avenir-fuzz`).
const MAX_SYNTAX_ERRORS: usize = 10;

/// Builds the assessment; with `list_stale`, one W0403 per stale source instead of one for all
/// of them (`avenir lint --stale`).
pub fn build_listing(files: &[SourceFile], today: Option<Date>, list_stale: bool, d: &mut Diags) -> Option<Assessment> {
    let docs = parse(files, d);
    let mut parts = Parts { places: Renderer::new(files), ..Parts::default() };

    // Pass 0: shared value lists, which questions and rules use.
    for doc in &docs {
        for v in doc.table().tables("list", d) {
            if let Some(t) = Table::new(doc.file, doc.text, v, "a value list", d) {
                list(&t, &mut parts, today, d);
            }
        }
    }

    // Pass 1: questions, since every rule refers to them; the header and the languages.
    let mut head = Head { stale_after: STALE_AFTER_MONTHS, ..Head::default() };
    for doc in &docs {
        top_level(doc, &mut parts, &mut head, d);
    }
    relevance(&mut parts, d);

    // Pass 2: programmes, needs, contacts.
    for doc in &docs {
        items(doc, &mut parts, today, d);
    }
    cross_references(&parts, d);

    analyse(&parts, d);
    dangerous_programmes(&parts, d);

    let Some((id, version, default_language)) = head.header else {
        d.error("E0004", 0, 0..0, "no [assessment] section in any file",
            Some("add to assessment.toml:\n[assessment]\nid = \"default\"\nversion = \"2026.11.0\"\ndefault_language = \"en\"".into()));
        return None;
    };

    let mut languages = head.languages;
    let (texts, report_unused) = all_texts(files, &docs, &mut languages, &default_language, &parts, d);

    let parts_sources_seen = std::mem::take(&mut parts.sources_seen);
    let assessment = Assessment {
        id,
        version,
        default_language,
        questions: parts.questions.into_iter().map(|(q, _, _)| q).collect(),
        // Cross-references were checked above; an error stops the build, so these are valid.
        programmes: parts
            .programmes
            .into_iter()
            .map(|(p, _, contacts)| Programme { contacts: names(contacts), ..p })
            .collect(),
        needs: parts.needs,
        contacts: parts.contacts.into_iter().map(|(c, _, needs)| Contact { needs: names(needs), ..c }).collect(),
        languages: languages.into_iter().map(|(tag, l, _)| Language { tag: tag.value, ..l }).collect(),
        texts: texts.into_iter().map(|(t, _)| t).collect(),
    };
    if report_unused {
        // "Today" is the day given, or else the last day the content was checked.
        let newest = parts_sources_seen.iter().map(|(_, _, s)| s.checked).max();
        if let Some(today) = today.or(newest) {
            stale_pages(&parts_sources_seen, today, head.stale_after, list_stale, d);
        }
    }
    if !assessment.contacts.iter().any(|c| c.kind == ContactKind::LegalAdvice) {
        d.error("E0404", 0, 0..0, "no contact gives independent legal advice",
            Some("add a [[contact]] with kind = \"legal-advice\": a person must be able to learn about every option, not only return".into()));
    }
    Some(assessment)
}

/// Parses every TOML file, reporting at most [`MAX_SYNTAX_ERRORS`] syntax errors per file.
fn parse<'f>(files: &'f [SourceFile], d: &mut Diags) -> Vec<Doc<'f>> {
    files
        .iter()
        .enumerate()
        .filter(|(_, f)| f.path.ends_with(".toml"))
        .map(|(i, f)| {
            let (root, errors) = DeTable::parse_recoverable(&f.text);
            let more = errors.len().saturating_sub(MAX_SYNTAX_ERRORS - 1);
            for (n, e) in errors.into_iter().enumerate() {
                let span = e.span().unwrap_or(0..0);
                if n == MAX_SYNTAX_ERRORS - 1 && more > 1 {
                    d.error(
                        "E0001",
                        i,
                        span,
                        format!("TOML syntax: {more} more errors in this file"),
                        Some("fix the ones before: one mistake often makes the next".into()),
                    );
                    break;
                }
                d.error(
                    "E0001",
                    i,
                    span,
                    format!("TOML syntax: {}", e.message().trim()),
                    Some("see https://toml.io; text values need quotes, lists use [ ]".into()),
                );
            }
            Doc { file: i, text: &f.text, root }
        })
        .collect()
}

/// What the `[assessment]` and `[[language]]` sections say.
#[derive(Default)]
struct Head {
    /// id, version, default language.
    header: Option<(String, String, String)>,
    stale_after: i64,
    /// Each language with its tag as written and its file.
    languages: Vec<(Str, Language, usize)>,
}

/// A file's top level: its keys, its questions, `[assessment]` and its languages.
fn top_level(doc: &Doc, parts: &mut Parts, head: &mut Head, d: &mut Diags) {
    // Written out (not `doc.table()`) so that schema_sync.rs finds "the file" beside its keys.
    let root = Table {
        file: doc.file,
        text: doc.text,
        table: doc.root.get_ref(),
        span: doc.root.span(),
        what: "the file".into(),
    };
    root.allow_keys(TOP_KEYS, d);
    for v in root.tables("question", d) {
        if let Some(t) = Table::new(doc.file, doc.text, v, "a question", d) {
            question(&t, parts, d);
        }
    }
    if let Some(v) = root.get("assessment") {
        assessment_section(doc, v, head, d);
    }
    for v in root.tables("language", d) {
        if let Some(t) = Table::new(doc.file, doc.text, v, "a language", d) {
            t.allow_keys(&["tag", "name", "dir", "status"], d);
            let tag = t.req_str("tag", "\"en\"", d);
            let name = t.req_str("name", "\"English\"", d);
            let dir = match t.str("dir", d) {
                None => Direction::Ltr,
                Some(s) if s.value == "ltr" => Direction::Ltr,
                Some(s) if s.value == "rtl" => Direction::Rtl,
                Some(s) => {
                    d.error("E0003", doc.file, s.span, "`dir` is \"ltr\" or \"rtl\"", None);
                    Direction::Ltr
                }
            };
            let reviewed = t.str("status", d).is_some_and(|s| s.value == "complete" || s.value == "reviewed");
            if let (Some(tag), Some(name)) = (tag, name) {
                head.languages.push((
                    tag,
                    Language { tag: String::new(), name: name.value, dir, reviewed, pseudo: false },
                    doc.file,
                ));
            }
        }
    }
}

/// `[assessment]`: the content's id, version, default language and source age threshold.
fn assessment_section(doc: &Doc, v: &Spanned<toml::de::DeValue>, head: &mut Head, d: &mut Diags) {
    let Some(t) = Table::new(doc.file, doc.text, v, "[assessment]", d) else { return };
    t.allow_keys(&["id", "version", "default_language", "stale_after_months"], d);
    if let Some(m) = t.int("stale_after_months", d) {
        if (1..=600).contains(&m) {
            head.stale_after = m;
        } else {
            let span = t.get("stale_after_months").map_or(v.span(), |x| x.span());
            d.error(
                "E0003",
                doc.file,
                span,
                format!("`{m}` is not a number of months"),
                Some("write a number of months from 1 to 600, such as 24".into()),
            );
        }
    }
    let id = t.req_str("id", "\"default\"", d);
    let version = t.req_str("version", "\"2026.11.0\"", d);
    let lang = t.req_str("default_language", "\"en\"", d);
    if head.header.is_some() {
        d.error(
            "E0005",
            doc.file,
            v.span(),
            "a second [assessment] section",
            Some("keep one [assessment] for the whole directory".into()),
        );
    }
    if let (Some(id), Some(version), Some(lang)) = (id, version, lang) {
        head.header = Some((id.value, version.value, lang.value));
    }
}

/// Relevance conditions, once all questions are known: first cycles, then order.
fn relevance(parts: &mut Parts, d: &mut Diags) {
    for (i, (q, _, _)) in parts.questions.iter().enumerate() {
        parts.question_index.entry(q.id.clone()).or_insert(i);
    }
    let in_cycle = relevance_cycles(parts, d);
    let mut relevance = Vec::new();
    for (i, (q, file, rel)) in parts.questions.iter().enumerate() {
        let order = (!in_cycle.contains(&i)).then_some((i, q.id.as_str()));
        let compiled = rel.as_ref().and_then(|s| compile(s, *file, parts, order, d));
        relevance.push(compiled.map(|(e, _)| e));
    }
    for ((q, _, _), rel) in parts.questions.iter_mut().zip(relevance) {
        q.relevant = rel;
    }
}

/// A file's needs, contacts and programmes.
fn items(doc: &Doc, parts: &mut Parts, today: Option<Date>, d: &mut Diags) {
    let root = doc.table();
    for v in root.tables("need", d) {
        if let Some(t) = Table::new(doc.file, doc.text, v, "a need", d) {
            need(&t, parts, d);
        }
    }
    for v in root.tables("contact", d) {
        if let Some(t) = Table::new(doc.file, doc.text, v, "a contact", d) {
            contact(&t, parts, today, d);
        }
    }
    for v in root.tables("programme", d) {
        if let Some(t) = Table::new(doc.file, doc.text, v, "a programme", d) {
            programme(&t, parts, today, d);
        }
    }
}

/// Each language's texts: its `texts/<tag>.ftl`, then any `[texts]` in a TOML file (a later text
/// replaces one with the same key), checked against the parts, with their recordings; the default
/// language first. Also whether unused texts and stale pages are reported (not with errors, which
/// leave parts out: their texts would all look unused).
fn all_texts(
    files: &[SourceFile],
    docs: &[Doc],
    languages: &mut Vec<(Str, Language, usize)>,
    default_language: &str,
    parts: &Parts,
    d: &mut Diags,
) -> (Vec<(Texts, usize)>, bool) {
    languages.sort_by_key(|(tag, ..)| tag.value != default_language);
    if !languages.iter().any(|(tag, ..)| tag.value == default_language) {
        d.error("E0004", 0, 0..0, format!("the default language `{default_language}` has no [[language]] entry"), None);
    }
    let inline: Vec<(Str, usize, Inline)> = docs.iter().flat_map(|doc| inline_texts(doc, d)).collect();
    for (tag, file, _) in inline.iter().filter(|(tag, ..)| !languages.iter().any(|(l, ..)| l.value == tag.value)) {
        let tags: Vec<&str> = languages.iter().map(|(l, ..)| l.value.as_str()).collect();
        d.error(
            "E0003",
            *file,
            tag.span.clone(),
            format!("texts in `{}`, which is not a language of this content", tag.value),
            Some(format!("the content's languages are: {}", list_of(&tags, 20))),
        );
    }
    // `parts_of_texts` keeps where each text came from.
    let mut texts = Vec::new();
    let mut parts_of_texts = Vec::new();
    for (tag, _, lang_file) in languages.iter() {
        let wanted = format!("texts/{}.ftl", tag.value);
        let main = files.iter().position(|f| f.path.replace('\\', "/").ends_with(&wanted));
        let mut sources: Vec<(Texts, usize)> =
            main.map(|i| (ftl::parse(i, &files[i].text, &tag.value, d), i)).into_iter().collect();
        for (_, file, text) in inline.iter().filter(|(t, ..)| t.value == tag.value) {
            sources.push((text.parse(*file, &tag.value, d), *file));
        }
        let Some((first, file)) = sources.first().cloned() else {
            d.error(
                "E0303",
                *lang_file,
                tag.span.clone(),
                format!("no text file for language `{}`", tag.value),
                Some(format!("create {wanted} next to the .toml files")),
            );
            continue;
        };
        let mut merged = first;
        for (t, _) in &sources[1..] {
            merged.messages.extend(t.messages.clone());
        }
        texts.push((merged, file));
        parts_of_texts.extend(sources);
    }
    let report_unused = !d.has_errors();
    // Where each TOML file with `[texts]` has them (the `texts` key), and each language in it.
    let mut places: BTreeMap<(usize, &str), Span> =
        inline.iter().map(|(tag, file, _)| ((*file, tag.value.as_str()), tag.span.clone())).collect();
    for doc in docs {
        if let Some((key, _)) = doc.root.get_ref().iter().find(|(k, _)| k.get_ref() == "texts") {
            places.insert((doc.file, ""), key.span());
        }
    }
    check_texts(parts, &texts, &parts_of_texts, &places, files, report_unused, d);
    recordings(files, &mut texts, d);
    (texts, report_unused)
}

/// Checks an id that must be valid and unique within its parent: an option of a question, a
/// criterion of a programme.
fn local_id(s: &Str, file: usize, what: &str, valid: bool, hint: &str, seen: &mut BTreeSet<String>, d: &mut Diags) {
    if !valid {
        d.error("E0006", file, s.span.clone(), format!("`{}` is not a valid {what} id", s.value), Some(hint.into()));
    }
    if !seen.insert(s.value.clone()) {
        d.error("E0005", file, s.span.clone(), format!("{what} `{}` appears twice", s.value), None);
    }
}

fn names(list: Vec<Str>) -> Vec<String> {
    list.into_iter().map(|s| s.value).collect()
}

fn valid_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Reads and checks the `id` of a table, and records it for the duplicate check.
fn id(t: &Table, kind: &'static str, parts: &mut Parts, d: &mut Diags) -> Option<String> {
    let s = t.req_str("id", "\"some_id\"", d)?;
    if !valid_id(&s.value) {
        d.error(
            "E0006",
            t.file,
            s.span.clone(),
            format!("`{}` is not a valid id", s.value),
            Some("ids use lower-case letters, digits and `_`, and start with a letter".into()),
        );
    }
    if let Some((file, span)) = parts.ids.get(&(kind, s.value.clone())) {
        d.error(
            "E0005",
            t.file,
            s.span.clone(),
            format!("a second {kind} with the id `{}`", s.value),
            Some(format!("the first is at {}; ids must be unique", parts.places.place(*file, span.start))),
        );
    } else {
        parts.ids.insert((kind, s.value.clone()), (t.file, s.span.clone()));
    }
    Some(s.value)
}

/// `ok`, after reporting E0003 "`value` is not WHAT" with `hint` when it is false.
fn kept(s: &Str, ok: bool, file: usize, what: &str, hint: &str, d: &mut Diags) -> bool {
    if !ok {
        d.error("E0003", file, s.span.clone(), format!("`{}` is not {what}", s.value), Some(hint.into()));
    }
    ok
}
