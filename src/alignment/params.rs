//! The alignment explainer's settings, their URL keys, how actions change them, and
//! `normalise`, the one place their rules live. Pure.

use crate::alignment::persona::PersonaParams;
use crate::alignment::results::{Condition, EvalSet, PostPrompt};
use crate::explainer::Settings;
use crate::keys::{self, Key, Value};
use crate::url::{RuleProblem, Rules};
use crate::word_value;

/// The URL key of each setting (`docs/url-parameters.md`); all start with [`KEY_PREFIX`].
pub const KEY_PREFIX: &str = "align.";
pub const SET_KEY: &str = "align.set";
pub const PROMPT_KEY: &str = "align.prompt";
pub const FILTER_KEY: &str = "align.filter";

/// Everything the alignment explainer shows, as permalinked in `align.*` URL parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct AlignmentParams {
    /// The question set the results charts show.
    pub eval_set: EvalSet,
    /// The system prompt of the post-training chart.
    pub post_prompt: PostPrompt,
    /// The persona-prior model's inputs.
    pub persona: PersonaParams,
}

impl Default for AlignmentParams {
    fn default() -> Self {
        Self {
            eval_set: EvalSet::Article,
            post_prompt: PostPrompt::Hhh,
            persona: PersonaParams::default(),
        }
    }
}

/// A numeric input of the persona model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonaField {
    DiscourseShare,
    MisalignedShare,
    FilterRecall,
    SyntheticAligned,
    SyntheticMisaligned,
    Weight,
    SyntheticBoost,
    PostStrength,
    PostTarget,
}

impl PersonaField {
    /// Every numeric input, in the order the URL writes them.
    pub const ALL: [PersonaField; 9] = [
        Self::DiscourseShare,
        Self::MisalignedShare,
        Self::FilterRecall,
        Self::SyntheticAligned,
        Self::SyntheticMisaligned,
        Self::Weight,
        Self::SyntheticBoost,
        Self::PostStrength,
        Self::PostTarget,
    ];

    /// Its key in [`KEYS`], where its name and limits are declared: the persona fields follow
    /// the three words, in [`PersonaField::ALL`]'s order.
    fn declared(self) -> &'static Key<AlignmentParams> {
        let index = Self::ALL.iter().position(|f| *f == self).unwrap_or(0);
        &KEYS[KEYS.len() - Self::ALL.len() + index]
    }

    /// Its URL key.
    pub fn key(self) -> &'static str {
        self.declared().name
    }

    /// The largest value a reader may set (every field's smallest is 0).
    pub fn max(self) -> f64 {
        self.declared().limits().map_or(0.0, |(_, max)| max)
    }

    /// The field in `params`.
    pub fn get(self, params: &PersonaParams) -> f64 {
        match self {
            Self::DiscourseShare => params.discourse_share,
            Self::MisalignedShare => params.misaligned_share,
            Self::FilterRecall => params.filter_recall,
            Self::SyntheticAligned => params.synthetic_aligned,
            Self::SyntheticMisaligned => params.synthetic_misaligned,
            Self::Weight => params.weight,
            Self::SyntheticBoost => params.synthetic_boost,
            Self::PostStrength => params.post_strength,
            Self::PostTarget => params.post_target,
        }
    }

    /// The field in `params`, to change.
    pub fn slot(self, params: &mut PersonaParams) -> &mut f64 {
        match self {
            Self::DiscourseShare => &mut params.discourse_share,
            Self::MisalignedShare => &mut params.misaligned_share,
            Self::FilterRecall => &mut params.filter_recall,
            Self::SyntheticAligned => &mut params.synthetic_aligned,
            Self::SyntheticMisaligned => &mut params.synthetic_misaligned,
            Self::Weight => &mut params.weight,
            Self::SyntheticBoost => &mut params.synthetic_boost,
            Self::PostStrength => &mut params.post_strength,
            Self::PostTarget => &mut params.post_target,
        }
    }
}

/// A [`Value::Number`] for the persona field `PersonaField::$field`, from 0 to `$max`.
macro_rules! persona_number {
    ($field:ident, $max:expr) => {
        Value::Number {
            get: |s: &AlignmentParams| PersonaField::$field.get(&s.persona),
            set: |s: &mut AlignmentParams, v: f64| *PersonaField::$field.slot(&mut s.persona) = v,
            min: 0.0,
            max: $max,
            whole: false,
        }
    };
}

/// Every key of the alignment explainer's settings, declared once, in the order a link writes
/// them: the codec, `normalise`'s limits, the controls' limits and docs/url-parameters.md's rows
/// come from here.
pub static KEYS: [Key<AlignmentParams>; 12] = [
    Key {
        name: SET_KEY,
        value: word_value!(AlignmentParams, EvalSet, eval_set),
        control: "\"Questions\" switch above the results charts",
        meaning: "The question set the base-model and insertion charts show: article-sourced, or the held-out textbook questions.",
    },
    Key {
        name: PROMPT_KEY,
        value: word_value!(AlignmentParams, PostPrompt, post_prompt),
        control: "\"System prompt at evaluation\" switch",
        meaning: "The post-training chart's prompt: the HHH system prompt (34/28/21/9%, stated) or instructions only (read off Fig. 4).",
    },
    Key {
        name: FILTER_KEY,
        value: word_value!(AlignmentParams, bool, persona.filtered),
        control: "\"Filter out negative AI discourse\" checkbox",
        meaning: "Persona model: whether negative AI discourse is filtered out (F).",
    },
    Key {
        name: "align.share",
        value: persona_number!(DiscourseShare, 1.0),
        control: "\"Share of pretraining that is AI discourse\" slider",
        meaning: "Persona model: s, natural AI discourse as a share of pretraining tokens (the paper's filter flagged 9.30%).",
    },
    Key {
        name: "align.balance",
        value: persona_number!(MisalignedShare, 1.0),
        control: "\"Share of that discourse showing misaligned AIs\" slider",
        meaning: "Persona model: m (illustrative).",
    },
    Key {
        name: "align.recall",
        value: persona_number!(FilterRecall, 1.0),
        control: "\"Negative discourse the filter catches\" slider",
        meaning: "Persona model: r, the filter's recall (illustrative).",
    },
    Key {
        name: "align.synaligned",
        value: persona_number!(SyntheticAligned, 1.0),
        control: "\"Synthetic aligned documents\" slider (to 1%); the \"Alignment upsampled\" preset",
        meaning: "Persona model: x_align, synthetic aligned documents as a share of tokens.",
    },
    Key {
        name: "align.synmisaligned",
        value: persona_number!(SyntheticMisaligned, 1.0),
        control: "\"Synthetic misaligned documents\" slider (to 1%); the \"Misalignment upsampled\" preset",
        meaning: "Persona model: x_mis.",
    },
    Key {
        name: "align.weight",
        value: persona_number!(Weight, 10_000.0),
        control: "\"Pseudo-observations per 1% of natural discourse\" slider",
        meaning: "Persona model: w (illustrative).",
    },
    Key {
        name: "align.boost",
        value: persona_number!(SyntheticBoost, 10_000.0),
        control: "\"How much more a synthetic document counts\" slider",
        meaning: "Persona model: k (illustrative).",
    },
    Key {
        name: "align.post",
        value: persona_number!(PostStrength, 1e6),
        control: "\"Post-training's strength\" slider",
        meaning: "Persona model: P, post-training's pseudo-observations (illustrative).",
    },
    Key {
        name: "align.target",
        value: persona_number!(PostTarget, 1.0),
        control: "\"Misalignment in post-training's data\" slider",
        meaning: "Persona model: t (illustrative).",
    },
];

/// Every change the alignment explainer can make to its settings.
#[derive(Clone, Debug, PartialEq)]
pub enum AlignmentAction {
    SetEvalSet(EvalSet),
    SetPostPrompt(PostPrompt),
    SetPersona(PersonaField, f64),
    SetFiltered(bool),
    LoadPreset(Condition),
    Reset,
}

impl Settings for AlignmentParams {
    type Action = AlignmentAction;

    /// Applies one action as asked; `normalise` then brings the result within limits.
    fn change(&mut self, action: AlignmentAction) {
        match action {
            AlignmentAction::SetEvalSet(set) => self.eval_set = set,
            AlignmentAction::SetPostPrompt(prompt) => self.post_prompt = prompt,
            AlignmentAction::SetPersona(field, value) => *field.slot(&mut self.persona) = value,
            AlignmentAction::SetFiltered(filtered) => self.persona.filtered = filtered,
            AlignmentAction::LoadPreset(condition) => {
                self.persona = PersonaParams::preset(condition)
            }
            AlignmentAction::Reset => *self = Self::default(),
        }
    }

    /// The settings within their rules, with a problem for each value changed: every persona
    /// input within its key's declared limits ([`KEYS`]: NaN becomes the default).
    fn normalise(mut self) -> (Self, Vec<RuleProblem>) {
        let mut rules = Rules::default();
        keys::hold(&KEYS, &mut self, &Self::default(), &mut rules);
        (self, rules.finish())
    }
}
