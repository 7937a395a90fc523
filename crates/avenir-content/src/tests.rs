//! Malformed content: every problem reported at once, with code, file, line and column.

use super::*;

fn file(path: &str, text: &str) -> SourceFile {
    SourceFile { path: path.into(), text: text.into() }
}

const HEADER: &str = r#"
[assessment]
id = "t"
version = "1"
default_language = "en"

[[language]]
tag = "en"
name = "English"
"#;

/// Runs the checker and returns `code file:line:col` for every diagnostic.
fn codes(files: &[SourceFile]) -> Vec<String> {
    let checked = check(files, Date::parse("2026-12-07"));
    checked
        .diagnostics
        .iter()
        .map(|d| {
            let (l, c) = files[d.file].line_col(d.span.start);
            format!("{} {}:{l}:{c}", d.code, files[d.file].path)
        })
        .collect()
}

#[test]
fn every_problem_in_every_file_is_reported_at_once() {
    let questions = format!(
        "{HEADER}\n[[question]]\nid = \"stay\"\ntype = \"single\"\noptions = [\"BE\", \"other\"]\n\n[[question]]\nid = \"Bad Id\"\ntype = \"singel\"\noptions = [\"a\"]\nrelevant = 'stay = \"BE\"'\n"
    );
    let programmes = r#"[[programme]]
id = "p"
source = { url = "not a url", checked = 2026-02-30 }

  [[programme.criterion]]
  id = "c"
  when = 'stya == "BE" and stay == "XX"'
"#;
    let contacts = r#"[[contact]]
id = "c1"
name = "Somewhere"
phone = "02 511 50 45"
email = "nobody-at-example.org"
hours = "Mon-Fri 9-5"
souce = { url = "https://example.org", checked = 2026-11-23 }
"#;
    let files = [
        file("a/assessment.toml", &questions),
        file("a/programmes.toml", programmes),
        file("a/contacts.toml", contacts),
        file("a/texts/en.ftl", "ui-title = Hi\n"),
    ];
    let got = codes(&files);
    let want = [
        "E0006 a/assessment.toml:17:6",  // invalid id
        "E0003 a/assessment.toml:18:8",  // unknown type, did you mean "single"
        "E0004 a/assessment.toml:19:11", // single with one option
        "E0101 a/assessment.toml:20:18", // `=` instead of `==`
        "E0202 a/programmes.toml:3:18",  // not a url
        "E0001 a/programmes.toml:3:41",  // 30 February: TOML cannot read it (once: no E0201 too)
        "E0401 a/programmes.toml:5:3",   // criterion without source
        "E0102 a/programmes.toml:7:11",  // stya, did you mean stay
        "E0103 a/programmes.toml:7:36",  // no option XX
    ];
    for w in want {
        assert!(got.iter().any(|g| g == w), "missing {w} in\n{got:#?}");
    }
    for w in [
        "E0203 a/contacts.toml:4:9",
        "E0204 a/contacts.toml:5:9",
        "E0205 a/contacts.toml:6:9",
        "E0002 a/contacts.toml:7:1",
        "E0401 a/contacts.toml:1:1",
    ] {
        assert!(got.iter().any(|g| g == w), "missing {w} in\n{got:#?}");
    }
    // Missing texts of the default language are errors too, on the .ftl file.
    assert!(got.iter().any(|g| g.starts_with("E0302 a/texts/en.ftl")));
    // No legal-advice contact at all.
    assert!(got.iter().any(|g| g.starts_with("E0404")));
}

#[test]
fn rendering_shows_place_underline_and_hint() {
    let files = [file("x.toml", "[[question]]\nid = \"q\"\ntype = \"yes-no\"\nrelevant = 'q == \"yes\"'\n")];
    let checked = check(&files, None);
    let d = checked.diagnostics.iter().find(|d| d.code == "E0105").expect("self-reference reported");
    let text = render(d, &files);
    assert_eq!(
        text,
        "error[E0105]: question `q` is shown depending on its own answer\n --> x.toml:4:13\n  |\n4 | relevant = 'q == \"yes\"'\n  |             ^\n  |\n  = hint: `q` can never be decided; remove one of these conditions\n"
    );
}

#[test]
fn toml_syntax_errors_do_not_hide_other_files() {
    let files = [
        file("a.toml", "[[question]\nid = \"q\"\n"),
        file("b.toml", "[[need]]\nid = \"n\"\nwhen = 'nope == \"x\"'\nurgency = \"soon\"\n"),
    ];
    let got = codes(&files);
    assert!(got.iter().any(|g| g.starts_with("E0001 a.toml:1:")), "{got:?}");
    assert!(got.iter().any(|g| g == "E0102 b.toml:3:9"), "{got:?}");
    assert!(got.iter().any(|g| g == "E0003 b.toml:4:11"), "{got:?}");
}

#[test]
fn stale_checked_date_is_a_warning() {
    let files = [file(
        "c.toml",
        "[[contact]]\nid = \"c\"\nname = \"N\"\nkind = \"legal-advice\"\nwebsite = \"https://example.org\"\nsource = { url = \"https://example.org\", checked = 2025-01-02 }\n",
    )];
    let checked = check(&files, Date::parse("2026-12-07"));
    let w: Vec<_> = checked.diagnostics.iter().filter(|d| d.code == "W0402").collect();
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].severity, Severity::Warning);
}

#[test]
fn garbage_and_truncated_files_never_panic() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assessments/default");
    // The other languages' files use the same parser as English: leaving them out keeps this
    // test fast without testing less. So are the TOML files that only carry other languages'
    // texts under `[texts]` (`*-translations.toml`): their English texts are in their own file.
    let files: Vec<SourceFile> = fs::read_dir(std::path::Path::new(dir))
        .expect("default content is readable")
        .into_iter()
        .filter(|f| !f.path.ends_with(".ftl") || f.path.ends_with("en.ftl"))
        .filter(|f| !f.path.ends_with("-translations.toml"))
        .collect();
    // Every 31 bytes while the content is small; as it grows (each country adds files), at most
    // about 800 cuts in all, an odd stride so that they fall at every place in a line: each
    // check reads the whole content, so a fixed stride made this test grow with the square of
    // the content (30 minutes on a loaded machine with ten countries of stay).
    let total: usize = files.iter().map(|f| f.text.len()).sum();
    let stride = (total / 800).max(31) | 1;
    for (i, f) in files.iter().enumerate() {
        let mut cut = 0;
        while cut < f.text.len() {
            let mut broken = files.clone();
            broken[i].text = f.text[..cut].to_string();
            let _ = check(&broken, None);
            cut += stride;
            while cut < f.text.len() && !f.text.is_char_boundary(cut) {
                cut += 1;
            }
        }
    }
    for junk in [
        "\u{0}\u{1}[[[",
        "question = 3",
        "[[question]]\nid = 3\noptions = [1, {a = 2}]\n",
        "[assessment]\n[assessment]\n",
        "x = \"\u{202e}\"\n",
    ] {
        let _ = check(&[file("j.toml", junk)], None);
    }
}

#[test]
fn a_group_needs_a_valid_id_and_its_heading() {
    let text = format!(
        "{HEADER}\n[[question]]\nid = \"a\"\ntype = \"yes-no\"\ngroup = \"Health care\"\n\n[[question]]\nid = \"b\"\ntype = \"yes-no\"\ngroup = \"money\"\n"
    );
    // Every text but the group's heading.
    let shared = ["yes", "no", avenir_core::model::DONT_KNOW, avenir_core::model::PREFER_NOT_TO_SAY]
        .map(avenir_core::model::keys::shared_option);
    let ftl: String = avenir_core::text::ui::ALL
        .iter()
        .map(|k| k.to_string())
        .chain(shared)
        .chain(["question-a".into(), "question-b".into()])
        .map(|k| format!("{k} = x\n"))
        .collect();
    let files = [file("a.toml", &text), file("texts/en.ftl", &ftl)];
    let checked = check(&files, Date::parse("2026-12-07"));
    let found = codes(&files);
    assert!(found.contains(&"E0003 a.toml:14:9".to_string()), "{found:?}");
    let b = checked.diagnostics.iter().find(|d| d.code == "E0302" && d.message.contains("group-money"));
    assert!(b.is_some(), "the heading `group-money` is not required: {:?}", checked.diagnostics);
}

#[test]
fn a_never_likely_programme_with_a_duplicate_id_is_placed_in_the_file_of_its_span() {
    // Found by the fuzzer (crates/avenir-fuzz): E0109 took the span of the first programme with
    // the id and the file of the second, a place outside that file.
    let questions =
        format!("{HEADER}\n[[question]]\nid = \"stay\"\ntype = \"single\"\noptions = [\"BE\", \"other\"]\n");
    let programme = |when: &str| {
        format!(
            "\n\n\n\n\n\n[[programme]]\nid = \"p\"\nsource = {{ url = \"https://example.org\", checked = 2026-11-23 }}\n\n  [[programme.criterion]]\n  id = \"c\"\n  when = '{when}'\n  source = {{ url = \"https://example.org\", checked = 2026-11-23 }}\n"
        )
    };
    let files = [
        file("a/assessment.toml", &questions),
        file("a/programmes.toml", &programme("stay == \"BE\"")),
        file("a/more.toml", &format!("# short\n{}", programme("stay == \"BE\" and stay == \"other\""))),
        file("a/texts/en.ftl", "ui-title = Hi\n"),
    ];
    let checked = check(&files, None);
    let never = checked.diagnostics.iter().find(|d| d.code == "E0109").expect("E0109");
    assert_eq!(never.file, 1, "{never:?}");
    assert_eq!(&files[1].text[never.span.clone()], "\"p\"");
}

#[test]
fn a_line_of_toml_nonsense_gives_ten_errors_not_thousands() {
    // Found by the fuzzer: one error every few characters, each rendered with the whole line.
    let files = [file("a/assessment.toml", &format!("{HEADER}\nx{}\n", "F(".repeat(10_000)))];
    let checked = check(&files, None);
    let syntax: Vec<&Diagnostic> = checked.diagnostics.iter().filter(|d| d.code == "E0001").collect();
    assert_eq!(syntax.len(), 10);
    assert_eq!(syntax.iter().filter(|d| d.message.ends_with("more errors in this file")).count(), 1);
}

#[test]
fn an_item_with_a_mistake_is_still_known_by_its_id() {
    // A need with an unknown urgency, a contact with a bad date in its source: each is its own
    // error, and the contact and programme that name them are not reported too (E0206).
    let content = format!(
        "{HEADER}
[[question]]
id = \"q\"
type = \"yes-no\"

[[need]]
id = \"n\"
urgency = \"soon\"
when = 'q == \"yes\"'

[[contact]]
id = \"c\"
name = \"C\"
phone = \"112\"
needs = [\"n\"]
source = {{ url = \"https://example.org\", checked = \"2026-02-30\" }}

[[programme]]
id = \"p\"
contacts = [\"c\"]
source = {{ url = \"https://example.org\", checked = 2026-11-01 }}

  [[programme.criterion]]
  id = \"x\"
  when = 'q == \"yes\"'
  source = {{ url = \"https://example.org\", checked = 2026-11-01 }}
"
    );
    let got = codes(&[file("a/a.toml", &content), file("a/texts/en.ftl", "ui-title = Hi\n")]);
    assert!(got.iter().any(|g| g.starts_with("E0003 a/a.toml:17:")), "{got:#?}");
    assert!(got.iter().any(|g| g.starts_with("E0201 a/a.toml:")), "{got:#?}");
    assert!(!got.iter().any(|g| g.starts_with("E0206")), "{got:#?}");
}
