//! The person's walk through the questions: exclusive options, the progress shown, and where
//! "change your answer" returns to.

use avenir_core::answers::{Answer, Answers};
use avenir_core::expr::parse;
use avenir_core::model::{Assessment, Question, QuestionKind};
use avenir_core::screen::{Action, Screen};
use avenir_core::session::{Changing, FlowError, Progress, Session, Step};

fn q(id: &str, kind: QuestionKind, options: &[&str], relevant: Option<&str>) -> Question {
    Question {
        id: id.into(),
        kind,
        options: options.iter().map(|s| s.to_string()).collect(),
        dont_know: false,
        sensitive: false,
        relevant: relevant.map(|r| parse(r).expr.expect("a valid rule")),
        group: None,
        exclusive: Vec::new(),
        first: Vec::new(),
    }
}

fn assessment(questions: Vec<Question>) -> Assessment {
    Assessment {
        id: "t".into(),
        version: "1".into(),
        default_language: "en".into(),
        questions,
        programmes: Vec::new(),
        needs: Vec::new(),
        contacts: Vec::new(),
        languages: Vec::new(),
        texts: Vec::new(),
    }
}

/// A needs question whose "none" stands alone, then a question asked only for "housing".
fn needs() -> Assessment {
    let mut help = q("help", QuestionKind::Multi, &["housing", "work", "none"], None);
    help.exclusive = vec!["none".into()];
    assessment(vec![help, q("where", QuestionKind::YesNo, &[], Some(r#"help has "housing""#))])
}

fn ticked(s: &Session) -> Option<Vec<&str>> {
    match s.answers.get("help") {
        Some(Answer::Choices(os)) => Some(os.iter().map(String::as_str).collect()),
        None => None,
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_exclusive_option_unticks_the_others_and_another_unticks_it() {
    let a = needs();
    let mut s = Session::start();
    s.begin(&a);
    s.toggle(&a, "housing").unwrap();
    s.toggle(&a, "work").unwrap();
    assert_eq!(ticked(&s), Some(vec!["housing", "work"]));
    s.toggle(&a, "none").unwrap();
    assert_eq!(ticked(&s), Some(vec!["none"]), "\"none\" unticks the others");
    s.toggle(&a, "work").unwrap();
    assert_eq!(ticked(&s), Some(vec!["work"]), "another option unticks \"none\"");
    s.toggle(&a, "none").unwrap();
    s.toggle(&a, "none").unwrap();
    assert_eq!(ticked(&s), None, "unticking the last option leaves no answer");
    // "prefer not to say", then "none": only "none".
    s.choose(&a, "prefer-not-to-say").unwrap();
    s.toggle(&a, "none").unwrap();
    assert_eq!(ticked(&s), Some(vec!["none"]));
}

#[test]
fn an_answer_with_an_exclusive_option_and_another_is_refused() {
    let a = needs();
    let mut s = Session::start();
    s.begin(&a);
    let both = Answer::Choices(vec!["housing".into(), "none".into()]);
    assert_eq!(s.answer(&a, both.clone()), Err(FlowError::Exclusive));
    assert_eq!(s.answers.get("help"), None, "nothing is stored");
    assert!(!both.fits(&a.questions[0]));
    assert!(Answer::Choices(vec!["none".into()]).fits(&a.questions[0]));
    assert!(Answer::Choices(vec!["housing".into(), "work".into()]).fits(&a.questions[0]));
    // Saved answers that clash (forged, or saved before the option was exclusive) are dropped.
    let mut saved = Session::start();
    saved.answers.set_answer("help", both);
    assert_eq!(Session::restore(&a, saved).answers, Answers::new());
    // So "none" with "housing" never asks where to live.
    s.toggle(&a, "housing").unwrap();
    s.toggle(&a, "none").unwrap();
    s.next(&a).unwrap();
    assert_eq!(s.step, Step::Review, "\"where\" is not asked after \"none\"");
}

/// Every walk from the first question to "check your answers", trying for each question the
/// answers in `domain` (a question's answers that make a difference to what is asked next).
fn walk(
    a: &Assessment,
    s: Session,
    seen: &mut Vec<Progress>,
    walks: &mut usize,
    domain: &dyn Fn(&Question) -> Vec<Answer>,
) {
    let Step::Question(i) = s.step else {
        assert_eq!(s.step, Step::Review);
        *walks += 1;
        return;
    };
    let p = s.progress(a);
    if let Some(last) = seen.last() {
        assert!(p.n >= last.n, "the number went down: {last:?} then {p:?} at {}", a.questions[i].id);
        assert_eq!(p.total, last.total, "the total changed at {}", a.questions[i].id);
    }
    assert!(p.n <= p.total && (p.n >= 1 || p.follow_up), "{p:?}");
    seen.push(p);
    for answer in domain(&a.questions[i]) {
        let mut next = s.clone();
        next.answer(a, answer).unwrap();
        next.next(a).unwrap();
        walk(a, next, seen, walks, domain);
    }
    seen.pop();
}

/// Each option, "don't know" where offered and "prefer not to say"; numbers: min, max and the
/// numbers around those compared with (here, none: all of a range behaves alike but 0 and 1).
fn every_answer(q: &Question) -> Vec<Answer> {
    let mut out: Vec<Answer> = match q.kind {
        QuestionKind::Number { min, max } => {
            vec![Answer::Number(min), Answer::Number((min + 1).min(max)), Answer::Number(max)]
        }
        QuestionKind::Multi => {
            let mut sets: Vec<Answer> = (1..1u32 << q.options.len())
                .map(|m| {
                    let os: Vec<String> =
                        (0..q.options.len()).filter(|b| m & (1 << b) != 0).map(|b| q.options[b].clone()).collect();
                    Answer::Choices(os)
                })
                .collect();
            sets.retain(|c| c.fits(q));
            sets
        }
        _ => q.rule_options().into_iter().map(|o| Answer::Choice(o.into())).collect(),
    };
    if q.dont_know {
        out.push(Answer::DontKnow);
    }
    out.push(Answer::PreferNotToSay);
    out
}

#[test]
fn the_progress_never_goes_back_and_its_total_never_changes_on_any_walk() {
    // Follow-ups in a chain, after the first question, at the end, and two in a row.
    let a = assessment(vec![
        q("a", QuestionKind::YesNo, &[], None),
        q("a1", QuestionKind::YesNo, &[], Some(r#"a == "yes""#)),
        q("a2", QuestionKind::YesNo, &[], Some(r#"a1 == "yes""#)),
        q("b", QuestionKind::Single, &["x", "y", "z"], None),
        q("c", QuestionKind::Number { min: 0, max: 3 }, &[], None),
        q("c1", QuestionKind::YesNo, &[], Some("c > 0 or b == \"z\"")),
        q("m", QuestionKind::Multi, &["p", "q"], None),
        q("m1", QuestionKind::YesNo, &[], Some(r#"m has "q" and a == "no""#)),
    ]);
    let mut walks = 0;
    let mut s = Session::start();
    s.begin(&a);
    walk(&a, s, &mut Vec::new(), &mut walks, &every_answer);
    assert!(walks > 1000, "{walks} walks");
    // With the first question fixed by the host page: it is not counted, nor asked.
    let mut s = Session::start();
    s.fix(&a, "b", "z").unwrap();
    s.begin(&a);
    assert_eq!(s.progress(&a), Progress { n: 1, total: 3, follow_up: false });
    walk(&a, s, &mut Vec::new(), &mut 0, &every_answer);
}

#[test]
fn the_default_contents_progress_never_goes_back_and_its_total_never_changes_on_any_walk() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assessments/default");
    let files = avenir_content::fs::read_dir(std::path::Path::new(dir)).unwrap();
    let a = avenir_content::check(&files, None).assessment.unwrap();
    // What decides what is asked: the answers worth trying for every relevance rule (one country
    // of each group the rules treat alike); other questions, any answer.
    let rules: Vec<_> = a.questions.iter().filter_map(|q| q.relevant.as_ref()).collect();
    let domains = avenir_core::analysis::answer_domains(&rules, &a.questions).unwrap();
    let domain = |q: &Question| match domains.iter().find(|(id, _)| *id == q.id) {
        Some((_, answers)) => answers.iter().map(|x| x.clone().unwrap_or(Answer::PreferNotToSay)).collect(),
        None => vec![Answer::PreferNotToSay],
    };
    let mut walks = 0;
    let mut s = Session::start();
    s.begin(&a);
    assert_eq!(s.progress(&a), Progress { n: 1, total: 12, follow_up: false });
    walk(&a, s, &mut Vec::new(), &mut walks, &domain);
    assert!(walks >= 4, "{walks} walks: with and without each follow-up");
    // An embedding site that fixes the country of stay.
    let mut s = Session::start();
    s.fix(&a, "stay_country", "DE").unwrap();
    s.begin(&a);
    assert_eq!(s.progress(&a).total, 11);
    walk(&a, s, &mut Vec::new(), &mut 0, &domain);
}

#[test]
fn change_your_answer_returns_to_where_the_person_came_from() {
    let a = needs();
    let mut s = Screen::new();
    s.apply(&a, Action::Begin);
    s.apply(&a, Action::Toggle("work".into()));
    s.apply(&a, Action::Continue);
    assert_eq!(s.session.step, Step::Review);
    // From "check your answers": back to it.
    s.apply(&a, Action::Change("help".into()));
    assert_eq!(s.session.step, Step::Question(0));
    s.apply(&a, Action::Continue);
    assert_eq!(s.session.step, Step::Review);
    // From the results (a programme's "change your answer"): back to the results.
    s.apply(&a, Action::Confirm);
    assert_eq!(s.session.step, Step::Results);
    s.apply(&a, Action::Change("help".into()));
    assert_eq!(s.session.step, Step::Question(0));
    s.apply(&a, Action::Continue);
    assert_eq!(s.session.step, Step::Results, "straight back to the results");
    // A change that adds a question asks it first, then returns to the results.
    s.apply(&a, Action::Change("help".into()));
    s.apply(&a, Action::Toggle("housing".into()));
    s.apply(&a, Action::Continue);
    assert_eq!(s.session.step, Step::Question(1), "the new question");
    s.apply(&a, Action::Choose("yes".into()));
    s.apply(&a, Action::Continue);
    assert_eq!(s.session.step, Step::Results);
    // And then a change from "check your answers" goes back there again.
    s.apply(&a, Action::Back);
    assert_eq!(s.session.step, Step::Review);
    s.apply(&a, Action::Change("where".into()));
    s.apply(&a, Action::Continue);
    assert_eq!(s.session.step, Step::Review);
}

#[test]
fn a_session_saved_with_the_old_flag_reads_back() {
    // `changing` was a bool: postcard wrote 0 or 1, the variants' indices of `Changing`.
    assert_eq!(postcard::to_allocvec(&true).unwrap(), postcard::to_allocvec(&Changing::ToReview).unwrap());
    assert_eq!(postcard::to_allocvec(&false).unwrap(), postcard::to_allocvec(&Changing::No).unwrap());
    assert_eq!(postcard::from_bytes::<Changing>(&[2]).unwrap(), Changing::ToResults);
}
