//! The chart frame every chart draws through: scales, their ticks and samples, and positions.
#![cfg(not(target_arch = "wasm32"))]

use explainers::components::chart_frame::{Frame, Scale};

const FRAME: Frame = Frame {
    width: 720.0,
    height: 240.0,
    left: 20.0,
    right: 700.0,
    top: 10.0,
    bottom: 210.0,
};

#[test]
fn linear_and_log_scales_map_their_ends_to_the_frames_edges() {
    let linear = Scale::up_to(0.6);
    assert_eq!(FRAME.x(linear, 0.0), 20.0);
    assert_eq!(FRAME.x(linear, 0.6), 700.0);
    assert_eq!(FRAME.x(linear, 0.3), 360.0);
    assert_eq!(
        FRAME.y(linear, 0.0),
        210.0,
        "y grows upward from the bottom"
    );
    assert_eq!(FRAME.y(linear, 0.6), 10.0);
    let log = Scale::Log10 { lo: 2.0, hi: 6.0 };
    assert_eq!(FRAME.x(log, 100.0), 20.0);
    assert_eq!(FRAME.x(log, 1e4), 360.0);
    assert_eq!(FRAME.x(log, 1e6), 700.0);
}

#[test]
fn nothing_leaves_the_frame() {
    let log = Scale::Log10 { lo: 0.0, hi: 40.0 };
    for value in [0.0, -1.0, 1e-300, f64::INFINITY, 1e300, f64::NAN] {
        let x = FRAME.x(log, value);
        assert!((20.0..=700.0).contains(&x), "{value}: {x}");
    }
    assert_eq!(FRAME.x(log, 0.0), 20.0, "log10(0) = -inf, at the start");
    assert_eq!(FRAME.x(log, f64::NAN), 20.0);
    // A scale up to 0 (no data yet) puts everything at its start instead of dividing by 0.
    assert_eq!(FRAME.y(Scale::up_to(0.0), 0.0), 210.0);
    assert_eq!(
        FRAME.y(Scale::up_to(2.0), f64::INFINITY),
        10.0,
        "an infinite density at the top"
    );
}

#[test]
fn decades_around_the_values_keep_one_to_spare_within_the_limit() {
    assert_eq!(
        Scale::decades_around(&[1.175e11, 1e20, 1.0], 40.0),
        Scale::Log10 { lo: 0.0, hi: 21.0 }
    );
    assert_eq!(
        Scale::decades_around(&[1e35, 1e44], 40.0),
        Scale::Log10 { lo: 34.0, hi: 40.0 }
    );
    assert_eq!(
        Scale::decades_around(&[0.0, -3.0], 40.0),
        Scale::Log10 { lo: 0.0, hi: 2.0 },
        "no positive value: 1 to 100"
    );
}

#[test]
fn decade_labels_are_spaced_to_at_most_the_limit() {
    let ticks = Scale::Log10 { lo: 0.0, hi: 40.0 }.decades(9);
    assert_eq!(ticks.len(), 41);
    let labelled: Vec<i32> = ticks.iter().filter(|(_, l)| *l).map(|(e, _)| *e).collect();
    assert_eq!(labelled, [0, 5, 10, 15, 20, 25, 30, 35, 40]);
    let few = Scale::Log10 { lo: 3.0, hi: 6.0 }.decades(9);
    assert!(few.iter().all(|(_, labelled)| *labelled));
    assert!(
        Scale::up_to(1.0).decades(9).is_empty(),
        "a linear scale has no decades"
    );
}

#[test]
fn samples_are_even_along_the_axis() {
    assert_eq!(Scale::up_to(1.0).samples(4), [0.0, 0.25, 0.5, 0.75, 1.0]);
    let log = Scale::Log10 { lo: 0.0, hi: 4.0 }.samples(4);
    assert_eq!(log, [1.0, 10.0, 100.0, 1000.0, 10000.0]);
}

#[test]
fn labels_are_spread_apart_in_order_and_within_bounds() {
    use explainers::components::chart_frame::spread;
    // Three labels wanted at one height: one gap apart, in the order given, the first where wanted.
    assert_eq!(
        spread(&[50.0, 50.0, 50.0], 14.0, 0.0, 200.0),
        vec![50.0, 64.0, 78.0]
    );
    // Labels far apart stay where they are wanted.
    assert_eq!(spread(&[120.0, 10.0], 14.0, 0.0, 200.0), vec![120.0, 10.0]);
    // Crowded at the bottom edge: pulled back up inside it.
    assert_eq!(
        spread(&[195.0, 198.0], 14.0, 0.0, 200.0),
        vec![186.0, 200.0]
    );
    assert!(spread(&[], 14.0, 0.0, 200.0).is_empty());
}

#[test]
fn a_label_near_an_edge_is_anchored_inward_and_elsewhere_centred() {
    let frame = Frame {
        width: 640.0,
        height: 200.0,
        left: 60.0,
        right: 620.0,
        top: 10.0,
        bottom: 180.0,
    };
    assert_eq!(frame.anchor(60.0, 28.0), "middle");
    assert_eq!(frame.anchor(20.0, 28.0), "start");
    assert_eq!(frame.anchor(620.0, 28.0), "end");
    assert_eq!(frame.anchor(320.0, 400.0), "start");
}

#[test]
fn a_long_axis_title_is_broken_at_its_first_parenthesis_or_comma() {
    use explainers::components::chart_frame::title_lines;
    assert_eq!(title_lines("draws (log scale)"), ["draws (log scale)"]);
    assert_eq!(
        title_lines(
            "doublings so far (the curve: share of all cells ever born by then, log scale)"
        ),
        [
            "doublings so far",
            "(the curve: share of all cells ever born by then, log scale)"
        ]
    );
    assert_eq!(
        title_lines("misaligned answers, base (hollow dot) to post-trained (filled dot)"),
        [
            "misaligned answers,",
            "base (hollow dot) to post-trained (filled dot)"
        ]
    );
    let long = "share of questions answered with the misaligned action";
    assert_eq!(title_lines(long), [long]);
}
