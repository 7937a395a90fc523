//! Texts per language: message key → pattern. Patterns are parsed from Fluent files by
//! `avenir-content`: text with `{ $variable }` placeables, terms written in where they are
//! used, and a selector (`{ $count -> [one] … *[other] … }`), compiled into one pattern per
//! variant (see [`variant`]): the phone never parses Fluent.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Segment {
    Text(String),
    Var(String),
}

/// A language the content offers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Language {
    /// BCP 47 language tag, such as `en` or `fa-AF`.
    pub tag: String,
    /// The language's name in its own script.
    pub name: String,
    pub dir: Direction,
    /// Reviewed by a native speaker (`status = "complete"` or `"reviewed"`); otherwise the
    /// interface says the translation is a draft.
    pub reviewed: bool,
    /// A pseudo-locale for testing (`en-XA`, `ar-XB`): never offered in the picker, chosen only
    /// when the browser asks for it.
    pub pseudo: bool,
}

/// The pseudo-locales generated from the default language: `en-XA` (accented, a third longer,
/// each message in ⟦ ⟧, to catch truncation and texts not taken from the translation files)
/// and `ar-XB` (the same, right to left).
pub const PSEUDO_LOCALES: [(&str, Direction); 2] = [("en-XA", Direction::Ltr), ("ar-XB", Direction::Rtl)];

/// The pseudo-localised form of `texts` (see [`PSEUDO_LOCALES`]).
pub fn pseudo(texts: &Texts, tag: &str) -> Texts {
    let accent = |c: char| match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'î',
        'o' => 'ö',
        'u' => 'ü',
        'c' => 'ç',
        'n' => 'ñ',
        'y' => 'ý',
        'A' => 'Å',
        'E' => 'É',
        'I' => 'Î',
        'O' => 'Ö',
        'U' => 'Û',
        'C' => 'Ç',
        'N' => 'Ñ',
        other => other,
    };
    let messages = texts
        .messages
        .iter()
        .map(|(k, segments)| {
            let length: usize =
                segments.iter().map(|s| if let Segment::Text(t) = s { t.chars().count() } else { 3 }).sum();
            let mut out = vec![Segment::Text("⟦".into())];
            for s in segments {
                out.push(match s {
                    Segment::Text(t) => Segment::Text(t.chars().map(accent).collect()),
                    var => var.clone(),
                });
            }
            // The padding comes in short words, as a longer language's would.
            let pad: Vec<String> = (0..length.div_ceil(3).div_ceil(5)).map(|_| "·····".to_string()).collect();
            out.push(Segment::Text(format!(" {}⟧", pad.join(" "))));
            (k.clone(), out)
        })
        .collect();
    Texts { lang: tag.to_string(), messages, recorded: Vec::new() }
}

/// One language's messages. In the web build only the default language's are embedded; the
/// others are separate files fetched when chosen.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Texts {
    /// BCP 47 language tag, such as `en` or `fa-AF`.
    pub lang: String,
    pub messages: BTreeMap<String, Vec<Segment>>,
    /// Texts that content ships as recordings, played instead of the device's voice: the file
    /// names under `audio/<lang>/`, each `<text key>.<extension>`, sorted.
    #[serde(default)]
    pub recorded: Vec<String>,
}

/// The text key a recording's file name stands for: `question-health` for `question-health.mp3`.
pub fn recorded_key(file: &str) -> &str {
    file.rsplit_once('.').map_or(file, |(key, _)| key)
}

impl Texts {
    /// The recording of `key` in this language, as a file name under `audio/<lang>/`.
    pub fn recording(&self, key: &str) -> Option<&str> {
        let i = self.recorded.partition_point(|f| recorded_key(f) < key);
        self.recorded.get(i).map(String::as_str).filter(|f| recorded_key(f) == key)
    }

    pub fn has(&self, key: &str) -> bool {
        self.messages.contains_key(key)
    }

    /// The message `key` with its variables filled in; `None` when the language lacks it.
    pub fn format(&self, key: &str, args: &[(&str, &str)]) -> Option<String> {
        let segments = self.messages.get(key)?;
        let mut out = String::new();
        for s in segments {
            match s {
                Segment::Text(t) => out.push_str(t),
                Segment::Var(v) => match args.iter().find(|(k, _)| k == v) {
                    // Unicode isolates, as Fluent does, so that a number or code keeps its
                    // direction inside right-to-left text.
                    Some((_, val)) => {
                        out.push('\u{2068}');
                        out.push_str(val);
                        out.push('\u{2069}');
                    }
                    None => {
                        out.push('{');
                        out.push_str(v);
                        out.push('}');
                    }
                },
            }
        }
        Some(out)
    }
}

/// A message with a selector is compiled into plain patterns: the message's own key holds the
/// default variant (what any lookup shows), `key[one]`, `key[few]`… one per other variant
/// (a CLDR plural category, or `key[0]` for an exact number), and `key[$]` names the variable
/// it selects on (`[Var("count")]`, then `Text("ordinal")` for `NUMBER($n, type: "ordinal")`).
/// `[` never occurs in a Fluent identifier, so no text's own key can look like one.
pub const SELECTOR: &str = "[$]";

/// The key of the variant of `key` to show for these numbers: the exact number's variant, else
/// the plural category's (`category(n, ordinal)`: for the widget, the browser's
/// `Intl.PluralRules`), else `key` itself (the default variant). `texts` is the language shown.
pub fn variant(
    texts: &Texts,
    key: &str,
    counts: &[(&str, i64)],
    category: impl Fn(i64, bool) -> Option<String>,
) -> String {
    let form = |f: &str| Some(format!("{key}[{f}]")).filter(|k| texts.has(k));
    texts
        .messages
        .get(format!("{key}{SELECTOR}").as_str())
        .and_then(|selector| {
            let [Segment::Var(var), rest @ ..] = selector.as_slice() else { return None };
            let n = counts.iter().find(|(name, _)| name == var)?.1;
            let ordinal = matches!(rest, [Segment::Text(t)] if t == "ordinal");
            // The exact number as written (`[0]`, `[-1]`), with the u32 formatting the widget
            // already has (no i64's); a number beyond u32 has no exact form.
            let exact = u32::try_from(n.unsigned_abs()).ok().map(|a| format!("{}{a}", if n < 0 { "-" } else { "" }));
            exact.and_then(|e| form(&e)).or_else(|| form(&category(n, ordinal)?))
        })
        .unwrap_or_else(|| key.to_string())
}

/// Looks a message up in `primary`, then in `fallback`, and as a last resort shows the key
/// itself, so a missing translation is visible but never breaks the page.
pub fn lookup(primary: &Texts, fallback: Option<&Texts>, key: &str, args: &[(&str, &str)]) -> String {
    primary
        .format(key, args)
        .or_else(|| fallback.and_then(|f| f.format(key, args)))
        .unwrap_or_else(|| format!("[{key}]"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts() -> Texts {
        let mut messages = BTreeMap::new();
        messages.insert("plain".into(), vec![Segment::Text("Hello".into())]);
        messages.insert(
            "progress".into(),
            vec![
                Segment::Text("Question ".into()),
                Segment::Var("n".into()),
                Segment::Text(" of ".into()),
                Segment::Var("total".into()),
            ],
        );
        Texts { lang: "en".into(), messages, recorded: Vec::new() }
    }

    #[test]
    fn a_selector_chooses_the_exact_number_then_the_plural_category_then_the_default() {
        let text = |s: &str| vec![Segment::Text(s.into())];
        let mut messages = BTreeMap::new();
        // Arabic's six forms, compiled as avenir-content's ftl writes them.
        messages.insert("found".to_string(), text("other"));
        messages.insert("found[$]".to_string(), vec![Segment::Var("count".into())]);
        for c in ["zero", "one", "two", "few", "many"] {
            messages.insert(format!("found[{c}]"), text(c));
        }
        messages.insert("found[7]".to_string(), text("exactly seven"));
        let t = Texts { lang: "ar".into(), messages, recorded: Vec::new() };
        // Arabic's cardinal rules (CLDR), as the browser's Intl.PluralRules gives them.
        let arabic = |n: i64, _ordinal: bool| {
            Some(
                match (n, n % 100) {
                    (0, _) => "zero",
                    (1, _) => "one",
                    (2, _) => "two",
                    (_, 3..=10) => "few",
                    (_, 11..=99) => "many",
                    _ => "other",
                }
                .to_string(),
            )
        };
        let shown = |n: i64| t.format(&variant(&t, "found", &[("count", n)], arabic), &[]).unwrap();
        assert_eq!(
            [0, 1, 2, 3, 11, 100, 7].map(shown),
            ["zero", "one", "two", "few", "many", "other", "exactly seven"]
        );
        // No number for the selector's variable, no category from the platform, or a category
        // the language's file lacks: the default variant.
        assert_eq!(variant(&t, "found", &[("other", 1)], arabic), "found");
        assert_eq!(variant(&t, "found", &[("count", 3)], |_, _| None), "found");
        let mut without_few = t.clone();
        without_few.messages.remove("found[few]");
        assert_eq!(variant(&without_few, "found", &[("count", 3)], arabic), "found");
        // An exact negative number, and one too large for an exact form (its category then).
        let mut negative = t.clone();
        negative.messages.insert("found[-7]".into(), text("minus seven"));
        assert_eq!(variant(&negative, "found", &[("count", -7)], arabic), "found[-7]");
        assert_eq!(variant(&negative, "found", &[("count", 7 + (1 << 32))], arabic), "found[few]");
        // A message without a selector is itself.
        assert_eq!(variant(&t, "plain", &[("count", 1)], arabic), "plain");
        // Ordinal selectors ask for the ordinal category.
        let mut ordinal = t.clone();
        ordinal.messages.insert("found[$]".into(), vec![Segment::Var("count".into()), Segment::Text("ordinal".into())]);
        assert_eq!(variant(&ordinal, "found", &[("count", 1)], |_, o| o.then(|| "few".to_string())), "found[few]");
    }

    #[test]
    fn formats_with_isolated_variables() {
        let t = texts();
        assert_eq!(t.format("plain", &[]).as_deref(), Some("Hello"));
        assert_eq!(
            t.format("progress", &[("n", "2"), ("total", "7")]).as_deref(),
            Some("Question \u{2068}2\u{2069} of \u{2068}7\u{2069}")
        );
        assert_eq!(t.format("progress", &[]).as_deref(), Some("Question {n} of {total}"));
    }

    #[test]
    fn negotiation_prefers_exact_then_primary_language() {
        let mk =
            |l: &str| Language { tag: l.into(), name: l.into(), dir: Direction::Ltr, reviewed: false, pseudo: false };
        let avail = [mk("en"), mk("fa-AF"), mk("ar"), mk("nb")];
        let want = |w: &[&str]| negotiate(&avail, &w.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(want(&["ar-EG", "en"]), Some("ar"));
        assert_eq!(want(&["fa-af"]), Some("fa-AF"));
        assert_eq!(want(&["fa-IR"]), Some("fa-AF"));
        assert_eq!(want(&["de", "en-GB"]), Some("en"));
        assert_eq!(want(&["de"]), None);
        assert_eq!(want(&[]), None);
        // Norwegian asked for as the macrolanguage `no` gets Bokmål; Nynorsk (`nn`) does not.
        assert_eq!(want(&["no"]), Some("nb"));
        assert_eq!(want(&["no-NO", "en"]), Some("nb"));
        assert_eq!(want(&["NO_no"]), Some("nb"));
        assert_eq!(want(&["nb-NO"]), Some("nb"));
        assert_eq!(want(&["nn", "en"]), Some("en"));
        // Content tagged `no` is found by a browser asking for `nb`, too.
        assert_eq!(negotiate(&[mk("en"), mk("no")], &["nb-NO".to_string()]), Some("no"));
    }

    #[test]
    fn a_pseudo_locale_is_chosen_only_when_asked_for_by_its_exact_tag() {
        let mk =
            |l: &str, pseudo| Language { tag: l.into(), name: l.into(), dir: Direction::Ltr, reviewed: true, pseudo };
        let all = [mk("fr", false), mk("nl", false), mk("en", false), mk("en-XA", true), mk("ar-XB", true)];
        let want = |site, w: &[&str]| {
            let offered = offered(&all, site);
            negotiate(&offered, &w.iter().map(|s| s.to_string()).collect::<Vec<_>>()).map(str::to_string)
        };
        // A site offering French and Dutch, a phone in English or Arabic: no match, not `en-XA`.
        assert_eq!(want(Some("fr nl"), &["en-US", "en"]), None);
        assert_eq!(want(Some("fr nl"), &["ar-EG", "ar"]), None);
        assert_eq!(want(None, &["ar"]), None);
        // English offered: English, never its pseudo-locale.
        assert_eq!(want(None, &["en-GB"]).as_deref(), Some("en"));
        // Asked for by the exact tag (a tester's browser): given.
        assert_eq!(want(Some("fr nl"), &["en-XA"]).as_deref(), Some("en-XA"));
        assert_eq!(want(None, &["AR-xb", "en"]).as_deref(), Some("ar-XB"));
    }

    proptest::proptest! {
        /// Whatever a site offers and a browser asks for, a pseudo-locale is chosen only when
        /// the browser names it by its exact tag.
        #[test]
        fn no_pseudo_locale_unless_asked_for_exactly(
            site in proptest::collection::vec(0usize..8, 0..5),
            wanted in proptest::collection::vec(0usize..12, 0..5),
        ) {
            const TAGS: [&str; 12] = ["en", "ar", "fr", "nl", "hr", "fa-AF", "en-XA", "ar-XB", "en-US", "ar-EG", "EN-xa", "xx"];
            let mk = |l: &str| {
                let pseudo = PSEUDO_LOCALES.iter().any(|(p, _)| *p == l);
                Language { tag: l.into(), name: l.into(), dir: Direction::Ltr, reviewed: true, pseudo }
            };
            let all: Vec<Language> = ["en", "ar", "fr", "nl", "hr", "fa-AF", "en-XA", "ar-XB"].into_iter().map(mk).collect();
            let site = site.iter().map(|i| TAGS[*i]).collect::<Vec<_>>().join(" ");
            let wanted: Vec<String> = wanted.iter().map(|i| TAGS[*i].to_string()).collect();
            let offered = offered(&all, Some(&site));
            if let Some(chosen) = negotiate(&offered, &wanted) {
                let pseudo = all.iter().any(|l| l.pseudo && l.tag == chosen);
                proptest::prop_assert!(!pseudo || wanted.iter().any(|w| w.eq_ignore_ascii_case(chosen)), "{chosen} for {wanted:?}");
            }
        }
    }

    #[test]
    fn only_voices_on_the_device_read_aloud() {
        let v = |l: &str, local| (l.to_string(), local);
        let voices = [v("en-US", false), v("en-GB", true), v("ar", false), v("fa-IR", true), v("fa_AF", true)];
        assert_eq!(pick_voice(&voices, "en"), Some(1));
        assert_eq!(pick_voice(&voices, "en-US"), Some(1)); // the network en-US voice is never used
        assert_eq!(pick_voice(&voices, "ar"), None);
        assert_eq!(pick_voice(&voices, "fa-AF"), Some(4));
        assert_eq!(pick_voice(&voices, "ps"), None);
        // The phone's Norwegian voice for the Bokmål texts, whichever of the two tags it has.
        assert_eq!(pick_voice(&[v("en-GB", true), v("no-NO", true)], "nb"), Some(1));
    }

    #[test]
    fn a_site_restricts_and_orders_the_languages() {
        let mk =
            |l: &str, pseudo| Language { tag: l.into(), name: l.into(), dir: Direction::Ltr, reviewed: true, pseudo };
        let all = [mk("en", false), mk("ar", false), mk("hr", false), mk("en-XA", true)];
        let tags = |site| offered(&all, site).into_iter().map(|l| l.tag).collect::<Vec<_>>();
        assert_eq!(tags(Some("hr en xx HR")), ["hr", "en", "en-XA"]);
        assert_eq!(tags(Some("xx")), ["en", "ar", "hr", "en-XA"]);
        assert_eq!(tags(None), ["en", "ar", "hr", "en-XA"]);
        assert_eq!(tags(Some("en-XA")), ["en", "ar", "hr", "en-XA"]);
    }

    #[test]
    fn pseudo_locale_marks_lengthens_and_keeps_variables() {
        let p = pseudo(&texts(), "en-XA");
        let shown = p.format("progress", &[("n", "2"), ("total", "7")]).unwrap();
        assert!(shown.starts_with("⟦Qüéstîöñ \u{2068}2\u{2069} öf \u{2068}7\u{2069}"), "{shown}");
        assert!(shown.ends_with('⟧'));
        assert!(shown.chars().count() > "Question 2 of 7".chars().count() * 4 / 3);
    }

    #[test]
    fn lookup_falls_back_then_shows_key() {
        let en = texts();
        let mut ar = texts();
        ar.messages.clear();
        assert_eq!(lookup(&ar, Some(&en), "plain", &[]), "Hello");
        assert_eq!(lookup(&ar, Some(&en), "nope", &[]), "[nope]");
    }
}

/// A tag's primary language, lower-case (`fa_AF` → `fa`), with `no` (the macrolanguage
/// Norwegian, which browsers and phones send as `no` or `no-NO`) read as `nb` (Norwegian
/// Bokmål, the written standard the content's Norwegian is in), so that each matches the other.
/// `lang.js` and `embed.js` apply the same alias before the code runs.
fn primary(tag: &str) -> String {
    let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    if primary == "no" { "nb".to_string() } else { primary }
}

/// The language to show for a reader who prefers `wanted` (BCP 47 tags, most wanted first):
/// an exact match (case-insensitive), else the same primary language (`ar-EG` → `ar`, `no-NO`
/// → `nb`, as `primary` reads it). A pseudo-locale (`en-XA`) matches only its exact tag: it is for
/// testers who ask for it, never a stand-in for a real language a site does not offer.
pub fn negotiate<'a>(available: &'a [Language], wanted: &[String]) -> Option<&'a str> {
    wanted.iter().find_map(|w| {
        available
            .iter()
            .find(|t| t.tag.eq_ignore_ascii_case(w))
            .or_else(|| available.iter().find(|t| !t.pseudo && primary(&t.tag) == primary(w)))
            .map(|t| t.tag.as_str())
    })
}

/// The languages to offer, in order: those an embedding site lists (`"hr en ar"`, the order
/// kept, unknown tags ignored), or all when it lists none that the content has. Pseudo-locales
/// stay available for tests but are never offered in the picker.
/// The items of a host page's list attribute (`"hr en ar"`, `"eurp, reag"`): separated by
/// spaces or commas.
pub fn items(list: &str) -> impl Iterator<Item = &str> {
    list.split([' ', ',']).filter(|t| !t.is_empty())
}

pub fn offered(available: &[Language], site: Option<&str>) -> Vec<Language> {
    let listed: Vec<Language> = items(site.unwrap_or(""))
        .filter_map(|t| available.iter().find(|l| l.tag.eq_ignore_ascii_case(t) && !l.pseudo))
        .fold(Vec::new(), |mut acc, l| {
            if !acc.contains(l) {
                acc.push(l.clone());
            }
            acc
        });
    let mut out = if listed.is_empty() { available.iter().filter(|l| !l.pseudo).cloned().collect() } else { listed };
    out.extend(available.iter().filter(|l| l.pseudo).cloned());
    out
}

/// The voice to read `lang` aloud with: one whose language matches (the same tag first, then
/// the same primary language) and that runs on the device. A network voice (`local = false`)
/// would send the text it reads to a third party, so it is never chosen: `None` then.
pub fn pick_voice(voices: &[(String, bool)], lang: &str) -> Option<usize> {
    let local = |i: &usize| voices[*i].1;
    let all = 0..voices.len();
    all.clone()
        .filter(local)
        .find(|i| voices[*i].0.replace('_', "-").eq_ignore_ascii_case(lang))
        .or_else(|| all.filter(local).find(|i| primary(&voices[*i].0) == primary(lang)))
}

/// The keys of the interface's own texts. The web UI uses only these constants, and the content
/// checker requires every one of them in every language, so a missing UI text is caught before
/// a build, like a missing content text.
pub mod ui {
    macro_rules! keys {
        ($($name:ident = $key:literal;)* @results $($rname:ident = $rkey:literal;)*) => {
            $(pub const $name: &str = $key;)*
            $(pub const $rname: &str = $rkey;)*
            pub const ALL: &[&str] = &[$($key,)* $($rkey),*];
            /// The keys only the results use (see `keys::for_results`).
            pub const RESULTS: &[&str] = &[$($rkey),*];
        };
    }
    keys! {
        TITLE = "ui-title";
        LISTEN = "ui-listen";
        NO_VOICE = "ui-no-voice";
        EXIT_PAGE = "ui-exit-page";
        EXIT_HINT = "ui-exit-hint";
        EXIT_PRESS_TWO = "ui-exit-press-two";
        EXIT_PRESS_ONE = "ui-exit-press-one";
        LANGUAGE = "ui-language";
        DRAFT_TRANSLATION = "ui-draft-translation";
        LANGUAGE_FAILED = "ui-language-failed";
        LOADING = "ui-loading";
        // Texts of the page around the widget, not of the widget: built into `index.html`
        // (boot.js's "could not start", noscript) and `embed.js` (a host where the framed widget
        // cannot start) by `cargo xtask build`; `keys::for_results` keeps them out of the
        // first load's content.
        HOST_FAILED = "ui-host-failed";
        HOST_NOSCRIPT = "ui-host-noscript";
        HOST_EMBED_FAILED = "ui-host-embed-failed";
        HOST_EMBED_OPEN = "ui-host-embed-open";
        CONTINUE = "ui-continue";
        BACK = "ui-back";
        PROGRESS = "ui-progress";
        PROGRESS_FOLLOW_UP = "ui-progress-follow-up";
        CHOOSE_COUNTRY = "ui-choose-country";
        CHOOSE_AN_ANSWER = "ui-choose-an-answer";
        ENTER_A_NUMBER = "ui-enter-a-number";
        ERROR_SUMMARY = "ui-error-summary";
        WHY_WE_ASK = "ui-why-we-ask";
        PRIVACY_NOTE = "ui-privacy-note";
        START_TITLE = "ui-start-title";
        START_WHAT = "ui-start-what";
        START_PRIVATE = "ui-start-private";
        START_CHECK = "ui-start-check";
        START_INDICATIVE = "ui-start-indicative";
        START = "ui-start";
        RESULTS_TITLE = "ui-results-title";
        REVIEW_TITLE = "ui-review-title";
        SEE_RESULTS = "ui-see-results";
        CHANGE_ANSWER = "ui-change-answer";
        SOURCES_CHECKED = "ui-sources-checked";
        // A programme or contact an embedding site added.
        CONTACT_HOURS_ALWAYS = "ui-contact-hours-always";
        CONTENT_ERROR = "ui-content-error";
        SAVE = "ui-save";
        SAVE_HINT = "ui-save-hint";
        SAVED = "ui-saved";
        SAVE_FAILED = "ui-save-failed";
        DELETE_EVERYTHING = "ui-delete-everything";
        DELETE_HINT = "ui-delete-hint";
        DELETED = "ui-deleted";
        RESUME_FOUND = "ui-resume-found";
        RESUME = "ui-resume";
        FOR_COUNSELLORS = "ui-for-counsellors";
        COUNSELLOR_TITLE = "ui-counsellor-title";
        CODE_LABEL = "ui-code-label";
        CODE_READ = "ui-code-read";
        CODE_CHECK = "ui-code-check";
        CODE_OTHER_VERSION = "ui-code-other-version";
        CODE_UNSUPPORTED = "ui-code-unsupported";
        CODE_NOT_A_CODE = "ui-code-not-a-code";
        CODE_CLEARED = "ui-code-cleared";
        ANSWERS = "ui-answers";
        NOT_ASKED = "ui-not-asked";
        // The counsellor's desk (`ui-desk-…`: in the results' part of the content, so that
        // the person's first load does not carry them; see `keys::for_results`).
        DESK_PAGE_TITLE = "ui-desk-page-title";
        DESK_NEW_PERSON = "ui-desk-new-person";
        DESK_START = "ui-desk-start";
        DESK_OPEN = "ui-desk-open";
        DESK_OPEN_NONE = "ui-desk-open-none";
        DESK_SETTLES = "ui-desk-settles";
        DESK_TO_CHECK = "ui-desk-to-check";
        DESK_PROGRAMME = "ui-desk-programme";
        DESK_RESULT = "ui-desk-result";
        DESK_CHANGE = "ui-desk-change";
        DESK_NOTES_HINT = "ui-desk-notes-hint";
        DESK_VULNERABILITIES = "ui-desk-vulnerabilities";
        DESK_FAMILY = "ui-desk-family";
        DESK_CONSENT = "ui-desk-consent";
        DESK_HANDBACK = "ui-desk-handback";
        DESK_SUMMARIES = "ui-desk-summaries";
        DESK_PRINT = "ui-desk-print";
        DESK_PRINT_RECORD = "ui-desk-print-record";
        DESK_PRINT_REFERRAL = "ui-desk-print-referral";
        DESK_PRINT_TAKEHOME = "ui-desk-print-takehome";
        DESK_PRINT_BUTTON = "ui-desk-print-button";
        DESK_CHOSEN = "ui-desk-chosen";
        DESK_NONE_CHOSEN = "ui-desk-none-chosen";
        DESK_PERSON_LANGUAGE = "ui-desk-person-language";
        DESK_ORGANISATION = "ui-desk-organisation";
        DESK_DATE = "ui-desk-date";
        DESK_REFERRAL_TITLE = "ui-desk-referral-title";
        DESK_RETURN_COUNTRY = "ui-desk-return-country";
        DESK_PARTNER = "ui-desk-partner";
        DESK_NO_PARTNER = "ui-desk-no-partner";
        DESK_SUPPORT = "ui-desk-support";
        DESK_NEEDS = "ui-desk-needs";
        DESK_REFERRAL_CONSENT = "ui-desk-referral-consent";
        DESK_SIGNATURE_PERSON = "ui-desk-signature-person";
        DESK_SIGNATURE_COUNSELLOR = "ui-desk-signature-counsellor";
        DESK_TAKEHOME_TITLE = "ui-desk-takehome-title";
        SCAN = "ui-scan";
        SCAN_STOP = "ui-scan-stop";
        SCAN_HINT = "ui-scan-hint";
        SCAN_PHOTO = "ui-scan-photo";
        SCAN_FAILED = "ui-scan-failed";
        SCAN_NONE = "ui-scan-none";
        // Only the results use these (their page, the hand-off code, the counsellor's view): in
        // the results' part of the content (`keys::for_results`), not in the first load.
        @results
        INDICATIVE = "ui-indicative";
        INDICATIVE_SHORT = "ui-indicative-short";
        CHECKED_ON = "ui-checked-on";
        CONTENT_VERSION = "ui-content-version";
        PROGRAMMES = "ui-programmes";
        NO_PROGRAMMES = "ui-no-programmes";
        PROGRAMMES_FOR_RETURN = "ui-programmes-for-return";
        LIKELY = "ui-likely";
        POSSIBLY = "ui-possibly";
        NOT_LIKELY = "ui-not-likely";
        RUNS = "ui-runs";
        OFFERS = "ui-offers";
        HOW = "ui-how";
        WHY_RESULT = "ui-why-result";
        REASON_MET = "ui-reason-met";
        REASON_UNMET = "ui-reason-unmet";
        REASON_UNKNOWN = "ui-reason-unknown";
        SETTLE = "ui-settle";
        ASK_COUNSELLOR = "ui-ask-counsellor";
        SOURCE = "ui-source";
        PAGE_PUBLISHED = "ui-page-published";
        PAGE_UPDATED = "ui-page-updated";
        PAGE_UNDATED = "ui-page-undated";
        PAGE_CHECKED = "ui-page-checked";
        LIKELY_NO_RIGHT = "ui-likely-no-right";
        NO_RIGHT = "ui-no-right";
        CONTACT_PHONE_NATIONAL = "ui-contact-phone-national";
        NEEDS = "ui-needs";
        NO_NEEDS = "ui-no-needs";
        URGENCY_IMMEDIATE = "ui-urgency-immediate";
        URGENCY_BEFORE_DEPARTURE = "ui-urgency-before-departure";
        URGENCY_AFTER_ARRIVAL = "ui-urgency-after-arrival";
        CONTACTS = "ui-contacts";
        NEXT_STEP = "ui-next-step";
        NEXT_URGENT = "ui-next-urgent";
        NEXT_PROGRAMME = "ui-next-programme";
        NEXT_LEGAL = "ui-next-legal";
        NOT_LIKELY_GROUP = "ui-not-likely-group";
        CONTACT_MORE = "ui-contact-more";
        NEED_ADVICE = "ui-need-advice";
        NEED_ADVICE_MORE = "ui-need-advice-more";
        NUMBER_ABOVE = "ui-number-above";
        SOURCES = "ui-sources";
        CONTACT_LEGAL = "ui-contact-legal";
        CONTACT_EMERGENCY = "ui-contact-emergency";
        FROM_SITE = "ui-from-site";
        CONTACT_HELPS_WITH = "ui-contact-helps-with";
        CONTACT_PHONE = "ui-contact-phone";
        CONTACT_EMAIL = "ui-contact-email";
        CONTACT_WEBSITE = "ui-contact-website";
        CONTACT_ADDRESS = "ui-contact-address";
        CONTACT_HOURS = "ui-contact-hours";
        CONTACT_LANGUAGES = "ui-contact-languages";
        CONTACT_SERVES = "ui-contact-serves";
        CHANGE_ANSWERS = "ui-change-answers";
        START_AGAIN = "ui-start-again";
        SHOW_CODE = "ui-show-code";
        CODE_WARNING = "ui-code-warning";
        CODE_CHOICE = "ui-code-choice";
        CODE_WHICH = "ui-code-which";
        CODE_ALL = "ui-code-all";
        CODE_WITHOUT = "ui-code-without";
        CODE_NOTE = "ui-code-note";
        CODE_NOTE_WITHOUT = "ui-code-note-without";
        FROM_ANSWER = "ui-from-answer";
        NOT_ANSWERED = "ui-not-answered";
        NOT_SHARED = "ui-not-shared";
        NOTES = "ui-notes";
        QR_LABEL = "ui-qr-label";
        QR_NOTE = "ui-qr-note";
    }
}
