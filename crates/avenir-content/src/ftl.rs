//! Fluent (`.ftl`) files → [`Texts`], compiled here so that the phone never parses Fluent.
//! Supported: text with `{ $variable }` placeables, `{ "literal" }` strings and numbers,
//! `NUMBER($n)` (the widget formats every number with the browser's `Intl.NumberFormat`),
//! terms (`-brand = …`, written in where `{ -brand }` uses them, in the same file), and one
//! selector per message on a number, by CLDR plural category or exact number
//! (`{ $count -> [one] … [few] … *[other] … }`, `NUMBER($n, type: "ordinal")`), compiled into one
//! pattern per variant (`avenir_core::text::variant` picks one for a number and its plural
//! category; the widget does not call it yet: see docs/authoring.md). The variants are checked against each language's plural categories
//! (the `intl_pluralrules` crate, CLDR; native builds only, feature `plurals`): E0308, W0309.
//! Anything else (attributes, message references, parameterised terms, nested selectors) is
//! reported (E0302), not silently dropped.

use std::collections::BTreeMap;

use avenir_core::text::{SELECTOR, Segment, Texts};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, Variant, VariantKey};

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
    // Where each message starts, read only when a problem or a selector needs a place: most
    // files have none, and reading every line again was a tenth of the checker's time.
    let places = std::cell::OnceCell::new();
    let place = |key: &str| places.get_or_init(|| message_places(text)).get(key).cloned().unwrap_or(0..0);
    // Terms first, wherever they are in the file: their patterns, written in where used.
    let mut terms: BTreeMap<&str, Vec<Segment>> = BTreeMap::new();
    for entry in &resource.body {
        if let Entry::Term(t) = entry {
            let at = place(&format!("-{}", t.id.name));
            if !t.attributes.is_empty() {
                d.error(
                    "E0302",
                    file,
                    at.clone(),
                    format!("the term `-{}` has attributes, which are not supported", t.id.name),
                    Some("make each attribute a term of its own".into()),
                );
            }
            match compile(&t.value, &BTreeMap::new()) {
                Ok(Compiled { before, select: None, .. }) => {
                    terms.insert(t.id.name, before);
                }
                Ok(_) => d.error(
                    "E0302",
                    file,
                    at,
                    format!("the term `-{}` has a selector, which is supported in messages only", t.id.name),
                    Some("write the term as plain text, and the selector in the messages that use it".into()),
                ),
                Err(problem) => unsupported(d, file, at, &format!("-{}", t.id.name), &problem),
            }
        }
    }
    let mut messages = BTreeMap::new();
    for entry in &resource.body {
        let Entry::Message(m) = entry else { continue };
        let key = m.id.name.to_string();
        if !m.attributes.is_empty() {
            d.error(
                "E0302",
                file,
                place(&key),
                format!("`{key}` has attributes, which are not supported yet"),
                Some("make each attribute a message of its own".into()),
            );
        }
        let Some(pattern) = &m.value else { continue };
        let compiled = match compile(pattern, &terms) {
            Ok(c) => c,
            Err(problem) => {
                unsupported(d, file, place(&key), &key, &problem);
                // What could be read is kept, so that the text is not reported missing too.
                Compiled { before: plain(pattern), select: None, after: Vec::new() }
            }
        };
        let Compiled { before, select, after } = compiled;
        let Some(select) = select else {
            messages.insert(key, before);
            continue;
        };
        plurals(&select, &key, lang, file, place(&key), d);
        let whole = |variant: &[Segment]| {
            let mut out = before.clone();
            for s in variant.iter().chain(&after) {
                match s {
                    Segment::Text(t) => push_text(&mut out, t),
                    var => out.push(var.clone()),
                }
            }
            out
        };
        for (i, (name, value)) in select.variants.iter().enumerate() {
            if i != select.default {
                messages.insert(format!("{key}[{name}]"), whole(value));
            }
        }
        let mut marker = vec![Segment::Var(select.var.clone())];
        if select.ordinal {
            marker.push(Segment::Text("ordinal".into()));
        }
        messages.insert(format!("{key}{SELECTOR}"), marker);
        messages.insert(key, whole(&select.variants[select.default].1));
    }
    Texts { lang: lang.to_string(), messages, recorded: Vec::new() }
}

/// A pattern compiled: the text before the selector, the selector if there is one, the text after.
struct Compiled {
    before: Vec<Segment>,
    select: Option<Select>,
    after: Vec<Segment>,
}

/// A selector on a number: its variable, whether it asks for ordinal categories, each
/// variant's key as written (`one`, `0`) with its pattern, and which is the default.
struct Select {
    var: String,
    ordinal: bool,
    variants: Vec<(String, Vec<Segment>)>,
    default: usize,
}

fn unsupported(d: &mut Diags, file: usize, at: Span, key: &str, problem: &str) {
    d.error(
        "E0302",
        file,
        at,
        format!("`{key}` uses {problem}, which is not supported"),
        Some("use text, `{ $variable }`, `{ -term }`, `NUMBER($n)` and one selector on a number per message".into()),
    );
}

/// The text and variables of a pattern, leaving out what cannot be compiled.
fn plain(pattern: &Pattern<&str>) -> Vec<Segment> {
    let mut out = Vec::new();
    for el in &pattern.elements {
        match el {
            PatternElement::TextElement { value } => push_text(&mut out, value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => out.push(Segment::Var(id.name.to_string())),
            PatternElement::Placeable { .. } => {}
        }
    }
    out
}

/// A pattern compiled with the file's `terms`, or what it uses that is not supported.
fn compile(pattern: &Pattern<&str>, terms: &BTreeMap<&str, Vec<Segment>>) -> Result<Compiled, String> {
    let mut c = Compiled { before: Vec::new(), select: None, after: Vec::new() };
    for el in &pattern.elements {
        let out = if c.select.is_some() { &mut c.after } else { &mut c.before };
        match el {
            PatternElement::TextElement { value } => push_text(out, value),
            PatternElement::Placeable { expression: Expression::Inline(inline) } => inline_into(inline, terms, out)?,
            PatternElement::Placeable { expression: Expression::Select { selector, variants } } => {
                if c.select.is_some() {
                    return Err("two selectors".into());
                }
                c.select = Some(select(selector, variants, terms)?);
            }
        }
    }
    Ok(c)
}

/// One inline placeable, appended to `out`.
fn inline_into(
    inline: &InlineExpression<&str>,
    terms: &BTreeMap<&str, Vec<Segment>>,
    out: &mut Vec<Segment>,
) -> Result<(), String> {
    match inline {
        InlineExpression::VariableReference { id } => out.push(Segment::Var(id.name.to_string())),
        InlineExpression::StringLiteral { value } | InlineExpression::NumberLiteral { value } => push_text(out, value),
        // The widget formats every number it passes with the browser's Intl.NumberFormat.
        InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
            match (arguments.positional.as_slice(), arguments.named.is_empty()) {
                ([InlineExpression::VariableReference { id }], true) => out.push(Segment::Var(id.name.to_string())),
                _ => return Err("`NUMBER()` with options (only `NUMBER($n)`, and `type` in a selector)".into()),
            }
        }
        InlineExpression::TermReference { id, attribute: None, arguments: None } => match terms.get(id.name) {
            Some(term) => {
                for s in term {
                    match s {
                        Segment::Text(t) => push_text(out, t),
                        var => out.push(var.clone()),
                    }
                }
            }
            None => return Err(format!("the term `-{}`, which this file does not define,", id.name)),
        },
        InlineExpression::TermReference { id, .. } => {
            return Err(format!("the term `-{}` with an attribute or arguments", id.name));
        }
        InlineExpression::FunctionReference { id, .. } => return Err(format!("the function `{}()`", id.name)),
        InlineExpression::MessageReference { id, .. } => {
            return Err(format!("a reference to the message `{}`", id.name));
        }
        InlineExpression::Placeable { .. } => return Err("a placeable inside a placeable".into()),
    }
    Ok(())
}

/// `{ $n -> … }` or `{ NUMBER($n, type: "ordinal") -> … }`.
fn select(
    selector: &InlineExpression<&str>,
    variants: &[Variant<&str>],
    terms: &BTreeMap<&str, Vec<Segment>>,
) -> Result<Select, String> {
    let (var, ordinal) = match selector {
        InlineExpression::VariableReference { id } => (id.name, false),
        InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
            let [InlineExpression::VariableReference { id: var }] = arguments.positional.as_slice() else {
                return Err("a selector on `NUMBER()` of something other than one variable".into());
            };
            let mut ordinal = false;
            for named in &arguments.named {
                match (named.name.name, &named.value) {
                    ("type", InlineExpression::StringLiteral { value: "ordinal" }) => ordinal = true,
                    ("type", InlineExpression::StringLiteral { value: "cardinal" }) => {}
                    (name, _) => return Err(format!("the option `{name}` of `NUMBER()` in a selector")),
                }
            }
            (var.name, ordinal)
        }
        _ => return Err("a selector on something other than a variable or `NUMBER($n)`".into()),
    };
    let mut out = Select { var: var.to_string(), ordinal, variants: Vec::new(), default: 0 };
    for (i, v) in variants.iter().enumerate() {
        let name = match &v.key {
            VariantKey::Identifier { name } | VariantKey::NumberLiteral { value: name } => name.to_string(),
        };
        let value = compile(&v.value, terms)?;
        if value.select.is_some() {
            return Err("a selector inside a selector".into());
        }
        if v.default {
            out.default = i;
        }
        out.variants.push((name, value.before));
    }
    Ok(out)
}

/// The CLDR plural categories.
const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// A selector's variants against the language's plural categories: a key that is neither a
/// category nor a whole number (E0308: the widget selects on numbers only); a category the
/// language uses that is missing while the default is not `other` (E0308: the default's form
/// would be shown for it); a category the language never chooses, or one it uses that falls
/// to `*[other]` (W0309).
fn plurals(select: &Select, key: &str, lang: &str, file: usize, at: Span, d: &mut Diags) {
    let keys: Vec<&str> = select.variants.iter().map(|(k, _)| k.as_str()).collect();
    for k in &keys {
        if !CATEGORIES.contains(k) && k.parse::<i64>().is_err() {
            d.error(
                "E0308",
                file,
                at.clone(),
                format!("`{key}` has the variant `[{k}]`: the widget selects on numbers only"),
                Some(format!("use the plural categories ({}) or whole numbers such as `[0]`", CATEGORIES.join(", "))),
            );
            return;
        }
    }
    let Some(needed) = categories(lang, select.ordinal) else { return };
    let kind = if select.ordinal { "ordinal" } else { "plural" };
    let default = keys[select.default];
    let missing: Vec<&str> = needed.iter().copied().filter(|c| !keys.contains(c)).collect();
    if !missing.is_empty() && default != "other" {
        d.error(
            "E0308",
            file,
            at.clone(),
            format!(
                "`{key}` lacks the {kind} form(s) {} of {lang}, which would show its default `*[{default}]`",
                missing.join(", ")
            ),
            Some(format!("add [{}] … ({lang} has: {})", missing.join("], ["), needed.join(", "))),
        );
    } else if !missing.is_empty() && keys.iter().any(|k| *k != "other" && CATEGORIES.contains(k)) {
        d.warning(
            "W0309",
            file,
            at.clone(),
            format!("`{key}` lacks the {kind} form(s) {} of {lang}: `*[other]` is shown for them", missing.join(", ")),
            Some(format!(
                "add [{}] … if {lang} says it differently ({lang} has: {})",
                missing.join("], ["),
                needed.join(", ")
            )),
        );
    }
    // `other` is every language's fallback (fractions, in languages whose whole numbers never
    // reach it): always allowed, never required.
    let never: Vec<&str> =
        keys.iter().copied().filter(|k| CATEGORIES.contains(k) && *k != "other" && !needed.contains(k)).collect();
    if !never.is_empty() {
        d.warning(
            "W0309",
            file,
            at,
            format!("`{key}` has the {kind} form(s) {}, which {lang} never uses", never.join(", ")),
            Some(format!("{lang} has: {}; remove the others", needed.join(", "))),
        );
    }
}

/// The plural categories a language's whole numbers fall into (CLDR, by the `intl_pluralrules`
/// crate; the primary language when the tag has no rules of its own); `None` when unknown or
/// in a build without the feature `plurals`.
#[cfg(feature = "plurals")]
pub fn categories(lang: &str, ordinal: bool) -> Option<Vec<&'static str>> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let kind = if ordinal { PluralRuleType::ORDINAL } else { PluralRuleType::CARDINAL };
    let rules = [lang, lang.split(['-', '_']).next().unwrap_or(lang)].iter().find_map(|tag| {
        let id: unic_langid::LanguageIdentifier = tag.parse().ok()?;
        PluralRules::create(id, kind).ok()
    })?;
    // Whole numbers reach every category a count can take: the small ones, the hundreds
    // (Arabic's 100–102), and the millions (some languages' `many`).
    let mut found = [false; 6];
    let samples = (0..=1_200u64).chain((2..=10).map(|e| 10u64.pow(e))).chain([1_000_001, 2_000_000]);
    for n in samples {
        let i = match rules.select(n) {
            Ok(PluralCategory::ZERO) => 0,
            Ok(PluralCategory::ONE) => 1,
            Ok(PluralCategory::TWO) => 2,
            Ok(PluralCategory::FEW) => 3,
            Ok(PluralCategory::MANY) => 4,
            _ => 5,
        };
        found[i] = true;
    }
    Some(CATEGORIES.iter().zip(found).filter(|(_, f)| *f).map(|(c, _)| *c).collect())
}

#[cfg(not(feature = "plurals"))]
pub fn categories(_lang: &str, _ordinal: bool) -> Option<Vec<&'static str>> {
    None
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

    fn compiled(lang: &str, text: &str) -> (Texts, Vec<String>) {
        let mut d = Diags::default();
        let t = parse(0, text, lang, &mut d);
        (t, d.0.iter().map(|x| format!("{} {}", x.code, x.message)).collect())
    }

    fn shown(t: &Texts, key: &str, n: &str) -> String {
        t.format(key, &[("count", n)]).unwrap().replace(['\u{2068}', '\u{2069}'], "")
    }

    #[test]
    fn a_selector_on_a_number_is_compiled_into_one_pattern_per_variant() {
        let (t, problems) = compiled(
            "ru",
            "found = Найдено: { $count ->\n    [one] { $count } программа\n    [few] { $count } программы\n   *[many] { $count } программ\n    [other] { $count } программы\n} сейчас\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        // The default variant is the message itself: what any lookup shows.
        assert_eq!(shown(&t, "found", "5"), "Найдено: 5 программ сейчас");
        assert_eq!(shown(&t, "found[one]", "1"), "Найдено: 1 программа сейчас");
        assert_eq!(shown(&t, "found[few]", "3"), "Найдено: 3 программы сейчас");
        assert_eq!(t.messages["found[$]"], [Segment::Var("count".into())]);
        // The widget's choice: the browser's category (here Russian's, by hand).
        let russian = |n: i64, _| {
            Some(
                if n % 10 == 1 && n % 100 != 11 {
                    "one"
                } else if (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100)) {
                    "few"
                } else {
                    "many"
                }
                .to_string(),
            )
        };
        let pick = |n: i64| avenir_core::text::variant(&t, "found", &[("count", n)], russian);
        assert_eq!([1, 3, 5, 21, 12].map(pick), ["found[one]", "found[few]", "found", "found[one]", "found"]);
    }

    #[test]
    fn terms_and_number_are_written_in_at_build_time() {
        let (t, problems) = compiled(
            "en",
            "-brand = Avenir\nhello = Welcome to { -brand }, { NUMBER($count) } today\nrank = { NUMBER($n, type: \"ordinal\") ->\n    [one] { $n }st\n    [two] { $n }nd\n    [few] { $n }rd\n   *[other] { $n }th\n}\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(shown(&t, "hello", "3"), "Welcome to Avenir, 3 today");
        assert!(!t.has("-brand"), "a term is not a message");
        assert_eq!(t.messages["rank[$]"], [Segment::Var("n".into()), Segment::Text("ordinal".into())]);
        assert_eq!(t.format("rank[two]", &[("n", "2")]).unwrap().replace(['\u{2068}', '\u{2069}'], ""), "2nd");
    }

    #[test]
    fn what_cannot_be_compiled_is_reported() {
        for (text, says) in [
            ("a = { -missing }\n", "the term `-missing`"),
            ("a = { other }\nother = x\n", "a reference to the message `other`"),
            ("a = { DATETIME($d) }\n", "the function `DATETIME()`"),
            ("a = { $n ->\n   *[other] { $m ->\n      *[other] x\n   }\n}\n", "a selector inside a selector"),
            ("a = { $n ->\n   *[other] x\n} { $m ->\n   *[other] y\n}\n", "two selectors"),
            ("a = { NUMBER($n, minimumFractionDigits: 2) }\n", "`NUMBER()` with options"),
            ("-t = { $n ->\n   *[other] x\n}\n", "has a selector"),
        ] {
            let (_, problems) = compiled("en", text);
            assert!(problems.iter().any(|p| p.starts_with("E0302") && p.contains(says)), "{text:?}: {problems:?}");
        }
    }

    #[test]
    fn each_languages_plural_categories_come_from_cldr() {
        assert_eq!(categories("en", false).unwrap(), ["one", "other"]);
        assert_eq!(categories("ar", false).unwrap(), ["zero", "one", "two", "few", "many", "other"]);
        assert_eq!(categories("ru", false).unwrap(), ["one", "few", "many"], "`other` is for fractions only");
        assert_eq!(categories("hr", false).unwrap(), ["one", "few", "other"]);
        assert_eq!(categories("fa-AF", false).unwrap(), ["one", "other"], "by the primary language");
        assert_eq!(categories("en", true).unwrap(), ["one", "two", "few", "other"]);
        assert_eq!(categories("xx", false), None);
    }

    #[test]
    fn plural_variants_are_checked_against_the_language() {
        let lint = |lang: &str, variants: &str| compiled(lang, &format!("found = {{ $count ->\n{variants}\n}}\n")).1;
        // Complete: nothing to say.
        assert!(lint("en", "    [one] one\n   *[other] more").is_empty());
        assert!(lint("hr", "    [one] a\n    [few] b\n   *[other] c").is_empty());
        // Arabic with English's two forms: the four others fall to `other` (a warning).
        let ar = lint("ar", "    [one] a\n   *[other] b");
        assert!(ar.iter().any(|p| p.starts_with("W0309") && p.contains("zero, two, few, many of ar")), "{ar:?}");
        // A default other than `other`: Arabic's `few` would show the `one` form (an error).
        let ar = lint("ar", "   *[one] a\n    [other] b");
        assert!(ar.iter().any(|p| p.starts_with("E0308") && p.contains("`*[one]`")), "{ar:?}");
        // English never says `few`.
        let en = lint("en", "    [one] a\n    [few] b\n   *[other] c");
        assert!(en.iter().any(|p| p.starts_with("W0309") && p.contains("few, which en never uses")), "{en:?}");
        // English's `other` (2, 3…) is a form it uses: without it, `*[one]` would say "1" forms.
        let en = lint("en", "    [zero] none\n   *[one] one");
        assert!(en.iter().any(|p| p.starts_with("E0308") && p.contains("other of en")), "{en:?}");
        // The widget selects on numbers: a word that is not a category is an error.
        let en = lint("en", "    [female] a\n   *[other] c");
        assert!(en.iter().any(|p| p.starts_with("E0308") && p.contains("[female]")), "{en:?}");
        // Exact numbers are always allowed, and only a selector with categories is checked.
        assert!(lint("ar", "    [0] none\n   *[other] some").is_empty());
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
