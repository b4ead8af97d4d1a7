//! The alignment pretraining explainer: the paper's data and a conceptual model (pure), and
//! their views.

pub mod paper;
pub mod params;
pub mod persona;
pub mod persona_view;
pub mod results;
pub mod results_view;
pub mod view;
