//! A small decoder-only transformer, the lab's language model: token and position embeddings,
//! `layers` pre-norm blocks of causal multi-head self-attention and a 4×-wide MLP, a final layer
//! norm, and the token embeddings again as the output layer (tied):
//!
//!   h₀ = E[w] + P[t],  a = h + Attn(LN₁(h)),  h' = a + W₂ relu(W₁ LN₂(a)),  p = softmax(LN_f(h_L) Eᵀ),
//!
//! with Attn(x) = W_o concat_heads softmax(q kᵀ/√d_h + causal mask) v and no biases in the linear
//! maps (their gradients' reductions, and GELU's transcendental functions, made a step 1.6 times
//! slower, measured natively; docs/lab.md). Trained with AdamW on the
//! mean cross-entropy −ln p(next word) over every real (unpadded) position of a batch of
//! documents. Built on candle (docs/lab.md), weights from the lab's own seeded generator, so a run
//! is reproducible.

use std::collections::HashMap;

use candle_core::{Device, IndexOp, Result, Tensor, Var, D};
use candle_nn::{AdamW, Optimizer, ParamsAdamW};

use crate::lab::fused;
pub use crate::lab::optimiser::Optimiser;
use crate::rng::Rng;

/// The model's sizes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shape {
    /// Words in the vocabulary, V.
    pub vocab: usize,
    /// Width of the residual stream, d.
    pub width: usize,
    /// Attention heads per layer (d must be a multiple).
    pub heads: usize,
    /// Transformer blocks.
    pub layers: usize,
    /// The longest sequence the position embeddings cover, C.
    pub context: usize,
}

impl Shape {
    /// Trainable numbers: embeddings V·d (also the output layer) and C·d; per block two layer
    /// norms (2·2d), attention (4d²) and the MLP (8d²); a final layer norm (2d).
    pub fn parameters(&self) -> usize {
        let (v, d, c) = (self.vocab, self.width, self.context);
        v * d + c * d + self.layers * (12 * d * d + 4 * d) + 2 * d
    }
}

/// Maps words to ids; an unknown word maps to the start marker's id.
#[derive(Clone, Debug)]
pub struct Tokenizer {
    ids: HashMap<String, usize>,
    start: usize,
}

impl Tokenizer {
    /// Word i of `vocabulary` gets id i; `start` is the word read before a document's first.
    pub fn new(vocabulary: &[String], start: &str) -> Self {
        let ids: HashMap<String, usize> = vocabulary
            .iter()
            .enumerate()
            .map(|(i, w)| (w.clone(), i))
            .collect();
        let start = ids.get(start).copied().unwrap_or(0);
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

    /// The start marker, then the ids of the words of `text`.
    pub fn encode(&self, text: &str) -> Vec<usize> {
        std::iter::once(self.start)
            .chain(
                text.split_whitespace()
                    .map(|w| self.ids.get(w).copied().unwrap_or(self.start)),
            )
            .collect()
    }

    /// The word of `id` (the vocabulary's order), for showing what a model wrote.
    pub fn word<'a>(&self, vocabulary: &'a [String], id: usize) -> &'a str {
        vocabulary.get(id).map_or("?", String::as_str)
    }
}

/// One transformer block's weights: layer norms as (gain, bias), linear maps as (out, in).
struct Block {
    ln1: (Var, Var),
    qkv: Var,
    out: Var,
    ln2: (Var, Var),
    up: Var,
    down: Var,
}

/// The model: its shape, its weights, and (once training starts) its optimiser.
pub struct Transformer {
    pub shape: Shape,
    tokens: Var,
    positions: Var,
    blocks: Vec<Block>,
    ln_final: (Var, Var),
    /// −∞ (in practice −10⁹) above the diagonal, 0 on and below: C × C.
    mask: Tensor,
    optimiser: Option<AdamW>,
}

/// A `rows` × `cols` weight with entries normal-ish (uniform with the same variance) of standard
/// deviation `std`, from `rng`.
fn weight(rng: &mut Rng, rows: usize, cols: usize, std: f64) -> Result<Var> {
    let half_width = std * 3f64.sqrt();
    let values: Vec<f32> = (0..rows * cols)
        .map(|_| ((rng.next_f64() * 2.0 - 1.0) * half_width) as f32)
        .collect();
    Var::from_tensor(&Tensor::from_vec(values, (rows, cols), &Device::Cpu)?)
}

fn constant(len: usize, value: f32) -> Result<Var> {
    Var::from_tensor(&Tensor::from_vec(vec![value; len], len, &Device::Cpu)?)
}

/// A layer norm's gain (ones) and bias (zeros).
fn norm(width: usize) -> Result<(Var, Var)> {
    Ok((constant(width, 1.0)?, constant(width, 0.0)?))
}

/// LN(x) = (x − mean) / √(var + 10⁻⁵) · gain + bias, over the last dimension (the normalisation
/// is one fused operation with its own backward pass, `fused::normalize`).
fn layer_norm(x: &Tensor, (gain, bias): &(Var, Var)) -> Result<Tensor> {
    fused::normalize(x)?
        .broadcast_mul(gain.as_tensor())?
        .broadcast_add(bias.as_tensor())
}

/// x Wᵀ for x of shape (…, in) and W of shape (out, in).
fn linear(x: &Tensor, w: &Var) -> Result<Tensor> {
    x.broadcast_matmul(&w.as_tensor().t()?)
}

/// A batch of documents, padded to the longest: inputs (each document's words but the last),
/// targets (each but the first) and a weight of 1 for every real target, 0 for padding.
pub struct Batch {
    inputs: Tensor,
    targets: Tensor,
    weights: Tensor,
    /// Real predictions in the batch.
    pub predictions: usize,
}

impl Batch {
    /// Pads `documents` (token ids, at least two each) to the longest, cut at `context` + 1.
    pub fn new(documents: &[&[usize]], context: usize) -> Result<Self> {
        let length = documents
            .iter()
            .map(|d| d.len().min(context + 1) - 1)
            .max()
            .unwrap_or(0)
            .max(1);
        let rows = documents.len();
        let (mut inputs, mut targets, mut weights) = (
            vec![0u32; rows * length],
            vec![0u32; rows * length],
            vec![0f32; rows * length],
        );
        let mut predictions = 0;
        for (row, document) in documents.iter().enumerate() {
            let document = &document[..document.len().min(context + 1)];
            for t in 0..document.len().saturating_sub(1) {
                inputs[row * length + t] = document[t] as u32;
                targets[row * length + t] = document[t + 1] as u32;
                weights[row * length + t] = 1.0;
                predictions += 1;
            }
        }
        let device = &Device::Cpu;
        Ok(Self {
            inputs: Tensor::from_vec(inputs, (rows, length), device)?,
            targets: Tensor::from_vec(targets, rows * length, device)?,
            weights: Tensor::from_vec(weights, rows * length, device)?,
            predictions,
        })
    }
}

impl Transformer {
    /// Seeded weights: embeddings and projections with standard deviation 1/√d (the residual
    /// outputs scaled by 1/√(2·layers)), layer norms at identity. At d = 32 this took half the
    /// steps of GPT-2's 0.02 to learn the lab's actor-to-action dependence (docs/lab.md).
    pub fn new(shape: Shape, seed: u64) -> Result<Self> {
        assert!(
            shape.width % shape.heads == 0,
            "the width must split into heads"
        );
        let mut rng = Rng::new(seed);
        let d = shape.width;
        let scale = 1.0 / (d as f64).sqrt();
        let residual = scale / (2.0 * shape.layers as f64).sqrt();
        let tokens = weight(&mut rng, shape.vocab, d, scale)?;
        let positions = weight(&mut rng, shape.context, d, scale)?;
        let mut blocks = Vec::with_capacity(shape.layers);
        for _ in 0..shape.layers {
            blocks.push(Block {
                ln1: norm(d)?,
                qkv: weight(&mut rng, 3 * d, d, scale)?,
                out: weight(&mut rng, d, d, residual)?,
                ln2: norm(d)?,
                up: weight(&mut rng, 4 * d, d, scale)?,
                down: weight(&mut rng, d, 4 * d, residual)?,
            });
        }
        let c = shape.context;
        let mask: Vec<f32> = (0..c * c)
            .map(|i| if i % c > i / c { -1e9 } else { 0.0 })
            .collect();
        Ok(Self {
            shape,
            tokens,
            positions,
            blocks,
            ln_final: norm(d)?,
            mask: Tensor::from_vec(mask, (c, c), &Device::Cpu)?,
            optimiser: None,
        })
    }

    /// A copy of the weights as they are now, independent of further training (and without
    /// the optimiser's state).
    pub fn frozen_copy(&self) -> Result<Self> {
        let copy = |var: &Var| Var::from_tensor(&var.as_tensor().copy()?);
        let norm_copy =
            |(gain, bias): &(Var, Var)| -> Result<(Var, Var)> { Ok((copy(gain)?, copy(bias)?)) };
        Ok(Self {
            shape: self.shape,
            tokens: copy(&self.tokens)?,
            positions: copy(&self.positions)?,
            blocks: self
                .blocks
                .iter()
                .map(|b| {
                    Ok(Block {
                        ln1: norm_copy(&b.ln1)?,
                        qkv: copy(&b.qkv)?,
                        out: copy(&b.out)?,
                        ln2: norm_copy(&b.ln2)?,
                        up: copy(&b.up)?,
                        down: copy(&b.down)?,
                    })
                })
                .collect::<Result<_>>()?,
            ln_final: norm_copy(&self.ln_final)?,
            mask: self.mask.clone(),
            optimiser: None,
        })
    }

    /// Every trainable tensor.
    fn vars(&self) -> Vec<Var> {
        let mut vars = vec![self.tokens.clone(), self.positions.clone()];
        for b in &self.blocks {
            vars.extend(
                [
                    &b.ln1.0, &b.ln1.1, &b.qkv, &b.out, &b.ln2.0, &b.ln2.1, &b.up, &b.down,
                ]
                .map(Var::clone),
            );
        }
        vars.push(self.ln_final.0.clone());
        vars.push(self.ln_final.1.clone());
        vars
    }

    /// Causal self-attention of `x` (batch, length, d).
    fn attention(&self, x: &Tensor, block: &Block) -> Result<Tensor> {
        let (batch, length, d) = x.dims3()?;
        let (heads, head) = (self.shape.heads, d / self.shape.heads);
        let qkv = linear(x, &block.qkv)?
            .reshape((batch, length, 3, heads, head))?
            .permute((2, 0, 3, 1, 4))?;
        let (q, k, v) = (
            qkv.i(0)?.contiguous()?,
            qkv.i(1)?.contiguous()?,
            qkv.i(2)?.contiguous()?,
        );
        let mask = self.mask.i((..length, ..length))?;
        let scores = (q.matmul(&k.t()?)? / (head as f64).sqrt())?.broadcast_add(&mask)?;
        let weights = fused::softmax(&scores)?;
        let mixed = weights
            .matmul(&v)?
            .transpose(1, 2)?
            .contiguous()?
            .reshape((batch, length, d))?;
        linear(&mixed, &block.out)
    }

    /// The logits (batch, length, V) of the next word after every position of `inputs`
    /// (batch, length of word ids, length ≤ C).
    pub fn logits(&self, inputs: &Tensor) -> Result<Tensor> {
        let (_, length) = inputs.dims2()?;
        let embedded = self.tokens.as_tensor().embedding(&inputs.flatten_all()?)?;
        let mut h = embedded
            .reshape((inputs.dim(0)?, length, self.shape.width))?
            .broadcast_add(&self.positions.as_tensor().i(..length)?)?;
        for block in &self.blocks {
            h = (&h + self.attention(&layer_norm(&h, &block.ln1)?, block)?)?;
            let up = linear(&layer_norm(&h, &block.ln2)?, &block.up)?.relu()?;
            h = (&h + linear(&up, &block.down)?)?;
        }
        layer_norm(&h, &self.ln_final)?.broadcast_matmul(&self.tokens.as_tensor().t()?)
    }

    /// ln p(next word) at every position of one sequence of word ids (length ≤ C): a
    /// `len × V` table, row t the distribution after `tokens[..=t]`.
    pub fn log_probs(&self, tokens: &[usize]) -> Result<Vec<Vec<f32>>> {
        let ids: Vec<u32> = tokens.iter().map(|&t| t as u32).collect();
        let inputs = Tensor::from_vec(ids, (1, tokens.len()), &Device::Cpu)?;
        candle_nn::ops::log_softmax(&self.logits(&inputs)?, D::Minus1)?
            .i(0)?
            .to_vec2()
    }

    /// ln p(sequence[t + 1] | sequence[..=t]) for every t of every sequence (each cut at C + 1
    /// words), computed as one padded batch.
    pub fn token_log_probs(&self, sequences: &[&[usize]]) -> Result<Vec<Vec<f32>>> {
        let batch = Batch::new(sequences, self.shape.context)?;
        let rows = sequences.len();
        let length = batch.inputs.dim(1)?;
        let log_probs =
            candle_nn::ops::log_softmax(&self.logits(&batch.inputs)?.flatten_to(1)?, D::Minus1)?;
        let picked: Vec<f32> = log_probs
            .gather(&batch.targets.unsqueeze(1)?, 1)?
            .flatten_all()?
            .to_vec1()?;
        Ok((0..rows)
            .map(|row| {
                let real = sequences[row].len().min(self.shape.context + 1) - 1;
                picked[row * length..row * length + real].to_vec()
            })
            .collect())
    }

    /// The mean cross-entropy of `batch`'s real targets.
    fn loss(&self, batch: &Batch) -> Result<Tensor> {
        let logits = self.logits(&batch.inputs)?.flatten_to(1)?;
        let targets = batch.targets.to_dtype(candle_core::DType::F32)?;
        let losses = fused::cross_entropy(&logits, &targets)?;
        (losses * &batch.weights)?
            .sum_all()?
            .affine(1.0 / batch.predictions.max(1) as f64, 0.0)
    }

    /// One AdamW step on `batch` at `learning_rate`; returns the batch's mean loss.
    pub fn train(&mut self, batch: &Batch, opt: &Optimiser, learning_rate: f64) -> Result<f32> {
        let loss = self.loss(batch)?;
        if self.optimiser.is_none() {
            self.optimiser = Some(AdamW::new(
                self.vars(),
                ParamsAdamW {
                    lr: opt.learning_rate,
                    beta1: opt.beta1,
                    beta2: opt.beta2,
                    eps: opt.epsilon,
                    weight_decay: opt.weight_decay,
                },
            )?);
        }
        let optimiser = self.optimiser.as_mut().expect("set above");
        optimiser.set_learning_rate(learning_rate);
        optimiser.backward_step(&loss)?;
        loss.to_scalar::<f32>()
    }
}
