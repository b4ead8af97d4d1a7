//! The messages between the lab's page and its Web Worker (encoded by gloo-worker with bincode).

use serde::{Deserialize, Serialize};

use crate::lab::completions::Speech;
use crate::lab::documents::Mix;
use crate::lab::experiment::{Event, Outcome, Phase, Settings, Timing};

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
    /// Let finished run `run`'s models speak again at `temperature`.
    Speak { run: u32, temperature: f64 },
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
