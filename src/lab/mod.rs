//! The training lab: a tiny language model trained in the page on a corpus whose mix the reader
//! chooses. Corpus, model, training and evaluation are pure.

pub mod corpus;
pub mod evaluate;
pub mod experiment;
pub mod model;
pub mod params;
pub mod protocol;
pub mod scenarios;
pub mod session;
pub mod worker;
