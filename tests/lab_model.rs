//! The lab's transformer, optimiser and elementary functions (docs/lab.md): the parameter count,
//! gradients that agree with finite differences, learning, AdamW's formula, exp/ln/cos within a
//! few units in the last place of the standard library's, and the arithmetic's fingerprint that
//! the browser must reproduce (tests/browser_lab.rs).
#![cfg(not(target_arch = "wasm32"))]

mod lab_support;

use explainers::lab::elementary::{cos_pi, exp, exp64, ln, ln64};
use explainers::lab::optimiser::AdamW;
use explainers::lab::transformer::{Batch, Optimiser, Shape, Transformer};

const SMALL: Shape = Shape {
    vocab: 20,
    width: 8,
    heads: 2,
    layers: 2,
    context: 12,
};

fn small_batch() -> Vec<Vec<usize>> {
    (0..4).map(|k| vec![0, 1 + k, 5, 6, 1 + k]).collect()
}

#[test]
fn the_transformer_counts_its_parameters_and_learns() {
    // 20·8 + 12·8 + 2·(12·64 + 4·8) + 2·8.
    assert_eq!(SMALL.parameters(), 160 + 96 + 2 * (768 + 32) + 16);
    let mut model = Transformer::new(SMALL, 3);
    assert_eq!(model.parameters().len(), SMALL.parameters());
    let documents = small_batch();
    let refs: Vec<&[usize]> = documents.iter().map(Vec::as_slice).collect();
    let batch = Batch::new(&refs, SMALL.context);
    assert_eq!(batch.predictions, 16);
    let first = model.train(&batch, &Optimiser::default(), 0.02);
    let mut last = first;
    for _ in 0..60 {
        last = model.train(&batch, &Optimiser::default(), 0.02);
    }
    assert!(last < first * 0.6, "{first} -> {last}");
    // The per-token log-probabilities agree with the full tables.
    let table = model.log_probs(&documents[0]);
    let picked = model.token_log_probs(&[&documents[0]]);
    for (t, value) in picked[0].iter().enumerate() {
        assert!((table[t][documents[0][t + 1]] - value).abs() < 1e-5);
    }
    // Each row of the table is a distribution.
    for row in &table {
        let total: f32 = row.iter().map(|l| l.exp()).sum();
        assert!((total - 1.0).abs() < 1e-5, "{total}");
    }
}

#[test]
fn documents_longer_than_the_context_are_cut_and_the_later_words_ignored() {
    let model = Transformer::new(SMALL, 4);
    let long: Vec<usize> = (0..30).map(|t| t % 20).collect();
    let batch = Batch::new(&[long.as_slice()], SMALL.context);
    assert_eq!(batch.predictions, SMALL.context);
    let picked = model.token_log_probs(&[&long]);
    assert_eq!(picked[0].len(), SMALL.context);
    assert_eq!(picked, model.token_log_probs(&[&long[..=SMALL.context]]));
    assert_eq!(model.log_probs(&long).len(), SMALL.context);
    assert_eq!(
        model.token_log_probs(&[&long[..1]]),
        vec![Vec::<f32>::new()]
    );
}

#[test]
fn every_gradient_agrees_with_a_finite_difference() {
    // Central differences (L(θ + h) − L(θ − h)) / 2h in f32 at h = 10⁻³ agree with the backward
    // pass to 5% (measured: all but 1 of 1,872; at h = 10⁻² the curvature, at 3·10⁻⁴ f32's
    // rounding put tens off). A wrong transpose, sign or missing term anywhere would put whole
    // blocks of parameters off by the gradient's size.
    let mut model = Transformer::new(SMALL, 9);
    // Train a few steps first so that layer norms' gains and biases are not at their identity.
    let documents: Vec<Vec<usize>> = (0..3)
        .map(|k| (0..5 + 3 * k).map(|t| (t * 3 + k * 7 + 1) % 20).collect())
        .collect();
    let refs: Vec<&[usize]> = documents.iter().map(Vec::as_slice).collect();
    let batch = Batch::new(&refs, SMALL.context);
    for _ in 0..5 {
        model.train(&batch, &Optimiser::default(), 0.02);
    }
    let (_, gradients) = model.loss_and_gradients(&batch);
    let h = 1e-3;
    let mut worst = Vec::new();
    for (i, &gradient) in gradients.iter().enumerate() {
        let original = model.parameters()[i];
        model.parameters_mut()[i] = original + h;
        let (up, _) = model.loss_and_gradients(&batch);
        model.parameters_mut()[i] = original - h;
        let (down, _) = model.loss_and_gradients(&batch);
        model.parameters_mut()[i] = original;
        let numeric = (up - down) / (2.0 * h);
        let error = (numeric - gradient).abs() / (1e-2 + gradient.abs());
        worst.push((error, i, numeric, gradient));
    }
    worst.sort_by(|a, b| b.0.total_cmp(&a.0));
    let off = worst.iter().filter(|w| w.0 > 0.05).count();
    assert!(
        off * 200 <= gradients.len(),
        "{off} of {} gradients off; worst {:?}",
        gradients.len(),
        &worst[..5]
    );
    // And the gradient is not zero anywhere it should not be: every block of the model moves.
    let moving = gradients.iter().filter(|g| g.abs() > 1e-6).count();
    assert!(moving * 10 > gradients.len() * 7, "{moving}");
}

#[test]
fn adamw_takes_the_step_its_formula_gives() {
    let settings = Optimiser {
        learning_rate: 0.1,
        beta1: 0.9,
        beta2: 0.99,
        epsilon: 1e-8,
        weight_decay: 0.5,
    };
    let mut optimiser = AdamW::new(2);
    let mut theta = [1.0f32, -2.0];
    optimiser.step(&settings, &mut theta, &[0.5, 0.0], 0.1);
    // Step 1: m̂ = g, v̂ = g², so θ ← θ(1 − ηλ) − η g/(|g| + ε).
    assert!((theta[0] - (0.95 - 0.1)).abs() < 1e-6, "{}", theta[0]);
    assert!((theta[1] - (-2.0 * 0.95)).abs() < 1e-6, "{}", theta[1]);
    optimiser.step(&settings, &mut theta, &[-0.5, 0.0], 0.1);
    // Step 2: m = 0.9·0.05 − 0.05 = −0.005, m̂ = −0.005/0.19; v = 0.99·0.0025 + 0.0025 = …
    let m = (0.9 * 0.05 - 0.1 * 0.5) / (1.0 - 0.81);
    let v = (0.99 * 0.01 * 0.25 + 0.01 * 0.25) / (1.0 - 0.9801);
    let expected = 0.85 * 0.95 - 0.1 * m / (f64::sqrt(v) + 1e-8);
    assert!(
        (f64::from(theta[0]) - expected).abs() < 1e-6,
        "{} {expected}",
        theta[0]
    );
}

/// Distance in units in the last place between two finite f32s of the same sign.
fn ulps32(a: f32, b: f32) -> u32 {
    a.to_bits().abs_diff(b.to_bits())
}

fn ulps64(a: f64, b: f64) -> u64 {
    a.to_bits().abs_diff(b.to_bits())
}

#[test]
fn the_elementary_functions_are_within_a_few_ulps_of_the_standard_librarys() {
    let mut worst = (0, 0, 0, 0);
    for i in 0..=200_000 {
        let x = -103.0 + 191.7 * i as f32 / 200_000.0;
        let (mine, std) = (exp(x), x.exp());
        if std >= f32::MIN_POSITIVE {
            worst.0 = worst.0.max(ulps32(mine, std));
        } else {
            assert!((mine - std).abs() <= 2.0 * f32::from_bits(1), "exp({x})");
        }
        let y = 1e-40f32 * 1.0005f32.powi(i);
        if y.is_finite() {
            worst.1 = worst.1.max(ulps32(ln(y), y.ln()));
        }
        let z = -700.0 + 1400.0 * f64::from(i) / 200_000.0;
        worst.2 = worst.2.max(ulps64(exp64(z), z.exp()));
        let w = 1e-300 * 1.0035f64.powi(i);
        if w.is_finite() {
            worst.3 = worst.3.max(ulps64(ln64(w), w.ln()));
        }
    }
    assert!(
        worst.0 <= 2 && worst.1 <= 2 && worst.2 <= 4 && worst.3 <= 2,
        "{worst:?}"
    );
    // On [0, 1] (the schedule's range) within 10⁻¹⁵; beyond it the reference's own rounding of
    // π·f grows with f.
    for i in 0..=10_000 {
        let f = -3.0 + 6.0 * f64::from(i) / 10_000.0;
        let error = (cos_pi(f) - (std::f64::consts::PI * f).cos()).abs();
        let bound = if (0.0..=1.0).contains(&f) {
            1e-15
        } else {
            4e-15
        };
        assert!(error < bound, "cos π·{f}: {error}");
    }
    assert_eq!(
        (exp(0.0), ln(1.0), exp64(0.0), ln64(1.0), cos_pi(0.0)),
        (1.0, 0.0, 1.0, 0.0, 1.0)
    );
    assert_eq!(
        (exp(89.0), exp(-200.0), ln(0.0)),
        (f32::INFINITY, 0.0, f32::NEG_INFINITY)
    );
    assert!(ln(-1.0).is_nan() && exp(f32::NAN).is_nan() && ln64(-1.0).is_nan());
    assert_eq!(cos_pi(1.0), -1.0);
}

#[test]
fn the_arithmetic_fingerprint_is_the_one_the_browser_reproduces() {
    // tests/browser_lab.rs asserts the same constant in headless Chromium.
    assert_eq!(
        lab_support::lab_arithmetic_fingerprint(),
        lab_support::NATIVE_FINGERPRINT
    );
}

#[test]
fn the_cooccurrence_fingerprint_is_the_one_the_browser_reproduces() {
    // tests/browser_lab.rs asserts the same constant in headless Chromium.
    assert_eq!(
        lab_support::cooccurrence_fingerprint(),
        lab_support::NATIVE_COOCCURRENCE_FINGERPRINT
    );
}
