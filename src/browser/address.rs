//! The address bar and the reader's stored choices: the query string, the `#fragment`, the
//! page's URL and the stored theme. Every call tolerates a missing API or a refusal (storage
//! blocked in a third-party iframe, say) and then does nothing.
//!
//! The query is written to the address bar once the page's settings have stayed still for
//! [`ADDRESS_WRITE_DELAY_MS`], not at every change: a drag changes the settings at every frame,
//! and on this page each `history.replaceState` made during a slider move took about 2 ms of the
//! main thread (docs/performance.md). Until then the query waiting to be written is the page's
//! query for every reader here ([`current_query`], [`page_url`]); a click writes it at once (the
//! reader may be copying the link or leaving by an in-page link), and so does leaving the page.
//! The root element carries `data-address-unwritten` meanwhile, which tests wait on before they
//! read the address bar.

use std::cell::RefCell;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsValue;

use crate::browser::document::set_root_attribute;

/// The storage keys of the reader's remembered choices.
pub const THEME_STORAGE_KEY: &str = "explainers.theme";
pub const SHORTCUTS_STORAGE_KEY: &str = "explainers.shortcuts";

/// How long the settings must stay still before their query is written to the address bar.
pub const ADDRESS_WRITE_DELAY_MS: u32 = 200;

/// The root element's attribute while a query waits to be written.
const UNWRITTEN_MARK: &str = "data-address-unwritten";

/// A query not yet in the address bar, with the timer that will write it.
struct UnwrittenQuery {
    query: String,
    _timer: Timeout,
}

thread_local! {
    static UNWRITTEN: RefCell<Option<UnwrittenQuery>> = const { RefCell::new(None) };
    /// The listeners that write the query at once (a click, leaving the page), made once.
    static WRITE_NOW_LISTENERS: RefCell<Vec<EventListener>> = const { RefCell::new(Vec::new()) };
}

/// The query as the address bar shows it, without its `?`.
fn address_bar_query(window: &web_sys::Window) -> String {
    window
        .location()
        .search()
        .map(|search| search.trim_start_matches('?').to_owned())
        .unwrap_or_default()
}

/// The page's current query string, without its `?`: the one waiting to be written if there is
/// one, else the address bar's (empty when there is none or no window).
pub fn current_query() -> String {
    let Some(window) = crate::browser::window() else {
        return String::new();
    };
    UNWRITTEN
        .with(|unwritten| unwritten.borrow().as_ref().map(|u| u.query.clone()))
        .unwrap_or_else(|| address_bar_query(&window))
}

/// Makes `query` the page's query string, keeping the path and the `#fragment`, without adding a
/// history entry: the address bar shows it [`ADDRESS_WRITE_DELAY_MS`] after the last call, at
/// the reader's next click, or when the page is left, whichever comes first. Does nothing when
/// the query is already `query`.
pub fn replace_query(query: &str) {
    if crate::browser::window().is_none() || current_query() == query {
        return;
    }
    listen_for_write_now();
    let timer = Timeout::new(ADDRESS_WRITE_DELAY_MS, write_unwritten_query);
    // Replacing an earlier unwritten query drops, and so cancels, its timer.
    let earlier = UNWRITTEN.with(|unwritten| {
        unwritten.borrow_mut().replace(UnwrittenQuery {
            query: query.to_owned(),
            _timer: timer,
        })
    });
    if earlier.is_none() {
        set_root_attribute(UNWRITTEN_MARK, Some(""));
    }
}

/// Writes the query waiting to be written, if any, to the address bar now.
pub fn write_unwritten_query() {
    let Some(UnwrittenQuery { query, .. }) = take_unwritten_query() else {
        return;
    };
    let Some(window) = crate::browser::window() else {
        return;
    };
    if address_bar_query(&window) == query {
        return;
    }
    let location = window.location();
    let url = with_query(
        &location.pathname().unwrap_or_default(),
        &query,
        &location.hash().unwrap_or_default(),
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Forgets the query waiting to be written: Back or Forward has left the history entry it was
/// meant for, and the address bar now shows the settings to read.
pub fn forget_unwritten_query() {
    take_unwritten_query();
}

/// Takes the query waiting to be written, if any, and clears the root's mark.
fn take_unwritten_query() -> Option<UnwrittenQuery> {
    let taken = UNWRITTEN.with(|unwritten| unwritten.borrow_mut().take());
    if taken.is_some() {
        set_root_attribute(UNWRITTEN_MARK, None);
    }
    taken
}

/// Once: writes the unwritten query at any click (before the page handles it: "Copy link", an
/// in-page link that adds a history entry) and when the page is hidden or left.
fn listen_for_write_now() {
    WRITE_NOW_LISTENERS.with(|listeners| {
        let mut listeners = listeners.borrow_mut();
        if !listeners.is_empty() {
            return;
        }
        let Some(window) = crate::browser::window() else {
            return;
        };
        listeners.push(EventListener::new(&window, "pagehide", |_| {
            write_unwritten_query()
        }));
        if let Some(document) = window.document() {
            listeners.push(EventListener::new_with_options(
                &document,
                "click",
                EventListenerOptions::run_in_capture_phase(),
                |_| write_unwritten_query(),
            ));
        }
    });
}

/// The page's `#fragment` without the `#` (empty when there is none).
pub fn fragment() -> String {
    crate::browser::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// The page's address, as the reader would copy it: the address bar's, with the page's
/// [`current_query`] (which may not be written yet).
pub fn page_url() -> String {
    let Some(href) = crate::browser::window().and_then(|w| w.location().href().ok()) else {
        return String::new();
    };
    let (before_fragment, fragment) = href.split_at(href.find('#').unwrap_or(href.len()));
    let path = before_fragment
        .split_once('?')
        .map_or(before_fragment, |(path, _)| path);
    with_query(path, &current_query(), fragment)
}

/// `path`, then `?query` unless the query is empty, then `fragment` (with its `#`, or empty).
fn with_query(path: &str, query: &str, fragment: &str) -> String {
    if query.is_empty() {
        format!("{path}{fragment}")
    } else {
        format!("{path}?{query}{fragment}")
    }
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
