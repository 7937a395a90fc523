//! The question flow as a value: where the person is, what they answered, how they got there.
//! The UI only renders a [`Session`] and sends it the person's actions.

use serde::{Deserialize, Serialize};

use crate::answers::{Answer, Answers};
use crate::model::{Assessment, Question, QuestionKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// The start page: what this is, that answers stay on the phone, that the result is indicative.
    Intro,
    /// The question at this index of [`Assessment::questions`].
    Question(usize),
    /// "Check your answers": every answer, each one changeable, before the results.
    Review,
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
    /// A number question's text is not a whole number.
    NotANumber,
    /// A number outside the question's range.
    OutOfRange,
    /// An exclusive option ("none of these") ticked together with another option.
    Exclusive,
}

/// Where "continue" goes back to once the person has changed one answer.
///
/// Saved as the `bool` it replaced was (postcard writes both as 0 or 1): a session saved
/// before it reads back, `true` as [`Changing::ToReview`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Changing {
    No,
    /// From "check your answers": back to it.
    ToReview,
    /// From a programme's reasons on the results: back to the results.
    ToResults,
}

/// How far the person is, as the question page shows it: the `n`th of `total` questions that
/// are asked whatever the answers, or (`follow_up`) a question that an earlier answer added,
/// after the `n`th. Walking forward, `n` never decreases and `total` never changes
/// ([`Session::progress`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub n: usize,
    pub total: usize,
    pub follow_up: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub answers: Answers,
    pub step: Step,
    /// The questions visited before the current step, for "back".
    history: Vec<usize>,
    /// Set when the person came from "check your answers" or the results to change one
    /// answer: "continue" then goes through the questions that still need an answer and back.
    changing: Changing,
    /// Questions the host page answered ([`Session::fix`]): never asked. Not saved: the page
    /// fixes them again on every visit.
    #[serde(skip)]
    fixed: Vec<String>,
}

impl Session {
    pub fn start() -> Session {
        Session {
            answers: Answers::new(),
            step: Step::Intro,
            history: Vec::new(),
            changing: Changing::No,
            fixed: Vec::new(),
        }
    }

    /// The host page answers `question` with `option` (an embedding site's fixed country of
    /// stay): the answer counts like any other, and the question is never asked, listed on
    /// "check your answers", changed or counted in the progress. Refused for a question or an
    /// option the content does not have (the widget then asks the question as usual).
    pub fn fix(&mut self, a: &Assessment, question: &str, option: &str) -> Result<(), FlowError> {
        let i = a.question_index(question).ok_or(FlowError::NotOnAQuestion)?;
        let q = &a.questions[i];
        let answer = Answer::Choice(option.to_string());
        if matches!(q.kind, QuestionKind::Multi | QuestionKind::Number { .. }) || !answer.fits(q) {
            return Err(FlowError::NoSuchOption);
        }
        self.answers.set_answer(&q.id, answer);
        if !self.fixed.contains(&q.id) {
            self.fixed.push(q.id.clone());
        }
        self.history.retain(|&j| j != i);
        if self.step == Step::Question(i) {
            self.step = Step::Review;
        }
        Ok(())
    }

    /// The same session with the host page's fixed answers of `from` (after a restart, "delete
    /// everything" or answers read back from the device).
    pub fn keep_fixed(mut self, a: &Assessment, from: &Session) -> Session {
        for id in &from.fixed {
            if let Some(Answer::Choice(option)) = from.answers.get(id) {
                let _ = self.fix(a, id, option);
            }
        }
        self
    }

    /// Per question (by index): whether it is asked, i.e. relevant and not fixed by the host.
    pub fn asked(&self, a: &Assessment) -> Vec<bool> {
        let mut asked = self.answers.counted(a).relevant;
        for (i, q) in a.questions.iter().enumerate() {
            if self.fixed.contains(&q.id) {
                asked[i] = false;
            }
        }
        asked
    }

    /// A session read back from the device, saved on an earlier visit, perhaps under other
    /// content: answers to questions that are gone, or that no longer fit their question, are
    /// dropped; a question that is gone or no longer asked becomes "check your answers".
    /// Whatever was read, the result is a session the flow can continue.
    pub fn restore(a: &Assessment, saved: Session) -> Session {
        let Session { mut answers, step, mut history, changing, fixed } = saved;
        answers.retain(|id, answer| a.question(id).is_some_and(|q| answer.fits(q)));
        let relevant = answers.counted(a).relevant;
        let asked = |i: usize| relevant.get(i).copied().unwrap_or(false);
        history.retain(|&i| asked(i));
        let step = match step {
            Step::Question(i) if !asked(i) => Step::Review,
            step => step,
        };
        let changing = if matches!(step, Step::Question(_)) { changing } else { Changing::No };
        Session { answers, step, history, changing, fixed }
    }

    /// From the start page to the first question.
    pub fn begin(&mut self, a: &Assessment) {
        if self.step == Step::Intro {
            self.step = next_relevant(&self.asked(a), None).map_or(Step::Review, Step::Question);
        }
    }

    /// Records an answer to the current question, if it is one the question can have.
    pub fn answer(&mut self, a: &Assessment, answer: Answer) -> Result<(), FlowError> {
        let Step::Question(i) = self.step else { return Err(FlowError::NotOnAQuestion) };
        let q = a.questions.get(i).ok_or(FlowError::NotOnAQuestion)?;
        if let Answer::Choices(ticked) = &answer
            && q.clashes(ticked)
        {
            return Err(FlowError::Exclusive);
        }
        if !answer.fits(q) {
            return Err(FlowError::NoSuchOption);
        }
        self.answers.set_answer(&q.id, answer);
        Ok(())
    }

    /// Chooses an option (`dont-know` and `prefer-not-to-say` included) of a one-answer question.
    pub fn choose(&mut self, a: &Assessment, option: &str) -> Result<(), FlowError> {
        self.answer(a, Answer::from_option(option))
    }

    /// Ticks or unticks an option of a multiple-choice question. Ticking replaces "don't know"
    /// or "prefer not to say"; ticking an exclusive option ("none of these") unticks the others,
    /// and ticking another unticks the exclusive ones; unticking the last option leaves the
    /// question unanswered.
    pub fn toggle(&mut self, a: &Assessment, option: &str) -> Result<(), FlowError> {
        let q = self.current(a).ok_or(FlowError::NotOnAQuestion)?;
        let mut ticked = match self.answers.get(&q.id) {
            Some(Answer::Choices(os)) => os.clone(),
            _ => Vec::new(),
        };
        match ticked.iter().position(|o| o == option) {
            Some(i) => {
                ticked.remove(i);
            }
            None => ticked.push(option.to_string()),
        }
        // What was ticked never clashed (`answer` refuses it): a clash now is the option just
        // ticked with an exclusive one, or an exclusive one with others. It stays alone.
        if q.clashes(&ticked) {
            ticked = vec![option.to_string()];
        }
        // Keep the options in the question's order, whatever the order of ticking.
        let ticked =
            crate::order::by_rank(ticked, |o| q.options.iter().position(|x| x == o).unwrap_or(q.options.len()));
        if ticked.is_empty() {
            let id = q.id.clone();
            self.answers.clear(&id);
            return Ok(());
        }
        self.answer(a, Answer::Choices(ticked))
    }

    /// Enters a number as typed: digits in any script (`٣٤` is 34), an optional minus sign,
    /// spaces ignored. Empty text clears the answer.
    pub fn enter_number(&mut self, a: &Assessment, text: &str) -> Result<(), FlowError> {
        let q = self.current(a).ok_or(FlowError::NotOnAQuestion)?;
        let QuestionKind::Number { min, max } = q.kind else { return Err(FlowError::NoSuchOption) };
        let id = q.id.clone();
        let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        if text.is_empty() {
            self.answers.clear(&id);
            return Ok(());
        }
        let n = parse_number(&text).ok_or(FlowError::NotANumber)?;
        if n < min || n > max {
            return Err(FlowError::OutOfRange);
        }
        self.answer(a, Answer::Number(n))
    }

    /// The question on screen, if any.
    pub fn current<'a>(&self, a: &'a Assessment) -> Option<&'a Question> {
        match self.step {
            Step::Question(i) => a.questions.get(i),
            Step::Intro | Step::Review | Step::Results => None,
        }
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
        // Answers do not change while stepping, so neither does relevance: compute it once.
        let relevant = self.asked(a);
        let mut from = Some(i);
        self.step = loop {
            match next_relevant(&relevant, from) {
                // When changing one answer, answered questions are skipped on the way back.
                Some(j) if self.changing != Changing::No && self.answers.get(&a.questions[j].id).is_some() => {
                    from = Some(j)
                }
                Some(j) => break Step::Question(j),
                None if self.changing == Changing::ToResults => break Step::Results,
                None => break Step::Review,
            }
        };
        if !matches!(self.step, Step::Question(_)) {
            self.changing = Changing::No;
        }
        Ok(())
    }

    /// From "check your answers" to the results.
    pub fn confirm(&mut self) -> Result<(), FlowError> {
        if self.step != Step::Review {
            return Err(FlowError::NotOnAQuestion);
        }
        self.step = Step::Results;
        Ok(())
    }

    /// Goes back: from the results to "check your answers", otherwise to the previous question
    /// still relevant. Returns false at the first question.
    pub fn back(&mut self, a: &Assessment) -> bool {
        if self.step == Step::Results {
            self.step = Step::Review;
            return true;
        }
        let relevant = self.asked(a);
        while let Some(i) = self.history.pop() {
            if relevant.get(i).copied().unwrap_or(false) {
                self.step = Step::Question(i);
                return true;
            }
        }
        // Back from the first question is the start page.
        if matches!(self.step, Step::Question(_)) {
            self.step = Step::Intro;
            return true;
        }
        false
    }

    /// Jumps to a question to change its answer (from "check your answers" or the results);
    /// "continue" then comes back to where the person was: "check your answers", or the
    /// results (which show the changed answer's effect at once).
    pub fn change(&mut self, a: &Assessment, question: &str) -> bool {
        let Some(i) = a.question_index(question) else {
            return false;
        };
        if !self.asked(a)[i] {
            return false;
        }
        self.changing = match self.step {
            Step::Results => Changing::ToResults,
            Step::Question(j) => {
                self.history.push(j);
                if self.changing == Changing::No { Changing::ToReview } else { self.changing }
            }
            _ => Changing::ToReview,
        };
        self.step = Step::Question(i);
        true
    }

    /// How far the person is. Only the questions asked whatever the answers are counted (no
    /// relevance condition, not fixed by the host page), so that the total is known from the
    /// first question and never changes; a question an answer adds is a follow-up after the
    /// last counted one. Walking forward, the number never goes down.
    pub fn progress(&self, a: &Assessment) -> Progress {
        let counted = |q: &Question| q.relevant.is_none() && !self.fixed.contains(&q.id);
        let total = a.questions.iter().filter(|q| counted(q)).count();
        let (n, follow_up) = match self.step {
            Step::Question(i) => (
                a.questions.iter().take(i + 1).filter(|q| counted(q)).count(),
                a.questions.get(i).is_some_and(|q| !counted(q)),
            ),
            Step::Review | Step::Results => (total, false),
            Step::Intro => (0, false),
        };
        Progress { n, total, follow_up }
    }
}

/// The first relevant question after `after` (or from the start).
fn next_relevant(relevant: &[bool], after: Option<usize>) -> Option<usize> {
    let start = after.map_or(0, |i| i + 1);
    (start..relevant.len()).find(|&j| relevant[j])
}

/// A whole number written with ASCII, Arabic-Indic or Eastern Arabic-Indic digits.
fn parse_number(text: &str) -> Option<i64> {
    let (negative, digits) = match text.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    if digits.is_empty() || digits.chars().count() > 18 {
        return None;
    }
    let mut n: i64 = 0;
    for c in digits.chars() {
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '\u{0660}'..='\u{0669}' => c as u32 - 0x0660,
            '\u{06F0}'..='\u{06F9}' => c as u32 - 0x06F0,
            _ => return None,
        };
        n = n * 10 + d as i64;
    }
    Some(if negative { -n } else { n })
}

#[cfg(test)]
mod tests {
    use super::parse_number;

    #[test]
    fn numbers_in_any_script() {
        assert_eq!(parse_number("34"), Some(34));
        assert_eq!(parse_number("\u{0663}\u{0664}"), Some(34));
        assert_eq!(parse_number("\u{06F3}\u{06F4}"), Some(34));
        assert_eq!(parse_number("-5"), Some(-5));
        for bad in ["", "-", "3.5", "1e3", "x", "9999999999999999999"] {
            assert_eq!(parse_number(bad), None, "{bad}");
        }
    }
}
