//! Reading numbers a person types and writing numbers a person can read back.
//!
//! Pure functions, tested natively: the number field and the sliders only call them.

use std::fmt;

/// Why a typed text is not an acceptable number.
#[derive(Clone, Debug, PartialEq)]
pub enum NumberError {
    Empty,
    NotANumber,
    BelowMinimum(f64),
    AboveMaximum(f64),
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "Type a number"),
            Self::NotANumber => write!(f, "Not a number (examples: 120, 1.2e11, 1.2×10^11)"),
            Self::BelowMinimum(min) => write!(f, "Must be at least {}", format_for_input(*min)),
            Self::AboveMaximum(max) => write!(f, "Must be at most {}", format_for_input(*max)),
        }
    }
}

/// Reads a typed number and checks `min ≤ value ≤ max`.
///
/// Accepts decimals (`0.05`), scientific notation (`1.2e11`, `1.2E+11`), powers of ten written
/// `1.2×10^11`, `1.2*10^11`, `1.2 x 10^11` or `10^40`, and digit groups separated by commas,
/// underscores or spaces (`117,500,000,000`). Never accepts NaN or infinity.
pub fn parse_number(text: &str, min: f64, max: f64) -> Result<f64, NumberError> {
    let compact: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if compact.is_empty() {
        return Err(NumberError::Empty);
    }
    let value = parse_compact(&compact).ok_or(NumberError::NotANumber)?;
    if value < min {
        Err(NumberError::BelowMinimum(min))
    } else if value > max {
        Err(NumberError::AboveMaximum(max))
    } else {
        Ok(value)
    }
}

/// `mantissa × 10^exponent` (integer exponent), or a plain float; `None` when neither reads or
/// the result is not finite. The power form is rewritten as `mantissa e exponent` and parsed once,
/// so `1.2×10^11` gives exactly the same `f64` as `1.2e11`.
fn parse_compact(text: &str) -> Option<f64> {
    match text.split_once("10^") {
        Some((mantissa, exponent)) => {
            let mantissa = match mantissa.strip_suffix(['×', '*', 'x', 'X', '·']) {
                Some(m) if !m.contains(['e', 'E']) => m,
                None if mantissa.is_empty() => "1",
                _ => return None,
            };
            let exponent_is_integer = exponent
                .strip_prefix(['+', '-'])
                .unwrap_or(exponent)
                .chars()
                .all(|c| c.is_ascii_digit());
            if !exponent_is_integer || exponent.is_empty() {
                return None;
            }
            parse_plain(&format!("{mantissa}e{exponent}"))
        }
        None => parse_plain(text),
    }
}

/// A float in Rust's own syntax, refusing the words `inf` and `nan` that Rust would accept.
fn parse_plain(text: &str) -> Option<f64> {
    let is_numeric = text
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'));
    if is_numeric {
        text.parse::<f64>().ok().filter(|v| v.is_finite())
    } else {
        None
    }
}

/// Writes a number so that [`parse_number`] reads back exactly the same `f64`:
/// plain notation from 0.001 to below 1,000,000, otherwise the shortest `1.175e11` form.
pub fn format_for_input(value: f64) -> String {
    let magnitude = value.abs();
    if value == 0.0 || (1e-3..1e6).contains(&magnitude) {
        format!("{value}")
    } else {
        format!("{value:e}")
    }
}

/// Writes a number for people with at most `significant` significant digits, trailing zeros
/// dropped: digit groups from 0.001 to below 1,000,000 (`117,500`), otherwise `1.18 × 10^11`.
pub fn format_readable(value: f64, significant: usize) -> String {
    let significant = significant.max(1);
    let magnitude = value.abs();
    if value == 0.0 || !value.is_finite() {
        return format!("{value}");
    }
    if (1e-3..1e6).contains(&magnitude) {
        let integer_digits = magnitude.log10().floor() as i64 + 1;
        let decimals = (significant as i64 - integer_digits).max(0) as usize;
        return group_thousands(trim_zeros(&format!("{value:.decimals$}")));
    }
    let text = format!("{:.*e}", significant - 1, value);
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    format!("{} × 10^{exponent}", trim_zeros(mantissa))
}

/// Drops trailing zeros after a decimal point, and the point itself if nothing follows it.
fn trim_zeros(text: &str) -> &str {
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        text
    }
}

/// Inserts a comma between groups of three digits of the integer part: `12345.6` → `12,345.6`.
fn group_thousands(text: &str) -> String {
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (integer, fraction) = match unsigned.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (unsigned, None),
    };
    let mut grouped = String::new();
    for (i, digit) in integer.chars().enumerate() {
        if i > 0 && (integer.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    match fraction {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}
