//! Interactive explainers of alignment pretraining and the Bayesian doomsday update.
//!
//! Pure models live beside their views and never touch the browser; `state` and `url` hold the
//! page state and its URL codec; `browser` is the only module that reaches outside the DOM.

pub mod alignment;
pub mod app;
pub mod binomial;
pub mod browser;
pub mod components;
pub mod doomsday;
pub mod frame;
pub mod lab;
pub mod number_format;
pub mod rng;
pub mod state;
pub mod url;
pub mod walkthrough;
