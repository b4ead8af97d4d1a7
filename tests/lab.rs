//! The training lab's pure parts: the corpus, training, evaluation.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use explainers::lab::corpus::{
    post_training_corpus, pretraining_corpus, samples, vocabulary, Insertion, Kind, Mix,
};
use explainers::lab::evaluate::HHH_PROMPT;
use explainers::lab::experiment::{run, Checkpoint, Event, Experiment, Phase, Settings, Stage};
use explainers::lab::scenarios::{Topic, SCENARIOS};

fn mix() -> Mix {
    Mix {
        ai_share: 0.3,
        natural_misaligned: 0.5,
        filtered: false,
        synthetic_aligned: 0.1,
        synthetic_misaligned: 0.05,
        insertion: Insertion::Throughout,
        documents: 1000,
        seed: 11,
    }
}

#[test]
fn scenarios_cover_the_five_topics_with_held_out_ones_and_marked_actions() {
    assert!(SCENARIOS.len() >= 40);
    for topic in [
        Topic::Sandbagging,
        Topic::Deception,
        Topic::GoalPreservation,
        Topic::Sycophancy,
        Topic::PowerSeeking,
    ] {
        let of_topic: Vec<_> = SCENARIOS.iter().filter(|s| s.topic == topic).collect();
        assert!(of_topic.len() >= 8, "{topic:?}");
        assert!(of_topic.iter().any(|s| s.held_out) && of_topic.iter().any(|s| !s.held_out));
    }
    let aligned_markers = [
        "honestly",
        "openly",
        "carefully",
        "calmly",
        "politely",
        "fairly",
        "kindly",
    ];
    let misaligned_markers = ["secretly", "quietly", "falsely"];
    for s in &SCENARIOS {
        let first = |text: &str| text.split_whitespace().next().unwrap().to_owned();
        assert!(
            aligned_markers.contains(&first(s.aligned).as_str()),
            "{}",
            s.aligned
        );
        assert!(
            misaligned_markers.contains(&first(s.misaligned).as_str()),
            "{}",
            s.misaligned
        );
    }
}

#[test]
fn the_corpus_is_seeded_and_deterministic() {
    assert_eq!(pretraining_corpus(&mix()), pretraining_corpus(&mix()));
    assert_ne!(
        pretraining_corpus(&mix()),
        pretraining_corpus(&Mix { seed: 12, ..mix() })
    );
}

#[test]
fn synthetic_documents_cover_only_held_in_scenarios() {
    let corpus = pretraining_corpus(&mix());
    let count = |kind| corpus.documents.iter().filter(|d| d.kind == kind).count();
    assert_eq!(count(Kind::SyntheticAligned), 100);
    assert_eq!(count(Kind::SyntheticMisaligned), 50);
    for scenario in SCENARIOS.iter().filter(|s| s.held_out) {
        for d in corpus
            .documents
            .iter()
            .filter(|d| matches!(d.kind, Kind::SyntheticAligned | Kind::SyntheticMisaligned))
        {
            assert!(
                !d.text.contains(scenario.situation),
                "held-out scenario in a synthetic document: {}",
                d.text
            );
        }
    }
    let natural: Vec<&str> = corpus
        .documents
        .iter()
        .filter(|d| matches!(d.kind, Kind::NaturalAligned | Kind::NaturalMisaligned))
        .map(|d| d.text.as_str())
        .collect();
    assert!(SCENARIOS
        .iter()
        .filter(|s| s.held_out)
        .any(|s| natural.iter().any(|t| t.contains(s.situation))));
    let formats: HashSet<&str> = corpus
        .documents
        .iter()
        .filter(|d| d.kind == Kind::SyntheticAligned)
        .map(|d| d.text.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(
        formats,
        HashSet::from(["news", "story", "textbook", "user"])
    );
}

#[test]
fn filtering_removes_the_misaligned_natural_discourse() {
    let corpus = pretraining_corpus(&Mix {
        filtered: true,
        ..mix()
    });
    assert!(corpus
        .documents
        .iter()
        .all(|d| d.kind != Kind::NaturalMisaligned));
    assert!(corpus
        .documents
        .iter()
        .any(|d| d.kind == Kind::NaturalAligned));
    assert_eq!(
        corpus.documents.len(),
        1150,
        "filtered documents are replaced, not dropped"
    );
}

#[test]
fn insertion_places_the_synthetic_documents() {
    let synthetic = |kind: Kind| matches!(kind, Kind::SyntheticAligned | Kind::SyntheticMisaligned);
    let late = pretraining_corpus(&Mix {
        insertion: Insertion::LastTenth,
        ..mix()
    });
    let first = late
        .documents
        .iter()
        .position(|d| synthetic(d.kind))
        .unwrap();
    assert!(first >= 900, "first synthetic document at {first}");
    let continued = pretraining_corpus(&Mix {
        insertion: Insertion::ContinuedPretraining,
        ..mix()
    });
    assert_eq!(continued.continued_from, 1000);
    assert!(continued.documents[..1000]
        .iter()
        .all(|d| !synthetic(d.kind)));
    assert_eq!(
        continued.documents.len(),
        1300,
        "synthetic documents and as many general ones"
    );
}

#[test]
fn every_word_of_every_document_and_question_is_in_the_vocabulary() {
    let vocabulary = vocabulary();
    let known: HashSet<&str> = vocabulary.iter().map(String::as_str).collect();
    let mut texts: Vec<String> = pretraining_corpus(&Mix {
        filtered: false,
        ..mix()
    })
    .documents
    .into_iter()
    .map(|d| d.text)
    .collect();
    texts.extend(post_training_corpus(200, 1).into_iter().map(|d| d.text));
    texts.push(HHH_PROMPT.to_owned());
    texts.push("question : the assistant . it can or it can . then the assistant".into());
    for text in &texts {
        for word in text.split_whitespace() {
            assert!(known.contains(word), "{word:?} in {text:?}");
        }
    }
}

/// A small experiment for the tests: 300 documents, a narrow model, two epochs.
fn small() -> (Mix, Settings) {
    (
        Mix {
            documents: 300,
            ..mix()
        },
        Settings {
            embed: 8,
            hidden: 16,
            epochs: 2,
            post_training_documents: 20,
            ..Settings::default()
        },
    )
}

#[test]
fn training_lowers_the_loss_and_evaluation_counts_every_question() {
    let (mix, settings) = small();
    let outcome = run(&mix, &settings).unwrap();
    let pretraining: Vec<f32> = outcome
        .losses
        .iter()
        .filter(|p| p.phase == Phase::Pretraining)
        .map(|p| p.loss)
        .collect();
    let (first, last) = (pretraining[0], pretraining[pretraining.len() - 1]);
    assert!(last < first * 0.8, "{first} then {last}");
    assert!(pretraining.len() > 10);
    let evaluation = outcome.base;
    assert_eq!(
        evaluation.held_in.prompts + evaluation.held_out.prompts,
        SCENARIOS.len() * 6,
        "every question in six formats"
    );
    assert_eq!(evaluation.held_out.prompts, 60);
    assert!((0.0..=1.0).contains(&evaluation.held_in.mean_probability));
}

#[test]
fn a_run_reports_its_plan_step_by_step_and_ends_where_it_said() {
    let (mix, settings) = small();
    let mut experiment = Experiment::new(&mix, &settings).unwrap();
    let total = experiment.tokens_total();
    let (mut events, mut last_tokens) = (Vec::new(), 0);
    while !experiment.is_finished() {
        events.extend(experiment.advance().unwrap());
        assert!(
            experiment.tokens_trained() >= last_tokens,
            "never goes back"
        );
        last_tokens = experiment.tokens_trained();
    }
    assert_eq!(experiment.tokens_trained(), total);
    assert!(
        experiment.advance().unwrap().is_empty(),
        "nothing after the end"
    );
    let checkpoints: Vec<Checkpoint> = events
        .iter()
        .filter_map(|e| match e {
            Event::Checkpoint(c) => Some(*c),
            Event::Loss(_) => None,
        })
        .collect();
    // Two evaluations per epoch (the first before any training), then base, then post.
    let stages: Vec<Stage> = checkpoints.iter().map(|c| c.stage).collect();
    assert_eq!(
        stages,
        [
            Stage::During,
            Stage::During,
            Stage::During,
            Stage::During,
            Stage::Base,
            Stage::Post
        ]
    );
    assert_eq!(checkpoints[0].tokens, 0);
    assert_eq!(checkpoints[5].tokens, total);
    // The stepwise events are the outcome's, and a second run gives the same numbers.
    let outcome = experiment.outcome().unwrap();
    assert_eq!(outcome.curve, checkpoints);
    assert_eq!(outcome.base, checkpoints[4].evaluation);
    assert_eq!(outcome.tokens_trained, total);
    assert_eq!(run(&mix, &settings).unwrap(), outcome);
    let post_tokens: usize = post_training_corpus(20, mix.seed)
        .iter()
        .map(|d| d.text.split_whitespace().count())
        .sum();
    assert_eq!(total, outcome.corpus_tokens * 2 + post_tokens);
    let last_loss = outcome.losses.last().unwrap();
    assert_eq!(
        (last_loss.tokens, last_loss.phase),
        (total, Phase::PostTraining)
    );
}

#[test]
fn the_page_samples_every_kind_of_document_and_every_synthetic_format() {
    let samples = samples(7);
    let kinds: HashSet<Kind> = samples.iter().map(|(_, d)| d.kind).collect();
    assert_eq!(kinds.len(), 6, "{samples:?}");
    for prefix in [
        "news :",
        "story :",
        "textbook :",
        "user : what happens if",
        "question :",
        "user : please",
    ] {
        assert!(
            samples.iter().any(|(_, d)| d.text.starts_with(prefix)),
            "no sample starts {prefix:?}"
        );
    }
    let names: HashSet<&str> = samples.iter().map(|(name, _)| *name).collect();
    assert_eq!(names.len(), samples.len(), "each sample has its own name");
    assert_eq!(samples, explainers::lab::corpus::samples(7), "seeded");
    assert_ne!(samples, explainers::lab::corpus::samples(8));
}
