//! The probe `cargo xtask bench` runs for the evaluation's cost, natively and under callgrind.
//!
//! ```text
//! eval_cost time                         time per answer change (median of 15 batches), one
//!                                        line per content: default, then each synthetic size
//! eval_cost replay CONTENT WALKS         replay the walk WALKS times, for callgrind; CONTENT
//!                                        is `default` or `Q,P,C` (questions, programmes, contacts)
//! ```
//!
//! Under callgrind, `replay CONTENT 0` is the set-up alone; the difference with `replay CONTENT
//! N`, divided by N × the walk's changes, is the instructions per answer change.
//! Output lines are `content<TAB>questions<TAB>programmes<TAB>contacts<TAB>items<TAB>changes<TAB>value`.

#[path = "../benches/support/mod.rs"]
mod support;

use std::hint::black_box;
use std::time::Instant;

use avenir_core::model::Assessment;

fn content(name: &str) -> Assessment {
    if name == "default" {
        return support::default_assessment();
    }
    let sizes: Vec<usize> = name.split(',').filter_map(|n| n.parse().ok()).collect();
    match sizes.as_slice() {
        [q, p, c] => support::synthetic(*q, *p, *c),
        _ => panic!("content is `default` or `Q,P,C`, not `{name}`"),
    }
}

fn line(name: &str, a: &Assessment, changes: usize, value: f64) {
    let (q, p, c) = (a.questions.len(), a.programmes.len(), a.contacts.len());
    println!("{name}\t{q}\t{p}\t{c}\t{}\t{changes}\t{value}", support::items(a));
}

/// Nanoseconds per answer change: batches of whole walks lasting at least 20 ms, median of 15
/// (of 5 when one walk alone takes longer than that, for the largest contents).
fn time_per_change(a: &Assessment) -> (usize, f64) {
    let changes = support::walk(a);
    let mut walks = 1;
    loop {
        let start = Instant::now();
        for _ in 0..walks {
            black_box(support::replay(black_box(a), black_box(&changes)));
        }
        if start.elapsed().as_millis() >= 20 {
            break;
        }
        walks *= 2;
    }
    let batches = if walks == 1 { 5 } else { 15 };
    let mut samples: Vec<f64> = (0..batches)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..walks {
                black_box(support::replay(black_box(a), black_box(&changes)));
            }
            start.elapsed().as_nanos() as f64 / (walks * changes.len()) as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    (changes.len(), samples[samples.len() / 2])
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["time"] => {
            let mut contents = vec![("default".to_string(), support::default_assessment())];
            for (q, p, c) in support::SCALE {
                contents.push((format!("{q},{p},{c}"), support::synthetic(q, p, c)));
            }
            for (name, a) in &contents {
                let (changes, ns) = time_per_change(a);
                line(name, a, changes, ns);
            }
        }
        ["replay", name, walks] => {
            let a = content(name);
            let walks: usize = walks.parse().expect("WALKS is a number");
            let changes = support::walk(&a);
            for _ in 0..walks {
                black_box(support::replay(black_box(&a), black_box(&changes)));
            }
            line(name, &a, changes.len(), walks as f64);
        }
        _ => {
            eprintln!("usage: eval_cost time | eval_cost replay (default|Q,P,C) WALKS");
            std::process::exit(2);
        }
    }
}
