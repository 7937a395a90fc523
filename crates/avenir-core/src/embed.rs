//! An embedding site's settings (the attributes of `<avenir-assessment>`, see
//! docs/embedding.md), checked against the content before the widget uses them. Every setting
//! that does not fit is left out, with a message for the site's author (never shown to the
//! person, who gets the widget as it is without that setting).

use serde::{Deserialize, Serialize};

use crate::colour::{self, Rgb};
use crate::model::{Assessment, Contact, Programme, QuestionKind};
use crate::session::Session;
use crate::text::{Texts, items};

/// What an embedding site adds to the content, from its own file (`contacts="…"`), checked by
/// the same checker as `avenir lint` (`avenir_content::site`): its contacts (one with the id of
/// a content's contact replaces it), its programmes (new ids only), and their texts in the
/// languages it wrote them in (the content's default language at least; the others fall back
/// to it, as in content).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Site {
    pub contacts: Vec<Contact>,
    pub programmes: Vec<Programme>,
    pub texts: Vec<Texts>,
}

impl Site {
    /// The content as the site shows it: the site's contacts first (each replacing the
    /// content's with its id), then the content's; the site's programmes after the content's;
    /// the `hidden` programmes left out; each added item marked as the site's; and the site's
    /// texts in the languages `a` has texts of. The contacts and programmes move into `a` (no
    /// copy); the texts stay, for the languages fetched later ([`Site::add_texts`]).
    pub fn apply(&mut self, a: &mut Assessment, hidden: &[String]) {
        let mut contacts = std::mem::take(&mut self.contacts);
        contacts.iter_mut().for_each(|c| c.site = true);
        a.contacts.retain(|d| !contacts.iter().any(|c| c.id == d.id));
        contacts.append(&mut a.contacts);
        a.contacts = contacts;
        let mut programmes = std::mem::take(&mut self.programmes);
        programmes.iter_mut().for_each(|p| p.site = true);
        a.programmes.append(&mut programmes);
        a.programmes.retain(|p| !hidden.contains(&p.id));
        for t in &mut a.texts {
            self.add_texts(t);
        }
    }

    /// The site's texts in `t`'s language added to `t` (a site's text replaces the content's).
    pub fn add_texts(&self, t: &mut Texts) {
        for own in self.texts.iter().filter(|o| o.lang == t.lang) {
            t.messages.extend(own.messages.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.contacts.is_empty() && self.programmes.is_empty() && self.texts.is_empty()
    }
}

/// Whether a site whose own contacts and programmes have these ids may write the text `key`:
/// only its contacts' (`contact-<id>…`), its programmes' (`programme-<id>…`) and their criteria's
/// (`criterion-<id>-…`), never one of the widget's own texts.
pub fn site_owns_text(key: &str, contacts: &[&str], programmes: &[&str]) -> bool {
    let of = |prefix: &str, id: &str| {
        key.strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix(id))
            .is_some_and(|r| r.is_empty() || r.starts_with('-'))
    };
    contacts.iter().any(|id| of("contact-", id))
        || programmes.iter().any(|id| of("programme-", id) || of("criterion-", id))
}

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
mod site_texts {
    use super::site_owns_text;

    #[test]
    fn a_site_writes_only_its_own_items_texts() {
        let (contacts, programmes) = (["cso"], ["fund"]);
        for own in
            ["contact-cso-about", "contact-cso", "programme-fund", "programme-fund-how", "criterion-fund-here-met"]
        {
            assert!(site_owns_text(own, &contacts, &programmes), "{own}");
        }
        for widgets in [
            "ui-exit-page",
            "ui-contact-legal",
            "option-yes",
            "question-exploitation",
            "contact-csox-about",
            "programme-fundraiser",
            "programme-eurp",
            "criterion-eurp-x-met",
            "need-safety",
            "contact-brussels_legal_aid_office-about",
        ] {
            assert!(!site_owns_text(widgets, &contacts, &programmes), "{widgets}");
        }
    }
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
                exclusive: Vec::new(),
                first: Vec::new(),
            }],
            programmes: vec![crate::model::Programme {
                id: "eurp".into(),
                applies: None,
                criteria: Vec::new(),
                sources: Vec::new(),
                contacts: Vec::new(),
                site: false,
                no_entitlement: false,
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

    #[test]
    fn a_site_adds_its_contacts_programmes_and_texts() {
        use crate::model::Contact;
        use crate::text::Segment;
        let mut a = assessment();
        let contact = |id: &str, name: &str| Contact::bare(id, name, crate::model::ContactKind::Service);
        a.contacts = vec![contact("cso", "Old name"), contact("other", "Other")];
        let text = |lang: &str, key: &str, value: &str| Texts {
            lang: lang.into(),
            messages: [(key.to_string(), vec![Segment::Text(value.into())])].into(),
            recorded: Vec::new(),
        };
        a.texts = vec![text("en", "programme-eurp", "EURP")];
        let own = Programme { id: "fund".into(), ..a.programmes[0].clone() };
        let mut site = Site {
            contacts: vec![contact("cso", "New name"), contact("new", "New")],
            programmes: vec![own],
            texts: vec![text("en", "programme-fund", "Fund"), text("ar", "programme-fund", "صندوق")],
        };
        site.apply(&mut a, &["eurp".into()]);
        let contacts: Vec<(&str, &str, bool)> =
            a.contacts.iter().map(|c| (c.id.as_str(), c.name.as_str(), c.site)).collect();
        assert_eq!(contacts, [("cso", "New name", true), ("new", "New", true), ("other", "Other", false)]);
        let programmes: Vec<(&str, bool)> = a.programmes.iter().map(|p| (p.id.as_str(), p.site)).collect();
        assert_eq!(programmes, [("fund", true)], "eurp hidden, the site's added and marked");
        assert!(a.texts[0].has("programme-fund") && a.texts[0].has("programme-eurp"));
        assert!(a.texts.iter().all(|t| t.lang != "ar"), "only the languages the widget has loaded");
        let mut arabic = text("ar", "question-stay", "…");
        site.add_texts(&mut arabic);
        assert_eq!(arabic.format("programme-fund", &[]).as_deref(), Some("صندوق"));
        assert!(arabic.has("question-stay"));
        assert!(Site::default().is_empty() && !site.is_empty(), "the texts stay for later languages");
        assert!(site.contacts.is_empty() && site.programmes.is_empty(), "moved, not copied");
    }
}
