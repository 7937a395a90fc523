//! Recursive-descent parser. Reports every error it can find and never panics: nesting is
//! limited (so that a hostile definition cannot overflow the stack), and after an error the
//! parser skips to the next `and`, `or` or `)` and goes on.

use super::lexer::{Tok, lex};
use super::{At, CmpOp, Expr, ExprError, Span};
use crate::logic::Tri;

/// Deeper nesting than this is refused rather than risking the stack on a phone.
const MAX_DEPTH: usize = 48;
/// Problems reported in one rule, at most (the last says how many more there are): each is
/// shown with its line, and a long rule of nonsense made thousands of them, gigabytes of
/// rendered messages (found by `crates/avenir-fuzz`).
const MAX_ERRORS: usize = 10;

/// How a rule uses a question, for the checker's type check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefOp {
    /// `==`/`!=`/`in` with options: one-answer questions.
    Choice,
    /// `has`: multiple-choice questions.
    Has,
    /// Compared with a number: number questions.
    Number,
}

/// A question id used in an expression, with what it is compared with; all with spans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionRef {
    pub question: String,
    pub span: Span,
    pub op: RefOp,
    pub options: Vec<(String, Span)>,
    /// `in LIST`: the list's name.
    pub list: Option<(String, Span)>,
    pub number: Option<(i64, Span)>,
}

/// The result of parsing: the expression when there were no errors, every reference found,
/// and every error.
#[derive(Clone, Debug)]
pub struct Parsed {
    pub expr: Option<Expr>,
    pub refs: Vec<QuestionRef>,
    pub errors: Vec<ExprError>,
}

pub fn parse(src: &str) -> Parsed {
    let (toks, mut errors) = lex(src);
    let mut p = Parser {
        toks,
        pos: 0,
        end: src.len(),
        errors: Vec::new(),
        refs: Vec::new(),
        gave_up: false,
        unclosed: Vec::new(),
    };
    let expr = if p.toks.is_empty() {
        p.errors.push(ExprError {
            span: 0..src.len(),
            message: "the rule is empty".into(),
            hint: Some(
                "write a condition such as `stay_country == \"BE\"`, or `unknown` if no answer can decide it".into(),
            ),
        });
        None
    } else {
        let e = p.expr(0);
        if let Some((t, span)) = p.peek().cloned() {
            p.error(
                span,
                format!("unexpected {} after a complete condition", t.describe()),
                Some("join conditions with `and` or `or`".into()),
            );
        }
        e
    };
    errors.append(&mut p.errors);
    errors.sort_by_key(|e| e.span.start);
    if errors.len() > MAX_ERRORS {
        let more = errors.len() - (MAX_ERRORS - 1);
        errors.truncate(MAX_ERRORS - 1);
        let last = errors.last().map_or(0..0, |e| e.span.clone());
        errors.push(ExprError {
            span: last.end..src.len(),
            message: format!("{more} more problems in this rule"),
            hint: Some("fix the ones before: a rule is a short condition".into()),
        });
    }
    Parsed { expr: if errors.is_empty() { expr } else { None }, refs: p.refs, errors }
}

struct Parser {
    toks: Vec<(Tok, Span)>,
    pos: usize,
    end: usize,
    errors: Vec<ExprError>,
    refs: Vec<QuestionRef>,
    /// The rule is nested too deeply: that is its one error, and parsing stopped.
    gave_up: bool,
    /// The columns of the `(` the last error (a missing `)`) is about: several `(` left open
    /// at the same place are one error.
    unclosed: Vec<usize>,
}

impl Parser {
    fn peek(&self) -> Option<&(Tok, Span)> {
        self.toks.get(self.pos)
    }

    fn peek_word(&self, word: &str) -> bool {
        matches!(self.peek(), Some((Tok::Ident(w), _)) if w == word)
    }

    fn bump(&mut self) -> Option<(Tok, Span)> {
        let t = self.toks.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    fn here(&self) -> Span {
        self.peek().map(|(_, s)| s.clone()).unwrap_or(self.end..self.end)
    }

    fn error(&mut self, span: Span, message: String, hint: Option<String>) {
        self.errors.push(ExprError { span, message, hint });
    }

    fn too_deep(&mut self, depth: usize) -> bool {
        if depth > MAX_DEPTH {
            let span = self.here();
            if !self.gave_up {
                self.error(
                    span,
                    "this rule is nested too deeply".into(),
                    Some("split it into simpler conditions".into()),
                );
            }
            self.gave_up = true;
            self.pos = self.toks.len();
            true
        } else {
            false
        }
    }

    fn expr(&mut self, depth: usize) -> Option<Expr> {
        self.list(depth, "or", Self::and_expr, Expr::Or)
    }

    fn and_expr(&mut self, depth: usize) -> Option<Expr> {
        self.list(depth, "and", Self::unary, Expr::And)
    }

    /// `item (word item)*`, collected into one n-ary node.
    fn list(
        &mut self,
        depth: usize,
        word: &str,
        item: fn(&mut Self, usize) -> Option<Expr>,
        make: fn(Vec<Expr>) -> Expr,
    ) -> Option<Expr> {
        if self.too_deep(depth) {
            return None;
        }
        let mut items = vec![item(self, depth + 1)];
        while self.peek_word(word) {
            self.bump();
            items.push(item(self, depth + 1));
        }
        let mut items: Vec<Expr> = items.into_iter().collect::<Option<_>>()?;
        Some(if items.len() == 1 { items.remove(0) } else { make(items) })
    }

    fn unary(&mut self, depth: usize) -> Option<Expr> {
        if self.too_deep(depth) {
            return None;
        }
        if self.peek_word("not") {
            self.bump();
            return self.unary(depth + 1).map(|e| Expr::Not(Box::new(e)));
        }
        self.primary(depth + 1)
    }

    fn primary(&mut self, depth: usize) -> Option<Expr> {
        let Some((tok, span)) = self.bump() else {
            self.error(
                self.end..self.end,
                "the rule ends too early".into(),
                Some("a condition is missing after the last `and`, `or` or `not`".into()),
            );
            return None;
        };
        match tok {
            Tok::LParen => {
                let inner = self.expr(depth + 1);
                if matches!(self.peek(), Some((Tok::RParen, _))) {
                    self.bump();
                } else if !self.gave_up {
                    self.missing_paren(span.start + 1);
                }
                inner
            }
            Tok::Ident(w) if w == "true" => Some(Expr::Lit(Tri::True)),
            Tok::Ident(w) if w == "false" => Some(Expr::Lit(Tri::False)),
            Tok::Ident(w) if w == "unknown" => Some(Expr::Lit(Tri::Unknown)),
            Tok::Ident(w) if ["and", "or", "in"].contains(&w.as_str()) => {
                self.error(span, format!("`{w}` needs a condition before it"), None);
                None
            }
            Tok::Ident(question) => self.comparison(question, span),
            other => {
                self.error(
                    span,
                    format!("expected a condition, found {}", other.describe()),
                    Some("a condition starts with a question id, `not`, `(` or `unknown`".into()),
                );
                self.recover();
                None
            }
        }
    }

    fn comparison(&mut self, question: String, qspan: Span) -> Option<Expr> {
        let mut r = QuestionRef {
            question: question.clone(),
            span: qspan.clone(),
            op: RefOp::Choice,
            options: Vec::new(),
            list: None,
            number: None,
        };
        let expr = match self.peek().cloned() {
            Some((op @ (Tok::EqEq | Tok::NotEq), _)) => {
                self.bump();
                if let Some((Tok::Num(n), span)) = self.peek().cloned() {
                    self.bump();
                    r.op = RefOp::Number;
                    r.number = Some((n, span));
                    let op = if op == Tok::EqEq { CmpOp::Eq } else { CmpOp::Ne };
                    Expr::Cmp { question, op, value: n, at: At::UNRESOLVED }
                } else {
                    r.options.push(self.option()?);
                    Expr::Is {
                        question,
                        options: vec![r.options[0].0.clone()],
                        negated: op == Tok::NotEq,
                        at: At::UNRESOLVED,
                    }
                }
            }
            Some((op @ (Tok::Lt | Tok::Le | Tok::Gt | Tok::Ge), _)) => {
                self.bump();
                let Some((Tok::Num(n), span)) = self.peek().cloned() else {
                    let here = self.here();
                    self.error(
                        here,
                        format!("expected a whole number after {}", op.describe()),
                        Some(format!("for example `{question} {} 18`", op.describe().trim_matches('`'))),
                    );
                    return None;
                };
                self.bump();
                r.op = RefOp::Number;
                r.number = Some((n, span));
                let op = match op {
                    Tok::Lt => CmpOp::Lt,
                    Tok::Le => CmpOp::Le,
                    Tok::Gt => CmpOp::Gt,
                    _ => CmpOp::Ge,
                };
                Expr::Cmp { question, op, value: n, at: At::UNRESOLVED }
            }
            Some((Tok::Ident(w), _)) if w == "has" => {
                self.bump();
                r.op = RefOp::Has;
                r.options.push(self.option()?);
                Expr::Has { question, option: r.options[0].0.clone(), at: At::UNRESOLVED }
            }
            Some((Tok::Ident(w), _)) if w == "in" || w == "not" => {
                self.bump();
                let negated = w == "not";
                if negated {
                    if !self.peek_word("in") {
                        let here = self.here();
                        self.error(
                            here,
                            "expected `in` after `not`".into(),
                            Some(format!("write `{question} not in [\"...\"]`")),
                        );
                        return None;
                    }
                    self.bump();
                }
                match self.bump() {
                    Some((Tok::LBracket, _)) => {}
                    Some((Tok::Ident(list), span)) if !["and", "or", "not"].contains(&list.as_str()) => {
                        r.list = Some((list.clone(), span));
                        self.refs.push(r);
                        return Some(Expr::InList { question, list, negated });
                    }
                    other => {
                        let span = other.map_or(self.end..self.end, |(_, s)| s);
                        self.error(
                            span,
                            "expected `[` to start a list of options, or the name of a value list".into(),
                            Some(format!("write `{question} in [\"a\", \"b\"]`")),
                        );
                        return None;
                    }
                }
                loop {
                    r.options.push(self.option()?);
                    match self.bump() {
                        Some((Tok::Comma, _)) if matches!(self.peek(), Some((Tok::RBracket, _))) => {
                            self.bump();
                            break;
                        }
                        Some((Tok::Comma, _)) => continue,
                        Some((Tok::RBracket, _)) => break,
                        _ => {
                            let here = self.here();
                            self.error(here, "expected `,` or `]` in the list of options".into(), None);
                            return None;
                        }
                    }
                }
                Expr::Is {
                    question,
                    options: r.options.iter().map(|(o, _)| o.clone()).collect(),
                    negated,
                    at: At::UNRESOLVED,
                }
            }
            _ => {
                self.error(
                    qspan,
                    format!("`{question}` on its own is not a condition"),
                    Some(format!("compare it with one of its options, for example `{question} == \"yes\"`")),
                );
                return None;
            }
        };
        self.refs.push(r);
        Some(expr)
    }

    fn option(&mut self) -> Option<(String, Span)> {
        match self.bump() {
            Some((Tok::Str(s), span)) => Some((s, span)),
            Some((Tok::Ident(w), span)) => {
                self.error(
                    span.clone(),
                    format!("option ids are written in quotes: `\"{w}\"`"),
                    Some(format!("write \"{w}\"")),
                );
                None
            }
            other => {
                let span = other.map(|(_, s)| s).unwrap_or(self.end..self.end);
                self.error(span, "expected an option id in quotes".into(), Some("for example \"yes\"".into()));
                None
            }
        }
    }

    /// A `(` opened at `column` is not closed: one error for all those left open at one place,
    /// which lists where each was opened.
    fn missing_paren(&mut self, column: usize) {
        let here = self.here();
        let again = self.errors.last().is_some_and(|e| e.span == here && e.message.starts_with("missing"));
        if !again {
            self.unclosed.clear();
        }
        // Outer parentheses come later, and were opened earlier.
        self.unclosed.insert(0, column);
        let (message, hint) = match self.unclosed.as_slice() {
            [one] => ("missing `)`".to_string(), format!("close the `(` opened at column {one}")),
            [first @ .., last] => {
                let firsts: Vec<String> = first.iter().map(usize::to_string).collect();
                (
                    format!("missing {} `)`", self.unclosed.len()),
                    format!("close the `(` opened at columns {} and {last}", firsts.join(", ")),
                )
            }
            [] => unreachable!("a column was just added"),
        };
        if again {
            let e = self.errors.last_mut().expect("the error of the inner `(`");
            (e.message, e.hint) = (message, Some(hint));
        } else {
            self.error(here, message, Some(hint));
        }
    }

    /// Skips to a point where parsing can sensibly continue.
    fn recover(&mut self) {
        while let Some((t, _)) = self.peek() {
            match t {
                Tok::RParen => return,
                Tok::Ident(w) if w == "and" || w == "or" => return,
                _ => self.pos += 1,
            }
        }
    }
}
