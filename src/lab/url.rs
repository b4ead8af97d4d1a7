//! The training lab's URL section: every `lab.*` key (listed in params.rs), read and written.
//! A preset stands for its whole mix, so the writer names the preset and then only the values
//! that differ from the preset's.

use crate::explainer::{Permalink, Settings};
use crate::lab::documents::Mix;
use crate::lab::params::*;
use crate::url::{Reader, UrlProblem, Writer};

impl Permalink for LabParams {
    const KEY_PREFIX: &'static str = KEY_PREFIX;

    /// The settings the pairs name, normalised, and every problem met: the preset's mix first
    /// (whatever the order of the pairs), then each other key over it.
    fn decode(pairs: &[(String, String)]) -> (Self, Vec<UrlProblem>) {
        let mut lab = LabParams::default();
        let mut reader = Reader::default();
        let mut preset = Preset::Unfiltered;
        // Read as the URL's whole numbers are; `normalise` holds it to at most MAX_SEED.
        let mut seed = u32::try_from(lab.seed).unwrap_or(u32::MAX);
        for (key, value) in pairs {
            match key.as_str() {
                PRESET_KEY => reader.word(key, value, &mut preset),
                SEED_KEY => reader.whole(key, value, &mut seed),
                _ => {}
            }
        }
        lab.seed = u64::from(seed);
        lab.mix = preset.mix().unwrap_or(Mix::UNFILTERED);
        let mix = &mut lab.mix;
        for (key, value) in pairs {
            let (key, value) = (key.as_str(), value.as_str());
            match key {
                AI_KEY => reader.number(key, value, &mut mix.ai_share),
                NATURAL_KEY => reader.number(key, value, &mut mix.natural_misaligned),
                FILTER_KEY => reader.word(key, value, &mut mix.filtered),
                ALIGNED_KEY => reader.number(key, value, &mut mix.synthetic_aligned),
                MISALIGNED_KEY => reader.number(key, value, &mut mix.synthetic_misaligned),
                INSERTION_KEY => reader.word(key, value, &mut mix.insertion),
                DOCUMENTS_KEY => reader.problem(
                    key,
                    value,
                    format!(
                        "{DOCUMENTS_KEY} is no longer used: the lab's corpus has a fixed size since \
                         its second design; ignored"
                    ),
                ),
                TEMPERATURE_KEY => reader.number(key, value, &mut lab.temperature),
                HHH_KEY => reader.word(key, value, &mut lab.hhh),
                AUTORUN_KEY => reader.word(key, value, &mut lab.autorun),
                MODELS_KEY => reader.word(key, value, &mut lab.models),
                _ => {}
            }
        }
        let (lab, problems) = lab.normalise();
        (lab, reader.finish(problems, pairs))
    }

    /// The preset (unless Unfiltered), then each mix value that differs from the preset's (from the
    /// default mix's for a custom one), then the other settings that differ from their defaults.
    fn encode(&self, out: &mut Writer) {
        let lab = self;
        let defaults = LabParams::default();
        let mix = &lab.mix;
        let preset = lab.preset();
        out.word(PRESET_KEY, preset, Preset::Unfiltered);
        out.whole(SEED_KEY, lab.seed, defaults.seed);
        let base = preset.mix().unwrap_or(defaults.mix.clone());
        out.number(AI_KEY, mix.ai_share, base.ai_share);
        out.number(NATURAL_KEY, mix.natural_misaligned, base.natural_misaligned);
        out.word(FILTER_KEY, mix.filtered, base.filtered);
        out.number(ALIGNED_KEY, mix.synthetic_aligned, base.synthetic_aligned);
        out.number(
            MISALIGNED_KEY,
            mix.synthetic_misaligned,
            base.synthetic_misaligned,
        );
        out.word(INSERTION_KEY, mix.insertion, base.insertion);
        out.word(HHH_KEY, lab.hhh, defaults.hhh);
        out.number(TEMPERATURE_KEY, lab.temperature, defaults.temperature);
        out.word(AUTORUN_KEY, lab.autorun, defaults.autorun);
        out.word(MODELS_KEY, lab.models, defaults.models);
    }
}
