//! The Bayesian doomsday explainer: pure maths in `model` and `params`, views in the rest.

pub mod bayes_table;
pub mod continuous;
pub mod continuous_view;
pub mod hypothesis_editor;
pub mod island;
pub mod model;
pub mod number_line;
pub mod odds_form;
pub mod params;
pub mod petri;
pub mod petri_view;
pub mod rank_control;
pub mod reference_class;
pub mod result_sentence;
pub mod rule_picker;
pub mod simulation;
pub mod simulation_view;
pub mod view;
