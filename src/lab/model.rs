//! A tiny neural language model: each next word is predicted from the three words before it and
//! the average of every word before it in the document,
//!
//!   x = [E(w₋₃); E(w₋₂); E(w₋₁); mean E(w₀ … w₋₁)],  z = tanh(W₁x + b₁),  p = softmax(W₂z + b₂),
//!
//! trained with AdamW on the cross-entropy −ln p(next word). The average lets words far back (a
//! system prompt, a document's format) shift a prediction. Built on candle, whose batched matrix
//! products measured 3.7 times faster in the browser than a hand-written trainer (docs/lab.md);
//! the weights start from the lab's own seeded generator, so a run is reproducible.

use std::collections::HashMap;

use candle_core::{DType, Device, Result, Tensor, Var, D};
use candle_nn::{AdamW, Optimizer, ParamsAdamW};

pub use crate::lab::optimiser::Optimiser;
use crate::rng::Rng;

/// The model's sizes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shape {
    pub vocab: usize,
    /// Embedding width d.
    pub embed: usize,
    /// Hidden units h.
    pub hidden: usize,
}

impl Shape {
    /// Trainable numbers: embeddings V·d, hidden layer h·(4d) + h, output V·h + V.
    pub fn parameters(&self) -> usize {
        let (v, d, h) = (self.vocab, self.embed, self.hidden);
        v * d + h * (CONTEXT + 1) * d + h + v * h + v
    }
}

/// Words before the predicted one that the model sees one by one.
pub const CONTEXT: usize = 3;

/// Maps words to ids; unknown words map to `<start>`'s id.
#[derive(Clone, Debug)]
pub struct Tokenizer {
    ids: HashMap<String, usize>,
    start: usize,
}

impl Tokenizer {
    /// Word i of `vocabulary` gets id i.
    pub fn new(vocabulary: &[String]) -> Self {
        let ids: HashMap<String, usize> = vocabulary
            .iter()
            .enumerate()
            .map(|(i, w)| (w.clone(), i))
            .collect();
        let start = ids.get("<start>").copied().unwrap_or(0);
        Self { ids, start }
    }

    /// Words in the vocabulary, V.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether the vocabulary has no words.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The ids of the words of `text`.
    pub fn encode(&self, text: &str) -> Vec<usize> {
        text.split_whitespace()
            .map(|w| self.ids.get(w).copied().unwrap_or(self.start))
            .collect()
    }

    /// The id of `<start>`, which stands before a document's first word and for unknown words.
    pub fn start(&self) -> usize {
        self.start
    }
}

/// A batch of predictions: the three context words, the weights of the running average over the
/// vocabulary, and the words to predict.
struct Batch {
    context: Vec<u32>,
    bag: Vec<f32>,
    targets: Vec<u32>,
}

impl Batch {
    fn new() -> Self {
        Self {
            context: Vec::new(),
            bag: Vec::new(),
            targets: Vec::new(),
        }
    }

    fn len(&self) -> usize {
        self.targets.len()
    }

    /// Adds the prediction of `tokens[t]` from the words before it.
    fn push(&mut self, tokens: &[usize], t: usize, start: usize, vocab: usize) {
        for k in 0..CONTEXT {
            let token = if t > CONTEXT - 1 - k {
                tokens[t - (CONTEXT - k)]
            } else {
                start
            };
            self.context.push(token as u32);
        }
        let row = self.bag.len();
        self.bag.resize(row + vocab, 0.0);
        if t == 0 {
            self.bag[row + start] = 1.0;
        } else {
            for &token in &tokens[..t] {
                self.bag[row + token] += 1.0 / t as f32;
            }
        }
        self.targets.push(tokens[t] as u32);
    }
}

/// The model: its shape, its parameters, and (once training starts) its optimiser.
pub struct Model {
    pub shape: Shape,
    embed: Var,
    w1: Var,
    b1: Var,
    w2: Var,
    b2: Var,
    optimiser: Option<AdamW>,
}

/// A tensor of `shape` with entries uniform in ±`scale`, from `rng`.
fn uniform(rng: &mut Rng, shape: (usize, usize), scale: f64) -> Result<Var> {
    let values: Vec<f32> = (0..shape.0 * shape.1)
        .map(|_| ((rng.next_f64() * 2.0 - 1.0) * scale) as f32)
        .collect();
    Var::from_tensor(&Tensor::from_vec(values, shape, &Device::Cpu)?)
}

impl Model {
    /// Small random weights (uniform in ±1/√fan-in, embeddings in ±0.5), zero biases, seeded.
    pub fn new(shape: Shape, seed: u64) -> Result<Self> {
        let mut rng = Rng::new(seed);
        let input = (CONTEXT + 1) * shape.embed;
        Ok(Self {
            shape,
            embed: uniform(&mut rng, (shape.vocab, shape.embed), 0.5)?,
            w1: uniform(&mut rng, (shape.hidden, input), 1.0 / (input as f64).sqrt())?,
            b1: Var::zeros(shape.hidden, DType::F32, &Device::Cpu)?,
            w2: uniform(
                &mut rng,
                (shape.vocab, shape.hidden),
                1.0 / (shape.hidden as f64).sqrt(),
            )?,
            b2: Var::zeros(shape.vocab, DType::F32, &Device::Cpu)?,
            optimiser: None,
        })
    }

    /// The logits of every prediction in `batch`.
    fn logits(&self, batch: &Batch) -> Result<Tensor> {
        let (m, d, v) = (batch.len(), self.shape.embed, self.shape.vocab);
        let device = &Device::Cpu;
        let context = Tensor::from_slice(&batch.context, (m * CONTEXT,), device)?;
        let words = self
            .embed
            .as_tensor()
            .index_select(&context, 0)?
            .reshape((m, CONTEXT * d))?;
        let bag = Tensor::from_slice(&batch.bag, (m, v), device)?.matmul(self.embed.as_tensor())?;
        let x = Tensor::cat(&[&words, &bag], D::Minus1)?;
        let z = x
            .matmul(&self.w1.as_tensor().t()?)?
            .broadcast_add(self.b1.as_tensor())?
            .tanh()?;
        z.matmul(&self.w2.as_tensor().t()?)?
            .broadcast_add(self.b2.as_tensor())
    }

    /// ln p(tokens[t] | tokens[..t]).
    pub fn log_prob(&self, tokens: &[usize], t: usize, start: usize) -> Result<f32> {
        let mut batch = Batch::new();
        batch.push(tokens, t, start, self.shape.vocab);
        let log_probs = candle_nn::ops::log_softmax(&self.logits(&batch)?, D::Minus1)?;
        log_probs.get(0)?.get(tokens[t])?.to_scalar::<f32>()
    }

    /// One AdamW step on the mean loss of `batch`, at `learning_rate`; returns that loss.
    fn step(&mut self, batch: &Batch, opt: &Optimiser, learning_rate: f64) -> Result<f32> {
        let targets = Tensor::from_slice(&batch.targets, (batch.len(),), &Device::Cpu)?;
        let loss = candle_nn::loss::cross_entropy(&self.logits(batch)?, &targets)?;
        let vars = vec![
            self.embed.clone(),
            self.w1.clone(),
            self.b1.clone(),
            self.w2.clone(),
            self.b2.clone(),
        ];
        let optimiser = match &mut self.optimiser {
            Some(optimiser) => optimiser,
            None => self.optimiser.insert(AdamW::new(
                vars,
                ParamsAdamW {
                    lr: opt.learning_rate,
                    beta1: opt.beta1,
                    beta2: opt.beta2,
                    eps: opt.epsilon,
                    weight_decay: opt.weight_decay,
                },
            )?),
        };
        optimiser.set_learning_rate(learning_rate);
        optimiser.backward_step(&loss)?;
        loss.to_scalar::<f32>()
    }

    /// One AdamW step on the mean cross-entropy of predicting `tokens[t]` from the words before
    /// it, for every `(tokens, t)` in `examples`, at `learning_rate`; returns that mean loss.
    pub fn train_batch(
        &mut self,
        examples: &[(&[usize], usize)],
        start: usize,
        opt: &Optimiser,
        learning_rate: f64,
    ) -> Result<f32> {
        let mut batch = Batch::new();
        for &(tokens, t) in examples {
            batch.push(tokens, t, start, self.shape.vocab);
        }
        self.step(&batch, opt, learning_rate)
    }
}
