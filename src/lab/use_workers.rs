//! The lab's Web Workers as a hook: spawning them, handing out a run's models (`lab::pool`),
//! passing their reports to the island's reducer, and noticing one that has gone silent.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Interval;
use gloo::worker::{Spawnable, WorkerBridge};
use yew::prelude::*;

use crate::browser::document::now;
use crate::browser::islands::{blob_workers_allowed, offline_and_uncached};
use crate::lab::island::{LabIslandAction, LabState};
use crate::lab::pool::{workers_for, Pool};
use crate::lab::protocol::{FromWorker, ToWorker};
use crate::lab::session::Status;
use crate::lab::worker::LabWorker;

/// The script that starts a worker, beside the page (a relative path, so any sub-path works):
/// written into each build by scripts/lab-worker-loader.mjs, it runs the page's own bundle.
const WORKER_LOADER: &str = "./lab-worker-loader.js";

/// A run whose worker has said nothing for this long has failed (a trap kills a wasm worker
/// silently; a report comes every ~100 ms while it lives).
const SILENCE_LIMIT_MS: f64 = 20_000.0;

/// How often the watchdog listens, in milliseconds.
const WATCHDOG_MS: u32 = 1_000;

/// The browser's logical cores (`navigator.hardwareConcurrency`; NaN where it does not say).
fn hardware_concurrency() -> f64 {
    crate::browser::window().map_or(f64::NAN, |window| window.navigator().hardware_concurrency())
}

/// What the island can ask of its workers.
pub struct LabWorkers {
    /// Start the first worker early, when the reader reaches for the lab (its download and
    /// start take about 1.6 s, measured).
    pub warm_up: Callback<()>,
    /// Send worker `index` one instruction, spawning workers up to it first.
    pub post: Callback<(usize, ToWorker)>,
    /// Stop every worker's part of the run in progress.
    pub cancel: Callback<ToWorker>,
}

/// The lab's workers, for the island whose reducer is `state`. Each run the session starts (the
/// current run, while it is running) is handed out here, once: its instructions on as many
/// workers as the browser has cores for, up to one per model (`workers_for`), the next model to
/// whichever worker reports one finished (`Pool`). Without a worker the run fails at once
/// (offline before the first download, or a browser that refuses workers, asked only once).
/// While a run goes on, a worker silent for [`SILENCE_LIMIT_MS`] stalls it.
#[hook]
pub fn use_lab_workers(state: &UseReducerHandle<LabState>) -> LabWorkers {
    let workers: Rc<RefCell<Vec<WorkerBridge<LabWorker>>>> = use_mut_ref(Vec::new);
    let pool: Rc<RefCell<Pool>> = use_mut_ref(Pool::default);
    let refused = use_mut_ref(|| false);
    let last_heard = use_mut_ref(|| 0.0f64);

    // Spawns workers until there are `wanted`; a worker's report may give it the run's next
    // model.
    let spawn = {
        let (workers, pool) = (workers.clone(), pool.clone());
        let (last_heard, state, refused) = (last_heard.clone(), state.clone(), refused.clone());
        Callback::from(move |wanted: usize| {
            if *refused.borrow() || offline_and_uncached() {
                return;
            }
            // gloo's spawner panics if the worker cannot start, and a panic stops this bundle.
            if !blob_workers_allowed() {
                *refused.borrow_mut() = true;
                state.dispatch(LabIslandAction::WorkerUnavailable);
                return;
            }
            while workers.borrow().len() < wanted {
                let index = workers.borrow().len();
                let (state, last_heard) = (state.clone(), last_heard.clone());
                let (all, pool) = (workers.clone(), pool.clone());
                let worker = LabWorker::spawner()
                    .callback(move |report| {
                        *last_heard.borrow_mut() = now();
                        if let Some(next) = pool.borrow_mut().reported(&report) {
                            if let Some(worker) = all.borrow().get(index) {
                                worker.send(next);
                            }
                        }
                        // One model failed, so the run has: the others stop.
                        if let FromWorker::Failed { run, .. } = &report {
                            for worker in all.borrow().iter() {
                                worker.send(ToWorker::Cancel { run: *run });
                            }
                        }
                        state.dispatch(LabIslandAction::Report(report));
                    })
                    .spawn_with_loader(WORKER_LOADER);
                workers.borrow_mut().push(worker);
            }
        })
    };
    let post = {
        let (workers, last_heard, spawn) = (workers.clone(), last_heard.clone(), spawn.clone());
        let state = state.clone();
        Callback::from(move |(index, message): (usize, ToWorker)| {
            spawn.emit(index + 1);
            *last_heard.borrow_mut() = now();
            match workers.borrow().get(index) {
                Some(worker) => worker.send(message),
                None if offline_and_uncached() => state.dispatch(LabIslandAction::TrainerOffline),
                None => state.dispatch(LabIslandAction::WorkerUnavailable),
            }
        })
    };
    // A run the session has just started: its models go out.
    let running = (state.session.status == Status::Running)
        .then(|| state.session.current.as_ref())
        .flatten();
    {
        let (pool, post) = (pool.clone(), post.clone());
        let instructions = running.map(|run| run.instructions.clone());
        use_effect_with(running.map(|run| run.id), move |_| {
            if let Some(instructions) = instructions {
                let workers = workers_for(hardware_concurrency(), instructions.len());
                let assigned = pool.borrow_mut().start(instructions, workers);
                for assignment in assigned {
                    post.emit(assignment);
                }
            }
        });
    }
    // While a run goes on, notice a worker that has gone silent.
    {
        let state = state.clone();
        use_effect_with(running.map(|run| run.id), move |running| {
            let watchdog = running.map(|run| {
                Interval::new(WATCHDOG_MS, move || {
                    if now() - *last_heard.borrow() > SILENCE_LIMIT_MS {
                        state.dispatch(LabIslandAction::Stalled(run));
                    }
                })
            });
            move || drop(watchdog)
        });
    }
    let cancel = Callback::from(move |message: ToWorker| {
        pool.borrow_mut().cancel();
        for worker in workers.borrow().iter() {
            worker.send(message.clone());
        }
    });
    LabWorkers {
        warm_up: spawn.reform(|()| 1),
        post,
        cancel,
    }
}
