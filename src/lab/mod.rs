//! The training lab: a tiny language model trained in the page on a corpus whose mix the reader
//! chooses. Corpus, model, training and evaluation are pure.

pub mod corpus;
pub mod counting;
pub mod documents;
pub mod evaluate;
pub mod experiment;
pub mod families;
pub mod fused;
pub mod island;
pub mod model;
pub mod optimiser;
pub mod params;
pub mod protocol;
pub mod questions;
pub mod results_view;
pub mod scenarios;
pub mod session;
pub mod transformer;
pub mod view;
pub mod worker;
