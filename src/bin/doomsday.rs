//! The doomsday explainer's bundle: loaded by the page when its section nears the viewport.

use explainers::doomsday::intro::ISLAND_ROOT_ID;
use explainers::doomsday::island::DoomsdayIsland;

fn main() {
    if let Some(root) = gloo::utils::document().get_element_by_id(ISLAND_ROOT_ID) {
        yew::Renderer::<DoomsdayIsland>::with_root(root).render();
    }
}
