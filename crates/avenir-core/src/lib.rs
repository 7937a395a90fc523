//! # avenir-core
//!
//! The whole of Avenir's decision-making, as plain Rust with no browser and no I/O.
//!
//! * [`model`]: the content model (questions, programmes, needs, contacts, texts), produced by
//!   `avenir-content` from the authoring files and embedded in the web build.
//! * [`logic`]: three-valued (Kleene) truth values. An unanswered, "don't know" or "prefer not to
//!   say" answer makes a condition [`Tri::Unknown`], never false.
//! * [`expr`]: the small rule language (`return_country in ["AL", "other"] and not ...`): a lexer
//!   that keeps byte spans, a parser that reports errors with spans and hints, and evaluation.
//! * [`answers`]: what a person answered, and which answers count (only those of questions that
//!   are relevant given the earlier answers).
//! * [`evaluate`]: answers → programme results with reasons and "what would settle it", needs in
//!   order of urgency, and matched contacts.
//! * [`session`]: the question flow (next, back, change an answer, results) as a value.
//! * [`screen`]: what the widget shows and does on each action (refusals, typed text, save on
//!   this phone, resume, delete everything): the whole UI state, so the web layer decides nothing.
//! * [`handoff`]: answers as a short typable code (Crockford base32, checked) for a counsellor.
//! * [`desk`]: the counsellor's open points: every "don't know", "prefer not to say" and
//!   answer not shared, and the questions that would settle a criterion still unknown.
//! * [`hours`]: opening hours (`Mo-Fr 09:00-12:00`), parsed and validated.
//!
//! Design decisions: nothing here can fail at run time on any answer or any configuration that
//! got past `avenir-content`'s validation: lookups of unknown ids yield `Unknown` or nothing,
//! never a panic. Texts are looked up with a fallback chain and never panic either.

pub mod analysis;
pub mod answers;
pub mod colour;
pub mod desk;
pub mod embed;
pub mod evaluate;
pub mod exit;
pub mod expr;
pub mod handoff;
pub mod hours;
mod index;
pub mod logic;
pub mod model;
pub mod order;
pub mod plan;
pub mod screen;
pub mod session;
pub mod text;
pub mod validate;

pub use answers::{Answer, Answers};
pub use evaluate::{Outcome, evaluate};
pub use logic::Tri;
pub use model::Assessment;
pub use session::Session;
