//! The frame's side of the address: its keys written back after every change of its settings,
//! read again on Back and Forward, and the problems the islands report gathered for the notice.

use yew::prelude::*;

use crate::browser::address::{current_query, forget_unwritten_query, replace_query};
use crate::browser::document::set_root_attribute;
use crate::browser::islands::{announce_address_change, on_problems};
use crate::frame::url as frame_url;
use crate::registry::Registry;
use crate::state::{Action, PageState, ThemePreference};
use crate::url::{pairs, rewrite_query, UrlWord};

/// Keeps the address and the root element in step with the frame's settings, both ways: each
/// change of `state.params` rewrites the frame's keys and the root's `data-theme`,
/// `data-embed` and `data-presenter`; a popstate (Back, Forward) reads the frame's keys again
/// (forgetting a query not yet written) and announces the change to every island. Also gathers
/// the islands' URL problems from the first render on, and marks the root `data-frame="ready"`
/// once the frame responds.
#[hook]
pub fn use_address(state: &UseReducerHandle<PageState>, registry: Registry) {
    {
        let dispatcher = state.dispatcher();
        use_mut_ref(move || {
            on_problems(move |problems| dispatcher.dispatch(Action::AddUrlProblems(problems)))
        });
    }
    // The frame has replaced its prerendered first view and responds (tests wait for this).
    use_effect_with((), |_| set_root_attribute("data-frame", Some("ready")));
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = crate::browser::window().map(|window| {
                gloo::events::EventListener::new(&window, "popstate", move |_| {
                    // A query not yet written belonged to the entry the reader has left.
                    forget_unwritten_query();
                    let (read, _) = frame_url::decode(&pairs(&current_query()), registry);
                    dispatch.dispatch(Action::ReadAddress(read));
                    announce_address_change();
                })
            });
            move || drop(listener)
        });
    }
    use_effect_with(state.params.clone(), |params| {
        let query = rewrite_query(
            &current_query(),
            |key| frame_url::KEYS.contains(&key),
            |out| frame_url::encode(params, out),
        );
        replace_query(&query);
        let explicit_theme = (params.theme != ThemePreference::Auto).then(|| params.theme.word());
        set_root_attribute("data-theme", explicit_theme);
        set_root_attribute("data-embed", params.embed.map(|e| e.word));
        set_root_attribute("data-presenter", params.presenter.then_some(""));
    });
}
