//! The training lab: a tiny transformer trained in the page on a corpus whose mix the reader
//! chooses, evaluated beside a counting baseline. Scenarios, corpus, model, training, evaluation
//! and completions are pure; the island, views and worker are the browser's side.

pub mod completions;
pub mod counting;
pub mod documents;
pub mod elementary;
pub mod experiment;
pub mod families;
pub mod island;
pub mod limits_view;
pub mod measured;
pub mod optimiser;
pub mod params;
pub mod protocol;
pub mod questions;
pub mod results_view;
pub mod session;
pub mod speech_view;
pub mod transformer;
pub mod view;
pub mod worker;
