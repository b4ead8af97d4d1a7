//! The doomsday explainer's own small app: it reads its `doom.*` parameters from the address,
//! owns them in a reducer, and writes back only its own keys.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::doomsday::params::{DoomsdayAction, DoomsdayParams};
use crate::doomsday::view::DoomsdayExplainer;
use crate::state::Params;
use crate::url::{self, Section};

/// The id of the element (in index.html, inside the doomsday section) this bundle renders into.
pub const ISLAND_ROOT_ID: &str = "doomsday-root";

/// The explainer's state: its parameters, changed only by [`DoomsdayAction`]s.
#[derive(Clone, Debug, PartialEq)]
pub struct DoomsdayState {
    pub params: DoomsdayParams,
}

impl Reducible for DoomsdayState {
    type Action = DoomsdayAction;

    fn reduce(self: Rc<Self>, action: DoomsdayAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.params.apply(action);
        Rc::new(next)
    }
}

/// The parameters the address names (malformed ones are reported by the page frame's notice).
fn from_address() -> DoomsdayState {
    DoomsdayState {
        params: url::decode(&browser::current_query()).params.doomsday,
    }
}

#[function_component(DoomsdayIsland)]
pub fn doomsday_island() -> Html {
    let state = use_reducer(from_address);
    use_effect_with(state.params.clone(), |doomsday| {
        let params = Params {
            doomsday: doomsday.clone(),
            ..Params::default()
        };
        let query = url::encode_sections(&params, &browser::current_query(), &[Section::Doomsday]);
        browser::replace_query(&query);
    });
    // A link to #doomsday: land on the section once this explainer has rendered.
    use_effect_with((), |_| {
        if browser::fragment() == "doomsday" {
            if let Some(section) = browser::element_by_id("doomsday") {
                section.scroll_into_view();
            }
        }
    });
    // A walkthrough step or "Reset all" in the page bundle rewrites our keys and says so.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_url_change(move |_| {
                state.dispatch(DoomsdayAction::Replace(Box::new(from_address().params)));
            });
            move || drop(listener)
        });
    }
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    html! { <DoomsdayExplainer params={state.params.clone()} {dispatch} /> }
}
