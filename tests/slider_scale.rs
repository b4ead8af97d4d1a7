//! The slider's mapping between positions and values.
#![cfg(not(target_arch = "wasm32"))]

use explainers::components::slider::Scale;
use proptest::prelude::*;

#[test]
fn log_scale_positions_are_powers_of_ten() {
    assert_eq!(Scale::Log10.to_position(1e20), 20.0);
    assert_eq!(Scale::Log10.to_value(40.0), 1e40);
    assert_eq!(Scale::Log10.to_value(0.0), 1.0);
    assert_eq!(Scale::Linear.to_position(0.25), 0.25);
    assert_eq!(Scale::Linear.to_value(0.25), 0.25);
}

proptest! {
    #[test]
    fn log_scale_round_trips_to_twelve_digits(exponent in 0f64..40.0) {
        let value = 10f64.powf(exponent);
        let back = Scale::Log10.to_value(Scale::Log10.to_position(value));
        prop_assert!(((back - value) / value).abs() < 1e-12);
    }
}
