//! "Run 5 seeds": the paper's three headline conditions (Unfiltered, Alignment upsampled,
//! Misalignment upsampled) trained on five consecutive seeds, so a reader sees the spread of
//! fresh seeds rather than one draw. A run of this kind trains seeds × conditions × models; its
//! members are numbered seed first, then condition, then model, and each (seed, condition)
//! pools its models as one run would ([`Outcome::ensemble`]).

use crate::lab::documents::Mix;
use crate::lab::experiment::Outcome;
use crate::lab::measured::Spread;
use crate::lab::params::Preset;
use crate::lab::questions::Evaluation;

/// Seeds in a spread.
pub const SEEDS: u64 = 5;

/// The conditions each seed trains, in member order.
pub const CONDITIONS: [Preset; 3] = [
    Preset::Unfiltered,
    Preset::AlignmentUpsampled,
    Preset::MisalignmentUpsampled,
];

/// What member `member` of a spread from `first_seed` with `models` models trains: its seed,
/// condition and model (the order it reads its corpus in). Member = (seed − first) × 3 × models
/// + condition × models + model.
pub fn member_of(first_seed: u64, models: usize, member: usize) -> (u64, Preset, usize) {
    let models = models.max(1);
    let group = member / models;
    let seed = first_seed + (group / CONDITIONS.len()) as u64;
    (seed, CONDITIONS[group % CONDITIONS.len()], member % models)
}

/// The members of a spread: seeds × conditions × models.
pub fn members(models: usize) -> usize {
    SEEDS as usize * CONDITIONS.len() * models.max(1)
}

/// The mix member `member` trains (always one: the conditions are presets).
pub fn mix_of(first_seed: u64, models: usize, member: usize) -> Option<Mix> {
    let (_, condition, _) = member_of(first_seed, models, member);
    condition.mix()
}

/// One seed's three conditions, pooled over their models.
#[derive(Clone, Debug, PartialEq)]
pub struct SeedResult {
    pub seed: u64,
    /// Unfiltered, Alignment upsampled, Misalignment upsampled: base and post-trained.
    pub base: [Evaluation; 3],
    pub post: [Evaluation; 3],
}

impl SeedResult {
    /// The base models' held-out misaligned shares: Unfiltered, Alignment, Misalignment.
    pub fn held_out(&self) -> [f64; 3] {
        self.base.map(|e| e.held_out.share())
    }

    /// Whether the held-out ordering is the paper's: Alignment upsampled < Unfiltered <
    /// Misalignment upsampled (its Fig. 5, base models, both question sets).
    pub fn ordered_as_the_paper(&self) -> bool {
        let [unfiltered, aligned, misaligned] = self.held_out();
        aligned < unfiltered && unfiltered < misaligned
    }
}

/// A finished spread: each seed's result, in seed order.
#[derive(Clone, Debug, PartialEq)]
pub struct SeedSpread {
    pub first_seed: u64,
    pub models: usize,
    pub seeds: Vec<SeedResult>,
}

impl SeedSpread {
    /// The spread of `outcomes`, one per member in member order (`None` unless every member
    /// finished).
    pub fn of(first_seed: u64, models: usize, outcomes: &[Outcome]) -> Option<Self> {
        let models = models.max(1);
        if outcomes.len() != members(models) {
            return None;
        }
        let groups: Vec<Outcome> = outcomes
            .chunks(models)
            .map(Outcome::ensemble)
            .collect::<Option<_>>()?;
        let seeds = groups
            .chunks(CONDITIONS.len())
            .enumerate()
            .map(|(i, conditions)| SeedResult {
                seed: first_seed + i as u64,
                base: [0, 1, 2].map(|c| conditions[c].base),
                post: [0, 1, 2].map(|c| conditions[c].post),
            })
            .collect();
        Some(Self {
            first_seed,
            models,
            seeds,
        })
    }

    /// The share of seeds whose held-out ordering is the paper's.
    pub fn share_ordered_as_the_paper(&self) -> f64 {
        let ordered = self
            .seeds
            .iter()
            .filter(|s| s.ordered_as_the_paper())
            .count();
        ordered as f64 / self.seeds.len().max(1) as f64
    }

    /// Each seed's held-out difference, base model: condition `treated` minus `control`
    /// (indices into [`CONDITIONS`]).
    pub fn differences(&self, treated: usize, control: usize) -> Vec<f64> {
        self.seeds
            .iter()
            .map(|s| s.held_out()[treated] - s.held_out()[control])
            .collect()
    }

    /// [`SeedSpread::differences`] as a mean and its standard error.
    pub fn contrast(&self, treated: usize, control: usize) -> Spread {
        Spread::of(&self.differences(treated, control))
    }
}
