//! Each explainer's island, started when wanted.

use yew::prelude::*;

use crate::browser::address::{current_query, fragment};
use crate::browser::islands::start_island_when_near;
use crate::explainer::Explainer;
use crate::registry::Registry;
use crate::url::pairs;

/// Once, on the first render: every island of `registry`'s explainers starts as its section
/// nears the viewport, or at once when the link is about it (embedded, toured, its #fragment, or
/// any of its keys). A link to a #fragment needs no help to land: the prerendered page has its
/// final layout from the start.
#[hook]
pub fn use_islands(
    registry: Registry,
    embed: Option<&'static Explainer>,
    toured: Option<&'static Explainer>,
) {
    use_effect_with((), move |_| {
        let keys = pairs(&current_query());
        for explainer in registry.all() {
            let about = embed == Some(explainer)
                || toured == Some(explainer)
                || fragment() == explainer.section_id
                || keys.iter().any(|(key, _)| explainer.owns_key(key));
            start_island_when_near(explainer, about);
        }
    });
}
