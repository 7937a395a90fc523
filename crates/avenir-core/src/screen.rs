//! What the widget shows, as a value: the session, the last refusal, the text being typed, and
//! whether the person chose to save on this phone. The web layer keeps a [`Screen`], sends it
//! the person's [`Action`]s and renders it; every decision about what happens is made here, so
//! that it is tested natively (including with random action sequences).

use crate::model::Assessment;
use crate::session::{FlowError, Session, Step};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Screen {
    pub session: Session,
    /// Why the last action was refused ("Continue" without an answer, a number out of range).
    pub error: Option<FlowError>,
    /// Increases with every move to another screen, so that focus moves to its heading.
    pub moves: u32,
    /// The text in a number field as typed, kept when the core refuses it (so a typo is shown
    /// with its error, not wiped); cleared on every move.
    pub draft: Option<String>,
    /// The person chose "save on this phone": the session is written to the device's storage
    /// after every change, until they delete everything.
    pub saving: bool,
    /// Saved answers were found when the widget opened: the start page offers to continue from
    /// this step (or to delete everything) instead of showing any answer straight away.
    pub resumable: Option<Step>,
    /// A one-off message about the last action, cleared on the next move.
    pub notice: Option<Notice>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// "Delete everything" was done.
    Deleted,
}

#[derive(Clone, Debug, PartialEq, Eq)]
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
    /// From the start page back to where saved answers left off.
    Resume,
    /// From "check your answers" to the results.
    Confirm,
    Change(String),
    /// "Start again": the answers go; a choice to save stays.
    Restart,
    /// "Save on this phone".
    Save,
    /// "Delete everything" (and quick exit): answers, the choice to save and what was saved.
    Forget,
    /// The page came back from the browser's back/forward cache: start as on opening, from
    /// what is saved on this phone if anything (never from what was on screen).
    Reopen(Option<Session>),
}

impl Screen {
    pub fn new() -> Screen {
        Screen {
            session: Session::start(),
            error: None,
            moves: 0,
            draft: None,
            saving: false,
            resumable: None,
            notice: None,
        }
    }

    /// The widget opened with a session saved on an earlier visit (perhaps under other content:
    /// see [`Session::restore`]). It opens on the start page, which offers to continue.
    pub fn resumed(a: &Assessment, saved: Session) -> Screen {
        let mut session = Session::restore(a, saved);
        let resumable = Some(session.step);
        session.step = Step::Intro;
        Screen { session, saving: true, resumable, ..Screen::new() }
    }

    /// What to write to the device when saving: the session as it would be resumed.
    pub fn to_save(&self) -> Session {
        let mut session = self.session.clone();
        if let (Step::Intro, Some(step)) = (session.step, self.resumable) {
            session.step = step;
        }
        session
    }

    pub fn apply(&mut self, a: &Assessment, action: Action) {
        let moved = match action {
            // Answers: a refused one (a stale event, a number out of range) is shown, not stored.
            Action::Choose(option) => {
                self.error = self.session.choose(a, &option).err();
                self.draft = None;
                false
            }
            Action::Toggle(option) => {
                self.error = self.session.toggle(a, &option).err();
                false
            }
            Action::Number(text) => {
                self.error = self.session.enter_number(a, &text).err();
                self.draft = Some(text);
                false
            }
            // A refused answer (a number out of range) stays on screen: it was not stored, so
            // moving on would use an older answer.
            Action::Continue if self.error.is_some() => false,
            Action::Continue => match self.session.next(a) {
                Ok(()) => true,
                Err(e) => {
                    self.error = Some(e);
                    self.moves += 1; // focus the heading again, so the error is read next
                    false
                }
            },
            Action::Back => self.session.back(a),
            Action::Confirm => self.session.confirm().is_ok(),
            Action::Begin => {
                self.resumable = None;
                self.session.begin(a);
                true
            }
            Action::Resume => match self.resumable.take() {
                Some(step) if self.session.step == Step::Intro && step != Step::Intro => {
                    self.session.step = step;
                    true
                }
                Some(_) => {
                    self.session.begin(a);
                    true
                }
                None => false,
            },
            Action::Change(q) => self.session.change(a, &q),
            Action::Restart => {
                self.session = Session::start();
                self.resumable = None;
                true
            }
            Action::Save => {
                self.saving = true;
                false
            }
            Action::Forget => {
                *self = Screen { moves: self.moves + 1, notice: Some(Notice::Deleted), ..Screen::new() };
                return;
            }
            Action::Reopen(saved) => {
                let fresh = match saved {
                    Some(session) => Screen::resumed(a, session),
                    None => Screen::new(),
                };
                *self = Screen { moves: self.moves + 1, ..fresh };
                return;
            }
        };
        if moved {
            self.error = None;
            self.draft = None;
            self.notice = None;
            self.moves += 1;
            if self.session.step != Step::Intro {
                self.resumable = None;
            }
        }
    }
}

impl Default for Screen {
    fn default() -> Screen {
        Screen::new()
    }
}
