//! What the evaluation benchmarks measure, shared by `benches/evaluate.rs` (divan, `cargo bench
//! -p avenir-core`) and `examples/eval_cost.rs` (the timing and callgrind probe that `cargo
//! xtask bench` runs): the default content, a synthetic content of any size, and one "answer
//! change" — what the core does when a person changes one answer and the results are shown.
#![allow(dead_code)] // each of the two users takes part of it

use avenir_core::answers::{Answer, Answers};
use avenir_core::evaluate::evaluate;
use avenir_core::expr::{At, CmpOp, Expr};
use avenir_core::model::{
    Assessment, Contact, ContactKind, Criterion, Date, Need, Programme, Question, QuestionKind, Source, Urgency,
};
use avenir_core::session::Session;

/// The default content (`assessments/default`), read and checked with the content crate's reader.
pub fn default_assessment() -> Assessment {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assessments/default");
    let files = avenir_content::fs::read_dir(std::path::Path::new(dir)).expect("assessments/default is readable");
    avenir_content::check(&files, None).assessment.expect("assessments/default has no errors")
}

/// The sizes of the scale series: (questions, programmes, contacts). Each step multiplies every
/// dimension by about 3, from 10 questions to 1,000, 10 programmes to 500, 50 contacts to 5,000.
pub const SCALE: [(usize, usize, usize); 5] =
    [(10, 10, 50), (30, 15, 150), (100, 50, 500), (300, 150, 1500), (1000, 500, 5000)];

/// A synthetic content of the given size, shaped like the default one: one question in five is
/// asked only after an earlier answer, every kind of question appears, each programme has three
/// criteria over earlier questions and an `applies`, one need per five questions, each contact
/// applies to one country, helps with two needs and leads from two programmes. Deterministic:
/// a small linear congruential generator, no data files.
pub fn synthetic(questions: usize, programmes: usize, contacts: usize) -> Assessment {
    let mut rng = Lcg(0x5eed_2026);
    let source = || {
        vec![Source {
            url: "https://example.org/rule".into(),
            checked: Date { year: 2026, month: 11, day: 23 },
            own: None,
        }]
    };
    let opts = |n: usize| (0..n).map(|o| format!("o{o}")).collect::<Vec<_>>();

    let mut qs: Vec<Question> = Vec::with_capacity(questions);
    for i in 0..questions {
        let kind = match i % 5 {
            0 => QuestionKind::Country,
            1 | 2 => QuestionKind::Single,
            3 => QuestionKind::YesNo,
            _ => QuestionKind::Number { min: 0, max: 20 },
        };
        let options = match kind {
            QuestionKind::Country => opts(12),
            QuestionKind::Single => opts(4),
            _ => Vec::new(),
        };
        let relevant = (i > 0 && i % 5 == 2).then(|| pick_condition(&qs[..i], &mut rng));
        qs.push(Question {
            id: format!("q{i}"),
            kind,
            options,
            dont_know: i % 2 == 0,
            sensitive: false,
            relevant,
            group: None,
            exclusive: Vec::new(),
            first: Vec::new(),
        });
    }

    let programmes: Vec<Programme> = (0..programmes)
        .map(|p| Programme {
            id: format!("p{p}"),
            applies: Some(pick_condition(&qs, &mut rng)),
            criteria: (0..3)
                .map(|c| Criterion { id: format!("c{c}"), when: pick_condition(&qs, &mut rng), sources: source() })
                .collect(),
            sources: source(),
            contacts: (0..2).map(|_| format!("k{}", rng.below(contacts.max(1)))).collect(),
            site: false,
            no_entitlement: false,
        })
        .collect();

    let needs: Vec<Need> = (0..(questions / 5).max(1))
        .map(|n| Need {
            id: format!("n{n}"),
            when: pick_condition(&qs, &mut rng),
            urgency: Urgency::ALL[n % 3],
            immediate_when: (n % 4 == 0).then(|| pick_condition(&qs, &mut rng)),
            legal_first: false,
        })
        .collect();

    let contacts: Vec<Contact> = (0..contacts)
        .map(|k| Contact {
            applies: Some(Expr::Is {
                question: "q0".into(),
                options: vec![format!("o{}", k % 12)],
                negated: false,
                at: At(0),
            }),
            needs: (0..2).map(|_| format!("n{}", rng.below(needs.len()))).collect(),
            languages: vec!["en".into()],
            sources: source(),
            ..Contact::bare(
                &format!("k{k}"),
                &format!("Contact {k}"),
                if k % 10 == 0 { ContactKind::LegalAdvice } else { ContactKind::Service },
            )
        })
        .collect();

    Assessment {
        id: "synthetic".into(),
        version: "0".into(),
        default_language: "en".into(),
        questions: qs,
        programmes,
        needs,
        contacts,
        languages: Vec::new(),
        texts: Vec::new(),
    }
}

/// A condition on one or two of `earlier`: `in` on options, a comparison on numbers, joined by
/// `and` or `or`, sometimes negated. Each question's index is resolved, as the checker does.
fn pick_condition(earlier: &[Question], rng: &mut Lcg) -> Expr {
    let one = |rng: &mut Lcg| {
        let i = rng.below(earlier.len());
        let (q, at) = (&earlier[i], At(i as u32));
        match q.kind {
            QuestionKind::Number { .. } => Expr::Cmp { question: q.id.clone(), op: CmpOp::Lt, value: 3, at },
            _ => {
                let options = q.rule_options();
                let chosen = (0..2).map(|_| options[rng.below(options.len())].to_string()).collect();
                Expr::Is { question: q.id.clone(), options: chosen, negated: rng.below(4) == 0, at }
            }
        }
    };
    match rng.below(3) {
        0 => one(rng),
        1 => Expr::And(vec![one(rng), one(rng)]),
        _ => Expr::Or(vec![one(rng), Expr::Not(Box::new(one(rng)))]),
    }
}

struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

/// The answers of a walk through `a`: every relevant question answered in order with its
/// second option (or 2 for numbers; "yes" for yes/no), as a person tapping through would.
/// Returns each answer change in order, so that a benchmark can replay them.
pub fn walk(a: &Assessment) -> Vec<(String, Answer)> {
    let mut session = Session::start();
    session.begin(a);
    let mut changes = Vec::new();
    while let Some(q) = session.current(a) {
        let answer = match q.kind {
            QuestionKind::Number { .. } => Answer::Number(2),
            QuestionKind::YesNo => Answer::Choice("yes".into()),
            QuestionKind::Multi => Answer::Choices(q.options.iter().take(1).cloned().collect()),
            _ => Answer::Choice(q.options.get(1).or(q.options.first()).cloned().unwrap_or_default()),
        };
        changes.push((q.id.clone(), answer.clone()));
        session.answer(a, answer).expect("the walk's answer fits");
        session.next(a).expect("an answered question moves on");
    }
    changes
}

/// One answer change: set the answer, then evaluate everything (programmes, needs, contacts).
/// Returns a number that depends on the outcome, so that nothing is optimised away.
pub fn answer_change(a: &Assessment, answers: &mut Answers, question: &str, answer: &Answer) -> usize {
    answers.set_answer(question, answer.clone());
    let outcome = evaluate(a, answers);
    outcome.programmes.len() * 31 + outcome.needs.len() * 7 + outcome.contacts.len()
}

/// Replays a whole walk from no answers: one answer change per step. Returns the steps taken.
#[inline(never)] // callgrind counts instructions inside this function only (`--toggle-collect`)
pub fn replay(a: &Assessment, changes: &[(String, Answer)]) -> (usize, usize) {
    let mut answers = Answers::new();
    let mut check = 0;
    for (q, answer) in changes {
        check += answer_change(a, &mut answers, q, answer);
    }
    (changes.len(), check)
}

/// The total size of a content: questions + programmes + needs + contacts.
pub fn items(a: &Assessment) -> usize {
    a.questions.len() + a.programmes.len() + a.needs.len() + a.contacts.len()
}
