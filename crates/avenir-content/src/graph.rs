//! A picture of the question flow, for content authors: the order of the questions, which
//! questions are asked only on a condition (and which earlier answers decide it), and which
//! answers the rules of each programme and need read.
//!
//! Two renderings of the same graph:
//! * [`mermaid`]: a Mermaid `flowchart TD`, to paste into Markdown (GitHub, GitLab, docs);
//! * [`html`]: a self-contained page (inline CSS and one inline SVG; no script, no request)
//!   with a hand-computed layout and a table as its text alternative. It reads the same opened
//!   from disk and printed.
//!
//! Texts are those of the default language (the first of [`Assessment::texts`]); an item
//! without a text shows its id. [`render_expr`] prints a rule back in the rule language.

use std::fmt::Write as _;

use avenir_core::expr::Expr;
use avenir_core::logic::Tri;
use avenir_core::model::{Assessment, Urgency, keys};
use avenir_core::text::Direction;

// ---------------------------------------------------------------------------------------------
// Rules back to text

/// How tightly a rule's outermost syntax binds, loosest first. An operand that binds more
/// loosely than its place requires is put in parentheses.
const OR: u8 = 0;
const AND: u8 = 1;
const ATOM: u8 = 2;

/// In labels, lists of options longer than this are cut (`["EG", "ET", "AL", …+32]`): a value
/// list replaced by its values can hold dozens of countries.
const LABEL_OPTIONS: usize = 4;

/// Prints a rule in the rule language, with parentheses only where they are needed:
/// `parse(&render_expr(e)).expr == Some(e)` for every rule the parser produces.
pub fn render_expr(e: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, e, OR, usize::MAX);
    out
}

/// [`render_expr`] with long option lists cut, for labels. Not meant to be parsed back.
fn render_label(e: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, e, OR, LABEL_OPTIONS);
    out
}

/// The binding strength of `e` as [`write_expr`] prints it. A new variant of [`Expr`] adds one
/// arm here and one in `write_expr`.
fn strength(e: &Expr) -> u8 {
    match e {
        Expr::And(es) | Expr::Or(es) if es.len() == 1 => strength(&es[0]),
        Expr::Or(es) if es.len() > 1 => OR,
        Expr::And(es) if es.len() > 1 => AND,
        Expr::Lit(_)
        | Expr::Is { .. }
        | Expr::InList { .. }
        | Expr::Has { .. }
        | Expr::Cmp { .. }
        | Expr::Not(_)
        | Expr::And(_)
        | Expr::Or(_) => ATOM,
    }
}

/// Writes `e` where an expression binding at least as tightly as `place` is expected, with at
/// most `limit` options of a list.
fn write_expr(out: &mut String, e: &Expr, place: u8, limit: usize) {
    let parens = strength(e) < place;
    if parens {
        out.push('(');
    }
    match e {
        Expr::Lit(t) => out.push_str(match t {
            Tri::True => "true",
            Tri::False => "false",
            Tri::Unknown => "unknown",
        }),
        Expr::Is { question, options, negated, .. } => {
            out.push_str(question);
            if let [only] = options.as_slice() {
                out.push_str(if *negated { " != " } else { " == " });
                write_option(out, only);
            } else {
                out.push_str(if *negated { " not in [" } else { " in [" });
                let shown = if options.len() > limit { limit.saturating_sub(1).max(1) } else { options.len() };
                for (i, o) in options.iter().take(shown).enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    write_option(out, o);
                }
                if shown < options.len() {
                    let _ = write!(out, ", …+{}", options.len() - shown);
                }
                out.push(']');
            }
        }
        Expr::InList { question, list, negated } => {
            let _ = write!(out, "{question} {} {list}", if *negated { "not in" } else { "in" });
        }
        Expr::Has { question, option, .. } => {
            out.push_str(question);
            out.push_str(" has ");
            write_option(out, option);
        }
        Expr::Cmp { question, op, value, .. } => {
            let _ = write!(out, "{question} {} {value}", op.symbol());
        }
        Expr::Not(inner) => {
            out.push_str("not ");
            write_expr(out, inner, ATOM, limit);
        }
        Expr::And(es) => write_list(out, es, " and ", "true", ATOM, limit),
        Expr::Or(es) => write_list(out, es, " or ", "false", AND, limit),
    }
    if parens {
        out.push(')');
    }
}

/// `a and b and c`: each operand at `place`. An empty list prints its neutral value; a single
/// operand prints as itself (its parentheses, if any, were decided by the caller).
fn write_list(out: &mut String, es: &[Expr], sep: &str, empty: &str, place: u8, limit: usize) {
    match es {
        [] => out.push_str(empty),
        [only] => write_expr(out, only, OR, limit),
        _ => {
            for (i, e) in es.iter().enumerate() {
                if i > 0 {
                    out.push_str(sep);
                }
                write_expr(out, e, place, limit);
            }
        }
    }
}

/// Option ids in double quotes, or single quotes if the id contains a double quote (the rule
/// language has no escapes).
fn write_option(out: &mut String, o: &str) {
    let q = if o.contains('"') && !o.contains('\'') { '\'' } else { '"' };
    out.push(q);
    out.push_str(o);
    out.push(q);
}

// ---------------------------------------------------------------------------------------------
// The graph both pictures draw

struct Graph {
    questions: Vec<QNode>,
    /// Programmes first, then needs, each in content order.
    targets: Vec<Target>,
    /// Question → programme or need, ordered by target, then question.
    feeds: Vec<Feed>,
    /// (earlier question, conditional question): the first is read by the second's condition.
    relevance: Vec<(usize, usize)>,
}

struct QNode {
    id: String,
    title: String,
    kind: &'static str,
    /// The relevance condition in full, and cut for labels.
    condition: Option<String>,
    condition_label: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Programme,
    Need,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Programme => "programme",
            Kind::Need => "need",
        }
    }
}

struct Target {
    kind: Kind,
    id: String,
    title: String,
    /// Each rule: what it is ("applies", "criterion in_belgium", "when"…) and its text.
    rules: Vec<(String, String)>,
    /// Shown under the title in the picture: label and text.
    details: Vec<(&'static str, String)>,
}

struct Feed {
    from: usize,
    to: usize,
    /// The target's rules that read the question.
    via: Vec<String>,
}

fn graph(a: &Assessment) -> Graph {
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
fn add_target(
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

fn urgency_name(u: Urgency) -> String {
    u.id().replace('-', " ")
}

// ---------------------------------------------------------------------------------------------
// Mermaid

const COLOUR_TEXT: &str = "#0f172a";
const COLOUR_QUESTION: (&str, &str) = ("#f8fafc", "#64748b");
const COLOUR_CONDITIONAL: (&str, &str) = ("#fffbeb", "#b45309");
const COLOUR_PROGRAMME: (&str, &str) = ("#eff6ff", "#1d4ed8");
const COLOUR_NEED: (&str, &str) = ("#fff7ed", "#c2410c");
const LINE_FLOW: &str = "#64748b";
const LINE_RELEVANCE: &str = "#b45309";
const LINE_PROGRAMME: &str = "#2563eb";
const LINE_NEED: &str = "#c2410c";

/// The question flow as a Mermaid `flowchart TD`: one node per question (in order, labelled
/// with its text and id; conditional questions as hexagons), programme and need; solid edges
/// from each question to the next; dashed edges, labelled with the condition, from each
/// question a relevance condition reads to the conditional question; and an edge from every
/// question a programme's or need's rules read to it.
pub fn mermaid(a: &Assessment) -> String {
    let g = graph(a);
    let mut m = String::new();
    let comment = |s: &str| s.chars().map(|c| if crate::diag::is_unsafe(c) { ' ' } else { c }).collect::<String>();
    let _ = writeln!(m, "%% Question flow of assessment {} {}", comment(&a.id), comment(&a.version));
    m.push_str("flowchart TD\n");

    for (i, q) in g.questions.iter().enumerate() {
        let mut label = format!("{}. {}<br/>{}", i + 1, mermaid_escape(&q.title), mermaid_escape(&q.id));
        let _ = write!(m, "  {}", node_id("q", &q.id));
        match &q.condition_label {
            None => {
                let _ = writeln!(m, "[\"{label}\"]:::question");
            }
            Some(c) => {
                // A condition that reads no question has no edge to carry it: show it here.
                if !g.relevance.iter().any(|&(_, to)| to == i) {
                    let _ = write!(label, "<br/>only if {}", mermaid_escape(c));
                }
                let _ = writeln!(m, "{{{{\"{label}\"}}}}:::conditional");
            }
        }
    }
    for t in &g.targets {
        let label = format!("{}<br/>{}", mermaid_escape(&t.title), mermaid_escape(&t.id));
        let _ = match t.kind {
            Kind::Programme => writeln!(m, "  {}[[\"{label}\"]]:::programme", target_id(t)),
            Kind::Need => writeln!(m, "  {}([\"{label}\"]):::need", target_id(t)),
        };
    }

    // Links are styled by their index, in the order they are written.
    let mut links = 0;
    let mut styled: [(Vec<usize>, &str); 4] =
        [(Vec::new(), LINE_FLOW), (Vec::new(), LINE_RELEVANCE), (Vec::new(), LINE_PROGRAMME), (Vec::new(), LINE_NEED)];
    let mut link = |m: &mut String, style: usize, text: String| {
        m.push_str(&text);
        styled[style].0.push(links);
        links += 1;
    };
    for pair in g.questions.windows(2) {
        let text = format!("  {} --> {}\n", node_id("q", &pair[0].id), node_id("q", &pair[1].id));
        link(&mut m, 0, text);
    }
    for &(from, to) in &g.relevance {
        let (from, to) = (&g.questions[from], &g.questions[to]);
        let text = format!(
            "  {} -.->|\"{}\"| {}\n",
            node_id("q", &from.id),
            mermaid_escape(to.condition_label.as_deref().unwrap_or_default()),
            node_id("q", &to.id)
        );
        link(&mut m, 1, text);
    }
    for f in &g.feeds {
        let t = &g.targets[f.to];
        let text = format!("  {} --> {}\n", node_id("q", &g.questions[f.from].id), target_id(t));
        link(&mut m, if t.kind == Kind::Programme { 2 } else { 3 }, text);
    }

    for (class, (fill, stroke), extra) in [
        ("question", COLOUR_QUESTION, ""),
        ("conditional", COLOUR_CONDITIONAL, ",stroke-dasharray:6 4"),
        ("programme", COLOUR_PROGRAMME, ""),
        ("need", COLOUR_NEED, ""),
    ] {
        let _ = writeln!(m, "  classDef {class} fill:{fill},stroke:{stroke},color:{COLOUR_TEXT}{extra}");
    }
    for (indices, colour) in &styled {
        if !indices.is_empty() {
            let list: Vec<String> = indices.iter().map(usize::to_string).collect();
            let _ = writeln!(m, "  linkStyle {} stroke:{colour}", list.join(","));
        }
    }
    m
}

fn target_id(t: &Target) -> String {
    node_id(
        match t.kind {
            Kind::Programme => "p",
            Kind::Need => "n",
        },
        &t.id,
    )
}

/// A Mermaid node id: a prefix (so that no id is a keyword such as `end`) and the content id,
/// with anything but ASCII letters, digits and `_` written as `_xHEX_`.
fn node_id(prefix: &str, id: &str) -> String {
    let mut out = format!("{prefix}_");
    for c in id.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            out.push(c);
        } else {
            let _ = write!(out, "_x{:x}_", c as u32);
        }
    }
    out
}

/// Text for a `"..."` label in Mermaid: quotes, brackets, `#`, `<`, `>` and the other
/// characters that Mermaid or its HTML labels would read as syntax are written as entity
/// codes (`#quot;`, `#35;`…); line breaks become spaces.
fn mermaid_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            '&' => out.push_str("#amp;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '[' => out.push_str("#91;"),
            ']' => out.push_str("#93;"),
            '{' => out.push_str("#123;"),
            '}' => out.push_str("#125;"),
            '|' => out.push_str("#124;"),
            '`' => out.push_str("#96;"),
            '%' => out.push_str("#37;"),
            // Controls, and the bidirectional overrides that can hide text on a terminal.
            c if crate::diag::is_unsafe(c) => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// HTML with an SVG picture

/// Characters per line of a box's title, and of its smaller detail lines.
const WRAP: usize = 38;
const WRAP_DETAIL: usize = 44;
/// The first line of a box (number, id, kind) is cut after this many characters.
const HEAD_CHARS: usize = 44;
const BOX_W: i32 = 360;
const PAD: i32 = 12;
/// The small first line of a box (kind and id), then the title lines, then the details.
const HEAD_H: i32 = 20;
const TITLE_H: i32 = 19;
const DETAIL_H: i32 = 16;
/// Room left of the questions for the dashed relevance arcs.
const LEFT: i32 = 96;
const COL_GAP: i32 = 260;
const TOP: i32 = 52;
const Q_GAP: i32 = 34;
const T_GAP: i32 = 18;
/// Extra room above the first box of a group in the right column, for its heading.
const GROUP_GAP: i32 = 36;
const WIDTH: i32 = LEFT + BOX_W + COL_GAP + BOX_W + 24;

struct Card {
    class: &'static str,
    x: i32,
    y: i32,
    h: i32,
    head: String,
    title: Vec<String>,
    /// Each detail: its label and its wrapped lines (the first starting with the label).
    details: Vec<(&'static str, Vec<String>)>,
}

impl Card {
    fn new(class: &'static str, x: i32, head: String, title: &str, details: &[(&'static str, String)]) -> Card {
        let head = match head.char_indices().nth(HEAD_CHARS - 1) {
            Some((cut, _)) => format!("{}…", &head[..cut]),
            None => head,
        };
        let title = wrap(title, WRAP);
        let details: Vec<(&'static str, Vec<String>)> =
            details.iter().map(|(label, text)| (*label, wrap(&format!("{label} {text}"), WRAP_DETAIL))).collect();
        let detail_lines: usize = details.iter().map(|(_, l)| l.len()).sum();
        let mut h = PAD + HEAD_H + TITLE_H * title.len() as i32 + PAD - 2;
        if detail_lines > 0 {
            h += 4 + DETAIL_H * detail_lines as i32;
        }
        Card { class, x, y: 0, h, head, title, details }
    }

    fn centre(&self) -> i32 {
        self.y + self.h / 2
    }

    fn bottom(&self) -> i32 {
        self.y + self.h
    }

    /// The `j`th of `k` points spread along the middle of an edge between `lo` and `hi`
    /// (fractions of the height).
    fn port(&self, j: usize, k: usize, lo: i32, hi: i32) -> i32 {
        let (top, bottom) = (self.y + self.h * lo / 100, self.y + self.h * hi / 100);
        top + (bottom - top) * (j as i32 + 1) / (k as i32 + 1)
    }
}

/// Splits `s` into lines of at most `width` characters at spaces; longer words are cut.
fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        let mut word = word;
        loop {
            let (len, wlen) = (line.chars().count(), word.chars().count());
            if len == 0 && wlen <= width {
                line.push_str(word);
                break;
            } else if len > 0 && len + 1 + wlen <= width {
                line.push(' ');
                line.push_str(word);
                break;
            } else if len > 0 {
                lines.push(std::mem::take(&mut line));
            } else {
                let cut = word.char_indices().nth(width).map_or(word.len(), |(i, _)| i);
                lines.push(word[..cut].to_string());
                word = &word[cut..];
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

struct Layout {
    questions: Vec<Card>,
    targets: Vec<Card>,
    /// Column headings: x, baseline, text.
    headings: Vec<(i32, i32, &'static str)>,
    height: i32,
}

fn layout(g: &Graph) -> Layout {
    let mut y = TOP;
    let questions: Vec<Card> = g
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let details: Vec<(&'static str, String)> =
                q.condition_label.iter().map(|c| ("Only if:", c.clone())).collect();
            let class = if q.condition.is_some() { "qc" } else { "q" };
            let head = format!("Q{} · {} · {}", i + 1, q.id, q.kind);
            let mut card = Card::new(class, LEFT, head, &q.title, &details);
            card.y = y;
            y += card.h + Q_GAP;
            card
        })
        .collect();

    // Programmes, then needs, each under its heading. Within a group, each box is as near as it
    // can be to the middle of the questions it reads, without overlapping; boxes are placed in
    // the order of those middles, so that lines from the questions cross as little as possible.
    let right = LEFT + BOX_W + COL_GAP;
    let mut headings = vec![(LEFT, TOP - 14, "Questions, in the order asked")];
    let mut targets: Vec<Card> = Vec::new();
    let mut wanted: Vec<i32> = Vec::new();
    for (i, t) in g.targets.iter().enumerate() {
        let class = match t.kind {
            Kind::Programme => "prog",
            Kind::Need => "need",
        };
        let card = Card::new(class, right, format!("{} · {}", t.kind.name(), t.id), &t.title, &t.details);
        let sources: Vec<i32> = g.feeds.iter().filter(|f| f.to == i).map(|f| questions[f.from].centre()).collect();
        wanted.push(match sources.len() {
            0 => TOP,
            n => sources.iter().sum::<i32>() / n as i32 - card.h / 2,
        });
        targets.push(card);
    }
    let mut order: Vec<usize> = (0..targets.len()).collect();
    order.sort_by_key(|&i| (g.targets[i].kind == Kind::Need, wanted[i], i));
    let mut min_y = TOP;
    let mut group = None;
    for i in order {
        let kind = g.targets[i].kind;
        let first = group != Some(kind);
        if first && group.is_some() {
            min_y += GROUP_GAP;
        }
        let card = &mut targets[i];
        card.y = wanted[i].max(min_y);
        if first {
            let heading = match kind {
                Kind::Programme => "Programmes",
                Kind::Need => "Needs",
            };
            headings.push((right, card.y - 14, heading));
        }
        min_y = card.bottom() + T_GAP;
        group = Some(kind);
    }
    let height = questions.iter().chain(&targets).map(Card::bottom).max().unwrap_or(TOP) + 24;
    Layout { questions, targets, headings, height }
}

/// Escapes text for XML and HTML (content and attribute values); drops the control characters
/// that XML does not allow.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #0f172a;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
p { margin: .25rem 0 .75rem; max-width: 75ch; }
code, .head, .code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
code { font-size: .88em; background: #f1f5f9; padding: 0 .2em; border-radius: 3px; }
.legend { list-style: none; margin: .75rem 0; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.5rem; font-size: .9rem; }
.legend li { display: flex; align-items: center; gap: .5rem; }
.sw { display: inline-block; width: 26px; height: 14px; border: 1.5px solid; border-radius: 4px; }
.ln { display: inline-block; width: 34px; border-top: 2px solid; }
.sw-q { background: #f8fafc; border-color: #64748b; }
.sw-qc { background: #fffbeb; border-color: #b45309; border-style: dashed; }
.sw-prog { background: #eff6ff; border-color: #1d4ed8; }
.sw-need { background: #fff7ed; border-color: #c2410c; }
.ln-flow { border-color: #64748b; }
.ln-rel { border-color: #b45309; border-top-style: dashed; }
.ln-prog { border-color: #2563eb; }
.ln-need { border-color: #c2410c; }
figure { margin: 1rem 0; }
svg { display: block; max-width: 100%; height: auto; }
svg text { font-family: inherit; }
.card rect { stroke-width: 1.5; }
.q rect { fill: #f8fafc; stroke: #64748b; }
.qc rect { fill: #fffbeb; stroke: #b45309; stroke-dasharray: 6 4; }
.prog rect { fill: #eff6ff; stroke: #1d4ed8; }
.need rect { fill: #fff7ed; stroke: #c2410c; }
.head { font-size: 11.5px; fill: #475569; }
.title { font-size: 14px; font-weight: 600; fill: #0f172a; }
.det { font-size: 12px; fill: #1e293b; }
.det .lbl { font-weight: 600; }
.det .code { font-size: 11.5px; }
.col { font-size: 13px; font-weight: 700; fill: #334155; }
.e { fill: none; stroke-width: 1.6; }
.e-flow { stroke: #64748b; }
.e-rel { stroke: #b45309; stroke-dasharray: 6 4; }
.e-prog { stroke: #2563eb; }
.e-need { stroke: #c2410c; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
caption { text-align: start; font-weight: 600; padding-bottom: .3rem; }
th, td { text-align: start; vertical-align: top; border: 1px solid #cbd5e1; padding: .35rem .55rem; }
th { background: #f1f5f9; }
td ul { margin: 0; padding-inline-start: 1.1rem; }
.questions th:nth-child(1) { width: 2em; }
.questions th:nth-child(2) { width: 36%; }
.questions th:nth-child(3) { width: 20%; }
.muted { color: #475569; }
@page { margin: 12mm; }
@media print {
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  tr { break-inside: avoid; }
}
"#;

/// The question flow as a self-contained HTML page: the picture (questions in order on the
/// left, programmes and needs on the right, lines for what reads what), a legend, and the same
/// information as tables. No script, no external request; readable from disk and printable.
pub fn html(a: &Assessment) -> String {
    let g = graph(a);
    let l = layout(&g);
    let language_info = a.languages.first();
    let lang = esc(language_info.map_or(a.default_language.as_str(), |l| l.tag.as_str()));
    let dir = language_info.map_or(Direction::Ltr, |l| l.dir);
    let language = language_info.map_or(a.default_language.clone(), |l| format!("{} ({})", l.name, l.tag));
    let conditional = g.questions.iter().filter(|q| q.condition.is_some()).count();
    let count = |kind| g.targets.iter().filter(|t| t.kind == kind).count();
    let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });

    let mut h = String::new();
    h.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(h, "<title>Question flow: {} {}</title>", esc(&a.id), esc(&a.version));
    let _ = writeln!(h, "<style>{STYLE}</style>\n</head>\n<body>\n<main>");
    let _ = writeln!(h, "<h1>Question flow of <code>{}</code> {}</h1>", esc(&a.id), esc(&a.version));
    let _ = writeln!(
        h,
        "<p>{} ({} asked only on a condition), {}, {}. Texts in {}.</p>",
        plural(g.questions.len(), "question", "questions"),
        conditional,
        plural(count(Kind::Programme), "programme", "programmes"),
        plural(count(Kind::Need), "need", "needs"),
        esc(&language)
    );
    h.push_str(
        "<p>The questions are on the left, in the order they are asked; programmes and needs \
         are on the right. A line from a question to a programme or need means that one of its \
         rules reads the answer. The tables under the picture list the same.</p>\n",
    );
    h.push_str("<ul class=\"legend\" aria-label=\"Legend\">\n");
    for (class, text) in [
        ("sw sw-q", "question"),
        ("sw sw-qc", "question asked only on a condition"),
        ("sw sw-prog", "programme"),
        ("sw sw-need", "need"),
        ("ln ln-flow", "next question"),
        ("ln ln-rel", "decides whether a question is asked"),
        ("ln ln-prog", "read by a programme’s rules"),
        ("ln ln-need", "read by a need’s rules"),
    ] {
        let _ = writeln!(h, "<li><span class=\"{class}\" aria-hidden=\"true\"></span>{text}</li>");
    }
    h.push_str("</ul>\n<figure>\n");
    svg(&mut h, &g, &l, &lang, dir);
    h.push_str("</figure>\n");
    tables(&mut h, &g, &lang, dir);
    h.push_str("</main>\n</body>\n</html>\n");
    h
}

fn svg(h: &mut String, g: &Graph, l: &Layout, lang: &str, dir: Direction) {
    let _ = writeln!(
        h,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{}\" \
         viewBox=\"0 0 {WIDTH} {}\" role=\"img\" aria-labelledby=\"flow-title flow-desc\">",
        l.height, l.height
    );
    h.push_str(
        "<title id=\"flow-title\">Question flow</title>\n<desc id=\"flow-desc\">The questions \
         in the order asked, and lines to the programmes and needs whose rules read them. The \
         tables below give the same information as text.</desc>\n<defs>\n",
    );
    for (id, colour) in
        [("a-flow", LINE_FLOW), ("a-rel", LINE_RELEVANCE), ("a-prog", LINE_PROGRAMME), ("a-need", LINE_NEED)]
    {
        let _ = writeln!(
            h,
            "<marker id=\"{id}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\" \
             markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">\
             <path d=\"M0,0 L10,5 L0,10 z\" fill=\"{colour}\"/></marker>"
        );
    }
    h.push_str("</defs>\n");
    for (x, y, text) in &l.headings {
        let _ = writeln!(h, "<text class=\"col\" x=\"{x}\" y=\"{y}\">{text}</text>");
    }

    // Next question.
    for (i, pair) in l.questions.windows(2).enumerate() {
        let x = pair[0].x + BOX_W / 2;
        let _ = writeln!(
            h,
            "<path class=\"e e-flow\" d=\"M{x},{} V{}\" marker-end=\"url(#a-flow)\">\
             <title>{} then {}</title></path>",
            pair[0].bottom() + 1,
            pair[1].y - 1,
            esc(&g.questions[i].id),
            esc(&g.questions[i + 1].id)
        );
    }

    // Relevance: arcs on the left, leaving from the lower half of the earlier question and
    // arriving in the upper half of the conditional one; longer arcs bulge further.
    let on_left = |q: usize, outgoing: bool| -> Vec<usize> {
        let mut v: Vec<usize> = (0..g.relevance.len())
            .filter(|&r| {
                let (from, to) = g.relevance[r];
                if outgoing { from == q } else { to == q }
            })
            .collect();
        v.sort_by_key(|&r| {
            let (from, to) = g.relevance[r];
            if outgoing { to } else { from }
        });
        v
    };
    for (r, &(from, to)) in g.relevance.iter().enumerate() {
        let (a, b) = (&l.questions[from], &l.questions[to]);
        let out = on_left(from, true);
        let inc = on_left(to, false);
        let j = out.iter().position(|&x| x == r).unwrap_or(0);
        let k = inc.iter().position(|&x| x == r).unwrap_or(0);
        let y1 = a.port(j, out.len(), 50, 92);
        let y2 = b.port(k, inc.len(), 8, 50);
        let span = from.abs_diff(to) as i32;
        let bulge = (14 + 10 * span).min(LEFT - 12) * 4 / 3;
        let _ = writeln!(
            h,
            "<path class=\"e e-rel\" d=\"M{x},{y1} C{c},{y1} {c},{y2} {x},{y2}\" \
             marker-end=\"url(#a-rel)\"><title>{} decides whether {} is asked: {}</title></path>",
            esc(&g.questions[from].id),
            esc(&g.questions[to].id),
            esc(g.questions[to].condition.as_deref().unwrap_or_default()),
            x = LEFT,
            c = LEFT - bulge,
        );
    }

    // Questions → programmes and needs: each line leaves and arrives at its own point, in the
    // order of the other end, so that lines at one box do not cross there.
    let mut leaving: Vec<Vec<usize>> = vec![Vec::new(); l.questions.len()];
    let mut arriving: Vec<Vec<usize>> = vec![Vec::new(); l.targets.len()];
    for (i, f) in g.feeds.iter().enumerate() {
        leaving[f.from].push(i);
        arriving[f.to].push(i);
    }
    for v in &mut leaving {
        v.sort_by_key(|&i| (l.targets[g.feeds[i].to].centre(), g.feeds[i].to));
    }
    for v in &mut arriving {
        v.sort_by_key(|&i| g.feeds[i].from);
    }
    for (i, f) in g.feeds.iter().enumerate() {
        let (q, t) = (&l.questions[f.from], &l.targets[f.to]);
        let j = leaving[f.from].iter().position(|&x| x == i).unwrap_or(0);
        let k = arriving[f.to].iter().position(|&x| x == i).unwrap_or(0);
        let (x1, y1) = (q.x + BOX_W, q.port(j, leaving[f.from].len(), 10, 90));
        let (x2, y2) = (t.x, t.port(k, arriving[f.to].len(), 10, 90));
        let c = (x2 - x1) * 45 / 100;
        let kind = match g.targets[f.to].kind {
            Kind::Programme => "prog",
            Kind::Need => "need",
        };
        let _ = writeln!(
            h,
            "<path class=\"e e-{kind}\" d=\"M{x1},{y1} C{},{y1} {},{y2} {x2},{y2}\" \
             marker-end=\"url(#a-{kind})\"><title>{} is read by {} {}: {}</title></path>",
            x1 + c,
            x2 - c,
            esc(&g.questions[f.from].id),
            g.targets[f.to].kind.name(),
            esc(&g.targets[f.to].id),
            esc(&f.via.join(", "))
        );
    }

    for c in l.questions.iter().chain(&l.targets) {
        card_svg(h, c, lang, dir);
    }
    h.push_str("</svg>\n");
}

fn card_svg(h: &mut String, c: &Card, lang: &str, dir: Direction) {
    let _ = writeln!(
        h,
        "<g class=\"card {}\"><rect x=\"{}\" y=\"{}\" width=\"{BOX_W}\" height=\"{}\" rx=\"6\"/>",
        c.class, c.x, c.y, c.h
    );
    let x = c.x + PAD;
    let mut y = c.y + PAD;
    let _ = writeln!(h, "<text class=\"head\" x=\"{x}\" y=\"{}\">{}</text>", y + 11, esc(&c.head));
    y += HEAD_H;
    // Titles are in the content's language: right-to-left ones start at the right edge.
    let (tx, tdir) = match dir {
        Direction::Ltr => (x, ""),
        Direction::Rtl => (c.x + BOX_W - PAD, " direction=\"rtl\""),
    };
    for line in &c.title {
        let _ =
            writeln!(h, "<text class=\"title\" x=\"{tx}\" y=\"{}\" lang=\"{lang}\"{tdir}>{}</text>", y + 14, esc(line));
        y += TITLE_H;
    }
    if !c.details.is_empty() {
        y += 4;
    }
    for (label, lines) in &c.details {
        for (i, line) in lines.iter().enumerate() {
            let rest = match line.strip_prefix(label) {
                Some(rest) if i == 0 => {
                    let _ = write!(
                        h,
                        "<text class=\"det\" x=\"{x}\" y=\"{}\"><tspan class=\"lbl\">{}</tspan>",
                        y + 12,
                        esc(label)
                    );
                    rest
                }
                _ => {
                    let _ = write!(h, "<text class=\"det\" x=\"{x}\" y=\"{}\">", y + 12);
                    line.as_str()
                }
            };
            let _ = writeln!(h, "<tspan class=\"code\">{}</tspan></text>", esc(rest));
            y += DETAIL_H;
        }
    }
    h.push_str("</g>\n");
}

fn tables(h: &mut String, g: &Graph, lang: &str, dir: Direction) {
    let dir = dir.as_str();
    h.push_str(
        "<h2 id=\"questions\">Questions</h2>\n<table class=\"questions\">\n<thead><tr><th scope=\"col\">#</th>\
         <th scope=\"col\">Question</th><th scope=\"col\">Asked</th>\
         <th scope=\"col\">Read by</th></tr></thead>\n<tbody>\n",
    );
    for (i, q) in g.questions.iter().enumerate() {
        let _ = write!(
            h,
            "<tr><td>{}</td><td><span lang=\"{lang}\" dir=\"{dir}\">{}</span><br><code>{}</code></td><td>",
            i + 1,
            esc(&q.title),
            esc(&q.id)
        );
        match &q.condition {
            Some(c) => {
                let _ = write!(h, "only if <code>{}</code>", esc(c));
            }
            None => h.push_str("always"),
        }
        h.push_str("</td><td>");
        let mut items = Vec::new();
        for &(_, to) in g.relevance.iter().filter(|(from, _)| *from == i) {
            let q = &g.questions[to];
            items.push(format!(
                "question {} <strong lang=\"{lang}\" dir=\"{dir}\">{}</strong> (<code>{}</code>): \
                 whether it is asked",
                to + 1,
                esc(&q.title),
                esc(&q.id)
            ));
        }
        for f in g.feeds.iter().filter(|f| f.from == i) {
            let t = &g.targets[f.to];
            items.push(format!(
                "{} <strong lang=\"{lang}\" dir=\"{dir}\">{}</strong> (<code>{}</code>): {}",
                t.kind.name(),
                esc(&t.title),
                esc(&t.id),
                esc(&f.via.join(", "))
            ));
        }
        if items.is_empty() {
            h.push_str("<span class=\"muted\">no rule reads this answer</span>");
        } else {
            h.push_str("<ul>");
            for item in items {
                let _ = write!(h, "<li>{item}</li>");
            }
            h.push_str("</ul>");
        }
        h.push_str("</td></tr>\n");
    }
    h.push_str("</tbody>\n</table>\n");

    if g.targets.is_empty() {
        return;
    }
    h.push_str(
        "<h2 id=\"programmes-and-needs\">Programmes and needs</h2>\n<table>\n<thead><tr><th scope=\"col\">Programme or need</th>\
         <th scope=\"col\">Rules</th><th scope=\"col\">Reads</th></tr></thead>\n<tbody>\n",
    );
    for (i, t) in g.targets.iter().enumerate() {
        let _ = write!(
            h,
            "<tr><td><strong lang=\"{lang}\" dir=\"{dir}\">{}</strong><br><code>{}</code> \
             <span class=\"muted\">{}</span></td><td><ul>",
            esc(&t.title),
            esc(&t.id),
            t.kind.name()
        );
        for (via, rule) in &t.rules {
            let _ = write!(h, "<li>{}: <code>{}</code></li>", esc(via), esc(rule));
        }
        h.push_str("</ul></td><td>");
        let reads: Vec<String> = g
            .feeds
            .iter()
            .filter(|f| f.to == i)
            .map(|f| format!("<code>{}</code>", esc(&g.questions[f.from].id)))
            .collect();
        if reads.is_empty() {
            h.push_str("<span class=\"muted\">no question</span>");
        } else {
            h.push_str(&reads.join(", "));
        }
        h.push_str("</td></tr>\n");
    }
    h.push_str("</tbody>\n</table>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use avenir_core::expr::parse;
    use avenir_core::text::Segment;

    fn default_content() -> Assessment {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assessments/default");
        let files = crate::fs::read_dir(std::path::Path::new(dir)).expect("readable");
        crate::check(&files, None).assessment.expect("the default content builds")
    }

    /// A question's number in the flow, counting from 1.
    fn number(a: &Assessment, id: &str) -> usize {
        a.question_index(id).expect(id) + 1
    }

    #[test]
    fn mermaid_has_a_node_for_every_question_programme_and_need() {
        let a = default_content();
        let m = mermaid(&a);
        assert!(m.contains("\nflowchart TD\n"), "{m}");
        for (i, q) in a.questions.iter().enumerate() {
            let shape = if q.relevant.is_some() { "{{" } else { "[" };
            let node = format!("  q_{}{shape}\"{}. ", q.id, i + 1);
            assert!(m.contains(&node), "{node}\n{m}");
            assert!(m.contains(&format!("<br/>{}\"", q.id)), "{}", q.id);
        }
        assert!(
            m.contains("  q_stay_country[\"1. Which country are you living in now?<br/>stay_country\"]:::question\n")
        );
        let medicine = format!("  q_medicine{{{{\"{}. ", number(&a, "medicine"));
        assert!(m.contains(&medicine), "{m}");
        assert!(m.contains("<br/>medicine\"}}:::conditional\n"), "{m}");
        for p in &a.programmes {
            assert!(m.contains(&format!("  p_{}[[\"", p.id)), "{}", p.id);
        }
        assert!(m.contains("  p_eurp[[\"EU Reintegration Programme (EURP)<br/>eurp\"]]:::programme\n"));
        for n in &a.needs {
            assert!(m.contains(&format!("  n_{}([\"", n.id)), "{}", n.id);
        }
        for class in ["question", "conditional", "programme", "need"] {
            assert!(m.contains(&format!("  classDef {class} ")), "{class}");
        }
    }

    #[test]
    fn mermaid_has_the_flow_relevance_and_what_reads_what() {
        let a = default_content();
        let m = mermaid(&a);
        for pair in a.questions.windows(2) {
            let edge = format!("  q_{} --> q_{}\n", pair[0].id, pair[1].id);
            assert!(m.contains(&edge), "{edge}");
        }
        assert!(m.contains("  q_health -.->|\"health == #quot;yes#quot;\"| q_medicine\n"), "{m}");
        assert!(m.contains("  q_residence --> p_fedasil_avr\n"));
        assert!(m.contains("  q_stay_country --> p_fedasil_avr\n"));
        assert!(m.contains("  q_return_country --> p_eurp\n"));
        assert!(m.contains("  q_medicine --> n_health\n"));
        assert!(m.contains("  q_health --> n_health\n"));
        assert!(m.contains("  q_fear_of_return --> n_safety\n"));
        // One edge per question and target, however many rules read it.
        assert_eq!(m.matches("  q_residence --> p_eurp\n").count(), 1);
        // The next-question links, then the relevance links, then the rest: all styled.
        let next = a.questions.len() - 1;
        let flow: Vec<String> = (0..next).map(|i| i.to_string()).collect();
        assert!(m.contains(&format!("  linkStyle {} stroke:#64748b\n", flow.join(","))), "{m}");
        let relevance: usize =
            a.questions.iter().filter_map(|q| q.relevant.as_ref()).map(|e| e.questions().len()).sum();
        let rel: Vec<String> = (next..next + relevance).map(|i| i.to_string()).collect();
        assert!(m.contains(&format!("  linkStyle {} stroke:#b45309\n", rel.join(","))), "{m}");
        assert_eq!(m.matches("  linkStyle ").count(), 4);
    }

    #[test]
    fn labels_are_escaped() {
        assert_eq!(
            mermaid_escape("Say \"hi\" <b>[x]</b> #1 & {y} | `z`\n"),
            "Say #quot;hi#quot; #lt;b#gt;#91;x#93;#lt;/b#gt; #35;1 #amp; #123;y#125; #124; #96;z#96; "
        );
        assert_eq!(node_id("q", "a-b c"), "q_a_x2d_b_x20_c");
        assert_eq!(esc("a \"b\" <c> & 'd'\u{1}"), "a &quot;b&quot; &lt;c&gt; &amp; &#39;d&#39;");

        let mut a = default_content();
        let nasty = "Say \"hi\" <b>[x]</b> #1 & more";
        a.texts[0].messages.insert(keys::question("health"), vec![Segment::Text(nasty.into())]);
        let m = mermaid(&a);
        let node = format!(
            "  q_health[\"{}. Say #quot;hi#quot; #lt;b#gt;#91;x#93;#lt;/b#gt; #35;1 #amp; more<br/>health\"]:::question\n",
            number(&a, "health")
        );
        assert!(m.contains(&node), "{m}");
        let h = html(&a);
        assert!(h.contains("Say &quot;hi&quot; &lt;b&gt;[x]&lt;/b&gt; #1 &amp; more"));
        assert!(!h.contains(nasty) && !h.contains("<b>"));
    }

    #[test]
    fn html_is_self_contained_and_complete() {
        let a = default_content();
        let h = html(&a);
        assert!(h.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
        assert_eq!(h.matches("<svg").count(), 1);
        let lower = h.to_lowercase();
        for banned in ["<script", "<link", "<img", "<iframe", "@import", "src=", "href="] {
            assert!(!lower.contains(banned), "{banned}");
        }
        let rest = lower.replace("http://www.w3.org/2000/svg", "");
        assert!(!rest.contains("http://") && !rest.contains("https://") && !rest.contains("//"));
        for q in &a.questions {
            assert!(h.contains(&format!("<code>{}</code>", q.id)), "{}", q.id);
            assert!(h.contains(&format!("· {}", q.id)), "{}", q.id);
        }
        for id in a.programmes.iter().map(|p| &p.id).chain(a.needs.iter().map(|n| &n.id)) {
            assert!(h.contains(&format!("<code>{id}</code>")), "{id}");
        }
        // The condition under the conditional question's title, and its dashed arc.
        assert!(
            h.contains("<tspan class=\"lbl\">Only if:</tspan><tspan class=\"code\"> health == &quot;yes&quot;</tspan>")
        );
        // Two conditional questions, each reading one earlier question: medicine ← health and
        // own_means ← stay_country.
        assert_eq!(h.matches("class=\"e e-rel\"").count(), 2);
        assert!(h.contains("<title>residence is read by programme fedasil_avr: criterion no_residence_permit</title>"));
        assert!(h.contains("<title>medicine is read by need health: immediate when</title>"));
        assert!(h.contains("only if <code>health == &quot;yes&quot;</code>"));
    }

    #[test]
    fn boxes_do_not_overlap_and_lines_fit() {
        let a = default_content();
        let g = graph(&a);
        let l = layout(&g);
        for column in [&l.questions, &l.targets] {
            let mut column: Vec<&Card> = column.iter().collect();
            column.sort_by_key(|c| c.y);
            for pair in column.windows(2) {
                assert!(pair[0].bottom() < pair[1].y);
            }
        }
        let (q, t) = (&l.questions[0], &l.targets[0]);
        assert!(q.x + BOX_W < t.x && t.x + BOX_W < WIDTH);
        for c in l.questions.iter().chain(&l.targets) {
            assert!(c.y >= TOP && c.bottom() < l.height);
            assert!(c.title.iter().all(|line| line.chars().count() <= WRAP));
        }
        assert_eq!(wrap("", 10), vec![String::new()]);
        assert_eq!(wrap("a bb ccc dddd", 6), ["a bb", "ccc", "dddd"]);
        assert_eq!(wrap("abcdefghij k", 4), ["abcd", "efgh", "ij k"]);
    }

    #[test]
    fn rules_print_back_to_the_same_rule() {
        for src in [
            r#"stay_country == "BE""#,
            r#"residence != "permit""#,
            r#"residence in ["asylum_pending", "asylum_refused", "no_permit"]"#,
            r#"residence not in ["permit", "no_permit"]"#,
            r#"not health == "yes""#,
            r#"not (a == "x" or b == "y")"#,
            r#"not (a == "x" and b == "y")"#,
            r#"a == "x" or b == "y" and c == "z""#,
            r#"(a == "x" or b == "y") and c == "z""#,
            r#"a == "x" and (b == "y" and c == "z")"#,
            r#"(a == "x" or b == "y") or c == "z""#,
            r#"return_country == "AL" or (return_country == "other" and unknown)"#,
            r#"q == 'say "hi"'"#,
            "true",
            "false",
            "unknown",
            "not not unknown",
            "children > 0",
            "children <= -2 or children == 3 and children != 4",
            "not children >= 18",
            r#"languages has "fr" and not languages has "nl""#,
            "return_country in eurp_countries or unknown",
            r#"return_country not in eurp_countries and return_country != "eu""#,
        ] {
            let e = parse(src).expr.expect(src);
            let printed = render_expr(&e);
            assert_eq!(parse(&printed).expr, Some(e), "{src} → {printed}");
        }
        let print = |src: &str| render_expr(&parse(src).expr.unwrap());
        assert_eq!(print(r#"((a == "x"))"#), r#"a == "x""#);
        assert_eq!(print(r#"a in ["x"]"#), r#"a == "x""#);
        assert_eq!(print("(c<18)"), "c < 18");
        assert_eq!(print("q in  list"), "q in list");
        let long = parse(r#"c in ["a", "b", "c", "d", "e", "f"] or not c has "x""#).expr.unwrap();
        assert_eq!(render_label(&long), r#"c in ["a", "b", "c", …+3] or not c has "x""#);
        let short = parse(r#"c in ["a", "b", "c", "d"]"#).expr.unwrap();
        assert_eq!(render_label(&short), render_expr(&short));
        assert_eq!(print(r#"a not in ['x', 'y',]"#), r#"a not in ["x", "y"]"#);
        assert_eq!(print(r#"not (a == "x" or b == "y") and c != "z""#), r#"not (a == "x" or b == "y") and c != "z""#);

        // Every rule of the default content.
        let a = default_content();
        let rules = a
            .questions
            .iter()
            .filter_map(|q| q.relevant.as_ref())
            .chain(a.programmes.iter().filter_map(|p| p.applies.as_ref()))
            .chain(a.programmes.iter().flat_map(|p| p.criteria.iter().map(|c| &c.when)))
            .chain(a.needs.iter().map(|n| &n.when))
            .chain(a.needs.iter().filter_map(|n| n.immediate_when.as_ref()));
        for e in rules {
            assert_eq!(parse(&render_expr(e)).expr.as_ref(), Some(e));
        }
    }
}
