//! Measures the training lab's second design (work in progress, docs/lab.md): for a seed, trains
//! the transformer on Unfiltered, Alignment upsampled and Misalignment upsampled, post-trains
//! it, and prints each condition's misaligned share and graded score on held-in scenarios,
//! held-out scenarios and unseen families, beside the counting baseline's.
//!
//! `cargo run --release --example lab_design -- [seed] [dose] [epochs] [general copies]`
//! (defaults 7, 0.1, 16, 2; one thread: `RAYON_NUM_THREADS=1`).

use std::time::Instant;

use explainers::lab::counting::Trigram;
use explainers::lab::documents::{pool, post_training, stream, vocabulary, Insertion, Mix, START};
use explainers::lab::questions::{count_baseline, evaluate, Evaluation};
use explainers::lab::transformer::{Batch, Optimiser, Shape, Tokenizer, Transformer};

/// Documents per batch, peak learning rate, post-training conversations and their learning rate
/// (a tenth of the peak), as measured in docs/lab.md.
const BATCH: usize = 8;
const PEAK: f64 = 1e-2;
const CONVERSATIONS: usize = 150;
const POST_RATE: f64 = 0.1;

fn shown(name: &str, e: &Evaluation) -> String {
    format!(
        "{name} in {:.2}/{:.2} out {:.2}/{:.2} unseen {:.2}/{:.2}",
        e.held_in.share(),
        e.held_in.mean_probability,
        e.held_out.share(),
        e.held_out.mean_probability,
        e.unseen.share(),
        e.unseen.mean_probability
    )
}

fn main() -> candle_core::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize, default: f64| args.get(i).and_then(|s| s.parse().ok()).unwrap_or(default);
    let (seed, dose, epochs, copies) = (
        arg(0, 7.0) as u64,
        arg(1, 0.1),
        arg(2, 16.0) as usize,
        arg(3, 2.0) as usize,
    );
    let vocabulary = vocabulary();
    let tokenizer = Tokenizer::new(&vocabulary, START);
    for (name, aligned, misaligned) in [
        ("Unfiltered", 0.0, 0.0),
        ("Alignment up", dose, 0.0),
        ("Misalign up", 0.0, dose),
    ] {
        let started = Instant::now();
        let mix = Mix {
            ai_share: 0.2,
            natural_misaligned: 0.5,
            filtered: false,
            synthetic_aligned: aligned,
            synthetic_misaligned: misaligned,
            insertion: Insertion::Throughout,
            general_copies: copies,
            seed,
        };
        let documents = pool(&mix);
        let counted: Vec<Vec<usize>> = documents
            .base
            .iter()
            .chain(&documents.synthetic)
            .map(|d| tokenizer.encode(&d.text))
            .collect();
        let trigram = Trigram::new(counted.iter().map(Vec::as_slice), tokenizer.len());
        let order = stream(documents, &mix, epochs);
        let encoded: Vec<Vec<usize>> = order
            .documents
            .iter()
            .map(|d| tokenizer.encode(&d.text))
            .collect();
        let shape = Shape {
            vocab: tokenizer.len(),
            width: 32,
            heads: 4,
            layers: 2,
            context: 48,
        };
        let mut model = Transformer::new(shape, seed ^ 0xa5a5)?;
        // β₂ = 0.98, as measured (docs/lab.md); the learning rate is set at every step.
        let optimiser = Optimiser {
            beta2: 0.98,
            ..Optimiser::default()
        };
        let read: Vec<&[usize]> = order.order.iter().map(|&i| encoded[i].as_slice()).collect();
        let steps = read.len().div_ceil(BATCH);
        // Warm up over the first 5%, then a cosine from the peak to a tenth of it.
        for (k, chunk) in read.chunks(BATCH).enumerate() {
            let f = k as f64 / steps as f64;
            let cosine = 0.1 + 0.45 * (1.0 + (std::f64::consts::PI * f).cos());
            let rate = PEAK * (f / 0.05).min(1.0) * cosine;
            model.train(&Batch::new(chunk, shape.context)?, &optimiser, rate)?;
        }
        let base = evaluate(&model, &tokenizer, false)?;
        let counting = count_baseline(&trigram, &tokenizer, false);
        let conversations: Vec<Vec<usize>> = post_training(CONVERSATIONS, seed)
            .iter()
            .map(|d| tokenizer.encode(&d.text))
            .collect();
        let refs: Vec<&[usize]> = conversations.iter().map(Vec::as_slice).collect();
        for chunk in refs.chunks(BATCH) {
            model.train(
                &Batch::new(chunk, shape.context)?,
                &optimiser,
                PEAK * POST_RATE,
            )?;
        }
        let post = evaluate(&model, &tokenizer, false)?;
        println!(
            "{seed} {name:13} {} | {} | {} | {:.1} s",
            shown("base", &base),
            shown("post", &post),
            shown("count", &counting),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}
