//! The training lab's bundle (`[[bin]] lab`): loaded by the page when the lab's section nears
//! the viewport. It spawns the worker bundle (`lab-worker`) on the first run.

use explainers::lab::{island::LabIsland, EXPLAINER};

fn main() {
    explainers::island::start::<LabIsland>(&EXPLAINER);
}
