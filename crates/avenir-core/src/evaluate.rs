//! Answers → results: programmes with reasons, needs in order of urgency, matched contacts.

use crate::answers::{Answers, Counted};
use crate::index::Index;
use crate::logic::Tri;
use crate::model::{Assessment, Contact, ContactKind, Criterion, Date, Need, Programme, Urgency};

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

#[derive(Clone, Debug)]
pub struct CriterionResult<'a> {
    pub criterion: &'a Criterion,
    pub value: Tri,
    /// For an unknown criterion: the relevant questions whose answer would settle it.
    pub settle: Vec<&'a str>,
}

impl CriterionResult<'_> {
    /// Unknown and no answer can settle it: a counsellor has to.
    pub fn ask_counsellor(&self) -> bool {
        self.value == Tri::Unknown && self.settle.is_empty()
    }

    /// The suffix of the criterion's text key for this outcome.
    pub fn outcome_id(&self) -> &'static str {
        match self.value {
            Tri::True => "met",
            Tri::False => "unmet",
            Tri::Unknown => "unknown",
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
}

#[derive(Clone, Debug)]
pub struct Outcome<'a> {
    /// Likely first, then possibly, then not likely; content order within each.
    pub programmes: Vec<ProgrammeResult<'a>>,
    /// Immediate first; content order within a level.
    pub needs: Vec<NeedResult<'a>>,
    /// Contacts for immediate needs first, then the others, then independent legal advice.
    pub contacts: Vec<ContactResult<'a>>,
    /// The oldest "checked" date among the rules and contacts shown: the honest "rules last
    /// checked on".
    pub oldest_check: Option<Date>,
}

pub fn evaluate<'a>(a: &'a Assessment, answers: &Answers) -> Outcome<'a> {
    let counted = answers.counted(a);
    // Answers by the questions' indices, which the checker resolves: no search (`expr::At`).
    let value = |at, id: &str| counted.value_at(at, id);

    let programmes: Vec<ProgrammeResult> = a
        .programmes
        .iter()
        .filter(|p| p.applies.as_ref().map_or(Tri::True, |e| e.eval_at(&value)) != Tri::False)
        .map(|p| programme_result(a, p, &counted))
        .collect();
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
        .filter(|c| c.applies.as_ref().map_or(Tri::True, |e| e.eval_at(&value)) != Tri::False)
        .filter_map(|c| {
            // The shown needs this contact helps with, in the order of `needs`, each once.
            let mut for_needs: Vec<usize> = c.needs.iter().filter_map(|n| need_index.get(n).next()).collect();
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
                2
            } else {
                return None;
            };
            let needs = for_needs.iter().map(|&n| needs[n].need.id.as_str()).collect();
            Some((rank, ContactResult { contact: c, needs, programmes: for_programmes }))
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

    Outcome { programmes, needs, contacts, oldest_check }
}

fn programme_result<'a>(a: &'a Assessment, p: &'a Programme, counted: &Counted) -> ProgrammeResult<'a> {
    let value = |at, id: &str| counted.value_at(at, id);
    let criteria: Vec<CriterionResult> = p
        .criteria
        .iter()
        .map(|c| {
            let v = c.when.eval_at(&value);
            let mut settle: Vec<&str> = Vec::new();
            if v == Tri::Unknown {
                // The relevant, unanswered questions it reads, in order, each once.
                c.when.each_question(&mut |at, q| {
                    let Some(i) = counted.index(at, q) else { return };
                    let id = a.questions[i].id.as_str();
                    if counted.relevant[i] && !counted.counts(i) && !settle.contains(&id) {
                        settle.push(id);
                    }
                });
            }
            CriterionResult { criterion: c, value: v, settle }
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
