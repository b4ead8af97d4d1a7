//! The Bayesian doomsday explainer.

pub mod intro;
