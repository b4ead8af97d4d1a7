//! The address bar and the reader's stored choices: the query string, the `#fragment`, the
//! page's URL and the stored theme. Every call tolerates a missing API or a refusal (storage
//! blocked in a third-party iframe, say) and then does nothing.

use wasm_bindgen::JsValue;

/// The storage keys of the reader's remembered choices.
pub const THEME_STORAGE_KEY: &str = "explainers.theme";
pub const SHORTCUTS_STORAGE_KEY: &str = "explainers.shortcuts";

/// The current query string, without its `?` (empty when there is none or no window).
pub fn current_query() -> String {
    crate::browser::window()
        .and_then(|window| window.location().search().ok())
        .map(|search| search.trim_start_matches('?').to_owned())
        .unwrap_or_default()
}

/// Replaces the query string in the address bar, keeping the path and the `#fragment`,
/// without adding a history entry. Does nothing when the query is already `query`.
pub fn replace_query(query: &str) {
    let Some(window) = crate::browser::window() else {
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

/// The page's `#fragment` without the `#` (empty when there is none).
pub fn fragment() -> String {
    crate::browser::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// The page's address, as the reader would copy it.
pub fn page_url() -> String {
    crate::browser::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

fn local_storage() -> Option<web_sys::Storage> {
    crate::browser::window()?.local_storage().ok().flatten()
}

/// The reader's choice stored under `key` by an earlier visit, if storage is readable.
pub fn stored(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Remembers `value` under `key` for later visits; forgets it for `None`.
pub fn store(key: &str, value: Option<&str>) {
    if let Some(storage) = local_storage() {
        let _ = match value {
            Some(value) => storage.set_item(key, value),
            None => storage.remove_item(key),
        };
    }
}
