//! The science check of the training lab (issue 6), at the default size with the default seed:
//! the toy shows the paper's effect, or this test says it does not. Slow in a debug build, so
//! `scripts/test` runs it with `--release`.
#![cfg(not(target_arch = "wasm32"))]

use explainers::lab::corpus::Mix;
use explainers::lab::experiment::{run, Outcome, Settings};
use explainers::walkthrough::Explainer;

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "minutes in a debug build; scripts/test runs it with --release"
)]
fn alignment_pretraining_happens_in_the_toy() {
    let settings = Settings::default();
    let unfiltered: Outcome = run(&Mix::unfiltered(), &settings).unwrap();
    let aligned = run(&Mix::alignment_upsampled(), &settings).unwrap();
    let misaligned = run(&Mix::misalignment_upsampled(), &settings).unwrap();
    let report =
        format!("unfiltered {unfiltered:?}\naligned {aligned:?}\nmisaligned {misaligned:?}");

    // Base models: Alignment upsampled < Unfiltered < Misalignment upsampled, held in and out.
    for (name, get) in [
        (
            "held in",
            (|o: &Outcome| o.base.held_in.share()) as fn(&Outcome) -> f64,
        ),
        ("held out", |o: &Outcome| o.base.held_out.share()),
    ] {
        assert!(
            get(&aligned) < get(&unfiltered),
            "base {name}: aligned not below unfiltered\n{report}"
        );
        assert!(
            get(&unfiltered) < get(&misaligned),
            "base {name}: unfiltered not below misaligned\n{report}"
        );
    }

    // Post-training pulls the conditions together (the spread shrinks) without erasing the gap
    // between Alignment upsampled and Unfiltered.
    for (name, base, post) in [
        (
            "held in",
            (|o: &Outcome| o.base.held_in.share()) as fn(&Outcome) -> f64,
            (|o: &Outcome| o.post.held_in.share()) as fn(&Outcome) -> f64,
        ),
        (
            "held out",
            |o: &Outcome| o.base.held_out.share(),
            |o: &Outcome| o.post.held_out.share(),
        ),
    ] {
        let spread = |f: fn(&Outcome) -> f64| {
            let all = [f(&unfiltered), f(&aligned), f(&misaligned)];
            all.iter().cloned().fold(f64::MIN, f64::max)
                - all.iter().cloned().fold(f64::MAX, f64::min)
        };
        assert!(
            spread(post) < spread(base),
            "{name}: post-training did not pull the conditions together\n{report}"
        );
        assert!(
            post(&aligned) < post(&unfiltered),
            "{name}: post-training erased the gap\n{report}"
        );
    }

    // The lab's "what this toy shows" says that at seed 7 post-training brings Misalignment
    // upsampled below Unfiltered on held-in questions, as the paper's did (docs/lab.md records
    // seeds 7 to 15: only 7 and 8 do).
    assert!(
        misaligned.post.held_in.share() < unfiltered.post.held_in.share(),
        "seed 7: post-trained Misalignment upsampled not below Unfiltered held in\n{report}"
    );

    // The alignment tour's last step quotes these runs (the lab's defaults, seed 7).
    let step = Explainer::Alignment.steps().last().unwrap();
    let percent = |share: f64| format!("{}%", (share * 100.0).round());
    let quoted = format!(
        "fall from {} to {} on held-in questions and from {} to {} on held-out ones",
        percent(unfiltered.base.held_in.share()),
        percent(aligned.base.held_in.share()),
        percent(unfiltered.base.held_out.share()),
        percent(aligned.base.held_out.share()),
    );
    assert!(
        step.text.contains(&quoted),
        "{quoted:?} not in {:?}",
        step.text
    );
}
