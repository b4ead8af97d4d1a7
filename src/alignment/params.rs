//! The alignment explainer's settings, their URL keys, how actions change them, and
//! `normalise`, the one place their rules live. Pure.

use crate::alignment::persona::PersonaParams;
use crate::alignment::results::{Condition, EvalSet, PostPrompt};
use crate::explainer::Settings;
use crate::url::{RuleProblem, Rules};

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

    /// Its URL key.
    pub fn key(self) -> &'static str {
        match self {
            Self::DiscourseShare => "align.share",
            Self::MisalignedShare => "align.balance",
            Self::FilterRecall => "align.recall",
            Self::SyntheticAligned => "align.synaligned",
            Self::SyntheticMisaligned => "align.synmisaligned",
            Self::Weight => "align.weight",
            Self::SyntheticBoost => "align.boost",
            Self::PostStrength => "align.post",
            Self::PostTarget => "align.target",
        }
    }

    /// The largest value a reader may set (every field's smallest is 0).
    pub fn max(self) -> f64 {
        match self {
            Self::Weight | Self::SyntheticBoost => 10_000.0,
            Self::PostStrength => 1e6,
            _ => 1.0,
        }
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
    /// input in `[0, max]` (NaN becomes the default).
    fn normalise(mut self) -> (Self, Vec<RuleProblem>) {
        let defaults = PersonaParams::default();
        let mut rules = Rules::default();
        for field in PersonaField::ALL {
            let fallback = field.get(&defaults);
            let value = field.slot(&mut self.persona);
            rules.number(field.key(), value, 0.0, field.max(), fallback);
        }
        (self, rules.finish())
    }
}
