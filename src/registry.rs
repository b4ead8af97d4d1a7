//! The page's explainers, in page order: the one list the frame iterates for navigation,
//! sections, tools, notices, tours, reset, starting the islands and the prerendered first view.
//! Adding an explainer is adding its word to the `explainers!` line in `src/lib.rs`, which
//! declares its folder and lists its descriptor here (see docs/architecture.md).

use crate::explainer::Explainer;

/// The page's registry: every explainer it shows.
pub static PAGE: Registry = Registry::new(crate::EXPLAINERS);

/// A list of explainers in page order, and what the frame asks of it. The page has one
/// ([`PAGE`]); a test may build another (with an explainer of its own) to show that the frame,
/// the codec and the prerender follow whatever list they are given.
#[derive(Clone, Copy, Debug)]
pub struct Registry {
    explainers: &'static [&'static Explainer],
}

impl Registry {
    /// The registry of `explainers`, in page order.
    pub const fn new(explainers: &'static [&'static Explainer]) -> Self {
        Self { explainers }
    }

    /// Every explainer, in page order.
    pub fn all(self) -> impl Iterator<Item = &'static Explainer> {
        self.explainers.iter().copied()
    }

    /// Its list.
    pub fn explainers(self) -> &'static [&'static Explainer] {
        self.explainers
    }

    /// The explainer whose word is `word`.
    pub fn by_word(self, word: &str) -> Option<&'static Explainer> {
        self.all().find(|e| e.word == word)
    }

    /// The explainers that stand alone: with a link in the navigation, tools, an embed and a
    /// tour.
    pub fn standalone(self) -> impl Iterator<Item = &'static Explainer> {
        self.all().filter(|e| e.stands_alone())
    }

    /// Whether `key` is one of some explainer's URL keys.
    pub fn owns_key(self, key: &str) -> bool {
        self.all().any(|e| e.owns_key(key))
    }
}

/// Two registries are one when they list the same explainers.
impl PartialEq for Registry {
    fn eq(&self, other: &Self) -> bool {
        self.explainers == other.explainers
    }
}
