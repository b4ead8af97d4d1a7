//! The training lab: a tiny transformer trained in the page on a corpus whose mix the reader
//! chooses, evaluated beside a counting baseline. Scenarios, corpus, model, training, evaluation
//! and completions are pure; the island, views and worker are the browser's side.

pub mod check;
pub mod check_view;
pub mod completions;
pub mod cooccurrence;
pub mod counting;
pub mod documents;
pub mod experiment;
pub mod families;
pub mod island;
pub mod limits_view;
pub mod measured;
pub mod params;
pub mod pool;
pub mod protocol;
pub mod questions;
pub mod results_view;
pub mod session;
pub mod speech_view;
pub mod spread;
pub mod spread_view;
pub mod url;
pub mod use_workers;
pub mod view;
pub mod worker;

// The model's arithmetic, built for speed in a bundle built for size (src/lab/arithmetic).
pub use lab_arithmetic::{elementary, optimiser, transformer};

use crate::explainer::{Explainer, Step, TourOf, Toured};
use params::{LabParams, KEY_PREFIX};

/// The lab has no tour of its own: the alignment explainer's last step points into it.
impl Toured for LabParams {
    fn tour() -> &'static [Step<Self>] {
        &[]
    }
}

/// The training lab as the page's frame knows it: a part of the alignment explainer's section,
/// with its own island, keys and root, but no tools, tour or navigation link of its own.
pub static EXPLAINER: Explainer = Explainer {
    word: "lab",
    title: "Training lab",
    section_id: "lab",
    root_id: "lab-root",
    standalone: None,
    part_of: Some("alignment"),
    key_prefix: KEY_PREFIX,
    lands_link: Some(params::AUTORUN_KEY),
    tour: &TourOf::<LabParams>(<LabParams as Toured>::tour),
    sources: &[],
    start: crate::island::start::<island::LabIsland>,
    #[cfg(not(target_arch = "wasm32"))]
    prerender: || crate::island::prerender::<island::LabIsland>(()),
    #[cfg(not(target_arch = "wasm32"))]
    url: &crate::explainer::SectionOf::<LabParams>::NEW,
};
