//! The alignment explainer's bundle (`[[bin]] alignment`): loaded by the page at once, its
//! section being the first; its first view is already in the page, prerendered.

use explainers::alignment::{island::AlignmentIsland, EXPLAINER};

fn main() {
    explainers::island::start::<AlignmentIsland>(&EXPLAINER);
}
