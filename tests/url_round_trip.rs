//! The whole page's permalink: every section away from its default at once survives a round
//! trip over an address full of stale values of the real keys, and every state the controls can
//! reach (lo = hi included) reopens from its own link exactly, without a problem.
#![cfg(not(target_arch = "wasm32"))]

mod page_support;

use explainers::alignment::params::{AlignmentAction, AlignmentParams, PersonaField};
use explainers::alignment::results::{Condition, EvalSet, PostPrompt};
use explainers::doomsday::model::Rule;
use explainers::doomsday::params::{DoomsdayAction, DoomsdayParams, Example, Mode, Shape};
use explainers::explainer::{Permalink, Settings};
use explainers::frame::url::KEYS as FRAME_KEYS;
use explainers::lab::documents::Insertion;
use explainers::lab::params::{LabAction, LabParams, Preset};
use explainers::registry::PAGE;
use explainers::url::{pairs, Writer};
use page_support::{decode, encode, every_section_changed};
use proptest::prelude::*;

/// Every key of every section: the frame's, and each explainer's, declared or read outside its
/// table, as the registry's sections name them.
fn real_keys() -> Vec<String> {
    let mut keys: Vec<String> = FRAME_KEYS.map(String::from).to_vec();
    for explainer in PAGE.all() {
        keys.extend(explainer.url.declared().iter().map(|k| k.name.to_owned()));
        keys.extend(explainer.url.outside_table().iter().map(|k| k.to_string()));
    }
    keys
}

#[test]
fn the_real_keys_cover_every_section_once() {
    let keys = real_keys();
    for explainer in PAGE.all() {
        assert!(
            keys.iter().any(|k| explainer.owns_key(k)),
            "{}",
            explainer.word
        );
    }
    for (i, key) in keys.iter().enumerate() {
        assert!(!keys[i + 1..].contains(key), "{key} twice");
        let owners = PAGE.all().filter(|e| e.owns_key(key)).count();
        assert_eq!(
            owners + usize::from(FRAME_KEYS.contains(&key.as_str())),
            1,
            "{key}"
        );
    }
}

/// An address holding stale or malformed values of real keys, and a foreign pair.
fn stale_address() -> impl Strategy<Value = String> {
    let keys = real_keys();
    prop::collection::vec((prop::sample::select(keys), "\\PC{0,12}"), 0..12).prop_map(|pairs| {
        let mut query = form_urlencoded::Serializer::new(String::new());
        query.append_pair("utm_source", "blog");
        for (key, value) in pairs {
            query.append_pair(&key, &value);
        }
        query.finish()
    })
}

fn doomsday_action() -> impl Strategy<Value = DoomsdayAction> {
    let number = prop_oneof![-5f64..45.0, Just(f64::NAN)].prop_map(|e| {
        if e.is_nan() {
            e
        } else {
            10f64.powf(e)
        }
    });
    let index = 0usize..14;
    prop_oneof![
        prop_oneof![Just(Mode::Discrete), Just(Mode::Continuous)].prop_map(DoomsdayAction::SetMode),
        prop_oneof![Just(Rule::Ssa), Just(Rule::Sia)].prop_map(DoomsdayAction::SetRule),
        any::<bool>().prop_map(DoomsdayAction::SetCompare),
        number.clone().prop_map(DoomsdayAction::SetRank),
        (index.clone(), number.clone()).prop_map(|(i, n)| DoomsdayAction::SetTotal(i, n)),
        (index.clone(), number.clone()).prop_map(|(i, n)| DoomsdayAction::SetWeight(i, n)),
        (index.clone(), -0.5f64..1.5).prop_map(|(i, s)| DoomsdayAction::SetPriorShare(i, s)),
        (index.clone(), "\\PC{0,50}").prop_map(|(i, s)| DoomsdayAction::SetName(i, s)),
        Just(DoomsdayAction::AddHypothesis),
        index.prop_map(DoomsdayAction::RemoveHypothesis),
        prop::sample::select(Example::ALL.to_vec()).prop_map(DoomsdayAction::LoadExample),
        (-0.5f64..1.5).prop_map(DoomsdayAction::SetReferenceFraction),
        prop_oneof![
            Just(Shape::LogUniform),
            Just(Shape::Uniform),
            Just(Shape::LogNormal)
        ]
        .prop_map(DoomsdayAction::SetShape),
        number.clone().prop_map(DoomsdayAction::SetLo),
        number.clone().prop_map(DoomsdayAction::SetHi),
        number.prop_map(DoomsdayAction::SetThreshold),
        (-5f64..2e9).prop_map(DoomsdayAction::SetSeed),
        (-5f64..300.0).prop_map(DoomsdayAction::SetDoublings),
        (-5f64..300.0).prop_map(DoomsdayAction::SetEarly),
        Just(DoomsdayAction::Reset),
    ]
}

fn alignment_action() -> impl Strategy<Value = AlignmentAction> {
    prop_oneof![
        prop_oneof![Just(EvalSet::Article), Just(EvalSet::Textbook)]
            .prop_map(AlignmentAction::SetEvalSet),
        prop_oneof![Just(PostPrompt::Hhh), Just(PostPrompt::InstructionsOnly)]
            .prop_map(AlignmentAction::SetPostPrompt),
        (
            prop::sample::select(PersonaField::ALL.to_vec()),
            -10f64..2e6
        )
            .prop_map(|(f, v)| AlignmentAction::SetPersona(f, v)),
        any::<bool>().prop_map(AlignmentAction::SetFiltered),
        prop::sample::select(Condition::ALL.to_vec()).prop_map(AlignmentAction::LoadPreset),
        Just(AlignmentAction::Reset),
    ]
}

fn lab_action() -> impl Strategy<Value = LabAction> {
    prop_oneof![
        prop::sample::select(Preset::ALL.to_vec()).prop_map(LabAction::LoadPreset),
        (-1f64..2.0).prop_map(LabAction::SetAiShare),
        (-1f64..2.0).prop_map(LabAction::SetNaturalMisaligned),
        any::<bool>().prop_map(LabAction::SetFiltered),
        (-1f64..2.0).prop_map(LabAction::SetSyntheticAligned),
        (-1f64..2.0).prop_map(LabAction::SetSyntheticMisaligned),
        prop_oneof![
            Just(Insertion::Throughout),
            Just(Insertion::LastTenth),
            Just(Insertion::ContinuedPretraining)
        ]
        .prop_map(LabAction::SetInsertion),
        (-1f64..5.0).prop_map(LabAction::SetTemperature),
        any::<u64>().prop_map(LabAction::SetSeed),
        any::<bool>().prop_map(LabAction::SetHhh),
        any::<bool>().prop_map(LabAction::SetAutorun),
        Just(LabAction::Reset),
    ]
}

/// The settings reached from the defaults by `actions`, as the island's reducer applies them.
fn reached<S: Settings>(actions: Vec<S::Action>) -> S {
    let mut settings = S::default();
    for action in actions {
        settings.apply(action);
    }
    settings
}

/// `settings` written alone and read back: the state and the problems.
fn through_its_link<S: Permalink>(settings: &S) -> (S, Vec<String>) {
    let mut out = Writer::default();
    settings.encode(&mut out);
    let (read, problems) = S::decode(&pairs(&out.finish()));
    (read, problems.iter().map(|p| p.to_string()).collect())
}

proptest! {
    #[test]
    fn every_section_changed_at_once_survives_a_stale_address(
        page in every_section_changed(PAGE),
        stale in stale_address(),
    ) {
        let query = encode(&page, &stale);
        let decoded = decode(&query);
        prop_assert!(decoded.problems.is_empty(), "{query}: {:?}", decoded.problems);
        prop_assert_eq!(decoded.params, page);
        prop_assert!(query.starts_with("utm_source=blog"), "{}", query);
    }

    #[test]
    fn every_doomsday_state_the_controls_reach_survives_its_link(
        actions in prop::collection::vec(doomsday_action(), 0..24),
    ) {
        let doom: DoomsdayParams = reached(actions);
        prop_assert!(doom.lo < doom.hi && doom.early <= doom.doublings);
        let (read, problems) = through_its_link(&doom);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        prop_assert_eq!(read, doom);
    }

    #[test]
    fn a_refused_change_leaves_the_settings_as_they_were(
        actions in prop::collection::vec(doomsday_action(), 1..24),
    ) {
        let mut doom = DoomsdayParams::default();
        for action in actions {
            let before = doom.clone();
            if !doom.apply(action).is_empty() {
                prop_assert_eq!(&doom, &before);
            }
        }
    }

    #[test]
    fn every_alignment_state_the_controls_reach_survives_its_link(
        actions in prop::collection::vec(alignment_action(), 0..16),
    ) {
        let align: AlignmentParams = reached(actions);
        let (read, problems) = through_its_link(&align);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        prop_assert_eq!(read, align);
    }

    #[test]
    fn every_lab_state_the_controls_reach_survives_its_link(
        actions in prop::collection::vec(lab_action(), 0..16),
    ) {
        let lab: LabParams = reached(actions);
        let (read, problems) = through_its_link(&lab);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        prop_assert_eq!(read, lab);
    }
}

#[test]
fn dragging_lo_onto_hi_is_refused_and_the_link_keeps_the_last_valid_state() {
    let mut doom = DoomsdayParams::default();
    assert_eq!(doom.apply(DoomsdayAction::SetLo(1e35)).len(), 1);
    assert_eq!((doom.lo, doom.hi), (1e10, 1e30));
    assert_eq!(through_its_link(&doom), (doom.clone(), Vec::new()));
}
