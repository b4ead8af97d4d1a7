//! A Monte Carlo version of the update, to make the likelihood tangible: draw a world from the
//! prior, draw an observer in it, and keep the draw only if the observer's rank is ours. The
//! share of kept draws from each world converges to its posterior.
//!
//! - SSA: world i with probability w_i / Σ w; then a rank uniform on 1..=N_i.
//! - SIA: world i with probability w_i N_i / Σ w N (worlds weighted by population); then a
//!   rank uniform on 1..=N_i.

use crate::doomsday::model::{Hypothesis, Rule};
use crate::rng::Rng;

/// The largest N a simulation accepts: beyond it the kept draws are too rare to count.
pub const MAX_SIMULATED_TOTAL: f64 = 1e7;

/// Why a set-up cannot be simulated.
#[derive(Clone, Debug, PartialEq)]
pub enum SimulationError {
    /// Some N exceeds [`MAX_SIMULATED_TOTAL`]: its share of kept draws would be too small to see.
    TooLarge { largest: f64 },
    /// The rank is not a whole number from 1 to the largest N.
    BadRank(f64),
    /// A total is not a whole number ≥ 1, or the weights give no world to draw.
    BadHypotheses,
}

/// The sampling weight of each world in one draw: w_i / Σ w under SSA, w_i N_i / Σ w N under SIA
/// (worlds weighted by their population), for `hypotheses` with finite weights ≥ 0 and totals ≥ 1.
/// `None` when no world can be drawn.
pub fn sampling_weights(hypotheses: &[Hypothesis], rule: Rule) -> Option<Vec<f64>> {
    let weights: Vec<f64> = hypotheses
        .iter()
        .map(|h| match rule {
            Rule::Ssa => h.weight,
            Rule::Sia => h.weight * h.total,
        })
        .collect();
    let sum: f64 = weights.iter().sum();
    (sum.is_finite() && sum > 0.0).then(|| weights.iter().map(|w| w / sum).collect())
}

/// The expected number of draws until `kept` draws from world `i` have been kept: one draw
/// keeps a draw from world i with probability q_i / N_i (q_i its sampling weight, then a rank
/// uniform on 1..=N_i that must equal ours), so `kept · N_i / q_i` draws, which is
/// kept · N_i · Σw / w_i under SSA and kept · Σ_j w_j N_j / w_i under SIA. Computed in log space,
/// so totals up to 10⁴⁰ give finite answers. `None` when world i is never kept (its weight is 0,
/// or our rank is above its total).
pub fn draws_needed(
    hypotheses: &[Hypothesis],
    rank: f64,
    rule: Rule,
    i: usize,
    kept: f64,
) -> Option<f64> {
    let world = hypotheses.get(i)?;
    if !(world.weight > 0.0 && rank <= world.total) {
        return None;
    }
    // ln Σ_j v_j, with v_j = w_j (SSA) or w_j N_j (SIA), by log-sum-exp.
    let logs: Vec<f64> = hypotheses
        .iter()
        .filter(|h| h.weight > 0.0)
        .map(|h| match rule {
            Rule::Ssa => h.weight.ln(),
            Rule::Sia => h.weight.ln() + h.total.ln(),
        })
        .collect();
    let top = logs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let log_sum = top + logs.iter().map(|l| (l - top).exp()).sum::<f64>().ln();
    let log_q = match rule {
        Rule::Ssa => world.weight.ln(),
        Rule::Sia => world.weight.ln() + world.total.ln(),
    } - log_sum;
    Some((kept.ln() + world.total.ln() - log_q).exp())
}

/// The running experiment: how many draws, and how many were kept from each world.
#[derive(Clone, Debug, PartialEq)]
pub struct Simulation {
    rng: Rng,
    /// Cumulative sampling weights for choosing a world, ending at 1.
    cumulative: Vec<f64>,
    totals: Vec<u64>,
    rank: u64,
    pub draws: u64,
    pub kept: Vec<u64>,
}

impl Simulation {
    /// A fresh simulation of `hypotheses` with our rank `rank` under `rule`, seeded by `seed`.
    pub fn new(
        hypotheses: &[Hypothesis],
        rank: f64,
        rule: Rule,
        seed: u64,
    ) -> Result<Self, SimulationError> {
        let largest = hypotheses.iter().map(|h| h.total).fold(0.0, f64::max);
        if largest > MAX_SIMULATED_TOTAL {
            return Err(SimulationError::TooLarge { largest });
        }
        if !(rank >= 1.0 && rank <= largest && rank.fract() == 0.0) {
            return Err(SimulationError::BadRank(rank));
        }
        let valid = hypotheses.iter().all(|h| {
            h.total >= 1.0 && h.total.fract() == 0.0 && h.weight.is_finite() && h.weight >= 0.0
        });
        let weights = sampling_weights(hypotheses, rule)
            .filter(|_| valid)
            .ok_or(SimulationError::BadHypotheses)?;
        let mut running = 0.0;
        let cumulative = weights
            .iter()
            .map(|w| {
                running += w;
                running
            })
            .collect();
        Ok(Self {
            rng: Rng::new(seed),
            cumulative,
            totals: hypotheses.iter().map(|h| h.total as u64).collect(),
            rank: rank as u64,
            draws: 0,
            kept: vec![0; hypotheses.len()],
        })
    }

    /// Makes `count` more draws: a world by its sampling weight, then a rank uniform on 1..=N.
    pub fn run(&mut self, count: u64) {
        let last = self.cumulative.len() - 1;
        for _ in 0..count {
            let u = self.rng.next_f64();
            let world = self.cumulative.iter().position(|&c| u < c).unwrap_or(last);
            let rank = (self.rng.next_f64() * self.totals[world] as f64) as u64 + 1;
            if rank == self.rank {
                self.kept[world] += 1;
            }
        }
        self.draws += count;
    }

    /// All draws kept so far.
    pub fn kept_total(&self) -> u64 {
        self.kept.iter().sum()
    }

    /// The estimate of world i's posterior, kept_i / kept, with its 95% Wilson score interval;
    /// `None` before any draw is kept.
    pub fn estimate(&self, i: usize) -> Option<Estimate> {
        let n = self.kept_total() as f64;
        let k = *self.kept.get(i)? as f64;
        (n > 0.0).then(|| Estimate::wilson(k, n))
    }
}

/// A proportion with its 95% interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    pub share: f64,
    pub lo: f64,
    pub hi: f64,
}

impl Estimate {
    /// Wilson's score interval for k successes in n trials at z = 1.96:
    /// (p̂ + z²/2n ± z √(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n), exactly 0 below for k = 0 and
    /// exactly 1 above for k = n (where rounding would leave a trace).
    pub fn wilson(k: f64, n: f64) -> Self {
        const Z: f64 = 1.959_963_984_540_054;
        let p = k / n;
        let z2 = Z * Z;
        let centre = p + z2 / (2.0 * n);
        let spread = Z * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
        let denominator = 1.0 + z2 / n;
        Self {
            share: p,
            lo: if k == 0.0 {
                0.0
            } else {
                ((centre - spread) / denominator).max(0.0)
            },
            hi: if k == n {
                1.0
            } else {
                ((centre + spread) / denominator).min(1.0)
            },
        }
    }
}
