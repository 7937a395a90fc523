//! Property: whatever a site's file replaces, a site the checker accepts never leaves a country
//! of stay without the independent legal advice it had in the widget's content (issue 16, 3):
//! the checker refuses any replacement of a legal-advice contact, and this proves the outcome
//! with `analysis::without_legal_advice`, whatever the replacement says.

use std::path::Path;

use avenir_content::diag::SourceFile;
use avenir_content::{check, fs, site};
use avenir_core::analysis::without_legal_advice;
use avenir_core::model::ContactKind;
use proptest::prelude::*;

fn content() -> Vec<SourceFile> {
    fs::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assessments/default")).unwrap()
}

/// Conditions a careless or hostile site might give: for one country, another, none, never.
const APPLIES: [&str; 8] = [
    r#"stay_country == "DK""#,
    r#"stay_country == "DE""#,
    r#"stay_country == "BE""#,
    r#"stay_country == "HR""#,
    r#"stay_country != "DK""#,
    r#"stay_country == "DK" and stay_country == "HR""#,
    r#"stay_country == "DE" and return_country == "AL""#,
    "",
];

fn contact(id: &str, legal: bool, applies: &str) -> String {
    let applies = if applies.is_empty() { String::new() } else { format!("applies = '{applies}'\n") };
    let kind = if legal { "kind = \"legal-advice\"\n" } else { "needs = [\"housing\"]\n" };
    format!(
        "[[contact]]\nid = \"{id}\"\nname = \"A site's contact\"\n{kind}{applies}website = \"https://example.org/\"\n\
         source = {{ url = \"https://example.org/about\", checked = 2026-11-23 }}\n\n"
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]
    #[test]
    fn an_accepted_site_never_removes_legal_advice(
        replaced in proptest::collection::vec((0usize..usize::MAX, any::<bool>(), 0..APPLIES.len()), 1..4),
    ) {
        let files = content();
        let base = check(&files, None).assessment.unwrap();
        let legal: Vec<&str> =
            base.contacts.iter().filter(|c| c.kind == ContactKind::LegalAdvice).map(|c| c.id.as_str()).collect();
        let mut text = String::new();
        let mut used = Vec::new();
        for (pick, is_legal, applies) in replaced {
            let id = legal[pick % legal.len()];
            if !used.contains(&id) {
                used.push(id);
                text += &contact(id, is_legal, APPLIES[applies]);
            }
        }
        let before = without_legal_advice(&base).unwrap();
        match site::check(&files, "site.toml", &text, None) {
            Ok((mut own, _)) => {
                let mut shown = base.clone();
                own.apply(&mut shown, &[]);
                let after = without_legal_advice(&shown).unwrap();
                let lost: Vec<&String> = after.iter().filter(|c| !before.contains(c)).collect();
                prop_assert!(lost.is_empty(), "accepted, but {lost:?} lost legal advice:\n{text}");
            }
            Err(problems) => {
                let all = problems.join("\n");
                prop_assert!(all.contains("E0404"), "refused for another reason:\n{all}\n{text}");
            }
        }
    }
}

#[test]
fn the_default_content_gives_legal_advice_in_every_country_it_covers() {
    let a = check(&content(), None).assessment.unwrap();
    let gaps = without_legal_advice(&a).unwrap();
    for country in ["BE", "DE", "DK", "BG", "HR", "SI"] {
        assert!(!gaps.iter().any(|g| g == country), "{country} in {gaps:?}");
    }
    // Everywhere else the widget has no legal-advice contact of its own (yet): the analysis
    // sees that, so it is not blind.
    assert!(gaps.iter().any(|g| g == "other"), "{gaps:?}");
}
