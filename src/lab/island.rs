//! The training lab's island: its settings hosted by [`use_island`], its runs in a reducer of
//! their own, and the Web Workers that train: the first spawned when the reader's pointer or
//! focus first enters the lab (or on the first run), more when a run trains an ensemble
//! (`lab::pool` decides which trains which model).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Interval;
use gloo::worker::{Spawnable, WorkerBridge};
use yew::prelude::*;

use crate::browser::bundles::{blob_workers_allowed, offline_and_uncached};
use crate::browser::document::now;
use crate::island::{use_island, Island};
use crate::lab::params::LabParams;
use crate::lab::pool::{workers_for, Pool};
use crate::lab::protocol::{FromWorker, ToWorker};
use crate::lab::session::{Session, Status};
use crate::lab::view::LabView;
use crate::lab::worker::LabWorker;
use crate::lab::EXPLAINER;

/// The script that starts the worker (assets/lab-worker-loader.js), beside the page (a relative
/// path, so any sub-path works).
const WORKER_LOADER: &str = "./lab-worker-loader.js";

/// A run whose worker has said nothing for this long has failed (a trap kills a wasm worker
/// silently; a report comes every ~100 ms while it lives).
const SILENCE_LIMIT_MS: f64 = 20_000.0;

/// The lab's runs.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LabState {
    pub session: Session,
}

/// Everything that changes the lab's runs.
#[derive(Clone, Debug, PartialEq)]
pub enum LabIslandAction {
    /// Start a run with these settings (the island has told the workers).
    Start(Box<LabParams>),
    /// Start "Run 5 seeds" with these settings (the island has told the workers).
    StartSpread(Box<LabParams>),
    Cancel,
    Report(FromWorker),
    /// Run n's worker has been silent for too long.
    Stalled(u32),
    /// The browser will not start the worker.
    WorkerUnavailable,
    /// Offline, and the worker was never downloaded.
    TrainerOffline,
    ClearHistory,
}

impl Reducible for LabState {
    type Action = LabIslandAction;

    fn reduce(self: Rc<Self>, action: LabIslandAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            LabIslandAction::Start(params) => {
                next.session.start(&params);
            }
            LabIslandAction::StartSpread(params) => {
                next.session.start_spread(&params);
            }
            LabIslandAction::Cancel => {
                next.session.cancel();
            }
            LabIslandAction::Report(message) => next.session.receive(message),
            LabIslandAction::Stalled(run) => next.session.stalled(run),
            LabIslandAction::WorkerUnavailable => next.session.worker_unavailable(),
            LabIslandAction::TrainerOffline => next.session.trainer_offline(),
            LabIslandAction::ClearHistory => next.session.clear_history(),
        }
        Rc::new(next)
    }
}

/// The browser's logical cores (`navigator.hardwareConcurrency`; NaN where it does not say).
fn hardware_concurrency() -> f64 {
    web_sys::window().map_or(f64::NAN, |window| window.navigator().hardware_concurrency())
}

/// The lab: its view, fed by the reducer, and the effects that connect it to the address, the
/// worker and the clock.
#[function_component(LabIsland)]
pub fn lab_island() -> Html {
    // Its controls offer only values within its rules, so it has no refusal to show.
    let Island {
        settings: params,
        dispatch,
        ..
    } = use_island::<LabParams>(&EXPLAINER);
    let state = use_reducer(LabState::default);
    let workers: Rc<RefCell<Vec<WorkerBridge<LabWorker>>>> = use_mut_ref(Vec::new);
    let pool: Rc<RefCell<Pool>> = use_mut_ref(Pool::default);
    // Set once the browser has refused to start a worker: it is not asked again.
    let refused = use_mut_ref(|| false);
    let last_heard = use_mut_ref(|| 0.0f64);

    // Spawns workers until there are `wanted`: one on the first run, or earlier, when the
    // reader's pointer or focus enters the lab (its download and start take about 1.6 s,
    // measured); more when a run trains an ensemble. A worker's report may give it the run's
    // next model.
    let spawn = {
        let (workers, pool) = (workers.clone(), pool.clone());
        let (last_heard, state, refused) = (last_heard.clone(), state.clone(), refused.clone());
        Callback::from(move |wanted: usize| {
            // Offline before its first download, the worker's script cannot load: not now.
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
    let warm_up = spawn.reform(|()| 1);
    // Tells worker `index`, spawning workers first if need be; without one, the run fails at
    // once.
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
    // Starts a run (one model, an ensemble, or five seeds) on as many workers as it can use.
    let begin = {
        let (state, post, params, pool) =
            (state.clone(), post.clone(), params.clone(), pool.clone());
        Callback::from(move |spread: bool| {
            // The reducer's session makes the same decision from the same state.
            let messages = if spread {
                state.session.spread_messages(&params)
            } else {
                state.session.start_messages(&params)
            };
            if messages.is_empty() {
                return;
            }
            let params = Box::new(params.clone());
            state.dispatch(if spread {
                LabIslandAction::StartSpread(params)
            } else {
                LabIslandAction::Start(params)
            });
            let workers = workers_for(hardware_concurrency(), messages.len());
            let assigned = pool.borrow_mut().start(messages, workers);
            for assignment in assigned {
                post.emit(assignment);
            }
        })
    };
    let train = begin.reform(|()| false);
    let train_seeds = begin.reform(|()| true);
    let cancel = {
        let (state, workers, pool) = (state.clone(), workers.clone(), pool.clone());
        Callback::from(move |()| {
            if let Some(message) = state.session.cancel_message() {
                pool.borrow_mut().cancel();
                for worker in workers.borrow().iter() {
                    worker.send(message.clone());
                }
                state.dispatch(LabIslandAction::Cancel);
            }
        })
    };

    // A link with lab.autorun=1 starts a run at once.
    {
        let (train, autorun) = (train.clone(), params.autorun);
        use_effect_with((), move |_| {
            if autorun {
                train.emit(());
            }
        });
    }
    // A new temperature, or a run finished after the temperature changed: the latest run's
    // models speak again.
    {
        let latest = state.session.latest().map(|run| run.id);
        let (state, post) = (state.clone(), post.clone());
        use_effect_with((params.temperature, latest), move |(temperature, _)| {
            // Worker 0 trained every run's first model, whose words the page shows.
            if let Some(message) = state.session.speak_message(*temperature) {
                post.emit((0, message));
            }
        });
    }
    // While a run goes on, notice a worker that has gone silent.
    {
        let running = (state.session.status == Status::Running)
            .then(|| state.session.current.as_ref().map(|run| run.id))
            .flatten();
        let state = state.clone();
        use_effect_with(running, move |running| {
            let watchdog = running.map(|run| {
                Interval::new(1_000, move || {
                    if now() - *last_heard.borrow() > SILENCE_LIMIT_MS {
                        state.dispatch(LabIslandAction::Stalled(run));
                    }
                })
            });
            move || drop(watchdog)
        });
    }

    let clear_history = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(LabIslandAction::ClearHistory))
    };
    html! {
        <LabView {params} session={state.session.clone()} {dispatch}
            on_train={train} on_train_seeds={train_seeds} on_cancel={cancel} on_clear_history={clear_history} on_intent={warm_up} />
    }
}
