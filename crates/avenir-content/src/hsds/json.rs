//! A JSON reader that keeps every value's place in the file (for diagnostics at the line and
//! column of an HSDS field).

use super::*;

#[derive(Debug)]
pub(super) enum J {
    Null,
    Bool(bool),
    Num(String),
    Str(String),
    Arr(Vec<Node>),
    /// Members with the span of their key.
    Obj(Vec<(String, Span, Node)>),
}

#[derive(Debug)]
pub(super) struct Node {
    pub(super) v: J,
    pub(super) span: Span,
}

impl Node {
    /// A member; of two with the same key, the last, as JSON parsers (serde_json, browsers') read
    /// them.
    pub(super) fn get(&self, key: &str) -> Option<&Node> {
        match &self.v {
            J::Obj(members) => members.iter().rev().find(|(k, _, _)| k == key).map(|(_, _, n)| n),
            _ => None,
        }
    }

    /// A non-empty string member (null and "" count as absent).
    pub(super) fn str(&self, key: &str) -> Option<(&str, Span)> {
        match self.get(key) {
            Some(Node { v: J::Str(s), span }) if !s.trim().is_empty() => Some((s.as_str(), span.clone())),
            _ => None,
        }
    }

    pub(super) fn arr(&self, key: &str) -> &[Node] {
        match self.get(key) {
            Some(Node { v: J::Arr(items), .. }) => items,
            _ => &[],
        }
    }

    /// Where a member is, even empty or null; else the object's first character.
    pub(super) fn place(&self, key: &str) -> Span {
        self.get(key).map_or(self.span.start..self.span.start + 1, |n| n.span.clone())
    }

    pub(super) fn is_obj(&self) -> bool {
        matches!(self.v, J::Obj(_))
    }

    pub(super) fn kind(&self) -> &'static str {
        match self.v {
            J::Null => "null",
            J::Bool(_) => "true or false",
            J::Num(_) => "a number",
            J::Str(_) => "text",
            J::Arr(_) => "a list",
            J::Obj(_) => "an object",
        }
    }
}

/// Parses text serde_json has already accepted; `None` only on input it would refuse.
pub(super) struct Parser<'a> {
    pub(super) s: &'a str,
    pub(super) i: usize,
}

impl Parser<'_> {
    pub(super) fn ws(&mut self) {
        while self.s.as_bytes().get(self.i).is_some_and(u8::is_ascii_whitespace) {
            self.i += 1;
        }
    }

    pub(super) fn value(&mut self, depth: usize) -> Option<Node> {
        self.ws();
        let start = self.i;
        let b = *self.s.as_bytes().get(self.i)?;
        if depth > 128 {
            return None;
        }
        let v = match b {
            b'{' => {
                self.i += 1;
                let mut members = Vec::new();
                loop {
                    self.ws();
                    if self.s.as_bytes().get(self.i) == Some(&b'}') {
                        self.i += 1;
                        break;
                    }
                    let key_start = self.i;
                    let key = self.string()?;
                    let key_span = key_start..self.i;
                    self.ws();
                    (self.s.as_bytes().get(self.i) == Some(&b':')).then_some(())?;
                    self.i += 1;
                    let v = self.value(depth + 1)?;
                    members.push((key, key_span, v));
                    self.ws();
                    match self.s.as_bytes().get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b'}') => {
                            self.i += 1;
                            break;
                        }
                        _ => return None,
                    }
                }
                J::Obj(members)
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.ws();
                    if self.s.as_bytes().get(self.i) == Some(&b']') {
                        self.i += 1;
                        break;
                    }
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    match self.s.as_bytes().get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            break;
                        }
                        _ => return None,
                    }
                }
                J::Arr(items)
            }
            b'"' => J::Str(self.string()?),
            b't' | b'f' | b'n' => {
                let word = ["true", "false", "null"].into_iter().find(|w| self.s[self.i..].starts_with(w))?;
                self.i += word.len();
                match word {
                    "true" => J::Bool(true),
                    "false" => J::Bool(false),
                    _ => J::Null,
                }
            }
            _ => {
                let len = self.s[self.i..]
                    .find(|c: char| !(c.is_ascii_digit() || "+-.eE".contains(c)))
                    .unwrap_or(self.s.len() - self.i);
                (len > 0).then_some(())?;
                self.i += len;
                J::Num(self.s[start..self.i].to_string())
            }
        };
        Some(Node { v, span: start..self.i })
    }

    pub(super) fn string(&mut self) -> Option<String> {
        let start = self.i;
        (self.s.as_bytes().get(self.i) == Some(&b'"')).then_some(())?;
        self.i += 1;
        loop {
            match *self.s.as_bytes().get(self.i)? {
                b'\\' => self.i += 2,
                b'"' => {
                    self.i += 1;
                    break;
                }
                _ => self.i += 1,
            }
        }
        serde_json::from_str(self.s.get(start..self.i)?).ok()
    }
}
