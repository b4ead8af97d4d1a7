//! The doomsday update with a continuous prior over N, in closed form.
//!
//! With birth rank r and a prior density p(N), the posterior is p(N | r) ∝ p(N) · P(r | N) on
//! N ≥ r, where P(r | N) = 1/N under SSA and, after SIA's re-weighting by N, 1 under SIA.
//!
//! - Log-uniform prior p ∝ 1/N on [lo, hi]: SSA gives ∝ 1/N², SIA ∝ 1/N, on [max(r, lo), hi].
//! - Uniform prior p ∝ 1 on [lo, hi]: SSA gives ∝ 1/N, SIA ∝ 1.
//! - Log-normal prior (ln N normal, [lo, hi] its central 95% interval): SSA shifts the mean of
//!   ln N down by σ², SIA leaves it; both are then truncated to N ≥ r.
//!
//! Every posterior is therefore either a power law N^(−k) on an interval or a normal
//! distribution of ln N truncated below, and its quantiles have closed forms.

use std::f64::consts::{LN_10, SQRT_2};

use statrs::function::erf::{erfc, erfc_inv};

use crate::number_format::format_superscript;
use crate::doomsday::model::Rule;
use crate::doomsday::params::Shape;

/// The z of the central 95% interval of a normal distribution, Φ⁻¹(0.975).
const Z_975: f64 = 1.959_963_984_540_054;

/// A distribution of N ≥ 1, as the update needs it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Density {
    /// p(N) ∝ N^(−k) on [lo, hi].
    PowerLaw { k: f64, lo: f64, hi: f64 },
    /// ln N ~ Normal(mean, sd), truncated to N ≥ lower (0: not truncated).
    LogNormal { mean: f64, sd: f64, lower: f64 },
}

/// Why a continuous update cannot be computed.
#[derive(Clone, Debug, PartialEq)]
pub enum ContinuousError {
    /// The interval is empty or not within 1 ≤ lo < hi < ∞.
    InvalidInterval { lo: f64, hi: f64 },
    /// The rank is above every N the prior allows.
    RankAboveEveryN { rank: f64, hi: f64 },
}

impl std::fmt::Display for ContinuousError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::InvalidInterval { lo, hi } => {
                write!(
                    f,
                    "The prior needs 1 ≤ lo < hi, not lo = {} and hi = {}.",
                    format_superscript(*lo, 4),
                    format_superscript(*hi, 4)
                )
            }
            Self::RankAboveEveryN { rank, hi } => write!(
                f,
                "Your rank ({}) is above every N the prior allows (up to {}), so the evidence \
                 refutes the whole prior. Raise the upper end.",
                format_superscript(*rank, 4),
                format_superscript(*hi, 4)
            ),
        }
    }
}

/// ln Φ^c(z) = ln P(Z > z): from erfc while Φ^c(z) is comfortably representable (z ≤ 30),
/// beyond that from the asymptotic series ln φ(z) − ln z + ln(1 − z⁻² + 3z⁻⁴ − 15z⁻⁶ + 105z⁻⁸),
/// whose next term is below 2·10⁻¹² there.
fn ln_normal_survival(z: f64) -> f64 {
    if z <= 30.0 {
        (0.5 * erfc(z / SQRT_2)).ln()
    } else {
        let w = 1.0 / (z * z);
        let series = 1.0 - w * (1.0 - w * (3.0 - w * (15.0 - 105.0 * w)));
        ln_normal_density(z) - z.ln() + series.ln()
    }
}

/// ln φ(z) = −z²/2 − ln √(2π).
fn ln_normal_density(z: f64) -> f64 {
    -0.5 * z * z - 0.5 * (2.0 * std::f64::consts::PI).ln()
}

/// The z with ln Φ^c(z) = t (t < 0): erfc⁻¹ for a first guess where e^t is representable, the
/// asymptotic z ≈ √(−2t) beyond, then Newton's method on ln Φ^c, whose slope is −φ(z)/Φ^c(z).
fn ln_normal_survival_inverse(t: f64) -> f64 {
    let mut z = if t > -700.0 {
        SQRT_2 * erfc_inv(2.0 * t.exp())
    } else {
        (-2.0 * t).sqrt()
    };
    for _ in 0..50 {
        let slope = -(ln_normal_density(z) - ln_normal_survival(z)).exp();
        let step = (ln_normal_survival(z) - t) / slope;
        z -= step;
        if step.abs() <= 1e-14 * z.abs().max(1.0) {
            break;
        }
    }
    z
}

impl Density {
    /// The prior of `shape` on [lo, hi] (for the log-normal, [lo, hi] is its central 95%).
    pub fn prior(shape: Shape, lo: f64, hi: f64) -> Result<Self, ContinuousError> {
        if !(lo.is_finite() && hi.is_finite() && 1.0 <= lo && lo < hi) {
            return Err(ContinuousError::InvalidInterval { lo, hi });
        }
        Ok(match shape {
            Shape::LogUniform => Self::PowerLaw { k: 1.0, lo, hi },
            Shape::Uniform => Self::PowerLaw { k: 0.0, lo, hi },
            Shape::LogNormal => Self::LogNormal {
                mean: (lo.ln() + hi.ln()) / 2.0,
                sd: (hi.ln() - lo.ln()) / (2.0 * Z_975),
                lower: 0.0,
            },
        })
    }

    /// The posterior after seeing rank r under `rule`: multiply by N^(−1) (SSA) or 1 (SIA) and
    /// cut away N < r.
    pub fn posterior(self, rank: f64, rule: Rule) -> Result<Self, ContinuousError> {
        let extra = match rule {
            Rule::Ssa => 1.0,
            Rule::Sia => 0.0,
        };
        match self {
            Self::PowerLaw { k, lo, hi } => {
                if rank > hi {
                    return Err(ContinuousError::RankAboveEveryN { rank, hi });
                }
                Ok(Self::PowerLaw {
                    k: k + extra,
                    lo: lo.max(rank),
                    hi,
                })
            }
            // φ((x − μ)/σ) · e^(−x) ∝ φ((x − (μ − σ²))/σ), with x = ln N.
            Self::LogNormal { mean, sd, lower } => Ok(Self::LogNormal {
                mean: mean - extra * sd * sd,
                sd,
                lower: lower.max(rank),
            }),
        }
    }

    /// P(N > n).
    pub fn survival(self, n: f64) -> f64 {
        match self {
            Self::PowerLaw { k, lo, hi } => {
                if n <= lo {
                    1.0
                } else if n >= hi {
                    0.0
                } else {
                    power_law_mass(k, n, hi) / power_law_mass(k, lo, hi)
                }
            }
            Self::LogNormal { mean, sd, lower } => {
                let a = (lower.ln() - mean) / sd;
                let z = (n.max(lower).ln() - mean) / sd;
                (ln_normal_survival(z) - ln_normal_survival(a)).exp()
            }
        }
    }

    /// The N below which a share `q` of the probability lies (0 < q < 1).
    ///
    /// Power law: solve ∫_lo^N t^(−k) dt = q ∫_lo^hi t^(−k) dt, e.g. N_q = lo/(1 − q(1 − lo/hi))
    /// for k = 2 (Gott's N_q = r/(1 − q) as hi → ∞). Log-normal: N_q = exp(μ + σ z) with
    /// ln Φ^c(z) = ln(1 − q) + ln Φ^c(a), a = (ln lower − μ)/σ, solved in log space.
    pub fn quantile(self, q: f64) -> f64 {
        match self {
            Self::PowerLaw { k, lo, hi } => {
                if k == 1.0 {
                    lo * (hi / lo).powf(q)
                } else if k == 2.0 {
                    lo / (1.0 - q * (1.0 - lo / hi))
                } else {
                    let (a, b) = (lo.powf(1.0 - k), hi.powf(1.0 - k));
                    (a + q * (b - a)).powf(1.0 / (1.0 - k))
                }
            }
            Self::LogNormal { mean, sd, lower } => {
                let a = (lower.ln() - mean) / sd;
                let z = ln_normal_survival_inverse((1.0 - q).ln() + ln_normal_survival(a));
                (mean + sd * z).exp().max(lower)
            }
        }
    }

    /// For a posterior whose median is set by the prior's arbitrary upper cut-off hi rather than
    /// by the evidence, the median it would have with hi `factor` times higher; `None` when the
    /// evidence sets it. That is a power law N^(−k) with k ≤ 1, whose mass does not converge as
    /// hi → ∞: median √(L·hi) for k = 1 (SIA with a log-uniform prior, SSA with a uniform one),
    /// (L + hi)/2 for k = 0 (SIA with a uniform prior).
    pub fn median_with_cutoff_times(self, factor: f64) -> Option<f64> {
        match self {
            Self::PowerLaw { k, lo, hi } if k <= 1.0 => Some(
                Self::PowerLaw {
                    k,
                    lo,
                    hi: hi * factor,
                }
                .quantile(0.5),
            ),
            _ => None,
        }
    }

    /// The probability per unit of log10 N at N (what a chart on a log axis shows).
    pub fn density_per_decade(self, n: f64) -> f64 {
        match self {
            Self::PowerLaw { k, lo, hi } => {
                if n < lo || n > hi {
                    0.0
                } else {
                    // p(N) · N · ln 10, with p(N) = N^(−k) / ∫ t^(−k) dt.
                    (LN_10 * ((1.0 - k) * n.ln()).exp()) / power_law_mass(k, lo, hi)
                }
            }
            Self::LogNormal { mean, sd, lower } => {
                if n < lower {
                    return 0.0;
                }
                let z = (n.ln() - mean) / sd;
                let a = (lower.ln() - mean) / sd;
                LN_10 * (ln_normal_density(z) - ln_normal_survival(a)).exp() / sd
            }
        }
    }
}

/// ∫_a^b t^(−k) dt: ln(b/a) for k = 1, (b^(1−k) − a^(1−k))/(1 − k) otherwise.
fn power_law_mass(k: f64, a: f64, b: f64) -> f64 {
    if k == 1.0 {
        (b / a).ln()
    } else if k == 2.0 {
        1.0 / a - 1.0 / b
    } else {
        (b.powf(1.0 - k) - a.powf(1.0 - k)) / (1.0 - k)
    }
}

/// Gott's interval in its birth-rank form (his delta-t argument applied to birth rank instead of
/// time) at confidence c for total N given rank r: with f = r/N uniform, N lies in
/// [r / (1 − (1 − c)/2), r / ((1 − c)/2)] with probability c; at 95%, [r/0.975, 40r].
pub fn gott_interval(rank: f64, confidence: f64) -> (f64, f64) {
    let tail = (1.0 - confidence) / 2.0;
    (rank / (1.0 - tail), rank / tail)
}

/// How close a posterior must come to Gott's numbers for the page to call them the same: its
/// median and its 2.5% and 97.5% quantiles each within 1% of Gott's 2r, r/0.975 and 40r.
pub const GOTT_TOLERANCE: f64 = 0.01;

/// Whether a continuous posterior reproduces Gott's interval, and if not, why.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum GottIdentity {
    /// Median and 95% interval each within [`GOTT_TOLERANCE`] of Gott's; `discrepancy` is the
    /// largest relative difference of the three.
    Holds { discrepancy: f64 },
    /// The prior is not log-uniform or the rule is not SSA: no identity is claimed.
    OtherPrior,
    /// Log-uniform with SSA, but the prior starts above the rank (lo > r), so the posterior
    /// starts at lo, not at r.
    PriorStartsAboveRank,
    /// Log-uniform with SSA, but the upper cut-off is too close to 40r: the 97.5% quantile is
    /// r/(1 − 0.975(1 − r/hi)), within the tolerance of 40r only for hi ≥ `needed` =
    /// 39 r (1 − tolerance)/tolerance (3,861 r at 1%).
    CutoffTooClose { needed: f64 },
}

/// Whether `posterior` (from a `shape` prior starting at `lo`, and rank r under `rule`) is Gott's
/// interval: the identity p(N | r) = r/N² holds exactly only for a log-uniform prior under SSA
/// with lo ≤ r ≪ hi, so it is claimed only when the three summaries agree within
/// [`GOTT_TOLERANCE`].
pub fn gott_identity(
    shape: Shape,
    rule: Rule,
    posterior: Density,
    rank: f64,
    lo: f64,
) -> GottIdentity {
    if shape != Shape::LogUniform || rule != Rule::Ssa {
        return GottIdentity::OtherPrior;
    }
    let (gott_lo, gott_hi) = gott_interval(rank, 0.95);
    let discrepancy = [
        (posterior.quantile(0.5), 2.0 * rank),
        (posterior.quantile(0.025), gott_lo),
        (posterior.quantile(0.975), gott_hi),
    ]
    .iter()
    .map(|(value, gott)| (value / gott - 1.0).abs())
    .fold(0.0, f64::max);
    if discrepancy <= GOTT_TOLERANCE {
        GottIdentity::Holds { discrepancy }
    } else if lo > rank {
        GottIdentity::PriorStartsAboveRank
    } else {
        GottIdentity::CutoffTooClose {
            needed: 39.0 * rank * (1.0 - GOTT_TOLERANCE) / GOTT_TOLERANCE,
        }
    }
}

/// A posterior summarised: median, central 95% interval and P(N > threshold).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    pub median: f64,
    pub q025: f64,
    pub q975: f64,
    pub above_threshold: f64,
}

/// The summary of `density` (its median, 2.5% and 97.5% quantiles, P(N > threshold)).
pub fn summarise(density: Density, threshold: f64) -> Summary {
    Summary {
        median: density.quantile(0.5),
        q025: density.quantile(0.025),
        q975: density.quantile(0.975),
        above_threshold: density.survival(threshold),
    }
}
