//! The self-contained HTML page: the SVG picture drawn from the layout, a legend, and the
//! same information as tables.

use super::*;

/// Escapes text for XML and HTML (content and attribute values); drops the control characters
/// that XML does not allow.
pub(super) fn esc(s: &str) -> String {
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

pub(super) const STYLE: &str = r#"
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

pub(super) fn svg(h: &mut String, g: &Graph, l: &Layout, lang: &str, dir: Direction) {
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

pub(super) fn card_svg(h: &mut String, c: &Card, lang: &str, dir: Direction) {
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

pub(super) fn tables(h: &mut String, g: &Graph, lang: &str, dir: Direction) {
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
