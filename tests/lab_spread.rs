//! "Run 5 seeds" (`lab::spread` and the session's spread runs): which member trains what, the
//! pooling, the share of seeds ordered as the paper, and the recorded check's own share.
#![cfg(not(target_arch = "wasm32"))]

mod lab_outcomes;

use lab_outcomes::outcome_with;

use explainers::explainer::Settings as _;
use explainers::lab::experiment::Outcome;
use explainers::lab::params::{Ensemble, LabAction, LabParams, Preset};
use explainers::lab::protocol::{FromWorker, ToWorker};
use explainers::lab::session::{Session, Status};
use explainers::lab::spread::{member_of, members, SeedSpread, CONDITIONS, SEEDS};

/// Seeds 7 to 11's recorded held-out counts (src/lab/measured.rs, 3%): Unfiltered, Alignment
/// upsampled, Misalignment upsampled.
const RECORDED: [[f64; 3]; 5] = [
    [38.0, 31.0, 39.0],
    [32.0, 37.0, 32.0],
    [28.0, 34.0, 32.0],
    [45.0, 18.0, 46.0],
    [18.0, 8.0, 24.0],
];

#[test]
fn members_run_seed_first_then_condition_then_model() {
    assert_eq!(members(1), 15);
    assert_eq!(members(4), 60);
    assert_eq!(member_of(7, 1, 0), (7, Preset::Unfiltered, 0));
    assert_eq!(member_of(7, 1, 4), (8, Preset::AlignmentUpsampled, 0));
    assert_eq!(member_of(7, 4, 5), (7, Preset::AlignmentUpsampled, 1));
    assert_eq!(member_of(7, 4, 59), (11, Preset::MisalignmentUpsampled, 3));
}

#[test]
fn a_spread_pools_each_seeds_conditions_and_counts_the_seeds_ordered_as_the_paper() {
    let outcomes: Vec<Outcome> = RECORDED
        .iter()
        .flatten()
        .map(|&c| outcome_with(c))
        .collect();
    let spread = SeedSpread::of(7, 1, &outcomes).unwrap();
    let ordered: Vec<bool> = spread
        .seeds
        .iter()
        .map(|s| s.ordered_as_the_paper())
        .collect();
    assert_eq!(ordered, [true, false, false, true, true]);
    assert_eq!(spread.share_ordered_as_the_paper(), 0.6);
    assert_eq!(spread.seeds[3].seed, 10);
    assert_eq!(spread.differences(1, 2)[0], 31.0 / 48.0 - 39.0 / 48.0);
    assert_eq!(
        SeedSpread::of(7, 1, &outcomes[1..]),
        None,
        "a member missing"
    );
    // Four models each: every (seed, condition) pools its four.
    let four: Vec<Outcome> = RECORDED
        .iter()
        .flatten()
        .flat_map(|&c| {
            [
                outcome_with(c - 1.0),
                outcome_with(c),
                outcome_with(c),
                outcome_with(c + 1.0),
            ]
        })
        .collect();
    assert_eq!(
        SeedSpread::of(7, 4, &four).unwrap().seeds[0].held_out(),
        [38.0 / 48.0, 31.0 / 48.0, 39.0 / 48.0]
    );
}

#[test]
fn run_five_seeds_starts_every_member_and_finishes_as_a_spread_not_a_history_run() {
    let mut session = Session::default();
    let mut params = LabParams::default();
    params.apply(LabAction::SetModels(Ensemble::One));
    let messages = session.start_spread(&params);
    assert_eq!(messages.len(), SEEDS as usize * CONDITIONS.len());
    // No model of a spread speaks: the worker keeps the model of the run whose words the page
    // shows, which a new temperature asks to speak again.
    assert!(messages
        .iter()
        .all(|m| matches!(m, ToWorker::Start { speaks: false, .. })));
    let ToWorker::Start {
        mix,
        member,
        settings,
        ..
    } = &messages[4]
    else {
        panic!("a start")
    };
    assert_eq!(
        (*member, mix, settings.seed),
        (4, &Preset::AlignmentUpsampled.mix().unwrap(), 8)
    );
    assert_eq!(session.start(&params), [], "one run at a time");
    assert_eq!(
        session.current.as_ref().unwrap().label(),
        "Run 1: seeds 7 to 11, three conditions, 1 model each"
    );
    let counts: Vec<f64> = RECORDED.iter().flatten().copied().collect();
    // Finishing last first: the members pool by number, not by arrival.
    for (member, count) in counts.iter().enumerate().rev() {
        assert_eq!(session.status, Status::Running);
        session.receive(FromWorker::Finished {
            run: 1,
            member: member as u32,
            outcome: Box::new(outcome_with(*count)),
            timing: Default::default(),
        });
    }
    assert_eq!(session.status, Status::Done);
    assert!(session.history.is_empty() && session.spread_is_latest);
    assert_eq!(
        session
            .spread
            .as_ref()
            .unwrap()
            .share_ordered_as_the_paper(),
        0.6
    );
    // A later single run is the latest again; the spread stays.
    session.start(&params);
    session.receive(FromWorker::Finished {
        run: 2,
        member: 0,
        outcome: Box::new(outcome_with(10.0)),
        timing: Default::default(),
    });
    assert!(!session.spread_is_latest && session.spread.is_some());
    assert_eq!(session.history.len(), 1);
}
