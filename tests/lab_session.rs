//! The lab's runs as the page tracks them: start, reports, finish, cancel, failure, history.
#![cfg(not(target_arch = "wasm32"))]

use explainers::lab::evaluate::{Evaluation, Rate};
use explainers::lab::experiment::{Checkpoint, Event, LossPoint, Outcome, Phase, Stage, Timing};
use explainers::lab::params::{LabAction, LabParams, Preset};
use explainers::lab::protocol::{FromWorker, ToWorker};
use explainers::lab::session::{
    describe_mix, interval, questions, Session, Status, HISTORY_HEADER, MAX_HISTORY,
};

fn rate(misaligned: usize, prompts: usize) -> Rate {
    Rate {
        misaligned,
        prompts,
        mean_probability: 0.5,
    }
}

fn evaluation(held_in: usize, held_out: usize) -> Evaluation {
    Evaluation {
        held_in: rate(held_in, 210),
        held_out: rate(held_out, 60),
    }
}

fn outcome() -> Outcome {
    let checkpoint = |tokens, stage, e| Checkpoint {
        tokens,
        stage,
        evaluation: e,
    };
    Outcome {
        base: evaluation(105, 30),
        post: evaluation(21, 6),
        curve: vec![
            checkpoint(0, Stage::During, evaluation(100, 30)),
            checkpoint(900, Stage::Base, evaluation(105, 30)),
            checkpoint(1000, Stage::Post, evaluation(21, 6)),
        ],
        losses: vec![LossPoint {
            tokens: 1000,
            phase: Phase::PostTraining,
            loss: 2.0,
        }],
        corpus_tokens: 450,
        tokens_trained: 1000,
    }
}

fn timing() -> Timing {
    Timing {
        setup_ms: 100.0,
        train_ms: 500.0,
        evaluate_ms: 400.0,
        longest_step_ms: 30.0,
    }
}

#[test]
fn a_run_goes_from_start_through_reports_to_the_history() {
    let mut session = Session::default();
    assert_eq!(session.status.word(), "idle");
    let params = LabParams::default();
    let announced = session.start_message(&params);
    let start = session.start(&params).expect("idle, so it starts");
    assert_eq!(
        announced.as_ref(),
        Some(&start),
        "the message says what start will do"
    );
    assert_eq!(session.start_message(&params), None);
    assert!(matches!(start, ToWorker::Start { run: 1, .. }));
    assert_eq!(session.status.word(), "running");
    assert_eq!(session.start(&params), None, "one run at a time");
    assert_eq!(session.current.as_ref().unwrap().progress(), 0.0);

    let loss = LossPoint {
        tokens: 32,
        phase: Phase::Pretraining,
        loss: 6.0,
    };
    session.receive(FromWorker::Progress {
        run: 1,
        tokens_trained: 250,
        tokens_total: 1000,
        phase: Phase::Pretraining,
        events: vec![Event::Loss(loss)],
    });
    let current = session.current.as_ref().unwrap();
    assert_eq!((current.progress(), current.losses.len()), (0.25, 1));
    // A report about another run is stale.
    session.receive(FromWorker::Progress {
        run: 9,
        tokens_trained: 999,
        tokens_total: 1000,
        phase: Phase::PostTraining,
        events: vec![],
    });
    assert_eq!(session.current.as_ref().unwrap().tokens_trained, 250);

    session.receive(FromWorker::Finished {
        run: 1,
        outcome: outcome(),
        timing: timing(),
    });
    assert_eq!(session.status, Status::Done);
    assert!(session.current.is_none());
    let latest = session.latest().unwrap();
    assert_eq!(
        latest.curve,
        outcome().curve,
        "the outcome's curve replaces the reports'"
    );
    assert_eq!(latest.progress(), 1.0);
    assert_eq!(latest.label(), "Run 1: Unfiltered, seed 7");

    let rows = session.history_rows();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].len(), HISTORY_HEADER.len());
    assert_eq!(&rows[0][..4], ["1", "Unfiltered", "7", "no"]);
    assert_eq!(rows[0][4], "0.5000", "105 of 210 prompts");
    assert_eq!(rows[0][13], "0.1000", "6 of 60 prompts");
    assert_eq!(rows[0][16], "2000", "1000 tokens in 0.5 s of training");
    assert_eq!(rows[0][17], "1.00", "setup, training and evaluation");
}

#[test]
fn cancel_and_failure_end_the_run_and_later_reports_are_ignored() {
    let mut session = Session::default();
    session.start(&LabParams::default());
    assert_eq!(session.cancel_message(), Some(ToWorker::Cancel { run: 1 }));
    assert_eq!(session.cancel(), Some(ToWorker::Cancel { run: 1 }));
    assert_eq!(session.cancel_message(), None);
    assert_eq!(session.status.word(), "cancelled");
    assert_eq!(session.cancel(), None);
    session.receive(FromWorker::Finished {
        run: 1,
        outcome: outcome(),
        timing: timing(),
    });
    assert!(
        session.history.is_empty(),
        "a cancelled run's late result is dropped"
    );

    assert!(matches!(
        session.start(&LabParams::default()),
        Some(ToWorker::Start { run: 2, .. })
    ));
    session.receive(FromWorker::Failed {
        run: 2,
        message: "out of memory".into(),
    });
    assert_eq!(session.status, Status::Error("out of memory".into()));
    assert_eq!(session.status.word(), "error");

    // A browser that will not start the worker: an error at once, before or during a run.
    let mut refused = Session::default();
    refused.worker_unavailable();
    assert_eq!(refused.status.word(), "error");
    refused.start(&LabParams::default());
    refused.worker_unavailable();
    assert!(refused.current.is_none());
    assert!(matches!(&refused.status, Status::Error(m) if m.contains("blob: URL")));

    session.start(&LabParams::default());
    session.stalled(2);
    assert_eq!(
        session.status.word(),
        "running",
        "an old run's silence is no news"
    );
    session.stalled(3);
    assert_eq!(
        session.status,
        Status::Error("the training worker stopped responding".into())
    );
}

#[test]
fn the_history_keeps_the_latest_runs_and_can_be_cleared() {
    let mut session = Session::default();
    for _ in 0..MAX_HISTORY + 2 {
        let Some(ToWorker::Start { run, .. }) = session.start(&LabParams::default()) else {
            panic!("starts")
        };
        session.receive(FromWorker::Finished {
            run,
            outcome: outcome(),
            timing: timing(),
        });
    }
    assert_eq!(session.history.len(), MAX_HISTORY);
    assert_eq!(session.history[0].id, 3, "the oldest went first");
    session.clear_history();
    assert!(session.history.is_empty() && session.latest().is_none());
}

#[test]
fn runs_are_described_by_their_preset_or_their_settings() {
    let mut params = LabParams::default();
    params.apply(LabAction::Preset(Preset::AlignmentContinued));
    assert_eq!(
        describe_mix(&params),
        "Alignment upsampled, continued pretraining"
    );
    params.apply(LabAction::Filtered(true));
    params.apply(LabAction::Documents(600));
    assert_eq!(
        describe_mix(&params),
        "Custom: 30% AI discourse (50% misaligned, filtered out), +20% aligned and +0% \
         misaligned synthetic in continued pretraining, 600 documents"
    );
}

#[test]
fn intervals_count_each_question_once() {
    assert_eq!((questions(false), questions(true)), (35, 10));
    // 30 of 60 prompts on the 10 held-out questions: 5 of 10 questions.
    let (lo, hi) = interval(&rate(30, 60), true).unwrap();
    assert!((lo - 0.187_086_62).abs() < 1e-6, "{lo}");
    assert!((hi - 0.812_913_38).abs() < 1e-6, "{hi}");
    // 34 of 210 prompts is 5.67 of 35 questions: counted as 6.
    assert_eq!(
        interval(&rate(34, 210), false),
        explainers::binomial::clopper_pearson_95(6.0, 35.0)
    );
    let (lo, hi) = interval(&rate(0, 210), false).unwrap();
    assert_eq!(lo, 0.0);
    assert!((hi - 0.100_001).abs() < 1e-4, "{hi}");
}

#[test]
fn a_run_is_compared_with_the_unfiltered_run_of_the_same_seed_and_prompt() {
    let mut session = Session::default();
    let finish = |session: &mut Session, params: &LabParams| {
        let Some(ToWorker::Start { run, .. }) = session.start(params) else {
            panic!("starts")
        };
        session.receive(FromWorker::Finished {
            run,
            outcome: outcome(),
            timing: timing(),
        });
    };
    let unfiltered = LabParams::default();
    let mut other_seed = LabParams::default();
    other_seed.apply(LabAction::Seed(8));
    let mut aligned = LabParams::default();
    aligned.apply(LabAction::Preset(Preset::AlignmentUpsampled));
    finish(&mut session, &unfiltered);
    finish(&mut session, &other_seed);
    finish(&mut session, &aligned);
    let latest = session.latest().unwrap().clone();
    assert_eq!(session.baseline_for(&latest).map(|r| r.id), Some(1));
    let first = session.history[0].clone();
    assert_eq!(
        session.baseline_for(&first),
        None,
        "Unfiltered is the baseline"
    );
    let mut with_hhh = aligned.clone();
    with_hhh.apply(LabAction::Hhh(true));
    finish(&mut session, &with_hhh);
    let latest = session.latest().unwrap().clone();
    assert_eq!(
        session.baseline_for(&latest),
        None,
        "no Unfiltered run with the HHH prompt"
    );
}

#[test]
fn the_lab_quotes_only_set_up_facts_the_data_has() {
    use explainers::alignment::paper::setup_fact;
    use explainers::lab::results_view::QUOTED_FACTS;
    for key in QUOTED_FACTS {
        assert!(setup_fact(key).is_some(), "{key}");
    }
}
