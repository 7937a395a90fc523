//! Programmes with their criteria, needs, and the references between items.

use super::*;

pub(super) fn need(t: &Table, parts: &mut Parts, d: &mut Diags) {
    t.allow_keys(&["id", "when", "urgency", "immediate_when", "legal_first"], d);
    let id = id(t, "need", parts, d);
    let when = expr_field(t, "when", parts, true, d);
    let immediate_when = expr_field(t, "immediate_when", parts, false, d);
    let legal_first = t.bool("legal_first", false, d);
    let urgency = t.req_str("urgency", "\"before-departure\"", d).and_then(|s| {
        let u = Urgency::from_id(&s.value);
        if u.is_none() {
            let ids: Vec<&str> = Urgency::ALL.iter().map(|u| u.id()).collect();
            d.error(
                "E0003",
                t.file,
                s.span,
                format!("unknown urgency `{}`", s.value),
                Some(format!("use one of: {}", ids.join(", "))),
            );
        }
        u
    });
    if let (Some(id), Some(when), Some(urgency)) = (id, when, urgency) {
        parts.needs.push(Need { id, when, urgency, immediate_when, legal_first });
    }
}

pub(super) fn programme(t: &Table, parts: &mut Parts, today: Option<Date>, d: &mut Diags) {
    t.allow_keys(&["id", "applies", "source", "contacts", "criterion", "entitlement"], d);
    let id = id(t, "programme", parts, d);
    let no_entitlement = !t.bool("entitlement", true, d);
    let mut discretionary: Option<Span> = None;
    let applies = expr_field(t, "applies", parts, false, d);
    let source = read_sources(t, today, &mut parts.sources_seen, d);
    let contacts = t.str_list("contacts", d);
    let mut criteria = Vec::new();
    let mut crit_ids = BTreeSet::new();
    let crit_tables = t.tables("criterion", d);
    if crit_tables.is_empty() {
        d.error(
            "E0004",
            t.file,
            t.span.start..t.span.start + 1,
            format!("programme `{}` has no [[programme.criterion]]", id.as_deref().unwrap_or("?")),
            Some("who can use it must be written as criteria, each with its source".into()),
        );
    }
    for v in crit_tables {
        let Some(c) = Table::new(t.file, t.text, v, "a criterion", d) else {
            continue;
        };
        c.allow_keys(&["id", "when", "source", "discretionary"], d);
        let is_discretionary = c.bool("discretionary", false, d);
        let cid = c.req_str("id", "\"some_id\"", d);
        if let Some(cid) = &cid {
            let valid = valid_id(&cid.value);
            local_id(cid, c.file, "criterion", valid, "ids use lower-case letters, digits and `_`", &mut crit_ids, d);
        }
        let when = expr_with_lists(&c, "when", parts, true, d);
        let src = read_sources(&c, today, &mut parts.sources_seen, d);
        if let (Some(cid), Some((when, lists)), Some(mut src)) = (cid, when, src) {
            // A criterion that uses a value list cites the list's sources too.
            for (_, list_sources) in lists.iter().filter_map(|l| parts.lists.get(l)) {
                src.extend(list_sources.iter().filter(|s| !src.contains(s)).cloned().collect::<Vec<_>>());
            }
            if is_discretionary {
                let span = c.get("discretionary").map_or(cid.span.clone(), |v| v.span());
                discretionary.get_or_insert(span.clone());
                // Discretionary: an authority decides, so no answers may make it true.
                let read: Vec<Question> = when
                    .questions()
                    .into_iter()
                    .filter_map(|q| parts.question_index.get(q).map(|&i| parts.questions[i].0.clone()))
                    .collect();
                if analysis::satisfiable(&[&when], &read) == Some(true) {
                    d.error(
                        "E0110",
                        c.file,
                        span,
                        format!("criterion `{}` is discretionary but some answers make it true", cid.value),
                        Some(
                            "an authority decides it, so it is at most unknown: write its condition `… and unknown`"
                                .into(),
                        ),
                    );
                }
                if let Some(pid) = &id {
                    parts.discretionary.insert((pid.clone(), cid.value.clone()));
                }
            }
            if let Some(pid) = &id {
                parts.criterion_places.insert((pid.clone(), cid.value.clone()), (c.file, cid.span.clone()));
            }
            criteria.push(Criterion { id: cid.value, when, sources: src });
        }
    }
    if let (Some(span), false) = (&discretionary, no_entitlement) {
        d.error(
            "E0111",
            t.file,
            span.clone(),
            format!(
                "programme `{}` has a discretionary criterion but no `entitlement = false`",
                id.as_deref().unwrap_or("?")
            ),
            Some("where an authority decides case by case there is no right to it: add `entitlement = false`".into()),
        );
    }
    if let (Some(id), Some(source)) = (id, source) {
        let p = Programme { id, applies, criteria, sources: source, contacts: Vec::new(), site: false, no_entitlement };
        parts.programmes.push((p, t.file, contacts));
    }
}

/// Contacts name needs; programmes name contacts: every name must exist (an item with an error
/// exists: its error is reported, and not once more for each name of it).
pub(super) fn cross_references(parts: &Parts, d: &mut Diags) {
    let defined = |kind: &str| -> BTreeSet<&str> {
        parts.ids.keys().filter(|(k, _)| *k == kind).map(|(_, id)| id.as_str()).collect()
    };
    let (need_ids, contact_ids) = (defined("need"), defined("contact"));
    let check = |names: &[Str], known: &BTreeSet<&str>, kind: &str, file: usize, d: &mut Diags| {
        for n in names {
            if !known.contains(n.value.as_str()) {
                let hint = d.did_you_mean(&n.value, known.iter().copied()).map(|m| format!("did you mean `{m}`?"));
                d.error("E0206", file, n.span.clone(), format!("unknown {kind} `{}`", n.value), hint);
            }
        }
    };
    for (_, file, needs) in &parts.contacts {
        check(needs, &need_ids, "need", *file, d);
    }
    for (_, file, contacts) in &parts.programmes {
        check(contacts, &contact_ids, "contact", *file, d);
    }
}

/// The outcomes a criterion's reason can show (`evaluate::CriterionResult::outcome_id`), so the
/// texts it needs: `met` and `unmet` where answers can settle it; `unknown` where its rule leaves
/// it open (`unknown` in the rule: a criterion that is only `unknown` shows nothing else);
/// `not-answered` where it reads a question (every question can be skipped with "prefer not to
/// say", or not be asked); `dont-know` where a question it reads offers "don't know".
pub fn criterion_outcomes(when: &Expr, offers_dont_know: impl Fn(&str) -> bool) -> Vec<&'static str> {
    pub(super) fn leaves_open(e: &Expr) -> bool {
        match e {
            Expr::Lit(t) => *t == avenir_core::Tri::Unknown,
            Expr::Not(e) => leaves_open(e),
            Expr::And(es) | Expr::Or(es) => es.iter().any(leaves_open),
            _ => false,
        }
    }
    let read = when.questions();
    if read.is_empty() && leaves_open(when) {
        return vec!["unknown"];
    }
    let mut out = vec!["met", "unmet"];
    if leaves_open(when) {
        out.push("unknown");
    }
    if !read.is_empty() {
        out.push("not-answered");
    }
    if read.into_iter().any(offers_dont_know) {
        out.push("dont-know");
    }
    out
}
