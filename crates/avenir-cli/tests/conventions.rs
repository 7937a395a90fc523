//! The command line's conventions, one test each: `--version`, help for every subcommand
//! (without running it), unknown flags refused with a suggestion, the documented exit statuses,
//! shell completions, `--format json` on every subcommand that reports, and `-o` needing a file.

use std::path::PathBuf;
use std::process::{Command, Output};

fn avenir(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_avenir")).args(args).output().expect("the avenir binary runs")
}

fn content() -> String {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assessments/default")).display().to_string()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The JSON an `avenir … --format json` printed on stdout.
fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("not JSON on stdout ({e}): {}", stdout(o)))
}

#[test]
fn version_prints_the_name_and_the_crates_version() {
    let out = avenir(&["--version"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), format!("avenir {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn every_subcommand_has_help_and_help_runs_nothing() {
    for sub in [
        &["lint"][..],
        &["test"],
        &["graph"],
        &["diff"],
        &["hsds"],
        &["hsds", "export"],
        &["hsds", "import"],
        &["site"],
        &["status"],
        &["build"],
        &["completions"],
    ] {
        let mut args = sub.to_vec();
        args.push("--help");
        let out = avenir(&args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(text.contains(&format!("Usage: avenir {}", sub.join(" "))), "{args:?}: {text}");
        // Help only: lint's summary line (on stderr) would say it ran.
        assert!(stderr(&out).is_empty(), "{args:?} ran: {}", stderr(&out));
    }
    // With the content's folder given, `lint --help` still only helps.
    let out = avenir(&["lint", &content(), "--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!stderr(&out).contains("error(s)") && stdout(&out).contains("--today"));
}

#[test]
fn unknown_flags_are_refused_with_a_suggestion() {
    let out = avenir(&["lint", &content(), "--bogus"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--bogus"), "{}", stderr(&out));
    let out = avenir(&["lint", &content(), "--fromat", "json"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("'--fromat'") && err.contains("a similar argument exists: '--format'"), "{err}");
    // A value outside the choices is refused with them, not read as something else.
    let out = avenir(&["lint", &content(), "--format", "jsno"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("[possible values: text, short, json]"), "{}", stderr(&out));
    // An unknown subcommand too.
    let out = avenir(&["lnit"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("'lint'"), "{}", stderr(&out));
}

#[test]
fn exit_status_0_ok_1_findings_2_usage_or_io() {
    assert_eq!(avenir(&["lint", &content(), "--today", "2026-12-07"]).status.code(), Some(0));
    // Findings: a content error.
    let dir = std::env::temp_dir().join(format!("avenir-conventions-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("bad.toml"), "unknown_key = 1\n").unwrap();
    assert_eq!(avenir(&["lint", dir.to_str().unwrap()]).status.code(), Some(1));
    let _ = std::fs::remove_dir_all(&dir);
    // Usage: no subcommand, a bad date, a missing folder (I/O).
    assert_eq!(avenir(&[]).status.code(), Some(2));
    let out = avenir(&["lint", &content(), "--today", "7 December"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("YYYY-MM-DD"), "{}", stderr(&out));
    assert_eq!(avenir(&["lint", "/nonexistent/avenir"]).status.code(), Some(2));
    assert_eq!(avenir(&["diff", &content()]).status.code(), Some(2));
}

#[test]
fn completions_for_bash() {
    let out = avenir(&["completions", "bash"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let script = stdout(&out);
    assert!(
        script.contains("complete -F _avenir") && script.contains("lint") && script.contains("--today"),
        "{script}"
    );
    assert_eq!(avenir(&["completions", "tcsh"]).status.code(), Some(2));
}

#[test]
fn format_json_on_every_subcommand_that_reports() {
    let c = content();
    let lint = json(&avenir(&["lint", &c, "--format", "json", "--today", "2026-12-07"]));
    assert_eq!(lint["errors"], 0);
    assert_eq!(lint["diagnostics"].as_array().map(Vec::len), lint["warnings"].as_u64().map(|w| w as usize));

    let out = avenir(&["test", &c, "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let test = json(&out);
    assert_eq!(test["failed"], 0);
    let cases = test["cases"].as_array().unwrap();
    assert!(cases.len() > 10 && cases.iter().all(|x| x["ok"] == true && x["line"].as_u64() > Some(0)));
    assert_eq!(test["coverage"]["percent"], 100);

    let out = avenir(&["diff", &c, &c, "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let diff = json(&out);
    assert_eq!((diff["complete"].as_bool(), diff["cases"].as_array().map(Vec::len)), (Some(true), Some(0)));
    assert!(diff["profiles"].as_u64().is_some() && diff["groups"].as_array().is_some_and(Vec::is_empty));

    let demo = format!("{}/../../www/demo/site-de.toml", env!("CARGO_MANIFEST_DIR"));
    let out = avenir(&["site", &demo, &c, "--languages", "de en ar", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let site = json(&out);
    assert_eq!(
        (site["contacts"].as_u64(), site["programmes"].as_u64(), site["languages"].as_u64()),
        (Some(0), Some(1), Some(3))
    );
    assert_eq!(site["problems"].as_array().map(Vec::len), Some(0));

    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/../avenir-content/tests/hsds/directory");
    let out = avenir(&["hsds", "import", folder, "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let import = json(&out);
    assert_eq!(
        (import["contacts"].as_u64(), import["errors"].as_u64(), import["warnings"].as_u64()),
        (Some(2), Some(0), Some(2))
    );
    assert_eq!(import["diagnostics"][0]["code"], "W0605");
    assert!(import["toml"].as_str().unwrap().contains("[[contact]]"));
}

#[test]
fn an_output_flag_without_its_file_is_a_usage_error() {
    let out = avenir(&["graph", &content(), "-o"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).is_empty(), "wrote to stdout: {}", stdout(&out));
    assert!(stderr(&out).contains("-o <FILE>"), "{}", stderr(&out));
    assert_eq!(avenir(&["hsds", "export", &content(), "-o"]).status.code(), Some(2));
}

#[test]
fn colour_on_a_terminal_only_and_never_with_no_color() {
    let dir = std::env::temp_dir().join(format!("avenir-colour-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("bad.toml"), "unknown_key = 1\n").unwrap();
    let run = |env: &[(&str, &str)], extra: &[&str]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_avenir"));
        c.args(["lint", dir.to_str().unwrap()]).args(extra).env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
        for (k, v) in env {
            c.env(k, v);
        }
        stderr(&c.output().unwrap())
    };
    // Piped (as here): no colour.
    let piped = run(&[], &[]);
    assert!(piped.contains("error[E0002]") && !piped.contains('\u{1b}'), "{piped:?}");
    // Forced, as a terminal would get it: colour; NO_COLOR wins.
    assert!(run(&[("CLICOLOR_FORCE", "1")], &[]).contains("\u{1b}["));
    assert!(!run(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")], &[]).contains('\u{1b}'));
    // The one-line form: one line per problem, then the summary.
    let short = run(&[], &["--format", "short"]);
    let lines: Vec<&str> = short.lines().collect();
    assert!(lines[0].ends_with("bad.toml:1:1: error[E0002]: unknown key `unknown_key` in the file"), "{short}");
    assert!(lines[1].ends_with("bad.toml:1:1: error[E0004]: no [assessment] section in any file"), "{short}");
    assert_eq!(lines.len(), 3, "{short}");
    let _ = std::fs::remove_dir_all(&dir);
}
