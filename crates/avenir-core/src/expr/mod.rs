//! The rule language.
//!
//! ```text
//! expr     := and ("or" and)*
//! and      := unary ("and" unary)*
//! unary    := "not" unary | primary
//! primary  := "(" expr ")" | "true" | "false" | "unknown"
//!           | QUESTION ("==" | "!=") STRING
//!           | QUESTION "not"? "in" "[" STRING ("," STRING)* ","? "]"
//! ```
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

use crate::logic::Tri;

pub use parser::{Parsed, QuestionRef, parse};

/// A byte range into the expression's source text.
pub type Span = core::ops::Range<usize>;

/// A problem in an expression's text, with where it is and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExprError {
    pub span: Span,
    pub message: String,
    pub hint: Option<String>,
}

/// A parsed rule, ready to evaluate. Serialized into the web build, so no parsing on the phone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Expr {
    Lit(Tri),
    /// `question in [options]`, or with `negated`, `question not in [options]` (also `==`, `!=`).
    Is {
        question: String,
        options: Vec<String>,
        negated: bool,
    },
    Not(Box<Expr>),
    And(Vec<Expr>),
    Or(Vec<Expr>),
}

impl Expr {
    /// Evaluates the expression. `answer_of(q)` gives the option chosen for question `q` if that
    /// answer counts, and `None` otherwise (which makes every comparison with `q` unknown).
    pub fn eval<'a>(&self, answer_of: &impl Fn(&str) -> Option<&'a str>) -> Tri {
        match self {
            Expr::Lit(t) => *t,
            Expr::Is {
                question,
                options,
                negated,
            } => match answer_of(question) {
                Some(chosen) => Tri::from(options.iter().any(|o| o == chosen) != *negated),
                None => Tri::Unknown,
            },
            Expr::Not(e) => e.eval(answer_of).not(),
            // Kleene `and`/`or` are commutative and associative, so a fold over all operands is
            // exact; no short-circuit is needed for correctness, and the trees are small.
            Expr::And(es) => es
                .iter()
                .fold(Tri::True, |acc, e| acc.and(e.eval(answer_of))),
            Expr::Or(es) => es
                .iter()
                .fold(Tri::False, |acc, e| acc.or(e.eval(answer_of))),
        }
    }

    /// Every question id this expression reads, in order of appearance, each once.
    pub fn questions(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        self.visit_questions(&mut |q| {
            if !out.contains(&q) {
                out.push(q);
            }
        });
        out
    }

    fn visit_questions<'s>(&'s self, f: &mut impl FnMut(&'s str)) {
        match self {
            Expr::Lit(_) => {}
            Expr::Is { question, .. } => f(question),
            Expr::Not(e) => e.visit_questions(f),
            Expr::And(es) | Expr::Or(es) => es.iter().for_each(|e| e.visit_questions(f)),
        }
    }
}

#[cfg(test)]
mod tests;
