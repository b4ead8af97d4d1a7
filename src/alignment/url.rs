//! The alignment explainer's URL section: every `align.*` key (listed in params.rs), read and
//! written.

use crate::alignment::params::{
    AlignmentParams, PersonaField, FILTER_KEY, KEY_PREFIX, PROMPT_KEY, SET_KEY,
};
use crate::explainer::{Permalink, Settings};
use crate::url::{Reader, UrlProblem, Writer};

impl Permalink for AlignmentParams {
    const KEY_PREFIX: &'static str = KEY_PREFIX;

    /// The settings the pairs name (unknown keys ignored, a repeated key's last value kept),
    /// normalised, and every problem met.
    fn decode(pairs: &[(String, String)]) -> (Self, Vec<UrlProblem>) {
        let mut align = AlignmentParams::default();
        let mut reader = Reader::default();
        for (key, value) in pairs {
            let (key, value) = (key.as_str(), value.as_str());
            if let Some(field) = PersonaField::ALL.into_iter().find(|f| f.key() == key) {
                reader.number(key, value, field.slot(&mut align.persona));
                continue;
            }
            match key {
                SET_KEY => reader.word(key, value, &mut align.eval_set),
                PROMPT_KEY => reader.word(key, value, &mut align.post_prompt),
                FILTER_KEY => reader.word(key, value, &mut align.persona.filtered),
                _ => {}
            }
        }
        let (align, problems) = align.normalise();
        (align, reader.finish(problems, pairs))
    }

    /// Writes each setting that differs from its default.
    fn encode(&self, out: &mut Writer) {
        let align = self;
        let defaults = AlignmentParams::default();
        out.word(SET_KEY, align.eval_set, defaults.eval_set);
        out.word(PROMPT_KEY, align.post_prompt, defaults.post_prompt);
        let filtered = align.persona.filtered;
        out.word(FILTER_KEY, filtered, defaults.persona.filtered);
        for field in PersonaField::ALL {
            let (value, default) = (field.get(&align.persona), field.get(&defaults.persona));
            out.number(field.key(), value, default);
        }
    }
}
