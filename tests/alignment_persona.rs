//! The persona-prior model behaves as a model of evidence should.
#![cfg(not(target_arch = "wasm32"))]

use explainers::alignment::persona::{predict, PersonaError, PersonaParams};
use explainers::alignment::results::Condition;
use proptest::prelude::*;

fn params() -> impl Strategy<Value = PersonaParams> {
    (
        (0f64..=0.3, 0f64..=1.0, any::<bool>(), 0f64..=1.0),
        (0f64..=0.01, 0f64..=0.01, 0.1f64..1000.0, 0f64..1000.0),
        (0f64..10_000.0, 0f64..=1.0),
    )
        .prop_map(
            |((s, m, filtered, r), (xa, xm, w, k), (strength, t))| PersonaParams {
                discourse_share: s,
                misaligned_share: m,
                filtered,
                filter_recall: r,
                synthetic_aligned: xa,
                synthetic_misaligned: xm,
                weight: w,
                synthetic_boost: k,
                post_strength: strength,
                post_target: t,
            },
        )
}

#[test]
fn the_presets_order_the_conditions_as_the_paper_found() {
    let mean = |c| predict(&PersonaParams::preset(c)).unwrap().base.mean;
    assert!(mean(Condition::AlignmentUpsampled) < mean(Condition::Unfiltered));
    assert!(mean(Condition::Unfiltered) < mean(Condition::MisalignmentUpsampled));
    assert!(mean(Condition::Filtered) < mean(Condition::Unfiltered));
    // Unfiltered with a 50:50 balance sits at one half, before post-training.
    assert!((mean(Condition::Unfiltered) - 0.5).abs() < 1e-12);
    assert_eq!(
        PersonaParams::default().as_preset(),
        Some(Condition::Unfiltered)
    );
}

#[test]
fn invalid_parameters_are_errors_not_panics() {
    let with = |change: fn(&mut PersonaParams)| {
        let mut p = PersonaParams::default();
        change(&mut p);
        predict(&p)
    };
    assert!(matches!(
        with(|p| p.misaligned_share = 1.5),
        Err(PersonaError::NotAShare(_, _))
    ));
    assert!(matches!(
        with(|p| p.weight = f64::NAN),
        Err(PersonaError::NotAWeight(_, _))
    ));
    assert!(with(|p| p.post_strength = -1.0).is_err());
    assert_eq!(
        with(|p| p.discourse_share = f64::NAN)
            .unwrap_err()
            .to_string(),
        "the AI-discourse share must be between 0 and 1, not NaN"
    );
}

proptest! {
    #[test]
    fn more_aligned_data_never_raises_predicted_misalignment(p in params(), extra in 0f64..0.01) {
        let before = predict(&p).unwrap();
        let mut more = p.clone();
        more.synthetic_aligned += extra;
        let after = predict(&more).unwrap();
        prop_assert!(after.base.mean <= before.base.mean + 1e-15);
        prop_assert!(after.post.mean <= before.post.mean + 1e-15);
        // Shifting natural discourse towards aligned behaviour does not raise it either.
        let mut kinder = p.clone();
        kinder.misaligned_share = (p.misaligned_share - extra * 10.0).max(0.0);
        prop_assert!(predict(&kinder).unwrap().base.mean <= before.base.mean + 1e-15);
    }

    #[test]
    fn post_training_moves_every_condition_towards_its_target(p in params()) {
        let prediction = predict(&p).unwrap();
        let (base, post, target) = (prediction.base.mean, prediction.post.mean, p.post_target);
        prop_assert!((post - target).abs() <= (base - target).abs() + 1e-12);
        prop_assert!(post >= base.min(target) - 1e-12 && post <= base.max(target) + 1e-12);
    }

    #[test]
    fn intervals_contain_the_mean(p in params()) {
        let prediction = predict(&p).unwrap();
        for s in [prediction.base, prediction.post] {
            prop_assert!(s.lo <= s.mean && s.mean <= s.hi, "{:?}", s);
            prop_assert!(0.0 <= s.lo && s.hi <= 1.0);
        }
    }
}

proptest! {
    /// Why the model cannot show the paper's reversal (Misalignment upsampled below Unfiltered
    /// after post-training): extra misaligned evidence never lowers the post-trained belief.
    #[test]
    fn misaligned_data_never_lowers_the_post_trained_belief(p in params(), extra in 1e-6f64..0.01) {
        let before = predict(&p).unwrap().post.mean;
        let mut more = p.clone();
        more.synthetic_misaligned += extra;
        prop_assert!(predict(&more).unwrap().post.mean >= before - 1e-15);
    }
}

#[test]
fn post_training_moves_each_preset_by_the_share_docs_persona_model_quotes() {
    use explainers::alignment::persona::ordering;
    // The share of its distance to t that post-training moves a condition, P/(α + β + P).
    let share = |c| {
        let p = PersonaParams::preset(c);
        let prediction = predict(&p).unwrap();
        (prediction.base.mean - prediction.post.mean) / (prediction.base.mean - p.post_target)
    };
    let rounded: Vec<String> = Condition::ALL
        .iter()
        .map(|&c| format!("{:.2}", share(c)))
        .collect();
    // Unfiltered, Filtered, Misalignment upsampled, Alignment upsampled.
    assert_eq!(rounded, ["0.52", "0.59", "0.38", "0.35"]);
    // The misfit the page states: the model keeps Misalignment upsampled the most misaligned.
    let post = |c| Some(predict(&PersonaParams::preset(c)).ok()?.post.mean);
    let order = ordering(post).unwrap();
    assert_eq!(order.last(), Some(&Condition::MisalignmentUpsampled));
    let paper = ordering(|c| {
        Some(
            explainers::alignment::results::post_stated_hhh(c)
                .find()?
                .misalignment_rate,
        )
    })
    .unwrap();
    assert_eq!(
        paper,
        [
            Condition::AlignmentUpsampled,
            Condition::MisalignmentUpsampled,
            Condition::Filtered,
            Condition::Unfiltered
        ]
    );
}
