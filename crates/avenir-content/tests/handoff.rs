//! Hand-off codes over the default content: round trips (proptest), the code's length, the
//! worked example of `docs/handoff.md`, typos, and a code from an earlier content version.

use avenir_content::{check, fs};
use avenir_core::answers::{Answer, Answers};
use avenir_core::handoff::{Decoded, HandoffError, decode, encode, fingerprint};
use avenir_core::model::{Assessment, Date};
use proptest::prelude::*;

#[path = "../../avenir-core/tests/support/pick.rs"]
mod support;
use support::pick;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn content() -> Assessment {
    static CONTENT: std::sync::OnceLock<Assessment> = std::sync::OnceLock::new();
    CONTENT.get_or_init(read_content).clone()
}

fn read_content() -> Assessment {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assessments/default");
    let files = fs::read_dir(std::path::Path::new(dir)).unwrap();
    let checked = check(&files, Date::parse("2026-11-23"));
    assert_eq!(checked.errors(), 0, "the default content must check");
    checked.assessment.unwrap()
}

fn asked(a: &Assessment, answers: &Answers) -> Answers {
    let relevant = answers.counted(a).relevant;
    let mut out = answers.clone();
    out.retain(|id, _| relevant[a.question_index(id).unwrap()]);
    out
}

fn answers(pairs: &[(&str, Answer)]) -> Answers {
    let mut a = Answers::new();
    for (q, ans) in pairs {
        a.set_answer(q, ans.clone());
    }
    a
}

fn choice(o: &str) -> Answer {
    Answer::Choice(o.into())
}

/// The worked example of docs/handoff.md: a person in Germany returning to Albania.
fn example() -> Answers {
    answers(&[
        ("stay_country", choice("DE")),
        ("return_country", choice("AL")),
        ("residence", choice("asylum_refused")),
        ("own_means", Answer::DontKnow),
        ("travel_document", choice("no")),
        ("children", Answer::Number(2)),
        ("health", choice("yes")),
        ("medicine", choice("yes")),
        ("wellbeing", Answer::PreferNotToSay),
        ("help_after_return", Answer::Choices(vec!["housing".into(), "work".into()])),
        ("debts", choice("no")),
        ("fear_of_return", choice("no")),
        ("exploitation", choice("no")),
    ])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn every_answer_set_of_the_default_content_round_trips(
        picks in prop::collection::vec((any::<u8>(), any::<u64>(), any::<u8>()), 13)
    ) {
        let a = content();
        prop_assert_eq!(a.questions.len(), picks.len(), "the default content has this many questions");
        let mut ans = Answers::new();
        for (q, p) in a.questions.iter().zip(&picks) {
            if let Some(x) = pick(q, (p.0, u128::from(p.1), p.2)) {
                ans.set_answer(&q.id, x);
            }
        }
        let code = encode(&a, &ans);
        prop_assert_eq!(code.len(), 18, "15 symbols and 3 hyphens: {}", code);
        prop_assert_eq!(decode(&a, &code), Ok(Decoded { answers: asked(&a, &ans) }));
    }
}

#[test]
fn the_worked_example() {
    let a = content();
    let ans = example();
    assert_eq!(fingerprint(&a), 0x7E5FB, "docs/handoff.md gives the fingerprint");
    let code = encode(&a, &ans);
    assert_eq!(code, "2ZJZ-PC72-GJDX-ZNV", "docs/handoff.md gives this code");
    assert_eq!(code.chars().filter(|c| *c != '-').count(), 15, "at most 24 symbols, as asked");
    assert_eq!(decode(&a, &code), Ok(Decoded { answers: ans.clone() }));
    assert_eq!(decode(&a, "2zjz pc72 gjdx znv"), Ok(Decoded { answers: ans }));
    assert_eq!(decode(&a, "2ZJZ-PC72-GJDX-ZVN"), Err(HandoffError::Checksum));
}

#[test]
fn every_typo_in_the_example_is_a_checksum_error() {
    let a = content();
    let code = encode(&a, &example());
    let s: Vec<u8> = code.bytes().filter(|&b| b != b'-').collect();
    for i in 0..s.len() {
        for &other in ALPHABET {
            if other != s[i] {
                let mut t = s.clone();
                t[i] = other;
                assert_eq!(decode(&a, std::str::from_utf8(&t).unwrap()), Err(HandoffError::Checksum));
            }
        }
        if i + 1 < s.len() && s[i] != s[i + 1] {
            let mut t = s.clone();
            t.swap(i, i + 1);
            assert_eq!(decode(&a, std::str::from_utf8(&t).unwrap()), Err(HandoffError::Checksum));
        }
        let mut t = s.clone();
        t.remove(i);
        assert!(decode(&a, std::str::from_utf8(&t).unwrap()).is_err(), "missing {i}");
    }
}

#[test]
fn a_code_from_earlier_content() {
    let a = content();
    let ans = example();
    let code = encode(&a, &ans);
    // A release that changes only programmes, contacts or texts reads codes exactly.
    let mut next = a.clone();
    next.version = "2027.1.0".into();
    next.programmes.pop();
    assert_eq!(decode(&next, &code), Ok(Decoded { answers: ans.clone() }));
    // A release that adds a country of return: the code is from other content; its reading
    // has every answer, since the field is as wide as before.
    let mut next = a.clone();
    let rc = next.questions.iter_mut().find(|q| q.id == "return_country").unwrap();
    rc.options.insert(0, "UA".into());
    // The first country's index moved: AL now reads as UA. The reading is a guess.
    let Err(HandoffError::OtherVersion { reading }) = decode(&next, &code) else { panic!("other content") };
    assert_eq!(reading.get("return_country"), Some(&choice("UA")));
    assert_eq!(reading.get("children"), Some(&Answer::Number(2)));
    // Appended instead, every answer reads as given.
    let mut next = a.clone();
    let rc = next.questions.iter_mut().find(|q| q.id == "return_country").unwrap();
    rc.options.push("UA".into());
    assert_eq!(decode(&next, &code), Err(HandoffError::OtherVersion { reading: ans }));
}
