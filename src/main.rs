//! The page's bundle (`[[bin]] app`): the frame around the explainers, and the explainers that
//! ship with it ([`explainers::explainer::Bundle::Page`]).

use explainers::alignment::{island::AlignmentIsland, EXPLAINER as ALIGNMENT};
use explainers::browser::document::element_by_id;

fn main() {
    if let Some(root) = element_by_id(explainers::app::TOP_ID) {
        yew::Renderer::<explainers::app::App>::with_root(root).render();
    }
    explainers::island::start::<AlignmentIsland>(&ALIGNMENT);
}
