//! Hand-off codes over the default content: round trips (proptest), the code's length, the
//! personal answers left out; and over the questions of version 2026.11.0 (kept in
//! `tests/handoff-content-2026.11.0/`): the worked example of `docs/handoff.md`, typos, a code
//! from an earlier content version, the random part, and the example of format 1 still read.

use avenir_content::{check, fs};
use avenir_core::answers::{Answer, Answers};
use avenir_core::handoff::{Decoded, HandoffError, Share, decode, encode, fingerprint, left_out};
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

/// The content of the worked example in docs/handoff.md: the questions of version 2026.11.0.
fn example_content() -> Assessment {
    static CONTENT: std::sync::OnceLock<Assessment> = std::sync::OnceLock::new();
    CONTENT.get_or_init(|| read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/handoff-content-2026.11.0"))).clone()
}

fn read_content() -> Assessment {
    read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assessments/default"))
}

fn read(dir: &str) -> Assessment {
    let files = fs::read_dir(std::path::Path::new(dir)).unwrap();
    let checked = check(&files, Date::parse("2026-12-07"));
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

/// The questions a code without the personal answers leaves out: the sensitive ones, and
/// `medicine`, asked only when `health` is "yes".
const PERSONAL: [&str; 9] = [
    "residence",
    "own_means",
    "health",
    "medicine",
    "wellbeing",
    "debts",
    "fear_of_return",
    "exploitation",
    "under_18",
];

/// The same for the questions of version 2026.11.0 (the worked example's).
const PERSONAL_2026_11: [&str; 8] =
    ["residence", "own_means", "health", "medicine", "wellbeing", "debts", "fear_of_return", "exploitation"];

fn all(answers: Answers) -> Decoded {
    Decoded { answers, not_shared: Vec::new() }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn every_answer_set_of_the_default_content_round_trips(
        picks in prop::collection::vec((any::<u8>(), any::<u64>(), any::<u8>()), 14),
        random in any::<u16>(),
    ) {
        let a = content();
        prop_assert_eq!(a.questions.len(), picks.len(), "the default content has this many questions");
        let mut ans = Answers::new();
        for (q, p) in a.questions.iter().zip(&picks) {
            if let Some(x) = pick(q, (p.0, u128::from(p.1), p.2)) {
                ans.set_answer(&q.id, x);
            }
        }
        let code = encode(&a, &ans, Share::All, random);
        prop_assert_eq!(code.len(), 21, "17 symbols and 4 hyphens: {}", code);
        prop_assert_eq!(decode(&a, &code), Ok(all(asked(&a, &ans))));

        // Without the personal answers: shorter, and none of them in it.
        let code = encode(&a, &ans, Share::NotSensitive, random);
        prop_assert_eq!(code.len(), 16, "13 symbols and 3 hyphens: {}", code);
        let d = decode(&a, &code).unwrap();
        let mut shared = asked(&a, &ans);
        shared.retain(|id, _| !PERSONAL.contains(&id));
        prop_assert_eq!(&d.answers, &shared);
        // Not shared: every personal question but `own_means` where the country of stay rules
        // it out (another country; "don't know" leaves it open).
        let ruled_out = |id: &str| id == "own_means" && matches!(shared.get("stay_country"), Some(Answer::Choice(c)) if c != "DE" && c != "DK");
        let expected: Vec<String> = PERSONAL.iter().filter(|id| !ruled_out(id)).map(|id| id.to_string()).collect();
        prop_assert_eq!(d.not_shared, expected);
    }
}

#[test]
fn the_personal_questions_of_the_default_content() {
    let a = content();
    let left: Vec<&str> =
        a.questions.iter().zip(left_out(&a)).filter(|(_, l)| *l).map(|(q, _)| q.id.as_str()).collect();
    assert_eq!(left, PERSONAL);
}

/// The random part of the worked example.
const EXAMPLE_RANDOM: u16 = 0b1011;

#[test]
fn the_worked_example() {
    let a = example_content();
    let ans = example();
    assert_eq!(fingerprint(&a), 0xAADD3, "docs/handoff.md gives the fingerprint");
    let code = encode(&a, &ans, Share::All, EXAMPLE_RANDOM);
    assert_eq!(code, "5FX2-GNFT-6YJE-WR19", "docs/handoff.md gives this code");
    assert_eq!(code.chars().filter(|c| *c != '-').count(), 16, "at most 24 symbols, as asked");
    assert_eq!(decode(&a, &code), Ok(all(ans.clone())));
    assert_eq!(decode(&a, &code.to_lowercase().replace('-', " ")), Ok(all(ans.clone())));
    let swapped =
        format!("{}{}{}", &code[..code.len() - 2], &code[code.len() - 1..], &code[code.len() - 2..code.len() - 1]);
    assert_eq!(decode(&a, &swapped), Err(HandoffError::Checksum));
    // Without the personal answers.
    let code = encode(&a, &ans, Share::NotSensitive, EXAMPLE_RANDOM);
    assert_eq!(code, "5FX2-GQFT-590S-7", "docs/handoff.md gives this code");
    let d = decode(&a, &code).unwrap();
    let mut shared = ans.clone();
    shared.retain(|id, _| !PERSONAL_2026_11.contains(&id));
    assert_eq!(d, Decoded { answers: shared, not_shared: PERSONAL_2026_11.map(String::from).to_vec() });
}

/// The example as format 1 wrote it (docs/handoff.md, "Format 1"): a phone with an older copy
/// of the widget shows it; this one reads it exactly.
#[test]
fn the_example_of_format_1_is_still_read() {
    let a = example_content();
    assert_eq!(avenir_core::handoff::fingerprint_of(&a, 1), 0x7E5FB);
    assert_eq!(decode(&a, "2ZJZ-PC72-GJDX-ZNV"), Ok(all(example())));
    assert_eq!(decode(&a, "2zjz pc72 gjdx znv"), Ok(all(example())));
    assert_eq!(decode(&a, "2ZJZ-PC72-GJDX-ZVN"), Err(HandoffError::Checksum));
}

/// The sixteen codes of one answer set differ all along, not only in the random part: no
/// symbol of a code stands for an answer, so nobody learns to read codes by eye.
#[test]
fn the_random_part_changes_every_symbol() {
    let a = example_content();
    let codes: Vec<Vec<u8>> =
        (0..16).map(|r| encode(&a, &example(), Share::All, r).bytes().filter(|&b| b != b'-').collect()).collect();
    let distinct = |i: usize| codes.iter().map(|c| c[i]).collect::<std::collections::BTreeSet<_>>().len();
    assert_eq!((0..16).map(|r| &codes[r]).collect::<std::collections::BTreeSet<_>>().len(), 16);
    // The first symbol holds the format and the random part's first bit: two values.
    assert_eq!(distinct(0), 2);
    for i in 1..codes[0].len() {
        assert!(distinct(i) >= 6, "symbol {i} takes only {} values", distinct(i));
    }
}

#[test]
fn every_typo_in_the_example_is_a_checksum_error() {
    let a = example_content();
    let code = encode(&a, &example(), Share::All, EXAMPLE_RANDOM);
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
    let a = example_content();
    let ans = example();
    let code = encode(&a, &ans, Share::All, EXAMPLE_RANDOM);
    // A release that changes only programmes, contacts or texts reads codes exactly.
    let mut next = a.clone();
    next.version = "2027.1.0".into();
    next.programmes.pop();
    assert_eq!(decode(&next, &code), Ok(all(ans.clone())));
    // A release that adds a country of return: the code is from other content; its reading
    // has every answer, since the field is as wide as before.
    let mut next = a.clone();
    let rc = next.questions.iter_mut().find(|q| q.id == "return_country").unwrap();
    rc.options.insert(0, "UA".into());
    // The first country's index moved: AL now reads as UA. The reading is a guess.
    let Err(HandoffError::OtherVersion { reading }) = decode(&next, &code) else { panic!("other content") };
    assert_eq!(reading.answers.get("return_country"), Some(&choice("UA")));
    assert!(!a.questions.iter().any(|q| q.options.contains(&"UA".to_string())), "UA was not a country of 2026.11.0");
    assert_eq!(reading.answers.get("children"), Some(&Answer::Number(2)));
    // Appended instead, every answer reads as given.
    let mut next = a.clone();
    let rc = next.questions.iter_mut().find(|q| q.id == "return_country").unwrap();
    rc.options.push("UA".into());
    assert_eq!(decode(&next, &code), Err(HandoffError::OtherVersion { reading: all(ans) }));
}
