//! Reading numbers a person types and writing numbers a person can read back.
//!
//! Pure functions, tested natively: the number field and the sliders only call them.

use std::fmt;

/// Why a typed text is not an acceptable number.
#[derive(Clone, Debug, PartialEq)]
pub enum NumberError {
    Empty,
    NotANumber,
    /// A comma that does not separate groups of three digits (`0,5`, `1,2`): a decimal comma,
    /// which the page does not guess at. Holds the text with a decimal point instead.
    DecimalComma(String),
    /// A fraction where only whole numbers are allowed.
    NotWhole,
    /// A number other than 0 too close to 0 for a double (`1e-400`), which would read as 0.
    TooSmall,
    BelowMinimum(f64),
    AboveMaximum(f64),
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "Type a number"),
            Self::NotANumber => write!(f, "Not a number (examples: 120, 1.2e11, 1.2×10^11)"),
            Self::DecimalComma(with_point) => write!(
                f,
                "Write decimals with a point ({with_point}); a comma only separates thousands (1,000)"
            ),
            Self::NotWhole => write!(f, "Must be a whole number"),
            Self::TooSmall => write!(f, "Too close to 0 to hold (the smallest is about 5e-324); type 0 for zero"),
            Self::BelowMinimum(min) => write!(f, "Must be at least {}", format_for_input(*min)),
            Self::AboveMaximum(max) => write!(f, "Must be at most {}", format_for_input(*max)),
        }
    }
}

/// Reads a typed number and checks `min ≤ value ≤ max`.
///
/// Accepts decimals (`0.05`), scientific notation (`1.2e11`, `1.2E+11`), powers of ten written
/// `1.2×10^11`, `1.2*10^11`, `1.2 x 10^11`, `10^40`, or as the page writes them, with the
/// exponent raised and a true minus sign (`1.2 × 10¹¹`, `10⁻⁹`, `−3`), and digit groups separated by underscores,
/// spaces or commas (`117,500,000,000`). A comma is read only as a thousands separator, between
/// groups of three digits; any other comma (`0,5`, `1,2`) is refused as a decimal comma, never read
/// as `5` or `12`. Never accepts NaN or infinity: numbers beyond f64's range are reported as above
/// the maximum or below the minimum, and a number other than 0 too small for f64 (`1e-400`) as
/// too small where 0 is allowed, never read as 0.
pub fn parse_number(text: &str, min: f64, max: f64) -> Result<f64, NumberError> {
    let spaced: String = lowered(text)
        .chars()
        .filter(|c| !matches!(c, '_' | ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if spaced.contains(',') && !commas_group_thousands(&spaced) {
        return match spaced.matches(',').count() {
            1 if spaced.chars().any(|c| c.is_ascii_digit()) => {
                Err(NumberError::DecimalComma(spaced.replace(',', ".")))
            }
            _ if spaced.chars().all(|c| c == ',') => Err(NumberError::Empty),
            _ => Err(NumberError::NotANumber),
        };
    }
    let compact = spaced.replace(',', "");
    if compact.is_empty() {
        return Err(NumberError::Empty);
    }
    // Numeric syntax too large for f64 (`1e999`) reads as ±∞, which is out of range, not nonsense.
    let value = parse_compact(&compact).ok_or(NumberError::NotANumber)?;
    let nonzero_digit = compact
        .split(['e', 'E'])
        .next()
        .unwrap_or_default()
        .chars()
        .any(|c| matches!(c, '1'..='9'));
    // Where 0 is allowed, such a number would pass as 0; where it is not, it is below the minimum.
    if value == 0.0 && nonzero_digit && min <= 0.0 {
        return Err(NumberError::TooSmall);
    }
    if value < min {
        Err(NumberError::BelowMinimum(min))
    } else if value > max {
        Err(NumberError::AboveMaximum(max))
    } else {
        Ok(value)
    }
}

/// `text` with the page's own way of writing numbers brought to the typed one: a true minus
/// sign (−) as `-`, and a raised exponent after 10 (`10¹¹`, `10⁻⁹`) as `10^11`, `10^-9`.
fn lowered(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut raised = false;
    for c in text.chars() {
        let lowered = match c {
            '⁻' => Some('-'),
            '⁺' => Some('+'),
            _ => SUPERSCRIPT_DIGITS
                .iter()
                .position(|&d| d == c)
                .and_then(|digit| char::from_digit(digit as u32, 10)),
        };
        match lowered {
            Some(plain) => {
                if !raised {
                    out.push('^');
                    raised = true;
                }
                out.push(plain);
            }
            None => {
                raised = false;
                out.push(if c == '−' { '-' } else { c });
            }
        }
    }
    out
}

/// [`parse_number`], and the value must be a whole number.
pub fn parse_whole(text: &str, min: f64, max: f64) -> Result<f64, NumberError> {
    let value = parse_number(text, min, max)?;
    if value.fract() == 0.0 {
        Ok(value)
    } else {
        Err(NumberError::NotWhole)
    }
}

/// Whether every comma in `text` (spaces removed) separates thousands: the digits before the
/// first comma are one to three, and each comma is followed by exactly three digits, all before
/// any decimal point or exponent (`1,000`, `-117,500,000,000.5`, `1,200e3`).
fn commas_group_thousands(text: &str) -> bool {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let integer_end = unsigned
        .find(|c: char| !(c.is_ascii_digit() || c == ','))
        .unwrap_or(unsigned.len());
    let (integer, rest) = unsigned.split_at(integer_end);
    let mut groups = integer.split(',');
    let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()));
    first_ok && groups.all(|g| g.len() == 3) && !rest.contains(',')
}

/// `mantissa × 10^exponent` (integer exponent), or a plain float; `None` when neither reads.
/// Numeric text beyond f64's range gives ±∞ (never NaN, which no numeric text produces). The power form is rewritten as `mantissa e exponent` and parsed once,
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

/// A decimal number in Rust's float syntax, refusing the words `inf` and `nan` that Rust would
/// also accept: the nearest `f64` to it (rounded to nearest, ties to even).
fn parse_plain(text: &str) -> Option<f64> {
    if is_decimal(text) {
        nearest_double(text)
    } else {
        None
    }
}

/// Whether `text` is a number in Rust's float syntax without its words: an optional sign, digits
/// with at most one point (at least one digit), then optionally `e` or `E`, a sign and digits.
pub fn is_decimal(text: &str) -> bool {
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, Some(exponent)),
        None => (unsigned, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let exponent_reads = exponent.is_none_or(|exponent| {
        let unsigned = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
        !unsigned.is_empty() && digits(unsigned)
    });
    !(whole.is_empty() && fraction.is_empty())
        && digits(whole)
        && digits(fraction)
        && exponent_reads
}

/// The nearest `f64` to text that [`is_decimal`] accepts. In the browser, the browser's own
/// `parseFloat` reads it: it rounds as Rust's parser does (to nearest, ties to even; browser tests
/// compare the two on hard cases), and the page's bundle then carries neither Rust's parser nor
/// its table of powers of five (about 12 KB of gzip). Natively, Rust's parser.
#[cfg(target_arch = "wasm32")]
fn nearest_double(text: &str) -> Option<f64> {
    Some(js_sys::parse_float(text)).filter(|value| !value.is_nan())
}

#[cfg(not(target_arch = "wasm32"))]
fn nearest_double(text: &str) -> Option<f64> {
    text.parse().ok()
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

/// A number rounded to a whole, with its sign and a true minus sign: `−3`, `+4`, `0`.
pub fn signed_whole(value: f64) -> String {
    match value.round() {
        r if r < 0.0 => format!("−{}", -r),
        r if r > 0.0 => format!("+{r}"),
        _ => "0".to_owned(),
    }
}

/// A share from 0 to 1 as a percentage with up to three significant digits (0.349 → `34.9%`).
pub fn percent(rate: f64) -> String {
    format!("{}%", format_readable(rate * 100.0, 3))
}

/// Like [`format_readable`], with the exponent in Unicode superscripts and a true minus sign
/// (`1.2 × 10⁻⁹`, `10²⁰`, `−3.5`): for SVG text, captions and `aria-valuetext`.
pub fn format_superscript(value: f64, significant: usize) -> String {
    scientific(value, significant).to_string()
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
pub fn group_thousands(text: &str) -> String {
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

/// A number split for display as `mantissa × 10^exponent`, or plain when it reads better so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scientific {
    /// Digits with grouping (`117,500`) or a mantissa (`1.18`).
    pub mantissa: String,
    /// `Some(e)` when the number is written `mantissa × 10^e`.
    pub exponent: Option<i32>,
}

/// Splits `value` like [`format_readable`]: plain from 0.001 to below 1,000,000, else a power
/// of ten with a mantissa of `significant` digits (trailing zeros dropped, `1` for exact powers).
pub fn scientific(value: f64, significant: usize) -> Scientific {
    let text = format_readable(value, significant);
    match text.split_once(" × 10^") {
        Some((mantissa, exponent)) => Scientific {
            mantissa: mantissa.to_owned(),
            exponent: exponent.parse().ok(),
        },
        None => Scientific {
            mantissa: text,
            exponent: None,
        },
    }
}

const SUPERSCRIPT_DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

impl fmt::Display for Scientific {
    /// `1.2 × 10⁻⁹`, `10²⁰` for an exact power, or the plain digits, with true minus signs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mantissa = self.mantissa.replace('-', "−");
        let Some(exponent) = self.exponent else {
            return write!(f, "{mantissa}");
        };
        let raised: String = exponent
            .to_string()
            .chars()
            .map(|c| {
                c.to_digit(10)
                    .map_or('⁻', |d| SUPERSCRIPT_DIGITS[d as usize])
            })
            .collect();
        if mantissa == "1" {
            write!(f, "10{raised}")
        } else {
            write!(f, "{mantissa} × 10{raised}")
        }
    }
}

/// How a probability reads best: as a percentage, as a tiny number, or as one minus a tiny one.
#[derive(Clone, Debug, PartialEq)]
pub enum ProbabilityText {
    /// `12.3%`: between 0.0001 and 0.9999, and exactly `0%` or `100%`.
    Percent(String),
    /// `p` itself, above 0 and below 0.0001.
    Small(Scientific),
    /// `1 − q`, with `q` the complement, above 0.9999 and below 1.
    NearOne(Scientific),
}

/// Chooses how to write probability `p` whose complement `1 − p` is `complement`; the
/// complement is passed in because `1 − p` cannot be computed from `p` when `p` is near 1.
pub fn probability_text(p: f64, complement: f64, significant: usize) -> ProbabilityText {
    if p == 0.0 {
        ProbabilityText::Percent("0%".into())
    } else if complement == 0.0 {
        ProbabilityText::Percent("100%".into())
    } else if p < 1e-4 {
        ProbabilityText::Small(scientific(p, significant))
    } else if complement < 1e-4 {
        ProbabilityText::NearOne(scientific(complement, significant))
    } else {
        let percent = format_readable(p * 100.0, significant);
        ProbabilityText::Percent(format!("{percent}%"))
    }
}

impl fmt::Display for ProbabilityText {
    /// Plain text for SVG, titles and screen readers: `12.3%`, `8.33 × 10⁻¹⁰`, `1 − 8.33 × 10⁻¹⁰`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Percent(text) => write!(f, "{text}"),
            Self::Small(s) => write!(f, "{s}"),
            Self::NearOne(s) => write!(f, "1 − {s}"),
        }
    }
}

/// A count as a screen reader should say it: digit groups below a million (`340,000`), then
/// `1.23 million`, `4.5 billion`, `2 trillion` (three significant digits), and beyond that
/// [`format_readable`]'s `1.2 × 10^15`.
pub fn count_in_words(count: f64) -> String {
    let magnitude = count.abs();
    for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        if (scale..scale * 1000.0).contains(&magnitude) {
            return format!("{} {word}", format_readable(count / scale, 3));
        }
    }
    if magnitude < 1e6 {
        format_readable(count.round(), 6)
    } else {
        format_readable(count, 3)
    }
}

/// A count of humans as the page reads it aloud and shows it: "1 human", "1.2 × 10¹¹ humans"
/// (the number written by [`format_superscript`] to `digits` significant digits).
pub fn humans(count: f64, digits: usize) -> String {
    let number = format_superscript(count, digits);
    if number == "1" {
        format!("{number} human")
    } else {
        format!("{number} humans")
    }
}
