//! Reading values out of a spanned TOML table, reporting every problem with its place.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diag::{Diags, Span, did_you_mean};

/// A string value and where it stands: `span` covers the whole TOML value (quotes included);
/// `inner` maps an offset inside the string to a file offset when it was written without
/// escapes, which is what lets expression errors point at the exact character.
#[derive(Clone, Debug)]
pub struct Str {
    pub value: String,
    pub span: Span,
    inner_start: Option<usize>,
}

impl Str {
    /// A value that stands for a place in the file without being its text (a list value used
    /// as a question's option): its sub-spans all map to `span`.
    pub fn plain(value: &str, span: Span) -> Str {
        Str { value: value.to_string(), span, inner_start: None }
    }

    /// The file span of `range` inside the string, or the whole value when it can't be mapped.
    pub fn sub_span(&self, range: Span) -> Span {
        match self.inner_start {
            Some(start) => start + range.start..start + range.end,
            None => self.span.clone(),
        }
    }
}

/// One TOML table of one file, with the keys it may have.
pub struct Table<'a, 'i> {
    pub file: usize,
    pub text: &'a str,
    pub table: &'a DeTable<'i>,
    pub span: Span,
    /// What the table is, for messages: "question `stay_country`".
    pub what: String,
}

impl<'a, 'i> Table<'a, 'i> {
    pub fn new(
        file: usize,
        text: &'a str,
        value: &'a Spanned<DeValue<'i>>,
        what: &str,
        d: &mut Diags,
    ) -> Option<Table<'a, 'i>> {
        match value.get_ref() {
            DeValue::Table(t) => Some(Table { file, text, table: t, span: value.span(), what: what.to_string() }),
            other => {
                d.error(
                    "E0003",
                    file,
                    value.span(),
                    format!("{what} should be a table, not {}", other.type_str()),
                    None,
                );
                None
            }
        }
    }

    /// Reports every key not in `allowed`, suggesting the closest allowed one.
    pub fn allow_keys(&self, allowed: &[&str], d: &mut Diags) {
        for (k, _) in self.table.iter() {
            if !allowed.contains(&k.get_ref().as_ref()) {
                let hint = match did_you_mean(k.get_ref(), allowed.iter().copied()) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!("the keys of {} are: {}", self.what, allowed.join(", ")),
                };
                d.error(
                    "E0002",
                    self.file,
                    k.span(),
                    format!("unknown key `{}` in {}", k.get_ref(), self.what),
                    Some(hint),
                );
            }
        }
    }

    pub fn get(&self, key: &str) -> Option<&'a Spanned<DeValue<'i>>> {
        self.table.get(key)
    }

    fn type_error(&self, key: &str, v: &Spanned<DeValue>, want: &str, d: &mut Diags) {
        d.error(
            "E0003",
            self.file,
            v.span(),
            format!("`{key}` of {} should be {want}, not {}", self.what, v.get_ref().type_str()),
            None,
        );
    }

    fn missing(&self, key: &str, example: &str, d: &mut Diags) {
        d.error(
            "E0004",
            self.file,
            self.header_span(),
            format!("{} has no `{key}`", self.what),
            Some(format!("add a line such as `{key} = {example}`")),
        );
    }

    /// The first line of the table, where a missing key is reported.
    fn header_span(&self) -> Span {
        let start = self.span.start.min(self.text.len());
        let end = self.text[start..].find('\n').map_or(self.text.len(), |i| start + i);
        start..end.max(start + 1).min(self.text.len().max(start))
    }

    pub fn str(&self, key: &str, d: &mut Diags) -> Option<Str> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::String(s) => Some(self.make_str(s, v.span())),
            _ => {
                self.type_error(key, v, "text in quotes", d);
                None
            }
        }
    }

    pub fn req_str(&self, key: &str, example: &str, d: &mut Diags) -> Option<Str> {
        if self.get(key).is_none() {
            self.missing(key, example, d);
        }
        self.str(key, d)
    }

    fn make_str(&self, s: &str, span: Span) -> Str {
        let raw = self.text.get(span.clone()).unwrap_or("");
        let quote = if raw.starts_with("\"\"\"") || raw.starts_with("'''") { 3 } else { 1 };
        let inner_start = (raw.get(quote..quote + s.len()) == Some(s)).then_some(span.start + quote);
        Str { value: s.to_string(), span, inner_start }
    }

    /// A whole number.
    pub fn int(&self, key: &str, d: &mut Diags) -> Option<i64> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::Integer(i) => {
                let parsed = i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()).ok();
                if parsed.is_none() {
                    d.error("E0003", self.file, v.span(), format!("`{key}` is too large"), None);
                }
                parsed
            }
            _ => {
                self.type_error(key, v, "a whole number", d);
                None
            }
        }
    }

    pub fn bool(&self, key: &str, default: bool, d: &mut Diags) -> bool {
        match self.get(key) {
            None => default,
            Some(v) => match v.get_ref() {
                DeValue::Boolean(b) => *b,
                _ => {
                    self.type_error(key, v, "`true` or `false`", d);
                    default
                }
            },
        }
    }

    /// A list of strings; a missing key is an empty list.
    pub fn str_list(&self, key: &str, d: &mut Diags) -> Vec<Str> {
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = v.get_ref() else {
            self.type_error(key, v, "a list such as [\"a\", \"b\"]", d);
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| match item.get_ref() {
                DeValue::String(s) => Some(self.make_str(s, item.span())),
                _ => {
                    self.type_error(key, item, "text in quotes", d);
                    None
                }
            })
            .collect()
    }

    /// A date written as a TOML date (`2026-11-23`) or as text (`"2026-11-23"`). `None` for a
    /// TOML date that TOML could not read (`2026-02-30`), which is reported as a syntax error.
    pub fn date_text(&self, key: &str, d: &mut Diags) -> Option<(String, Span)> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::Datetime(dt) if dt.to_string().is_empty() => None,
            DeValue::Datetime(dt) => Some((dt.to_string(), v.span())),
            DeValue::String(s) => Some((s.to_string(), v.span())),
            _ => {
                self.type_error(key, v, "a date such as 2026-11-23", d);
                None
            }
        }
    }

    /// An array of tables (`[[question]]`) or a single table under `key`.
    pub fn tables(&self, key: &str, d: &mut Diags) -> Vec<&'a Spanned<DeValue<'i>>> {
        match self.get(key).map(|v| (v, v.get_ref())) {
            None => Vec::new(),
            Some((_, DeValue::Array(a))) => a.iter().collect(),
            Some((v, DeValue::Table(_))) => vec![v],
            Some((v, _)) => {
                self.type_error(key, v, &format!("a list of tables written `[[{key}]]`"), d);
                Vec::new()
            }
        }
    }
}
