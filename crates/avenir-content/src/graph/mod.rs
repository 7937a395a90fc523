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
//!
//! One file per concern: `model.rs` (the graph), `mermaid.rs`, `layout.rs` (cards, their text
//! wrapped, their places), `html.rs` (the page and its SVG), `expr.rs` (rules back to text).

use std::fmt::Write as _;

use avenir_core::expr::Expr;
use avenir_core::logic::Tri;
use avenir_core::model::{Assessment, Urgency, keys};
use avenir_core::text::Direction;

mod expr;
mod html;
mod layout;
mod mermaid;
mod model;
#[cfg(test)]
mod tests;

pub use expr::render_expr;
pub use html::html;
pub use mermaid::mermaid;

// The palette both pictures use: box fills and borders, and the lines' colours.
const COLOUR_TEXT: &str = "#0f172a";
const COLOUR_QUESTION: (&str, &str) = ("#f8fafc", "#64748b");
const COLOUR_CONDITIONAL: (&str, &str) = ("#fffbeb", "#b45309");
const COLOUR_PROGRAMME: (&str, &str) = ("#eff6ff", "#1d4ed8");
const COLOUR_NEED: (&str, &str) = ("#fff7ed", "#c2410c");
const LINE_FLOW: &str = "#64748b";
const LINE_RELEVANCE: &str = "#b45309";
const LINE_PROGRAMME: &str = "#2563eb";
const LINE_NEED: &str = "#c2410c";

use expr::*;
use layout::*;
use model::*;
