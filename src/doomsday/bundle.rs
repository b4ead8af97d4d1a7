//! The doomsday explainer's bundle (`[[bin]] doomsday`): loaded by the page when its section
//! nears the viewport.

use explainers::doomsday::{island::DoomsdayIsland, EXPLAINER};

fn main() {
    explainers::island::start::<DoomsdayIsland>(&EXPLAINER);
}
