//! The alignment explainer's URL section: every `align.*` key, as params.rs declares it
//! ([`KEYS`]), read and written.

use crate::alignment::params::{AlignmentParams, KEYS, KEY_PREFIX};
use crate::explainer::{Permalink, Settings};
use crate::keys;
use crate::url::{Reader, UrlProblem, Writer};

impl Permalink for AlignmentParams {
    const KEY_PREFIX: &'static str = KEY_PREFIX;
    fn keys() -> &'static [keys::Key<Self>] {
        &KEYS
    }

    /// The settings the pairs name (unknown keys ignored, a repeated key's last value kept),
    /// normalised, and every problem met: each pair read as its key in [`KEYS`] declares.
    fn decode(pairs: &[(String, String)]) -> (Self, Vec<UrlProblem>) {
        let mut align = AlignmentParams::default();
        let mut reader = Reader::default();
        for (key, value) in pairs {
            keys::read(&KEYS, &mut align, key, value, &mut reader);
        }
        let (align, problems) = align.normalise();
        (align, reader.finish(problems, pairs))
    }

    /// Writes each declared key whose value differs from its default.
    fn encode(&self, out: &mut Writer) {
        keys::write(&KEYS, self, &AlignmentParams::default(), out);
    }
}
