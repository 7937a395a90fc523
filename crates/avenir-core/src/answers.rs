//! What a person answered, and which of those answers count.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::logic::Tri;
use crate::model::{Assessment, DONT_KNOW, PREFER_NOT_TO_SAY};

/// The chosen option id per question id, including `dont-know` and `prefer-not-to-say`.
/// Answers are kept even when a later change makes their question irrelevant, so that changing
/// one's mind back loses nothing; [`Answers::counted`] decides what counts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers(BTreeMap<String, String>);

/// One answer as it counts for the rules.
pub type Answer<'a> = Option<&'a str>;

impl Answers {
    pub fn new() -> Answers {
        Answers::default()
    }

    pub fn set(&mut self, question: &str, option: &str) {
        self.0.insert(question.to_string(), option.to_string());
    }

    pub fn clear(&mut self, question: &str) {
        self.0.remove(question);
    }

    /// The raw choice, whatever it is.
    pub fn get(&self, question: &str) -> Option<&str> {
        self.0.get(question).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Which questions are relevant and which answers count, in question order.
    ///
    /// A question is relevant when its relevance condition is *true* given the answers that
    /// count to the questions before it (the checker guarantees conditions only read earlier
    /// questions). An answer counts when its question is relevant and it is a real option, not
    /// "don't know" or "prefer not to say". An answer naming an option the question does not
    /// have (say, from older content) does not count either.
    pub fn counted<'a>(&'a self, a: &Assessment) -> Counted<'a> {
        let mut counted = Counted {
            relevant: Vec::with_capacity(a.questions.len()),
            values: BTreeMap::new(),
        };
        for q in &a.questions {
            let relevant = q
                .relevant
                .as_ref()
                .map_or(Tri::True, |e| e.eval(&|id| counted.value(id)));
            counted.relevant.push(relevant.is_true());
            if !relevant.is_true() {
                continue;
            }
            if let Some(v) = self.get(&q.id) {
                if v != DONT_KNOW && v != PREFER_NOT_TO_SAY && q.rule_options().contains(&v) {
                    counted.values.insert(q.id.clone(), v);
                }
            }
        }
        counted
    }
}

/// The answers that count, and per question (by index) whether it is relevant.
#[derive(Clone, Debug)]
pub struct Counted<'a> {
    pub relevant: Vec<bool>,
    values: BTreeMap<String, &'a str>,
}

impl<'a> Counted<'a> {
    /// The option chosen for `question` if that answer counts.
    pub fn value(&self, question: &str) -> Answer<'a> {
        self.values.get(question).copied()
    }
}
