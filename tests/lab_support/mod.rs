//! A fingerprint of the lab's arithmetic, computed by a native test and by a browser test, which
//! both compare it with the same constant: equal only if the browser computes a run to the bit as
//! a native build does, which is what lets the page's recorded sweep be measured natively.

use explainers::lab::elementary::{cos_pi, exp64, ln64};
use explainers::lab::transformer::{Batch, Optimiser, Shape, Transformer};

/// [`lab_arithmetic_fingerprint`] as a native build computes it (tests/lab_model.rs checks it).
pub const NATIVE_FINGERPRINT: u64 = 13_504_681_819_893_629_483;

/// FNV-1a over 32-bit words.
fn fnv(words: impl Iterator<Item = u32>) -> u64 {
    words.fold(0xcbf2_9ce4_8422_2325, |hash, word| {
        (hash ^ u64::from(word)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Ten AdamW steps of a small transformer on fixed documents at the cosine schedule's rates, then
/// a hash of its parameters' bits, its losses' bits, and a few f64 values of the elementary
/// functions the evaluation and sampling use.
pub fn lab_arithmetic_fingerprint() -> u64 {
    let shape = Shape {
        vocab: 30,
        width: 16,
        heads: 4,
        layers: 2,
        context: 12,
    };
    let mut model = Transformer::new(shape, 11);
    let documents: Vec<Vec<usize>> = (0..6)
        .map(|k| (0..4 + 2 * k).map(|t| (t * 7 + k * 3) % 30).collect())
        .collect();
    let rows: Vec<&[usize]> = documents.iter().map(Vec::as_slice).collect();
    let batch = Batch::new(&rows, shape.context);
    let losses: Vec<f32> = (0..10)
        .map(|step| {
            let rate = 0.01 * (0.55 + 0.45 * cos_pi(f64::from(step) / 10.0));
            model.train(&batch, &Optimiser::default(), rate)
        })
        .collect();
    let elementary = [
        exp64(-3.7),
        exp64(0.2),
        ln64(7.0),
        ln64(1e-300),
        cos_pi(0.3),
    ];
    fnv(model
        .parameters()
        .iter()
        .chain(&losses)
        .map(|v| v.to_bits())
        .chain(elementary.iter().flat_map(|v| {
            let bits = v.to_bits();
            [bits as u32, (bits >> 32) as u32]
        })))
}

/// [`cooccurrence_fingerprint`] as a native build computes it (tests/lab_model.rs checks it).
pub const NATIVE_COOCCURRENCE_FINGERPRINT: u64 = 12_518_626_181_369_683_441;

/// The co-occurrence model of 40 fixed documents over 30 words, built in pieces as a run builds
/// it, then a hash of the bits of every pair's cosine: equal in the browser and natively only if
/// its PPMI, iteration and rotations come out the same to the bit.
pub fn cooccurrence_fingerprint() -> u64 {
    use explainers::lab::cooccurrence::Building;
    let documents: Vec<Vec<usize>> = (0..40)
        .map(|k| {
            (0..3 + k % 5)
                .map(|t| (t * 11 + k * 7 + t * k) % 30)
                .collect()
        })
        .collect();
    let mut building = Building::start(documents.iter().map(Vec::as_slice), 30);
    while building.iterations_left() > 0 {
        building.iterate(7);
    }
    let model = building.finish();
    fnv((0..30)
        .flat_map(|a| (0..30).map(move |b| (a, b)))
        .flat_map(|(a, b)| {
            let bits = model.cosine(a, b).to_bits();
            [bits as u32, (bits >> 32) as u32]
        }))
}
