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
