//! The fuzz targets (the engine is `src/lib.rs`): each runs a fixed number of mutated inputs
//! from a seed corpus of real files, in a thread with the browser's stack, and fails on a panic,
//! a stack overflow (which aborts: the input is in `target/fuzz/<target>.current`) or a broken
//! property. `AVENIR_FUZZ_SCALE=50 cargo test -p avenir-fuzz --test fuzz -- --nocapture` runs
//! 50 times longer; see `ARCHITECTURE.md`.
//!
//! | target | what | properties beyond "no panic, no stack overflow" |
//! |---|---|---|
//! | `expr` | the rule parser | error spans inside the rule and on character boundaries; question references at their span; a parsed rule printed and parsed again is the same rule |
//! | `content` | the content checker (TOML and Fluent, all files in memory) | every diagnostic in a file given, its span inside the file; valid content evaluates, and its hand-off codes round-trip |
//! | `site` | an embedding site's file, `site::check` | every `file:line:col` shown is in that file; the site's additions apply to the content |
//! | `hsds-json` | HSDS JSON import, and the browser's `for_site` | diagnostics inside the file; the TOML written parses; `for_site`'s TOML passes `site::check` without a panic |
//! | `hsds-csv` | HSDS CSV tables import, and `for_site` | the same, each diagnostic in its own table |
//! | `handoff` | hand-off codes typed by a counsellor | a code read is read again from its own encoding; every answer read fits and is asked; every single wrong character and swap of neighbours of a code read is caught |
//! | `qr` | QR frames, `decode_luma` | a drawn code reads back; a damaged frame never reads as another valid hand-off code |

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use avenir_content::diag::SourceFile;
use avenir_content::graph::render_expr;
use avenir_content::hsds::{self, Imported};
use avenir_content::hsds::{SiteFile, for_site};
use avenir_content::{Diagnostic, check, render, site};
use avenir_core::answers::Answers;
use avenir_core::expr::parse;
use avenir_core::handoff::{self, HandoffError};
use avenir_core::model::Assessment;
use avenir_fuzz::{Fuzz, Rng, Verdict, budget, stack};

#[path = "../../avenir-core/tests/support/pick.rs"]
mod support;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `target/fuzz`: the report, the input being tried, the crashes.
fn out() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap_or(Path::new("target")).join("fuzz")
}

/// A target with `inputs` inputs by default (`AVENIR_FUZZ_INPUTS`, `AVENIR_FUZZ_SCALE`), of at
/// most `max_len` bytes.
fn fuzz(name: &'static str, inputs: usize, max_len: usize, seeds: Vec<Vec<u8>>, tokens: Vec<Vec<u8>>) -> Fuzz {
    Fuzz {
        name,
        inputs: budget(inputs),
        stack: stack(),
        max_len,
        seeds,
        tokens,
        out: out(),
        fixup: None,
        known: Vec::new(),
        text: true,
    }
}

/// Runs the target and fails the test on any failure (each is printed with its input).
fn run(f: Fuzz, check: impl Fn(&[u8]) -> Verdict + Sync) {
    let name = f.name;
    let report = f.run(check);
    let new = report.failures.iter().filter(|f| f.known.is_none()).count();
    assert!(new == 0, "fuzz {name}: {new} failing input(s), see above");
}

fn text(input: &[u8]) -> String {
    String::from_utf8_lossy(input).into_owned()
}

// ------------------------------------------------------------------------------------------
// Seeds: the default content, the golden diagnostics' inputs, the HSDS fixtures
// ------------------------------------------------------------------------------------------

/// The default content's files, named `default/…`.
fn default_files() -> &'static [SourceFile] {
    static FILES: OnceLock<Vec<SourceFile>> = OnceLock::new();
    FILES.get_or_init(|| {
        let dir = root().join("assessments/default");
        let prefix = dir.display().to_string();
        avenir_content::fs::read_dir(&dir)
            .expect("the default content is readable")
            .into_iter()
            .map(|f| SourceFile { path: f.path.replace(&prefix, "default"), text: f.text })
            .collect()
    })
}

/// The default content in English only, as the golden tests check it: what the mutated files
/// are checked with (every language's file would make each input ten times slower, for the
/// same parsers).
fn english_files() -> &'static [SourceFile] {
    static FILES: OnceLock<Vec<SourceFile>> = OnceLock::new();
    FILES.get_or_init(|| {
        default_files()
            .iter()
            .filter(|f| !f.path.starts_with("default/texts/") || f.path == "default/texts/en.ftl")
            .map(|f| SourceFile { path: f.path.clone(), text: avenir_content::testing::only_english(&f.text) })
            .collect()
    })
}

fn default_assessment() -> &'static Assessment {
    static A: OnceLock<Assessment> = OnceLock::new();
    A.get_or_init(|| check(default_files(), None).assessment.expect("the default content is valid"))
}

fn english_assessment() -> &'static Assessment {
    static A: OnceLock<Assessment> = OnceLock::new();
    A.get_or_init(|| check(english_files(), None).assessment.expect("the English content is valid"))
}

/// Every golden diagnostics case: its directory name and its files (relative path, text),
/// `expected.txt` left out.
fn golden_cases() -> Vec<(String, Vec<(String, String)>)> {
    fn files(dir: &Path, prefix: &str, out: &mut Vec<(String, String)>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        entries.sort();
        for p in entries {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let rel = if prefix.is_empty() { name.clone() } else { format!("{prefix}/{name}") };
            if p.is_dir() {
                files(&p, &rel, out);
            } else if name != "expected.txt" && !name.ends_with(".make") {
                // Seeds as text: a case may hold bytes that are not UTF-8 (E0007), or a link or
                // a large file made at test time (E0008, E0009), which are no seeds.
                match std::fs::symlink_metadata(&p) {
                    Ok(m) if m.is_file() && m.len() <= 1 << 20 => {
                        out.push((rel, String::from_utf8_lossy(&std::fs::read(&p).unwrap()).into_owned()))
                    }
                    _ => {}
                }
            }
        }
    }
    let dir = root().join("crates/avenir-content/tests/diagnostics");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    cases.sort();
    cases
        .into_iter()
        .filter(|p| p.is_dir())
        .map(|p| {
            let mut out = Vec::new();
            files(&p, "", &mut out);
            (p.file_name().unwrap().to_string_lossy().into_owned(), out)
        })
        .collect()
}

fn is_hsds_case(files: &[(String, String)]) -> bool {
    files.iter().any(|(name, _)| name == "hsds.json" || name.ends_with(".csv"))
}

/// Tokens of a format taken from its seeds: every short quoted string and every word.
fn tokens_of<'a>(texts: impl IntoIterator<Item = &'a str>, extra: &[&str]) -> Vec<Vec<u8>> {
    let mut tokens: BTreeSet<String> = extra.iter().map(|s| s.to_string()).collect();
    for text in texts {
        for (i, piece) in text.split('"').enumerate() {
            if i % 2 == 1 && (1..=40).contains(&piece.len()) && !piece.contains('\n') {
                tokens.insert(format!("\"{piece}\""));
            }
        }
        for word in text.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-')) {
            if (2..=30).contains(&word.len()) {
                tokens.insert(word.to_string());
            }
        }
    }
    // Bounded and spread over the whole set, the same every run.
    let all: Vec<String> = tokens.into_iter().collect();
    let step = all.len().div_ceil(600).max(1);
    all.into_iter().step_by(step).map(String::into_bytes).collect()
}

// ------------------------------------------------------------------------------------------
// Oracles shared by the checkers
// ------------------------------------------------------------------------------------------

/// Every diagnostic names a file given, starts inside it on a character boundary, and renders
/// with a line and column inside that file; all of them rendered stay [`bounded`]. (Its end may run past the text or into a
/// character: "at the end of the file" is `len..len + 1`, and every reader of spans floors
/// them to a character boundary, as `render` does.)
fn placed(ds: &[Diagnostic], files: &[SourceFile]) -> Result<(), String> {
    let mut rendered = 0;
    for d in ds {
        let Some(f) = files.get(d.file) else {
            return Err(format!("{} placed in file {} of {}\n{d:?}", d.code, d.file, files.len()));
        };
        let (start, end) = (d.span.start, d.span.end);
        if start > end || start > f.text.len() {
            return Err(format!("{} span {start}..{end} outside {} ({} bytes)\n{d:?}", d.code, f.path, f.text.len()));
        }
        if !f.text.is_char_boundary(start) {
            return Err(format!("{} span {start}..{end} starts inside a character of {}\n{d:?}", d.code, f.path));
        }
        let shown = render(d, files);
        shown_places(&shown, std::slice::from_ref(f))?;
        rendered += shown.len();
    }
    bounded(rendered, files.iter().map(|f| f.text.len()).sum())
}

/// The rendered problems grow with the input, not with its square: at most 64 bytes per byte
/// of input, and 1 MB. (Each problem is shown with its line: many problems on one long line
/// made hundreds of megabytes, which the browser's 32-bit memory cannot hold.)
fn bounded(rendered: usize, input: usize) -> Result<(), String> {
    if rendered > 64 * input + (1 << 20) {
        return Err(format!("rendered problems: {rendered} bytes for {input} bytes of input"));
    }
    Ok(())
}

/// Every `--> file:line:col` in rendered problems names a file given, at a line it has.
fn shown_places(rendered: &str, files: &[SourceFile]) -> Result<(), String> {
    for line in rendered.lines() {
        let Some(place) = line.strip_prefix("  --> ") else { continue };
        let mut parts = place.rsplitn(3, ':');
        let (col, row, path) = (parts.next(), parts.next(), parts.next());
        let (Some(col), Some(row), Some(path)) = (col, row, path) else {
            return Err(format!("a place without line and column: {line}"));
        };
        let (Ok(row), Ok(col)) = (row.parse::<usize>(), col.parse::<usize>()) else {
            return Err(format!("a place without line and column: {line}"));
        };
        // Two files may have one name (two tables `phones.csv`): any of them will do.
        // Shown as the renderer writes a name: escaped (`avenir_content::diag::escape`).
        let mut named = files.iter().filter(|f| avenir_content::diag::escape(&f.path) == path).peekable();
        if named.peek().is_none() {
            return Err(format!("a place in a file not given: {line}"));
        }
        let fits = |f: &SourceFile| {
            let width = f.text.split('\n').nth(row.wrapping_sub(1)).map(|l| l.chars().count());
            row > 0 && col > 0 && width.is_some_and(|w| col <= w + 1)
        };
        if !named.any(fits) {
            return Err(format!("a place outside the file: {line}"));
        }
    }
    Ok(())
}

/// What a checked assessment is used for must not panic either: evaluation, and hand-off codes
/// that round-trip for a few answer sets.
fn use_assessment(a: &Assessment, input: &[u8]) -> Result<(), String> {
    let _ = avenir_core::evaluate(a, &Answers::new());
    let mut rng = Rng::new(avenir_fuzz::fnv(input));
    for _ in 0..3 {
        let answers = random_answers(a, &mut rng);
        let _ = avenir_core::evaluate(a, &answers);
        let code = handoff::encode(a, &answers, handoff::Share::All, rng.below(16) as u16);
        match handoff::decode(a, &code) {
            Ok(d) if d.answers == asked(a, &answers) => {}
            other => return Err(format!("hand-off code {code} of valid content reads as {other:?}")),
        }
    }
    Ok(())
}

fn random_answers(a: &Assessment, rng: &mut Rng) -> Answers {
    let mut answers = Answers::new();
    for q in &a.questions {
        let pick =
            (rng.next_u64() as u8, u128::from(rng.next_u64()) << 64 | u128::from(rng.next_u64()), rng.next_u64() as u8);
        if let Some(ans) = support::pick(q, pick) {
            answers.set_answer(&q.id, ans);
        }
    }
    answers
}

/// What a code carries: the answers that fit and are asked.
fn asked(a: &Assessment, answers: &Answers) -> Answers {
    let relevant = answers.counted(a).relevant;
    let mut out = answers.clone();
    out.retain(|id, ans| a.question_index(id).is_some_and(|i| relevant[i] && ans.fits(&a.questions[i])));
    out
}

// ------------------------------------------------------------------------------------------
// 1. The rule parser
// ------------------------------------------------------------------------------------------

const RULE_KEYS: [&str; 4] = ["when", "applies", "relevant", "immediate_when"];

/// The rules written in TOML files: the values of the rule keys, at any depth.
fn rules_in(text: &str, out: &mut BTreeSet<String>) {
    fn walk(v: &toml::Value, key: &str, out: &mut BTreeSet<String>) {
        match v {
            toml::Value::String(s) if RULE_KEYS.contains(&key) => {
                out.insert(s.clone());
            }
            toml::Value::Array(items) => items.iter().for_each(|i| walk(i, key, out)),
            toml::Value::Table(t) => t.iter().for_each(|(k, v)| walk(v, k, out)),
            _ => {}
        }
    }
    if let Ok(t) = text.parse::<toml::Table>() {
        t.iter().for_each(|(k, v)| walk(v, k, out));
    }
}

/// The kind of problem a message tells: the words before the first quote (`` ` `` or `"`) and
/// after the last, without what it quotes, and without numbers.
fn kind_of(message: &str) -> String {
    let quote = |c: char| c == '`' || c == '"';
    let kind = match (message.find(quote), message.rfind(quote)) {
        (Some(first), Some(last)) => format!("{} … {}", &message[..first], &message[last + 1..]),
        _ => message.to_string(),
    };
    kind.chars().filter(|c| !c.is_ascii_digit()).collect()
}

#[test]
fn expr() {
    let mut rules = BTreeSet::new();
    for f in default_files().iter().filter(|f| f.path.ends_with(".toml")) {
        rules_in(&f.text, &mut rules);
    }
    for (_, files) in golden_cases() {
        files.iter().filter(|(n, _)| n.ends_with(".toml")).for_each(|(_, t)| rules_in(t, &mut rules));
    }
    rules.extend(
        ["not not q", "n >= -3 and not (m has \"x\" or q != 'b')", "q in LIST", "unknown", "true or false"]
            .map(String::from),
    );
    let a = default_assessment();
    let ids = a
        .questions
        .iter()
        .flat_map(|q| std::iter::once(q.id.clone()).chain(q.options.iter().map(|o| format!("{o:?}"))));
    let extra =
        ["==", "!=", "<", ">", "<=", ">=", " in ", " has ", "not ", " and ", " or ", "true", "false", "unknown"];
    let tokens = tokens_of(ids.collect::<Vec<_>>().iter().map(String::as_str), &extra);
    let seeds = rules.into_iter().map(String::into_bytes).collect();
    run(fuzz("expr", 20_000, 4 << 10, seeds, tokens), |input| {
        let src = text(input);
        let p = parse(&src);
        let inside = |s: &std::ops::Range<usize>| {
            s.start <= s.end && s.end <= src.len() && src.is_char_boundary(s.start) && src.is_char_boundary(s.end)
        };
        for e in &p.errors {
            if !inside(&e.span) {
                return Err(format!("error span {:?} outside the rule or inside a character: {}", e.span, e.message));
            }
        }
        for r in &p.refs {
            if !inside(&r.span) || src[r.span.clone()] != r.question {
                return Err(format!("reference to `{}` at {:?}", r.question, r.span));
            }
            let spans = r.options.iter().map(|(_, s)| s).chain(r.list.iter().map(|(_, s)| s));
            if let Some(s) = spans.chain(r.number.iter().map(|(_, s)| s)).find(|s| !inside(s)) {
                return Err(format!("a span {s:?} of the reference to `{}` outside the rule", r.question));
            }
        }
        let mut seen: Vec<String> = p.errors.iter().map(|e| kind_of(&e.message)).collect();
        if let Some(e) = &p.expr {
            if !p.errors.is_empty() {
                return Err(format!("a rule and errors: {:?}", p.errors));
            }
            let printed = render_expr(e);
            let again = parse(&printed);
            if again.expr.as_ref() != Some(e) {
                return Err(format!(
                    "printed as {printed:?}, which parses as {:?}, errors {:?}",
                    again.expr, again.errors
                ));
            }
            let _ = e.eval(&|_| None);
            seen.push(format!("ok {}", printed.split(' ').count().min(12)));
        }
        Ok(seen)
    });
}

// ------------------------------------------------------------------------------------------
// 2. The content checker
// ------------------------------------------------------------------------------------------

/// A content input is one file, `path\ntext`: a file of the English default content replaced
/// (`default/…`), or a file added (`case/…`). A first line that names neither picks a file of
/// the content by its hash.
fn content_files(input: &[u8]) -> Vec<SourceFile> {
    let input = text(input);
    let (head, body) = input.split_once('\n').unwrap_or((input.as_str(), ""));
    let mut files = english_files().to_vec();
    let named = head.starts_with("case/") && (head.ends_with(".toml") || head.ends_with(".ftl"));
    if let Some(f) = files.iter_mut().find(|f| f.path == head) {
        f.text = body.to_string();
    } else if named {
        files.push(SourceFile { path: head.to_string(), text: body.to_string() });
    } else {
        let i = (avenir_fuzz::fnv(head.as_bytes()) % files.len() as u64) as usize;
        files[i].text = body.to_string();
    }
    files
}

#[test]
fn content() {
    let mut seeds: Vec<Vec<u8>> =
        english_files().iter().map(|f| format!("{}\n{}", f.path, f.text).into_bytes()).collect();
    for (_, files) in golden_cases().into_iter().filter(|(_, files)| !is_hsds_case(files)) {
        for (rel, text) in files {
            // A golden file named like a default one replaces it, as in the golden tests.
            let path = if english_files().iter().any(|f| f.path == format!("default/{rel}")) {
                format!("default/{rel}")
            } else {
                format!("case/{rel}")
            };
            seeds.push(format!("{path}\n{text}").into_bytes());
        }
    }
    let tokens =
        tokens_of(english_files().iter().map(|f| f.text.as_str()), &["[[programme.criterion]]", "[[contact]]"]);
    run(fuzz("content", 150, 256 << 10, seeds, tokens), |input| {
        let files = content_files(input);
        let checked = check(&files, avenir_core::model::Date::parse("2026-12-07"));
        placed(&checked.diagnostics, &files)?;
        let mut seen: Vec<String> = checked.diagnostics.iter().map(|d| d.code.to_string()).collect();
        if let Some(a) = &checked.assessment {
            use_assessment(a, input)?;
            seen.push("valid".into());
        }
        Ok(seen)
    });
}

// ------------------------------------------------------------------------------------------
// 3. An embedding site's file
// ------------------------------------------------------------------------------------------

/// The codes in rendered problems (`error[E0102]: …`).
fn codes(problems: &[String]) -> Vec<String> {
    problems
        .iter()
        .filter_map(|p| p.split_once('[').and_then(|(_, r)| r.split_once(']')).map(|(c, _)| c.to_string()))
        .collect()
}

/// `site::check` on `text` with the English default content; every place shown must be in a
/// file given; what it accepts applies to the content.
fn check_site(name: &str, text: &str, offered: Option<&str>) -> Verdict {
    let content = english_files();
    let path = if name.ends_with(".toml") { name.to_string() } else { format!("{name}.toml") };
    let mut files = content.to_vec();
    files.push(SourceFile { path, text: text.to_string() });
    let input = files.iter().map(|f| f.text.len()).sum();
    match site::check(content, name, text, offered) {
        Ok((mut s, warnings)) => {
            for w in &warnings {
                shown_places(w, &files)?;
            }
            bounded(warnings.iter().map(String::len).sum(), input)?;
            let mut a = english_assessment().clone();
            s.apply(&mut a, &[]);
            let _ = avenir_core::evaluate(&a, &Answers::new());
            Ok([vec!["ok".to_string()], codes(&warnings)].concat())
        }
        Err(problems) => {
            for p in &problems {
                // A site file's line may have been blanked in a content file: the content's own
                // paths are checked against the content as given.
                shown_places(p, &files)?;
            }
            bounded(problems.iter().map(String::len).sum(), input)?;
            Ok(codes(&problems))
        }
    }
}

#[test]
fn site() {
    let mut seeds: Vec<String> = Vec::new();
    for entry in std::fs::read_dir(root().join("www/demo")).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "toml") {
            seeds.push(std::fs::read_to_string(p).unwrap());
        }
    }
    seeds.sort();
    for (_, files) in golden_cases().into_iter().filter(|(_, files)| !is_hsds_case(files)) {
        for (_, text) in files.into_iter().filter(|(n, t)| n.ends_with(".toml") && t.contains("[[")) {
            seeds.push(text);
        }
    }
    seeds.push(english_files().iter().find(|f| f.path.ends_with("contacts.toml")).unwrap().text.clone());
    let tokens = tokens_of(seeds.iter().map(String::as_str), &["[texts]", "[[list]]", "[[programme.criterion]]"]);
    let seeds = seeds.into_iter().map(String::into_bytes).collect();
    run(fuzz("site", 200, 64 << 10, seeds, tokens), |input| {
        let offered = if input.len() % 3 == 0 { Some("en, ar") } else { None };
        check_site("https://cso.example/site.toml", &text(input), offered)
    });
}

// ------------------------------------------------------------------------------------------
// 4. and 5. The HSDS import, JSON and CSV
// ------------------------------------------------------------------------------------------

/// The import's own properties: diagnostics inside their files, and TOML that parses (refused
/// values are commented out, never written broken).
fn imported(imp: &Imported, files: &[SourceFile]) -> Result<Vec<String>, String> {
    placed(&imp.diagnostics, files)?;
    if let Err(e) = imp.toml.parse::<toml::Table>() {
        return Err(format!("the import wrote TOML that does not parse: {e}\n{}", imp.toml));
    }
    let mut seen: Vec<String> = imp.diagnostics.iter().map(|d| d.code.to_string()).collect();
    seen.push(format!("contacts {}", imp.contacts.min(3)));
    Ok(seen)
}

/// The browser's path: `for_site`, then `site::check` on what it gives.
fn for_the_site(files: &[SiteFile]) -> Verdict {
    let got = for_site(files);
    let shown: Vec<SourceFile> =
        files.iter().map(|f| SourceFile { path: f.name.clone(), text: f.text.clone() }).collect();
    for p in &got.problems {
        shown_places(p, &shown)?;
    }
    match got.toml {
        Some(toml) => check_site("hsds", &toml, None).map(|seen| [vec!["for_site".to_string()], seen].concat()),
        None => Ok(vec![]),
    }
}

fn hsds_seed_jsons() -> Vec<String> {
    let mut seeds = Vec::new();
    for name in ["directory.json", "errors.json"] {
        seeds.push(std::fs::read_to_string(root().join("crates/avenir-content/tests/hsds").join(name)).unwrap());
    }
    for (_, files) in golden_cases() {
        seeds.extend(files.into_iter().filter(|(n, _)| n == "hsds.json").map(|(_, t)| t));
    }
    let mut contacts = default_assessment().contacts.clone();
    contacts[0].languages = vec!["nl".into(), "fr".into()];
    seeds.push(format!("{:#}", hsds::export(&contacts)));
    seeds
}

#[test]
fn hsds_json() {
    let seeds = hsds_seed_jsons();
    let tokens = tokens_of(seeds.iter().map(String::as_str), &["{\"services\":[", "[]", "{}", "\"\\ud800\""]);
    let seeds = seeds.into_iter().map(String::into_bytes).collect();
    let counter = std::sync::atomic::AtomicUsize::new(0);
    run(fuzz("hsds-json", 3000, 64 << 10, seeds, tokens), |input| {
        let json = text(input);
        let path = "https://cso.example/services.json";
        let files = [SourceFile { path: path.into(), text: json.clone() }];
        let mut seen = imported(&hsds::import(&json, path), &files)?;
        // The browser's whole path (with the content check) for one input in eight (one CSV
        // input in sixteen): it costs as much as a content input.
        if counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed) % 8 == 0 {
            seen.extend(for_the_site(&[SiteFile { name: path.into(), table: String::new(), text: json }])?);
        }
        Ok(seen)
    });
}

/// A CSV input is tables, each after a line `=== <table>.csv`; text before the first such line
/// is `services.csv`.
fn csv_tables(input: &[u8]) -> Vec<SourceFile> {
    let input = text(input);
    let mut tables: Vec<SourceFile> = Vec::new();
    let mut current = SourceFile { path: "services.csv".into(), text: String::new() };
    for line in input.split_inclusive('\n') {
        if let Some(name) = line.strip_prefix("=== ") {
            if !current.text.is_empty() || !tables.is_empty() {
                tables.push(current);
            }
            current = SourceFile { path: name.trim_end().to_string(), text: String::new() };
        } else {
            current.text.push_str(line);
        }
    }
    tables.push(current);
    tables
}

fn csv_input(tables: &[(String, String)]) -> Vec<u8> {
    tables.iter().map(|(name, text)| format!("=== {name}\n{text}")).collect::<String>().into_bytes()
}

#[test]
fn hsds_csv() {
    let mut seeds: Vec<Vec<(String, String)>> = Vec::new();
    let dir = root().join("crates/avenir-content/tests/hsds/directory");
    let mut directory: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    directory.sort();
    seeds.push(directory);
    for (_, files) in golden_cases() {
        let csv: Vec<(String, String)> = files.into_iter().filter(|(n, _)| n.ends_with(".csv")).collect();
        if !csv.is_empty() {
            seeds.push(csv);
        }
    }
    let mut contacts = default_assessment().contacts.clone();
    contacts[0].languages = vec!["nl".into(), "fr".into()];
    seeds.push(hsds::export_csv(&contacts).into_iter().map(|(n, t)| (n.to_string(), t)).collect());
    let all: Vec<String> = seeds.iter().flatten().map(|(_, t)| t.clone()).collect();
    let mut tokens = tokens_of(all.iter().map(String::as_str), &["\"\"", "\",\"", ",,", "\r\n"]);
    tokens.extend(hsds_table_names().map(|n| format!("\n=== {n}\n").into_bytes()));
    let seeds = seeds.iter().map(|s| csv_input(s)).collect();
    let counter = std::sync::atomic::AtomicUsize::new(0);
    run(fuzz("hsds-csv", 1000, 32 << 10, seeds, tokens), |input| {
        let tables = csv_tables(input);
        let mut seen = imported(&hsds::import_csv(&tables, "https://cso.example/"), &tables)?;
        if counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed) % 16 == 0 {
            let files: Vec<SiteFile> = tables
                .iter()
                .map(|t| SiteFile {
                    name: format!("https://cso.example/{}", t.path),
                    table: t.path.clone(),
                    text: t.text.clone(),
                })
                .collect();
            seen.extend(for_the_site(&files)?);
        }
        Ok(seen)
    });
}

fn hsds_table_names() -> impl Iterator<Item = String> {
    hsds::table_names().map(|n| format!("{n}.csv"))
}

// ------------------------------------------------------------------------------------------
// 6. Hand-off codes
// ------------------------------------------------------------------------------------------

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A code's symbols as the decoder reads them (any case, O for 0, I and L for 1, spaces and
/// hyphens ignored); `None` if a character is not in codes.
fn symbols(code: &[u8]) -> Option<Vec<u8>> {
    code.iter()
        .filter(|b| !matches!(b, b' ' | b'-'))
        .map(|b| match b.to_ascii_uppercase() {
            b'O' => Some(0),
            b'I' | b'L' => Some(1),
            c => ALPHABET.iter().position(|&x| x == c).map(|i| i as u8),
        })
        .collect()
}

fn code_text(symbols: &[u8]) -> String {
    let chars: Vec<char> = symbols.iter().map(|&s| ALPHABET[s as usize] as char).collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// Mends the check symbols (`docs/handoff.md`: `(n + Σ (i+1)·dᵢ) mod 1021`), so that mutations
/// reach the fields behind the check.
fn mend_check(input: &mut Vec<u8>) {
    let Some(mut s) = symbols(input) else { return };
    if s.len() < 3 {
        return;
    }
    let n = s.len() - 2;
    let sum = s[..n].iter().enumerate().fold(n as u64, |acc, (i, &d)| (acc + (i as u64 + 1) * u64::from(d)) % 1021);
    s[n] = (sum >> 5) as u8;
    s[n + 1] = (sum & 31) as u8;
    *input = code_text(&s).into_bytes();
}

/// Every answer read fits its question and is asked.
fn sensible(a: &Assessment, answers: &Answers) -> Result<(), String> {
    if &asked(a, answers) != answers {
        return Err(format!("answers read that do not fit or are not asked: {answers:?}"));
    }
    Ok(())
}

#[test]
fn handoff() {
    let a = default_assessment();
    let mut rng = Rng::new(16);
    let mut answer_sets = vec![Answers::new()];
    answer_sets.extend((0..63).map(|_| random_answers(a, &mut rng)));
    let mut seeds = Vec::new();
    for (i, answers) in answer_sets.iter().enumerate() {
        let code = handoff::encode(a, answers, handoff::Share::All, i as u16);
        // Round trips, before any mutation.
        assert_eq!(handoff::decode(a, &code).map(|d| d.answers), Ok(asked(a, answers)), "{code}");
        seeds.push(code.into_bytes());
        // And codes without the personal answers.
        seeds.push(handoff::encode(a, answers, handoff::Share::NotSensitive, i as u16).into_bytes());
    }
    let tokens =
        ["-", " ", "O", "I", "L", "U", "o", "l", "0000", "ZZZZ"].iter().map(|t| t.as_bytes().to_vec()).collect();
    let mut f = fuzz("handoff", 20_000, 256, seeds, tokens);
    f.fixup = Some(mend_check);
    run(f, |input| {
        let code = text(input);
        match handoff::decode(a, &code) {
            Ok(d) => {
                sensible(a, &d.answers)?;
                let again = handoff::encode(a, &d.answers, handoff::Share::All, 0);
                if handoff::decode(a, &again).map(|x| x.answers).as_ref() != Ok(&d.answers) {
                    return Err(format!("{code:?} reads as {:?}, whose own code {again} does not", d.answers));
                }
                // Every single wrong character and every swap of neighbours is caught.
                let s = symbols(input).unwrap_or_default();
                for i in 0..s.len() {
                    for c in 0..32u8 {
                        if c != s[i] {
                            let mut t = s.clone();
                            t[i] = c;
                            if let Ok(x) = handoff::decode(a, &code_text(&t)) {
                                return Err(format!("{code:?} with symbol {i} made {c} reads as {:?}", x.answers));
                            }
                        }
                    }
                    if i + 1 < s.len() && s[i] != s[i + 1] {
                        let mut t = s.clone();
                        t.swap(i, i + 1);
                        if let Ok(x) = handoff::decode(a, &code_text(&t)) {
                            return Err(format!(
                                "{code:?} with symbols {i} and {} swapped reads as {:?}",
                                i + 1,
                                x.answers
                            ));
                        }
                    }
                }
                Ok(vec![format!("ok {}", d.answers.iter().count())])
            }
            Err(HandoffError::OtherVersion { reading }) => {
                sensible(a, &reading.answers)?;
                Ok(vec![format!("other version {}", reading.answers.iter().count())])
            }
            Err(e) => Ok(vec![format!("{e:?}")]),
        }
    });
}

// ------------------------------------------------------------------------------------------
// 7. QR frames
// ------------------------------------------------------------------------------------------

/// A QR input: width and height (two bytes each, little-endian, taken modulo 600: larger frames
/// are only slower), then the pixels, row by row (missing ones read as white).
fn frame(input: &[u8]) -> (usize, usize, &[u8]) {
    if input.len() < 4 {
        return (0, 0, &[]);
    }
    let w = usize::from(u16::from_le_bytes([input[0], input[1]])) % 600;
    let h = usize::from(u16::from_le_bytes([input[2], input[3]])) % 600;
    (w, h, &input[4..])
}

#[test]
fn qr() {
    let a = default_assessment();
    let mut rng = Rng::new(7);
    let mut texts: Vec<String> =
        (0..6).map(|_| handoff::encode(a, &random_answers(a, &mut rng), handoff::Share::All, 5)).collect();
    texts.push(handoff::encode(a, &Answers::new(), handoff::Share::NotSensitive, 9));
    let mut seeds = Vec::new();
    for (i, t) in texts.iter().enumerate() {
        let m = avenir_qr::encode(t).expect("a hand-off code fits a QR code");
        let (side, pixels) = m.raster(1 + i % 4);
        assert_eq!(avenir_qr::decode_luma(side, side, &pixels).as_deref(), Some(t.as_str()), "a drawn code reads back");
        let mut input = Vec::new();
        input.extend_from_slice(&(side as u16).to_le_bytes());
        input.extend_from_slice(&(side as u16).to_le_bytes());
        input.extend_from_slice(&pixels);
        seeds.push(input);
    }
    let tokens = [&[0u8; 16][..], &[255; 16], &[0, 255, 0, 255], &[128; 8]].iter().map(|t| t.to_vec()).collect();
    let mut f = fuzz("qr", 300, 1 << 20, seeds, tokens);
    f.text = false;
    // rqrr 0.11's `Perspective::map` asserts that a projected point fits an i32: a degenerate
    // group of finder patterns panics in `detect_grids` (an `assert!`, in release builds too;
    // in the counsellor build's wasm, a trap). Upstream: WanzenBug/rqrr#54, open. About 1 frame
    // in 10,000 here; see the report for the reproducers.
    f.known.push(("rqrr-0.11.0/src/geometry.rs", "rqrr#54"));
    run(f, |input| {
        let (w, h, pixels) = frame(input);
        match avenir_qr::decode_luma(w, h, pixels) {
            None => Ok(vec!["none".into()]),
            Some(t) if texts.contains(&t) => {
                Ok(vec![format!("read {}", texts.iter().position(|x| *x == t).unwrap_or(0))])
            }
            // A damaged frame read as other text: fine unless it passes as a hand-off code.
            Some(t) => match handoff::decode(a, &t) {
                Ok(d) => Err(format!("a damaged frame read as {t:?}, a valid code of other answers: {:?}", d.answers)),
                Err(e) => Ok(vec![format!("misread {e:?}")]),
            },
        }
    });
}
