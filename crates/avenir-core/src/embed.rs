//! An embedding site's settings (the attributes of `<avenir-assessment>`, see
//! docs/embedding.md), checked against the content before the widget uses them. Every setting
//! that does not fit is left out, with a message for the site's author (never shown to the
//! person, who gets the widget as it is without that setting).

use crate::colour::{self, Rgb};
use crate::model::{Assessment, QuestionKind};
use crate::session::Session;
use crate::text::items;

/// The settings as the host page wrote them.
#[derive(Clone, Debug, Default)]
pub struct Settings<'a> {
    /// `languages="hr en ar"`: the languages offered, in this order.
    pub languages: Option<&'a str>,
    /// `country="BE"`: the country of stay, answered by the site and not asked.
    pub country: Option<&'a str>,
    /// `accent="#00703c"`: the colour of the main buttons.
    pub accent: Option<&'a str>,
    /// `exit-url="https://…"`: where quick exit goes.
    pub exit_url: Option<&'a str>,
    /// `hide-programmes="eurp fedasil_return"`: programmes the site does not show.
    pub hide_programmes: Option<&'a str>,
}

/// What the widget may use, and what was left out and why.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Checked {
    /// The question of the country of stay and the option the site fixed.
    pub country: Option<(String, String)>,
    /// The accent and its darker shade.
    pub accent: Option<(Rgb, Rgb)>,
    /// Ids of the programmes not to show.
    pub hidden: Vec<String>,
    /// One line per setting left out, in English, for the site's author.
    pub problems: Vec<String>,
}

/// The question a `country` setting answers: the content's first country question (in the
/// default content, "Which country are you living in now?").
pub fn country_question(a: &Assessment) -> Option<&str> {
    a.questions.iter().find(|q| q.kind == QuestionKind::Country).map(|q| q.id.as_str())
}

pub fn check(a: &Assessment, s: &Settings) -> Checked {
    let mut checked = Checked::default();
    let mut problem =
        |name: &str, value: &str, why: String| checked.problems.push(format!("{name}=\"{value}\": {why}"));

    if let Some(list) = s.languages {
        let tags: Vec<&str> = a.languages.iter().filter(|l| !l.pseudo).map(|l| l.tag.as_str()).collect();
        let unknown: Vec<&str> = items(list).filter(|t| !tags.iter().any(|k| k.eq_ignore_ascii_case(t))).collect();
        if !unknown.is_empty() {
            let all = items(list).count() == unknown.len();
            let then = if all { "every language is offered" } else { "left out" };
            problem(
                "languages",
                list,
                format!("{} not in this content, {then}; it has: {}", unknown.join(", "), tags.join(" ")),
            );
        }
    }

    if let Some(code) = s.country.map(str::trim).filter(|c| !c.is_empty()) {
        let fixed = country_question(a).and_then(|q| {
            let option = a.question(q)?.options.iter().find(|o| o.eq_ignore_ascii_case(code))?.clone();
            Session::start().fix(a, q, &option).ok().map(|()| (q.to_string(), option))
        });
        match fixed {
            Some(fixed) => checked.country = Some(fixed),
            None => {
                let options = country_question(a).and_then(|q| a.question(q)).map(|q| q.options.join(" "));
                problem(
                    "country",
                    code,
                    format!(
                        "not a country of stay of this content, so the question is asked; it has: {}",
                        options.unwrap_or_else(|| "no country question".into())
                    ),
                );
            }
        }
    }

    if let Some(text) = s.accent {
        match colour::accent(text) {
            Ok(pair) => checked.accent = Some(pair),
            Err(why) => problem("accent", text, format!("{why}; the widget keeps its own colours")),
        }
    }

    if let Some(list) = s.hide_programmes {
        for id in items(list) {
            match a.programmes.iter().find(|p| p.id == id) {
                Some(p) => checked.hidden.push(p.id.clone()),
                None => {
                    let ids: Vec<&str> = a.programmes.iter().map(|p| p.id.as_str()).collect();
                    problem(
                        "hide-programmes",
                        list,
                        format!("{id} is not a programme of this content; it has: {}", ids.join(" ")),
                    );
                }
            }
        }
    }

    if let Some(url) = s.exit_url
        && !crate::exit::is_exit_url(url)
    {
        problem("exit-url", url, "not an https:// address; quick exit goes to the widget's default site".into());
    }
    checked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Question;
    use crate::text::{Direction, Language};

    fn assessment() -> Assessment {
        let language = |tag: &str, pseudo| Language {
            tag: tag.into(),
            name: tag.into(),
            dir: Direction::Ltr,
            reviewed: true,
            pseudo,
        };
        Assessment {
            id: "t".into(),
            version: "1".into(),
            default_language: "en".into(),
            questions: vec![Question {
                id: "stay".into(),
                kind: QuestionKind::Country,
                options: vec!["BE".into(), "HR".into(), "other".into()],
                dont_know: false,
                sensitive: false,
                relevant: None,
                group: None,
            }],
            programmes: vec![crate::model::Programme {
                id: "eurp".into(),
                applies: None,
                criteria: Vec::new(),
                sources: Vec::new(),
                contacts: Vec::new(),
            }],
            needs: Vec::new(),
            contacts: Vec::new(),
            languages: vec![language("en", false), language("ar", false), language("en-XA", true)],
            texts: Vec::new(),
        }
    }

    #[test]
    fn good_settings_pass_without_a_problem() {
        let a = assessment();
        let s = Settings {
            languages: Some("ar en"),
            country: Some("hr"),
            accent: Some("#00703c"),
            exit_url: Some("https://example.org/"),
            hide_programmes: Some("eurp"),
        };
        let checked = check(&a, &s);
        assert_eq!(checked.problems, Vec::<String>::new());
        assert_eq!(checked.hidden, ["eurp"]);
        assert_eq!(checked.country, Some(("stay".into(), "HR".into())));
        assert_eq!(checked.accent.unwrap().0, Rgb(0, 0x70, 0x3c));
        assert_eq!(check(&a, &Settings::default()), Checked::default());
    }

    #[test]
    fn every_bad_setting_is_left_out_with_a_reason() {
        let a = assessment();
        let s = Settings {
            languages: Some("hr en en-XA"),
            country: Some("FR"),
            accent: Some("#ffdd00"),
            exit_url: Some("http://example.org/"),
            hide_programmes: Some("eurp reag"),
        };
        let checked = check(&a, &s);
        assert_eq!((checked.country, checked.accent, checked.hidden), (None, None, vec!["eurp".to_string()]));
        let p = &checked.problems;
        assert_eq!(p.len(), 5, "{p:#?}");
        assert_eq!(p[3], "hide-programmes=\"eurp reag\": reag is not a programme of this content; it has: eurp");
        assert_eq!(p[0], "languages=\"hr en en-XA\": hr, en-XA not in this content, left out; it has: en ar");
        assert_eq!(
            p[1],
            "country=\"FR\": not a country of stay of this content, so the question is asked; it has: BE HR other"
        );
        assert!(
            p[2].starts_with("accent=\"#ffdd00\": gives white text a contrast of only 1.") && p[2].contains("4.5:1"),
            "{}",
            p[2]
        );
        assert!(p[4].starts_with("exit-url=\"http://example.org/\": not an https:// address"), "{}", p[4]);
        let none = check(&a, &Settings { languages: Some("xx"), ..Settings::default() });
        assert!(none.problems[0].contains("every language is offered"), "{:?}", none.problems);
    }
}
