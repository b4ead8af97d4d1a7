//! The doomsday explainer's bundle: loaded by the page when its section nears the viewport.

use explainers::browser::element_by_id;
use explainers::doomsday::island::{DoomsdayIsland, ISLAND_ROOT_ID};

fn main() {
    if let Some(root) = element_by_id(ISLAND_ROOT_ID) {
        yew::Renderer::<DoomsdayIsland>::with_root(root).render();
    }
}
