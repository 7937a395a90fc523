//! Questions: their kinds and options, their conditions compiled against the questions before
//! them, and cycles between conditions.

use super::*;

/// A question's `key`: some of its `options`, each once (`exclusive` of a multiple-choice
/// question, `first` of a country question), on questions of one kind only (`allowed`).
pub(super) fn some_options(
    t: &Table,
    key: &str,
    id: &str,
    allowed: bool,
    kind: &str,
    options: &[Str],
    d: &mut Diags,
) -> Vec<String> {
    let list = t.str_list(key, d);
    if !list.is_empty() && !allowed {
        let span = t.get(key).map_or(t.span.clone(), |v| v.span());
        d.error("E0003", t.file, span, format!("only {kind} questions have `{key}`"), None);
        return Vec::new();
    }
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for o in list {
        if !options.iter().any(|x| x.value == o.value) {
            let valid: Vec<&str> = options.iter().map(|x| x.value.as_str()).collect();
            let hint = match d.did_you_mean(&o.value, valid.iter().copied()) {
                Some(m) => format!("did you mean \"{m}\"?"),
                None => format!("`{key}` names options of `{id}`, which are: {}", list_of(&valid, 20)),
            };
            d.error(
                "E0103",
                t.file,
                o.span.clone(),
                format!("question `{id}` has no option \"{}\"", o.value),
                Some(hint),
            );
        } else if !seen.insert(o.value.clone()) {
            d.error("E0005", t.file, o.span.clone(), format!("option `{}` appears twice in `{key}`", o.value), None);
        } else {
            out.push(o.value);
        }
    }
    out
}

pub(super) fn question(t: &Table, parts: &mut Parts, d: &mut Diags) {
    t.allow_keys(
        &[
            "id",
            "type",
            "options",
            "list",
            "min",
            "max",
            "dont_know",
            "sensitive",
            "relevant",
            "group",
            "exclusive",
            "first",
        ],
        d,
    );
    let Some(id) = id(t, "question", parts, d) else {
        return;
    };
    let type_str = t.req_str("type", "\"single\"", d);
    let mut kind = match type_str.as_ref().map(|s| s.value.as_str()) {
        Some("multi") => QuestionKind::Multi,
        Some("yes-no") => QuestionKind::YesNo,
        Some("number") => QuestionKind::Number { min: 0, max: 0 },
        Some("country") => QuestionKind::Country,
        Some("single") | None => QuestionKind::Single,
        Some(other) => {
            let hint = did_you_mean(other, QUESTION_TYPES)
                .map_or(format!("use one of: {}", QUESTION_TYPES.join(", ")), |m| format!("did you mean \"{m}\"?"));
            let span = type_str.as_ref().map_or(t.span.clone(), |s| s.span.clone());
            d.error("E0003", t.file, span, format!("unknown question type `{other}`"), Some(hint));
            QuestionKind::Single
        }
    };
    let mut options = t.str_list("options", d);
    let options_span = t.get("options").map_or(t.span.clone(), |v| v.span());
    if let Some(l) = t.str("list", d) {
        match (kind, parts.lists.get(&l.value)) {
            (QuestionKind::Country, Some((values, _))) => {
                let extra = std::mem::take(&mut options);
                options = values.iter().map(|v| Str::plain(v, l.span.clone())).chain(extra).collect();
            }
            (QuestionKind::Country, None) => {
                let hint = d
                    .did_you_mean(&l.value, parts.lists.keys().map(String::as_str))
                    .map(|m| format!("did you mean `{m}`?"));
                d.error("E0107", t.file, l.span.clone(), format!("unknown value list `{}`", l.value), hint);
            }
            _ => d.error(
                "E0003",
                t.file,
                l.span.clone(),
                "only country questions take their options from a `list`",
                Some("write the options with `options = [...]`".into()),
            ),
        }
    }
    for key in ["min", "max"] {
        if t.get(key).is_some() && !matches!(kind, QuestionKind::Number { .. }) {
            d.error(
                "E0003",
                t.file,
                t.get(key).map_or(t.span.clone(), |v| v.span()),
                format!("only number questions have `{key}`"),
                None,
            );
        }
    }
    match kind {
        QuestionKind::Single | QuestionKind::Multi if options.len() < 2 => d.error(
            "E0004",
            t.file,
            options_span,
            format!("question `{id}` needs at least two options"),
            Some("options = [\"a\", \"b\"]".into()),
        ),
        QuestionKind::Country if options.is_empty() => d.error(
            "E0004",
            t.file,
            t.span.start..t.span.start + 1,
            format!("country question `{id}` has no countries"),
            Some("add `list = \"countries\"` naming a [[list]] of ISO codes, or `options`".into()),
        ),
        QuestionKind::YesNo | QuestionKind::Number { .. } if !options.is_empty() => d.error(
            "E0003",
            t.file,
            options_span,
            format!("question `{id}` is {}, so it has no `options`", kind.id()),
            Some("remove `options`, or make it type = \"single\"".into()),
        ),
        QuestionKind::Number { .. } => {
            let (min, max) = (t.int("min", d), t.int("max", d));
            match (min, max) {
                (Some(min), Some(max)) if min <= max => kind = QuestionKind::Number { min, max },
                (Some(_), Some(_)) => d.error(
                    "E0003",
                    t.file,
                    t.span.start..t.span.start + 1,
                    format!("question `{id}`: `min` is more than `max`"),
                    None,
                ),
                _ => d.error(
                    "E0004",
                    t.file,
                    t.span.start..t.span.start + 1,
                    format!("number question `{id}` needs `min` and `max`"),
                    Some("such as `min = 0` and `max = 20`: the range a person can enter".into()),
                ),
            }
        }
        _ => {}
    }
    let mut seen = BTreeSet::new();
    for o in &options {
        let valid = !o.value.is_empty() && o.value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        local_id(o, t.file, "option", valid, "option ids use letters, digits and `_`", &mut seen, d);
    }
    let exclusive = some_options(t, "exclusive", &id, kind == QuestionKind::Multi, "multiple-choice", &options, d);
    let first = some_options(t, "first", &id, kind == QuestionKind::Country, "country", &options, d);
    let q = Question {
        id,
        kind,
        options: options.into_iter().map(|o| o.value).collect(),
        dont_know: t.bool("dont_know", false, d),
        sensitive: t.bool("sensitive", false, d),
        relevant: None,
        group: t
            .str("group", d)
            .filter(|g| {
                let ok = !g.value.is_empty()
                    && g.value.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
                kept(g, ok, t.file, "a group id", "group ids use lower-case letters, digits and `_`, like `health`", d)
            })
            .map(|g| g.value),
        exclusive,
        first,
    };
    let rel = t.str("relevant", d);
    parts.questions.push((q, t.file, rel));
}

/// Parses a rule and checks its question and option ids, how it uses each question (type),
/// and the value lists it names, which it replaces by their values. With `order = Some((i, id))`
/// (a relevance condition of question `i`), only questions before `i` may be read.
/// Returns the expression and the names of the lists it used (whose sources the result cites).
pub(super) fn compile(
    s: &Str,
    file: usize,
    parts: &Parts,
    order: Option<(usize, &str)>,
    d: &mut Diags,
) -> Option<(Expr, Vec<String>)> {
    let parsed = expr::parse(&s.value);
    for e in &parsed.errors {
        d.error("E0101", file, s.sub_span(e.span.clone()), format!("rule: {}", e.message), e.hint.clone());
    }
    let mut ok = parsed.errors.is_empty();
    let mut lists = Vec::new();
    for r in &parsed.refs {
        let Some(&qi) = parts.question_index.get(&r.question) else {
            ok = false;
            let hint = d
                .did_you_mean(&r.question, parts.questions.iter().map(|(q, _, _)| q.id.as_str()))
                .map_or("rules name questions by their `id`".to_string(), |m| format!("did you mean `{m}`?"));
            d.error(
                "E0102",
                file,
                s.sub_span(r.span.clone()),
                format!("unknown question `{}`", r.question),
                Some(hint),
            );
            continue;
        };
        let q = &parts.questions[qi].0;
        if let Some((own, own_id)) = order
            && qi >= own
        {
            ok = false;
            let msg = if qi == own {
                format!("question `{own_id}` is shown depending on its own answer")
            } else {
                format!("question `{own_id}` is shown depending on `{}`, which comes after it", r.question)
            };
            d.error(
                "E0104",
                file,
                s.sub_span(r.span.clone()),
                msg,
                Some("a question can only depend on questions asked before it; move it after them".into()),
            );
        }
        // The type check: how the rule uses the question must fit its kind.
        let fits = matches!(
            (r.op, q.kind),
            (RefOp::Choice, QuestionKind::Single | QuestionKind::YesNo | QuestionKind::Country)
                | (RefOp::Has, QuestionKind::Multi)
                | (RefOp::Number, QuestionKind::Number { .. })
        );
        if !fits {
            ok = false;
            let hint = match q.kind {
                QuestionKind::Multi => {
                    format!("`{}` is multiple choice: test one option with `{} has \"option\"`", q.id, q.id)
                }
                QuestionKind::Number { .. } => {
                    format!("`{}` is a number: compare it with a number, such as `{} >= 18`", q.id, q.id)
                }
                _ => format!(
                    "`{}` is {} question: compare it with an option, such as `{} == \"{}\"`",
                    q.id,
                    if q.kind == QuestionKind::YesNo { "a yes-no" } else { "a one-answer" },
                    q.id,
                    q.rule_options().first().copied().unwrap_or("…")
                ),
            };
            d.error(
                "E0106",
                file,
                s.sub_span(r.span.clone()),
                format!("`{}` is used as the wrong kind of question", q.id),
                Some(hint),
            );
            continue;
        }
        if let Some((list, span)) = &r.list {
            match parts.lists.get(list) {
                None => {
                    ok = false;
                    let hint = d
                        .did_you_mean(list, parts.lists.keys().map(String::as_str))
                        .map(|m| format!("did you mean `{m}`?"))
                        .or(Some("define it with [[list]] id = \"…\" values = [...]".into()));
                    d.error("E0107", file, s.sub_span(span.clone()), format!("unknown value list `{list}`"), hint);
                }
                Some((values, _)) => {
                    if !values.iter().any(|v| q.rule_options().contains(&v.as_str())) {
                        d.warning(
                            "W0110",
                            file,
                            s.sub_span(span.clone()),
                            format!("no value of list `{list}` is an option of `{}`, so this is never true", q.id),
                            None,
                        );
                    }
                    lists.push(list.clone());
                }
            }
        }
        let valid = q.rule_options();
        for (o, span) in &r.options {
            if !valid.contains(&o.as_str()) {
                ok = false;
                let hint = if o == DONT_KNOW || o == PREFER_NOT_TO_SAY {
                    "\"don't know\" and \"prefer not to say\" make a rule unknown by themselves; they cannot be tested"
                        .to_string()
                } else {
                    match d.did_you_mean(o, valid.iter().copied()) {
                        Some(m) => format!("did you mean \"{m}\"?"),
                        None => format!("the options of `{}` are: {}", q.id, list_of(&valid, 20)),
                    }
                };
                d.error(
                    "E0103",
                    file,
                    s.sub_span(span.clone()),
                    format!("question `{}` has no option \"{o}\"", q.id),
                    Some(hint),
                );
            }
        }
    }
    let mut expr = parsed.expr.filter(|_| ok)?;
    let missing = expr.resolve_lists(&|name| parts.lists.get(name).map(|(v, _)| v.clone()));
    debug_assert!(missing.is_empty(), "unknown lists were reported above");
    // Each question's index, so that evaluation reads answers without searching (`expr::At`);
    // `parts.questions` is in the order of `Assessment::questions`.
    expr.resolve_questions(&|id| parts.question_index.get(id).copied());
    Some((expr, lists))
}

/// Questions whose relevance conditions depend on each other in a circle (E0105). Returns
/// their indexes, so that the order check does not report the same problem again. The
/// questions in circles are found in one pass (strongly connected components); the circle
/// each error names is a shortest one back to its question, looked for within its component,
/// for as many as can be shown (a content with 40,000 questions in one circle gets the others'
/// errors without the circle).
pub(super) fn relevance_cycles(parts: &Parts, d: &mut Diags) -> BTreeSet<usize> {
    let deps: Vec<Vec<usize>> = parts
        .questions
        .iter()
        .map(|(_, _, rel)| {
            rel.as_ref().map_or(Vec::new(), |s| {
                expr::parse(&s.value)
                    .refs
                    .iter()
                    .filter_map(|r| parts.question_index.get(&r.question).copied())
                    .collect()
            })
        })
        .collect();
    let component = components(&deps);
    let mut size = vec![0usize; deps.len()];
    for &c in &component {
        size[c] += 1;
    }
    let in_cycle: BTreeSet<usize> =
        (0..deps.len()).filter(|&i| size[component[i]] > 1 || deps[i].contains(&i)).collect();
    for (n, &start) in in_cycle.iter().enumerate() {
        let (q, file, rel) = &parts.questions[start];
        let path = if n < SHOWN_LIMIT { circle(&deps, &component, start) } else { Vec::new() };
        let names: Vec<&str> = path.iter().map(|i| parts.questions[*i].0.id.as_str()).collect();
        let first = *path.get(1).unwrap_or(&start);
        let span = rel.as_ref().map_or(0..0, |s| {
            let refs = expr::parse(&s.value).refs;
            let r = refs.iter().find(|r| r.question == parts.questions[first].0.id);
            r.map_or(s.span.clone(), |r| s.sub_span(r.span.clone()))
        });
        let message = if deps[start].contains(&start) && path.len() <= 2 {
            format!("question `{}` is shown depending on its own answer", q.id)
        } else if names.is_empty() {
            format!("question `{}` is shown depending on questions that depend on it, in a circle", q.id)
        } else {
            // A circle of 40,000 questions is named by its first few.
            let shown = if names.len() > 10 {
                format!("{} → … ({} questions) → {}", names[..8].join(" → "), names.len() - 1, names[0])
            } else {
                names.join(" → ")
            };
            format!("questions are shown depending on each other in a circle: {shown}")
        };
        d.error(
            "E0105",
            *file,
            span,
            message,
            Some(format!("`{}` can never be decided; remove one of these conditions", q.id)),
        );
    }
    in_cycle
}

/// The strongly connected component of each node (Tarjan's algorithm, without recursion, so
/// that a chain of 40,000 questions does not overflow the stack).
pub(super) fn components(deps: &[Vec<usize>]) -> Vec<usize> {
    const NONE: usize = usize::MAX;
    let n = deps.len();
    let (mut index, mut low, mut component) = (vec![NONE; n], vec![0; n], vec![NONE; n]);
    let (mut next_index, mut next_component) = (0, 0);
    let mut stack = Vec::new();
    let mut on_stack = vec![false; n];
    for root in 0..n {
        if index[root] != NONE {
            continue;
        }
        // (node, next edge to look at)
        let mut work = vec![(root, 0)];
        while let Some(&mut (v, ref mut edge)) = work.last_mut() {
            if *edge == 0 {
                index[v] = next_index;
                low[v] = next_index;
                next_index += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(&w) = deps[v].get(*edge) {
                *edge += 1;
                if index[w] == NONE {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component[w] = next_component;
                    if w == v {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}

/// A shortest circle from `start` back to it within its component: `start`, …, `start`.
pub(super) fn circle(deps: &[Vec<usize>], component: &[usize], start: usize) -> Vec<usize> {
    let mut came_from: BTreeMap<usize, usize> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(node) = queue.pop_front() {
        for &next in &deps[node] {
            if next == start {
                // Back from `node` to `start`, then round to `start` again.
                let mut path = vec![node];
                while let Some(&before) = came_from.get(path.last().expect("not empty")) {
                    path.push(before);
                }
                path.reverse();
                path.push(start);
                return path;
            }
            if component[next] == component[start] && next != start && !came_from.contains_key(&next) {
                came_from.insert(next, node);
                queue.push_back(next);
            }
        }
    }
    vec![start, start]
}

pub(super) fn expr_field(t: &Table, key: &str, parts: &Parts, required: bool, d: &mut Diags) -> Option<Expr> {
    expr_with_lists(t, key, parts, required, d).map(|(e, _)| e)
}

/// A rule and the value lists it used.
pub(super) fn expr_with_lists(
    t: &Table,
    key: &str,
    parts: &Parts,
    required: bool,
    d: &mut Diags,
) -> Option<(Expr, Vec<String>)> {
    let s = if required { t.req_str(key, "'question == \"option\"'", d)? } else { t.str(key, d)? };
    compile(&s, t.file, parts, None, d)
}
