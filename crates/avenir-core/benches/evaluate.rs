//! Evaluation cost per answer change (`cargo bench -p avenir-core`): on the default content, and
//! on synthetic contents from 10 to 1,000 questions (see `support::SCALE`).
//!
//! One iteration replays a whole walk (one answer change per relevant question, each followed
//! by a full evaluation); divan reports the time per walk, `cargo xtask bench` per change.

mod support;

use avenir_core::answers::Answer;
use avenir_core::model::Assessment;

fn main() {
    divan::main();
}

fn prepared(a: Assessment) -> (Assessment, Vec<(String, Answer)>) {
    let changes = support::walk(&a);
    (a, changes)
}

#[divan::bench(sample_count = 200)]
fn default_content_walk(bencher: divan::Bencher) {
    let (a, changes) = prepared(support::default_assessment());
    bencher.counter(divan::counter::ItemsCount::new(changes.len())).bench(|| support::replay(&a, &changes));
}

#[divan::bench(args = support::SCALE, sample_count = 20)]
fn synthetic_walk(bencher: divan::Bencher, (q, p, c): (usize, usize, usize)) {
    let (a, changes) = prepared(support::synthetic(q, p, c));
    bencher.counter(divan::counter::ItemsCount::new(changes.len())).bench(|| support::replay(&a, &changes));
}
