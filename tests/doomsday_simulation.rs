//! The Monte Carlo update converges to the exact one, reproducibly; and the Petri dish.
#![cfg(not(target_arch = "wasm32"))]

use explainers::doomsday::model::{update, Hypothesis, Rule};
use explainers::doomsday::petri::{early_share, last_generation_share};
use explainers::doomsday::simulation::{Estimate, Simulation, SimulationError};
use explainers::rng::Rng;

fn h(total: f64, weight: f64) -> Hypothesis {
    Hypothesis {
        name: String::new(),
        total,
        weight,
    }
}

#[test]
fn the_generator_is_reproducible_and_uniform_enough() {
    let (mut a, mut b) = (Rng::new(42), Rng::new(42));
    let first: Vec<u64> = (0..5).map(|_| a.next_u64()).collect();
    assert_eq!(first, (0..5).map(|_| b.next_u64()).collect::<Vec<_>>());
    assert_ne!(Rng::new(43).next_u64(), first[0]);
    let mut rng = Rng::new(7);
    let n = 1_000_000;
    let mean = (0..n).map(|_| rng.next_f64()).sum::<f64>() / n as f64;
    assert!((mean - 0.5).abs() < 0.002, "mean {mean}");
}

#[test]
fn same_seed_same_counts() {
    let urns = [h(10.0, 1.0), h(1e6, 1.0)];
    let mut a = Simulation::new(&urns, 7.0, Rule::Ssa, 2026).unwrap();
    let mut b = Simulation::new(&urns, 7.0, Rule::Ssa, 2026).unwrap();
    a.run(300_000);
    b.run(100_000);
    b.run(200_000);
    assert_eq!(a.kept, b.kept, "chunking does not change the result");
    assert_eq!(a.draws, 300_000);
}

/// Runs `draws` draws and checks every world's exact posterior lies in its 95% interval.
fn converges(hypotheses: &[Hypothesis], rank: f64, rule: Rule, draws: u64) {
    let exact = update(hypotheses, rank, rule).unwrap();
    let mut sim = Simulation::new(hypotheses, rank, rule, 1).unwrap();
    sim.run(draws);
    for (i, row) in exact.rows.iter().enumerate() {
        let e = sim.estimate(i).unwrap();
        assert!(
            e.lo <= row.posterior && row.posterior <= e.hi,
            "world {i}: exact {} outside [{}, {}] after {draws} draws",
            row.posterior,
            e.lo,
            e.hi
        );
    }
}

#[test]
fn two_urns_converge_to_100000_in_100001() {
    converges(&[h(10.0, 1.0), h(1e6, 1.0)], 7.0, Rule::Ssa, 4_000_000);
}

#[test]
fn paulos_converges_to_1000_in_1019() {
    converges(&[h(10.0, 0.05), h(1e4, 0.95)], 8.0, Rule::Ssa, 2_000_000);
}

#[test]
fn sia_simulation_returns_the_prior() {
    converges(&[h(10.0, 0.05), h(1e4, 0.95)], 8.0, Rule::Sia, 2_000_000);
}

#[test]
fn astronomical_totals_are_refused_with_the_reason() {
    assert_eq!(
        Simulation::new(&[h(1e20, 1.0), h(1.2e11, 1.0)], 1.175e11, Rule::Ssa, 1),
        Err(SimulationError::TooLarge { largest: 1e20 })
    );
    assert_eq!(
        Simulation::new(&[h(10.0, 1.0)], 11.0, Rule::Ssa, 1),
        Err(SimulationError::BadRank(11.0))
    );
    assert_eq!(
        Simulation::new(&[h(10.0, 1.0)], 2.5, Rule::Ssa, 1),
        Err(SimulationError::BadRank(2.5))
    );
    assert_eq!(
        Simulation::new(&[h(10.0, 0.0)], 2.0, Rule::Ssa, 1),
        Err(SimulationError::BadHypotheses)
    );
}

#[test]
fn nothing_kept_means_no_estimate() {
    let sim = Simulation::new(&[h(10.0, 1.0)], 2.0, Rule::Ssa, 1).unwrap();
    assert_eq!(sim.estimate(0), None);
}

#[test]
fn wilson_interval_matches_a_worked_value() {
    // 5 successes in 10 trials: 0.5 with the 95% Wilson interval [0.2366, 0.7634].
    let e = Estimate::wilson(5.0, 10.0);
    assert_eq!(e.share, 0.5);
    assert!(
        (e.lo - 0.236_593).abs() < 1e-6 && (e.hi - 0.763_407).abs() < 1e-6,
        "{e:?}"
    );
    let zero = Estimate::wilson(0.0, 100.0);
    assert_eq!(zero.lo, 0.0);
    assert!(zero.hi > 0.0 && zero.hi < 0.04);
}

#[test]
fn petri_dish_shares() {
    // Reference notes §3: a few doublings into a dish that doubles 30 times, ~2^-27 ≈ 7e-9.
    assert_eq!(early_share(30, 3), 15.0 / (2f64.powi(31) - 1.0));
    assert!((early_share(30, 3) / 2f64.powi(-27) - 1.0).abs() < 0.07);
    assert_eq!(early_share(10, 10), 1.0);
    assert_eq!(early_share(10, 50), 1.0, "k beyond g is capped");
    assert_eq!(early_share(0, 0), 1.0);
    assert!((last_generation_share(30) - 0.5).abs() < 1e-9);
    assert!(early_share(200, 0) > 0.0);
}
