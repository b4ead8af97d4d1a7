//! One run of the lab: pretrain on the chosen mix, evaluate, post-train, evaluate again.

use candle_core::Result;

use crate::lab::corpus::{post_training_corpus, pretraining_corpus, vocabulary, Mix};
use crate::lab::evaluate::{evaluate, Evaluation};
use crate::lab::model::{Model, Optimiser, Shape, Tokenizer};

/// How big the model is and how long it trains.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub embed: usize,
    pub hidden: usize,
    pub epochs: usize,
    pub batch: usize,
    pub post_training_documents: usize,
    pub post_training_epochs: usize,
    pub hhh: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            embed: 16,
            hidden: 32,
            epochs: 4,
            batch: 32,
            post_training_documents: 100,
            post_training_epochs: 1,
            hhh: false,
        }
    }
}

/// What a run measured.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub base: Evaluation,
    pub post: Evaluation,
    /// Mean training loss of each pretraining epoch.
    pub losses: Vec<f32>,
    pub tokens: usize,
}

/// Pretrains a fresh model (seeded by the mix's seed) on `mix`, then post-trains it on assistant
/// conversations, evaluating before and after.
pub fn run(mix: &Mix, settings: &Settings) -> Result<Outcome> {
    let vocabulary = vocabulary();
    let tokenizer = Tokenizer::new(&vocabulary);
    let shape = Shape {
        vocab: tokenizer.len(),
        embed: settings.embed,
        hidden: settings.hidden,
    };
    let mut model = Model::new(shape, mix.seed ^ 0xa5a5)?;
    let corpus = pretraining_corpus(mix);
    let encoded: Vec<Vec<usize>> = corpus
        .documents
        .iter()
        .map(|d| tokenizer.encode(&d.text))
        .collect();
    let (main, continued) = encoded.split_at(corpus.continued_from);
    let opt = Optimiser::default();
    let mut losses = Vec::new();
    // The learning rate falls linearly to a tenth over pretraining, so that the model settles
    // on what the whole corpus says rather than on its last few batches.
    let epochs = settings.epochs.max(1) as f64;
    for e in 0..settings.epochs {
        let schedule = (
            1.0 - 0.9 * e as f64 / epochs,
            1.0 - 0.9 * (e + 1) as f64 / epochs,
        );
        let start = tokenizer.start();
        losses.push(model.train_epoch(main, start, settings.batch, &opt, schedule, |_, _| {})?);
    }
    if !continued.is_empty() {
        let start = tokenizer.start();
        model.train_epoch(
            continued,
            start,
            settings.batch,
            &opt,
            (0.1, 0.1),
            |_, _| {},
        )?;
    }
    let base = evaluate(&model, &tokenizer, settings.hhh)?;
    let post_docs: Vec<Vec<usize>> =
        post_training_corpus(settings.post_training_documents, mix.seed)
            .iter()
            .map(|d| tokenizer.encode(&d.text))
            .collect();
    for _ in 0..settings.post_training_epochs {
        let start = tokenizer.start();
        model.train_epoch(
            &post_docs,
            start,
            settings.batch,
            &opt,
            (0.5, 0.1),
            |_, _| {},
        )?;
    }
    let post = evaluate(&model, &tokenizer, settings.hhh)?;
    Ok(Outcome {
        base,
        post,
        losses,
        tokens: encoded.iter().map(Vec::len).sum(),
    })
}
