use super::*;
use crate::answers::Value;
use crate::logic::Tri::{False as F, True as T, Unknown as U};

fn eval_values(src: &str, answers: &[(&str, Value)]) -> Tri {
    let parsed = parse(src);
    assert!(parsed.errors.is_empty(), "{src}: {:?}", parsed.errors);
    let expr = parsed.expr.expect("no errors, so an expression");
    expr.eval(&|q: &str| answers.iter().find(|(k, _)| *k == q).map(|(_, v)| *v))
}

fn eval_with(src: &str, answers: &[(&str, &str)]) -> Tri {
    let values: Vec<(&str, Value)> = answers.iter().map(|(k, v)| (*k, Value::Choice(v))).collect();
    eval_values(src, &values)
}

fn first_error(src: &str) -> ExprError {
    let parsed = parse(src);
    assert!(parsed.expr.is_none(), "{src} should not parse");
    parsed.errors.into_iter().next().expect("an error")
}

#[test]
fn comparison_is_true_false_or_unknown() {
    assert_eq!(eval_with(r#"q == "a""#, &[("q", "a")]), T);
    assert_eq!(eval_with(r#"q == "a""#, &[("q", "b")]), F);
    assert_eq!(eval_with(r#"q == "a""#, &[]), U);
    assert_eq!(eval_with(r#"q != "a""#, &[("q", "b")]), T);
    assert_eq!(eval_with(r#"q != "a""#, &[]), U);
}

#[test]
fn in_and_not_in() {
    let src = r#"q in ["a", "b",]"#;
    assert_eq!(eval_with(src, &[("q", "b")]), T);
    assert_eq!(eval_with(src, &[("q", "c")]), F);
    assert_eq!(eval_with(src, &[]), U);
    assert_eq!(eval_with(r#"q not in ['a']"#, &[("q", "c")]), T);
    assert_eq!(eval_with(r#"q not in ['a']"#, &[("q", "a")]), F);
}

#[test]
fn unknown_answer_does_not_make_a_condition_false() {
    // The point of the three-valued logic: with x unanswered, `x or y` is unknown when y is
    // false, and `not x` is unknown, never true.
    assert_eq!(eval_with(r#"x == "1" or y == "1""#, &[("y", "0")]), U);
    assert_eq!(eval_with(r#"x == "1" or y == "1""#, &[("y", "1")]), T);
    assert_eq!(eval_with(r#"x == "1" and y == "1""#, &[("y", "0")]), F);
    assert_eq!(eval_with(r#"not x == "1""#, &[]), U);
}

#[test]
fn precedence_not_binds_tighter_than_and_than_or() {
    // a or b and c == a or (b and c)
    let src = r#"a == "1" or b == "1" and c == "1""#;
    assert_eq!(eval_with(src, &[("a", "1"), ("b", "0"), ("c", "0")]), T);
    assert_eq!(eval_with(r#"(a == "1" or b == "1") and c == "1""#, &[("a", "1"), ("b", "0"), ("c", "0")]), F);
    assert_eq!(eval_with(r#"not a == "1" and b == "1""#, &[("a", "0"), ("b", "1")]), T);
}

#[test]
fn numbers_compare_and_unknown_stays_unknown() {
    let n = |v| [("age", Value::Number(v))];
    assert_eq!(eval_values("age >= 18", &n(18)), T);
    assert_eq!(eval_values("age >= 18", &n(17)), F);
    assert_eq!(eval_values("age < 18", &n(-3)), T);
    assert_eq!(eval_values("age == 4 or age != 4", &n(4)), T);
    assert_eq!(eval_values("age > 0", &[]), U);
    // A value of the wrong kind is unknown, never a wrong true or false.
    assert_eq!(eval_values("age > 0", &[("age", Value::Choice("x"))]), U);
}

#[test]
fn multiple_choice_has() {
    let ticked = ["housing".to_string(), "work".to_string()];
    let a = [("help", Value::Choices(&ticked))];
    assert_eq!(eval_values(r#"help has "work""#, &a), T);
    assert_eq!(eval_values(r#"help has "debts""#, &a), F);
    assert_eq!(eval_values(r#"not help has "debts""#, &[]), U);
}

#[test]
fn value_lists_resolve_or_are_reported() {
    let mut e = parse("country in eurp_countries and other not in missing").expr.unwrap();
    assert_eq!(eval_with("true", &[]), T);
    let missing = e.resolve_lists(&|name| (name == "eurp_countries").then(|| vec!["AL".to_string(), "MA".to_string()]));
    assert_eq!(missing, ["missing"]);
    assert_eq!(e.eval(&|q| (q == "country").then_some(Value::Choice("MA"))), U);
    let mut e = parse("country in eurp_countries").expr.unwrap();
    assert!(e.resolve_lists(&|_| Some(vec!["AL".into()])).is_empty());
    assert_eq!(e.eval(&|_| Some(Value::Choice("AL"))), T);
    assert_eq!(e.eval(&|_| Some(Value::Choice("FR"))), F);
}

#[test]
fn literals() {
    assert_eq!(eval_with("true", &[]), T);
    assert_eq!(eval_with("false", &[]), F);
    assert_eq!(eval_with("unknown", &[]), U);
    assert_eq!(eval_with("unknown and false", &[]), F);
    assert_eq!(eval_with("unknown or true", &[]), T);
}

#[test]
fn lists_questions_once_in_order() {
    let e = parse(r#"b == "x" and (a in ["1"] or b != "y")"#).expr.unwrap();
    assert_eq!(e.questions(), vec!["b", "a"]);
}

#[test]
fn references_keep_spans() {
    let src = r#"stay == "BE" and ret in ["AL", "XK"]"#;
    let p = parse(src);
    assert_eq!(p.refs.len(), 2);
    assert_eq!(&src[p.refs[0].span.clone()], "stay");
    assert_eq!(&src[p.refs[0].options[0].1.clone()], "\"BE\"");
    assert_eq!(&src[p.refs[1].options[1].1.clone()], "\"XK\"");
}

#[test]
fn errors_have_spans_and_hints() {
    let e = first_error(r#"q = "a""#);
    assert_eq!(e.span, 2..3);
    assert!(e.hint.unwrap().contains("=="));

    let e = first_error(r#"q == "a" && r == "b""#);
    assert_eq!(e.span, 9..11);
    assert_eq!(e.hint.as_deref(), Some("write `and`"));

    let e = first_error(r#"q == a"#);
    assert!(e.message.contains("quotes"), "{e:?}");

    let e = first_error(r#"q"#);
    assert!(e.message.contains("on its own"), "{e:?}");

    let e = first_error(r#"(q == "a""#);
    assert!(e.message.contains("missing `)`"), "{e:?}");

    let e = first_error(r#"q == "a"#);
    assert!(e.message.contains("closing quote"), "{e:?}");

    let e = first_error("");
    assert!(e.message.contains("empty"));

    let e = first_error("age >= x");
    assert!(e.message.contains("whole number"), "{e:?}");

    let e = first_error("n > 99999999999999999999");
    assert!(e.message.contains("too large"), "{e:?}");

    let e = first_error(r#"q == "a" r == "b""#);
    assert!(e.message.contains("after a complete condition"), "{e:?}");
}

#[test]
fn reports_several_errors_at_once() {
    let p = parse(r#"q = "a" && r == b"#);
    assert!(p.errors.len() >= 3, "{:?}", p.errors);
    let mut starts: Vec<_> = p.errors.iter().map(|e| e.span.start).collect();
    let sorted = {
        let mut s = starts.clone();
        s.sort();
        s
    };
    assert_eq!(starts, sorted);
    starts.dedup();
}

#[test]
fn deep_nesting_is_refused_not_a_stack_overflow() {
    let src = format!("{}true{}", "(".repeat(10_000), ")".repeat(10_000));
    let p = parse(&src);
    assert!(p.errors.iter().any(|e| e.message.contains("nested too deeply")));
    let src = format!("{}true", "not ".repeat(10_000));
    assert!(parse(&src).expr.is_none());
}

#[test]
fn a_rule_of_nonsense_gives_ten_problems_not_thousands() {
    let src = format!("q {}", "= {a ".repeat(10_000));
    let p = parse(&src);
    assert_eq!(p.errors.len(), 10);
    let last = &p.errors[9];
    assert!(last.message.ends_with("more problems in this rule"), "{}", last.message);
    assert!(last.span.start >= p.errors[8].span.end && last.span.end == src.len());
}

#[test]
fn parentheses_left_open_at_one_place_are_one_error() {
    let p = parse("((a == \"x\" and (b == \"y\"");
    assert_eq!(p.errors.len(), 1, "{:?}", p.errors);
    assert_eq!(p.errors[0].message, "missing 3 `)`");
    assert_eq!(p.errors[0].hint.as_deref(), Some("close the `(` opened at columns 1, 2 and 16"));
    let p = parse("(a == \"x\"");
    assert_eq!(p.errors.len(), 1);
    assert_eq!(
        (p.errors[0].message.as_str(), p.errors[0].hint.as_deref()),
        ("missing `)`", Some("close the `(` opened at column 1"))
    );
    // Open at two places: two errors.
    let p = parse("(a == \"x\" ] and (b == \"y\"");
    assert!(p.errors.iter().filter(|e| e.message.starts_with("missing")).count() <= 2, "{:?}", p.errors);
    // Too deep: that is the one error, however many are left open.
    let p = parse(&format!("{}a == \"x\"", "(".repeat(12)));
    assert_eq!(p.errors.len(), 1, "{:?}", p.errors);
    assert!(p.errors[0].message.contains("nested too deeply"));
    let n = 100_000;
    let p = parse(&format!("{}a == \"x\"", "(".repeat(n)));
    assert_eq!(p.errors.len(), 1);
    let p = parse(&format!("{}a == \"x\"{}", "(".repeat(n), ")".repeat(n)));
    assert_eq!(p.errors.len(), 1);
    assert_eq!(parse(&format!("{}a == \"x\"", "not ".repeat(n))).errors.len(), 1);
}

#[test]
fn arbitrary_text_never_panics() {
    // A tiny deterministic generator over the language's own alphabet plus troublemakers.
    let pieces = [
        "q", "==", "!=", "\"a\"", "'b", "in", "not", "[", "]", "(", ")", ",", "and", "or", "=", "&", "|", "é", "💥",
        " ", "unknown", "\"", "true",
    ];
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..20_000 {
        let mut s = String::new();
        for _ in 0..(seed % 12) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            s.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            s.push(' ');
        }
        let p = parse(&s);
        for e in &p.errors {
            assert!(e.span.end <= s.len() && s.is_char_boundary(e.span.start), "{s:?} {e:?}");
        }
        if let Some(e) = p.expr {
            let _ = e.eval(&|_| Some(Value::Choice("a")));
            let _ = e.eval(&|_| Some(Value::Number(3)));
        }
    }
}
