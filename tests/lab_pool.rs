//! Which worker trains which model of a run (`lab::pool`).
#![cfg(not(target_arch = "wasm32"))]

use explainers::lab::documents::Mix;
mod lab_outcomes;

use lab_outcomes::outcome_with;

use explainers::lab::experiment::Settings;
use explainers::lab::pool::{workers_for, Pool, MAX_WORKERS};
use explainers::lab::protocol::{FromWorker, ToWorker};

fn start(run: u32, member: u32) -> ToWorker {
    ToWorker::Start {
        run,
        member,
        speaks: member == 0,
        mix: Mix::UNFILTERED,
        settings: Settings::default(),
    }
}

fn failed(run: u32) -> FromWorker {
    FromWorker::Failed {
        run,
        message: "trap".into(),
    }
}

fn progress(run: u32, member: u32) -> FromWorker {
    FromWorker::Progress {
        run,
        member,
        tokens_trained: 1,
        tokens_total: 2,
        phase: explainers::lab::experiment::Phase::Pretraining,
        events: Vec::new(),
    }
}

#[test]
fn a_run_uses_as_many_workers_as_cores_and_models_allow() {
    assert_eq!(workers_for(8.0, 4), 4);
    assert_eq!(workers_for(2.0, 4), 2);
    assert_eq!(workers_for(16.0, 16), MAX_WORKERS);
    assert_eq!(workers_for(8.0, 1), 1);
    for nonsense in [f64::NAN, 0.0, -3.0, f64::INFINITY] {
        assert_eq!(workers_for(nonsense, 4), 1, "{nonsense}");
    }
}

#[test]
fn models_go_to_workers_in_member_order_and_the_next_to_whichever_finishes() {
    let mut pool = Pool::default();
    let assigned = pool.start((0..4).map(|m| start(5, m)).collect(), 2);
    assert_eq!(assigned, [(0, start(5, 0)), (1, start(5, 1))]);
    // Progress starts nothing; a finished model frees its worker for the next.
    assert_eq!(pool.reported(&progress(5, 1)), None);
    let finished = |member| FromWorker::Finished {
        run: 5,
        member,
        outcome: Box::new(outcome_with(1.0)),
        timing: Default::default(),
    };
    assert_eq!(pool.reported(&finished(1)), Some(start(5, 2)));
    assert_eq!(pool.reported(&finished(0)), Some(start(5, 3)));
    assert_eq!(pool.reported(&finished(2)), None, "all started");
}

#[test]
fn a_failure_or_a_cancel_starts_nothing_more_and_old_reports_are_ignored() {
    let mut pool = Pool::default();
    pool.start((0..4).map(|m| start(1, m)).collect(), 1);
    assert_eq!(pool.reported(&failed(1)), None);
    let finished = FromWorker::Finished {
        run: 1,
        member: 0,
        outcome: Box::new(outcome_with(1.0)),
        timing: Default::default(),
    };
    assert_eq!(pool.reported(&finished), None, "after the failure");

    pool.start((0..4).map(|m| start(2, m)).collect(), 1);
    assert_eq!(
        pool.reported(&finished),
        None,
        "a report of run 1 during run 2"
    );
    pool.cancel();
    let finished_two = FromWorker::Finished {
        run: 2,
        member: 0,
        outcome: Box::new(outcome_with(1.0)),
        timing: Default::default(),
    };
    assert_eq!(pool.reported(&finished_two), None, "after the cancel");
}
