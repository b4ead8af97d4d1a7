//! "Reset all" and its Undo.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::browser::address::{current_query, replace_query};
use crate::browser::islands::announce_address_change;
use crate::explainer::Explainer;
use crate::frame::url as frame_url;
use crate::registry::Registry;
use crate::state::{Action, PageState};
use crate::url::{pairs, rewrite_query};

/// How long "Reset all" can be undone, in milliseconds.
const UNDO_OFFER_MS: u32 = 10_000;

/// `query` without the keys of `explainers` (their settings back to defaults), every other pair
/// kept in its place.
pub fn query_without(query: &str, explainers: &[&Explainer]) -> String {
    rewrite_query(
        query,
        |key| explainers.iter().any(|e| e.owns_key(key)),
        |_| {},
    )
}

/// What the header needs for resetting: the reset, whether an Undo is on offer, and the Undo.
pub struct ResetUndo {
    pub reset_all: Callback<()>,
    pub undo_offered: bool,
    pub undo: Callback<()>,
}

/// Reset all: every explainer's keys leave the address and each explainer reads its defaults;
/// the address from before is kept for [`UNDO_OFFER_MS`], and Undo puts it back (with the tour
/// step it named).
#[hook]
pub fn use_reset_undo(state: &UseReducerHandle<PageState>, registry: Registry) -> ResetUndo {
    let before = use_state(|| None::<String>);
    let reset_all = {
        let (before, dispatcher) = (before.clone(), state.dispatcher());
        Callback::from(move |()| {
            // Read before the reducer runs: its effects rewrite the address (the tour's keys).
            before.set(Some(current_query()));
            dispatcher.dispatch(Action::ResetAll);
        })
    };
    {
        let before = before.clone();
        use_effect_with(state.resets, move |resets| {
            let mut expiry = None;
            if *resets > 0 {
                replace_query(&query_without(&current_query(), registry.explainers()));
                announce_address_change();
                expiry = Some(Timeout::new(UNDO_OFFER_MS, move || before.set(None)));
            }
            move || drop(expiry)
        });
    }
    let undo = {
        let (before, dispatcher) = (before.clone(), state.dispatcher());
        Callback::from(move |()| {
            if let Some(query) = (*before).clone() {
                replace_query(&query);
                announce_address_change();
                let tour = frame_url::decode(&pairs(&query), registry).0.tour;
                if tour.is_some() {
                    dispatcher.dispatch(Action::SetTour(tour));
                }
                before.set(None);
            }
        })
    };
    ResetUndo {
        reset_all,
        undo_offered: before.is_some(),
        undo,
    }
}
