//! Three of the transformer's operations as single candle operations, each with its own backward
//! pass, in place of the chains of small tensor operations they are made of. On the lab's tiny
//! tensors candle's time goes to per-operation work (allocation, strided copies, reductions), not
//! arithmetic (docs/lab.md), so fewer operations train faster. Each gives the same numbers as
//! its composed form (tests/lab_design.rs compares values and gradients).
//!
//! - [`normalize`]: y = (x − mean x) / √(var x + ε) over the last dimension; the backward pass
//!   is ∂x = (g − mean g − y · mean(g y)) / √(var x + ε).
//! - [`softmax`]: y = exp(x − max x) / Σ exp(x − max x) over the last dimension; ∂x = y ⊙ (g − Σ g y).
//! - [`cross_entropy`]: per row, −ln softmax(logits)[target]; ∂logits = g · (softmax − one-hot).

use candle_core::{CpuStorage, CustomOp1, CustomOp2, Layout, Result, Shape, Tensor};

/// ε of the normalisation, as in the composed layer norm it replaces.
const EPSILON: f32 = 1e-5;

/// The f32 values of a contiguous tensor's storage.
fn values<'a>(storage: &'a CpuStorage, layout: &Layout) -> Result<&'a [f32]> {
    let all = storage.as_slice::<f32>()?;
    match layout.contiguous_offsets() {
        Some((start, end)) => Ok(&all[start..end]),
        None => candle_core::bail!("the fused operations take contiguous tensors"),
    }
}

/// The length of the last dimension.
fn row_length(layout: &Layout) -> usize {
    layout.dims().last().copied().unwrap_or(1)
}

/// Appends softmax(row) to `out`: exp(x − max) / Σ exp(x − max).
fn push_softmax(row: &[f32], out: &mut Vec<f32>) {
    let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let start = out.len();
    out.extend(row.iter().map(|v| (v - max).exp()));
    let sum: f32 = out[start..].iter().sum();
    for v in &mut out[start..] {
        *v /= sum;
    }
}

/// ln Σ exp(row), computed as max + ln Σ exp(x − max).
fn log_sum_exp(row: &[f32]) -> f32 {
    let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    row.iter().map(|x| (x - max).exp()).sum::<f32>().ln() + max
}

/// (mean, 1/√(var + ε)) of a row.
fn moments(row: &[f32]) -> (f32, f32) {
    let n = row.len() as f32;
    let mean = row.iter().sum::<f32>() / n;
    let variance = row.iter().map(|v| (v - mean) * (v - mean)).sum::<f32>() / n;
    (mean, 1.0 / (variance + EPSILON).sqrt())
}

struct Normalize;

impl CustomOp1 for Normalize {
    fn name(&self) -> &'static str {
        "lab-normalize"
    }

    fn cpu_fwd(&self, storage: &CpuStorage, layout: &Layout) -> Result<(CpuStorage, Shape)> {
        let x = values(storage, layout)?;
        let mut out = Vec::with_capacity(x.len());
        for row in x.chunks(row_length(layout)) {
            let (mean, inverse) = moments(row);
            out.extend(row.iter().map(|v| (v - mean) * inverse));
        }
        Ok((CpuStorage::F32(out), layout.shape().clone()))
    }

    fn bwd(&self, arg: &Tensor, res: &Tensor, grad: &Tensor) -> Result<Option<Tensor>> {
        Ok(Some(arg.apply_op2_no_bwd(
            &Tensor::cat(&[res, &grad.contiguous()?], 0)?,
            &NormalizeBackward,
        )?))
    }
}

/// ∂x from x and, stacked along the first dimension, y then g.
struct NormalizeBackward;

impl CustomOp2 for NormalizeBackward {
    fn name(&self) -> &'static str {
        "lab-normalize-backward"
    }

    fn cpu_fwd(
        &self,
        s1: &CpuStorage,
        l1: &Layout,
        s2: &CpuStorage,
        l2: &Layout,
    ) -> Result<(CpuStorage, Shape)> {
        let x = values(s1, l1)?;
        let stacked = values(s2, l2)?;
        let (y, g) = stacked.split_at(x.len());
        let n = row_length(l1);
        let mut out = Vec::with_capacity(x.len());
        for ((xr, yr), gr) in x.chunks(n).zip(y.chunks(n)).zip(g.chunks(n)) {
            let (_, inverse) = moments(xr);
            let mean_g = gr.iter().sum::<f32>() / n as f32;
            let mean_gy = gr.iter().zip(yr).map(|(a, b)| a * b).sum::<f32>() / n as f32;
            out.extend(
                gr.iter()
                    .zip(yr)
                    .map(|(gv, yv)| (gv - mean_g - yv * mean_gy) * inverse),
            );
        }
        Ok((CpuStorage::F32(out), l1.shape().clone()))
    }
}

/// (x − mean x) / √(var x + ε) over the last dimension, with its backward pass.
pub fn normalize(x: &Tensor) -> Result<Tensor> {
    x.contiguous()?.apply_op1(Normalize)
}

struct Softmax;

impl CustomOp1 for Softmax {
    fn name(&self) -> &'static str {
        "lab-softmax"
    }

    fn cpu_fwd(&self, storage: &CpuStorage, layout: &Layout) -> Result<(CpuStorage, Shape)> {
        let x = values(storage, layout)?;
        let mut out = Vec::with_capacity(x.len());
        for row in x.chunks(row_length(layout)) {
            push_softmax(row, &mut out);
        }
        Ok((CpuStorage::F32(out), layout.shape().clone()))
    }

    fn bwd(&self, _arg: &Tensor, res: &Tensor, grad: &Tensor) -> Result<Option<Tensor>> {
        Ok(Some(
            res.apply_op2_no_bwd(&grad.contiguous()?, &SoftmaxBackward)?,
        ))
    }
}

/// ∂x = y ⊙ (g − Σ g y), from y and g.
struct SoftmaxBackward;

impl CustomOp2 for SoftmaxBackward {
    fn name(&self) -> &'static str {
        "lab-softmax-backward"
    }

    fn cpu_fwd(
        &self,
        s1: &CpuStorage,
        l1: &Layout,
        s2: &CpuStorage,
        l2: &Layout,
    ) -> Result<(CpuStorage, Shape)> {
        let (y, g) = (values(s1, l1)?, values(s2, l2)?);
        let n = row_length(l1);
        let mut out = Vec::with_capacity(y.len());
        for (yr, gr) in y.chunks(n).zip(g.chunks(n)) {
            let dot: f32 = yr.iter().zip(gr).map(|(a, b)| a * b).sum();
            out.extend(yr.iter().zip(gr).map(|(yv, gv)| yv * (gv - dot)));
        }
        Ok((CpuStorage::F32(out), l1.shape().clone()))
    }
}

/// Softmax over the last dimension, with its backward pass.
pub fn softmax(x: &Tensor) -> Result<Tensor> {
    x.contiguous()?.apply_op1(Softmax)
}

struct CrossEntropy;

impl CustomOp2 for CrossEntropy {
    fn name(&self) -> &'static str {
        "lab-cross-entropy"
    }

    fn cpu_fwd(
        &self,
        s1: &CpuStorage,
        l1: &Layout,
        s2: &CpuStorage,
        l2: &Layout,
    ) -> Result<(CpuStorage, Shape)> {
        let logits = values(s1, l1)?;
        let targets = values(s2, l2)?;
        let v = row_length(l1);
        let out: Vec<f32> = logits
            .chunks(v)
            .zip(targets)
            .map(|(row, &target)| log_sum_exp(row) - row[target as usize])
            .collect();
        Ok((CpuStorage::F32(out), Shape::from(targets.len())))
    }

    fn bwd(
        &self,
        logits: &Tensor,
        targets: &Tensor,
        _res: &Tensor,
        grad: &Tensor,
    ) -> Result<(Option<Tensor>, Option<Tensor>)> {
        let rows = Tensor::cat(&[&targets.unsqueeze(1)?, &grad.unsqueeze(1)?], 1)?;
        Ok((
            Some(logits.apply_op2_no_bwd(&rows.contiguous()?, &CrossEntropyBackward)?),
            None,
        ))
    }
}

/// ∂logits = g · (softmax(logits) − one-hot(target)), from the logits and (target, g) per row.
struct CrossEntropyBackward;

impl CustomOp2 for CrossEntropyBackward {
    fn name(&self) -> &'static str {
        "lab-cross-entropy-backward"
    }

    fn cpu_fwd(
        &self,
        s1: &CpuStorage,
        l1: &Layout,
        s2: &CpuStorage,
        l2: &Layout,
    ) -> Result<(CpuStorage, Shape)> {
        let logits = values(s1, l1)?;
        let rows = values(s2, l2)?;
        let v = row_length(l1);
        let mut out = Vec::with_capacity(logits.len());
        for (row, pair) in logits.chunks(v).zip(rows.chunks(2)) {
            let (target, g) = (pair[0] as usize, pair[1]);
            let start = out.len();
            push_softmax(row, &mut out);
            for (i, value) in out[start..].iter_mut().enumerate() {
                *value = g * (*value - if i == target { 1.0 } else { 0.0 });
            }
        }
        Ok((CpuStorage::F32(out), l1.shape().clone()))
    }
}

/// −ln softmax(logits)[target] for each row of `logits` (rows × V), with `targets` the target
/// ids as f32 (one per row); differentiable in the logits.
pub fn cross_entropy(logits: &Tensor, targets: &Tensor) -> Result<Tensor> {
    logits
        .contiguous()?
        .apply_op2(&targets.contiguous()?, CrossEntropy)
}
