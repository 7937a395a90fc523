//! Hand-off codes over a synthetic assessment with every question type: round trips (proptest),
//! typos, garbage, codes from other content, personal answers left out, the random part, and
//! codes of format 1.

use avenir_core::answers::{Answer, Answers};
use avenir_core::expr::parse;
use avenir_core::handoff::{
    Decoded, HandoffError, RANDOM_BITS, Share, decode, encode, fingerprint, fingerprint_of, left_out,
};
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
        exclusive: Vec::new(),
        first: Vec::new(),
    }
}

fn many_options() -> Vec<String> {
    (0..70).map(|i| format!("o{i}")).collect()
}

fn assessment() -> Assessment {
    use QuestionKind::*;
    let many = many_options();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    let mut a = Assessment {
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
    };
    // Personal: left out of a code without the personal answers, with `follow`, which is
    // asked only when `single` is "a".
    for id in ["single", "signed", "multi"] {
        a.questions.iter_mut().find(|q| q.id == id).unwrap().sensitive = true;
    }
    a
}

/// The code of every answer, with random bits 0 (tests that do not care which).
fn code_of(a: &Assessment, answers: &Answers) -> String {
    encode(a, answers, Share::All, 0)
}

/// What a code with every answer reads as.
fn all(answers: Answers) -> Decoded {
    Decoded { answers, not_shared: Vec::new() }
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

fn bits_of(symbols: &[u8]) -> Vec<bool> {
    symbols.iter().flat_map(|s| (0..5).rev().map(move |i| s >> i & 1 == 1)).collect()
}

/// Bits to 5-bit symbols, the last padded with zeros.
fn pack(bits: &[bool]) -> Vec<u8> {
    bits.chunks(5).map(|c| (0..5).fold(0, |acc, i| acc << 1 | c.get(i).copied().unwrap_or(false) as u8)).collect()
}

/// The keystream as docs/handoff.md defines it: block k of 64 bits is SplitMix64's (k+1)-th
/// output from the state `random`, most significant bit first.
fn keystream(random: u64, len: usize) -> Vec<bool> {
    (0..len)
        .map(|j| {
            let mut z = random.wrapping_add((j as u64 / 64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            (z ^ (z >> 31)) >> (63 - j % 64) & 1 == 1
        })
        .collect()
}

/// The data bits of a format-2 code as written before scrambling (check symbols dropped).
fn plain(code: &str) -> Vec<bool> {
    let s = symbols(code);
    let mut bits = bits_of(&s[..s.len() - 2]);
    assert_eq!(&bits[..4], [false, false, true, false], "format 2");
    let random = bits[4..8].iter().fold(0u64, |acc, &b| acc << 1 | b as u64);
    let stream = keystream(random, bits.len() - 8);
    for (b, k) in bits[8..].iter_mut().zip(stream) {
        *b ^= k;
    }
    bits
}

/// The code format 1 wrote for `answers` (docs/handoff.md, "Format 1"), written here from the
/// documentation: format 1, the fingerprint as format 1 defines it, and format 1's fields.
fn format1(a: &Assessment, answers: &Answers) -> String {
    fn push(bits: &mut Vec<bool>, value: u128, width: u32) {
        bits.extend((0..width).rev().map(|i| value >> i & 1 == 1));
    }
    let width = |states: u128| 128 - states.saturating_sub(1).leading_zeros();
    let mut bits = Vec::new();
    push(&mut bits, 1, 4);
    push(&mut bits, u128::from(fingerprint_of(a, 1)), 20);
    let answers = asked(a, answers);
    for q in &a.questions {
        let s: u128 = if q.dont_know { 3 } else { 2 };
        let answer = answers.get(&q.id).filter(|ans| ans.fits(q));
        let special = match answer {
            Some(Answer::PreferNotToSay) => 1,
            Some(Answer::DontKnow) => 2,
            _ => 0,
        };
        let options = q.rule_options();
        match (q.kind, answer) {
            (QuestionKind::Multi, Some(Answer::Choices(ticked))) => {
                push(&mut bits, 1, 1);
                for o in &options {
                    push(&mut bits, ticked.iter().any(|t| t == o) as u128, 1);
                }
            }
            (QuestionKind::Multi, _) => {
                push(&mut bits, 0, 1);
                push(&mut bits, special, width(s));
            }
            (QuestionKind::Number { min, max }, answer) => {
                let states = s + (max as i128 - min as i128 + 1) as u128;
                let v = match answer {
                    Some(Answer::Number(n)) => s + (*n as i128 - min as i128) as u128,
                    _ => special,
                };
                push(&mut bits, v, width(states));
            }
            (_, answer) => {
                let v = match answer {
                    Some(Answer::Choice(o)) => s + options.iter().position(|x| x == o).unwrap() as u128,
                    _ => special,
                };
                push(&mut bits, v, width(s + options.len() as u128));
            }
        }
    }
    text(&with_check(pack(&bits)))
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

/// What a code without the personal answers carries: the asked answers to questions not left
/// out; and the left-out questions that are, or may be, asked given those.
fn without_personal(a: &Assessment, answers: &Answers) -> Decoded {
    let left = left_out(a);
    let mut shared = asked(a, answers);
    shared.retain(|id, _| !left[a.question_index(id).unwrap()]);
    let relevant = shared.counted(a).relevant;
    let not_shared = a
        .questions
        .iter()
        .enumerate()
        // `follow` may be asked (it depends on `single`, not shared); the others always are.
        .filter(|(i, q)| left[*i] && (relevant[*i] || q.id == "follow"))
        .map(|(_, q)| q.id.clone())
        .collect();
    Decoded { answers: shared, not_shared }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn every_answer_set_round_trips(p in picks(), random in any::<u16>()) {
        let a = assessment();
        let answers = answers_from(&a, &p);
        let code = encode(&a, &answers, Share::All, random);
        prop_assert!(code.bytes().all(|b| b == b'-' || ALPHABET.contains(&b)), "{}", code);
        prop_assert!(code.split('-').all(|g| (1..=4).contains(&g.len())));
        prop_assert_eq!(decode(&a, &code), Ok(all(asked(&a, &answers))));
        // Typed in lower case, with spaces instead of hyphens, O for 0 and l for 1.
        let typed = code.to_lowercase().replace('-', " ").replace('0', "O").replace('1', "l");
        prop_assert_eq!(decode(&a, &typed), decode(&a, &code));
    }

    /// Without the personal answers, a code reads as the others, with the personal questions
    /// "not shared"; and it does not depend on the personal answers at all: the same code,
    /// bit for bit, whatever they were.
    #[test]
    fn a_code_without_personal_answers_carries_nothing_of_them(p in picks(), q in picks(), random in any::<u16>()) {
        let a = assessment();
        let answers = answers_from(&a, &p);
        let code = encode(&a, &answers, Share::NotSensitive, random);
        prop_assert_eq!(decode(&a, &code), Ok(without_personal(&a, &answers)));
        // Other personal answers, the same others: the same code.
        let left = left_out(&a);
        let mut other = answers_from(&a, &q);
        other.retain(|id, _| left[a.question_index(id).unwrap()]);
        for (id, ans) in answers.iter().filter(|(id, _)| !left[a.question_index(id).unwrap()]) {
            other.set_answer(id, ans.clone());
        }
        prop_assert_eq!(encode(&a, &other, Share::NotSensitive, random), code);
    }

    /// A code of format 1 (no random part, every answer), from a phone with an older copy of
    /// the widget, reads as the code of format 2 of the same answers.
    #[test]
    fn a_code_of_format_1_reads_as_before(p in picks(), random in 0u16..16) {
        let a = assessment();
        let answers = answers_from(&a, &p);
        let code = encode(&a, &answers, Share::All, random);
        let old = format1(&a, &answers);
        prop_assert_eq!(decode(&a, &old), decode(&a, &code));
        prop_assert_eq!(decode(&a, &old), Ok(all(asked(&a, &answers))));
    }

    /// Two codes of the same answers with different random parts differ, and read the same.
    #[test]
    fn the_random_part_changes_the_code_and_not_the_answers(p in picks(), r1 in any::<u16>(), r2 in 0u16..16) {
        let a = assessment();
        let answers = answers_from(&a, &p);
        for share in [Share::All, Share::NotSensitive] {
            let (c1, c2) = (encode(&a, &answers, share, r1), encode(&a, &answers, share, r2));
            // Only the lowest RANDOM_BITS count.
            prop_assert_eq!(c1 == c2, (r1 ^ r2) & ((1 << RANDOM_BITS) - 1) == 0);
            prop_assert_eq!(decode(&a, &c1), decode(&a, &c2));
            // The header as documented, once the documented keystream is taken off: format 2,
            // the random part in clear, the fingerprint, the flag.
            let bits = plain(&c2);
            let number = |b: &[bool]| b.iter().fold(0u32, |acc, &x| acc << 1 | x as u32);
            prop_assert_eq!(number(&bits[4..8]), u32::from(r2));
            prop_assert_eq!(number(&bits[8..28]), fingerprint(&a));
            prop_assert_eq!(bits[28], share == Share::NotSensitive);
        }
    }

    #[test]
    fn arbitrary_text_never_panics(s in ".{0,80}") {
        let _ = decode(&assessment(), &s);
    }

    #[test]
    fn code_like_text_never_panics_and_rarely_passes(s in "[0-9A-Za-z -]{0,40}") {
        let a = assessment();
        if let Ok(d) = decode(&a, &s) {
            let share = if d.not_shared.is_empty() { Share::All } else { Share::NotSensitive };
            prop_assert_eq!(decode(&a, &encode(&a, &d.answers, share, 0)), Ok(d));
        }
    }

    /// Any bits behind a correct header and check: the deepest garbage. Whatever reads as a
    /// code reads back the same after encoding it again.
    #[test]
    fn any_payload_with_a_valid_check_never_panics(
        // 35 symbols after the header's first five is this assessment's exact length.
        payload in prop_oneof![prop::collection::vec(0u8..32, 35), prop::collection::vec(0u8..32, 0..40)],
        header in any::<bool>(),
        left in any::<bool>(),
        format in 1u8..=2,
    ) {
        let a = assessment();
        let empty = code_of(&a, &Answers::new());
        let mut data = if format == 1 { symbols(&format1(&a, &Answers::new())) } else { symbols(&empty) };
        data.truncate(data.len() - 2);
        if header {
            // Keep the header: format 1's 24 bits, or format 2's 29 (format, random part,
            // fingerprint, the left-out flag), scrambled as they are: five symbols and the
            // top four bits of the sixth (format 2 with the flag flipped if `left`).
            let keep = if format == 1 { 24 } else { 29 };
            let exact = data.len() * 5;
            let mut bits = bits_of(&data);
            bits.truncate(keep);
            if format == 2 && left {
                // Scrambling is an XOR: flipping the bit as written flips the flag.
                bits[28] = !bits[28];
            }
            bits.extend(bits_of(&payload));
            if payload.len() == 35 {
                bits.truncate(exact);
            }
            data = pack(&bits);
        } else {
            data = payload;
        }
        let code = text(&with_check(data));
        let result = decode(&a, &code);
        prop_assert_ne!(&result, &Err(HandoffError::Checksum), "a valid check was refused: {}", code);
        if let Ok(d) = result {
            let share = if d.not_shared.is_empty() { Share::All } else { Share::NotSensitive };
            prop_assert_eq!(decode(&a, &encode(&a, &d.answers, share, 0)), Ok(d));
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
    let code = code_of(&a, &answers);
    let s = symbols(&code);
    assert!(s.len() > 20, "a long sample: {code}");
    assert_eq!(decode(&a, &code), Ok(all(asked(&a, &answers))));
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
    assert!(HandoffError::OtherVersion { reading: all(Answers::new()) }.to_string().contains("a guess"));
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
    assert_eq!(decode(&a, &code_of(&a, &answers)), Ok(all(expected)));
}

#[test]
fn a_code_from_other_content_is_read_as_a_guess() {
    let a = assessment();
    let answers = full_answers(&a);
    let code = code_of(&a, &answers);

    // A new version with the same questions: the code stays exact.
    let mut b = a.clone();
    b.version = "2".into();
    assert_eq!(decode(&b, &code), Ok(all(asked(&a, &answers))));

    // A question added at the end: every old answer still reads, the new one is unanswered.
    let mut b = a.clone();
    b.questions.push(q("new", QuestionKind::YesNo, &[], false, None));
    assert_ne!(fingerprint(&a), fingerprint(&b));
    assert_eq!(decode(&b, &code), Err(HandoffError::OtherVersion { reading: all(asked(&a, &answers)) }));

    // An option added to the country question widens its field: answers before it read, the
    // guess stops where the fields no longer line up (or goes on, wrong: it is only a guess).
    let mut b = a.clone();
    b.questions[4].options.push("XX".into());
    let Err(HandoffError::OtherVersion { reading }) = decode(&b, &code) else { panic!("other version") };
    for id in ["single", "single2", "yn", "yn2"] {
        assert_eq!(reading.answers.get(id), answers.get(id), "{id}");
    }
    assert!(reading.answers.iter().all(|(id, ans)| ans.fits(b.question(id).unwrap())));

    // Without the personal answers: the guess says which were not shared.
    let mut b = a.clone();
    b.questions.push(q("new", QuestionKind::YesNo, &[], false, None));
    let code = encode(&a, &answers, Share::NotSensitive, 7);
    assert_eq!(decode(&b, &code), Err(HandoffError::OtherVersion { reading: without_personal(&a, &answers) }));
    // A format-1 code from other content is a guess too.
    assert_eq!(
        decode(&b, &format1(&a, &answers)),
        Err(HandoffError::OtherVersion { reading: all(asked(&a, &answers)) })
    );

    // Any change to what the fields mean changes the fingerprint, and so does a change to what
    // a code without the personal answers leaves out.
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
        |b| b.questions[2].sensitive = true,
    ];
    for (i, change) in changes.into_iter().enumerate() {
        let mut b = a.clone();
        change(&mut b);
        assert_ne!(fingerprint(&a), fingerprint(&b), "change {i}");
        assert!(matches!(decode(&b, &code), Err(HandoffError::OtherVersion { .. })), "change {i}");
    }
}
