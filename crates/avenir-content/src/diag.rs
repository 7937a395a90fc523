//! Diagnostics: a stable code, a severity, a place (file, byte span → line and column), a
//! message and a hint; rendered like rustc's, with the offending text underlined.

use std::fmt::Write as _;

pub type Span = core::ops::Range<usize>;

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
pub fn render(d: &Diagnostic, files: &[SourceFile]) -> String {
    let mut out = String::new();
    let sev = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let _ = writeln!(out, "{sev}[{}]: {}", d.code, d.message);
    let Some(file) = files.get(d.file) else {
        return out;
    };
    let (line, col) = file.line_col(d.span.start);
    let _ = writeln!(out, "  --> {}:{line}:{col}", file.path);
    if let Some(text) = file.text.lines().nth(line - 1) {
        let gutter = " ".repeat(line.to_string().len());
        let start = col - 1;
        let width = {
            let end = floor_char_boundary(&file.text, d.span.end.min(file.text.len()));
            let start_b = floor_char_boundary(&file.text, d.span.start.min(file.text.len()));
            file.text[start_b..end].lines().next().map_or(1, |s| s.chars().count().max(1))
        };
        let _ = writeln!(out, "{gutter} |");
        let _ = writeln!(out, "{line} | {text}");
        let _ = writeln!(out, "{gutter} | {}{}", " ".repeat(start), "^".repeat(width));
    }
    if let Some(h) = &d.hint {
        let _ = writeln!(out, "   = hint: {h}");
    }
    out
}

/// The closest of `candidates` to `word`, if close enough to be a likely typo.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (levenshtein(&word.to_lowercase(), &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= (c.chars().count().max(word.chars().count()) / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
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
}
