//! The tour's steps on the page: the settings they need, the islands they show, the pointer.

use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::browser::address::{current_query, replace_query};
use crate::browser::document::{element_by_id, point_at};
use crate::browser::islands::{announce_address_change, start_island_when_near};
use crate::explainer::Explainer;
use crate::frame::hooks::use_reset_undo::query_without;
use crate::registry::Registry;

/// How often the pointer looks for its target, in milliseconds, and how many times: five
/// seconds for a part that has not rendered yet (a section's layout settling, a table opening).
const POINTER_RETRY_MS: u32 = 100;
const POINTER_TRIES: u32 = 50;

/// On each tour step (`tour`: the explainer and the step from 1): the explainer it points into
/// elsewhere returns to its defaults, every island reads the address again (the toured one takes
/// the step's settings), the islands the step shows start, its section scrolls into view, and
/// the pointer finds its target, retrying until it has rendered. No step: no pointer.
#[hook]
pub fn use_tour_pointer(registry: Registry, tour: Option<(&'static Explainer, usize)>) {
    use_effect_with(tour, move |tour| {
        let mut pointer = None;
        if let Some((explainer, step)) = *tour {
            if let Some(text) = explainer.tour.step(step - 1) {
                let elsewhere = text.elsewhere.and_then(|word| registry.by_word(word));
                let reset: Vec<&Explainer> = elsewhere.into_iter().collect();
                replace_query(&query_without(&current_query(), &reset));
                announce_address_change();
                for shown in [Some(explainer), elsewhere].into_iter().flatten() {
                    start_island_when_near(shown, true);
                }
                if let Some(section) = element_by_id(explainer.section_id) {
                    section.scroll_into_view();
                }
                let tries_left = std::cell::Cell::new(POINTER_TRIES);
                pointer = Some(Interval::new(POINTER_RETRY_MS, move || {
                    if tries_left.get() == 0 {
                        return;
                    }
                    let found = point_at(text.target);
                    tries_left.set(if found { 0 } else { tries_left.get() - 1 });
                }));
            }
        } else {
            point_at(":not(*)");
        }
        move || drop(pointer)
    });
}
