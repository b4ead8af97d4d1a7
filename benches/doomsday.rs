//! Native benchmarks of the doomsday model: simulation throughput and the cost of one update
//! with twelve hypotheses. Run with `cargo bench --bench doomsday`; figures go in
//! docs/performance.md beside the browser's (scripts/bench.mjs).

use std::hint::black_box;
use std::time::Instant;

use explainers::doomsday::model::{update, Hypothesis, Rule};
use explainers::doomsday::simulation::Simulation;

fn main() {
    let urns = [
        Hypothesis {
            name: "10".into(),
            total: 10.0,
            weight: 1.0,
        },
        Hypothesis {
            name: "1e6".into(),
            total: 1e6,
            weight: 1.0,
        },
    ];
    let mut sim = Simulation::new(&urns, 7.0, Rule::Ssa, 1).expect("valid set-up");
    let draws = 200_000_000;
    let started = Instant::now();
    sim.run(draws);
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "simulation, two urns: {draws} draws in {seconds:.3} s = {:.3e} draws/s (kept {:?})",
        draws as f64 / seconds,
        sim.kept
    );

    let twelve: Vec<Hypothesis> = (0..12)
        .map(|i| Hypothesis {
            name: format!("H{i}"),
            total: 10f64.powi(11 + 2 * i),
            weight: 1.0,
        })
        .collect();
    let rounds = 1_000_000;
    let started = Instant::now();
    for i in 0..rounds {
        black_box(update(black_box(&twelve), 1.175e11 + i as f64, Rule::Ssa).ok());
    }
    let per_update = started.elapsed().as_secs_f64() / rounds as f64;
    println!("update, 12 hypotheses: {:.3} µs each", per_update * 1e6);
}
