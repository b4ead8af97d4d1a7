//! Which of the lab's Web Workers trains which model of a run. A run of one model uses one
//! worker; an ensemble's models are handed out in member order to as many workers as the
//! browser has cores for (at most [`MAX_WORKERS`]), the next model going to the first worker to
//! finish one. The session pools the models in member order, so the result does not depend on
//! how many workers there were.

use std::collections::VecDeque;

use crate::lab::protocol::{FromWorker, ToWorker};

/// The most workers a run uses, whatever the browser offers.
pub const MAX_WORKERS: usize = 4;

/// Workers for a run of `models` models when the browser reports `hardware_concurrency` logical
/// cores: min(cores, models, [`MAX_WORKERS`]), at least 1 (also when the number is missing or
/// nonsense).
pub fn workers_for(hardware_concurrency: f64, models: usize) -> usize {
    let cores = if hardware_concurrency.is_finite() && hardware_concurrency >= 1.0 {
        hardware_concurrency as usize
    } else {
        1
    };
    cores.min(models).clamp(1, MAX_WORKERS)
}

/// The models of the run in progress that no worker has started yet.
#[derive(Debug, Default)]
pub struct Pool {
    run: Option<u32>,
    waiting: VecDeque<ToWorker>,
}

impl Pool {
    /// Hands out a run's start messages (in member order): one to each of the first `workers`
    /// workers, as `(worker, message)`; the rest wait. Member 0 always goes to worker 0, whose
    /// finished models therefore speak for the run.
    pub fn start(&mut self, messages: Vec<ToWorker>, workers: usize) -> Vec<(usize, ToWorker)> {
        self.run = messages.first().map(ToWorker::run);
        self.waiting = messages.into();
        (0..workers.max(1))
            .map_while(|worker| self.waiting.pop_front().map(|message| (worker, message)))
            .collect()
    }

    /// A worker reported: when it finished a model of the run in progress, the next waiting
    /// model is its to start; when a model failed, nothing more starts. Reports of an earlier
    /// run change nothing (that worker has already been given the new run's work).
    pub fn reported(&mut self, report: &FromWorker) -> Option<ToWorker> {
        match report {
            FromWorker::Finished { run, .. } if Some(*run) == self.run => self.waiting.pop_front(),
            FromWorker::Failed { run, .. } if Some(*run) == self.run => {
                self.waiting.clear();
                None
            }
            _ => None,
        }
    }

    /// The run was cancelled: nothing more starts.
    pub fn cancel(&mut self) {
        self.waiting.clear();
        self.run = None;
    }
}
