//! Diagnostics: a stable code, a severity, a place (file, byte span → line and column), a
//! message and a hint; rendered like rustc's, with the offending text underlined: by
//! `annotate-snippets` natively (`snippets.rs`, feature `pretty`), by a small renderer of our own
//! in the browser's checker, which keeps the wasm free of the library.

use std::borrow::Cow;
use std::cell::{Cell, OnceCell, RefCell};
use std::fmt::Write as _;

#[cfg(feature = "pretty")]
mod snippets;

pub type Span = core::ops::Range<usize>;

/// How diagnostics are drawn: with colour (for a terminal that wants it: the caller decides),
/// and in rustc's one-line form (`path:line:column: error[CODE]: message`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
    pub short: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// From the catalogue in `docs/errors.md`, such as `E0102`.
    pub code: &'static str,
    pub severity: Severity,
    /// Index into the files given to [`crate::check`].
    pub file: usize,
    pub span: Span,
    pub message: String,
    pub hint: Option<String>,
}

/// A content file as read from disk (reading is the caller's job).
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Shown in diagnostics, relative to where the author works.
    pub path: String,
    pub text: String,
}

impl SourceFile {
    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[derive(Default, Debug)]
pub struct Diags(pub Vec<Diagnostic>);

impl Diags {
    pub fn error(
        &mut self,
        code: &'static str,
        file: usize,
        span: Span,
        message: impl Into<String>,
        hint: Option<String>,
    ) {
        self.push(Severity::Error, code, file, span, message.into(), hint);
    }

    pub fn warning(
        &mut self,
        code: &'static str,
        file: usize,
        span: Span,
        message: impl Into<String>,
        hint: Option<String>,
    ) {
        self.push(Severity::Warning, code, file, span, message.into(), hint);
    }

    fn push(
        &mut self,
        severity: Severity,
        code: &'static str,
        file: usize,
        span: Span,
        message: String,
        hint: Option<String>,
    ) {
        self.0.push(Diagnostic { code, severity, file, span, message, hint });
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(|d| d.severity == Severity::Error)
    }

    /// [`did_you_mean`] among the first [`MAX_CANDIDATES`], while fewer diagnostics than
    /// [`SHOWN_LIMIT`] were found: each suggestion compares the word with every candidate, and
    /// suggestions for diagnostics beyond those shown would only cost time (40,000 unknown
    /// names among 40,000 ids).
    pub fn did_you_mean<'a>(&self, word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
        if self.0.len() < SHOWN_LIMIT { did_you_mean(word, candidates.into_iter().take(MAX_CANDIDATES)) } else { None }
    }
}

/// At most this many diagnostics are shown (rendered, or listed in `--format json`): errors
/// first, then warnings, in file and position order, and at most [`SHOWN_PER_FILE`] of one
/// file, so that one broken file does not hide the others. The rest are counted
/// ([`Shown::note`]). This bounds what a hostile file can make the CLI print, and what
/// `site::check` returns to the browser.
pub const SHOWN_LIMIT: usize = 200;
/// At most this many diagnostics of one file are shown.
pub const SHOWN_PER_FILE: usize = 100;

/// Suggestions are looked for among at most this many candidates (content has hundreds).
pub const MAX_CANDIDATES: usize = 5_000;

/// A source line longer than this (in bytes) is shown as a window around the place.
const LONG_LINE: usize = 240;
/// The window: characters shown before the place, and in all.
const WINDOW_BEFORE: usize = 60;
const WINDOW: usize = 160;
/// A message or hint longer than this (in characters) is cut (a 4 MB id would be echoed).
const MAX_TEXT: usize = 1000;

/// The diagnostics to show, and how many of each severity are left out.
#[derive(Debug)]
pub struct Shown<'d> {
    pub diagnostics: Vec<&'d Diagnostic>,
    pub errors_left_out: usize,
    pub warnings_left_out: usize,
}

impl Shown<'_> {
    pub fn left_out(&self) -> usize {
        self.errors_left_out + self.warnings_left_out
    }

    /// "… and 39800 more errors not shown (limit 200, 100 per file)", when some are left out.
    pub fn note(&self) -> Option<String> {
        let count = |n: usize, what: &str| match n {
            0 => None,
            1 => Some(format!("1 more {what}")),
            n => Some(format!("{n} more {what}s")),
        };
        let parts: Vec<String> = [count(self.errors_left_out, "error"), count(self.warnings_left_out, "warning")]
            .into_iter()
            .flatten()
            .collect();
        (!parts.is_empty()).then(|| {
            format!("… and {} not shown (limit {SHOWN_LIMIT}, {SHOWN_PER_FILE} per file)", parts.join(" and "))
        })
    }
}

/// Which of `all` are shown (see [`SHOWN_LIMIT`]), in their order.
pub fn shown(all: &[Diagnostic]) -> Shown<'_> {
    let mut take = vec![false; all.len()];
    let mut per_file: std::collections::BTreeMap<usize, usize> = Default::default();
    let mut total = 0;
    for severity in [Severity::Error, Severity::Warning] {
        for (i, d) in all.iter().enumerate().filter(|(_, d)| d.severity == severity) {
            let n = per_file.entry(d.file).or_default();
            if total < SHOWN_LIMIT && *n < SHOWN_PER_FILE {
                take[i] = true;
                *n += 1;
                total += 1;
            }
        }
    }
    let left = |s: Severity| all.iter().zip(&take).filter(|(d, t)| d.severity == s && !**t).count();
    Shown {
        diagnostics: all.iter().zip(&take).filter(|(_, t)| **t).map(|(d, _)| d).collect(),
        errors_left_out: left(Severity::Error),
        warnings_left_out: left(Severity::Warning),
    }
}

/// The diagnostics shown (see [`SHOWN_LIMIT`]), each rendered, and the note on those left out.
pub fn render_all(all: &[Diagnostic], files: &[SourceFile]) -> Vec<String> {
    render_all_styled(all, files, Style::default())
}

/// As [`render_all`], drawn in `style`.
pub fn render_all_styled(all: &[Diagnostic], files: &[SourceFile], style: Style) -> Vec<String> {
    let shown = shown(all);
    let r = Renderer::new(files).with_style(style);
    let mut out: Vec<String> = shown.diagnostics.iter().map(|d| r.render(d)).collect();
    out.extend(shown.note());
    out
}

/// Where each line of a text starts, so that the line and column of an offset are found by
/// binary search instead of reading the text up to it.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The 0-based line of a byte offset.
    pub(crate) fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    /// The bytes of 0-based `line` without its line break, if the text has that line (as
    /// `str::lines` counts them: an empty last line after the last line break is none).
    fn line(&self, text: &str, line: usize) -> Option<core::ops::Range<usize>> {
        let start = *self.starts.get(line)?;
        if start >= text.len() {
            return None;
        }
        let mut end = self.starts.get(line + 1).map_or(text.len(), |next| next - 1);
        if end > start && end < text.len() && text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        Some(start..end)
    }
}

/// Renders diagnostics of a set of files, each line index built once per file (when first
/// needed) and columns counted on from the last place of the same line, so that rendering
/// diagnostics in position order reads each file about once, however many there are.
pub struct Renderer<'f> {
    files: &'f [SourceFile],
    index: Vec<OnceCell<LineIndex>>,
    /// Per file, the last place counted: (byte offset, 1-based column).
    last: RefCell<Vec<(usize, usize)>>,
    builds: Cell<usize>,
    style: Style,
}

impl<'f> Renderer<'f> {
    pub fn new(files: &'f [SourceFile]) -> Renderer<'f> {
        Renderer {
            files,
            index: files.iter().map(|_| OnceCell::new()).collect(),
            last: RefCell::new(vec![(0, 1); files.len()]),
            builds: Cell::new(0),
            style: Style::default(),
        }
    }

    /// The renderer drawing in `style` (plain by default).
    pub fn with_style(self, style: Style) -> Renderer<'f> {
        Renderer { style, ..self }
    }

    /// `file:line:column` of a byte offset, as the first line of a rendered diagnostic shows it.
    pub fn place(&self, file: usize, offset: usize) -> String {
        let (line, col) = self.line_col(file, offset);
        format!("{}:{line}:{col}", self.files[file].path)
    }

    /// How many line indexes were built: at most one per file.
    pub fn index_builds(&self) -> usize {
        self.builds.get()
    }

    fn index(&self, file: usize) -> &LineIndex {
        self.index[file].get_or_init(|| {
            self.builds.set(self.builds.get() + 1);
            LineIndex::new(&self.files[file].text)
        })
    }

    /// 1-based line and column (in characters) of a byte offset in file `file`.
    pub fn line_col(&self, file: usize, offset: usize) -> (usize, usize) {
        let text = &self.files[file].text;
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let index = self.index(file);
        let line = index.line_of(offset);
        let line_start = index.starts[line];
        let mut last = self.last.borrow_mut();
        let (from, col) = match last[file] {
            (at, col) if at >= line_start && at <= offset => (at, col),
            _ => (line_start, 1),
        };
        let col = col + text[from..offset].chars().count();
        last[file] = (offset, col);
        (line + 1, col)
    }

    /// Renders one diagnostic:
    ///
    /// ```text
    /// error[E0102]: unknown question `stay_contry`
    ///   --> assessments/default/programmes.toml:12:9
    ///    |
    /// 12 | when = 'stay_contry == "BE"'
    ///    |         ^^^^^^^^^^^
    ///    = hint: did you mean `stay_country`?
    /// ```
    ///
    /// Every character that could act on a terminal or hide text (see [`escape`]) is shown
    /// escaped, in the message, the hint and the path; in the lines shown, visibly (`␛`,
    /// `\u{9b}`); a long line is shown around the place only, and a long message or hint is
    /// cut. Natively (feature `pretty`) drawn by `annotate-snippets`, with every line of a span
    /// of several.
    pub fn render(&self, d: &Diagnostic) -> String {
        #[cfg(feature = "pretty")]
        return snippets::render(self, d, self.style);
        #[cfg(not(feature = "pretty"))]
        self.render_own(d)
    }

    /// The browser's renderer: the first line of the span, carets by characters, no colour.
    #[cfg_attr(feature = "pretty", allow(dead_code))]
    fn render_own(&self, d: &Diagnostic) -> String {
        let mut out = String::new();
        let sev = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let Some(file) = self.files.get(d.file) else {
            let _ = writeln!(out, "{sev}[{}]: {}", d.code, cut(&escape(&d.message)));
            return out;
        };
        let (line, col) = self.line_col(d.file, d.span.start);
        if self.style.short {
            let _ = write!(out, "{}:{line}:{col}: {sev}[{}]: {}", escape(&file.path), d.code, cut(&escape(&d.message)));
            return out;
        }
        let _ = writeln!(out, "{sev}[{}]: {}", d.code, cut(&escape(&d.message)));
        // The gutter is as wide as the line number, as rustc's.
        let gutter = " ".repeat(line.to_string().len());
        let _ = writeln!(out, "{gutter}--> {}:{line}:{col}", escape(&file.path));
        if let Some(range) = self.index(d.file).line(&file.text, line - 1) {
            let text = &file.text;
            let at = floor_char_boundary(text, d.span.start.min(text.len())).clamp(range.start, range.end);
            let end = floor_char_boundary(text, d.span.end.min(text.len())).clamp(at, range.end);
            let (from, to) = window(text, range.clone(), at);
            let (before, after) = (if from > range.start { "…" } else { "" }, if to < range.end { "…" } else { "" });
            let shown = format!("{before}{}{after}", escape_line(&text[from..to]));
            let start = before.chars().count() + escape_line(&text[from..at]).chars().count();
            let width = escape_line(&text[at..end.min(to)]).chars().count().max(1);
            let _ = writeln!(out, "{gutter} |");
            let _ = writeln!(out, "{line} | {shown}");
            let _ = writeln!(out, "{gutter} | {}{}", " ".repeat(start), "^".repeat(width));
        }
        if let Some(h) = &d.hint {
            let _ = writeln!(out, "{gutter} = hint: {}", cut(&escape_text(h)));
        }
        out
    }
}

/// The part of the line `range` of `text` shown for a place at `at`: the whole line, or a part
/// of a long one around the place (as bytes of `text`).
fn window(text: &str, range: core::ops::Range<usize>, at: usize) -> (usize, usize) {
    if range.len() <= LONG_LINE {
        return (range.start, range.end);
    }
    let at = at.clamp(range.start, range.end);
    let from =
        text[range.start..at].char_indices().rev().nth(WINDOW_BEFORE - 1).map_or(range.start, |(i, _)| range.start + i);
    let to = text[from..range.end].char_indices().nth(WINDOW).map_or(range.end, |(i, _)| from + i);
    (from, to.max(at))
}

impl Default for Renderer<'_> {
    fn default() -> Self {
        Renderer::new(&[])
    }
}

/// Renders one diagnostic (see [`Renderer::render`]). Each call indexes the diagnostic's file:
/// to render many, use [`render_all`] or one [`Renderer`].
pub fn render(d: &Diagnostic, files: &[SourceFile]) -> String {
    Renderer::new(files).render(d)
}

/// `s` with every character that could act on a terminal or hide text written visibly, as
/// Rust writes it (`\u{1b}`): C0 controls (line breaks and tabs too), DEL, C1 controls, and the
/// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, which can
/// make text read differently from what it is: "Trojan Source").
pub fn escape(s: &str) -> Cow<'_, str> {
    escape_but(s, &[])
}

/// As [`escape`], keeping line breaks and tabs: for texts of several lines (hints).
pub fn escape_text(s: &str) -> Cow<'_, str> {
    escape_but(s, &['\n', '\t'])
}

/// As [`escape`], keeping tabs: for a line of a file.
fn escape_line(s: &str) -> Cow<'_, str> {
    escape_but(s, &['\t'])
}

/// Whether `c` is written escaped by [`escape`].
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn escape_but<'s>(s: &'s str, keep: &[char]) -> Cow<'s, str> {
    let bad = |c: char| is_unsafe(c) && !keep.contains(&c);
    if !s.chars().any(bad) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if bad(c) {
            let _ = write!(out, "{}", c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// At most [`MAX_TEXT`] characters of `s`.
fn cut(s: &str) -> Cow<'_, str> {
    match s.char_indices().nth(MAX_TEXT) {
        None => Cow::Borrowed(s),
        Some((i, _)) => Cow::Owned(format!("{}… ({} more characters)", &s[..i], s[i..].chars().count())),
    }
}

/// At most `max` of `items`, joined with ", ", and how many more there are: a hint that lists
/// the options of a question with 40,000 of them stays short.
pub fn list_of<S: AsRef<str>>(items: &[S], max: usize) -> String {
    let shown: Vec<&str> = items.iter().take(max).map(AsRef::as_ref).collect();
    match items.len().saturating_sub(max) {
        0 => shown.join(", "),
        more => format!("{} and {more} more", shown.join(", ")),
    }
}

/// The closest of `candidates` to `word`, if close enough to be a likely typo.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = word.to_lowercase();
    let len = word.chars().count();
    candidates
        .into_iter()
        .filter_map(|c| {
            let max = (c.chars().count().max(len) / 3).max(1);
            let other = c.to_lowercase();
            // The distance is at least the difference in length: no need to compute it then.
            (other.chars().count().abs_diff(lower.chars().count()) <= max)
                .then(|| (levenshtein(&lower, &other), c, max))
        })
        .filter(|(d, _, max)| d <= max)
        .min_by_key(|(d, _, _)| *d)
        .map(|(_, c, _)| c)
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            cur.push((prev[j] + usize::from(ca != *cb)).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        assert_eq!(did_you_mean("stay_contry", ["stay_country", "return_country"]), Some("stay_country"));
        assert_eq!(did_you_mean("souce", ["source", "id"]), Some("source"));
        assert_eq!(did_you_mean("xyz", ["source", "id"]), None);
    }

    #[test]
    fn line_and_column_count_characters() {
        let f = SourceFile { path: "f".into(), text: "a = 1\nnamé = \"x\"\n".into() };
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(6), (2, 1));
        let x = f.text.find('"').unwrap();
        assert_eq!(f.line_col(x), (2, 8));
    }

    fn error(file: usize, span: Span) -> Diagnostic {
        Diagnostic { code: "E0002", severity: Severity::Error, file, span, message: "m".into(), hint: None }
    }

    #[test]
    fn the_renderer_gives_the_places_line_col_gives() {
        let text = "a = 1\r\nnamé = \"x\"\n\n  ünïcode = 'y' # ✓\nlast";
        let f = SourceFile { path: "f".into(), text: text.into() };
        let files = [f.clone()];
        let r = Renderer::new(&files);
        // In order, out of order, and every offset (char boundaries or not, and past the end).
        let offsets: Vec<usize> = (0..=text.len() + 2).chain((0..=text.len()).rev()).collect();
        for o in offsets {
            assert_eq!(r.line_col(0, o), f.line_col(o), "offset {o}");
        }
        assert_eq!(r.index_builds(), 1);
    }

    #[test]
    fn forty_thousand_diagnostics_index_the_file_once_and_show_at_most_the_limit() {
        let text: String = (0..40_000).map(|i| format!("unknown_key_{i} = 1\n")).collect();
        let starts: Vec<usize> = text.match_indices("unknown").map(|(i, _)| i).collect();
        let files = [SourceFile { path: "big.toml".into(), text }];
        let all: Vec<Diagnostic> = starts.iter().map(|&s| error(0, s..s + 7)).collect();
        let shown = shown(&all);
        assert_eq!(shown.diagnostics.len(), SHOWN_PER_FILE);
        assert_eq!(shown.errors_left_out, 40_000 - SHOWN_PER_FILE);
        assert_eq!(
            shown.note().unwrap(),
            format!("… and {} more errors not shown (limit 200, 100 per file)", 40_000 - SHOWN_PER_FILE)
        );
        // Rendering all 40,000 (as a caller without the limit would) still reads the file once.
        let r = Renderer::new(&files);
        let last = all.iter().map(|d| r.render(d)).last().unwrap();
        assert!(last.contains("--> big.toml:40000:1"), "{last}");
        assert_eq!(r.index_builds(), 1);
        let rendered = render_all(&all, &files);
        assert_eq!(rendered.len(), SHOWN_PER_FILE + 1, "the shown ones and the note");
    }

    #[test]
    fn errors_are_shown_before_warnings_and_every_file_gets_its_turn() {
        let warning = |file, at| Diagnostic { severity: Severity::Warning, ..error(file, at..at + 1) };
        let mut all: Vec<Diagnostic> = (0..300).map(|i| warning(0, i)).collect();
        all.extend((0..150).map(|i| error(0, 1000 + i..1001 + i)));
        all.extend((0..3).map(|i| error(1, i..i + 1)));
        let shown = shown(&all);
        assert_eq!(shown.diagnostics.len(), SHOWN_PER_FILE + 3);
        assert!(shown.diagnostics.iter().all(|d| d.severity == Severity::Error));
        assert_eq!((shown.errors_left_out, shown.warnings_left_out), (50, 300));
        assert_eq!(
            shown.note().unwrap(),
            "… and 50 more errors and 300 more warnings not shown (limit 200, 100 per file)"
        );
        let few = &all[..3];
        assert!(super::shown(few).note().is_none());
    }

    #[test]
    fn a_long_line_is_shown_around_the_place() {
        let text = format!("x = \"{}needle{}\"\n", "a".repeat(100_000), "b".repeat(100_000));
        let at = text.find("needle").unwrap();
        let files = [SourceFile { path: "long.toml".into(), text }];
        let out = render(&error(0, at..at + 6), &files);
        let lines: Vec<&str> = out.lines().collect();
        assert!(out.len() < 1000, "{out}");
        assert!(lines[1].ends_with(&format!("long.toml:1:{}", at + 1)), "{out}");
        // Cut by us, and again by annotate-snippets to its width ("...").
        assert!(lines[3].starts_with("1 | …aaa") && lines[3].trim_end_matches(['…', '.']).ends_with("bbb"), "{out}");
        let caret = lines[4].chars().position(|c| c == '^').unwrap();
        assert_eq!(lines[3].chars().skip(caret).take(6).collect::<String>(), "needle", "{out}");
        assert_eq!(lines[4].matches('^').count(), 6);
        // A long message is cut too.
        let long = Diagnostic { message: "m".repeat(1_000_000), ..error(0, 0..1) };
        assert!(render(&long, &files).len() < 3000);
    }

    #[test]
    fn terminal_escapes_and_bidi_overrides_are_shown_escaped() {
        let evil = "\u{1b}[2J\u{1b}]0;pwned\u{7}\u{202e}x\u{2066}\u{7f}\u{9b}";
        assert_eq!(escape(evil), "\\u{1b}[2J\\u{1b}]0;pwned\\u{7}\\u{202e}x\\u{2066}\\u{7f}\\u{9b}");
        assert_eq!(escape("plain é ✓ مرحبا"), "plain é ✓ مرحبا");
        assert_eq!(escape_text("a\n\tb\r"), "a\n\tb\\u{d}");
        let text = format!("id = \"{evil}\"\t# x\n");
        let at = text.find('\u{1b}').unwrap();
        let files = [SourceFile { path: format!("a{evil}.toml"), text }];
        let d = Diagnostic {
            message: format!("bad `{evil}`"),
            hint: Some(format!("hint\n{evil}")),
            ..error(0, at..at + 4)
        };
        let out = render(&d, &files);
        assert!(!out.chars().any(|c| is_unsafe(c) && c != '\n' && c != '\t'), "{out:?}");
        assert!(out.contains("bad `\\u{1b}[2J"), "{out}");
        // The underline is under the text made visible: escaped by us, or drawn as a control
        // picture by annotate-snippets.
        let shown = if cfg!(feature = "pretty") { "␛[2J" } else { "\\u{1b}[2J" };
        let lines: Vec<&str> = out.lines().collect();
        let caret = lines[4].chars().position(|c| c == '^').unwrap();
        assert_eq!(lines[3].chars().skip(caret).take(shown.chars().count()).collect::<String>(), shown, "{out}");
        assert_eq!(lines[4].matches('^').count(), shown.chars().count());
        assert!(out.contains("\\u{9b}"), "C1 controls escaped: {out}");
    }

    /// The columns at which `-->`, the `|` gutter and `= hint` stand: the same for every line
    /// number (rustc's alignment).
    fn alignment(out: &str) -> Vec<usize> {
        out.lines()
            .filter_map(|l| {
                let l = l.trim_end();
                l.find("-->").map(|i| i + 1).or_else(|| l.find("= hint")).or_else(|| l.find('|'))
            })
            .collect()
    }

    #[test]
    fn the_gutter_is_aligned_for_one_and_three_digit_lines() {
        for lines in [1, 9, 120] {
            let text: String = (1..=lines).map(|i| format!("key_{i} = 1\n")).collect();
            let at = text.rfind("key").unwrap();
            let files = [SourceFile { path: "f.toml".into(), text }];
            let d = Diagnostic { hint: Some("h".into()), ..error(0, at..at + 3) };
            let out = render(&d, &files);
            let columns = alignment(&out);
            assert!(columns.len() >= 4, "{out}");
            // `-->` one column left of the gutter, `= hint` on it.
            assert!(columns.iter().all(|&c| c == columns[0]), "line {lines}:\n{out}");
            assert!(out.contains(&format!("{lines} | key_{lines} = 1")), "{out}");
        }
    }

    /// The underline under `word` in `line`, by display width: its first caret's column and its
    /// number of carets, against the display columns before `word` and its display width.
    #[cfg(feature = "pretty")]
    fn underline(line: &str, word: &str) -> ((usize, usize), (usize, usize)) {
        let text = format!("{line}\n");
        let at = text.find(word).unwrap();
        let files = [SourceFile { path: "f.toml".into(), text: text.clone() }];
        let out = render(&error(0, at..at + word.len()), &files);
        let lines: Vec<&str> = out.lines().collect();
        let code = lines.iter().position(|l| l.starts_with("1 |")).unwrap();
        let under = lines[code + 1];
        let caret = under.find('^').unwrap() - "  | ".len();
        let width = |s: &str| s.chars().map(|c| if c == '\t' { 4 } else { unicode_width(c) }).sum::<usize>();
        ((caret, under.matches('^').count()), (width(&text[..at]), width(word)))
    }

    /// East Asian wide characters take two columns; the others one (as a terminal draws them).
    #[cfg(feature = "pretty")]
    fn unicode_width(c: char) -> usize {
        if ('\u{1100}'..='\u{115f}').contains(&c)
            || ('\u{2e80}'..='\u{a4cf}').contains(&c)
            || ('\u{ac00}'..='\u{d7a3}').contains(&c)
            || ('\u{ff00}'..='\u{ff60}').contains(&c)
        {
            2
        } else {
            1
        }
    }

    #[test]
    #[cfg(feature = "pretty")]
    fn carets_are_placed_by_display_width() {
        for (line, word) in [
            ("name = \"漢字テキスト\" # ✓ bad", "bad"),
            ("name = \"漢字テキスト\"", "漢字テキスト"),
            ("\tname = 'x'\tbad", "bad"),
            ("name = \"مرحبا بكم\" bad", "bad"),
            ("name = \"مرحبا بكم\"", "مرحبا"),
        ] {
            let (got, want) = underline(line, word);
            assert_eq!(got, want, "{line:?} / {word:?}");
        }
    }

    #[test]
    #[cfg(feature = "pretty")]
    fn a_span_over_several_lines_shows_them() {
        let text = "[[contact]]\nid = \"x\"\nname = \"y\"\n\n[[contact]]\n";
        let end = text.find("\n\n").unwrap();
        let files = [SourceFile { path: "f.toml".into(), text: text.into() }];
        let out = render(&error(0, 0..end), &files);
        for l in ["1 | / [[contact]]", "2 | | id = \"x\"", "3 | | name = \"y\""] {
            assert!(out.contains(l), "{l}:\n{out}");
        }
        assert!(out.contains("  | |__________^"), "{out}");
    }

    #[test]
    fn colour_only_when_asked_and_the_one_line_form() {
        let files = [SourceFile { path: "f.toml".into(), text: "a = 1\n".into() }];
        let d = error(0, 0..1);
        let plain = Renderer::new(&files).render(&d);
        assert!(!plain.contains('\u{1b}'), "{plain:?}");
        let short = Renderer::new(&files).with_style(Style { short: true, color: false }).render(&d);
        assert_eq!(short, "f.toml:1:1: error[E0002]: m");
        if cfg!(feature = "pretty") {
            let coloured = Renderer::new(&files).with_style(Style { color: true, short: false }).render(&d);
            assert!(coloured.contains("\u{1b}["), "{coloured:?}");
        }
    }
}
