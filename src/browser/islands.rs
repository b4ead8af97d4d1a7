//! The islands and the events between them and the frame: starting an island when its section
//! nears the viewport, the page-level events the frame sends the explainers, the problems the
//! explainers report to the frame, and whether a Web Worker may start.

use wasm_bindgen::{JsCast, JsValue};

use crate::browser::document::{element_by_id, lay_out_whole_for_a_frame};
use crate::explainer::Explainer;
use crate::url::UrlProblem;

/// Starts `explainer`'s island unless it has started already (its root's `data-state` is
/// `starting` until the island's first render has run its effects, then `ready`:
/// [`mark_ready`]): at once when `eager` (or where IntersectionObserver is missing), otherwise
/// once its section comes within half a viewport height of the screen (the root itself may draw
/// no box: `display: contents`). The observer lives until it fires.
pub fn start_island_when_near(explainer: &'static Explainer, eager: bool) {
    use wasm_bindgen::closure::Closure;
    use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

    let (Some(root), Some(section)) = (
        element_by_id(explainer.root_id),
        element_by_id(explainer.section_id),
    ) else {
        return;
    };
    let start = move || {
        if !root.has_attribute("data-state") {
            let _ = root.set_attribute("data-state", "starting");
            (explainer.start)(explainer);
        }
    };
    if eager {
        start();
        return;
    }
    let start_once = std::cell::Cell::new(Some(start));
    let callback = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: IntersectionObserver| {
            let near = entries.iter().any(|entry| {
                entry
                    .unchecked_into::<IntersectionObserverEntry>()
                    .is_intersecting()
            });
            if near {
                observer.disconnect();
                if let Some(start) = start_once.take() {
                    start();
                }
            }
        },
    );
    let options = IntersectionObserverInit::new();
    options.set_root_margin("0px 0px 50% 0px");
    match IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options) {
        Ok(observer) => {
            observer.observe(&section);
            // The observer keeps calling the closure until it disconnects; it must outlive this call.
            callback.forget();
        }
        Err(_) => {
            drop(callback);
            // The closure owned the start; without an observer, start at once.
            start_island_when_near(explainer, true);
        }
    }
}

/// The class of the element an island renders into, the last child of its root: no box of its
/// own (`display: contents`), and hidden while the island starts (the stylesheet).
const ISLAND_BODY: &str = "island-body";

/// Adds to `root`, after the first view prerendered there, the element the island renders into,
/// and returns it.
pub fn island_body(root: &web_sys::Element) -> Option<web_sys::Element> {
    let body = root.owner_document()?.create_element("div").ok()?;
    body.set_class_name(ISLAND_BODY);
    root.append_child(&body).ok()?;
    Some(body)
}

/// Marks `explainer`'s island as running, once its first render has run its effects: in one
/// task, everything in its root but the island's body (the prerendered first view) goes, the
/// body shows (`data-state="ready"`), and the view is no longer marked busy. The page's loader
/// script waits for `ready` before it makes again on the island's controls what a reader did on
/// the first view.
pub fn mark_ready(explainer: &Explainer) {
    let Some(root) = element_by_id(explainer.root_id) else {
        return;
    };
    let children = root.child_nodes();
    let first_view: Vec<web_sys::Node> = (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|node| {
            node.dyn_ref::<web_sys::Element>()
                .is_none_or(|element| element.class_name() != ISLAND_BODY)
        })
        .collect();
    for node in first_view {
        let _ = root.remove_child(&node);
    }
    let _ = root.remove_attribute("aria-busy");
    // The body's blocks are new: drawn once whole, they remember their sizes before any is left
    // to stand in off screen (the stylesheet lays them out only near the screen once ready).
    lay_out_whole_for_a_frame();
    let _ = root.set_attribute("data-state", "ready");
}

/// The event the frame fires after rewriting explainers' keys in the address (a tour step, a
/// reset): each explainer then reads its section again.
const ADDRESS_CHANGED: &str = "explainers:address-changed";

/// The event an explainer fires with the problems of its part of a link, for the frame's notice.
const PROBLEMS: &str = "explainers:problems";

fn fire(event: &web_sys::Event) {
    if let Some(window) = crate::browser::window() {
        let _ = window.dispatch_event(event);
    }
}

fn listen(
    name: &'static str,
    on_event: impl FnMut(&web_sys::Event) + 'static,
) -> Option<gloo::events::EventListener> {
    let window = crate::browser::window()?;
    Some(gloo::events::EventListener::new(&window, name, on_event))
}

/// Tells every explainer that the address changed under it.
pub fn announce_address_change() {
    if let Ok(event) = web_sys::Event::new(ADDRESS_CHANGED) {
        fire(&event);
    }
}

/// Calls `on_change` whenever the frame announces an address change; stops when dropped.
pub fn on_address_change(
    mut on_change: impl FnMut() + 'static,
) -> Option<gloo::events::EventListener> {
    listen(ADDRESS_CHANGED, move |_| on_change())
}

/// Sends the frame the problems of a link, each as `[key, value, message]`.
pub fn report_problems(problems: &[UrlProblem]) {
    if problems.is_empty() {
        return;
    }
    let list = js_sys::Array::new();
    for problem in problems {
        let fields = [&problem.key, &problem.value, &problem.message];
        list.push(
            &fields
                .iter()
                .map(|f| JsValue::from_str(f))
                .collect::<js_sys::Array>(),
        );
    }
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&list);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(PROBLEMS, &init) {
        fire(&event);
    }
}

/// Calls `on_problems` with the problems each explainer reports; stops when dropped.
pub fn on_problems(
    mut on_problems: impl FnMut(Vec<UrlProblem>) + 'static,
) -> Option<gloo::events::EventListener> {
    listen(PROBLEMS, move |event| {
        let detail = event.unchecked_ref::<web_sys::CustomEvent>().detail();
        let problems = js_sys::Array::from(&detail)
            .iter()
            .map(|entry| {
                let field = |i| {
                    js_sys::Array::from(&entry)
                        .get(i)
                        .as_string()
                        .unwrap_or_default()
                };
                UrlProblem {
                    key: field(0),
                    value: field(1),
                    message: field(2),
                }
            })
            .collect();
        on_problems(problems)
    })
}

/// Whether the network is off and no service worker holds this page's files (the first visit, or
/// a browser without service workers): a worker not fetched yet cannot be fetched now.
/// Once a service worker controls the page, it has cached every file (it installs only when all
/// are cached), so this is `false` even offline.
pub fn offline_and_uncached() -> bool {
    let Some(window) = crate::browser::window() else {
        return false;
    };
    let navigator = window.navigator();
    let controller = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()
        .filter(|container| container.is_object())
        .and_then(|container| {
            js_sys::Reflect::get(&container, &JsValue::from_str("controller")).ok()
        })
        .filter(|controller| controller.is_object());
    !navigator.on_line() && controller.is_none()
}

/// Whether this page may start a Web Worker (a browser without workers, or a
/// Content-Security-Policy that forbids them, may not): tries an empty one from a `blob:` URL and
/// stops it at once. Conservative: a policy that allows only same-origin workers, which would
/// let the lab's worker start, is answered `false` too.
pub fn blob_workers_allowed() -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(""));
    let Ok(blob) = web_sys::Blob::new_with_str_sequence(&parts) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let worker = web_sys::Worker::new(&url);
    let _ = web_sys::Url::revoke_object_url(&url);
    match worker {
        Ok(worker) => {
            worker.terminate();
            true
        }
        Err(_) => false,
    }
}
