//! "What changed for whom": the effect of a content change on results, before it is published.
//! Runs the test cases and every answer profile that matters (see
//! [`avenir_core::analysis::answer_domains`]) through the old and the new content, and groups the
//! profiles whose results change by what changes.
//!
//! Only the questions the change can reach are varied ([`reachable_questions`]): an item
//! (programme, need, contact, question) whose rules, links and questions are the same in both
//! versions gives the same result in both for any answers, so the other questions are left
//! unanswered. That keeps the comparison exact and small however many questions there are.

use std::collections::{BTreeMap, BTreeSet};

use avenir_core::analysis::{answer_domains, each_profile};
use avenir_core::answers::{Answer, Answers};
use avenir_core::evaluate::evaluate;
use avenir_core::expr::Expr;
use avenir_core::model::Assessment;

use crate::cases::Case;

/// Answer profiles whose results change in the same way.
#[derive(Debug)]
pub struct Group {
    pub changes: Vec<String>,
    pub profiles: usize,
    /// One of them: (question, answer).
    pub example: Vec<(String, String)>,
}

/// At most this many answer profiles are compared.
pub const MAX_PROFILES: usize = 2_000_000;

#[derive(Debug, Default)]
pub struct Report {
    /// Test cases whose results change, with the changes.
    pub cases: Vec<(String, Vec<String>)>,
    /// Groups of answer profiles with the same changes, most profiles first.
    pub groups: Vec<Group>,
    pub profiles: usize,
    /// The questions whose answers were varied (those the change can reach), in content order.
    pub questions: Vec<String>,
    /// False if there were more than [`MAX_PROFILES`] profiles to compare (none were).
    pub complete: bool,
}

/// What a person would see, reduced to what can change: programme results, needs with urgency,
/// contacts.
fn summary(a: &Assessment, answers: &Answers) -> BTreeMap<String, String> {
    let out = evaluate(a, answers);
    let mut s = BTreeMap::new();
    for p in &a.programmes {
        let got = crate::cases::Shown::of(&out, &p.id);
        if got != crate::cases::Shown::NotShown {
            s.insert(format!("programme `{}`", p.id), got.id().to_string());
        }
    }
    for n in &out.needs {
        s.insert(format!("need `{}`", n.need.id), n.urgency.id().to_string());
    }
    for c in &out.contacts {
        s.insert(format!("contact `{}`", c.contact.id), "shown".to_string());
    }
    s
}

fn changes(old: &BTreeMap<String, String>, new: &BTreeMap<String, String>) -> Vec<String> {
    let mut keys: Vec<&String> = old.keys().chain(new.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter_map(|k| match (old.get(k), new.get(k)) {
            (Some(a), Some(b)) if a == b => None,
            (a, b) => Some(format!(
                "{k}: {} → {}",
                a.map_or("not-shown", String::as_str),
                b.map_or("not-shown", String::as_str)
            )),
        })
        .collect()
}

/// The item a condition belongs to: "programme `x`" for "programme `x` criterion `y`".
fn item_of(label: &str) -> &str {
    let open = label.find('`').map_or(label.len(), |i| i + 1);
    let close = label[open..].find('`').map_or(label.len(), |j| open + j + 1);
    &label[..close]
}

/// The questions whose answers can make the two versions' results differ.
///
/// An item differs when one of its conditions differs, when it is a question whose definition
/// differs, or when it is a contact whose links (needs, kind, the programmes that name it)
/// differ. Then, until nothing more is added: every item that reads a question whose relevance
/// differs differs too (its answers count differently), and so does every contact linked to a
/// differing need or programme; the questions that matter are those the differing items read,
/// and those their relevance rules read.
pub fn reachable_questions(old: &Assessment, new: &Assessment) -> BTreeSet<String> {
    let (o, n) = (old.conditions(), new.conditions());
    let mut by_item: BTreeMap<&str, Vec<&Expr>> = BTreeMap::new();
    for (label, e) in o.iter().chain(&n) {
        by_item.entry(item_of(label)).or_default().push(e);
    }
    let (om, nm): (BTreeMap<&str, &Expr>, BTreeMap<&str, &Expr>) =
        (o.iter().map(|(l, e)| (l.as_str(), *e)).collect(), n.iter().map(|(l, e)| (l.as_str(), *e)).collect());
    let mut differing: BTreeSet<String> =
        om.keys().chain(nm.keys()).filter(|l| om.get(*l) != nm.get(*l)).map(|l| item_of(l).to_string()).collect();
    for q in old.questions.iter().chain(&new.questions) {
        if old.question(&q.id) != new.question(&q.id) {
            differing.insert(format!("question `{}`", q.id));
        }
    }
    // Who links to each contact, in one version: its needs, its kind, the programmes naming it.
    fn links(a: &Assessment, id: &str) -> (Option<(Vec<String>, avenir_core::model::ContactKind)>, Vec<String>) {
        let c = a.contacts.iter().find(|c| c.id == id);
        let named = a.programmes.iter().filter(|p| p.contacts.iter().any(|x| x == id)).map(|p| p.id.clone()).collect();
        (c.map(|c| (c.needs.clone(), c.kind)), named)
    }
    for c in old.contacts.iter().chain(&new.contacts) {
        if links(old, &c.id) != links(new, &c.id) {
            differing.insert(format!("contact `{}`", c.id));
        }
    }
    let mut questions: BTreeSet<String> = BTreeSet::new();
    loop {
        let before = (differing.len(), questions.len());
        for item in &differing {
            for e in by_item.get(item.as_str()).into_iter().flatten() {
                questions.extend(e.questions().into_iter().map(str::to_string));
            }
            if let Some(q) = item.strip_prefix("question `").and_then(|r| r.strip_suffix('`')) {
                questions.insert(q.to_string());
            }
        }
        // Relevance decides whether an answer counts: its rule's questions matter too.
        for q in questions.clone() {
            for e in by_item.get(format!("question `{q}`").as_str()).into_iter().flatten() {
                questions.extend(e.questions().into_iter().map(str::to_string));
            }
        }
        let relevance_differs: Vec<String> = differing
            .iter()
            .filter_map(|i| i.strip_prefix("question `").and_then(|r| r.strip_suffix('`')).map(str::to_string))
            .collect();
        for (item, exprs) in &by_item {
            if exprs.iter().any(|e| e.questions().iter().any(|q| relevance_differs.iter().any(|r| r == q))) {
                differing.insert(item.to_string());
            }
        }
        for a in [old, new] {
            for c in &a.contacts {
                let linked = c.needs.iter().any(|n| differing.contains(&format!("need `{n}`")))
                    || a.programmes
                        .iter()
                        .any(|p| p.contacts.contains(&c.id) && differing.contains(&format!("programme `{}`", p.id)));
                if linked {
                    differing.insert(format!("contact `{}`", c.id));
                }
            }
        }
        if (differing.len(), questions.len()) == before {
            return questions;
        }
    }
}

fn describe(answer: Option<&Answer>) -> String {
    match answer {
        None => "(no answer)".into(),
        Some(Answer::Choice(o)) => o.clone(),
        Some(Answer::Choices(os)) => format!("[{}]", os.join(", ")),
        Some(Answer::Number(n)) => n.to_string(),
        Some(Answer::DontKnow) => "dont-know".into(),
        Some(Answer::PreferNotToSay) => "prefer-not-to-say".into(),
    }
}

pub fn diff(old: &Assessment, new: &Assessment, cases: &[Case]) -> Report {
    let mut report = Report::default();
    for c in cases {
        let ch = changes(&summary(old, &c.answers), &summary(new, &c.answers));
        if !ch.is_empty() {
            report.cases.push((c.name.clone(), ch));
        }
    }
    // Profiles over the new content's questions, split by the values either version tests.
    let rules: Vec<&Expr> = old.conditions().into_iter().chain(new.conditions()).map(|(_, e)| e).collect();
    let Some(mut domains) = answer_domains(&rules, &new.questions) else { return report };
    let reachable = reachable_questions(old, new);
    domains.retain(|(q, _)| reachable.contains(q));
    report.questions = domains.iter().map(|(q, _)| q.clone()).collect();
    let mut groups: BTreeMap<Vec<String>, Group> = BTreeMap::new();
    let mut profiles = 0;
    report.complete = each_profile(&domains, MAX_PROFILES, |profile| {
        profiles += 1;
        let mut answers = Answers::new();
        for (q, a) in profile {
            if let Some(a) = a {
                answers.set_answer(q, (*a).clone());
            }
        }
        let ch = changes(&summary(old, &answers), &summary(new, &answers));
        if !ch.is_empty() {
            let example = || profile.iter().map(|(q, a)| (q.to_string(), describe(*a))).collect();
            groups
                .entry(ch.clone())
                .or_insert_with(|| Group { changes: ch, profiles: 0, example: example() })
                .profiles += 1;
        }
        true
    });
    report.profiles = profiles;
    let mut groups: Vec<Group> = groups.into_values().collect();
    groups.sort_by_key(|g| std::cmp::Reverse(g.profiles));
    report.groups = groups;
    report
}

/// `avenir diff`'s report as text (the CLI prints it; the content studio shows it), out of
/// `cases` test cases compared.
pub fn render(report: &Report, cases: usize) -> String {
    use crate::diag::escape;
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(out, "test cases whose results change: {} of {cases}", report.cases.len());
    for (name, changes) in &report.cases {
        let _ = writeln!(out, "  {}", escape(name));
        for c in changes {
            let _ = writeln!(out, "      {}", escape(c));
        }
    }
    if !report.complete {
        let _ = writeln!(out, "\nanswer profiles: more than {MAX_PROFILES} to compare; not compared");
        return out;
    }
    let changed: usize = report.groups.iter().map(|g| g.profiles).sum();
    let _ = writeln!(out, "\nanswer profiles whose results change: {changed} of {}", report.profiles);
    let _ = writeln!(
        out,
        "(a profile is one combination of the answers the rules of either version tell apart, over the \
         questions the change can reach: {}; the others cannot change a result and stay unanswered)",
        if report.questions.is_empty() {
            "none".to_string()
        } else {
            escape(&report.questions.join(", ")).into_owned()
        }
    );
    for g in &report.groups {
        let _ = writeln!(out, "  {} profile(s):", g.profiles);
        for c in &g.changes {
            let _ = writeln!(out, "      {}", escape(c));
        }
        let ex: Vec<String> = g.example.iter().map(|(q, a)| format!("{q} = {a}")).collect();
        let _ = writeln!(out, "    for example: {}", escape(&ex.join(", ")));
    }
    out
}
