//! The peer baseline of `cargo xtask bench`: the same questionnaire as a SurveyJS page.
//!
//! Generated from the default content (read and checked with `avenir-content`, so it cannot
//! drift from the widget): one page per question, the same questions and options in the same
//! order, "don't know" where offered and "prefer not to say" on every question, the English
//! texts, the same relevance rules (as SurveyJS `visibleIf`), every question required, and
//! SurveyJS's own "check your answers" before completing. Countries are named by `Intl`, as in
//! the widget. The page is `survey-core` + `survey-js-ui` bundled and minified with esbuild.
//!
//! Everything is written under `target/bench/` (git-ignored): only this generator is committed.

use std::fs;
use std::path::{Path, PathBuf};

use avenir_core::expr::{CmpOp, Expr};
use avenir_core::model::{Assessment, DONT_KNOW, PREFER_NOT_TO_SAY, QuestionKind, keys};
use serde_json::{Value, json};

use crate::util::{self, Result, run, tool};

/// The SurveyJS JSON of `a`, in its default language.
pub fn survey_json(a: &Assessment) -> Value {
    let texts = a.texts.first();
    let text = |key: &str| texts.and_then(|t| t.format(key, &[]));
    let pages: Vec<Value> = a
        .questions
        .iter()
        .map(|q| {
            let mut choices: Vec<Value> = q
                .all_options()
                .into_iter()
                .map(|(value, key)| match text(&key) {
                    Some(label) => json!({ "value": value, "text": label }),
                    // A country without a text of its own: named by `Intl` in the page.
                    None => json!({ "value": value, "text": value, "intl": true }),
                })
                .collect();
            let mut element = json!({
                "name": q.id,
                "title": text(&keys::question(&q.id)).unwrap_or_else(|| q.id.clone()),
                "isRequired": true,
            });
            if let Some(hint) = text(&keys::question_hint(&q.id)) {
                element["description"] = hint.into();
            }
            if let Some(relevant) = &q.relevant {
                element["visibleIf"] = expression(relevant).into();
            }
            let (kind, extra) = match q.kind {
                QuestionKind::Single | QuestionKind::YesNo => ("radiogroup", json!({})),
                QuestionKind::Multi => ("checkbox", json!({})),
                QuestionKind::Country => ("dropdown", json!({})),
                // Numbers as a list of whole numbers plus the two special answers, as in the
                // widget (a number field would have no "prefer not to say").
                QuestionKind::Number { min, max } => {
                    let numbers: Vec<Value> =
                        (min..=max).map(|n| json!({ "value": n, "text": n.to_string() })).collect();
                    choices.splice(0..0, numbers);
                    ("dropdown", json!({}))
                }
            };
            element["type"] = kind.into();
            element["choices"] = choices.into();
            if let (Some(object), Value::Object(extra)) = (element.as_object_mut(), extra) {
                object.extend(extra);
            }
            json!({ "name": format!("page-{}", q.id), "elements": [element] })
        })
        .collect();
    json!({
        "title": "Avenir",
        "locale": a.default_language,
        "showPreviewBeforeComplete": "showAnsweredQuestions",
        "showQuestionNumbers": "off",
        "pages": pages,
    })
}

/// A rule as a SurveyJS expression. A comparison with an unanswered question, "don't know" or
/// "prefer not to say" is false in SurveyJS and unknown in Avenir; for relevance (shown only
/// when true) the two agree except under `not`, which the default content does not use there.
fn expression(e: &Expr) -> String {
    let list = |options: &[String]| {
        let quoted: Vec<String> = options.iter().map(|o| format!("'{}'", o.replace('\'', "\\'"))).collect();
        format!("[{}]", quoted.join(", "))
    };
    match e {
        Expr::Lit(t) => if t.is_true() { "true" } else { "false" }.into(),
        Expr::Is { question, options, negated: false, .. } => format!("{{{question}}} anyof {}", list(options)),
        Expr::Is { question, options, negated: true, .. } => {
            let mut excluded = options.clone();
            excluded.extend([DONT_KNOW.to_string(), PREFER_NOT_TO_SAY.to_string()]);
            format!("({{{question}}} notempty and {{{question}}} noneof {})", list(&excluded))
        }
        Expr::InList { .. } => "false".into(),
        Expr::Has { question, option, .. } => format!("{{{question}}} contains '{option}'"),
        Expr::Cmp { question, op, value, .. } => {
            let op = match op {
                CmpOp::Eq => "=",
                other => other.symbol(),
            };
            format!("({{{question}}} notempty and {{{question}}} {op} {value})")
        }
        Expr::Not(inner) => format!("!({})", expression(inner)),
        Expr::And(es) => format!("({})", es.iter().map(expression).collect::<Vec<_>>().join(" and ")),
        Expr::Or(es) => format!("({})", es.iter().map(expression).collect::<Vec<_>>().join(" or ")),
    }
}

const ENTRY: &str = r#"import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import 'survey-core/survey-core.min.css';
import json from './survey.json';

// Countries named by the platform, as in the widget.
const regions = new Intl.DisplayNames([json.locale], { type: 'region' });
for (const page of json.pages) {
  for (const question of page.elements) {
    for (const choice of question.choices || []) {
      if (choice.intl) {
        choice.text = (/^[A-Z]{2}$/.test(choice.value) && regions.of(choice.value)) || choice.value;
        delete choice.intl;
      }
    }
  }
}
renderSurvey(new Model(json), document.getElementById('survey'));
"#;

const HTML: &str = r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Avenir (SurveyJS peer baseline)</title>
<link rel="stylesheet" href="app.css">
</head>
<body>
<main><div id="survey"></div></main>
<script src="app.js"></script>
</body>
</html>
"#;

/// The bench's npm folder (`xtask/bench`, packages pinned by its package-lock.json).
pub fn npm_dir() -> PathBuf {
    util::repo_root().join("xtask").join("bench")
}

/// Writes the SurveyJS page for `a` into `out` (index.html, app.js, app.css), bundled and
/// minified with esbuild from the packages in `xtask/bench/node_modules`.
pub fn build(a: &Assessment, out: &Path) -> Result {
    let src = util::repo_root().join("target").join("bench").join("peer-src");
    fs::create_dir_all(&src).map_err(|e| format!("cannot create {}: {e}", src.display()))?;
    if out.exists() {
        fs::remove_dir_all(out).map_err(|e| format!("cannot remove {}: {e}", out.display()))?;
    }
    fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let survey = serde_json::to_string_pretty(&survey_json(a)).map_err(|e| e.to_string())?;
    for (name, text) in [("survey.json", survey.as_str()), ("entry.mjs", ENTRY)] {
        fs::write(src.join(name), text).map_err(|e| format!("cannot write {name}: {e}"))?;
    }
    fs::write(out.join("index.html"), HTML).map_err(|e| format!("cannot write index.html: {e}"))?;
    let modules = npm_dir().join("node_modules");
    run(
        tool(modules.join(".bin").join("esbuild"))
            .arg(src.join("entry.mjs"))
            .args(["--bundle", "--minify", "--format=iife", "--target=es2020", "--log-level=warning"])
            .arg("--define:process.env.NODE_ENV=\"production\"")
            .arg(format!("--outfile={}", out.join("app.js").display()))
            .env("NODE_PATH", &modules)
            .current_dir(npm_dir()),
        "esbuild comes from xtask/bench: `cd xtask/bench && npm ci`",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_content_becomes_one_page_per_question_with_the_same_options() {
        let dir = util::repo_root().join("assessments/default");
        let files = avenir_content::fs::read_dir(&dir).unwrap();
        let a = avenir_content::check(&files, None).assessment.unwrap();
        let survey = survey_json(&a);
        let pages = survey["pages"].as_array().unwrap();
        assert_eq!(pages.len(), a.questions.len());
        for (page, q) in pages.iter().zip(&a.questions) {
            let element = &page["elements"][0];
            assert_eq!(element["name"], q.id.as_str());
            let values: Vec<String> = element["choices"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["value"].to_string().trim_matches('"').to_string())
                .collect();
            assert_eq!(values.last().map(String::as_str), Some(PREFER_NOT_TO_SAY), "{}", q.id);
            assert_eq!(values.contains(&DONT_KNOW.to_string()), q.dont_know, "{}", q.id);
            assert_eq!(element["visibleIf"].is_string(), q.relevant.is_some(), "{}", q.id);
            assert!(!element["title"].as_str().unwrap().starts_with("question-"), "{}", q.id);
        }
        assert_eq!(pages[0]["elements"][0]["title"], "Which country are you living in now?");
    }

    #[test]
    fn rules_become_surveyjs_expressions() {
        let parsed = avenir_core::expr::parse(r#"a in ["x", "y"] and (n < 18 or not m has "z")"#);
        let e = parsed.expr.expect("parses");
        assert_eq!(expression(&e), "({a} anyof ['x', 'y'] and (({n} notempty and {n} < 18) or !({m} contains 'z')))");
    }
}
