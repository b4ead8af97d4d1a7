//! Bundles and the events between them: loading another bundle when its section nears the
//! viewport, the page-level events the frame sends the explainers, the problems the explainers
//! report to the frame, and whether a Web Worker may start.

use wasm_bindgen::{JsCast, JsValue};

use crate::browser::document::element_by_id;
use crate::url::UrlProblem;

#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
export function load_module(relative_url, element) {
  if (element.dataset.state === 'loading' || element.dataset.state === 'ready') return;
  // Resolved against the page, not this snippet's own address, so any sub-path works.
  const url = new URL(relative_url, document.baseURI);
  const attempt = (tries) => {
    element.dataset.state = 'loading';
    // A failed import is remembered under its address: a retry asks under a new one.
    if (tries > 0) url.searchParams.set('retry', String(tries));
    import(url.href)
      .then((module) => module.default())
      .then(() => {
        element.dataset.state = 'ready';
        const notice = element.previousElementSibling;
        if (notice && notice.classList.contains('island-failure')) notice.remove();
      })
      .catch(() => {
        element.dataset.state = 'error';
        let notice = element.previousElementSibling;
        if (!notice || !notice.classList.contains('island-failure')) {
          notice = document.createElement('div');
          notice.className = 'island-failure';
          notice.setAttribute('role', 'alert');
          element.before(notice);
        }
        notice.textContent = '';
        const text = document.createElement('p');
        text.textContent = navigator.onLine
          ? "This explainer's interactive part could not be loaded: what follows is its default view, which does not respond."
          : "You are offline, and this explainer's interactive part was not loaded before: what follows is its default view, which does not respond. It loads by itself when the connection returns.";
        const again = document.createElement('button');
        again.type = 'button';
        again.textContent = 'Try again';
        again.addEventListener('click', () => attempt(tries + 1));
        notice.append(text, again);
        addEventListener('online', () => element.dataset.state === 'error' && attempt(tries + 1), { once: true });
      });
  };
  attempt(0);
}
"#)]
extern "C" {
    /// Imports the ES module at `relative_url` (relative to the page) and runs its default export,
    /// the wasm-bindgen initialiser of another bundle, unless it is loading or loaded already;
    /// sets `data-state` on `element` to `loading`, then `ready` or `error`. On an error, a
    /// notice before `element` says so in words (an alert) with a "Try again" button, and the
    /// import is tried again when the connection returns. Dynamic `import()` has no Rust
    /// binding, hence JS.
    fn load_module(relative_url: &str, element: &web_sys::Element);
}

/// Loads the bundle at `module_url`, which renders into the element with id `root_id` (whose
/// `data-state` tells how far it got): at once when `eager` (or where IntersectionObserver is
/// missing), otherwise once the element with id `section_id` comes within half a viewport height
/// of the screen (the root itself may draw no box: `display: contents`). The observer lives until
/// it fires.
pub fn load_bundle_when_near(section_id: &str, root_id: &str, module_url: String, eager: bool) {
    use wasm_bindgen::closure::Closure;
    use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

    let (Some(element), Some(section)) = (element_by_id(root_id), element_by_id(section_id)) else {
        return;
    };
    if eager {
        load_module(&module_url, &element);
        return;
    }
    let (target, module) = (element.clone(), module_url.clone());
    let callback = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: IntersectionObserver| {
            let near = entries.iter().any(|entry| {
                entry
                    .unchecked_into::<IntersectionObserverEntry>()
                    .is_intersecting()
            });
            if near {
                observer.disconnect();
                load_module(&module, &target);
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
        Err(_) => load_module(&module_url, &element),
    }
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
/// a browser without service workers): a bundle or worker not fetched yet cannot be fetched now.
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
