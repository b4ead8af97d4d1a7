//! The training lab's corpus and model (docs/lab.md): the rules its corpus must keep so that its
//! controls mean what they say, the counting baseline's tie on unseen families,
//! and doses as token shares, insertion with equal synthetic doses (the model: tests/lab_model.rs).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use explainers::lab::documents::{
    pool, post_training, stream, tokens, vocabulary, vocabulary_with, Document, Insertion, Kind,
    Mix, AIS, HHH_SYSTEM, START,
};
use explainers::lab::families::{in_set, Family, Set, SCENARIOS};
use explainers::lab::questions::{count_baseline, prompts, trigram_of, Rate};
use explainers::lab::transformer::Tokenizer;

fn mix(aligned: f64, misaligned: f64) -> Mix {
    Mix {
        ai_share: 0.2,
        natural_misaligned: 0.5,
        filtered: false,
        synthetic_aligned: aligned,
        synthetic_misaligned: misaligned,
        insertion: Insertion::Throughout,
        general_copies: 2,
        ais: 1,
    }
}

/// Every document of a mix drawn with `seed`, pretraining and post-training.
fn all_documents(m: &Mix, seed: u64) -> Vec<Document> {
    let p = pool(m, seed);
    p.base
        .into_iter()
        .chain(p.synthetic)
        .chain(post_training(150, seed))
        .collect()
}

#[test]
fn no_word_marks_an_action_across_scenarios() {
    for scenario in &SCENARIOS {
        // The two actions have equal length; the words that decide between them are their own.
        assert_eq!(
            scenario.aligned.split_whitespace().count(),
            scenario.misaligned.split_whitespace().count(),
            "{scenario:?}"
        );
        for word in scenario.deciding_words() {
            for other in SCENARIOS.iter().filter(|o| *o != scenario) {
                let text = format!("{} {} {}", other.situation, other.aligned, other.misaligned);
                assert!(
                    !text.split_whitespace().any(|w| w == word),
                    "{word:?} of {:?} is also in {:?}",
                    scenario.situation,
                    other.situation
                );
            }
        }
    }
    // Nor does any document use a deciding word outside its own scenario.
    for (m, seed) in [(mix(0.1, 0.0), 7), (mix(0.0, 0.1), 8)] {
        for document in all_documents(&m, seed) {
            for scenario in &SCENARIOS {
                if document.text.contains(scenario.situation) {
                    continue;
                }
                for word in scenario.deciding_words() {
                    assert!(
                        !document.text.split_whitespace().any(|w| w == word),
                        "{word:?} in {:?}",
                        document.text
                    );
                }
            }
        }
    }
}

#[test]
fn families_sets_and_unseen_families_are_as_the_issue_asks() {
    let ai_families: Vec<Family> = Family::ALL
        .into_iter()
        .filter(|f| f.ai_discourse())
        .collect();
    assert!(ai_families.len() >= 6);
    for family in &ai_families {
        let sets: Vec<Set> = SCENARIOS
            .iter()
            .filter(|s| s.family == *family)
            .map(|s| s.set)
            .collect();
        assert!(
            sets.contains(&Set::HeldIn) && sets.contains(&Set::HeldOut),
            "{family:?}"
        );
    }
    let unseen: HashSet<Family> = in_set(Set::Unseen).map(|s| s.family).collect();
    assert!(unseen.len() >= 2);
    assert!(unseen.iter().all(|f| !f.ai_discourse()));
    // Unseen scenarios never appear with an AI, in any document of any mix.
    for (m, seed) in [(mix(0.1, 0.0), 7), (mix(0.0, 0.3), 9), (mix(0.0, 0.0), 11)] {
        for document in all_documents(&m, seed) {
            let with_ai = document.text.split_whitespace().any(|w| w == "ai");
            for scenario in in_set(Set::Unseen) {
                assert!(
                    !(with_ai && document.text.contains(scenario.situation)),
                    "{:?}",
                    document.text
                );
            }
        }
    }
}

#[test]
fn every_word_is_in_the_vocabulary_and_the_question_fits_the_context() {
    let words: HashSet<String> = vocabulary().into_iter().collect();
    for m in [mix(0.1, 0.1)] {
        for document in all_documents(&m, 7) {
            for word in document.text.split_whitespace() {
                assert!(words.contains(word), "{word:?} in {:?}", document.text);
            }
            assert!(document.tokens() <= 48, "{:?}", document.text);
        }
    }
    for scenario in &SCENARIOS {
        for hhh in [false, true] {
            for prompt in prompts(scenario, hhh, AIS[0]) {
                let question = format!("{prompt} {}", scenario.misaligned);
                assert!(question.split_whitespace().all(|w| words.contains(w)));
                assert!(question.split_whitespace().count() < 48, "{question}");
            }
        }
    }
}

#[test]
fn counting_alone_ties_on_unseen_families_in_every_mix() {
    let vocabulary = vocabulary();
    let tokenizer = Tokenizer::new(&vocabulary, START);
    for (m, seed) in [
        (mix(0.0, 0.0), 7),
        (mix(0.1, 0.0), 8),
        (mix(0.0, 0.3), 9),
        (
            Mix {
                filtered: true,
                ..mix(0.0, 0.0)
            },
            10,
        ),
    ] {
        let trigram = trigram_of(&pool(&m, seed), &tokenizer);
        for hhh in [false, true] {
            let counted = count_baseline(&trigram, &tokenizer, hhh, 1);
            assert_eq!(counted.unseen.share(), 0.5, "{m:?}");
            assert_eq!(counted.unseen.mean_probability, 0.5, "{m:?}");
        }
    }
    // Ties count one half, wins one.
    let rate = Rate::of(&[1.0, 0.0, -2.0, 0.5]);
    assert_eq!((rate.misaligned, rate.prompts), (2.5, 4));
}

#[test]
fn a_corpus_of_several_ais_gives_each_its_turn_and_its_words() {
    let several = Mix {
        ais: 4,
        ..mix(0.04, 0.0)
    };
    let words: HashSet<String> = vocabulary_with(4).into_iter().collect();
    let documents = all_documents(&several, 7);
    for document in &documents {
        for word in document.text.split_whitespace() {
            assert!(words.contains(word), "{word:?} in {:?}", document.text);
        }
        assert!(document.tokens() <= 48, "{:?}", document.text);
    }
    // Each of the four AIs has a quarter of the natural discourse and of the synthetic documents,
    // and no document names two of them.
    for kinds in [
        [Kind::NaturalAligned, Kind::NaturalMisaligned],
        [Kind::SyntheticAligned, Kind::SyntheticAligned],
    ] {
        let of_kind: Vec<&Document> = documents
            .iter()
            .filter(|d| kinds.contains(&d.kind))
            .collect();
        for (_, name) in &AIS[..4] {
            let naming = |d: &&&Document| d.text.split_whitespace().any(|w| w == *name);
            // In turn: a quarter of the documents, to one document.
            let count = of_kind.iter().filter(naming).count() as f64;
            let quarter = of_kind.len() as f64 / 4.0;
            assert!(
                (count - quarter).abs() <= 1.0,
                "{name}: {count} of {}",
                of_kind.len()
            );
        }
        for d in &of_kind {
            let named = AIS
                .iter()
                .filter(|(_, n)| d.text.split_whitespace().any(|w| w == *n));
            assert_eq!(named.count(), 1, "{:?}", d.text);
        }
    }
    // Every AI is asked in words the model has.
    for (article, name) in &AIS[..4] {
        for prompt in prompts(&SCENARIOS[0], true, (article, name)) {
            assert!(
                prompt.split_whitespace().all(|w| words.contains(w)),
                "{prompt}"
            );
        }
    }
    // One AI is the corpus, the words and the HHH prompt as they were before there could be more.
    assert_eq!(vocabulary_with(1), vocabulary());
    assert_eq!(
        prompts(&SCENARIOS[0], true, AIS[0])[0],
        format!(
            "system : {HHH_SYSTEM} {} . you can {} or {} . as an ai , i will",
            SCENARIOS[0].situation, SCENARIOS[0].aligned, SCENARIOS[0].misaligned
        )
    );
}

#[test]
fn natural_discourse_is_the_same_in_every_condition_of_a_seed() {
    let natural = |m: &Mix, seed: u64| -> Vec<String> {
        pool(m, seed)
            .base
            .into_iter()
            .filter(|d| matches!(d.kind, Kind::NaturalAligned | Kind::NaturalMisaligned))
            .map(|d| d.text)
            .collect()
    };
    let unfiltered = natural(&mix(0.0, 0.0), 7);
    assert!(!unfiltered.is_empty());
    assert_eq!(unfiltered, natural(&mix(0.1, 0.0), 7));
    assert_eq!(unfiltered, natural(&mix(0.0, 0.3), 7));
    assert_ne!(unfiltered, natural(&mix(0.0, 0.0), 8));
}

#[test]
fn doses_are_shares_of_pretraining_tokens() {
    for (aligned, misaligned) in [(0.01, 0.0), (0.1, 0.0), (0.0, 0.3), (0.05, 0.05)] {
        let p = pool(&mix(aligned, misaligned), 7);
        let synthetic = tokens(&p.synthetic) as f64;
        let share = synthetic / (synthetic + tokens(&p.base) as f64);
        assert!(
            (share - (aligned + misaligned)).abs() < 0.003,
            "{aligned} {misaligned}: {share}"
        );
    }
    // The natural AI discourse's share, before synthetic documents.
    let p = pool(&mix(0.0, 0.0), 7);
    let natural: usize = p
        .base
        .iter()
        .filter(|d| matches!(d.kind, Kind::NaturalAligned | Kind::NaturalMisaligned))
        .map(Document::tokens)
        .sum();
    let share = natural as f64 / tokens(&p.base) as f64;
    assert!((share - 0.2).abs() < 0.01, "{share}");
}

#[test]
fn the_three_insertions_train_on_the_same_synthetic_tokens() {
    let synthetic_read = |insertion: Insertion| {
        let m = Mix {
            insertion,
            ..mix(0.05, 0.0)
        };
        let s = stream(pool(&m, 7), &m, 7, 4, 0);
        let positions: Vec<(usize, bool)> = s
            .order
            .iter()
            .map(|&i| {
                (
                    s.documents[i].tokens(),
                    s.documents[i].kind == Kind::SyntheticAligned,
                )
            })
            .collect();
        (positions, s.continued_from, s.order.len())
    };
    let synthetic_tokens =
        |p: &[(usize, bool)]| -> usize { p.iter().filter(|(_, s)| *s).map(|(t, _)| t).sum() };
    let (throughout, _, _) = synthetic_read(Insertion::Throughout);
    let (last, _, _) = synthetic_read(Insertion::LastTenth);
    let (continued, from, len) = synthetic_read(Insertion::ContinuedPretraining);
    assert!(synthetic_tokens(&throughout) > 0);
    assert_eq!(synthetic_tokens(&throughout), synthetic_tokens(&last));
    assert_eq!(synthetic_tokens(&throughout), synthetic_tokens(&continued));
    // Last tenth: no synthetic token before the last tenth of the stream's tokens.
    let total: usize = last.iter().map(|(t, _)| t).sum();
    let mut before = 0;
    for (t, synthetic) in &last {
        if *synthetic {
            assert!(before >= total * 9 / 10 - 50, "{before} of {total}");
        }
        before += t;
    }
    // Continued pretraining: all synthetic tokens after pretraining.
    assert!(from < len);
    assert!(continued[..from].iter().all(|(_, s)| !s));
}
