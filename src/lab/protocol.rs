//! The messages between the lab's page and its Web Worker (encoded by gloo-worker with bincode).

use serde::{Deserialize, Serialize};

use crate::lab::corpus::Mix;
use crate::lab::experiment::{Event, Outcome, Phase, Settings};

/// From the page to the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ToWorker {
    /// Start run `run` (stopping any other).
    Start {
        run: u32,
        mix: Mix,
        settings: Settings,
    },
    /// Stop run `run` between two steps.
    Cancel { run: u32 },
}

/// Where the worker's time went, in milliseconds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Timing {
    /// Generating and encoding the corpus, building the model.
    pub setup_ms: f64,
    /// Training steps.
    pub train_ms: f64,
    /// Evaluations.
    pub evaluate_ms: f64,
    /// The longest single step (one batch or one evaluation).
    pub longest_step_ms: f64,
}

impl Timing {
    /// Training throughput: `tokens` predictions ÷ training seconds.
    pub fn tokens_per_second(&self, tokens: usize) -> f64 {
        tokens as f64 / (self.train_ms / 1000.0)
    }

    /// setup + training + evaluation, in seconds.
    pub fn total_seconds(&self) -> f64 {
        (self.setup_ms + self.train_ms + self.evaluate_ms) / 1000.0
    }
}

/// From the worker to the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FromWorker {
    /// What run `run` did since its last report.
    Progress {
        run: u32,
        tokens_trained: usize,
        tokens_total: usize,
        phase: Phase,
        events: Vec<Event>,
    },
    Finished {
        run: u32,
        outcome: Outcome,
        timing: Timing,
    },
    Failed {
        run: u32,
        message: String,
    },
}
