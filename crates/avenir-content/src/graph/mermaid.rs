//! The question flow as a Mermaid `flowchart TD`.

use super::*;

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

pub(super) fn target_id(t: &Target) -> String {
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
pub(super) fn node_id(prefix: &str, id: &str) -> String {
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
pub(super) fn mermaid_escape(s: &str) -> String {
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
