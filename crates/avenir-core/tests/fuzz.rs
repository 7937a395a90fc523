//! Property tests (proptest): the rule parser and evaluator never panic on any input, and
//! evaluation keeps Kleene's laws; the session never panics on any sequence of events.

use avenir_core::answers::{Answer, Answers, Value};
use avenir_core::evaluate;
use avenir_core::expr::{Expr, parse};
use avenir_core::logic::Tri;
use avenir_core::model::{Assessment, Question, QuestionKind};
use avenir_core::screen::{Action, Screen};
use avenir_core::session::{Session, Step};
use avenir_core::text::{Direction, Language, Texts};
use proptest::prelude::*;

/// Text made mostly of the rule language's own pieces, so that the parser gets deep.
fn rule_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("q".to_string()),
        Just("n".to_string()),
        Just("m".to_string()),
        Just("==".to_string()),
        Just("!=".to_string()),
        Just("<".to_string()),
        Just(">=".to_string()),
        Just("in".to_string()),
        Just("not".to_string()),
        Just("and".to_string()),
        Just("or".to_string()),
        Just("has".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just(",".to_string()),
        Just("\"a\"".to_string()),
        Just("'b'".to_string()),
        Just("unknown".to_string()),
        Just("true".to_string()),
        Just("-3".to_string()),
        Just("99999999999999999999".to_string()),
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.join(" "))
}

fn value_for(q: &str, pick: u8) -> Option<Value<'static>> {
    static CHOICES: [&str; 2] = ["a", "b"];
    static TICKED: [String; 0] = [];
    match (q, pick % 4) {
        (_, 0) => None,
        ("n", p) => Some(Value::Number(p as i64 * 7 - 10)),
        ("m", _) => Some(Value::Choices(&TICKED)),
        (_, p) => Some(Value::Choice(CHOICES[(p as usize) % 2])),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn parser_never_panics_and_spans_stay_inside(src in rule_text()) {
        let p = parse(&src);
        for e in &p.errors {
            prop_assert!(e.span.start <= e.span.end && e.span.end <= src.len());
            prop_assert!(src.is_char_boundary(e.span.start) && src.is_char_boundary(e.span.end));
        }
        for r in &p.refs {
            prop_assert_eq!(&src[r.span.clone()], r.question.as_str());
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(src in ".{0,80}") {
        let _ = parse(&src);
    }

    #[test]
    fn evaluation_is_kleene(src in rule_text(), picks in prop::collection::vec(any::<u8>(), 3)) {
        if let Some(e) = parse(&src).expr {
            let answer = |q: &str| value_for(q, picks[match q { "q" => 0, "n" => 1, _ => 2 }]);
            let v = e.eval(&answer);
            // not not e == e, and e or not e is never false (excluded middle holds unless unknown).
            let not_not = Expr::Not(Box::new(Expr::Not(Box::new(e.clone()))));
            prop_assert_eq!(not_not.eval(&answer), v);
            let lem = Expr::Or(vec![e.clone(), Expr::Not(Box::new(e.clone()))]).eval(&answer);
            prop_assert_ne!(lem, Tri::False);
            // Knowing less never turns true into false or false into true (monotonicity).
            let unknown_all = e.eval(&|_| None);
            if unknown_all != Tri::Unknown {
                prop_assert_eq!(unknown_all, v);
            }
        }
    }
}

fn assessment() -> Assessment {
    let q = |id: &str, kind, options: &[&str], relevant: Option<&str>| Question {
        id: id.into(),
        kind,
        options: options.iter().map(|s| s.to_string()).collect(),
        dont_know: true,
        sensitive: false,
        relevant: relevant.and_then(|r| parse(r).expr),
        group: None,
        exclusive: Vec::new(),
        first: Vec::new(),
    };
    Assessment {
        id: "t".into(),
        version: "1".into(),
        default_language: "en".into(),
        questions: vec![
            q("q", QuestionKind::Single, &["a", "b"], None),
            q("n", QuestionKind::Number { min: 0, max: 20 }, &[], Some(r#"q == "a""#)),
            q("m", QuestionKind::Multi, &["x", "y", "z"], Some("n > 3")),
            q("c", QuestionKind::Country, &["AL", "XK", "other"], None),
        ]
        .into_iter()
        .map(|mut q| {
            if q.id == "m" {
                q.exclusive = vec!["z".into()]; // "none of these": never ticked with another
            }
            q
        })
        .collect(),
        programmes: Vec::new(),
        needs: Vec::new(),
        contacts: Vec::new(),
        languages: vec![Language {
            tag: "en".into(),
            name: "English".into(),
            dir: Direction::Ltr,
            reviewed: true,
            pseudo: false,
        }],
        texts: vec![Texts { lang: "en".into(), messages: Default::default(), recorded: Vec::new() }],
    }
}

#[derive(Debug, Clone)]
enum Event {
    Choose(String),
    Toggle(String),
    Number(String),
    Next,
    Back,
    Confirm,
    Begin,
    Change(String),
}

fn event() -> impl Strategy<Value = Event> {
    let word = prop_oneof![
        Just("a".to_string()),
        Just("b".to_string()),
        Just("x".to_string()),
        Just("z".to_string()),
        Just("AL".to_string()),
        Just("dont-know".to_string()),
        Just("prefer-not-to-say".to_string()),
        Just("q".to_string()),
        Just("m".to_string()),
        ".{0,4}",
    ];
    prop_oneof![
        word.clone().prop_map(Event::Choose),
        word.clone().prop_map(Event::Toggle),
        prop_oneof![Just("4".to_string()), Just("٣".to_string()), Just("99".to_string()), ".{0,6}"]
            .prop_map(Event::Number),
        Just(Event::Next),
        Just(Event::Back),
        Just(Event::Confirm),
        Just(Event::Begin),
        word.prop_map(Event::Change),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_event_sequence_leaves_a_valid_session(events in prop::collection::vec(event(), 0..40)) {
        let a = assessment();
        let mut s = Session::start();
        s.begin(&a);
        for e in events {
            let _ = match e {
                Event::Choose(o) => s.choose(&a, &o).map(|_| ()),
                Event::Toggle(o) => s.toggle(&a, &o),
                Event::Number(t) => s.enter_number(&a, &t),
                Event::Next => s.next(&a),
                Event::Back => { s.back(&a); Ok(()) }
                Event::Confirm => s.confirm(),
                Event::Begin => {
                    s.begin(&a);
                    Ok(())
                }
                Event::Change(q) => { s.change(&a, &q); Ok(()) }
            };
            valid(&a, &s)?;
        }
        let _ = Answers::new();
        let _ = Answer::DontKnow;
    }

    /// The widget's whole state (the core's `Screen`, which the web layer only renders) under
    /// random taps, including save, delete everything, resume and reopen from storage.
    #[test]
    fn any_action_sequence_on_the_screen_keeps_it_valid(actions in prop::collection::vec(action(), 0..60)) {
        let a = assessment();
        let mut screen = Screen::new();
        let mut saved: Option<Session> = None;
        for action in actions {
            let action = match action {
                // What the web layer does: reopening reads what was last saved.
                Action::Reopen(_) => Action::Reopen(saved.clone()),
                other => other,
            };
            let (moves, forgetting) = (screen.moves, action == Action::Forget);
            screen.apply(&a, action);
            prop_assert!(screen.moves >= moves);
            if forgetting {
                prop_assert!(!screen.saving && screen.session.answers.is_empty());
                saved = None;
            }
            if screen.saving {
                saved = Some(screen.to_save());
            }
            if screen.resumable.is_some() {
                prop_assert_eq!(screen.session.step, Step::Intro);
            }
            valid(&a, &screen.session)?;
            valid(&a, &screen.to_save())?;
        }
    }

    /// A session saved under one version of the content and read under another (questions gone,
    /// options renamed, ranges narrowed) becomes a valid session of the new content.
    #[test]
    fn a_saved_session_restores_under_changed_content(events in prop::collection::vec(event(), 0..40)) {
        let old = assessment();
        let mut s = Session::start();
        s.begin(&old);
        for e in events {
            let _ = match e {
                Event::Choose(o) => s.choose(&old, &o),
                Event::Toggle(o) => s.toggle(&old, &o),
                Event::Number(t) => s.enter_number(&old, &t),
                Event::Next => s.next(&old),
                _ => Ok(()),
            };
        }
        let mut new = assessment();
        new.questions.remove(0); // "q" is gone: "n" (relevant when q == "a") is never asked
        new.questions[0].kind = QuestionKind::Number { min: 0, max: 3 };
        new.questions[2].options = vec!["AL".into(), "MD".into()];
        let restored = Session::restore(&new, s.clone());
        valid(&new, &restored)?;
        prop_assert!(restored.answers.get("q").is_none());
        // The same content restores the same answers.
        prop_assert_eq!(Session::restore(&old, s.clone()).answers, s.answers);
    }
}

/// What must hold of any session: the question on screen is one that is asked, every stored
/// answer fits its question, and the progress and results can be computed.
fn valid(a: &Assessment, s: &Session) -> Result<(), TestCaseError> {
    let counted = s.answers.counted(a);
    if let Step::Question(i) = s.step {
        prop_assert!(counted.relevant[i]);
    }
    for (q, ans) in s.answers.iter() {
        let question = a.question(q).unwrap();
        prop_assert!(ans.fits(question), "{q}: {ans:?}");
    }
    let p = s.progress(a);
    prop_assert!(p.n <= p.total);
    let _ = evaluate(a, &s.answers);
    Ok(())
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        4 => event().prop_map(|e| match e {
            Event::Choose(o) => Action::Choose(o),
            Event::Toggle(o) => Action::Toggle(o),
            Event::Number(t) => Action::Number(t),
            Event::Next => Action::Continue,
            Event::Back => Action::Back,
            Event::Confirm => Action::Confirm,
            Event::Begin => Action::Begin,
            Event::Change(q) => Action::Change(q),
        }),
        1 => prop_oneof![
            Just(Action::Resume),
            Just(Action::Restart),
            Just(Action::Save),
            Just(Action::Forget),
            Just(Action::Reopen(None)),
            Just(Action::ShowCode),
            Just(Action::Counsellor),
            Just(Action::Code("2ZJZ-PC72-GJDX-ZNV".into())),
        ],
    ]
}

#[test]
fn saved_answers_come_back_behind_continue_and_delete_everything_forgets_them() {
    let a = assessment();
    let mut screen = Screen::new();
    for action in [Action::Begin, Action::Choose("a".into()), Action::Continue, Action::Number("4".into())] {
        screen.apply(&a, action);
    }
    assert!(!screen.saving, "saving before the person chose it");
    screen.apply(&a, Action::Save);
    assert!(screen.saving);
    let saved = screen.to_save();
    assert_eq!(saved.step, Step::Question(1));

    // Opening again: the start page, answers kept but not shown, "continue" goes back to them.
    let mut again = Screen::resumed(&a, saved.clone());
    assert_eq!((again.session.step, again.resumable), (Step::Intro, Some(Step::Question(1))));
    assert_eq!(again.to_save(), saved, "saving on the start page would lose where the person was");
    again.apply(&a, Action::Resume);
    assert_eq!((again.session.step, again.resumable), (Step::Question(1), None));
    assert_eq!(again.session.answers, saved.answers);

    again.apply(&a, Action::Forget);
    assert_eq!(again.session, Session::start());
    assert!(!again.saving);
    assert_eq!(again.notice, Some(avenir_core::screen::Notice::Deleted));
    again.apply(&a, Action::Begin);
    assert_eq!(again.notice, None);
}
