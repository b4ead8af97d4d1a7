//! A conceptual model of why the pretraining mix matters: the persona prior. It is not a fit to
//! the paper's data, and the page says so. Equations and assumptions: docs/persona-model.md.
//!
//! A pretrained model's belief about how "an AI" behaves in a tempting scenario is a
//! Beta(α, β) distribution over p, the probability that an AI takes the misaligned action.
//! It starts at Beta(1, 1) and every document about AI behaviour is evidence:
//!
//! - α = 1 + w · 100 · (s · m · (1 − r·F) + k · x_mis)
//! - β = 1 + w · 100 · (s · (1 − m) + k · x_align)
//!
//! where s is the share of pretraining tokens that is natural AI discourse, m the share of it that
//! shows misaligned AI, F = 1 when filtering is on and r the filter's recall on that negative
//! discourse, x_align and x_mis the synthetic documents' shares of tokens, w the pseudo-observations
//! per 1% of tokens, and k how many times more a synthetic, on-topic document counts than a
//! natural one. Post-training adds P pseudo-observations depicting misalignment at rate t:
//! α' = α + P·t, β' = β + P·(1 − t). The prediction is the mean α/(α+β) with the belief's central
//! 95%, whose width comes from the illustrative pseudo-count w: a property of the chosen w, not
//! an uncertainty about the world.
//!
//! What it cannot explain: post-training adds the same evidence to every condition and moves
//! each by the share P/(α+β+P) of its distance to t, less for conditions with more pretraining
//! evidence; and adding misaligned evidence Δ can only raise the post-trained mean,
//! (α+Δ+Pt)/(α+β+Δ+P) > (α+Pt)/(α+β+P). So it can never put Misalignment upsampled below
//! Unfiltered after post-training, as the paper measured (51% → 21% against 34%, HHH prompt).

use std::fmt;

use statrs::distribution::{Beta, Continuous, ContinuousCDF};

use crate::alignment::paper::setup_fact;
use crate::alignment::results::Condition;

/// The model's inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonaParams {
    /// s: share of pretraining tokens that is natural AI discourse (0 to 1).
    pub discourse_share: f64,
    /// m: share of that discourse showing AIs acting misaligned (0 to 1).
    pub misaligned_share: f64,
    /// F: whether negative AI discourse is filtered out.
    pub filtered: bool,
    /// r: the share of negative discourse the filter catches (0 to 1).
    pub filter_recall: f64,
    /// x_align: synthetic documents of AIs behaving well, as a share of tokens (0 to 1).
    pub synthetic_aligned: f64,
    /// x_mis: synthetic documents of AIs behaving badly, as a share of tokens (0 to 1).
    pub synthetic_misaligned: f64,
    /// w: pseudo-observations per 1% of tokens of natural discourse (> 0).
    pub weight: f64,
    /// k: how many times more a synthetic document counts than a natural one (≥ 0).
    pub synthetic_boost: f64,
    /// P: post-training's strength in pseudo-observations (≥ 0).
    pub post_strength: f64,
    /// t: the misalignment rate post-training's data depicts (0 to 1).
    pub post_target: f64,
}

/// Why the model cannot be evaluated.
#[derive(Clone, Debug, PartialEq)]
pub enum PersonaError {
    /// A share or rate outside 0..=1, or NaN; names the parameter.
    NotAShare(&'static str, f64),
    /// A weight or strength that is negative, infinite or NaN; names the parameter.
    NotAWeight(&'static str, f64),
}

impl fmt::Display for PersonaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotAShare(name, v) => write!(f, "{name} must be between 0 and 1, not {v}"),
            Self::NotAWeight(name, v) => {
                write!(f, "{name} must be a finite number of at least 0, not {v}")
            }
        }
    }
}

/// A Beta distribution summarised: its parameters, mean and central 95% interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BetaSummary {
    pub alpha: f64,
    pub beta: f64,
    /// α / (α + β).
    pub mean: f64,
    pub lo: f64,
    pub hi: f64,
}

impl BetaSummary {
    /// Summarises Beta(α, β) (both > 0).
    fn new(alpha: f64, beta: f64) -> Self {
        let mean = alpha / (alpha + beta);
        let (lo, hi) = match Beta::new(alpha, beta) {
            Ok(d) => (d.inverse_cdf(0.025), d.inverse_cdf(0.975)),
            Err(_) => (mean, mean),
        };
        Self {
            alpha,
            beta,
            mean,
            lo: lo.min(mean),
            hi: hi.max(mean),
        }
    }

    /// The density of p at `p` (0 outside 0..1).
    pub fn density(&self, p: f64) -> f64 {
        Beta::new(self.alpha, self.beta).map_or(0.0, |d| d.pdf(p))
    }
}

/// The model's predictions: the belief after pretraining and after post-training.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Prediction {
    pub base: BetaSummary,
    pub post: BetaSummary,
}

fn share(name: &'static str, v: f64) -> Result<f64, PersonaError> {
    if (0.0..=1.0).contains(&v) {
        Ok(v)
    } else {
        Err(PersonaError::NotAShare(name, v))
    }
}

fn weight(name: &'static str, v: f64) -> Result<f64, PersonaError> {
    if v.is_finite() && v >= 0.0 {
        Ok(v)
    } else {
        Err(PersonaError::NotAWeight(name, v))
    }
}

/// Evaluates the model (equations in the module documentation).
pub fn predict(p: &PersonaParams) -> Result<Prediction, PersonaError> {
    let s = share("the AI-discourse share", p.discourse_share)?;
    let m = share("the misaligned share of AI discourse", p.misaligned_share)?;
    let r = share("the filter's recall", p.filter_recall)?;
    let x_align = share("the synthetic aligned share", p.synthetic_aligned)?;
    let x_mis = share("the synthetic misaligned share", p.synthetic_misaligned)?;
    let w = weight("the weight per 1% of tokens", p.weight)?;
    let k = weight("the synthetic documents' extra weight", p.synthetic_boost)?;
    let strength = weight("post-training's strength", p.post_strength)?;
    let t = share("post-training's misalignment rate", p.post_target)?;
    let kept_negative = if p.filtered { 1.0 - r } else { 1.0 };
    let alpha = 1.0 + w * 100.0 * (s * m * kept_negative + k * x_mis);
    let beta = 1.0 + w * 100.0 * (s * (1.0 - m) + k * x_align);
    Ok(Prediction {
        base: BetaSummary::new(alpha, beta),
        post: BetaSummary::new(alpha + strength * t, beta + strength * (1.0 - t)),
    })
}

/// The conditions ordered from least to most misaligned by `rate` (ties in [`Condition::ALL`]'s
/// order); `None` if any rate is missing.
pub fn ordering(rate: impl Fn(Condition) -> Option<f64>) -> Option<Vec<Condition>> {
    let rated: Vec<(Condition, f64)> = Condition::ALL
        .iter()
        .map(|&c| Some((c, rate(c)?)))
        .collect::<Option<_>>()?;
    // Each condition's place is the number that come before it: four items need no sort (whose
    // code would weigh kilobytes in the page's bundle).
    let mut ordered = rated.clone();
    for (i, &(condition, value)) in rated.iter().enumerate() {
        let place = rated
            .iter()
            .enumerate()
            .filter(|&(j, &(_, other))| other < value || (other == value && j < i))
            .count();
        ordered[place] = (condition, value);
    }
    Some(ordered.into_iter().map(|(c, _)| c).collect())
}

/// Illustrative defaults: not from the paper, chosen to make the mechanism visible; the page
/// labels them so. (The default AI-discourse share is the December 2025 draft's keyword-filter hit
/// rate, 9.30% of pretraining documents flagged: a stand-in, not a measured share of AI
/// discourse, since the blocklist also flags negative mentions of non-human entities.)
const ILLUSTRATIVE_MISALIGNED_SHARE: f64 = 0.5;
const ILLUSTRATIVE_FILTER_RECALL: f64 = 0.5;
const ILLUSTRATIVE_WEIGHT: f64 = 100.0;
const ILLUSTRATIVE_SYNTHETIC_BOOST: f64 = 100.0;
const ILLUSTRATIVE_POST_STRENGTH: f64 = 1000.0;
const ILLUSTRATIVE_POST_TARGET: f64 = 0.1;

/// A set-up fact's value by key (0 if the data file lacks it; the data tests require them all).
fn fact(key: &str) -> f64 {
    setup_fact(key).map_or(0.0, |f| f.value)
}

impl PersonaParams {
    /// One of the paper's four conditions as model inputs: filtering for Filtered, and for the
    /// upsampled conditions synthetic tokens as a share of all 550B tokens, using the draft
    /// design's 400M misaligned and 500M aligned tokens (the arXiv amounts are not available).
    pub fn preset(condition: Condition) -> Self {
        let all_tokens = fact("pretraining_tokens") + fact("midtraining_tokens");
        let mut params = Self {
            discourse_share: fact("filtered_share"),
            misaligned_share: ILLUSTRATIVE_MISALIGNED_SHARE,
            filtered: false,
            filter_recall: ILLUSTRATIVE_FILTER_RECALL,
            synthetic_aligned: 0.0,
            synthetic_misaligned: 0.0,
            weight: ILLUSTRATIVE_WEIGHT,
            synthetic_boost: ILLUSTRATIVE_SYNTHETIC_BOOST,
            post_strength: ILLUSTRATIVE_POST_STRENGTH,
            post_target: ILLUSTRATIVE_POST_TARGET,
        };
        match condition {
            Condition::Unfiltered => {}
            Condition::Filtered => params.filtered = true,
            Condition::MisalignmentUpsampled => {
                params.synthetic_misaligned =
                    fact("synthetic_misaligned_tokens_draft") / all_tokens;
            }
            Condition::AlignmentUpsampled => {
                params.synthetic_aligned = fact("synthetic_aligned_tokens_draft") / all_tokens;
            }
        }
        params
    }

    /// The preset this is, if it is one.
    pub fn as_preset(&self) -> Option<Condition> {
        Condition::ALL
            .into_iter()
            .find(|c| Self::preset(*c) == *self)
    }
}

impl Default for PersonaParams {
    fn default() -> Self {
        Self::preset(Condition::Unfiltered)
    }
}
