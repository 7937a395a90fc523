//! The content model: what `avenir-content` builds from the files under `assessments/`, and what
//! the web build embeds (serialized with postcard). Every user-visible text is a key into
//! [`crate::text::Texts`]; the keys follow fixed patterns (see [`keys`]) so that authors never
//! write them by hand and the checker can list missing and unused ones per language.

use serde::{Deserialize, Serialize};

use crate::expr::Expr;
use crate::hours::OpeningHours;
use crate::text::{Language, Texts};

/// The option id of the answer "don't know", offered on questions with `dont_know = true`.
pub const DONT_KNOW: &str = "dont-know";
/// The option id of "prefer not to say", offered on every question.
pub const PREFER_NOT_TO_SAY: &str = "prefer-not-to-say";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub id: String,
    /// Content version, shown on results. Hand-off codes carry a fingerprint of the questions
    /// instead (`handoff::fingerprint`), so that a release changing nothing asked keeps them exact.
    pub version: String,
    pub default_language: String,
    pub questions: Vec<Question>,
    pub programmes: Vec<Programme>,
    pub needs: Vec<Need>,
    pub contacts: Vec<Contact>,
    /// The languages offered; the first is the default language.
    pub languages: Vec<Language>,
    /// Messages per language, in the order of `languages`. The web build embeds only the
    /// default language's (see `avenir-content::bundle`).
    pub texts: Vec<Texts>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    /// The options, in display order, without "don't know" and "prefer not to say".
    pub options: Vec<String>,
    /// Whether "don't know" is offered.
    pub dont_know: bool,
    /// Whether the question has a "why we ask this" text (sensitive questions must).
    pub sensitive: bool,
    /// Shown only when this is true given the earlier answers. May only read earlier questions.
    pub relevant: Option<Expr>,
    /// The group it is shown under in the counsellor's compact view (text `group-<id>`), if any.
    pub group: Option<String>,
    /// Options of a multiple-choice question that stand alone ("none of these"): ticking one
    /// unticks the others, and an answer with one of them and any other option is refused.
    pub exclusive: Vec<String>,
    /// Options of a country question shown first, in this order (the countries the content has
    /// programmes for); the other countries follow in the reader's alphabetical order, and the
    /// question's own options ("another country") last.
    pub first: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuestionKind {
    /// One of several options.
    Single,
    /// Any number of the options (rules test them with `has`).
    Multi,
    /// Options "yes" and "no".
    YesNo,
    /// A whole number between `min` and `max` (rules compare it with `<`, `>=`…).
    Number { min: i64, max: i64 },
    /// One country: ISO 3166 codes, named in the reader's language by the platform (`Intl`),
    /// plus any extra options such as "other".
    Country,
}

impl QuestionKind {
    pub fn id(self) -> &'static str {
        match self {
            QuestionKind::Single => "single",
            QuestionKind::Multi => "multi",
            QuestionKind::YesNo => "yes-no",
            QuestionKind::Number { .. } => "number",
            QuestionKind::Country => "country",
        }
    }
}

/// Where a fact comes from, and when someone last checked it there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub url: String,
    pub checked: Date,
    /// The page's own date, as the page states it (`published` or `updated`); `None` when the
    /// page shows none. Shown beside `checked`: a page re-read today may still be years old.
    #[serde(default)]
    pub own: Option<PageDate>,
}

/// A page's own date: when it was published or last updated, to the precision it is printed
/// with ("Stand: März 2023" is a month; "2022 rates" a year).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageDate {
    pub updated: bool,
    pub year: u16,
    /// 0 when the page gives only the year.
    pub month: u8,
    /// 0 when the page gives only the year or the month.
    pub day: u8,
}

impl PageDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(s: &str, updated: bool) -> Option<PageDate> {
        fn digits(p: &str, n: usize) -> Option<&str> {
            (p.len() == n && p.bytes().all(|c| c.is_ascii_digit())).then_some(p)
        }
        let mut parts = s.split('-');
        let year: u16 = digits(parts.next()?, 4)?.parse().ok()?;
        let month: u8 = match parts.next() {
            None => 0,
            Some(m) => digits(m, 2)?.parse().ok().filter(|m| (1..=12).contains(m))?,
        };
        let day: u8 = match parts.next() {
            None => 0,
            Some(_) => Date::parse(s)?.day,
        };
        (parts.next().is_none() && year >= 1900).then_some(PageDate { updated, year, month, day })
    }

    /// The first day the date can mean (the 1st of the month, or 1 January).
    pub fn earliest(self) -> Date {
        Date { year: self.year, month: self.month.max(1), day: self.day.max(1) }
    }

    /// Whole months from the end of the period the date names to `today`: 0 for a page dated
    /// this month. A page of "2023" is 24 months old only in January 2026.
    pub fn months_before(self, today: Date) -> i32 {
        let (year, month) = if self.month == 0 { (self.year, 12) } else { (self.year, self.month) };
        (today.year as i32 - year as i32) * 12 + today.month as i32 - month as i32
    }
}

impl core::fmt::Display for PageDate {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match (self.month, self.day) {
            (0, _) => write!(f, "{:04}", self.year),
            (m, 0) => write!(f, "{:04}-{:02}", self.year, m),
            (m, d) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
        }
    }
}

/// A calendar date (ISO 8601), as written in the content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, checking the day exists in that month.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: core::ops::Range<usize>| -> Option<u16> {
            let part = s.get(r)?;
            part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok())?
        };
        let (year, month, day) = (num(0..4)?, num(5..7)? as u8, num(8..10)? as u8);
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (year >= 1900 && (1..=days).contains(&day)).then_some(Date { year, month, day })
    }

    /// Whole months from `self` to `later` (negative when `later` is earlier).
    pub fn months_until(self, later: Date) -> i32 {
        let m = (later.year as i32 - self.year as i32) * 12 + later.month as i32 - self.month as i32;
        if later.day < self.day { m - 1 } else { m }
    }
}

impl core::fmt::Display for Date {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// An assistance programme with its eligibility criteria.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Programme {
    pub id: String,
    /// Shown only where this is not false (for example: only to people in Belgium).
    pub applies: Option<Expr>,
    /// All must hold for *likely*; any false makes it *not likely*; otherwise *possibly*.
    pub criteria: Vec<Criterion>,
    /// Where what the programme offers and who runs it is documented (at least one).
    pub sources: Vec<Source>,
    /// Contacts through which a person reaches the programme.
    pub contacts: Vec<String>,
    /// The source says there is no right to it (`entitlement = false`): the authority decides
    /// case by case, so even *likely* reads "likely to meet the published criteria; there is
    /// no right to it".
    #[serde(default)]
    pub no_entitlement: bool,
    /// Added by the website the widget is embedded in ([`crate::embed::Site`]), not by the
    /// content: shown as the site's.
    #[serde(default)]
    pub site: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Criterion {
    pub id: String,
    pub when: Expr,
    /// At least one.
    pub sources: Vec<Source>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Urgency {
    /// Safety, acute health, running out of medication: first, and marked urgent.
    Immediate,
    /// Before departure.
    BeforeDeparture,
    /// After arrival.
    AfterArrival,
}

impl Urgency {
    pub const ALL: [Urgency; 3] = [Urgency::Immediate, Urgency::BeforeDeparture, Urgency::AfterArrival];

    pub fn id(self) -> &'static str {
        match self {
            Urgency::Immediate => "immediate",
            Urgency::BeforeDeparture => "before-departure",
            Urgency::AfterArrival => "after-arrival",
        }
    }

    pub fn from_id(s: &str) -> Option<Urgency> {
        Urgency::ALL.into_iter().find(|u| u.id() == s)
    }
}

/// Something a person may want help with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Need {
    pub id: String,
    /// The person has this need when this is true.
    pub when: Expr,
    pub urgency: Urgency,
    /// When this is true the need becomes [`Urgency::Immediate`].
    pub immediate_when: Option<Expr>,
    /// Independent legal advice comes first for this need: every legal-advice contact shown
    /// helps with it, listed before its other contacts, so that the next step for it is legal
    /// advice (`legal_first = true`; for a return that is itself dangerous, docs/authoring.md).
    pub legal_first: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ContactKind {
    /// Counselling or a service.
    Service,
    /// Independent legal advice: always shown, so that a person learns about every option.
    LegalAdvice,
    /// Emergency numbers and helplines.
    Emergency,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub id: String,
    /// The organisation's own name, as it writes it; shown where the reader's language (or the
    /// default language) has no `contact-<id>-name` text ([`keys::contact_name`]).
    pub name: String,
    pub kind: ContactKind,
    /// Shown only where this is not false (typically the country of stay or of return).
    pub applies: Option<Expr>,
    /// Needs this contact helps with; the contact is shown when one of them is.
    pub needs: Vec<String>,
    /// An international number (E.164), or a short number such as 112 that works only inside
    /// the country.
    pub phone: Option<Phone>,
    pub email: Option<String>,
    pub website: Option<String>,
    /// The postal address as printed (not translated). `None` for confidential locations.
    pub address: Option<String>,
    /// The address's city and postal code as the address gives them, for exchange formats
    /// (Open Referral HSDS requires them): never shown by the widget, nor shipped to it.
    #[serde(skip)]
    pub town: Town,
    /// A place whose location must stay secret (a shelter): only its name, phone, intake e-mail,
    /// hours and languages are ever shown; the checker refuses an address.
    #[serde(default)]
    pub confidential: bool,
    pub hours: Option<OpeningHours>,
    /// BCP 47 tags of the languages spoken.
    pub languages: Vec<String>,
    /// The countries it serves (ISO 3166 codes, named by the platform in the reader's language).
    pub countries: Vec<String>,
    /// The regions or cities it serves, as names; shown where no language has a
    /// `contact-<id>-regions` text ([`keys::contact_regions`]).
    pub regions: Vec<String>,
    /// At least one.
    pub sources: Vec<Source>,
    /// Given by the website the widget is embedded in ([`crate::embed::Site`]): shown as the
    /// site's.
    #[serde(default)]
    pub site: bool,
}

/// A contact's city and postal code (see [`Contact::town`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Town {
    pub city: Option<String>,
    pub postal_code: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phone {
    /// `+` and digits, or the digits of a short number: for `tel:` links.
    pub dial: String,
    /// As the source prints it, for reading.
    pub display: String,
    /// The national form, as printed (`0800 32 745`), where the international form may not be
    /// diallable from inside the country (free numbers): shown as well.
    #[serde(default)]
    pub national: Option<String>,
}

/// The text keys of content items. One place, so that the checker and the UI agree.
pub mod keys {
    pub fn question(q: &str) -> String {
        format!("question-{q}")
    }
    pub fn question_hint(q: &str) -> String {
        format!("question-{q}-hint")
    }
    pub fn question_why(q: &str) -> String {
        format!("question-{q}-why")
    }
    pub fn group(g: &str) -> String {
        format!("group-{g}")
    }
    pub fn option(q: &str, o: &str) -> String {
        format!("option-{q}-{o}")
    }
    pub fn programme(p: &str) -> String {
        format!("programme-{p}")
    }
    pub fn programme_runs(p: &str) -> String {
        format!("programme-{p}-runs")
    }
    pub fn programme_offers(p: &str) -> String {
        format!("programme-{p}-offers")
    }
    pub fn programme_how(p: &str) -> String {
        format!("programme-{p}-how")
    }
    /// `outcome` is `met`, `unmet` or `unknown`.
    pub fn criterion(p: &str, c: &str, outcome: &str) -> String {
        format!("criterion-{p}-{c}-{outcome}")
    }
    pub fn need(n: &str) -> String {
        format!("need-{n}")
    }
    pub fn need_help(n: &str) -> String {
        format!("need-{n}-help")
    }
    pub fn contact_about(c: &str) -> String {
        format!("contact-{c}-about")
    }
    /// A contact's name in the reader's language, where a translation makes sense (a
    /// description, "Emergency number"); without it the contact's own `name` is shown.
    pub fn contact_name(c: &str) -> String {
        format!("contact-{c}-name")
    }
    /// The regions or cities a contact serves, in the reader's language (one item of the
    /// "serves" list); without it the `regions` as written.
    pub fn contact_regions(c: &str) -> String {
        format!("contact-{c}-regions")
    }
    /// Shared option texts: `option-yes`, `option-no`, `option-dont-know`, `option-prefer-not-to-say`.
    pub fn shared_option(o: &str) -> String {
        format!("option-{o}")
    }
    /// Whether a text is needed only on the results (a programme's, criterion's, need's or
    /// contact's) or on the counsellor's desk (`ui-desk-…`), so that it travels in the content's second part ([`super::Assessment::split`]).
    /// The page's own texts (`ui-host-…`), which the build writes into `index.html` and
    /// `embed.js`, go there too: the widget never shows them, so they stay out of the first load.
    pub fn for_results(key: &str) -> bool {
        ["programme-", "criterion-", "need-", "contact-", "ui-desk-", "ui-host-"].iter().any(|p| key.starts_with(p))
            || crate::text::ui::RESULTS.contains(&key)
    }
}

/// What the questions need: the content but its programmes, needs and contacts, with every
/// language's texts but the results' ([`keys::for_results`]). The person's first build reads
/// only this (`content/start.bin`): it has no code to read a programme or a contact, so a
/// first visit carries none (issue 18). [`StartPart::into_assessment`] and
/// [`Assessment::join`] make the whole content again.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartPart {
    pub id: String,
    pub version: String,
    pub default_language: String,
    pub questions: Vec<Question>,
    pub languages: Vec<Language>,
    pub texts: Vec<Texts>,
}

impl StartPart {
    /// The content without its results' part (no programmes, needs or contacts yet).
    pub fn into_assessment(self) -> Assessment {
        let StartPart { id, version, default_language, questions, languages, texts } = self;
        Assessment {
            id,
            version,
            default_language,
            questions,
            programmes: Vec::new(),
            needs: Vec::new(),
            contacts: Vec::new(),
            languages,
            texts,
        }
    }
}

/// What only the results need: the programmes, needs and contacts, and the default language's
/// texts for them. The widget gets it after its first screen works, as a file that is the same
/// for everyone (`content/results.bin`), so that the first visit does not grow with the number
/// of programmes and contacts, and no request says anything about the person.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultsPart {
    pub programmes: Vec<Programme>,
    pub needs: Vec<Need>,
    pub contacts: Vec<Contact>,
    /// The default language's texts that [`keys::for_results`] names.
    pub texts: Texts,
}

impl Assessment {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }

    /// The texts of `lang` if loaded, or of the default language.
    pub fn texts(&self, lang: &str) -> Option<&Texts> {
        self.texts.iter().find(|t| t.lang == lang).or_else(|| self.texts.first())
    }

    /// Every rule condition of the content, named for a reader, in content order: relevance,
    /// programme `applies` and criteria, need `when` and `immediate_when`, contact `applies`.
    /// The one walk over them that coverage, diff and analysis share.
    pub fn conditions(&self) -> Vec<(String, &Expr)> {
        let mut out: Vec<(String, &Expr)> = Vec::new();
        for q in &self.questions {
            out.extend(q.relevant.iter().map(|e| (format!("question `{}` relevant", q.id), e)));
        }
        for p in &self.programmes {
            out.extend(p.applies.iter().map(|e| (format!("programme `{}` applies", p.id), e)));
            out.extend(p.criteria.iter().map(|c| (format!("programme `{}` criterion `{}`", p.id, c.id), &c.when)));
        }
        for n in &self.needs {
            out.push((format!("need `{}` when", n.id), &n.when));
            out.extend(n.immediate_when.iter().map(|e| (format!("need `{}` immediate_when", n.id), e)));
        }
        for c in &self.contacts {
            out.extend(c.applies.iter().map(|e| (format!("contact `{}` applies", c.id), e)));
        }
        out
    }

    pub fn language(&self, tag: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.tag == tag)
    }

    /// The content in two parts: what the questions need (with every language's texts but
    /// those [`keys::for_results`] names) and what only the results need.
    /// [`StartPart::into_assessment`] and [`Self::join`] put them back together.
    pub fn split(mut self) -> (StartPart, ResultsPart) {
        let texts = match self.texts.first_mut() {
            Some(texts) => texts.take_results(),
            None => Texts { lang: self.default_language.clone(), ..Texts::default() },
        };
        let Assessment { id, version, default_language, questions, programmes, needs, contacts, languages, texts: all } =
            self;
        let start = StartPart { id, version, default_language, questions, languages, texts: all };
        (start, ResultsPart { programmes, needs, contacts, texts })
    }

    /// Adds the results' part to the questions' part ([`Self::split`]).
    pub fn join(&mut self, part: ResultsPart) {
        self.programmes.extend(part.programmes);
        self.needs.extend(part.needs);
        self.contacts.extend(part.contacts);
        if let Some(texts) = self.texts.first_mut() {
            texts.messages.extend(part.texts.messages);
        }
    }
}

impl Texts {
    /// Takes out the texts only the results need ([`keys::for_results`]), leaving the
    /// questions' in `self`: how the content ([`Assessment::split`]) and every language's file
    /// are split.
    pub fn take_results(&mut self) -> Texts {
        let (results, start) = std::mem::take(&mut self.messages).into_iter().partition(|(k, _)| keys::for_results(k));
        self.messages = start;
        Texts { lang: self.lang.clone(), messages: results, recorded: self.recorded.clone() }
    }
}

impl Contact {
    /// A contact with only an id, a name and a kind, everything else empty: for tests and for
    /// generated content (`Contact { needs, ..Contact::bare(…) }`).
    pub fn bare(id: &str, name: &str, kind: ContactKind) -> Contact {
        Contact {
            id: id.into(),
            name: name.into(),
            kind,
            applies: None,
            needs: Vec::new(),
            phone: None,
            email: None,
            website: None,
            address: None,
            town: Town::default(),
            confidential: false,
            hours: None,
            languages: Vec::new(),
            countries: Vec::new(),
            regions: Vec::new(),
            sources: Vec::new(),
            site: false,
        }
    }
}

impl Question {
    /// Every option a person can choose, in display order, with the option's text key
    /// (for a country, the key may be absent: the UI then names the country with `Intl`).
    /// Number questions have only "don't know" and "prefer not to say" here.
    pub fn all_options(&self) -> Vec<(&str, String)> {
        let mut out: Vec<(&str, String)> = match self.kind {
            QuestionKind::YesNo => ["yes", "no"].iter().map(|o| (*o, keys::shared_option(o))).collect(),
            QuestionKind::Number { .. } => Vec::new(),
            _ => self.options.iter().map(|o| (o.as_str(), keys::option(&self.id, o))).collect(),
        };
        if self.dont_know {
            out.push((DONT_KNOW, keys::shared_option(DONT_KNOW)));
        }
        out.push((PREFER_NOT_TO_SAY, keys::shared_option(PREFER_NOT_TO_SAY)));
        out
    }

    /// Whether ticking these options together is refused: more than one, and one of them
    /// exclusive.
    pub fn clashes(&self, ticked: &[String]) -> bool {
        ticked.len() > 1 && ticked.iter().any(|o| self.exclusive.contains(o))
    }

    /// The options a rule may compare this question with.
    pub fn rule_options(&self) -> Vec<&str> {
        match self.kind {
            QuestionKind::YesNo => vec!["yes", "no"],
            QuestionKind::Number { .. } => Vec::new(),
            _ => self.options.iter().map(String::as_str).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_and_join_give_the_content_back() {
        let mut texts = Texts { lang: "en".into(), ..Texts::default() };
        for key in ["question-a", "option-a-b", "programme-p", "criterion-p-c-met", "need-n", "contact-c-about", "ui-x"]
        {
            texts.messages.insert(key.into(), vec![crate::text::Segment::Text(key.into())]);
        }
        let a = Assessment {
            id: "t".into(),
            version: "1".into(),
            default_language: "en".into(),
            questions: Vec::new(),
            programmes: Vec::new(),
            needs: vec![Need {
                id: "n".into(),
                when: Expr::Lit(crate::logic::Tri::True),
                urgency: Urgency::AfterArrival,
                immediate_when: None,
                legal_first: false,
            }],
            contacts: Vec::new(),
            languages: Vec::new(),
            texts: vec![texts],
        };
        let (start, part) = a.clone().split();
        assert!(part.needs.len() == 1);
        let keys: Vec<&str> = start.texts[0].messages.keys().map(String::as_str).collect();
        assert_eq!(keys, ["option-a-b", "question-a", "ui-x"]);
        assert_eq!(part.texts.messages.len(), 4);
        let mut start = start.into_assessment();
        assert!(start.needs.is_empty());
        start.join(part);
        assert_eq!(start, a);
    }

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(Date::parse("2026-11-23"), Some(Date { year: 2026, month: 11, day: 23 }));
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        for bad in [
            "2023-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-1-01",
            "26-11-23",
            "2026/11/23",
            "2026-11-31",
            "",
            "２０２６-11-23",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn months_between_dates() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(d("2025-11-23").months_until(d("2026-11-23")), 12);
        assert_eq!(d("2025-11-24").months_until(d("2026-11-23")), 11);
        assert_eq!(d("2026-11-23").months_until(d("2026-11-23")), 0);
    }
}
