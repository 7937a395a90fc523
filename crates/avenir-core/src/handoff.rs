//! Hand-off codes: a person's answers as a short code that a counsellor types (or scans) on
//! their own device, with no server in between. The format is documented bit by bit in
//! `docs/handoff.md`.
//!
//! A code is a bit string written in Crockford's base32 with two check symbols:
//!
//! ```text
//! format version (4 bits) · random part (4 bits) · then, scrambled by the random part:
//! fingerprint of the questions (20 bits) · "personal answers left out" (1 bit) · one field
//! per question shared · zero padding to a whole symbol · check (2 symbols, 10 bits)
//! ```
//!
//! Every field has a width fixed by the question alone, so a code carries no question ids and
//! no lengths: 14 data symbols hold a full answer set of the default content. The fingerprint
//! tells codes made with other questions apart; the check symbols catch every single wrong
//! character and every swap of two neighbouring characters.
//!
//! A code has no secret: anyone with this tool reads it. The person may leave out the answers to
//! sensitive questions ([`Share::NotSensitive`], [`left_out`]); the counsellor then sees them
//! as "not shared" ([`Decoded::not_shared`]). The random part, passed in by the caller (the
//! core has no random source), makes the same answers give different codes, so that a code is
//! not a fixed label of an answer set that could be recognised on another device or learnt by
//! eye. Codes of format 1 (no random part, every answer) are still read.
//!
//! Only answers that a person could give and that count as asked travel: an answer that does
//! not fit its question, and an answer to a question that is no longer asked (because an earlier
//! answer changed), are left out, in both directions.

use core::fmt;

use crate::answers::{Answer, Answers};
use crate::logic::Tri;
use crate::model::{Assessment, Question, QuestionKind};

/// The format version this code writes. It also reads format 1 (docs/handoff.md).
pub const FORMAT: u8 = 2;
const FORMAT_BITS: u32 = 4;
/// Bits of the random part. Each bit more doubles the codes an answer set can have, and every
/// five cost a character to type and read aloud (docs/handoff.md weighs them).
pub const RANDOM_BITS: u32 = 4;
const FINGERPRINT_BITS: u32 = 20;
/// Symbols of the shortest header (format 1: format and fingerprint, 24 bits), rounded up.
const HEADER_SYMBOLS: usize = (FORMAT_BITS + FINGERPRINT_BITS).div_ceil(5) as usize;
const CHECK_SYMBOLS: usize = 2;
/// The checksum is a weighted sum modulo this prime (< 2^10, so it fits two symbols).
const CHECK_MODULUS: u64 = 1021;
/// Crockford's base32 alphabet: digits and letters without I, L, O and U.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// What a code carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Share {
    /// Every answer to a question asked.
    All,
    /// All but the answers to the questions [`left_out`] gives: the sensitive ones, and those
    /// asked only because of (or only without) a sensitive answer.
    NotSensitive,
}

/// A code read with the same questions it was made with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub answers: Answers,
    /// The questions whose answers the person chose not to share, in question order: those
    /// left out that were, or may have been, asked (not those the shared answers rule out).
    /// Empty for a code with every answer. Shown as "not shared", never as "not answered".
    pub not_shared: Vec<String>,
}

/// Why a code could not be read. `Display` gives a plain English sentence; the UI maps the
/// variants to text keys of its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HandoffError {
    /// The check symbols do not match: a character was mistyped, left out, or two swapped.
    Checksum,
    /// A code made with other questions (another content version). `reading` is a best-effort
    /// reading with these questions: the answers read in order up to the first that does not
    /// fit. It is a guess, to be checked with the person answer by answer.
    OtherVersion { reading: Decoded },
    /// A format version this build cannot read (from a newer Avenir, most likely).
    Unsupported { format: u8 },
    /// Not a hand-off code at all: empty, too short, characters that are not in codes, or a
    /// code whose content does not make sense.
    Garbage,
}

impl fmt::Display for HandoffError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            HandoffError::Checksum => "check the code: a character is wrong or missing",
            HandoffError::OtherVersion { .. } => {
                "this code was made with other questions: the answers read from it are a guess, \
                 check each one with the person"
            }
            HandoffError::Unsupported { .. } => {
                "this code was made by another version of Avenir, which this one cannot read"
            }
            HandoffError::Garbage => "this is not a hand-off code",
        })
    }
}

impl std::error::Error for HandoffError {}

/// The code for `answers`, grouped in blocks of four with hyphens (`0ABC-DEFG-…`): every
/// answer, or all but the sensitive ones (`share`). `random` must come from a random source
/// (the web layer's `crypto.getRandomValues`); only its lowest [`RANDOM_BITS`] are used.
pub fn encode(a: &Assessment, answers: &Answers, share: Share, random: u16) -> String {
    let random = u64::from(random) & ((1 << RANDOM_BITS) - 1);
    let skip = skipped(a, share == Share::NotSensitive);
    let mut w = BitWriter::default();
    w.write(FORMAT as u128, FORMAT_BITS);
    w.write(random as u128, RANDOM_BITS);
    w.write(fingerprint(a) as u128, FINGERPRINT_BITS);
    w.write((share == Share::NotSensitive) as u128, 1);
    let relevant = answers.counted(a).relevant;
    for (i, q) in a.questions.iter().enumerate() {
        if !skip[i] {
            let answer = answers.get(&q.id).filter(|ans| relevant[i] && ans.fits(q));
            write_answer(&mut w, q, answer);
        }
    }
    let mut symbols = w.symbols();
    scramble(&mut symbols, random);
    let check = checksum(&symbols);
    symbols.push((check >> 5) as u8);
    symbols.push((check & 31) as u8);
    group(&symbols)
}

/// Reads a code typed by a person: any case, `O` for zero and `I`/`L` for one, spaces and
/// hyphens anywhere. Never panics, whatever the text.
pub fn decode(a: &Assessment, code: &str) -> Result<Decoded, HandoffError> {
    let symbols = normalize(code)?;
    if symbols.len() < HEADER_SYMBOLS + CHECK_SYMBOLS {
        return Err(HandoffError::Garbage);
    }
    let (data, check) = symbols.split_at(symbols.len() - CHECK_SYMBOLS);
    if checksum(data) != ((check[0] as u16) << 5 | check[1] as u16) {
        return Err(HandoffError::Checksum);
    }
    let mut data = data.to_vec();
    // Format 1 has no random part and no choice of what to share.
    let format = data[0] >> 1;
    let mut r = BitReader::new(&data);
    r.read(FORMAT_BITS);
    match format {
        1 => {}
        FORMAT => {
            let random = r.read(RANDOM_BITS).ok_or(HandoffError::Garbage)?;
            scramble(&mut data, random as u64);
            r = BitReader::new(&data);
            r.read(FORMAT_BITS + RANDOM_BITS);
        }
        _ => return Err(HandoffError::Unsupported { format }),
    }
    let print = r.read(FINGERPRINT_BITS).ok_or(HandoffError::Garbage)? as u32;
    let left_out = format == FORMAT && r.read(1).ok_or(HandoffError::Garbage)? == 1;
    let skip = skipped(a, left_out);
    let questions = a.questions.iter().zip(&skip).filter(|(_, s)| !**s).map(|(q, _)| q);
    let mut answers = Answers::new();
    if print != fingerprint_of(a, format) {
        // Best effort: read with these questions until an answer does not fit or bits run out.
        for q in questions {
            match read_answer(&mut r, q, format) {
                Some(Some(ans)) => answers.set_answer(&q.id, ans),
                Some(None) => {}
                None => break,
            }
        }
        return Err(HandoffError::OtherVersion { reading: decoded(a, answers, &skip) });
    }
    for q in questions {
        if let Some(ans) = read_answer(&mut r, q, format).ok_or(HandoffError::Garbage)? {
            answers.set_answer(&q.id, ans);
        }
    }
    // What is left is the padding to a whole symbol: fewer than five bits, all zero.
    if !r.rest_is_padding() {
        return Err(HandoffError::Garbage);
    }
    Ok(decoded(a, answers, &skip))
}

/// Which questions a code without the personal answers ([`Share::NotSensitive`]) leaves out,
/// by index: those marked `sensitive`, and those whose relevance reads one left out. The
/// second kind is asked only because of (or only without) a sensitive answer, so even its
/// being answered would tell that answer: `medicine`, asked when `health` is "yes".
pub fn left_out(a: &Assessment) -> Vec<bool> {
    let mut out: Vec<bool> = Vec::with_capacity(a.questions.len());
    for q in &a.questions {
        let follows = q.relevant.as_ref().is_some_and(|e| {
            e.questions().into_iter().any(|id| a.question_index(id).and_then(|j| out.get(j)) == Some(&true))
        });
        out.push(q.sensitive || follows);
    }
    out
}

/// The questions whose fields a code has not: `left_out` when the person left out the
/// sensitive answers, else none.
fn skipped(a: &Assessment, left: bool) -> Vec<bool> {
    if left { left_out(a) } else { vec![false; a.questions.len()] }
}

/// The answers read, without those to questions not asked, and the questions not shared.
fn decoded(a: &Assessment, mut answers: Answers, skip: &[bool]) -> Decoded {
    drop_not_asked(a, &mut answers);
    let counted = answers.counted(a);
    let not_shared = a
        .questions
        .iter()
        .zip(skip)
        .filter(|(q, s)| {
            **s && q.relevant.as_ref().map_or(Tri::True, |e| e.eval_at(&|at, id| counted.value_at(at, id)))
                != Tri::False
        })
        .map(|(q, _)| q.id.clone())
        .collect();
    Decoded { answers, not_shared }
}

/// A 20-bit fingerprint of what the answer fields mean: the assessment id and, per question,
/// its id, type, range, options in order, whether "don't know" is offered and whether a code
/// without the personal answers leaves it out. The content version is left out on purpose: a
/// release that changes only programmes, contacts or texts keeps its codes exact, so that a
/// counsellor's device one release behind reads them.
pub fn fingerprint(a: &Assessment) -> u32 {
    fingerprint_of(a, FORMAT)
}

/// The fingerprint as format `format` defines it (format 1 has no left-out byte).
pub fn fingerprint_of(a: &Assessment, format: u8) -> u32 {
    let left = left_out(a);
    // FNV-1a, 64 bits, over a length-prefixed serialization (so that no two differ only in
    // where one string ends), folded to 20 bits.
    let mut fnv = Fnv1a::default();
    let mut eat = |bytes: &[u8]| {
        fnv.write(&(bytes.len() as u64).to_le_bytes());
        fnv.write(bytes);
    };
    eat(b"avenir-handoff");
    eat(a.id.as_bytes());
    for (q, left) in a.questions.iter().zip(left) {
        eat(q.id.as_bytes());
        eat(q.kind.id().as_bytes());
        if let QuestionKind::Number { min, max } = q.kind {
            eat(&min.to_le_bytes());
            eat(&max.to_le_bytes());
        }
        eat(&[q.dont_know as u8]);
        let options = q.rule_options();
        eat(&(options.len() as u64).to_le_bytes());
        for o in options {
            eat(o.as_bytes());
        }
        if format >= 2 {
            eat(&[left as u8]);
        }
    }
    let h = fnv.0;
    let folded = h ^ (h >> 20) ^ (h >> 40) ^ (h >> 60);
    (folded & ((1 << FINGERPRINT_BITS) - 1)) as u32
}

/// FNV-1a, 64 bits: a stable fingerprint of bytes (not for security). Also used by the build
/// to version the offline copy.
pub struct Fnv1a(pub u64);

impl Default for Fnv1a {
    fn default() -> Fnv1a {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv1a {
    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

/// Removes answers to questions that are not asked given the earlier answers.
fn drop_not_asked(a: &Assessment, answers: &mut Answers) {
    let relevant = answers.counted(a).relevant;
    answers.retain(|id, _| a.question_index(id).is_some_and(|i| relevant[i]));
}

// --- Answer fields -------------------------------------------------------------------------

/// Values below the options: 0 unanswered (so zero padding reads as "no answer"), 1 "prefer not
/// to say", 2 "don't know" where offered.
const UNANSWERED: u128 = 0;
const PREFER_NOT: u128 = 1;
const DONT_KNOW: u128 = 2;

fn specials(q: &Question) -> u128 {
    if q.dont_know { 3 } else { 2 }
}

fn special_value(answer: Option<&Answer>) -> Option<u128> {
    match answer {
        None => Some(UNANSWERED),
        Some(Answer::PreferNotToSay) => Some(PREFER_NOT),
        Some(Answer::DontKnow) => Some(DONT_KNOW),
        Some(_) => None,
    }
}

fn special_answer(v: u128) -> Option<Option<Answer>> {
    match v {
        UNANSWERED => Some(None),
        PREFER_NOT => Some(Some(Answer::PreferNotToSay)),
        DONT_KNOW => Some(Some(Answer::DontKnow)),
        _ => None,
    }
}

/// Bits needed for a value below `states`.
fn width(states: u128) -> u32 {
    128 - states.saturating_sub(1).leading_zeros()
}

/// How many whole numbers lie in `min..=max` (0 if none).
fn range_len(min: i64, max: i64) -> u128 {
    (max as i128 - min as i128 + 1).max(0) as u128
}

/// The bits after a multiple-choice field's flag: as many as it has options, or as the
/// special value needs if more (format 2; format 1 wrote only the special value's after 0).
fn multi_width(q: &Question) -> u32 {
    (q.rule_options().len() as u32).max(width(specials(q)))
}

/// Writes one question's field (format 2). `answer` must fit `q` (the caller checks).
fn write_answer(w: &mut BitWriter, q: &Question, answer: Option<&Answer>) {
    let s = specials(q);
    match q.kind {
        QuestionKind::Multi => {
            // A flag, then either the ticked options as a bitset (first option first) or a
            // special value, in the same width: the length of a code never tells which.
            let options = q.rule_options();
            let rest = multi_width(q);
            if let Some(Answer::Choices(ticked)) = answer {
                w.write(1, 1);
                for o in &options {
                    w.write(ticked.iter().any(|t| t == o) as u128, 1);
                }
                w.write(0, rest - options.len() as u32);
            } else {
                w.write(0, 1);
                w.write(special_value(answer).unwrap_or(UNANSWERED), rest);
            }
        }
        QuestionKind::Number { min, max } => {
            let states = s + range_len(min, max);
            let v = match answer {
                Some(Answer::Number(n)) => s + (*n as i128 - min as i128) as u128,
                other => special_value(other).unwrap_or(UNANSWERED),
            };
            w.write(v, width(states));
        }
        QuestionKind::Single | QuestionKind::YesNo | QuestionKind::Country => {
            let options = q.rule_options();
            let states = s + options.len() as u128;
            let v = match answer {
                Some(Answer::Choice(o)) => options.iter().position(|x| x == o).map_or(UNANSWERED, |i| s + i as u128),
                other => special_value(other).unwrap_or(UNANSWERED),
            };
            w.write(v, width(states));
        }
    }
}

/// Reads one question's field as format `format` wrote it: `None` when the bits run out or
/// the value cannot be an answer to `q`; `Some(None)` for unanswered.
fn read_answer(r: &mut BitReader, q: &Question, format: u8) -> Option<Option<Answer>> {
    let s = specials(q);
    let special = |v: u128| if v < s { special_answer(v) } else { None };
    match q.kind {
        QuestionKind::Multi => {
            let options = q.rule_options();
            let rest = if format == 1 { 0 } else { multi_width(q) };
            if r.read(1)? == 1 {
                let mut ticked = Vec::new();
                for o in &options {
                    if r.read(1)? == 1 {
                        ticked.push(o.to_string());
                    }
                }
                // Format 2 pads the bitset to the field's width with zeros.
                // … and never ticks an exclusive option with another (a forged code).
                if r.read(rest.saturating_sub(options.len() as u32))? != 0 || q.clashes(&ticked) {
                    return None;
                }
                Some(Some(Answer::Choices(ticked)))
            } else {
                special(r.read(if format == 1 { width(s) } else { rest })?)
            }
        }
        QuestionKind::Number { min, max } => {
            let states = s + range_len(min, max);
            let v = r.read(width(states))?;
            if v < s {
                special(v)
            } else if v < states {
                Some(Some(Answer::Number((min as i128 + (v - s) as i128) as i64)))
            } else {
                None
            }
        }
        QuestionKind::Single | QuestionKind::YesNo | QuestionKind::Country => {
            let options = q.rule_options();
            let v = r.read(width(s + options.len() as u128))?;
            if v < s {
                special(v)
            } else {
                let o = options.get(usize::try_from(v - s).ok()?)?;
                Some(Some(Answer::Choice(o.to_string())))
            }
        }
    }
}

// --- Bits ----------------------------------------------------------------------------------

/// Writes values most significant bit first.
#[derive(Default)]
struct BitWriter {
    bits: Vec<bool>,
}

impl BitWriter {
    fn write(&mut self, value: u128, width: u32) {
        debug_assert!(width == 128 || value >> width == 0, "{value} does not fit {width} bits");
        for i in (0..width).rev() {
            self.bits.push((value >> i) & 1 == 1);
        }
    }

    /// The bits as 5-bit symbols, the last padded with zeros.
    fn symbols(&self) -> Vec<u8> {
        self.bits
            .chunks(5)
            .map(|c| (0..5).fold(0u8, |acc, i| acc << 1 | c.get(i).copied().unwrap_or(false) as u8))
            .collect()
    }
}

/// Reads values most significant bit first from 5-bit symbols.
struct BitReader<'a> {
    symbols: &'a [u8],
    pos: usize,
}

impl<'a> BitReader<'a> {
    fn new(symbols: &'a [u8]) -> BitReader<'a> {
        BitReader { symbols, pos: 0 }
    }

    fn bit(&self, i: usize) -> Option<bool> {
        self.symbols.get(i / 5).map(|s| (s >> (4 - i % 5)) & 1 == 1)
    }

    /// `None` when fewer than `width` bits are left (nothing is consumed then).
    fn read(&mut self, width: u32) -> Option<u128> {
        if width > 128 || self.pos + width as usize > self.symbols.len() * 5 {
            return None;
        }
        let mut v = 0u128;
        for i in 0..width as usize {
            v = v << 1 | self.bit(self.pos + i)? as u128;
        }
        self.pos += width as usize;
        Some(v)
    }

    /// Whether what is left is fewer than five bits, all zero.
    fn rest_is_padding(&self) -> bool {
        let total = self.symbols.len() * 5;
        total - self.pos < 5 && (self.pos..total).all(|i| self.bit(i) == Some(false))
    }
}

/// XORs every bit after the format and the random part with a keystream drawn from the
/// random part: block *k* of 64 bits is SplitMix64's (*k*+1)-th output from the state
/// `random`, used most significant bit first. So the same answers give codes that differ all
/// along, and no symbol stands for one answer. Its own inverse; not encryption (the key is in
/// the code).
fn scramble(symbols: &mut [u8], random: u64) {
    const FROM: usize = (FORMAT_BITS + RANDOM_BITS) as usize;
    let mut block = 0;
    for i in FROM..symbols.len() * 5 {
        let j = i - FROM;
        if j.is_multiple_of(64) {
            let mut z = random.wrapping_add((j as u64 / 64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            block = z ^ (z >> 31);
        }
        symbols[i / 5] ^= ((block >> (63 - j % 64)) as u8 & 1) << (4 - i % 5);
    }
}

// --- Text ----------------------------------------------------------------------------------

/// The check value of the data symbols: `(n + Σ (i+1)·s[i]) mod 1021`. A prime modulus larger
/// than any weight times any difference of two symbols makes every single substitution and
/// every swap of neighbours change it (see `docs/handoff.md`), for codes of up to 988 data
/// symbols.
fn checksum(data: &[u8]) -> u16 {
    let mut sum = data.len() as u64 % CHECK_MODULUS;
    for (i, &s) in data.iter().enumerate() {
        let weight = (i as u64 % (CHECK_MODULUS - 1)) + 1;
        sum = (sum + weight * s as u64) % CHECK_MODULUS;
    }
    sum as u16
}

/// Symbols in blocks of four, joined with hyphens.
fn group(symbols: &[u8]) -> String {
    let mut out = String::with_capacity(symbols.len() * 5 / 4 + 1);
    for (i, &s) in symbols.iter().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(ALPHABET[s as usize] as char);
    }
    out
}

/// Typed text to symbols: case folded, `O` read as 0 and `I`/`L` as 1, spaces and hyphens (and
/// the dashes word processors put in their place) skipped. `U`, the one Latin letter that is
/// never in a code, is a mistyped character (`Checksum`); anything else is not a code.
fn normalize(code: &str) -> Result<Vec<u8>, HandoffError> {
    let mut symbols = Vec::new();
    let mut mistyped = false;
    for c in code.chars() {
        if c.is_whitespace() || matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}') {
            continue;
        }
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            'U' => {
                mistyped = true;
                continue;
            }
            c => c,
        };
        match ALPHABET.iter().position(|&x| x as char == c) {
            Some(i) => symbols.push(i as u8),
            None => return Err(HandoffError::Garbage),
        }
    }
    if mistyped {
        return Err(HandoffError::Checksum);
    }
    Ok(symbols)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_round_trip_across_symbols() {
        let mut w = BitWriter::default();
        w.write(5, 3);
        w.write(0, 0);
        w.write(u128::MAX, 128);
        w.write(1, 1);
        let symbols = w.symbols();
        assert_eq!(symbols.len(), (3 + 128 + 1usize).div_ceil(5));
        let mut r = BitReader::new(&symbols);
        assert_eq!(r.read(3), Some(5));
        assert_eq!(r.read(0), Some(0));
        assert_eq!(r.read(128), Some(u128::MAX));
        assert_eq!(r.read(1), Some(1));
        assert!(r.rest_is_padding());
        assert_eq!(r.read(5), None);
    }

    #[test]
    fn widths() {
        assert_eq!([1, 2, 3, 4, 5, 8, 9, 56].map(width), [0, 1, 2, 2, 3, 3, 4, 6]);
        assert_eq!(width(range_len(i64::MIN, i64::MAX) + 3), 65);
        assert_eq!(range_len(3, 2), 0);
    }

    #[test]
    fn typing_variants_read_the_same() {
        let canonical = normalize("01AB-1XYZ").unwrap();
        assert_eq!(normalize("o1ab 1xyz").unwrap(), canonical);
        assert_eq!(normalize("O-LAB‑IXYZ").unwrap(), canonical);
        assert_eq!(normalize("01AB-UXYZ"), Err(HandoffError::Checksum));
        assert_eq!(normalize("01AB+1XYZ"), Err(HandoffError::Garbage));
    }

    /// A code of these data symbols with a correct check.
    fn with_check(mut data: Vec<u8>) -> String {
        let check = checksum(&data);
        data.extend([(check >> 5) as u8, (check & 31) as u8]);
        group(&data)
    }

    #[test]
    fn the_all_zero_string_is_no_code() {
        // Without the length term, a string of zeros would carry a valid check of zeros.
        for n in 1..1021 {
            assert_eq!(checksum(&vec![0; n]), n as u16);
        }
    }

    #[test]
    fn checksum_catches_every_substitution_and_neighbour_swap_up_to_its_length() {
        // The guarantee holds for every position up to 988 data symbols, whatever the symbols:
        // check the arithmetic behind it for every weight and difference.
        // A substitution changes the sum by weight × difference; a swap of neighbours inside
        // the data by the difference; a swap of the last data symbol (weight n) with the first
        // check symbol (worth 32) by (n + 32) × difference.
        for w in 1..=988u64 {
            for d in 1..=31u64 {
                assert_ne!(w * d % CHECK_MODULUS, 0);
                assert_ne!((w + 32) * d % CHECK_MODULUS, 0);
            }
        }
    }

    #[test]
    fn another_format_version_is_unsupported() {
        let a = crate::model::Assessment {
            id: "x".into(),
            version: "1".into(),
            default_language: "en".into(),
            questions: Vec::new(),
            programmes: Vec::new(),
            needs: Vec::new(),
            contacts: Vec::new(),
            languages: Vec::new(),
            texts: Vec::new(),
        };
        for format in [0, 3, 15] {
            let mut w = BitWriter::default();
            w.write(format as u128, FORMAT_BITS);
            w.write(0, RANDOM_BITS);
            w.write(fingerprint(&a) as u128, FINGERPRINT_BITS);
            w.write(0, 1);
            assert_eq!(decode(&a, &with_check(w.symbols())), Err(HandoffError::Unsupported { format }));
        }
        // Format 1, without a random part, is read: here, the empty answer set.
        let mut w = BitWriter::default();
        w.write(1, FORMAT_BITS);
        w.write(fingerprint_of(&a, 1) as u128, FINGERPRINT_BITS);
        let empty = Ok(Decoded { answers: Answers::new(), not_shared: Vec::new() });
        assert_eq!(decode(&a, &with_check(w.symbols())), empty);
        // Format 2: the same, from any random part.
        for random in 0..16 {
            let code = encode(&a, &Answers::new(), Share::All, random);
            assert_eq!(decode(&a, &code), empty);
            assert_eq!(code.chars().filter(|c| *c != '-').count(), 6 + CHECK_SYMBOLS);
        }
        // A symbol of extra data is not padding.
        let mut w = BitWriter::default();
        w.write(FORMAT as u128, FORMAT_BITS);
        w.write(0, RANDOM_BITS);
        w.write(fingerprint(&a) as u128, FINGERPRINT_BITS);
        w.write(0, 1 + 5);
        let mut data = w.symbols();
        scramble(&mut data, 0);
        assert_eq!(decode(&a, &with_check(data)), Err(HandoffError::Garbage));
        // Too short to hold a header.
        assert_eq!(decode(&a, "0000-00"), Err(HandoffError::Garbage));
        assert_eq!(decode(&a, ""), Err(HandoffError::Garbage));
    }
}
