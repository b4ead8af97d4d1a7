//! A small decoder-only transformer, the lab's language model: token and position embeddings,
//! `layers` pre-norm blocks of causal multi-head self-attention and a 4×-wide MLP, a final layer
//! norm, and the token embeddings again as the output layer (tied):
//!
//!   h₀ = E[w] + P[t],  a = h + Attn(LN₁(h)),  h' = a + W₂ relu(W₁ LN₂(a)),  p = softmax(LN_f(h_L) Eᵀ),
//!
//! with Attn(x) = W_o concat_heads softmax(q kᵀ/√d_h + causal mask) v and no biases in the linear
//! maps. Trained with AdamW on the mean cross-entropy −ln p(next word) over every prediction of a
//! batch of documents, each document its own sequence (no padding).
//!
//! Written out by hand, forward and backward, rather than on a tensor library: on tensors this
//! small candle's time went to per-operation work, not arithmetic, and the browser ran it at 0.7
//! of native speed (docs/lab.md). Every sum runs in a fixed order and every exponential and
//! logarithm is the lab's own ([`crate::elementary`]), so the browser and a native build
//! compute the same run to the bit. tests/lab.rs checks the gradients against finite differences.

use std::collections::HashMap;

use crate::elementary::{exp, ln};
use crate::optimiser::AdamW;
pub use crate::optimiser::Optimiser;
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

// The hot loops below index slices in plain counted loops rather than zipping iterators: built
// for size (`opt-level = "z"`, the page's release profile, under which the model was first
// measured), iterator adapters stay calls on every element (3.5 times slower training than the
// same loops indexed). The worker is now built with the `compute` profile (`opt-level = 3`).

/// A matrix read in place: element (i, j) is `data[i * row + j * column]`, so that a matrix and its
/// transpose are views of the same numbers.
#[derive(Clone, Copy)]
struct View<'a> {
    data: &'a [f32],
    row: usize,
    column: usize,
}

impl<'a> View<'a> {
    /// A row-major matrix with rows of `width`.
    fn rows(data: &'a [f32], width: usize) -> Self {
        Self {
            data,
            row: width,
            column: 1,
        }
    }

    /// The transpose of a row-major matrix with rows of `width`.
    fn transposed(data: &'a [f32], width: usize) -> Self {
        Self {
            data,
            row: 1,
            column: width,
        }
    }
}

/// C ← C + A B for A (m × k) and B (k × n) and C row-major (m × n): every entry
/// C_ij += Σ_l A_il B_lj, the sum taken over l in order from zero and then added, so that the
/// result does not depend on how the loops are tiled. Four rows by four columns of C at a time,
/// sixteen sums kept in registers while A's and B's numbers are each read once per tile.
/// (Copying A's rows and B's columns side by side first, as large matrix products do, measured
/// slower at these sizes.)
fn multiply_add(a: View, b: View, (m, k, n): (usize, usize, usize), c: &mut [f32]) {
    let (m4, n4) = (m / 4 * 4, n / 4 * 4);
    let mut i = 0;
    while i < m4 {
        let mut j = 0;
        while j < n4 {
            let mut sums = [0f32; 16];
            for l in 0..k {
                let at_a = i * a.row + l * a.column;
                let at_b = l * b.row + j * b.column;
                let (x0, x1, x2, x3) = (
                    a.data[at_a],
                    a.data[at_a + a.row],
                    a.data[at_a + 2 * a.row],
                    a.data[at_a + 3 * a.row],
                );
                let (y0, y1, y2, y3) = (
                    b.data[at_b],
                    b.data[at_b + b.column],
                    b.data[at_b + 2 * b.column],
                    b.data[at_b + 3 * b.column],
                );
                sums[0] += x0 * y0;
                sums[1] += x0 * y1;
                sums[2] += x0 * y2;
                sums[3] += x0 * y3;
                sums[4] += x1 * y0;
                sums[5] += x1 * y1;
                sums[6] += x1 * y2;
                sums[7] += x1 * y3;
                sums[8] += x2 * y0;
                sums[9] += x2 * y1;
                sums[10] += x2 * y2;
                sums[11] += x2 * y3;
                sums[12] += x3 * y0;
                sums[13] += x3 * y1;
                sums[14] += x3 * y2;
                sums[15] += x3 * y3;
            }
            for r in 0..4 {
                let row = &mut c[(i + r) * n + j..][..4];
                row[0] += sums[4 * r];
                row[1] += sums[4 * r + 1];
                row[2] += sums[4 * r + 2];
                row[3] += sums[4 * r + 3];
            }
            j += 4;
        }
        i += 4;
    }
    // The edges: rows past the last multiple of four, and columns past it in the other rows.
    for i in 0..m {
        let from = if i < m4 { n4 } else { 0 };
        for j in from..n {
            let mut sum = 0f32;
            for l in 0..k {
                sum += a.data[i * a.row + l * a.column] * b.data[l * b.row + j * b.column];
            }
            c[i * n + j] += sum;
        }
    }
}

/// y = x W for rows x (rows × inputs) and W (inputs × outputs).
fn linear(x: &[f32], w: &[f32], inputs: usize, outputs: usize) -> Vec<f32> {
    let rows = x.len() / inputs;
    let mut y = vec![0f32; rows * outputs];
    multiply_add(
        View::rows(x, inputs),
        View::rows(w, outputs),
        (rows, inputs, outputs),
        &mut y,
    );
    y
}

/// The backward pass of y = x W: returns ∂x = ∂y Wᵀ and adds ∂W += xᵀ ∂y.
fn linear_backward(
    x: &[f32],
    w: &[f32],
    dy: &[f32],
    (inputs, outputs): (usize, usize),
    dw: &mut [f32],
) -> Vec<f32> {
    let rows = x.len() / inputs;
    let mut dx = vec![0f32; x.len()];
    multiply_add(
        View::rows(dy, outputs),
        View::transposed(w, outputs),
        (rows, outputs, inputs),
        &mut dx,
    );
    multiply_add(
        View::transposed(x, inputs),
        View::rows(dy, outputs),
        (inputs, rows, outputs),
        dw,
    );
    dx
}

/// Σ aᵢbᵢ over the shorter length, in order.
fn dot(a: &[f32], b: &[f32]) -> f32 {
    let n = a.len().min(b.len());
    let (a, b) = (&a[..n], &b[..n]);
    let mut sum = 0f32;
    for i in 0..n {
        sum += a[i] * b[i];
    }
    sum
}

/// y ← y + a x, element by element over the shorter length.
fn add_scaled(y: &mut [f32], a: f32, x: &[f32]) {
    let n = y.len().min(x.len());
    let (y, x) = (&mut y[..n], &x[..n]);
    for i in 0..n {
        y[i] += a * x[i];
    }
}

/// y ← y + x, element by element.
fn add(y: &mut [f32], x: &[f32]) {
    add_scaled(y, 1.0, x);
}

/// ln Σ exp(row), as max + ln Σ exp(x − max).
fn log_sum_exp(row: &[f32]) -> f32 {
    let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    max + ln(row.iter().map(|x| exp(x - max)).sum::<f32>())
}

/// ε of the layer norms.
const EPSILON: f32 = 1e-5;

/// What a layer norm keeps for its backward pass: x̂ = (x − mean)/√(var + ε) and 1/√(var + ε)
/// of every row.
struct Normalised {
    values: Vec<f32>,
    inverse_deviation: Vec<f32>,
}

/// LN(x) = x̂ · gain + bias over rows of `width`, with x̂ = (x − mean)/√(var + ε).
fn layer_norm(x: &[f32], gain: &[f32], bias: &[f32]) -> (Vec<f32>, Normalised) {
    let width = gain.len();
    let n = width as f32;
    let (mut values, mut y) = (Vec::with_capacity(x.len()), Vec::with_capacity(x.len()));
    let mut inverse_deviation = Vec::with_capacity(x.len() / width);
    for row in x.chunks_exact(width) {
        let mean = row.iter().sum::<f32>() / n;
        let variance = row.iter().map(|v| (v - mean) * (v - mean)).sum::<f32>() / n;
        let inverse = 1.0 / (variance + EPSILON).sqrt();
        inverse_deviation.push(inverse);
        for ((v, g), b) in row.iter().zip(gain).zip(bias) {
            let normal = (v - mean) * inverse;
            values.push(normal);
            y.push(normal * g + b);
        }
    }
    let normalised = Normalised {
        values,
        inverse_deviation,
    };
    (y, normalised)
}

/// The backward pass of a layer norm: with ĝ = ∂y · gain, returns
/// ∂x = (ĝ − mean ĝ − x̂ · mean(ĝ x̂)) / √(var + ε), and adds ∂gain += ∂y x̂ and ∂bias += ∂y.
fn layer_norm_backward(
    dy: &[f32],
    normalised: &Normalised,
    gain: &[f32],
    (dgain, dbias): (&mut [f32], &mut [f32]),
) -> Vec<f32> {
    let width = gain.len();
    let n = width as f32;
    let mut dx = Vec::with_capacity(dy.len());
    let mut scaled = vec![0f32; width];
    for ((dy, x), &inverse) in dy
        .chunks_exact(width)
        .zip(normalised.values.chunks_exact(width))
        .zip(&normalised.inverse_deviation)
    {
        for (i, (&d, &xi)) in dy.iter().zip(x).enumerate() {
            scaled[i] = d * gain[i];
            dgain[i] += d * xi;
            dbias[i] += d;
        }
        let mean = scaled.iter().sum::<f32>() / n;
        let mean_times_x = scaled.iter().zip(x).map(|(s, x)| s * x).sum::<f32>() / n;
        dx.extend(
            scaled
                .iter()
                .zip(x)
                .map(|(s, x)| (s - mean - x * mean_times_x) * inverse),
        );
    }
    dx
}

/// Several sequences read as one matrix of rows, one after another: where each starts and how
/// long it is.
#[derive(Clone, Debug)]
struct Segments(Vec<(usize, usize)>);

impl Segments {
    /// Where each sequence's attention weights (heads × length × length) start, and their total.
    fn weight_offsets(&self, heads: usize) -> (Vec<usize>, usize) {
        let mut total = 0;
        let offsets = self
            .0
            .iter()
            .map(|&(_, length)| {
                let at = total;
                total += heads * length * length;
                at
            })
            .collect();
        (offsets, total)
    }
}

/// Causal self-attention within each sequence of `segments`: from rows [q | k | v] (rows × 3d),
/// each head h mixes o_t = Σ_{u ≤ t} a_tu v_u with a_t = softmax_u(q_t · k_u / √d_h). Returns
/// the mixed rows (rows × d) and the weights a (per sequence heads × length × length, zero above
/// the diagonal).
fn attend(qkv: &[f32], segments: &Segments, width: usize, heads: usize) -> (Vec<f32>, Vec<f32>) {
    let head = width / heads;
    let scale = 1.0 / (head as f32).sqrt();
    let (offsets, total) = segments.weight_offsets(heads);
    let mut mixed = vec![0f32; qkv.len() / 3];
    let mut weights = vec![0f32; total];
    let part =
        |t: usize, which: usize, h: usize| &qkv[t * 3 * width + which * width + h * head..][..head];
    for (&(start, length), &offset) in segments.0.iter().zip(&offsets) {
        for h in 0..heads {
            for t in 0..length {
                let row = &mut weights[offset + (h * length + t) * length..][..=t];
                for (u, a) in row.iter_mut().enumerate() {
                    *a = dot(part(start + t, 0, h), part(start + u, 1, h)) * scale;
                }
                let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
                for a in row.iter_mut() {
                    *a = exp(*a - max);
                }
                let sum: f32 = row.iter().sum();
                let out = &mut mixed[(start + t) * width + h * head..][..head];
                for (u, a) in row.iter_mut().enumerate() {
                    *a /= sum;
                    add_scaled(out, *a, part(start + u, 2, h));
                }
            }
        }
    }
    (mixed, weights)
}

/// The backward pass of [`attend`]: with ∂a_tu = ∂o_t · v_u, ∂v_u += Σ_t a_tu ∂o_t, the scores'
/// gradient s_tu = a_tu (∂a_tu − Σ_u' a_tu' ∂a_tu') / √d_h, ∂q_t += Σ_u s_tu k_u and
/// ∂k_u += Σ_t s_tu q_t. Returns ∂[q | k | v].
fn attend_backward(
    qkv: &[f32],
    weights: &[f32],
    dmixed: &[f32],
    segments: &Segments,
    (width, heads): (usize, usize),
) -> Vec<f32> {
    let head = width / heads;
    let scale = 1.0 / (head as f32).sqrt();
    let at = |t: usize, which: usize, h: usize| t * 3 * width + which * width + h * head;
    let (offsets, _) = segments.weight_offsets(heads);
    let mut dqkv = vec![0f32; qkv.len()];
    let mut dweights = Vec::new();
    for (&(start, length), &offset) in segments.0.iter().zip(&offsets) {
        for h in 0..heads {
            for t in 0..length {
                let a = &weights[offset + (h * length + t) * length..][..=t];
                let dout = &dmixed[(start + t) * width + h * head..][..head];
                dweights.clear();
                for (u, &a) in a.iter().enumerate() {
                    dweights.push(dot(dout, &qkv[at(start + u, 2, h)..][..head]));
                    add_scaled(&mut dqkv[at(start + u, 2, h)..][..head], a, dout);
                }
                let mean: f32 = a.iter().zip(&dweights).map(|(a, d)| a * d).sum();
                for (u, (&a, &da)) in a.iter().zip(&dweights).enumerate() {
                    let s = a * (da - mean) * scale;
                    let (q, k) = (at(start + t, 0, h), at(start + u, 1, h));
                    add_scaled(&mut dqkv[q..][..head], s, &qkv[k..][..head]);
                    add_scaled(&mut dqkv[k..][..head], s, &qkv[q..][..head]);
                }
            }
        }
    }
    dqkv
}

/// Where one block's weights start in the model's vector of parameters. A layer norm is its gain
/// then its bias (d each); a linear map W (inputs × outputs) is stored row by row.
#[derive(Clone, Copy, Debug)]
struct BlockAt {
    norm1: usize,
    qkv: usize,
    out: usize,
    norm2: usize,
    up: usize,
    down: usize,
}

/// What one block's forward pass keeps for its backward pass.
struct BlockTrace {
    normalised1: Normalised,
    normed1: Vec<f32>,
    qkv: Vec<f32>,
    weights: Vec<f32>,
    mixed: Vec<f32>,
    normalised2: Normalised,
    normed2: Vec<f32>,
    hidden: Vec<f32>,
}

/// What a forward pass over a set of sequences keeps: their words and where each sits among the
/// rows, every block's trace, the final layer norm's, and the logits (rows × V).
struct Trace {
    inputs: Vec<usize>,
    positions: Vec<usize>,
    segments: Segments,
    blocks: Vec<BlockTrace>,
    normalised: Normalised,
    normed: Vec<f32>,
    logits: Vec<f32>,
}

/// The model: its shape, all its parameters in one vector (the token embeddings E, V × d; the
/// position embeddings P, C × d; the blocks in order; the final layer norm), and, once training
/// starts, AdamW's moments.
#[derive(Clone)]
pub struct Transformer {
    pub shape: Shape,
    parameters: Vec<f32>,
    positions_at: usize,
    blocks: Vec<BlockAt>,
    final_norm_at: usize,
    optimiser: Option<AdamW>,
}

/// A batch of documents, each cut at the context length plus one word: the model reads a
/// document's words but the last and predicts each next one.
pub struct Batch {
    documents: Vec<Vec<usize>>,
    /// Predictions in the batch (Σ over documents of length − 1).
    pub predictions: usize,
}

impl Batch {
    /// The documents (token ids) of a batch, each cut at `context` + 1 words.
    pub fn new(documents: &[&[usize]], context: usize) -> Self {
        let documents: Vec<Vec<usize>> = documents
            .iter()
            .map(|d| d[..d.len().min(context + 1)].to_vec())
            .collect();
        let predictions = documents.iter().map(|d| d.len().saturating_sub(1)).sum();
        Self {
            documents,
            predictions,
        }
    }
}

impl Transformer {
    /// Seeded weights: embeddings and projections uniform with standard deviation 1/√d (the
    /// residual outputs' scaled by 1/√(2·layers)), layer norms at identity. At d = 32 this took
    /// half the steps of GPT-2's 0.02 to learn the lab's actor-to-action dependence (docs/lab.md).
    pub fn new(shape: Shape, seed: u64) -> Self {
        assert!(
            shape.width % shape.heads == 0,
            "the width must split into heads"
        );
        let mut rng = Rng::new(seed);
        let d = shape.width;
        let scale = 1.0 / (d as f64).sqrt();
        let residual = scale / (2.0 * shape.layers as f64).sqrt();
        let mut parameters = Vec::with_capacity(shape.parameters());
        let mut uniform = |parameters: &mut Vec<f32>, count: usize, deviation: f64| {
            let half_width = deviation * 3f64.sqrt();
            parameters
                .extend((0..count).map(|_| ((rng.next_f64() * 2.0 - 1.0) * half_width) as f32));
        };
        let norm = |parameters: &mut Vec<f32>| {
            let at = parameters.len();
            parameters.extend((0..2 * d).map(|i| if i < d { 1.0 } else { 0.0 }));
            at
        };
        uniform(&mut parameters, shape.vocab * d, scale);
        let positions_at = parameters.len();
        uniform(&mut parameters, shape.context * d, scale);
        let mut blocks = Vec::with_capacity(shape.layers);
        for _ in 0..shape.layers {
            let norm1 = norm(&mut parameters);
            let qkv = parameters.len();
            uniform(&mut parameters, 3 * d * d, scale);
            let out = parameters.len();
            uniform(&mut parameters, d * d, residual);
            let norm2 = norm(&mut parameters);
            let up = parameters.len();
            uniform(&mut parameters, 4 * d * d, scale);
            let down = parameters.len();
            uniform(&mut parameters, 4 * d * d, residual);
            blocks.push(BlockAt {
                norm1,
                qkv,
                out,
                norm2,
                up,
                down,
            });
        }
        let final_norm_at = norm(&mut parameters);
        debug_assert_eq!(parameters.len(), shape.parameters());
        Self {
            shape,
            parameters,
            positions_at,
            blocks,
            final_norm_at,
            optimiser: None,
        }
    }

    /// A copy of the weights as they are now, independent of further training (and without
    /// the optimiser's state).
    pub fn frozen_copy(&self) -> Self {
        Self {
            optimiser: None,
            ..self.clone()
        }
    }

    /// Every parameter, in the order of the model's vector (see [`Transformer`]).
    pub fn parameters(&self) -> &[f32] {
        &self.parameters
    }

    /// Every parameter, to change by hand (tests/lab_model.rs moves them one at a time to check
    /// the gradients against finite differences).
    pub fn parameters_mut(&mut self) -> &mut [f32] {
        &mut self.parameters
    }

    /// `len` parameters from `at`.
    fn weights(&self, at: usize, len: usize) -> &[f32] {
        &self.parameters[at..at + len]
    }

    /// The forward pass over `sequences` (each at most C word ids), all read as one matrix of rows
    /// except in attention, which stays within each sequence.
    fn forward(&self, sequences: &[&[usize]]) -> Trace {
        let Shape {
            vocab,
            width: d,
            heads,
            ..
        } = self.shape;
        let mut segments = Vec::with_capacity(sequences.len());
        let (mut inputs, mut positions) = (Vec::new(), Vec::new());
        for sequence in sequences {
            segments.push((inputs.len(), sequence.len()));
            inputs.extend_from_slice(sequence);
            positions.extend(0..sequence.len());
        }
        let segments = Segments(segments);
        let rows = inputs.len();
        let mut h = Vec::with_capacity(rows * d);
        for (&word, &t) in inputs.iter().zip(&positions) {
            let position = self.weights(self.positions_at + t * d, d);
            h.extend(
                self.weights(word * d, d)
                    .iter()
                    .zip(position)
                    .map(|(e, p)| e + p),
            );
        }
        let mut blocks = Vec::with_capacity(self.blocks.len());
        for at in &self.blocks {
            let (normed1, normalised1) =
                layer_norm(&h, self.weights(at.norm1, d), self.weights(at.norm1 + d, d));
            let qkv = linear(&normed1, self.weights(at.qkv, 3 * d * d), d, 3 * d);
            let (mixed, weights) = attend(&qkv, &segments, d, heads);
            add(&mut h, &linear(&mixed, self.weights(at.out, d * d), d, d));
            let (normed2, normalised2) =
                layer_norm(&h, self.weights(at.norm2, d), self.weights(at.norm2 + d, d));
            let mut hidden = linear(&normed2, self.weights(at.up, 4 * d * d), d, 4 * d);
            for v in &mut hidden {
                *v = v.max(0.0);
            }
            add(
                &mut h,
                &linear(&hidden, self.weights(at.down, 4 * d * d), 4 * d, d),
            );
            blocks.push(BlockTrace {
                normalised1,
                normed1,
                qkv,
                weights,
                mixed,
                normalised2,
                normed2,
                hidden,
            });
        }
        let at = self.final_norm_at;
        let (normed, normalised) = layer_norm(&h, self.weights(at, d), self.weights(at + d, d));
        let mut logits = vec![0f32; rows * vocab];
        multiply_add(
            View::rows(&normed, d),
            View::transposed(self.weights(0, vocab * d), d),
            (rows, d, vocab),
            &mut logits,
        );
        Trace {
            inputs,
            positions,
            segments,
            blocks,
            normalised,
            normed,
            logits,
        }
    }

    /// The backward pass of [`Transformer::forward`] from ∂loss/∂logits, adding every
    /// parameter's gradient to `gradients`.
    fn backward(&self, trace: &Trace, dlogits: &[f32], gradients: &mut [f32]) {
        let Shape {
            vocab,
            width: d,
            heads,
            ..
        } = self.shape;
        let rows = trace.inputs.len();
        let mut dh = vec![0f32; rows * d];
        multiply_add(
            View::rows(dlogits, vocab),
            View::rows(self.weights(0, vocab * d), d),
            (rows, vocab, d),
            &mut dh,
        );
        multiply_add(
            View::transposed(dlogits, vocab),
            View::rows(&trace.normed, d),
            (vocab, rows, d),
            &mut gradients[..vocab * d],
        );
        let at = self.final_norm_at;
        let mut dh = layer_norm_backward(
            &dh,
            &trace.normalised,
            self.weights(at, d),
            gradients[at..at + 2 * d].split_at_mut(d),
        );
        for (at, block) in self.blocks.iter().zip(&trace.blocks).rev() {
            let mut dhidden = linear_backward(
                &block.hidden,
                self.weights(at.down, 4 * d * d),
                &dh,
                (4 * d, d),
                &mut gradients[at.down..at.down + 4 * d * d],
            );
            for (g, &h) in dhidden.iter_mut().zip(&block.hidden) {
                if h <= 0.0 {
                    *g = 0.0;
                }
            }
            self.input_side_backward(
                &dhidden,
                (&block.normed2, &block.normalised2),
                (at.norm2, at.up, 4 * d),
                gradients,
                &mut dh,
            );
            let dmixed = linear_backward(
                &block.mixed,
                self.weights(at.out, d * d),
                &dh,
                (d, d),
                &mut gradients[at.out..at.out + d * d],
            );
            let dqkv = attend_backward(
                &block.qkv,
                &block.weights,
                &dmixed,
                &trace.segments,
                (d, heads),
            );
            self.input_side_backward(
                &dqkv,
                (&block.normed1, &block.normalised1),
                (at.norm1, at.qkv, 3 * d),
                gradients,
                &mut dh,
            );
        }
        for (r, (&word, &t)) in trace.inputs.iter().zip(&trace.positions).enumerate() {
            let dh = &dh[r * d..][..d];
            add(&mut gradients[word * d..][..d], dh);
            add(&mut gradients[self.positions_at + t * d..][..d], dh);
        }
    }

    /// The backward pass of a sublayer's input side, z = LN(h) W (W of shape d × `outputs`, the
    /// layer norm at `norm_at`, W at `weight_at`): from ∂z, adds W's and the layer norm's
    /// gradients to `gradients` and ∂h to `dh`.
    fn input_side_backward(
        &self,
        dz: &[f32],
        (normed, normalised): (&[f32], &Normalised),
        (norm_at, weight_at, outputs): (usize, usize, usize),
        gradients: &mut [f32],
        dh: &mut [f32],
    ) {
        let d = self.shape.width;
        let dnormed = linear_backward(
            normed,
            self.weights(weight_at, d * outputs),
            dz,
            (d, outputs),
            &mut gradients[weight_at..weight_at + d * outputs],
        );
        let dinput = layer_norm_backward(
            &dnormed,
            normalised,
            self.weights(norm_at, d),
            gradients[norm_at..norm_at + 2 * d].split_at_mut(d),
        );
        add(dh, &dinput);
    }

    /// ln p(next word) at every position of one sequence of word ids (cut at C): a `len × V`
    /// table, row t the distribution after `tokens[..=t]`.
    pub fn log_probs(&self, tokens: &[usize]) -> Vec<Vec<f32>> {
        let inputs = &tokens[..tokens.len().min(self.shape.context)];
        self.forward(&[inputs])
            .logits
            .chunks_exact(self.shape.vocab)
            .map(|row| {
                let total = log_sum_exp(row);
                row.iter().map(|l| l - total).collect()
            })
            .collect()
    }

    /// ln p(sequence[t + 1] | sequence[..=t]) for every t of every sequence (each cut at C + 1
    /// words), computed in one forward pass.
    pub fn token_log_probs(&self, sequences: &[&[usize]]) -> Vec<Vec<f32>> {
        let vocab = self.shape.vocab;
        let cut: Vec<&[usize]> = sequences
            .iter()
            .map(|s| &s[..s.len().min(self.shape.context + 1)])
            .collect();
        let inputs: Vec<&[usize]> = cut
            .iter()
            .map(|s| &s[..s.len().saturating_sub(1)])
            .collect();
        let trace = self.forward(&inputs);
        cut.iter()
            .zip(&trace.segments.0)
            .map(|(sequence, &(start, length))| {
                (0..length)
                    .map(|t| {
                        let row = &trace.logits[(start + t) * vocab..][..vocab];
                        row[sequence[t + 1]] - log_sum_exp(row)
                    })
                    .collect()
            })
            .collect()
    }

    /// The mean cross-entropy of `batch`'s predictions, L = −(1/N) Σ ln p(next word), and its
    /// gradient ∂L/∂θ for every parameter (∂L/∂logits = (softmax − one-hot)/N per prediction).
    pub fn loss_and_gradients(&self, batch: &Batch) -> (f32, Vec<f32>) {
        let vocab = self.shape.vocab;
        let scale = 1.0 / batch.predictions.max(1) as f32;
        let inputs: Vec<&[usize]> = batch
            .documents
            .iter()
            .map(|d| &d[..d.len().saturating_sub(1)])
            .collect();
        let mut trace = self.forward(&inputs);
        let targets = batch.documents.iter().flat_map(|d| d.iter().skip(1));
        let mut dlogits = std::mem::take(&mut trace.logits);
        let mut total = 0f32;
        for (row, &next) in dlogits.chunks_exact_mut(vocab).zip(targets) {
            let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            let target = row[next];
            for x in row.iter_mut() {
                *x = exp(*x - max);
            }
            let sum: f32 = row.iter().sum();
            total += max + ln(sum) - target;
            for x in row.iter_mut() {
                *x = *x / sum * scale;
            }
            row[next] -= scale;
        }
        let mut gradients = vec![0f32; self.parameters.len()];
        self.backward(&trace, &dlogits, &mut gradients);
        (total * scale, gradients)
    }

    /// One AdamW step on `batch` at `rate`; returns the batch's mean loss before the step.
    pub fn train(&mut self, batch: &Batch, settings: &Optimiser, rate: f64) -> f32 {
        let (loss, gradients) = self.loss_and_gradients(batch);
        let parameters = self.parameters.len();
        self.optimiser
            .get_or_insert_with(|| AdamW::new(parameters))
            .step(settings, &mut self.parameters, &gradients, rate);
        loss
    }
}
