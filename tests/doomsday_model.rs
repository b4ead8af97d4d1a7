//! The discrete doomsday update against the classic worked examples, its edge cases and its laws.
#![cfg(not(target_arch = "wasm32"))]

use explainers::doomsday::model::{
    complement, existence_weighted, log_sum_exp, odds, update, Hypothesis, Rule, UpdateError,
};
use proptest::prelude::*;

fn h(name: &str, total: f64, weight: f64) -> Hypothesis {
    Hypothesis {
        name: name.to_owned(),
        total,
        weight,
    }
}

fn posteriors(hypotheses: &[Hypothesis], rank: f64, rule: Rule) -> Vec<f64> {
    update(hypotheses, rank, rule)
        .unwrap()
        .rows
        .iter()
        .map(|row| row.posterior)
        .collect()
}

fn assert_relative(actual: f64, expected: f64, tolerance: f64) {
    let error = ((actual - expected) / expected).abs();
    assert!(
        error <= tolerance,
        "{actual:e} differs from {expected:e} by {error:e} (relative)"
    );
}

#[test]
fn two_urns_ball_seven_favours_the_small_urn_100000_to_1() {
    // Bostrom (1998): 10 against 1,000,000 balls, 50:50, ball #7 drawn.
    let p = posteriors(&[h("10", 10.0, 1.0), h("1e6", 1e6, 1.0)], 7.0, Rule::Ssa);
    assert_relative(p[0], 100_000.0 / 100_001.0, 1e-15);
    assert_eq!(format!("{:.6}", p[0]), "0.999990");
    assert_relative(p[1], 1.0 / 100_001.0, 1e-13);
}

#[test]
fn bostrom_200_billion_against_200_trillion_with_prior_five_percent() {
    // Bostrom (2001): h1 = 2e11, h2 = 2e14, Pr(h1) = 0.05, rank 6e10: 1000/1019.
    let p = posteriors(&[h("h1", 2e11, 0.05), h("h2", 2e14, 0.95)], 6e10, Rule::Ssa);
    assert_relative(p[0], 1000.0 / 1019.0, 1e-14);
    assert!(format!("{}", p[0]).starts_with("0.98135"));
    assert_relative(p[1], 19.0 / 1019.0, 1e-13);
}

#[test]
fn paulos_lottery_machine() {
    // Paulos (2004): 10 against 10,000 balls, 5% prior on 10, ball #8.
    let p = posteriors(&[h("10", 10.0, 0.05), h("1e4", 1e4, 0.95)], 8.0, Rule::Ssa);
    assert_relative(p[0], 1000.0 / 1019.0, 1e-14);
}

#[test]
fn sia_leaves_the_classic_priors_unchanged() {
    let p = posteriors(&[h("h1", 2e11, 0.05), h("h2", 2e14, 0.95)], 6e10, Rule::Sia);
    assert_relative(p[0], 0.05, 1e-15);
    assert_relative(p[1], 0.95, 1e-15);
    let urns = posteriors(&[h("10", 10.0, 1.0), h("1e6", 1e6, 1.0)], 7.0, Rule::Sia);
    assert_eq!(urns, vec![0.5, 0.5]);
}

#[test]
fn a_tiny_posterior_keeps_twelve_significant_digits() {
    // Stars 1e24 against Dust 1.2e11, 50:50: P(Stars) = 1.2e-13 / (1 + 1.2e-13).
    let p = posteriors(
        &[h("Stars", 1e24, 1.0), h("Dust", 1.2e11, 1.0)],
        1.175e11,
        Rule::Ssa,
    );
    assert_relative(p[0], 1.2e-13 / (1.0 + 1.2e-13), 1e-12);
    // And far beyond what 1 − p could show: Stars 1e40.
    let p = posteriors(
        &[h("Stars", 1e40, 1.0), h("Dust", 1.2e11, 1.0)],
        1.175e11,
        Rule::Ssa,
    );
    assert_relative(p[0], 1.2e-29, 1e-12);
    assert!(p[0] > 0.0);
}

#[test]
fn rank_above_a_total_refutes_it_and_rank_equal_does_not() {
    let update = update(
        &[
            h("exact", 100.0, 1.0),
            h("short", 99.0, 1.0),
            h("long", 1000.0, 1.0),
        ],
        100.0,
        Rule::Ssa,
    )
    .unwrap();
    assert!(!update.rows[0].refuted);
    assert!(update.rows[1].refuted);
    assert_eq!(update.rows[1].posterior, 0.0);
    assert_eq!(update.rows[1].log_likelihood, f64::NEG_INFINITY);
    assert_relative(update.rows[0].posterior, 10.0 / 11.0, 1e-15);
}

#[test]
fn impossible_evidence_is_an_error_not_nan() {
    let result = update(&[h("a", 10.0, 1.0), h("b", 50.0, 1.0)], 51.0, Rule::Ssa);
    assert_eq!(result, Err(UpdateError::AllRefuted));
    // A hypothesis that would survive but has no prior weight does not rescue the evidence.
    let result = update(&[h("a", 10.0, 1.0), h("b", 1e6, 0.0)], 51.0, Rule::Sia);
    assert_eq!(result, Err(UpdateError::AllRefuted));
    assert!(UpdateError::AllRefuted
        .to_string()
        .contains("refutes them all"));
}

#[test]
fn a_prior_of_zero_or_one_never_moves() {
    let p = posteriors(
        &[h("certain", 1e20, 1.0), h("excluded", 1.2e11, 0.0)],
        1.175e11,
        Rule::Ssa,
    );
    assert_eq!(p, vec![1.0, 0.0]);
}

#[test]
fn invalid_inputs_are_errors() {
    assert_eq!(update(&[], 5.0, Rule::Ssa), Err(UpdateError::NoHypotheses));
    for rank in [0.0, -3.0, f64::NAN, f64::INFINITY] {
        assert!(matches!(
            update(&[h("a", 10.0, 1.0)], rank, Rule::Ssa),
            Err(UpdateError::InvalidRank(_))
        ));
    }
    for total in [0.5, f64::NAN, f64::INFINITY, -1.0] {
        assert!(matches!(
            update(&[h("a", 10.0, 1.0), h("b", total, 1.0)], 5.0, Rule::Ssa),
            Err(UpdateError::InvalidTotal { index: 1, .. })
        ));
    }
    for weight in [-0.1, f64::NAN, f64::INFINITY] {
        assert!(matches!(
            update(&[h("a", 10.0, weight)], 5.0, Rule::Ssa),
            Err(UpdateError::InvalidWeight { index: 0, .. })
        ));
    }
    assert_eq!(
        update(&[h("a", 10.0, 0.0), h("b", 20.0, 0.0)], 5.0, Rule::Ssa),
        Err(UpdateError::NoPriorMass)
    );
}

#[test]
fn odds_form_matches_prior_odds_times_likelihood_ratio() {
    let update = update(
        &[h("Stars", 1e20, 1.0), h("Dust", 1.2e11, 1.0)],
        1.175e11,
        Rule::Ssa,
    )
    .unwrap();
    let dust_against_stars = odds(&update, 1, 0).unwrap();
    assert_eq!(dust_against_stars.log10_prior, 0.0);
    assert_relative(
        dust_against_stars.log10_likelihood_ratio,
        (1e20f64 / 1.2e11).log10(),
        1e-14,
    );
    assert_relative(
        dust_against_stars.log10_posterior,
        (1e20f64 / 1.2e11).log10(),
        1e-14,
    );
    assert_eq!(odds(&update, 0, 5), None, "no such hypothesis");

    let bostrom = update_of(&[h("h1", 2e11, 0.05), h("h2", 2e14, 0.95)], 6e10, Rule::Ssa);
    let o = odds(&bostrom, 0, 1).unwrap();
    assert_relative(10f64.powf(o.log10_prior), 0.05 / 0.95, 1e-14);
    assert_relative(10f64.powf(o.log10_likelihood_ratio), 1000.0, 1e-14);
    assert_relative(10f64.powf(o.log10_posterior), 1000.0 / 19.0, 1e-13);

    let sia = update_of(&[h("h1", 2e11, 0.05), h("h2", 2e14, 0.95)], 6e10, Rule::Sia);
    assert_eq!(odds(&sia, 0, 1).unwrap().log10_likelihood_ratio, 0.0);
}

#[test]
fn odds_are_undefined_when_a_side_is_refuted_or_has_no_prior() {
    let u = update_of(&[h("a", 10.0, 1.0), h("b", 1e6, 1.0)], 20.0, Rule::Ssa);
    assert_eq!(odds(&u, 0, 1), None);
    let u = update_of(&[h("a", 100.0, 0.0), h("b", 1e6, 1.0)], 20.0, Rule::Ssa);
    assert_eq!(odds(&u, 0, 1), None);
}

fn update_of(hs: &[Hypothesis], rank: f64, rule: Rule) -> explainers::doomsday::model::Update {
    update(hs, rank, rule).unwrap()
}

#[test]
fn sia_existence_weighting_is_the_presumptuous_philosophers_trillion() {
    // T1 with 1e24 observers, T2 with 1e36, equal priors: SIA makes T2 1e12 times likelier.
    let w = existence_weighted(&[h("T1", 1e24, 1.0), h("T2", 1e36, 1.0)]);
    assert_relative(w[1] / w[0], 1e12, 1e-12);
    assert_relative(w[0], 1e-12 / (1.0 + 1e-12), 1e-12);
}

#[test]
fn complement_is_exact_near_one() {
    let u = update_of(
        &[h("Stars", 1e40, 1.0), h("Dust", 1.2e11, 1.0)],
        1.175e11,
        Rule::Ssa,
    );
    assert_eq!(
        u.rows[1].posterior, 1.0,
        "1 − p is lost in the posterior itself"
    );
    assert_relative(complement(&u, 1), 1.2e-29, 1e-12);
}

#[test]
fn log_sum_exp_is_exact_where_it_can_be_and_stable_where_exp_underflows() {
    assert_eq!(log_sum_exp(&[]), f64::NEG_INFINITY);
    assert_eq!(
        log_sum_exp(&[f64::NEG_INFINITY, f64::NEG_INFINITY]),
        f64::NEG_INFINITY
    );
    assert_relative(log_sum_exp(&[0.0, 0.0]), 2f64.ln(), 1e-15);
    assert_relative(log_sum_exp(&[-1000.0, -1000.0]), -1000.0 + 2f64.ln(), 1e-15);
    assert_eq!(log_sum_exp(&[-5.0, f64::NEG_INFINITY]), -5.0);
}

fn hypotheses(max: usize) -> impl Strategy<Value = Vec<Hypothesis>> {
    prop::collection::vec((0f64..40.0, 0.001f64..1000.0), 1..=max).prop_map(|pairs| {
        pairs
            .into_iter()
            .enumerate()
            .map(|(i, (log10_total, weight))| h(&format!("H{i}"), 10f64.powf(log10_total), weight))
            .collect()
    })
}

fn rule() -> impl Strategy<Value = Rule> {
    prop_oneof![Just(Rule::Ssa), Just(Rule::Sia)]
}

proptest! {
    #[test]
    fn posteriors_sum_to_one(hs in hypotheses(12), log10_rank in 0f64..40.0, rule in rule()) {
        if let Ok(update) = update(&hs, 10f64.powf(log10_rank), rule) {
            let sum: f64 = update.rows.iter().map(|r| r.posterior).sum();
            prop_assert!((sum - 1.0).abs() < 1e-12, "sum {}", sum);
            prop_assert!(update.rows.iter().all(|r| (0.0..=1.0).contains(&r.posterior)));
        }
    }

    #[test]
    fn scaling_every_weight_changes_nothing(hs in hypotheses(12), log10_rank in 0f64..40.0, rule in rule(), scale in 1e-6f64..1e6) {
        let rank = 10f64.powf(log10_rank);
        let scaled: Vec<Hypothesis> = hs.iter().map(|x| h(&x.name, x.total, x.weight * scale)).collect();
        match (update(&hs, rank, rule), update(&scaled, rank, rule)) {
            (Ok(a), Ok(b)) => for (x, y) in a.rows.iter().zip(&b.rows) {
                prop_assert!((x.posterior - y.posterior).abs() <= 1e-12 * x.posterior.max(1e-300));
            },
            (a, b) => prop_assert_eq!(a.is_err(), b.is_err()),
        }
    }

    #[test]
    fn equal_totals_under_ssa_return_the_prior(weights in prop::collection::vec(0.001f64..1000.0, 1..=12), log10_total in 0f64..40.0) {
        let total = 10f64.powf(log10_total);
        let hs: Vec<Hypothesis> = weights.iter().map(|&w| h("H", total, w)).collect();
        let update = update(&hs, 1.0, Rule::Ssa).unwrap();
        for row in &update.rows {
            prop_assert!((row.posterior - row.prior).abs() <= 1e-12 * row.prior);
        }
    }

    #[test]
    fn sia_posterior_is_the_prior_renormalised_over_survivors(hs in hypotheses(12), log10_rank in 0f64..40.0) {
        let rank = 10f64.powf(log10_rank);
        if let Ok(update) = update(&hs, rank, Rule::Sia) {
            let surviving: f64 = update.rows.iter().filter(|r| !r.refuted).map(|r| r.prior).sum();
            for row in &update.rows {
                let expected = if row.refuted { 0.0 } else { row.prior / surviving };
                prop_assert!((row.posterior - expected).abs() <= 1e-12 * expected.max(1e-300));
            }
        }
    }
}
