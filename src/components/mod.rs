//! Shared widgets, one per file.

pub mod chart_export;
pub mod chart_frame;
pub mod checkbox;
pub mod draggable_number;
pub mod focus_return;
pub mod line_chart;
pub mod log_axis;
pub mod number_field;
pub mod offscreen_deferred;
pub mod radio_group;
pub mod rate_chart;
pub mod sci;
pub mod slider;
