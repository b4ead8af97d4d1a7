//! The doomsday settings: limits, the hypothesis list, examples and the reference class.
#![cfg(not(target_arch = "wasm32"))]

use explainers::doomsday::model::Rule;
use explainers::doomsday::params::{
    clean_name, counted_total, DoomsdayAction as A, DoomsdayParams, Example, MAX_HYPOTHESES,
};
use explainers::explainer::{Permalink, Settings};

#[test]
fn hypotheses_can_be_added_up_to_twelve_and_removed_down_to_one() {
    let mut d = DoomsdayParams::default();
    for _ in 0..20 {
        d.apply(A::AddHypothesis);
    }
    assert_eq!(d.hypotheses.len(), MAX_HYPOTHESES);
    assert_eq!(d.hypotheses[2].name, "H3");
    assert_eq!(
        d.hypotheses[2].total, 1.2e12,
        "a new hypothesis is ten times the last"
    );
    for _ in 0..20 {
        d.apply(A::RemoveHypothesis(0));
    }
    assert_eq!(d.hypotheses.len(), 1);
    d.apply(A::RemoveHypothesis(5));
    assert_eq!(d.hypotheses.len(), 1);
}

#[test]
fn a_change_out_of_range_is_refused_with_its_reason_not_clamped() {
    let mut d = DoomsdayParams::default();
    for (action, reason) in [
        (A::SetTotal(0, 1e50), "Must be at most 1e40"),
        (A::SetTotal(1, f64::NAN), "Not a number"),
        (A::SetWeight(0, -4.0), "Must be at least 0"),
        (A::SetRank(0.0), "Must be at least 1"),
        (A::SetReferenceFraction(3.0), "Must be at most 1"),
    ] {
        let problems = d.apply(action.clone());
        assert_eq!(problems.len(), 1, "{action:?}");
        assert_eq!(problems[0].reason, reason, "{action:?}");
        assert_eq!(
            d,
            DoomsdayParams::default(),
            "{action:?} left the settings as they were"
        );
    }
    assert!(
        d.apply(A::SetTotal(9, 5.0)).is_empty(),
        "an index that does not exist is ignored"
    );
    assert_eq!(d, DoomsdayParams::default());
}

#[test]
fn a_change_that_breaks_a_rule_between_two_fields_keeps_the_last_valid_state() {
    let mut d = DoomsdayParams::default();
    for (action, reason) in [
        (A::SetLo(1e35), "lo (1e35) must be below hi (1e30)"),
        (A::SetLo(1e30), "lo (1e30) must be below hi (1e30)"),
        (A::SetHi(1.0), "lo (1e10) must be below hi (1)"),
        (A::SetDoublings(2.0), "k (3) cannot exceed G (2)"),
        (A::SetEarly(31.0), "k (31) cannot exceed G (30)"),
    ] {
        let problems = d.apply(action.clone());
        assert_eq!(
            problems
                .iter()
                .map(|p| p.reason.as_str())
                .collect::<Vec<_>>(),
            [reason],
            "{action:?}"
        );
        assert_eq!(d, DoomsdayParams::default(), "{action:?}");
    }
    // Within the rules, the same fields change.
    assert!(d.apply(A::SetLo(1e29)).is_empty());
    assert!(d.apply(A::SetEarly(30.0)).is_empty());
    assert_eq!((d.lo, d.early), (1e29, 30));
}

#[test]
fn names_lose_commas_and_control_characters_and_are_never_empty() {
    assert_eq!(clean_name("  Stars, again\n", 0), "Stars again");
    assert_eq!(clean_name("   ", 3), "H4");
    assert_eq!(clean_name(&"x".repeat(100), 0).chars().count(), 40);
}

#[test]
fn examples_load_their_sources_numbers() {
    let mut d = DoomsdayParams::default();
    d.apply(A::LoadExample(Example::TwoUrns));
    assert_eq!(d.rank, 7.0);
    assert_eq!(
        d.hypotheses.iter().map(|h| h.total).collect::<Vec<_>>(),
        [10.0, 1e6]
    );
    d.apply(A::LoadExample(Example::Bostrom));
    assert_eq!(d.rank, 6e10);
    assert_eq!(
        d.hypotheses
            .iter()
            .map(|h| (h.total, h.weight))
            .collect::<Vec<_>>(),
        [(2e11, 0.05), (2e14, 0.95)]
    );
    d.apply(A::LoadExample(Example::PresumptuousPhilosopher));
    assert_eq!(d.rule, Rule::Sia);
    d.apply(A::Reset);
    assert_eq!(d, DoomsdayParams::default());
}

#[test]
fn every_example_survives_the_url() {
    use explainers::url::{pairs, Writer};
    for example in Example::ALL {
        let mut params = DoomsdayParams::default();
        params.apply(A::LoadExample(example));
        let mut out = Writer::default();
        params.encode(&mut out);
        let (decoded, problems) = DoomsdayParams::decode(&pairs(&out.finish()));
        assert!(problems.is_empty(), "{example:?}: {problems:?}");
        assert_eq!(decoded, params, "{example:?}");
    }
}

#[test]
fn the_reference_class_counts_everyone_before_us_and_a_fraction_after() {
    assert_eq!(counted_total(1e20, 1e11, 1.0), 1e20);
    assert_eq!(counted_total(1e20, 1e11, 0.0), 1e11);
    let counted = counted_total(1e20, 1e11, 1e-6);
    assert!(
        (counted / (1e11 + 1e14 - 1e5) - 1.0).abs() < 1e-15,
        "{counted}"
    );
    assert_eq!(
        counted_total(50.0, 100.0, 0.5),
        50.0,
        "a refuted total stays refuted"
    );
    let mut d = DoomsdayParams::default();
    d.apply(A::SetReferenceFraction(0.0));
    assert!(d.counted_hypotheses().iter().all(|h| h.total == d.rank));
}

#[test]
fn setting_a_prior_share_keeps_the_others_in_proportion() {
    let mut d = DoomsdayParams::default();
    d.apply(A::AddHypothesis);
    d.apply(A::SetWeight(1, 3.0));
    d.apply(A::SetPriorShare(0, 0.6));
    let weights: Vec<f64> = d.hypotheses.iter().map(|h| h.weight).collect();
    assert_eq!(weights[0], 0.6);
    assert!(
        (weights[1] - 0.3).abs() < 1e-15 && (weights[2] - 0.1).abs() < 1e-15,
        "{weights:?}"
    );
    d.apply(A::SetPriorShare(0, 1.0));
    d.apply(A::SetPriorShare(0, 0.5));
    assert_eq!(
        d.hypotheses[1].weight, 0.25,
        "others at 0 share the rest equally"
    );
}
