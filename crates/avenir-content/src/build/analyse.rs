//! Static analysis of the rules: unreachable questions, programmes never likely, programmes
//! where a return is dangerous.

use super::*;

/// What no single line shows: questions that can never be shown, programmes that can never be
/// likely (E0108, E0109). Criteria that are `unknown` by design are left out of the second:
/// they say on purpose that only a counsellor can decide.
pub(super) fn analyse(parts: &Parts, d: &mut Diags) {
    // The questions the expressions read, in content order: only those matter, and handing
    // over all of them each time would cost questions × questions.
    let read = |exprs: &[&Expr]| -> Vec<Question> {
        let mut at: Vec<usize> =
            exprs.iter().flat_map(|e| e.questions()).filter_map(|id| parts.question_index.get(id).copied()).collect();
        at.sort_unstable();
        at.dedup();
        at.into_iter().map(|i| parts.questions[i].0.clone()).collect()
    };
    for (q, file, rel) in &parts.questions {
        let (Some(e), Some(s)) = (&q.relevant, rel) else { continue };
        if analysis::satisfiable(&[e], &read(&[e])) == Some(false) {
            d.error(
                "E0108",
                *file,
                s.span.clone(),
                format!("question `{}` can never be shown: no answers make this condition true", q.id),
                Some("check the options and numbers it compares with, or remove the question".into()),
            );
        }
    }
    for (p, file, _) in &parts.programmes {
        let by_design = Expr::Lit(avenir_core::Tri::Unknown);
        let exprs: Vec<&Expr> = p
            .applies
            .iter()
            .chain(
                p.criteria
                    .iter()
                    .filter(|c| !parts.discretionary.contains(&(p.id.clone(), c.id.clone())))
                    .map(|c| &c.when)
                    .filter(|w| **w != by_design),
            )
            .collect();
        if analysis::satisfiable(&exprs, &read(&exprs)) == Some(false) {
            // At the id where it was defined first (the file with the span: a second programme
            // with the same id, an E0005, may be in another file).
            let (file, span) =
                parts.ids.get(&("programme", p.id.clone())).map_or((*file, 0..0), |(f, s)| (*f, s.clone()));
            d.error(
                "E0109",
                file,
                span,
                format!("programme `{}` can never be likely: no answers make all its criteria true", p.id),
                Some(
                    "two criteria contradict each other, or one compares with an option or number no one can answer"
                        .into(),
                ),
            );
        }
    }
}

/// A programme shown only where return itself is dangerous (W0111): where a need with
/// `legal_first` singles out the answer (`return_country in dangerous_return`) and the
/// programme's `applies` is true for that answer alone. Rule 6 of docs/authoring.md: such a
/// programme must not read as encouragement, so its author is asked to look again.
pub(super) fn dangerous_programmes(parts: &Parts, d: &mut Diags) {
    use avenir_core::answers::Value;
    let with = |e: &Expr, q: &str, o: &str| e.eval(&|id: &str| (id == q).then_some(Value::Choice(o)));
    let mut dangerous: Vec<(&str, &str, &str)> = Vec::new();
    for n in parts.needs.iter().filter(|n| n.legal_first) {
        for (q, ..) in &parts.questions {
            for o in &q.options {
                if with(&n.when, &q.id, o) == avenir_core::Tri::True {
                    dangerous.push((q.id.as_str(), o.as_str(), n.id.as_str()));
                }
            }
        }
    }
    for (p, file, _) in &parts.programmes {
        let Some(applies) = &p.applies else { continue };
        let Some((q, o, need)) = dangerous.iter().find(|(q, o, _)| with(applies, q, o) == avenir_core::Tri::True)
        else {
            continue;
        };
        let (file, span) = parts.ids.get(&("programme", p.id.clone())).map_or((*file, 0..0), |(f, s)| (*f, s.clone()));
        d.warning(
            "W0111",
            file,
            span,
            format!(
                "programme `{}` is shown where return itself is dangerous (`{q}` is \"{o}\", which need `{need}` puts first)",
                p.id
            ),
            Some(
                "make sure no text of it reads as encouragement and its source's warnings are in its `-offers` or `-how` text (docs/authoring.md, \"Verdicts that never overstate\", rule 6)"
                    .into(),
            ),
        );
    }
}
