//! The question flow as a value: where the person is, what they answered, how they got there.
//! The UI only renders a [`Session`] and sends it the person's actions.

use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::model::Assessment;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// The question at this index of [`Assessment::questions`].
    Question(usize),
    Results,
}

/// Why the flow did not move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlowError {
    /// "Continue" on a question with no answer: every question can be skipped with
    /// "prefer not to say", but not by accident.
    NoAnswer,
    /// An option the current question does not offer (a stale or forged event).
    NoSuchOption,
    /// Not on a question.
    NotOnAQuestion,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub answers: Answers,
    pub step: Step,
    /// The questions visited before the current step, for "back".
    history: Vec<usize>,
    /// Set when the person came from the results to change one answer: "continue" then goes
    /// through the questions that still need an answer and back to the results.
    changing: bool,
}

impl Session {
    pub fn start(a: &Assessment) -> Session {
        let mut s = Session {
            answers: Answers::new(),
            step: Step::Results,
            history: Vec::new(),
            changing: false,
        };
        s.step = s
            .next_relevant(a, None)
            .map_or(Step::Results, Step::Question);
        s
    }

    /// Chooses `option` for the current question.
    pub fn answer(&mut self, a: &Assessment, option: &str) -> Result<(), FlowError> {
        let Step::Question(i) = self.step else {
            return Err(FlowError::NotOnAQuestion);
        };
        let q = a.questions.get(i).ok_or(FlowError::NotOnAQuestion)?;
        if !q.all_options().iter().any(|(o, _)| *o == option) {
            return Err(FlowError::NoSuchOption);
        }
        self.answers.set(&q.id, option);
        Ok(())
    }

    /// Moves on from the current question: to the next relevant question, or to the results.
    pub fn next(&mut self, a: &Assessment) -> Result<(), FlowError> {
        let Step::Question(i) = self.step else {
            return Err(FlowError::NotOnAQuestion);
        };
        let q = a.questions.get(i).ok_or(FlowError::NotOnAQuestion)?;
        if self.answers.get(&q.id).is_none() {
            return Err(FlowError::NoAnswer);
        }
        self.history.push(i);
        let mut from = Some(i);
        self.step = loop {
            match self.next_relevant(a, from) {
                // When changing one answer, answered questions are skipped on the way back.
                Some(j) if self.changing && self.answers.get(&a.questions[j].id).is_some() => {
                    from = Some(j)
                }
                Some(j) => break Step::Question(j),
                None => break Step::Results,
            }
        };
        if self.step == Step::Results {
            self.changing = false;
        }
        Ok(())
    }

    /// Goes back to the previous question still relevant. Returns false at the first question.
    pub fn back(&mut self, a: &Assessment) -> bool {
        let relevant = self.answers.counted(a).relevant;
        while let Some(i) = self.history.pop() {
            if relevant.get(i).copied().unwrap_or(false) {
                self.step = Step::Question(i);
                return true;
            }
        }
        false
    }

    /// Jumps to a question to change its answer (from the results); "continue" comes back.
    pub fn change(&mut self, a: &Assessment, question: &str) -> bool {
        let Some(i) = a.question_index(question) else {
            return false;
        };
        if !self.answers.counted(a).relevant[i] {
            return false;
        }
        if let Step::Question(j) = self.step {
            self.history.push(j);
        }
        self.step = Step::Question(i);
        self.changing = true;
        true
    }

    /// Which relevant question this is and how many there are now (1-based position).
    pub fn progress(&self, a: &Assessment) -> (usize, usize) {
        let relevant = self.answers.counted(a).relevant;
        let total = relevant.iter().filter(|r| **r).count();
        let pos = match self.step {
            Step::Question(i) => relevant.iter().take(i + 1).filter(|r| **r).count(),
            Step::Results => total,
        };
        (pos, total)
    }

    fn next_relevant(&self, a: &Assessment, after: Option<usize>) -> Option<usize> {
        let relevant = self.answers.counted(a).relevant;
        let start = after.map_or(0, |i| i + 1);
        (start..a.questions.len()).find(|&j| relevant[j])
    }
}
