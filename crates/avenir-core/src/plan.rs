//! What to do first, from an [`Outcome`]: the results' first screen. The core chooses it, so
//! that the web layer only lays it out.
//!
//! * the **next step**: one contact and why — an urgent need's first contact (emergency lines
//!   first, or independent legal advice first where the need says so, `legal_first`);
//!   otherwise the first contact of the first programme that is likely; otherwise the first
//!   independent legal advice. Among a need's emergency lines the content's order decides,
//!   never the code: the default content writes each country's general emergency number (112)
//!   before its specialised hotlines, so that the next step for an urgent safety need is 112 —
//!   the number for immediate danger, whatever the danger is — and the specialised hotline comes
//!   right after it in the need, with its number, on the first screen. A content that writes a
//!   hotline first makes it the next step;
//! * for each need, the contacts that help with it (emergency lines first; for a need with
//!   `legal_first`, every legal advice shown before them), shown inside it;
//! * the first **independent legal advice** (one with a phone number first), on the first
//!   screen whatever else is there;
//! * where each contact is shown: in the first need it helps with, else in the list of contacts,
//!   so that a contact is listed once on the page.

use crate::evaluate::{Likelihood, Outcome};
use crate::model::{ContactKind, Urgency};

/// Why the next step is that contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why<'a> {
    /// It helps with this urgent need (its id).
    Urgent(&'a str),
    /// It leads to this programme (its id), which is likely for the person.
    Programme(&'a str),
    /// Independent legal advice about every option, before deciding anything.
    LegalAdvice,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextStep<'a> {
    /// An index into [`Outcome::contacts`].
    pub contact: usize,
    pub why: Why<'a>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan<'a> {
    pub next: Option<NextStep<'a>>,
    /// For each need of [`Outcome::needs`], in its order: indices into [`Outcome::contacts`] of
    /// the contacts that help with it, emergency lines first.
    pub need_contacts: Vec<Vec<usize>>,
    /// The first independent legal advice, an index into [`Outcome::contacts`].
    pub legal: Option<usize>,
    /// For each contact of [`Outcome::contacts`]: the need it is shown in (the first it helps
    /// with), or `None` when it is shown in the list of contacts.
    pub shown_in: Vec<Option<usize>>,
}

pub fn plan<'a>(out: &Outcome<'a>) -> Plan<'a> {
    let need_contacts: Vec<Vec<usize>> = out
        .needs
        .iter()
        .map(|n| {
            let mut serving: Vec<usize> =
                (0..out.contacts.len()).filter(|&c| out.contacts[c].needs.contains(&n.need.id.as_str())).collect();
            // Where legal advice comes first (`legal_first`), the legal-advice contacts lead, one
            // with a phone number first; then emergency lines; otherwise the evaluation's order
            // (stable partitions).
            let mut lead: Vec<usize> = Vec::new();
            if n.need.legal_first {
                let (legal, rest): (Vec<usize>, Vec<usize>) =
                    serving.drain(..).partition(|&c| out.contacts[c].contact.kind == ContactKind::LegalAdvice);
                let (phone, no_phone): (Vec<usize>, Vec<usize>) =
                    legal.into_iter().partition(|&c| out.contacts[c].contact.phone.is_some());
                lead.extend(phone);
                lead.extend(no_phone);
                serving = rest;
            }
            let (first, rest): (Vec<usize>, Vec<usize>) =
                serving.drain(..).partition(|&c| out.contacts[c].contact.kind == ContactKind::Emergency);
            lead.extend(first);
            lead.extend(rest);
            lead
        })
        .collect();
    let mut shown_in = vec![None; out.contacts.len()];
    for (need, contacts) in need_contacts.iter().enumerate() {
        for &c in contacts {
            shown_in[c].get_or_insert(need);
        }
    }
    // The first legal advice with a number to call, else the first at all.
    let legal_advice = |c: &&crate::evaluate::ContactResult| c.contact.kind == ContactKind::LegalAdvice;
    let legal = out
        .contacts
        .iter()
        .position(|c| legal_advice(&c) && c.contact.phone.is_some())
        .or_else(|| out.contacts.iter().position(|c| legal_advice(&c)));
    let urgent = out.needs.iter().zip(&need_contacts).find(|(n, cs)| n.urgency == Urgency::Immediate && !cs.is_empty());
    let next = if let Some((n, cs)) = urgent {
        Some(NextStep { contact: cs[0], why: Why::Urgent(&n.need.id) })
    } else if let Some((p, c)) = out.programmes.iter().filter(|p| p.likelihood == Likelihood::Likely).find_map(|p| {
        let c = p.programme.contacts.iter().find_map(|id| out.contacts.iter().position(|c| c.contact.id == *id))?;
        Some((p, c))
    }) {
        Some(NextStep { contact: c, why: Why::Programme(&p.programme.id) })
    } else {
        legal.map(|contact| NextStep { contact, why: Why::LegalAdvice })
    };
    Plan { next, need_contacts, legal, shown_in }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;
    use crate::evaluate::evaluate;
    use crate::expr::Expr;
    use crate::model::{Assessment, Contact, Criterion, Need, Programme, Question, QuestionKind, Source};

    fn contact(id: &str, kind: ContactKind, needs: &[&str]) -> Contact {
        Contact { needs: needs.iter().map(|n| n.to_string()).collect(), ..Contact::bare(id, id, kind) }
    }

    fn content() -> Assessment {
        let is_yes = |q: &str| Expr::Is {
            question: q.into(),
            options: vec!["yes".into()],
            negated: false,
            at: crate::expr::At::UNRESOLVED,
        };
        let need = |id: &str, q: &str, urgency| Need {
            id: id.into(),
            when: is_yes(q),
            urgency,
            immediate_when: None,
            legal_first: false,
        };
        let question = |id: &str| Question {
            id: id.into(),
            kind: QuestionKind::YesNo,
            options: Vec::new(),
            dont_know: false,
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
            questions: vec![question("danger"), question("ill"), question("fits")],
            programmes: vec![Programme {
                id: "avrr".into(),
                applies: None,
                criteria: vec![Criterion { id: "c".into(), when: is_yes("fits"), sources: Vec::<Source>::new() }],
                sources: Vec::new(),
                contacts: vec!["desk".into()],
                site: false,
                no_entitlement: false,
            }],
            needs: vec![need("safety", "danger", Urgency::Immediate), need("health", "ill", Urgency::BeforeDeparture)],
            contacts: vec![
                contact("desk", ContactKind::Service, &[]),
                contact("clinic", ContactKind::Service, &["health", "safety"]),
                contact("hotline", ContactKind::Emergency, &["safety"]),
                contact("lawyers", ContactKind::LegalAdvice, &[]),
            ],
            languages: Vec::new(),
            texts: Vec::new(),
        }
    }

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        let mut a = Answers::default();
        for (q, o) in pairs {
            a.set(q, o);
        }
        a
    }

    fn ids<'a>(out: &Outcome<'a>, cs: &[usize]) -> Vec<&'a str> {
        cs.iter().map(|&c| out.contacts[c].contact.id.as_str()).collect()
    }

    #[test]
    fn an_urgent_need_comes_first_with_its_emergency_line() {
        let a = content();
        let out = evaluate(&a, &answers(&[("danger", "yes"), ("ill", "yes"), ("fits", "yes")]));
        let p = plan(&out);
        let next = p.next.unwrap();
        assert_eq!((out.contacts[next.contact].contact.id.as_str(), next.why), ("hotline", Why::Urgent("safety")));
        // The hotline before the clinic inside the safety need; the clinic shown once, there.
        assert_eq!(ids(&out, &p.need_contacts[0]), ["hotline", "clinic"]);
        assert_eq!(ids(&out, &p.need_contacts[1]), ["clinic"]);
        let clinic = out.contacts.iter().position(|c| c.contact.id == "clinic").unwrap();
        assert_eq!(p.shown_in[clinic], Some(0));
        assert_eq!(p.legal.map(|c| out.contacts[c].contact.id.as_str()), Some("lawyers"));
    }

    #[test]
    fn where_legal_advice_comes_first_it_is_the_next_step_and_leads_the_need() {
        // A return that is itself dangerous: the safety need puts independent legal advice
        // before the emergency line and the clinic, one with a phone first, even though the
        // legal advice names no need and a programme is likely.
        let mut a = content();
        a.needs[0].legal_first = true;
        a.contacts.push(contact("law_clinic", ContactKind::LegalAdvice, &[]));
        let with_phone = a.contacts.iter_mut().find(|c| c.id == "lawyers").unwrap();
        with_phone.phone = Some(crate::validate::phone("+32 2 511 50 45").unwrap());
        let out = evaluate(&a, &answers(&[("danger", "yes"), ("ill", "yes"), ("fits", "yes")]));
        let p = plan(&out);
        let next = p.next.unwrap();
        assert_eq!((out.contacts[next.contact].contact.id.as_str(), next.why), ("lawyers", Why::Urgent("safety")));
        assert_eq!(ids(&out, &p.need_contacts[0]), ["lawyers", "law_clinic", "hotline", "clinic"]);
        // Legal advice helps with no other need: the health need is unchanged.
        assert_eq!(ids(&out, &p.need_contacts[1]), ["clinic"]);
        // Shown in the safety need, and ranked with the contacts of urgent needs.
        let lawyers = out.contacts.iter().position(|c| c.contact.id == "lawyers").unwrap();
        assert_eq!(p.shown_in[lawyers], Some(0));
        assert_eq!(out.contacts[lawyers].needs, ["safety"]);
        assert_eq!(p.legal, Some(lawyers));
        // Without the need, legal advice is listed last as before, and the programme leads.
        let out = evaluate(&a, &answers(&[("danger", "no"), ("fits", "yes")]));
        let p = plan(&out);
        assert_eq!(p.next.map(|n| n.why), Some(Why::Programme("avrr")));
        assert!(out.contacts.iter().filter(|c| c.contact.kind == ContactKind::LegalAdvice).all(|c| c.needs.is_empty()));
    }

    #[test]
    fn between_two_emergency_lines_the_content_order_decides() {
        let mut a = content();
        // A specialised hotline written after the general emergency number…
        a.contacts.insert(2, contact("sos112", ContactKind::Emergency, &["safety"]));
        let out = evaluate(&a, &answers(&[("danger", "yes")]));
        let p = plan(&out);
        assert_eq!(out.contacts[p.next.unwrap().contact].contact.id, "sos112");
        assert_eq!(ids(&out, &p.need_contacts[0]), ["sos112", "hotline", "clinic"]);
        // …and before it: the content, not the code, says which comes first.
        let mut a = content();
        a.contacts.push(contact("sos112", ContactKind::Emergency, &["safety"]));
        let out = evaluate(&a, &answers(&[("danger", "yes")]));
        let p = plan(&out);
        assert_eq!(out.contacts[p.next.unwrap().contact].contact.id, "hotline");
        assert_eq!(ids(&out, &p.need_contacts[0]), ["hotline", "sos112", "clinic"]);
    }

    #[test]
    fn without_an_urgent_need_a_likely_programme_then_legal_advice() {
        let a = content();
        let out = evaluate(&a, &answers(&[("danger", "no"), ("ill", "yes"), ("fits", "yes")]));
        let next = plan(&out).next.unwrap();
        assert_eq!((out.contacts[next.contact].contact.id.as_str(), next.why), ("desk", Why::Programme("avrr")));
        let out = evaluate(&a, &answers(&[("danger", "no"), ("fits", "no")]));
        let next = plan(&out).next.unwrap();
        assert_eq!((out.contacts[next.contact].contact.id.as_str(), next.why), ("lawyers", Why::LegalAdvice));
    }
}
