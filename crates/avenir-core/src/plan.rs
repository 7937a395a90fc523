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
//! * the first **independent legal advice**, on the first screen whatever else is there: that
//!   of the country of stay (or a general one) before legal aid in a country of return, whatever
//!   the order the content is read in, and within each one with a phone number first
//!   (`legal_rank`); the same order where legal advice leads a need;
//! * where each contact is shown: in the first need it helps with, else in the list of contacts,
//!   so that a contact is listed once on the page.

use crate::evaluate::{ContactResult, Likelihood, Outcome};
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
                lead = crate::order::by_rank(legal, |&c| legal_rank(&out.contacts[c]));
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
    // The first legal advice by `legal_rank`: the first of the country of stay with a number
    // to call, and so on.
    let legal = (0..out.contacts.len())
        .filter(|&c| out.contacts[c].contact.kind == ContactKind::LegalAdvice)
        .min_by_key(|&c| legal_rank(&out.contacts[c]));
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

/// The order of legal advice, the content's order within a rank: the country of stay's (or a
/// general one) before a country of return's (one whose `applies` serves only some countries of
/// return, [`ContactResult::for_return`]), whatever the order the files are read in; within each,
/// one with a number to call first. Legal aid in a country of return never takes the place of
/// advice, in the country where the person lives, about every option, staying included.
fn legal_rank(c: &ContactResult) -> usize {
    2 * usize::from(c.for_return) + usize::from(c.contact.phone.is_none())
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

    /// The test content with a country of stay and a country of return, and legal advice in
    /// Belgium, in Georgia and everywhere, written in `order` (ids among "be", "ge", "general").
    fn with_countries(order: &[&str], phones: &[&str]) -> Assessment {
        let mut a = content();
        // Like the yes/no questions, but for a country.
        let yes_no = a.questions[0].clone();
        let country = |id: &str| Question {
            id: id.into(),
            kind: QuestionKind::Country,
            options: ["BE", "DE", "AL", "GE"].iter().map(|o| o.to_string()).collect(),
            dont_know: true,
            ..yes_no.clone()
        };
        a.questions.insert(0, country("return_country"));
        a.questions.insert(0, country("stay_country"));
        a.contacts.retain(|c| c.id != "lawyers");
        for id in order {
            let mut c = contact(&format!("legal_{id}"), ContactKind::LegalAdvice, &[]);
            c.applies = match *id {
                "be" => Some(crate::expr::parse(r#"stay_country == "BE""#).expr.unwrap()),
                "ge" => Some(crate::expr::parse(r#"return_country == "GE""#).expr.unwrap()),
                _ => None,
            };
            if phones.contains(id) {
                c.phone = Some(crate::validate::phone("+32 2 511 50 45").unwrap());
            }
            a.contacts.push(c);
        }
        a
    }

    fn legal_ids<'a>(out: &Outcome<'a>, p: &Plan<'a>) -> (Option<&'a str>, Option<Why<'a>>) {
        (p.legal.map(|c| out.contacts[c].contact.id.as_str()), p.next.map(|n| n.why))
    }

    #[test]
    fn legal_aid_in_the_country_of_return_never_takes_the_place_of_the_country_of_stays() {
        let person = answers(&[("stay_country", "BE"), ("return_country", "GE"), ("danger", "no"), ("fits", "no")]);
        // Whatever the order the contacts are read in (the content's files sorted by name), and
        // even when only the country of return's legal aid has a number to call.
        for order in [["ge", "be"], ["be", "ge"]] {
            for phones in [&["be", "ge"][..], &["ge"][..]] {
                let a = with_countries(&order, phones);
                let out = evaluate(&a, &person);
                let p = plan(&out);
                assert_eq!(legal_ids(&out, &p), (Some("legal_be"), Some(Why::LegalAdvice)), "{order:?} {phones:?}");
                assert_eq!(p.next.map(|n| n.contact), p.legal);
                // The list of contacts: the country of stay's legal advice first too.
                let listed: Vec<&str> = out.contacts.iter().map(|c| c.contact.id.as_str()).collect();
                assert_eq!(listed, ["legal_be", "legal_ge"]);
                assert_eq!(out.contacts.iter().map(|c| c.for_return).collect::<Vec<_>>(), [false, true]);
            }
        }
        // Legal advice for everyone is the country of stay's too: it comes first, one with a
        // number first among those.
        let a = with_countries(&["ge", "general", "be"], &["ge", "be"]);
        let out = evaluate(&a, &person);
        assert_eq!(legal_ids(&out, &plan(&out)).0, Some("legal_be"));
        let a = with_countries(&["ge", "general", "be"], &["ge"]);
        let out = evaluate(&a, &person);
        assert_eq!(legal_ids(&out, &plan(&out)).0, Some("legal_general"));
        // Only the country of return has legal aid: it is the legal advice then.
        let a = with_countries(&["ge"], &["ge"]);
        let out = evaluate(&a, &person);
        assert_eq!(legal_ids(&out, &plan(&out)), (Some("legal_ge"), Some(Why::LegalAdvice)));
    }

    #[test]
    fn where_legal_advice_leads_a_need_the_country_of_stays_comes_first() {
        let mut a = with_countries(&["ge", "be"], &["ge"]);
        a.needs[0].legal_first = true;
        let out = evaluate(&a, &answers(&[("stay_country", "BE"), ("return_country", "GE"), ("danger", "yes")]));
        let p = plan(&out);
        assert_eq!(ids(&out, &p.need_contacts[0]), ["legal_be", "legal_ge", "hotline", "clinic"]);
        assert_eq!(
            p.next.map(|n| (out.contacts[n.contact].contact.id.as_str(), n.why)),
            Some(("legal_be", Why::Urgent("safety")))
        );
    }

    #[test]
    fn a_contact_for_a_country_of_return_is_listed_only_where_that_country_is_named() {
        let mut a = with_countries(&["ge", "be"], &["ge", "be"]);
        let service = |id: &str, applies: &str| Contact {
            applies: Some(crate::expr::parse(applies).expr.unwrap()),
            ..contact(id, ContactKind::Service, &["health"])
        };
        a.contacts.push(service("clinic_ge", r#"return_country == "GE""#));
        a.contacts.push(service("clinic_be", r#"stay_country == "BE""#));
        a.contacts.push(service("clinic_be_to_ge", r#"stay_country == "BE" and return_country == "GE""#));
        a.contacts.push(service("clinic_not_al", r#"return_country != "AL""#));
        let listed = |pairs: &[(&str, &str)]| -> Vec<String> {
            let mut with = vec![("ill", "yes"), ("fits", "no")];
            with.extend_from_slice(pairs);
            evaluate(&a, &answers(&with)).contacts.iter().map(|c| c.contact.id.clone()).collect()
        };
        let all = ["clinic", "clinic_ge", "clinic_be", "clinic_be_to_ge", "clinic_not_al", "legal_be", "legal_ge"];
        assert_eq!(listed(&[("stay_country", "BE"), ("return_country", "GE")]), all);
        // Not named ("I don't know", "I prefer not to say", not answered): only what serves a
        // country of return on no list, and the country of stay's help, is listed.
        for unnamed in [&[("return_country", "dont-know")][..], &[("return_country", "prefer-not-to-say")], &[]] {
            let mut pairs = vec![("stay_country", "BE")];
            pairs.extend_from_slice(unnamed);
            assert_eq!(listed(&pairs), ["clinic", "clinic_be", "clinic_not_al", "legal_be"], "{unnamed:?}");
        }
        // Neither country named: the country of stay's help still shows (its `applies` is
        // unknown, not false), a country of return's does not.
        assert_eq!(
            listed(&[("stay_country", "prefer-not-to-say")]),
            ["clinic", "clinic_be", "clinic_not_al", "legal_be"]
        );
        // Another country named: as before, hidden where `applies` is false.
        assert_eq!(listed(&[("stay_country", "DE"), ("return_country", "AL")]), ["clinic"]);
        // A country of return named, the country of stay not: a contact for that country of
        // return is listed, even one that also reads the (unknown) country of stay.
        assert_eq!(
            listed(&[("return_country", "GE")]),
            ["clinic", "clinic_ge", "clinic_be", "clinic_be_to_ge", "clinic_not_al", "legal_be", "legal_ge"]
        );
    }
}
