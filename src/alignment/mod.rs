//! The alignment pretraining explainer: the paper's data and a conceptual model (pure), its
//! settings (`params`), URL section (`url`) and tour (`tour`), and their views.

pub mod island;
pub mod paper;
pub mod params;
pub mod persona;
pub mod persona_view;
pub mod results;
pub mod results_view;
pub mod tour;
pub mod url;
pub mod view;

use crate::explainer::{Explainer, Source, Standalone, TourOf, Toured};
use params::{AlignmentParams, KEY_PREFIX};

/// The alignment explainer as the page's frame knows it: the first on the page, so its island
/// starts with the frame (its first view is in the page already, prerendered).
pub static EXPLAINER: Explainer = Explainer {
    word: "alignment",
    title: "Alignment pretraining",
    section_id: "alignment-pretraining",
    root_id: "alignment-root",
    standalone: Some(Standalone {
        nav_label: "Alignment pretraining",
        tools_id: "alignment-tools",
    }),
    part_of: None,
    key_prefix: KEY_PREFIX,
    lands_link: None,
    tour: &TourOf::<AlignmentParams>(<AlignmentParams as Toured>::tour),
    sources: &[Source {
        authors: "Tice et al. (2026)",
        title: "Alignment Pretraining: AI Discourse Causes Self-Fulfilling (Mis)alignment",
        url: Some("https://arxiv.org/abs/2601.10160"),
        published: ", arXiv 2601.10160",
    }],
    start: crate::island::start::<island::AlignmentIsland>,
    #[cfg(not(target_arch = "wasm32"))]
    prerender: || crate::island::prerender::<island::AlignmentIsland>(()),
    #[cfg(not(target_arch = "wasm32"))]
    url: &crate::explainer::SectionOf::<AlignmentParams>::NEW,
};
