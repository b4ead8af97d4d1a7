//! The whole page's URL, for the codec tests: every section decoded and encoded at once, as the
//! frame and the three islands do between them in the browser.
#![allow(dead_code)]

use explainers::alignment::params::AlignmentParams;
use explainers::alignment::persona::PersonaParams;
use explainers::alignment::results::{EvalSet, PostPrompt};
use explainers::doomsday::model::{Hypothesis, Rule};
use explainers::doomsday::params::{DoomsdayParams, Mode, Shape};
use explainers::explainer::Permalink;
use explainers::frame::url as frame_url;
use explainers::lab::documents::{Insertion, Mix};
use explainers::lab::params::{Ensemble, LabParams};
use explainers::state::Params as FrameParams;
use explainers::url::UrlWord;
use explainers::url::{pairs, rewrite_query, UrlProblem};
use proptest::prelude::*;

/// Every section's settings.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    pub frame: FrameParams,
    pub alignment: AlignmentParams,
    pub doomsday: DoomsdayParams,
    pub lab: LabParams,
}

/// What a query says: the page it restores and the problems of each section, in page order
/// (the frame, then the explainers in the registry's order).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Decoded {
    pub params: Page,
    pub problems: Vec<UrlProblem>,
}

/// Reads every section of `query`.
pub fn decode(query: &str) -> Decoded {
    let pairs = pairs(query);
    let (frame, mut problems) = frame_url::decode(&pairs);
    let (alignment, more) = AlignmentParams::decode(&pairs);
    problems.extend(more);
    let (lab, more) = LabParams::decode(&pairs);
    problems.extend(more);
    let (doomsday, more) = DoomsdayParams::decode(&pairs);
    problems.extend(more);
    Decoded {
        params: Page {
            frame,
            alignment,
            doomsday,
            lab,
        },
        problems,
    }
}

/// Writes every section of `page` over `previous_query`, keeping every pair no section owns.
pub fn encode(page: &Page, previous_query: &str) -> String {
    let query = rewrite_query(
        previous_query,
        |key| frame_url::KEYS.contains(&key),
        |out| frame_url::encode(&page.frame, out),
    );
    let query = section(&page.alignment, &query);
    let query = section(&page.doomsday, &query);
    section(&page.lab, &query)
}

/// `query` with `settings`' section rewritten.
pub fn section<S: Permalink>(settings: &S, query: &str) -> String {
    explainers::island::query_with(settings, query)
}

/// Any alignment settings within the rules.
pub fn any_alignment() -> impl Strategy<Value = AlignmentParams> {
    (
        (any::<bool>(), any::<bool>(), any::<bool>()),
        prop::array::uniform6(0f64..=1.0),
        prop::array::uniform3(0f64..=10_000.0),
    )
        .prop_map(
            |((textbook, hhh, filtered), shares, weights)| AlignmentParams {
                eval_set: if textbook {
                    EvalSet::Textbook
                } else {
                    EvalSet::Article
                },
                post_prompt: if hhh {
                    PostPrompt::Hhh
                } else {
                    PostPrompt::InstructionsOnly
                },
                persona: PersonaParams {
                    discourse_share: shares[0],
                    misaligned_share: shares[1],
                    filtered,
                    filter_recall: shares[2],
                    synthetic_aligned: shares[3],
                    synthetic_misaligned: shares[4],
                    weight: weights[0],
                    synthetic_boost: weights[1],
                    post_strength: weights[2] * 100.0,
                    post_target: shares[5],
                },
            },
        )
}

/// A hypothesis within the rules, its name from a mix of characters a URL must escape.
pub fn hypothesis() -> impl Strategy<Value = Hypothesis> {
    ("[A-Za-z0-9 &<>\"'%+=?#é]{1,20}", 0f64..=40.0, 0f64..1e9).prop_map(
        |(name, log10_total, weight)| Hypothesis {
            name: explainers::doomsday::params::clean_name(&name, 0),
            total: 10f64.powf(log10_total),
            weight,
        },
    )
}

/// Any doomsday settings within the rules.
pub fn any_doomsday() -> impl Strategy<Value = DoomsdayParams> {
    (
        prop_oneof![Just(Mode::Discrete), Just(Mode::Continuous)],
        prop_oneof![Just(Rule::Ssa), Just(Rule::Sia)],
        any::<bool>(),
        0f64..=40.0,
        prop::collection::vec(hypothesis(), 1..=12),
        0f64..=1.0,
        prop_oneof![
            Just(Shape::LogUniform),
            Just(Shape::Uniform),
            Just(Shape::LogNormal)
        ],
        (0f64..20.0, 0.001f64..20.0),
    )
        .prop_map(
            |(
                mode,
                rule,
                compare,
                log10_rank,
                hypotheses,
                reference_fraction,
                shape,
                (log10_lo, width),
            )| {
                DoomsdayParams {
                    mode,
                    rule,
                    compare,
                    rank: 10f64.powf(log10_rank),
                    hypotheses,
                    reference_fraction,
                    shape,
                    lo: 10f64.powf(log10_lo),
                    hi: 10f64.powf(log10_lo + width),
                    threshold: 10f64.powf(log10_rank / 2.0 + 1.0),
                    seed: (log10_rank * 1e6) as u32,
                    doublings: (log10_lo * 10.0) as u32,
                    early: (log10_lo * 5.0) as u32,
                }
            },
        )
}

/// Any lab settings within the rules.
pub fn any_lab() -> impl Strategy<Value = LabParams> {
    (
        (0u32..=60, 0u32..=100, any::<bool>(), 0u32..=50, 0u32..=50),
        (
            0usize..3,
            0u32..=20,
            0u32..=999_999,
            any::<bool>(),
            any::<bool>(),
            0..Ensemble::ALL.len(),
        ),
    )
        .prop_map(
            |(
                (ai, natural, filtered, aligned, misaligned),
                (insertion, tenths, seed, hhh, autorun, models),
            )| {
                LabParams {
                    mix: Mix {
                        ai_share: f64::from(ai) / 100.0,
                        natural_misaligned: f64::from(natural) / 100.0,
                        filtered,
                        synthetic_aligned: f64::from(aligned) / 100.0,
                        synthetic_misaligned: f64::from(misaligned) / 100.0,
                        insertion: [
                            Insertion::Throughout,
                            Insertion::LastTenth,
                            Insertion::ContinuedPretraining,
                        ][insertion],
                        general_copies: 2,
                        ais: 1,
                    },
                    seed: u64::from(seed),
                    hhh,
                    temperature: f64::from(tenths) / 10.0,
                    autorun,
                    models: Ensemble::ALL[models],
                }
            },
        )
}
