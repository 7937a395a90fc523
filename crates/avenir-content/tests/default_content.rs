//! The default content, checked and evaluated as a person would answer.

use avenir_content::{check, fs};
use avenir_core::evaluate::Likelihood::{self, *};
use avenir_core::model::{Assessment, ContactKind, Date, Urgency};
use avenir_core::session::{FlowError, Progress, Session, Step};
use avenir_core::{Answers, evaluate};

fn content() -> Assessment {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assessments/default");
    let files = fs::read_dir(std::path::Path::new(dir)).unwrap();
    let checked = check(&files, Date::parse("2026-12-07"));
    for d in &checked.diagnostics {
        eprintln!("{}", avenir_content::render(d, &files));
    }
    // Clean but for W0403: pages older than two years or undated, listed by `avenir lint --stale`.
    let warnings = checked.diagnostics.iter().filter(|d| d.code != "W0403").count() - checked.errors();
    assert_eq!((checked.errors(), warnings), (0, 0), "the default content must check clean");
    checked.assessment.unwrap()
}

fn answers(pairs: &[(&str, &str)]) -> Answers {
    let mut a = Answers::new();
    for (q, o) in pairs {
        a.set(q, o);
    }
    a
}

fn likelihood(a: &Assessment, ans: &Answers, programme: &str) -> Option<Likelihood> {
    evaluate(a, ans).programmes.iter().find(|p| p.programme.id == programme).map(|p| p.likelihood)
}

#[test]
fn rejected_applicant_in_belgium_returning_to_albania() {
    let a = content();
    let ans = answers(&[
        ("stay_country", "BE"),
        ("return_country", "AL"),
        ("residence", "asylum_refused"),
        ("travel_document", "no"),
        ("health", "yes"),
        ("medicine", "no"),
        ("fear_of_return", "prefer-not-to-say"),
        ("exploitation", "no"),
    ]);
    let out = evaluate(&a, &ans);
    let ids: Vec<_> = out.programmes.iter().map(|p| (p.programme.id.as_str(), p.likelihood)).collect();
    assert_eq!(
        ids,
        [
            ("fedasil_avr", Likely),
            ("al_migration_counters", Likely),
            ("fedasil_reintegration", Possibly),
            ("eurp", Possibly)
        ]
    );
    // EURP is possibly only because of the undocumented referral rule: a counsellor settles it.
    let eurp = out.programmes.iter().find(|p| p.programme.id == "eurp").unwrap();
    assert!(eurp.ask_counsellor());
    assert!(eurp.settle().is_empty());
    // Running out of medicine makes health urgent, ahead of travel documents.
    let needs: Vec<_> = out.needs.iter().map(|n| (n.need.id.as_str(), n.urgency)).collect();
    assert_eq!(needs, [("health", Urgency::Immediate), ("travel_documents", Urgency::BeforeDeparture)]);
    let contacts: Vec<_> = out.contacts.iter().map(|c| c.contact.id.as_str()).collect();
    // Albania's health card (return-countries.toml) helps with the health need too.
    assert_eq!(
        contacts,
        [
            "fedasil_return",
            "caritas_international_be",
            "al_health_card",
            "brussels_bar_helpline",
            "brussels_legal_aid_office"
        ]
    );
    assert_eq!(out.oldest_check, Date::parse("2026-11-23"));
}

#[test]
fn prefer_not_to_say_everywhere_gives_possibly_with_what_would_settle_it() {
    let a = content();
    let ans = answers(&a.questions.iter().map(|q| (q.id.as_str(), "prefer-not-to-say")).collect::<Vec<_>>());
    let out = evaluate(&a, &ans);
    assert!(out.programmes.iter().all(|p| p.likelihood == Possibly));
    let fedasil = out.programmes.iter().find(|p| p.programme.id == "fedasil_avr").unwrap();
    // The return country settles it for an EU citizen (EU-15 or not).
    assert_eq!(fedasil.settle(), ["stay_country", "residence", "return_country"]);
    assert!(out.needs.is_empty());
    // Unknown country: legal advice is still shown, never hidden by a skipped answer.
    assert!(out.contacts.iter().any(|c| c.contact.kind == ContactKind::LegalAdvice));
}

#[test]
fn residence_permit_and_eu_return_are_not_likely_with_reasons() {
    let a = content();
    let ans = answers(&[("stay_country", "BE"), ("return_country", "eu"), ("residence", "permit")]);
    assert_eq!(likelihood(&a, &ans, "fedasil_avr"), Some(NotLikely));
    let out = evaluate(&a, &ans);
    let fedasil = out.programmes.iter().find(|p| p.programme.id == "fedasil_avr").unwrap();
    let unmet: Vec<_> =
        fedasil.criteria.iter().filter(|c| c.outcome_id() == "unmet").map(|c| c.criterion.id.as_str()).collect();
    assert!(!unmet.is_empty());
    // Unmet reasons come first.
    assert_eq!(fedasil.criteria[0].outcome_id(), "unmet");
    // EURP is for third-country nationals: a return to the EU cannot fit, whatever else is
    // answered, so it is not shown at all (nor Fedasil's reintegration support).
    assert_eq!(likelihood(&a, &ans, "eurp"), None);
    assert_eq!(likelihood(&a, &ans, "fedasil_reintegration"), None);
}

#[test]
fn programme_for_another_country_is_not_shown() {
    let a = content();
    let ans = answers(&[("stay_country", "other")]);
    assert_eq!(likelihood(&a, &ans, "fedasil_avr"), None);
    assert!(evaluate(&a, &ans).contacts.iter().all(|c| !c.contact.id.starts_with("brussels")));
}

#[test]
fn dont_know_makes_possibly_and_names_the_question() {
    let a = content();
    let ans = answers(&[("stay_country", "BE"), ("return_country", "dont-know"), ("residence", "no_permit")]);
    let out = evaluate(&a, &ans);
    let eurp = out.programmes.iter().find(|p| p.programme.id == "eurp").unwrap();
    assert_eq!(eurp.likelihood, Possibly);
    assert_eq!(eurp.settle(), ["return_country"]);
}

#[test]
fn fear_or_exploitation_is_an_immediate_safety_need_with_helplines_first() {
    let a = content();
    let ans = answers(&[("stay_country", "BE"), ("return_country", "AL"), ("exploitation", "yes")]);
    let out = evaluate(&a, &ans);
    assert_eq!(out.needs[0].need.id, "safety");
    assert_eq!(out.needs[0].urgency, Urgency::Immediate);
    let contacts: Vec<_> = out.contacts.iter().map(|c| c.contact.id.as_str()).collect();
    for c in ["payoke", "emergency_be", "albania_trafficking_helpline", "mary_ward_loreto", "brussels_bar_helpline"] {
        assert!(contacts.contains(&c), "{c} missing from {contacts:?}");
    }
    // Contacts for the urgent need come before the rest.
    assert_eq!(contacts[0], "brussels_bar_helpline");
    assert_eq!(contacts.last(), Some(&"brussels_legal_aid_office"));
}

/// A session past the start page with these options chosen, one question after another.
fn through(a: &Assessment, options: &[&str]) -> Session {
    let mut s = Session::start();
    s.begin(a);
    for o in options {
        s.choose(a, o).unwrap();
        s.next(a).unwrap();
    }
    s
}

#[test]
fn medicine_question_only_when_health_is_yes_and_its_answer_stops_counting() {
    let a = content();
    let mut s = through(&a, &["BE", "AL", "asylum_pending", "yes"]);
    s.enter_number(&a, "0").unwrap();
    s.next(&a).unwrap();
    s.choose(&a, "yes").unwrap();
    s.next(&a).unwrap();
    assert_eq!(s.step, Step::Question(a.question_index("medicine").unwrap()));
    s.choose(&a, "no").unwrap();
    s.next(&a).unwrap();
    assert_eq!(evaluate(&a, &s.answers).needs[0].urgency, Urgency::Immediate);
    // Back twice to health, change to "no": medicine is skipped and no longer counts.
    assert!(s.back(&a));
    assert!(s.back(&a));
    s.choose(&a, "no").unwrap();
    s.next(&a).unwrap();
    assert_eq!(s.step, Step::Question(a.question_index("wellbeing").unwrap()));
    assert!(evaluate(&a, &s.answers).needs.is_empty());
    assert_eq!(s.progress(&a), Progress { n: 7, total: 12, follow_up: false });
}

#[test]
fn numbers_are_checked_by_the_core_and_children_make_a_need() {
    let a = content();
    let mut s = through(&a, &["BE", "AL", "asylum_pending", "yes"]);
    assert_eq!(s.current(&a).map(|q| q.id.as_str()), Some("children"));
    assert_eq!(s.enter_number(&a, "two"), Err(FlowError::NotANumber));
    assert_eq!(s.enter_number(&a, "21"), Err(FlowError::OutOfRange));
    assert_eq!(s.enter_number(&a, "-1"), Err(FlowError::OutOfRange));
    assert_eq!(s.enter_number(&a, " 2 "), Ok(()));
    assert!(evaluate(&a, &s.answers).needs.iter().any(|n| n.need.id == "children"));
    assert_eq!(s.enter_number(&a, "0"), Ok(()));
    assert!(evaluate(&a, &s.answers).needs.is_empty());
    // A choice is not an answer to a number question.
    assert_eq!(s.choose(&a, "yes"), Err(FlowError::NoSuchOption));
}

#[test]
fn country_list_decides_eurp_coverage() {
    let a = content();
    let eurp = |country: &str| {
        let ans = answers(&[("stay_country", "BE"), ("return_country", country), ("residence", "no_permit")]);
        let out = evaluate(&a, &ans);
        let p = out.programmes.iter().find(|p| p.programme.id == "eurp").unwrap().clone();
        p.criteria.iter().find(|c| c.criterion.id == "country_covered").map(|c| c.value).unwrap()
    };
    use avenir_core::Tri;
    assert_eq!(eurp("MA"), Tri::True);
    assert_eq!(eurp("XK"), Tri::Unknown); // not on the published list: a counsellor must say
    assert_eq!(eurp("other"), Tri::Unknown);
    // The criterion cites the list's sources as well as its own.
    let p = a.programmes.iter().find(|p| p.id == "eurp").unwrap();
    let c = p.criteria.iter().find(|c| c.id == "country_covered").unwrap();
    assert!(c.sources.iter().any(|s| s.url.contains("returningfromgermany")));
    assert!(c.sources.iter().any(|s| s.url.contains("admin.ch")));
}

#[test]
fn continue_needs_an_answer_and_unknown_options_are_refused() {
    let a = content();
    let mut s = Session::start();
    s.begin(&a);
    assert_eq!(s.next(&a), Err(FlowError::NoAnswer));
    assert_eq!(s.choose(&a, "XX"), Err(FlowError::NoSuchOption));
    assert_eq!(s.choose(&a, "prefer-not-to-say"), Ok(()));
    assert_eq!(s.next(&a), Ok(()));
}

#[test]
fn changing_an_answer_comes_back_to_check_your_answers_then_the_results() {
    let a = content();
    let mut s = Session::start();
    s.begin(&a);
    while let Step::Question(_) = s.step {
        s.choose(&a, "prefer-not-to-say").unwrap();
        s.next(&a).unwrap();
    }
    assert_eq!(s.step, Step::Review);
    assert!(s.change(&a, "residence"));
    s.choose(&a, "asylum_pending").unwrap();
    s.next(&a).unwrap();
    assert_eq!(s.step, Step::Review);
    assert_eq!(s.confirm(), Ok(()));
    assert_eq!(s.step, Step::Results);
    assert!(s.back(&a));
    assert_eq!(s.step, Step::Review);
}

/// Any sequence of actions, including skipping everything and invalid events, never panics and
/// always leaves the session somewhere valid.
#[test]
fn random_action_sequences_never_panic() {
    let a = content();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut rand = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    for _ in 0..2_000 {
        let mut s = Session::start();
        s.begin(&a);
        for _ in 0..40 {
            match rand(5) {
                0 | 1 => {
                    if let Step::Question(i) = s.step {
                        let opts = a.questions[i].all_options();
                        let pick = rand(opts.len() + 1);
                        let o = opts.get(pick).map_or("bogus", |(o, _)| *o);
                        let _ = s.choose(&a, o);
                    }
                }
                2 => {
                    let _ = s.next(&a);
                }
                3 => {
                    s.back(&a);
                }
                _ => {
                    s.change(&a, &a.questions[rand(a.questions.len())].id);
                }
            }
            let Progress { n, total, .. } = s.progress(&a);
            assert!(n <= total && total <= a.questions.len());
            if let Step::Question(i) = s.step {
                assert!(s.answers.counted(&a).relevant[i], "on an irrelevant question");
            }
            let _ = evaluate(&a, &s.answers);
        }
    }
}

#[test]
fn recordings_are_attached_to_their_language_and_found_by_key() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assessments/default");
    let mut files = fs::read_dir(std::path::Path::new(dir)).unwrap();
    for name in ["ar/ui-start.ogg", "ar/ui-start-title.mp3", "ar/ui-start-title.wav", "en/ui-start-what.m4a"] {
        files.push(avenir_content::diag::SourceFile { path: format!("{dir}/audio/{name}"), text: String::new() });
    }
    let checked = check(&files, Date::parse("2026-12-07"));
    assert_eq!(checked.errors(), 0);
    assert!(checked.diagnostics.iter().all(|d| d.code == "W0403"), "only stale pages may be warned about");
    let a = checked.assessment.unwrap();
    let texts = |lang: &str| a.texts.iter().find(|t| t.lang == lang).unwrap();
    // One recording per text (the first format listed wins); sorted, so lookups are exact.
    assert_eq!(texts("ar").recorded, ["ui-start.ogg", "ui-start-title.mp3"]);
    assert_eq!(texts("ar").recording("ui-start-title"), Some("ui-start-title.mp3"));
    assert_eq!(texts("ar").recording("ui-start"), Some("ui-start.ogg"));
    assert_eq!(texts("ar").recording("ui-start-what"), None);
    assert_eq!(texts("en").recording("ui-start-what"), Some("ui-start-what.m4a"));
}

/// Issue 17: a reason never claims what the person did not say. For the answers, every
/// reason shown has its text in every language, and the reasons of criteria left open for want
/// of an answer say so rather than that the person's country or situation is not on a list.
#[test]
fn reasons_never_claim_what_was_not_said() {
    let a = content();
    let pns = "prefer-not-to-say";
    let walks = [
        answers(&[]),
        answers(&[("stay_country", pns), ("return_country", pns), ("residence", pns), ("exploitation", pns)]),
        answers(&[("stay_country", "DE"), ("return_country", pns), ("residence", pns), ("own_means", pns)]),
        answers(&[("stay_country", "DE"), ("return_country", "dont-know"), ("residence", "dont-know")]),
        answers(&[("stay_country", "DE"), ("return_country", "eu"), ("residence", "asylum_refused")]),
        answers(&[("stay_country", "BE"), ("return_country", "eu"), ("residence", "eu_citizen")]),
    ];
    let claims = ["not on it", "not among them", "your situation is not", "yours is"];
    let en = a.texts("en").unwrap();
    for (n, ans) in walks.iter().enumerate() {
        for p in evaluate(&a, ans).programmes {
            for c in &p.criteria {
                let key = avenir_core::model::keys::criterion(&p.programme.id, &c.criterion.id, c.outcome_id());
                for t in &a.texts {
                    assert!(t.has(&key), "walk {n}: `{key}` missing in {}", t.lang);
                }
                let text = en.format(&key, &[]).unwrap();
                if matches!(c.outcome_id(), "not-answered" | "dont-know") {
                    assert!(!claims.iter().any(|claim| text.contains(claim)), "walk {n}: `{key}` claims: {text}");
                    let says_why = text.starts_with("Your answers do not say")
                        || text.starts_with("You answered \"I don't know\"");
                    assert!(says_why, "walk {n}: `{key}` does not say why it is open: {text}");
                }
            }
        }
    }
    // The cases, one by one.
    let reason = |ans: &Answers, p: &str, c: &str| {
        let out = evaluate(&a, ans);
        let r = out.programmes.iter().find(|r| r.programme.id == p).unwrap();
        r.criteria.iter().find(|r| r.criterion.id == c).unwrap().outcome_id()
    };
    assert_eq!(reason(&walks[1], "eurp", "country_covered"), "not-answered");
    assert_eq!(reason(&walks[2], "reag_garp", "status"), "not-answered");
    assert_eq!(reason(&walks[3], "reag_garp", "status"), "dont-know");
    // A country in the EU is an answer: EURP, for third-country nationals, cannot apply and is
    // not shown, so none of its reasons can say "only a counsellor can say" beside it.
    for walk in &walks[4..] {
        assert!(evaluate(&a, walk).programmes.iter().all(|r| r.programme.id != "eurp"));
    }
}

/// Issue 17: contacts' names and regions are texts once the default language has them; a
/// language without one is reported (W0304) and shows the default language's.
#[test]
fn contact_names_and_regions_are_texts_every_language_has() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assessments/default");
    let files = fs::read_dir(std::path::Path::new(dir)).unwrap();
    let a = content();
    let ar = a.texts.iter().find(|t| t.lang == "ar").unwrap();
    let region = ar.format("contact-fluechtlingsrat_bayern-regions", &[]).unwrap();
    assert!(region.chars().all(|c| !c.is_ascii_alphabetic()), "{region}");
    let name = ar.format("contact-emergency_de-name", &[]).unwrap();
    assert!(name.chars().all(|c| !c.is_ascii_alphabetic()), "{name}");
    let without: Vec<_> = files
        .iter()
        .map(|f| {
            let mut f = f.clone();
            if f.path.ends_with("ar.ftl") {
                f.text = f
                    .text
                    .lines()
                    .filter(|l| !l.starts_with("contact-fluechtlingsrat_bayern-regions"))
                    .collect::<Vec<_>>()
                    .join("\n");
            }
            f
        })
        .collect();
    let checked = check(&without, Date::parse("2026-12-07"));
    let w: Vec<_> = checked.diagnostics.iter().filter(|d| d.code == "W0304").collect();
    assert_eq!(w.len(), 1);
    assert!(w[0].message.contains("in ar: contact-fluechtlingsrat_bayern-regions"), "{}", w[0].message);
}

/// The need `country_information` says "we have no information on this country" exactly for the
/// countries of return that no programme or contact singles out (`avenir status`'s rows).
#[test]
fn country_information_names_exactly_the_countries_without_items_of_their_own() {
    let a = content();
    let with_items = avenir_content::status::return_countries_with_items(&a);
    let need = a.needs.iter().find(|n| n.id == "country_information").unwrap();
    let q = a.question("return_country").unwrap();
    for country in q.options.iter().filter(|o| o.len() == 2 && o.bytes().all(|b| b.is_ascii_uppercase())) {
        let shown = need
            .when
            .eval(&|id: &str| (id == "return_country").then_some(avenir_core::answers::Value::Choice(country)));
        assert_eq!(
            shown.is_true(),
            !with_items.contains(country),
            "{country}: keep the list of `country_information` in needs.toml equal to the countries with items of their own"
        );
    }
}

/// The countries of return on `dangerous_return` (lists.toml), and the countries of stay.
const DANGEROUS: [&str; 6] = ["AF", "SY", "SO", "SD", "YE", "ER"];
const STAYS: [&str; 12] = ["BE", "DE", "DK", "BG", "HR", "SI", "NL", "AT", "FR", "SE", "NO", "CH"];

/// The outcome of a return to each dangerous country from each country of stay, with `more`
/// answers besides the two countries.
fn dangerous_returns<'a>(
    a: &'a Assessment,
    more: &[(&str, &str)],
) -> Vec<(&'static str, &'static str, avenir_core::evaluate::Outcome<'a>)> {
    let mut all = Vec::new();
    for country in DANGEROUS {
        for stay in STAYS {
            let mut pairs = vec![("stay_country", stay), ("return_country", country)];
            pairs.extend_from_slice(more);
            all.push((stay, country, evaluate(a, &answers(&pairs))));
        }
    }
    all
}

/// Where return itself is dangerous, from every country of stay: the need `return_safety` comes
/// first, and the next step is independent legal advice, whatever programme may be likely.
#[test]
fn a_dangerous_return_opens_with_safety_and_legal_advice_from_every_country_of_stay() {
    let a = content();
    let more = [("residence", "asylum_refused"), ("own_means", "no"), ("exploitation", "yes")];
    for (stay, country, out) in dangerous_returns(&a, &more) {
        assert_eq!(out.needs[0].need.id, "return_safety", "{stay} → {country}");
        assert_eq!(out.needs[0].urgency, Urgency::Immediate);
        let next = avenir_core::plan::plan(&out).next.expect("a next step");
        let contact = out.contacts[next.contact].contact;
        assert_eq!(contact.kind, ContactKind::LegalAdvice, "{stay} → {country}: next step {}", contact.id);
    }
}

/// An urgent need shows its first contacts right under its heading (the web page shows two,
/// `URGENT_INLINE` in crates/avenir-web): one of them has a number to call where the return is
/// dangerous (the need `return_safety`, legal advice first, from every country of stay) and where
/// someone returning to Somalia runs out of medicine (the need `health`: Aamin Ambulance's 999
/// first). The browser's walks check the same on the page (tests/e2e/results.test.mjs,
/// `NO_NUMBER`). Germany's gap (no number for its legal advice) closed on 2026-12-07 with the
/// Bavarian Refugee Council's number (contacts.toml): no gap is left.
#[test]
fn urgent_needs_have_a_number_among_their_first_two_contacts() {
    const SHOWN: usize = 2;
    let a = content();
    let mut wrong = Vec::new();
    let more = [("health", "yes"), ("medicine", "no"), ("exploitation", "yes")];
    for (stay, country, out) in dangerous_returns(&a, &more) {
        let plan = avenir_core::plan::plan(&out);
        for (n, contacts) in out.needs.iter().zip(&plan.need_contacts) {
            let id = n.need.id.as_str();
            if !(id == "return_safety" || (id == "health" && country == "SO")) {
                continue;
            }
            assert_eq!(n.urgency, Urgency::Immediate, "{stay} → {country}, {id}");
            let first: Vec<&str> = contacts.iter().take(SHOWN).map(|&c| out.contacts[c].contact.id.as_str()).collect();
            let phone = contacts.iter().take(SHOWN).any(|&c| out.contacts[c].contact.phone.is_some());
            if !phone {
                wrong.push(format!("{stay} → {country}, {id}: first contacts {first:?}"));
            }
            if id == "health" {
                assert_eq!(first[0], "aamin_ambulance", "{stay} → SO: the ambulance's number first in health");
            }
        }
    }
    assert!(wrong.is_empty(), "urgent needs without a number among their first contacts:\n{}", wrong.join("\n"));
}

/// The countries of return a person can name, as options of the question.
fn countries_of_return(a: &Assessment) -> Vec<&str> {
    a.questions.iter().find(|q| q.id == "return_country").unwrap().rule_options()
}

/// Legal aid in a country of return never takes the first screen's legal advice, nor the next
/// step, from the legal advice of the country of stay: a rule of the core (`plan::legal_rank`),
/// not of the order the files are read in. Read with every country of return's file first
/// (as if `support-after-return.toml` were renamed to sort before `stay-*.toml`), every pair of
/// countries gives the same next step and legal advice as in the usual order, and that legal
/// advice is the country of stay's.
#[test]
fn the_next_step_does_not_depend_on_the_order_the_files_are_read_in() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assessments/default");
    let files = fs::read_dir(std::path::Path::new(dir)).unwrap();
    let return_first = |f: &&avenir_content::SourceFile| f.path.rsplit('/').next().unwrap().contains("return");
    let (mut reordered, rest): (Vec<_>, Vec<_>) = files.iter().cloned().partition(|f| return_first(&f));
    assert!(reordered.iter().any(|f| f.path.ends_with("support-after-return.toml")));
    reordered.extend(rest);
    let usual = content();
    let checked = check(&reordered, Date::parse("2026-12-07"));
    assert_eq!(checked.errors(), 0);
    let swapped = checked.assessment.unwrap();
    // The swap does move legal aid in a country of return (Moldova's) before the legal advice
    // of a country of stay (the Netherlands').
    let at = |a: &Assessment, id: &str| a.contacts.iter().position(|c| c.id == id).unwrap();
    assert!(at(&usual, "md_state_legal_aid") > at(&usual, "juridisch_loket"));
    assert!(at(&swapped, "md_state_legal_aid") < at(&swapped, "juridisch_loket"));
    let mut pairs = 0;
    for stay in STAYS {
        for country in countries_of_return(&usual) {
            let ans = answers(&[("stay_country", stay), ("return_country", country)]);
            let pick = |a: &Assessment| {
                let out = evaluate(a, &ans);
                let p = avenir_core::plan::plan(&out);
                let id = |c: usize| (out.contacts[c].contact.id.clone(), out.contacts[c].for_return);
                (p.next.map(|n| (id(n.contact), format!("{:?}", n.why))), p.legal.map(id))
            };
            let (next, legal) = pick(&usual);
            assert_eq!((next.clone(), legal.clone()), pick(&swapped), "{stay} → {country}");
            let (legal, for_return) = legal.expect("legal advice");
            assert!(
                !for_return,
                "{stay} → {country}: the legal advice shown first is {legal}, of the country of return"
            );
            if let Some(((_, for_return), why)) = next {
                assert!(!for_return || !why.contains("LegalAdvice"), "{stay} → {country}: {why}");
            }
            pairs += 1;
        }
    }
    assert!(pairs > 12 * 40, "{pairs}");
}

/// A person who does not name a country of return ("I don't know", "I prefer not to say", or
/// no answer) is not shown the contacts of every country of return: only contacts whose
/// `applies` holds for a country of return on no list — the country of stay's and the general
/// ones — with the same needs answered, as for someone returning to "another country". The
/// country of stay's legal advice and emergency lines are always among them.
#[test]
fn without_a_country_of_return_no_contact_for_one_is_listed() {
    let a = content();
    let needs = [("health", "yes"), ("medicine", "no"), ("exploitation", "yes"), ("fear_of_return", "yes")];
    for stay in STAYS {
        let listed = |return_country: Option<&str>| -> Vec<String> {
            let mut pairs = vec![("stay_country", stay)];
            pairs.extend_from_slice(&needs);
            pairs.extend(return_country.map(|c| ("return_country", c)));
            let out = evaluate(&a, &answers(&pairs));
            assert!(out.contacts.iter().all(|c| !c.for_return), "{stay} {return_country:?}");
            out.contacts.iter().map(|c| c.contact.id.clone()).collect()
        };
        let other = listed(Some("other"));
        for unnamed in [None, Some("dont-know"), Some("prefer-not-to-say")] {
            let shown = listed(unnamed);
            // The contacts of programmes that stay "possibly" without a country of return may
            // come on top; none of "another country"'s is missing.
            assert!(other.iter().all(|c| shown.contains(c)), "{stay} {unnamed:?}: {other:?} ⊄ {shown:?}");
            for kind in [ContactKind::LegalAdvice, ContactKind::Emergency] {
                assert!(
                    shown.iter().any(|id| a.contacts.iter().any(|c| c.id == *id && c.kind == kind)),
                    "{stay} {unnamed:?}: no {kind:?}"
                );
            }
            eprintln!("{stay} {unnamed:?}: {} contacts ({} for another country)", shown.len(), other.len());
        }
    }
}

/// Issue 19's follow-up: without a country of return, the programmes of every country of return
/// were listed as "possibly" (11 for a person in Belgium, 3 of them Belgium's and EURP), burying
/// what fits the person. A programme whose `applies` is false for a country of return on no list
/// is now counted (`Outcome::for_return`), with the question that would settle it, and not
/// listed; each counted programme is listed for some country of return a person can name, and
/// no country of stay's programme is ever counted.
#[test]
fn without_a_country_of_return_its_programmes_are_counted_not_listed() {
    let a = content();
    let named = countries_of_return(&a);
    let ids = |out: &avenir_core::Outcome| -> Vec<String> {
        out.programmes.iter().filter(|p| p.likelihood != NotLikely).map(|p| p.programme.id.clone()).collect()
    };
    let out = evaluate(&a, &answers(&[("stay_country", "BE"), ("return_country", "prefer-not-to-say")]));
    assert_eq!(ids(&out), ["fedasil_avr", "fedasil_reintegration", "eurp"]);
    assert_eq!(out.for_return.programmes.len(), 8, "{:?}", out.for_return.programmes);
    for stay in STAYS {
        for unnamed in [None, Some("dont-know"), Some("prefer-not-to-say")] {
            let mut pairs = vec![("stay_country", stay)];
            pairs.extend(unnamed.map(|c| ("return_country", c)));
            let out = evaluate(&a, &answers(&pairs));
            let (listed, counted) = (ids(&out), &out.for_return.programmes);
            eprintln!("{stay} {unnamed:?}: {} listed likely or possibly, {} counted", listed.len(), counted.len());
            assert!(!counted.is_empty(), "{stay} {unnamed:?}");
            assert_eq!(out.for_return.settle, ["return_country"], "{stay} {unnamed:?}");
            // What a person returning to "another country" is shown is listed, never counted.
            let other = evaluate(&a, &answers(&[("stay_country", stay), ("return_country", "other")]));
            for r in &other.programmes {
                assert!(
                    out.programmes.iter().any(|p| p.programme.id == r.programme.id),
                    "{stay} {unnamed:?}: {}",
                    r.programme.id
                );
            }
            // Each counted programme is listed for a country of return a person can name.
            for p in counted {
                assert!(p.applies.as_ref().is_some_and(|e| e.questions().contains(&"return_country")), "{}", p.id);
                assert!(
                    named.iter().any(|c| {
                        let pairs = [("stay_country", stay), ("return_country", c)];
                        evaluate(&a, &answers(&pairs)).programmes.iter().any(|r| r.programme.id == p.id)
                    }),
                    "{stay} {unnamed:?}: {} is counted but fits no country of return",
                    p.id
                );
            }
        }
    }
}
