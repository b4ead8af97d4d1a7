//! The document around the bundles: elements by id, the root element's attributes, the
//! system's colour scheme, key presses, the clock, fullscreen and the tour's pointer.

use wasm_bindgen::JsCast;

const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

/// The element with `id` in the page, if there is one.
pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    crate::browser::window()?.document()?.get_element_by_id(id)
}

/// The media query list for a dark system colour scheme, to read and to listen to.
pub fn dark_scheme_query() -> Option<web_sys::MediaQueryList> {
    crate::browser::window()?
        .match_media(DARK_QUERY)
        .ok()
        .flatten()
}

/// Sets or removes an attribute on the root `<html>` element.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    let root = crate::browser::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element());
    if let Some(root) = root {
        let _ = match value {
            Some(value) => root.set_attribute(name, value),
            None => root.remove_attribute(name),
        };
    }
}

/// Whether the keyboard focus is nowhere in particular (on `<body>`, or on nothing): where it
/// falls when the focused element leaves the page.
pub fn focus_is_lost() -> bool {
    let Some(document) = crate::browser::window().and_then(|w| w.document()) else {
        return false;
    };
    match (document.active_element(), document.body()) {
        (None, _) => true,
        (Some(active), Some(body)) => active == *body.as_ref(),
        (Some(_), None) => false,
    }
}

/// Whether a `<dialog>` is open now: read at the moment of asking, not from the last render, so
/// that a key pressed just after Escape closed a dialog (its `close` event comes a task later)
/// already finds it closed.
pub fn any_dialog_open() -> bool {
    crate::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("dialog[open]").ok().flatten())
        .is_some()
}

/// Gives `element` the keyboard focus without scrolling the page to it.
pub fn focus_in_place(element: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// Marks the element matching `selector` as the tour's target (attribute
/// `data-tour-target`, which the stylesheet outlines) and scrolls it to the top of the screen
/// (below the navigation bar: its `scroll-margin-top`), clear of the tour card at the foot,
/// smoothly unless the reader prefers reduced motion. Earlier targets lose the mark. `false` when
/// nothing matches yet inside an explainer whose bundle has run (it may still be loading).
pub fn point_at(selector: &str) -> bool {
    let Some(document) = crate::browser::window().and_then(|w| w.document()) else {
        return false;
    };
    if let Ok(marked) = document.query_selector_all("[data-tour-target]") {
        for i in 0..marked.length() {
            if let Some(element) = marked
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = element.remove_attribute("data-tour-target");
            }
        }
    }
    let Some(target) = document.query_selector(selector).ok().flatten() else {
        return false;
    };
    // Only in an explainer whose bundle has run: its prerendered first view is about to be
    // replaced, and the mark with it.
    if target
        .closest("[data-state='ready']")
        .ok()
        .flatten()
        .is_none()
    {
        return false;
    }
    let _ = target.set_attribute("data-tour-target", "");
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    let reduced = crate::browser::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|q| q.matches());
    options.set_behavior(if reduced {
        web_sys::ScrollBehavior::Auto
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    // A smooth scroll computes its end from the sizes blocks laid out only near the screen stand
    // in with; laid out whole, they have their real sizes.
    lay_out_whole_for_a_frame();
    target.scroll_into_view_with_scroll_into_view_options(&options);
    true
}

/// The root's attribute under which the stylesheet lays out every block, on screen or not.
const EXACT_LAYOUT: &str = "data-exact-layout";

thread_local! {
    /// How many times the page was asked to lay out whole: only the latest request's frame ends
    /// it.
    static EXACT_LAYOUT_REQUESTS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Lays the page out whole from now until the next frame has been rendered. Blocks that the
/// stylesheet lays out only near the screen (`content-visibility: auto`) stand in with the size
/// they were last drawn at off screen; in that frame each is drawn, so that it remembers its real
/// size: call it when blocks are new (an island replacing its first view) or before a position
/// is computed (a scroll to a target).
pub fn lay_out_whole_for_a_frame() {
    let request = EXACT_LAYOUT_REQUESTS.with(|count| {
        count.set(count.get() + 1);
        count.get()
    });
    set_root_attribute(EXACT_LAYOUT, Some(""));
    after_next_frame(move || {
        if EXACT_LAYOUT_REQUESTS.with(|count| count.get()) == request {
            set_root_attribute(EXACT_LAYOUT, None);
        }
    });
}

/// Runs `then` once the browser has rendered the next frame: callbacks of the second animation
/// frame from now come after the first one's layout and resize observations.
fn after_next_frame(then: impl FnOnce() + 'static) {
    let Some(window) = crate::browser::window() else {
        return then();
    };
    let second = wasm_bindgen::closure::Closure::once_into_js(then);
    let again = window.clone();
    let first = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = again.request_animation_frame(second.unchecked_ref());
    });
    let _ = window.request_animation_frame(first.unchecked_ref());
}

/// Asks for the whole page in fullscreen (only works from a click or key press), or leaves it.
pub fn set_fullscreen(on: bool) {
    let Some(document) = crate::browser::window().and_then(|w| w.document()) else {
        return;
    };
    if on {
        if let Some(root) = document.document_element() {
            // The returned promise rejects when fullscreen is not allowed; the page works without it.
            let _ = root.request_fullscreen();
        }
    } else if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    }
}

/// Milliseconds since the page loaded (0 where the clock is missing).
pub fn now() -> f64 {
    crate::browser::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Calls `on_key` for every key pressed anywhere in the document, in a listener that may
/// prevent the key's default (gloo's are passive otherwise); stops when dropped.
pub fn on_key_down(
    mut on_key: impl FnMut(&web_sys::KeyboardEvent) + 'static,
) -> Option<gloo::events::EventListener> {
    use gloo::events::{EventListener, EventListenerOptions};
    let document = crate::browser::window()?.document()?;
    Some(EventListener::new_with_options(
        &document,
        "keydown",
        EventListenerOptions::enable_prevent_default(),
        move |event| on_key(event.unchecked_ref()),
    ))
}
