//! What the widget shows, as a value: the session, the last refusal, the text being typed, and
//! whether the person chose to save on this phone. The web layer keeps a [`Screen`], sends it
//! the person's [`Action`]s and renders it; every decision about what happens is made here, so
//! that it is tested natively (including with random action sequences).

use crate::handoff::{Decoded, HandoffError, Share};
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
    /// "Show my answers to a counsellor" on the results: first what a code holds and who can
    /// read it, with the choice of what to share; then the code. Only after the person asked
    /// for it, and hidden again on every move. In the counsellor view, the desk's answers
    /// handed back to the person (a changed answer goes home with them), the same way; gone
    /// when an answer changes, so that a code never shows other answers than the desk's. (One
    /// field for both: the person's build then carries no code for a second.)
    pub handoff: Option<Handoff>,
    /// The counsellor view, when open: answers typed from a code or set by hand, apart from
    /// the person's own session, never saved.
    pub counsellor: Option<Counsellor>,
}

/// The hand-off on the results, once asked for. The notice (anyone who sees the code can read
/// the answers in it) is shown in both states: a code never appears without it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Handoff {
    /// The notice and the choice of what to share; no code yet.
    Notice,
    /// The code made as chosen, with the random bits the web layer gave.
    Code(String, Share),
}

/// The counsellor view's state: its own session (whose step is never shown), the last code
/// read and what was wrong with it, and the last refused answer. A code that cannot be read
/// clears the answers of the one before ([`Counsellor::read`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Counsellor {
    pub session: Session,
    pub problem: Option<CodeProblem>,
    pub error: Option<(String, FlowError)>,
    /// The last code could not be read, and the answers shown before it were removed.
    pub cleared: bool,
    /// The questions the person chose not to share in the last code read: "not shared".
    pub not_shared: Vec<String>,
    /// The counsellor's notes on this person. In memory only: never saved, never in a code.
    pub notes: Notes,
    /// Codes read so far: the web layer empties the code field when this grows.
    pub reads: u32,
    /// The question whose control is open on the desk (answers are shown as text until the
    /// counsellor chooses to change one).
    pub editing: Option<String>,
}

/// What a counsellor notes in a first meeting, typed on the desk only; printed with the
/// summary. They belong to the person whose answers are on screen, and go with them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Notes {
    /// Vulnerabilities observed.
    pub vulnerabilities: String,
    /// Family composition and children's ages.
    pub family: String,
    /// What the person consented to.
    pub consent: String,
    /// The programme the counsellor chose for the referral (its id; empty: none yet).
    pub programme: String,
}

/// One of the [`Notes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    Vulnerabilities,
    Family,
    Consent,
    /// The programme chosen for the referral (its id).
    Programme,
}

/// Why a typed code gave no exact answers; each has a text key of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeProblem {
    /// A character is wrong or missing.
    Check,
    /// Made with other questions: the answers shown are a guess.
    OtherVersion,
    /// Made by another version of Avenir.
    Unsupported,
    NotACode,
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
    /// "Show my answers to a counsellor" on the results: shows the notice and the choice of
    /// what to share, or hides them and the code.
    ShowCode,
    /// Under the notice: make the code, with every answer or without the sensitive ones, and
    /// with random bits from the web layer (`crypto.getRandomValues`; the core has no random
    /// source). A new code each time.
    MakeCode(Share, u16),
    /// Opens the counsellor view (`#counsellor`, or the link on the start page).
    Counsellor,
    /// In the counsellor view: a code typed and submitted.
    Code(String),
    /// In the counsellor view: a photo in which no code was found. Like a code that cannot be
    /// read, it clears the answers shown.
    NoCode,
    /// In the counsellor view: `Choose`, `Toggle` or `Number` on the question with this id.
    Answer(String, Box<Action>),
    /// In the counsellor view: show this question's control (or hide it, if shown).
    Edit(String),
    /// In the counsellor view: a note as typed.
    Note(Note, String),
    /// In the counsellor view: the next person. Answers, notes and the last code's problems go.
    NewPerson,
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
            handoff: None,
            counsellor: None,
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

    /// The same session, handed from the person's first build to the build with the results
    /// (avenir-web's `handover`): on the screen it was on, with the choice to save, and focus
    /// on its heading as after any move. Nothing else of the screen is kept: the handover
    /// happens on a move, when errors, drafts, notices and the hand-off code are cleared anyway.
    pub fn handed(a: &Assessment, session: Session, saving: bool) -> Screen {
        Screen { session: Session::restore(a, session), saving, moves: 1, ..Screen::new() }
    }

    /// Whether the build with the results can take this screen over as it is
    /// ([`Screen::handed`] keeps only the session and the choice to save): nothing else is on
    /// it, no refusal, draft, notice, code or counsellor view, and it was reached by a move.
    pub fn handable(&self) -> bool {
        self.moves > 0
            && self.error.is_none()
            && self.draft.is_none()
            && self.notice.is_none()
            && self.handoff.is_none()
            && self.counsellor.is_none()
            && self.resumable.is_none()
    }

    /// What to write to the device when saving: the session as it would be resumed.
    pub fn to_save(&self) -> Session {
        let mut session = self.session.clone();
        if let (Step::Intro, Some(step)) = (session.step, self.resumable) {
            session.step = step;
        }
        session
    }

    /// Applies the person's (or the counsellor's) action.
    pub fn apply(&mut self, a: &Assessment, action: Action) {
        self.apply_in::<true, true>(a, action)
    }

    /// [`Screen::apply`] where there is no counsellor view: its actions do nothing. The
    /// person's build uses this, so that its first load carries neither the code decoder nor
    /// the view's logic (about 1.5 KB of brotli).
    pub fn apply_without_counsellor(&mut self, a: &Assessment, action: Action) {
        self.apply_in::<false, true>(a, action)
    }

    /// [`Screen::apply_without_counsellor`] where the results are never shown (the person's
    /// first build, which hands over before them): the hand-off code's actions do nothing too,
    /// so that the first load carries no code encoder.
    pub fn apply_before_results(&mut self, a: &Assessment, action: Action) {
        self.apply_in::<false, false>(a, action)
    }

    fn apply_in<const COUNSELLOR: bool, const CODES: bool>(&mut self, a: &Assessment, action: Action) {
        if let (true, Some(c)) = (COUNSELLOR, &mut self.counsellor) {
            // A code handed back shows the answers as they were when it was made: any change of
            // answers, or of person, takes it away.
            if matches!(
                action,
                Action::Code(_)
                    | Action::NoCode
                    | Action::Answer(..)
                    | Action::NewPerson
                    | Action::Back
                    | Action::Restart
            ) {
                self.handoff = None;
            }
            match action {
                Action::Code(text) => return c.read(crate::handoff::decode(a, &text)),
                Action::NoCode => {
                    c.problem = None;
                    return c.clear();
                }
                Action::Answer(q, inner) => return c.answer(a, &q, *inner),
                // The desk's answers handed back: the notice first, as on the phone; never a
                // code of no answers.
                Action::ShowCode => {
                    self.handoff = match self.handoff {
                        None if !c.session.answers.is_empty() => Some(Handoff::Notice),
                        _ => None,
                    };
                    return;
                }
                Action::MakeCode(share, random) => {
                    if self.handoff.is_some() {
                        self.handoff =
                            Some(Handoff::Code(crate::handoff::encode(a, &c.session.answers, share, random), share));
                    }
                    return;
                }
                Action::Edit(q) => {
                    c.editing = if c.editing.as_deref() == Some(q.as_str()) { None } else { Some(q) };
                    return;
                }
                Action::Note(which, text) => {
                    *match which {
                        Note::Vulnerabilities => &mut c.notes.vulnerabilities,
                        Note::Family => &mut c.notes.family,
                        Note::Consent => &mut c.notes.consent,
                        Note::Programme => &mut c.notes.programme,
                    } = text;
                    return;
                }
                Action::NewPerson => {
                    *c = Counsellor { reads: c.reads, ..Counsellor::default() };
                    self.moves += 1;
                    return;
                }
                Action::Back | Action::Restart => {
                    self.counsellor = None;
                    self.moves += 1;
                    return;
                }
                Action::Forget | Action::Reopen(_) => {}
                _ => return,
            }
        }
        let moved = match action {
            Action::ShowCode => {
                self.handoff = match self.handoff {
                    None if CODES && self.session.step == Step::Results => Some(Handoff::Notice),
                    _ => None,
                };
                false
            }
            // Only under the notice: a code never comes before it.
            Action::MakeCode(share, random) => {
                if CODES && self.handoff.is_some() {
                    let code = crate::handoff::encode(a, &self.session.answers, share, random);
                    self.handoff = Some(Handoff::Code(code, share));
                }
                false
            }
            Action::Counsellor => {
                if COUNSELLOR {
                    self.counsellor = Some(Counsellor::default());
                }
                COUNSELLOR
            }
            Action::Code(_)
            | Action::NoCode
            | Action::Answer(..)
            | Action::Edit(_)
            | Action::Note(..)
            | Action::NewPerson => false,
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
                self.session = Session::start().keep_fixed(a, &self.session);
                self.resumable = None;
                true
            }
            Action::Save => {
                self.saving = true;
                false
            }
            Action::Forget => {
                let session = Session::start().keep_fixed(a, &self.session);
                *self = Screen { session, moves: self.moves + 1, notice: Some(Notice::Deleted), ..Screen::new() };
                return;
            }
            Action::Reopen(saved) => {
                let fresh = match saved {
                    Some(session) => Screen::resumed(a, session),
                    None => Screen::new(),
                };
                let session = fresh.session.clone().keep_fixed(a, &self.session);
                *self = Screen { session, moves: self.moves + 1, ..fresh };
                return;
            }
        };
        if moved {
            self.error = None;
            self.draft = None;
            self.notice = None;
            self.handoff = None;
            self.moves += 1;
            if self.session.step != Step::Intro {
                self.resumable = None;
            }
        }
    }
}

impl Default for Counsellor {
    fn default() -> Counsellor {
        Counsellor {
            session: Session::start(),
            problem: None,
            error: None,
            cleared: false,
            not_shared: Vec::new(),
            notes: Notes::default(),
            reads: 0,
            editing: None,
        }
    }
}

impl Counsellor {
    /// Nothing of a person yet (no code read, no answer given): the desk says what to do
    /// instead of listing every programme as "possibly".
    pub fn blank(&self) -> bool {
        self.session.answers.is_empty() && self.not_shared.is_empty()
    }

    /// Takes what a code read as: exact answers replace the ones on screen; a code made with
    /// other questions gives its best-effort reading, marked as a guess; a code that cannot be
    /// read clears them.
    fn read(&mut self, read: Result<Decoded, HandoffError>) {
        let reading = match read {
            Ok(d) => Ok(d),
            Err(HandoffError::OtherVersion { reading }) => Err((CodeProblem::OtherVersion, Some(reading))),
            Err(HandoffError::Checksum) => Err((CodeProblem::Check, None)),
            Err(HandoffError::Unsupported { .. }) => Err((CodeProblem::Unsupported, None)),
            Err(HandoffError::Garbage) => Err((CodeProblem::NotACode, None)),
        };
        let (problem, answers) = match reading {
            Ok(answers) => (None, Some(answers)),
            Err((p, answers)) => (Some(p), answers),
        };
        self.problem = problem;
        match answers {
            Some(Decoded { answers, not_shared }) => {
                // Notes typed before any answer are for the person whose code this is; notes
                // beside another code's answers were that person's, and go with them.
                if !self.blank() {
                    self.notes = Notes::default();
                }
                self.session.answers = answers;
                self.not_shared = not_shared;
                self.error = None;
                self.editing = None;
                self.cleared = false;
                self.reads += 1;
            }
            None => self.clear(),
        }
    }

    /// A code that could not be read (or a photo without one) is most likely the next
    /// person's: what was on screen goes, so that two people's answers are never shown, changed
    /// or printed as one. `cleared` says so when there was anything to clear.
    fn clear(&mut self) {
        self.cleared = !self.blank();
        if self.cleared {
            self.notes = Notes::default();
        }
        self.session.answers = Default::default();
        self.not_shared.clear();
        self.error = None;
        self.editing = None;
    }

    /// An answer to any question, through the same checks as in the flow.
    fn answer(&mut self, a: &Assessment, q: &str, action: Action) {
        let Some(i) = a.question_index(q) else { return };
        self.session.step = Step::Question(i);
        let done = match &action {
            Action::Choose(o) => self.session.choose(a, o),
            Action::Toggle(o) => self.session.toggle(a, o),
            Action::Number(t) => self.session.enter_number(a, t),
            _ => Err(FlowError::NoSuchOption),
        };
        self.session.step = Step::Review;
        self.error = done.err().map(|e| (q.to_string(), e));
    }
}

impl Default for Screen {
    fn default() -> Screen {
        Screen::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;
    use crate::model::{Question, QuestionKind};

    fn assessment() -> Assessment {
        let q = |id: &str, kind, options: &[&str]| Question {
            id: id.into(),
            kind,
            options: options.iter().map(|o| o.to_string()).collect(),
            dont_know: true,
            sensitive: false,
            relevant: None,
            group: None,
            exclusive: Vec::new(),
            first: Vec::new(),
        };
        Assessment {
            id: "t".into(),
            version: "1".into(),
            default_language: "en".into(),
            questions: vec![
                q("one", QuestionKind::Single, &["a", "b"]),
                q("many", QuestionKind::Multi, &["x", "y"]),
                q("n", QuestionKind::Number { min: 0, max: 9 }, &[]),
            ],
            programmes: Vec::new(),
            needs: Vec::new(),
            contacts: Vec::new(),
            languages: Vec::new(),
            texts: Vec::new(),
        }
    }

    #[test]
    fn a_handed_session_goes_on_where_it_was_with_the_choice_to_save_and_focus_moves() {
        let a = assessment();
        let mut s = Screen::new();
        s.apply(&a, Action::Begin);
        for action in [Action::Choose("b".into()), Action::Continue, Action::Toggle("x".into()), Action::Continue] {
            s.apply(&a, action);
        }
        s.apply(&a, Action::Number("4".into()));
        s.apply(&a, Action::Continue);
        s.apply(&a, Action::Save);
        s.apply(&a, Action::Confirm);
        assert_eq!(s.session.step, Step::Results);
        let handed = Screen::handed(&a, s.session.clone(), s.saving);
        assert_eq!(handed.session, s.session);
        assert!(handed.saving);
        assert_eq!((handed.moves, handed.resumable, handed.handoff.clone()), (1, None, None));
        // "Back" from the results goes where it went before the handover.
        let (mut before, mut after) = (s.clone(), handed);
        before.apply(&a, Action::Back);
        after.apply(&a, Action::Back);
        assert_eq!(after.session.step, before.session.step);
        assert!(!Screen::handed(&a, s.session.clone(), false).saving);
    }

    #[test]
    fn before_the_results_the_code_actions_do_nothing_and_every_other_action_is_the_same() {
        let a = assessment();
        let walk = [
            Action::Begin,
            Action::Choose("a".into()),
            Action::Continue,
            Action::Toggle("y".into()),
            Action::Continue,
            Action::Number("3".into()),
            Action::Continue,
            Action::Confirm,
            Action::ShowCode,
            Action::MakeCode(Share::All, 7),
            Action::Back,
            Action::Save,
            Action::Forget,
        ];
        let (mut whole, mut first) = (Screen::new(), Screen::new());
        let mut codes = 0;
        for action in walk {
            whole.apply_without_counsellor(&a, action.clone());
            let (code, before) = (matches!(action, Action::ShowCode | Action::MakeCode(..)), first.clone());
            first.apply_before_results(&a, action);
            if code {
                codes += usize::from(whole.handoff.is_some());
                assert_eq!(first, before, "a code action changed nothing");
                first.handoff = whole.handoff.clone();
            }
            assert_eq!(first, whole);
        }
        assert_eq!(codes, 2, "the whole build showed the notice, then a code");
    }

    #[test]
    fn a_handable_screen_is_the_handed_one_and_a_refusal_or_notice_is_not_handable() {
        let a = assessment();
        let mut s = Screen::new();
        assert!(!s.handable(), "the start page before any move");
        let walk = [
            Action::Begin,
            Action::Continue, // refused: no answer
            Action::Choose("b".into()),
            Action::Continue,
            Action::Toggle("x".into()),
            Action::Continue,
            Action::Number("12".into()), // refused: out of range, kept as a draft
            Action::Number("4".into()),
            Action::Continue,
            Action::Save,
            Action::Back,
            Action::Continue,
            Action::Confirm,
            Action::ShowCode,
            Action::Back,
        ];
        let (mut handable, mut not) = (0, 0);
        for action in walk {
            s.apply(&a, action.clone());
            if s.handable() {
                handable += 1;
                let handed = Screen::handed(&a, s.session.clone(), s.saving);
                assert_eq!(handed, Screen { moves: 1, ..s.clone() }, "after {action:?}");
            } else {
                not += 1;
                assert!(
                    s.error.is_some() || s.draft.is_some() || s.notice.is_some() || s.handoff.is_some(),
                    "after {action:?}: {s:?}"
                );
            }
        }
        assert!(handable >= 8 && not >= 3, "{handable} handable, {not} not");
    }

    #[test]
    fn the_code_is_shown_only_when_asked_on_the_results_after_the_notice_and_hidden_on_a_move() {
        let a = assessment();
        let mut s = Screen::new();
        s.apply(&a, Action::ShowCode);
        s.apply(&a, Action::MakeCode(Share::All, 1));
        assert_eq!(s.handoff, None, "not on the start page");
        s.apply(&a, Action::Begin);
        for action in [Action::Choose("a".into()), Action::Continue, Action::Toggle("y".into()), Action::Continue] {
            s.apply(&a, action);
        }
        s.apply(&a, Action::Number("3".into()));
        s.apply(&a, Action::Continue);
        s.apply(&a, Action::Confirm);
        assert_eq!(s.session.step, Step::Results);
        assert_eq!(s.handoff, None);
        // A code is made only under the notice (issue 16, item 4).
        s.apply(&a, Action::MakeCode(Share::All, 1));
        assert_eq!(s.handoff, None, "a code without the notice");
        s.apply(&a, Action::ShowCode);
        assert_eq!(s.handoff, Some(Handoff::Notice));
        s.apply(&a, Action::MakeCode(Share::All, 1));
        let Some(Handoff::Code(first, Share::All)) = s.handoff.clone() else { panic!("no code: {:?}", s.handoff) };
        assert_eq!(crate::handoff::decode(&a, &first).unwrap().answers, s.session.answers);
        // Again, with other random bits: another code of the same answers.
        s.apply(&a, Action::MakeCode(Share::All, 2));
        let Some(Handoff::Code(second, _)) = s.handoff.clone() else { panic!() };
        assert_ne!(first, second);
        s.apply(&a, Action::MakeCode(Share::NotSensitive, 2));
        assert!(matches!(s.handoff, Some(Handoff::Code(_, Share::NotSensitive))));
        s.apply(&a, Action::ShowCode);
        assert_eq!(s.handoff, None);
        s.apply(&a, Action::ShowCode);
        s.apply(&a, Action::MakeCode(Share::All, 3));
        s.apply(&a, Action::Back);
        assert_eq!(s.handoff, None, "hidden again after a move");
        s.apply(&a, Action::MakeCode(Share::All, 3));
        assert_eq!(s.handoff, None);
    }

    #[test]
    fn the_counsellor_reads_a_code_and_changes_answers_apart_from_the_session() {
        let a = assessment();
        let mut mine = Answers::new();
        mine.set("one", "b");
        mine.set_answer("many", crate::Answer::Choices(vec!["x".into()]));
        mine.set_answer("n", crate::Answer::Number(7));
        let code = crate::handoff::encode(&a, &mine, Share::All, 5);

        let mut s = Screen::new();
        s.apply(&a, Action::Counsellor);
        let moves = s.moves;
        // A typo: a check error, no answers.
        let typo: String = code.chars().map(|c| if c == code.chars().next().unwrap() { 'U' } else { c }).collect();
        s.apply(&a, Action::Code(typo));
        assert_eq!(s.counsellor.as_ref().unwrap().problem, Some(CodeProblem::Check));
        s.apply(&a, Action::Code("hello!".into()));
        assert_eq!(s.counsellor.as_ref().unwrap().problem, Some(CodeProblem::NotACode));
        s.apply(&a, Action::Code(code.to_lowercase()));
        let c = s.counsellor.as_ref().unwrap();
        assert_eq!((c.problem, &c.session.answers), (None, &mine));

        // Answers set by hand, checked like in the flow; the person's session is untouched.
        s.apply(&a, Action::Answer("n".into(), Box::new(Action::Number("12".into()))));
        assert_eq!(s.counsellor.as_ref().unwrap().error, Some(("n".into(), FlowError::OutOfRange)));
        s.apply(&a, Action::Answer("one".into(), Box::new(Action::Choose("a".into()))));
        s.apply(&a, Action::Answer("many".into(), Box::new(Action::Toggle("y".into()))));
        s.apply(&a, Action::Answer("nope".into(), Box::new(Action::Choose("a".into()))));
        let c = s.counsellor.as_ref().unwrap();
        assert_eq!(c.error, None);
        assert_eq!(c.session.answers.get("one"), Some(&crate::Answer::Choice("a".into())));
        assert_eq!(c.session.answers.get("many"), Some(&crate::Answer::Choices(vec!["x".into(), "y".into()])));
        assert!(s.session.answers.is_empty());
        assert_eq!(s.moves, moves, "no move while answering");

        // Other actions do nothing in the counsellor view; Back leaves it, quick exit clears it.
        s.apply(&a, Action::Begin);
        assert_eq!(s.session.step, Step::Intro);
        s.apply(&a, Action::Back);
        assert_eq!(s.counsellor, None);
        s.apply(&a, Action::Counsellor);
        s.apply(&a, Action::Code(code));
        s.apply(&a, Action::Forget);
        assert_eq!(s.counsellor, None);
    }

    #[test]
    fn a_code_that_cannot_be_read_clears_the_previous_persons_answers() {
        // Issue 16, item 10: a counsellor reads one person's code, then mistypes the next
        // person's. The first person's answers must not stay on screen (and in the print) as if
        // they were the second's.
        let a = assessment();
        let mut first = Answers::new();
        first.set("one", "b");
        first.set_answer("n", crate::Answer::Number(7));
        let code = crate::handoff::encode(&a, &first, Share::All, 9);
        let typo: String = code.chars().map(|c| if c == code.chars().next().unwrap() { 'U' } else { c }).collect();
        for (bad, problem) in
            [(typo.as_str(), CodeProblem::Check), ("hello!", CodeProblem::NotACode), ("", CodeProblem::NotACode)]
        {
            let mut s = Screen::new();
            s.apply(&a, Action::Counsellor);
            s.apply(&a, Action::Code(code.clone()));
            // Changed by hand too: still the first person's.
            s.apply(&a, Action::Answer("many".into(), Box::new(Action::Toggle("x".into()))));
            s.apply(&a, Action::Answer("n".into(), Box::new(Action::Number("99".into()))));
            assert!(!s.counsellor.as_ref().unwrap().session.answers.is_empty());
            s.apply(&a, Action::Code(bad.into()));
            let c = s.counsellor.as_ref().unwrap();
            assert_eq!(c.problem, Some(problem), "{bad:?}");
            assert!(
                c.session.answers.is_empty(),
                "{bad:?}: the previous person's answers stay: {:?}",
                c.session.answers
            );
            assert_eq!(c.error, None, "{bad:?}: the previous person's refused answer stays");
            assert!(c.cleared, "{bad:?}: the counsellor is not told");
            // Read again, nothing to clear: nothing is said to have been.
            s.apply(&a, Action::Code(bad.into()));
            assert!(!s.counsellor.as_ref().unwrap().cleared);
        }
        // A photo without a code: the same.
        let mut s = Screen::new();
        s.apply(&a, Action::Counsellor);
        s.apply(&a, Action::Code("nope".into()));
        s.apply(&a, Action::Code(code.clone()));
        let c = s.counsellor.as_ref().unwrap();
        assert_eq!((c.problem, c.cleared, &c.session.answers), (None, false, &first));
        s.apply(&a, Action::NoCode);
        let c = s.counsellor.as_ref().unwrap();
        assert_eq!((c.problem, c.cleared, c.session.answers.is_empty()), (None, true, true));
        // Outside the counsellor view it does nothing.
        let mut s = Screen::new();
        s.apply(&a, Action::NoCode);
        assert_eq!(s, Screen::new());
    }

    #[test]
    fn a_new_person_and_notes_that_go_with_the_answers_beside_them() {
        // Issue 22: consecutive people at one desk are never mixed, notes included.
        let a = assessment();
        let mut first = Answers::new();
        first.set("one", "b");
        let code = crate::handoff::encode(&a, &first, Share::All, 3);
        let note = |s: &mut Screen, text: &str| s.apply(&a, Action::Note(Note::Family, text.into()));
        let mut s = Screen::new();
        s.apply(&a, Action::Counsellor);
        assert!(s.counsellor.as_ref().unwrap().blank());
        // Notes typed before the code are this person's: reading their code keeps them.
        note(&mut s, "two children, 3 and 7");
        s.apply(&a, Action::Code(code.clone()));
        let c = s.counsellor.as_ref().unwrap();
        assert_eq!((c.notes.family.as_str(), c.reads, c.blank()), ("two children, 3 and 7", 1, false));
        s.apply(&a, Action::Edit("one".into()));
        assert_eq!(s.counsellor.as_ref().unwrap().editing.as_deref(), Some("one"));
        // Another code beside them is another person: the notes go.
        s.apply(&a, Action::Code(code.clone()));
        let c = s.counsellor.as_ref().unwrap();
        assert_eq!((c.notes.family.as_str(), c.reads, c.editing.as_deref()), ("", 2, None));
        // A code that cannot be read: the answers and the notes beside them go.
        note(&mut s, "alone");
        s.apply(&a, Action::Code("nope".into()));
        assert_eq!(s.counsellor.as_ref().unwrap().notes, Notes::default());
        // "New person": nothing of the one before, and the heading gets the focus.
        s.apply(&a, Action::Code(code));
        note(&mut s, "alone");
        s.apply(&a, Action::Note(Note::Consent, "referral to a partner".into()));
        s.apply(&a, Action::Answer("many".into(), Box::new(Action::Toggle("x".into()))));
        let moves = s.moves;
        s.apply(&a, Action::NewPerson);
        let c = s.counsellor.as_ref().unwrap();
        assert_eq!(c, &Counsellor { reads: 3, ..Counsellor::default() });
        assert_eq!(s.moves, moves + 1);
        // Outside the counsellor view these do nothing.
        let mut s = Screen::new();
        for action in [Action::NewPerson, Action::Edit("one".into()), Action::Note(Note::Consent, "x".into())] {
            s.apply(&a, action);
        }
        assert_eq!(s, Screen::new());
    }

    #[test]
    fn a_changed_answer_is_handed_back_as_a_new_code_after_the_notice_and_never_a_stale_one() {
        let a = assessment();
        let mut first = Answers::new();
        first.set("one", "b");
        let mut s = Screen::new();
        s.apply(&a, Action::Counsellor);
        let handback = |s: &Screen| s.handoff.clone();
        // Nothing to hand back before any answer.
        s.apply(&a, Action::ShowCode);
        assert_eq!(handback(&s), None);
        s.apply(&a, Action::Code(crate::handoff::encode(&a, &first, Share::All, 3)));
        s.apply(&a, Action::Note(Note::Programme, "p".into()));
        s.apply(&a, Action::Answer("one".into(), Box::new(Action::Choose("a".into()))));
        // A code only under the notice.
        s.apply(&a, Action::MakeCode(Share::All, 5));
        assert_eq!(handback(&s), None);
        s.apply(&a, Action::ShowCode);
        assert_eq!(handback(&s), Some(Handoff::Notice));
        s.apply(&a, Action::MakeCode(Share::All, 5));
        let Some(Handoff::Code(code, Share::All)) = handback(&s) else { panic!("no code") };
        // Read back, it gives the changed answer; the notes are in no code.
        let read = crate::handoff::decode(&a, &code).unwrap();
        assert_eq!(read.answers.get("one"), Some(&crate::answers::Answer::Choice("a".into())));
        assert_eq!(s.counsellor.as_ref().unwrap().notes.programme, "p");
        // The person's own session is untouched.
        assert!(s.session.answers.is_empty());
        // Another change: the code goes (it would show other answers than the desk).
        s.apply(&a, Action::Answer("n".into(), Box::new(Action::Number("4".into()))));
        assert_eq!(handback(&s), None);
        // As do a new code, a failed one and a new person.
        for action in [
            Action::Code(crate::handoff::encode(&a, &first, Share::All, 1)),
            Action::Code("nope".into()),
            Action::NewPerson,
        ] {
            s.apply(&a, Action::Code(crate::handoff::encode(&a, &first, Share::All, 2)));
            s.apply(&a, Action::ShowCode);
            s.apply(&a, Action::MakeCode(Share::NotSensitive, 1));
            assert!(matches!(handback(&s), Some(Handoff::Code(..))));
            s.apply(&a, action);
            assert_eq!(handback(&s), None);
        }
        assert_eq!(s.counsellor.as_ref().unwrap().notes, Notes::default());
    }

    #[test]
    fn without_a_counsellor_view_its_actions_do_nothing() {
        // The person's build (`apply_without_counsellor`) has no counsellor view.
        let a = assessment();
        let mut s = Screen::new();
        for action in [
            Action::Counsellor,
            Action::Code(crate::handoff::encode(&a, &Answers::new(), Share::All, 0)),
            Action::NoCode,
            Action::Answer("one".into(), Box::new(Action::Choose("a".into()))),
        ] {
            s.apply_without_counsellor(&a, action);
            assert_eq!(s, Screen::new());
        }
        // Everything else as `apply`.
        let mut t = Screen::new();
        for action in [Action::Begin, Action::Choose("b".into()), Action::Continue, Action::Back, Action::Save] {
            s.apply_without_counsellor(&a, action.clone());
            t.apply(&a, action);
            assert_eq!(s, t);
        }
    }

    #[test]
    fn a_code_from_other_questions_shows_its_reading_as_a_guess() {
        let a = assessment();
        let mut theirs = Answers::new();
        theirs.set("one", "a");
        let code = crate::handoff::encode(&a, &theirs, Share::All, 0);
        let mut newer = assessment();
        newer.questions[2].kind = QuestionKind::Number { min: 0, max: 99 };
        let mut s = Screen::new();
        s.apply(&newer, Action::Counsellor);
        s.apply(&newer, Action::Code(code));
        let c = s.counsellor.as_ref().unwrap();
        assert_eq!(c.problem, Some(CodeProblem::OtherVersion));
        assert_eq!(c.session.answers.get("one"), Some(&crate::Answer::Choice("a".into())));
    }

    #[test]
    fn a_question_fixed_by_the_host_counts_and_is_never_asked() {
        let a = assessment();
        let mut s = Screen::new();
        assert_eq!(s.session.fix(&a, "one", "c"), Err(FlowError::NoSuchOption), "not an option");
        assert_eq!(s.session.fix(&a, "many", "x"), Err(FlowError::NoSuchOption), "only one-answer questions");
        assert_eq!(s.session.fix(&a, "nope", "a"), Err(FlowError::NotOnAQuestion));
        assert_eq!(s.session.fix(&a, "one", "b"), Ok(()));
        s.apply(&a, Action::Begin);
        assert_eq!(s.session.step, Step::Question(1), "the fixed question is skipped");
        assert_eq!(s.session.progress(&a), crate::session::Progress { n: 1, total: 2, follow_up: false });
        assert!(!s.session.change(&a, "one"), "it cannot be changed");
        s.apply(&a, Action::Back);
        assert_eq!(s.session.step, Step::Intro, "back from the first asked question is the start");
        assert_eq!(s.session.answers.counted(&a).value("one"), Some(crate::answers::Value::Choice("b")));
        // It stays through a restart, "delete everything" and a reopening.
        for action in [Action::Restart, Action::Forget, Action::Reopen(Some(Session::start())), Action::Reopen(None)] {
            s.apply(&a, action.clone());
            assert_eq!(s.session.answers.get("one"), Some(&crate::Answer::Choice("b".into())), "{action:?}");
            assert_eq!(s.session.asked(&a), [false, true, true], "{action:?}");
        }
        // Saved and read back, it is not marked fixed until the host fixes it again.
        let back: Session = postcard::from_bytes(&postcard::to_allocvec(&s.session).unwrap()).unwrap();
        assert_eq!(back.answers, s.session.answers);
        assert_eq!(back.asked(&a), [true, true, true]);
    }
}
