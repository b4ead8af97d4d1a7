//! The typed codec between the page's state and the URL query string.
//!
//! `decode` never fails: every malformed value becomes a [`UrlProblem`] and the default stays in
//! its place. `encode` writes only values that differ from their defaults and keeps every key it
//! does not own (a host page's `utm_source`, say) exactly as it found it. Every key is listed in
//! `docs/url-parameters.md`.

use std::fmt;

use crate::alignment::params::{AlignmentParams, PersonaField};
use crate::alignment::results::{EvalSet, PostPrompt};
use crate::doomsday::model::{Hypothesis, Rule};
use crate::doomsday::params::{
    clean_name, default_name, stars_and_dust, DoomsdayParams, Mode, Shape, MAX_DOUBLINGS,
    MAX_HYPOTHESES, MAX_SEED, MAX_TOTAL, MAX_WEIGHT, MIN_TOTAL,
};
use crate::lab::documents::{Insertion, Mix};
use crate::lab::params::{
    LabParams, Preset, MAX_AI_SHARE, MAX_SEED as MAX_LAB_SEED, MAX_SYNTHETIC_SHARE, MAX_TEMPERATURE,
};
use crate::number_format::{format_for_input, parse_number};
use crate::state::{Params, ThemePreference};
use crate::walkthrough::Explainer;

pub const THEME: &str = "theme";
pub const EMBED: &str = "embed";
pub const PRESENTER: &str = "presenter";
pub const WALK: &str = "walk";
pub const STEP: &str = "step";
pub const ALIGN_SET: &str = "align.set";
pub const ALIGN_PROMPT: &str = "align.prompt";
pub const ALIGN_FILTER: &str = "align.filter";
pub const ALIGN_SHARE: &str = "align.share";
pub const ALIGN_BALANCE: &str = "align.balance";
pub const ALIGN_RECALL: &str = "align.recall";
pub const ALIGN_SYN_ALIGNED: &str = "align.synaligned";
pub const ALIGN_SYN_MISALIGNED: &str = "align.synmisaligned";
pub const ALIGN_WEIGHT: &str = "align.weight";
pub const ALIGN_BOOST: &str = "align.boost";
pub const ALIGN_POST: &str = "align.post";
pub const ALIGN_TARGET: &str = "align.target";
/// The persona model's numeric inputs, by key.
pub const ALIGN_PERSONA: [(&str, PersonaField); 9] = [
    (ALIGN_SHARE, PersonaField::DiscourseShare),
    (ALIGN_BALANCE, PersonaField::MisalignedShare),
    (ALIGN_RECALL, PersonaField::FilterRecall),
    (ALIGN_SYN_ALIGNED, PersonaField::SyntheticAligned),
    (ALIGN_SYN_MISALIGNED, PersonaField::SyntheticMisaligned),
    (ALIGN_WEIGHT, PersonaField::Weight),
    (ALIGN_BOOST, PersonaField::SyntheticBoost),
    (ALIGN_POST, PersonaField::PostStrength),
    (ALIGN_TARGET, PersonaField::PostTarget),
];
pub const LAB_PRESET: &str = "lab.preset";
pub const LAB_SEED: &str = "lab.seed";
pub const LAB_AI: &str = "lab.ai";
pub const LAB_NATURAL: &str = "lab.natural";
pub const LAB_FILTER: &str = "lab.filter";
pub const LAB_ALIGNED: &str = "lab.aligned";
pub const LAB_MISALIGNED: &str = "lab.misaligned";
pub const LAB_INSERTION: &str = "lab.insertion";
/// Retired with the lab's second design (its corpus size is fixed): read only to say so.
pub const LAB_DOCUMENTS: &str = "lab.documents";
pub const LAB_TEMPERATURE: &str = "lab.temperature";
pub const LAB_HHH: &str = "lab.hhh";
pub const LAB_AUTORUN: &str = "lab.autorun";
pub const DOOM_MODE: &str = "doom.mode";
pub const DOOM_RULE: &str = "doom.rule";
pub const DOOM_COMPARE: &str = "doom.compare";
pub const DOOM_RANK: &str = "doom.rank";
pub const DOOM_N: &str = "doom.n";
pub const DOOM_PRIOR: &str = "doom.prior";
pub const DOOM_NAMES: &str = "doom.names";
pub const DOOM_REFCLASS: &str = "doom.refclass";
pub const DOOM_SHAPE: &str = "doom.shape";
pub const DOOM_LO: &str = "doom.lo";
pub const DOOM_HI: &str = "doom.hi";
pub const DOOM_THRESHOLD: &str = "doom.threshold";
pub const DOOM_SEED: &str = "doom.seed";
pub const DOOM_DOUBLINGS: &str = "doom.doublings";
pub const DOOM_EARLY: &str = "doom.early";

/// The part of the page that owns a set of keys. Each part is its own wasm bundle and writes
/// only its own keys, keeping every other pair in the address as it found it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// The page frame: the theme.
    Frame,
    /// The alignment explainer: every `align.*` key.
    Alignment,
    /// The doomsday explainer: every `doom.*` key.
    Doomsday,
    /// The training lab: every `lab.*` key.
    Lab,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Frame,
        Section::Alignment,
        Section::Doomsday,
        Section::Lab,
    ];

    /// The keys this part reads and writes.
    pub fn keys(self) -> &'static [&'static str] {
        match self {
            Self::Frame => &[THEME, EMBED, PRESENTER, WALK, STEP],
            Self::Alignment => &[
                ALIGN_SET,
                ALIGN_PROMPT,
                ALIGN_FILTER,
                ALIGN_SHARE,
                ALIGN_BALANCE,
                ALIGN_RECALL,
                ALIGN_SYN_ALIGNED,
                ALIGN_SYN_MISALIGNED,
                ALIGN_WEIGHT,
                ALIGN_BOOST,
                ALIGN_POST,
                ALIGN_TARGET,
            ],
            Self::Doomsday => &[
                DOOM_MODE,
                DOOM_RULE,
                DOOM_COMPARE,
                DOOM_RANK,
                DOOM_N,
                DOOM_PRIOR,
                DOOM_NAMES,
                DOOM_REFCLASS,
                DOOM_SHAPE,
                DOOM_LO,
                DOOM_HI,
                DOOM_THRESHOLD,
                DOOM_SEED,
                DOOM_DOUBLINGS,
                DOOM_EARLY,
            ],
            Self::Lab => &[
                LAB_PRESET,
                LAB_SEED,
                LAB_AI,
                LAB_NATURAL,
                LAB_FILTER,
                LAB_ALIGNED,
                LAB_MISALIGNED,
                LAB_INSERTION,
                LAB_DOCUMENTS,
                LAB_HHH,
                LAB_TEMPERATURE,
                LAB_AUTORUN,
            ],
        }
    }

    /// Whether `key` belongs to any part of the page.
    pub fn owns_any(key: &str) -> bool {
        Self::ALL
            .iter()
            .any(|section| section.keys().contains(&key))
    }
}

/// The largest step number the URL may name.
const MAX_STEP: u32 = 100;

/// How much of a malformed value a notice repeats before cutting it short.
const SHOWN_VALUE_CHARS: usize = 60;

/// One malformed value found in the URL, shown to the reader and replaced by the default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrlProblem {
    pub key: String,
    /// The value as found, cut to its first 60 characters (and "…") if it was longer.
    pub value: String,
    pub message: String,
}

impl UrlProblem {
    fn new(key: &str, value: &str, message: impl Into<String>) -> Self {
        let mut shown: String = value.chars().take(SHOWN_VALUE_CHARS).collect();
        if value.chars().count() > SHOWN_VALUE_CHARS {
            shown.push('…');
        }
        Self {
            key: key.to_owned(),
            value: shown,
            message: message.into(),
        }
    }
}

impl fmt::Display for UrlProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}={:?}: {}", self.key, self.value, self.message)
    }
}

/// What a query string says: the state it restores and the problems met on the way.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Decoded {
    pub params: Params,
    pub problems: Vec<UrlProblem>,
}

/// An enumeration written in the URL as one of a fixed set of lowercase words.
pub trait UrlWord: Sized + Copy + PartialEq + 'static {
    /// Every variant, in the order the page lists them.
    const ALL: &'static [Self];
    /// The word that stands for this variant in the URL.
    fn word(self) -> &'static str;

    /// Reads a word, or says which words would have been understood.
    fn from_word(text: &str) -> Result<Self, String> {
        Self::ALL
            .iter()
            .copied()
            .find(|variant| variant.word() == text)
            .ok_or_else(|| {
                let words: Vec<&str> = Self::ALL.iter().map(|v| v.word()).collect();
                format!("expected one of {}", words.join(", "))
            })
    }
}

impl UrlWord for ThemePreference {
    const ALL: &'static [Self] = &[Self::Auto, Self::Light, Self::Dark];
    fn word(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }
}

impl UrlWord for Explainer {
    const ALL: &'static [Self] = &Explainer::ALL;
    fn word(self) -> &'static str {
        Explainer::word(self)
    }
}

impl UrlWord for EvalSet {
    const ALL: &'static [Self] = &[Self::Article, Self::Textbook];
    fn word(self) -> &'static str {
        EvalSet::word(self)
    }
}

impl UrlWord for PostPrompt {
    const ALL: &'static [Self] = &[Self::Hhh, Self::InstructionsOnly];
    fn word(self) -> &'static str {
        match self {
            Self::Hhh => "hhh",
            Self::InstructionsOnly => "instructions",
        }
    }
}

impl UrlWord for Mode {
    const ALL: &'static [Self] = &[Self::Discrete, Self::Continuous];
    fn word(self) -> &'static str {
        match self {
            Self::Discrete => "discrete",
            Self::Continuous => "continuous",
        }
    }
}

impl UrlWord for Rule {
    const ALL: &'static [Self] = &[Self::Ssa, Self::Sia];
    fn word(self) -> &'static str {
        match self {
            Self::Ssa => "ssa",
            Self::Sia => "sia",
        }
    }
}

impl UrlWord for Shape {
    const ALL: &'static [Self] = &[Self::LogUniform, Self::Uniform, Self::LogNormal];
    fn word(self) -> &'static str {
        match self {
            Self::LogUniform => "loguniform",
            Self::Uniform => "uniform",
            Self::LogNormal => "lognormal",
        }
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

impl UrlWord for Insertion {
    const ALL: &'static [Self] = &[
        Self::Throughout,
        Self::LastTenth,
        Self::ContinuedPretraining,
    ];
    fn word(self) -> &'static str {
        match self {
            Self::Throughout => "throughout",
            Self::LastTenth => "last-tenth",
            Self::ContinuedPretraining => "continued",
        }
    }
}

impl UrlWord for bool {
    const ALL: &'static [Self] = &[false, true];
    fn word(self) -> &'static str {
        if self {
            "1"
        } else {
            "0"
        }
    }
}

/// Collects problems while values are read.
#[derive(Default)]
struct Reader {
    problems: Vec<UrlProblem>,
}

impl Reader {
    /// `target` becomes the word's variant, or stays as it is while the problem is recorded.
    fn word<T: UrlWord>(&mut self, key: &str, value: &str, target: &mut T) {
        match T::from_word(value) {
            Ok(parsed) => *target = parsed,
            Err(reason) => {
                let kept = target.word();
                self.problems.push(UrlProblem::new(
                    key,
                    value,
                    format!("{reason}; using {kept}"),
                ));
            }
        }
    }

    /// `target` becomes the number if it reads and lies in `[min, max]`.
    fn number(&mut self, key: &str, value: &str, min: f64, max: f64, target: &mut f64) {
        match parse_number(value, min, max) {
            Ok(parsed) => *target = parsed,
            Err(reason) => self.problems.push(UrlProblem::new(
                key,
                value,
                format!("{reason}; using {}", format_for_input(*target)),
            )),
        }
    }

    /// `target` becomes `Some` of the word's variant, or stays as it is while the problem is recorded.
    fn optional_word<T: UrlWord>(&mut self, key: &str, value: &str, target: &mut Option<T>) {
        match T::from_word(value) {
            Ok(parsed) => *target = Some(parsed),
            Err(reason) => {
                let kept = target.map_or("none", |t| t.word());
                self.problems.push(UrlProblem::new(
                    key,
                    value,
                    format!("{reason}; using {kept}"),
                ));
            }
        }
    }

    /// `target` becomes the whole number if it reads and lies in `0..=max`.
    fn whole(&mut self, key: &str, value: &str, max: u32, target: &mut u32) {
        match parse_number(value, 0.0, f64::from(max)) {
            Ok(parsed) if parsed.fract() == 0.0 => *target = parsed as u32,
            Ok(_) => self.problems.push(UrlProblem::new(
                key,
                value,
                format!("must be a whole number; using {target}"),
            )),
            Err(reason) => self.problems.push(UrlProblem::new(
                key,
                value,
                format!("{reason}; using {target}"),
            )),
        }
    }

    /// A comma-separated list of numbers in `[min, max]`, at most [`MAX_HYPOTHESES`] long.
    fn numbers(&mut self, key: &str, value: &str, min: f64, max: f64) -> Option<Vec<f64>> {
        let items: Vec<&str> = value.split(',').collect();
        if items.len() > MAX_HYPOTHESES {
            let message = format!("at most {MAX_HYPOTHESES} values; using the defaults");
            self.problems.push(UrlProblem::new(key, value, message));
            return None;
        }
        let parsed: Result<Vec<f64>, _> = items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                parse_number(item, min, max).map_err(|e| format!("value {}: {e}", i + 1))
            })
            .collect();
        match parsed {
            Ok(numbers) => Some(numbers),
            Err(reason) => {
                let message = format!("{reason}; using the defaults");
                self.problems.push(UrlProblem::new(key, value, message));
                None
            }
        }
    }
}

/// The raw hypothesis lists, read before they can be checked against each other.
#[derive(Default)]
struct HypothesisLists {
    totals: Option<(String, Option<Vec<f64>>)>,
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
            Some((_, parsed)) => parsed?,
            None => defaults.iter().map(|h| h.total).collect(),
        };
        let count = totals.len();
        let weights = match self.weights {
            Some((raw, parsed)) => {
                let weights = parsed?;
                if weights.len() != count {
                    let message = format!(
                        "{} values, but {DOOM_N} has {count}; using the defaults",
                        weights.len()
                    );
                    reader
                        .problems
                        .push(UrlProblem::new(DOOM_PRIOR, &raw, message));
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
                        "{} names, but {DOOM_N} has {count}; using the defaults",
                        names.len()
                    );
                    reader
                        .problems
                        .push(UrlProblem::new(DOOM_NAMES, &raw, message));
                    return None;
                }
                names
                    .iter()
                    .enumerate()
                    .map(|(i, n)| clean_name(n, i))
                    .collect()
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

/// Reads a query string (with or without its leading `?`) into page state.
///
/// Unknown keys are ignored, a repeated key keeps its last value, and a malformed value is
/// reported and replaced by the default.
pub fn decode(query: &str) -> Decoded {
    let mut params = Params::default();
    let mut reader = Reader::default();
    let mut lists = HypothesisLists::default();
    let mut walk: Option<Explainer> = None;
    let mut step: u32 = 1;
    let mut lab_pairs: Vec<(String, String)> = Vec::new();
    let doom = &mut params.doomsday;
    let align = &mut params.alignment;
    let query = query.strip_prefix('?').unwrap_or(query);
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let (key, value) = (key.as_ref(), value.as_ref());
        if let Some((_, field)) = ALIGN_PERSONA.iter().find(|(k, _)| *k == key) {
            let mut current = field.get(&align.persona);
            reader.number(key, value, 0.0, field.max(), &mut current);
            field.set(&mut align.persona, current);
            continue;
        }
        match key {
            THEME => reader.word(key, value, &mut params.theme),
            EMBED => reader.optional_word(key, value, &mut params.embed),
            PRESENTER => reader.word(key, value, &mut params.presenter),
            WALK => reader.optional_word(key, value, &mut walk),
            STEP => reader.whole(key, value, MAX_STEP, &mut step),
            ALIGN_SET => reader.word(key, value, &mut align.eval_set),
            ALIGN_PROMPT => reader.word(key, value, &mut align.post_prompt),
            ALIGN_FILTER => reader.word(key, value, &mut align.persona.filtered),
            DOOM_MODE => reader.word(key, value, &mut doom.mode),
            DOOM_RULE => reader.word(key, value, &mut doom.rule),
            DOOM_COMPARE => reader.word(key, value, &mut doom.compare),
            DOOM_SHAPE => reader.word(key, value, &mut doom.shape),
            DOOM_RANK => reader.number(key, value, MIN_TOTAL, MAX_TOTAL, &mut doom.rank),
            DOOM_LO => reader.number(key, value, MIN_TOTAL, MAX_TOTAL, &mut doom.lo),
            DOOM_HI => reader.number(key, value, MIN_TOTAL, MAX_TOTAL, &mut doom.hi),
            DOOM_THRESHOLD => reader.number(key, value, MIN_TOTAL, MAX_TOTAL, &mut doom.threshold),
            DOOM_SEED => reader.whole(key, value, MAX_SEED, &mut doom.seed),
            DOOM_DOUBLINGS => reader.whole(key, value, MAX_DOUBLINGS, &mut doom.doublings),
            DOOM_EARLY => reader.whole(key, value, MAX_DOUBLINGS, &mut doom.early),
            DOOM_REFCLASS => reader.number(key, value, 0.0, 1.0, &mut doom.reference_fraction),
            DOOM_N => {
                let parsed = reader.numbers(key, value, MIN_TOTAL, MAX_TOTAL);
                lists.totals = Some((value.to_owned(), parsed));
            }
            DOOM_PRIOR => {
                let parsed = reader.numbers(key, value, 0.0, MAX_WEIGHT);
                lists.weights = Some((value.to_owned(), parsed));
            }
            DOOM_NAMES => lists.names = Some(value.to_owned()),
            _ if Section::Lab.keys().contains(&key) => {
                lab_pairs.push((key.to_owned(), value.to_owned()))
            }
            _ => {}
        }
    }
    if let Some(explainer) = walk {
        let steps = explainer.steps().len();
        let step = step as usize;
        if (1..=steps).contains(&step) {
            params.walk = Some((explainer, step));
        } else {
            let message = format!(
                "{} has steps 1 to {steps}; starting at 1",
                explainer.title()
            );
            reader
                .problems
                .push(UrlProblem::new(STEP, &step.to_string(), message));
            params.walk = Some((explainer, 1));
        }
    }
    params.lab = read_lab(&mut reader, &lab_pairs);
    if let Some(hypotheses) = lists.assemble(&mut reader) {
        doom.hypotheses = hypotheses;
    }
    if doom.early > doom.doublings {
        let message = format!(
            "{DOOM_EARLY} cannot exceed {DOOM_DOUBLINGS} ({}); using {}",
            doom.doublings, doom.doublings
        );
        reader.problems.push(UrlProblem::new(
            DOOM_EARLY,
            &doom.early.to_string(),
            message,
        ));
        doom.early = doom.doublings;
    }
    if doom.lo >= doom.hi {
        let defaults = DoomsdayParams::default();
        let shown = format!(
            "{}..{}",
            format_for_input(doom.lo),
            format_for_input(doom.hi)
        );
        let message = format!(
            "{DOOM_LO} must be below {DOOM_HI}; using {} to {}",
            format_for_input(defaults.lo),
            format_for_input(defaults.hi)
        );
        reader
            .problems
            .push(UrlProblem::new(DOOM_LO, &shown, message));
        (doom.lo, doom.hi) = (defaults.lo, defaults.hi);
    }
    Decoded {
        params,
        problems: reader.problems,
    }
}

/// The lab's settings from its pairs: the preset's mix first (whatever the order of the pairs),
/// then each other key over it.
fn read_lab(reader: &mut Reader, pairs: &[(String, String)]) -> LabParams {
    let mut lab = LabParams::default();
    let mut preset = Preset::Unfiltered;
    for (key, value) in pairs.iter().filter(|(key, _)| key == LAB_PRESET) {
        reader.word(key, value, &mut preset);
    }
    let mut seed = lab.mix.seed as u32;
    for (key, value) in pairs.iter().filter(|(key, _)| key == LAB_SEED) {
        reader.whole(key, value, MAX_LAB_SEED, &mut seed);
    }
    lab.mix = preset
        .mix(u64::from(seed))
        .unwrap_or_else(|| Mix::unfiltered(u64::from(seed)));
    let mix = &mut lab.mix;
    for (key, value) in pairs {
        let (key, value) = (key.as_str(), value.as_str());
        match key {
            LAB_AI => reader.number(key, value, 0.0, MAX_AI_SHARE, &mut mix.ai_share),
            LAB_NATURAL => reader.number(key, value, 0.0, 1.0, &mut mix.natural_misaligned),
            LAB_FILTER => reader.word(key, value, &mut mix.filtered),
            LAB_ALIGNED => reader.number(
                key,
                value,
                0.0,
                MAX_SYNTHETIC_SHARE,
                &mut mix.synthetic_aligned,
            ),
            LAB_MISALIGNED => reader.number(
                key,
                value,
                0.0,
                MAX_SYNTHETIC_SHARE,
                &mut mix.synthetic_misaligned,
            ),
            LAB_INSERTION => reader.word(key, value, &mut mix.insertion),
            LAB_DOCUMENTS => reader.problems.push(UrlProblem::new(
                key,
                value,
                format!(
                    "{LAB_DOCUMENTS} is no longer used: the lab's corpus has a fixed size since \
                     its second design; ignored"
                ),
            )),
            LAB_TEMPERATURE => {
                reader.number(key, value, 0.0, MAX_TEMPERATURE, &mut lab.temperature)
            }
            LAB_HHH => reader.word(key, value, &mut lab.hhh),
            LAB_AUTORUN => reader.word(key, value, &mut lab.autorun),
            _ => {}
        }
    }
    lab
}

/// Percent-encodes a query key or value, leaving letters, digits, `-._~` and the list
/// separator `,` readable, and writing spaces as `+`.
fn encode_component(text: &str, out: &mut String) {
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b',' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
}

/// Builds a query string pair by pair.
#[derive(Default)]
struct Writer {
    query: String,
}

impl Writer {
    fn pair(&mut self, key: &str, value: &str) {
        if !self.query.is_empty() {
            self.query.push('&');
        }
        encode_component(key, &mut self.query);
        self.query.push('=');
        encode_component(value, &mut self.query);
    }

    /// Writes `key=value` only when `value` differs from `default`.
    fn word<T: UrlWord>(&mut self, key: &str, value: T, default: T) {
        if value != default {
            self.pair(key, value.word());
        }
    }

    fn number(&mut self, key: &str, value: f64, default: f64) {
        if value != default {
            self.pair(key, &format_for_input(value));
        }
    }

    fn whole(&mut self, key: &str, value: u32, default: u32) {
        if value != default {
            self.pair(key, &value.to_string());
        }
    }

    fn list<T>(&mut self, key: &str, items: &[Hypothesis], field: impl Fn(&Hypothesis) -> T)
    where
        T: fmt::Display,
    {
        let values: Vec<String> = items.iter().map(|h| field(h).to_string()).collect();
        self.pair(key, &values.join(","));
    }
}

/// Writes page state into a query string without the leading `?` (empty for the default state).
///
/// The pairs of `previous_query` whose keys this codec does not own come first, unchanged; then
/// each parameter that differs from its default. Hypotheses are written as three parallel
/// lists (`doom.n`, `doom.prior`, `doom.names`) whenever any of them differs from the default.
pub fn encode(params: &Params, previous_query: &str) -> String {
    encode_sections(params, previous_query, &Section::ALL)
}

/// Like [`encode`], but rewrites only the keys of `sections`: every other pair of
/// `previous_query`, another section's included, is kept as it was.
pub fn encode_sections(params: &Params, previous_query: &str, sections: &[Section]) -> String {
    let previous_query = previous_query.strip_prefix('?').unwrap_or(previous_query);
    let mut out = Writer::default();
    for (key, value) in form_urlencoded::parse(previous_query.as_bytes()) {
        if !sections.iter().any(|s| s.keys().contains(&key.as_ref())) {
            out.pair(&key, &value);
        }
    }
    let defaults = Params::default();
    for section in sections {
        match section {
            Section::Frame => {
                out.word(THEME, params.theme, defaults.theme);
                if let Some(explainer) = params.embed {
                    out.pair(EMBED, explainer.word());
                }
                out.word(PRESENTER, params.presenter, defaults.presenter);
                if let Some((explainer, step)) = params.walk {
                    out.pair(WALK, explainer.word());
                    out.pair(STEP, &step.to_string());
                }
            }
            Section::Alignment => write_alignment(&mut out, &params.alignment, &defaults.alignment),
            Section::Doomsday => write_doomsday(&mut out, &params.doomsday, &defaults.doomsday),
            Section::Lab => write_lab(&mut out, &params.lab, &defaults.lab),
        }
    }
    out.query
}

fn write_alignment(out: &mut Writer, align: &AlignmentParams, defaults: &AlignmentParams) {
    out.word(ALIGN_SET, align.eval_set, defaults.eval_set);
    out.word(ALIGN_PROMPT, align.post_prompt, defaults.post_prompt);
    out.word(
        ALIGN_FILTER,
        align.persona.filtered,
        defaults.persona.filtered,
    );
    for (key, field) in ALIGN_PERSONA {
        out.number(key, field.get(&align.persona), field.get(&defaults.persona));
    }
}

fn write_doomsday(out: &mut Writer, doom: &DoomsdayParams, default_doom: &DoomsdayParams) {
    out.word(DOOM_MODE, doom.mode, default_doom.mode);
    out.word(DOOM_RULE, doom.rule, default_doom.rule);
    out.word(DOOM_COMPARE, doom.compare, default_doom.compare);
    out.number(DOOM_RANK, doom.rank, default_doom.rank);
    if doom.hypotheses != default_doom.hypotheses {
        out.list(DOOM_N, &doom.hypotheses, |h| format_for_input(h.total));
        out.list(DOOM_PRIOR, &doom.hypotheses, |h| format_for_input(h.weight));
        out.list(DOOM_NAMES, &doom.hypotheses, |h| h.name.clone());
    }
    out.number(
        DOOM_REFCLASS,
        doom.reference_fraction,
        default_doom.reference_fraction,
    );
    out.word(DOOM_SHAPE, doom.shape, default_doom.shape);
    out.number(DOOM_LO, doom.lo, default_doom.lo);
    out.number(DOOM_HI, doom.hi, default_doom.hi);
    out.number(DOOM_THRESHOLD, doom.threshold, default_doom.threshold);
    out.whole(DOOM_SEED, doom.seed, default_doom.seed);
    out.whole(DOOM_DOUBLINGS, doom.doublings, default_doom.doublings);
    out.whole(DOOM_EARLY, doom.early, default_doom.early);
}

/// The preset (unless Unfiltered), then each mix value that differs from the preset's (from the
/// default mix's for a custom one).
fn write_lab(out: &mut Writer, lab: &LabParams, defaults: &LabParams) {
    let mix = &lab.mix;
    let preset = lab.preset();
    out.word(LAB_PRESET, preset, Preset::Unfiltered);
    out.whole(LAB_SEED, mix.seed as u32, defaults.mix.seed as u32);
    let base = preset.mix(mix.seed).unwrap_or_else(|| Mix {
        seed: mix.seed,
        ..defaults.mix.clone()
    });
    out.number(LAB_AI, mix.ai_share, base.ai_share);
    out.number(LAB_NATURAL, mix.natural_misaligned, base.natural_misaligned);
    out.word(LAB_FILTER, mix.filtered, base.filtered);
    out.number(LAB_ALIGNED, mix.synthetic_aligned, base.synthetic_aligned);
    out.number(
        LAB_MISALIGNED,
        mix.synthetic_misaligned,
        base.synthetic_misaligned,
    );
    out.word(LAB_INSERTION, mix.insertion, base.insertion);
    out.word(LAB_HHH, lab.hhh, defaults.hhh);
    out.number(LAB_TEMPERATURE, lab.temperature, defaults.temperature);
    out.word(LAB_AUTORUN, lab.autorun, defaults.autorun);
}

/// `url` without its `#fragment`, without the query pairs whose keys are in `dropped`, and with
/// `added` appended to the query: `https://h/p?a=1&embed=x#s` less `embed` is `https://h/p?a=1`.
pub fn rewrite_url(url: &str, dropped: &[&str], added: &[(&str, &str)]) -> String {
    let without_fragment = url.split('#').next().unwrap_or(url);
    let (base, query) = without_fragment
        .split_once('?')
        .unwrap_or((without_fragment, ""));
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        if !dropped.contains(&key.as_ref()) {
            out.append_pair(&key, &value);
        }
    }
    out.extend_pairs(added);
    let query = out.finish();
    if query.is_empty() {
        base.to_owned()
    } else {
        format!("{base}?{query}")
    }
}
