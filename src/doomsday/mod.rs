//! The Bayesian doomsday explainer: pure maths in `model`, `continuous`, `simulation` and
//! `petri`; its settings (`params`), URL section (`url`) and tour (`tour`); views in the rest.

pub mod bayes_table;
pub mod continuous;
pub mod continuous_view;
pub mod humans_control;
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
pub mod tour;
pub mod url;
pub mod view;

use crate::explainer::{Explainer, Source, Standalone, TourOf, Toured};
use params::{DoomsdayParams, KEY_PREFIX};

/// The doomsday explainer as the page's frame knows it.
pub static EXPLAINER: Explainer = Explainer {
    word: "doomsday",
    title: "The Bayesian doomsday update",
    section_id: "doomsday",
    root_id: "doomsday-root",
    standalone: Some(Standalone {
        nav_label: "The doomsday update",
        tools_id: "doomsday-tools",
    }),
    part_of: None,
    key_prefix: KEY_PREFIX,
    lands_link: None,
    tour: &TourOf::<DoomsdayParams>(<DoomsdayParams as Toured>::tour),
    sources: &[
        Source {
            authors: "N. Bostrom (1998)",
            title: "The Doomsday Argument: a Literature Review",
            url: Some("https://anthropic-principle.com/preprints/lit/"),
            published: "",
        },
        Source {
            authors: "N. Bostrom (2002)",
            title: "Anthropic Bias",
            url: None,
            published: "",
        },
        Source {
            authors: "J. R. Gott III (1993)",
            title: "Implications of the Copernican principle for our future prospects",
            url: Some("https://www.nature.com/articles/363315a0"),
            published: ", Nature 363:315",
        },
        Source {
            authors: "T. Kaneda and C. Haub (2022)",
            title: "How Many People Have Ever Lived on Earth?",
            url: Some("https://www.prb.org/articles/how-many-people-have-ever-lived-on-earth/"),
            published: ", Population Reference Bureau",
        },
    ],
    start: crate::island::start::<island::DoomsdayIsland>,
    #[cfg(not(target_arch = "wasm32"))]
    prerender: || crate::island::prerender::<island::DoomsdayIsland>(()),
    #[cfg(not(target_arch = "wasm32"))]
    url: &crate::explainer::SectionOf::<DoomsdayParams>::NEW,
};
