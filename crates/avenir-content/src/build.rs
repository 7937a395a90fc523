//! Building the model from parsed files, and the cross-checks between its parts.

use std::collections::{BTreeMap, BTreeSet};

use avenir_core::expr::{self, Expr, RefOp};
use avenir_core::model::*;
use avenir_core::text::{Direction, Language, Texts, recorded_key, ui};
use avenir_core::{analysis, validate};
use toml::Spanned;
use toml::de::DeTable;

use crate::diag::{Diags, Renderer, SHOWN_LIMIT, SourceFile, Span, did_you_mean, list_of};
use crate::ftl;
use crate::reader::{Str, Table};

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
    let docs: Vec<Doc> = files
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
        .collect();

    let mut header: Option<(String, String, String)> = None;
    let mut stale_after = STALE_AFTER_MONTHS;
    let mut languages: Vec<(Str, Language, usize)> = Vec::new();
    let mut parts = Parts { places: Renderer::new(files), ..Parts::default() };

    // Pass 0: shared value lists, which questions and rules use.
    for doc in &docs {
        let root = doc.table();
        for v in root.tables("list", d) {
            if let Some(t) = Table::new(doc.file, doc.text, v, "a value list", d) {
                list(&t, &mut parts, today, d);
            }
        }
    }

    // Pass 1: questions, since every rule refers to them.
    for doc in &docs {
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
                question(&t, &mut parts, d);
            }
        }
        if let Some(v) = root.get("assessment") {
            if let Some(t) = Table::new(doc.file, doc.text, v, "[assessment]", d) {
                t.allow_keys(&["id", "version", "default_language", "stale_after_months"], d);
                if let Some(m) = t.int("stale_after_months", d) {
                    if (1..=600).contains(&m) {
                        stale_after = m;
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
                if header.is_some() {
                    d.error(
                        "E0005",
                        doc.file,
                        v.span(),
                        "a second [assessment] section",
                        Some("keep one [assessment] for the whole directory".into()),
                    );
                }
                if let (Some(id), Some(version), Some(lang)) = (id, version, lang) {
                    header = Some((id.value, version.value, lang.value));
                }
            }
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
                    languages.push((
                        tag,
                        Language { tag: String::new(), name: name.value, dir, reviewed, pseudo: false },
                        doc.file,
                    ));
                }
            }
        }
    }

    for (i, (q, _, _)) in parts.questions.iter().enumerate() {
        parts.question_index.entry(q.id.clone()).or_insert(i);
    }
    // Relevance conditions, now that all questions are known: first cycles, then order.
    let in_cycle = relevance_cycles(&parts, d);
    let mut relevance = Vec::new();
    for (i, (q, file, rel)) in parts.questions.iter().enumerate() {
        let order = (!in_cycle.contains(&i)).then_some((i, q.id.as_str()));
        let compiled = rel.as_ref().and_then(|s| compile(s, *file, &parts, order, d));
        relevance.push(compiled.map(|(e, _)| e));
    }
    for ((q, _, _), rel) in parts.questions.iter_mut().zip(relevance) {
        q.relevant = rel;
    }

    // Pass 2: programmes, needs, contacts.
    for doc in &docs {
        let root = doc.table();
        for v in root.tables("need", d) {
            if let Some(t) = Table::new(doc.file, doc.text, v, "a need", d) {
                need(&t, &mut parts, d);
            }
        }
        for v in root.tables("contact", d) {
            if let Some(t) = Table::new(doc.file, doc.text, v, "a contact", d) {
                contact(&t, &mut parts, today, d);
            }
        }
        for v in root.tables("programme", d) {
            if let Some(t) = Table::new(doc.file, doc.text, v, "a programme", d) {
                programme(&t, &mut parts, today, d);
            }
        }
    }
    cross_references(&parts, d);

    analyse(&parts, d);
    dangerous_programmes(&parts, d);

    let Some((id, version, default_language)) = header else {
        d.error("E0004", 0, 0..0, "no [assessment] section in any file",
            Some("add to assessment.toml:\n[assessment]\nid = \"default\"\nversion = \"2026.11.0\"\ndefault_language = \"en\"".into()));
        return None;
    };

    // Texts: one file per language; the default language first.
    languages.sort_by_key(|(tag, ..)| tag.value != default_language);
    if !languages.iter().any(|(tag, ..)| tag.value == default_language) {
        d.error("E0004", 0, 0..0, format!("the default language `{default_language}` has no [[language]] entry"), None);
    }
    let inline: Vec<(Str, usize, String)> = docs.iter().flat_map(|doc| inline_texts(doc, d)).collect();
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
    // Each language's texts: its `texts/<tag>.ftl`, then any `[texts]` in a TOML file (a later
    // text replaces one with the same key). `parts` keeps where each came from.
    let mut texts = Vec::new();
    let mut parts_of_texts = Vec::new();
    for (tag, _, lang_file) in &languages {
        let wanted = format!("texts/{}.ftl", tag.value);
        let main = files.iter().position(|f| f.path.replace('\\', "/").ends_with(&wanted));
        let mut sources: Vec<(Texts, usize)> =
            main.map(|i| (ftl::parse(i, &files[i].text, &tag.value, d), i)).into_iter().collect();
        for (_, file, masked) in inline.iter().filter(|(t, ..)| t.value == tag.value) {
            sources.push((ftl::parse(*file, masked, &tag.value, d), *file));
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
    // With errors, parts are missing and their texts would all look unused: report those later.
    let report_unused = !d.has_errors();
    // Where each TOML file with `[texts]` has them (the `texts` key), and each language in it.
    let mut places: BTreeMap<(usize, &str), Span> =
        inline.iter().map(|(tag, file, _)| ((*file, tag.value.as_str()), tag.span.clone())).collect();
    for doc in &docs {
        if let Some((key, _)) = doc.root.get_ref().iter().find(|(k, _)| k.get_ref() == "texts") {
            places.insert((doc.file, ""), key.span());
        }
    }
    check_texts(&parts, &texts, &parts_of_texts, &places, files, report_unused, d);
    recordings(files, &mut texts, d);

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
            stale_pages(&parts_sources_seen, today, stale_after, list_stale, d);
        }
    }
    if !assessment.contacts.iter().any(|c| c.kind == ContactKind::LegalAdvice) {
        d.error("E0404", 0, 0..0, "no contact gives independent legal advice",
            Some("add a [[contact]] with kind = \"legal-advice\": a person must be able to learn about every option, not only return".into()));
    }
    Some(assessment)
}

/// Texts written in a TOML file under `[texts]`, one Fluent text per language tag, between
/// `'''` and `'''` (an embedding site's one file has its programmes' texts so):
/// `(tag, file, the file with everything but that text blanked out)`. Blanking keeps every
/// byte where it was, so the Fluent checker's places are the TOML file's lines and columns.
fn inline_texts(doc: &Doc, d: &mut Diags) -> Vec<(Str, usize, String)> {
    let root = doc.table();
    let Some(v) = root.get("texts") else { return Vec::new() };
    let Some(t) = Table::new(doc.file, doc.text, v, "[texts]", d) else { return Vec::new() };
    let mut found = Vec::new();
    for (key, value) in t.table.iter() {
        let tag = Str::plain(key.get_ref(), key.span());
        let span = value.span();
        let raw = doc.text.get(span.clone()).unwrap_or("");
        if !matches!(value.get_ref(), toml::de::DeValue::String(_)) || !raw.starts_with("'''") || !raw.ends_with("'''")
        {
            d.error(
                "E0003",
                doc.file,
                span,
                format!("the texts in `{}` are not written between ''' and '''", tag.value),
                Some(format!(
                    "write them as Fluent, as in texts/<lang>.ftl:\n{} = '''\nprogramme-my_id = …\n'''",
                    tag.value
                )),
            );
            continue;
        }
        // TOML drops a line break right after the opening quotes.
        let mut start = span.start + 3;
        start += ["\r\n", "\n"].iter().find(|nl| doc.text[start..].starts_with(*nl)).map_or(0, |nl| nl.len());
        let end = (span.end - 3).max(start);
        let masked: String = doc
            .text
            .char_indices()
            .map(|(i, c)| if (start..end).contains(&i) || c == '\n' { c.to_string() } else { " ".repeat(c.len_utf8()) })
            .collect();
        found.push((tag, doc.file, masked));
    }
    found
}

/// The texts under `[texts]` in one TOML file (an embedding site's), parsed as `root`, one
/// `Texts` per language (their problems are the checker's to report).
pub(crate) fn inline_texts_of<'i>(text: &'i str, root: Spanned<DeTable<'i>>) -> Vec<Texts> {
    let mut d = Diags::default();
    let doc = Doc { file: 0, text, root };
    inline_texts(&doc, &mut d).into_iter().map(|(tag, _, masked)| ftl::parse(0, &masked, &tag.value, &mut d)).collect()
}

/// Recordings (`audio/<lang>/<text key>.<extension>`, listed by `fs::read_dir`): each must be
/// of a language the content has, for one of that language's texts, in a format browsers play
/// (W0306 otherwise; the device's voice then reads that text).
fn recordings(files: &[SourceFile], texts: &mut [(Texts, usize)], d: &mut Diags) {
    for (i, f) in files.iter().enumerate() {
        let path = f.path.replace('\\', "/");
        let Some((_, rest)) = path.rsplit_once(&format!("{}/", crate::fs::AUDIO)) else { continue };
        let Some((lang, name)) = rest.split_once('/') else { continue };
        let (key, ext) = name.rsplit_once('.').unwrap_or((name, ""));
        let problem = if !crate::fs::AUDIO_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()) {
            Some((
                format!("`{name}` is not a recording browsers can play"),
                format!("use one of: {}", crate::fs::AUDIO_EXTENSIONS.join(", ")),
            ))
        } else {
            match texts.iter_mut().find(|(t, _)| t.lang == lang) {
                None => Some((
                    format!("recordings for `{lang}`, which is not a language of this content"),
                    "name the folder after a [[language]] tag".into(),
                )),
                Some((t, _)) if !t.has(key) => Some((
                    format!("recording of `{key}`, which is not a text in {lang}"),
                    "name the file after the text's key, as in texts/<lang>.ftl".into(),
                )),
                Some((t, _)) => {
                    t.recorded.push(name.to_string());
                    None
                }
            }
        };
        if let Some((message, hint)) = problem {
            d.warning("W0306", i, 0..0, message, Some(hint));
        }
    }
    for (t, _) in texts.iter_mut() {
        t.recorded.sort_by(|a, b| recorded_key(a).cmp(recorded_key(b)));
        t.recorded.dedup_by(|a, b| recorded_key(a) == recorded_key(b));
    }
}

/// What no single line shows: questions that can never be shown, programmes that can never be
/// likely (E0108, E0109). Criteria that are `unknown` by design are left out of the second:
/// they say on purpose that only a counsellor can decide.
fn analyse(parts: &Parts, d: &mut Diags) {
    // The questions the expressions read, in content order: only those matter, and handing
    // over all of them each time would cost questions × questions.
    let read = |exprs: &[&Expr]| -> Vec<Question> {
        let mut at: Vec<usize> =
            exprs.iter().flat_map(|e| e.questions()).filter_map(|id| parts.question_index.get(id).copied()).collect();
        at.sort_unstable();
        at.dedup();
        at.into_iter().map(|i| parts.questions[i].0.clone()).collect()
    };
    for (q, file, rel) in &parts.questions {
        let (Some(e), Some(s)) = (&q.relevant, rel) else { continue };
        if analysis::satisfiable(&[e], &read(&[e])) == Some(false) {
            d.error(
                "E0108",
                *file,
                s.span.clone(),
                format!("question `{}` can never be shown: no answers make this condition true", q.id),
                Some("check the options and numbers it compares with, or remove the question".into()),
            );
        }
    }
    for (p, file, _) in &parts.programmes {
        let by_design = Expr::Lit(avenir_core::Tri::Unknown);
        let exprs: Vec<&Expr> = p
            .applies
            .iter()
            .chain(
                p.criteria
                    .iter()
                    .filter(|c| !parts.discretionary.contains(&(p.id.clone(), c.id.clone())))
                    .map(|c| &c.when)
                    .filter(|w| **w != by_design),
            )
            .collect();
        if analysis::satisfiable(&exprs, &read(&exprs)) == Some(false) {
            // At the id where it was defined first (the file with the span: a second programme
            // with the same id, an E0005, may be in another file).
            let (file, span) =
                parts.ids.get(&("programme", p.id.clone())).map_or((*file, 0..0), |(f, s)| (*f, s.clone()));
            d.error(
                "E0109",
                file,
                span,
                format!("programme `{}` can never be likely: no answers make all its criteria true", p.id),
                Some(
                    "two criteria contradict each other, or one compares with an option or number no one can answer"
                        .into(),
                ),
            );
        }
    }
}

/// A programme shown only where return itself is dangerous (W0111): where a need with
/// `legal_first` singles out the answer (`return_country in dangerous_return`) and the
/// programme's `applies` is true for that answer alone. Rule 6 of docs/authoring.md: such a
/// programme must not read as encouragement, so its author is asked to look again.
fn dangerous_programmes(parts: &Parts, d: &mut Diags) {
    use avenir_core::answers::Value;
    let with = |e: &Expr, q: &str, o: &str| e.eval(&|id: &str| (id == q).then_some(Value::Choice(o)));
    let mut dangerous: Vec<(&str, &str, &str)> = Vec::new();
    for n in parts.needs.iter().filter(|n| n.legal_first) {
        for (q, ..) in &parts.questions {
            for o in &q.options {
                if with(&n.when, &q.id, o) == avenir_core::Tri::True {
                    dangerous.push((q.id.as_str(), o.as_str(), n.id.as_str()));
                }
            }
        }
    }
    for (p, file, _) in &parts.programmes {
        let Some(applies) = &p.applies else { continue };
        let Some((q, o, need)) = dangerous.iter().find(|(q, o, _)| with(applies, q, o) == avenir_core::Tri::True)
        else {
            continue;
        };
        let (file, span) = parts.ids.get(&("programme", p.id.clone())).map_or((*file, 0..0), |(f, s)| (*f, s.clone()));
        d.warning(
            "W0111",
            file,
            span,
            format!(
                "programme `{}` is shown where return itself is dangerous (`{q}` is \"{o}\", which need `{need}` puts first)",
                p.id
            ),
            Some(
                "make sure no text of it reads as encouragement and its source's warnings are in its `-offers` or `-how` text (docs/authoring.md, \"Verdicts that never overstate\", rule 6)"
                    .into(),
            ),
        );
    }
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

fn list(t: &Table, parts: &mut Parts, today: Option<Date>, d: &mut Diags) {
    t.allow_keys(&["id", "values", "source"], d);
    let id = id(t, "list", parts, d);
    let values = t.str_list("values", d);
    if values.is_empty() {
        d.error(
            "E0004",
            t.file,
            t.span.start..t.span.start + 1,
            format!("value list `{}` has no values", id.as_deref().unwrap_or("?")),
            Some("values = [\"AL\", \"XK\"]".into()),
        );
    }
    let mut seen = BTreeSet::new();
    for v in &values {
        local_id(v, t.file, "value", !v.value.is_empty(), "values are option ids", &mut seen, d);
    }
    let sources = read_sources(t, today, &mut parts.sources_seen, d);
    // A list with a bad source is still a list: its values are what the rules using it need.
    if let Some(id) = id {
        parts.lists.insert(id, (values.into_iter().map(|v| v.value).collect(), sources.unwrap_or_default()));
    }
}

/// `ok`, after reporting E0003 "`value` is not WHAT" with `hint` when it is false.
fn kept(s: &Str, ok: bool, file: usize, what: &str, hint: &str, d: &mut Diags) -> bool {
    if !ok {
        d.error("E0003", file, s.span.clone(), format!("`{}` is not {what}", s.value), Some(hint.into()));
    }
    ok
}

/// A question's `key`: some of its `options`, each once (`exclusive` of a multiple-choice
/// question, `first` of a country question), on questions of one kind only (`allowed`).
fn some_options(
    t: &Table,
    key: &str,
    id: &str,
    allowed: bool,
    kind: &str,
    options: &[Str],
    d: &mut Diags,
) -> Vec<String> {
    let list = t.str_list(key, d);
    if !list.is_empty() && !allowed {
        let span = t.get(key).map_or(t.span.clone(), |v| v.span());
        d.error("E0003", t.file, span, format!("only {kind} questions have `{key}`"), None);
        return Vec::new();
    }
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for o in list {
        if !options.iter().any(|x| x.value == o.value) {
            let valid: Vec<&str> = options.iter().map(|x| x.value.as_str()).collect();
            let hint = match d.did_you_mean(&o.value, valid.iter().copied()) {
                Some(m) => format!("did you mean \"{m}\"?"),
                None => format!("`{key}` names options of `{id}`, which are: {}", list_of(&valid, 20)),
            };
            d.error(
                "E0103",
                t.file,
                o.span.clone(),
                format!("question `{id}` has no option \"{}\"", o.value),
                Some(hint),
            );
        } else if !seen.insert(o.value.clone()) {
            d.error("E0005", t.file, o.span.clone(), format!("option `{}` appears twice in `{key}`", o.value), None);
        } else {
            out.push(o.value);
        }
    }
    out
}

fn question(t: &Table, parts: &mut Parts, d: &mut Diags) {
    t.allow_keys(
        &[
            "id",
            "type",
            "options",
            "list",
            "min",
            "max",
            "dont_know",
            "sensitive",
            "relevant",
            "group",
            "exclusive",
            "first",
        ],
        d,
    );
    let Some(id) = id(t, "question", parts, d) else {
        return;
    };
    let type_str = t.req_str("type", "\"single\"", d);
    let mut kind = match type_str.as_ref().map(|s| s.value.as_str()) {
        Some("multi") => QuestionKind::Multi,
        Some("yes-no") => QuestionKind::YesNo,
        Some("number") => QuestionKind::Number { min: 0, max: 0 },
        Some("country") => QuestionKind::Country,
        Some("single") | None => QuestionKind::Single,
        Some(other) => {
            let hint = did_you_mean(other, QUESTION_TYPES)
                .map_or(format!("use one of: {}", QUESTION_TYPES.join(", ")), |m| format!("did you mean \"{m}\"?"));
            let span = type_str.as_ref().map_or(t.span.clone(), |s| s.span.clone());
            d.error("E0003", t.file, span, format!("unknown question type `{other}`"), Some(hint));
            QuestionKind::Single
        }
    };
    let mut options = t.str_list("options", d);
    let options_span = t.get("options").map_or(t.span.clone(), |v| v.span());
    if let Some(l) = t.str("list", d) {
        match (kind, parts.lists.get(&l.value)) {
            (QuestionKind::Country, Some((values, _))) => {
                let extra = std::mem::take(&mut options);
                options = values.iter().map(|v| Str::plain(v, l.span.clone())).chain(extra).collect();
            }
            (QuestionKind::Country, None) => {
                let hint = d
                    .did_you_mean(&l.value, parts.lists.keys().map(String::as_str))
                    .map(|m| format!("did you mean `{m}`?"));
                d.error("E0107", t.file, l.span.clone(), format!("unknown value list `{}`", l.value), hint);
            }
            _ => d.error(
                "E0003",
                t.file,
                l.span.clone(),
                "only country questions take their options from a `list`",
                Some("write the options with `options = [...]`".into()),
            ),
        }
    }
    for key in ["min", "max"] {
        if t.get(key).is_some() && !matches!(kind, QuestionKind::Number { .. }) {
            d.error(
                "E0003",
                t.file,
                t.get(key).map_or(t.span.clone(), |v| v.span()),
                format!("only number questions have `{key}`"),
                None,
            );
        }
    }
    match kind {
        QuestionKind::Single | QuestionKind::Multi if options.len() < 2 => d.error(
            "E0004",
            t.file,
            options_span,
            format!("question `{id}` needs at least two options"),
            Some("options = [\"a\", \"b\"]".into()),
        ),
        QuestionKind::Country if options.is_empty() => d.error(
            "E0004",
            t.file,
            t.span.start..t.span.start + 1,
            format!("country question `{id}` has no countries"),
            Some("add `list = \"countries\"` naming a [[list]] of ISO codes, or `options`".into()),
        ),
        QuestionKind::YesNo | QuestionKind::Number { .. } if !options.is_empty() => d.error(
            "E0003",
            t.file,
            options_span,
            format!("question `{id}` is {}, so it has no `options`", kind.id()),
            Some("remove `options`, or make it type = \"single\"".into()),
        ),
        QuestionKind::Number { .. } => {
            let (min, max) = (t.int("min", d), t.int("max", d));
            match (min, max) {
                (Some(min), Some(max)) if min <= max => kind = QuestionKind::Number { min, max },
                (Some(_), Some(_)) => d.error(
                    "E0003",
                    t.file,
                    t.span.start..t.span.start + 1,
                    format!("question `{id}`: `min` is more than `max`"),
                    None,
                ),
                _ => d.error(
                    "E0004",
                    t.file,
                    t.span.start..t.span.start + 1,
                    format!("number question `{id}` needs `min` and `max`"),
                    Some("such as `min = 0` and `max = 20`: the range a person can enter".into()),
                ),
            }
        }
        _ => {}
    }
    let mut seen = BTreeSet::new();
    for o in &options {
        let valid = !o.value.is_empty() && o.value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        local_id(o, t.file, "option", valid, "option ids use letters, digits and `_`", &mut seen, d);
    }
    let exclusive = some_options(t, "exclusive", &id, kind == QuestionKind::Multi, "multiple-choice", &options, d);
    let first = some_options(t, "first", &id, kind == QuestionKind::Country, "country", &options, d);
    let q = Question {
        id,
        kind,
        options: options.into_iter().map(|o| o.value).collect(),
        dont_know: t.bool("dont_know", false, d),
        sensitive: t.bool("sensitive", false, d),
        relevant: None,
        group: t
            .str("group", d)
            .filter(|g| {
                let ok = !g.value.is_empty()
                    && g.value.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
                kept(g, ok, t.file, "a group id", "group ids use lower-case letters, digits and `_`, like `health`", d)
            })
            .map(|g| g.value),
        exclusive,
        first,
    };
    let rel = t.str("relevant", d);
    parts.questions.push((q, t.file, rel));
}

/// Parses a rule and checks its question and option ids, how it uses each question (type),
/// and the value lists it names, which it replaces by their values. With `order = Some((i, id))`
/// (a relevance condition of question `i`), only questions before `i` may be read.
/// Returns the expression and the names of the lists it used (whose sources the result cites).
fn compile(
    s: &Str,
    file: usize,
    parts: &Parts,
    order: Option<(usize, &str)>,
    d: &mut Diags,
) -> Option<(Expr, Vec<String>)> {
    let parsed = expr::parse(&s.value);
    for e in &parsed.errors {
        d.error("E0101", file, s.sub_span(e.span.clone()), format!("rule: {}", e.message), e.hint.clone());
    }
    let mut ok = parsed.errors.is_empty();
    let mut lists = Vec::new();
    for r in &parsed.refs {
        let Some(&qi) = parts.question_index.get(&r.question) else {
            ok = false;
            let hint = d
                .did_you_mean(&r.question, parts.questions.iter().map(|(q, _, _)| q.id.as_str()))
                .map_or("rules name questions by their `id`".to_string(), |m| format!("did you mean `{m}`?"));
            d.error(
                "E0102",
                file,
                s.sub_span(r.span.clone()),
                format!("unknown question `{}`", r.question),
                Some(hint),
            );
            continue;
        };
        let q = &parts.questions[qi].0;
        if let Some((own, own_id)) = order {
            if qi >= own {
                ok = false;
                let msg = if qi == own {
                    format!("question `{own_id}` is shown depending on its own answer")
                } else {
                    format!("question `{own_id}` is shown depending on `{}`, which comes after it", r.question)
                };
                d.error(
                    "E0104",
                    file,
                    s.sub_span(r.span.clone()),
                    msg,
                    Some("a question can only depend on questions asked before it; move it after them".into()),
                );
            }
        }
        // The type check: how the rule uses the question must fit its kind.
        let fits = matches!(
            (r.op, q.kind),
            (RefOp::Choice, QuestionKind::Single | QuestionKind::YesNo | QuestionKind::Country)
                | (RefOp::Has, QuestionKind::Multi)
                | (RefOp::Number, QuestionKind::Number { .. })
        );
        if !fits {
            ok = false;
            let hint = match q.kind {
                QuestionKind::Multi => {
                    format!("`{}` is multiple choice: test one option with `{} has \"option\"`", q.id, q.id)
                }
                QuestionKind::Number { .. } => {
                    format!("`{}` is a number: compare it with a number, such as `{} >= 18`", q.id, q.id)
                }
                _ => format!(
                    "`{}` is {} question: compare it with an option, such as `{} == \"{}\"`",
                    q.id,
                    if q.kind == QuestionKind::YesNo { "a yes-no" } else { "a one-answer" },
                    q.id,
                    q.rule_options().first().copied().unwrap_or("…")
                ),
            };
            d.error(
                "E0106",
                file,
                s.sub_span(r.span.clone()),
                format!("`{}` is used as the wrong kind of question", q.id),
                Some(hint),
            );
            continue;
        }
        if let Some((list, span)) = &r.list {
            match parts.lists.get(list) {
                None => {
                    ok = false;
                    let hint = d
                        .did_you_mean(list, parts.lists.keys().map(String::as_str))
                        .map(|m| format!("did you mean `{m}`?"))
                        .or(Some("define it with [[list]] id = \"…\" values = [...]".into()));
                    d.error("E0107", file, s.sub_span(span.clone()), format!("unknown value list `{list}`"), hint);
                }
                Some((values, _)) => {
                    if !values.iter().any(|v| q.rule_options().contains(&v.as_str())) {
                        d.warning(
                            "W0110",
                            file,
                            s.sub_span(span.clone()),
                            format!("no value of list `{list}` is an option of `{}`, so this is never true", q.id),
                            None,
                        );
                    }
                    lists.push(list.clone());
                }
            }
        }
        let valid = q.rule_options();
        for (o, span) in &r.options {
            if !valid.contains(&o.as_str()) {
                ok = false;
                let hint = if o == DONT_KNOW || o == PREFER_NOT_TO_SAY {
                    "\"don't know\" and \"prefer not to say\" make a rule unknown by themselves; they cannot be tested"
                        .to_string()
                } else {
                    match d.did_you_mean(o, valid.iter().copied()) {
                        Some(m) => format!("did you mean \"{m}\"?"),
                        None => format!("the options of `{}` are: {}", q.id, list_of(&valid, 20)),
                    }
                };
                d.error(
                    "E0103",
                    file,
                    s.sub_span(span.clone()),
                    format!("question `{}` has no option \"{o}\"", q.id),
                    Some(hint),
                );
            }
        }
    }
    let mut expr = parsed.expr.filter(|_| ok)?;
    let missing = expr.resolve_lists(&|name| parts.lists.get(name).map(|(v, _)| v.clone()));
    debug_assert!(missing.is_empty(), "unknown lists were reported above");
    // Each question's index, so that evaluation reads answers without searching (`expr::At`);
    // `parts.questions` is in the order of `Assessment::questions`.
    expr.resolve_questions(&|id| parts.question_index.get(id).copied());
    Some((expr, lists))
}

/// Questions whose relevance conditions depend on each other in a circle (E0105). Returns
/// their indexes, so that the order check does not report the same problem again. The
/// questions in circles are found in one pass (strongly connected components); the circle
/// each error names is a shortest one back to its question, looked for within its component,
/// for as many as can be shown (a content with 40,000 questions in one circle gets the others'
/// errors without the circle).
fn relevance_cycles(parts: &Parts, d: &mut Diags) -> BTreeSet<usize> {
    let deps: Vec<Vec<usize>> = parts
        .questions
        .iter()
        .map(|(_, _, rel)| {
            rel.as_ref().map_or(Vec::new(), |s| {
                expr::parse(&s.value)
                    .refs
                    .iter()
                    .filter_map(|r| parts.question_index.get(&r.question).copied())
                    .collect()
            })
        })
        .collect();
    let component = components(&deps);
    let mut size = vec![0usize; deps.len()];
    for &c in &component {
        size[c] += 1;
    }
    let in_cycle: BTreeSet<usize> =
        (0..deps.len()).filter(|&i| size[component[i]] > 1 || deps[i].contains(&i)).collect();
    for (n, &start) in in_cycle.iter().enumerate() {
        let (q, file, rel) = &parts.questions[start];
        let path = if n < SHOWN_LIMIT { circle(&deps, &component, start) } else { Vec::new() };
        let names: Vec<&str> = path.iter().map(|i| parts.questions[*i].0.id.as_str()).collect();
        let first = *path.get(1).unwrap_or(&start);
        let span = rel.as_ref().map_or(0..0, |s| {
            let refs = expr::parse(&s.value).refs;
            let r = refs.iter().find(|r| r.question == parts.questions[first].0.id);
            r.map_or(s.span.clone(), |r| s.sub_span(r.span.clone()))
        });
        let message = if deps[start].contains(&start) && path.len() <= 2 {
            format!("question `{}` is shown depending on its own answer", q.id)
        } else if names.is_empty() {
            format!("question `{}` is shown depending on questions that depend on it, in a circle", q.id)
        } else {
            // A circle of 40,000 questions is named by its first few.
            let shown = if names.len() > 10 {
                format!("{} → … ({} questions) → {}", names[..8].join(" → "), names.len() - 1, names[0])
            } else {
                names.join(" → ")
            };
            format!("questions are shown depending on each other in a circle: {shown}")
        };
        d.error(
            "E0105",
            *file,
            span,
            message,
            Some(format!("`{}` can never be decided; remove one of these conditions", q.id)),
        );
    }
    in_cycle
}

/// The strongly connected component of each node (Tarjan's algorithm, without recursion, so
/// that a chain of 40,000 questions does not overflow the stack).
fn components(deps: &[Vec<usize>]) -> Vec<usize> {
    const NONE: usize = usize::MAX;
    let n = deps.len();
    let (mut index, mut low, mut component) = (vec![NONE; n], vec![0; n], vec![NONE; n]);
    let (mut next_index, mut next_component) = (0, 0);
    let mut stack = Vec::new();
    let mut on_stack = vec![false; n];
    for root in 0..n {
        if index[root] != NONE {
            continue;
        }
        // (node, next edge to look at)
        let mut work = vec![(root, 0)];
        while let Some(&mut (v, ref mut edge)) = work.last_mut() {
            if *edge == 0 {
                index[v] = next_index;
                low[v] = next_index;
                next_index += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(&w) = deps[v].get(*edge) {
                *edge += 1;
                if index[w] == NONE {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component[w] = next_component;
                    if w == v {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}

/// A shortest circle from `start` back to it within its component: `start`, …, `start`.
fn circle(deps: &[Vec<usize>], component: &[usize], start: usize) -> Vec<usize> {
    let mut came_from: BTreeMap<usize, usize> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(node) = queue.pop_front() {
        for &next in &deps[node] {
            if next == start {
                // Back from `node` to `start`, then round to `start` again.
                let mut path = vec![node];
                while let Some(&before) = came_from.get(path.last().expect("not empty")) {
                    path.push(before);
                }
                path.reverse();
                path.push(start);
                return path;
            }
            if component[next] == component[start] && next != start && !came_from.contains_key(&next) {
                came_from.insert(next, node);
                queue.push_back(next);
            }
        }
    }
    vec![start, start]
}

fn expr_field(t: &Table, key: &str, parts: &Parts, required: bool, d: &mut Diags) -> Option<Expr> {
    expr_with_lists(t, key, parts, required, d).map(|(e, _)| e)
}

/// A rule and the value lists it used.
fn expr_with_lists(t: &Table, key: &str, parts: &Parts, required: bool, d: &mut Diags) -> Option<(Expr, Vec<String>)> {
    let s = if required { t.req_str(key, "'question == \"option\"'", d)? } else { t.str(key, d)? };
    compile(&s, t.file, parts, None, d)
}

/// `source = { url = …, checked = … }`, or a list of them: `source = [{ … }, { … }]`.
fn read_sources(
    t: &Table,
    today: Option<Date>,
    seen: &mut Vec<(usize, Span, Source)>,
    d: &mut Diags,
) -> Option<Vec<Source>> {
    let Some(v) = t.get("source") else {
        d.error(
            "E0401",
            t.file,
            t.span.start..t.span.start + 1,
            format!("{} has no source", t.what),
            Some("add `source = { url = \"https://…\", checked = 2026-11-23 }`: nothing ships without a source".into()),
        );
        return None;
    };
    let items: Vec<_> = match v.get_ref() {
        toml::de::DeValue::Array(a) if !a.is_empty() => a.iter().collect(),
        _ => vec![v],
    };
    let sources: Vec<Option<Source>> = items
        .into_iter()
        .map(|v| {
            let s = read_source(t, v, today, d);
            if let Some(s) = &s {
                seen.push((t.file, v.span(), s.clone()));
            }
            s
        })
        .collect();
    sources.into_iter().collect()
}

fn read_source<'a, 'i>(
    t: &Table<'a, 'i>,
    v: &'a toml::Spanned<toml::de::DeValue<'i>>,
    today: Option<Date>,
    d: &mut Diags,
) -> Option<Source> {
    let s = Table::new(t.file, t.text, v, "`source`", d)?;
    s.allow_keys(&["url", "checked", "published", "updated"], d);
    let url = s.req_str("url", "\"https://…\"", d).and_then(|u| field(validate::url(&u.value), t.file, u.span, d));
    let checked = match s.date_text("checked", d) {
        // A date TOML could not read: its syntax error (E0001) says so.
        None if s.get("checked").is_some() => None,
        None => {
            d.error(
                "E0004",
                t.file,
                v.span(),
                "the source has no `checked` date",
                Some("add `checked = 2026-11-23`, the day you read the source".into()),
            );
            None
        }
        Some((text, span)) => {
            let date = field(validate::checked_date(&text, today), t.file, span.clone(), d);
            if let Some(w) = date.zip(today).and_then(|(date, today)| validate::stale(date, today)) {
                d.warning(w.code, t.file, span, w.message, Some(w.hint));
            }
            date
        }
    };
    let own = page_date(&s, checked.or(today), d);
    Some(Source { url: url?, checked: checked?, own })
}

/// A source's own date: `published = …` or `updated = …`, as the page states it, to the day,
/// the month (`"2023-03"`) or the year (`"2022"`). Never after the day the page was read.
fn page_date(s: &Table, read_on: Option<Date>, d: &mut Diags) -> Option<PageDate> {
    let published = s.date_text("published", d);
    let updated = s.date_text("updated", d);
    let ((text, span), is_updated) = match (published, updated) {
        (Some(p), None) => (p, false),
        (None, Some(u)) => (u, true),
        (None, None) => return None,
        (Some(_), Some((_, span))) => {
            d.error(
                "E0208",
                s.file,
                span,
                "a source has either `published` or `updated`, not both",
                Some("keep the date the page shows most prominently, usually the last update".into()),
            );
            return None;
        }
    };
    let Some(date) = PageDate::parse(&text, is_updated) else {
        d.error(
            "E0208",
            s.file,
            span,
            format!("`{text}` is not a page date"),
            Some("write the date as the page gives it: 2023-03-15, \"2023-03\" or \"2023\"".into()),
        );
        return None;
    };
    if read_on.is_some_and(|r| date.earliest() > r) {
        d.error(
            "E0208",
            s.file,
            span,
            format!("the page's date {date} is after the day it was read"),
            Some("a page cannot be dated after `checked`: check both dates".into()),
        );
        return None;
    }
    Some(date)
}

/// W0403: sources whose page is older than `months` before `today`, or undated. One warning
/// for all of them at the first, or with `list` one per source.
fn stale_pages(seen: &[(usize, Span, Source)], today: Date, months: i64, list: bool, d: &mut Diags) {
    let mut stale: Vec<&(usize, Span, Source)> =
        seen.iter().filter(|(_, _, s)| s.own.is_none_or(|own| i64::from(own.months_before(today)) > months)).collect();
    stale.sort_by_key(|(file, span, _)| (*file, span.start));
    // A page cited in several places is one source: listed once, where it is first written.
    let mut listed = BTreeSet::new();
    stale.retain(|(_, _, s)| listed.insert((s.url.clone(), s.own.map(|o| o.to_string()))));
    let Some((file, span, _)) = stale.first() else { return };
    if list {
        for (file, span, s) in &stale {
            let message = match s.own {
                Some(own) => {
                    format!("the page is of {own}, more than {months} months before {today} (checked {})", s.checked)
                }
                None => format!("the page shows no date (checked {})", s.checked),
            };
            d.warning(
                "W0403",
                *file,
                span.clone(),
                message,
                Some("look for a newer page, or re-read this one and write `published` or `updated`".into()),
            );
        }
    } else {
        d.warning(
            "W0403",
            *file,
            span.clone(),
            format!(
                "{} source(s) are pages older than {months} months or without a date, such as this one",
                stale.len()
            ),
            Some("`avenir lint --stale` lists them all; look for newer pages".into()),
        );
    }
}

/// Runs one of the core's field checks and reports its problem at `span`.
fn field<T>(result: Result<T, validate::Problem>, file: usize, span: Span, d: &mut Diags) -> Option<T> {
    result.map_err(|p| d.error(p.code, file, span, p.message, Some(p.hint))).ok()
}

fn need(t: &Table, parts: &mut Parts, d: &mut Diags) {
    t.allow_keys(&["id", "when", "urgency", "immediate_when", "legal_first"], d);
    let id = id(t, "need", parts, d);
    let when = expr_field(t, "when", parts, true, d);
    let immediate_when = expr_field(t, "immediate_when", parts, false, d);
    let legal_first = t.bool("legal_first", false, d);
    let urgency = t.req_str("urgency", "\"before-departure\"", d).and_then(|s| {
        let u = Urgency::from_id(&s.value);
        if u.is_none() {
            let ids: Vec<&str> = Urgency::ALL.iter().map(|u| u.id()).collect();
            d.error(
                "E0003",
                t.file,
                s.span,
                format!("unknown urgency `{}`", s.value),
                Some(format!("use one of: {}", ids.join(", "))),
            );
        }
        u
    });
    if let (Some(id), Some(when), Some(urgency)) = (id, when, urgency) {
        parts.needs.push(Need { id, when, urgency, immediate_when, legal_first });
    }
}

fn contact(t: &Table, parts: &mut Parts, today: Option<Date>, d: &mut Diags) {
    t.allow_keys(
        &[
            "id",
            "name",
            "kind",
            "applies",
            "needs",
            "phone",
            "phone_national",
            "email",
            "website",
            "address",
            "city",
            "postal_code",
            "confidential",
            "hours",
            "languages",
            "countries",
            "regions",
            "source",
        ],
        d,
    );
    let id = id(t, "contact", parts, d);
    let name = t.req_str("name", "\"Organisation name\"", d);
    let kind = match t.str("kind", d) {
        None => Some(ContactKind::Service),
        Some(s) => match s.value.as_str() {
            "service" => Some(ContactKind::Service),
            "legal-advice" => Some(ContactKind::LegalAdvice),
            "emergency" => Some(ContactKind::Emergency),
            other => {
                d.error(
                    "E0003",
                    t.file,
                    s.span,
                    format!("unknown contact kind `{other}`"),
                    Some("use \"service\", \"legal-advice\" or \"emergency\"".into()),
                );
                None
            }
        },
    };
    let applies = expr_field(t, "applies", parts, false, d);
    let needs = t.str_list("needs", d);
    let mut phone = t.str("phone", d).and_then(|p| field(validate::phone(&p.value), t.file, p.span, d));
    // The national form of a free number (0800 …), which may be the only one diallable inside
    // the country: digits, spaces and at most one leading `0` group, as printed.
    if let Some(n) = t.str("phone_national", d) {
        let ok = n.value.starts_with('0')
            && n.value.chars().all(|c| c.is_ascii_digit() || c == ' ')
            && (5..=20).contains(&n.value.chars().filter(char::is_ascii_digit).count());
        if !ok {
            d.error(
                "E0203",
                t.file,
                n.span,
                format!("`{}` is not a national phone number", n.value),
                Some("write the number as printed for calls inside the country, such as \"0800 32 745\"".into()),
            );
        } else if let Some(p) = &mut phone {
            p.national = Some(n.value);
        } else {
            d.error(
                "E0004",
                t.file,
                n.span,
                "`phone_national` needs `phone`, the international form",
                Some("add `phone = \"+32 800 32 745\"`".into()),
            );
        }
    }
    let email = t.str("email", d).and_then(|e| field(validate::email(&e.value), t.file, e.span, d));
    let website = t.str("website", d).and_then(|w| field(validate::url(&w.value), t.file, w.span, d));
    let hours = t.str("hours", d).and_then(|h| field(validate::opening_hours(&h.value), t.file, h.span, d));
    let languages = t.str_list("languages", d).into_iter().map(|l| l.value).collect();
    let countries = t
        .str_list("countries", d)
        .into_iter()
        .filter(|c| {
            let ok = c.value.len() == 2 && c.value.chars().all(|ch| ch.is_ascii_uppercase());
            kept(c, ok, t.file, "a country code", "use ISO 3166 codes in capitals, such as \"BE\" or \"XK\"", d)
        })
        .map(|c| c.value)
        .collect();
    let regions = t.str_list("regions", d).into_iter().map(|r| r.value).collect();
    let confidential = t.bool("confidential", false, d);
    let address = t.str("address", d).and_then(|a| {
        if confidential {
            d.error(
                "E0207",
                t.file,
                a.span,
                format!("confidential contact `{}` has an address", id.as_deref().unwrap_or("?")),
                Some("a confidential contact shows only its phone or intake point".into()),
            );
            return None;
        }
        Some(a.value)
    });
    let town = avenir_core::model::Town {
        city: t.str("city", d).map(|c| c.value),
        postal_code: t.str("postal_code", d).map(|p| p.value),
    };
    if let Some(a) = t.str("address", d).filter(|_| !confidential && town.city.is_none()) {
        d.warning(
            "W0209",
            t.file,
            a.span,
            "an address without its `city`: the contact's Open Referral (HSDS) export needs it",
            Some("add `city = \"…\"` and `postal_code = \"…\"` as the address gives them (`postal_code = \"\"` where it has none)".into()),
        );
    }
    let source = read_sources(t, today, &mut parts.sources_seen, d);
    if phone.is_none() && email.is_none() && website.is_none() && address.is_none() && t.get("phone").is_none() {
        d.error(
            "E0004",
            t.file,
            t.span.start..t.span.start + 1,
            format!("contact `{}` has no phone, e-mail, website or address", id.as_deref().unwrap_or("?")),
            Some("a person needs at least one way to reach it".into()),
        );
    }
    if let (Some(id), Some(name), Some(kind), Some(source)) = (id, name, kind, source) {
        let c = Contact {
            id,
            name: name.value,
            kind,
            applies,
            needs: Vec::new(),
            phone,
            email,
            website,
            address,
            town,
            confidential,
            hours,
            languages,
            countries,
            regions,
            sources: source,
            site: false,
        };
        parts.contacts.push((c, t.file, needs));
    }
}

fn programme(t: &Table, parts: &mut Parts, today: Option<Date>, d: &mut Diags) {
    t.allow_keys(&["id", "applies", "source", "contacts", "criterion", "entitlement"], d);
    let id = id(t, "programme", parts, d);
    let no_entitlement = !t.bool("entitlement", true, d);
    let mut discretionary: Option<Span> = None;
    let applies = expr_field(t, "applies", parts, false, d);
    let source = read_sources(t, today, &mut parts.sources_seen, d);
    let contacts = t.str_list("contacts", d);
    let mut criteria = Vec::new();
    let mut crit_ids = BTreeSet::new();
    let crit_tables = t.tables("criterion", d);
    if crit_tables.is_empty() {
        d.error(
            "E0004",
            t.file,
            t.span.start..t.span.start + 1,
            format!("programme `{}` has no [[programme.criterion]]", id.as_deref().unwrap_or("?")),
            Some("who can use it must be written as criteria, each with its source".into()),
        );
    }
    for v in crit_tables {
        let Some(c) = Table::new(t.file, t.text, v, "a criterion", d) else {
            continue;
        };
        c.allow_keys(&["id", "when", "source", "discretionary"], d);
        let is_discretionary = c.bool("discretionary", false, d);
        let cid = c.req_str("id", "\"some_id\"", d);
        if let Some(cid) = &cid {
            let valid = valid_id(&cid.value);
            local_id(cid, c.file, "criterion", valid, "ids use lower-case letters, digits and `_`", &mut crit_ids, d);
        }
        let when = expr_with_lists(&c, "when", parts, true, d);
        let src = read_sources(&c, today, &mut parts.sources_seen, d);
        if let (Some(cid), Some((when, lists)), Some(mut src)) = (cid, when, src) {
            // A criterion that uses a value list cites the list's sources too.
            for (_, list_sources) in lists.iter().filter_map(|l| parts.lists.get(l)) {
                src.extend(list_sources.iter().filter(|s| !src.contains(s)).cloned().collect::<Vec<_>>());
            }
            if is_discretionary {
                let span = c.get("discretionary").map_or(cid.span.clone(), |v| v.span());
                discretionary.get_or_insert(span.clone());
                // Discretionary: an authority decides, so no answers may make it true.
                let read: Vec<Question> = when
                    .questions()
                    .into_iter()
                    .filter_map(|q| parts.question_index.get(q).map(|&i| parts.questions[i].0.clone()))
                    .collect();
                if analysis::satisfiable(&[&when], &read) == Some(true) {
                    d.error(
                        "E0110",
                        c.file,
                        span,
                        format!("criterion `{}` is discretionary but some answers make it true", cid.value),
                        Some(
                            "an authority decides it, so it is at most unknown: write its condition `… and unknown`"
                                .into(),
                        ),
                    );
                }
                if let Some(pid) = &id {
                    parts.discretionary.insert((pid.clone(), cid.value.clone()));
                }
            }
            if let Some(pid) = &id {
                parts.criterion_places.insert((pid.clone(), cid.value.clone()), (c.file, cid.span.clone()));
            }
            criteria.push(Criterion { id: cid.value, when, sources: src });
        }
    }
    if let (Some(span), false) = (&discretionary, no_entitlement) {
        d.error(
            "E0111",
            t.file,
            span.clone(),
            format!(
                "programme `{}` has a discretionary criterion but no `entitlement = false`",
                id.as_deref().unwrap_or("?")
            ),
            Some("where an authority decides case by case there is no right to it: add `entitlement = false`".into()),
        );
    }
    if let (Some(id), Some(source)) = (id, source) {
        let p = Programme { id, applies, criteria, sources: source, contacts: Vec::new(), site: false, no_entitlement };
        parts.programmes.push((p, t.file, contacts));
    }
}

/// Contacts name needs; programmes name contacts: every name must exist (an item with an error
/// exists: its error is reported, and not once more for each name of it).
fn cross_references(parts: &Parts, d: &mut Diags) {
    let defined = |kind: &str| -> BTreeSet<&str> {
        parts.ids.keys().filter(|(k, _)| *k == kind).map(|(_, id)| id.as_str()).collect()
    };
    let (need_ids, contact_ids) = (defined("need"), defined("contact"));
    let check = |names: &[Str], known: &BTreeSet<&str>, kind: &str, file: usize, d: &mut Diags| {
        for n in names {
            if !known.contains(n.value.as_str()) {
                let hint = d.did_you_mean(&n.value, known.iter().copied()).map(|m| format!("did you mean `{m}`?"));
                d.error("E0206", file, n.span.clone(), format!("unknown {kind} `{}`", n.value), hint);
            }
        }
    };
    for (_, file, needs) in &parts.contacts {
        check(needs, &need_ids, "need", *file, d);
    }
    for (_, file, contacts) in &parts.programmes {
        check(contacts, &contact_ids, "contact", *file, d);
    }
}

/// Every text key the content and the interface need (each with the file of the programme that
/// needs it, `None` for the interface's and the questions' and needs'), and the optional ones.
fn expected_keys(parts: &Parts) -> (Vec<(String, Option<usize>)>, Vec<String>) {
    let mut req: Vec<String> = ui::ALL.iter().map(|k| k.to_string()).collect();
    let mut by_programme = Vec::new();
    let mut opt = Vec::new();
    for o in ["yes", "no", DONT_KNOW, PREFER_NOT_TO_SAY] {
        req.push(keys::shared_option(o));
    }
    // Each group's text once, however many questions it has (a set: not a search of `req`
    // per question, which 40,000 questions in groups made minutes).
    let mut groups = BTreeSet::new();
    for (q, _, _) in &parts.questions {
        req.push(keys::question(&q.id));
        if let Some(key) = q.group.as_deref().map(keys::group).filter(|k| groups.insert(k.clone())) {
            req.push(key);
        }
        opt.push(keys::question_hint(&q.id));
        if q.sensitive {
            req.push(keys::question_why(&q.id))
        } else {
            opt.push(keys::question_why(&q.id))
        }
        match q.kind {
            QuestionKind::Single | QuestionKind::Multi => req.extend(q.options.iter().map(|o| keys::option(&q.id, o))),
            // Countries are named by the platform (`Intl`); a text overrides that, and options
            // that are not country codes ("other") need one.
            QuestionKind::Country => {
                for o in &q.options {
                    let is_code = o.len() == 2 && o.chars().all(|c| c.is_ascii_uppercase());
                    if is_code { opt.push(keys::option(&q.id, o)) } else { req.push(keys::option(&q.id, o)) }
                }
            }
            QuestionKind::YesNo | QuestionKind::Number { .. } => {}
        }
    }
    for (p, file, _) in &parts.programmes {
        let mut req = Vec::new();
        req.extend([
            keys::programme(&p.id),
            keys::programme_runs(&p.id),
            keys::programme_offers(&p.id),
            keys::programme_how(&p.id),
        ]);
        for c in &p.criteria {
            let offers_dont_know =
                |q: &str| parts.question_index.get(q).is_some_and(|&i| parts.questions[i].0.dont_know);
            req.extend(
                criterion_outcomes(&c.when, offers_dont_know).into_iter().map(|o| keys::criterion(&p.id, &c.id, o)),
            );
        }
        by_programme.extend(req.into_iter().map(|k| (k, Some(*file))));
    }
    for n in &parts.needs {
        req.extend([keys::need(&n.id), keys::need_help(&n.id)]);
    }
    let mut req: Vec<(String, Option<usize>)> = req.into_iter().map(|k| (k, None)).collect();
    req.append(&mut by_programme);
    for (c, _, _) in &parts.contacts {
        opt.extend([keys::contact_about(&c.id), keys::contact_name(&c.id), keys::contact_regions(&c.id)]);
    }
    (req, opt)
}

/// The outcomes a criterion's reason can show (`evaluate::CriterionResult::outcome_id`), so the
/// texts it needs: `met` and `unmet` where answers can settle it; `unknown` where its rule leaves
/// it open (`unknown` in the rule: a criterion that is only `unknown` shows nothing else);
/// `not-answered` where it reads a question (every question can be skipped with "prefer not to
/// say", or not be asked); `dont-know` where a question it reads offers "don't know".
pub fn criterion_outcomes(when: &Expr, offers_dont_know: impl Fn(&str) -> bool) -> Vec<&'static str> {
    fn leaves_open(e: &Expr) -> bool {
        match e {
            Expr::Lit(t) => *t == avenir_core::Tri::Unknown,
            Expr::Not(e) => leaves_open(e),
            Expr::And(es) | Expr::Or(es) => es.iter().any(leaves_open),
            _ => false,
        }
    }
    let read = when.questions();
    if read.is_empty() && leaves_open(when) {
        return vec!["unknown"];
    }
    let mut out = vec!["met", "unmet"];
    if leaves_open(when) {
        out.push("unknown");
    }
    if !read.is_empty() {
        out.push("not-answered");
    }
    if read.into_iter().any(offers_dont_know) {
        out.push("dont-know");
    }
    out
}

/// Missing texts, per language (`texts`: each language's texts, all its files together), and
/// unused ones, in the file that has them (`sources`). `places`: where the TOML files with
/// texts of their own have `[texts]` (`(file, "")`) and each language in it (`(file, tag)`).
fn check_texts(
    parts: &Parts,
    texts: &[(Texts, usize)],
    sources: &[(Texts, usize)],
    places: &BTreeMap<(usize, &str), Span>,
    files: &[SourceFile],
    report_unused: bool,
    d: &mut Diags,
) {
    let (req_at, opt) = expected_keys(parts);
    let req: Vec<String> = req_at.iter().map(|(k, _)| k.clone()).collect();
    // The texts for an unknown criterion that say why (`not-answered`, `dont-know`): a
    // criterion that has its other texts but lacks one of these is reported at the criterion.
    let mut variants: BTreeMap<String, (&str, &str, &str)> = BTreeMap::new();
    for (p, _, _) in &parts.programmes {
        for c in &p.criteria {
            for o in ["not-answered", "dont-know"] {
                variants.insert(keys::criterion(&p.id, &c.id, o), (p.id.as_str(), c.id.as_str(), o));
            }
        }
    }
    // A contact's name and regions are texts once the default language has them: then every
    // language needs them (a missing one shows the default language's, W0304).
    let opted: Vec<(String, Option<usize>)> = parts
        .contacts
        .iter()
        .flat_map(|(c, _, _)| [keys::contact_name(&c.id), keys::contact_regions(&c.id)])
        .filter(|k| texts.first().is_some_and(|(t, _)| t.has(k)))
        .map(|k| (k, None))
        .collect();
    // A programme written in a TOML file with texts of its own (`[texts]`, an embedding site's
    // file) has its missing texts reported there; every other missing text in the language's file.
    for (n, (t, file)) in texts.iter().enumerate() {
        let mut missing: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
        for (k, at) in req_at.iter().chain(&opted).filter(|(k, _)| !t.has(k)) {
            let home = at.filter(|f| places.contains_key(&(*f, ""))).unwrap_or(*file);
            if let (0, Some(&(p, c, outcome))) = (n, variants.get(k)) {
                let has_others = ["met", "unmet", "unknown"].iter().any(|o| t.has(&keys::criterion(p, c, o)));
                if let (true, Some((cfile, span))) =
                    (has_others, parts.criterion_places.get(&(p.to_string(), c.to_string())))
                {
                    let (case, say) = if outcome == "dont-know" {
                        ("answered \"I don't know\" to a question it reads", "say that the person does not know yet")
                    } else {
                        (
                            "did not answer a question it reads (skipped it, preferred not to say, or was not asked)",
                            "claim no answer the person did not give",
                        )
                    };
                    d.error(
                        "E0112",
                        *cfile,
                        span.clone(),
                        format!("criterion `{c}` of programme `{p}` has no text for when the person {case}"),
                        Some(if home == *file {
                            format!("add `{k} = …` to {}: its reason in that case, which must {say}", files[home].path)
                        } else {
                            format!(
                                "add `{k} = …` under [texts], {}: its reason in that case, which must {say}",
                                t.lang
                            )
                        }),
                    );
                    continue;
                }
            }
            missing.entry(home).or_default().push(k);
        }
        // One diagnostic per language and file, listing the keys: a new language lacks them all.
        for (home, missing) in missing {
            let shown = missing[..missing.len().min(8)].join(", ");
            let more = if missing.len() > 8 { format!(" and {} more", missing.len() - 8) } else { String::new() };
            let msg = format!("{} text(s) missing in {}: {shown}{more}", missing.len(), t.lang);
            let hint = Some(if home == *file {
                format!("add `{} = …` and the others to {}", missing[0], files[home].path)
            } else {
                format!("add `{} = …` and the others under [texts]: {} = \'\'\'…\'\'\'", missing[0], t.lang)
            });
            // The default language must be complete; others fall back to it.
            let at = places.get(&(home, t.lang.as_str())).or(places.get(&(home, ""))).cloned().unwrap_or(0..0);
            if n == 0 { d.error("E0302", home, at, msg, hint) } else { d.warning("W0304", home, at, msg, hint) }
        }
    }
    let used: BTreeSet<&str> = req.iter().chain(&opt).map(String::as_str).collect();
    for (t, file) in sources.iter().filter(|_| report_unused) {
        let places = ftl::message_places(&files[*file].text);
        // A selector's variants (`key[one]`, `key[$]`: ftl's compilation) go with their message.
        for k in t.messages.keys().filter(|k| !used.contains(k.as_str()) && !k.contains('[')) {
            let hint = d
                .did_you_mean(k, used.iter().copied())
                .map(|m| format!("did you mean `{m}`?"))
                .or(Some("nothing uses this text; remove it or check its key".into()));
            let at = places.get(k.as_str()).cloned().unwrap_or(0..0);
            d.warning("W0305", *file, at, format!("unused text `{k}`"), hint);
        }
    }
}
