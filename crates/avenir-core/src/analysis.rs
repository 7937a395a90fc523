//! Static analysis of rules: can some answers make a set of conditions all true? Used by the
//! checker to find questions that can never be shown and programmes that can never be likely.
//!
//! It tries every combination of the answers that matter: for each question a rule reads, each
//! of its options (or, for numbers, the values next to every number the rules compare with, and
//! for multiple choice, every combination of the options the rules test), and "unknown".
//! That is exact for this rule language, and small for real content; past [`MAX_COMBINATIONS`]
//! it gives up and says so (`None`) rather than guess.

use crate::answers::{Answer, Value};
use crate::expr::Expr;
use crate::logic::Tri;
use crate::model::{Assessment, ContactKind, Question, QuestionKind};

pub const MAX_COMBINATIONS: usize = 1 << 18;

/// The answers worth trying for each question some expression reads: one option of each group
/// of options that every rule treats alike (so 35 countries on one list count once), the
/// numbers next to every number compared with, every combination of the tested options of a
/// multiple-choice question; and `None`, no answer that counts (unknown). Questions no
/// expression reads are left out: their answers change nothing.
pub fn answer_domains(exprs: &[&Expr], questions: &[Question]) -> Option<Vec<(String, Vec<Option<Answer>>)>> {
    let mut out: Vec<(String, Vec<Option<Answer>>)> = Vec::new();
    for q in questions {
        if !exprs.iter().any(|e| e.questions().contains(&q.id.as_str())) {
            continue;
        }
        let mut domain: Vec<Option<Answer>> = match q.kind {
            QuestionKind::Multi => {
                let tested: Vec<String> =
                    exprs.iter().flat_map(|e| tested_options(e, &q.id)).fold(Vec::new(), |mut acc, o| {
                        if !acc.contains(&o) {
                            acc.push(o);
                        }
                        acc
                    });
                if tested.len() > 12 {
                    return None;
                }
                (0..1u32 << tested.len())
                    .map(|mask| {
                        Some(Answer::Choices(
                            (0..tested.len()).filter(|b| mask & (1 << b) != 0).map(|b| tested[b].clone()).collect(),
                        ))
                    })
                    .collect()
            }
            QuestionKind::Number { min, max } => {
                let mut values = vec![min, max];
                for n in exprs.iter().flat_map(|e| compared_numbers(e, &q.id)) {
                    values.extend([n.saturating_sub(1), n, n.saturating_add(1)]);
                }
                values.retain(|v| (min..=max).contains(v));
                values.sort_unstable();
                values.dedup();
                values.into_iter().map(|n| Some(Answer::Number(n))).collect()
            }
            _ => {
                // Group options by which `in`/`==` tests they pass; keep one of each group.
                let sets: Vec<&Vec<String>> = exprs.iter().flat_map(|e| option_sets(e, &q.id)).collect();
                let mut signatures: Vec<Vec<bool>> = Vec::new();
                let mut reps = Vec::new();
                for o in q.rule_options() {
                    let sig: Vec<bool> = sets.iter().map(|set| set.iter().any(|x| x == o)).collect();
                    if !signatures.contains(&sig) {
                        signatures.push(sig);
                        reps.push(Some(Answer::Choice(o.to_string())));
                    }
                }
                reps
            }
        };
        domain.push(None);
        out.push((q.id.clone(), domain));
    }
    Some(out)
}

/// Calls `visit` with every combination of the domains' answers (an odometer), at most
/// `cap` of them; returns false if there were more than `cap` (none is visited then).
pub fn each_profile(
    domains: &[(String, Vec<Option<Answer>>)],
    cap: usize,
    mut visit: impl FnMut(&[(&str, Option<&Answer>)]) -> bool,
) -> bool {
    let sizes: Vec<usize> = domains.iter().map(|(_, d)| d.len()).collect();
    let Some(total) = sizes.iter().try_fold(1usize, |acc, s| acc.checked_mul(*s).filter(|t| *t <= cap)) else {
        return false;
    };
    let mut pick = vec![0usize; domains.len()];
    let mut profile: Vec<(&str, Option<&Answer>)> = Vec::with_capacity(domains.len());
    for _ in 0..total {
        profile.clear();
        profile.extend(domains.iter().zip(&pick).map(|((q, d), i)| (q.as_str(), d[*i].as_ref())));
        if !visit(&profile) {
            return true;
        }
        for (p, size) in pick.iter_mut().zip(&sizes) {
            *p += 1;
            if *p < *size {
                break;
            }
            *p = 0;
        }
    }
    true
}

/// `Some(true)` if some answers make every expression true, `Some(false)` if none can, `None`
/// if there are too many combinations to try.
pub fn satisfiable(exprs: &[&Expr], questions: &[Question]) -> Option<bool> {
    let domains = answer_domains(exprs, questions)?;
    let mut found = false;
    let complete = each_profile(&domains, MAX_COMBINATIONS, |profile| {
        let value = |q: &str| profile.iter().find(|(id, _)| *id == q).and_then(|(_, a)| a.and_then(as_value));
        found = exprs.iter().all(|e| e.eval(&value).is_true());
        !found
    });
    complete.then_some(found)
}

/// The countries of stay (the options of the content's country question, see
/// [`crate::embed::country_question`]) where some person would be shown no independent
/// legal-advice contact: answers with that country exist that make every legal-advice
/// contact's `applies` false. Every country when no question asks for it and some answers hide
/// them all (`[""]` for content without a country question). `None` if there are too many
/// combinations to try.
pub fn without_legal_advice(a: &Assessment) -> Option<Vec<String>> {
    let mut exprs = Vec::new();
    for c in a.contacts.iter().filter(|c| c.kind == ContactKind::LegalAdvice) {
        match &c.applies {
            Some(e) => exprs.push(e),
            None => return Some(Vec::new()), // shown to everyone
        }
    }
    let country = crate::embed::country_question(a).and_then(|id| a.questions.iter().find(|q| q.id == id));
    let countries: Vec<&str> = country.map_or_else(Vec::new, |q| q.rule_options());
    let mut domains = answer_domains(&exprs, &a.questions)?;
    // Every country on its own, never "unknown": the question is about each place a person lives.
    if let Some(q) = country {
        domains.retain(|(id, _)| *id != q.id);
        domains.push((q.id.clone(), countries.iter().map(|c| Some(Answer::Choice(c.to_string()))).collect()));
    }
    let mut gaps: Vec<String> = Vec::new();
    let complete = each_profile(&domains, MAX_COMBINATIONS, |profile| {
        let value = |q: &str| profile.iter().find(|(id, _)| *id == q).and_then(|(_, a)| a.and_then(as_value));
        if exprs.iter().all(|e| e.eval(&value) == Tri::False) {
            match profile.last().and_then(|(_, a)| *a) {
                Some(Answer::Choice(c)) if country.is_some() => {
                    if !gaps.contains(c) {
                        gaps.push(c.clone());
                    }
                }
                _ if country.is_some() => gaps = countries.iter().map(|c| c.to_string()).collect(),
                _ => gaps = vec![String::new()],
            }
        }
        true
    });
    complete.then_some(gaps)
}

fn as_value(a: &Answer) -> Option<Value<'_>> {
    match a {
        Answer::Choice(o) => Some(Value::Choice(o)),
        Answer::Choices(os) => Some(Value::Choices(os)),
        Answer::Number(n) => Some(Value::Number(*n)),
        Answer::DontKnow | Answer::PreferNotToSay => None,
    }
}

/// The option sets `question` is tested against (`in [...]`, `==`).
fn option_sets<'e>(e: &'e Expr, q: &str) -> Vec<&'e Vec<String>> {
    match e {
        Expr::Is { question, options, .. } if question == q => vec![options],
        Expr::Not(inner) => option_sets(inner, q),
        Expr::And(es) | Expr::Or(es) => es.iter().flat_map(|e| option_sets(e, q)).collect(),
        _ => Vec::new(),
    }
}

fn tested_options(e: &Expr, q: &str) -> Vec<String> {
    match e {
        Expr::Has { question, option, .. } if question == q => vec![option.clone()],
        Expr::Not(inner) => tested_options(inner, q),
        Expr::And(es) | Expr::Or(es) => {
            let mut out: Vec<String> = Vec::new();
            for o in es.iter().flat_map(|e| tested_options(e, q)) {
                if !out.contains(&o) {
                    out.push(o);
                }
            }
            out
        }
        _ => Vec::new(),
    }
}

fn compared_numbers(e: &Expr, q: &str) -> Vec<i64> {
    match e {
        Expr::Cmp { question, value, .. } if question == q => vec![*value],
        Expr::Not(inner) => compared_numbers(inner, q),
        Expr::And(es) | Expr::Or(es) => es.iter().flat_map(|e| compared_numbers(e, q)).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expr::parse;

    fn q(id: &str, kind: QuestionKind, options: &[&str]) -> Question {
        Question {
            id: id.into(),
            kind,
            options: options.iter().map(|s| s.to_string()).collect(),
            dont_know: false,
            sensitive: false,
            relevant: None,
            group: None,
            exclusive: Vec::new(),
            first: Vec::new(),
        }
    }

    fn sat(rules: &[&str]) -> Option<bool> {
        let questions = [
            q("a", QuestionKind::Single, &["x", "y"]),
            q("b", QuestionKind::YesNo, &[]),
            q("n", QuestionKind::Number { min: 0, max: 120 }, &[]),
            q("m", QuestionKind::Multi, &["p", "q", "r"]),
        ];
        let exprs: Vec<Expr> = rules.iter().map(|r| parse(r).expr.unwrap()).collect();
        satisfiable(&exprs.iter().collect::<Vec<_>>(), &questions)
    }

    #[test]
    fn finds_answers_that_make_rules_true() {
        assert_eq!(sat(&[r#"a == "x""#, r#"b == "yes""#]), Some(true));
        assert_eq!(sat(&["n >= 18", "n < 19"]), Some(true));
        assert_eq!(sat(&[r#"m has "p" and not m has "q""#]), Some(true));
        assert_eq!(sat(&["true"]), Some(true));
    }

    #[test]
    fn proves_contradictions() {
        assert_eq!(sat(&[r#"a == "x""#, r#"a == "y""#]), Some(false));
        assert_eq!(sat(&["n >= 18", "n < 18"]), Some(false));
        assert_eq!(sat(&["n > 120"]), Some(false));
        assert_eq!(sat(&[r#"m has "p" and not m has "p""#]), Some(false));
        assert_eq!(sat(&["unknown"]), Some(false));
        assert_eq!(sat(&[r#"a == "x" and unknown"#]), Some(false));
    }
}
