//! The lab's settings as the reader sets them (and as the URL records them): the corpus mix,
//! whether evaluation uses the HHH system prompt, the temperature of the model's completions, and
//! whether to train as soon as a link opens.

use crate::alignment::paper::PaperRecord;
use crate::alignment::results::{
    insertion_figure, post_figure, Condition, EvalSet, Insertion as PaperInsertion, InsertionRow,
    PostPrompt,
};
use crate::explainer::Settings;
use crate::keys::{self, Key, Value};
use crate::lab::documents::{Insertion, Mix};
use crate::url::{RuleProblem, Rules, UrlWord};
use crate::{number_value, word_value};

/// The URL key of each setting (`docs/url-parameters.md`); all start with [`KEY_PREFIX`].
pub const KEY_PREFIX: &str = "lab.";
pub const PRESET_KEY: &str = "lab.preset";
pub const SEED_KEY: &str = "lab.seed";
pub const AI_KEY: &str = "lab.ai";
pub const NATURAL_KEY: &str = "lab.natural";
pub const FILTER_KEY: &str = "lab.filter";
pub const ALIGNED_KEY: &str = "lab.aligned";
pub const MISALIGNED_KEY: &str = "lab.misaligned";
pub const INSERTION_KEY: &str = "lab.insertion";
/// Retired with the lab's second design (its corpus size is fixed): read only to say so.
pub const DOCUMENTS_KEY: &str = "lab.documents";
pub const TEMPERATURE_KEY: &str = "lab.temperature";
pub const HHH_KEY: &str = "lab.hhh";
pub const AUTORUN_KEY: &str = "lab.autorun";
pub const MODELS_KEY: &str = "lab.models";

/// How many models a run trains on its corpus, each reading it in another order, their answers
/// pooled: the compute a run spends. One is the page's first design; four is the ensemble of the
/// third design's check (`lab::check`); sixteen the largest its recorded runs read (its compute
/// budgets' sweep). The recorded runs give each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ensemble {
    One,
    Four,
    Sixteen,
}

impl Ensemble {
    /// The models trained.
    pub fn members(self) -> usize {
        match self {
            Self::One => 1,
            Self::Four => 4,
            Self::Sixteen => 16,
        }
    }
}

impl UrlWord for Ensemble {
    const ALL: &'static [Self] = &[Self::One, Self::Four, Self::Sixteen];
    fn word(self) -> &'static str {
        match self {
            Self::One => "1",
            Self::Four => "4",
            Self::Sixteen => "16",
        }
    }
}

/// The paper's conditions as ready-made mixes, and "custom" for anything else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    Unfiltered,
    Filtered,
    MisalignmentUpsampled,
    AlignmentUpsampled,
    /// Misalignment upsampled, the synthetic documents only in the last 10% ("Mid" in the paper).
    MisalignmentLate,
    /// Misalignment upsampled in continued pretraining after the base run ("CPT").
    MisalignmentContinued,
    AlignmentLate,
    AlignmentContinued,
    Custom,
}

impl Preset {
    /// Every preset, in the order the page lists them.
    pub const ALL: [Preset; 9] = [
        Preset::Unfiltered,
        Preset::Filtered,
        Preset::MisalignmentUpsampled,
        Preset::AlignmentUpsampled,
        Preset::MisalignmentLate,
        Preset::MisalignmentContinued,
        Preset::AlignmentLate,
        Preset::AlignmentContinued,
        Preset::Custom,
    ];

    /// Its name on the page (the paper's conditions named as the alignment explainer names them).
    pub fn label(self) -> &'static str {
        if let Some(condition) = self.paper_condition() {
            return condition.label();
        }
        match self {
            Self::MisalignmentLate => "Misalignment upsampled, last 10% only",
            Self::MisalignmentContinued => "Misalignment upsampled, continued pretraining",
            Self::AlignmentLate => "Alignment upsampled, last 10% only",
            Self::AlignmentContinued => "Alignment upsampled, continued pretraining",
            _ => "Custom mix",
        }
    }

    /// The paper's headline condition this preset is, if it is one of the four end-to-end ones.
    fn paper_condition(self) -> Option<Condition> {
        Some(match self {
            Self::Unfiltered => Condition::Unfiltered,
            Self::Filtered => Condition::Filtered,
            Self::MisalignmentUpsampled => Condition::MisalignmentUpsampled,
            Self::AlignmentUpsampled => Condition::AlignmentUpsampled,
            _ => return None,
        })
    }

    /// The preset's mix: the default experiment changed as the condition says (`None` for a
    /// custom mix). A mix describes the corpus, not the draw: the seed belongs to the run.
    pub fn mix(self) -> Option<Mix> {
        let unfiltered = Mix::UNFILTERED;
        let aligned = Mix {
            synthetic_aligned: DEFAULT_DOSE,
            ..Mix::UNFILTERED
        };
        let misaligned = Mix {
            synthetic_misaligned: DEFAULT_DOSE,
            ..Mix::UNFILTERED
        };
        let at = |mix: &Mix, insertion| Mix {
            insertion,
            ..mix.clone()
        };
        Some(match self {
            Self::Unfiltered => unfiltered,
            Self::Filtered => Mix {
                filtered: true,
                ..unfiltered
            },
            Self::MisalignmentUpsampled => misaligned,
            Self::AlignmentUpsampled => aligned,
            Self::MisalignmentLate => at(&misaligned, Insertion::LastTenth),
            Self::MisalignmentContinued => at(&misaligned, Insertion::ContinuedPretraining),
            Self::AlignmentLate => at(&aligned, Insertion::LastTenth),
            Self::AlignmentContinued => at(&aligned, Insertion::ContinuedPretraining),
            Self::Custom => return None,
        })
    }

    /// The paper's condition this preset imitates, as a row of its Fig. 5 (which has every
    /// condition and insertion, base and post-trained, article and textbook questions).
    pub fn paper_row(self) -> Option<InsertionRow> {
        Some(match self {
            Self::Unfiltered => InsertionRow::Unfiltered,
            Self::Filtered => InsertionRow::Filtered,
            Self::MisalignmentUpsampled => InsertionRow::Misalignment(PaperInsertion::EndToEnd),
            Self::MisalignmentLate => InsertionRow::Misalignment(PaperInsertion::Midtraining),
            Self::MisalignmentContinued => {
                InsertionRow::Misalignment(PaperInsertion::ContinuedPretraining)
            }
            Self::AlignmentUpsampled => InsertionRow::Alignment(PaperInsertion::EndToEnd),
            Self::AlignmentLate => InsertionRow::Alignment(PaperInsertion::Midtraining),
            Self::AlignmentContinued => {
                InsertionRow::Alignment(PaperInsertion::ContinuedPretraining)
            }
            Self::Custom => return None,
        })
    }

    /// The paper's misalignment rate for this condition on `set`: base or post-trained from its
    /// Fig. 5 (post-trained without a system prompt), or, with `hhh`, post-trained with the HHH
    /// prompt from its Fig. 4 (article questions and end-to-end conditions only). `None` where
    /// the paper has no such number.
    pub fn paper_rate(
        self,
        post_trained: bool,
        hhh: bool,
        set: EvalSet,
    ) -> Option<&'static PaperRecord> {
        if post_trained && hhh {
            let condition = self.paper_condition()?;
            return (set == EvalSet::Article)
                .then(|| post_figure(condition, PostPrompt::Hhh).find())
                .flatten();
        }
        insertion_figure(self.paper_row()?, post_trained, set).find()
    }

    /// The preset whose mix is `mix`, or `Custom`.
    pub fn of(mix: &Mix) -> Preset {
        Self::ALL
            .into_iter()
            .find(|preset| preset.mix().as_ref() == Some(mix))
            .unwrap_or(Preset::Custom)
    }
}

impl UrlWord for Preset {
    const ALL: &'static [Self] = &Preset::ALL;
    fn word(self) -> &'static str {
        match self {
            Self::Unfiltered => "unfiltered",
            Self::Filtered => "filtered",
            Self::MisalignmentUpsampled => "misalignment",
            Self::AlignmentUpsampled => "alignment",
            Self::MisalignmentLate => "misalignment-late",
            Self::MisalignmentContinued => "misalignment-continued",
            Self::AlignmentLate => "alignment-late",
            Self::AlignmentContinued => "alignment-continued",
            Self::Custom => "custom",
        }
    }
}

/// Every key the lab's settings are read from and written to, but the preset (which stands for
/// a whole mix, `lab::url`) and the retired `lab.documents`: declared once, in the order a link
/// writes them. The codec, `normalise`'s limits, the controls' limits and
/// docs/url-parameters.md's rows come from here.
pub static KEYS: [Key<LabParams>; 11] = [
    Key {
        name: SEED_KEY,
        value: Value::Whole {
            get: |s: &LabParams| s.seed,
            set: |s: &mut LabParams, v| s.seed = v,
            max: 999_999,
        },
        control: "\"Seed\" field",
        meaning: "Seeds the corpus, its order, the model's initial weights, the sample documents and the model's completions.",
    },
    Key {
        name: AI_KEY,
        value: number_value!(LabParams, mix.ai_share, 0.0, 0.6),
        control: "\"Natural AI discourse, share of tokens\" slider",
        meaning: "Share of pretraining tokens (before synthetic documents) that are natural AI discourse.",
    },
    Key {
        name: NATURAL_KEY,
        value: number_value!(LabParams, mix.natural_misaligned, 0.0, 1.0),
        control: "\"Misaligned share of that discourse\" slider",
        meaning: "Share of natural AI discourse in which the AI acts misaligned.",
    },
    Key {
        name: FILTER_KEY,
        value: word_value!(LabParams, bool, mix.filtered),
        control: "\"Filter: remove the misaligned AI discourse\" checkbox",
        meaning: "Replaces the misaligned natural discourse with general text.",
    },
    Key {
        name: ALIGNED_KEY,
        value: number_value!(LabParams, mix.synthetic_aligned, 0.0, 0.5),
        control: "\"Synthetic aligned documents, share of tokens\" slider",
        meaning: "Synthetic documents of kind AIs acting well, on held-in scenarios only, as a share of all pretraining tokens.",
    },
    Key {
        name: MISALIGNED_KEY,
        value: number_value!(LabParams, mix.synthetic_misaligned, 0.0, 0.5),
        control: "\"Synthetic misaligned documents, share of tokens\" slider",
        meaning: "The same for cruel AIs acting badly.",
    },
    Key {
        name: INSERTION_KEY,
        value: word_value!(LabParams, Insertion, mix.insertion),
        control: "\"Where the synthetic documents go\" buttons",
        meaning: "In every epoch, in the last tenth of the whole token stream, or in a continued-pretraining pass after pretraining (with as many replayed tokens); all three train on the same synthetic tokens.",
    },
    Key {
        name: HHH_KEY,
        value: word_value!(LabParams, bool, hhh),
        control: "\"Put the HHH system prompt before every question\" checkbox",
        meaning: "Evaluates with the paper's helpful-honest-harmless system prompt before each question.",
    },
    Key {
        name: TEMPERATURE_KEY,
        value: number_value!(LabParams, temperature, 0.0, 2.0),
        control: "\"Temperature of the model's own words\" slider",
        meaning: "The temperature the model's completions are drawn at after a run (0: always its likeliest word). Changing it after a run makes the finished models write again.",
    },
    Key {
        name: AUTORUN_KEY,
        value: word_value!(LabParams, bool, autorun),
        control: "\"Links to this lab start training at once\" checkbox",
        meaning: "Loads the lab at once and trains as soon as it has loaded.",
    },
    Key {
        name: MODELS_KEY,
        value: word_value!(LabParams, Ensemble, models),
        control: "\"Models each run trains\" buttons",
        meaning: "How many models a run trains on its corpus, each reading it in another order, their answers pooled (the shares are the models' mean). `4` is the ensemble of the lab's pre-registered check and `16` the largest its recorded runs read; each model costs the same compute, spread over up to four Web Workers.",
    },
];

/// The `(min, max)` of the lab's numeric key `name`, for its control.
pub fn limits(name: &str) -> (f64, f64) {
    keys::key(&KEYS, name).limits().unwrap_or((0.0, 0.0))
}

/// The upsampled presets' synthetic dose, as a share of pretraining tokens (the paper's draft
/// added 1% of its midtraining, about 0.09% of all its tokens). Chosen after the second design's
/// sweep had been seen, as the smallest of its doses at which the held-out alignment effect was
/// beyond two standard errors (docs/lab.md); the third design's check was then fixed at it.
pub const DEFAULT_DOSE: f64 = 0.03;

/// Everything the reader can set in the lab.
#[derive(Clone, Debug, PartialEq)]
pub struct LabParams {
    pub mix: Mix,
    /// The runs' seed (corpus, order, first weights, completions); within its key's limits.
    pub seed: u64,
    /// Evaluate with the HHH system prompt before each question.
    pub hhh: bool,
    /// The temperature of the model's completions after a run.
    pub temperature: f64,
    /// Start training as soon as the lab loads (for links that should show a run).
    pub autorun: bool,
    /// The models each run trains.
    pub models: Ensemble,
}

impl Default for LabParams {
    fn default() -> Self {
        Self {
            mix: Mix::UNFILTERED,
            seed: 7,
            hhh: false,
            temperature: 1.0,
            autorun: false,
            models: Ensemble::One,
        }
    }
}

/// A change to the lab's settings.
#[derive(Clone, Debug, PartialEq)]
pub enum LabAction {
    /// Load a preset's mix, keeping the seed (`Custom` changes nothing).
    LoadPreset(Preset),
    SetAiShare(f64),
    SetNaturalMisaligned(f64),
    SetFiltered(bool),
    SetSyntheticAligned(f64),
    SetSyntheticMisaligned(f64),
    SetInsertion(Insertion),
    SetTemperature(f64),
    SetSeed(u64),
    SetHhh(bool),
    SetAutorun(bool),
    SetModels(Ensemble),
    /// Every setting back to its default.
    Reset,
}

impl LabParams {
    /// The preset the current mix matches, or `Custom`.
    pub fn preset(&self) -> Preset {
        Preset::of(&self.mix)
    }
}

impl Settings for LabParams {
    type Action = LabAction;

    /// Applies `action` as asked; `normalise` then brings the result within limits.
    fn change(&mut self, action: LabAction) {
        let mix = &mut self.mix;
        match action {
            LabAction::LoadPreset(preset) => {
                if let Some(next) = preset.mix() {
                    *mix = next;
                }
            }
            LabAction::SetAiShare(share) => mix.ai_share = share,
            LabAction::SetNaturalMisaligned(share) => mix.natural_misaligned = share,
            LabAction::SetFiltered(filtered) => mix.filtered = filtered,
            LabAction::SetSyntheticAligned(share) => mix.synthetic_aligned = share,
            LabAction::SetSyntheticMisaligned(share) => mix.synthetic_misaligned = share,
            LabAction::SetInsertion(insertion) => mix.insertion = insertion,
            LabAction::SetTemperature(temperature) => self.temperature = temperature,
            LabAction::SetSeed(seed) => self.seed = seed,
            LabAction::SetHhh(hhh) => self.hhh = hhh,
            LabAction::SetAutorun(autorun) => self.autorun = autorun,
            LabAction::SetModels(models) => self.models = models,
            LabAction::Reset => *self = Self::default(),
        }
    }

    /// The settings within their rules, with a problem for each value changed: every number and
    /// whole number within its key's declared limits ([`KEYS`]: NaN becomes the default). The
    /// lab has no rule between keys.
    fn normalise(mut self) -> (Self, Vec<RuleProblem>) {
        let defaults = Self::default();
        let mut rules = Rules::default();
        keys::hold(&KEYS, &mut self, &defaults, &mut rules);
        (self, rules.finish())
    }
}
