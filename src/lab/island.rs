//! The training lab's island: its settings hosted by [`use_island`], its runs in a reducer of
//! their own ([`Session`] decides what starts), and its Web Workers ([`use_lab_workers`]).

use std::rc::Rc;

use yew::prelude::*;

use crate::island::{use_island, Island};
use crate::lab::params::LabParams;
use crate::lab::protocol::FromWorker;
use crate::lab::session::Session;
use crate::lab::use_workers::use_lab_workers;
use crate::lab::view::LabView;
use crate::lab::EXPLAINER;

/// The lab's runs.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LabState {
    pub session: Session,
}

/// Everything that changes the lab's runs.
#[derive(Clone, Debug, PartialEq)]
pub enum LabIslandAction {
    /// Start a run with these settings, unless one is going.
    Start(Box<LabParams>),
    /// Start "Run 5 seeds" with these settings, unless a run is going.
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

/// The lab: its view, fed by the reducer, and the effects that connect it to the address, the
/// workers and the clock.
#[function_component(LabIsland)]
pub fn lab_island() -> Html {
    // Its controls offer only values within its rules, so it has no refusal to show.
    let Island {
        settings: params,
        dispatch,
        ..
    } = use_island::<LabParams>(&EXPLAINER);
    let state = use_reducer(LabState::default);
    let workers = use_lab_workers(&state);

    // The session decides whether a run starts; the workers hook sends a started run's models.
    let begin = {
        let (state, params) = (state.clone(), params.clone());
        Callback::from(move |spread: bool| {
            let params = Box::new(params.clone());
            state.dispatch(if spread {
                LabIslandAction::StartSpread(params)
            } else {
                LabIslandAction::Start(params)
            });
        })
    };
    let train = begin.reform(|()| false);
    let train_seeds = begin.reform(|()| true);
    let cancel = {
        let (state, cancel_workers) = (state.clone(), workers.cancel.clone());
        Callback::from(move |()| {
            if let Some(message) = state.session.cancel_message() {
                cancel_workers.emit(message);
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
        let (state, post) = (state.clone(), workers.post.clone());
        use_effect_with((params.temperature, latest), move |(temperature, _)| {
            // Worker 0 trained every run's first model, whose words the page shows.
            if let Some(message) = state.session.speak_message(*temperature) {
                post.emit((0, message));
            }
        });
    }

    let clear_history = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(LabIslandAction::ClearHistory))
    };
    html! {
        <LabView {params} session={state.session.clone()} {dispatch}
            on_train={train} on_train_seeds={train_seeds} on_cancel={cancel} on_clear_history={clear_history} on_intent={workers.warm_up} />
    }
}
