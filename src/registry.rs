//! The page's explainers, in page order: the one list the frame iterates for navigation,
//! sections, tools, notices, tours, reset and loading. Adding an explainer is adding its
//! descriptor here (see docs/architecture.md for the other touch points).

use crate::explainer::Explainer;
use crate::{alignment, doomsday, lab};

pub static EXPLAINERS: [&Explainer; 3] =
    [&alignment::EXPLAINER, &lab::EXPLAINER, &doomsday::EXPLAINER];

/// The explainer whose word is `word`.
pub fn by_word(word: &str) -> Option<&'static Explainer> {
    EXPLAINERS.iter().copied().find(|e| e.word == word)
}

/// The explainers that stand alone: with a link in the navigation, tools, an embed and a tour.
pub fn standalone() -> impl Iterator<Item = &'static Explainer> {
    EXPLAINERS.iter().copied().filter(|e| e.stands_alone())
}
