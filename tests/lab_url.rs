//! The training lab's settings in the URL, and the actions that change them.
#![cfg(not(target_arch = "wasm32"))]

use explainers::explainer::Settings;
use explainers::lab::documents::{Insertion, Mix};
use explainers::lab::params::{
    limits, Ensemble, LabAction, LabParams, Preset, DEFAULT_DOSE, TEMPERATURE_KEY,
};
use page_support::{any_lab, decode, encode, Page as Params};
use proptest::prelude::*;

mod page_support;

fn with_lab(lab: LabParams) -> Params {
    Params::default().with(&lab)
}

#[test]
fn the_default_lab_writes_nothing_and_each_preset_writes_only_its_name() {
    assert_eq!(encode(&Params::default(), ""), "");
    let expected = [
        (Preset::Unfiltered, ""),
        (Preset::Filtered, "lab.preset=filtered"),
        (Preset::MisalignmentUpsampled, "lab.preset=misalignment"),
        (Preset::AlignmentUpsampled, "lab.preset=alignment"),
        (Preset::MisalignmentLate, "lab.preset=misalignment-late"),
        (
            Preset::MisalignmentContinued,
            "lab.preset=misalignment-continued",
        ),
        (Preset::AlignmentLate, "lab.preset=alignment-late"),
        (Preset::AlignmentContinued, "lab.preset=alignment-continued"),
    ];
    for (preset, query) in expected {
        let mut lab = LabParams::default();
        lab.apply(LabAction::LoadPreset(preset));
        assert_eq!(lab.preset(), preset);
        assert_eq!(encode(&with_lab(lab.clone()), ""), query);
        let decoded = decode(query);
        assert!(decoded.problems.is_empty());
        assert_eq!(decoded.params.get::<LabParams>(), lab);
    }
}

#[test]
fn a_preset_with_changes_is_read_in_any_order_of_the_pairs() {
    for query in [
        "lab.preset=alignment&lab.ai=0.3&lab.seed=12&lab.hhh=1",
        "lab.hhh=1&lab.ai=0.3&lab.seed=12&lab.preset=alignment",
    ] {
        let decoded = decode(query);
        assert!(decoded.problems.is_empty(), "{:?}", decoded.problems);
        let lab = decoded.params.get::<LabParams>();
        assert_eq!(
            lab.mix,
            Mix {
                ai_share: 0.3,
                synthetic_aligned: DEFAULT_DOSE,
                ..Mix::UNFILTERED
            }
        );
        assert_eq!(lab.seed, 12);
        assert!(lab.hhh && !lab.autorun);
        // A changed preset is a custom mix: written as its differences from the default mix.
        assert_eq!(lab.preset(), Preset::Custom);
        assert_eq!(
            encode(&with_lab(lab), ""),
            "lab.preset=custom&lab.seed=12&lab.ai=0.3&lab.aligned=0.03&lab.hhh=1"
        );
    }
}

#[test]
fn a_full_custom_query_restores_every_control() {
    let decoded = decode(
        "lab.preset=custom&lab.seed=3&lab.ai=0.45&lab.natural=0.8&lab.filter=1&lab.aligned=0.1\
         &lab.misaligned=0.05&lab.insertion=last-tenth&lab.hhh=1&lab.temperature=0.4&lab.autorun=1&lab.models=4",
    );
    assert!(decoded.problems.is_empty(), "{:?}", decoded.problems);
    let expected = LabParams {
        mix: Mix {
            ai_share: 0.45,
            natural_misaligned: 0.8,
            filtered: true,
            synthetic_aligned: 0.1,
            synthetic_misaligned: 0.05,
            insertion: Insertion::LastTenth,
            general_copies: 2,
            ais: 1,
        },
        seed: 3,
        hhh: true,
        temperature: 0.4,
        autorun: true,
        models: Ensemble::Four,
    };
    assert_eq!(decoded.params.get::<LabParams>(), expected);
}

#[test]
fn bad_values_are_reported_and_leave_the_preset_values() {
    let decoded = decode(
        "lab.preset=everything&lab.ai=2&lab.documents=50&lab.insertion=sideways&lab.seed=-1\
         &lab.aligned=NaN&lab.hhh=yes&lab.temperature=3&lab.models=3",
    );
    let keys: Vec<&str> = decoded.problems.iter().map(|p| p.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            // The preset is read first (it stands for the whole mix), then every other pair in
            // the link's order.
            "lab.preset",
            "lab.documents",
            "lab.insertion",
            "lab.seed",
            "lab.aligned",
            "lab.hhh",
            "lab.models",
            // Values that read but lie out of range come last: `normalise` brings them to the
            // nearest allowed value.
            "lab.ai",
            "lab.temperature"
        ]
    );
    let mut expected = LabParams::default();
    expected.mix.ai_share = 0.6;
    expected.temperature = limits(TEMPERATURE_KEY).1;
    assert_eq!(decoded.params.get::<LabParams>(), expected);
    assert!(
        decoded.problems[0]
            .message
            .contains("expected one of unfiltered, filtered"),
        "{}",
        decoded.problems[0].message
    );
    assert!(
        decoded.problems[6].message.contains("expected one of 1, 4"),
        "{}",
        decoded.problems[6].message
    );
    // An old link's corpus size is retired: said so, ignored, and not written back.
    let old = decode("lab.documents=900&doom.rank=1e11");
    assert_eq!(old.problems.len(), 1);
    assert!(
        old.problems[0].message.contains("no longer used"),
        "{}",
        old.problems[0].message
    );
    assert_eq!(old.params.get::<LabParams>(), LabParams::default());
    assert_eq!(
        encode(&old.params, "lab.documents=900&doom.rank=1e11"),
        "doom.rank=1e11"
    );
}

#[test]
fn actions_out_of_range_are_refused_and_presets_keep_the_seed() {
    let mut lab = LabParams::default();
    lab.apply(LabAction::SetSeed(42));
    lab.apply(LabAction::LoadPreset(Preset::AlignmentContinued));
    assert_eq!(lab.seed, 42);
    assert_eq!(lab.mix.insertion, Insertion::ContinuedPretraining);
    let before = lab.clone();
    for action in [
        LabAction::SetTemperature(9.0),
        LabAction::SetTemperature(-1.0),
        LabAction::SetAiShare(-1.0),
        LabAction::SetSyntheticMisaligned(7.0),
    ] {
        assert_eq!(lab.apply(action.clone()).len(), 1, "{action:?}");
        assert_eq!(lab, before, "{action:?} left the settings as they were");
    }
    assert!(lab
        .apply(LabAction::SetTemperature(limits(TEMPERATURE_KEY).1))
        .is_empty());
    assert_eq!(lab.temperature, limits(TEMPERATURE_KEY).1);
    let chosen = lab.clone();
    lab.apply(LabAction::LoadPreset(Preset::Custom));
    assert_eq!(lab, chosen, "custom changes nothing");
    lab.apply(LabAction::Reset);
    assert_eq!(lab, LabParams::default());
}

proptest! {
    #[test]
    fn every_lab_setting_survives_the_url(lab in any_lab()) {
        let query = encode(&with_lab(lab.clone()), "");
        let decoded = decode(&query);
        prop_assert!(decoded.problems.is_empty(), "{:?}", decoded.problems);
        prop_assert_eq!(decoded.params.get::<LabParams>(), lab);
    }
}

#[test]
fn every_preset_but_custom_has_the_papers_four_numbers() {
    use explainers::alignment::results::{insertion_figure, EvalSet};
    for preset in Preset::ALL {
        let Some(row) = preset.paper_row() else {
            assert_eq!(preset, Preset::Custom);
            continue;
        };
        for post in [false, true] {
            for set in [EvalSet::Article, EvalSet::Textbook] {
                assert!(
                    insertion_figure(row, post, set).find().is_some(),
                    "{preset:?} post={post} {set:?}"
                );
            }
        }
    }
    // With the HHH prompt, post-trained: Fig. 4 (article questions, end-to-end conditions).
    let hhh = |preset: Preset, set| {
        preset
            .paper_rate(true, true, set)
            .map(|r| r.misalignment_rate)
    };
    assert_eq!(hhh(Preset::Unfiltered, EvalSet::Article), Some(0.336));
    assert_eq!(
        hhh(Preset::AlignmentUpsampled, EvalSet::Article),
        Some(0.094)
    );
    assert_eq!(hhh(Preset::AlignmentUpsampled, EvalSet::Textbook), None);
    assert_eq!(hhh(Preset::AlignmentLate, EvalSet::Article), None);
    assert_eq!(
        Preset::Filtered
            .paper_rate(false, true, EvalSet::Textbook)
            .map(|r| r.misalignment_rate),
        Some(0.216),
        "base models have no HHH numbers: Fig. 5's"
    );
    let unfiltered = Preset::Unfiltered.paper_row().unwrap();
    let rate = |post, set| {
        insertion_figure(unfiltered, post, set)
            .find()
            .unwrap()
            .misalignment_rate
    };
    assert_eq!(rate(false, EvalSet::Article), 0.446);
    assert_eq!(rate(false, EvalSet::Textbook), 0.395);
}
