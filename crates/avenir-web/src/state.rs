//! The widget's state: the core's [`Screen`] and the content it runs on. Every decision is
//! the core's ([`Screen::apply`]); this only lets Yew hold it.

use std::ops::Deref;
use std::rc::Rc;

use avenir_core::Assessment;
use avenir_core::screen::Screen;
pub use avenir_core::screen::{Action, Handoff};
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub content: Rc<Assessment>,
    screen: Screen,
}

impl State {
    /// A new state, continuing from a session saved on this phone if there is one.
    /// `counsellor`: open the counsellor view.
    pub fn new(content: Rc<Assessment>, saved: Option<avenir_core::Session>, counsellor: bool) -> State {
        let mut screen = match saved {
            Some(session) => Screen::resumed(&content, session),
            None => Screen::new(),
        };
        if counsellor {
            apply(&mut screen, &content, Action::Counsellor);
        }
        State { content, screen }
    }

    /// The host page's answer to a question (an embedding site's country of stay), already
    /// checked by the core; never asked.
    pub fn fix(mut self, fixed: Option<&(String, String)>) -> State {
        if let Some((question, option)) = fixed {
            let _ = self.screen.session.fix(&self.content, question, option);
        }
        self
    }
}

impl Deref for State {
    type Target = Screen;

    fn deref(&self) -> &Screen {
        &self.screen
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        apply(&mut s.screen, &s.content, action);
        Rc::new(s)
    }
}

/// Every decision is the core's. The person's build has no counsellor view, so that its first
/// load has neither the code decoder nor the view's logic.
fn apply(screen: &mut Screen, content: &Assessment, action: Action) {
    if cfg!(feature = "counsellor") {
        screen.apply(content, action);
    } else {
        screen.apply_without_counsellor(content, action);
    }
}
