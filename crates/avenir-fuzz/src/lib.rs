//! # avenir-fuzz
//!
//! Mutation fuzzing that runs on the stable toolchain, inside `cargo test` (and so inside
//! `cargo xtask test`). The targets are in `tests/fuzz.rs`; this is the engine they share.
//!
//! A target is a seed corpus (real inputs: the default content, the golden diagnostics' files,
//! the HSDS fixtures, hand-off codes, QR frames), a dictionary of tokens, and a check that
//! returns what it saw of the input (its "behaviours", such as the diagnostic codes) or a
//! broken property. The engine runs every seed, then mutated inputs (bit flips, inserted,
//! deleted and duplicated chunks, splices between corpus entries, dictionary tokens, deep
//! nesting, line and number edits, several at once), and keeps a mutated input in the corpus
//! when it showed a behaviour not seen before: a cheap feedback in place of coverage.
//!
//! * **Bounded by a count, never by time**: the same inputs on every machine for one seed.
//!   `AVENIR_FUZZ_INPUTS=N` runs N inputs per target, `AVENIR_FUZZ_SCALE=K` K times each
//!   target's default, `AVENIR_FUZZ_SEED=S` another sequence (decimal or `0x…`).
//! * **Oracles**: no panic (each input runs under `catch_unwind`); the target's own properties
//!   (spans inside the input, round trips…); and no stack overflow: every target runs in a
//!   thread of its own with a fixed stack ([`stack`]: the widget's wasm stack, scaled for a
//!   debug build's bigger frames), so that unbounded recursion shows up within the budget. A stack overflow aborts the process; the
//!   input being tried is always in `target/fuzz/<target>.current` (deleted when the target
//!   ends normally), and the abort message names the thread, `fuzz-<target>`.
//! * **Failures** are shrunk (bounded), printed escaped, and saved to
//!   `target/fuzz/crashes/<target>-<hash>.bin`; the test then fails.
//! * **Report**: each target prints one line (`--nocapture` shows it) and writes it to
//!   `target/fuzz/report/<target>.txt`, which `cargo xtask test` prints after the native tests.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs::{self, File};
use std::io::{Seek, SeekFrom, Write as _};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Once;
use std::time::{Duration, Instant};

/// The stack the widget's wasm gets by default (1 MiB, rust-lld's default for
/// `wasm32-unknown-unknown`), where the checker runs in the browser (`avenir-config`).
pub const BROWSER_STACK: usize = 1 << 20;

/// How much more stack a debug build's frames take than a release build's: fluent-syntax's
/// parser, measured natively here, holds 1000 to 1500 nested placeables in 1 MiB built for
/// release (`opt-level = "z"`, as the wasm is), and 100 to 150 built for debug.
pub const DEBUG_FRAMES: usize = 8;

/// The stack the targets run with: `AVENIR_FUZZ_STACK` (bytes) if set; else the browser's,
/// scaled by [`DEBUG_FRAMES`] in a debug build, so that a debug run (`cargo test`) finds what
/// would overflow in the browser and no more. (8 MiB is also the main thread's stack, where
/// `avenir lint` and the build scripts run the checker.)
pub fn stack() -> usize {
    let scaled = if cfg!(debug_assertions) { BROWSER_STACK * DEBUG_FRAMES } else { BROWSER_STACK };
    std::env::var("AVENIR_FUZZ_STACK").ok().and_then(|v| v.trim().parse().ok()).unwrap_or(scaled)
}

/// The sequence of inputs when `AVENIR_FUZZ_SEED` is not set.
pub const DEFAULT_SEED: u64 = 0xA7E0_1F0C_2026_0016;

/// Distinct failures after which a target stops (each is shrunk and saved).
const MAX_FAILURES: usize = 4;
/// Mutated inputs kept for their new behaviours, at most.
const MAX_CORPUS: usize = 400;
/// Check calls spent shrinking one failure, at most.
const SHRINK_TRIES: usize = 400;

/// What a check says of one input: the behaviours it showed (any strings: diagnostic codes,
/// error variants…; new ones keep the input in the corpus), or a broken property.
pub type Verdict = Result<Vec<String>, String>;

/// A small, fast generator (SplitMix64): reproducible from its seed on every platform.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next_u64() % n as u64) as usize }
    }

    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Tokens worth inserting into any text: the syntax of TOML, Fluent, JSON, CSV and the rule
/// language, Unicode that trips text handling (BOM, NUL, right-to-left marks and overrides,
/// combining marks, zero-width joiners, non-BMP, Arabic-Indic digits, line separators), numbers
/// at and past every integer width, and odd dates.
pub const COMMON_TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "[[",
    "]]",
    "(",
    ")",
    "\"",
    "'",
    "'''",
    "\"\"\"",
    "\\",
    "\\u",
    "\\U0010FFFF",
    "\\\"",
    "=",
    ",",
    ";",
    ":",
    ".",
    "#",
    "-",
    "*",
    "$",
    "->",
    " and ",
    " or ",
    "not ",
    " in ",
    " has ",
    "==",
    "!=",
    "<",
    "<=",
    ">=",
    "\n",
    "\r\n",
    "\r",
    "\t",
    " ",
    "\0",
    "\u{1}",
    "\u{7f}",
    "\u{FEFF}",
    "\u{202E}",
    "\u{202B}",
    "\u{200F}",
    "\u{2067}",
    "\u{0301}",
    "\u{0308}\u{0301}\u{0327}",
    "\u{200D}",
    "\u{FFFD}",
    "\u{10FFFF}",
    "\u{E000}",
    "é",
    "ß",
    "İ",
    "ﬃ",
    "𝕏",
    "👩\u{200D}👩\u{200D}👧",
    "ا",
    "ی",
    "٣",
    "۹",
    "\u{00A0}",
    "\u{2028}",
    "\u{0085}",
    "0",
    "-0",
    "1",
    "-1",
    "255",
    "256",
    "65535",
    "2147483647",
    "-2147483648",
    "4294967296",
    "9223372036854775807",
    "-9223372036854775808",
    "9223372036854775808",
    "18446744073709551616",
    "99999999999999999999999999999999",
    "1e308",
    "1e999",
    "-1e-999",
    "0x7f",
    "0b1",
    "0o7",
    "nan",
    "inf",
    "-inf",
    "1_000",
    "+1",
    "2026-11-23",
    "0000-00-00",
    "9999-12-31",
    "2026-02-30",
    "1979-05-27T07:32:00Z",
    "true",
    "false",
    "unknown",
    "null",
];

/// Openers repeated many times by the deep-nesting mutation.
const OPENERS: &[&str] =
    &["{", "{ ", "[", "[ ", "(", "not ", "[[", "{\"a\":", "[{", "{ $x -> *[a] ", "F(", "x = [", "a = {", "\"", "{ {"];
const NESTING: &[usize] = &[8, 49, 64, 129, 200, 1000, 5000, 10000, 20000];

/// Mutates `data` in place with 1 to 8 stacked mutations; the result is at most `max_len`
/// bytes long.
pub fn mutate(rng: &mut Rng, data: &mut Vec<u8>, corpus: &[Vec<u8>], tokens: &[Vec<u8>], max_len: usize) {
    let rounds = 1 << rng.below(4);
    for _ in 0..rounds {
        mutate_once(rng, data, corpus, tokens, max_len);
    }
    if data.len() > max_len {
        data.truncate(max_len);
    }
}

fn mutate_once(rng: &mut Rng, data: &mut Vec<u8>, corpus: &[Vec<u8>], tokens: &[Vec<u8>], max_len: usize) {
    let len = data.len();
    let room = max_len.saturating_sub(len);
    match rng.below(17) {
        // Flip one bit.
        0 if len > 0 => {
            let i = rng.below(len);
            data[i] ^= 1 << rng.below(8);
        }
        // Set one byte to an interesting or random value.
        1 if len > 0 => {
            let i = rng.below(len);
            data[i] = if rng.one_in(2) {
                *rng.pick(b"\0\x01\x7f\x80\xff\n\r\t \"'{}[]()=,.#-0123456789aZ\\")
            } else {
                rng.next_u64() as u8
            };
        }
        // Insert random bytes.
        2 if room > 0 => {
            let n = 1 + rng.below(8.min(room));
            let at = rng.below(len + 1);
            let bytes: Vec<u8> = (0..n).map(|_| rng.next_u64() as u8).collect();
            data.splice(at..at, bytes);
        }
        // Delete a chunk.
        3 if len > 0 => {
            let (start, end) = chunk(rng, len);
            data.drain(start..end);
        }
        // Duplicate a chunk somewhere else.
        4 if len > 0 && room > 0 => {
            let (start, end) = chunk(rng, len);
            let piece: Vec<u8> = data[start..end.min(start + room)].to_vec();
            let at = rng.below(len + 1);
            data.splice(at..at, piece);
        }
        // Overwrite a chunk with another of the same input.
        5 if len > 1 => {
            let (start, end) = chunk(rng, len);
            let piece = data[start..end].to_vec();
            let at = rng.below(len - piece.len() + 1);
            data[at..at + piece.len()].copy_from_slice(&piece);
        }
        // Splice: a chunk of another corpus entry, inserted or replacing one of ours.
        6 | 7 if !corpus.is_empty() => {
            let other = rng.pick(corpus);
            if other.is_empty() {
                return;
            }
            let (start, end) = chunk(rng, other.len());
            let piece = &other[start..end.min(start + room.max(1))];
            let at = rng.below(len + 1);
            let cut = if rng.one_in(2) { at + rng.below(len - at + 1) } else { at };
            data.splice(at..cut, piece.iter().copied());
        }
        // Crossover at line starts: our head, another entry's tail.
        8 if !corpus.is_empty() => {
            let other = rng.pick(corpus);
            let ours = line_starts(data);
            let theirs = line_starts(other);
            let (a, b) = (*rng.pick(&ours), *rng.pick(&theirs));
            data.truncate(a);
            data.extend_from_slice(&other[b..]);
        }
        // Insert or overwrite with a dictionary token.
        9..=11 if !tokens.is_empty() => {
            let token = rng.pick(tokens).clone();
            let at = rng.below(len + 1);
            let end = if rng.one_in(3) { (at + token.len()).min(len) } else { at };
            data.splice(at..end, token);
        }
        // Deep nesting: an opener many times, sometimes closed again.
        12 => {
            let opener = rng.pick(OPENERS).as_bytes();
            let n = (*rng.pick(NESTING)).min(max_len / opener.len() / 2).max(1);
            let at = rng.below(len + 1);
            let mut piece = opener.repeat(n);
            if rng.one_in(2) {
                let closer: Vec<u8> = opener.iter().rev().filter_map(|&b| closing(b)).collect();
                piece.extend_from_slice(&closer.repeat(n));
            }
            data.splice(at..at, piece);
        }
        // Lines: duplicate, delete or swap.
        13 if len > 0 => {
            let starts = line_starts(data);
            let line = |i: usize| starts[i]..starts.get(i + 1).copied().unwrap_or(len);
            let a = line(rng.below(starts.len()));
            match rng.below(3) {
                0 if room > a.len() => {
                    let piece = data[a.clone()].to_vec();
                    let at = *rng.pick(&starts);
                    data.splice(at..at, piece);
                }
                1 => {
                    data.drain(a);
                }
                _ => {
                    let b = line(rng.below(starts.len()));
                    if a.end <= b.start {
                        let (first, second) = (data[a.clone()].to_vec(), data[b.clone()].to_vec());
                        data.splice(b, first);
                        data.splice(a, second);
                    }
                }
            }
        }
        // A number replaced by an interesting one.
        14 if len > 0 => {
            let from = rng.below(len);
            if let Some(start) = data[from..].iter().position(u8::is_ascii_digit).map(|i| i + from) {
                let end = data[start..].iter().position(|b| !b.is_ascii_digit()).map_or(len, |i| i + start);
                let numbers: Vec<&str> =
                    COMMON_TOKENS.iter().copied().filter(|t| t.starts_with(|c: char| c.is_ascii_digit())).collect();
                let n = rng.pick(&numbers).as_bytes().to_vec();
                data.splice(start..end, n);
            }
        }
        // An ASCII letter's case flipped, or a letter moved one along (typos in ids and keys).
        15 if len > 0 => {
            let i = rng.below(len);
            if data[i].is_ascii_alphabetic() {
                data[i] = if rng.one_in(2) { data[i] ^ 0x20 } else { data[i].wrapping_add(1) };
            }
        }
        // Truncate (files cut short).
        16 if len > 0 => data.truncate(rng.below(len)),
        _ => {}
    }
}

fn closing(b: u8) -> Option<u8> {
    match b {
        b'{' => Some(b'}'),
        b'[' => Some(b']'),
        b'(' => Some(b')'),
        b'"' => Some(b'"'),
        _ => None,
    }
}

/// A random chunk, mostly short: `(start, end)` with `start < end <= len`.
fn chunk(rng: &mut Rng, len: usize) -> (usize, usize) {
    let max = if rng.one_in(4) { len } else { len.min(32) };
    let n = 1 + rng.below(max.max(1));
    let start = rng.below(len - n.min(len) + 1);
    (start, (start + n).min(len))
}

fn line_starts(data: &[u8]) -> Vec<usize> {
    std::iter::once(0).chain(data.iter().enumerate().filter(|(_, b)| **b == b'\n').map(|(i, _)| i + 1)).collect()
}

/// FNV-1a over bytes: names crash files and derives each target's sequence from the seed.
pub fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The input as a person can read it: escaped text (the middle cut when long), or hex.
pub fn show(input: &[u8]) -> String {
    const SHOWN: usize = 400;
    match std::str::from_utf8(input) {
        Ok(text) if text.chars().count() <= 2 * SHOWN => format!("{text:?}"),
        Ok(text) => {
            let head: String = text.chars().take(SHOWN).collect();
            let tail: String = text.chars().rev().take(SHOWN).collect::<Vec<_>>().into_iter().rev().collect();
            format!("{head:?} …({} bytes in all)… {tail:?}", input.len())
        }
        Err(_) => {
            let mut hex = String::new();
            for b in input.iter().take(2 * SHOWN) {
                let _ = write!(hex, "{b:02x}");
            }
            if input.len() > 2 * SHOWN {
                let _ = write!(hex, "…({} bytes in all)", input.len());
            }
            format!("hex {hex}")
        }
    }
}

/// Inputs per target: `AVENIR_FUZZ_INPUTS` if set, else `default` × `AVENIR_FUZZ_SCALE` (1).
pub fn budget(default: usize) -> usize {
    let var = |name: &str| std::env::var(name).ok().and_then(|v| v.trim().parse::<usize>().ok());
    var("AVENIR_FUZZ_INPUTS").unwrap_or_else(|| default.saturating_mul(var("AVENIR_FUZZ_SCALE").unwrap_or(1)))
}

/// `AVENIR_FUZZ_SEED` (decimal or `0x…`), else [`DEFAULT_SEED`].
pub fn seed() -> u64 {
    std::env::var("AVENIR_FUZZ_SEED")
        .ok()
        .and_then(|v| {
            let v = v.trim();
            match v.strip_prefix("0x") {
                Some(hex) => u64::from_str_radix(hex, 16).ok(),
                None => v.parse().ok(),
            }
        })
        .unwrap_or(DEFAULT_SEED)
}

/// One fuzz target.
pub struct Fuzz {
    /// Short, file-name safe: `expr`, `content`, `hsds-json`…
    pub name: &'static str,
    /// Inputs to try, seeds included (every seed is tried even if there are more).
    pub inputs: usize,
    /// The stack of the thread the inputs run in.
    pub stack: usize,
    /// Mutations make inputs no longer than this (deep nesting excepted).
    pub max_len: usize,
    pub seeds: Vec<Vec<u8>>,
    /// Tokens of the target's format, used with [`COMMON_TOKENS`].
    pub tokens: Vec<Vec<u8>>,
    /// Where the report, the input being tried and the crashes go (`target/fuzz`).
    pub out: PathBuf,
    /// Applied to half the mutated inputs: mends what the format checks first (a checksum), so
    /// that mutations also reach what comes after the check.
    pub fixup: Option<fn(&mut Vec<u8>)>,
    /// Failures known and reported elsewhere (upstream): `(a piece of the failure's first line,
    /// where it is reported)`. They are counted, the first of each saved, and the target does
    /// not fail for them; every other failure fails it.
    pub known: Vec<(&'static str, &'static str)>,
    /// The target reads text: mutated inputs are made valid UTF-8 (invalid bytes become
    /// U+FFFD), so that what is saved and shown is exactly what was tried.
    pub text: bool,
}

/// A broken property or a panic, with its (shrunk) input.
#[derive(Debug)]
pub struct Failure {
    pub what: String,
    pub input: Vec<u8>,
    pub saved: PathBuf,
    /// How many inputs failed the same way.
    pub times: usize,
    /// Where it is reported, when it is a known failure (see [`Fuzz::known`]).
    pub known: Option<&'static str>,
}

/// What a target did.
#[derive(Debug)]
pub struct Report {
    pub name: &'static str,
    pub inputs: usize,
    pub seeds: usize,
    pub corpus: usize,
    pub behaviours: usize,
    pub failures: Vec<Failure>,
    /// How long the slowest input took (saved as `target/fuzz/<target>.slowest`).
    pub slowest: Duration,
    pub line: String,
}

thread_local! {
    /// The last panic's message and place, recorded by the hook in fuzz threads.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// A panic in a fuzz thread is recorded (message and place, for the failure) rather than
/// printed: shrinking one failure panics hundreds of times. Other threads print as usual.
fn install_panic_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if std::thread::current().name().is_some_and(|n| n.starts_with("fuzz-")) {
                let message = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "(a panic without a message)".into());
                let place = info.location().map(|l| format!(" at {}:{}:{}", l.file(), l.line(), l.column()));
                LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("panic{}: {message}", place.unwrap_or_default())));
            } else {
                previous(info);
            }
        }));
    });
}

/// Runs `check` on one input; a panic becomes a failure.
fn try_one(check: &(impl Fn(&[u8]) -> Verdict + Sync), input: &[u8]) -> Verdict {
    match panic::catch_unwind(AssertUnwindSafe(|| check(input))) {
        Ok(verdict) => verdict,
        Err(_) => Err(LAST_PANIC.with(|p| p.borrow_mut().take()).unwrap_or_else(|| "panic".into())),
    }
}

/// The first line of a failure, without numbers that vary from input to input: failures with
/// the same key are the same bug.
fn key(what: &str) -> String {
    let line = what.lines().next().unwrap_or("");
    match line.strip_prefix("panic at ") {
        // A panic is known by its place.
        Some(rest) => format!("panic at {}", rest.split(": ").next().unwrap_or("")),
        None => line.chars().filter(|c| !c.is_ascii_digit()).take(160).collect(),
    }
}

impl Fuzz {
    /// Runs the target in a thread of its own with `stack` bytes of stack, and returns what it
    /// did. Panics (the test fails) when the thread cannot start.
    pub fn run(mut self, check: impl Fn(&[u8]) -> Verdict + Sync) -> Report {
        install_panic_hook();
        // `AVENIR_FUZZ_REPLAY=target/fuzz/crashes/<target>-….bin` (or `<target>.current`): that
        // input only, in the target it was saved by.
        if let Some(path) = std::env::var_os("AVENIR_FUZZ_REPLAY").map(PathBuf::from) {
            let file = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let ours = file.strip_prefix(self.name).is_some_and(|rest| rest.starts_with(['-', '.']));
            self.seeds =
                if ours { vec![fs::read(&path).expect("AVENIR_FUZZ_REPLAY names a file")] } else { Vec::new() };
            self.inputs = 0;
            self.out = self.out.join("replay");
        }
        let seed = seed() ^ fnv(self.name.as_bytes());
        let started = Instant::now();
        let report = std::thread::scope(|scope| {
            std::thread::Builder::new()
                .name(format!("fuzz-{}", self.name))
                .stack_size(self.stack)
                .spawn_scoped(scope, || self.fuzz(seed, &check))
                .expect("a fuzz thread starts")
                .join()
                .expect("the fuzz loop itself does not panic")
        });
        let (known, new): (Vec<&Failure>, Vec<&Failure>) = report.failures.iter().partition(|f| f.known.is_some());
        let failures = new.iter().map(|f| f.times).sum::<usize>();
        let mut known_at: Vec<&str> = known.iter().filter_map(|f| f.known).collect();
        known_at.dedup();
        let line = format!(
            "fuzz {:<10} {:>7} inputs ({} seeds, corpus {}, {} behaviours), {} failing{}{}; seed {:#x}; {:.1} s, slowest input {:.0} ms",
            self.name,
            report.inputs,
            report.seeds,
            report.corpus,
            report.behaviours,
            failures,
            if new.is_empty() { String::new() } else { format!(" ({} distinct)", new.len()) },
            if known.is_empty() {
                String::new()
            } else {
                format!(", {} known ({})", known.iter().map(|f| f.times).sum::<usize>(), known_at.join(", "))
            },
            self::seed(),
            started.elapsed().as_secs_f64(),
            report.slowest.as_secs_f64() * 1000.0,
        );
        println!("{line}");
        let dir = self.out.join("report");
        let _ = fs::create_dir_all(&dir).and_then(|()| fs::write(dir.join(format!("{}.txt", self.name)), &line));
        for f in &report.failures {
            println!(
                "\nfuzz {}: {}{} ({} inputs)\n  input: {}\n  saved: {}",
                self.name,
                f.known.map_or(String::new(), |at| format!("known, {at}: ")),
                f.what,
                f.times,
                show(&f.input),
                f.saved.display()
            );
        }
        Report { line, ..report }
    }

    fn fuzz(&self, seed: u64, check: &(impl Fn(&[u8]) -> Verdict + Sync)) -> Report {
        let mut rng = Rng::new(seed);
        let tokens: Vec<Vec<u8>> =
            self.tokens.iter().cloned().chain(COMMON_TOKENS.iter().map(|t| t.as_bytes().to_vec())).collect();
        let mut corpus = self.seeds.clone();
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut failures: Vec<Failure> = Vec::new();
        let _ = fs::create_dir_all(&self.out);
        let current_path = self.out.join(format!("{}.current", self.name));
        let mut current = File::create(&current_path).ok();
        let total = self.inputs.max(self.seeds.len());
        let mut tried = 0;
        let mut slowest: Option<(Duration, Vec<u8>)> = None;
        for i in 0..total {
            let input = if i < self.seeds.len() {
                self.seeds[i].clone()
            } else {
                let mut input = rng.pick(&corpus).clone();
                mutate(&mut rng, &mut input, &corpus, &tokens, self.max_len);
                if let Some(fixup) = self.fixup.filter(|_| rng.one_in(2)) {
                    fixup(&mut input);
                }
                if self.text {
                    if let Cow::Owned(text) = String::from_utf8_lossy(&input) {
                        input = text.into_bytes();
                    }
                }
                input
            };
            // Kept on disk while it runs: a stack overflow aborts the process, and this is then
            // the input that did it.
            if let Some(file) = current.as_mut() {
                let _ = file.seek(SeekFrom::Start(0)).and_then(|_| file.write_all(&input));
                let _ = file.set_len(input.len() as u64);
            }
            tried += 1;
            let clock = Instant::now();
            let verdict = try_one(check, &input);
            // Only reported, never a budget: a slow input is worth a look (the checkers run in
            // the browser too).
            let took = clock.elapsed();
            if slowest.as_ref().is_none_or(|(t, _)| took > *t) {
                slowest = Some((took, input.clone()));
            }
            match verdict {
                Ok(behaviours) => {
                    let new = behaviours.into_iter().filter(|b| !seen.contains(b)).collect::<Vec<_>>();
                    if !new.is_empty() && i >= self.seeds.len() {
                        if corpus.len() < self.seeds.len() + MAX_CORPUS {
                            corpus.push(input);
                        } else {
                            let at = self.seeds.len() + rng.below(MAX_CORPUS);
                            corpus[at] = input;
                        }
                    }
                    seen.extend(new);
                }
                Err(what) => {
                    let k = key(&what);
                    if let Some(f) = failures.iter_mut().find(|f| key(&f.what) == k) {
                        f.times += 1;
                        continue;
                    }
                    let input = shrink(check, input, &k, self.text);
                    let saved = self.out.join("crashes").join(format!("{}-{:016x}.bin", self.name, fnv(&input)));
                    let _ = fs::create_dir_all(saved.parent().unwrap_or(Path::new(".")))
                        .and_then(|()| fs::write(&saved, &input));
                    let known = self.known.iter().find(|(piece, _)| k.contains(piece)).map(|(_, at)| *at);
                    failures.push(Failure { what, input, saved, times: 1, known });
                    if failures.iter().filter(|f| f.known.is_none()).count() >= MAX_FAILURES {
                        break;
                    }
                }
            }
        }
        drop(current);
        let _ = fs::remove_file(&current_path);
        // Every behaviour seen, one a line: for tuning what a target reports.
        let _ = fs::write(
            self.out.join(format!("{}.behaviours", self.name)),
            seen.iter().map(|b| format!("{b:?}\n")).collect::<String>(),
        );
        if let Some((_, input)) = &slowest {
            let _ = fs::write(self.out.join(format!("{}.slowest", self.name)), input);
        }
        Report {
            name: self.name,
            inputs: tried,
            seeds: self.seeds.len(),
            corpus: corpus.len(),
            behaviours: seen.len(),
            failures,
            slowest: slowest.map_or(Duration::ZERO, |(t, _)| t),
            line: String::new(),
        }
    }
}

/// A smaller input that fails the same way (same [`key`]): chunks removed, halves first, then
/// smaller ones, within [`SHRINK_TRIES`] checks; still UTF-8 when `text`.
fn shrink(check: &(impl Fn(&[u8]) -> Verdict + Sync), mut input: Vec<u8>, k: &str, text: bool) -> Vec<u8> {
    let mut tries = 0;
    let mut size = input.len() / 2;
    while size > 0 && tries < SHRINK_TRIES {
        let mut at = 0;
        while at < input.len() && tries < SHRINK_TRIES {
            let end = (at + size).min(input.len());
            let mut smaller = input[..at].to_vec();
            smaller.extend_from_slice(&input[end..]);
            // Text stays text: a cut through a character is not tried.
            if text && std::str::from_utf8(&smaller).is_err() {
                at += size;
                continue;
            }
            tries += 1;
            if try_one(check, &smaller).is_err_and(|w| key(&w) == k) {
                input = smaller;
            } else {
                at += size;
            }
        }
        size /= 2;
    }
    input
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_inputs() {
        let corpus = vec![b"a = 1\nb = [2]\n".to_vec(), b"{ $x }".to_vec()];
        let tokens = vec![b"and".to_vec()];
        let run = |seed| {
            let mut rng = Rng::new(seed);
            (0..200)
                .map(|i| {
                    let mut d = corpus[i % 2].clone();
                    mutate(&mut rng, &mut d, &corpus, &tokens, 1 << 16);
                    d
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(run(1), run(1));
        assert_ne!(run(1), run(2));
    }

    #[test]
    fn a_failure_is_found_shrunk_and_saved() {
        let out = std::env::temp_dir().join(format!("avenir-fuzz-self-test-{}", std::process::id()));
        let report = Fuzz {
            name: "self-test",
            inputs: 3000,
            stack: stack(),
            max_len: 4096,
            seeds: vec![b"hello, world".to_vec()],
            tokens: vec![b"BUG".to_vec()],
            out: out.clone(),
            fixup: None,
            known: Vec::new(),
            text: true,
        }
        .run(|input| {
            let text = String::from_utf8_lossy(input);
            assert!(!text.contains("BUG"), "found the bug");
            Ok(vec![text.len().min(20).to_string()])
        });
        assert_eq!(report.failures.len(), 1, "{report:?}");
        let f = &report.failures[0];
        assert_eq!(f.input, b"BUG", "shrunk to the token");
        assert!(f.what.contains("found the bug") && f.what.contains("lib.rs"), "{}", f.what);
        assert_eq!(fs::read(&f.saved).unwrap(), b"BUG");
        assert!(!out.join("self-test.current").exists());
        let _ = fs::remove_dir_all(out);
    }
}
