//! The Bayesian doomsday explainer.

pub mod intro;
pub mod model;
pub mod params;
