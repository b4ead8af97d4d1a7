//! The continuous doomsday update: Gott's interval, the reference notes' formulas, and the
//! consistency of quantiles, tails and densities for every shape and rule.
#![cfg(not(target_arch = "wasm32"))]

use explainers::doomsday::continuous::{gott_interval, summarise, ContinuousError, Density};
use explainers::doomsday::model::Rule;
use explainers::doomsday::params::Shape;
use proptest::prelude::*;

const RANK: f64 = 1.175e11;

fn relative(a: f64, b: f64) -> f64 {
    ((a - b) / b).abs()
}

fn posterior(shape: Shape, lo: f64, hi: f64, rank: f64, rule: Rule) -> Density {
    Density::prior(shape, lo, hi)
        .unwrap()
        .posterior(rank, rule)
        .unwrap()
}

#[test]
fn log_uniform_prior_with_ssa_reproduces_gotts_interval() {
    // p(N | r) = r/N² on [r, ∞): median 2r, 95% interval [r/0.975, 40r] (reference notes §2.2).
    let d = posterior(Shape::LogUniform, 1.0, 1e40, RANK, Rule::Ssa);
    let s = summarise(d, 20.0 * RANK);
    let (gott_lo, gott_hi) = gott_interval(RANK, 0.95);
    assert!(relative(gott_lo, RANK / 0.975) < 1e-15 && relative(gott_hi, 40.0 * RANK) < 1e-14);
    assert!(relative(s.median, 2.0 * RANK) < 1e-12);
    assert!(relative(s.q025, gott_lo) < 1e-12);
    assert!(relative(s.q975, gott_hi) < 1e-12);
    assert!(
        relative(s.above_threshold, 0.05) < 1e-12,
        "P(N > 20r) = 1/20"
    );
}

#[test]
fn a_finite_cut_off_changes_gott_by_the_reference_notes_amount() {
    // N_q = L/(1 − q(1 − L/b)); for b = 1e30 the change is about 1e-19 relative.
    let d = posterior(Shape::LogUniform, 1e10, 1e30, RANK, Rule::Ssa);
    let median = d.quantile(0.5);
    let exact = RANK / (1.0 - 0.5 * (1.0 - RANK / 1e30));
    assert!(relative(median, exact) < 1e-15);
    assert!(relative(median, 2.0 * RANK) < 1e-15);
}

#[test]
fn uniform_prior_with_ssa_has_median_root_r_b() {
    // Reference notes §5.4: median √(r·b), about 3.4e20 for b = 1e30.
    let d = posterior(Shape::Uniform, 1.0, 1e30, RANK, Rule::Ssa);
    assert!(relative(d.quantile(0.5), (RANK * 1e30).sqrt()) < 1e-12);
    assert_eq!(format!("{:.1e}", d.quantile(0.5)), "3.4e20");
}

#[test]
fn sia_with_a_log_uniform_prior_equals_ssa_with_a_flat_one() {
    let sia = posterior(Shape::LogUniform, 1.0, 1e30, RANK, Rule::Sia);
    let ssa = posterior(Shape::Uniform, 1.0, 1e30, RANK, Rule::Ssa);
    assert_eq!(sia, ssa);
}

#[test]
fn sia_posterior_is_the_prior_cut_at_the_rank() {
    let d = posterior(Shape::Uniform, 1e10, 1e12, RANK, Rule::Sia);
    assert!(relative(d.quantile(0.5), (RANK + 1e12) / 2.0) < 1e-15);
    let prior = Density::prior(Shape::LogNormal, 1e10, 1e30).unwrap();
    assert!(relative(prior.quantile(0.5), 1e20) < 1e-12);
    assert!(
        relative(prior.quantile(0.025), 1e10) < 1e-9,
        "lo is the 2.5% point (statrs's erfc is good to about 1e-12 here, times σ ≈ 12)"
    );
    assert!(
        relative(prior.quantile(0.975), 1e30) < 1e-9,
        "hi is the 97.5% point"
    );
    // A rank of 1000 cuts away the prior's 0.04% below it, which raises the median a little.
    let sia = prior.posterior(1e3, Rule::Sia).unwrap();
    assert!(sia.quantile(0.5) > 1e20 && sia.quantile(0.5) < 1.01e20);
}

#[test]
fn ssa_pulls_a_log_normal_prior_down_towards_the_rank() {
    let d = posterior(Shape::LogNormal, 1e10, 1e30, RANK, Rule::Ssa);
    let s = summarise(d, 1e12);
    // ln N is normal with mean ln 1e20 − σ², σ = ln(1e20)/1.96 ≈ 11.75, cut at ln r: about 10σ
    // above the mean, where it decays like an exponential of rate ≈ 10/σ ≈ 0.85 per unit of ln N.
    // So the posterior hugs the rank much as Gott's does: median ≈ r·e^(ln 2/0.85) ≈ 2.2r and
    // P(N > 10¹²) ≈ e^(−0.85 · ln(10¹²/r)) ≈ 0.16.
    assert!(s.q025 > RANK && s.q025 < 1.05 * RANK, "{s:?}");
    assert!(s.median > 2.1 * RANK && s.median < 2.4 * RANK, "{s:?}");
    assert!(
        s.above_threshold > 0.14 && s.above_threshold < 0.17,
        "{s:?}"
    );
}

#[test]
fn a_rank_above_the_prior_is_an_error() {
    let prior = Density::prior(Shape::LogUniform, 10.0, 1e6).unwrap();
    assert_eq!(
        prior.posterior(1e7, Rule::Ssa),
        Err(ContinuousError::RankAboveEveryN { rank: 1e7, hi: 1e6 })
    );
    assert!(matches!(
        Density::prior(Shape::Uniform, 5.0, 5.0),
        Err(ContinuousError::InvalidInterval { .. })
    ));
    assert!(Density::prior(Shape::Uniform, 0.5, 5.0).is_err());
    assert!(Density::prior(Shape::Uniform, 1.0, f64::INFINITY).is_err());
    // Said with numbers as the page writes them, not as Rust's `{:e}` (1.175e11, 2e0).
    let refuted = ContinuousError::RankAboveEveryN {
        rank: 1.175e11,
        hi: 1e10,
    };
    assert_eq!(
        refuted.to_string(),
        "Your rank (1.175 × 10¹¹) is above every N the prior allows (up to 10¹⁰), so the \
         evidence refutes the whole prior. Raise the upper end."
    );
    let empty = ContinuousError::InvalidInterval { lo: 2.0, hi: 2.0 };
    assert_eq!(
        empty.to_string(),
        "The prior needs 1 ≤ lo < hi, not lo = 2 and hi = 2."
    );
}

#[test]
fn densities_integrate_to_one_over_log10_n() {
    for shape in [Shape::LogUniform, Shape::Uniform, Shape::LogNormal] {
        for rule in [Rule::Ssa, Rule::Sia] {
            let d = posterior(shape, 1e10, 1e30, RANK, rule);
            // Midpoint rule over log10 N from 0 to 45 in steps of 0.001.
            let steps = 45_000;
            let total: f64 = (0..steps)
                .map(|i| d.density_per_decade(10f64.powf((i as f64 + 0.5) * 0.001)) * 0.001)
                .sum();
            assert!((total - 1.0).abs() < 1e-3, "{shape:?} {rule:?}: {total}");
        }
    }
}

fn shape() -> impl Strategy<Value = Shape> {
    prop_oneof![
        Just(Shape::LogUniform),
        Just(Shape::Uniform),
        Just(Shape::LogNormal)
    ]
}

fn rule() -> impl Strategy<Value = Rule> {
    prop_oneof![Just(Rule::Ssa), Just(Rule::Sia)]
}

proptest! {
    #[test]
    fn quantiles_and_tails_agree(shape in shape(), rule in rule(), log_lo in 0f64..30.0, width in 0.5f64..10.0,
                                 log_rank in 0f64..30.0, q in 0.01f64..0.99) {
        let (lo, hi, rank) = (10f64.powf(log_lo), 10f64.powf(log_lo + width), 10f64.powf(log_rank));
        if let Ok(d) = Density::prior(shape, lo, hi).unwrap().posterior(rank, rule) {
            let n = d.quantile(q);
            prop_assert!(n >= rank * (1.0 - 1e-12), "quantile {} below the rank {}", n, rank);
            prop_assert!((d.survival(n) - (1.0 - q)).abs() < 1e-8, "S(N_q) = {} for q = {}", d.survival(n), q);
            prop_assert!(d.quantile(0.025) <= d.quantile(0.5) && d.quantile(0.5) <= d.quantile(0.975));
        }
    }
}

#[test]
fn gotts_identity_is_claimed_only_where_it_holds() {
    use explainers::doomsday::continuous::{gott_identity, GottIdentity, GOTT_TOLERANCE};
    let identity = |lo: f64, hi: f64, shape: Shape, rule: Rule| {
        gott_identity(shape, rule, posterior(shape, lo, hi, RANK, rule), RANK, lo)
    };
    // The page's defaults (lo = 10¹⁰ ≤ r, hi = 10³⁰ ≫ 40r): holds, to far better than 1%.
    match identity(1e10, 1e30, Shape::LogUniform, Rule::Ssa) {
        GottIdentity::Holds { discrepancy } => assert!(discrepancy < 1e-12, "{discrepancy}"),
        other => panic!("{other:?}"),
    }
    // The tolerance's edge: the 97.5% quantile is within 1% of 40r from hi = 3,861 r.
    let needed = 39.0 * RANK * (1.0 - GOTT_TOLERANCE) / GOTT_TOLERANCE;
    assert!((needed / RANK - 3861.0).abs() < 1e-9);
    assert!(matches!(
        identity(1e10, needed * 1.001, Shape::LogUniform, Rule::Ssa),
        GottIdentity::Holds { .. }
    ));
    assert_eq!(
        identity(1e10, needed * 0.999, Shape::LogUniform, Rule::Ssa),
        GottIdentity::CutoffTooClose { needed }
    );
    assert!(matches!(
        identity(1e10, 100.0 * RANK, Shape::LogUniform, Rule::Ssa),
        GottIdentity::CutoffTooClose { .. }
    ));
    // A prior that starts above the rank: the posterior starts at lo, not r.
    assert_eq!(
        identity(10.0 * RANK, 1e30, Shape::LogUniform, Rule::Ssa),
        GottIdentity::PriorStartsAboveRank
    );
    // Other priors and rules claim nothing.
    for (shape, rule) in [
        (Shape::LogUniform, Rule::Sia),
        (Shape::Uniform, Rule::Ssa),
        (Shape::LogNormal, Rule::Ssa),
    ] {
        assert_eq!(identity(1e10, 1e30, shape, rule), GottIdentity::OtherPrior);
    }
}

#[test]
fn medians_set_by_the_cut_off_are_flagged_with_what_a_higher_cut_off_would_give() {
    // SIA with a log-uniform prior, and SSA with a uniform one: ∝ 1/N on [r, hi], median √(r·hi):
    // 3.4 × 10²⁰ at hi = 10³⁰ (reference notes §5.4), √10 times more with hi ten times higher.
    for (shape, rule) in [(Shape::LogUniform, Rule::Sia), (Shape::Uniform, Rule::Ssa)] {
        let d = posterior(shape, 1e10, 1e30, RANK, rule);
        assert!(relative(d.quantile(0.5), (RANK * 1e30).sqrt()) < 1e-9);
        assert!(relative(d.quantile(0.5), 3.43e20) < 0.01);
        let tenfold = d.median_with_cutoff_times(10.0).unwrap();
        assert!(relative(tenfold, (RANK * 1e31).sqrt()) < 1e-9, "{tenfold}");
    }
    // SIA with a uniform prior: flat on [r, hi], median (r + hi)/2.
    let flat = posterior(Shape::Uniform, 1e10, 1e30, RANK, Rule::Sia);
    assert!(
        relative(
            flat.median_with_cutoff_times(10.0).unwrap(),
            (RANK + 1e31) / 2.0
        ) < 1e-12
    );
    // Where the evidence sets the median, nothing is flagged.
    assert_eq!(
        posterior(Shape::LogUniform, 1e10, 1e30, RANK, Rule::Ssa).median_with_cutoff_times(10.0),
        None
    );
    assert_eq!(
        posterior(Shape::LogNormal, 1e10, 1e30, RANK, Rule::Sia).median_with_cutoff_times(10.0),
        None
    );
}
