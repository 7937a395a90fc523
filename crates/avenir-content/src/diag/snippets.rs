//! Diagnostics drawn by `annotate-snippets`, the library rustc draws its own with (feature
//! `pretty`, native only): the gutter sized to the largest line number shown, carets by display
//! width (Arabic, CJK, tabs), multi-line spans with their first and last lines, colour when asked
//! for, and rustc's one-line form.
//!
//! What is ours: the lines given to the library (only those the span covers, at most
//! [`MAX_LINES`], a long line cut to a window around the place), C1 controls escaped before it
//! sees them (it makes C0 controls and bidirectional overrides visible itself, but passes C1
//! controls such as U+009B, a terminal's CSI, through), and the column of a place in a cut line.

use std::borrow::Cow;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer as Draw, Snippet};

use super::{Diagnostic, Renderer, Severity, Style, cut, escape, escape_text};

/// A span over more lines than this is shown up to its `MAX_LINES`th line.
const MAX_LINES: usize = 12;

/// One line as given to the library: its text, and where it starts and ends in the file.
struct Shown {
    text: String,
    /// The bytes of the file shown (the window of a long line).
    from: usize,
    to: usize,
    /// "…" when the window leaves out the line's start.
    cut_before: bool,
}

impl Shown {
    /// The offset in `text` of the file's offset `at` (clamped to the window).
    fn offset(&self, file: &str, at: usize) -> usize {
        let at = at.clamp(self.from, self.to);
        usize::from(self.cut_before) * "…".len() + escape_c1(&file[self.from..at]).len()
    }
}

pub(super) fn render(r: &Renderer<'_>, d: &Diagnostic, style: Style) -> String {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let title = level.primary_title(cut(&escape(&d.message)).into_owned()).id(d.code);
    let mut group = Group::with_title(title);
    // The place's column as the library will count it, and as it is (see `line_col`).
    let mut columns = None;
    if let Some(file) = r.files.get(d.file) {
        let text = &file.text;
        let start = super::floor_char_boundary(text, d.span.start.min(text.len()));
        let end = super::floor_char_boundary(text, d.span.end.min(text.len())).max(start);
        let index = r.index(d.file);
        let first = index.line_of(start);
        let last = index.line_of(super::floor_char_boundary(text, end.saturating_sub(1)).max(start));
        let last = last.min(first + MAX_LINES - 1);
        let mut lines: Vec<Shown> = Vec::new();
        for n in first..=last {
            let Some(range) = index.line(text, n) else { break };
            lines.push(window(text, range, if n == first { start } else { 0 }));
        }
        let path = escape(&file.path).into_owned();
        let (line, column) = r.line_col(d.file, start);
        let snippet = if lines.is_empty() {
            // The place is after the last line break: an empty line.
            Snippet::source(String::new()).annotation(AnnotationKind::Primary.span(0..0))
        } else {
            let mut source = String::new();
            let mut starts = Vec::new();
            for l in &lines {
                starts.push(source.len());
                source.push_str(&l.text);
                source.push('\n');
            }
            source.pop();
            let at = starts[0] + lines[0].offset(text, start);
            let (last_line, last_start) = (lines.len() - 1, starts[lines.len() - 1]);
            let until = (last_start + lines[last_line].offset(text, end)).max(at);
            let counted = lines[0].text[..at].chars().count() + 1;
            columns = Some((format!("{path}:{line}:{counted}"), format!("{path}:{line}:{column}")));
            Snippet::source(source).annotation(AnnotationKind::Primary.span(at..until))
        };
        group = group.element(snippet.line_start(line).path(path));
    }
    if let Some(h) = &d.hint {
        group = group.element(Level::HELP.with_name(Some("hint")).message(cut(&escape_text(h)).into_owned()));
    }
    let draw = if style.color { Draw::styled() } else { Draw::plain() }.short_message(style.short);
    let mut out = draw.render(&[group]);
    // In a cut line the library counts the column from the window's start.
    if let Some((counted, real)) = columns
        && counted != real
    {
        out = out.replacen(&counted, &real, 1);
    }
    if !style.short {
        out.push('\n');
    }
    out
}

/// The line `range` of `text` as shown: the whole line, or a window around `at` of a long one,
/// with its C1 controls escaped.
fn window(text: &str, range: core::ops::Range<usize>, at: usize) -> Shown {
    let (from, to) = super::window(text, range.clone(), at);
    let (cut_before, cut_after) = (from > range.start, to < range.end);
    let text = format!(
        "{}{}{}",
        if cut_before { "…" } else { "" },
        escape_c1(&text[from..to]),
        if cut_after { "…" } else { "" }
    );
    Shown { text, from, to, cut_before }
}

/// `s` with its C1 controls (U+0080–U+009F) written as Rust writes them (`\u{9b}`): the one
/// kind of terminal control the library leaves as it is.
fn escape_c1(s: &str) -> Cow<'_, str> {
    let c1 = |c: char| ('\u{80}'..='\u{9f}').contains(&c);
    if !s.chars().any(c1) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().map(|c| if c1(c) { c.escape_unicode().to_string() } else { c.to_string() }).collect())
}
