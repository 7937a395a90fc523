//! Static analysis of rules: can some answers make a set of conditions all true? Used by the
//! checker to find questions that can never be shown and programmes that can never be likely.
//!
//! It tries every combination of the answers that matter: for each question a rule reads, each
//! of its options (or, for numbers, the values next to every number the rules compare with, and
//! for multiple choice, every combination of the options the rules test), and "unknown".
//! That is exact for this rule language, and small for real content; past [`MAX_COMBINATIONS`]
//! it gives up and says so (`None`) rather than guess.

use std::collections::BTreeMap;

use crate::answers::Value;
use crate::expr::Expr;
use crate::model::{Question, QuestionKind};

pub const MAX_COMBINATIONS: usize = 1 << 18;

/// The values one question can take for the rules (`None` = unknown), owned.
enum Domain {
    Choice(Vec<String>),
    Choices(Vec<Vec<String>>),
    Number(Vec<i64>),
}

impl Domain {
    fn len(&self) -> usize {
        1 + match self {
            Domain::Choice(v) => v.len(),
            Domain::Choices(v) => v.len(),
            Domain::Number(v) => v.len(),
        }
    }

    /// The `i`-th value; the last index is unknown.
    fn value(&self, i: usize) -> Option<Value<'_>> {
        match self {
            Domain::Choice(v) => v.get(i).map(|s| Value::Choice(s)),
            Domain::Choices(v) => v.get(i).map(|s| Value::Choices(s)),
            Domain::Number(v) => v.get(i).map(|n| Value::Number(*n)),
        }
    }
}

/// `Some(true)` if some answers make every expression true, `Some(false)` if none can, `None`
/// if there are too many combinations to try.
pub fn satisfiable(exprs: &[&Expr], questions: &[Question]) -> Option<bool> {
    let mut domains: BTreeMap<&str, Domain> = BTreeMap::new();
    for e in exprs {
        for q in e.questions() {
            if domains.contains_key(q) {
                continue;
            }
            let Some(question) = questions.iter().find(|x| x.id == q) else { continue };
            let domain = match question.kind {
                QuestionKind::Multi => {
                    let tested: Vec<String> = exprs.iter().flat_map(|e| tested_options(e, q)).collect();
                    if tested.len() > 12 {
                        return None;
                    }
                    Domain::Choices(
                        (0..1u32 << tested.len())
                            .map(|mask| {
                                (0..tested.len()).filter(|b| mask & (1 << b) != 0).map(|b| tested[b].clone()).collect()
                            })
                            .collect(),
                    )
                }
                QuestionKind::Number { min, max } => {
                    let mut values = vec![min, max];
                    for n in exprs.iter().flat_map(|e| compared_numbers(e, q)) {
                        values.extend([n.saturating_sub(1), n, n.saturating_add(1)]);
                    }
                    values.retain(|v| (min..=max).contains(v));
                    values.sort_unstable();
                    values.dedup();
                    Domain::Number(values)
                }
                _ => Domain::Choice(question.rule_options().into_iter().map(String::from).collect()),
            };
            domains.insert(q, domain);
        }
    }
    let ids: Vec<&str> = domains.keys().copied().collect();
    let sizes: Vec<usize> = ids.iter().map(|q| domains[q].len()).collect();
    let total = sizes.iter().try_fold(1usize, |acc, s| acc.checked_mul(*s).filter(|t| *t <= MAX_COMBINATIONS))?;
    let mut pick = vec![0usize; ids.len()];
    for _ in 0..total {
        let answer = |q: &str| ids.iter().position(|x| *x == q).and_then(|i| domains[ids[i]].value(pick[i]));
        if exprs.iter().all(|e| e.eval(&answer).is_true()) {
            return Some(true);
        }
        // Next combination (an odometer).
        for (p, size) in pick.iter_mut().zip(&sizes) {
            *p += 1;
            if *p < *size {
                break;
            }
            *p = 0;
        }
    }
    Some(false)
}

fn tested_options(e: &Expr, q: &str) -> Vec<String> {
    match e {
        Expr::Has { question, option } if question == q => vec![option.clone()],
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
