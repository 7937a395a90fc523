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
    /// Whether `content` has its results' part (programmes, needs, contacts): until then the
    /// results say they are being prepared.
    pub complete: bool,
    screen: Screen,
}

impl State {
    /// A new state, continuing from a session saved on this phone if there is one.
    /// `counsellor`: open the counsellor view.
    pub fn new(
        content: Rc<Assessment>,
        complete: bool,
        saved: Option<avenir_core::Session>,
        counsellor: bool,
    ) -> State {
        let mut screen = match saved {
            Some(session) => Screen::resumed(&content, session),
            None => Screen::new(),
        };
        if counsellor {
            apply(&mut screen, &content, Action::Counsellor);
        }
        State { content, complete, screen }
    }

    /// The session the person's first build handed over (`crate::handover`).
    pub fn handed(content: Rc<Assessment>, complete: bool, session: avenir_core::Session, saving: bool) -> State {
        let screen = Screen::handed(&content, session, saving);
        State { content, complete, screen }
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

/// What changes the state: the person's actions (the core's), or the content, when its results'
/// part has arrived (`complete`) or an embedding site's own file has been checked (`boot.js` (its embedding part)):
/// programmes and contacts arrive while the person may already be answering. Neither adds a
/// question, so the session goes on as it was.
pub enum Msg {
    Act(Action),
    Content(Rc<Assessment>, bool),
    /// The first build, once the results build is there: an action already applied (to see
    /// whether the results build takes over on its screen, `crate::handover`), kept as it is.
    #[cfg(not(feature = "results"))]
    Next(Rc<State>),
    /// The results build prepared ahead of the handover takes over with the first build's
    /// session (`crate::take_over`): a move, so focus goes to the new screen's heading.
    #[cfg(feature = "results")]
    Handed(avenir_core::Session, bool),
}

impl From<Action> for Msg {
    fn from(action: Action) -> Msg {
        Msg::Act(action)
    }
}

impl Reducible for State {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut s = (*self).clone();
        match msg {
            Msg::Act(action) => apply(&mut s.screen, &s.content, action),
            Msg::Content(content, complete) => (s.content, s.complete) = (content, complete),
            #[cfg(not(feature = "results"))]
            Msg::Next(next) => return next,
            #[cfg(feature = "results")]
            Msg::Handed(session, saving) => {
                let moves = s.screen.moves + 1;
                s.screen = Screen { moves, ..Screen::handed(&s.content, session, saving) };
            }
        }
        Rc::new(s)
    }
}

/// Every decision is the core's. The person's builds have no counsellor view, so that their
/// code has neither the code decoder nor the view's logic; the first build has no code encoder.
fn apply(screen: &mut Screen, content: &Assessment, action: Action) {
    if cfg!(feature = "counsellor") {
        screen.apply(content, action);
    } else if cfg!(feature = "results") {
        screen.apply_without_counsellor(content, action);
    } else {
        // The first build hands over before the results: no hand-off code (`crate::handover`).
        screen.apply_before_results(content, action);
    }
}
