//! The typed codec between the page's state and the URL query string.
//!
//! `decode` never fails: every malformed value becomes a [`UrlProblem`] and the default stays in
//! its place. `encode` writes only values that differ from their defaults and keeps every key it
//! does not own (a host page's `utm_source`, say) exactly as it found it.

use std::fmt;

use crate::state::{Params, ThemePreference};

/// The query key of the colour theme.
pub const THEME: &str = "theme";

/// Every key this codec reads and writes; all others are left alone.
pub const KNOWN_KEYS: &[&str] = &[THEME];

/// One malformed value found in the URL, shown to the reader and replaced by the default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrlProblem {
    pub key: String,
    pub value: String,
    pub message: String,
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
pub trait UrlWord: Sized + Copy + 'static {
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

/// Reads a query string (with or without its leading `?`) into page state.
///
/// Unknown keys are ignored, a repeated key keeps its last value, and a malformed value is
/// reported and replaced by the default.
pub fn decode(query: &str) -> Decoded {
    let mut decoded = Decoded::default();
    let query = query.strip_prefix('?').unwrap_or(query);
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        if key == THEME {
            read_word(
                &key,
                &value,
                &mut decoded.params.theme,
                &mut decoded.problems,
            );
        }
    }
    decoded
}

/// Sets `target` from a URL word, or records why the word was refused and keeps the default.
fn read_word<T: UrlWord + Default>(
    key: &str,
    value: &str,
    target: &mut T,
    problems: &mut Vec<UrlProblem>,
) {
    match T::from_word(value) {
        Ok(parsed) => *target = parsed,
        Err(reason) => {
            *target = T::default();
            problems.push(UrlProblem {
                key: key.to_owned(),
                value: value.to_owned(),
                message: format!("{reason}; using {}", T::default().word()),
            });
        }
    }
}

/// Writes page state into a query string without the leading `?` (empty for the default state).
///
/// The pairs of `previous_query` whose keys this codec does not own come first, unchanged; then
/// each parameter that differs from its default.
pub fn encode(params: &Params, previous_query: &str) -> String {
    let previous_query = previous_query.strip_prefix('?').unwrap_or(previous_query);
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (key, value) in form_urlencoded::parse(previous_query.as_bytes()) {
        if !KNOWN_KEYS.contains(&key.as_ref()) {
            out.append_pair(&key, &value);
        }
    }
    if params.theme != ThemePreference::default() {
        out.append_pair(THEME, params.theme.word());
    }
    out.finish()
}
