//! The test-case runner: reading, differences, coverage; and the default content's own cases.

use avenir_content::cases::{self, Seen};
use avenir_content::diag::{Diags, SourceFile};
use avenir_content::{check, fs};
use avenir_core::model::Assessment;

fn dir() -> std::path::PathBuf {
    std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assessments/default"))
}

fn content() -> Assessment {
    check(&fs::read_dir(&dir()).unwrap(), None).assessment.unwrap()
}

fn read(text: &str) -> (Vec<cases::Case>, Vec<String>) {
    let a = content();
    let files = [SourceFile { path: "t.toml".into(), text: text.into() }];
    let mut d = Diags::default();
    let cases = cases::read(&files, &a, &mut d);
    let mut found = d.0.clone();
    found.sort_by_key(|x| x.span.start);
    let codes = found.iter().map(|x| {
        let (l, c) = files[0].line_col(x.span.start);
        format!("{} {l}:{c}", x.code)
    });
    (cases, codes.collect())
}

#[test]
fn the_default_content_passes_its_own_cases_and_covers_every_outcome() {
    let a = content();
    let files = fs::read_tests(&dir()).unwrap();
    let mut d = Diags::default();
    let all = cases::read(&files, &a, &mut d);
    assert!(d.0.is_empty(), "{:?}", d.0);
    assert!(all.len() >= 8);
    for c in &all {
        assert_eq!(cases::run(&a, c), Vec::<String>::new(), "{}", c.name);
    }
    let cov = cases::coverage(&a, &all);
    let missing: Vec<_> = cov.conditions.iter().filter(|(_, s)| s.contains(&Seen::No)).map(|(n, _)| n).collect();
    assert!(missing.is_empty(), "outcomes no case covers: {missing:?}");
}

#[test]
fn a_wrong_expectation_is_reported_with_the_difference() {
    let (all, errors) = read(
        r#"
[[case]]
name = "wrong on purpose"
answers = { stay_country = "BE", return_country = "AL", residence = "asylum_refused", health = "yes", medicine = "no", travel_document = "no" }
[case.expect]
programmes = { fedasil_avr = "possibly", eurp = "not-shown" }
needs = ["travel_documents", "health"]
contacts = ["payoke"]
not_contacts = ["fedasil_return"]
"#,
    );
    assert!(errors.is_empty(), "{errors:?}");
    let diffs = cases::run(&content(), &all[0]);
    assert_eq!(diffs[0], "programme `fedasil_avr`: expected possibly, got likely");
    assert_eq!(diffs[1], "programme `eurp`: expected not-shown, got possibly");
    assert_eq!(diffs[2], "needs: expected [travel_documents, health], got [health, travel_documents]");
    assert!(diffs[3].starts_with("contact `payoke`: expected, not shown"));
    assert_eq!(diffs[4], "contact `fedasil_return`: shown, but the case says it must not be");
    assert_eq!(diffs.len(), 5);
}

#[test]
fn case_files_are_checked_against_the_content() {
    let (_, errors) = read(
        r#"
[[case]]
name = "typos"
answers = { stay_contry = "BE", return_country = "XX", children = 99, residence = 3 }
[case.expect]
programmes = { fedasil = "likely", eurp = "probably" }
needs = ["helth"]
"#,
    );
    assert_eq!(
        errors,
        ["E0501 4:13", "E0502 4:50", "E0502 4:67", "E0502 4:83", "E0503 6:16", "E0504 6:43", "E0503 7:10"]
    );
}

#[test]
fn reasons_are_checked_and_compared() {
    let (all, errors) = read(
        r#"
[[case]]
name = "reasons"
answers = { stay_country = "DE", return_country = "prefer-not-to-say" }
[case.expect]
reasons = { "eurp.country_coverd" = "met", "eurp.status" = "maybe", "eurp.country_covered" = "unmet", "eurp.referral" = "met" }
"#,
    );
    assert_eq!(errors, ["E0503 6:13", "E0504 6:60"]);
    let diffs = cases::run(&content(), &all[0]);
    assert_eq!(diffs, ["reason `eurp.country_covered`: expected unmet, got not-answered"]);
}

#[test]
fn diff_shows_which_cases_and_profiles_a_rule_change_affects() {
    let files = fs::read_dir(&dir()).unwrap();
    let old = check(&files, None).assessment.unwrap();
    // Narrow Fedasil's target group: people who never applied for asylum are left out.
    let narrowed: Vec<SourceFile> = files
        .iter()
        .map(|f| SourceFile {
            path: f.path.clone(),
            text: f.text.replacen(
                r#"residence in ["asylum_pending", "asylum_refused", "no_permit", "protection_ended"]"#,
                r#"residence in ["asylum_pending", "asylum_refused", "protection_ended"]"#,
                1,
            ),
        })
        .collect();
    let new = check(&narrowed, None).assessment.unwrap();
    let mut d = Diags::default();
    let all = cases::read(&fs::read_tests(&dir()).unwrap(), &new, &mut d);
    let report = avenir_content::changes::diff(&old, &new, &all);
    assert!(report.complete);
    let names: Vec<&str> = report.cases.iter().map(|(n, _)| n.as_str()).collect();
    // The cases of people in Belgium who never applied for asylum.
    assert_eq!(
        names,
        [
            "Belgium, returning to Morocco without a permit: reintegration support likely, help with housing and work",
            "Unsure of the medicine, with health needs: not yet urgent",
            "Belgium, no permit, returning to Moldova: reintegration support not shown (ended for Moldova by the minister), the return itself likely",
            "Belgium, no permit, returning to Brazil: reintegration support not shown (ended for Brazil from 1 December 2025)",
            "Control: Belgium, no permit, returning to Georgia with a serious illness: the vulnerability exception makes reintegration support possibly",
            "Belgium, signs of exploitation: PAG-ASA (Brussels) is shown with Payoke",
            "Belgium, returning to Brazil: EURP's list is partial outside Germany, so coverage is open by the rule, not unanswered",
            "Belgium to Colombia: the return law is possibly (its requirements are not asked), with the CRORE and the ministry's anti-trafficking team",
            "Belgium to El Salvador: the reception programme is possibly (its pages are from 2018)",
        ]
    );
    for (_, changes) in &report.cases {
        assert!(changes.contains(&"programme `fedasil_avr`: likely → not-likely".to_string()), "{changes:?}");
    }
    // Every changed profile answered "never applied"; none else changed.
    assert!(!report.groups.is_empty());
    for g in &report.groups {
        assert!(g.example.contains(&("residence".to_string(), "no_permit".to_string())), "{:?}", g.example);
    }
    // The same content compared with itself changes nothing.
    let same = avenir_content::changes::diff(&old, &old, &all);
    assert!(same.cases.is_empty() && same.groups.is_empty() && same.questions.is_empty());
    // Only the questions the change can reach were varied: Fedasil's rules and their relevance.
    assert!(report.questions.contains(&"residence".to_string()), "{:?}", report.questions);
    assert!(report.questions.len() < new.questions.len(), "{:?}", report.questions);
}
