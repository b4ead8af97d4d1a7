//! The alignment pretraining explainer: the paper's data and a conceptual model (pure), and
//! their views.

pub mod intro;
pub mod paper;
pub mod persona;
pub mod results;
