//! `avenir status`: what the content has for each country of stay and of return, and how current
//! its sources are, as Markdown (`docs/content-status.md` is its output for the default content,
//! kept equal to it by a test in crates/avenir-cli).
//!
//! An item (a programme or a contact) belongs to a country when its `applies` singles the country
//! out: not false when that country is the answer, and false for "another country" (the option
//! `other` of both country questions). Items that no country singles out are "everywhere".
//! Open points are what a reader should know before trusting a row: criteria that the rules
//! leave to a counsellor (`unknown` in the rule), pages that show no date of their own, and, for
//! a country of return where return itself is dangerous (a need with `legal_first`), the want of
//! a sourced protection contact.

use std::collections::BTreeSet;
use std::fmt::Write;

use avenir_core::answers::Value;
use avenir_core::expr::Expr;
use avenir_core::logic::Tri;
use avenir_core::model::{Assessment, Contact, PageDate, Programme, Source};

const STAY: &str = "stay_country";
const RETURN: &str = "return_country";

/// `e` evaluated with only `question` answered, by `answer`.
fn with_answer(e: &Expr, question: &str, answer: &str) -> Tri {
    e.eval(&|q: &str| (q == question).then_some(Value::Choice(answer)))
}

/// Whether `applies` singles out `country` as the answer to `question`.
fn singles_out(applies: Option<&Expr>, question: &str, country: &str) -> bool {
    applies.is_some_and(|e| {
        with_answer(e, question, country) != Tri::False && with_answer(e, question, "other") == Tri::False
    })
}

/// Whether the rule has the literal `unknown` in it: part of it is left to a counsellor.
fn open_by_rule(e: &Expr) -> bool {
    match e {
        Expr::Lit(t) => *t == Tri::Unknown,
        Expr::Not(e) => open_by_rule(e),
        Expr::And(es) | Expr::Or(es) => es.iter().any(open_by_rule),
        _ => false,
    }
}

fn key(d: &PageDate) -> (u16, u8, u8) {
    (d.year, d.month, d.day)
}

#[derive(Default)]
struct Row<'a> {
    programmes: Vec<&'a Programme>,
    contacts: Vec<&'a Contact>,
    /// Whether return there is dangerous (a `legal_first` need's rule singles it out).
    dangerous: bool,
}

impl<'a> Row<'a> {
    fn sources(&self) -> Vec<&'a Source> {
        let mut seen = BTreeSet::new();
        let all = self
            .programmes
            .iter()
            .flat_map(|p| p.sources.iter().chain(p.criteria.iter().flat_map(|c| &c.sources)))
            .chain(self.contacts.iter().flat_map(|c| &c.sources));
        all.filter(|s| seen.insert(s.url.as_str())).collect()
    }

    /// Criteria left to a counsellor, as `programme.criterion`.
    fn for_counsellor(&self) -> Vec<String> {
        self.programmes
            .iter()
            .flat_map(|p| {
                p.criteria.iter().filter(|c| open_by_rule(&c.when)).map(move |c| format!("{}.{}", p.id, c.id))
            })
            .collect()
    }

    fn protection_contact(&self, a: &Assessment) -> bool {
        let needs: Vec<&str> = a.needs.iter().filter(|n| n.legal_first).map(|n| n.id.as_str()).collect();
        self.contacts.iter().any(|c| c.needs.iter().any(|n| n == "safety" || needs.contains(&n.as_str())))
    }
}

fn ids<T>(items: &[&T], id: impl Fn(&T) -> &str) -> String {
    if items.is_empty() {
        return "–".into();
    }
    items.iter().map(|i| format!("`{}`", id(i))).collect::<Vec<_>>().join(", ")
}

/// The countries of return that programmes or contacts single out: those with information of
/// their own (the need `country_information` of the default content names the same ones).
pub fn return_countries_with_items(a: &Assessment) -> Vec<String> {
    let Some(q) = a.question(RETURN) else { return Vec::new() };
    q.options
        .iter()
        .filter(|c| {
            a.programmes.iter().any(|p| singles_out(p.applies.as_ref(), RETURN, c))
                || a.contacts.iter().any(|k| singles_out(k.applies.as_ref(), RETURN, c))
        })
        .cloned()
        .collect()
}

/// The status of the content `a` as Markdown.
pub fn render(a: &Assessment) -> String {
    let options = |q: &str| -> Vec<&str> {
        a.question(q)
            .map(|q| {
                q.options
                    .iter()
                    .map(String::as_str)
                    .filter(|o| o.len() == 2 && o.bytes().all(|b| b.is_ascii_uppercase()))
                    .collect()
            })
            .unwrap_or_default()
    };
    let stay_countries = options(STAY);
    let return_countries = options(RETURN);
    let dangerous: Vec<&str> = return_countries
        .iter()
        .copied()
        .filter(|c| a.needs.iter().any(|n| n.legal_first && singles_out(Some(&n.when), RETURN, c)))
        .collect();
    let row = |question: &str, country: &str| Row {
        programmes: a.programmes.iter().filter(|p| singles_out(p.applies.as_ref(), question, country)).collect(),
        contacts: a.contacts.iter().filter(|c| singles_out(c.applies.as_ref(), question, country)).collect(),
        dangerous: question == RETURN && dangerous.contains(&country),
    };
    let stay: Vec<(&str, Row)> = stay_countries.iter().map(|c| (*c, row(STAY, c))).collect();
    let ret: Vec<(&str, Row)> = return_countries
        .iter()
        .map(|c| (*c, row(RETURN, c)))
        .filter(|(_, r)| r.dangerous || !r.programmes.is_empty() || !r.contacts.is_empty())
        .collect();
    let singled = |applies: Option<&Expr>| {
        stay_countries.iter().any(|c| singles_out(applies, STAY, c))
            || return_countries.iter().any(|c| singles_out(applies, RETURN, c))
    };
    let everywhere = Row {
        programmes: a.programmes.iter().filter(|p| !singled(p.applies.as_ref())).collect(),
        contacts: a.contacts.iter().filter(|c| !singled(c.applies.as_ref())).collect(),
        dangerous: false,
    };

    let mut out = String::new();
    let _ = writeln!(out, "# Content status\n");
    let _ = writeln!(
        out,
        "Generated by `cargo avenir status` from content version {}. Do not edit by hand: a test \
         (`crates/avenir-cli/tests/cli.rs`) keeps this file equal to the command's output, so run the \
         command again after changing the content.\n",
        a.version
    );
    out.push_str(
        "Each row counts the programmes and contacts shown only for that country (its `applies` \
         singles it out), the distinct source pages they cite, and the oldest date a page states of \
         itself (`published` or `updated`; pages without one are counted as undated). Open points: \
         criteria that the rules leave to a counsellor (`unknown` in the rule, so the programme is at \
         best *possibly*), undated pages, and, where return itself is dangerous (⚠: a need with `legal_first` puts it first), a missing protection contact. Why a return is dangerous is sourced with the list the need reads \
         (UNHCR's positions, in `lists.toml`), not counted here. The details follow the tables.\n\n",
    );
    let table = |out: &mut String, heading: &str, rows: &[(&str, Row)]| {
        let _ = writeln!(out, "## {heading}\n");
        out.push_str("| country | programmes | contacts | source pages | oldest page date | open points |\n");
        out.push_str("|---|---:|---:|---:|---|---|\n");
        for (country, r) in rows {
            let sources = r.sources();
            let oldest =
                sources.iter().filter_map(|s| s.own).min_by_key(key).map_or("–".to_string(), |d| d.to_string());
            let undated = sources.iter().filter(|s| s.own.is_none()).count();
            let mut open = Vec::new();
            let counsellor = r.for_counsellor().len();
            if counsellor > 0 {
                open.push(format!("{counsellor} for a counsellor"));
            }
            if undated > 0 {
                open.push(format!("{undated} undated"));
            }
            if r.dangerous && !r.protection_contact(a) {
                open.push("no protection contact".into());
            }
            let _ = writeln!(
                out,
                "| {}{} | {} | {} | {} | {} | {} |",
                country,
                if r.dangerous { " ⚠" } else { "" },
                r.programmes.len(),
                r.contacts.len(),
                sources.len(),
                oldest,
                if open.is_empty() { "–".to_string() } else { open.join("; ") }
            );
        }
        out.push('\n');
    };
    table(&mut out, "Countries of stay", &stay);
    table(&mut out, "Countries of return", &ret);
    let everywhere = [("all", everywhere)];
    table(&mut out, "Everywhere (no country singled out)", &everywhere);
    out.push_str("## Details\n");
    let details = |out: &mut String, what: &str, country: &str, r: &Row| {
        let _ = writeln!(out, "\n### {what} {country}{}\n", if r.dangerous { " ⚠" } else { "" });
        let _ = writeln!(out, "- programmes: {}", ids(&r.programmes, |p: &Programme| p.id.as_str()));
        let _ = writeln!(out, "- contacts: {}", ids(&r.contacts, |c: &Contact| c.id.as_str()));
        let counsellor = r.for_counsellor();
        if !counsellor.is_empty() {
            let _ = writeln!(
                out,
                "- for a counsellor: {}",
                counsellor.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", ")
            );
        }
        if r.dangerous && !r.protection_contact(a) {
            let _ = writeln!(
                out,
                "- no sourced protection contact: independent legal advice in the country of stay comes first (docs/authoring.md, rule 6)"
            );
        }
        let sources = r.sources();
        let mut dated: Vec<&Source> = sources.iter().copied().filter(|s| s.own.is_some()).collect();
        dated.sort_by_key(|s| s.own.as_ref().map(key));
        // The three oldest dated pages: the first to read again.
        for s in dated.iter().take(3) {
            let _ = writeln!(out, "- oldest pages: {} <{}>", s.own.map(|d| d.to_string()).unwrap_or_default(), s.url);
        }
        for s in sources.iter().filter(|s| s.own.is_none()) {
            let _ = writeln!(out, "- undated: <{}>", s.url);
        }
    };
    for (c, r) in &stay {
        details(&mut out, "Stay:", c, r);
    }
    for (c, r) in &ret {
        details(&mut out, "Return:", c, r);
    }
    details(&mut out, "Everywhere:", "all", &everywhere[0].1);
    out
}
