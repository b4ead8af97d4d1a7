//! The alignment explainer's settings and how actions change them. Pure: the URL codec reads and
//! writes these (`align.*` keys), the page's reducer applies [`AlignmentAction`]s.

use crate::alignment::persona::PersonaParams;
use crate::alignment::results::{Condition, EvalSet, PostPrompt};

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

    /// Sets the field in `params`, clamped to `0..=max` (NaN is ignored).
    pub fn set(self, params: &mut PersonaParams, value: f64) {
        if value.is_nan() {
            return;
        }
        let value = value.clamp(0.0, self.max());
        let slot = match self {
            Self::DiscourseShare => &mut params.discourse_share,
            Self::MisalignedShare => &mut params.misaligned_share,
            Self::FilterRecall => &mut params.filter_recall,
            Self::SyntheticAligned => &mut params.synthetic_aligned,
            Self::SyntheticMisaligned => &mut params.synthetic_misaligned,
            Self::Weight => &mut params.weight,
            Self::SyntheticBoost => &mut params.synthetic_boost,
            Self::PostStrength => &mut params.post_strength,
            Self::PostTarget => &mut params.post_target,
        };
        *slot = value;
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

impl AlignmentParams {
    /// Applies one action; values are clamped into their limits.
    pub fn apply(&mut self, action: AlignmentAction) {
        match action {
            AlignmentAction::SetEvalSet(set) => self.eval_set = set,
            AlignmentAction::SetPostPrompt(prompt) => self.post_prompt = prompt,
            AlignmentAction::SetPersona(field, value) => field.set(&mut self.persona, value),
            AlignmentAction::SetFiltered(filtered) => self.persona.filtered = filtered,
            AlignmentAction::LoadPreset(condition) => {
                self.persona = PersonaParams::preset(condition)
            }
            AlignmentAction::Reset => *self = Self::default(),
        }
    }
}
