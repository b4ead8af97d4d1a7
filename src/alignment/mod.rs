//! The alignment pretraining explainer.

pub mod intro;
