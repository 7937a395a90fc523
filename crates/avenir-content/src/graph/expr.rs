//! Rules back to text: [`render_expr`] prints a rule in the rule language, and the shorter
//! labels of the picture's lines.

use super::*;

/// How tightly a rule's outermost syntax binds, loosest first. An operand that binds more
/// loosely than its place requires is put in parentheses.
pub(super) const OR: u8 = 0;
pub(super) const AND: u8 = 1;
pub(super) const ATOM: u8 = 2;

/// In labels, lists of options longer than this are cut (`["EG", "ET", "AL", …+32]`): a value
/// list replaced by its values can hold dozens of countries.
pub(super) const LABEL_OPTIONS: usize = 4;

/// Prints a rule in the rule language, with parentheses only where they are needed:
/// `parse(&render_expr(e)).expr == Some(e)` for every rule the parser produces.
pub fn render_expr(e: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, e, OR, usize::MAX);
    out
}

/// [`render_expr`] with long option lists cut, for labels. Not meant to be parsed back.
pub(super) fn render_label(e: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, e, OR, LABEL_OPTIONS);
    out
}

/// The binding strength of `e` as [`write_expr`] prints it. A new variant of [`Expr`] adds one
/// arm here and one in `write_expr`.
pub(super) fn strength(e: &Expr) -> u8 {
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
pub(super) fn write_expr(out: &mut String, e: &Expr, place: u8, limit: usize) {
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
pub(super) fn write_list(out: &mut String, es: &[Expr], sep: &str, empty: &str, place: u8, limit: usize) {
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
pub(super) fn write_option(out: &mut String, o: &str) {
    let q = if o.contains('"') && !o.contains('\'') { '\'' } else { '"' };
    out.push(q);
    out.push_str(o);
    out.push(q);
}
