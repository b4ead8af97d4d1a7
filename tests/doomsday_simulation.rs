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

/// The chance that one draw of the simulation's scheme is kept from world `i`, by enumerating
/// every (world, rank) outcome of a draw with its probability: the scheme written out again,
/// independently of `draws_needed`'s closed form.
fn keep_probability_by_enumeration(
    hypotheses: &[Hypothesis],
    rank: u64,
    rule: Rule,
    i: usize,
) -> f64 {
    let weight = |h: &Hypothesis| match rule {
        Rule::Ssa => h.weight,
        Rule::Sia => h.weight * h.total,
    };
    let sum: f64 = hypotheses.iter().map(weight).sum();
    let world = &hypotheses[i];
    let mut p = 0.0;
    for drawn_rank in 1..=world.total as u64 {
        if drawn_rank == rank {
            p += weight(world) / sum / world.total;
        }
    }
    p
}

#[test]
fn draws_needed_matches_a_brute_force_count_under_both_rules() {
    use explainers::doomsday::simulation::draws_needed;
    let worlds = [h(10.0, 0.3), h(1000.0, 0.7)];
    for rule in [Rule::Ssa, Rule::Sia] {
        for i in 0..worlds.len() {
            // Exact: the expected number of draws per kept draw is 1 / P(keep).
            let exact = 1.0 / keep_probability_by_enumeration(&worlds, 7, rule, i);
            let formula = draws_needed(&worlds, 7.0, rule, i, 1.0).unwrap();
            assert!(
                (formula / exact - 1.0).abs() < 1e-12,
                "{rule:?} {i}: {formula} vs {exact}"
            );
            // Counted: run the simulation itself and compare draws per kept draw.
            let mut sim = Simulation::new(&worlds, 7.0, rule, 11).unwrap();
            sim.run(4_000_000);
            let counted = sim.draws as f64 / sim.kept[i] as f64;
            // With at least ~1,000 kept draws the count is within about 10%.
            assert!(sim.kept[i] > 1000, "{rule:?} {i}: {} kept", sim.kept[i]);
            assert!(
                (counted / formula - 1.0).abs() < 0.1,
                "{rule:?} {i}: counted {counted}, formula {formula}"
            );
        }
    }
    // The two rules differ: SIA draws the big world 70·1000 : 0.3·10 times as often, so the
    // small world is far rarer per draw than under SSA.
    let ssa = draws_needed(&worlds, 7.0, Rule::Ssa, 0, 100.0).unwrap();
    let sia = draws_needed(&worlds, 7.0, Rule::Sia, 0, 100.0).unwrap();
    assert!((ssa - 100.0 * 10.0 / 0.3).abs() < 1e-6, "{ssa}");
    assert!(
        (sia - 100.0 * (0.3 * 10.0 + 0.7 * 1000.0) / 0.3).abs() < 1e-6,
        "{sia}"
    );
    // A world below our rank, or with no weight, is never kept.
    assert_eq!(draws_needed(&worlds, 500.0, Rule::Ssa, 0, 1.0), None);
    assert_eq!(
        draws_needed(&[h(10.0, 0.0), h(20.0, 1.0)], 7.0, Rule::Sia, 0, 1.0),
        None
    );
}

#[test]
fn draws_needed_at_astronomical_totals_is_the_issue_s_example() {
    use explainers::doomsday::simulation::draws_needed;
    // Stars 10²⁰ at 0.99 and Dust 1.2 × 10¹¹ at 0.01, rank 1.175 × 10¹¹; Dust is the rare one.
    let worlds = [h(1e20, 0.99), h(1.2e11, 0.01)];
    let ssa = draws_needed(&worlds, 1.175e11, Rule::Ssa, 1, 100.0).unwrap();
    let sia = draws_needed(&worlds, 1.175e11, Rule::Sia, 1, 100.0).unwrap();
    // SSA: 100 · N / prior = 1.2 × 10¹⁵. SIA: 100 · Σ w N / w = 100 · (0.99e20 + 0.01 · 1.2e11) / 0.01.
    assert!((ssa / 1.2e15 - 1.0).abs() < 1e-12, "{ssa}");
    assert!(
        (sia / (100.0 * (0.99e20 + 1.2e9) / 0.01) - 1.0).abs() < 1e-12,
        "{sia}"
    );
    assert!(sia > 9.8e23 && sia < 1e24, "{sia}");
    // Log space: totals near 10⁴⁰ still give a finite number.
    let huge = draws_needed(&[h(1e40, 1.0), h(2.0, 1e-9)], 1.0, Rule::Sia, 1, 100.0).unwrap();
    assert!(
        huge.is_finite() && (huge / (100.0 * (1e40 + 2e-9) / 1e-9) - 1.0).abs() < 1e-9,
        "{huge}"
    );
}
