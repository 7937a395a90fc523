//! Fluent (`.ftl`) files → [`Texts`]. The subset supported so far: messages whose value is text
//! with `{ $variable }` placeables and `{ "literal" }` strings. Anything else (terms, selectors,
//! attributes) is reported, not silently dropped, until the runtime supports it.

use std::borrow::Cow;
use std::collections::BTreeMap;

use avenir_core::text::{Segment, Texts};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};

use crate::diag::{Diags, Span};

/// `{` and `(` in one entry beyond which it is not parsed. fluent-syntax's parser recurses once
/// per placeable or call argument nested: about a thousand levels overflow the browser's 1 MiB
/// stack, or the main thread's 8 MiB in a debug build (found by `crates/avenir-fuzz`). Texts
/// use one level (`{ $name }`).
const MAX_OPENS: usize = 100;

/// Parses one language's file. `lang`, `name` and `dir` come from the assessment's language list.
pub fn parse(file: usize, text: &str, lang: &str, d: &mut Diags) -> Texts {
    let text = &*not_too_deep(file, text, d);
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
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        let Entry::Message(m) = entry else {
            if let Entry::Term(t) = entry {
                d.error(
                    "E0302",
                    file,
                    message_span(text, &format!("-{}", t.id.name)),
                    "terms (`-name = …`) are not supported yet",
                    Some("write the text in each message".into()),
                );
            }
            continue;
        };
        let key = m.id.name.to_string();
        let span = message_span(text, &key);
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

/// `text` with every entry that has more than [`MAX_OPENS`] `{` and `(` blanked (its bytes made
/// spaces, line ends kept, so that every other place stays), each reported (E0301). An entry
/// runs from a line starting a message, a term or a comment to the next: the parser cannot nest
/// across such a line (it ends a pattern, and is an error inside a placeable), so an entry's
/// count of `{` and `(` bounds the depth the parser reaches in it.
fn not_too_deep<'t>(file: usize, text: &'t str, d: &mut Diags) -> Cow<'t, str> {
    let starts_entry = |line: &str| {
        let id = line.strip_prefix('-').unwrap_or(line);
        let name_end = id.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-')).unwrap_or(id.len());
        line.starts_with('#')
            || (id.starts_with(|c: char| c.is_ascii_alphabetic()) && id[name_end..].trim_start().starts_with('='))
    };
    let mut entries: Vec<(usize, usize)> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if entries.is_empty() || starts_entry(line) {
            entries.push((offset, offset));
        }
        offset += line.len();
        if let Some(last) = entries.last_mut() {
            last.1 = offset;
        }
    }
    let deep: Vec<(usize, usize)> = entries
        .into_iter()
        .filter(|&(start, end)| text[start..end].bytes().filter(|b| matches!(b, b'{' | b'(')).count() > MAX_OPENS)
        .collect();
    if deep.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    for &(start, end) in &deep {
        let first_line = text[start..end].find('\n').map_or(end, |i| start + i);
        d.error(
            "E0301",
            file,
            start..first_line.max(start + 1),
            format!("Fluent syntax: more than {MAX_OPENS} `{{` and `(` in one message; it is not read"),
            Some("a text uses placeables one level deep: `{ $name }`".into()),
        );
        bytes[start..end].iter_mut().filter(|b| **b != b'\n').for_each(|b| *b = b' ');
    }
    // Whole entries were blanked, and line ends are ASCII: still UTF-8.
    Cow::Owned(String::from_utf8(bytes).unwrap_or_default())
}

fn push_text(segments: &mut Vec<Segment>, value: &str) {
    match segments.last_mut() {
        Some(Segment::Text(t)) => t.push_str(value),
        _ => segments.push(Segment::Text(value.to_string())),
    }
}

/// Where `key = …` starts in the file (the AST keeps no positions).
pub fn message_span(text: &str, key: &str) -> Span {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(key) {
            if rest.trim_start().starts_with('=') {
                return offset..offset + key.len();
            }
        }
        offset += line.len();
    }
    0..0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        // Found by the fuzzer: ~1000 nested placeables overflow a 1 MiB stack in the parser.
        for deep in ["{".repeat(20_000), format!("{{ {}", "F(".repeat(20_000)), "{ ".repeat(101)] {
            let text = format!("a = A\nb = {deep}\n  more of b {{{{\nc = C é\n");
            let mut d = Diags::default();
            let texts = parse(0, &text, "en", &mut d);
            assert_eq!(d.0.len(), 1, "{:?}", d.0);
            assert_eq!((d.0[0].code, d.0[0].span.start), ("E0301", 6));
            assert_eq!(texts.messages.keys().collect::<Vec<_>>(), ["a", "c"]);
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
