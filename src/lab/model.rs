//! A tiny neural language model, written out by hand: each next word is predicted from the three
//! words before it and the average of every word before it in the document,
//!
//!   x = [E(w₋₃); E(w₋₂); E(w₋₁); mean E(w₀ … w₋₁)],  z = tanh(W₁x + b₁),  p = softmax(W₂z + b₂),
//!
//! trained by backpropagation with AdamW on the cross-entropy −log p(next word). The average
//! lets words far back (a system prompt, a document's format) shift a prediction.

use std::collections::HashMap;

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

/// Words before the predicted one that the model sees one by one.
pub const CONTEXT: usize = 3;

/// Maps words to ids; unknown words map to `<start>`'s id.
#[derive(Clone, Debug)]
pub struct Tokenizer {
    ids: HashMap<String, usize>,
    start: usize,
}

impl Tokenizer {
    pub fn new(vocabulary: &[String]) -> Self {
        let ids: HashMap<String, usize> = vocabulary
            .iter()
            .enumerate()
            .map(|(i, w)| (w.clone(), i))
            .collect();
        let start = ids.get("<start>").copied().unwrap_or(0);
        Self { ids, start }
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The ids of the words of `text`.
    pub fn encode(&self, text: &str) -> Vec<usize> {
        text.split_whitespace()
            .map(|w| self.ids.get(w).copied().unwrap_or(self.start))
            .collect()
    }

    pub fn start(&self) -> usize {
        self.start
    }
}

/// Offsets of each parameter block in the flat parameter vector.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Layout {
    embed: usize,
    w1: usize,
    b1: usize,
    w2: usize,
    b2: usize,
    len: usize,
}

impl Layout {
    fn new(s: Shape) -> Self {
        let input = (CONTEXT + 1) * s.embed;
        let embed = 0;
        let w1 = embed + s.vocab * s.embed;
        let b1 = w1 + s.hidden * input;
        let w2 = b1 + s.hidden;
        let b2 = w2 + s.vocab * s.hidden;
        Self {
            embed,
            w1,
            b1,
            w2,
            b2,
            len: b2 + s.vocab,
        }
    }
}

/// The model: its shape and every parameter in one vector, with AdamW's moment estimates.
#[derive(Clone, Debug)]
pub struct Model {
    pub shape: Shape,
    layout: Layout,
    pub params: Vec<f32>,
    m: Vec<f32>,
    v: Vec<f32>,
    steps: u32,
}

/// The activations of one prediction, kept for the backward pass.
struct Forward {
    x: Vec<f32>,
    z: Vec<f32>,
    probs: Vec<f32>,
}

/// AdamW's settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Optimiser {
    pub learning_rate: f32,
    pub beta1: f32,
    pub beta2: f32,
    pub epsilon: f32,
    pub weight_decay: f32,
}

impl Default for Optimiser {
    fn default() -> Self {
        Self {
            learning_rate: 0.005,
            beta1: 0.9,
            beta2: 0.999,
            epsilon: 1e-8,
            weight_decay: 0.01,
        }
    }
}

impl Model {
    /// Small random weights (uniform in ±1/√fan-in), zero biases, seeded.
    pub fn new(shape: Shape, seed: u64) -> Self {
        let layout = Layout::new(shape);
        let mut rng = Rng::new(seed);
        let mut params = vec![0.0f32; layout.len];
        let mut fill = |range: std::ops::Range<usize>, scale: f64| {
            for p in &mut params[range] {
                *p = ((rng.next_f64() * 2.0 - 1.0) * scale) as f32;
            }
        };
        let input = (CONTEXT + 1) * shape.embed;
        fill(layout.embed..layout.w1, 0.5);
        fill(layout.w1..layout.b1, 1.0 / (input as f64).sqrt());
        fill(layout.w2..layout.b2, 1.0 / (shape.hidden as f64).sqrt());
        Self {
            shape,
            layout,
            params,
            m: vec![0.0; layout.len],
            v: vec![0.0; layout.len],
            steps: 0,
        }
    }

    /// The input x for predicting position `t` of `tokens`.
    fn input(&self, tokens: &[usize], t: usize, start: usize) -> Vec<f32> {
        let d = self.shape.embed;
        let e = &self.params[self.layout.embed..self.layout.w1];
        let mut x = vec![0.0f32; (CONTEXT + 1) * d];
        for k in 0..CONTEXT {
            let token = if t > CONTEXT - 1 - k {
                tokens[t - (CONTEXT - k)]
            } else {
                start
            };
            x[k * d..(k + 1) * d].copy_from_slice(&e[token * d..(token + 1) * d]);
        }
        let bag = &mut x[CONTEXT * d..];
        if t == 0 {
            bag.copy_from_slice(&e[start * d..(start + 1) * d]);
        } else {
            for &token in &tokens[..t] {
                for (b, w) in bag.iter_mut().zip(&e[token * d..(token + 1) * d]) {
                    *b += w;
                }
            }
            let scale = 1.0 / t as f32;
            bag.iter_mut().for_each(|b| *b *= scale);
        }
        x
    }

    fn forward(&self, tokens: &[usize], t: usize, start: usize) -> Forward {
        let s = self.shape;
        let x = self.input(tokens, t, start);
        let input = x.len();
        let w1 = &self.params[self.layout.w1..self.layout.b1];
        let b1 = &self.params[self.layout.b1..self.layout.w2];
        let z: Vec<f32> = (0..s.hidden)
            .map(|j| {
                let row = &w1[j * input..(j + 1) * input];
                (b1[j] + row.iter().zip(&x).map(|(a, b)| a * b).sum::<f32>()).tanh()
            })
            .collect();
        let w2 = &self.params[self.layout.w2..self.layout.b2];
        let b2 = &self.params[self.layout.b2..];
        let mut logits: Vec<f32> = (0..s.vocab)
            .map(|i| {
                b2[i]
                    + w2[i * s.hidden..(i + 1) * s.hidden]
                        .iter()
                        .zip(&z)
                        .map(|(a, b)| a * b)
                        .sum::<f32>()
            })
            .collect();
        let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let mut total = 0.0;
        for l in &mut logits {
            *l = (*l - max).exp();
            total += *l;
        }
        logits.iter_mut().for_each(|l| *l /= total);
        Forward {
            x,
            z,
            probs: logits,
        }
    }

    /// ln p(tokens[t] | tokens[..t]).
    pub fn log_prob(&self, tokens: &[usize], t: usize, start: usize) -> f32 {
        self.forward(tokens, t, start).probs[tokens[t]]
            .max(1e-30)
            .ln()
    }

    /// Adds the gradient of −ln p(tokens[t] | tokens[..t]) to `grad`; returns that loss.
    fn backward(&self, tokens: &[usize], t: usize, start: usize, grad: &mut [f32]) -> f32 {
        let s = self.shape;
        let Forward { x, z, mut probs } = self.forward(tokens, t, start);
        let target = tokens[t];
        let loss = -probs[target].max(1e-30).ln();
        probs[target] -= 1.0; // d loss / d logits = p − onehot
        let input = x.len();
        let l = self.layout;
        let mut dz = vec![0.0f32; s.hidden];
        {
            let w2 = &self.params[l.w2..l.b2];
            for (i, &g) in probs.iter().enumerate() {
                let row = i * s.hidden;
                for j in 0..s.hidden {
                    grad[l.w2 + row + j] += g * z[j];
                    dz[j] += g * w2[row + j];
                }
                grad[l.b2 + i] += g;
            }
        }
        let da: Vec<f32> = dz.iter().zip(&z).map(|(g, z)| g * (1.0 - z * z)).collect();
        let mut dx = vec![0.0f32; input];
        {
            let w1 = &self.params[l.w1..l.b1];
            for (j, &g) in da.iter().enumerate() {
                let row = j * input;
                for k in 0..input {
                    grad[l.w1 + row + k] += g * x[k];
                    dx[k] += g * w1[row + k];
                }
                grad[l.b1 + j] += g;
            }
        }
        let d = s.embed;
        for k in 0..CONTEXT {
            let token = if t > CONTEXT - 1 - k {
                tokens[t - (CONTEXT - k)]
            } else {
                start
            };
            for c in 0..d {
                grad[l.embed + token * d + c] += dx[k * d + c];
            }
        }
        let bag = &dx[CONTEXT * d..];
        if t == 0 {
            for c in 0..d {
                grad[l.embed + start * d + c] += bag[c];
            }
        } else {
            let scale = 1.0 / t as f32;
            for &token in &tokens[..t] {
                for c in 0..d {
                    grad[l.embed + token * d + c] += bag[c] * scale;
                }
            }
        }
        loss
    }

    /// One AdamW step, at learning rate `learning_rate`, on the mean gradient of a batch of
    /// `count` predictions.
    fn apply(&mut self, grad: &[f32], count: usize, opt: &Optimiser, learning_rate: f32) {
        self.steps += 1;
        let t = self.steps as i32;
        let (c1, c2) = (1.0 - opt.beta1.powi(t), 1.0 - opt.beta2.powi(t));
        let scale = 1.0 / count.max(1) as f32;
        let moments = self.m.iter_mut().zip(self.v.iter_mut());
        for ((param, g), (m, v)) in self.params.iter_mut().zip(grad).zip(moments) {
            let g = g * scale;
            *m = opt.beta1 * *m + (1.0 - opt.beta1) * g;
            *v = opt.beta2 * *v + (1.0 - opt.beta2) * g * g;
            let update = (*m / c1) / ((*v / c2).sqrt() + opt.epsilon);
            *param -= learning_rate * (update + opt.weight_decay * *param);
        }
    }

    /// Trains on every prediction of every document once, in batches of `batch` predictions,
    /// with the learning rate falling linearly from `schedule.0` to `schedule.1` times the
    /// optimiser's over the epoch; returns the mean loss. Calls `progress(done, total)` after
    /// each batch.
    pub fn train_epoch(
        &mut self,
        documents: &[Vec<usize>],
        start: usize,
        batch: usize,
        opt: &Optimiser,
        schedule: (f32, f32),
        mut progress: impl FnMut(usize, usize),
    ) -> f32 {
        let total: usize = documents.iter().map(Vec::len).sum();
        let mut grad = vec![0.0f32; self.params.len()];
        let (mut in_batch, mut done, mut loss_sum) = (0, 0, 0.0f32);
        for tokens in documents {
            for t in 0..tokens.len() {
                loss_sum += self.backward(tokens, t, start, &mut grad);
                in_batch += 1;
                done += 1;
                if in_batch == batch {
                    let fraction = done as f32 / total.max(1) as f32;
                    let rate =
                        opt.learning_rate * (schedule.0 + (schedule.1 - schedule.0) * fraction);
                    self.apply(&grad, in_batch, opt, rate);
                    grad.iter_mut().for_each(|g| *g = 0.0);
                    in_batch = 0;
                    progress(done, total);
                }
            }
        }
        if in_batch > 0 {
            self.apply(&grad, in_batch, opt, opt.learning_rate * schedule.1);
            progress(done, total);
        }
        loss_sum / total.max(1) as f32
    }

    /// The gradient of the summed loss over `tokens`, for checking against finite differences.
    pub fn gradient(&self, tokens: &[usize], start: usize) -> Vec<f32> {
        let mut grad = vec![0.0f32; self.params.len()];
        for t in 0..tokens.len() {
            self.backward(tokens, t, start, &mut grad);
        }
        grad
    }

    /// The summed loss −Σ ln p over `tokens`.
    pub fn loss(&self, tokens: &[usize], start: usize) -> f32 {
        (0..tokens.len())
            .map(|t| -self.log_prob(tokens, t, start))
            .sum()
    }
}
