//! Interactive explainers of alignment pretraining and the Bayesian doomsday update.
//!
//! Each explainer is a plugin in its own folder (`alignment`, `doomsday`, `lab`): pure models
//! beside their views, its settings with their rules, its URL section, its tour and its island.
//! `explainer` says what a plugin is, the one `explainers!` line below declares and lists them,
//! `registry` is that list as the frame asks it, `island` hosts one; `app`, `frame`
//! and `state` are the page around them; `url` is the generic half of the URL codec and `keys`
//! the table in which each settings type declares its keys once; `browser`
//! is the only module that reaches outside the DOM. docs/architecture.md draws the whole.

pub mod app;
pub mod binomial;
pub mod browser;
pub mod components;
pub mod explainer;
pub mod first_view;
pub mod frame;
pub mod island;
pub mod keys;
pub mod number_format;
pub mod ordering;
pub mod registry;
pub mod state;
pub mod url;

/// The seeded generator, with the lab's arithmetic (src/lab/arithmetic).
pub use lab_arithmetic::rng;

/// Declares each explainer's folder (`src/<word>/`) as a module and lists its descriptor,
/// `<word>::EXPLAINER`, in [`registry::PAGE`], in the order given: the page's order.
macro_rules! explainers {
    ($($word:ident),+ $(,)?) => {
        $(pub mod $word;)+
        /// Every explainer of the page, in page order.
        static EXPLAINERS: &[&explainer::Explainer] = &[$(&$word::EXPLAINER),+];
    };
}

// The page's explainers: adding one is adding its word here (docs/architecture.md).
explainers!(alignment, lab, doomsday);
