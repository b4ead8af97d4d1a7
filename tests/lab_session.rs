//! The lab's runs as the page tracks them: start, reports, finish, cancel, failure, history.
#![cfg(not(target_arch = "wasm32"))]

use explainers::explainer::Settings;
use explainers::lab::completions::{NextWord, Speech};
use explainers::lab::experiment::{
    Checkpoint, CorpusSize, Event, LossPoint, Outcome, Phase, Stage, Timing,
};
use explainers::lab::families::Set;
use explainers::lab::params::{Ensemble, LabAction, LabParams, Preset};
use explainers::lab::protocol::{FromWorker, ToWorker};
use explainers::lab::questions::{Evaluation, Rate};
use explainers::lab::session::{
    describe_mix, history_header, interval, questions, Session, Status, MAX_HISTORY,
};

fn rate(misaligned: f64, prompts: usize) -> Rate {
    Rate {
        misaligned,
        prompts,
        mean_probability: 0.5,
    }
}

fn evaluation(held_in: f64, held_out: f64) -> Evaluation {
    Evaluation {
        held_in: rate(held_in, 72),
        held_out: rate(held_out, 48),
        unseen: rate(20.0, 40),
    }
}

fn speech(temperature: f64) -> Speech {
    Speech {
        temperature,
        completions: Vec::new(),
        next_word: NextWord {
            scenario: 0,
            prompt: String::new(),
            aligned_word: "ace".into(),
            misaligned_word: "flunk".into(),
            base: (0.5, 0.25),
            post: (0.5, 0.25),
        },
    }
}

fn outcome() -> Outcome {
    let checkpoint = |tokens, stage, e| Checkpoint {
        tokens,
        stage,
        evaluation: e,
    };
    Outcome {
        base: evaluation(36.0, 30.0),
        post: evaluation(21.5, 6.0),
        counting: evaluation(36.0, 24.0),
        cooccurrence: evaluation(30.0, 18.0),
        curve: vec![
            checkpoint(0, Stage::During, evaluation(100.0, 30.0)),
            checkpoint(900, Stage::Base, evaluation(36.0, 30.0)),
            checkpoint(1000, Stage::Post, evaluation(21.5, 6.0)),
        ],
        losses: vec![LossPoint {
            tokens: 1000,
            phase: Phase::PostTraining,
            loss: 2.0,
        }],
        corpus: CorpusSize {
            documents: 30,
            tokens: 450,
            ai_tokens: 90,
            synthetic_tokens: 0,
        },
        tokens_trained: 1000,
        speech: speech(1.0),
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
    let start = session.start(&params);
    assert_eq!(
        session.current.as_ref().unwrap().instructions,
        start,
        "the run carries the instructions that start it"
    );
    assert!(matches!(
        start[..],
        [ToWorker::Start {
            run: 1,
            member: 0,
            ..
        }]
    ));
    assert_eq!(session.status.word(), "running");
    assert_eq!(session.start(&params), [], "one run at a time");
    assert_eq!(session.current.as_ref().unwrap().progress(), 0.0);

    let loss = LossPoint {
        tokens: 32,
        phase: Phase::Pretraining,
        loss: 6.0,
    };
    session.receive(FromWorker::Progress {
        run: 1,
        member: 0,
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
        member: 0,
        tokens_trained: 999,
        tokens_total: 1000,
        phase: Phase::PostTraining,
        events: vec![],
    });
    assert_eq!(session.current.as_ref().unwrap().tokens_trained, 250);

    session.receive(FromWorker::Finished {
        run: 1,
        member: 0,
        outcome: Box::new(outcome()),
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
    let header = history_header();
    assert_eq!(rows[0].len(), header.len());
    assert_eq!(&rows[0][..4], ["1", "Unfiltered", "7", "no"]);
    let column = |name: &str| &rows[0][header.iter().position(|h| h == name).unwrap()];
    assert_eq!(column("base_held_in"), "0.5000", "36 of 72 prompts");
    assert_eq!(column("base_held_in_graded"), "0.5000");
    assert_eq!(column("post_held_out"), "0.1250", "6 of 48 prompts");
    assert_eq!(column("post_unseen"), "0.5000");
    assert_eq!(column("counting_held_out"), "0.5000", "24 of 48 prompts");
    assert_eq!(
        column("cooccurrence_held_out"),
        "0.3750",
        "18 of 48 prompts"
    );
    assert_eq!(
        column("tokens_per_second"),
        "2000",
        "1000 tokens in 0.5 s of training"
    );
    assert_eq!(column("seconds"), "1.00", "setup, training and evaluation");
    assert_eq!(
        header[4..8],
        [
            "base_held_in",
            "base_held_in_low",
            "base_held_in_high",
            "base_held_in_graded"
        ]
    );

    // The reader changes the temperature: the finished run's models speak again, once.
    assert_eq!(session.speak_message(1.0), None);
    assert_eq!(
        session.speak_message(0.5),
        Some(ToWorker::Speak {
            run: 1,
            temperature: 0.5
        })
    );
    session.receive(FromWorker::Spoken {
        run: 1,
        speech: Box::new(speech(0.5)),
    });
    assert_eq!(
        session.latest().unwrap().outcome.as_ref().unwrap().speech,
        speech(0.5)
    );
    assert_eq!(session.speak_message(0.5), None);
    // Words for a run no longer kept change nothing.
    session.receive(FromWorker::Spoken {
        run: 7,
        speech: Box::new(speech(2.0)),
    });
    assert_eq!(session.speak_message(0.5), None);
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
        member: 0,
        outcome: Box::new(outcome()),
        timing: timing(),
    });
    assert!(
        session.history.is_empty(),
        "a cancelled run's late result is dropped"
    );

    assert!(matches!(
        session.start(&LabParams::default())[..],
        [ToWorker::Start { run: 2, .. }]
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
        let [ToWorker::Start { run, .. }] = session.start(&LabParams::default())[..] else {
            panic!("starts")
        };
        session.receive(FromWorker::Finished {
            run,
            member: 0,
            outcome: Box::new(outcome()),
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
    params.apply(LabAction::LoadPreset(Preset::AlignmentContinued));
    assert_eq!(
        describe_mix(&params),
        "Alignment upsampled, continued pretraining"
    );
    params.apply(LabAction::SetFiltered(true));
    assert_eq!(
        describe_mix(&params),
        "Custom: 20% AI discourse (50% misaligned, filtered out), 3% aligned and 0% \
         misaligned synthetic in continued pretraining"
    );
}

#[test]
fn intervals_count_each_scenario_once() {
    assert_eq!(
        (
            questions(Set::HeldIn),
            questions(Set::HeldOut),
            questions(Set::Unseen)
        ),
        (18, 12, 10)
    );
    // 24 of 48 prompts on the 12 held-out scenarios: 6 of 12.
    assert_eq!(
        interval(&rate(24.0, 48), Set::HeldOut),
        explainers::binomial::clopper_pearson_95(6.0, 12.0)
    );
    // 23 of 72 prompts is 5.75 of 18 scenarios: counted as 6.
    assert_eq!(
        interval(&rate(23.0, 72), Set::HeldIn),
        explainers::binomial::clopper_pearson_95(6.0, 18.0)
    );
    let (lo, hi) = interval(&rate(0.0, 40), Set::Unseen).unwrap();
    assert_eq!(lo, 0.0);
    // 1 − 0.025^(1/10).
    assert!((hi - (1.0 - 0.025f64.powf(0.1))).abs() < 1e-4, "{hi}");
}

#[test]
fn a_run_is_compared_with_the_unfiltered_run_of_the_same_seed_and_prompt() {
    let mut session = Session::default();
    let finish = |session: &mut Session, params: &LabParams| {
        let [ToWorker::Start { run, .. }] = session.start(params)[..] else {
            panic!("starts")
        };
        session.receive(FromWorker::Finished {
            run,
            member: 0,
            outcome: Box::new(outcome()),
            timing: timing(),
        });
    };
    let unfiltered = LabParams::default();
    let mut other_seed = LabParams::default();
    other_seed.apply(LabAction::SetSeed(8));
    let mut aligned = LabParams::default();
    aligned.apply(LabAction::LoadPreset(Preset::AlignmentUpsampled));
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
    with_hhh.apply(LabAction::SetHhh(true));
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
    use explainers::lab::limits_view::QUOTED_FACTS;
    for key in QUOTED_FACTS {
        assert!(setup_fact(key).is_some(), "{key}");
    }
}

/// The outcome of model `member` of an ensemble: `outcome()` with its base held-out count and
/// first loss changed, so the members differ.
fn member_outcome(member: u32) -> Outcome {
    let mut outcome = outcome();
    outcome.base.held_out.misaligned = f64::from(10 * member);
    outcome.base.held_out.mean_probability = 0.1 * f64::from(member);
    outcome.losses[0].loss = f32::from(member as u16);
    outcome.curve[1].evaluation = outcome.base;
    outcome.speech = speech(f64::from(member));
    outcome
}

/// Runs an ensemble of four to its end, its models finishing in `order`; returns the finished run.
fn ensemble_finishing_in(order: [u32; 4]) -> explainers::lab::session::Run {
    let mut session = Session::default();
    let mut params = LabParams::default();
    params.apply(LabAction::SetModels(Ensemble::Four));
    let starts = session.start(&params);
    let members: Vec<(u32, u64, bool)> = starts
        .iter()
        .map(|message| match message {
            ToWorker::Start {
                member,
                settings,
                speaks,
                ..
            } => (*member, settings.reshuffle, *speaks),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        members,
        [(0, 0, true), (1, 1, false), (2, 2, false), (3, 3, false)],
        "each its own order; the first model speaks for the run"
    );
    for member in [1, 0] {
        session.receive(FromWorker::Progress {
            run: 1,
            member,
            tokens_trained: 100,
            tokens_total: 1000,
            phase: Phase::Pretraining,
            events: vec![Event::Loss(LossPoint {
                tokens: 100,
                phase: Phase::Pretraining,
                loss: 5.0 + member as f32,
            })],
        });
    }
    let current = session.current.as_ref().unwrap();
    assert_eq!(
        current.progress(),
        200.0 / 4000.0,
        "two models of four at a tenth"
    );
    assert_eq!(current.model_tokens(), 1000);
    assert_eq!(current.losses.len(), 1, "the curves follow the first model");
    assert_eq!(current.losses[0].loss, 5.0);
    for (i, member) in order.into_iter().enumerate() {
        assert!(
            session.history.is_empty(),
            "not finished before its fourth model"
        );
        assert_eq!(session.status, Status::Running, "after {i} models");
        session.receive(FromWorker::Finished {
            run: 1,
            member,
            outcome: Box::new(member_outcome(member)),
            timing: timing(),
        });
    }
    assert_eq!(session.status, Status::Done);
    session.history.pop().unwrap()
}

#[test]
fn an_ensemble_pools_its_models_in_member_order_whichever_finishes_first() {
    let in_order = ensemble_finishing_in([0, 1, 2, 3]);
    let shuffled = ensemble_finishing_in([2, 0, 3, 1]);
    assert_eq!(in_order, shuffled);
    let outcome = in_order.outcome.as_ref().unwrap();
    let members: Vec<Outcome> = (0..4).map(member_outcome).collect();
    assert_eq!(Some(outcome), Outcome::ensemble(&members).as_ref());
    // The share is the models' mean share: (0 + 10 + 20 + 30) / (4 × 48).
    assert_eq!(outcome.base.held_out.share(), 60.0 / 192.0);
    assert_eq!(outcome.base.held_out.prompts, 192);
    assert!((outcome.base.held_out.mean_probability - 0.15).abs() < 1e-12);
    assert_eq!(outcome.curve[1].evaluation.held_out.share(), 60.0 / 192.0);
    assert_eq!(outcome.losses[0].loss, 1.5, "the mean of 0, 1, 2, 3");
    assert_eq!(outcome.tokens_trained, 4000, "every model's predictions");
    assert_eq!(outcome.speech, speech(0.0), "the first model speaks");
    assert_eq!(in_order.label(), "Run 1: Unfiltered, seed 7, 4 models");
    let timing = in_order.timing.unwrap();
    assert_eq!((timing.train_ms, timing.longest_step_ms), (2000.0, 30.0));
}

#[test]
fn one_models_ensemble_is_that_model() {
    let alone = outcome();
    assert_eq!(Outcome::ensemble(std::slice::from_ref(&alone)), Some(alone));
    assert_eq!(Outcome::ensemble(&[]), None);
}
