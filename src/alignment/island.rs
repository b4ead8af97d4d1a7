//! The alignment explainer's island: its settings hosted by [`use_island`], its view fed by
//! them. The frame starts it at once: its section is the page's first.

use yew::prelude::*;

use crate::alignment::params::AlignmentParams;
use crate::alignment::view::AlignmentSection;
use crate::alignment::EXPLAINER;
use crate::island::{use_island, Island};

#[function_component(AlignmentIsland)]
pub fn alignment_island() -> Html {
    // Its controls offer only values within its rules, so it has no refusal to show.
    let Island {
        settings: params,
        dispatch,
        ..
    } = use_island::<AlignmentParams>(&EXPLAINER);
    html! { <AlignmentSection {params} {dispatch} /> }
}
