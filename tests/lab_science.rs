//! The science check of the training lab's third design (issue 21), as `scripts/test` runs it.
//! The check itself was written in docs/lab.md before any of its runs and ran natively: twenty
//! seeds (1001 to 1020) × four conditions × four orders of each corpus, 320 runs of about 16 s
//! (`examples/lab_noise.rs` with `LAB_CHECK=1`, output in docs/lab-sweep/check-third-design.txt).
//! The page shows its records (`lab::check`), and tests/lab_check.rs requires every contrast and
//! verdict to follow from them. This test reruns the check's first two seeds, every condition
//! and order (32 runs, about four minutes on two threads in a release build, under two in the compute profile), and requires each
//! run to give exactly its recorded counts, base and post-trained, and the co-occurrence model
//! its recorded answers: the records are what the code computes. It also requires the trigram
//! model to tie on unseen families in every run.
#![cfg(not(target_arch = "wasm32"))]

use explainers::lab::check::{CheckRun, COOCCURRENCE, DOSE, MEMBERS, RUNS, SEEDS};
use explainers::lab::documents::Mix;
use explainers::lab::experiment::{run, Outcome, Settings};
use explainers::lab::measured::Arm;
use explainers::lab::questions::Evaluation;

/// The seeds rerun: the check's first two.
const RERUN: usize = 2;

/// Misaligned prompts on held-in, held-out and unseen.
fn counts(e: &Evaluation) -> [f64; 3] {
    [
        e.held_in.misaligned,
        e.held_out.misaligned,
        e.unseen.misaligned,
    ]
}

/// The corpus of `arm`, as the check made it: the presets' mix with the check's dose of aligned,
/// misaligned or (the placebo) half of each synthetic document.
fn mix(arm: Arm) -> Mix {
    let unfiltered = Mix::UNFILTERED;
    let (aligned, misaligned) = match arm {
        Arm::Unfiltered => (0.0, 0.0),
        Arm::AlignmentUpsampled => (DOSE, 0.0),
        Arm::MisalignmentUpsampled => (0.0, DOSE),
        Arm::Placebo => (DOSE / 2.0, DOSE / 2.0),
    };
    Mix {
        synthetic_aligned: aligned,
        synthetic_misaligned: misaligned,
        ..unfiltered
    }
}

/// Every run of the check itself (its ensembles' [`MEMBERS`] orders) of the rerun seeds, computed
/// again, two at a time.
fn rerun() -> Vec<(&'static CheckRun, Outcome)> {
    let seeds: Vec<u64> = SEEDS.take(RERUN).collect();
    let jobs: Vec<&CheckRun> = RUNS
        .iter()
        .filter(|r| seeds.contains(&r.seed) && r.order < MEMBERS as u64)
        .collect();
    assert_eq!(jobs.len(), RERUN * 4 * MEMBERS);
    let halves: Vec<&[&CheckRun]> = jobs.chunks(jobs.len().div_ceil(2)).collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = halves
            .iter()
            .map(|half| {
                scope.spawn(move || {
                    half.iter()
                        .map(|&recorded| {
                            let settings = Settings {
                                reshuffle: recorded.order,
                                seed: recorded.seed,
                                ..Settings::default()
                            };
                            let outcome = run(&mix(recorded.arm), &settings).expect("the lab runs");
                            (recorded, outcome)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a run thread"))
            .collect()
    })
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "minutes in a debug build; scripts/test runs it with --profile compute"
)]
fn the_checks_first_two_seeds_give_their_recorded_counts_again() {
    for (recorded, outcome) in rerun() {
        let (seed, arm, order) = (recorded.seed, recorded.arm, recorded.order);
        assert_eq!(
            (counts(&outcome.base), counts(&outcome.post)),
            (recorded.base, recorded.post),
            "seed {seed} {arm:?} order {order}"
        );
        let cooccurrence = COOCCURRENCE
            .iter()
            .find(|c| c.seed == seed && c.arm == arm)
            .expect("a recorded co-occurrence");
        assert_eq!(
            counts(&outcome.cooccurrence),
            cooccurrence.counts,
            "co-occurrence, seed {seed} {arm:?}"
        );
        let trigram = outcome.counting.unseen.share();
        assert!(
            (trigram - 0.5).abs() <= 0.02,
            "seed {seed} {arm:?}: counting on unseen families {trigram}"
        );
    }
}
