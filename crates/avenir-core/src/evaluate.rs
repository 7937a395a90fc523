//! Answers → results: programmes with reasons, needs in order of urgency, matched contacts.

use crate::answers::{Answers, Counted};
use crate::expr::At;
use crate::index::Index;
use crate::logic::Tri;
use crate::model::{Assessment, Contact, ContactKind, Criterion, Date, Need, Programme, QuestionKind, Urgency};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Likelihood {
    Likely,
    Possibly,
    NotLikely,
}

impl Likelihood {
    pub fn id(self) -> &'static str {
        match self {
            Likelihood::Likely => "likely",
            Likelihood::Possibly => "possibly",
            Likelihood::NotLikely => "not-likely",
        }
    }
}

/// What a criterion's value rests on, so that its reason never claims what the person did not
/// say: each has its own text (`keys::criterion`'s outcome, [`CriterionResult::outcome_id`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// True or false: settled by the answers given.
    Answered,
    /// Unknown whatever the missing answers would be: the rule itself leaves it open
    /// (`unknown` in the rule: an authority decides, or the rules were not found).
    Open,
    /// Unknown because a question it reads was not answered: skipped, "prefer not to say",
    /// or not asked.
    NotAnswered,
    /// Unknown because a question it reads was answered "I don't know".
    DontKnow,
}

#[derive(Clone, Debug)]
pub struct CriterionResult<'a> {
    pub criterion: &'a Criterion,
    pub value: Tri,
    /// Why it has this value ([`Why`]).
    pub why: Why,
    /// For an unknown criterion: the relevant questions whose answer would settle it.
    pub settle: Vec<&'a str>,
}

impl CriterionResult<'_> {
    /// Unknown and no answer can settle it: a counsellor has to.
    pub fn ask_counsellor(&self) -> bool {
        self.value == Tri::Unknown && self.settle.is_empty()
    }

    /// The suffix of the criterion's text key for this outcome: `met`, `unmet`, `unknown` (the
    /// rule leaves it open), `not-answered` or `dont-know`.
    pub fn outcome_id(&self) -> &'static str {
        match (self.value, self.why) {
            (Tri::True, _) => "met",
            (Tri::False, _) => "unmet",
            (Tri::Unknown, Why::NotAnswered) => "not-answered",
            (Tri::Unknown, Why::DontKnow) => "dont-know",
            (Tri::Unknown, _) => "unknown",
        }
    }
}

#[derive(Clone, Debug)]
pub struct ProgrammeResult<'a> {
    pub programme: &'a Programme,
    pub likelihood: Likelihood,
    /// Every criterion with its value: unmet first, then unknown, then met.
    pub criteria: Vec<CriterionResult<'a>>,
}

impl<'a> ProgrammeResult<'a> {
    /// The questions whose answers would settle a *possibly*, each once.
    pub fn settle(&self) -> Vec<&'a str> {
        let mut out: Vec<&str> = Vec::new();
        for q in self.criteria.iter().flat_map(|c| c.settle.iter().copied()) {
            if !out.contains(&q) {
                out.push(q);
            }
        }
        out
    }

    pub fn ask_counsellor(&self) -> bool {
        self.criteria.iter().any(CriterionResult::ask_counsellor)
    }
}

#[derive(Clone, Debug)]
pub struct NeedResult<'a> {
    pub need: &'a Need,
    pub urgency: Urgency,
}

#[derive(Clone, Debug)]
pub struct ContactResult<'a> {
    pub contact: &'a Contact,
    /// The shown needs this contact helps with.
    pub needs: Vec<&'a str>,
    /// The shown programmes (likely or possibly) this contact leads to.
    pub programmes: Vec<&'a str>,
    /// Whether it serves only some countries of return: its `applies` would be false for a
    /// person who named no country of return, or one that is on no list (legal aid in a country
    /// of return, say). Such legal advice never comes before that of the country of stay
    /// ([`crate::plan`]).
    pub for_return: bool,
}

#[derive(Clone, Debug)]
pub struct Outcome<'a> {
    /// Likely first, then possibly, then not likely; content order within each.
    pub programmes: Vec<ProgrammeResult<'a>>,
    /// Immediate first; content order within a level.
    pub needs: Vec<NeedResult<'a>>,
    /// Contacts for immediate needs first, then the others, then independent legal advice (that
    /// of the country of stay, or general, before that of a country of return).
    pub contacts: Vec<ContactResult<'a>>,
    /// The oldest "checked" date among the rules and contacts shown: the honest "rules last
    /// checked on".
    pub oldest_check: Option<Date>,
    /// The programmes for some countries of return only, left out of [`Outcome::programmes`]
    /// because the person has not named theirs ([`ForReturn`]); empty when they have.
    pub for_return: ForReturn<'a>,
}

/// Programmes that serve only some countries of return (their `applies` is false for a country
/// of return on no list, as [`ContactResult::for_return`]), for a person who has not named their
/// country of return (not answered, "I don't know", "I prefer not to say"). Each could apply, so
/// none is hidden silently; but listed as "possibly" they would bury what fits the person (a
/// person in Belgium: 3 programmes of their own among 11). They are counted in one line instead,
/// with the question that would tell which one fits.
#[derive(Clone, Debug, Default)]
pub struct ForReturn<'a> {
    /// In the content's order; each would otherwise be listed as possibly.
    pub programmes: Vec<&'a Programme>,
    /// The country-of-return questions their `applies` reads that are asked and have no answer
    /// that counts: changing that answer is what would settle them.
    pub settle: Vec<&'a str>,
}

impl ForReturn<'_> {
    pub fn is_empty(&self) -> bool {
        self.programmes.is_empty()
    }
}

pub fn evaluate<'a>(a: &'a Assessment, answers: &Answers) -> Outcome<'a> {
    let counted = answers.counted(a);
    // Answers by the questions' indices, which the checker resolves: no search (`expr::At`).
    let value = |at, id: &str| counted.value_at(at, id);

    // Where the person lives and where they would return, alone: the answers to the country
    // questions, every other answer left unknown. A criterion false from these alone is false
    // whatever else the person answers (Kleene's logic never turns unknown into a value).
    let stay = a.questions.iter().position(|q| q.kind == QuestionKind::Country);
    let counted_ref = &counted;
    let only = |view: Countries| {
        move |at, id: &str| {
            let counted = counted_ref;
            let i = counted.index(at, id).filter(|&i| a.questions[i].kind == QuestionKind::Country)?;
            let v = counted.value_at(At(i as u32), id);
            match view {
                Countries::Both => v,
                Countries::Stay => v.filter(|_| Some(i) == stay),
                // A country of return on no list and no option of its own.
                Countries::ReturnOnNoList if Some(i) != stay => v.map(|_| crate::answers::Value::Choice("")),
                Countries::ReturnOnNoList => v,
            }
        }
    };
    let views = (only(Countries::Both), only(Countries::Stay), only(Countries::ReturnOnNoList));

    // The answers with a country of return read as one on no list: where it is not known
    // (`Unnamed`: not answered, "I don't know", "I prefer not to say"), or always (`Any`).
    let return_on_no_list = |view: Return| {
        move |at, id: &str| {
            let i = counted_ref.index(at, id)?;
            let v = counted_ref.value_at(At(i as u32), id);
            let is_return = a.questions[i].kind == QuestionKind::Country && Some(i) != stay;
            match view {
                Return::Any if is_return => Some(crate::answers::Value::Choice("")),
                Return::Unnamed if is_return && v.is_none() => Some(crate::answers::Value::Choice("")),
                _ => v,
            }
        }
    };
    let (unnamed, any) = (return_on_no_list(Return::Unnamed), return_on_no_list(Return::Any));

    // A programme shown (its `applies` not false, and `shown`) whose `applies` is false for a
    // country of return on no list while the person has named none is for some countries of
    // return only: counted in `for_return`, not listed (the same rule as for contacts, below).
    let mut for_return = ForReturn::default();
    let mut programmes: Vec<ProgrammeResult> = Vec::new();
    for p in a.programmes.iter() {
        if p.applies.as_ref().map_or(Tri::True, |e| e.eval_at(&value)) == Tri::False
            || !shown(p, &views.0, &views.1, &views.2)
        {
            continue;
        }
        match &p.applies {
            Some(e) if e.eval_at(&unnamed) == Tri::False => {
                e.each_question(&mut |at, q| {
                    let Some(i) = counted.index(at, q) else { return };
                    let id = a.questions[i].id.as_str();
                    let is_return = a.questions[i].kind == QuestionKind::Country && Some(i) != stay;
                    if is_return && counted.relevant[i] && !counted.counts(i) && !for_return.settle.contains(&id) {
                        for_return.settle.push(id);
                    }
                });
                for_return.programmes.push(p);
            }
            _ => programmes.push(programme_result(a, p, &counted)),
        }
    }
    let programmes = crate::order::by_rank(programmes, |r| r.likelihood as usize);

    let needs: Vec<NeedResult> = a
        .needs
        .iter()
        .filter(|n| n.when.eval_at(&value).is_true())
        .map(|n| {
            let immediate = n.immediate_when.as_ref().is_some_and(|e| e.eval_at(&value).is_true());
            NeedResult { need: n, urgency: if immediate { Urgency::Immediate } else { n.urgency } }
        })
        .collect();
    let needs = crate::order::by_rank(needs, |n| n.urgency as usize);

    // Which shown needs and programmes lead to each contact, found once (not once per contact),
    // so that the cost grows with the content's size, not with contacts × programmes.
    let need_index = Index::new(needs.iter().map(|n| n.need.id.as_str()).collect());
    // The shown needs for which independent legal advice comes first (`legal_first`): every
    // legal-advice contact shown helps with them.
    let legal_first: Vec<usize> = (0..needs.len()).filter(|&n| needs[n].need.legal_first).collect();
    // contact id → the shown programmes naming it, in programme order (once each: see `dedup`).
    let (links, linked): (Vec<&str>, Vec<&str>) = programmes
        .iter()
        .filter(|p| p.likelihood != Likelihood::NotLikely)
        .flat_map(|p| p.programme.contacts.iter().map(|c| (c.as_str(), p.programme.id.as_str())))
        .unzip();
    let programmes_of = Index::new(links);

    let contacts: Vec<(u8, ContactResult)> = a
        .contacts
        .iter()
        // Hidden where its `applies` is false, and where it is unknown only because the country
        // of return is: a contact for some countries of return is of no use to a person who has
        // not named theirs (and would bury the help of the country of stay under every other
        // country's). Evaluated with an unnamed country of return read as one on no list, so
        // that a rule false for a country on no list hides the contact, and one true or unknown
        // there (the country of stay's, a general one) shows it as before.
        .filter(|c| c.applies.as_ref().map_or(Tri::True, |e| e.eval_at(&unnamed)) != Tri::False)
        .filter_map(|c| {
            let for_return = c.applies.as_ref().is_some_and(|e| e.eval_at(&any) == Tri::False);
            // The shown needs this contact helps with, in the order of `needs`, each once.
            let mut for_needs: Vec<usize> = c.needs.iter().filter_map(|n| need_index.get(n).next()).collect();
            if c.kind == ContactKind::LegalAdvice {
                for_needs.extend_from_slice(&legal_first);
            }
            // A contact helps with a few needs: sorted by insertion, not by the standard library's
            // sort, whose code (about 4.5 KB before wasm-opt) would be in the wasm for this alone.
            for i in 1..for_needs.len() {
                let mut j = i;
                while j > 0 && for_needs[j - 1] > for_needs[j] {
                    for_needs.swap(j - 1, j);
                    j -= 1;
                }
            }
            for_needs.dedup();
            let mut for_programmes: Vec<&str> = programmes_of.get(&c.id).map(|i| linked[i]).collect();
            for_programmes.dedup();
            let rank = if for_needs.iter().any(|&n| needs[n].urgency == Urgency::Immediate) {
                0
            } else if !for_needs.is_empty() || !for_programmes.is_empty() {
                1
            } else if c.kind == ContactKind::LegalAdvice {
                // The country of stay's (or a general) legal advice before a country of return's.
                2 + u8::from(for_return)
            } else {
                return None;
            };
            let needs = for_needs.iter().map(|&n| needs[n].need.id.as_str()).collect();
            Some((rank, ContactResult { contact: c, needs, programmes: for_programmes, for_return }))
        })
        .collect();
    let contacts: Vec<ContactResult> =
        crate::order::by_rank(contacts, |(rank, _)| usize::from(*rank)).into_iter().map(|(_, c)| c).collect();

    let oldest_check = programmes
        .iter()
        .flat_map(|p| p.programme.sources.iter().chain(p.criteria.iter().flat_map(|c| &c.criterion.sources)))
        .chain(contacts.iter().flat_map(|c| &c.contact.sources))
        .map(|s| s.checked)
        .min();

    Outcome { programmes, needs, contacts, oldest_check, for_return }
}

/// How the contacts' `applies` reads the country of return.
#[derive(Clone, Copy)]
enum Return {
    /// As answered, and as a country on no list where it is not known.
    Unnamed,
    /// As a country on no list, whatever the answer.
    Any,
}

/// The answers to the country questions alone, as `shown` reads them.
#[derive(Clone, Copy)]
enum Countries {
    /// The countries of stay and of return as answered.
    Both,
    /// The country of stay alone.
    Stay,
    /// The country of stay as answered, and a country of return (where answered) that is on no
    /// list and is none of the question's own options.
    ReturnOnNoList,
}

/// Whether a programme that can apply (`applies` not false) is shown, from the answers to the
/// country questions alone. A criterion false from these alone is false whatever else the
/// person answers, and the programme is then hidden — one of another country of stay (a
/// criterion false from the country of stay alone), one for other countries of return, a return
/// within the EU, a country for which it ended — with one exception: a programme of the person's
/// own country of stay (its `applies` or a criterion true from the country of stay alone, and not
/// true without any answer) whose criteria fail only because the country of return is not on a
/// list they need (each stays false for a country of return on no list at all) is shown as not
/// likely, with that reason ("Brazil is not on the list published for Germany": issue 24's "a
/// country missing from a published list", which a counsellor can confirm).
fn shown<'a>(
    p: &Programme,
    countries: &impl Fn(At, &str) -> Option<crate::answers::Value<'a>>,
    stay: &impl Fn(At, &str) -> Option<crate::answers::Value<'a>>,
    on_no_list: &impl Fn(At, &str) -> Option<crate::answers::Value<'a>>,
) -> bool {
    let mut failing = p.criteria.iter().filter(|c| c.when.eval_at(countries) == Tri::False).peekable();
    if failing.peek().is_none() {
        return true;
    }
    if !failing.all(|c| c.when.eval_at(on_no_list) == Tri::False) {
        return false;
    }
    if p.criteria.iter().any(|c| c.when.eval_at(stay) == Tri::False) {
        return false;
    }
    let nothing = |_: At, _: &str| None;
    p.applies
        .iter()
        .chain(p.criteria.iter().map(|c| &c.when))
        .any(|e| e.eval_at(stay) == Tri::True && e.eval_at(&nothing) != Tri::True)
}

fn programme_result<'a>(a: &'a Assessment, p: &'a Programme, counted: &Counted) -> ProgrammeResult<'a> {
    let value = |at, id: &str| counted.value_at(at, id);
    let criteria: Vec<CriterionResult> = p
        .criteria
        .iter()
        .map(|c| {
            let v = c.when.eval_at(&value);
            let mut settle: Vec<&str> = Vec::new();
            let mut why = Why::Answered;
            if v == Tri::Unknown {
                // Open by its rule when reading its `unknown` as true and as false settles it:
                // then no answer is missing for it.
                let open = [Tri::True, Tri::False].iter().all(|&o| c.when.eval_open(&value, o) != Tri::Unknown);
                why = if open { Why::Open } else { Why::NotAnswered };
                // The relevant, unanswered questions it reads, in order, each once.
                c.when.each_question(&mut |at, q| {
                    let Some(i) = counted.index(at, q) else { return };
                    if !open && counted.dont_know[i] {
                        why = Why::DontKnow;
                    }
                    let id = a.questions[i].id.as_str();
                    if counted.relevant[i] && !counted.counts(i) && !settle.contains(&id) {
                        settle.push(id);
                    }
                });
            }
            CriterionResult { criterion: c, value: v, why, settle }
        })
        .collect();
    let all = criteria.iter().fold(Tri::True, |acc, c| acc.and(c.value));
    let criteria = crate::order::by_rank(criteria, |c| match c.value {
        Tri::False => 0,
        Tri::Unknown => 1,
        Tri::True => 2,
    });
    let likelihood = match all {
        Tri::True => Likelihood::Likely,
        Tri::Unknown => Likelihood::Possibly,
        Tri::False => Likelihood::NotLikely,
    };
    ProgrammeResult { programme: p, likelihood, criteria }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;
    use crate::model::{Question, QuestionKind};

    fn content() -> Assessment {
        let q = |id: &str, kind, options: &[&str], dont_know, relevant: Option<&str>| Question {
            id: id.into(),
            kind,
            options: options.iter().map(|o| o.to_string()).collect(),
            dont_know,
            sensitive: false,
            relevant: relevant.map(|r| crate::expr::parse(r).expr.unwrap()),
            group: None,
            exclusive: Vec::new(),
            first: Vec::new(),
        };
        let criterion = |id: &str, when: &str| Criterion {
            id: id.into(),
            when: crate::expr::parse(when).expr.unwrap(),
            sources: Vec::new(),
        };
        Assessment {
            id: "t".into(),
            version: "1".into(),
            default_language: "en".into(),
            questions: vec![
                q("stay_country", QuestionKind::Country, &["DE", "BE"], false, None),
                q("return_country", QuestionKind::Country, &["AL", "TR", "eu"], true, None),
                q("residence", QuestionKind::Single, &["asylum_pending", "permit", "eu_citizen"], true, None),
                q("exploitation", QuestionKind::YesNo, &[], false, None),
                q("own_means", QuestionKind::YesNo, &[], true, Some(r#"stay_country == "DE""#)),
            ],
            programmes: vec![Programme {
                id: "p".into(),
                applies: None,
                criteria: vec![
                    criterion("covered", r#"return_country in ["AL"] or (stay_country != "DE" and unknown)"#),
                    criterion("not_eu", r#"residence != "eu_citizen" and return_country != "eu""#),
                    criterion(
                        "status",
                        r#"residence == "asylum_pending" or (residence == "permit" and unknown) or (exploitation == "yes" and unknown)"#,
                    ),
                    criterion("cannot_pay", r#"own_means == "no""#),
                    criterion("decided", "unknown"),
                ],
                sources: Vec::new(),
                contacts: Vec::new(),
                no_entitlement: false,
                site: false,
            }],
            needs: Vec::new(),
            contacts: Vec::new(),
            languages: Vec::new(),
            texts: Vec::new(),
        }
    }

    /// Each criterion's outcome (the suffix of its text key) for these answers, whether or not
    /// the programme is shown (a programme for another country is not: see below).
    fn outcomes(answers: &[(&str, &str)]) -> Vec<(String, &'static str)> {
        let a = content();
        let mut given = Answers::new();
        for (q, o) in answers {
            given.set(q, o);
        }
        let result = programme_result(&a, &a.programmes[0], &given.counted(&a));
        let mut got: Vec<(String, &'static str)> =
            result.criteria.iter().map(|c| (c.criterion.id.clone(), c.outcome_id())).collect();
        got.sort();
        got
    }

    fn of(got: &[(String, &'static str)], id: &str) -> &'static str {
        got.iter().find(|(c, _)| c == id).map(|(_, o)| *o).unwrap()
    }

    #[test]
    fn nothing_answered_is_not_answered_except_what_the_rule_leaves_open() {
        let got = outcomes(&[]);
        for c in ["covered", "not_eu", "status", "cannot_pay"] {
            assert_eq!(of(&got, c), "not-answered", "{c}");
        }
        assert_eq!(of(&got, "decided"), "unknown");
    }

    #[test]
    fn prefer_not_to_say_is_not_answered() {
        let pns = "prefer-not-to-say";
        let got = outcomes(&[
            ("stay_country", "DE"),
            ("return_country", pns),
            ("residence", pns),
            ("exploitation", pns),
            ("own_means", pns),
        ]);
        for c in ["covered", "not_eu", "status", "cannot_pay"] {
            assert_eq!(of(&got, c), "not-answered", "{c}");
        }
    }

    #[test]
    fn a_question_not_asked_is_not_answered() {
        // `own_means` is asked only in Germany: its answer does not count in Belgium.
        let got = outcomes(&[("stay_country", "BE"), ("own_means", "no")]);
        assert_eq!(of(&got, "cannot_pay"), "not-answered");
        // Outside Germany, `covered` is open by its rule for a country not on the list…
        let got = outcomes(&[("stay_country", "BE"), ("return_country", "TR")]);
        assert_eq!(of(&got, "covered"), "unknown");
        // …and in Germany, settled.
        let got = outcomes(&[("stay_country", "DE"), ("return_country", "TR")]);
        assert_eq!(of(&got, "covered"), "unmet");
    }

    #[test]
    fn dont_know_has_its_own_outcome() {
        let dk = "dont-know";
        let got = outcomes(&[("stay_country", "DE"), ("return_country", dk), ("residence", dk), ("own_means", dk)]);
        for c in ["covered", "not_eu", "status", "cannot_pay"] {
            assert_eq!(of(&got, c), "dont-know", "{c}");
        }
        // "Don't know" on one question and "prefer not to say" on another it reads: the text
        // may say that the person does not know, which they said.
        let got = outcomes(&[("residence", dk), ("exploitation", "prefer-not-to-say")]);
        assert_eq!(of(&got, "status"), "dont-know");
    }

    #[test]
    fn an_answer_the_rule_leaves_open_is_not_called_unanswered() {
        // A permit: only a counsellor can say, whatever `exploitation` is.
        let got = outcomes(&[("residence", "permit"), ("exploitation", "prefer-not-to-say")]);
        assert_eq!(of(&got, "status"), "unknown");
        let got = outcomes(&[("residence", "permit"), ("exploitation", "no")]);
        assert_eq!(of(&got, "status"), "unknown");
    }

    #[test]
    fn a_programme_for_another_country_of_stay_or_return_is_not_shown() {
        let shown = |answers: &[(&str, &str)]| {
            let a = content();
            let mut given = Answers::new();
            for (q, o) in answers {
                given.set(q, o);
            }
            evaluate(&a, &given).programmes.iter().map(|p| p.likelihood).collect::<Vec<_>>()
        };
        // `covered` is false for a return to Türkiye from Germany, whatever else is answered:
        // the programme cannot apply, and is left out rather than "not likely".
        assert_eq!(shown(&[("stay_country", "DE"), ("return_country", "TR"), ("residence", "asylum_pending")]), []);
        // A return to an EU country: `not_eu` is false from the country of return alone.
        assert_eq!(shown(&[("stay_country", "BE"), ("return_country", "eu"), ("residence", "asylum_pending")]), []);
        // False because of another answer (an EU citizen): shown, not likely, with its reasons.
        assert_eq!(
            shown(&[("stay_country", "DE"), ("return_country", "AL"), ("residence", "eu_citizen")]),
            [Likelihood::NotLikely]
        );
        // A country not said or not known never hides a programme.
        assert_eq!(
            shown(&[("stay_country", "prefer-not-to-say"), ("return_country", "dont-know")]),
            [Likelihood::Possibly]
        );
        assert_eq!(shown(&[]), [Likelihood::Possibly]);
    }

    #[test]
    fn a_programme_of_the_country_of_stay_failing_on_the_country_of_return_is_shown_not_likely() {
        let shown = |applies: &str, answers: &[(&str, &str)]| {
            let mut a = content();
            a.programmes[0].applies = Some(crate::expr::parse(applies).expr.unwrap());
            let mut given = Answers::new();
            for (q, o) in answers {
                given.set(q, o);
            }
            let out = evaluate(&a, &given);
            out.programmes.iter().map(|p| (p.likelihood, p.criteria[0].criterion.id.clone())).collect::<Vec<_>>()
        };
        let germany = r#"stay_country == "DE""#;
        // Germany's own programme, Türkiye not on its list: not likely, the list's reason first.
        assert_eq!(
            shown(germany, &[("stay_country", "DE"), ("return_country", "TR"), ("residence", "asylum_pending")]),
            [(Likelihood::NotLikely, "covered".to_string())]
        );
        // A return within the EU fails on more than a list (`not_eu`, true for a country on no
        // list): it cannot apply, and is not shown.
        assert_eq!(
            shown(germany, &[("stay_country", "DE"), ("return_country", "eu"), ("residence", "asylum_pending")]),
            []
        );
        // A criterion failing because the country is on a list (where the programme ended),
        // not because it is missing from one: not shown either.
        let mut a = content();
        a.programmes[0].applies = Some(crate::expr::parse(germany).expr.unwrap());
        a.programmes[0].criteria[0].when = crate::expr::parse(r#"return_country not in ["TR"]"#).expr.unwrap();
        let mut given = Answers::new();
        given.set("stay_country", "DE");
        given.set("return_country", "TR");
        assert!(evaluate(&a, &given).programmes.is_empty());
        // The same programme for a person in Belgium: another country of stay, not shown.
        assert_eq!(shown(germany, &[("stay_country", "BE"), ("return_country", "TR")]), []);
        // A programme tied to another country of return (a service in Albania for people coming
        // from Germany), for a person in Belgium returning to Albania: not shown.
        let mut a = content();
        a.programmes[0].applies = Some(crate::expr::parse(r#"return_country == "AL""#).expr.unwrap());
        a.programmes[0].criteria[3].when = crate::expr::parse(r#"stay_country == "DE""#).expr.unwrap();
        let mut given = Answers::new();
        given.set("stay_country", "BE");
        given.set("return_country", "AL");
        assert!(evaluate(&a, &given).programmes.is_empty());
        // An `applies` true whatever is answered does not make a programme one's own.
        assert_eq!(shown("true", &[("stay_country", "DE"), ("return_country", "TR")]), []);
    }

    #[test]
    fn a_country_in_the_eu_is_an_answer() {
        let got = outcomes(&[
            ("stay_country", "DE"),
            ("return_country", "eu"),
            ("residence", "asylum_pending"),
            ("exploitation", "no"),
        ]);
        assert_eq!(of(&got, "not_eu"), "unmet");
        assert_eq!(of(&got, "covered"), "unmet");
        assert_eq!(of(&got, "status"), "met");
        let got = outcomes(&[("stay_country", "DE"), ("return_country", "AL"), ("residence", "permit")]);
        assert_eq!(of(&got, "covered"), "met");
        assert_eq!(of(&got, "not_eu"), "met");
    }

    #[test]
    fn a_programme_for_some_countries_of_return_is_counted_not_listed_while_none_is_named() {
        // The test programme `p` (no `applies`: for any country of return its list allows),
        // a country of stay's programme with a list of countries of return, and two programmes
        // of countries of return (`applies` on the country of return), one also tied to Germany.
        let mut a = content();
        let with = |id: &str, applies: &str| Programme {
            id: id.into(),
            applies: Some(crate::expr::parse(applies).expr.unwrap()),
            ..a.programmes[0].clone()
        };
        let german = with("german", r#"stay_country == "DE""#);
        let mut german_list = with("german_list", r#"stay_country == "DE""#);
        german_list.criteria[0].when = crate::expr::parse(r#"return_country in ["AL", "TR"]"#).expr.unwrap();
        let albanian = with("albanian", r#"return_country == "AL""#);
        let mut kosovo_from_germany = with("albanian_from_germany", r#"return_country == "AL""#);
        kosovo_from_germany.criteria[3].when = crate::expr::parse(r#"stay_country == "DE""#).expr.unwrap();
        a.programmes.extend([german, german_list, albanian, kosovo_from_germany]);
        let run = |pairs: &[(&str, &str)]| {
            let mut given = Answers::new();
            for (q, o) in pairs {
                given.set(q, o);
            }
            let out = evaluate(&a, &given);
            let listed: Vec<String> = out.programmes.iter().map(|p| p.programme.id.clone()).collect();
            let counted: Vec<String> = out.for_return.programmes.iter().map(|p| p.id.clone()).collect();
            let settle: Vec<String> = out.for_return.settle.iter().map(|q| q.to_string()).collect();
            (listed, counted, settle)
        };
        let ids = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        // Not named, in Germany: the country of stay's programmes are listed, those of a country
        // of return counted, with the question that would settle them.
        for unnamed in [&[("return_country", "dont-know")][..], &[("return_country", "prefer-not-to-say")], &[]] {
            let mut pairs = vec![("stay_country", "DE")];
            pairs.extend_from_slice(unnamed);
            let (listed, counted, settle) = run(&pairs);
            assert_eq!(listed, ids(&["p", "german", "german_list"]), "{unnamed:?}");
            assert_eq!(counted, ids(&["albanian", "albanian_from_germany"]), "{unnamed:?}");
            assert_eq!(settle, ids(&["return_country"]), "{unnamed:?}");
        }
        // In Belgium: the one tied to Germany cannot apply, so it is neither listed nor counted.
        let (listed, counted, _) = run(&[("stay_country", "BE"), ("return_country", "dont-know")]);
        assert_eq!((listed, counted), (ids(&["p"]), ids(&["albanian"])));
        // Neither country named: every country of stay's programme listed, the rest counted.
        let (listed, counted, _) = run(&[("stay_country", "prefer-not-to-say"), ("return_country", "dont-know")]);
        assert_eq!(listed, ids(&["p", "german", "german_list"]));
        assert_eq!(counted, ids(&["albanian", "albanian_from_germany"]));
        // Named: listed where they apply, hidden where they do not; nothing counted.
        let (listed, counted, settle) = run(&[("stay_country", "DE"), ("return_country", "AL")]);
        assert_eq!(listed, ids(&["p", "german", "german_list", "albanian", "albanian_from_germany"]));
        assert!(counted.is_empty() && settle.is_empty());
        let (listed, counted, _) = run(&[("stay_country", "BE"), ("return_country", "AL")]);
        assert_eq!((listed, counted), (ids(&["p", "albanian"]), ids(&[])));
        // Another country named: a country of return's programmes are hidden, as before, and not
        // counted (Germany's own, not on its list, is not likely: `shown`'s exception).
        let (listed, counted, _) = run(&[("stay_country", "DE"), ("return_country", "TR")]);
        assert_eq!((listed, counted), (ids(&["german_list", "german"]), ids(&[])));
    }
}
