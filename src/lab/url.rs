//! The training lab's URL section: the preset, then every key params.rs declares ([`KEYS`]),
//! read and written. A preset stands for its whole mix, so the writer names the preset and then
//! only the values that differ from the preset's.

use crate::explainer::{Permalink, Settings};
use crate::keys;
use crate::lab::documents::Mix;
use crate::lab::params::*;
use crate::url::{Reader, UrlProblem, Writer};

impl Permalink for LabParams {
    const KEY_PREFIX: &'static str = KEY_PREFIX;
    const KEYS_OUTSIDE_TABLE: &'static [&'static str] = &[PRESET_KEY, DOCUMENTS_KEY];
    fn keys() -> &'static [keys::Key<Self>] {
        &KEYS
    }

    /// The settings the pairs name, normalised, and every problem met: the preset's mix first
    /// (whatever the order of the pairs), then each declared key ([`KEYS`]) over it.
    fn decode(pairs: &[(String, String)]) -> (Self, Vec<UrlProblem>) {
        let mut lab = LabParams::default();
        let mut reader = Reader::default();
        let mut preset = Preset::Unfiltered;
        for (key, value) in pairs.iter().filter(|(key, _)| key == PRESET_KEY) {
            reader.word(key, value, &mut preset);
        }
        lab.mix = preset.mix().unwrap_or(Mix::UNFILTERED);
        for (key, value) in pairs {
            let (key, value) = (key.as_str(), value.as_str());
            if key == DOCUMENTS_KEY {
                reader.problem(
                    key,
                    value,
                    format!(
                        "{DOCUMENTS_KEY} is no longer used: the lab's corpus has a fixed size since \
                         its second design; ignored"
                    ),
                );
            } else {
                keys::read(&KEYS, &mut lab, key, value, &mut reader);
            }
        }
        let (lab, problems) = lab.normalise();
        (lab, reader.finish(problems, pairs))
    }

    /// The preset (unless Unfiltered), then each declared key whose value differs: a mix value
    /// from the preset's (from the default mix's for a custom one), any other from its default.
    fn encode(&self, out: &mut Writer) {
        let defaults = LabParams::default();
        let preset = self.preset();
        out.word(PRESET_KEY, preset, Preset::Unfiltered);
        let base = LabParams {
            mix: preset.mix().unwrap_or(defaults.mix.clone()),
            ..defaults
        };
        keys::write(&KEYS, self, &base, out);
    }
}
