//! The widget's state: the core's session plus what the screen shows about the last action.

use std::rc::Rc;

use avenir_core::Assessment;
use avenir_core::session::{FlowError, Session};
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub content: Rc<Assessment>,
    pub session: Session,
    /// Why the last action was refused ("Continue" without an answer, a number out of range).
    pub error: Option<FlowError>,
    /// Increases with every move to another screen, so that focus moves to its heading.
    pub screen: u32,
    /// The text in a number field as typed, kept when the core refuses it (so a typo is shown
    /// with its error, not wiped); cleared on every move.
    pub draft: Option<String>,
}

pub enum Action {
    /// An option of a one-answer question, or "don't know" / "prefer not to say".
    Choose(String),
    /// Tick or untick an option of a multiple-choice question.
    Toggle(String),
    /// The text of a number field, as typed.
    Number(String),
    Continue,
    Back,
    /// From the start page to the first question.
    Begin,
    /// From "check your answers" to the results.
    Confirm,
    Change(String),
    Restart,
}

impl State {
    pub fn new(content: Rc<Assessment>) -> State {
        let session = Session::start();
        State { content, session, error: None, screen: 0, draft: None }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        let a = &*s.content;
        let moved = match action {
            // Answers: a refused one (a stale event, a number out of range) is shown, not stored.
            Action::Choose(option) => {
                s.error = s.session.choose(a, &option).err();
                s.draft = None;
                false
            }
            Action::Toggle(option) => {
                s.error = s.session.toggle(a, &option).err();
                false
            }
            Action::Number(text) => {
                s.error = s.session.enter_number(a, &text).err();
                s.draft = Some(text);
                false
            }
            // A refused answer (a number out of range) stays on screen: it was not stored, so
            // moving on would use an older answer.
            Action::Continue if s.error.is_some() => false,
            Action::Continue => match s.session.next(a) {
                Ok(()) => true,
                Err(e) => {
                    s.error = Some(e);
                    s.screen += 1; // focus the heading again, so the error is read next
                    false
                }
            },
            Action::Back => s.session.back(a),
            Action::Confirm => s.session.confirm().is_ok(),
            Action::Begin => {
                s.session.begin(a);
                true
            }
            Action::Change(q) => s.session.change(a, &q),
            Action::Restart => {
                s.session = Session::start();
                true
            }
        };
        if moved {
            s.error = None;
            s.draft = None;
            s.screen += 1;
        }
        Rc::new(s)
    }
}
