//! Texts and formatting. Lookups never panic (a missing text shows its key); dates, weekdays
//! and times come from the browser's `Intl`, not from hand-written tables.

use std::rc::Rc;

use avenir_core::Assessment;
use avenir_core::hours::OpeningHours;
use avenir_core::model::{Date, PageDate};
use avenir_core::text::{Language, Texts, lookup, variant};
use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// The texts of the chosen language, with the default language (embedded) as fallback.
#[derive(Clone, PartialEq)]
pub struct Tr {
    content: Rc<Assessment>,
    /// The chosen language's texts when it is not the default language.
    chosen: Option<Rc<Texts>>,
}

impl Tr {
    pub fn new(content: Rc<Assessment>, chosen: Option<Rc<Texts>>) -> Tr {
        Tr { content, chosen }
    }

    fn texts(&self) -> Option<&Texts> {
        self.chosen.as_deref().or(self.content.texts.first())
    }

    /// The recordings (file names under `audio/<lang>/`) of these texts in the shown language,
    /// if content ships one for every one of them; otherwise the device's voice reads them.
    pub fn recordings(&self, keys: &[String]) -> Option<Vec<String>> {
        let texts = self.texts()?;
        (!keys.is_empty()).then_some(())?;
        keys.iter().map(|k| texts.recording(k).map(str::to_string)).collect()
    }

    /// Every recording of the shown language (fetched together, so that which one is played
    /// never shows in a request).
    pub fn all_recordings(&self) -> Vec<String> {
        self.texts().map_or(Vec::new(), |t| t.recorded.clone())
    }

    pub fn lang(&self) -> &str {
        self.texts().map_or("en", |t| t.lang.as_str())
    }

    pub fn language(&self) -> Option<&Language> {
        self.content.language(self.lang())
    }

    pub fn dir(&self) -> &'static str {
        self.language().map_or("ltr", |l| l.dir.as_str())
    }

    pub fn t(&self, key: &str) -> String {
        self.t_args(key, &[])
    }

    pub fn t_args(&self, key: &str, args: &[(&str, &str)]) -> String {
        match self.texts() {
            Some(t) => lookup(t, self.content.texts.first(), key, args),
            None => format!("[{key}]"),
        }
    }

    /// A message that takes numbers (`counts`, shown as `args`): the form for the reader's plural
    /// category (the browser's `Intl.PluralRules`, cardinal or ordinal as the selector asks) or
    /// for the exact number, where the message has a selector (docs/authoring.md).
    pub fn t_count(&self, key: &str, args: &[(&str, &str)], counts: &[(&str, i64)]) -> String {
        let key = self.texts().map_or_else(
            || key.to_string(),
            |t| {
                variant(t, key, counts, |n, ordinal| {
                    let rules = self.intl("PluralRules", if ordinal { &[("type", "ordinal")] } else { &[] })?;
                    call(&rules, "select", &JsValue::from_f64(n as f64))
                })
            },
        );
        self.t_args(&key, args)
    }

    /// The default language's tag and direction when the shown language lacks this text and
    /// the default language's is shown instead (an embedding site's text not translated), so
    /// that it is marked as English for screen readers and laid out in its own direction.
    pub fn fallback(&self, key: &str) -> Option<(String, &'static str)> {
        let chosen = self.chosen.as_deref().filter(|t| !t.has(key))?;
        let default = self.content.texts.first().filter(|t| t.lang != chosen.lang && t.has(key))?;
        Some((default.lang.clone(), self.content.language(&default.lang).map_or("ltr", |l| l.dir.as_str())))
    }

    /// Whether the language (or the default language) has this text.
    pub fn has(&self, key: &str) -> bool {
        self.texts().is_some_and(|t| t.has(key)) || self.content.texts.first().is_some_and(|t| t.has(key))
    }

    /// The name of a country (ISO 3166 code) in the reader's language, from `Intl.DisplayNames`.
    pub fn region_name(&self, code: &str) -> Option<String> {
        call(&self.intl("DisplayNames", &[("type", "region")])?, "of", &JsValue::from_str(code))
    }

    /// A number in the reader's language (`Intl.NumberFormat`).
    pub fn number(&self, n: i64) -> String {
        self.intl("NumberFormat", &[])
            .and_then(|f| call(&f, "format", &JsValue::from_f64(n as f64)))
            .unwrap_or_else(|| n.to_string())
    }

    /// "a, b and c" in the reader's language (`Intl.ListFormat`).
    pub fn list(&self, items: &[String]) -> String {
        let array: js_sys::Array = items.iter().map(|s| JsValue::from_str(s)).collect();
        self.intl("ListFormat", &[("type", "conjunction"), ("style", "long")])
            .and_then(|f| call(&f, "format", &array))
            .unwrap_or_else(|| items.join(", "))
    }

    /// A language's name in the reader's language (`Intl.DisplayNames`), for BCP 47 tags.
    pub fn language_name(&self, tag: &str) -> String {
        self.intl("DisplayNames", &[("type", "language")])
            .and_then(|f| call(&f, "of", &JsValue::from_str(tag)))
            .unwrap_or_else(|| tag.to_string())
    }

    /// `new Intl.<name>([lang], options)`, if the browser has it.
    /// An `Intl` formatter for the shown language, made once per language and options: making
    /// one costs far more than using it (a country list calls `DisplayNames` 250 times).
    fn intl(&self, name: &str, opts: &[(&str, &str)]) -> Option<JsValue> {
        let mut key = format!("{name} {}", self.lang());
        for (k, v) in opts {
            key.push_str(&format!(" {k}={v}"));
        }
        if let Some(made) = INTL.with(|c| c.borrow().iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone())) {
            return Some(made);
        }
        let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
        let ctor: js_sys::Function = Reflect::get(&intl, &JsValue::from_str(name)).ok()?.dyn_into().ok()?;
        let locales = js_sys::Array::of1(&JsValue::from_str(self.lang()));
        let made = Reflect::construct(&ctor, &js_sys::Array::of2(&locales, &options(opts))).ok()?;
        INTL.with(|c| c.borrow_mut().push((key, made.clone())));
        Some(made)
    }

    /// An option's label: its text, or for a country code without one, the platform's name
    /// (then `true`: the label comes from `Intl`, not from the translation files).
    pub fn option_label(&self, key: &str, option: &str) -> (String, bool) {
        if !self.has(key)
            && option.len() == 2
            && option.chars().all(|c| c.is_ascii_uppercase())
            && let Some(name) = self.region_name(option)
        {
            return (name, true);
        }
        (self.t(key), false)
    }

    /// Labelled items in the order of the reader's language (`Intl.Collator`: "Ä" with "A" in
    /// German, after "Z" in Swedish), sorted by the browser: the labels go to JavaScript once
    /// and `Array.prototype.sort` calls the collator's `compare` there. (Sorting in the wasm
    /// called `compare` about 2,000 times for a list of 250 countries, each time with two strings
    /// to convert: 12–20 % of the tap's CPU time, docs/performance.md.) Without `Intl`, in the order
    /// of UTF-16 code units.
    pub fn collate<T>(&self, mut items: Vec<((String, bool), T)>) -> Vec<((String, bool), T)> {
        let labels: js_sys::Array = items.iter().map(|((label, _), _)| JsValue::from_str(label)).collect();
        let compare = self.intl("Collator", &[]).and_then(|c| Reflect::get(&c, &JsValue::from_str("compare")).ok());
        if let Ok(sort) = Reflect::get(&labels, &JsValue::from_str("sort")) {
            let _ = sort.unchecked_into::<js_sys::Function>().call1(&labels, &compare.unwrap_or_default());
        }
        let mut out = Vec::with_capacity(items.len());
        for label in labels.iter().filter_map(|l| l.as_string()) {
            if let Some(at) = items.iter().position(|((l, _), _)| *l == label) {
                out.push(items.swap_remove(at));
            }
        }
        // Nothing is lost, even if a label did not come back.
        out.append(&mut items);
        out
    }

    /// A date in the reader's language: "23 November 2026".
    pub fn date(&self, d: Date) -> String {
        let date = js_sys::Date::new_with_year_month_day(d.year as u32, d.month as i32 - 1, d.day as i32);
        self.format_date(&date, &[("dateStyle", "long")])
    }

    /// A page's own date to the precision it was printed with: "15 March 2023", "March 2023"
    /// or "2023".
    pub fn page_date(&self, d: PageDate) -> String {
        let date = js_sys::Date::new_with_year_month_day(d.year as u32, d.month.max(1) as i32 - 1, d.day.max(1) as i32);
        let opts: &[(&str, &str)] = match (d.month, d.day) {
            (0, _) => &[("year", "numeric")],
            (_, 0) => &[("year", "numeric"), ("month", "long")],
            _ => &[("dateStyle", "long")],
        };
        self.format_date(&date, opts)
    }

    /// A date or time with an `Intl.DateTimeFormat` made once per language and options:
    /// `toLocaleDateString` with options makes a new one on every call, which made showing the
    /// results (a date per source) take 150 ms at a 6× slowdown.
    fn format_date(&self, date: &js_sys::Date, opts: &[(&str, &str)]) -> String {
        self.intl("DateTimeFormat", opts)
            .and_then(|f| call(&f, "format", date))
            .unwrap_or_else(|| String::from(date.to_locale_string(self.lang(), &options(opts))))
    }

    /// Opening hours as lines such as "Monday – Friday: 12:00 – 15:00".
    pub fn hours(&self, h: &OpeningHours) -> Vec<String> {
        if h.always {
            return vec![self.t(avenir_core::text::ui::CONTACT_HOURS_ALWAYS)];
        }
        let weekday = |d: usize| {
            // 1 January 2024 was a Monday.
            let date = js_sys::Date::new_with_year_month_day(2024, 0, 1 + d as i32);
            self.format_date(&date, &[("weekday", "long")])
        };
        let time = |m: u16| {
            let date = js_sys::Date::new_with_year_month_day_hr_min(2024, 0, 1, (m / 60) as i32, (m % 60) as i32);
            self.format_date(&date, &[("hour", "numeric"), ("minute", "2-digit")])
        };
        h.rules
            .iter()
            .map(|r| {
                let days: Vec<String> = r
                    .day_runs()
                    .into_iter()
                    .map(|(a, b)| if a == b { weekday(a) } else { format!("{} – {}", weekday(a), weekday(b)) })
                    .collect();
                let spans: Vec<String> = r.spans.iter().map(|(a, b)| format!("{} – {}", time(*a), time(*b))).collect();
                format!("{}: {}", days.join(", "), spans.join(", "))
            })
            .collect()
    }
}

/// The language shown first: the one saved with the answers (only if the person chose to
/// save), else the start page's own when it is a language's page (`index.<tag>.html`: chosen
/// by `lang.js` before anything was painted, or linked to), else the first of the browser's
/// preferred languages that is offered (`fa-AF` to `fa-AF` first, then to `fa`), else the
/// first offered.
pub fn initial_language(c: &Assessment) -> String {
    let offered = avenir_core::text::offered(&c.languages, crate::views::root_attribute("data-languages").as_deref());
    let is_offered = |tag: &str| offered.iter().any(|l| l.tag == tag);
    if let Some((_, tag)) = crate::storage::load(c).filter(|(_, tag)| is_offered(tag)) {
        return tag;
    }
    let window = web_sys::window();
    let page = window.as_ref().and_then(|w| w.document()?.document_element()?.get_attribute("lang"));
    if let Some(page) = page.filter(|p| *p != c.default_language && is_offered(p)) {
        return page;
    }
    let wanted: Vec<String> =
        window.map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect()).unwrap_or_default();
    let first_offered = offered.first().map_or(c.default_language.as_str(), |l| l.tag.as_str());
    avenir_core::text::negotiate(&offered, &wanted).unwrap_or(first_offered).to_string()
}

thread_local! {
    /// The `Intl` formatters made so far ([`Tr::intl`]): a handful per language shown.
    static INTL: std::cell::RefCell<Vec<(String, JsValue)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Fetches another language's texts beside the page's assets (same origin; the requests say
/// which language, never an answer), in two files like the content (`avenir_content::bundle`):
/// `texts/<tag>.bin`, what the questions need, and `texts/<tag>.results.bin`, the results'
/// texts. Both requests start at once. `None` if a part cannot be had, and for the results'
/// texts in the person's first build, which only keeps them.
pub fn fetch_texts(
    assets: &str,
    tag: &str,
) -> (impl std::future::Future<Output = Option<Texts>> + use<>, impl std::future::Future<Output = Option<Texts>> + use<>)
{
    // `read`: decoded here; the person's first build never reads the results' texts (it has
    // no results), it only keeps their bytes for the results build (`handover`).
    let part = |url: String, read: bool| {
        let bytes = fetch_bytes(url.clone());
        async move {
            let bytes = js_sys::Uint8Array::new(&bytes.await?.into()).to_vec();
            // (Not kept if it cannot be read.)
            let texts = if read { Some(postcard::from_bytes(&bytes).ok()?) } else { None };
            #[cfg(not(feature = "results"))]
            FETCHED.with(|f| {
                let mut f = f.borrow_mut();
                f.retain(|(u, _)| *u != url);
                f.push((url, bytes));
            });
            texts
        }
    };
    let [start, results] = text_files(assets, tag);
    (part(start, true), part(results, cfg!(feature = "results")))
}

/// A language's two text files beside the page's assets: what the questions need, what the
/// results need.
fn text_files(assets: &str, tag: &str) -> [String; 2] {
    [format!("{assets}texts/{tag}.bin"), format!("{assets}texts/{tag}.results.bin")]
}

#[cfg(not(feature = "results"))]
thread_local! {
    /// The language files as fetched, by address, for the results build to take over without
    /// fetching them again (`handover`).
    static FETCHED: std::cell::RefCell<Vec<(String, Vec<u8>)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The bytes of `tag`'s two text files, in order, as far as they have been fetched.
#[cfg(not(feature = "results"))]
pub(crate) fn fetched(assets: &str, tag: &str) -> Vec<Vec<u8>> {
    FETCHED.with(|f| {
        let f = f.borrow();
        text_files(assets, tag)
            .iter()
            .filter_map(|url| f.iter().find(|(u, _)| u == url).map(|(_, b)| b.clone()))
            .collect()
    })
}

/// The bytes at `url` (same origin), or `None`. The request starts at once; the future only
/// waits for it.
pub fn fetch_bytes(url: String) -> impl std::future::Future<Output = Option<js_sys::ArrayBuffer>> {
    let request = web_sys::window().map(|w| wasm_bindgen_futures::JsFuture::from(w.fetch_with_str(&url)));
    async move {
        let response: web_sys::Response = request?.await.ok()?.dyn_into().ok()?;
        if !response.ok() {
            return None;
        }
        wasm_bindgen_futures::JsFuture::from(response.array_buffer().ok()?).await.ok()?.dyn_into().ok()
    }
}

/// `object.method(arg)` as a string.
fn call(object: &JsValue, method: &str, arg: &JsValue) -> Option<String> {
    let f: js_sys::Function = Reflect::get(object, &JsValue::from_str(method)).ok()?.dyn_into().ok()?;
    f.call1(object, arg).ok()?.as_string()
}

fn options(pairs: &[(&str, &str)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    o.into()
}
