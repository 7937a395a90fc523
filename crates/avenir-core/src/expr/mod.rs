//! The rule language.
//!
//! ```text
//! expr     := and ("or" and)*
//! and      := unary ("and" unary)*
//! unary    := "not" unary | primary
//! primary  := "(" expr ")" | "true" | "false" | "unknown"
//!           | QUESTION ("==" | "!=") STRING                          one-answer questions
//!           | QUESTION "not"? "in" ( "[" STRING ("," STRING)* ","? "]" | LIST )
//!           | QUESTION "has" STRING                                  multiple choice
//!           | QUESTION ("==" | "!=" | "<" | "<=" | ">" | ">=") NUMBER   number questions
//! ```
//!
//! `LIST` names a shared value list (`[[list]]` in the content), such as the countries a
//! programme covers; the content checker replaces it by the list's values.
//!
//! A question id compared with an option id is *unknown* when the question has no answer that
//! counts (unanswered, not relevant, "don't know", "prefer not to say"); `and`, `or` and `not`
//! follow Kleene's strong logic (see [`crate::logic`]). The literal `unknown` is for criteria
//! that no answer can settle (for example an undocumented rule): they make a result *possibly*,
//! and the reason says to ask a counsellor.
//!
//! Parsing keeps the byte span of every question and option reference ([`QuestionRef`]) so that
//! the content checker can point at the exact place of an unknown id.

mod lexer;
mod parser;

use serde::{Deserialize, Serialize};

use crate::answers::Value;
use crate::logic::Tri;

pub use parser::{Parsed, QuestionRef, RefOp, parse};

/// A byte range into the expression's source text.
pub type Span = core::ops::Range<usize>;

/// A problem in an expression's text, with where it is and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExprError {
    pub span: Span,
    pub message: String,
    pub hint: Option<String>,
}

/// Where a rule's question is in the content: its index in `Assessment::questions`, set by the
/// content checker ([`Expr::resolve_questions`]) so that evaluation reads an answer in one step
/// instead of searching for the question by id. It only says where to look first: the
/// evaluation checks that the question there has the rule's id, and otherwise looks the id up,
/// so a rule that was never resolved, or resolved against other questions, still evaluates the
/// same (only slower). Not part of what a rule says, so two rules are equal whatever their `At`.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct At(pub u32);

impl At {
    /// Not resolved (a rule just parsed, or built by hand).
    pub const UNRESOLVED: At = At(u32::MAX);
}

impl PartialEq for At {
    fn eq(&self, _: &At) -> bool {
        true
    }
}

impl Eq for At {}

/// A parsed rule, ready to evaluate. Serialized into the web build, so no parsing on the phone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Expr {
    Lit(Tri),
    /// `question in [options]`, or with `negated`, `question not in [options]` (also `==`, `!=`).
    Is {
        question: String,
        options: Vec<String>,
        negated: bool,
        at: At,
    },
    /// `question in list`, before the content checker replaces it by [`Expr::Is`]; unknown if
    /// it is ever evaluated.
    InList {
        question: String,
        list: String,
        negated: bool,
    },
    /// `question has option`: a multiple-choice answer includes the option.
    Has {
        question: String,
        option: String,
        at: At,
    },
    /// `question < 18` and the like, on number questions.
    Cmp {
        question: String,
        op: CmpOp,
        value: i64,
        at: At,
    },
    Not(Box<Expr>),
    And(Vec<Expr>),
    Or(Vec<Expr>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    pub fn holds(self, a: i64, b: i64) -> bool {
        match self {
            CmpOp::Eq => a == b,
            CmpOp::Ne => a != b,
            CmpOp::Lt => a < b,
            CmpOp::Le => a <= b,
            CmpOp::Gt => a > b,
            CmpOp::Ge => a >= b,
        }
    }
}

impl Expr {
    /// Evaluates the expression. `answer_of(q)` gives the value answered for question `q` if
    /// that answer counts, and `None` otherwise (which makes every comparison with `q`
    /// unknown). A value of the wrong kind (which the checker rules out) is unknown too.
    pub fn eval<'a>(&self, answer_of: &impl Fn(&str) -> Option<Value<'a>>) -> Tri {
        self.eval_at(&|_, q| answer_of(q))
    }

    /// [`Expr::eval`], with each question's [`At`] given too (`answer_of(at, q)`), so that the
    /// answer is found without searching (`answers::Counted::value_at`).
    pub fn eval_at<'a>(&self, answer_of: &impl Fn(At, &str) -> Option<Value<'a>>) -> Tri {
        self.eval_open(answer_of, Tri::Unknown)
    }

    /// [`Expr::eval_at`] with the literal `unknown` (what the rule itself leaves open) read as
    /// `open`: the evaluation uses it to tell a criterion open by its rule from one open for
    /// want of an answer (`evaluate::Why`).
    pub fn eval_open<'a>(&self, answer_of: &impl Fn(At, &str) -> Option<Value<'a>>, open: Tri) -> Tri {
        match self {
            Expr::Lit(Tri::Unknown) => open,
            Expr::Lit(t) => *t,
            Expr::Is { question, options, negated, at } => match answer_of(*at, question) {
                Some(Value::Choice(chosen)) => Tri::from(options.iter().any(|o| o == chosen) != *negated),
                _ => Tri::Unknown,
            },
            Expr::InList { .. } => Tri::Unknown,
            Expr::Has { question, option, at } => match answer_of(*at, question) {
                Some(Value::Choices(chosen)) => Tri::from(chosen.contains(option)),
                _ => Tri::Unknown,
            },
            Expr::Cmp { question, op, value, at } => match answer_of(*at, question) {
                Some(Value::Number(n)) => Tri::from(op.holds(n, *value)),
                _ => Tri::Unknown,
            },
            Expr::Not(e) => e.eval_open(answer_of, open).not(),
            // Kleene `and`/`or` are commutative and associative, so a fold over all operands is
            // exact; no short-circuit is needed for correctness, and the trees are small.
            Expr::And(es) => es.iter().fold(Tri::True, |acc, e| acc.and(e.eval_open(answer_of, open))),
            Expr::Or(es) => es.iter().fold(Tri::False, |acc, e| acc.or(e.eval_open(answer_of, open))),
        }
    }

    /// Every question id this expression reads, in order of appearance, each once.
    pub fn questions(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        self.each_question(&mut |_, q| {
            if !out.contains(&q) {
                out.push(q);
            }
        });
        out
    }

    /// Calls `f(at, question)` for every question reference, in order of appearance.
    pub fn each_question<'s>(&'s self, f: &mut impl FnMut(At, &'s str)) {
        match self {
            Expr::Lit(_) => {}
            Expr::InList { question, .. } => f(At::UNRESOLVED, question),
            Expr::Is { question, at, .. } | Expr::Has { question, at, .. } | Expr::Cmp { question, at, .. } => {
                f(*at, question)
            }
            Expr::Not(e) => e.each_question(f),
            Expr::And(es) | Expr::Or(es) => es.iter().for_each(|e| e.each_question(f)),
        }
    }

    /// Sets each question reference's [`At`] to `index_of(question)` (unresolved where that is
    /// `None`). The content checker does it once every question is known.
    pub fn resolve_questions(&mut self, index_of: &impl Fn(&str) -> Option<usize>) {
        match self {
            Expr::Is { question, at, .. } | Expr::Has { question, at, .. } | Expr::Cmp { question, at, .. } => {
                *at = index_of(question).and_then(|i| u32::try_from(i).ok()).map_or(At::UNRESOLVED, At);
            }
            Expr::Not(e) => e.resolve_questions(index_of),
            Expr::And(es) | Expr::Or(es) => es.iter_mut().for_each(|e| e.resolve_questions(index_of)),
            Expr::Lit(_) | Expr::InList { .. } => {}
        }
    }

    /// Replaces every `question in LIST` by the list's values (`lists(name)`); returns the
    /// names of lists it could not find.
    pub fn resolve_lists(&mut self, lists: &impl Fn(&str) -> Option<Vec<String>>) -> Vec<String> {
        let mut missing = Vec::new();
        self.resolve_into(lists, &mut missing);
        missing
    }

    fn resolve_into(&mut self, lists: &impl Fn(&str) -> Option<Vec<String>>, missing: &mut Vec<String>) {
        match self {
            Expr::InList { question, list, negated } => match lists(list) {
                Some(options) => {
                    *self =
                        Expr::Is { question: std::mem::take(question), options, negated: *negated, at: At::UNRESOLVED }
                }
                None => missing.push(list.clone()),
            },
            Expr::Not(e) => e.resolve_into(lists, missing),
            Expr::And(es) | Expr::Or(es) => es.iter_mut().for_each(|e| e.resolve_into(lists, missing)),
            Expr::Lit(_) | Expr::Is { .. } | Expr::Has { .. } | Expr::Cmp { .. } => {}
        }
    }
}

#[cfg(test)]
mod tests;
