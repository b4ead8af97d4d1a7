//! The doomsday explainer's URL section: every `doom.*` key, read and written. params.rs
//! declares all but the hypotheses ([`KEYS`]), which are three parallel lists (`doom.n`,
//! `doom.prior`, `doom.names`) read together and written whenever any of them differs from the
//! default.

use crate::doomsday::model::Hypothesis;
use crate::doomsday::params::*;
use crate::explainer::{Permalink, Settings};
use crate::keys;
use crate::number_format::format_for_input;
use crate::url::{Reader, UrlProblem, Writer};

/// The raw hypothesis lists, read before they can be checked against each other.
#[derive(Default)]
struct HypothesisLists {
    totals: Option<Option<Vec<f64>>>,
    weights: Option<(String, Option<Vec<f64>>)>,
    names: Option<String>,
}

impl HypothesisLists {
    /// The hypotheses the lists describe, or `None` (with a problem recorded) when they are
    /// malformed or disagree in length. Missing weights are equal; missing names are the
    /// defaults (Stars and Dust for two hypotheses, H1, H2, ... otherwise).
    fn assemble(self, reader: &mut Reader) -> Option<Vec<Hypothesis>> {
        if self.totals.is_none() && self.weights.is_none() && self.names.is_none() {
            return None;
        }
        let defaults = stars_and_dust();
        let totals = match self.totals {
            Some(parsed) => parsed?,
            None => defaults.iter().map(|h| h.total).collect(),
        };
        let count = totals.len();
        let weights = match self.weights {
            Some((raw, parsed)) => {
                let weights = parsed?;
                if weights.len() != count {
                    let message = format!(
                        "{} values, but {TOTALS_KEY} has {count}; using the defaults",
                        weights.len()
                    );
                    reader.problem(PRIORS_KEY, &raw, message);
                    return None;
                }
                weights
            }
            None => vec![1.0; count],
        };
        let names: Vec<String> = match self.names {
            Some(raw) => {
                let names: Vec<&str> = raw.split(',').collect();
                if names.len() != count {
                    let message = format!(
                        "{} names, but {TOTALS_KEY} has {count}; using the defaults",
                        names.len()
                    );
                    reader.problem(NAMES_KEY, &raw, message);
                    return None;
                }
                names.iter().map(|n| n.to_string()).collect()
            }
            None if count == defaults.len() => defaults.into_iter().map(|h| h.name).collect(),
            None => (0..count).map(default_name).collect(),
        };
        Some(
            names
                .into_iter()
                .zip(totals)
                .zip(weights)
                .map(|((name, total), weight)| Hypothesis {
                    name,
                    total,
                    weight,
                })
                .collect(),
        )
    }
}

impl Permalink for DoomsdayParams {
    const KEY_PREFIX: &'static str = KEY_PREFIX;
    const KEYS_OUTSIDE_TABLE: &'static [&'static str] = &[TOTALS_KEY, PRIORS_KEY, NAMES_KEY];
    fn keys() -> &'static [keys::Key<Self>] {
        &KEYS
    }

    /// The settings the pairs name (unknown keys ignored, a repeated key's last value kept),
    /// normalised, and every problem met.
    fn decode(pairs: &[(String, String)]) -> (Self, Vec<UrlProblem>) {
        let mut doom = DoomsdayParams::default();
        let mut reader = Reader::default();
        let mut lists = HypothesisLists::default();
        for (key, value) in pairs {
            let (key, value) = (key.as_str(), value.as_str());
            match key {
                TOTALS_KEY => {
                    let parsed = reader.numbers(key, value, MAX_HYPOTHESES);
                    lists.totals = Some(parsed);
                }
                PRIORS_KEY => {
                    let parsed = reader.numbers(key, value, MAX_HYPOTHESES);
                    lists.weights = Some((value.to_owned(), parsed));
                }
                NAMES_KEY => lists.names = Some(value.to_owned()),
                _ => {
                    keys::read(&KEYS, &mut doom, key, value, &mut reader);
                }
            }
        }
        if let Some(hypotheses) = lists.assemble(&mut reader) {
            doom.hypotheses = hypotheses;
        }
        let (doom, problems) = doom.normalise();
        (doom, reader.finish(problems, pairs))
    }

    /// Writes each setting that differs from its default: the declared keys ([`KEYS`]), with the
    /// hypothesis lists after the first [`KEYS_BEFORE_LISTS`] of them.
    fn encode(&self, out: &mut Writer) {
        let defaults = DoomsdayParams::default();
        let (before, after) = KEYS.split_at(KEYS_BEFORE_LISTS);
        keys::write(before, self, &defaults, out);
        if self.hypotheses != defaults.hypotheses {
            let list = |field: fn(&Hypothesis) -> String| {
                let values: Vec<String> = self.hypotheses.iter().map(field).collect();
                values.join(",")
            };
            out.pair(TOTALS_KEY, &list(|h| format_for_input(h.total)));
            out.pair(PRIORS_KEY, &list(|h| format_for_input(h.weight)));
            out.pair(NAMES_KEY, &list(|h| h.name.clone()));
        }
        keys::write(after, self, &defaults, out);
    }
}
