//! The mathematics of the doomsday update over a discrete set of hypotheses, in log space.
//!
//! Each hypothesis `H_i` says how many humans will ever live, `N_i`, and carries a prior weight
//! `w_i` (weights need not sum to 1). Our birth rank is `r`.
//!
//! - SSA (Self-Sampling Assumption): `P(r | H_i) = 1/N_i` if `r ≤ N_i`, else 0.
//! - SIA (Self-Indication Assumption): the prior is first re-weighted by `N_i`, which cancels the
//!   `1/N_i`, so the likelihood is 1 if `r ≤ N_i`, else 0.
//!
//! `P(H_i | r) = w_i · P(r | H_i) / Σ_j w_j · P(r | H_j)`, computed from logarithms with
//! log-sum-exp so that posteriors as small as 1e-300 keep their significant digits.

use std::fmt;

use crate::url::UrlWord;

/// How our own existence and rank count as evidence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Rule {
    /// Self-Sampling Assumption: we are a random sample from the humans of our world.
    #[default]
    Ssa,
    /// Self-Indication Assumption: worlds are weighted by how many observers they hold.
    Sia,
}

impl Rule {
    /// The other rule, for side-by-side comparisons.
    pub fn other(self) -> Self {
        match self {
            Self::Ssa => Self::Sia,
            Self::Sia => Self::Ssa,
        }
    }
}

impl UrlWord for Rule {
    const ALL: &'static [Self] = &[Self::Ssa, Self::Sia];
    fn word(self) -> &'static str {
        match self {
            Self::Ssa => "ssa",
            Self::Sia => "sia",
        }
    }
}

/// One hypothesis about the total number of humans who will ever live.
#[derive(Clone, Debug, PartialEq)]
pub struct Hypothesis {
    pub name: String,
    /// `N`, the total number of humans ever born under this hypothesis (≥ 1).
    pub total: f64,
    /// Prior weight (≥ 0); weights are normalised by their sum.
    pub weight: f64,
}

/// Why an update cannot be computed.
#[derive(Clone, Debug, PartialEq)]
pub enum UpdateError {
    NoHypotheses,
    /// The birth rank must be a finite number ≥ 1.
    InvalidRank(f64),
    /// Hypothesis `index` has a total that is not a finite number ≥ 1.
    InvalidTotal {
        index: usize,
        total: f64,
    },
    /// Hypothesis `index` has a weight that is negative or not finite.
    InvalidWeight {
        index: usize,
        weight: f64,
    },
    /// Every weight is zero: there is no prior to update.
    NoPriorMass,
    /// Every hypothesis with prior weight says fewer humans than our rank: the evidence is
    /// impossible under all of them.
    AllRefuted,
}

impl fmt::Display for UpdateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoHypotheses => write!(f, "There are no hypotheses to compare."),
            Self::InvalidRank(rank) => write!(
                f,
                "The birth rank must be a number of at least 1, not {rank}."
            ),
            Self::InvalidTotal { index, total } => write!(
                f,
                "Hypothesis {} needs a total of at least 1 human, not {total}.",
                index + 1
            ),
            Self::InvalidWeight { index, weight } => write!(
                f,
                "Hypothesis {} needs a prior weight of 0 or more, not {weight}.",
                index + 1
            ),
            Self::NoPriorMass => write!(
                f,
                "Every prior weight is zero, so there is nothing to update."
            ),
            Self::AllRefuted => write!(
                f,
                "Every hypothesis with any prior weight says fewer humans will ever live than your \
                 birth rank, so your own rank refutes them all. Raise a total above the rank."
            ),
        }
    }
}

/// One row of the Bayes table, every column in natural logarithms and as a probability.
#[derive(Clone, Debug, PartialEq)]
pub struct BayesRow {
    /// `w_i / Σ w_j`.
    pub prior: f64,
    /// `ln P(r | H_i)`: `−ln N_i` (SSA), `0` (SIA), or `−∞` when `r > N_i`.
    pub log_likelihood: f64,
    /// `ln(prior · likelihood)`.
    pub log_joint: f64,
    /// `P(H_i | r) = exp(log_joint − ln Σ_j exp(log_joint_j))`.
    pub posterior: f64,
    /// `r > N_i`: this hypothesis cannot produce our rank.
    pub refuted: bool,
}

/// The whole update: one row per hypothesis, in input order.
#[derive(Clone, Debug, PartialEq)]
pub struct Update {
    pub rows: Vec<BayesRow>,
    /// `ln Σ_i prior_i · P(r | H_i)`, the log evidence.
    pub log_evidence: f64,
}

/// `ln Σ exp(x_i)`, stable for very negative or very positive `x_i`; `−∞` when all are `−∞`.
pub fn log_sum_exp(values: &[f64]) -> f64 {
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if max == f64::NEG_INFINITY {
        return max;
    }
    max + values.iter().map(|v| (v - max).exp()).sum::<f64>().ln()
}

/// `ln P(r | N)`: under SSA `−ln N` for `r ≤ N`; under SIA `0` for `r ≤ N`; `−∞` for `r > N`.
pub fn log_likelihood(rank: f64, total: f64, rule: Rule) -> f64 {
    if rank > total {
        f64::NEG_INFINITY
    } else {
        match rule {
            Rule::Ssa => -total.ln(),
            Rule::Sia => 0.0,
        }
    }
}

/// Bayes' rule over the hypotheses: `P(H_i | r) ∝ w_i · P(r | H_i)`, normalised in log space.
pub fn update(hypotheses: &[Hypothesis], rank: f64, rule: Rule) -> Result<Update, UpdateError> {
    if hypotheses.is_empty() {
        return Err(UpdateError::NoHypotheses);
    }
    if !(rank.is_finite() && rank >= 1.0) {
        return Err(UpdateError::InvalidRank(rank));
    }
    for (index, h) in hypotheses.iter().enumerate() {
        if !(h.total.is_finite() && h.total >= 1.0) {
            return Err(UpdateError::InvalidTotal {
                index,
                total: h.total,
            });
        }
        if !(h.weight.is_finite() && h.weight >= 0.0) {
            return Err(UpdateError::InvalidWeight {
                index,
                weight: h.weight,
            });
        }
    }
    let total_weight: f64 = hypotheses.iter().map(|h| h.weight).sum();
    if total_weight == 0.0 {
        return Err(UpdateError::NoPriorMass);
    }
    let log_total_weight =
        log_sum_exp(&hypotheses.iter().map(|h| h.weight.ln()).collect::<Vec<_>>());
    let log_joints: Vec<f64> = hypotheses
        .iter()
        .map(|h| h.weight.ln() - log_total_weight + log_likelihood(rank, h.total, rule))
        .collect();
    let log_evidence = log_sum_exp(&log_joints);
    if log_evidence == f64::NEG_INFINITY {
        return Err(UpdateError::AllRefuted);
    }
    let rows = hypotheses
        .iter()
        .zip(&log_joints)
        .map(|(h, &log_joint)| BayesRow {
            prior: h.weight / total_weight,
            log_likelihood: log_likelihood(rank, h.total, rule),
            log_joint,
            posterior: (log_joint - log_evidence).exp(),
            refuted: rank > h.total,
        })
        .collect();
    Ok(Update { rows, log_evidence })
}

/// `P(H_i | I exist)` under SIA before the rank is seen: `w_i N_i / Σ_j w_j N_j`, in log space.
/// This is the step the presumptuous philosopher objects to; the rank's `1/N_i` then undoes it.
pub fn existence_weighted(hypotheses: &[Hypothesis]) -> Vec<f64> {
    let logs: Vec<f64> = hypotheses
        .iter()
        .map(|h| h.weight.ln() + h.total.ln())
        .collect();
    let log_norm = log_sum_exp(&logs);
    logs.iter().map(|l| (l - log_norm).exp()).collect()
}

/// The odds form of Bayes' rule for hypothesis `a` against `b`, in powers of ten:
/// `log10 posterior odds = log10 prior odds + log10 likelihood ratio`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Odds {
    /// `log10(prior_a / prior_b)`.
    pub log10_prior: f64,
    /// `log10(P(r | a) / P(r | b))`: `log10(N_b / N_a)` under SSA, 0 under SIA.
    pub log10_likelihood_ratio: f64,
    /// The sum of the two.
    pub log10_posterior: f64,
}

/// The odds of `a` against `b`, or `None` when either prior is zero, either hypothesis is
/// refuted, or an index is out of range (the odds are then 0 or infinite).
pub fn odds(update: &Update, a: usize, b: usize) -> Option<Odds> {
    let (row_a, row_b) = (update.rows.get(a)?, update.rows.get(b)?);
    let log10_prior = (row_a.prior.ln() - row_b.prior.ln()) / std::f64::consts::LN_10;
    let log10_likelihood_ratio =
        (row_a.log_likelihood - row_b.log_likelihood) / std::f64::consts::LN_10;
    let log10_posterior = log10_prior + log10_likelihood_ratio;
    log10_posterior.is_finite().then_some(Odds {
        log10_prior,
        log10_likelihood_ratio,
        log10_posterior,
    })
}

/// `Σ_{j ≠ i} P(H_j | r)`: the complement of posterior `i`, exact even when the posterior is
/// within 1e-16 of 1 (where `1 − p` would be 0).
pub fn complement(update: &Update, i: usize) -> f64 {
    update
        .rows
        .iter()
        .enumerate()
        .filter(|(j, _)| *j != i)
        .map(|(_, row)| row.posterior)
        .sum()
}
