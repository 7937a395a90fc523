//! The widget's state: the core's session plus what the screen shows about the last action.

use std::rc::Rc;

use avenir_core::Assessment;
use avenir_core::session::{FlowError, Session};
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub content: Rc<Assessment>,
    pub session: Session,
    /// "Continue" was pressed without an answer.
    pub no_answer: bool,
    /// Increases with every move to another screen, so that focus moves to its heading.
    pub screen: u32,
}

pub enum Action {
    Choose(String),
    Continue,
    Back,
    Change(String),
    Restart,
}

impl State {
    pub fn new(content: Rc<Assessment>) -> State {
        let session = Session::start(&content);
        State {
            content,
            session,
            no_answer: false,
            screen: 0,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        let a = &*s.content;
        let moved = match action {
            Action::Choose(option) => {
                // An option the question does not have is refused by the core and ignored.
                if s.session.answer(a, &option).is_ok() {
                    s.no_answer = false;
                }
                false
            }
            Action::Continue => match s.session.next(a) {
                Ok(()) => true,
                Err(FlowError::NoAnswer) => {
                    s.no_answer = true;
                    s.screen += 1; // move focus to the error summary's heading
                    false
                }
                Err(_) => false,
            },
            Action::Back => s.session.back(a),
            Action::Change(q) => s.session.change(a, &q),
            Action::Restart => {
                s.session = Session::start(a);
                true
            }
        };
        if moved {
            s.no_answer = false;
            s.screen += 1;
        }
        Rc::new(s)
    }
}
