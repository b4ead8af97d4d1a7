//! The messages between the lab's page and its Web Worker (encoded by gloo-worker with bincode).

use serde::{Deserialize, Serialize};

use crate::lab::completions::Speech;
use crate::lab::documents::Mix;
use crate::lab::experiment::{Event, Outcome, Phase, Settings, Timing};

/// From the page to the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ToWorker {
    /// Start model `member` of run `run` (stopping any other): its settings' `reshuffle` is the
    /// member, so each model of an ensemble reads the corpus in its own order. `speaks`: the
    /// page may ask this model to speak again once it has finished (the first model of a run
    /// whose words the page shows; not a model of "Run 5 seeds"), so the worker keeps it.
    Start {
        run: u32,
        member: u32,
        speaks: bool,
        mix: Mix,
        settings: Settings,
    },
    /// Stop run `run` between two steps.
    Cancel { run: u32 },
    /// Let finished run `run`'s models (its first member's) speak again at `temperature`.
    Speak { run: u32, temperature: f64 },
}

impl ToWorker {
    /// The run the instruction is about.
    pub fn run(&self) -> u32 {
        match self {
            Self::Start { run, .. } | Self::Cancel { run } | Self::Speak { run, .. } => *run,
        }
    }
}

/// From the worker to the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FromWorker {
    /// What model `member` of run `run` did since its last report.
    Progress {
        run: u32,
        member: u32,
        tokens_trained: usize,
        tokens_total: usize,
        phase: Phase,
        events: Vec<Event>,
    },
    Finished {
        run: u32,
        member: u32,
        outcome: Box<Outcome>,
        timing: Timing,
    },
    /// Finished run `run`'s models' words at a new temperature.
    Spoken {
        run: u32,
        speech: Box<Speech>,
    },
    Failed {
        run: u32,
        message: String,
    },
}
