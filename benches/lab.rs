//! Native benchmark of the training lab: the default experiment (pretrain, evaluate, post-train,
//! evaluate) for Unfiltered and Alignment upsampled, timed step by step exactly as the Web Worker
//! times it in the browser. Run with `cargo bench --bench lab`; figures go in
//! docs/performance.md beside the browser's (scripts/bench.mjs).

use std::time::Instant;

use explainers::lab::experiment::{Experiment, Settings, Timing};
use explainers::lab::params::Preset;

fn main() {
    let clock_start = Instant::now();
    let clock = move || clock_start.elapsed().as_secs_f64() * 1000.0;
    for preset in [Preset::Unfiltered, Preset::AlignmentUpsampled] {
        let (name, mix) = (preset.label(), preset.mix().expect("a preset's mix"));
        for _ in 0..3 {
            let started = clock();
            let mut experiment = Experiment::new(&mix, &Settings::default());
            let mut timing = Timing {
                setup_ms: clock() - started,
                ..Timing::default()
            };
            while !experiment.is_finished() {
                experiment
                    .advance_timed(&clock, &mut timing)
                    .expect("the lab runs");
            }
            let tokens = experiment.tokens_trained();
            println!(
                "{name}: {tokens} predictions; setup {:.0} ms, training {:.0} ms, evaluation {:.0} ms, \
                 total {:.2} s; {:.0} predictions/s in training; longest step {:.1} ms",
                timing.setup_ms,
                timing.train_ms,
                timing.evaluate_ms,
                timing.total_seconds(),
                timing.tokens_per_second(tokens),
                timing.longest_step_ms
            );
        }
    }
}
