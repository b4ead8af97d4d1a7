//! Reading typed numbers and writing them back.
#![cfg(not(target_arch = "wasm32"))]

use explainers::number_format::{
    count_in_words, format_for_input, format_readable, is_decimal, parse_number, parse_whole,
    NumberError,
};
use proptest::prelude::*;

const ANY: (f64, f64) = (f64::MIN, f64::MAX);

fn parse(text: &str) -> Result<f64, NumberError> {
    parse_number(text, ANY.0, ANY.1)
}

#[test]
fn reads_every_documented_notation() {
    for (text, expected) in [
        ("120", 120.0),
        ("0.05", 0.05),
        ("-3", -3.0),
        ("1.2e11", 1.2e11),
        ("1.2E+11", 1.2e11),
        ("1.2×10^11", 1.2e11),
        ("1.2*10^11", 1.2e11),
        ("1.2 x 10^11", 1.2e11),
        ("1.2·10^11", 1.2e11),
        ("10^40", 1e40),
        ("10^-3", 1e-3),
        ("117,500,000,000", 1.175e11),
        ("117_500_000_000", 1.175e11),
        ("117 500 000 000", 1.175e11),
        ("  7  ", 7.0),
        // As the page writes numbers: a raised exponent and a true minus sign.
        ("1.2 × 10¹¹", 1.2e11),
        ("1.175 × 10¹¹", 1.175e11),
        ("10⁻⁹", 1e-9),
        ("2.5 × 10⁺³", 2.5e3),
        ("−3", -3.0),
        ("1 − 1", f64::NAN),
    ] {
        if expected.is_nan() {
            assert_eq!(parse(text), Err(NumberError::NotANumber), "text {text:?}");
            continue;
        }
        assert_eq!(parse(text), Ok(expected), "text {text:?}");
    }
}

#[test]
fn a_comma_separates_thousands_or_is_refused_never_dropped() {
    for (text, expected) in [
        ("1,000", 1000.0),
        ("-1,234,567.5", -1_234_567.5),
        ("1,200e3", 1.2e6),
        ("12,345", 12_345.0),
    ] {
        assert_eq!(parse(text), Ok(expected), "text {text:?}");
    }
    // A decimal comma is refused with the text it should have been, not read as 12 or 5.
    for (text, with_point) in [
        ("1,2", "1.2"),
        ("0,5", "0.5"),
        ("1,2e3", "1.2e3"),
        ("1234,5", "1234.5"),
    ] {
        assert_eq!(
            parse(text),
            Err(NumberError::DecimalComma(with_point.into())),
            "text {text:?}"
        );
    }
    for text in ["1,,000", ",100", "1,00,000", "1.5,000"] {
        assert!(parse(text).is_err(), "text {text:?}");
    }
    assert_eq!(
        NumberError::DecimalComma("0.5".into()).to_string(),
        "Write decimals with a point (0.5); a comma only separates thousands (1,000)"
    );
}

#[test]
fn a_whole_number_field_refuses_fractions_instead_of_rounding() {
    assert_eq!(parse_whole("2.5", 0.0, 1e9), Err(NumberError::NotWhole));
    assert_eq!(parse_whole("0.3", 0.0, 1e9), Err(NumberError::NotWhole));
    assert_eq!(parse_whole("2e3", 0.0, 1e9), Ok(2000.0));
    assert_eq!(
        parse_whole("1e40", 0.0, 1e9),
        Err(NumberError::AboveMaximum(1e9))
    );
}

#[test]
fn power_form_gives_the_same_float_as_e_notation() {
    assert_eq!(parse("1.175×10^11"), parse("1.175e11"));
    assert_eq!(parse("3×10^-7").unwrap(), 3e-7);
}

#[test]
fn refuses_what_is_not_a_finite_number() {
    for text in [
        "abc",
        "1e",
        "e5",
        "1.2.3",
        "inf",
        "NaN",
        "infinity",
        "10^",
        "10^1.5",
        "x10^3",
        "2e3×10^4",
        "--1",
        "0x10",
        "1/2",
    ] {
        assert_eq!(parse(text), Err(NumberError::NotANumber), "text {text:?}");
    }
    assert_eq!(parse(""), Err(NumberError::Empty));
    assert_eq!(parse(" , "), Err(NumberError::Empty));
}

#[test]
fn numbers_beyond_f64_are_out_of_range_not_nonsense() {
    assert_eq!(parse("1e999"), Err(NumberError::AboveMaximum(f64::MAX)));
    assert_eq!(parse("-1e999"), Err(NumberError::BelowMinimum(f64::MIN)));
    assert_eq!(
        parse_number(&"9".repeat(10_000), 1.0, 1e40),
        Err(NumberError::AboveMaximum(1e40))
    );
    assert_eq!(parse("10^400"), Err(NumberError::AboveMaximum(f64::MAX)));
}

#[test]
fn a_number_too_small_for_a_double_is_refused_where_it_would_read_as_zero() {
    assert_eq!(parse_number("1e-400", 0.0, 1.0), Err(NumberError::TooSmall));
    assert_eq!(parse_number("0.000e-400", 0.0, 1.0), Ok(0.0));
    assert_eq!(parse_number("0", 0.0, 1.0), Ok(0.0));
    assert_eq!(parse_number("5e-324", 0.0, 1.0), Ok(5e-324));
    // Where 0 is not allowed it is simply below the minimum.
    assert_eq!(
        parse_number("1e-400", 1.0, 1e40),
        Err(NumberError::BelowMinimum(1.0))
    );
    assert!(NumberError::TooSmall
        .to_string()
        .contains("type 0 for zero"));
}

#[test]
fn checks_the_range_inclusively() {
    assert_eq!(parse_number("1", 1.0, 1e40), Ok(1.0));
    assert_eq!(parse_number("1e40", 1.0, 1e40), Ok(1e40));
    assert_eq!(
        parse_number("0.5", 1.0, 1e40),
        Err(NumberError::BelowMinimum(1.0))
    );
    assert_eq!(
        parse_number("2e40", 1.0, 1e40),
        Err(NumberError::AboveMaximum(1e40))
    );
}

#[test]
fn errors_explain_themselves() {
    assert_eq!(
        NumberError::AboveMaximum(1e40).to_string(),
        "Must be at most 1e40"
    );
    assert_eq!(
        NumberError::BelowMinimum(1.0).to_string(),
        "Must be at least 1"
    );
    assert_eq!(
        NumberError::NotANumber.to_string(),
        "Not a number (examples: 120, 1.2e11, 1.2×10^11)"
    );
}

#[test]
fn input_format_is_plain_for_everyday_sizes_and_scientific_beyond() {
    assert_eq!(format_for_input(0.05), "0.05");
    assert_eq!(format_for_input(120.0), "120");
    assert_eq!(format_for_input(999_999.0), "999999");
    assert_eq!(format_for_input(1.175e11), "1.175e11");
    assert_eq!(format_for_input(1e40), "1e40");
    assert_eq!(format_for_input(0.0001), "1e-4");
    assert_eq!(format_for_input(0.0), "0");
}

#[test]
fn readable_format_groups_digits_and_writes_powers() {
    assert_eq!(format_readable(117_500.0, 3), "117,500");
    assert_eq!(format_readable(1234.5678, 6), "1,234.57");
    assert_eq!(format_readable(0.05, 3), "0.05");
    assert_eq!(format_readable(0.123456, 3), "0.123");
    assert_eq!(format_readable(-1234.0, 4), "-1,234");
    assert_eq!(format_readable(1.175e11, 4), "1.175 × 10^11");
    assert_eq!(format_readable(1.175e11, 2), "1.2 × 10^11");
    assert_eq!(format_readable(1e20, 3), "1 × 10^20");
    assert_eq!(format_readable(2.5e-7, 3), "2.5 × 10^-7");
    assert_eq!(format_readable(0.0, 3), "0");
}

proptest! {
    #[test]
    fn input_format_reads_back_exactly(value in prop::num::f64::NORMAL | prop::num::f64::SUBNORMAL | prop::num::f64::ZERO) {
        prop_assert_eq!(parse(&format_for_input(value)), Ok(value));
    }

    #[test]
    fn parsing_never_panics_and_never_returns_a_non_finite(text in "\\PC{0,30}") {
        if let Ok(value) = parse(&text) {
            prop_assert!(value.is_finite());
        }
    }

    /// The syntax checked before the browser's parser reads a number is Rust's float syntax less
    /// its words (`inf`, `nan`): the two parsers read the same texts (the browser tests compare
    /// their values).
    #[test]
    fn decimal_syntax_is_rusts(text in "[0-9eE.+\\-]{1,12}") {
        prop_assert_eq!(is_decimal(&text), text.parse::<f64>().is_ok(), "{}", text);
    }

    #[test]
    fn accepted_values_lie_in_range(text in "[0-9eE.+\\-×^ ,]{0,12}", min in -1e6f64..1e6, width in 0f64..1e6) {
        if let Ok(value) = parse_number(&text, min, min + width) {
            prop_assert!(value >= min && value <= min + width);
        }
    }
}

mod display {
    use explainers::number_format::{probability_text, scientific, ProbabilityText, Scientific};

    #[test]
    fn scientific_splits_mantissa_and_exponent() {
        assert_eq!(
            scientific(1.175e11, 4),
            Scientific {
                mantissa: "1.175".into(),
                exponent: Some(11)
            }
        );
        assert_eq!(
            scientific(1e20, 3),
            Scientific {
                mantissa: "1".into(),
                exponent: Some(20)
            }
        );
        assert_eq!(
            scientific(117_500.0, 3),
            Scientific {
                mantissa: "117,500".into(),
                exponent: None
            }
        );
    }

    #[test]
    fn superscript_format_raises_exponents_and_uses_true_minus_signs() {
        use explainers::number_format::format_superscript;
        assert_eq!(format_superscript(1.2e-9, 3), "1.2 × 10⁻⁹");
        assert_eq!(format_superscript(1e20, 3), "10²⁰");
        assert_eq!(format_superscript(-8.921, 4), "−8.921");
        assert_eq!(format_superscript(1.175e11, 4), "1.175 × 10¹¹");
        assert_eq!(format_superscript(117_500.0, 4), "117,500");
    }

    #[test]
    fn probabilities_read_as_percent_tiny_or_one_minus_tiny() {
        assert_eq!(
            probability_text(0.05, 0.95, 3),
            ProbabilityText::Percent("5%".into())
        );
        assert_eq!(probability_text(0.98136, 0.01864, 4).to_string(), "98.14%");
        assert_eq!(probability_text(1.2e-9, 1.0, 3).to_string(), "1.2 × 10⁻⁹");
        assert_eq!(
            probability_text(1.0, 1.2e-9, 3).to_string(),
            "1 − 1.2 × 10⁻⁹"
        );
        assert_eq!(probability_text(0.0, 1.0, 3).to_string(), "0%");
        assert_eq!(probability_text(1.0, 0.0, 3).to_string(), "100%");
    }
}

#[test]
fn a_count_of_humans_is_singular_only_for_one() {
    use explainers::number_format::humans;
    assert_eq!(humans(1.0, 3), "1 human");
    assert_eq!(humans(2.0, 3), "2 humans");
    assert_eq!(humans(1.2e11, 3), "1.2 × 10¹¹ humans");
}

#[test]
fn counts_are_said_in_words() {
    for (count, words) in [
        (0.0, "0"),
        (7.0, "7"),
        (340_000.0, "340,000"),
        (999_999.0, "999,999"),
        (1_234_567.0, "1.23 million"),
        (4.5e9, "4.5 billion"),
        (2e12, "2 trillion"),
    ] {
        assert_eq!(count_in_words(count), words, "{count}");
    }
    assert!(
        count_in_words(1.2e15).contains("10"),
        "{}",
        count_in_words(1.2e15)
    );
}
