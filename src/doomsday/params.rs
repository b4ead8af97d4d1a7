//! The doomsday explainer's settings, their URL keys, limits and defaults, how actions change
//! them, and `normalise`, the one place their rules live. Pure.

use crate::doomsday::model::{Hypothesis, Rule};
pub use crate::doomsday::petri::MAX_DOUBLINGS;
use crate::explainer::Settings;
use crate::keys::{self, Key};
use crate::number_format::format_for_input;
use crate::url::{RuleProblem, Rules, UrlWord};
use crate::{count_value, number_value, whole_value, word_value};

/// The URL key of each setting (`docs/url-parameters.md`); all start with [`KEY_PREFIX`].
pub const KEY_PREFIX: &str = "doom.";
pub const MODE_KEY: &str = "doom.mode";
pub const RULE_KEY: &str = "doom.rule";
pub const COMPARE_KEY: &str = "doom.compare";
pub const RANK_KEY: &str = "doom.rank";
pub const TOTALS_KEY: &str = "doom.n";
pub const PRIORS_KEY: &str = "doom.prior";
pub const NAMES_KEY: &str = "doom.names";
pub const REFCLASS_KEY: &str = "doom.refclass";
pub const SHAPE_KEY: &str = "doom.shape";
pub const LO_KEY: &str = "doom.lo";
pub const HI_KEY: &str = "doom.hi";
pub const THRESHOLD_KEY: &str = "doom.threshold";
pub const SEED_KEY: &str = "doom.seed";
pub const DOUBLINGS_KEY: &str = "doom.doublings";
pub const EARLY_KEY: &str = "doom.early";

/// Limits on what a reader may set, enforced by [`DoomsdayParams::normalise`]; the inputs offer
/// the same ranges.
pub const MIN_TOTAL: f64 = 1.0;
pub const MAX_TOTAL: f64 = 1e40;
pub const MAX_WEIGHT: f64 = 1e9;
pub const MAX_HYPOTHESES: usize = 12;
pub const MAX_NAME_CHARS: usize = 40;

/// Every key of the doomsday explainer's settings but the hypothesis lists (`doom.n`,
/// `doom.prior`, `doom.names`, read and written together by `doomsday::url`), declared once, in
/// the order a link writes them (the lists after the first [`KEYS_BEFORE_LISTS`]): the codec,
/// `normalise`'s limits, the controls' limits and docs/url-parameters.md's rows come from here.
pub static KEYS: [Key<DoomsdayParams>; 12] = [
    Key {
        name: MODE_KEY,
        value: word_value!(DoomsdayParams, Mode, mode),
        control: "\"Hypotheses\" / \"Continuous prior\" tabs in the doomsday section",
        meaning: "A list of named hypotheses, or a prior density over N.",
    },
    Key {
        name: RULE_KEY,
        value: word_value!(DoomsdayParams, Rule, rule),
        control: "\"How does your own rank count as evidence?\" radio buttons",
        meaning: "The Self-Sampling or the Self-Indication Assumption.",
    },
    Key {
        name: COMPARE_KEY,
        value: word_value!(DoomsdayParams, bool, compare),
        control: "\"Show both rules side by side\" checkbox",
        meaning: "Adds the other rule's Bayes table beside the chosen one.",
    },
    Key {
        name: RANK_KEY,
        value: count_value!(DoomsdayParams, rank, MIN_TOTAL, MAX_TOTAL),
        control: "birth-rank slider, typed field, published-estimates menu, and the draggable rank in the result sentence",
        meaning: "Our birth rank r.",
    },
    Key {
        name: REFCLASS_KEY,
        value: number_value!(DoomsdayParams, reference_fraction, 0.0, 1.0),
        control: "\"Who counts as an observer like us\" slider and field",
        meaning: "Of the humans born after us, the fraction in our reference class: N is counted as r + f·(N − r).",
    },
    Key {
        name: SHAPE_KEY,
        value: word_value!(DoomsdayParams, Shape, shape),
        control: "prior-shape radio buttons in the continuous tab",
        meaning: "The prior density over N: ∝ 1/N or flat on [lo, hi], or log-normal with [lo, hi] as its central 95% interval.",
    },
    Key {
        name: LO_KEY,
        value: count_value!(DoomsdayParams, lo, MIN_TOTAL, MAX_TOTAL),
        control: "\"Smallest N\" slider and field",
        meaning: "Lower end of the continuous prior. A link with `doom.lo` at or above `doom.hi` is reported, and both take their defaults (1e10 and 1e30); the controls refuse such a value, keep the last valid one and say why.",
    },
    Key {
        name: HI_KEY,
        value: count_value!(DoomsdayParams, hi, MIN_TOTAL, MAX_TOTAL),
        control: "\"Largest N\" slider and field",
        meaning: "Upper end of the continuous prior; above `doom.lo`.",
    },
    Key {
        name: THRESHOLD_KEY,
        value: count_value!(DoomsdayParams, threshold, MIN_TOTAL, MAX_TOTAL),
        control: "\"Threshold\" slider and field in the continuous tab",
        meaning: "The continuous view reports P(N > threshold) under each rule.",
    },
    Key {
        name: SEED_KEY,
        value: whole_value!(DoomsdayParams, seed, MAX_SEED),
        control: "\"Random seed\" field of the simulation",
        meaning: "The same seed repeats the same simulated draws.",
    },
    Key {
        name: DOUBLINGS_KEY,
        value: whole_value!(DoomsdayParams, doublings, MAX_DOUBLINGS),
        control: "\"Doublings in the dish's life, G\" slider of the Petri dish",
        meaning: "The dish's bacteria double G times in all.",
    },
    Key {
        name: EARLY_KEY,
        value: whole_value!(DoomsdayParams, early, MAX_DOUBLINGS),
        control: "\"Early doublings, k\" slider",
        meaning: "The Petri dish asks about the bacteria of the first k + 1 generations; at most `doom.doublings`. A link with a value above `doom.doublings` is reported, and both take their defaults (3 and 30); the controls refuse such a value, keep the last valid one and say why.",
    },
];

/// How many of [`KEYS`] a link writes before the hypothesis lists.
pub const KEYS_BEFORE_LISTS: usize = 4;

/// Our birth rank by default: PRB's ~117 billion born by 2022 plus about 4 years of ~130 million
/// births a year (reference notes §2.5).
pub const DEFAULT_RANK: f64 = 1.175e11;

/// Which form of the prior the reader works with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    /// A list of named hypotheses, each with a total N and a prior weight.
    #[default]
    Discrete,
    /// A prior density over N on an interval.
    Continuous,
}

/// The shape of the continuous prior over N on `[lo, hi]`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Shape {
    /// `p(N) ∝ 1/N`: every order of magnitude equally likely.
    #[default]
    LogUniform,
    /// `p(N) ∝ 1`: every value equally likely.
    Uniform,
    /// `ln N` normally distributed, with `[lo, hi]` its central 95% interval.
    LogNormal,
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

/// A published estimate of how many humans have been born, offered as a birth rank.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RankEstimate {
    pub rank: f64,
    pub label: &'static str,
    pub source: &'static str,
}

/// The estimates of reference notes §2.5, the default first.
pub const RANK_ESTIMATES: &[RankEstimate] = &[
    RankEstimate {
        rank: DEFAULT_RANK,
        label: "117.5 billion: PRB's 117 billion by 2022, plus births to 2026",
        source: "Kaneda & Haub, PRB (2022), plus ~130 million births a year",
    },
    RankEstimate {
        rank: 1.085e11,
        label: "108.5 billion: PRB, c. 2020",
        source: "Kaneda, PRB (c. 2019–2020)",
    },
    RankEstimate {
        rank: 1e11,
        label: "100 billion: Lampton (2019)",
        source: "Lampton (2019), arXiv:1909.11031",
    },
    RankEstimate {
        rank: 7.6e10,
        label: "76 billion: Keyfitz",
        source: "Keyfitz, as reported by PRB",
    },
    RankEstimate {
        rank: 7e10,
        label: "70 billion: Bostrom & Ćirković",
        source: "Bostrom & Ćirković, reply to Olum; Gerig et al. (2013)",
    },
    RankEstimate {
        rank: 6e10,
        label: "60 billion: Leslie (1996), Bostrom",
        source: "Leslie (1996); Bostrom (2001)",
    },
];

/// Everything the doomsday explainer shows, as permalinked in `doom.*` URL parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct DoomsdayParams {
    pub mode: Mode,
    pub rule: Rule,
    /// Show the other rule's result beside the chosen one.
    pub compare: bool,
    /// Our birth rank r.
    pub rank: f64,
    pub hypotheses: Vec<Hypothesis>,
    /// Of the humans born after us, the fraction who count as observers like us (0 to 1).
    pub reference_fraction: f64,
    pub shape: Shape,
    pub lo: f64,
    pub hi: f64,
    /// The N whose posterior tail probability P(N > threshold) the continuous view reports.
    pub threshold: f64,
    /// The simulation's random seed: the same seed gives the same draws.
    pub seed: u32,
    /// The Petri dish: how many times the population doubles, G.
    pub doublings: u32,
    /// The Petri dish: the early generations asked about, the first k + 1 (0 to k).
    pub early: u32,
}

/// The illustrative Stars and Dust hypotheses (reference notes §1): not the source post's numbers.
pub fn stars_and_dust() -> Vec<Hypothesis> {
    vec![
        Hypothesis {
            name: "Stars".into(),
            total: 1e20,
            weight: 1.0,
        },
        Hypothesis {
            name: "Dust".into(),
            total: 1.2e11,
            weight: 1.0,
        },
    ]
}

impl Default for DoomsdayParams {
    fn default() -> Self {
        Self {
            mode: Mode::Discrete,
            rule: Rule::Ssa,
            compare: false,
            rank: DEFAULT_RANK,
            hypotheses: stars_and_dust(),
            reference_fraction: 1.0,
            shape: Shape::LogUniform,
            lo: 1e10,
            hi: 1e30,
            threshold: 1e12,
            seed: 1,
            doublings: 30,
            early: 3,
        }
    }
}

/// The name a hypothesis gets when none is given: `H1`, `H2`, ...
pub fn default_name(index: usize) -> String {
    format!("H{}", index + 1)
}

/// A name as the page keeps it: trimmed, without commas (they separate names in the URL), at
/// most [`MAX_NAME_CHARS`] characters, and `H{index+1}` when nothing is left.
pub fn clean_name(text: &str, index: usize) -> String {
    let cleaned: String = text
        .chars()
        .filter(|c| *c != ',' && !c.is_control())
        .take(MAX_NAME_CHARS)
        .collect();
    let cleaned = cleaned.trim();
    if cleaned.is_empty() {
        default_name(index)
    } else {
        cleaned.to_owned()
    }
}

/// A worked example that sets the hypotheses, the rank and the rule at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Example {
    StarsAndDust,
    TwoUrns,
    Paulos,
    Bostrom,
    PresumptuousPhilosopher,
}

impl Example {
    pub const ALL: [Example; 5] = [
        Self::StarsAndDust,
        Self::TwoUrns,
        Self::Paulos,
        Self::Bostrom,
        Self::PresumptuousPhilosopher,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::StarsAndDust => "Stars against Dust (illustrative numbers)",
            Self::TwoUrns => "Two urns: 10 or 1,000,000 balls, ball 7 drawn",
            Self::Paulos => "Paulos: 10 or 10,000 balls, 5% prior, ball 8",
            Self::Bostrom => "Bostrom: 200 billion or 200 trillion humans, 5% prior",
            Self::PresumptuousPhilosopher => "Presumptuous philosopher: 10^24 or 10^36 observers",
        }
    }

    /// The hypotheses and rank of the example, as its source states them. Names hold no commas:
    /// commas separate names in the URL.
    fn setup(self) -> (Vec<Hypothesis>, f64) {
        let pair = |a: (&str, f64, f64), b: (&str, f64, f64)| {
            [a, b]
                .into_iter()
                .map(|(name, total, weight)| Hypothesis {
                    name: name.into(),
                    total,
                    weight,
                })
                .collect()
        };
        match self {
            Self::StarsAndDust => (stars_and_dust(), DEFAULT_RANK),
            Self::TwoUrns => (
                pair(("10 balls", 10.0, 1.0), ("1 million balls", 1e6, 1.0)),
                7.0,
            ),
            Self::Paulos => (
                pair(("10 balls", 10.0, 0.05), ("10 thousand balls", 1e4, 0.95)),
                8.0,
            ),
            Self::Bostrom => (
                pair(("200 billion", 2e11, 0.05), ("200 trillion", 2e14, 0.95)),
                6e10,
            ),
            Self::PresumptuousPhilosopher => (pair(("T1", 1e24, 1.0), ("T2", 1e36, 1.0)), 1.0),
        }
    }
}

/// Every change the doomsday explainer can make to its settings.
#[derive(Clone, Debug, PartialEq)]
pub enum DoomsdayAction {
    SetMode(Mode),
    SetRule(Rule),
    SetCompare(bool),
    SetRank(f64),
    SetTotal(usize, f64),
    SetWeight(usize, f64),
    /// Sets hypothesis `i`'s normalised prior to a share in `[0, 1]`, scaling the other weights
    /// so that their proportions are kept and everything sums to 1.
    SetPriorShare(usize, f64),
    SetName(usize, String),
    AddHypothesis,
    RemoveHypothesis(usize),
    LoadExample(Example),
    SetReferenceFraction(f64),
    SetShape(Shape),
    SetLo(f64),
    SetHi(f64),
    SetThreshold(f64),
    SetSeed(f64),
    SetDoublings(f64),
    SetEarly(f64),
    Reset,
}

impl Settings for DoomsdayParams {
    type Action = DoomsdayAction;

    /// Applies one action as asked; `normalise` then brings the result within the
    /// limits. An index that does not exist is ignored, and the list never drops below one or
    /// grows past twelve hypotheses.
    fn change(&mut self, action: DoomsdayAction) {
        match action {
            DoomsdayAction::SetMode(mode) => self.mode = mode,
            DoomsdayAction::SetRule(rule) => self.rule = rule,
            DoomsdayAction::SetCompare(compare) => self.compare = compare,
            DoomsdayAction::SetRank(rank) => self.rank = rank,
            DoomsdayAction::SetTotal(i, total) => {
                if let Some(h) = self.hypotheses.get_mut(i) {
                    h.total = total;
                }
            }
            DoomsdayAction::SetWeight(i, weight) => {
                if let Some(h) = self.hypotheses.get_mut(i) {
                    h.weight = weight;
                }
            }
            DoomsdayAction::SetPriorShare(i, share) => self.set_prior_share(i, share),
            DoomsdayAction::SetName(i, name) => {
                if let Some(h) = self.hypotheses.get_mut(i) {
                    h.name = name;
                }
            }
            DoomsdayAction::AddHypothesis => {
                if self.hypotheses.len() < MAX_HYPOTHESES {
                    let index = self.hypotheses.len();
                    let total = self
                        .hypotheses
                        .last()
                        .map_or(1e12, |h| (h.total * 10.0).min(MAX_TOTAL));
                    self.hypotheses.push(Hypothesis {
                        name: default_name(index),
                        total,
                        weight: 1.0,
                    });
                }
            }
            DoomsdayAction::RemoveHypothesis(i) => {
                if self.hypotheses.len() > 1 && i < self.hypotheses.len() {
                    self.hypotheses.remove(i);
                }
            }
            DoomsdayAction::LoadExample(example) => {
                let (hypotheses, rank) = example.setup();
                *self = Self {
                    hypotheses,
                    rank,
                    rule: if example == Example::PresumptuousPhilosopher {
                        Rule::Sia
                    } else {
                        Rule::Ssa
                    },
                    compare: self.compare,
                    ..Self::default()
                };
            }
            DoomsdayAction::SetReferenceFraction(f) => self.reference_fraction = f,
            DoomsdayAction::SetShape(shape) => self.shape = shape,
            DoomsdayAction::SetLo(lo) => self.lo = lo,
            DoomsdayAction::SetHi(hi) => self.hi = hi,
            DoomsdayAction::SetThreshold(t) => self.threshold = t,
            DoomsdayAction::SetSeed(seed) => self.seed = whole(seed),
            DoomsdayAction::SetDoublings(g) => self.doublings = whole(g),
            DoomsdayAction::SetEarly(k) => self.early = whole(k),
            DoomsdayAction::Reset => *self = Self::default(),
        }
    }

    /// The settings within every rule, with a problem for each value changed:
    /// - every declared key within its limits ([`KEYS`]: the rank, `lo`, `hi` and the threshold
    ///   whole numbers in `[1, 1e40]`, the reference fraction in `[0, 1]`, the seed at most [`MAX_SEED`], the
    ///   doublings and the early doublings at most [`MAX_DOUBLINGS`]; NaN becomes the default);
    /// - totals whole numbers in `[1, 1e40]`; weights in `[0, 1e9]`;
    /// - one to twelve hypotheses, names cleaned by [`clean_name`];
    /// - `lo < hi`, else both take their defaults;
    /// - `early ≤ doublings`, else both take their defaults.
    ///
    /// A rule relating two fields never moves one of them to meet the other: a link that breaks
    /// it gets both defaults, and a reader's change that breaks it is refused (the island keeps
    /// the settings from before it and shows the reason).
    fn normalise(mut self) -> (Self, Vec<RuleProblem>) {
        let defaults = Self::default();
        let mut rules = Rules::default();
        keys::hold(&KEYS, &mut self, &defaults, &mut rules);
        let total = (MIN_TOTAL, MAX_TOTAL);
        if self.hypotheses.is_empty() {
            rules.problem(TOTALS_KEY, "", "no hypotheses", "the defaults");
            self.hypotheses = defaults.hypotheses.clone();
        }
        if self.hypotheses.len() > MAX_HYPOTHESES {
            let shown = self.hypotheses.len().to_string();
            let reason = format!("at most {MAX_HYPOTHESES} hypotheses");
            rules.problem(
                TOTALS_KEY,
                &shown,
                reason,
                format!("the first {MAX_HYPOTHESES}"),
            );
            self.hypotheses.truncate(MAX_HYPOTHESES);
        }
        for (i, h) in self.hypotheses.iter_mut().enumerate() {
            rules.count(TOTALS_KEY, &mut h.total, total.0, total.1, MIN_TOTAL);
            rules.number(PRIORS_KEY, &mut h.weight, 0.0, MAX_WEIGHT, 0.0);
            h.name = clean_name(&h.name, i);
        }
        if self.lo >= self.hi {
            let (lo, hi) = (format_for_input(self.lo), format_for_input(self.hi));
            let reason = format!("lo ({lo}) must be below hi ({hi})");
            let used = format!(
                "the defaults, {} and {}",
                format_for_input(defaults.lo),
                format_for_input(defaults.hi)
            );
            rules.problem(LO_KEY, &lo, reason, used);
            (self.lo, self.hi) = (defaults.lo, defaults.hi);
        }
        if self.early > self.doublings {
            let reason = format!("k ({}) cannot exceed G ({})", self.early, self.doublings);
            let used = format!(
                "the defaults, {} and {}",
                defaults.early, defaults.doublings
            );
            rules.problem(EARLY_KEY, &self.early.to_string(), reason, used);
            (self.early, self.doublings) = (defaults.early, defaults.doublings);
        }
        (self, rules.finish())
    }
}

impl DoomsdayParams {
    /// `w_i ← s`, `w_j ← (1 − s) · w_j / Σ_{k≠i} w_k` (equal shares when the others are all 0).
    fn set_prior_share(&mut self, i: usize, share: f64) {
        if i >= self.hypotheses.len() || share.is_nan() {
            return;
        }
        let share = share.clamp(0.0, 1.0);
        let others: f64 = self
            .hypotheses
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, h)| h.weight)
            .sum();
        let count_others = (self.hypotheses.len() - 1) as f64;
        for (j, h) in self.hypotheses.iter_mut().enumerate() {
            h.weight = if j == i {
                share
            } else if others > 0.0 {
                (1.0 - share) * h.weight / others
            } else {
                (1.0 - share) / count_others
            };
        }
    }

    /// The hypotheses with each total counted within the reference class:
    /// `N' = r + f · (N − r)` for `N ≥ r` (everyone born up to us counts, and a fraction `f` of
    /// those born after us); a hypothesis with `N < r` keeps its `N` and stays refuted.
    pub fn counted_hypotheses(&self) -> Vec<Hypothesis> {
        self.hypotheses
            .iter()
            .map(|h| Hypothesis {
                total: counted_total(h.total, self.rank, self.reference_fraction),
                ..h.clone()
            })
            .collect()
    }
}

/// The largest seed a reader can type (seeds are whole numbers from 0).
pub const MAX_SEED: u32 = 1_000_000_000;

/// `value` rounded to a whole number from 0 (0 for NaN; `normalise` applies the maximum).
fn whole(value: f64) -> u32 {
    if value.is_nan() {
        0
    } else {
        value.round().clamp(0.0, f64::from(u32::MAX)) as u32
    }
}

/// `N' = r + f · (N − r)` when `N ≥ r`, else `N`: the total within the reference class.
pub fn counted_total(total: f64, rank: f64, fraction: f64) -> f64 {
    if total >= rank {
        rank + fraction * (total - rank)
    } else {
        total
    }
}
