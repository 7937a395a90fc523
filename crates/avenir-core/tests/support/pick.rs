//! Shared by the hand-off tests of this crate and of `avenir-content` (included with `#[path]`):
//! one way to choose a random answer for a question.

use avenir_core::answers::Answer;
use avenir_core::model::{Question, QuestionKind};

/// An answer `q` can have, or none, chosen by three random numbers: every special value, every
/// option, numbers with their range's ends, and any subset of a multiple choice (even empty)
/// that does not tick an exclusive option with another.
pub fn pick(q: &Question, (kind, x, y): (u8, u128, u8)) -> Option<Answer> {
    match kind % 5 {
        0 => None,
        1 => Some(Answer::PreferNotToSay),
        2 => q.dont_know.then_some(Answer::DontKnow),
        _ => Some(match q.kind {
            QuestionKind::Number { min, max } => {
                let len = (max as i128 - min as i128 + 1) as u128;
                Answer::Number(match y % 4 {
                    0 => min,
                    1 => max,
                    _ => (min as i128 + (x % len) as i128) as i64,
                })
            }
            QuestionKind::Multi => {
                let mut ticked: Vec<String> = q
                    .rule_options()
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| x >> i & 1 == 1)
                    .map(|(_, o)| o.to_string())
                    .collect();
                // An exclusive option ("none of these") is only ever ticked alone.
                if q.clashes(&ticked) {
                    ticked.retain(|o| q.exclusive.contains(o));
                    ticked.truncate(1);
                }
                Answer::Choices(ticked)
            }
            _ => {
                let options = q.rule_options();
                Answer::Choice(options[(x % options.len() as u128) as usize].to_string())
            }
        }),
    }
}
