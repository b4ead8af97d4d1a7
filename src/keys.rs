//! A settings type's URL keys, each declared once: its name, what it holds and within which
//! limits, how it is read from and written to the settings, and its row in
//! docs/url-parameters.md. The codec (`read`, `write`), the limits `normalise` holds values to
//! (`hold`) and the controls' limits (`Key::limits`) all come from the declaration; rules
//! between keys (lo < hi) stay in each settings type's `normalise`.

use crate::number_format::{format_for_input, group_thousands};
use crate::url::{Reader, Rules, UrlWord, Writer};

/// What a key holds, and how it is read from and written to settings of type `S`.
pub enum Value<S: 'static> {
    /// A number within `[min, max]`; NaN becomes the defaults' value. When `whole`, a count too
    /// large for a `u64` (a number of humans, up to 1e40): a fraction becomes the nearest whole.
    Number {
        get: fn(&S) -> f64,
        set: fn(&mut S, f64),
        min: f64,
        max: f64,
        whole: bool,
    },
    /// A whole number from 0 to `max`.
    Whole {
        get: fn(&S) -> u64,
        set: fn(&mut S, u64),
        max: u64,
    },
    /// One of a fixed set of words (a [`UrlWord`]).
    Word {
        get: fn(&S) -> &'static str,
        /// Sets the variant the word names, or says which words would have been understood.
        set: fn(&mut S, &str) -> Result<(), String>,
        /// Every word, in the order the page lists them.
        words: fn() -> Vec<&'static str>,
    },
}

/// One URL key of settings of type `S`.
pub struct Key<S: 'static> {
    pub name: &'static str,
    pub value: Value<S>,
    /// The control that sets it, as docs/url-parameters.md names it.
    pub control: &'static str,
    /// What it means, as docs/url-parameters.md says it.
    pub meaning: &'static str,
}

/// A declared key without its settings' type: what the docs' check and the registry's tests
/// read of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Described {
    pub name: &'static str,
    /// A number's or whole number's `(min, max)`; `None` for a word.
    pub limits: Option<(f64, f64)>,
    /// Whether it holds a whole number.
    pub whole: bool,
    /// A word key's words (empty for a number).
    pub words: Vec<&'static str>,
    /// Its "Values" cell in docs/url-parameters.md ([`Key::values_text`]).
    pub values: String,
    /// Its "Default" cell: its value in the settings' defaults, as a link writes it.
    pub default: String,
    pub control: &'static str,
    pub meaning: &'static str,
}

impl Described {
    /// Its row of docs/url-parameters.md: `| `name` | values | `default` | control | meaning |`.
    pub fn docs_row(&self) -> String {
        let Self {
            name,
            values,
            default,
            control,
            meaning,
            ..
        } = self;
        format!("| `{name}` | {values} | `{default}` | {control} | {meaning} |")
    }
}

/// Every word of a [`UrlWord`] type, in its order: for [`Value::Word`]'s `words`.
pub fn words_of<T: UrlWord>() -> Vec<&'static str> {
    T::ALL.iter().map(|v| v.word()).collect()
}

impl<S> Key<S> {
    /// A number's or whole number's `(min, max)`, for its control; `None` for a word.
    pub fn limits(&self) -> Option<(f64, f64)> {
        match self.value {
            Value::Number { min, max, .. } => Some((min, max)),
            Value::Whole { max, .. } => Some((0.0, max as f64)),
            Value::Word { .. } => None,
        }
    }

    /// The key as [`Described`], its default read from `defaults`.
    pub fn describe(&self, defaults: &S) -> Described {
        Described {
            name: self.name,
            limits: self.limits(),
            whole: matches!(
                self.value,
                Value::Whole { .. } | Value::Number { whole: true, .. }
            ),
            words: match &self.value {
                Value::Word { words, .. } => words(),
                _ => Vec::new(),
            },
            values: self.values_text(),
            default: match &self.value {
                Value::Number { get, .. } => format_for_input(get(defaults)),
                Value::Whole { get, .. } => get(defaults).to_string(),
                Value::Word { get, .. } => get(defaults).to_owned(),
            },
            control: self.control,
            meaning: self.meaning,
        }
    }

    /// Its "Values" cell in docs/url-parameters.md: "0 to 0.6", "a whole number from 1 to
    /// 1e40", "a whole number from 0 to 999,999", or its words ("`1`, `4`, `16`").
    pub fn values_text(&self) -> String {
        match &self.value {
            Value::Number {
                min, max, whole, ..
            } => {
                // Whole limits in digits ("1,000,000"), others as a link would write them.
                let shown = |x: f64| match x.fract() == 0.0 && x.abs() < 1e15 {
                    true => group_thousands(&format!("{x:.0}")),
                    false => format_for_input(x),
                };
                let kind = if *whole { "a whole number from " } else { "" };
                format!("{kind}{} to {}", shown(*min), shown(*max))
            }
            Value::Whole { max, .. } => {
                format!(
                    "a whole number from 0 to {}",
                    group_thousands(&max.to_string())
                )
            }
            Value::Word { words, .. } => {
                let quoted: Vec<String> = words().iter().map(|w| format!("`{w}`")).collect();
                quoted.join(", ")
            }
        }
    }
}

/// The key of `keys` named `name`. Panics for a name that is not declared: every caller names
/// a key of its own table, which the tests read whole.
pub fn key<'a, S>(keys: &'a [Key<S>], name: &str) -> &'a Key<S> {
    keys.iter()
        .find(|k| k.name == name)
        .unwrap_or_else(|| panic!("{name} is not a declared key"))
}

/// Reads `key=value` into `settings` if `keys` declares `key` (a problem recorded when the value
/// does not read; ranges are `hold`'s); whether it did.
pub fn read<S>(
    keys: &[Key<S>],
    settings: &mut S,
    key: &str,
    value: &str,
    reader: &mut Reader,
) -> bool {
    let Some(declared) = keys.iter().find(|k| k.name == key) else {
        return false;
    };
    match &declared.value {
        Value::Number { get, set, .. } => {
            let mut number = get(settings);
            reader.number(key, value, &mut number);
            set(settings, number);
        }
        Value::Whole { get, set, .. } => {
            // Read as the URL's whole numbers are (at most u32::MAX); `hold` brings it in range.
            let mut whole = u32::try_from(get(settings)).unwrap_or(u32::MAX);
            reader.whole(key, value, &mut whole);
            set(settings, u64::from(whole));
        }
        Value::Word { get, set, .. } => {
            if let Err(reason) = set(settings, value) {
                let kept = get(settings);
                reader.problem(key, value, format!("{reason}; using {kept}"));
            }
        }
    }
    true
}

/// Writes each of `keys` whose value in `settings` differs from its value in `base`, in the
/// table's order.
pub fn write<S>(keys: &[Key<S>], settings: &S, base: &S, out: &mut Writer) {
    for key in keys {
        match &key.value {
            Value::Number { get, .. } => out.number(key.name, get(settings), get(base)),
            Value::Whole { get, .. } => out.whole(key.name, get(settings), get(base)),
            Value::Word { get, .. } => {
                if get(settings) != get(base) {
                    out.pair(key.name, get(settings));
                }
            }
        }
    }
}

/// Holds every number of `keys` within its `[min, max]` (NaN: its value in `defaults`; a whole
/// one's fraction: the nearest whole number) and every whole number at most its `max`,
/// recording each change.
pub fn hold<S>(keys: &[Key<S>], settings: &mut S, defaults: &S, rules: &mut Rules) {
    for key in keys {
        match &key.value {
            Value::Number {
                get,
                set,
                min,
                max,
                whole,
            } => {
                let mut number = get(settings);
                let fallback = get(defaults);
                match whole {
                    true => rules.count(key.name, &mut number, *min, *max, fallback),
                    false => rules.number(key.name, &mut number, *min, *max, fallback),
                }
                set(settings, number);
            }
            Value::Whole { get, set, max } => {
                let held = rules.whole(key.name, get(settings), *max);
                set(settings, held);
            }
            Value::Word { .. } => {}
        }
    }
}

/// A [`Value::Word`] for the `UrlWord` field `$($field).+` of settings of type `$settings`.
#[macro_export]
macro_rules! word_value {
    ($settings:ty, $type:ty, $($field:ident).+) => {
        $crate::keys::Value::Word {
            get: |s: &$settings| $crate::url::UrlWord::word(s.$($field).+),
            set: |s: &mut $settings, word: &str| {
                s.$($field).+ = <$type as $crate::url::UrlWord>::from_word(word)?;
                Ok(())
            },
            words: $crate::keys::words_of::<$type>,
        }
    };
}

/// A [`Value::Whole`] for the `u32` field `$($field).+` of settings of type `$settings`, at most
/// `$max`.
#[macro_export]
macro_rules! whole_value {
    ($settings:ty, $($field:ident).+, $max:expr) => {
        $crate::keys::Value::Whole {
            get: |s: &$settings| u64::from(s.$($field).+),
            set: |s: &mut $settings, v: u64| s.$($field).+ = u32::try_from(v).unwrap_or(u32::MAX),
            max: $max as u64,
        }
    };
}

/// A [`Value::Number`] for the `f64` field `$($field).+` of settings of type `$settings`.
#[macro_export]
macro_rules! number_value {
    (@whole $whole:expr, $settings:ty, $($field:ident).+, $min:expr, $max:expr) => {
        $crate::keys::Value::Number {
            get: |s: &$settings| s.$($field).+,
            set: |s: &mut $settings, v: f64| s.$($field).+ = v,
            min: $min,
            max: $max,
            whole: $whole,
        }
    };
    ($settings:ty, $($field:ident).+, $min:expr, $max:expr) => {
        $crate::number_value!(@whole false, $settings, $($field).+, $min, $max)
    };
}

/// A whole [`Value::Number`] (a count held as `f64`, which reaches 1e40) for the field
/// `$($field).+` of settings of type `$settings`.
#[macro_export]
macro_rules! count_value {
    ($settings:ty, $($field:ident).+, $min:expr, $max:expr) => {
        $crate::number_value!(@whole true, $settings, $($field).+, $min, $max)
    };
}
