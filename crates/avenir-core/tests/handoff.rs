//! Hand-off codes over a synthetic assessment with every question type: round trips (proptest),
//! typos, garbage, and codes from other content.

use avenir_core::answers::{Answer, Answers};
use avenir_core::expr::parse;
use avenir_core::handoff::{Decoded, HandoffError, decode, encode, fingerprint};
use avenir_core::model::{Assessment, Question, QuestionKind};
use proptest::prelude::*;

#[path = "support/pick.rs"]
mod support;
use support::pick;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn q(id: &str, kind: QuestionKind, options: &[&str], dont_know: bool, relevant: Option<&str>) -> Question {
    Question {
        id: id.into(),
        kind,
        options: options.iter().map(|s| s.to_string()).collect(),
        dont_know,
        sensitive: false,
        relevant: relevant.map(|r| parse(r).expr.expect("rule parses")),
        group: None,
    }
}

fn many_options() -> Vec<String> {
    (0..70).map(|i| format!("o{i}")).collect()
}

fn assessment() -> Assessment {
    use QuestionKind::*;
    let many = many_options();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    Assessment {
        id: "synthetic".into(),
        version: "1".into(),
        default_language: "en".into(),
        questions: vec![
            q("single", Single, &["a", "b", "c"], true, None),
            q("single2", Single, &["a", "b"], false, None),
            q("yn", YesNo, &[], true, None),
            q("yn2", YesNo, &[], false, None),
            q("country", Country, &["AL", "XK", "MD", "other", "eu"], true, None),
            q("count", Number { min: 0, max: 20 }, &[], false, None),
            q("signed", Number { min: -5, max: 5 }, &[], true, None),
            q("huge", Number { min: i64::MIN, max: i64::MAX }, &[], true, None),
            q("fixed", Number { min: 7, max: 7 }, &[], false, None),
            q("multi", Multi, &["x", "y", "z"], false, None),
            q("multi70", Multi, &many, true, None),
            // Asked only when `single` is "a": answers to it otherwise never travel.
            q("follow", Single, &["a", "b"], true, Some(r#"single == "a""#)),
        ],
        programmes: Vec::new(),
        needs: Vec::new(),
        contacts: Vec::new(),
        languages: Vec::new(),
        texts: Vec::new(),
    }
}

fn answers_from(a: &Assessment, picks: &[(u8, u128, u8)]) -> Answers {
    let mut answers = Answers::new();
    for (q, p) in a.questions.iter().zip(picks) {
        if let Some(ans) = pick(q, *p) {
            answers.set_answer(&q.id, ans);
        }
    }
    answers
}

/// What a code carries: the answers to the questions asked.
fn asked(a: &Assessment, answers: &Answers) -> Answers {
    let relevant = answers.counted(a).relevant;
    let mut out = answers.clone();
    out.retain(|id, _| relevant[a.question_index(id).unwrap()]);
    out
}

fn symbols(code: &str) -> Vec<u8> {
    code.bytes().filter(|&b| b != b'-').map(|b| ALPHABET.iter().position(|&x| x == b).unwrap() as u8).collect()
}

fn text(symbols: &[u8]) -> String {
    symbols.iter().map(|&s| ALPHABET[s as usize] as char).collect()
}

/// The check symbols as `docs/handoff.md` defines them: `(n + Σ (i+1)·s[i]) mod 1021`.
fn with_check(mut data: Vec<u8>) -> Vec<u8> {
    let sum = data.iter().enumerate().fold(data.len() as u64, |acc, (i, &s)| (acc + (i as u64 + 1) * s as u64) % 1021);
    data.extend([(sum >> 5) as u8, (sum & 31) as u8]);
    data
}

fn picks() -> impl Strategy<Value = Vec<(u8, u128, u8)>> {
    prop::collection::vec((any::<u8>(), any::<u128>(), any::<u8>()), 12)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn every_answer_set_round_trips(p in picks()) {
        let a = assessment();
        let answers = answers_from(&a, &p);
        let code = encode(&a, &answers);
        prop_assert!(code.bytes().all(|b| b == b'-' || ALPHABET.contains(&b)), "{}", code);
        prop_assert!(code.split('-').all(|g| (1..=4).contains(&g.len())));
        prop_assert_eq!(decode(&a, &code), Ok(Decoded { answers: asked(&a, &answers) }));
        // Typed in lower case, with spaces instead of hyphens, O for 0 and l for 1.
        let typed = code.to_lowercase().replace('-', " ").replace('0', "O").replace('1', "l");
        prop_assert_eq!(decode(&a, &typed), decode(&a, &code));
    }

    #[test]
    fn arbitrary_text_never_panics(s in ".{0,80}") {
        let _ = decode(&assessment(), &s);
    }

    #[test]
    fn code_like_text_never_panics_and_rarely_passes(s in "[0-9A-Za-z -]{0,40}") {
        let a = assessment();
        if let Ok(d) = decode(&a, &s) {
            prop_assert_eq!(decode(&a, &encode(&a, &d.answers)), Ok(d));
        }
    }

    /// Any bits behind a correct header and check: the deepest garbage. Whatever reads as a
    /// code reads back the same after encoding it again.
    #[test]
    fn any_payload_with_a_valid_check_never_panics(
        // 35 symbols after the header's first four is this assessment's exact length.
        payload in prop_oneof![prop::collection::vec(0u8..32, 35), prop::collection::vec(0u8..32, 0..40)],
        header in any::<bool>(),
    ) {
        let a = assessment();
        let mut data = symbols(&encode(&a, &Answers::new()));
        data.truncate(data.len() - 2);
        if header {
            // Keep the 24 header bits (four symbols and the top four bits of the fifth).
            data.truncate(5);
            data[4] &= 0b11110;
            if let Some(first) = payload.first() {
                data[4] |= first >> 4;
            }
            data.extend(payload.iter().skip(1));
        } else {
            data = payload;
        }
        let code = text(&with_check(data));
        let result = decode(&a, &code);
        prop_assert_ne!(&result, &Err(HandoffError::Checksum), "a valid check was refused: {}", code);
        if let Ok(d) = result {
            prop_assert_eq!(decode(&a, &encode(&a, &d.answers)), Ok(d));
        }
    }
}

fn full_answers(a: &Assessment) -> Answers {
    let mut answers = Answers::new();
    for (i, q) in a.questions.iter().enumerate() {
        let ans = pick(q, (3, 0x1234_5678_9abc_def0_1357_9bdf_2468_ace0 + i as u128, 7)).unwrap();
        answers.set_answer(&q.id, ans);
    }
    answers
}

#[test]
fn every_single_typo_and_neighbour_swap_is_a_checksum_error() {
    let a = assessment();
    let answers = full_answers(&a);
    let code = encode(&a, &answers);
    let s = symbols(&code);
    assert!(s.len() > 20, "a long sample: {code}");
    assert_eq!(decode(&a, &code), Ok(Decoded { answers: asked(&a, &answers) }));
    let mut tried = 0;
    for i in 0..s.len() {
        for other in 0..32 {
            if other != s[i] {
                let mut t = s.clone();
                t[i] = other;
                assert_eq!(decode(&a, &text(&t)), Err(HandoffError::Checksum), "{} at {i}", text(&t));
                tried += 1;
            }
        }
        if i + 1 < s.len() && s[i] != s[i + 1] {
            let mut t = s.clone();
            t.swap(i, i + 1);
            assert_eq!(decode(&a, &text(&t)), Err(HandoffError::Checksum), "swap at {i}");
            tried += 1;
        }
    }
    assert!(tried > 31 * s.len());
    // A missing or doubled character is caught here too (by the check, almost always; here always).
    for i in 0..s.len() {
        let mut t = s.clone();
        t.remove(i);
        assert!(decode(&a, &text(&t)).is_err(), "without {i}");
        let mut t = s.clone();
        t.insert(i, s[i]);
        assert!(decode(&a, &text(&t)).is_err(), "doubled {i}");
    }
}

#[test]
fn errors_read_in_plain_english() {
    assert_eq!(HandoffError::Checksum.to_string(), "check the code: a character is wrong or missing");
    assert_eq!(HandoffError::Garbage.to_string(), "this is not a hand-off code");
    assert!(HandoffError::Unsupported { format: 9 }.to_string().contains("another version of Avenir"));
    assert!(HandoffError::OtherVersion { reading: Answers::new() }.to_string().contains("a guess"));
}

#[test]
fn garbage_and_short_text() {
    let a = assessment();
    for s in ["", "   ", "-", "hello world!", "https://example.org/?code=1", "0000000", "ZZZZ-ZZZZ", "٣٤٥"] {
        assert!(decode(&a, s).is_err(), "{s}");
    }
    assert_eq!(decode(&a, "AB"), Err(HandoffError::Garbage));
    assert_eq!(decode(&a, "ÄBCD-EFGH"), Err(HandoffError::Garbage));
    // U is the one letter never in a code: a mistyped V.
    assert_eq!(decode(&a, "UBCD-EFGH-JK"), Err(HandoffError::Checksum));
}

#[test]
fn answers_that_do_not_fit_or_are_not_asked_stay_behind() {
    let a = assessment();
    let mut answers = Answers::new();
    answers.set_answer("single", Answer::Choice("b".into()));
    answers.set_answer("follow", Answer::Choice("a".into())); // not asked: single is not "a"
    answers.set_answer("single2", Answer::DontKnow); // not offered
    answers.set_answer("yn", Answer::Choice("maybe".into()));
    answers.set_answer("count", Answer::Number(21));
    answers.set_answer("signed", Answer::Choice("a".into()));
    answers.set_answer("multi", Answer::Choices(vec!["x".into(), "x".into()]));
    answers.set_answer("gone", Answer::PreferNotToSay);
    answers.set_answer("country", Answer::Choice("XK".into()));
    answers.set_answer("multi70", Answer::Choices(vec!["o69".into(), "o3".into()]));
    let mut expected = Answers::new();
    expected.set_answer("single", Answer::Choice("b".into()));
    expected.set_answer("country", Answer::Choice("XK".into()));
    // Ticked options come back in the question's order.
    expected.set_answer("multi70", Answer::Choices(vec!["o3".into(), "o69".into()]));
    assert_eq!(decode(&a, &encode(&a, &answers)), Ok(Decoded { answers: expected }));
}

#[test]
fn a_code_from_other_content_is_read_as_a_guess() {
    let a = assessment();
    let answers = full_answers(&a);
    let code = encode(&a, &answers);

    // A new version with the same questions: the code stays exact.
    let mut b = a.clone();
    b.version = "2".into();
    assert_eq!(decode(&b, &code), Ok(Decoded { answers: asked(&a, &answers) }));

    // A question added at the end: every old answer still reads, the new one is unanswered.
    let mut b = a.clone();
    b.questions.push(q("new", QuestionKind::YesNo, &[], false, None));
    assert_ne!(fingerprint(&a), fingerprint(&b));
    assert_eq!(decode(&b, &code), Err(HandoffError::OtherVersion { reading: asked(&a, &answers) }));

    // An option added to the country question widens its field: answers before it read, the
    // guess stops where the fields no longer line up (or goes on, wrong: it is only a guess).
    let mut b = a.clone();
    b.questions[4].options.push("XX".into());
    let Err(HandoffError::OtherVersion { reading }) = decode(&b, &code) else { panic!("other version") };
    for id in ["single", "single2", "yn", "yn2"] {
        assert_eq!(reading.get(id), answers.get(id), "{id}");
    }
    assert!(reading.iter().all(|(id, ans)| ans.fits(b.question(id).unwrap())));

    // Any change to what the fields mean changes the fingerprint.
    let changes: Vec<fn(&mut Assessment)> = vec![
        |b| b.id = "other".into(),
        |b| b.questions[0].id = "renamed".into(),
        |b| b.questions[0].options.swap(0, 1),
        |b| b.questions[1].dont_know = true,
        |b| b.questions[5].kind = QuestionKind::Number { min: 0, max: 21 },
        |b| b.questions[2].kind = QuestionKind::Single,
        |b| b.questions.swap(2, 3),
        |b| {
            b.questions.pop();
        },
    ];
    for (i, change) in changes.into_iter().enumerate() {
        let mut b = a.clone();
        change(&mut b);
        assert_ne!(fingerprint(&a), fingerprint(&b), "change {i}");
        assert!(matches!(decode(&b, &code), Err(HandoffError::OtherVersion { .. })), "change {i}");
    }
}
