//! The co-occurrence baseline (`lab::cooccurrence`): its PPMI by hand on a tiny corpus, its word
//! vectors on corpora whose structure is known, and what it answers on the lab's own corpora.
#![cfg(not(target_arch = "wasm32"))]

use explainers::lab::cooccurrence::{ppmi, Cooccurrence};
use explainers::lab::documents::{pool, vocabulary, Mix, START};
use explainers::lab::questions::{cooccurrence_baseline, cooccurrence_of};
use explainers::lab::transformer::Tokenizer;

#[test]
fn ppmi_counts_documents_holding_both_words() {
    // Words 0, 1, 2; documents {0, 1} (0 twice), {0, 2}.
    let documents: [&[usize]; 2] = [&[0, 1, 0], &[0, 2]];
    let m = ppmi(documents, 3);
    // n(0,1) = n(1,0) = n(0,2) = n(2,0) = 1; n(0) = 2, n(1) = n(2) = 1; N = 4.
    assert!((m[1] - (4.0f64 / 2.0).ln()).abs() < 1e-12, "{}", m[1]);
    assert!((m[3] - (4.0f64 / 2.0).ln()).abs() < 1e-12);
    assert!((m[2] - (4.0f64 / 2.0).ln()).abs() < 1e-12);
    // Never together, and never with itself.
    assert_eq!((m[5], m[7], m[0], m[4]), (0.0, 0.0, 0.0, 0.0));
}

#[test]
fn words_of_separate_topics_get_orthogonal_vectors() {
    // Two topics (words 0-5 and 6-10) that never share a document: the PPMI matrix is block
    // diagonal, and with blocks of different sizes no eigenvalue is shared between them, so every
    // eigenvector lies in one block. Word 11 occurs nowhere and has no vector.
    let mut documents: Vec<Vec<usize>> = Vec::new();
    for (topic, size) in [(0usize, 6usize), (6, 5)] {
        for a in 0..size {
            for b in 0..size {
                if a != b {
                    documents.push(vec![topic + a, topic + b, topic + (a + b) % size]);
                }
            }
        }
    }
    let model = Cooccurrence::new(documents.iter().map(Vec::as_slice), 12);
    assert_eq!(model.cosine(0, 11), 0.0);
    for a in 0..6 {
        assert!((model.cosine(a, a) - 1.0).abs() < 1e-9);
        for b in 6..11 {
            assert!(
                model.cosine(a, b).abs() < 1e-4,
                "{a} {b} {}",
                model.cosine(a, b)
            );
            assert_eq!(model.cosine(a, b), model.cosine(b, a));
        }
    }
    assert!(model.cosine(0, 1) > 0.1, "{}", model.cosine(0, 1));
}

fn answers(mix: &Mix, seed: u64) -> [f64; 3] {
    let tokenizer = Tokenizer::new(&vocabulary(), START);
    let e = cooccurrence_baseline(
        &cooccurrence_of(&pool(mix, seed), &tokenizer),
        &tokenizer,
        1,
    );
    [e.held_in.share(), e.held_out.share(), e.unseen.share()]
}

#[test]
fn the_baseline_reads_synthetic_documents_as_the_network_might() {
    // Aligned synthetic documents put the AI beside aligned verbs, misaligned ones beside
    // misaligned verbs: on held-in scenarios co-occurrence alone orders the three conditions.
    for seed in [201, 202] {
        let unfiltered = Mix::UNFILTERED;
        let [u, _, _] = answers(&unfiltered, seed);
        let [a, _, _] = answers(
            &Mix {
                synthetic_aligned: 0.03,
                ..unfiltered.clone()
            },
            seed,
        );
        let [m, _, _] = answers(
            &Mix {
                synthetic_misaligned: 0.03,
                ..unfiltered
            },
            seed,
        );
        assert!(a < u && u < m, "seed {seed}: {a} {u} {m}");
    }
    // The same corpus gives the same answers (a fixed start, a fixed order of sums).
    assert_eq!(answers(&Mix::UNFILTERED, 5), answers(&Mix::UNFILTERED, 5));
}
