//! The counsellor's desk: what is still open after the answers a counsellor has on screen.
//!
//! A first meeting goes through the points the answers leave open: each "I don't know" or
//! "prefer not to say" (the passport's included, whether or not a rule reads it), each answer
//! the person chose not to share, and each unanswered question that would settle a criterion
//! still unknown — with the programmes whose verdict it would settle. Criteria that no answer
//! can settle are listed apart: the counsellor has to check them. This reuses the evaluation's
//! "what would settle it" (`CriterionResult::settle`); the web layer only renders the list.
//!
//! After the meeting, a referral in the shape reintegration referrals use (the EU's
//! Reintegration Assistance Tool asks for the country of return, the programme, the
//! reintegration partner, the type of support, family composition, vulnerabilities and a signed
//! consent): [`referral`] gives what the content knows of it — the country of return, the
//! programme the counsellor chose and the partners in the country of return; the notes are the
//! counsellor's (`screen::Notes`).

use crate::answers::{Answer, Answers};
use crate::evaluate::{CriterionResult, Likelihood, Outcome, ProgrammeResult};
use crate::logic::Tri;
use crate::model::{Assessment, Contact, ContactKind, Question, QuestionKind};

/// Why a question's answer is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    DontKnow,
    PreferNotToSay,
    /// Left out of the code by the person ("without my personal answers").
    NotShared,
    /// Not answered, and a criterion still unknown reads it.
    Unanswered,
}

/// One open question, with the programmes whose verdict its answer would settle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenPoint<'a> {
    pub question: &'a Question,
    pub gap: Gap,
    /// Programme ids, in the outcome's order (likely, possibly, not likely), each once.
    pub settles: Vec<&'a str>,
}

/// What is open: the questions, in the content's order, then the criteria no answer settles.
#[derive(Clone, Debug, Default)]
pub struct Open<'a> {
    pub points: Vec<OpenPoint<'a>>,
    /// (programme id, criterion) unknown with no question to settle it: "ask a counsellor".
    pub to_check: Vec<(&'a str, &'a CriterionResult<'a>)>,
}

impl Open<'_> {
    pub fn is_empty(&self) -> bool {
        self.points.is_empty() && self.to_check.is_empty()
    }
}

/// The open points of `answers` (their `out`come, from [`crate::evaluate`]), among the
/// questions that are asked given the answers. `not_shared`: the questions the last code left
/// out. A question that is neither asked nor read by an unknown criterion is never listed.
pub fn open<'a>(a: &'a Assessment, answers: &Answers, out: &'a Outcome<'a>, not_shared: &[String]) -> Open<'a> {
    let relevant = answers.counted(a).relevant;
    let mut points = Vec::new();
    for (q, asked) in a.questions.iter().zip(relevant) {
        if !asked {
            continue;
        }
        let mut settles: Vec<&str> = Vec::new();
        for p in &out.programmes {
            if p.criteria.iter().any(|c| c.settle.contains(&q.id.as_str()))
                && !settles.contains(&p.programme.id.as_str())
            {
                settles.push(&p.programme.id);
            }
        }
        // The programmes counted because no country of return is named: that answer settles
        // whether one of them fits.
        if out.for_return.settle.contains(&q.id.as_str()) {
            settles.extend(out.for_return.programmes.iter().map(|p| p.id.as_str()));
        }
        let gap = match answers.get(&q.id) {
            Some(Answer::DontKnow) => Gap::DontKnow,
            Some(Answer::PreferNotToSay) => Gap::PreferNotToSay,
            Some(_) if settles.is_empty() => continue,
            // An answer that does not count (it no longer fits the question) is as good as none.
            Some(_) => Gap::Unanswered,
            None if not_shared.contains(&q.id) => Gap::NotShared,
            None if settles.is_empty() => continue,
            None => Gap::Unanswered,
        };
        points.push(OpenPoint { question: q, gap, settles });
    }
    let to_check = out
        .programmes
        .iter()
        .flat_map(|p| p.criteria.iter().filter(|c| c.ask_counsellor()).map(|c| (p.programme.id.as_str(), c)))
        .collect();
    Open { points, to_check }
}

/// The question that names the country of return: the content's second country question (the
/// first is the country of stay, which an embedding site may fix: `embed::country_question`).
pub fn return_country_question(a: &Assessment) -> Option<&Question> {
    a.questions.iter().filter(|q| q.kind == QuestionKind::Country).nth(1)
}

/// What a referral names that the content knows.
#[derive(Clone, Debug)]
pub struct Referral<'a> {
    /// The answer to the country of return: a country code, or the question's own option
    /// ("another country"); `None` when it is not answered (or "don't know"…).
    pub return_country: Option<&'a str>,
    /// The programme the counsellor chose, among those shown as likely or possibly.
    pub programme: Option<&'a ProgrammeResult<'a>>,
    /// Services in the country of return whose `applies` is not false given the answers: the
    /// chosen programme's own contacts first, then the content's order. Emergency lines and
    /// legal advice are not reintegration partners.
    pub partners: Vec<&'a Contact>,
}

/// The referral of `answers` (their `out`come) to the programme `chosen` (a programme id; one
/// not likely or not shown is not taken).
pub fn referral<'a>(a: &'a Assessment, answers: &'a Answers, out: &'a Outcome<'a>, chosen: &str) -> Referral<'a> {
    let return_country = return_country_question(a)
        .and_then(|q| answers.get(&q.id).filter(|x| x.fits(q)))
        .and_then(Answer::option)
        .filter(|o| !matches!(*o, crate::model::DONT_KNOW | crate::model::PREFER_NOT_TO_SAY));
    let programme = out.programmes.iter().find(|p| p.programme.id == chosen && p.likelihood != Likelihood::NotLikely);
    let counted = answers.counted(a);
    let value = |at, id: &str| counted.value_at(at, id);
    let mut partners: Vec<&Contact> = match return_country {
        Some(country) => a
            .contacts
            .iter()
            .filter(|c| c.kind == ContactKind::Service && c.countries.iter().any(|k| k == country))
            .filter(|c| c.applies.as_ref().map_or(Tri::True, |e| e.eval_at(&value)) != Tri::False)
            .collect(),
        None => Vec::new(),
    };
    if let Some(p) = programme {
        // The chosen programme's partners first, keeping the content's order otherwise.
        let (mut own, others): (Vec<&Contact>, Vec<&Contact>) =
            partners.into_iter().partition(|c| p.programme.contacts.contains(&c.id));
        own.extend(others);
        partners = own;
    }
    Referral { return_country, programme, partners }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluate::evaluate;
    use crate::expr::parse;
    use crate::model::{Criterion, Programme, QuestionKind};

    fn question(id: &str, relevant: Option<&str>) -> Question {
        Question {
            id: id.into(),
            kind: QuestionKind::YesNo,
            options: vec!["yes".into(), "no".into()],
            dont_know: true,
            sensitive: false,
            relevant: relevant.map(|r| parse(r).expr.unwrap()),
            group: None,
            exclusive: Vec::new(),
            first: Vec::new(),
        }
    }

    fn criterion(id: &str, when: &str) -> Criterion {
        Criterion { id: id.into(), when: parse(when).expr.unwrap(), sources: Vec::new() }
    }

    fn programme(id: &str, criteria: Vec<Criterion>) -> Programme {
        let (applies, sources, contacts) = (None, Vec::new(), Vec::new());
        Programme { id: id.into(), applies, criteria, sources, contacts, no_entitlement: false, site: false }
    }

    /// `passport` read by no rule; `a` and `b` read by programme `p`; `c` asked only when `a`
    /// is "yes" and read by `q`; `q` also has a criterion about `d`, never asked.
    fn assessment() -> Assessment {
        Assessment {
            id: "t".into(),
            version: "1".into(),
            default_language: "en".into(),
            questions: vec![
                question("passport", None),
                question("a", None),
                question("b", None),
                question("c", Some(r#"a == "yes""#)),
                question("d", Some(r#"a == "yes" and a == "no""#)),
            ],
            programmes: vec![
                programme("p", vec![criterion("one", r#"a == "yes""#), criterion("two", r#"b == "yes""#)]),
                programme(
                    "q",
                    vec![criterion("three", r#"c == "yes" or b == "yes""#), criterion("four", r#"d == "yes""#)],
                ),
            ],
            needs: Vec::new(),
            contacts: Vec::new(),
            languages: Vec::new(),
            texts: Vec::new(),
        }
    }

    /// An open point as the tests compare it: question, gap, programmes it settles.
    type Point = (String, Gap, Vec<String>);

    fn listed(a: &Assessment, answers: &Answers, not_shared: &[String]) -> (Vec<Point>, Vec<String>) {
        let out = evaluate(a, answers);
        let open = open(a, answers, &out, not_shared);
        (
            open.points
                .iter()
                .map(|p| (p.question.id.clone(), p.gap, p.settles.iter().map(|s| s.to_string()).collect()))
                .collect(),
            open.to_check.iter().map(|(p, c)| format!("{p}/{}", c.criterion.id)).collect(),
        )
    }

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn every_dont_know_and_prefer_not_is_open_even_when_no_rule_reads_it() {
        let a = assessment();
        let mut answers = Answers::new();
        answers.set("passport", "dont-know");
        answers.set("a", "yes");
        answers.set("b", "prefer-not-to-say");
        answers.set("c", "no");
        let (points, to_check) = listed(&a, &answers, &[]);
        assert_eq!(
            points,
            vec![("passport".into(), Gap::DontKnow, vec![]), ("b".into(), Gap::PreferNotToSay, ids(&["p", "q"])),]
        );
        // `d` is never asked: criterion `four` has no question to settle it.
        assert_eq!(to_check, ids(&["q/four"]));
    }

    #[test]
    fn unanswered_questions_are_open_only_where_they_settle_something() {
        let a = assessment();
        let mut answers = Answers::new();
        answers.set("a", "no");
        let (points, _) = listed(&a, &answers, &[]);
        // `passport` settles nothing; `c` is not asked when `a` is "no"; `p` is not likely
        // (`a` is "no"), and `b` would still settle its `two`.
        assert_eq!(points, vec![("b".into(), Gap::Unanswered, ids(&["q", "p"]))]);
        // Settled in place: the point goes.
        answers.set("b", "yes");
        assert_eq!(listed(&a, &answers, &[]).0, vec![]);
    }

    #[test]
    fn a_question_left_out_of_the_code_is_open_as_not_shared() {
        let a = assessment();
        let mut answers = Answers::new();
        answers.set("a", "yes");
        answers.set("b", "yes");
        answers.set("c", "yes");
        let (points, _) = listed(&a, &answers, &ids(&["passport"]));
        assert_eq!(points, vec![("passport".into(), Gap::NotShared, vec![])]);
        // Answered by the counsellor since: no longer open.
        answers.set("passport", "no");
        assert_eq!(listed(&a, &answers, &ids(&["passport"])).0, vec![]);
    }

    #[test]
    fn an_unnamed_country_of_return_settles_the_programmes_counted_for_it() {
        let country = |id: &str| Question {
            kind: QuestionKind::Country,
            options: vec!["BE".into(), "AL".into(), "other".into()],
            ..question(id, None)
        };
        let mut albania = programme("albania", vec![criterion("one", r#"back == "AL""#)]);
        albania.applies = Some(parse(r#"back == "AL""#).expr.unwrap());
        let a = Assessment {
            questions: vec![country("stay"), country("back"), question("a", None)],
            programmes: vec![programme("p", vec![criterion("one", r#"a == "yes""#)]), albania],
            ..assessment()
        };
        let mut answers = Answers::new();
        answers.set("stay", "BE");
        // Not answered: counted, not listed, and the question is open for it.
        let (points, _) = listed(&a, &answers, &[]);
        assert_eq!(
            points,
            vec![("back".into(), Gap::Unanswered, ids(&["albania"])), ("a".into(), Gap::Unanswered, ids(&["p"]))]
        );
        answers.set("back", "dont-know");
        assert_eq!(listed(&a, &answers, &[]).0[0], ("back".into(), Gap::DontKnow, ids(&["albania"])));
        answers.set("back", "AL");
        assert_eq!(listed(&a, &answers, &[]).0, vec![("a".into(), Gap::Unanswered, ids(&["p"]))]);
    }

    fn contact(id: &str, kind: ContactKind, countries: &[&str], applies: Option<&str>) -> Contact {
        Contact {
            applies: applies.map(|r| parse(r).expr.unwrap()),
            countries: countries.iter().map(|c| c.to_string()).collect(),
            ..Contact::bare(id, id, kind)
        }
    }

    #[test]
    fn a_referral_names_the_country_of_return_the_chosen_programme_and_its_partners_there_first() {
        let country = |id: &str| Question {
            kind: QuestionKind::Country,
            options: vec!["BE".into(), "XK".into(), "AL".into(), "other".into()],
            ..question(id, None)
        };
        let mut p = programme("p", vec![criterion("one", r#"a == "yes""#)]);
        p.contacts = vec!["partner_b".into(), "here".into()];
        let a = Assessment {
            questions: vec![country("stay"), country("back"), question("a", None), question("kids", None)],
            programmes: vec![p, programme("never", vec![criterion("two", r#"a == "no""#)])],
            contacts: vec![
                contact("here", ContactKind::Service, &["BE"], None),
                contact("partner_a", ContactKind::Service, &["XK"], None),
                contact("hotline", ContactKind::Emergency, &["XK"], None),
                contact("lawyer", ContactKind::LegalAdvice, &["XK"], None),
                contact("partner_b", ContactKind::Service, &["XK"], None),
                contact("for_children", ContactKind::Service, &["XK"], Some(r#"kids == "yes""#)),
                contact("elsewhere", ContactKind::Service, &["AL"], None),
            ],
            ..assessment()
        };
        let mut answers = Answers::new();
        answers.set("stay", "BE");
        answers.set("back", "XK");
        answers.set("a", "yes");
        answers.set("kids", "no");
        let out = evaluate(&a, &answers);
        let partners = |r: &Referral| r.partners.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
        let r = referral(&a, &answers, &out, "p");
        assert_eq!(r.return_country, Some("XK"));
        assert_eq!(r.programme.map(|p| p.programme.id.as_str()), Some("p"));
        // Services in the country of return only, the chosen programme's first.
        assert_eq!(partners(&r), ids(&["partner_b", "partner_a"]));
        // Not chosen, or a programme that is not likely: none, and the content's order.
        let r = referral(&a, &answers, &out, "never");
        assert!(r.programme.is_none());
        assert_eq!(partners(&r), ids(&["partner_a", "partner_b"]));
        // A partner whose `applies` is unknown is named; none without a country of return.
        answers.clear("kids");
        let out = evaluate(&a, &answers);
        assert_eq!(partners(&referral(&a, &answers, &out, "")), ids(&["partner_a", "partner_b", "for_children"]));
        answers.set("back", "dont-know");
        let out = evaluate(&a, &answers);
        let r = referral(&a, &answers, &out, "p");
        assert_eq!((r.return_country, r.partners.len()), (None, 0));
    }
}
