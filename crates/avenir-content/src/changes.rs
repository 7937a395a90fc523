//! "What changed for whom": the effect of a content change on results, before it is published.
//! Runs the test cases and every answer profile that matters (see
//! [`avenir_core::analysis::answer_domains`]) through the old and the new content, and groups the
//! profiles whose results change by what changes.

use std::collections::BTreeMap;

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
    /// False if there were more than [`MAX_PROFILES`] profiles to compare (none were).
    pub complete: bool,
}

/// What a person would see, reduced to what can change: programme results, needs with urgency,
/// contacts.
fn summary(a: &Assessment, answers: &Answers) -> BTreeMap<String, String> {
    let out = evaluate(a, answers);
    let mut s = BTreeMap::new();
    for p in &a.programmes {
        let got = out.programmes.iter().find(|r| r.programme.id == p.id).map(|r| r.likelihood);
        if let Some(l) = got {
            s.insert(format!("programme `{}`", p.id), l.id().to_string());
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
    let Some(domains) = answer_domains(&rules, &new.questions) else { return report };
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
