//! # avenir-studio
//!
//! The engine of the content studio (`www/studio/`): everything `avenir lint`, `avenir test
//! --coverage`, `avenir diff`, `avenir status` and `cargo xtask build` do with an assessment
//! folder, on a folder the page holds in memory (`avenir_content::memory`), so that an author
//! needs no install and their files never leave their computer. No checking of its own: each
//! function calls the crate the command line calls.
//!
//! A third wasm module (`dist/studio/pkg/`), loaded only by the studio's pages: the person's
//! widget never loads it. Files come as two lists, paths (relative to the folder:
//! `contacts.toml`, `texts/ar.ftl`, `tests/cases.toml`) and texts, in the same order.

use avenir_content::diag::{Renderer, shown};
use avenir_content::memory::{Folder, Linted, lint};
use avenir_content::{Diagnostic, Severity, SourceFile, bundle, cases, changes, diag::Diags, status};
use avenir_core::model::{Assessment, Date};
use wasm_bindgen::prelude::*;

/// The folder from the page's two lists.
pub fn folder(paths: Vec<String>, texts: Vec<String>) -> Folder {
    Folder::from_files(paths.into_iter().zip(texts))
}

/// `avenir lint` on the folder: the files the diagnostics index, and the diagnostics (the
/// files that could not be read first, and alone, as `avenir lint` reports them).
pub fn linted(folder: Folder, today: Option<Date>, list_stale: bool) -> Linted {
    if !folder.problems.is_empty() {
        return Linted { files: folder.refused, diagnostics: folder.problems, assessment: None };
    }
    lint(folder.content, folder.tests, Vec::new(), today, list_stale)
}

/// The content checked and built, or its errors rendered as `avenir lint` prints them.
pub fn assessment(folder: &Folder) -> Result<Assessment, Vec<String>> {
    let linted = linted(folder.clone(), None, false);
    let errors: Vec<Diagnostic> =
        linted.diagnostics.iter().filter(|d| d.severity == Severity::Error).cloned().collect();
    match linted.assessment {
        Some(a) if errors.is_empty() => Ok(a),
        _ => Err(avenir_content::render_all(&errors, &linted.files)),
    }
}

/// Every file the widget downloads (`avenir_content::bundle::files`), as `cargo xtask build`
/// writes them under `dist/`: `content/start.bin`, `content/results.bin`, `texts/<tag>.bin`,
/// `texts/<tag>.results.bin`.
pub fn bundle_files(folder: &Folder) -> Result<Vec<(String, Vec<u8>)>, Vec<String>> {
    let a = assessment(folder)?;
    bundle::files(&a).map_err(|e| vec![e])
}

/// `avenir test --coverage`'s text and the number of failed cases; the errors instead when
/// the content or a case cannot be read.
pub fn tests_report(folder: &Folder) -> Result<(String, usize), Vec<String>> {
    let a = assessment(folder)?;
    let mut d = Diags::default();
    let all = cases::read(&folder.tests, &a, &mut d);
    let problems = avenir_content::render_all(&d.0, &folder.tests);
    if d.has_errors() {
        return Err(problems);
    }
    let (text, failed) = cases::report(&a, &folder.tests, &all, true);
    Ok((problems.join("\n") + if problems.is_empty() { "" } else { "\n" } + &text, failed))
}

/// `avenir diff PUBLISHED EDITED`'s text (the edited folder's test cases), then the lines that
/// differ file by file, so that a change that changes no result (a phone number) shows too.
pub fn diff_report(published: &Folder, edited: &Folder) -> Result<String, Vec<String>> {
    let (old, new) = (assessment(published)?, assessment(edited)?);
    let mut d = Diags::default();
    let all = cases::read(&edited.tests, &new, &mut d);
    let mut out = changes::render(&changes::diff(&old, &new, &all), all.len());
    out.push_str("\nfiles changed:\n");
    let before = published.content.iter().chain(&published.tests);
    let after: Vec<&SourceFile> = edited.content.iter().chain(&edited.tests).collect();
    let mut any = false;
    for f in before.clone() {
        match after.iter().find(|g| g.path == f.path) {
            Some(g) if g.text == f.text => {}
            Some(g) => {
                any = true;
                out.push_str(&lines_changed(&f.path, &f.text, &g.text));
            }
            None => {
                any = true;
                out.push_str(&format!("  {} (removed)\n", f.path));
            }
        }
    }
    for g in &after {
        if !before.clone().any(|f| f.path == g.path) {
            any = true;
            out.push_str(&format!("  {} (new)\n", g.path));
        }
    }
    if !any {
        out.push_str("  none\n");
    }
    Ok(out)
}

/// The lines of `path` that differ between `old` and `new`: what is between their common first
/// and last lines, `-` before and `+` after, with line numbers, at most 40 of each.
fn lines_changed(path: &str, old: &str, new: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
    let head = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let tail = a[head..].iter().rev().zip(b[head..].iter().rev()).take_while(|(x, y)| x == y).count();
    let mut out = format!("  {path}\n");
    for (sign, lines) in [('-', &a[head..a.len() - tail]), ('+', &b[head..b.len() - tail])] {
        for (i, line) in lines.iter().enumerate().take(40) {
            out.push_str(&format!("    {}{sign} {}\n", head + i + 1, avenir_content::diag::escape(line)));
        }
        if lines.len() > 40 {
            out.push_str(&format!("    … and {} more line(s)\n", lines.len() - 40));
        }
    }
    out
}

/// One diagnostic for the page: code, severity, file, line and column (the start; and the
/// end), the span as UTF-16 offsets in the file's text (what a `<textarea>` selects), message,
/// hint and the text `avenir lint` prints.
fn diagnostic_object(d: &Diagnostic, files: &[SourceFile], r: &Renderer) -> JsValue {
    let o = js_sys::Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), &v);
    };
    let text = files.get(d.file).map_or("", |f| f.text.as_str());
    let utf16 = |byte: usize| {
        let mut b = byte.min(text.len());
        while !text.is_char_boundary(b) {
            b -= 1;
        }
        text[..b].encode_utf16().count() as f64
    };
    let (line, column) = r.line_col(d.file, d.span.start);
    let (end_line, end_column) = r.line_col(d.file, d.span.end);
    set("code", d.code.into());
    set("severity", if d.severity == Severity::Error { "error" } else { "warning" }.into());
    set("path", files.get(d.file).map_or("", |f| f.path.as_str()).into());
    set("line", (line as f64).into());
    set("column", (column as f64).into());
    set("endLine", (end_line as f64).into());
    set("endColumn", (end_column as f64).into());
    set("from", utf16(d.span.start).into());
    set("to", utf16(d.span.end).into());
    set("message", d.message.as_str().into());
    set("hint", d.hint.as_deref().map_or(JsValue::NULL, JsValue::from_str));
    set("rendered", r.render(d).into());
    o.into()
}

/// The diagnostics shown (at most `SHOWN_LIMIT`, errors first, as `avenir lint`), and a last
/// line on how many were left out, if any; all of them when not `limited` (the status's list).
fn diagnostics_array(all: &[Diagnostic], files: &[SourceFile], limited: bool) -> js_sys::Array {
    let r = Renderer::new(files);
    if !limited {
        return all.iter().map(|d| diagnostic_object(d, files, &r)).collect();
    }
    let shown = shown(all);
    let out: js_sys::Array = shown.diagnostics.iter().map(|d| diagnostic_object(d, files, &r)).collect();
    if let Some(note) = shown.note() {
        out.push(&JsValue::from_str(&note));
    }
    out
}

fn strings(lines: &[String]) -> js_sys::Array {
    lines.iter().map(|l| JsValue::from_str(l)).collect()
}

/// `avenir lint --today TODAY` on the folder: `{errors, warnings, diagnostics}` (each
/// diagnostic an object, see `diagnostic_object`; a string at the end says how many were not
/// shown).
#[wasm_bindgen]
pub fn check(paths: Vec<String>, texts: Vec<String>, today: &str) -> JsValue {
    let linted = linted(folder(paths, texts), Date::parse(today), false);
    let o = js_sys::Object::new();
    let errors = linted.errors();
    let _ = js_sys::Reflect::set(&o, &"errors".into(), &(errors as f64).into());
    let _ = js_sys::Reflect::set(&o, &"warnings".into(), &((linted.diagnostics.len() - errors) as f64).into());
    let _ =
        js_sys::Reflect::set(&o, &"diagnostics".into(), &diagnostics_array(&linted.diagnostics, &linted.files, true));
    o.into()
}

/// `avenir test --coverage`: `[ok, text]` (`ok` false when a case fails or the content has
/// errors, whose text is then the errors).
#[wasm_bindgen]
pub fn run_tests(paths: Vec<String>, texts: Vec<String>) -> js_sys::Array {
    match tests_report(&folder(paths, texts)) {
        Ok((text, failed)) => js_sys::Array::of2(&(failed == 0).into(), &text.into()),
        Err(errors) => js_sys::Array::of2(&false.into(), &errors.join("\n").into()),
    }
}

/// `avenir diff` from the published folder to the edited one: `[ok, text]`.
#[wasm_bindgen]
pub fn diff(old_paths: Vec<String>, old_texts: Vec<String>, paths: Vec<String>, texts: Vec<String>) -> js_sys::Array {
    match diff_report(&folder(old_paths, old_texts), &folder(paths, texts)) {
        Ok(text) => js_sys::Array::of2(&true.into(), &text.into()),
        Err(errors) => js_sys::Array::of2(&false.into(), &errors.join("\n").into()),
    }
}

/// The codes of the content's status, in the order listed: texts missing in a language (W0304,
/// one per language), a source checked long ago (W0402), a page old or undated (W0403, one per
/// source).
pub const STATUS_CODES: [&str; 3] = ["W0304", "W0402", "W0403"];

/// The content's status list: every diagnostic of [`STATUS_CODES`], in that order, each code's in
/// file order; none left out (a few per source and language).
pub fn status_list(linted: &Linted) -> Vec<Diagnostic> {
    let mut listed: Vec<Diagnostic> =
        linted.diagnostics.iter().filter(|d| STATUS_CODES.contains(&d.code)).cloned().collect();
    listed.sort_by_key(|d| STATUS_CODES.iter().position(|c| *c == d.code));
    listed
}

/// The content's status: `{markdown, diagnostics}` — `avenir status`'s Markdown (empty when the
/// content has errors), and every stale source and every language's missing texts, each a
/// diagnostic with its place (as `avenir lint --stale --today TODAY`).
#[wasm_bindgen]
pub fn content_status(paths: Vec<String>, texts: Vec<String>, today: &str) -> JsValue {
    let linted = linted(folder(paths, texts), Date::parse(today), true);
    let markdown = linted.assessment.as_ref().map(status::render).unwrap_or_default();
    let listed = status_list(&linted);
    let o = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&o, &"markdown".into(), &markdown.into());
    let _ = js_sys::Reflect::set(&o, &"diagnostics".into(), &diagnostics_array(&listed, &linted.files, false));
    o.into()
}

/// The files the widget downloads, built from the folder: `[name, bytes, name, bytes…]`, or
/// `[null, errors]` when the content has errors.
#[wasm_bindgen]
pub fn build(paths: Vec<String>, texts: Vec<String>) -> js_sys::Array {
    match bundle_files(&folder(paths, texts)) {
        Ok(files) => files
            .iter()
            .flat_map(|(name, bytes)| [JsValue::from_str(name), js_sys::Uint8Array::from(&bytes[..]).into()])
            .collect(),
        Err(errors) => js_sys::Array::of2(&JsValue::NULL, &strings(&errors)),
    }
}

#[cfg(test)]
mod tests;
