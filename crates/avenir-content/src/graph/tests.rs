//! Tests of the flow picture: both renderings, the layout, and rules printed back.

use super::html::esc;
use super::mermaid::{mermaid_escape, node_id};
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
    assert!(m.contains("  q_stay_country[\"1. Which country are you living in now?<br/>stay_country\"]:::question\n"));
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
    let relevance: usize = a.questions.iter().filter_map(|q| q.relevant.as_ref()).map(|e| e.questions().len()).sum();
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
fn text_is_wrapped_by_display_width_not_characters() {
    // CJK characters take two columns: four of them fill a line of eight.
    assert_eq!(wrap("漢字漢字 漢字", 8), ["漢字漢字", "漢字"]);
    assert_eq!(
        wrap("漢字漢字漢字", 8),
        ["漢字漢字", "漢字"],
        "a long word is cut at eight columns, not eight characters"
    );
    // Arabic with its vowel marks: 11 characters, 6 columns; a line of 13 columns holds both words.
    let marked = "مَرْحَبًا بِكَ";
    assert_eq!(marked.chars().count(), 14);
    assert_eq!(wrap(marked, 9), [marked], "marks take no room");
    assert_eq!(wrap("مرحبا بك في أفنير", 9), ["مرحبا بك", "في أفنير"]);
    // A word cut never separates a mark from its letter.
    for line in wrap("مَرْحَبًامَرْحَبًا", 3) {
        assert!(!line.starts_with(|c: char| ('\u{064B}'..='\u{0652}').contains(&c)), "{line:?} starts with a mark");
    }
    // A character wider than the line still moves on (no endless loop).
    assert_eq!(wrap("漢", 1), ["漢"]);
    // The cards' first line is cut by width too.
    let card = Card::new("q", 0, "漢".repeat(40), "t", &[]);
    assert!(card.head.ends_with('…') && unicode_width::UnicodeWidthStr::width(card.head.as_str()) <= HEAD_CHARS);
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
