//! Does the first visit grow with the content? A synthetic content with many more countries
//! (`wider`: 30 countries of stay and 60 of return, each with programmes and contacts and their
//! texts in every language, cloned from the default content's), bundled as the build bundles
//! the default one (`avenir_content::bundle`), and the first load recomputed with its files:
//! the wasm holds no content, so only the content's questions' part can differ. `cargo xtask
//! test` fails when it grows by more than [`MAX_GROWTH_PERCENT`]; `cargo xtask bench` reports it.

use avenir_content::bundle;
use avenir_core::Assessment;
use avenir_core::expr::{At, Expr};
use avenir_core::model::{QuestionKind, keys};

use crate::sizes::{self, Row};
use crate::util::Result;

/// The most the first load may grow, in percent, from the default content to [`wider`]'s.
pub const MAX_GROWTH_PERCENT: usize = 5;
/// The synthetic content's countries of stay and of return.
pub const STAY: usize = 30;
pub const RETURN: usize = 60;

/// The default content widened to `stay` countries of stay and `ret` countries of return with
/// content of their own (programmes or contacts that apply to them). Each new country of stay
/// gets a copy of every programme and contact of the first country of stay with content
/// (Belgium in the default content), each new country of return a copy of those of the first
/// country of return with content; ids, text keys and rules follow the new country; texts are
/// copied in every language, with the country's code added so that no two are the same. A
/// country already offered as an option is taken first (every country can be chosen as the
/// country of return); a new code is added as an option when none is left.
pub fn wider(a: &Assessment, stay: usize, ret: usize) -> Assessment {
    let mut out = a.clone();
    let countries: Vec<&str> =
        a.questions.iter().filter(|q| q.kind == QuestionKind::Country).map(|q| q.id.as_str()).collect();
    let mut unused = codes().filter(|c| a.questions.iter().all(|q| !q.options.contains(c)));
    for (question, wanted) in countries.iter().zip([stay, ret]) {
        let q = out.questions.iter().position(|q| q.id == *question).expect("a country question");
        let with_content = covered(a, question);
        let Some(model) = with_content.first().cloned() else { continue };
        let mut free = a.questions[q]
            .options
            .iter()
            .filter(|o| is_code(o) && !with_content.contains(o))
            .cloned()
            .collect::<Vec<_>>()
            .into_iter();
        // Each copy covers one country more.
        for _ in with_content.len()..wanted {
            let code = match free.next() {
                Some(code) => code,
                None => {
                    let Some(code) = unused.next() else { break };
                    out.questions[q].options.insert(0, code.clone());
                    code
                }
            };
            copy_country(a, &mut out, question, &model, &code);
        }
    }
    out
}

/// The options of `question` that some programme or contact applies to.
pub fn covered(a: &Assessment, question: &str) -> Vec<String> {
    let q = a.question(question).map_or(Vec::new(), |q| q.options.clone());
    q.into_iter()
        .filter(|code| {
            is_code(code)
                && a.programmes
                    .iter()
                    .map(|p| &p.applies)
                    .chain(a.contacts.iter().map(|c| &c.applies))
                    .any(|e| e.as_ref().is_some_and(|e| names(e, question, code)))
        })
        .collect()
}

/// Copies the programmes and contacts whose `applies` names `question == model` for `code`.
fn copy_country(a: &Assessment, out: &mut Assessment, question: &str, model: &str, code: &str) {
    let suffix = format!("_{}", code.to_ascii_lowercase());
    let for_model = |e: &Option<Expr>| e.as_ref().is_some_and(|e| names(e, question, model));
    let copied: Vec<&str> = a.contacts.iter().filter(|c| for_model(&c.applies)).map(|c| c.id.as_str()).collect();
    let at = a.question_index(question).map_or(At::UNRESOLVED, |i| At(i as u32)); // resolved, as the checker does
    let only = |id: &str| Some(Expr::Is { question: question.into(), options: vec![id.into()], negated: false, at });
    // (old key prefix, new key prefix): a text key is the prefix itself or the prefix and `-…`.
    let mut renamed = Vec::new();
    for p in a.programmes.iter().filter(|p| for_model(&p.applies)) {
        let mut p = p.clone();
        renamed.push((keys::programme(&p.id), keys::programme(&format!("{}{suffix}", p.id))));
        renamed.push((format!("criterion-{}", p.id), format!("criterion-{}{suffix}", p.id)));
        p.id.push_str(&suffix);
        p.applies = only(code);
        for c in p.contacts.iter_mut().filter(|c| copied.contains(&c.as_str())) {
            c.push_str(&suffix);
        }
        out.programmes.push(p);
    }
    for c in a.contacts.iter().filter(|c| for_model(&c.applies)) {
        let mut c = c.clone();
        renamed.push((format!("contact-{}", c.id), format!("contact-{}{suffix}", c.id)));
        c.id.push_str(&suffix);
        c.applies = only(code);
        out.contacts.push(c);
    }
    for texts in &mut out.texts {
        let copies: Vec<_> = texts
            .messages
            .iter()
            .filter_map(|(key, message)| {
                let (from, to) = renamed.iter().find(|(from, _)| {
                    key.strip_prefix(from.as_str()).is_some_and(|rest| rest.is_empty() || rest.starts_with('-'))
                })?;
                let mut message = message.clone();
                message.push(avenir_core::text::Segment::Text(format!(" ({code})")));
                Some((format!("{to}{}", &key[from.len()..]), message))
            })
            .collect();
        texts.messages.extend(copies);
    }
}

/// Whether `e` compares `question` with `option` (anywhere in it).
fn names(e: &Expr, question: &str, option: &str) -> bool {
    match e {
        Expr::Is { question: q, options, .. } => q == question && options.iter().any(|o| o == option),
        Expr::Not(e) => names(e, question, option),
        Expr::And(es) | Expr::Or(es) => es.iter().any(|e| names(e, question, option)),
        _ => false,
    }
}

fn is_code(option: &str) -> bool {
    option.len() == 2 && option.chars().all(|c| c.is_ascii_uppercase())
}

/// Two-letter codes, AA to ZZ (only their count and length matter here).
fn codes() -> impl Iterator<Item = String> {
    (b'A'..=b'Z').flat_map(|a| (b'A'..=b'Z').map(move |b| String::from_utf8(vec![a, b]).unwrap_or_default()))
}

/// The growth of the first load from the default content to the wider one.
pub struct Growth {
    pub default_first_load: usize,
    pub wider_first_load: usize,
    /// The content's parts, brotli: questions' and results' of the default and wider content.
    pub parts: [Row; 4],
    pub programmes: (usize, usize),
    pub contacts: (usize, usize),
}

impl Growth {
    pub fn percent(&self) -> f64 {
        (self.wider_first_load as f64 / self.default_first_load as f64 - 1.0) * 100.0
    }
}

/// Measures [`Growth`] with `first_load`, the first load of the build (default content).
pub fn measure(a: &Assessment, first_load: &[Row]) -> Result<Growth> {
    let wide = wider(a, STAY, RETURN);
    let (start, results) = bundle::widget(a)?;
    let (wide_start, wide_results) = bundle::widget(&wide)?;
    let parts = [
        sizes::measure_bytes("content/start.bin (default)", &start)?,
        sizes::measure_bytes("content/results.bin (default)", &results)?,
        sizes::measure_bytes(&format!("content/start.bin ({STAY}/{RETURN} countries)"), &wide_start)?,
        sizes::measure_bytes(&format!("content/results.bin ({STAY}/{RETURN} countries)"), &wide_results)?,
    ];
    let default_first_load = sizes::total(first_load).brotli;
    let in_build = first_load.iter().find(|r| r.path == bundle::START).map_or(0, |r| r.brotli);
    if in_build != parts[0].brotli {
        return Err(format!(
            "{} in dist/ is not the default content's ({in_build} B ≠ {} B)",
            bundle::START,
            parts[0].brotli
        ));
    }
    Ok(Growth {
        default_first_load,
        wider_first_load: default_first_load - parts[0].brotli + parts[2].brotli,
        parts,
        programmes: (a.programmes.len(), wide.programmes.len()),
        contacts: (a.contacts.len(), wide.contacts.len()),
    })
}

/// Ok when the first load grows by at most [`MAX_GROWTH_PERCENT`] with the wider content.
pub fn check(g: &Growth) -> Result {
    println!(
        "content growth: {} → {} programmes, {} → {} contacts ({STAY} countries of stay, {RETURN} of return): \
         first load {} → {} B brotli ({:+.2} %; at most {MAX_GROWTH_PERCENT} %)",
        g.programmes.0,
        g.programmes.1,
        g.contacts.0,
        g.contacts.1,
        g.default_first_load,
        g.wider_first_load,
        g.percent()
    );
    print!("{}", sizes::table(&g.parts));
    if g.wider_first_load * 100 > g.default_first_load * (100 + MAX_GROWTH_PERCENT) {
        return Err(format!("the first load grows by {:.2} % with the wider content", g.percent()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wider_content_has_the_countries_and_copies() {
        let dir = crate::util::repo_root().join("assessments/default");
        let files = avenir_content::fs::read_dir(&dir).unwrap();
        let a = avenir_content::check(&files, None).assessment.unwrap();
        let wide = wider(&a, STAY, RETURN);
        let country =
            |i: usize| a.questions.iter().filter(|q| q.kind == QuestionKind::Country).nth(i).unwrap().id.clone();
        assert_eq!((covered(&wide, &country(0)).len(), covered(&wide, &country(1)).len()), (STAY, RETURN));
        assert!(wide.programmes.len() > a.programmes.len() + STAY && wide.contacts.len() > a.contacts.len() + RETURN);
        // Every text of a copied programme is there, in every language that had it.
        let copy = wide.programmes.last().unwrap();
        assert!(wide.texts.iter().all(
            |t| t.has(&keys::programme(&copy.id)) || !t.has(&keys::programme(copy.id.rsplit_once('_').unwrap().0))
        ));
        // And the growth measure sees the questions' part grow, the results' part much more.
        let (start, results) = bundle::widget(&a).unwrap();
        let (wide_start, wide_results) = bundle::widget(&wide).unwrap();
        // (With the default content at 12 countries of stay: +54 B against +279 KB.)
        assert!(wide_start.len() > start.len());
        assert!(wide_results.len() - results.len() > 100 * (wide_start.len() - start.len()));
    }
}
