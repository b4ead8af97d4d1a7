//! The sliders' mapping between positions and values, and the draggable number's keys.
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

#[test]
fn keys_map_to_positions_within_the_range() {
    use explainers::components::draggable_number::position_after_key;
    assert_eq!(
        position_after_key("ArrowRight", 5.0, 0.5, 0.0, 10.0),
        Some(5.5)
    );
    assert_eq!(
        position_after_key("ArrowDown", 0.2, 0.5, 0.0, 10.0),
        Some(0.0)
    );
    assert_eq!(
        position_after_key("PageUp", 5.0, 0.5, 0.0, 10.0),
        Some(10.0)
    );
    assert_eq!(
        position_after_key("PageDown", 5.0, 0.1, 0.0, 10.0),
        Some(4.0)
    );
    assert_eq!(position_after_key("Home", 5.0, 0.5, 0.0, 10.0), Some(0.0));
    assert_eq!(position_after_key("End", 5.0, 0.5, 0.0, 10.0), Some(10.0));
    assert_eq!(position_after_key("a", 5.0, 0.5, 0.0, 10.0), None);
}

proptest! {
    #[test]
    fn log_scale_round_trips_to_twelve_digits(exponent in 0f64..40.0) {
        let value = 10f64.powf(exponent);
        let back = Scale::Log10.to_value(Scale::Log10.to_position(value));
        prop_assert!(((back - value) / value).abs() < 1e-12);
    }
}
