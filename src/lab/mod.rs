//! The training lab: a tiny language model trained in the page on a corpus whose mix the reader
//! chooses. Corpus, model, training and evaluation are pure.

pub mod corpus;
pub mod evaluate;
pub mod experiment;
pub mod island;
pub mod model;
pub mod params;
pub mod protocol;
pub mod results_view;
pub mod scenarios;
pub mod session;
pub mod view;
pub mod worker;
