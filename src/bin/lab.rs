//! The training lab's bundle: loaded by the page when the lab's section nears the viewport. It
//! spawns the worker bundle (lab-worker) on the first run.

use explainers::browser::element_by_id;
use explainers::lab::island::{LabIsland, ISLAND_ROOT_ID};

fn main() {
    if let Some(root) = element_by_id(ISLAND_ROOT_ID) {
        yew::Renderer::<LabIsland>::with_root(root).render();
    }
}
