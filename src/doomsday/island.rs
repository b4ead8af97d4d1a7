//! The doomsday explainer's island: its settings hosted by [`use_island`], its view fed by them.

use yew::prelude::*;

use crate::doomsday::params::DoomsdayParams;
use crate::doomsday::view::DoomsdayExplainer;
use crate::doomsday::EXPLAINER;
use crate::island::{use_island, Island};

#[function_component(DoomsdayIsland)]
pub fn doomsday_island() -> Html {
    let Island {
        settings: params,
        dispatch,
        refusal,
    } = use_island::<DoomsdayParams>(&EXPLAINER);
    html! { <DoomsdayExplainer {params} {dispatch} {refusal} /> }
}
