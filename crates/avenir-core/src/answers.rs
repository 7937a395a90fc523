//! What a person answered, and which of those answers count.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::expr::At;
use crate::index::{Index, looking_up, same};
use crate::logic::Tri;
use crate::model::{Assessment, DONT_KNOW, PREFER_NOT_TO_SAY, Question, QuestionKind};

/// One answer, as given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    /// An option of a single-choice, yes/no or country question.
    Choice(String),
    /// The options ticked on a multiple-choice question (possibly none).
    Choices(Vec<String>),
    Number(i64),
    DontKnow,
    PreferNotToSay,
}

impl Answer {
    /// Reads the option id a person chose on a one-answer question, including the two special
    /// options `dont-know` and `prefer-not-to-say`.
    pub fn from_option(option: &str) -> Answer {
        match option {
            DONT_KNOW => Answer::DontKnow,
            PREFER_NOT_TO_SAY => Answer::PreferNotToSay,
            o => Answer::Choice(o.to_string()),
        }
    }

    /// The option id to show as chosen (`dont-know`, `prefer-not-to-say` included), if any.
    pub fn option(&self) -> Option<&str> {
        match self {
            Answer::Choice(o) => Some(o),
            Answer::DontKnow => Some(DONT_KNOW),
            Answer::PreferNotToSay => Some(PREFER_NOT_TO_SAY),
            _ => None,
        }
    }

    /// Whether this is an answer `q` can have: a real option of it, a number in its range, or
    /// "don't know" where offered. Anything else (stale or forged) is refused.
    pub fn fits(&self, q: &Question) -> bool {
        match (self, &q.kind) {
            (Answer::PreferNotToSay, _) => true,
            (Answer::DontKnow, _) => q.dont_know,
            (Answer::Choice(o), QuestionKind::Single | QuestionKind::YesNo | QuestionKind::Country) => {
                q.rule_options().contains(&o.as_str())
            }
            (Answer::Choices(os), QuestionKind::Multi) => {
                let valid = q.rule_options();
                os.iter().all(|o| valid.contains(&o.as_str()))
                    && os.iter().enumerate().all(|(i, o)| !os[..i].contains(o))
                    && !q.clashes(os)
            }
            (Answer::Number(n), QuestionKind::Number { min, max }) => min <= n && n <= max,
            _ => false,
        }
    }
}

/// What a person answered, per question id. Answers are kept even when a later change makes
/// their question irrelevant, so that changing one's mind back loses nothing;
/// [`Answers::counted`] decides what counts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers(BTreeMap<String, Answer>);

/// An answer as the rules see it: only real values; "don't know", "prefer not to say",
/// unanswered and irrelevant are all `None` (unknown).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value<'a> {
    Choice(&'a str),
    Choices(&'a [String]),
    Number(i64),
}

impl Answers {
    pub fn new() -> Answers {
        Answers::default()
    }

    /// Sets a one-answer question's option (`dont-know` and `prefer-not-to-say` included).
    pub fn set(&mut self, question: &str, option: &str) {
        self.set_answer(question, Answer::from_option(option));
    }

    pub fn set_answer(&mut self, question: &str, answer: Answer) {
        self.0.insert(question.to_string(), answer);
    }

    pub fn clear(&mut self, question: &str) {
        self.0.remove(question);
    }

    /// Keeps only the answers for which `keep(question, answer)` is true.
    pub fn retain(&mut self, mut keep: impl FnMut(&str, &Answer) -> bool) {
        self.0.retain(|q, a| keep(q, a));
    }

    pub fn get(&self, question: &str) -> Option<&Answer> {
        self.0.get(question)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Answer)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Which questions are relevant and which answers count, in question order.
    ///
    /// A question is relevant when its relevance condition is *true* given the answers that
    /// count to the questions before it (the checker guarantees conditions only read earlier
    /// questions). An answer counts when its question is relevant and it is a real value that
    /// fits the question, not "don't know" or "prefer not to say".
    pub fn counted<'a>(&'a self, a: &'a Assessment) -> Counted<'a> {
        let mut counted = Counted {
            relevant: Vec::with_capacity(a.questions.len()),
            dont_know: vec![false; a.questions.len()],
            values: a.questions.iter().map(|q| (q.id.as_str(), None)).collect(),
        };
        // Answers by question id in one step each (not a search of the map per question).
        let (ids, answers): (Vec<&str>, Vec<&Answer>) = self.iter().unzip();
        let index = Index::new(ids);
        for (i, q) in a.questions.iter().enumerate() {
            let relevant = q.relevant.as_ref().map_or(Tri::True, |e| e.eval_at(&|at, id| counted.value_at(at, id)));
            counted.relevant.push(relevant.is_true());
            if !relevant.is_true() {
                continue;
            }
            let Some(answer) = index.get(&q.id).next().map(|j| answers[j]).filter(|ans| ans.fits(q)) else { continue };
            counted.values[i].1 = match answer {
                Answer::Choice(o) => Some(Value::Choice(o)),
                Answer::Choices(os) => Some(Value::Choices(os)),
                Answer::Number(n) => Some(Value::Number(*n)),
                Answer::DontKnow => {
                    counted.dont_know[i] = true;
                    None
                }
                Answer::PreferNotToSay => None,
            };
        }
        counted
    }
}

/// The answers that count, and per question (by index) whether it is relevant.
#[derive(Clone, Debug)]
pub struct Counted<'a> {
    pub relevant: Vec<bool>,
    /// Per question, by index: whether it is relevant and was answered "don't know".
    pub dont_know: Vec<bool>,
    /// Per question, in content order: its id and the value that counts, if any.
    values: Vec<(&'a str, Option<Value<'a>>)>,
}

impl<'a> Counted<'a> {
    /// The value answered for `question` if that answer counts. Searches the questions: rules
    /// use [`Counted::value_at`].
    pub fn value(&self, question: &str) -> Option<Value<'a>> {
        self.value_at(At::UNRESOLVED, question)
    }

    /// The value answered for `question`, found in one step where `at` is its index (as the
    /// content checker resolves rules, see [`At`]); otherwise by searching for its id.
    pub fn value_at(&self, at: At, question: &str) -> Option<Value<'a>> {
        self.index(at, question).and_then(|i| self.values[i].1)
    }

    /// Whether an answer to the question at index `i` counts.
    pub fn counts(&self, i: usize) -> bool {
        self.values.get(i).is_some_and(|(_, v)| v.is_some())
    }

    /// The index of `question`: `at` if the question there is `question`, or else where it is.
    pub fn index(&self, at: At, question: &str) -> Option<usize> {
        looking_up();
        match self.values.get(at.0 as usize) {
            Some((id, _)) if same(id, question) => Some(at.0 as usize),
            _ => self.values.iter().position(|(id, _)| same(id, question)),
        }
    }
}
