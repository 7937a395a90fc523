//! The graph both pictures draw: questions in order (with the condition that asks them), the
//! programmes and needs, which questions their rules read, and which questions a condition reads.

use super::*;

pub(super) struct Graph {
    pub(super) questions: Vec<QNode>,
    /// Programmes first, then needs, each in content order.
    pub(super) targets: Vec<Target>,
    /// Question → programme or need, ordered by target, then question.
    pub(super) feeds: Vec<Feed>,
    /// (earlier question, conditional question): the first is read by the second's condition.
    pub(super) relevance: Vec<(usize, usize)>,
}

pub(super) struct QNode {
    pub(super) id: String,
    pub(super) title: String,
    pub(super) kind: &'static str,
    /// The relevance condition in full, and cut for labels.
    pub(super) condition: Option<String>,
    pub(super) condition_label: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Programme,
    Need,
}

impl Kind {
    pub(super) fn name(self) -> &'static str {
        match self {
            Kind::Programme => "programme",
            Kind::Need => "need",
        }
    }
}

pub(super) struct Target {
    pub(super) kind: Kind,
    pub(super) id: String,
    pub(super) title: String,
    /// Each rule: what it is ("applies", "criterion in_belgium", "when"…) and its text.
    pub(super) rules: Vec<(String, String)>,
    /// Shown under the title in the picture: label and text.
    pub(super) details: Vec<(&'static str, String)>,
}

pub(super) struct Feed {
    pub(super) from: usize,
    pub(super) to: usize,
    /// The target's rules that read the question.
    pub(super) via: Vec<String>,
}

pub(super) fn graph(a: &Assessment) -> Graph {
    let texts = a.texts.first();
    let text = |key: String, id: &str| -> String {
        texts
            .and_then(|t| t.format(&key, &[]))
            .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| id.to_string())
    };

    let questions = a
        .questions
        .iter()
        .map(|q| QNode {
            id: q.id.clone(),
            title: text(keys::question(&q.id), &q.id),
            kind: q.kind.id(),
            condition: q.relevant.as_ref().map(render_expr),
            condition_label: q.relevant.as_ref().map(render_label),
        })
        .collect();
    let mut relevance = Vec::new();
    for (to, q) in a.questions.iter().enumerate() {
        for id in q.relevant.iter().flat_map(Expr::questions) {
            if let Some(from) = a.question_index(id) {
                if !relevance.contains(&(from, to)) {
                    relevance.push((from, to));
                }
            }
        }
    }

    let mut targets = Vec::new();
    let mut feeds = Vec::new();
    for p in &a.programmes {
        let mut reads: Vec<(String, &Expr)> = Vec::new();
        let mut details = Vec::new();
        if let Some(e) = &p.applies {
            reads.push(("applies".into(), e));
            details.push(("Applies where:", render_label(e)));
        }
        for c in &p.criteria {
            reads.push((format!("criterion {}", c.id), &c.when));
        }
        if !p.criteria.is_empty() {
            let ids: Vec<&str> = p.criteria.iter().map(|c| c.id.as_str()).collect();
            details.push(("Criteria:", ids.join(", ")));
        }
        let title = text(keys::programme(&p.id), &p.id);
        add_target(a, &mut targets, &mut feeds, Kind::Programme, &p.id, title, reads, details);
    }
    for n in &a.needs {
        let mut reads: Vec<(String, &Expr)> = vec![("when".into(), &n.when)];
        let mut details = vec![("When:", render_label(&n.when)), ("Urgency:", urgency_name(n.urgency))];
        if let Some(e) = &n.immediate_when {
            reads.push(("immediate when".into(), e));
            details.push(("Immediate when:", render_label(e)));
        }
        let title = text(keys::need(&n.id), &n.id);
        add_target(a, &mut targets, &mut feeds, Kind::Need, &n.id, title, reads, details);
    }
    feeds.sort_by_key(|f| (f.to, f.from));
    Graph { questions, targets, feeds, relevance }
}

#[allow(clippy::too_many_arguments)]
pub(super) fn add_target(
    a: &Assessment,
    targets: &mut Vec<Target>,
    feeds: &mut Vec<Feed>,
    kind: Kind,
    id: &str,
    title: String,
    reads: Vec<(String, &Expr)>,
    details: Vec<(&'static str, String)>,
) {
    let to = targets.len();
    for (via, e) in &reads {
        for from in e.questions().into_iter().filter_map(|q| a.question_index(q)) {
            match feeds.iter_mut().find(|f| f.from == from && f.to == to) {
                Some(f) if f.via.contains(via) => {}
                Some(f) => f.via.push(via.clone()),
                None => feeds.push(Feed { from, to, via: vec![via.clone()] }),
            }
        }
    }
    targets.push(Target {
        kind,
        id: id.to_string(),
        title,
        rules: reads.into_iter().map(|(via, e)| (via, render_expr(e))).collect(),
        details,
    });
}

pub(super) fn urgency_name(u: Urgency) -> String {
    u.id().replace('-', " ")
}
