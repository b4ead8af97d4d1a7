//! Shared widgets, one per file.

pub mod number_field;
pub mod slider;
