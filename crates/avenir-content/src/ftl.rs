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
