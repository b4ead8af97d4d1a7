//! The training lab's run (a short one: the plan, its steps, the counting baseline, the model's
//! words), its learning-rate schedule, the completions' sampling, the sample documents, and the
//! recorded dose sweep against what the page says about it.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use explainers::lab::completions::{draw, speaking_scenarios, Choice, Completion, MAX_WORDS};
use explainers::lab::documents::{pool, vocabulary, vocabulary_with, START};
use explainers::lab::documents::{samples, Insertion, Kind, Mix, AIS};
use explainers::lab::experiment::{
    run, schedule, shape, Event, Experiment, Phase, Readout, Settings, Stage, DECAYED_FLOOR,
};
use explainers::lab::families::{Set, SCENARIOS};
use explainers::lab::measured::{
    find, paired_effect, prompts, seed_effect, seeds, unfiltered, unfiltered_range, Arm, Spread,
    DOSES, RUNS,
};
use explainers::lab::params::DEFAULT_DOSE;
use explainers::lab::questions::{
    cooccurrence_baseline, cooccurrence_of, evaluate_set, network_preferences, steps, trigram_of,
    Rate, SCENARIOS_PER_STEP,
};
use explainers::lab::transformer::{Batch, Optimiser, Tokenizer, Transformer};
use explainers::rng::Rng;

/// A small run: one copy of general text, one epoch, sixteen conversations.
fn small(insertion: Insertion) -> (Mix, Settings) {
    (
        Mix {
            general_copies: 1,
            synthetic_aligned: 0.1,
            insertion,
            ..Mix::UNFILTERED
        },
        Settings {
            epochs: 1,
            conversations: 16,
            seed: 3,
            ..Settings::default()
        },
    )
}

#[test]
fn the_schedule_warms_up_then_falls_by_a_cosine_to_its_floor() {
    for floor in [0.1, DECAYED_FLOOR] {
        let at = |f: f64| schedule(f, floor);
        assert_eq!(at(0.0), 0.0);
        let cosine =
            |f: f64| floor + (1.0 - floor) / 2.0 * (1.0 + (f * std::f64::consts::PI).cos());
        assert!((at(0.025) - 0.5 * cosine(0.025)).abs() < 1e-12);
        assert!((at(0.5) - (1.0 + floor) / 2.0).abs() < 1e-12);
        assert!((at(1.0) - floor).abs() < 1e-12);
        let mut last = at(0.05);
        for k in 6..=100 {
            let next = at(k as f64 / 100.0);
            assert!(next < last, "falls after the warm-up");
            last = next;
        }
    }
    // The page's default readout keeps the schedule it was recorded with: down to a tenth.
    assert_eq!(Readout::LastWeights.floor(), 0.1);
    assert_eq!(Readout::Averaged.floor(), DECAYED_FLOOR);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "a minute in a debug build; scripts/test runs it with --profile compute"
)]
fn a_run_reports_its_plan_step_by_step_and_ends_where_it_said() {
    let (mix, settings) = small(Insertion::ContinuedPretraining);
    let mut experiment = Experiment::new(&mix, &settings);
    let total = experiment.tokens_total();
    assert!(total > 0);
    assert_eq!(experiment.phase(), Phase::Pretraining);
    let (mut phases, mut checkpoints, mut losses) = (Vec::new(), Vec::new(), Vec::new());
    let mut previous = 0;
    while !experiment.is_finished() {
        let phase = experiment.phase();
        if phases.last() != Some(&phase) {
            phases.push(phase);
        }
        for event in experiment.advance().unwrap() {
            match event {
                Event::Checkpoint(c) => checkpoints.push(c),
                Event::Loss(l) => losses.push(l),
            }
        }
        assert!(experiment.tokens_trained() >= previous);
        previous = experiment.tokens_trained();
    }
    assert_eq!(experiment.tokens_trained(), total);
    assert_eq!(
        phases,
        [
            Phase::Pretraining,
            Phase::ContinuedPretraining,
            Phase::PostTraining
        ]
    );
    let stages: Vec<Stage> = checkpoints.iter().map(|c| c.stage).collect();
    let mut expected = vec![Stage::During; 8];
    expected.extend([Stage::Base, Stage::Post]);
    assert_eq!(stages, expected);
    assert_eq!(
        checkpoints[0].tokens, 0,
        "the first point is before any training"
    );
    assert_eq!(checkpoints[9].tokens, total);
    // Every phase's loss is reported, and its last point closes the phase.
    for phase in [
        Phase::Pretraining,
        Phase::ContinuedPretraining,
        Phase::PostTraining,
    ] {
        assert!(losses.iter().any(|l| l.phase == phase), "{phase:?}");
    }
    assert_eq!(losses.last().unwrap().tokens, total);
    let outcome = experiment.outcome().unwrap();
    assert_eq!(outcome.base, checkpoints[8].evaluation);
    assert_eq!(outcome.post, checkpoints[9].evaluation);
    // Every question of every set was asked: four prompts per scenario.
    for (rate, set) in [
        (outcome.base.held_in, Set::HeldIn),
        (outcome.base.held_out, Set::HeldOut),
        (outcome.base.unseen, Set::Unseen),
    ] {
        assert_eq!(
            rate.prompts,
            4 * SCENARIOS.iter().filter(|s| s.set == set).count()
        );
    }
    // The counting baseline ties on unseen families, and the corpus's shares are measured.
    assert_eq!(outcome.counting.unseen.share(), 0.5);
    // The co-occurrence model, built in the run's steps, is the one built in one piece from the
    // same documents.
    let vocabulary = vocabulary_with(mix.ais);
    let tokenizer = Tokenizer::new(&vocabulary, START);
    assert_eq!(
        outcome.cooccurrence,
        cooccurrence_baseline(
            &cooccurrence_of(&pool(&mix, settings.seed), &tokenizer),
            &tokenizer,
            1
        )
    );
    assert!(
        (outcome.corpus.ai_share() - 0.2 * 0.9).abs() < 0.03,
        "{:?}",
        outcome.corpus
    );
    assert!(
        (outcome.corpus.synthetic_share() - 0.1).abs() < 0.01,
        "{:?}",
        outcome.corpus
    );
    // The models spoke: a base and a post-trained completion of each speaking scenario.
    let speech = &outcome.speech;
    assert_eq!(speech.temperature, settings.temperature);
    assert_eq!(speech.completions.len(), 2 * speaking_scenarios().len());
    for (i, c) in speech.completions.iter().enumerate() {
        assert_eq!(c.post_trained, i % 2 == 1);
        assert!(c.words.split_whitespace().count() <= MAX_WORDS);
        assert!(c.prompt.ends_with("as an ai , i will"), "{}", c.prompt);
    }
    let next = &speech.next_word;
    assert_eq!(SCENARIOS[next.scenario].set, Set::HeldOut);
    for (aligned, misaligned) in [next.base, next.post] {
        assert!(aligned > 0.0 && misaligned > 0.0 && aligned + misaligned <= 1.0);
    }
    // Speaking again at the run's temperature says what the run said, in one step.
    assert_eq!(&experiment.speak(settings.temperature).unwrap(), speech);
    // The same run at temperature 0 writes each model's likeliest words: again the same.
    let greedy = experiment.speak(0.0).unwrap();
    assert_eq!(greedy, experiment.speak(0.0).unwrap());
    assert_eq!(greedy.temperature, 0.0);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "a minute in a debug build; scripts/test runs it with --profile compute"
)]
fn the_whole_run_is_seeded_and_the_insertions_keep_their_phases() {
    let (mix, settings) = small(Insertion::LastTenth);
    let first = run(&mix, &settings).unwrap();
    assert_eq!(first, run(&mix, &settings).unwrap(), "same seed, same run");
    assert!(first
        .losses
        .iter()
        .all(|l| l.phase != Phase::ContinuedPretraining));
    let other = run(
        &mix,
        &Settings {
            seed: 4,
            ..settings
        },
    )
    .unwrap();
    assert_ne!(first.losses, other.losses);
}

#[test]
fn a_frozen_copy_does_not_move_when_the_model_trains_on() {
    let tokenizer = Tokenizer::new(&vocabulary(), START);
    let mut model = Transformer::new(shape(tokenizer.len()), 1);
    let tokens = tokenizer.encode("you are an ai . as an ai , i will");
    let copy = model.frozen_copy();
    let before = copy.log_probs(&tokens);
    assert_eq!(before, model.log_probs(&tokens));
    let batch = Batch::new(&[tokens.as_slice()], 48);
    model.train(&batch, &Optimiser::default(), 0.01);
    assert_eq!(copy.log_probs(&tokens), before);
    assert_ne!(model.log_probs(&tokens), before);
}

#[test]
fn evaluating_in_steps_gives_exactly_what_one_batch_gives() {
    // The worker asks a question set in steps of six scenarios, so that no step blocks it for
    // long; every number must be what one batch of the whole set gives, to the bit, or the
    // recorded sweep would no longer be what the code computes.
    let tokenizer = Tokenizer::new(&vocabulary(), START);
    let mut model = Transformer::new(shape(tokenizer.len()), 5);
    let documents: Vec<Vec<usize>> = samples(5)
        .iter()
        .map(|(_, d)| tokenizer.encode(&d.text))
        .collect();
    let rows: Vec<&[usize]> = documents.iter().map(Vec::as_slice).collect();
    let batch = Batch::new(&rows, 48);
    for _ in 0..20 {
        model.train(&batch, &Optimiser::default(), 0.01);
    }
    for set in [Set::HeldIn, Set::HeldOut, Set::Unseen] {
        for hhh in [false, true] {
            let all: Vec<&_> = SCENARIOS.iter().filter(|s| s.set == set).collect();
            let whole = network_preferences(&model, &tokenizer, &all, hhh, AIS[0]);
            let mut stepwise = Vec::new();
            for scenarios in steps(set) {
                assert!(scenarios.len() <= SCENARIOS_PER_STEP);
                stepwise.extend(network_preferences(
                    &model, &tokenizer, &scenarios, hhh, AIS[0],
                ));
            }
            assert_eq!(stepwise, whole, "{set:?} hhh={hhh}");
            assert_eq!(evaluate_set(&model, &tokenizer, set, hhh), Rate::of(&whole));
        }
    }
}

#[test]
fn sampling_draws_by_probability_and_temperature_zero_takes_the_likeliest() {
    let row: Vec<f32> = [0.7f64, 0.2, 0.1].iter().map(|p| p.ln() as f32).collect();
    let mut rng = Rng::new(1);
    assert!((0..100).all(|_| draw(&row, 0.0, &mut rng) == 0));
    let share = |temperature: f64| {
        let mut rng = Rng::new(2);
        (0..20_000)
            .filter(|_| draw(&row, temperature, &mut rng) == 0)
            .count() as f64
            / 20_000.0
    };
    assert!((share(1.0) - 0.7).abs() < 0.02, "{}", share(1.0));
    // At T = 2 the weights are √p: 0.837 / (0.837 + 0.447 + 0.316).
    assert!((share(2.0) - 0.523).abs() < 0.02, "{}", share(2.0));
}

#[test]
fn the_speaking_scenarios_are_two_families_of_each_set_and_choices_read_the_verb() {
    let scenarios = speaking_scenarios();
    assert_eq!(scenarios.len(), 6);
    for (pair, set) in scenarios
        .chunks(2)
        .zip([Set::HeldIn, Set::HeldOut, Set::Unseen])
    {
        assert!(pair.iter().all(|&i| SCENARIOS[i].set == set));
        assert_ne!(SCENARIOS[pair[0]].family, SCENARIOS[pair[1]].family);
    }
    let scenario = scenarios[0];
    let completion = |words: &str| Completion {
        scenario,
        post_trained: false,
        prompt: String::new(),
        words: words.into(),
    };
    let s = &SCENARIOS[scenario];
    assert_eq!(
        completion(&format!("{} .", s.aligned)).choice(),
        Choice::Aligned
    );
    assert_eq!(
        completion(&format!("{} .", s.misaligned)).choice(),
        Choice::Misaligned
    );
    assert_eq!(completion("the .").choice(), Choice::Neither);
    assert_eq!(completion("").choice(), Choice::Neither);
}

#[test]
fn the_page_samples_every_kind_of_pretraining_and_post_training_document() {
    let samples = samples(7);
    let kinds: HashSet<Kind> = samples.iter().map(|(_, d)| d.kind).collect();
    for kind in [
        Kind::General,
        Kind::Neutral,
        Kind::NaturalAligned,
        Kind::NaturalMisaligned,
        Kind::SyntheticAligned,
        Kind::SyntheticMisaligned,
        Kind::Assistant,
    ] {
        assert!(kinds.contains(&kind), "{kind:?}");
    }
    for format in ["news :", "story :", "textbook :", "user :"] {
        assert!(
            samples
                .iter()
                .any(|(_, d)| d.kind == Kind::SyntheticAligned && d.text.starts_with(format)),
            "{format}"
        );
    }
    assert_eq!(samples, explainers::lab::documents::samples(7));
}

#[test]
fn the_recorded_sweep_has_every_seed_dose_and_condition() {
    assert_eq!(seeds(), SWEEP_SEEDS.collect::<Vec<u64>>());
    for seed in SWEEP_SEEDS {
        assert!(find(seed, Arm::Unfiltered, 0.0).is_some());
        for dose in DOSES {
            for arm in [Arm::AlignmentUpsampled, Arm::MisalignmentUpsampled] {
                assert!(find(seed, arm, dose).is_some(), "{seed} {arm:?} {dose}");
            }
        }
    }
    assert_eq!(RUNS.len(), SWEEP_SEEDS.count() * (1 + 2 * DOSES.len()));
    assert_eq!([prompts(0), prompts(1), prompts(2)], [72.0, 48.0, 40.0]);
    for run in RUNS {
        for (i, &count) in run.base.iter().chain(&run.post).enumerate() {
            assert!((0.0..=prompts(i % 3)).contains(&count) && (count * 2.0).fract() == 0.0);
        }
    }
}

/// The seeds of the recorded sweep.
const SWEEP_SEEDS: std::ops::RangeInclusive<u64> = 7..=16;

#[test]
fn spread_is_the_mean_and_its_standard_error() {
    let s = Spread::of(&[1.0, 2.0, 3.0, 4.0]);
    assert_eq!(s.mean, 2.5);
    // Sample variance 5/3; standard error √(5/3 / 4).
    assert!((s.standard_error - (5.0f64 / 12.0).sqrt()).abs() < 1e-12);
    assert_eq!(s.seeds, 4);
    // Paired: Alignment minus Unfiltered of the same seed, by hand.
    let by_hand: Vec<f64> = seeds()
        .into_iter()
        .map(|seed| {
            let a = find(seed, Arm::AlignmentUpsampled, DEFAULT_DOSE).unwrap();
            let u = find(seed, Arm::Unfiltered, 0.0).unwrap();
            (a.base[1] - u.base[1]) / 48.0
        })
        .collect();
    let (computed, expected) = (
        paired_effect(Arm::AlignmentUpsampled, DEFAULT_DOSE, false, 1),
        Spread::of(&by_hand),
    );
    assert_eq!(computed.seeds, SWEEP_SEEDS.count());
    assert!((computed.mean - expected.mean).abs() < 1e-12);
    assert!((computed.standard_error - expected.standard_error).abs() < 1e-12);
}

/// Whether `spread` is more than two standard errors from zero.
fn clear(spread: Spread) -> bool {
    spread.mean.abs() > 2.0 * spread.standard_error
}

#[test]
fn what_the_page_says_about_the_sweep_is_what_it_recorded() {
    let (aligned, misaligned) = (Arm::AlignmentUpsampled, Arm::MisalignmentUpsampled);
    let below = |spread: Spread| spread.mean < 0.0 && clear(spread);
    // The presets' dose is the smallest of the sweep at which the base held-out effect is clear.
    assert!(!below(paired_effect(aligned, 0.01, false, 1)));
    assert_eq!(DEFAULT_DOSE, 0.03);
    // "At 3%, Alignment upsampled lowers the base model's misaligned share on held-out
    // scenarios ... On held-in scenarios the change is ..., which counting alone also produces."
    assert!(below(paired_effect(aligned, DEFAULT_DOSE, false, 1)));
    assert!(below(paired_effect(aligned, DEFAULT_DOSE, false, 0)));
    // "After post-training the held-out gap at 3% is ..., within two standard errors of zero; at
    // 30% the held-in gap survives but the held-out one is not clear."
    assert!(!clear(paired_effect(aligned, DEFAULT_DOSE, true, 1)));
    assert!(below(paired_effect(aligned, 0.3, true, 0)));
    assert!(!clear(paired_effect(aligned, 0.3, true, 1)));
    // "No effect of either upsampling on unseen families is beyond two standard errors at any
    // dose. At 1% no effect on held-out scenarios stands out either."
    for dose in DOSES {
        for arm in [aligned, misaligned] {
            for post_trained in [false, true] {
                let spread = paired_effect(arm, dose, post_trained, 2);
                assert!(
                    !clear(spread),
                    "unseen {arm:?} {dose} {post_trained}: {spread:?}"
                );
            }
        }
    }
    for post_trained in [false, true] {
        assert!(!clear(paired_effect(aligned, 0.01, post_trained, 1)));
    }
    // "Misalignment upsampled barely moves the base model (at no dose beyond two standard
    // errors) ... After post-training it is above Unfiltered at 30% but not clearly."
    for dose in DOSES {
        for set in 0..3 {
            let spread = paired_effect(misaligned, dose, false, set);
            assert!(!clear(spread), "{dose} {set}: {spread:?}");
        }
    }
    let post = paired_effect(misaligned, 0.3, true, 0);
    assert!(post.mean > 0.0 && !clear(post), "{post:?}");
    // "The held-out effect at 10%, just short of two standard errors between two doses where it
    // is beyond them."
    let ten = paired_effect(aligned, 0.1, false, 1);
    assert!(ten.mean < 0.0 && !clear(ten) && ten.mean.abs() > 1.9 * ten.standard_error);
    assert!(below(paired_effect(aligned, 0.3, false, 1)));
    // "Seed 7, the default, shows a smaller held-in effect than most at 3%", and the range of
    // Unfiltered's held-in shares the page quotes.
    let effect = |seed| seed_effect(seed, aligned, DEFAULT_DOSE, 0).unwrap();
    let mean = paired_effect(aligned, DEFAULT_DOSE, false, 0).mean;
    assert!(effect(7) > mean, "{} against {mean}", effect(7));
    let smaller = seeds()
        .into_iter()
        .filter(|&seed| effect(seed) > effect(7))
        .count();
    assert!(
        smaller * 2 < seeds().len(),
        "{smaller} seeds show a smaller effect"
    );
    let a = find(7, aligned, DEFAULT_DOSE).unwrap();
    let u = find(7, Arm::Unfiltered, 0.0).unwrap();
    assert!((effect(7) - (a.base[0] - u.base[0]) / 72.0).abs() < 1e-12);
    assert_eq!(unfiltered_range(0), (12.0 / 72.0, 68.0 / 72.0));
    assert!(unfiltered(false, 0).mean > 0.5);
}

#[test]
fn counting_alone_gives_the_held_in_effect_at_every_dose_of_the_sweep() {
    // "At 3% and 10% the held-in effect is clear, and counting alone produces it too": the
    // trigram model of the same documents prefers fewer misaligned held-in answers with aligned
    // synthetic documents, on every seed, and the same held-out answers.
    for seed in 7..=16 {
        let counting = |aligned: f64| {
            let mix = Mix {
                synthetic_aligned: aligned,
                ..Mix::UNFILTERED
            };
            let tokenizer = Tokenizer::new(&vocabulary(), START);
            let trigram = trigram_of(&explainers::lab::documents::pool(&mix, seed), &tokenizer);
            explainers::lab::questions::count_baseline(&trigram, &tokenizer, false, 1)
        };
        let unfiltered = counting(0.0);
        for dose in [0.03, 0.1] {
            let with = counting(dose);
            assert!(
                with.held_in.share() < unfiltered.held_in.share(),
                "{seed} {dose}"
            );
            assert_eq!(
                with.held_out.share(),
                unfiltered.held_out.share(),
                "{seed} {dose}"
            );
        }
    }
}

#[test]
fn the_alignment_tour_quotes_the_recorded_seed_seven_runs() {
    let tour = explainers::alignment::EXPLAINER.tour;
    let step = tour.step(tour.len() - 1).unwrap();
    let u = find(7, Arm::Unfiltered, 0.0).unwrap();
    let a = find(7, Arm::AlignmentUpsampled, DEFAULT_DOSE).unwrap();
    let percent = |count: f64, set: usize| format!("{}%", (count / prompts(set) * 100.0).round());
    let quoted = format!(
        "fall from {} to {} on held-out scenarios, which no synthetic document mentions, and from {} \
         to {} on held-in ones",
        percent(u.base[1], 1),
        percent(a.base[1], 1),
        percent(u.base[0], 0),
        percent(a.base[0], 0),
    );
    assert!(
        step.text.contains(&quoted),
        "{quoted:?} not in {:?}",
        step.text
    );
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "two full runs: scripts/test runs this file with --profile compute"
)]
fn seed_sevens_runs_with_the_hhh_prompt_are_the_recorded_ones() {
    use explainers::lab::measured::SEED_SEVEN_WITH_HHH;
    use explainers::lab::params::Preset;
    let counts = |e: &explainers::lab::questions::Evaluation| {
        [
            e.held_in.misaligned,
            e.held_out.misaligned,
            e.unseen.misaligned,
        ]
    };
    std::thread::scope(|scope| {
        for (recorded, preset) in SEED_SEVEN_WITH_HHH
            .iter()
            .zip([Preset::Unfiltered, Preset::AlignmentUpsampled])
        {
            scope.spawn(move || {
                let settings = Settings {
                    hhh: true,
                    ..Settings::default()
                };
                let outcome = run(&preset.mix().unwrap(), &settings).unwrap();
                assert_eq!(
                    (counts(&outcome.base), counts(&outcome.post)),
                    (recorded.base, recorded.post),
                    "{preset:?}"
                );
            });
        }
    });
    // What the page says: with the prompt, Unfiltered is more misaligned than without it, before
    // and after post-training, where the paper's post-trained Unfiltered model was less.
    let without = find(7, Arm::Unfiltered, 0.0).unwrap();
    assert!(SEED_SEVEN_WITH_HHH[0].base[0] > without.base[0]);
    assert!(SEED_SEVEN_WITH_HHH[0].post[0] > without.post[0]);
    let paper = |hhh| {
        Preset::Unfiltered
            .paper_rate(true, hhh, explainers::alignment::results::EvalSet::Article)
            .unwrap()
            .misalignment_rate
    };
    assert!(
        paper(true) < paper(false),
        "{} {}",
        paper(true),
        paper(false)
    );
}
