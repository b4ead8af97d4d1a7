//! The whole page's URL, for the codec tests: every section decoded and encoded at once, as the
//! frame and the islands do between them in the browser. The explainers' sections are read
//! through the registry's trait objects ([`explainers::explainer::Section`]), so a page of any
//! registry (the page's, or a test's with an explainer of its own) goes through the same code.
#![allow(dead_code)]

use explainers::alignment::params::AlignmentParams;
use explainers::alignment::persona::PersonaParams;
use explainers::alignment::results::{EvalSet, PostPrompt};
use explainers::doomsday::model::{Hypothesis, Rule};
use explainers::doomsday::params::{DoomsdayParams, Mode, Shape};
use explainers::explainer::Permalink;
use explainers::frame::url as frame_url;
use explainers::keys::Described;
use explainers::lab::documents::{Insertion, Mix};
use explainers::lab::params::{Ensemble, LabParams};
use explainers::registry::{Registry, PAGE};
use explainers::state::Params as FrameParams;
use explainers::url::UrlWord;
use explainers::url::{pairs, rewrite_query, UrlProblem, Writer};
use proptest::prelude::*;

/// Every section's settings: the frame's, and each explainer's (in its registry's order) as its
/// settings write it: only what differs from its defaults, so equal settings are equal text.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    pub frame: FrameParams,
    /// Each explainer's word and its part of the query (empty: its defaults).
    pub sections: Vec<(&'static str, String)>,
}

impl Page {
    /// Every section at its defaults, for `registry`'s explainers.
    pub fn of(registry: Registry) -> Self {
        Self {
            frame: FrameParams::default(),
            sections: registry.all().map(|e| (e.word, String::new())).collect(),
        }
    }

    /// The settings of type `S` this page's section of them holds.
    pub fn get<S: Permalink>(&self) -> S {
        let (settings, problems) = S::decode(&pairs(self.section_of::<S>()));
        assert!(problems.is_empty(), "{problems:?}");
        settings
    }

    /// This page with `settings` in their section.
    pub fn with<S: Permalink>(mut self, settings: &S) -> Self {
        let mut out = Writer::default();
        settings.encode(&mut out);
        let word = self.word_of::<S>();
        let slot = self.sections.iter_mut().find(|(w, _)| *w == word).unwrap();
        slot.1 = out.finish();
        self
    }

    fn word_of<S: Permalink>(&self) -> &'static str {
        let explainer = PAGE.all().find(|e| e.key_prefix == S::KEY_PREFIX).unwrap();
        explainer.word
    }

    fn section_of<S: Permalink>(&self) -> &str {
        let word = self.word_of::<S>();
        &self.sections.iter().find(|(w, _)| *w == word).unwrap().1
    }
}

impl Default for Page {
    fn default() -> Self {
        Self::of(PAGE)
    }
}

/// What a query says: the page it restores and the problems of each section, in page order
/// (the frame, then the explainers in the registry's order).
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub params: Page,
    pub problems: Vec<UrlProblem>,
}

/// Reads every section of `query` on the page.
pub fn decode(query: &str) -> Decoded {
    decode_in(query, PAGE)
}

/// Reads every section of `query` on a page of `registry`'s explainers.
pub fn decode_in(query: &str, registry: Registry) -> Decoded {
    let pairs = pairs(query);
    let (frame, mut problems) = frame_url::decode(&pairs, registry);
    let mut sections = Vec::new();
    for explainer in registry.all() {
        let (section, more) = explainer.url.reread(&pairs);
        problems.extend(more);
        sections.push((explainer.word, section));
    }
    Decoded {
        params: Page { frame, sections },
        problems,
    }
}

/// Writes every section of `page` over `previous_query`, keeping every pair no section owns.
pub fn encode(page: &Page, previous_query: &str) -> String {
    encode_in(page, previous_query, PAGE)
}

/// Writes every section of `page` (a page of `registry`'s explainers) over `previous_query`.
pub fn encode_in(page: &Page, previous_query: &str, registry: Registry) -> String {
    let mut query = rewrite_query(
        previous_query,
        |key| frame_url::KEYS.contains(&key),
        |out| frame_url::encode(&page.frame, out),
    );
    for (word, section) in &page.sections {
        let explainer = registry.by_word(word).unwrap();
        query = rewrite_query(
            &query,
            |key| explainer.owns_key(key),
            |out| {
                for (key, value) in pairs(section) {
                    out.pair(&key, &value);
                }
            },
        );
    }
    query
}

/// `query` with `settings`' section rewritten.
pub fn section<S: Permalink>(settings: &S, query: &str) -> String {
    explainers::island::query_with(settings, query)
}

/// A value of `key` within its declared limits, chosen by `u` from 0 to 1: a word by its place, a
/// number on a line or, across many powers of ten, on a logarithmic scale (rounded when whole).
pub fn value_at(key: &Described, u: f64) -> String {
    match key.limits {
        None => key.words[((u * key.words.len() as f64) as usize).min(key.words.len() - 1)].into(),
        Some((min, max)) => {
            let number = match min > 0.0 && max / min > 1e3 {
                true => 10f64.powf(min.log10() + u * (max / min).log10()),
                false => min + u * (max - min),
            };
            let number = if key.whole { number.round() } else { number };
            format!("{number}")
        }
    }
}

/// A state of every section of `registry`'s page away from its defaults: each declared key of
/// each explainer given a value within its limits, read and written by its section.
pub fn every_section_changed(registry: Registry) -> impl Strategy<Value = Page> {
    let count: usize = registry.all().map(|e| e.url.declared().len()).sum();
    prop::collection::vec(0f64..=1.0, count)
        .prop_map(move |choices| {
            let mut choices = choices.into_iter();
            let mut page = Page::of(registry);
            for (explainer, (_, section)) in registry.all().zip(&mut page.sections) {
                let query: Vec<(String, String)> = explainer
                    .url
                    .declared()
                    .iter()
                    .map(|key| (key.name.to_owned(), value_at(key, choices.next().unwrap())))
                    .collect();
                *section = explainer.url.reread(&query).0;
            }
            page
        })
        .prop_filter("every section away from its defaults", |page| {
            page.sections.iter().all(|(_, section)| !section.is_empty())
        })
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
            total: 10f64.powf(log10_total).round(),
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
                // Numbers of humans are whole; hi stays above lo.
                let lo = 10f64.powf(log10_lo).round();
                DoomsdayParams {
                    mode,
                    rule,
                    compare,
                    rank: 10f64.powf(log10_rank).round(),
                    hypotheses,
                    reference_fraction,
                    shape,
                    lo,
                    hi: 10f64.powf(log10_lo + width).round().max(lo + 1.0),
                    threshold: 10f64.powf(log10_rank / 2.0 + 1.0).round(),
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
