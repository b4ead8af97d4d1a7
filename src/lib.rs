//! Interactive explainers of alignment pretraining and the Bayesian doomsday update.
//!
//! Each explainer is a plugin in its own folder (`alignment`, `doomsday`, `lab`): pure models
//! beside their views, its settings with their rules, its URL section, its tour and its bundle.
//! `explainer` says what a plugin is, `registry` lists them, `island` hosts one; `app`, `frame`
//! and `state` are the page around them; `url` is the generic half of the URL codec and `keys`
//! the table in which each settings type declares its keys once; `browser`
//! is the only module that reaches outside the DOM. docs/architecture.md draws the whole.

pub mod alignment;
pub mod app;
pub mod binomial;
pub mod browser;
pub mod components;
pub mod doomsday;
pub mod explainer;
pub mod first_view;
pub mod frame;
pub mod island;
pub mod keys;
pub mod lab;
pub mod number_format;
pub mod registry;
pub mod rng;
pub mod state;
pub mod url;
