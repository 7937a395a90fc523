//! The command line on hostile input: files that are huge, endless, deeply nested, not text,
//! or full of terminal escapes. Each must end in a bounded time with a coded diagnostic and an
//! exit status, never a hang, a signal or raw escapes on the terminal. Bounds are checked by
//! counting what is printed, not by timing (machines are noisy).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn avenir(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_avenir")).args(args).output().expect("the avenir binary runs")
}

fn content() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assessments/default"))
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let target = to.join(p.file_name().unwrap());
        if p.is_dir() { copy(&p, &target) } else { std::fs::copy(&p, &target).map(|_| ()).unwrap() }
    }
}

/// A temporary folder, removed when dropped.
struct Temp(PathBuf);

impl Temp {
    fn new(name: &str) -> Temp {
        let n = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
        let dir = std::env::temp_dir().join(format!("avenir-hostile-{name}-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Temp(dir)
    }

    /// A copy of the default content.
    fn content(name: &str) -> Temp {
        let t = Temp::new(name);
        copy(&content(), &t.0);
        t
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.0.join(rel)
    }

    fn arg(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// 40,000 unknown keys: 40,000 errors in one file.
fn forty_thousand_errors() -> String {
    (0..40_000).map(|i| format!("unknown_key_{i} = 1\n")).collect()
}

#[test]
fn forty_thousand_errors_are_counted_but_at_most_200_shown() {
    let dir = Temp::content("many");
    std::fs::write(dir.path("zz-many.toml"), forty_thousand_errors()).unwrap();
    let out = avenir(&["lint", dir.arg()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let shown = err.matches("error[E0002]").count();
    assert!((1..=200).contains(&shown), "{shown} errors shown");
    assert!(
        err.contains(&format!("… and {} more errors not shown (limit 200, 100 per file)", 40_000 - shown)),
        "{}",
        tail(&err)
    );
    assert!(err.contains(": 40000 error(s), 0 warning(s)"), "{}", tail(&err));
    // Bounded output: 200 diagnostics of a few lines each.
    assert!(err.len() < 200 * 400, "{} bytes of output", err.len());

    let out = avenir(&["lint", dir.arg(), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    let listed = json["diagnostics"].as_array().unwrap().len();
    assert!((1..=200).contains(&listed), "{listed}");
    assert_eq!(json["errors"], 40_000);
    assert_eq!(json["warnings"], 0);
    assert_eq!(json["not_shown"], 40_000 - listed);
}

#[test]
fn a_site_file_with_forty_thousand_errors_is_reported_bounded() {
    let dir = Temp::new("site-many");
    let file = dir.path("site.toml");
    std::fs::write(&file, forty_thousand_errors()).unwrap();
    let out = avenir(&["site", file.to_str().unwrap(), content().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let shown = err.matches("error[E0002]").count();
    assert!((1..=200).contains(&shown), "{shown} errors shown");
    assert!(err.contains("more errors not shown (limit 200, 100 per file)"), "{}", tail(&err));
}

fn tail(s: &str) -> &str {
    &s[s.len().saturating_sub(2000)..]
}

/// Runs `avenir`, or fails if it has not ended after 30 seconds (a FIFO would make it wait for
/// ever): the child is killed then.
fn avenir_within_time(args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_avenir"))
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > std::time::Duration::from_secs(30) {
            child.kill().unwrap();
            panic!("avenir {args:?} still runs after 30 seconds");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

/// Exit status 1 (not a signal, not a hang) with the coded error `code` naming `file`.
fn refused(out: &Output, code: &str, file: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(&format!("error[{code}]")), "{err}");
    assert!(err.contains(file), "{err}");
}

#[cfg(unix)]
#[test]
fn only_regular_files_are_read_and_only_so_much() {
    // A link to /dev/zero: before, `lint` read it until memory ran out.
    let dir = Temp::content("zero");
    std::os::unix::fs::symlink("/dev/zero", dir.path("zz.toml")).unwrap();
    refused(&avenir_within_time(&["lint", dir.arg()]), "E0008", "zz.toml");
    refused(&avenir_within_time(&["site", "/dev/zero", content().to_str().unwrap()]), "E0008", "/dev/zero");
    refused(&avenir_within_time(&["hsds", "import", "/dev/zero"]), "E0008", "/dev/zero");
    // A FIFO: before, `lint` waited for a writer for ever.
    let dir = Temp::content("fifo");
    let fifo = dir.path("texts/zz.ftl");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    refused(&avenir_within_time(&["lint", dir.arg()]), "E0008", "zz.ftl");
    refused(&avenir_within_time(&["hsds", "import", fifo.to_str().unwrap()]), "E0008", "zz.ftl");
    let json = avenir_within_time(&["lint", dir.arg(), "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(json["diagnostics"][0]["code"], "E0008");
    // Too large: 5 MB of comment (sparse: nothing is written).
    let dir = Temp::content("large");
    std::fs::File::create(dir.path("zz.toml")).unwrap().set_len(5 << 20).unwrap();
    refused(&avenir_within_time(&["lint", dir.arg()]), "E0009", "zz.toml");
    refused(&avenir_within_time(&["site", dir.path("zz.toml").to_str().unwrap()]), "E0009", "zz.toml");
    // The test cases, which `test` and `diff` read.
    let dir = Temp::content("tests");
    std::os::unix::fs::symlink("/dev/zero", dir.path("tests/zz.toml")).unwrap();
    let out = avenir_within_time(&["test", dir.arg()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("error[E0008]"), "{}", stderr(&out));
    let out = avenir_within_time(&["diff", content().to_str().unwrap(), dir.arg()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("error[E0008]"), "{}", stderr(&out));
}

#[test]
fn a_file_that_is_not_utf8_is_named_with_a_code() {
    let dir = Temp::content("utf8");
    std::fs::write(dir.path("zz.toml"), b"a = 1\nname = \"caf\xE9\"\n").unwrap();
    let out = avenir(&["lint", dir.arg()]);
    refused(&out, "E0007", "zz.toml:2:12");
}

#[test]
fn a_hundred_thousand_nested_placeables_are_refused_not_a_crash() {
    // Before: the Fluent parser overflowed the stack (SIGABRT) at ~9,000.
    let deep = format!("deep-text = {}\"x\"{}\n", "{ ".repeat(100_000), " }".repeat(100_000));
    let dir = Temp::content("fluent");
    let en = std::fs::read_to_string(dir.path("texts/en.ftl")).unwrap();
    std::fs::write(dir.path("texts/en.ftl"), format!("{en}{deep}")).unwrap();
    refused(&avenir(&["lint", dir.arg()]), "E0307", "texts/en.ftl");
    // In an embedding site's [texts], which the browser checks too.
    let site = Temp::new("fluent-site");
    let file = site.path("site.toml");
    std::fs::write(&file, format!("[texts]\nen = '''\n{deep}'''\n")).unwrap();
    refused(&avenir(&["site", file.to_str().unwrap(), content().to_str().unwrap()]), "E0307", "site.toml");
}

#[test]
fn a_hundred_thousand_nested_lists_rules_and_json_are_refused_not_a_crash() {
    let n = 100_000;
    let dir = Temp::content("toml");
    std::fs::write(dir.path("zz.toml"), format!("x = {}{}\n", "[".repeat(n), "]".repeat(n))).unwrap();
    std::fs::write(dir.path("zy.toml"), format!("y = {}1{}\n", "{ a = ".repeat(n), " }".repeat(n))).unwrap();
    let rule =
        format!("[[need]]\nid = \"deep\"\nurgency = \"immediate\"\nwhen = '{}health == \"yes\"'\n", "(".repeat(n));
    std::fs::write(dir.path("zx.toml"), rule).unwrap();
    let out = avenir(&["lint", dir.arg()]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{}", tail(&err));
    assert!(err.contains("zz.toml:1:") && err.contains("zy.toml:1:") && err.contains("error[E0001]"), "{}", tail(&err));
    assert!(err.contains("rule: this rule is nested too deeply"), "{}", tail(&err));
    let json = Temp::new("json");
    for (name, text) in [("a.json", format!("{}{}", "[".repeat(n), "]".repeat(n))), ("o.json", "{\"a\":".repeat(n))] {
        std::fs::write(json.path(name), text).unwrap();
        refused(&avenir(&["hsds", "import", json.path(name).to_str().unwrap()]), "E0601", name);
    }
}

#[test]
fn terminal_escapes_from_an_imported_file_never_reach_the_terminal() {
    // Clear the screen, set the window's title, and a right-to-left override, in a value (the
    // name) and in what becomes an id.
    let evil = "\u{1b}[2J\u{1b}]0;pwned\u{7}\u{202e}";
    let service = serde_json::json!([{
        "id": format!("desk{evil}"),
        "name": format!("Desk {evil} exe.txt"),
        "phones": [{ "number": format!("+32 2 000 00 00{evil}") }],
    }]);
    let dir = Temp::new("escapes");
    let file = dir.path("services.json");
    std::fs::write(&file, service.to_string()).unwrap();
    let out = avenir(&["hsds", "import", file.to_str().unwrap()]);
    let err = stderr(&out);
    let toml = String::from_utf8(out.stdout).unwrap();
    let unsafe_in = |s: &str| s.chars().filter(|c| avenir_content::diag::is_unsafe(*c) && *c != '\n').count();
    assert_eq!(unsafe_in(&err), 0, "{err:?}");
    assert!(err.contains("\\u{1b}[2J\\u{1b}]0;pwned\\u{7}\\u{202e}"), "{err}");
    assert_eq!(unsafe_in(&toml), 0, "{toml:?}");
    // The TOML written has them as TOML escapes: read back, the same text.
    let read: toml::Table = toml::from_str(&toml).unwrap();
    assert_eq!(read["contact"][0]["name"].as_str(), Some(format!("Desk {evil} exe.txt").as_str()));
    // Imported into content: lint shows them escaped too, in text and in JSON.
    let content = Temp::content("escapes-lint");
    std::fs::write(content.path("zz.toml"), &toml).unwrap();
    let out = avenir(&["lint", content.arg()]);
    assert_eq!(unsafe_in(&stderr(&out)), 0, "{:?}", stderr(&out));
    let out = avenir(&["lint", content.arg(), "--format", "json"]);
    let json = String::from_utf8(out.stdout).unwrap();
    assert_eq!(unsafe_in(&json), 0, "{json:?}");
    serde_json::from_str::<serde_json::Value>(&json).unwrap();
}
