//! Tokens with byte spans. Standalone so that tools can list and highlight an expression's parts.

use super::{ExprError, Span};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tok {
    Ident(String),
    Str(String),
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    EqEq,
    NotEq,
    Lt,
    Le,
    Gt,
    Ge,
    Num(i64),
}

impl Tok {
    pub fn describe(&self) -> String {
        match self {
            Tok::Ident(s) => format!("`{s}`"),
            Tok::Str(s) => format!("\"{s}\""),
            Tok::LParen => "`(`".into(),
            Tok::RParen => "`)`".into(),
            Tok::LBracket => "`[`".into(),
            Tok::RBracket => "`]`".into(),
            Tok::Comma => "`,`".into(),
            Tok::EqEq => "`==`".into(),
            Tok::NotEq => "`!=`".into(),
            Tok::Lt => "`<`".into(),
            Tok::Le => "`<=`".into(),
            Tok::Gt => "`>`".into(),
            Tok::Ge => "`>=`".into(),
            Tok::Num(n) => format!("`{n}`"),
        }
    }
}

/// Splits `src` into tokens. Every lexical problem is reported; lexing goes on after each one.
pub fn lex(src: &str) -> (Vec<(Tok, Span)>, Vec<ExprError>) {
    let mut toks = Vec::new();
    let mut errors = Vec::new();
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = src[i..].chars().next().unwrap_or(' ');
        let start = i;
        let single = |t: Tok| (t, start..start + 1);
        match c {
            ' ' | '\t' | '\n' | '\r' => i += 1,
            '(' => {
                toks.push(single(Tok::LParen));
                i += 1
            }
            ')' => {
                toks.push(single(Tok::RParen));
                i += 1
            }
            '[' => {
                toks.push(single(Tok::LBracket));
                i += 1
            }
            ']' => {
                toks.push(single(Tok::RBracket));
                i += 1
            }
            ',' => {
                toks.push(single(Tok::Comma));
                i += 1
            }
            '=' if bytes.get(i + 1) == Some(&b'=') => {
                toks.push((Tok::EqEq, i..i + 2));
                i += 2
            }
            '!' if bytes.get(i + 1) == Some(&b'=') => {
                toks.push((Tok::NotEq, i..i + 2));
                i += 2
            }
            '<' | '>' => {
                let eq = bytes.get(i + 1) == Some(&b'=');
                let tok = match (c, eq) {
                    ('<', false) => Tok::Lt,
                    ('<', true) => Tok::Le,
                    (_, false) => Tok::Gt,
                    (_, true) => Tok::Ge,
                };
                let len = if eq { 2 } else { 1 };
                toks.push((tok, i..i + len));
                i += len;
            }
            c if c.is_ascii_digit() || (c == '-' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)) => {
                let len = 1 + src[i + 1..].find(|ch: char| !ch.is_ascii_digit()).unwrap_or(src.len() - i - 1);
                match src[i..i + len].parse::<i64>() {
                    Ok(n) => toks.push((Tok::Num(n), i..i + len)),
                    Err(_) => errors.push(ExprError {
                        span: i..i + len,
                        message: format!("`{}` is too large a number", &src[i..i + len]),
                        hint: Some("numbers in rules are whole numbers of at most 18 digits".into()),
                    }),
                }
                i += len;
            }
            '=' => {
                errors.push(ExprError {
                    span: i..i + 1,
                    message: "a single `=` is not a comparison".into(),
                    hint: Some("write `==` to compare a question with an option".into()),
                });
                toks.push((Tok::EqEq, i..i + 1));
                i += 1;
            }
            '&' | '|' => {
                let len = if bytes.get(i + 1) == Some(&bytes[i]) { 2 } else { 1 };
                let word = if c == '&' { "and" } else { "or" };
                errors.push(ExprError {
                    span: i..i + len,
                    message: format!("`{}` is not part of the rule language", &src[i..i + len]),
                    hint: Some(format!("write `{word}`")),
                });
                toks.push((Tok::Ident(word.into()), i..i + len));
                i += len;
            }
            '"' | '\'' => {
                let quote = c;
                let body_start = i + 1;
                match src[body_start..].find(quote) {
                    Some(len) => {
                        toks.push((Tok::Str(src[body_start..body_start + len].to_string()), i..body_start + len + 1));
                        i = body_start + len + 1;
                    }
                    None => {
                        errors.push(ExprError {
                            span: i..src.len(),
                            message: "this text has no closing quote".into(),
                            hint: Some(format!("add `{quote}` at the end of the option id")),
                        });
                        toks.push((Tok::Str(src[body_start..].to_string()), i..src.len()));
                        i = src.len();
                    }
                }
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let len = src[i..]
                    .find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '_' || ch == '-'))
                    .unwrap_or(src.len() - i);
                toks.push((Tok::Ident(src[i..i + len].to_string()), i..i + len));
                i += len;
            }
            other => {
                let len = other.len_utf8();
                errors.push(ExprError {
                    span: i..i + len,
                    message: format!("unexpected character `{other}`"),
                    hint: Some("rules use question ids, quoted option ids, whole numbers, `==`, `!=`, `<`, `<=`, `>`, `>=`, `in [...]`, `has`, `and`, `or`, `not` and parentheses".into()),
                });
                i += len;
            }
        }
    }
    (toks, errors)
}
