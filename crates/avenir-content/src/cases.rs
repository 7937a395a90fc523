//! Test cases beside the content (`tests/*.toml` in an assessment directory), in the manner of
//! OpenFisca's YAML tests: a name, answers, and the expected results. Run by `avenir test`,
//! with a coverage report of which rule conditions the cases made true, false and unknown.
//!
//! ```toml
//! [[case]]
//! name = "Refused applicant in Belgium returning to Albania"
//! answers = { stay_country = "BE", return_country = "AL", children = 0, residence = "asylum_refused" }
//! [case.expect]
//! programmes = { fedasil_avr = "likely", eurp = "possibly" }  # each named programme's result
//! # (likely, possibly, not-likely, counted: for some countries of return only, counted in one
//! # line while the person names none, or not-shown)
//! needs = ["health", "travel_documents"]                      # exactly these, in this order
//! contacts = ["fedasil_return"]                               # at least these
//! not_contacts = ["payoke"]                                   # none of these
//! reasons = { "eurp.country_covered" = "not-answered" }        # each named criterion's reason
//! next = "fedasil_return"                                      # the next step's contact
//! ```

use std::collections::BTreeMap;

use avenir_core::analysis;
use avenir_core::answers::{Answer, Answers};
use avenir_core::evaluate::{Likelihood, evaluate};
use avenir_core::expr::Expr;
use avenir_core::logic::Tri;
use avenir_core::model::Assessment;
use toml::de::{DeTable, DeValue};

use crate::diag::{Diags, SourceFile, Span};
use crate::reader::Table;

#[derive(Clone, Debug)]
pub struct Case {
    pub name: String,
    pub file: usize,
    pub span: Span,
    pub answers: Answers,
    /// Each named programme's expected result.
    pub programmes: Vec<(String, Shown)>,
    pub needs: Option<Vec<String>>,
    pub contacts: Vec<String>,
    pub not_contacts: Vec<String>,
    /// Each named criterion's expected reason (`evaluate::CriterionResult::outcome_id`): by
    /// programme id, criterion id and outcome (`met`, `unmet`, `unknown`, `not-answered`,
    /// `dont-know`).
    pub reasons: Vec<(String, String, String)>,
    /// The contact of the next step on the results' first screen (`avenir_core::plan`).
    pub next: Option<String>,
}

/// A programme's result as a case names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// Listed, likely, possibly or not likely.
    Listed(Likelihood),
    /// For some countries of return only, and the person has named none: not listed, counted in
    /// one line (`Outcome::for_return`).
    Counted,
    /// Not shown at all: it cannot apply.
    NotShown,
}

impl Shown {
    /// How a programme is shown in an outcome.
    pub fn of(out: &avenir_core::Outcome, programme: &str) -> Shown {
        match out.programmes.iter().find(|p| p.programme.id == programme) {
            Some(p) => Shown::Listed(p.likelihood),
            None if out.for_return.programmes.iter().any(|p| p.id == programme) => Shown::Counted,
            None => Shown::NotShown,
        }
    }

    /// The word the test files use.
    pub fn id(self) -> &'static str {
        match self {
            Shown::Listed(l) => l.id(),
            Shown::Counted => "counted",
            Shown::NotShown => "not-shown",
        }
    }
}

/// The outcomes a reason can have (`evaluate::CriterionResult::outcome_id`).
const OUTCOMES: [&str; 5] = ["met", "unmet", "unknown", "not-answered", "dont-know"];

/// Reads every `[[case]]` of the test files, checking them against the assessment: unknown
/// questions, answers a question cannot have, unknown programmes, needs and contacts.
pub fn read(files: &[SourceFile], a: &Assessment, d: &mut Diags) -> Vec<Case> {
    let mut cases = Vec::new();
    for (file, f) in files.iter().enumerate() {
        let (root, errors) = DeTable::parse_recoverable(&f.text);
        for e in errors {
            d.error("E0001", file, e.span().unwrap_or(0..0), format!("TOML syntax: {}", e.message().trim()), None);
        }
        let root = Table { file, text: &f.text, table: root.get_ref(), span: root.span(), what: "a test file".into() };
        root.allow_keys(&["case"], d);
        for v in root.tables("case", d) {
            if let Some(t) = Table::new(file, &f.text, v, "a test case", d) {
                if let Some(c) = case(&t, a, d) {
                    cases.push(c);
                }
            }
        }
    }
    cases
}

fn case(t: &Table, a: &Assessment, d: &mut Diags) -> Option<Case> {
    t.allow_keys(&["name", "answers", "expect"], d);
    let name = t.req_str("name", "\"what this case shows\"", d)?;
    let mut answers = Answers::new();
    if let Some(v) = t.get("answers") {
        let at = Table::new(t.file, t.text, v, "`answers`", d)?;
        for (k, v) in at.table.iter() {
            let qid = k.get_ref().as_ref();
            let Some(q) = a.question(qid) else {
                let hint = d
                    .did_you_mean(qid, a.questions.iter().map(|q| q.id.as_str()))
                    .map(|m| format!("did you mean `{m}`?"));
                d.error("E0501", t.file, k.span(), format!("unknown question `{qid}`"), hint);
                continue;
            };
            let answer = match v.get_ref() {
                DeValue::String(s) => Some(Answer::from_option(s)),
                DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix()).ok().map(Answer::Number),
                DeValue::Array(items) => items
                    .iter()
                    .map(|i| i.get_ref().as_str().map(String::from))
                    .collect::<Option<Vec<_>>>()
                    .map(Answer::Choices),
                _ => None,
            };
            match answer.filter(|ans| ans.fits(q)) {
                Some(ans) => answers.set_answer(qid, ans),
                None => d.error(
                    "E0502",
                    t.file,
                    v.span(),
                    format!("`{qid}` cannot have this answer"),
                    Some(format!(
                        "answer with one of: {}; or \"prefer-not-to-say\"{}",
                        if q.rule_options().is_empty() {
                            "a whole number in its range".to_string()
                        } else {
                            crate::diag::list_of(&q.rule_options(), 20)
                        },
                        if q.dont_know { ", \"dont-know\"" } else { "" }
                    )),
                ),
            }
        }
    }
    let mut c = Case {
        name: name.value,
        file: t.file,
        span: t.span.clone(),
        answers,
        programmes: Vec::new(),
        needs: None,
        contacts: Vec::new(),
        not_contacts: Vec::new(),
        reasons: Vec::new(),
        next: None,
    };
    let Some(v) = t.get("expect") else {
        d.error(
            "E0004",
            t.file,
            name.span,
            "this case expects nothing",
            Some("add [case.expect] with programmes, needs or contacts".into()),
        );
        return Some(c);
    };
    let e = Table::new(t.file, t.text, v, "`expect`", d)?;
    e.allow_keys(&["programmes", "needs", "contacts", "not_contacts", "reasons", "next"], d);
    if let Some(rv) = e.get("reasons") {
        let rt = Table::new(t.file, t.text, rv, "`expect.reasons`", d)?;
        for (k, v) in rt.table.iter() {
            let key = k.get_ref().as_ref();
            let criteria: Vec<String> = a
                .programmes
                .iter()
                .flat_map(|p| p.criteria.iter().map(move |c| format!("{}.{}", p.id, c.id)))
                .collect();
            let Some((pid, cid)) = key.split_once('.').filter(|_| criteria.iter().any(|c| c == key)) else {
                let hint = d
                    .did_you_mean(key, criteria.iter().map(String::as_str))
                    .map(|m| format!("did you mean `\"{m}\"`?"))
                    .or(Some("name a criterion as \"programme.criterion\", in quotes".into()));
                d.error("E0503", t.file, k.span(), format!("unknown criterion `{key}`"), hint);
                continue;
            };
            match v.get_ref().as_str().filter(|o| OUTCOMES.contains(o)) {
                Some(o) => c.reasons.push((pid.to_string(), cid.to_string(), o.to_string())),
                None => d.error(
                    "E0504",
                    t.file,
                    v.span(),
                    "expected \"met\", \"unmet\", \"unknown\", \"not-answered\" or \"dont-know\"",
                    None,
                ),
            }
        }
    }
    if let Some(pv) = e.get("programmes") {
        let pt = Table::new(t.file, t.text, pv, "`expect.programmes`", d)?;
        for (k, v) in pt.table.iter() {
            let pid = k.get_ref().as_ref();
            if a.programmes.iter().all(|p| p.id != pid) {
                let hint = d
                    .did_you_mean(pid, a.programmes.iter().map(|p| p.id.as_str()))
                    .map(|m| format!("did you mean `{m}`?"));
                d.error("E0503", t.file, k.span(), format!("unknown programme `{pid}`"), hint);
                continue;
            }
            let l = match v.get_ref().as_str() {
                Some("likely") => Shown::Listed(Likelihood::Likely),
                Some("possibly") => Shown::Listed(Likelihood::Possibly),
                Some("not-likely") => Shown::Listed(Likelihood::NotLikely),
                Some("counted") => Shown::Counted,
                Some("not-shown") => Shown::NotShown,
                _ => {
                    d.error(
                        "E0504",
                        t.file,
                        v.span(),
                        "expected \"likely\", \"possibly\", \"not-likely\", \"counted\" or \"not-shown\"",
                        None,
                    );
                    continue;
                }
            };
            c.programmes.push((pid.to_string(), l));
        }
    }
    let ids = |key: &str, known: Vec<&str>, kind: &str, d: &mut Diags| -> Vec<String> {
        e.str_list(key, d)
            .into_iter()
            .filter(|s| {
                let ok = known.contains(&s.value.as_str());
                if !ok {
                    let hint = d.did_you_mean(&s.value, known.iter().copied()).map(|m| format!("did you mean `{m}`?"));
                    d.error("E0503", t.file, s.span.clone(), format!("unknown {kind} `{}`", s.value), hint);
                }
                ok
            })
            .map(|s| s.value)
            .collect()
    };
    if e.get("needs").is_some() {
        c.needs = Some(ids("needs", a.needs.iter().map(|n| n.id.as_str()).collect(), "need", d));
    }
    let contact_ids: Vec<&str> = a.contacts.iter().map(|c| c.id.as_str()).collect();
    c.contacts = ids("contacts", contact_ids.clone(), "contact", d);
    if let Some(s) = e.str("next", d) {
        if contact_ids.contains(&s.value.as_str()) {
            c.next = Some(s.value);
        } else {
            let hint = d.did_you_mean(&s.value, contact_ids.iter().copied()).map(|m| format!("did you mean `{m}`?"));
            d.error("E0503", t.file, s.span.clone(), format!("unknown contact `{}`", s.value), hint);
        }
    }
    c.not_contacts = ids("not_contacts", contact_ids, "contact", d);
    Some(c)
}

/// What a case got wrong: one line per difference; empty when it passes.
pub fn run(a: &Assessment, c: &Case) -> Vec<String> {
    let out = evaluate(a, &c.answers);
    let mut diffs = Vec::new();
    for (pid, want) in &c.programmes {
        let got = Shown::of(&out, pid);
        if got != *want {
            diffs.push(format!("programme `{pid}`: expected {}, got {}", want.id(), got.id()));
        }
    }
    if let Some(want) = &c.needs {
        let got: Vec<&str> = out.needs.iter().map(|n| n.need.id.as_str()).collect();
        if got != *want {
            diffs.push(format!("needs: expected [{}], got [{}]", want.join(", "), got.join(", ")));
        }
    }
    for (pid, cid, want) in &c.reasons {
        let got = out
            .programmes
            .iter()
            .find(|p| &p.programme.id == pid)
            .and_then(|p| p.criteria.iter().find(|r| &r.criterion.id == cid))
            .map_or("not shown", |r| r.outcome_id());
        if got != want {
            diffs.push(format!("reason `{pid}.{cid}`: expected {want}, got {got}"));
        }
    }
    let shown: Vec<&str> = out.contacts.iter().map(|c| c.contact.id.as_str()).collect();
    for want in &c.contacts {
        if !shown.contains(&want.as_str()) {
            diffs.push(format!("contact `{want}`: expected, not shown (shown: {})", shown.join(", ")));
        }
    }
    for unwanted in &c.not_contacts {
        if shown.contains(&unwanted.as_str()) {
            diffs.push(format!("contact `{unwanted}`: shown, but the case says it must not be"));
        }
    }
    if let Some(want) = &c.next {
        let got = avenir_core::plan::plan(&out).next.map_or("none", |n| out.contacts[n.contact].contact.id.as_str());
        if got != want {
            diffs.push(format!("next step: expected contact `{want}`, got `{got}`"));
        }
    }
    diffs
}

/// How well the cases cover one outcome (true, false, unknown) of one condition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seen {
    Yes,
    No,
    /// No answers can give this outcome (such as `false` for `x in list or unknown`).
    Impossible,
}

/// Every rule condition of the content, named for a reader, with how the cases covered its
/// outcomes true, false and unknown.
#[derive(Clone, Debug, Default)]
pub struct Coverage {
    pub conditions: Vec<(String, [Seen; 3])>,
}

impl Coverage {
    /// (outcomes seen, outcomes possible).
    pub fn counts(&self) -> (usize, usize) {
        let all = self.conditions.iter().flat_map(|(_, s)| s.iter());
        let possible: Vec<&Seen> = all.filter(|s| **s != Seen::Impossible).collect();
        (possible.iter().filter(|s| ***s == Seen::Yes).count(), possible.len())
    }
}

fn index(t: Tri) -> usize {
    match t {
        Tri::True => 0,
        Tri::False => 1,
        Tri::Unknown => 2,
    }
}

/// Which conditions the cases made true, false and unknown. A condition that is `unknown` by
/// definition counts as fully covered by being unknown once.
pub fn coverage(a: &Assessment, cases: &[Case]) -> Coverage {
    let named = a.conditions();
    let mut seen: BTreeMap<usize, [bool; 3]> = BTreeMap::new();
    for case in cases {
        let counted = case.answers.counted(a);
        for (i, (_, e)) in named.iter().enumerate() {
            seen.entry(i).or_default()[index(e.eval_at(&|at, q| counted.value_at(at, q)))] = true;
        }
    }
    let questions = &a.questions;
    let conditions = named
        .iter()
        .enumerate()
        .map(|(i, (name, e))| {
            let got = seen.get(&i).copied().unwrap_or_default();
            let not_e = Expr::Not(Box::new((*e).clone()));
            let possible = [
                analysis::satisfiable(&[e], questions) != Some(false),
                analysis::satisfiable(&[&not_e], questions) != Some(false),
                // Unknown is possible whenever the condition reads a question (skip it), and
                // for the literal `unknown`.
                !e.questions().is_empty() || **e == Expr::Lit(Tri::Unknown),
            ];
            let outcome = |k: usize| match (got[k], possible[k]) {
                (true, _) => Seen::Yes,
                (false, true) => Seen::No,
                (false, false) => Seen::Impossible,
            };
            (name.clone(), [outcome(0), outcome(1), outcome(2)])
        })
        .collect();
    Coverage { conditions }
}

/// `avenir test`'s report as text (the CLI prints it; the content studio shows it): one line
/// per case (`ok` or `FAIL` with its place and differences), the coverage of every condition
/// when `with_coverage`, and the counts. Returns the text and the number of cases that failed.
pub fn report(a: &Assessment, files: &[SourceFile], cases: &[Case], with_coverage: bool) -> (String, usize) {
    use crate::diag::escape;
    use std::fmt::Write as _;
    let mut out = String::new();
    let mut failed = 0;
    for c in cases {
        let diffs = run(a, c);
        let (line, col) = files[c.file].line_col(c.span.start);
        if diffs.is_empty() {
            let _ = writeln!(out, "ok    {}", escape(&c.name));
        } else {
            failed += 1;
            let _ = writeln!(out, "FAIL  {}  ({}:{line}:{col})", escape(&c.name), escape(&files[c.file].path));
            for diff in diffs {
                let _ = writeln!(out, "        {}", escape(&diff));
            }
        }
    }
    let cov = coverage(a, cases);
    if with_coverage {
        let mark = |seen: Seen| match seen {
            Seen::Yes => "✓",
            Seen::No => "·",
            Seen::Impossible => "–",
        };
        out.push_str("\ncoverage of rule conditions (✓ some case gave this outcome, · none did, – none can):\n");
        for (name, s) in &cov.conditions {
            let _ =
                writeln!(out, "  true {}  false {}  unknown {}   {}", mark(s[0]), mark(s[1]), mark(s[2]), escape(name));
        }
    }
    let (seen, total) = cov.counts();
    let percent = (seen * 100).checked_div(total).unwrap_or(100);
    let _ = writeln!(
        out,
        "\n{} passed, {failed} failed\ncoverage: {seen} of {total} condition outcomes ({percent}%)",
        cases.len() - failed
    );
    (out, failed)
}
