//! The generic half of the URL codec: reading and writing query pairs, [`UrlWord`], and the
//! problems a link can have. Each explainer's section (its keys, its decoder and its writer) is in
//! its own folder (`src/<explainer>/url.rs`), the frame's in `src/frame/url.rs`.
//!
//! A decoder never fails: every malformed value becomes a [`UrlProblem`] and the default stays in
//! its place. A writer writes only values that differ from their defaults, and a section rewrites
//! only its own keys, keeping every other pair (another section's, a host page's `utm_source`)
//! exactly as it found it. Every key is listed in `docs/url-parameters.md`.

use std::fmt;

use crate::number_format::{format_for_input, parse_number, NumberError};

/// How much of a malformed value a notice repeats before cutting it short.
const SHOWN_VALUE_CHARS: usize = 60;

/// One setting that could not be used as given, with what was used instead: from a link (shown
/// in the page's notice) or from a change that broke one of a settings type's rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrlProblem {
    pub key: String,
    /// The value as found, cut to its first 60 characters (and "…") if it was longer.
    pub value: String,
    pub message: String,
}

impl UrlProblem {
    pub fn new(key: &str, value: &str, message: impl Into<String>) -> Self {
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

/// A query string (with or without its leading `?`) as its decoded pairs, in order.
pub fn pairs(query: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    form_urlencoded::parse(query.as_bytes())
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
        .collect()
}

/// Reads values into settings, collecting the problems met on the way. It checks only that a
/// value reads (a word it knows, a number, a whole number); each settings type's `normalise`
/// checks the ranges and the rules between values.
#[derive(Default)]
pub struct Reader {
    problems: Vec<UrlProblem>,
}

impl Reader {
    /// Records a problem with `key=value`.
    pub fn problem(&mut self, key: &str, value: &str, message: impl Into<String>) {
        self.problems.push(UrlProblem::new(key, value, message));
    }

    /// `target` becomes the word's variant, or stays as it is while the problem is recorded.
    pub fn word<T: UrlWord>(&mut self, key: &str, value: &str, target: &mut T) {
        match T::from_word(value) {
            Ok(parsed) => *target = parsed,
            Err(reason) => {
                let kept = target.word();
                self.problem(key, value, format!("{reason}; using {kept}"));
            }
        }
    }

    /// `target` becomes the number if it reads (numbers beyond f64's range read as ±∞, which
    /// `normalise` then brings into range).
    pub fn number(&mut self, key: &str, value: &str, target: &mut f64) {
        match parse_number(value, f64::NEG_INFINITY, f64::INFINITY) {
            Ok(parsed) => *target = parsed,
            Err(reason) => {
                let kept = format_for_input(*target);
                self.problem(key, value, format!("{reason}; using {kept}"));
            }
        }
    }

    /// `target` becomes the whole number if it reads and is at least 0 (above `u32::MAX`, it
    /// becomes `u32::MAX`, which `normalise` then brings into range).
    pub fn whole(&mut self, key: &str, value: &str, target: &mut u32) {
        match parse_number(value, 0.0, f64::INFINITY) {
            Ok(parsed) if parsed.fract() == 0.0 || parsed.is_infinite() => {
                *target = parsed.min(f64::from(u32::MAX)) as u32
            }
            Ok(_) => self.problem(
                key,
                value,
                format!("must be a whole number; using {target}"),
            ),
            Err(reason) => self.problem(key, value, format!("{reason}; using {target}")),
        }
    }

    /// A comma-separated list of at most `max_len` numbers, or `None` (with the problem recorded).
    pub fn numbers(&mut self, key: &str, value: &str, max_len: usize) -> Option<Vec<f64>> {
        let items: Vec<&str> = value.split(',').collect();
        if items.len() > max_len {
            let message = format!("at most {max_len} values; using the defaults");
            self.problem(key, value, message);
            return None;
        }
        let parsed: Result<Vec<f64>, _> = items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                parse_number(item, f64::NEG_INFINITY, f64::INFINITY)
                    .map_err(|e| format!("value {}: {e}", i + 1))
            })
            .collect();
        match parsed {
            Ok(numbers) => Some(numbers),
            Err(reason) => {
                self.problem(key, value, format!("{reason}; using the defaults"));
                None
            }
        }
    }

    /// The problems of reading, then those `normalise` found, each of the latter showing the
    /// value as the link wrote it (its last occurrence) rather than as it was read.
    pub fn finish(
        mut self,
        normalised: Vec<RuleProblem>,
        pairs: &[(String, String)],
    ) -> Vec<UrlProblem> {
        for problem in normalised {
            let written = pairs.iter().rev().find(|(key, _)| *key == problem.key);
            let shown = written.map_or(problem.shown.as_str(), |(_, value)| value.as_str());
            self.problems
                .push(UrlProblem::new(&problem.key, shown, problem.message()));
        }
        self.problems
    }
}

/// A value that broke one of a settings type's rules: why, and what `normalise` used instead.
/// A link's reader turns it into a [`UrlProblem`] for the notice; a reader's change that breaks
/// a rule is refused, with its `reason`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleProblem {
    pub key: String,
    /// The value as it was.
    pub shown: String,
    /// What is wrong (`lo (1e35) must be below hi (1e30)`).
    pub reason: String,
    /// What was used instead (`1e10`, `the defaults, 1e10 and 1e30`).
    pub used: String,
}

impl RuleProblem {
    /// `{reason}; using {used}`: the notice's words.
    pub fn message(&self) -> String {
        format!("{}; using {}", self.reason, self.used)
    }
}

impl fmt::Display for RuleProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let problem = UrlProblem::new(&self.key, &self.shown, self.message());
        write!(f, "{problem}")
    }
}

/// Collects the problems a settings type's `normalise` finds while it brings each value within
/// its rules: a value out of range becomes the nearest one allowed, NaN the default.
#[derive(Default)]
pub struct Rules {
    problems: Vec<RuleProblem>,
}

impl Rules {
    /// Records that `key`'s value `shown` broke a rule (`reason`), and what was used instead.
    pub fn problem(
        &mut self,
        key: &str,
        shown: &str,
        reason: impl Into<String>,
        used: impl Into<String>,
    ) {
        self.problems.push(RuleProblem {
            key: key.to_owned(),
            shown: shown.to_owned(),
            reason: reason.into(),
            used: used.into(),
        });
    }

    /// `value` within `[min, max]`; NaN becomes `fallback`.
    pub fn number(&mut self, key: &str, value: &mut f64, min: f64, max: f64, fallback: f64) {
        let shown = format_for_input(*value);
        let (kept, reason) = if value.is_nan() {
            (fallback, "Not a number".to_owned())
        } else if *value < min {
            (min, NumberError::BelowMinimum(min).to_string())
        } else if *value > max {
            (max, NumberError::AboveMaximum(max).to_string())
        } else {
            return;
        };
        *value = kept;
        self.problem(key, &shown, reason, format_for_input(kept));
    }

    /// `value` within `[min, max]` (NaN becomes `fallback`), then rounded to the nearest whole
    /// number: a count held as `f64`.
    pub fn count(&mut self, key: &str, value: &mut f64, min: f64, max: f64, fallback: f64) {
        self.number(key, value, min, max, fallback);
        if value.fract() != 0.0 {
            let shown = format_for_input(*value);
            *value = value.round();
            let used = format_for_input(*value);
            self.problem(key, &shown, NumberError::NotWhole.to_string(), used);
        }
    }

    /// `value` at most `max`.
    pub fn whole(&mut self, key: &str, value: u64, max: u64) -> u64 {
        if value <= max {
            return value;
        }
        let reason = NumberError::AboveMaximum(max as f64).to_string();
        self.problem(key, &value.to_string(), reason, max.to_string());
        max
    }

    /// Every problem found, in order.
    pub fn finish(self) -> Vec<RuleProblem> {
        self.problems
    }
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
pub struct Writer {
    query: String,
}

impl Writer {
    pub fn pair(&mut self, key: &str, value: &str) {
        if !self.query.is_empty() {
            self.query.push('&');
        }
        encode_component(key, &mut self.query);
        self.query.push('=');
        encode_component(value, &mut self.query);
    }

    /// Writes `key=value` only when `value` differs from `default`.
    pub fn word<T: UrlWord>(&mut self, key: &str, value: T, default: T) {
        if value != default {
            self.pair(key, value.word());
        }
    }

    /// Writes `key=value` only when `value` differs from `default`, so that it reads back exactly.
    pub fn number(&mut self, key: &str, value: f64, default: f64) {
        if value != default {
            self.pair(key, &format_for_input(value));
        }
    }

    /// Writes `key=value` only when `value` differs from `default`.
    pub fn whole<T: PartialEq + std::fmt::Display>(&mut self, key: &str, value: T, default: T) {
        if value != default {
            self.pair(key, &value.to_string());
        }
    }

    /// The query written so far, without a leading `?`.
    pub fn finish(self) -> String {
        self.query
    }
}

/// `previous_query` with the pairs whose keys `owned` claims replaced by what `write` writes:
/// every other pair first, unchanged and in order, then the new ones.
pub fn rewrite_query(
    previous_query: &str,
    owned: impl Fn(&str) -> bool,
    write: impl FnOnce(&mut Writer),
) -> String {
    let mut out = Writer::default();
    for (key, value) in pairs(previous_query) {
        if !owned(&key) {
            out.pair(&key, &value);
        }
    }
    write(&mut out);
    out.finish()
}

/// `url` without its `#fragment`, without the query pairs whose keys are `dropped`, and with
/// `added` appended to the query: `https://h/p?a=1&embed=x#s` less `embed` is `https://h/p?a=1`.
pub fn rewrite_url(url: &str, dropped: impl Fn(&str) -> bool, added: &[(&str, &str)]) -> String {
    let without_fragment = url.split('#').next().unwrap_or(url);
    let (base, query) = without_fragment
        .split_once('?')
        .unwrap_or((without_fragment, ""));
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        if !dropped(&key) {
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
