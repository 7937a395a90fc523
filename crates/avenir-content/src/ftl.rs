//! Fluent (`.ftl`) files → [`Texts`]. The subset supported so far: messages whose value is text
//! with `{ $variable }` placeables and `{ "literal" }` strings. Anything else (terms, selectors,
//! attributes) is reported, not silently dropped, until the runtime supports it.

use std::collections::BTreeMap;

use avenir_core::text::{Segment, Texts};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};

use crate::diag::{Diags, Span};

/// Placeables (`{ … }`, and calls `F( … )` inside them) nested deeper than this are refused
/// before parsing (E0307): Fluent's parser goes one call deeper per level, and a few thousand
/// levels overflow the stack (of the CLI; of the browser, where `site::check` runs, sooner).
/// Real texts nest two or three (a variable in a selector in a placeable).
pub const MAX_NESTING: usize = 32;

/// Parses one language's file. `lang`, `name` and `dir` come from the assessment's language list.
pub fn parse(file: usize, text: &str, lang: &str, d: &mut Diags) -> Texts {
    let cleared;
    let deep = too_deep(text);
    let text = if deep.is_empty() {
        text
    } else {
        for (at, _) in &deep {
            d.error(
                "E0307",
                file,
                *at..*at + 1,
                format!("Fluent: placeables nested more than {MAX_NESTING} deep"),
                Some(
                    "a text has a placeable or two inside each other, such as `{ $name }`; this one is left out".into(),
                ),
            );
        }
        cleared = blank(text, deep.iter().map(|(_, entry)| entry.clone()));
        &cleared
    };
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                d.error(
                    "E0301",
                    file,
                    e.pos.clone(),
                    format!("Fluent syntax: {}", e.kind),
                    Some("a message is written `key = text`; continuation lines are indented".into()),
                );
            }
            r
        }
    };
    let places = message_places(text);
    let place = |key: &str| places.get(key).cloned().unwrap_or(0..0);
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        let Entry::Message(m) = entry else {
            if let Entry::Term(t) = entry {
                d.error(
                    "E0302",
                    file,
                    place(&format!("-{}", t.id.name)),
                    "terms (`-name = …`) are not supported yet",
                    Some("write the text in each message".into()),
                );
            }
            continue;
        };
        let key = m.id.name.to_string();
        let span = place(&key);
        if !m.attributes.is_empty() {
            d.error(
                "E0302",
                file,
                span.clone(),
                format!("`{key}` has attributes, which are not supported yet"),
                Some("make each attribute a message of its own".into()),
            );
        }
        let Some(pattern) = m.value else { continue };
        let mut segments: Vec<Segment> = Vec::new();
        for el in pattern.elements {
            match el {
                PatternElement::TextElement { value } => push_text(&mut segments, value),
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::VariableReference { id }),
                } => segments.push(Segment::Var(id.name.to_string())),
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::StringLiteral { value }),
                } => push_text(&mut segments, value),
                PatternElement::Placeable { .. } => d.error(
                    "E0302",
                    file,
                    span.clone(),
                    format!("`{key}` uses a Fluent feature that is not supported yet"),
                    Some("use plain text and `{ $variable }` only".into()),
                ),
            }
        }
        messages.insert(key, segments);
    }
    Texts { lang: lang.to_string(), messages, recorded: Vec::new() }
}

fn push_text(segments: &mut Vec<Segment>, value: &str) {
    match segments.last_mut() {
        Some(Segment::Text(t)) => t.push_str(value),
        _ => segments.push(Segment::Text(value.to_string())),
    }
}

/// Where each `key = …` starts in the file (the first, for a key written twice), from one
/// reading of it: looking up every message's place in turn would read the file once per
/// message.
pub fn message_places(text: &str) -> BTreeMap<&str, Span> {
    let mut places = BTreeMap::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let key_len = line.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(line.len());
        if key_len > 0 && line[key_len..].trim_start().starts_with('=') {
            places.entry(&line[..key_len]).or_insert(offset..offset + key_len);
        }
        offset += line.len();
    }
    places
}

/// Where placeables nest deeper than [`MAX_NESTING`], without parsing: for each such entry, the
/// place of the first brace too deep and the entry (from its first line to the next line that
/// starts one), which is left out. Counts `{` and, inside a placeable, `(`; skips comments and
/// string literals. After an entry left out, the parser starts afresh on the next line that
/// starts one, and so does the count. One pass over the text.
fn too_deep(text: &str) -> Vec<(usize, Span)> {
    let b = text.as_bytes();
    let starts_entry = |i: usize| b.get(i).is_some_and(|c| c.is_ascii_alphabetic() || *c == b'-');
    let mut found = Vec::new();
    let (mut depth, mut entry, mut i) = (0usize, 0usize, 0usize);
    while i < b.len() {
        let line_start = i == 0 || b[i - 1] == b'\n';
        match b[i] {
            b'#' if depth == 0 && line_start => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            _ if depth == 0 && line_start && starts_entry(i) => entry = i,
            b'"' if depth > 0 => {
                // A string literal ends at its quote or at the end of the line.
                i += 1;
                while i < b.len() && b[i] != b'"' && b[i] != b'\n' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                if b.get(i) == Some(&b'"') {
                    i += 1;
                }
                continue;
            }
            _ => {}
        }
        match b[i] {
            b'{' => depth += 1,
            b'(' if depth > 0 => depth += 1,
            b'}' | b')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > MAX_NESTING {
            let at = i;
            // The entry ends where a line starts the next one.
            i += 1;
            while i < b.len() && !(b[i - 1] == b'\n' && (starts_entry(i) || b[i] == b'#')) {
                i += 1;
            }
            found.push((at, entry..i));
            depth = 0;
            entry = i;
            continue;
        }
        i += 1;
    }
    found
}

/// `text` with every character in `ranges` but line breaks made a space, so that every other
/// byte keeps its place.
fn blank(text: &str, ranges: impl Iterator<Item = Span>) -> String {
    let mut out = text.to_string();
    for r in ranges {
        let spaces: String = text[r.clone()]
            .chars()
            .map(|c| if c == '\n' { "\n".to_string() } else { " ".repeat(c.len_utf8()) })
            .collect();
        out.replace_range(r, &spaces);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_is_measured_without_parsing() {
        let deep =
            |n: usize| format!("ok = {{ $a }}\ndeep = {}\"x\"{}\nafter = {{ $b }}\n", "{ ".repeat(n), " }".repeat(n));
        assert!(too_deep(&deep(MAX_NESTING)).is_empty());
        let text = deep(MAX_NESTING + 1);
        let found = too_deep(&text);
        assert_eq!(found.len(), 1);
        let (at, entry) = &found[0];
        let deep_at = text.find("deep").unwrap();
        assert_eq!(&text[entry.clone()], &text[deep_at..text.find("after").unwrap()]);
        assert_eq!(*at, deep_at + "deep = ".len() + 2 * MAX_NESTING);
        // Calls nest too, inside a placeable; braces in strings and comments do not count.
        let calls = format!("x = {{ {}$a{} }}\n", "F(".repeat(MAX_NESTING), ")".repeat(MAX_NESTING));
        assert_eq!(too_deep(&calls).len(), 1);
        let quoted = format!("x = {{ \"{}\" }}\n# {}\ny = ((((\n", "{".repeat(100), "{".repeat(100));
        assert!(too_deep(&quoted).is_empty());
    }

    #[test]
    fn a_hundred_thousand_levels_are_refused_and_the_rest_is_read() {
        for open in ["{ ", "{ F(", "{\nA(\n"] {
            let text = format!("a = A\nb = {}$x\nc = C\n", open.repeat(100_000));
            let mut d = Diags::default();
            let t = parse(0, &text, "en", &mut d);
            assert!(d.0.iter().any(|x| x.code == "E0307"), "{open:?}: {:?}", d.0.first());
            assert!(t.has("a"), "{open:?}");
            if !open.contains('\n') {
                assert!(t.has("c"), "{open:?}");
                assert!(d.0.len() < 10, "{open:?}: {} diagnostics", d.0.len());
            }
        }
    }

    #[test]
    fn ordinary_texts_are_untouched() {
        let text = "# Comment (with parentheses) {\nui-progress = Question { $n } of { $total } (about { $m })\nb = { \"{\" }\n";
        let mut d = Diags::default();
        let texts = parse(0, text, "en", &mut d);
        assert!(d.0.is_empty(), "{:?}", d.0);
        assert_eq!(texts.messages.len(), 2);
    }
}
