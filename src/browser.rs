//! The few places the page touches the browser outside its own DOM: the address bar, the
//! stored theme, and the system colour scheme. Every call tolerates a missing API or a refusal
//! (storage blocked in a third-party iframe, say) and then does nothing.

use wasm_bindgen::JsValue;

const THEME_STORAGE_KEY: &str = "explainers.theme";
const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

/// The current query string, without its `?` (empty when there is none or no window).
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .map(|search| search.trim_start_matches('?').to_owned())
        .unwrap_or_default()
}

/// Replaces the query string in the address bar, keeping the path and the `#fragment`,
/// without adding a history entry. Does nothing when the query is already `query`.
pub fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    if location
        .search()
        .ok()
        .as_deref()
        .map(|s| s.trim_start_matches('?'))
        == Some(query)
    {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// The element with `id` in the page, if there is one.
pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The theme word stored by an earlier visit, if storage is readable.
pub fn stored_theme() -> Option<String> {
    local_storage()?.get_item(THEME_STORAGE_KEY).ok().flatten()
}

/// Remembers the theme word for later visits; forgets it for `None`.
pub fn store_theme(word: Option<&str>) {
    if let Some(storage) = local_storage() {
        let _ = match word {
            Some(word) => storage.set_item(THEME_STORAGE_KEY, word),
            None => storage.remove_item(THEME_STORAGE_KEY),
        };
    }
}

/// The media query list for a dark system colour scheme, to read and to listen to.
pub fn dark_scheme_query() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?.match_media(DARK_QUERY).ok().flatten()
}

/// Sets or removes an attribute on the root `<html>` element.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element());
    if let Some(root) = root {
        let _ = match value {
            Some(value) => root.set_attribute(name, value),
            None => root.remove_attribute(name),
        };
    }
}

#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
export function load_module(relative_url, element) {
  // Resolved against the page, not this snippet's own address, so any sub-path works.
  const url = new URL(relative_url, document.baseURI).href;
  element.dataset.state = 'loading';
  import(url)
    .then((module) => module.default())
    .then(() => { element.dataset.state = 'ready'; })
    .catch(() => { element.dataset.state = 'error'; });
}
"#)]
extern "C" {
    /// Imports the ES module at `relative_url` (relative to the page) and runs its default export,
    /// the wasm-bindgen initialiser of another bundle; sets `data-state` on `element` to
    /// `loading`, then `ready` or `error`. Dynamic `import()` has no Rust binding, hence JS.
    fn load_module(relative_url: &str, element: &web_sys::Element);
}

/// Loads the bundle at `module_url` into the element with id `root_id` once that element comes
/// within half a viewport height of the screen (at once where IntersectionObserver is missing).
/// The observer lives until it fires.
pub fn load_bundle_when_near(root_id: &str, module_url: &'static str) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

    let Some(element) = element_by_id(root_id) else {
        return;
    };
    let target = element.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: IntersectionObserver| {
            let near = entries.iter().any(|entry| {
                entry
                    .unchecked_into::<IntersectionObserverEntry>()
                    .is_intersecting()
            });
            if near {
                observer.disconnect();
                load_module(module_url, &target);
            }
        },
    );
    let options = IntersectionObserverInit::new();
    options.set_root_margin("0px 0px 50% 0px");
    match IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options) {
        Ok(observer) => {
            observer.observe(&element);
            // The observer keeps calling the closure until it disconnects; it must outlive this call.
            callback.forget();
        }
        Err(_) => load_module(module_url, &element),
    }
}
