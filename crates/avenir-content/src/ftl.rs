//! Fluent (`.ftl`) files → [`Texts`]. The subset supported so far: messages whose value is text
//! with `{ $variable }` placeables and `{ "literal" }` strings. Anything else (terms, selectors,
//! attributes) is reported, not silently dropped, until the runtime supports it.

use std::collections::BTreeMap;

use avenir_core::text::{Segment, Texts};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};

use crate::diag::{Diags, Span};

/// Parses one language's file. `lang`, `name` and `dir` come from the assessment's language list.
pub fn parse(file: usize, text: &str, lang: &str, d: &mut Diags) -> Texts {
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

