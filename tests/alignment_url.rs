//! The alignment explainer's parameters in the URL.
#![cfg(not(target_arch = "wasm32"))]

use explainers::alignment::params::{AlignmentAction, AlignmentParams, PersonaField};
use explainers::alignment::persona::PersonaParams;
use explainers::alignment::results::{Condition, EvalSet, PostPrompt};
use explainers::explainer::Settings;
use page_support::{any_alignment, decode, encode, Page as Params};
use proptest::prelude::*;

mod page_support;

#[test]
fn a_full_query_restores_every_field() {
    let d = decode(
        "align.set=textbook&align.prompt=instructions&align.filter=1&align.share=0.2&align.balance=0.3\
         &align.recall=0.9&align.synaligned=0.001&align.synmisaligned=0.002&align.weight=50&align.boost=10\
         &align.post=500&align.target=0.2",
    );
    assert!(d.problems.is_empty(), "{:?}", d.problems);
    let a = d.params.get::<AlignmentParams>();
    assert_eq!(
        (a.eval_set, a.post_prompt),
        (EvalSet::Textbook, PostPrompt::InstructionsOnly)
    );
    let expected = PersonaParams {
        discourse_share: 0.2,
        misaligned_share: 0.3,
        filtered: true,
        filter_recall: 0.9,
        synthetic_aligned: 0.001,
        synthetic_misaligned: 0.002,
        weight: 50.0,
        synthetic_boost: 10.0,
        post_strength: 500.0,
        post_target: 0.2,
    };
    assert_eq!(a.persona, expected);
}

#[test]
fn presets_are_written_as_their_differences_from_the_default() {
    let mut alignment = AlignmentParams::default();
    alignment.apply(AlignmentAction::LoadPreset(Condition::Filtered));
    assert_eq!(
        encode(&Params::default().with(&alignment), ""),
        "align.filter=1"
    );
    let mut alignment = AlignmentParams::default();
    alignment.apply(AlignmentAction::LoadPreset(Condition::AlignmentUpsampled));
    let params = Params::default().with(&alignment);
    let query = encode(&params, "");
    assert!(query.starts_with("align.synaligned=9.09"), "{query}");
    assert_eq!(decode(&query).params, params);
}

#[test]
fn bad_values_are_reported_and_replaced() {
    let d = decode("align.balance=1.5&align.weight=-3&align.set=novel&align.share=NaN");
    let messages: Vec<String> = d.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        messages,
        [
            "align.set=\"novel\": expected one of article, textbook; using article",
            "align.share=\"NaN\": Not a number (examples: 120, 1.2e11, 1.2×10^11); using 0.093",
            "align.balance=\"1.5\": Must be at most 1; using 1",
            "align.weight=\"-3\": Must be at least 0; using 0",
        ]
    );
    // A value out of range becomes the nearest allowed one, as a control's would (one rule:
    // `normalise`); one that does not read keeps the default.
    let mut expected = AlignmentParams::default();
    expected.persona.misaligned_share = 1.0;
    expected.persona.weight = 0.0;
    assert_eq!(d.params.get::<AlignmentParams>(), expected);
}

#[test]
fn a_change_out_of_range_is_refused_and_says_why() {
    let mut a = AlignmentParams::default();
    for (field, value, reason) in [
        (PersonaField::MisalignedShare, 7.0, "Must be at most 1"),
        (PersonaField::Weight, -1.0, "Must be at least 0"),
        (PersonaField::PostStrength, f64::NAN, "Not a number"),
    ] {
        let problems = a.apply(AlignmentAction::SetPersona(field, value));
        assert_eq!(
            problems
                .iter()
                .map(|p| p.reason.as_str())
                .collect::<Vec<_>>(),
            [reason]
        );
        assert_eq!(a, AlignmentParams::default(), "{field:?} left as it was");
    }
    assert!(a
        .apply(AlignmentAction::SetPersona(PersonaField::Weight, 0.5))
        .is_empty());
    assert_eq!(a.persona.weight, 0.5);
    a.apply(AlignmentAction::Reset);
    assert_eq!(a, AlignmentParams::default());
}

proptest! {
    #[test]
    fn every_alignment_state_survives_a_round_trip(alignment in any_alignment()) {
        let params = Params::default().with(&alignment);
        let decoded = decode(&encode(&params, ""));
        prop_assert!(decoded.problems.is_empty(), "{:?}", decoded.problems);
        prop_assert_eq!(decoded.params, params);
    }
}
